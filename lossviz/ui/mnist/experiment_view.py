""""Why cross-entropy?": the slowdown experiment, run and shown.

Two networks start from the same weights and learn from the very same
batches, one with cross-entropy and one with squared error through the
softmax (``lossviz.mnist.experiment``).  The experiment runs on an
``ExperimentWorker`` thread; this view only draws what comes back: each
network's relative loss, its validation accuracy, and its mean |∂E/∂z| on a
log axis; a note that names squared error's plateau while it lasts and
says why; and, on a click on any curve, a validation digit's output at
that moment from that curve's network, in the loss explorer (moving
anything in the explorer by hand lets go).

Interface: ``start(start)``, ``pause()``, ``resume()``, ``stop()``,
``reset()``, ``shutdown()``, ``experiment_curves()`` /
``show_experiment_curves(curves)``, ``network(loss)``; signal ``finished``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lossviz.explorer import ExplorerState, prediction_state
from lossviz.mnist.datasets import Dataset
from lossviz.mnist.experiment import CONFIDENTLY_WRONG, DEFAULT_START, ExperimentConfig
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import TrainingConfig
from lossviz.names import DIGIT_CLASSES, TRAINING_LOSSES
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill, translated
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.experiment_notes import ExperimentNotes
from lossviz.ui.mnist.experiment_plots import GradientPlot, RelativeLossPlot, ValidationAccuracyPlot, coloured_names
from lossviz.ui.mnist.experiment_record import ExperimentRecord
from lossviz.ui.mnist.experiment_worker import ExperimentProgress, ExperimentWorker
from lossviz.ui.mnist.run_controls import PausableRun, RunControls, State


def watched_digits(labels: np.ndarray) -> np.ndarray:
    """The first validation image of each digit 0 to 9 (those present): the
    digits whose outputs are recorded at every batch."""
    return np.array([int(np.flatnonzero(labels == d)[0]) for d in range(DIGIT_CLASSES) if np.any(labels == d)], dtype=np.intp)


class ExperimentView(PausableRun, Retranslated, QWidget):
    #: The experiment ran to its end (or diverged, or could not start); not sent when stopped.
    finished = Signal()

    def __init__(self, explorer: ExplorerController | None, dataset: Callable[[], Dataset], parent=None) -> None:
        super().__init__(parent)
        self.explorer, self._dataset = explorer, dataset
        self.state = State.IDLE
        self.worker: ExperimentWorker | None = None
        self.record = ExperimentRecord()
        self._networks: dict[str, Mlp] = {}
        self._weights: dict[str, list[np.ndarray]] = {}  # the latest reported, not yet in _networks
        self._watched = np.array([], dtype=np.intp)
        self._watched_labels = np.array([], dtype=np.intp)
        self._images: np.ndarray | None = None  # the watched digits, uint8 (n, 28, 28)
        self._shown: tuple[str, int] | None = None  # (loss, step) in the explorer
        self._pushed: ExplorerState | None = None
        # New points reach the plots one plot per pass of the event loop:
        # each repaints in a pass of its own, and the GUI answers in between.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._redraw_next)
        self._build()
        if explorer is not None:
            explorer.readout_changed.connect(self._on_explorer_changed)
        self.retranslate()
        self._show_record()

    def _build(self) -> None:
        self.start_combo = QComboBox()
        self.start_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a new language's longer names
        self.controls = RunControls()
        self.controls.train_clicked.connect(self._on_train_clicked)
        self.controls.step_clicked.connect(self.step)
        self.controls.reset_clicked.connect(self.reset)
        self.controls.speed_changed.connect(lambda rate: self.worker and self.worker.set_speed(rate))
        self.notes = ExperimentNotes()
        self.loss_plot, self.accuracy_plot, self.gradient_plot = RelativeLossPlot(), ValidationAccuracyPlot(), GradientPlot()
        for plot in self.plots:
            plot.moment_clicked.connect(self.show_moment)
            plot.setMinimumSize(160, 120)
        self.legend_label = QLabel()
        self.digit_caption = QLabel()
        self.digit_picture = QLabel()
        self.digit_combo = QComboBox()
        self.digit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.digit_combo.currentIndexChanged.connect(self._on_digit_chosen)
        top = QHBoxLayout()
        top.addWidget(self.start_combo)
        top.addWidget(self.controls, 1)
        plots = QGridLayout()
        plots.addWidget(self.legend_label, 0, 0, 1, 3)
        plots.addWidget(self.loss_plot, 1, 0)
        plots.addWidget(self.gradient_plot, 1, 1)
        plots.addWidget(self.accuracy_plot, 1, 2)
        plots.setRowStretch(1, 1)
        for column in range(3):
            plots.setColumnStretch(column, 1)
        # The digit beside its chooser, the line on the moment shown under the
        # chooser: across the view it wraps to two or three lines, not to a
        # narrow column that would take the plots' height.
        digit = QGridLayout()
        digit.addWidget(self.digit_picture, 0, 0, 2, 1)
        digit.addWidget(self.digit_caption, 0, 1)
        digit.addWidget(self.digit_combo, 0, 2)
        digit.addWidget(self.notes.moment_label, 1, 1, 1, 3)
        digit.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addLayout(plots, 1)
        layout.addLayout(digit)

    @property
    def plots(self):
        return (self.loss_plot, self.gradient_plot, self.accuracy_plot)

    def retranslate(self) -> None:
        current = self.start_combo.currentIndex()
        self.start_combo.clear()
        self.start_combo.addItem(self.tr("Start confidently wrong"), CONFIDENTLY_WRONG)
        self.start_combo.addItem(self.tr("Start as initialised"), DEFAULT_START)
        self.start_combo.setCurrentIndex(max(current, 0))
        self.start_combo.setToolTip(self.tr(
            "Confidently wrong: one output's bias is raised by 12, so both networks call every digit that class\n"
            "with y ≈ 1 before training. As initialised: the networks as their random start leaves them."))
        self.start_combo.setAccessibleName(self.tr("How the two networks start"))
        self.legend_label.setText(coloured_names())
        self.digit_caption.setText(self.tr("Digit for the explorer:"))
        self.digit_combo.setAccessibleName(self.tr("Validation digit shown in the explorer"))
        self._fill_digit_combo()
        self.notes.retranslate()  # after the digits' names, which its moment line quotes

    def apply_look(self, look: style.Look) -> None:
        self.legend_label.setText(coloured_names())  # the theme's colours
        self._show_digit_picture()
        for plot in self.plots:
            plot.apply_look(look)
        self.notes.apply_look(look)

    # -- running -----------------------------------------------------------

    def start(self, start: str = CONFIDENTLY_WRONG, paused: bool = False, training: TrainingConfig | None = None) -> bool:
        """A new run from ``start`` ("confidently-wrong" or "default") on the
        dataset getter's data; False (and a message) if it cannot run."""
        self.stop_worker()
        dataset = self._dataset()
        config = ExperimentConfig(start=start)
        if training is not None:
            config = replace(config, training=training)
        try:
            config.validate()
        except ValueError as error:
            self.notes.show_error(translated(error))
            return False
        self.start_combo.setCurrentIndex(max(self.start_combo.findData(start), 0))
        self._watched = watched_digits(dataset.validation_labels)
        self._watched_labels = np.asarray(dataset.validation_labels)[self._watched].astype(np.intp)
        self._images = np.asarray(dataset.validation_images)[self._watched].reshape(-1, 28, 28)
        self._fill_digit_combo()
        self._release()
        self.record = ExperimentRecord(start)
        self._networks = {loss: Mlp(config.training.hidden, config.training.seed, split=False) for loss in TRAINING_LOSSES}
        self._weights = {}
        self.worker = ExperimentWorker(dataset, config, dataset.validation_images[self._watched], paused, self)
        self.worker.set_speed(self.controls.batches_per_second())
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self._set_state(State.PAUSED if paused else State.RUNNING)
        self._show_record()
        self.worker.start()
        return True

    def start_run(self, paused: bool) -> bool:
        return self.start(self.start_combo.currentData(), paused=paused)

    def stop(self) -> None:
        """End the run where it is; its curves stay (and can still be clicked)."""
        if self.worker is not None:
            self.stop_worker()
            self._set_state(State.ENDED)

    def reset(self) -> None:
        """Stop, and clear the curves."""
        self.stop_worker()
        self._release()
        self.record = ExperimentRecord(self.start_combo.currentData() or CONFIDENTLY_WRONG)
        self._set_state(State.IDLE)
        self._show_record()

    def shutdown(self) -> None:
        """Before the window closes: no thread may outlive it."""
        self.stop_worker()

    def _set_state(self, state: State) -> None:
        self.state = state
        self.controls.show_state(state)
        self.start_combo.setEnabled(state not in (State.RUNNING, State.PAUSED))
        self.notes.keep_room(state is not State.IDLE)

    def _on_progress(self, progress: ExperimentProgress) -> None:
        if self.sender() is not self.worker:
            return  # from a run that was reset after it sent this
        if progress.error is not None:
            self.notes.show_error(translated(progress.error))
            return
        record = self.record
        if progress.start is not None:
            record.begin(progress.start, progress.steps_per_epoch, progress.total_steps, progress.start_logits)
        record.add(progress.batches, progress.epochs)
        self._weights.update(progress.weights or {})  # copied into a network only when asked for (network())
        self._show_new(draw=False)
        self._redraw_timer.start()
        if progress.diverged is not None:
            self.notes.show_error(translated(progress.diverged.report.reason))

    def _on_worker_finished(self) -> None:
        if self.sender() is not self.worker:
            return
        self._redraw_now()  # the run's last points, before anyone is told it ended
        if self.state in (State.RUNNING, State.PAUSED):
            self._set_state(State.ENDED)
            self.notes.show_record(self.record, self._shown, finished=True)
            self.finished.emit()

    # -- what is shown -----------------------------------------------------

    def _show_record(self) -> None:
        """The record drawn afresh, at once: a new run, a reset, a lesson's curves."""
        for plot in self.plots:
            for loss in TRAINING_LOSSES:
                plot.show_curve(loss, [], [], draw=False)
        self._show_new(draw=True)

    def _redraw_next(self) -> None:
        """One plot's new points drawn; the timer stops once none is left."""
        stale = [plot for plot in self.plots if plot.stale]
        if stale:
            stale[0].redraw()
        if len(stale) <= 1:
            self._redraw_timer.stop()

    def _redraw_now(self) -> None:
        self._redraw_timer.stop()
        for plot in self.plots:
            plot.redraw()

    def _show_new(self, draw: bool) -> None:
        """Only what the record gained since it was last drawn: the batches
        appended to the curves, the accuracy curves only when an epoch ended
        (``draw``: on screen now, else at the plots' next ``redraw()``)."""
        record = self.record
        spe = record.steps_per_epoch
        for plot in self.plots:
            plot.set_epochs(record.epochs)
        for loss, curves in record.networks.items():
            drawn, steps = self.loss_plot.point_count(loss), len(curves.losses)
            if steps > drawn:
                x = np.arange(drawn + 1, steps + 1) / spe
                first = curves.losses[0] if curves.losses[0] > 0 else 1.0
                self.loss_plot.extend_curve(loss, x, np.asarray(curves.losses[drawn:]) / first, draw=False)
                self.gradient_plot.extend_curve(loss, x, curves.gradients[drawn:], draw=False)
            accuracy = [record.start_accuracy] * bool(curves.losses) + curves.validation_accuracy
            if len(accuracy) != self.accuracy_plot.point_count(loss):
                self.accuracy_plot.show_curve(loss, np.arange(len(accuracy)), 100 * np.asarray(accuracy), draw=False)
        if draw:
            self._redraw_now()
        self.notes.show_record(record, self._shown, finished=self.state is State.ENDED)

    def network(self, loss: str) -> Mlp | None:
        """A copy of one network as last reported (for a view of its first layer); None before a run."""
        weights = self._weights.pop(loss, None)
        if weights is not None:
            self._networks[loss].set_weights(weights)
        return self._networks.get(loss)

    # -- the explorer ------------------------------------------------------

    def _fill_digit_combo(self) -> None:
        current = max(self.digit_combo.currentIndex(), 0)
        self.digit_combo.blockSignals(True)
        self.digit_combo.clear()
        for index, label in zip(self._watched, self._watched_labels):
            self.digit_combo.addItem(fill(self.tr("a %1 (validation image %2)"), int(label), int(index) + 1))
        self.digit_combo.setCurrentIndex(min(current, self.digit_combo.count() - 1))
        self.digit_combo.blockSignals(False)
        self._show_digit_picture()

    def _show_digit_picture(self) -> None:
        """The chosen digit as the network sees it, light ink on dark, two screen pixels a pixel (zoomed)."""
        digit = self.digit_combo.currentIndex()
        if digit < 0 or self._images is None:
            self.digit_picture.clear()
            return
        image = np.ascontiguousarray(self._images[digit], dtype=np.uint8)
        picture = QImage(image.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
        side = style.current().size(2 * 28)
        self.digit_picture.setPixmap(QPixmap.fromImage(picture).scaled(side, side))

    def show_moment(self, loss: str, epochs: float) -> bool:
        """The chosen digit's output at ``epochs`` into the run from ``loss``'s
        network, in the explorer; False if there is nothing to show."""
        record = self.record
        logits = record.networks[loss].logits
        if self.explorer is None or not record.has_logits or self.digit_combo.currentIndex() < 0:
            self.notes.show_moment_unavailable(self.explorer is None)
            return False
        step = min(max(round(epochs * record.steps_per_epoch), 0), len(logits) - 1)
        self._shown = (loss, step)
        digit = self.digit_combo.currentIndex()
        self._pushed = prediction_state(logits[step][digit], int(self._watched_labels[digit]), self.explorer.state)
        self.explorer.set_state(self._pushed)
        for plot in self.plots:
            plot.mark(loss, step / record.steps_per_epoch)
        self.notes.show_moment(record, loss, step, lambda: self.digit_combo.itemText(digit))
        return True

    def shown_moment(self) -> tuple[str, int] | None:
        """(loss, step) of the moment in the explorer (step 0: the start), if any."""
        return self._shown

    def _on_digit_chosen(self, _index: int) -> None:
        self._show_digit_picture()
        if self._shown is not None:
            loss, step = self._shown
            self.show_moment(loss, step / self.record.steps_per_epoch)

    def _on_explorer_changed(self, readout) -> None:
        # The user moved something in the explorer: it stops showing the moment.
        if self._pushed is not None and readout.state != self._pushed:
            self._release()

    def _release(self) -> None:
        self._shown, self._pushed = None, None
        for plot in self.plots:
            plot.mark(None)
        self.notes.show_moment(None)

    # -- for a lesson --------------------------------------------------------

    def experiment_curves(self) -> dict | None:
        """The curves on show, as plain data for a lesson (None before any batch)."""
        return self.record.curves() if self.record.steps else None

    def show_experiment_curves(self, curves: dict) -> None:
        """Draw a lesson's curves again (ends any run); the digits' outputs
        are not in a lesson, so clicking them shows nothing in the explorer."""
        self.stop_worker()
        self._release()
        self.record = ExperimentRecord.from_curves(curves)
        self._set_state(State.ENDED)
        self._show_record()
