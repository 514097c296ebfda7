"""Runs the slowdown experiment (``lossviz.mnist.experiment``) on its own
thread and sends what happened back to the GUI thread, at most
``EMITS_PER_SECOND`` times a second, like ``TrainingWorker``.

The experiment is built on this thread too: measuring its start runs both
networks over the validation images, too long for a slot on full MNIST.
The worker never touches a widget.  Each ``progressed`` signal carries an
``ExperimentProgress``: the batches and epochs since the last one, and a
copy of both networks' weights (for a view of the first layer).

Pace: ``set_speed`` and ``cancel`` (``PacedWorker``); pause, resume and
step go through the worker's ``TrainingControl``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Signal

from lossviz.mnist.datasets import Dataset
from lossviz.mnist.experiment import (
    ExperimentBatch,
    ExperimentConfig,
    ExperimentDiverged,
    ExperimentEpoch,
    ExperimentStart,
    SlowdownExperiment,
)
from lossviz.mnist.training import TrainingControl
from lossviz.ui.mnist.paced_worker import PacedWorker

#: Half the panel's rate: each emit redraws the three plots (and copies
#: both networks' weights), and ten a second is as often as the first
#: layer's weights view refreshes; the curves still move smoothly.  An
#: epoch's end waits for the next emit too: on the bundled data at full
#: speed epochs end several times a second.
EMITS_PER_SECOND = 10


@dataclass
class ExperimentProgress:
    batches: list[ExperimentBatch] = field(default_factory=list)
    epochs: list[ExperimentEpoch] = field(default_factory=list)
    diverged: ExperimentDiverged | None = None
    #: Sent with the first progress: the networks' common start, and the run's length.
    start: ExperimentStart | None = None
    steps_per_epoch: int = 0
    total_steps: int = 0
    start_logits: dict[str, np.ndarray] | None = None  # the watched digits' logits before any step, by loss key
    weights: dict[str, list[np.ndarray]] | None = None  # by loss key, copied
    error: Exception | None = None  # the experiment could not be set up
    finished: bool = False  # ran to its end, or diverged (not cancelled)


class ExperimentWorker(PacedWorker):
    progressed = Signal(object)  # ExperimentProgress

    def __init__(self, dataset: Dataset, config: ExperimentConfig, watched: np.ndarray, paused: bool = False,
                 parent=None) -> None:
        super().__init__(TrainingControl(), parent)
        self.dataset, self.config, self.watched = dataset, config, watched
        if paused:
            self.control.pause()

    def run(self) -> None:  # on the worker thread
        data = self.dataset
        try:
            experiment = SlowdownExperiment(data.train_images, data.train_labels, data.validation_images,
                                            data.validation_labels, self.config, self.watched)
        except ValueError as error:
            self.progressed.emit(ExperimentProgress(error=error, finished=True))
            return
        try:
            self._run(experiment)
        finally:
            experiment.close()

    def _run(self, experiment: SlowdownExperiment) -> None:
        control = self.control
        watched = experiment.watched_images
        start_logits = None if watched is None else {loss: net.logits(watched) for loss, net in experiment.networks.items()}
        pending = ExperimentProgress(start=experiment.start, steps_per_epoch=experiment.steps_per_epoch,
                                     total_steps=experiment.total_steps, start_logits=start_logits)
        self._emit(pending, experiment)  # the start, at once: the note and the axes need it
        pending = ExperimentProgress()
        # One BLAS thread even at full speed: two networks' split first
        # layers (lossviz.mnist.first_layer) want both cores, and the GUI
        # thread drawing their curves needs one of them; on two threads the
        # experiment ran slower too, OpenBLAS's spinning worker fighting the GUI
        # and anything else running for the second core.
        experiment.control.full_speed = False
        last_emit = last_batch = time.monotonic()
        while not experiment.finished:
            if not self._wait_for_pace(last_batch) or not control.wait_for_turn():
                break
            last_batch = time.monotonic()
            for report in experiment.advance():
                if isinstance(report, ExperimentBatch):
                    pending.batches.append(report)
                elif isinstance(report, ExperimentEpoch):
                    pending.epochs.append(report)
                else:
                    pending.diverged = report
            now = time.monotonic()
            if (now - last_emit >= 1 / EMITS_PER_SECOND or control.paused or pending.diverged
                    or experiment.finished):
                self._emit(pending, experiment)
                pending, last_emit = ExperimentProgress(), now
        pending.finished = experiment.finished and not control.cancelled
        self._emit(pending, experiment)

    def _emit(self, progress: ExperimentProgress, experiment: SlowdownExperiment) -> None:
        progress.weights = {loss: net.copy_weights() for loss, net in experiment.networks.items()}
        self.progressed.emit(progress)
