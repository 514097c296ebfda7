"""A training run as a plain generator (no Qt), so it can run headless, in a
test, or on a worker thread behind the panel.

The data may be uint8 images (N, 28, 28), as loaded, or float rows; uint8
data is kept as it is (70,000 images are 55 MB as bytes, 220 MB as
float32) and each mini-batch is converted on its own.

``train(...)`` yields a ``BatchReport`` after every mini-batch and an
``EpochReport`` after every epoch, and ends with a ``Diverged`` report if
the loss or the weights stop being finite.  A ``TrainingControl`` lets
another thread pause, resume, step one batch, or cancel it.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from lossviz.mnist.mlp import LOSSES, Mlp, as_inputs

#: How often (in steps) a copy of the weights is kept while the run is
#: healthy: a diverging run is put back to the newest copy.  Copying every
#: step would cost about 5% of the training time.
SNAPSHOT_EVERY = 20
#: A run has diverged when its smoothed batch loss is this many times its
#: first batch's loss.  NaN is not enough: with a far too large learning
#: rate the softmax saturates and cross-entropy sticks near −log δ ≈ 16
#: (ln 10 ≈ 2.3 at the start) without ever becoming NaN, and squared
#: error, bounded by 1, sticks near 0.9 (0.45 at the start).
DIVERGENCE_FACTOR = 1.5
SCHEDULES = ("cosine", "constant")
#: Smoothing of the batch loss for that test, and how many steps it waits.
SMOOTHING = 0.9
MIN_STEPS_BEFORE_JUDGING = 10


@dataclass(frozen=True)
class TrainingConfig:
    hidden: int = 100
    lr: float = 0.1
    batch: int = 100
    epochs: int = 20
    seed: int = 0
    loss: str = "ce"
    momentum: float = 0.9
    #: "cosine": the learning rate falls from lr to 0 along half a cosine
    #: over the run (big steps while far from a minimum, small ones near
    #: it); "constant": lr throughout.
    schedule: str = "cosine"
    #: Each training image is moved by up to this many pixels in x and y,
    #: at random, every time it is used: the network sees a slightly
    #: different digit each epoch instead of memorising 4,000 pictures.
    shift: int = 2

    def validate(self) -> None:
        """Raise ValueError naming the first setting that cannot work."""
        if not 1 <= self.hidden <= 4096:
            raise ValueError(f"hidden units must be 1 to 4096, got {self.hidden}")
        if not (math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"the learning rate must be a positive number, got {self.lr}")
        if not 1 <= self.batch <= 60000:
            raise ValueError(f"the batch size must be 1 to 60000, got {self.batch}")
        if not 1 <= self.epochs <= 1000:
            raise ValueError(f"epochs must be 1 to 1000, got {self.epochs}")
        if self.loss not in LOSSES:
            raise ValueError(f"the loss must be one of {', '.join(LOSSES)}, got {self.loss!r}")
        if not 0 <= self.momentum < 1:
            raise ValueError(f"momentum must be at least 0 and below 1, got {self.momentum}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"the schedule must be one of {', '.join(SCHEDULES)}, got {self.schedule!r}")
        if not 0 <= self.shift <= 4:
            raise ValueError(f"the shift must be 0 to 4 pixels, got {self.shift}")

    def learning_rate(self, step: int, total_steps: int) -> float:
        """The learning rate of training step ``step`` (from 1) of ``total_steps``."""
        if self.schedule == "constant":
            return self.lr
        return self.lr * 0.5 * (1 + math.cos(math.pi * (step - 1) / total_steps))


@dataclass(frozen=True)
class BatchReport:
    epoch: int  # from 1
    step: int  # from 1, counted over the whole run
    loss: float


@dataclass(frozen=True)
class EpochReport:
    epoch: int
    loss: float  # mean of the epoch's batch losses
    train_accuracy: float
    validation_accuracy: float
    seconds: float  # compute time of the epoch's training steps


@dataclass(frozen=True)
class Diverged:
    epoch: int
    step: int
    message: str


class TrainingControl:
    """Thread-safe pause / resume / step / cancel for a running ``train``.

    Called from the GUI thread; ``wait_for_turn`` is called by the run
    before each batch, on whichever thread runs it.
    """

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._steps_allowed = 0
        #: Set while the run is blocked, paused, between two batches.
        self.waiting = threading.Event()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    def step(self) -> None:
        """While paused, let exactly one more batch run."""
        with self._lock:
            self._steps_allowed += 1
        self._wake.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._wake.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_for_turn(self) -> bool:
        """Block while paused (unless a step was asked for); False once cancelled."""
        while True:
            # Cleared before looking, so a wake-up that lands between the
            # look and the wait is not lost: the wait then returns at once.
            self._wake.clear()
            if self.cancelled:
                return False
            if self._running.is_set():
                return True
            with self._lock:
                if self._steps_allowed:
                    self._steps_allowed -= 1
                    return True
            self.waiting.set()
            self._wake.wait()
            self.waiting.clear()


class _BatchInputs:
    """A mini-batch's network inputs, gathered (and shifted, for uint8
    images) into buffers reused for the whole run, scaled to [0, 1]."""

    def __init__(self, x: np.ndarray, batch: int, dtype, shift: int, rng: np.random.Generator) -> None:
        self.rows = np.asarray(x).reshape(len(x), -1)
        self.inputs = np.empty((batch, self.rows.shape[1]), dtype)
        self.scale = np.dtype(dtype).type(255)
        self.images = self.rows.dtype == np.uint8 and self.rows.shape[1] == 28 * 28
        self.shift = shift if self.images else 0
        self.rng = rng
        if self.images:
            self.gathered = np.empty((batch, 784), np.uint8)
        if self.shift:
            # Shifting = reading each image out of a zero-padded copy at an
            # offset: one gather through precomputed flat indices.
            side = 28 + 2 * self.shift
            self.padded = np.zeros((batch, side, side), np.uint8)
            self.grid = (np.arange(28)[:, None] * side + np.arange(28)[None, :]).ravel()
            self.starts = np.arange(batch) * side * side
            self.index = np.empty((batch, 784), np.intp)
            self.side = side

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        n = len(batch)
        if not self.images:  # float rows: as they are
            return as_inputs(self.rows[batch], self.inputs.dtype)
        np.take(self.rows, batch, axis=0, out=self.gathered[:n])
        if self.shift:
            s, side = self.shift, self.side
            self.padded[:n, s : s + 28, s : s + 28] = self.gathered[:n].reshape(n, 28, 28)
            dy, dx = self.rng.integers(0, 2 * s + 1, size=(2, n))
            np.add((self.starts[:n] + dy * side + dx)[:, None], self.grid, out=self.index[:n])
            np.take(self.padded.reshape(-1), self.index[:n], out=self.gathered[:n])
        # Divided, not multiplied by 1/255: the same numbers as images_to_inputs, to the bit.
        return np.divide(self.gathered[:n], self.scale, out=self.inputs[:n])


def _finite(net: Mlp) -> bool:
    return all(np.isfinite(p).all() for p in net.parameters())


def train(
    net: Mlp,
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    config: TrainingConfig,
    control: TrainingControl | None = None,
) -> Iterator[BatchReport | EpochReport | Diverged]:
    config.validate()
    control = control or TrainingControl()
    rng = np.random.default_rng(config.seed)
    # Shifts draw from their own generator, seeded from the run's: batches
    # and shifts depend on the seed alone, never on the loss, so compare
    # mode's two networks see the very same images.
    batch_inputs = _BatchInputs(x_train, config.batch, net.dtype, config.shift, np.random.default_rng([config.seed, 1]))
    total_steps = config.epochs * math.ceil(len(x_train) / config.batch)
    good_weights = net.copy_weights()
    step = 0
    first_loss = smoothed = math.nan
    for epoch in range(1, config.epochs + 1):
        order = rng.permutation(len(x_train))
        losses, seconds = [], 0.0
        for start in range(0, len(order), config.batch):
            if not control.wait_for_turn():
                return
            batch = order[start : start + config.batch]
            began = time.perf_counter()
            lr = config.learning_rate(step + 1, total_steps)
            loss = net.train_step(batch_inputs(batch), y_train[batch], lr, config.momentum, config.loss)
            seconds += time.perf_counter() - began
            step += 1
            if step == 1:
                first_loss = smoothed = loss
            smoothed = SMOOTHING * smoothed + (1 - SMOOTHING) * loss
            problem = None
            # Weights that went NaN or infinite make the next batch's loss
            # so; weights are checked in full only where they are kept.
            if not math.isfinite(loss):
                problem = f"the loss became {loss}"
            elif step >= MIN_STEPS_BEFORE_JUDGING and smoothed > DIVERGENCE_FACTOR * first_loss:
                problem = f"the loss rose from {first_loss:.3g} to {smoothed:.3g}"
            if problem:
                net.set_weights(good_weights)
                yield Diverged(epoch, step, (
                    f"Training diverged at epoch {epoch}, step {step}: {problem}. "
                    f"The learning rate {config.lr:g} is too large; the last good weights were kept."
                ))
                return
            if step % SNAPSHOT_EVERY == 0 and smoothed <= first_loss and _finite(net):
                good_weights = net.copy_weights()
            losses.append(loss)
            yield BatchReport(epoch, step, loss)
        if not _finite(net):  # the epoch's last update, which no later loss has seen
            net.set_weights(good_weights)
            yield Diverged(epoch, step, (
                f"Training diverged at epoch {epoch}, step {step}: the weights stopped being finite numbers. "
                f"The learning rate {config.lr:g} is too large; the last good weights were kept."
            ))
            return
        yield EpochReport(
            epoch,
            float(np.mean(losses)),
            net.accuracy(x_train, y_train),
            net.accuracy(x_val, y_val),
            seconds,
        )
