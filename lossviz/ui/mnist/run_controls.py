"""The MNIST panel's run controls: Train (Pause, Resume), Step one batch,
Reset, and the speed slider; and the run's state machine behind them
(``PausableRun``), shared by the training panel and the experiment.

The controls only ask; the panel decides (its state machine) and tells
them the run's state back with ``show_state``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from lossviz.settings import DEFAULT_SPEED
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.mnist.paced_worker import PacedWorker

#: The speed control's stops, in mini-batches a second; None is full speed.
#: Paced (the default) shows the curve come down over a minute or so.
#: lossviz.settings stores the speed as a stop of this scale (SPEED_STOPS of them).
SPEEDS: tuple[float | None, ...] = (2, 10, 50, 250, None)


class State(Enum):
    """The run's states: idle (no session; the untrained network), running,
    paused, and ended (ran to the end, diverged, or failed)."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class PausableRun:
    """The run's state machine, which the training panel and the slowdown
    experiment share: Train starts a run, or pauses and resumes it; Step
    runs one batch, from a new run paused at its start if there is none.
    A mixin for the widget that owns the run: it sets ``state`` and
    ``worker`` (a PacedWorker, None between runs) and provides ``start_run``
    and ``_set_state``."""

    state: State
    worker: PacedWorker | None

    def start_run(self, paused: bool) -> bool:
        """A new run from the settings shown; False (and a message) if it cannot run."""
        raise NotImplementedError

    def _set_state(self, state: State) -> None:
        raise NotImplementedError

    def _on_train_clicked(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()
        else:
            self.start_run(paused=False)

    def pause(self) -> None:
        if self.state is State.RUNNING:
            self.worker.control.pause()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self.state is State.PAUSED:
            self.worker.control.resume()
            self._set_state(State.RUNNING)

    def step(self) -> None:
        """One batch: from a new run, or while paused."""
        if self.state in (State.IDLE, State.ENDED) and not self.start_run(paused=True):
            return
        if self.state is State.PAUSED:
            self.worker.control.step()

    def stop_worker(self) -> None:
        """Cancel the run's thread and wait for it (it stops within one batch)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            worker.wait()


class RunControls(Retranslated, QWidget):
    """Interface: ``show_state(state)``, ``speed()``, ``set_speed(stop)``,
    ``batches_per_second()``; the signals below."""

    train_clicked = Signal()  # Train, Pause or Resume, by the state shown
    step_clicked = Signal()
    reset_clicked = Signal()
    #: The user moved the speed slider: the new pace, batches a second (None: full speed).
    speed_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = State.IDLE
        self.train_button = QPushButton()
        self.train_button.clicked.connect(self.train_clicked)
        self.step_button = QPushButton()
        self.step_button.clicked.connect(self.step_clicked)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_clicked)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(DEFAULT_SPEED)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setPageStep(1)
        self.speed_slider.valueChanged.connect(self._on_speed_changed)
        self.speed_caption = QLabel()
        self.speed_label = QLabel()

        self.buttons = buttons = QHBoxLayout()
        for button in (self.train_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.speed_row = speed = QHBoxLayout()
        speed.addWidget(self.speed_caption)
        speed.addWidget(self.speed_slider, 1)
        speed.addWidget(self.speed_label)
        # The speed beside the buttons where both fit (a row's height more for the plots), else under them.
        self.rows = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addLayout(buttons)
        self.rows.addLayout(speed, 1)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows(event.size().width())

    def _fit_rows(self, width: int) -> None:
        one_row = (sum(button.sizeHint().width() for button in (self.train_button, self.step_button, self.reset_button))
                   + self.speed_caption.sizeHint().width() + self.speed_label.sizeHint().width()
                   + self.fontMetrics().averageCharWidth() * 8 + 6 * self.rows.spacing())  # a slider of 8 characters at least
        # Never wider for being in one row: the panel keeps its share of the window.
        self.setMinimumWidth(max(self.buttons.minimumSize().width(), self.speed_row.minimumSize().width()))
        direction = QBoxLayout.Direction.LeftToRight if one_row <= width else QBoxLayout.Direction.TopToBottom
        if self.rows.direction() != direction:
            self.rows.setDirection(direction)

    def retranslate(self) -> None:
        self.speed_caption.setText(self.tr("Speed"))
        self.step_button.setText(self.tr("Step one batch"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Stop, clear the plots, and go back to the untrained network"))
        self.speed_slider.setAccessibleName(self.tr("Training speed"))
        self.show_state(self._state)
        self._show_speed()

    def show_state(self, state: State) -> None:
        """What the buttons offer in ``state``: Pause while running, Resume while paused, else Train."""
        self._state = state
        self.train_button.setText({State.RUNNING: self.tr("Pause"), State.PAUSED: self.tr("Resume")}.get(state, self.tr("Train")))
        self.step_button.setEnabled(state is not State.RUNNING)

    def apply_look(self, look: style.Look) -> None:
        """The speed slider in the theme's slider colours, where the platform's would be hidden (high contrast)."""
        self.speed_slider.setStyleSheet(style.slider_style_sheet(look))

    def speed(self) -> int:
        """The slider's stop, 0 to len(SPEEDS) - 1, as lossviz.settings keeps it."""
        return self.speed_slider.value()

    def set_speed(self, stop: int) -> None:
        """Move the slider to ``stop`` without emitting: not the user's move."""
        with QSignalBlocker(self.speed_slider):
            self.speed_slider.setValue(stop)
        self._show_speed()

    def batches_per_second(self) -> float | None:
        return SPEEDS[self.speed_slider.value()]

    def _on_speed_changed(self, _stop: int) -> None:
        self._show_speed()
        self.speed_changed.emit(self.batches_per_second())

    def _show_speed(self) -> None:
        speed = self.batches_per_second()
        self.speed_label.setText(self.tr("full speed") if speed is None else fill(self.tr("%1 batches/s"), f"{speed:g}"))
        self._fit_rows(self.width())
