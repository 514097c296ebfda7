"""One training session of the MNIST panel: one network, or two in lockstep
(compare mode), advanced one mini-batch at a time (numpy only, no Qt).

Compare mode trains a cross-entropy network and a squared-error network
from the same seed: the same initial weights and, because ``train`` draws
every random number from the seed alone, the same batches in the same
order.  Advancing both by one batch at a time keeps their curves side by
side however the session is paused or stepped.

The panel's worker thread calls ``advance()`` in a loop; tests and the
benchmarks call it directly.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np

from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import BatchReport, Diverged, EpochReport, TrainingConfig, TrainingControl, train
from lossviz.names import TRAINING_LOSSES

Report = BatchReport | EpochReport | Diverged
#: A lesson keeps at most this many batch losses per loss (one run on full
#: MNIST at batch 1 has 60,000 a epoch): evenly spaced, first and last kept.
MAX_HISTORY_POINTS = 5000


@dataclass(frozen=True)
class LossHistory:
    """What one network's plots showed: the loss of its batches (numbered
    from 1, in order) and its accuracy after each epoch (fractions, epoch 1 first)."""

    loss: str
    steps: tuple[int, ...]
    losses: tuple[float, ...]
    train_accuracy: tuple[float, ...] = ()
    validation_accuracy: tuple[float, ...] = ()

    def decimated(self, limit: int = MAX_HISTORY_POINTS) -> LossHistory:
        """At most ``limit`` batch losses, evenly spaced: the batches' own values, none averaged."""
        if len(self.steps) <= limit:
            return self
        keep = np.unique(np.linspace(0, len(self.steps) - 1, limit).round().astype(np.int64))
        return replace(self, steps=tuple(self.steps[i] for i in keep), losses=tuple(self.losses[i] for i in keep))


@dataclass(frozen=True)
class TrainingHistory:
    """A session's curves, for a lesson to draw again: one LossHistory per
    network (two in compare mode), and the session's length."""

    steps_per_epoch: int
    epochs: int
    runs: tuple[LossHistory, ...]

    @property
    def losses(self) -> tuple[str, ...]:
        return tuple(run.loss for run in self.runs)


@dataclass(eq=False)
class Run:
    """One network and its training, for one loss."""

    loss: str
    net: Mlp
    reports: Iterator[Report]
    finished: bool = False
    diverged: Diverged | None = None


class TrainingSession:
    def __init__(
        self,
        train_images: np.ndarray,
        train_labels: np.ndarray,
        validation_images: np.ndarray,
        validation_labels: np.ndarray,
        config: TrainingConfig,
        compare: bool = False,
    ) -> None:
        config.validate()
        if len(train_images) == 0 or len(validation_images) == 0:
            raise ValueError(Message("session", QT_TRANSLATE_NOOP(
                "session", "training needs at least one training and one validation image")))
        self.config = config
        self.losses = TRAINING_LOSSES if compare else (config.loss,)
        self.steps_per_epoch = math.ceil(len(train_images) / config.batch)
        self.total_steps = self.steps_per_epoch * config.epochs
        # The runs' own control, never paused: whoever advances the session
        # pauses it by not calling advance().  It carries full_speed.
        self._control = TrainingControl()
        self.runs: list[Run] = []
        for loss in self.losses:
            net = Mlp(config.hidden, config.seed)
            reports = train(net, train_images, train_labels, validation_images, validation_labels, replace(config, loss=loss),
                            self._control)
            self.runs.append(Run(loss, net, reports))

    @property
    def full_speed(self) -> bool:
        """False while the batches are paced or stepped one by one: they then
        run on one thread (TrainingControl.full_speed)."""
        return self._control.full_speed

    @full_speed.setter
    def full_speed(self, value: bool) -> None:
        self._control.full_speed = value

    @property
    def finished(self) -> bool:
        return all(run.finished for run in self.runs)

    def advance(self) -> list[tuple[int, Report]]:
        """One mini-batch on every run still going; returns (run index, report)
        pairs: its BatchReport, and after an epoch's last batch its EpochReport
        too, so an epoch's accuracy is shown as soon as the epoch ends."""
        out: list[tuple[int, Report]] = []
        for index, run in enumerate(self.runs):
            if run.finished:
                continue
            batch = self._pull(index, run, out)
            if isinstance(batch, BatchReport) and (batch.step % self.steps_per_epoch == 0 or batch.step == self.total_steps):
                self._pull(index, run, out)
        return out

    def _pull(self, index: int, run: Run, out: list) -> Report | None:
        try:
            report = next(run.reports)
        except StopIteration:
            run.finished = True
            return None
        out.append((index, report))
        if isinstance(report, EpochReport):
            if report.epoch == self.config.epochs:
                run.finished = True
        elif isinstance(report, Diverged):
            run.diverged = report
            run.finished = True
        return report

    def close(self) -> None:
        """End the generators (they hold references to the data)."""
        for run in self.runs:
            close = getattr(run.reports, "close", None)
            if close:
                close()
            run.finished = True
