"""The MNIST side panel: a tiny network learns while the class watches its
loss go down.

A composition: the data's source (``DataSourceRow``), the settings form
(``TrainingSettingsForm``), the run controls (``RunControls``), the status
(``SessionStatus``, ``SessionSummary``), the two plots and the validation
digit.  The panel owns what they share: the data, the network, the run's
state machine and its one ``TrainingWorker``.  It computes nothing itself:
training is ``lossviz.mnist`` on the worker's thread, and what comes back
(a ``Progress`` at most 20 times a second) is only drawn.

States: idle (no session; the untrained network), running, paused, and
ended (ran to the end, diverged, or failed).  Settings can change only
when no session is running or paused.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from lossviz.mnist import datasets
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.session import TrainingHistory, TrainingSession
from lossviz.mnist.training import TrainingControl
from lossviz.names import COMPARE
from lossviz.settings import TrainingParams, training_config
from lossviz.ui.common import style
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.data_source import DataSourceRow
from lossviz.ui.mnist.digit_view import DigitView
from lossviz.ui.mnist.download_worker import DownloadWorker
from lossviz.ui.mnist.explorer_link import ExplorerLink
from lossviz.ui.mnist.run_controls import SPEEDS, PausableRun, RunControls, State
from lossviz.ui.mnist.settings_form import SetupSection, TrainingSettingsForm
from lossviz.ui.mnist.status import SessionStatus, SessionSummary
from lossviz.ui.mnist.training_plots import AccuracyPlot, LossCurvePlot, plot_history, plotted_history
from lossviz.ui.mnist.training_worker import Progress, TrainingWorker

__all__ = ["SPEEDS", "MnistPanel", "State"]  # SPEEDS and State re-exported: tests and benchmarks import them from here

#: Each training plot's height (at 100%) that the data and settings are
#: folded away to keep: a data area of about 150 px under its title and axis.
PLOT_HEIGHT = 225


class MnistPanel(PausableRun, QWidget):
    #: Emitted when a session ends, for tests and the benchmarks.
    session_ended = Signal()
    #: The user changed a training setting (for the settings file).
    settings_edited = Signal()
    #: ``network`` has new weights (a training progress, a reset, a lesson's
    #: network): the pages that show it follow.  Up to 20 times a second.
    network_changed = Signal()
    #: ``network`` is one worth counting the mistakes of: an epoch just ended
    #: (its weights are the worker's consistent copy, ``Progress.weights``),
    #: or a lesson's trained network was loaded.
    network_settled = Signal()

    def __init__(self, explorer: ExplorerController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explorer = explorer
        self.state = State.IDLE
        self.worker: TrainingWorker | None = None
        self.session: TrainingSession | None = None
        self._network_trained = False
        #: Only the two plots, as large as they can be (the window's focus view, F6).
        self.plots_only = False

        self.source = DataSourceRow()
        self.source.dataset_chosen.connect(self._on_dataset_chosen)
        self.source.folder_chosen.connect(self.open_folder)
        self.source.download_started.connect(lambda: self.status.show_message(None))
        self.source.download_ended.connect(self._on_download_ended)
        self.form = TrainingSettingsForm()
        self.form.network_changed.connect(self._new_untrained_network)
        self.form.edited.connect(self.settings_edited)
        self.form.lr_typed.connect(lambda: self.status.show_message(None))
        self.controls = RunControls()
        self.controls.train_clicked.connect(self._on_train_clicked)
        self.controls.step_clicked.connect(self.step)
        self.controls.reset_clicked.connect(self.reset)
        self.controls.speed_changed.connect(self._on_speed_changed)
        self.controls.speed_changed.connect(self.settings_edited)
        self.status = SessionStatus()
        self.summary_label = SessionSummary()
        self.loss_plot = LossCurvePlot()
        self.accuracy_plot = AccuracyPlot()
        self.digit_view = DigitView()
        self.explorer_link = ExplorerLink(self.digit_view, explorer, self.digit_answer, self)
        self._build_layout()
        self._name_the_widgets()

        self.dataset, self.data_spec = datasets.load_bundled_dataset(), "bundled"
        self.network = Mlp(self.form.hidden(), self.form.seed())
        self._show_dataset()

    def _build_layout(self) -> None:
        # The data and the settings, put away while a session runs (the
        # summary line still says what is being trained), and folded on a
        # short screen while idle: the loss curve gets their height.
        self.setup_box = SetupSection(self.source, self.form)
        self.summary_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(3)
        for part in (self.setup_box, self.summary_label, self.controls, self.status):
            layout.addWidget(part)
        # The two plots share the height equally: each keeps a readable data area.
        layout.addWidget(self.loss_plot, 1)
        layout.addWidget(self.accuracy_plot, 1)
        layout.addWidget(self.digit_view)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setMinimumHeight(90)
            # Their heights by their stretches alone (_share_plots_height), not their size hints.
            plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

    def set_plots_only(self, on: bool) -> None:
        """Only the loss and accuracy plots (the focus view), or every part again."""
        self.plots_only = on
        for part in (self.controls, self.status, self.digit_view):
            part.setVisible(not on)
        self._set_state(self.state)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_setup()
        self._share_plots_height()

    def _share_plots_height(self) -> None:
        """The two plots' data areas equally tall: the loss plot, without an
        axis label under it, takes that much less of their height."""
        overheads = [plot.height() - plot.getPlotItem().getViewBox().height() for plot in (self.loss_plot, self.accuracy_plot)]
        total = self.loss_plot.height() + self.accuracy_plot.height()
        if total <= 0 or min(overheads) <= 0:
            return
        data = (total - sum(overheads)) / 2
        stretches = [max(1, round(data + overhead)) for overhead in overheads]
        layout = self.layout()
        for plot, stretch in zip((self.loss_plot, self.accuracy_plot), stretches):
            if layout.stretch(layout.indexOf(plot)) != stretch:
                layout.setStretch(layout.indexOf(plot), stretch)

    def _fit_setup(self) -> None:
        """Fold the data and settings away when, shown, they would leave each
        training plot less than a readable height (lossviz.ui.explorer.arrangement's target)."""
        look = style.current()
        others = sum(part.sizeHint().height() for part in (self.controls, self.status, self.digit_view) if not part.isHidden())
        plots = 2 * look.size(PLOT_HEIGHT)
        spacing = self.layout().spacing() * 6 + 8 + self.setup_box.toggle.sizeHint().height()
        self.setup_box.fit(self.height() - others - plots - spacing)

    def _name_the_widgets(self) -> None:
        """The parts' widgets that the window's lessons, settings and tests reach, under the panel's names."""
        form, controls = self.form, self.controls
        self.hidden_spin, self.lr_edit, self.epochs_spin, self.loss_combo = form.hidden_spin, form.lr_edit, form.epochs_spin, form.loss_combo
        self.train_button, self.step_button, self.reset_button = controls.train_button, controls.step_button, controls.reset_button
        self.speed_slider, self.speed_label = controls.speed_slider, controls.speed_label
        self.data_combo, self.data_label = self.source.data_combo, self.source.data_label
        self.status_label, self.message_label = self.status.status_label, self.status.message_label

    @property
    def downloader(self) -> DownloadWorker | None:
        """The download under way, if any."""
        return self.source.downloader

    # -- settings --------------------------------------------------------

    def training_params(self) -> TrainingParams:
        """The settings as shown, for a lesson or the settings file; raises
        ValueError (with a message) if they cannot train."""
        params = replace(self.form.params(), speed=self.controls.speed())
        training_config(params)  # the check
        return params

    def show_training_params(self, params: TrainingParams) -> None:
        """Set the fields from a lesson or the settings file (ends any session)."""
        self.reset()
        self.form.show_params(params)
        self.controls.set_speed(params.speed)
        self._on_speed_changed(self.controls.batches_per_second())
        self.status.show_message(None)
        self.reset()  # the untrained network of the new size and seed

    def trained_network(self) -> Mlp | None:
        """The network as trained so far, if any training has happened."""
        return self.network if self._network_trained else None

    def show_trained_network(self, network: Mlp) -> None:
        """A network trained before (a lesson's): shown on the digits, ready to train afresh."""
        self.reset()
        self.network, self._network_trained = network, True
        self.status.say(lambda: self.tr("The trained network from the lesson: press Train to train a new one."))
        self.explorer_link.refresh()
        self.network_changed.emit()
        self.network_settled.emit()

    def training_history(self) -> TrainingHistory | None:
        """The loss and accuracy curves on show (a session's, or a lesson's), for a lesson to keep."""
        return plotted_history(self.loss_plot, self.accuracy_plot)

    def show_training_history(self, history: TrainingHistory) -> None:
        """Draw a lesson's curves again, beside the network it trained (``show_trained_network``)."""
        if self.state is State.IDLE:
            plot_history(self.loss_plot, self.accuracy_plot, history)

    def _new_untrained_network(self) -> None:
        """The network as it starts: what the digit shows before any training."""
        if self.state is State.IDLE:
            self.network, self._network_trained = Mlp(self.form.hidden(), self.form.seed()), False
            self.explorer_link.refresh()
            self.network_changed.emit()

    # -- data ------------------------------------------------------------

    def use_data(self, spec: str) -> bool:
        """Train on "bundled", "full" or a folder from now on; False (and a message) if it cannot be had."""
        if spec == self.data_spec:
            return True
        return self._load(datasets.load_dataset, spec, spec if spec in ("bundled", "full") else str(Path(spec).resolve()))

    def open_folder(self, folder: str | Path) -> bool:
        """Train on the IDX files in ``folder``; a bad folder keeps the current data."""
        return self._load(datasets.load_folder, folder, str(Path(folder).resolve()))

    def _on_dataset_chosen(self, spec: str) -> None:
        if spec != self.data_spec and not self._load(datasets.load_dataset, spec, spec):
            self._show_dataset()  # the list back on the data in use

    def _load(self, load, where: str | Path, spec: str) -> bool:
        """``load(where)`` and train on it, or say why not and keep the data in use."""
        try:
            dataset = load(where)
        except datasets.DatasetError as error:
            self.status.show_message(error)
            return False
        self.use_dataset(dataset, spec)
        return True

    def use_dataset(self, dataset: datasets.Dataset, spec: str) -> None:
        """Train on ``dataset`` from now on; ``spec`` is "bundled", "full" or its folder."""
        if self.state in (State.RUNNING, State.PAUSED):
            raise RuntimeError("the data cannot change during a session")
        self.reset()
        self.dataset, self.data_spec = dataset, spec
        self._show_dataset()

    def _show_dataset(self) -> None:
        self.source.show_dataset(self.data_spec, self.dataset.description())
        self.digit_view.set_images(self.dataset.validation_images)
        self.explorer_link.refresh()

    # -- downloading -----------------------------------------------------

    def start_download(self) -> None:
        self.source.start_download()

    def cancel_download(self) -> None:
        self.source.cancel_download()

    def _on_download_ended(self, worker: DownloadWorker) -> None:
        in_session = self.state in (State.RUNNING, State.PAUSED)
        self.status.show_download(worker, in_session)
        if not (worker.cancelled or worker.error or in_session):
            self._on_dataset_chosen("full")

    # -- running ---------------------------------------------------------

    def start(self, paused: bool = False) -> bool:
        """A new session from the settings; False (and a message) if they cannot work."""
        if self.state is State.ENDED:
            self.reset()
        try:
            config = training_config(self.form.params())
            data = self.dataset
            session = TrainingSession(data.train_images, data.train_labels, data.validation_images, data.validation_labels,
                                      config, compare=self.form.loss() == COMPARE)
        except ValueError as error:
            self.status.show_message(error)
            return False
        self.status.show_message(None)
        self.session = session
        self.network, self._network_trained = Mlp(config.hidden, config.seed), False
        self.network_changed.emit()
        control = TrainingControl()
        if paused:
            control.pause()
        self.worker = TrainingWorker(session, control, self)
        self.worker.set_speed(self.controls.batches_per_second())
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.loss_plot.start(session.losses, session.steps_per_epoch, config.epochs)
        self.accuracy_plot.start(session.losses, config.epochs)
        self.status.begin(session)
        self._set_state(State.PAUSED if paused else State.RUNNING)
        self.worker.start()
        return True

    def start_run(self, paused: bool) -> bool:
        return self.start(paused)

    def reset(self) -> None:
        self.stop_worker()
        self.session = None
        self.status.begin(None)
        self._set_state(State.IDLE)
        self.loss_plot.start([], 1, self.form.epochs())
        self.accuracy_plot.start([], self.form.epochs())
        self.status.say(lambda: self.tr("Ready: press Train, or Step one batch."))
        self._new_untrained_network()

    def shutdown(self) -> None:
        """Before the window closes: no thread may outlive it."""
        self.stop_worker()
        self.source.shutdown()

    def _on_speed_changed(self, batches_per_second: float | None) -> None:
        if self.worker is not None:
            self.worker.set_speed(batches_per_second)

    def _on_progress(self, progress: Progress) -> None:
        if self.sender() is not self.worker:
            return  # from a session that was reset after it sent this
        session = self.session
        for index, loss in enumerate(session.losses):
            self.loss_plot.add(loss, progress.steps[index], progress.losses[index])
        for index, report in progress.epochs:
            self.accuracy_plot.add(session.losses[index], report.epoch, report.train_accuracy, report.validation_accuracy)
        self.status.record(progress)
        self.network.set_weights(progress.weights)
        self._network_trained = True
        self.explorer_link.refresh()
        self.status.show_session(progress.finished)
        self.network_changed.emit()
        if any(index == 0 for index, _report in progress.epochs):  # the first network's epoch: the one shown
            self.network_settled.emit()

    def _on_worker_finished(self) -> None:
        if self.sender() is not self.worker:
            return
        if self.state in (State.RUNNING, State.PAUSED):
            self._set_state(State.ENDED)
            self.session_ended.emit()

    def _set_state(self, state: State) -> None:
        self.state = state
        editable = state in (State.IDLE, State.ENDED)
        self.form.set_editable(editable)
        self.source.set_editable(editable)
        in_session = state in (State.RUNNING, State.PAUSED)
        if self.session is not None:
            self.summary_label.show_session(self.session, self.dataset)
        self.summary_label.setVisible(in_session and not self.plots_only)
        self.setup_box.setVisible(not in_session and not self.plots_only)
        self.controls.show_state(state)
        if state is State.ENDED:
            self.status.show_session(finished=True)

    # -- the validation digit -------------------------------------------

    def digit_answer(self) -> tuple[int, np.ndarray]:
        """(label, output logits z) of the chosen validation digit."""
        index = self.digit_view.index
        image = self.dataset.validation_images[index : index + 1]
        return int(self.dataset.validation_labels[index]), self.network.logits(image)[0]
