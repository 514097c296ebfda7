"""What the slowdown experiment's view keeps of a run (no widgets): every
batch's loss and mean |∂E/∂z| and every epoch's validation accuracy, per
network, as the worker measured them; the watched digits' logits at every
moment; and whether squared error's network is on its plateau.

``curves()`` and ``from_curves()`` are the plain data a lesson saves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from lossviz.mnist.experiment import CONFIDENTLY_WRONG, EXPERIMENT_EPOCHS, ExperimentBatch, ExperimentEpoch, ExperimentStart
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR, TRAINING_LOSSES

#: Squared error's network is on its plateau while its mean |∂E/∂z| (over
#: the last RECENT batches) is below this and its validation accuracy is
#: near guessing's 10%.  Measured on the bundled data: about 3·10⁻⁵ on the
#: plateau, against cross-entropy's 0.02 to 0.18.
PLATEAU_GRADIENT = 1e-3
PLATEAU_ACCURACY = 0.2
RECENT = 10
WAITING, PLATEAU, ENDED, NO_PLATEAU = "waiting", "plateau", "ended", "none"


@dataclass
class NetworkCurves:
    losses: list[float] = field(default_factory=list)  # per batch, before its step
    gradients: list[float] = field(default_factory=list)  # mean |∂E/∂z| per batch
    validation_accuracy: list[float] = field(default_factory=list)  # per epoch, fractions
    #: The watched digits' logits (n, 10): [0] at the start, [s] after batch s.
    logits: list[np.ndarray] = field(default_factory=list)

    def recent_gradient(self) -> float:
        return float(np.mean(self.gradients[-RECENT:])) if self.gradients else math.nan


@dataclass
class ExperimentRecord:
    start: str = CONFIDENTLY_WRONG
    steps_per_epoch: int = 1
    epochs: int = EXPERIMENT_EPOCHS  # before a run: the length of one as it starts (the empty plots span it)
    start_accuracy: float = math.nan  # both networks' validation accuracy before training
    networks: dict[str, NetworkCurves] = field(default_factory=lambda: {loss: NetworkCurves() for loss in TRAINING_LOSSES})
    #: Where squared error's plateau ended (in epochs), once it has.
    plateau_seen: bool = False
    plateau_ended_at: float | None = None

    @property
    def steps(self) -> int:
        return len(self.networks[CROSS_ENTROPY].losses)

    @property
    def has_logits(self) -> bool:
        return all(len(n.logits) == len(n.losses) + 1 for n in self.networks.values()) and self.steps > 0

    def begin(self, start: ExperimentStart, steps_per_epoch: int, total_steps: int,
              start_logits: dict[str, np.ndarray] | None) -> None:
        self.start, self.start_accuracy = start.start, start.validation_accuracy
        self.steps_per_epoch = max(steps_per_epoch, 1)
        self.epochs = max(1, math.ceil(total_steps / self.steps_per_epoch))
        if start_logits is not None:
            for loss, curves in self.networks.items():
                curves.logits = [start_logits[loss]]

    def add(self, batches: list[ExperimentBatch], epochs: list[ExperimentEpoch]) -> None:
        """Batches and epochs as the experiment reported them: an epoch after
        its last batch, before the next epoch's first (the plateau is followed
        in that order, as in the run)."""
        epochs = list(epochs)
        for batch in batches:
            while epochs and epochs[0].epoch < batch.epoch:
                self.add_epoch(epochs.pop(0))
            self.add_batch(batch)
        for epoch in epochs:
            self.add_epoch(epoch)

    def add_batch(self, batch: ExperimentBatch) -> None:
        for loss, measured in batch.networks.items():
            curves = self.networks[loss]
            curves.losses.append(measured.loss)
            curves.gradients.append(measured.mean_abs_grad_z)
            if batch.logits is not None and curves.logits:
                curves.logits.append(batch.logits[loss])
        self._follow_plateau()

    def add_epoch(self, epoch: ExperimentEpoch) -> None:
        for loss, measured in epoch.networks.items():
            self.networks[loss].validation_accuracy.append(measured.validation_accuracy)
        self._follow_plateau()

    def squared_error_accuracy(self) -> float:
        """Squared error's latest validation accuracy (before its first epoch: the start's)."""
        measured = self.networks[SQUARED_ERROR].validation_accuracy
        return measured[-1] if measured else self.start_accuracy

    def on_plateau(self) -> bool:
        sse = self.networks[SQUARED_ERROR]
        if not sse.gradients:
            return False
        accuracy = self.squared_error_accuracy()
        return sse.recent_gradient() < PLATEAU_GRADIENT and not accuracy >= PLATEAU_ACCURACY

    def phase(self) -> str:
        """WAITING before any batch; PLATEAU while squared error is stuck;
        ENDED once it has left its plateau; NO_PLATEAU if it never was on one."""
        if self.steps == 0:
            return WAITING
        if self.on_plateau():
            return PLATEAU
        return ENDED if self.plateau_seen else NO_PLATEAU

    def gradient_ratio(self) -> float:
        """Cross-entropy's recent mean |∂E/∂z| over squared error's."""
        sse = self.networks[SQUARED_ERROR].recent_gradient()
        return self.networks[CROSS_ENTROPY].recent_gradient() / sse if sse > 0 else math.inf

    def _follow_plateau(self) -> None:
        if self.on_plateau():
            self.plateau_seen, self.plateau_ended_at = True, None
        elif self.plateau_seen and self.plateau_ended_at is None:
            self.plateau_ended_at = self.steps / self.steps_per_epoch

    # -- for a lesson ------------------------------------------------------

    def curves(self) -> dict:
        """Plain data (numbers, lists of floats per network) for a lesson to save."""
        return {
            "start": self.start, "steps_per_epoch": self.steps_per_epoch, "epochs": self.epochs,
            "start_accuracy": self.start_accuracy,
            **{loss: {"loss": list(map(float, n.losses)), "mean_abs_grad_z": list(map(float, n.gradients)),
                      "validation_accuracy": list(map(float, n.validation_accuracy))}
               for loss, n in self.networks.items()},
        }

    @classmethod
    def from_curves(cls, curves: dict) -> ExperimentRecord:
        """A record drawn from a lesson's curves (no digits' logits: they are
        not saved), its plateau followed again batch by batch as in the run."""
        record = cls(str(curves.get("start", CONFIDENTLY_WRONG)), max(int(curves["steps_per_epoch"]), 1),
                     max(int(curves["epochs"]), 1), float(curves.get("start_accuracy", math.nan)))
        saved = {loss: curves[loss] for loss in TRAINING_LOSSES}
        count = min(min(len(s["loss"]), len(s["mean_abs_grad_z"])) for s in saved.values())
        for step in range(1, count + 1):
            for loss, curve in record.networks.items():
                curve.losses.append(float(saved[loss]["loss"][step - 1]))
                curve.gradients.append(float(saved[loss]["mean_abs_grad_z"][step - 1]))
            if step % record.steps_per_epoch == 0 or step == count:
                for loss, curve in record.networks.items():
                    accuracies = saved[loss]["validation_accuracy"]
                    epoch = math.ceil(step / record.steps_per_epoch)
                    if len(curve.validation_accuracy) < epoch <= len(accuracies):
                        curve.validation_accuracy.append(float(accuracies[epoch - 1]))
            record._follow_plateau()
        return record
