"""A training run as a plain generator (no Qt), so it can run headless, in a
test, or on a worker thread behind the panel.

The data may be uint8 images (N, 28, 28), as loaded, or float rows; uint8
data is kept as it is (70,000 images are 55 MB as bytes, 220 MB as
float32) and each mini-batch is converted on its own.  Each mini-batch is
gathered into buffers made once per run, its 28×28 images (of either kind)
moved by a pixel or so at random, and the learning rate follows a
schedule over the run (``TrainingConfig``).  All randomness — the order of
the examples and their moves — comes from the seed alone, so the same
settings give the same run to the bit, and compare mode's two networks
(which differ only in their loss) see the very same batches.

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

from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist import blas
from lossviz.mnist.mlp import LOSSES, Mlp
from lossviz.names import BATCH_RANGE, CROSS_ENTROPY, EPOCHS_RANGE, HIDDEN_RANGE

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
    loss: str = CROSS_ENTROPY
    momentum: float = 0.9
    #: "cosine": the learning rate falls from lr to 0 along half a cosine
    #: over the run (big steps while far from a minimum, small ones near
    #: it); "constant": lr throughout.
    schedule: str = "cosine"
    #: Each 28×28 training image is moved by up to this many pixels in x
    #: and y, at random, every time it is used: the network sees a slightly
    #: different digit each epoch instead of memorising 4,000 pictures.
    #: 1 does better than 2, both far better than 0 (measured on training
    #: images held out for the purpose: benchmarks/bench_learning.py).
    shift: int = 1

    def validate(self) -> None:
        """Raise ValueError naming the first setting that cannot work."""
        if not HIDDEN_RANGE[0] <= self.hidden <= HIDDEN_RANGE[1]:
            raise ValueError(Message("training", QT_TRANSLATE_NOOP("training", "hidden units must be {low} to {high}, got {value}"),
                                     low=HIDDEN_RANGE[0], high=HIDDEN_RANGE[1], value=self.hidden))
        if not (math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(Message("training", QT_TRANSLATE_NOOP("training", "the learning rate must be a positive number, got {value}"),
                                     value=self.lr))
        if not BATCH_RANGE[0] <= self.batch <= BATCH_RANGE[1]:
            raise ValueError(Message("training", QT_TRANSLATE_NOOP("training", "the batch size must be {low} to {high}, got {value}"),
                                     low=BATCH_RANGE[0], high=BATCH_RANGE[1], value=self.batch))
        if not EPOCHS_RANGE[0] <= self.epochs <= EPOCHS_RANGE[1]:
            raise ValueError(Message("training", QT_TRANSLATE_NOOP("training", "epochs must be {low} to {high}, got {value}"),
                                     low=EPOCHS_RANGE[0], high=EPOCHS_RANGE[1], value=self.epochs))
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
    seconds: float  # compute time of the epoch's training steps, preparing their batches included


@dataclass(frozen=True)
class Diverged:
    epoch: int
    step: int
    reason: Message  # what went wrong, which the window translates

    @property
    def message(self) -> str:
        return str(self.reason)


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
        #: False while someone else paces the batches (the panel's speed
        #: control: a few a second, or one at a time).  Steps and accuracies
        #: then run on one thread: with two, OpenBLAS's worker thread, which
        #: waits for work by spinning, keeps a whole core busy between
        #: batches that take a millisecond on one.
        self.full_speed = True

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


#: The shifter works on this many images at a time, so that a huge batch
#: (up to the whole training set) does not need 2·shift + 1 copies of itself.
SHIFT_CHUNK = 256


class _Shifter:
    """Moves every image of a batch by its own random (dy, dx), each between
    −shift and +shift pixels, blank pixels moving in: as if each image were
    rolled with zero fill, but vectorised over the batch.

    A per-pixel index (784 numbers an image, as this trainer first did) cost
    130 µs for 100 images, 40% of a training step.  Instead the batch is laid out flat with blank rows around
    each image; there, moving an image by dy rows is an offset of 28·dy, so
    each output image is 28 rows picked by one np.take of 28-pixel rows (28
    indices an image).  Moving by dx columns is an offset of dx in the same
    layout, but carries the end of each row round into the next: so there
    is one copy of the layout per dx, offset by dx and with the wrapped
    columns blanked, and the take picks each image's rows from the copy of
    its dx.  For 100 images and shift 1: three copies of a batch and one
    gather of 2,800 rows, about 25 µs.
    """

    def __init__(self, batch: int, shift: int, dtype) -> None:
        self.shift = shift
        batch = min(batch, SHIFT_CHUNK)
        self.batch = batch
        # Blank rows before (and after) each image: one more than a vertical
        # move needs, for the sideways offset at the top row.
        self.lead = 28 * (shift + 1)
        self.stride = 784 + 2 * self.lead  # one image and its blank rows
        # copies[shift + dx] is the layout moved right by dx; copies[shift], unmoved, is filled first.
        self.copies = np.zeros((2 * shift + 1, batch, self.stride), dtype)
        self.copy_rows = self.copies.reshape(-1, 28)
        rows_per_image = self.stride // 28
        self.rows_per_copy = batch * rows_per_image
        # Where each image's rows sit in the unmoved copy; copies[shift + dx] is dx copies further on.
        unmoved_rows = np.arange(batch)[:, None] * rows_per_image + shift + 1 + np.arange(28) + shift * self.rows_per_copy
        self.unmoved_rows = unmoved_rows.astype(np.intp)
        self.move = np.empty(batch, np.intp)
        self.row_index = np.empty((batch, 28), np.intp)

    def __call__(self, images: np.ndarray, dy: np.ndarray, dx: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Write ``images`` (n, 784) into ``out``, each moved down by its dy and right by its dx."""
        for start in range(0, len(images), self.batch):
            stop = min(start + self.batch, len(images))
            self._shift(images[start:stop], dy[start:stop], dx[start:stop], out[start:stop])
        return out

    def _shift(self, images: np.ndarray, dy: np.ndarray, dx: np.ndarray, out: np.ndarray) -> None:
        n, s, lead = len(images), self.shift, self.lead
        unmoved = self.copies[s, :n]
        unmoved[:, lead : lead + 784] = images
        for move in range(1, s + 1):
            right, left = self.copies[s + move, :n], self.copies[s - move, :n]
            right[:, move:] = unmoved[:, :-move]
            right.reshape(n, -1, 28)[:, :, :move] = 0  # these came round from the row before
            left[:, :-move] = unmoved[:, move:]
            left.reshape(n, -1, 28)[:, :, -move:] = 0  # and these from the row after
        # Row r of an output image is row r − dy of its copy moved by dx.  (The
        # move is spread over each image's 28 rows by copying, then added: an
        # add that broadcasts would go through numpy's iteration buffers.)
        move, rows = self.move[:n], self.row_index[:n]
        np.multiply(dx, self.rows_per_copy, out=move)
        move -= dy
        np.copyto(rows, move[:, None])
        rows += self.unmoved_rows[:n]
        np.take(self.copy_rows, rows.reshape(-1), axis=0, out=out.reshape(n * 28, 28), mode="clip")


class _BatchInputs:
    """A mini-batch's network inputs and labels, gathered (and, for 28×28
    images, shifted) into buffers reused for the whole run, inputs scaled
    to [0, 1].

    Gathering is np.take into the buffer with mode="clip": the default
    mode, "raise", goes through a temporary copy of the whole batch.
    """

    def __init__(self, x: np.ndarray, y: np.ndarray, batch: int, dtype, shift: int, rng: np.random.Generator) -> None:
        x = np.asarray(x)
        self.images = x.dtype == np.uint8
        rows = x.reshape(len(x), -1)
        # Float rows are used as they are, in the network's dtype: converted
        # once here if they need it, not once a batch.
        self.rows = rows if self.images else np.ascontiguousarray(rows, dtype)
        self.labels = np.asarray(y)
        self.batch_labels = np.empty(batch, self.labels.dtype)
        self.inputs = np.empty((batch, rows.shape[1]), dtype)
        self.scale = np.dtype(dtype).type(255)
        # Images are gathered as bytes, then shifted, then scaled.  Float
        # rows go straight into the inputs, or through the shifter into them.
        self.gathered = np.empty((batch, rows.shape[1]), self.rows.dtype)
        self.shifted = np.empty_like(self.gathered) if self.images else self.inputs
        self.shift = shift if rows.shape[1] == 28 * 28 else 0
        self.shifter = _Shifter(batch, self.shift, self.rows.dtype) if self.shift else None
        self.rng = rng
        self.count = len(x)
        self.moves = None

    def new_epoch(self) -> None:
        """Draw every image's (dy, dx) for the coming epoch, in one call."""
        if self.shifter:
            self.moves = self.rng.integers(-self.shift, self.shift + 1, size=(2, self.count))

    def __call__(self, batch: np.ndarray, position: int) -> tuple[np.ndarray, np.ndarray]:
        """(inputs, labels) of the examples ``batch``, the ``position``-th onwards of this epoch."""
        n = len(batch)
        labels = np.take(self.labels, batch, out=self.batch_labels[:n], mode="clip")
        if self.shifter is None and not self.images:
            return np.take(self.rows, batch, axis=0, out=self.inputs[:n], mode="clip"), labels
        rows = np.take(self.rows, batch, axis=0, out=self.gathered[:n], mode="clip")
        if self.shifter is not None:
            dy, dx = self.moves[:, position : position + n]
            rows = self.shifter(rows, dy, dx, self.shifted[:n])
        if not self.images:
            return rows, labels
        # Converted, then divided in place, not multiplied by 1/255: the same
        # numbers as images_to_inputs, to the bit, and no temporary buffer
        # (which dividing the bytes directly would convert them through).
        inputs = self.inputs[:n]
        np.copyto(inputs, rows)
        return np.divide(inputs, self.scale, out=inputs), labels


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
    batch_inputs = _BatchInputs(x_train, y_train, config.batch, net.dtype, config.shift, np.random.default_rng([config.seed, 1]))
    total_steps = config.epochs * math.ceil(len(x_train) / config.batch)
    good_weights = net.copy_weights()  # refreshed in place, so keeping them allocates nothing
    # Steps run on two threads (one core each for the split first layer,
    # lossviz.mnist.blas); the accuracy's large products on OpenBLAS's own count.
    blas_default = blas.default_threads()
    step_threads = blas.training_threads(config.batch, net.split)
    try:
        yield from _run(net, x_train, y_train, x_val, y_val, config, control, rng, batch_inputs, total_steps, good_weights,
                        step_threads, blas_default)
    finally:
        blas.set_threads(blas_default)


def _divergence(loss: float, smoothed: float, first_loss: float, step: int) -> Message | None:
    """Why the run has diverged after ``step`` steps, or None while it has not."""
    # Weights that went NaN or infinite make the next batch's loss so;
    # weights are checked in full only where they are kept.
    if not math.isfinite(loss):
        return Message("training", QT_TRANSLATE_NOOP("training", "the loss became {loss}"), loss=loss)
    if step >= MIN_STEPS_BEFORE_JUDGING and smoothed > DIVERGENCE_FACTOR * first_loss:
        return Message("training", QT_TRANSLATE_NOOP("training", "the loss rose from {first} to {now}"),
                       first=f"{first_loss:.3g}", now=f"{smoothed:.3g}")
    return None


def _run(net, x_train, y_train, x_val, y_val, config, control, rng, batch_inputs, total_steps, good_weights, step_threads, blas_default):
    step = 0
    first_loss = smoothed = math.nan

    def threads(at_full_speed: int | None) -> int | None:
        """One thread unless the run goes as fast as it can (TrainingControl.full_speed)."""
        return at_full_speed if control.full_speed and not control.paused else 1

    for epoch in range(1, config.epochs + 1):
        order = rng.permutation(len(x_train))
        batch_inputs.new_epoch()
        losses, seconds = [], 0.0
        for start in range(0, len(order), config.batch):
            if not control.wait_for_turn():
                return
            batch = order[start : start + config.batch]
            blas.set_threads(threads(step_threads))
            began = time.perf_counter()
            inputs, labels = batch_inputs(batch, start)
            lr = config.learning_rate(step + 1, total_steps)
            loss = net.train_step(inputs, labels, lr, config.momentum, config.loss)
            seconds += time.perf_counter() - began
            step += 1
            if step == 1:
                first_loss = smoothed = loss
            smoothed = SMOOTHING * smoothed + (1 - SMOOTHING) * loss
            problem = _divergence(loss, smoothed, first_loss, step)
            if problem:
                net.set_weights(good_weights)
                yield Diverged(epoch, step, Message("training", QT_TRANSLATE_NOOP(
                    "training", "Training diverged at epoch {epoch}, step {step}: {problem}. "
                    "The learning rate {lr} is too large; the last good weights were kept."),
                    epoch=epoch, step=step, problem=problem, lr=f"{config.lr:g}"))
                return
            if step % SNAPSHOT_EVERY == 0 and smoothed <= first_loss and _finite(net):
                for kept, param in zip(good_weights, net.parameters()):
                    np.copyto(kept, param)
            losses.append(loss)
            yield BatchReport(epoch, step, loss)
        if not _finite(net):  # the epoch's last update, which no later loss has seen
            net.set_weights(good_weights)
            yield Diverged(epoch, step, Message("training", QT_TRANSLATE_NOOP(
                "training", "Training diverged at epoch {epoch}, step {step}: the weights stopped being finite numbers. "
                "The learning rate {lr} is too large; the last good weights were kept."),
                epoch=epoch, step=step, lr=f"{config.lr:g}"))
            return
        blas.set_threads(threads(blas_default))
        yield EpochReport(
            epoch,
            float(np.mean(losses)),
            net.accuracy(x_train, y_train),
            net.accuracy(x_val, y_val),
            seconds,
        )
