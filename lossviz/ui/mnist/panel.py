"""The MNIST side panel: a tiny network learns while the class watches its
loss go down.

The panel holds the data, the settings and one ``TrainingWorker`` at a time.
It computes nothing itself: training is ``lossviz.mnist`` on the worker's
thread, and what comes back (a ``Progress`` at most 20 times a second) is
only drawn.  A validation digit's answer is computed here from a copy of
the weights, and can drive the loss explorer through its controller.

States: idle (no session; the untrained network), running, paused, and
ended (ran to the end, diverged, or failed).  Settings can change only
when no session is running or paused.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lossviz.explorer import ExplorerState, Mode
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist import datasets
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.session import TrainingSession
from lossviz.mnist.training import TrainingConfig, TrainingControl
from lossviz.names import BATCH_RANGE, COMPARE, CROSS_ENTROPY, EPOCHS_RANGE, HIDDEN_RANGE, PANEL_LOSSES, SEED_RANGE
from lossviz.settings import DEFAULT_SPEED, TrainingParams
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, translated
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.digit_view import DigitView
from lossviz.ui.mnist.download_worker import DownloadWorker
from lossviz.ui.mnist.training_plots import AccuracyPlot, LossCurvePlot, loss_name
from lossviz.ui.mnist.training_worker import Progress, TrainingWorker

#: The speed control's stops, in mini-batches a second; None is full speed.
#: Paced (the default) shows the curve come down over a minute or so.
SPEEDS: tuple[float | None, ...] = (2, 10, 50, 250, None)
# lossviz.settings stores the speed as a stop of this scale (SPEED_STOPS of them).
MIRRORS_SETTING = "mnist/mirrors"


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class MnistPanel(Retranslated, QWidget):
    #: Emitted when a session ends, for tests and the benchmarks.
    session_ended = Signal()
    dataset_changed = Signal()
    #: The user changed a training setting (for the settings file).
    settings_edited = Signal()

    def __init__(self, explorer: ExplorerController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explorer = explorer
        self.state = State.IDLE
        self.worker: TrainingWorker | None = None
        self.session: TrainingSession | None = None
        self.downloader: DownloadWorker | None = None
        self._pushed_state: ExplorerState | None = None
        self._network_trained = False
        # The status line and the error message, kept as how to say them, so
        # that a language change says them again (retranslate()).
        self._status: Callable[[], str] = str
        self._message: object = None

        self._build_data_row()
        self._build_settings()
        self._build_run_controls()
        self.loss_plot = LossCurvePlot()
        self.accuracy_plot = AccuracyPlot()
        self.digit_view = DigitView()
        self.digit_view.digit_chosen.connect(self._on_digit_chosen)
        self.digit_view.follow_toggled.connect(self._on_follow_toggled)
        if explorer is not None:
            explorer.readout_changed.connect(self._on_explorer_changed)
        else:
            self.digit_view.follow_box.hide()
        self._build_layout()

        self.dataset, self.data_spec = datasets.load_bundled_dataset(), "bundled"
        self.network = Mlp(self.hidden_spin.value(), self.seed_spin.value())
        self._show_dataset()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language; the status line and any
        message are said again from the panel's state."""
        self.data_combo.setAccessibleName(self.tr("Training data"))
        self.data_combo.setItemText(0, self.tr("Bundled subset (5,000 images)"))
        self.data_combo.setItemText(1, self.tr("Full MNIST (70,000 images)"))
        for index in range(2, self.data_combo.count()):  # folders opened
            self.data_combo.setItemText(index, self._folder_item_text(self.data_combo.itemData(index)))
        self.download_button.setText(self.tr("Download full MNIST…"))
        self.download_button.setToolTip(self.tr("Fetch the four MNIST files (11 MB) and check each against its published checksum"))
        self.open_button.setText(self.tr("Open IDX folder…"))
        self.open_button.setToolTip(self.tr("Train on a folder of IDX files: MNIST, Fashion-MNIST, or any 28 × 28 images in 10 classes"))
        self.download_bar.setFormat(self.tr("Downloading MNIST… %p%"))
        self.cancel_download_button.setText(self.tr("Cancel download"))
        names = {self.hidden_spin: self.tr("Hidden units"), self.lr_edit: self.tr("Learning rate"), self.batch_spin: self.tr("Batch size"),
                 self.epochs_spin: self.tr("Epochs"), self.seed_spin: self.tr("Seed"), self.loss_combo: self.tr("Loss")}
        for widget, name in names.items():
            widget.setAccessibleName(name)
            self.field_labels[widget].setText(name)
        self.lr_edit.setToolTip(self.tr("Try 50 to see training diverge"))
        self.loss_combo.setItemText(0, self.tr("Cross-entropy"))
        self.loss_combo.setItemText(1, self.tr("Sum of squared error"))
        self.loss_combo.setItemText(2, self.tr("Compare both"))
        self.loss_combo.setToolTip(self.tr("Compare: two networks, same start and same batches, one for each loss"))
        self.data_caption.setText(self.tr("Data"))
        self.speed_caption.setText(self.tr("Speed"))
        self.step_button.setText(self.tr("Step one batch"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Stop, clear the plots, and go back to the untrained network"))
        self.speed_slider.setAccessibleName(self.tr("Training speed"))
        self._show_train_button()
        self._show_summary()
        self._on_speed_changed(self.speed_slider.value())
        self.data_label.setText(translated(self.dataset.description()))
        self._set_status(self._status)
        self._show_message(self._message)

    # -- construction ----------------------------------------------------

    def _build_data_row(self) -> None:
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.data_combo = QComboBox()
        self.data_combo.addItem("", "bundled")  # the texts of these and all that follow: retranslate()
        self.data_combo.addItem("", "full")
        self.data_combo.activated.connect(self._on_data_chosen)
        # A folder's long name must not widen the panel.
        self.data_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.data_combo.setMinimumContentsLength(16)
        self.download_button = QPushButton()
        self.download_button.clicked.connect(self.start_download)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._on_open_clicked)
        self.download_bar = QProgressBar()
        self.cancel_download_button = QPushButton()
        self.cancel_download_button.clicked.connect(self.cancel_download)
        self.download_bar.hide()
        self.cancel_download_button.hide()

    def _build_settings(self) -> None:
        defaults = TrainingConfig()
        self.hidden_spin = self._spin(*HIDDEN_RANGE, defaults.hidden)
        self.batch_spin = self._spin(*BATCH_RANGE, defaults.batch)
        self.epochs_spin = self._spin(*EPOCHS_RANGE, defaults.epochs)
        self.seed_spin = self._spin(*SEED_RANGE, defaults.seed)
        self.lr_edit = QLineEdit(f"{defaults.lr:g}")
        self.lr_edit.textEdited.connect(lambda _text: self._show_message(None))
        self.loss_combo = QComboBox()
        for key in PANEL_LOSSES:
            self.loss_combo.addItem("", key)
        self.loss_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loss_combo.setMinimumContentsLength(12)
        for spin in (self.hidden_spin, self.seed_spin):
            spin.valueChanged.connect(self._new_untrained_network)
        self.settings_widgets = (self.hidden_spin, self.batch_spin, self.epochs_spin, self.seed_spin, self.lr_edit,
                                 self.loss_combo, self.data_combo, self.open_button)
        for spin in (self.hidden_spin, self.batch_spin, self.epochs_spin, self.seed_spin):
            spin.valueChanged.connect(self.settings_edited)
        self.lr_edit.editingFinished.connect(self.settings_edited)
        self.loss_combo.activated.connect(self.settings_edited)

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setGroupSeparatorShown(False)
        return spin

    def _build_run_controls(self) -> None:
        self.train_button = QPushButton()
        self.train_button.clicked.connect(self._on_train_clicked)
        self.step_button = QPushButton()
        self.step_button.clicked.connect(self.step)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(DEFAULT_SPEED)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setPageStep(1)
        self.speed_slider.valueChanged.connect(self._on_speed_changed)
        self.speed_slider.valueChanged.connect(self.settings_edited)
        self.speed_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        style.tint(self.message_label, style.ERROR_FG)
        self.message_label.hide()

    def _build_layout(self) -> None:
        # Narrow enough to sit beside the explorer on a 1366-pixel laptop screen.
        data_row = QHBoxLayout()
        self.data_caption = QLabel()
        data_row.addWidget(self.data_caption)
        data_row.addWidget(self.data_combo, 1)
        source_row = QHBoxLayout()
        source_row.addWidget(self.download_button)
        source_row.addWidget(self.open_button)
        source_row.addStretch(1)
        download_row = QHBoxLayout()
        download_row.addWidget(self.download_bar, 1)
        download_row.addWidget(self.cancel_download_button)

        settings = QGridLayout()
        fields = (self.hidden_spin, self.lr_edit, self.batch_spin, self.epochs_spin, self.seed_spin, self.loss_combo)
        self.field_labels: dict[QWidget, QLabel] = {}  # their captions: retranslate()
        for i, widget in enumerate(fields):
            label = QLabel()
            self.field_labels[widget] = label
            label.setBuddy(widget)
            row, column = divmod(i, 2)
            settings.addWidget(label, row, 2 * column)
            settings.addWidget(widget, row, 2 * column + 1)
            # The right-hand fields get more of the room: the loss's name
            # (交差エントロピー zoomed for a projector) is longer than any number.
            settings.setColumnStretch(2 * column + 1, 1 + column)

        buttons = QHBoxLayout()
        for button in (self.train_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        speed = QHBoxLayout()
        self.speed_caption = QLabel()
        speed.addWidget(self.speed_caption)
        speed.addWidget(self.speed_slider, 1)
        speed.addWidget(self.speed_label)

        # The data and the settings, put away while a session runs: on a
        # laptop the loss curve then gets their height (the summary line
        # still says what is being trained).
        self.setup_box = QWidget()
        setup = QVBoxLayout(self.setup_box)
        setup.setContentsMargins(0, 0, 0, 0)
        for row in (data_row, source_row):
            setup.addLayout(row)
        setup.addWidget(self.data_label)
        setup.addLayout(download_row)
        setup.addLayout(settings)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addLayout(speed)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 2)
        layout.addWidget(self.digit_view)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setMinimumHeight(90)
            plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for label in (self.data_label, self.status_label, self.message_label, self.summary_label):
            # Wrapped text must not set the panel's width.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    # -- settings --------------------------------------------------------

    def config(self) -> TrainingConfig:
        """The settings as shown; raises ValueError naming a bad one."""
        text = self.lr_edit.text().strip().replace(",", ".")
        try:
            lr = float(text)
        except ValueError:
            raise ValueError(Message("MnistPanel", QT_TRANSLATE_NOOP(
                "MnistPanel", "The learning rate must be a number such as 0.1, not “{text}”."), text=text)) from None
        loss = self.loss_combo.currentData()
        config = replace(TrainingConfig(), hidden=self.hidden_spin.value(), lr=lr, batch=self.batch_spin.value(),
                         epochs=self.epochs_spin.value(), seed=self.seed_spin.value(), loss=CROSS_ENTROPY if loss == COMPARE else loss)
        config.validate()
        return config

    def training_params(self) -> TrainingParams:
        """The settings as shown, for a lesson or the settings file; a
        learning rate that is not a number raises ValueError (``config``)."""
        config = self.config()
        return TrainingParams(hidden=config.hidden, lr=config.lr, batch=config.batch, epochs=config.epochs, seed=config.seed,
                              loss=self.loss_combo.currentData(), speed=self.speed_slider.value())

    def show_training_params(self, params: TrainingParams) -> None:
        """Set the fields from a lesson or the settings file (ends any session)."""
        self.reset()
        for spin, value in ((self.hidden_spin, params.hidden), (self.batch_spin, params.batch), (self.epochs_spin, params.epochs),
                            (self.seed_spin, params.seed)):
            with QSignalBlocker(spin):
                spin.setValue(value)
        self.lr_edit.setText(f"{params.lr:g}")
        with QSignalBlocker(self.loss_combo):
            self.loss_combo.setCurrentIndex(max(0, self.loss_combo.findData(params.loss)))
        with QSignalBlocker(self.speed_slider):
            self.speed_slider.setValue(params.speed)
        self._on_speed_changed(params.speed)
        self._show_message(None)
        self.reset()  # the untrained network of the new size and seed

    def trained_network(self) -> Mlp | None:
        """The network as trained so far, if any training has happened."""
        return self.network if self._network_trained else None

    def show_trained_network(self, network: Mlp) -> None:
        """A network trained before (a lesson's): shown on the digits, ready to train afresh."""
        self.reset()
        self.network, self._network_trained = network, True
        self._set_status(lambda: self.tr("The trained network from the lesson: press Train to train a new one."))
        self._show_digit_answer()

    def use_data(self, spec: str) -> bool:
        """Train on "bundled", "full" or a folder from now on; False (and a message) if it cannot be had."""
        if spec == self.data_spec:
            return True
        try:
            dataset = datasets.load_dataset(spec)
        except datasets.DatasetError as error:
            self._show_message(error)
            return False
        self.use_dataset(dataset, str(Path(spec).resolve()) if spec not in ("bundled", "full") else spec)
        return True

    @property
    def compare(self) -> bool:
        return self.loss_combo.currentData() == COMPARE

    def _new_untrained_network(self) -> None:
        """The network as it starts: what the digit shows before any training."""
        if self.state is State.IDLE:
            self.network, self._network_trained = Mlp(self.hidden_spin.value(), self.seed_spin.value()), False
            self._show_digit_answer()

    # -- data ------------------------------------------------------------

    def use_dataset(self, dataset: datasets.Dataset, spec: str) -> None:
        """Train on ``dataset`` from now on; ``spec`` is "bundled", "full" or its folder."""
        if self.state in (State.RUNNING, State.PAUSED):
            raise RuntimeError("the data cannot change during a session")
        self.reset()
        self.dataset, self.data_spec = dataset, spec
        self._show_dataset()
        self.dataset_changed.emit()

    def open_folder(self, folder: str | Path) -> bool:
        """Train on the IDX files in ``folder``; a bad folder keeps the current data."""
        try:
            dataset = datasets.load_folder(folder)
        except datasets.DatasetError as error:
            self._show_message(error)
            return False
        self.use_dataset(dataset, str(Path(folder).resolve()))
        return True

    def _on_open_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of IDX files"))
        if folder:
            self.open_folder(folder)

    def _on_data_chosen(self, index: int) -> None:
        spec = self.data_combo.itemData(index)
        if spec == self.data_spec:
            return
        try:
            dataset = datasets.load_dataset(spec)
        except datasets.DatasetError as error:
            self._show_message(error)
            self._show_dataset()  # the combo back on the data in use
            return
        self.use_dataset(dataset, spec)

    def _show_dataset(self) -> None:
        self.data_label.setText(translated(self.dataset.description()))
        index = self.data_combo.findData(self.data_spec)
        if index < 0:  # a folder: listed under its name, and chosen again from the list
            self.data_combo.addItem(self._folder_item_text(self.data_spec), self.data_spec)
            self.data_combo.setItemData(self.data_combo.count() - 1, self.data_spec, Qt.ItemDataRole.ToolTipRole)
            index = self.data_combo.count() - 1
        self.data_combo.setCurrentIndex(index)
        self.digit_view.set_images(self.dataset.validation_images)
        self._show_digit_answer()

    def _folder_item_text(self, folder: str) -> str:
        return self.tr("Folder: %1").replace("%1", Path(folder).name)

    # -- downloading -----------------------------------------------------

    def start_download(self) -> None:
        from lossviz.data_folder import mnist_dir
        from lossviz.mnist.download import mirrors

        if self.downloader is not None:
            return
        setting = QSettings().value(MIRRORS_SETTING)
        self.downloader = DownloadWorker(mnist_dir(), mirrors(setting if isinstance(setting, str) else None), self)
        self.downloader.progressed.connect(self._on_download_progress)
        self.downloader.finished.connect(self._on_download_finished)
        self.download_bar.setRange(0, 0)
        self.download_bar.show()
        self.cancel_download_button.show()
        self.download_button.setEnabled(False)
        self._show_message(None)
        self.downloader.start()

    def cancel_download(self) -> None:
        if self.downloader is not None:
            self.downloader.cancel()

    def _on_download_progress(self, done: int, total: int) -> None:
        self.download_bar.setRange(0, max(total, 1))
        self.download_bar.setValue(done)

    def _on_download_finished(self) -> None:
        worker, self.downloader = self.downloader, None
        self.download_bar.hide()
        self.cancel_download_button.hide()
        self.download_button.setEnabled(True)
        if worker.cancelled:
            self._set_status(lambda: self.tr("Download cancelled; what arrived is kept, and the next download goes on from there."))
        elif worker.error:
            self._show_message(lambda problems=worker.problems: self.tr("Full MNIST could not be downloaded:\n%1").replace(
                "%1", "\n".join(translated(problem) for problem in problems)))
        elif self.state in (State.RUNNING, State.PAUSED):
            self._set_status(lambda: self.tr("Full MNIST downloaded. Reset, then choose it under Data."))
        else:
            self._set_status(lambda: self.tr("Full MNIST downloaded and checked."))
            self._on_data_chosen(self.data_combo.findData("full"))

    # -- running ---------------------------------------------------------

    def _on_train_clicked(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()
        else:
            self.start()

    def start(self, paused: bool = False) -> bool:
        """A new session from the settings; False (and a message) if they cannot work."""
        if self.state is State.ENDED:
            self.reset()
        try:
            config = self.config()
            data = self.dataset
            session = TrainingSession(data.train_images, data.train_labels, data.validation_images, data.validation_labels,
                                      config, compare=self.compare)
        except ValueError as error:
            self._show_message(error)
            return False
        self._show_message(None)
        self.session = session
        self.network, self._network_trained = Mlp(config.hidden, config.seed), False
        control = TrainingControl()
        if paused:
            control.pause()
        self.worker = TrainingWorker(session, control, self)
        self.worker.set_speed(SPEEDS[self.speed_slider.value()])
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.loss_plot.start(session.losses, session.steps_per_epoch, config.epochs)
        self.accuracy_plot.start(session.losses, config.epochs)
        self._epochs_done = {loss: None for loss in session.losses}
        self._last_losses = {loss: math.nan for loss in session.losses}
        self._step = 0
        self._set_state(State.PAUSED if paused else State.RUNNING)
        self.worker.start()
        return True

    def pause(self) -> None:
        if self.state is State.RUNNING:
            self.worker.control.pause()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self.state is State.PAUSED:
            self.worker.control.resume()
            self._set_state(State.RUNNING)

    def step(self) -> None:
        """One mini-batch: from the untrained network, or while paused."""
        if self.state in (State.IDLE, State.ENDED):
            if not self.start(paused=True):
                return
        if self.state is State.PAUSED:
            self.worker.control.step()

    def reset(self) -> None:
        self.stop_worker()
        self.session = None
        self._set_state(State.IDLE)
        self.loss_plot.start([], 1, self.epochs_spin.value())
        self.accuracy_plot.start([], self.epochs_spin.value())
        self._set_status(lambda: self.tr("Ready: press Train, or Step one batch."))
        self._new_untrained_network()

    def stop_worker(self) -> None:
        """Cancel the session's thread and wait for it (it stops within one batch)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            worker.wait()

    def shutdown(self) -> None:
        """Before the window closes: no thread may outlive it."""
        self.stop_worker()
        if self.downloader is not None:
            self.downloader.cancel()
            self.downloader.wait()
            self.downloader = None

    def _on_speed_changed(self, index: int) -> None:
        speed = SPEEDS[index]
        self.speed_label.setText(self.tr("full speed") if speed is None else self.tr("%1 batches/s").replace("%1", f"{speed:g}"))
        if self.worker is not None:
            self.worker.set_speed(speed)

    def _on_progress(self, progress: Progress) -> None:
        if self.sender() is not self.worker:
            return  # from a session that was reset after it sent this
        session = self.session
        for index, loss in enumerate(session.losses):
            self.loss_plot.add(loss, progress.steps[index], progress.losses[index])
            if progress.steps[index]:
                self._step = max(self._step, progress.steps[index][-1])
                self._last_losses[loss] = progress.losses[index][-1]
        for index, report in progress.epochs:
            loss = session.losses[index]
            self.accuracy_plot.add(loss, report.epoch, report.train_accuracy, report.validation_accuracy)
            self._epochs_done[loss] = report
        for index, report in progress.diverged:
            # In compare mode, say which of the two networks it was; the other goes on.
            who = session.losses[index] if len(session.losses) > 1 else None
            self._show_message(lambda who=who, reason=report.reason:
                               (f"{loss_name(who).capitalize()}: " if who else "") + translated(reason))
        self.network.set_weights(progress.weights)
        self._network_trained = True
        self._show_digit_answer()
        self._show_status(progress.finished)

    def _on_worker_finished(self) -> None:
        if self.sender() is not self.worker:
            return
        if self.state in (State.RUNNING, State.PAUSED):
            self._set_state(State.ENDED)
            self.session_ended.emit()

    def _set_state(self, state: State) -> None:
        self.state = state
        for widget in self.settings_widgets:
            widget.setEnabled(state in (State.IDLE, State.ENDED))
        in_session = state in (State.RUNNING, State.PAUSED)
        self._show_summary()
        self.summary_label.setVisible(in_session)
        self.setup_box.setVisible(not in_session)
        self._show_train_button()
        self.step_button.setEnabled(state is not State.RUNNING)
        if state is State.ENDED:
            self._show_status(finished=True)

    def _show_summary(self) -> None:
        """One line for the settings while they are put away."""
        session = self.session
        if session is None:
            return
        config = session.config
        losses = " / ".join(loss_name(loss) for loss in session.losses)
        self.summary_label.setText(
            self.tr("784-%1-10 network, %2 · learning rate %3 · batch %4 · %5 epochs · seed %6").replace("%1", str(config.hidden))
            .replace("%2", losses).replace("%3", f"{config.lr:g}").replace("%4", str(config.batch)).replace("%5", str(config.epochs))
            .replace("%6", str(config.seed)) + "\n" + translated(self.dataset.description()))

    def _show_train_button(self) -> None:
        self.train_button.setText({State.RUNNING: self.tr("Pause"), State.PAUSED: self.tr("Resume")}.get(self.state, self.tr("Train")))

    def _set_status(self, text: Callable[[], str]) -> None:
        """The status line from ``text()``, which is called again on a language change."""
        self._status = text
        self.status_label.setText(text())

    def _show_status(self, finished: bool = False) -> None:
        if self.session is not None:
            self._set_status(lambda: self._session_status(finished))

    def _session_status(self, finished: bool) -> str:
        session = self.session
        if session is None:
            return ""
        epoch = min(session.config.epochs, self._step // session.steps_per_epoch + 1)
        where = self.tr("Finished") if finished else self.tr("Epoch %1 of %2").replace("%1", str(epoch)).replace(
            "%2", str(session.config.epochs))
        lines = [where + " · " + self.tr("batch %1 of %2").replace("%1", f"{self._step:,}").replace("%2", f"{session.total_steps:,}")]
        for loss in session.losses:
            text = self.tr("%1: loss %2").replace("%1", loss_name(loss)).replace("%2", f"{self._last_losses[loss]:.4f}")
            report = self._epochs_done[loss]
            if report is not None:
                text += self.tr(", validation accuracy %1%").replace("%1", f"{100 * report.validation_accuracy:.1f}")
            lines.append(text)
        return "\n".join(lines)

    def _show_message(self, message: object) -> None:
        """A message under the settings, or none (None or ""): a function
        giving the text, or a core Message or exception, translated."""
        self._message = message or None
        text = "" if message is None or message == "" else message() if callable(message) else translated(message)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- the validation digit and the explorer ---------------------------

    def _on_digit_chosen(self, _index: int) -> None:
        if self.explorer is not None and not self.digit_view.follow_box.isChecked():
            self.digit_view.follow_box.setChecked(True)  # picking a digit is asking to see it
        else:
            self._show_digit_answer()

    def _on_follow_toggled(self, _on: bool) -> None:
        self._show_digit_answer()

    def digit_answer(self) -> tuple[int, np.ndarray]:
        """(label, softmax output) of the chosen validation digit."""
        index = self.digit_view.index
        image = self.dataset.validation_images[index : index + 1]
        return int(self.dataset.validation_labels[index]), self.network.predict_proba(image)[0].astype(np.float64)

    def _show_digit_answer(self) -> None:
        label, probabilities = self.digit_answer()
        self.digit_view.show_answer(label, probabilities)
        if self.explorer is not None and self.digit_view.follow_box.isChecked():
            probabilities = probabilities / probabilities.sum()  # float32 sums are 1 only to about 1e-7
            state = ExplorerState(Mode.MULTICLASS, 10, (0.0,) * 10, label).with_entered(tuple(probabilities))
            self._pushed_state = state
            self.explorer.set_state(state)

    def _on_explorer_changed(self, readout) -> None:
        # The user moved something in the explorer: it stops following the digit.
        if self.digit_view.follow_box.isChecked() and readout.state != self._pushed_state:
            self.digit_view.follow_box.setChecked(False)
