"""Runs a ``TrainingSession`` on its own thread and sends what happened back
to the GUI thread, at most ``EMITS_PER_SECOND`` times a second.

The worker never touches a widget.  Each ``progressed`` signal carries a
``Progress``: the batch losses and epoch results since the last one, and a
copy of the first network's weights, so the panel can show a validation
digit's answer without reading arrays the worker is writing.

Pace: ``set_speed`` and ``cancel`` (``PacedWorker``) at any time from the
GUI thread; pause and step go through the session's ``TrainingControl``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Signal

from lossviz.mnist.session import TrainingSession
from lossviz.mnist.training import BatchReport, Diverged, EpochReport, TrainingControl
from lossviz.ui.mnist.paced_worker import PacedWorker

#: Often enough for a smooth curve, rarely enough that drawing never
#: competes with training for the GUI thread.
EMITS_PER_SECOND = 20


@dataclass
class Progress:
    steps: list[list[int]]  # per run: the steps of the new batch losses
    losses: list[list[float]]  # per run: the new batch losses
    epochs: list[tuple[int, EpochReport]] = field(default_factory=list)
    diverged: list[tuple[int, Diverged]] = field(default_factory=list)
    weights: list[np.ndarray] | None = None  # the first network's, copied
    finished: bool = False  # the session ran to its end (not cancelled)

    @classmethod
    def empty(cls, n_runs: int) -> Progress:
        return cls([[] for _ in range(n_runs)], [[] for _ in range(n_runs)])


class TrainingWorker(PacedWorker):
    progressed = Signal(object)  # Progress

    def __init__(self, session: TrainingSession, control: TrainingControl, parent=None) -> None:
        super().__init__(control, parent)
        self.session = session

    def run(self) -> None:  # on the worker thread
        session, control = self.session, self.control
        pending = Progress.empty(len(session.runs))
        last_emit = last_batch = time.monotonic()
        while not session.finished:
            # Pace first, then ask the control: a pause pressed during the
            # paced wait holds the very next batch.
            if not self._wait_for_pace(last_batch) or not control.wait_for_turn():
                break
            last_batch = time.monotonic()
            # Paced or stepped batches run on one core (TrainingControl.full_speed).
            session.full_speed = self._batches_per_second is None and not control.paused
            for index, report in session.advance():
                if isinstance(report, BatchReport):
                    pending.steps[index].append(report.step)
                    pending.losses[index].append(report.loss)
                elif isinstance(report, EpochReport):
                    pending.epochs.append((index, report))
                else:
                    pending.diverged.append((index, report))
            now = time.monotonic()
            # A step while paused, an epoch's end and a divergence are shown
            # at once; plain batches wait for the next emit slot.
            if (now - last_emit >= 1 / EMITS_PER_SECOND or control.paused or pending.epochs or pending.diverged
                    or session.finished):
                self._emit(pending)
                pending = Progress.empty(len(session.runs))
                last_emit = now
        pending.finished = session.finished and not control.cancelled
        self._emit(pending)

    def _emit(self, progress: Progress) -> None:
        progress.weights = self.session.runs[0].net.copy_weights()
        self.progressed.emit(progress)
