"""A worker thread that runs batches at a pace the GUI sets: the training
panel's (``training_worker``) and the slowdown experiment's
(``experiment_worker``).

``set_speed(batches_per_second)`` (None for full speed) and ``cancel()`` may
be called at any time from the GUI thread; both cut a paced wait short, so
a new speed or a cancel applies at once.  Pause and step go through the
run's ``TrainingControl``.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from lossviz.mnist.training import TrainingControl


class PacedWorker(QThread):
    def __init__(self, control: TrainingControl, parent=None) -> None:
        super().__init__(parent)
        self.control = control
        self._batches_per_second: float | None = None
        # Set to cut a paced wait short: on cancel, or when the speed changes.
        self._interrupt = threading.Event()

    def set_speed(self, batches_per_second: float | None) -> None:
        self._batches_per_second = batches_per_second
        self._interrupt.set()

    def cancel(self) -> None:
        self.control.cancel()
        self._interrupt.set()

    def _wait_for_pace(self, last_batch: float) -> bool:
        """Wait until a paced batch is due (at once at full speed); False once cancelled.
        The speed is read afresh after every wake-up, so a change applies at once."""
        while not self.control.cancelled:
            rate = self._batches_per_second
            wait = last_batch + 1 / rate - time.monotonic() if rate else 0
            if wait <= 0:
                return True
            self._interrupt.wait(wait)
            self._interrupt.clear()
        return False
