"""The slowdown experiment: why cross-entropy?  (numpy only, no Qt.)

Two networks start from the same initial weights and train on the very
same batches (the same shuffles and the same random shifts: ``train`` draws
every random number from the seed alone), one with cross-entropy and one
with the sum of squared error through the softmax.  Started **confidently
wrong** (the output layer's bias of one class raised by ``wrong_bias``, so
that every digit is called that class with y close to 1), the squared
error's gradient at the logits, yₖ((yₖ − tₖ) − Σᵢ yᵢ(yᵢ − tᵢ)), carries the
softmax Jacobian's yⱼ(δⱼₖ − yₖ) factors, which vanish when y saturates: its
network barely moves, while cross-entropy's gradient y − t stays large
exactly when the answer is wrong.

Nothing is staged: both networks are the app's own ``Mlp`` trained by the
app's own ``train`` with ``TrainingConfig``'s settings (by default its
cosine schedule over the experiment's epochs and its 1-pixel shifts); the
experiment changes only the starting bias and measures.

``SlowdownExperiment.advance()`` runs one batch on each network, like
``TrainingSession.advance()``, so a worker thread can pace it; ``run()``
goes to the end.  Results are plain frozen dataclasses.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import numpy as np

from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist.mlp import Mlp, as_inputs
from lossviz.mnist.training import BatchReport, Diverged, EpochReport, TrainingConfig, TrainingControl, train
from lossviz.names import DIGIT_CLASSES, TRAINING_LOSSES

DEFAULT_START, CONFIDENTLY_WRONG = "default", "confidently-wrong"
STARTS = (DEFAULT_START, CONFIDENTLY_WRONG)
#: The bias added to one class's output: every digit is then called that
#: class with y above 0.999 on the bundled data (He-initialised logits
#: spread over a few units; e¹² ≈ 160,000).
WRONG_BIAS = 12.0
#: Four epochs: long enough to see squared error stay on its plateau
#: while cross-entropy passes 90%.
EXPERIMENT_EPOCHS = 4


@dataclass(frozen=True)
class ExperimentConfig:
    #: "default": the networks as He initialisation leaves them;
    #: "confidently-wrong": wrong_class's output bias raised by wrong_bias.
    start: str = CONFIDENTLY_WRONG
    wrong_class: int = 0
    wrong_bias: float = WRONG_BIAS
    #: How both networks train (its ``loss`` is ignored: one network per
    #: loss).  The app's own defaults, over EXPERIMENT_EPOCHS epochs: the
    #: cosine schedule then spans those epochs, and training images are
    #: shifted by up to 1 pixel, both networks by the same shifts.
    training: TrainingConfig = field(default_factory=lambda: TrainingConfig(epochs=EXPERIMENT_EPOCHS))

    def validate(self) -> None:
        if self.start not in STARTS:
            raise ValueError(f"the start must be one of {', '.join(STARTS)}, got {self.start!r}")
        if not 0 <= self.wrong_class < DIGIT_CLASSES:
            raise ValueError(f"the wrong class must be 0 to {DIGIT_CLASSES - 1}, got {self.wrong_class}")
        if not math.isfinite(self.wrong_bias):
            raise ValueError(f"the wrong bias must be a finite number, got {self.wrong_bias}")
        self.training.validate()


@dataclass(frozen=True)
class ExperimentStart:
    """The two networks' common start, measured on the validation images."""

    start: str
    wrong_class: int
    mean_y_wrong_class: float  # the mean softmax output of wrong_class
    called_wrong_class: float  # the share of digits the network calls wrong_class
    validation_accuracy: float


@dataclass(frozen=True)
class NetworkBatch:
    loss: float  # the batch's loss, before the step
    mean_abs_grad_z: float  # mean |∂E/∂z| over the batch's examples and 10 logits (Mlp.mean_abs_grad_z)


@dataclass(frozen=True)
class ExperimentBatch:
    epoch: int  # from 1
    step: int  # from 1, over the whole run
    networks: dict[str, NetworkBatch]  # by loss key: "ce", "sse"
    #: Each network's output logits z (n, 10), float64, for the watched
    #: images after this step, by loss key (None when no images are watched):
    #: the explorer is driven by logits (``prediction_state``), and a softmax
    #: output that rounded to 0 in float32 has lost its logit.
    logits: dict[str, np.ndarray] | None = None

    @property
    def outputs(self) -> dict[str, np.ndarray] | None:
        """The same moment's softmax outputs (n, 10), float32 like
        ``Mlp.predict_proba``: what a digit looked like to either network.
        Worked out from the logits when asked, not on the training thread
        at every batch (one forward pass fewer per network and batch)."""
        if self.logits is None:
            return None
        return {loss: _softmax_rows(z).astype(np.float32) for loss, z in self.logits.items()}


def _softmax_rows(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class NetworkEpoch:
    loss: float  # the epoch's mean batch loss
    mean_abs_grad_z: float  # the epoch's mean over batches
    train_accuracy: float
    validation_accuracy: float
    seconds: float  # compute time of its training steps


@dataclass(frozen=True)
class ExperimentEpoch:
    epoch: int
    networks: dict[str, NetworkEpoch]

    @property
    def seconds(self) -> float:
        """Both networks' training time in the epoch."""
        return sum(n.seconds for n in self.networks.values())


@dataclass(frozen=True)
class ExperimentDiverged:
    loss: str  # which network
    report: Diverged  # its message; the experiment stops there


ExperimentReport = ExperimentBatch | ExperimentEpoch | ExperimentDiverged


def starting_networks(config: ExperimentConfig) -> dict[str, Mlp]:
    """One network per loss, identical: the same seed's initial weights, and
    for a confidently wrong start one class's output bias raised."""
    nets = {}
    for loss in TRAINING_LOSSES:
        net = Mlp(config.training.hidden, config.training.seed)
        if config.start == CONFIDENTLY_WRONG:
            net.b2[config.wrong_class] += np.float32(config.wrong_bias)
        net.watch_output_gradient = True
        nets[loss] = net
    return nets


def measure_start(net: Mlp, images: np.ndarray, labels: np.ndarray, config: ExperimentConfig) -> ExperimentStart:
    y = net.predict_proba(images)
    called = y.argmax(axis=1)
    return ExperimentStart(config.start, config.wrong_class, float(y[:, config.wrong_class].mean()),
                           float(np.mean(called == config.wrong_class)), float(np.mean(called == labels)))


class SlowdownExperiment:
    def __init__(self, train_images: np.ndarray, train_labels: np.ndarray, validation_images: np.ndarray,
                 validation_labels: np.ndarray, config: ExperimentConfig | None = None,
                 watched_images: np.ndarray | None = None) -> None:
        """``watched_images``: a few images (uint8 (n, 28, 28) or float rows)
        whose outputs every ExperimentBatch carries, e.g. validation digits
        to show in the explorer at any moment of the curves."""
        config = config or ExperimentConfig()
        config.validate()
        if len(train_images) == 0 or len(validation_images) == 0:
            raise ValueError(Message("session", QT_TRANSLATE_NOOP(
                "session", "training needs at least one training and one validation image")))
        self.config = config
        self.networks = starting_networks(config)
        self.start = measure_start(self.networks[TRAINING_LOSSES[0]], validation_images, validation_labels, config)
        self.steps_per_epoch = math.ceil(len(train_images) / config.training.batch)
        self.total_steps = self.steps_per_epoch * config.training.epochs
        self.control = TrainingControl()  # never paused: whoever calls advance() paces it; carries full_speed
        self._reports = {
            loss: train(net, train_images, train_labels, validation_images, validation_labels,
                        replace(config.training, loss=loss), self.control)
            for loss, net in self.networks.items()
        }
        self._gradients: dict[str, list[float]] = {loss: [] for loss in TRAINING_LOSSES}
        # Converted to the network's float rows once, not at every batch.
        self.watched_images = (None if watched_images is None or len(watched_images) == 0
                               else as_inputs(watched_images, self.networks[TRAINING_LOSSES[0]].dtype))
        self.finished = False

    def advance(self) -> list[ExperimentReport]:
        """One batch on each network: its ExperimentBatch and, after an
        epoch's last batch, that epoch's ExperimentEpoch; an
        ExperimentDiverged ends the experiment."""
        if self.finished:
            return []
        out: list[ExperimentReport] = []
        batches: dict[str, NetworkBatch] = {}
        report = None
        for loss, net in self.networks.items():
            report = self._next(loss)
            if not isinstance(report, BatchReport):
                return self._stop(out, loss, report)
            # Read at once: the network's next step measures its own.
            batches[loss] = NetworkBatch(report.loss, net.mean_abs_grad_z)
            self._gradients[loss].append(net.mean_abs_grad_z)
        logits = None
        if self.watched_images is not None:
            logits = {loss: net.logits(self.watched_images) for loss, net in self.networks.items()}
        out.append(ExperimentBatch(report.epoch, report.step, batches, logits))
        if report.step % self.steps_per_epoch == 0 or report.step == self.total_steps:
            epochs = {}
            for loss in self.networks:
                summary = self._next(loss)
                if not isinstance(summary, EpochReport):
                    return self._stop(out, loss, summary)
                gradients = self._gradients[loss]
                epochs[loss] = NetworkEpoch(summary.loss, float(np.mean(gradients)), summary.train_accuracy,
                                            summary.validation_accuracy, summary.seconds)
                gradients.clear()
            out.append(ExperimentEpoch(report.epoch, epochs))
            self.finished = report.step == self.total_steps
        return out

    def run(self) -> Iterator[ExperimentReport]:
        """Every report to the end."""
        while not self.finished:
            yield from self.advance()

    def _next(self, loss: str):
        try:
            return next(self._reports[loss])
        except StopIteration:
            return None

    def _stop(self, out: list, loss: str, report) -> list[ExperimentReport]:
        self.close()
        if isinstance(report, Diverged):
            out.append(ExperimentDiverged(loss, report))
        return out

    def close(self) -> None:
        """End the training generators (they hold references to the data)."""
        for reports in self._reports.values():
            reports.close()
        self.finished = True
