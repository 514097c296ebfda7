"""A tiny multilayer perceptron for MNIST, in numpy, trained by hand-written
backpropagation (as in the seeds' reference book, ゼロから作るDeep Learning).

784 inputs → ``hidden`` ReLU units → 10 softmax outputs, trained by
mini-batch SGD with optional momentum, on either loss the explorer explains:
cross-entropy (its gradient at the logits is y − t) or the sum of squared
error (its gradient goes through the softmax Jacobian).

Written for speed as well as clarity.  A training step is five matrix
products (x·W1, h·W2 forward; hᵀ·δ, δ·W2ᵀ, xᵀ·δh backward) and, between
them, a few passes over small arrays; everything else is kept out of the
way of those products:
  - the two big ones, x·W1 and xᵀ·δh, are split between two cores, each
    always taking the same half of W1, with the momentum update inside the
    backward product (lossviz.mnist.first_layer; plain numpy where numpy's
    OpenBLAS cannot be called directly);
  - float32 throughout, and every intermediate array allocated once per
    batch size and reused (only a few arrays of B numbers are made per step);
  - the output layer works on logits stored one column per example
    (10 × B): the softmax's maximum and sum then run down 10 rows of B
    numbers, which numpy does several times faster than across B rows of 10;
  - bias gradients are sums over the batch, done as products with a vector
    of ones (BLAS), not as numpy reductions;
  - parameters, gradients and momentum each live in one flat array, laid
    out (b1, W2, b2, W1), so the SGD update is one call over all of them,
    and the learning rate is folded into the backward pass, on 10 numbers
    an example.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from lossviz.mnist import blas
from lossviz.mnist.first_layer import NumpyFirstLayer, SplitFirstLayer
from lossviz.names import CROSS_ENTROPY, TRAINING_LOSSES

LOSSES = TRAINING_LOSSES  # cross-entropy, squared error (lossviz.names)
#: Added to the probability of the right answer before its logarithm, as in
#: the book: cross-entropy then stays finite (at most −log δ ≈ 16) however
#: wrong the network is.
DELTA = 1e-7


#: Momentum velocities below this are set to 0 every FLUSH_EVERY steps (Mlp._flush_tiny_velocities).
TINY_VELOCITY = np.float32(1e-30)
FLUSH_EVERY = 64


@dataclass
class _Buffers:
    """Every intermediate array of one step, for one batch size B."""

    hidden: np.ndarray  # (B, H) activations after ReLU
    positive: np.ndarray  # (B, H) bool: where the ReLU's input was above 0
    active: np.ndarray  # (B, H) the same as 0.0 and 1.0, to multiply by
    outputs: np.ndarray  # (K, B) logits, then softmax probabilities in place (one column per example)
    column_stat: np.ndarray  # (B,) each example's largest logit, then its sum of exponentials, then (SSE) Σ y·δ
    delta_out: np.ndarray  # (K, B) ∂E/∂logits, for the squared error (cross-entropy reuses outputs)
    delta_hidden: np.ndarray  # (B, H) ∂E/∂(hidden pre-activation)
    label_index: np.ndarray  # (B,) where each example's right answer sits in outputs, flattened
    columns: np.ndarray  # 0..B-1
    ones: np.ndarray  # (B,) of 1.0: a product with it sums over the batch
    first_layer: object  # what the first layer keeps for this batch size (first_layer.py)


def _views(flat: np.ndarray, shapes) -> list[np.ndarray]:
    """Consecutive views of one flat array, one per shape."""
    out, start = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        out.append(flat[start : start + size].reshape(shape))
        start += size
    return out


class Mlp:
    def __init__(self, n_hidden: int = 100, seed: int = 0, n_in: int = 784, n_out: int = 10, dtype=np.float32,
                 split: bool | None = None) -> None:
        """``split``: do the first layer's products on two cores
        (lossviz.mnist.first_layer); None: wherever that is possible."""
        if n_hidden < 1:
            raise ValueError(f"the hidden layer needs at least 1 unit, got {n_hidden}")
        rng = np.random.default_rng(seed)
        shapes = [(n_hidden,), (n_hidden, n_out), (n_out,), (n_in, n_hidden)]
        # Parameters, gradients and momentum each live in one flat array, with
        # b1, w2, b2, w1 as views into it: an SGD update is then one call over
        # all of them, not twelve (a step at batch 32 is short enough that the
        # number of calls shows).  W1 comes last, where the split first layer
        # wants it.
        self._flat = np.zeros(sum(int(np.prod(s)) for s in shapes), dtype)
        self.b1, self.w2, self.b2, self.w1 = _views(self._flat, shapes)
        # He initialisation: keeps the ReLU layer's activations at a steady
        # scale, so the default learning rate works for any hidden size.
        self.w1[...] = rng.standard_normal((n_in, n_hidden)) * np.sqrt(2.0 / n_in)
        self.w2[...] = rng.standard_normal((n_hidden, n_out)) * np.sqrt(2.0 / n_hidden)
        # The output layer as the column-per-example forward pass uses it.
        self._w2_t = self.w2.T
        self._b2_column = self.b2[:, None]
        self._grad_flat = np.zeros_like(self._flat)
        grad_b1, grad_w2, grad_b2, grad_w1 = _views(self._grad_flat, shapes)
        self._grads = [grad_w1, grad_b1, grad_w2, grad_b2]  # in the order of parameters()
        self._velocity = np.zeros_like(self._flat)
        velocity_b1, velocity_w2, velocity_b2, velocity_w1 = _views(self._velocity, shapes)
        self._velocities = [velocity_w1, velocity_b1, velocity_w2, velocity_b2]  # in the order of parameters()
        # Everything but W1 (the flat arrays' start): its velocity is updated
        # by numpy, W1's by the first layer.
        others = self._flat.size - self.w1.size
        self._velocity_others, self._grad_others = self._velocity[:others], self._grad_flat[:others]
        cblas = blas.cblas()
        if split is None:
            split = cblas is not None and dtype == np.float32 and n_in > 1
        if split:
            if cblas is None:
                raise ValueError("numpy's OpenBLAS cannot be called directly here: no split first layer")
            self.first_layer = SplitFirstLayer(cblas, self._flat, self._velocity, self.w1, velocity_w1)
        else:
            self.first_layer = NumpyFirstLayer(self._flat, self._velocity, self.w1, velocity_w1, grad_w1)
        self._steps = 0
        self._magnitude = np.empty_like(self._flat)  # scratch for flushing tiny velocities
        self._tiny = np.empty(self._flat.shape, bool)
        self._buffers: dict[int, _Buffers] = {}

    @property
    def split(self) -> bool:
        """Whether the first layer's products are split between two cores."""
        return isinstance(self.first_layer, SplitFirstLayer)

    @property
    def dtype(self):
        return self.w1.dtype

    def parameters(self) -> list[np.ndarray]:
        return [self.w1, self.b1, self.w2, self.b2]

    def velocities(self) -> list[np.ndarray]:
        """The momentum velocities, in the order of parameters() (views: the live state)."""
        return list(self._velocities)

    def products_batched(self, batch: int) -> bool:
        """Whether a split first layer sends both its products at this batch
        size out in one sgemm_batch (False: one sgemm at a time, for
        products too small for OpenBLAS's batch call; see first_layer)."""
        prepared = self._buffers_for(batch).first_layer
        return prepared is not None and prepared.forward.batched and prepared.backward.batched

    def _buffers_for(self, batch: int) -> _Buffers:
        buffers = self._buffers.get(batch)
        if buffers is None:
            h, k, dt = self.w1.shape[1], self.w2.shape[1], self.dtype
            buffers = _Buffers(
                hidden=np.empty((batch, h), dt),
                positive=np.empty((batch, h), bool),
                active=np.empty((batch, h), dt),
                outputs=np.empty((k, batch), dt),
                column_stat=np.empty(batch, dt),
                delta_out=np.empty((k, batch), dt),
                delta_hidden=np.empty((batch, h), dt),
                label_index=np.empty(batch, np.intp),
                columns=np.arange(batch, dtype=np.intp),
                ones=np.ones(batch, dt),
                first_layer=None,
            )
            buffers.first_layer = self.first_layer.prepare(buffers.hidden, buffers.delta_hidden)
            self._buffers[batch] = buffers
        return buffers

    def _forward(self, x: np.ndarray, buffers: _Buffers, training: bool = False) -> np.ndarray:
        """Softmax probabilities of a batch, one column per example, left in ``buffers.outputs``.

        Training steps use the first layer's own product (on two cores, when
        split); evaluation uses numpy's, on as many cores as OpenBLAS likes.
        """
        hidden, z, stat = buffers.hidden, buffers.outputs, buffers.column_stat
        if training:
            self.first_layer.hidden(x, hidden, buffers.first_layer)
        else:
            np.matmul(x, self.w1, out=hidden)
        hidden += self.b1
        # ReLU, its mask kept for the backward pass.  The mask is made float
        # once, as multiplying by a bool array would convert it on every use
        # (through a temporary buffer); np.maximum(hidden, 0) is slower still.
        np.greater(hidden, 0, out=buffers.positive)
        np.copyto(buffers.active, buffers.positive)
        hidden *= buffers.active
        np.matmul(self._w2_t, hidden.T, out=z)
        z += self._b2_column
        # ufunc.reduce, not np.max/np.sum: the same loop without their
        # wrappers, which cost as much as the work on 10 × 100 numbers.
        np.maximum.reduce(z, axis=0, out=stat)
        z -= stat  # the log-sum-exp shift: exp never overflows
        np.exp(z, out=z)
        np.add.reduce(z, axis=0, out=stat)
        z /= stat
        return z

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Softmax outputs (N, 10) for uint8 images (N, 28, 28) or float rows (N, 784) in [0, 1]."""
        x = as_inputs(x, self.dtype)
        return self._forward(x, self._buffers_for(len(x))).T.copy()

    def logits(self, x: np.ndarray) -> np.ndarray:
        """The output layer's values z (N, 10) before the softmax, in float64,
        for uint8 images or float rows: what the loss explorer shows of a
        validation digit (``predict_proba`` is their softmax)."""
        x = as_inputs(x, self.dtype)
        hidden = np.maximum(x @ self.w1 + self.b1, 0)
        return (hidden @ self.w2 + self.b2).astype(np.float64)

    def accuracy(self, x: np.ndarray, labels: np.ndarray, chunk: int = 1000) -> float:
        """Share of correct answers on uint8 images or float rows, a chunk at a time
        (so 70,000 uint8 images are never all converted to float at once)."""
        x = np.asarray(x)
        rows = x.reshape(len(x), -1)
        if rows.dtype == np.uint8:
            converted = np.empty((min(chunk, len(x)), rows.shape[1]), self.dtype)
        correct = 0
        for start in range(0, len(x), chunk):
            part = rows[start : start + chunk]
            if part.dtype == np.uint8:  # as images_to_inputs scales them, into one buffer for all chunks
                part = np.divide(part, np.float32(255), out=converted[: len(part)])
            else:
                part = np.asarray(part, self.dtype)
            y = self._forward(part, self._buffers_for(len(part)))
            correct += int(np.count_nonzero(y.argmax(axis=0) == labels[start : start + chunk]))
        return correct / len(x)

    def loss_and_gradients(self, x: np.ndarray, labels: np.ndarray, loss: str = CROSS_ENTROPY) -> tuple[float, list[np.ndarray]]:
        """The batch-mean loss and its gradient for each parameter.

        The gradients are views of reused buffers, valid until the next call.
        """
        x = as_inputs(x, self.dtype)
        value, buffers = self._backpropagate(x, labels, loss, 1.0)
        np.matmul(x.T, buffers.delta_hidden, out=self._grads[0])
        return value, self._grads

    def _backpropagate(self, x: np.ndarray, labels: np.ndarray, loss: str, scale: float) -> tuple[float, _Buffers]:
        """The batch's loss.  Leaves ``scale`` × its gradient in ``self._grads``
        for b1, W2 and b2, and in ``buffers.delta_hidden`` the gradient at
        the hidden layer's input, from which W1's follows (xᵀ·δh)."""
        if loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {loss!r}")
        batch = len(x)
        buffers = self._buffers_for(batch)
        y = self._forward(x, buffers, training=True)
        # Each example's right answer as one flat index into y: a 1-D gather
        # and scatter, cheaper than indexing y by (label, column) pairs.
        index = buffers.label_index
        np.multiply(labels, np.intp(y.shape[1]), out=index)
        index += buffers.columns
        flat_y = y.reshape(-1)
        picked = flat_y[index]
        if loss == CROSS_ENTROPY:
            flat_y[index] = picked - 1  # y − t, in place, without building t
            delta = y
            picked += DELTA
            value = -float(np.log(picked, out=picked).sum()) / batch
        else:
            delta = buffers.delta_out
            np.copyto(delta, y)
            delta.reshape(-1)[index] = picked - 1
            value = 0.5 * float(np.vdot(delta, delta)) / batch
            # Through the softmax: yₖ·((yₖ − tₖ) − Σᵢ yᵢ(yᵢ − tᵢ)).
            delta -= np.einsum("kb,kb->b", y, delta, out=buffers.column_stat)
            delta *= y
        if self.watch_output_gradient:
            self._watch(delta)
        # The loss is a mean over the batch; a training step folds its
        # learning rate in here too, on 10 numbers a row instead of 79,510.
        delta *= scale / batch
        _, grad_b1, grad_w2, grad_b2 = self._grads
        hidden, delta_hidden = buffers.hidden, buffers.delta_hidden
        np.matmul(hidden.T, delta.T, out=grad_w2)
        np.matmul(delta, buffers.ones, out=grad_b2)
        np.matmul(delta.T, self._w2_t, out=delta_hidden)
        delta_hidden *= buffers.active  # the ReLU passes gradient only where it was active
        np.matmul(buffers.ones, delta_hidden, out=grad_b1)
        return value, buffers

    def train_step(self, x: np.ndarray, labels: np.ndarray, lr: float, momentum: float = 0.0, loss: str = CROSS_ENTROPY) -> float:
        """One SGD step on one mini-batch; returns the batch's loss before the step."""
        x = as_inputs(x, self.dtype)
        if x.shape[1] != self.w1.shape[0] or len(labels) != len(x):
            # Checked here, as the split first layer hands OpenBLAS bare addresses.
            raise ValueError(f"a batch of {len(labels)} labels and inputs of shape {x.shape} does not fit "
                             f"a network with {self.w1.shape[0]} inputs")
        if self.split:
            x = np.ascontiguousarray(x)  # OpenBLAS is handed its address
        value, buffers = self._backpropagate(x, labels, loss, lr)  # the gradients come out already × lr
        velocity, grad = self._velocity_others, self._grad_others
        if momentum:
            velocity *= momentum
            velocity -= grad
        else:
            np.negative(grad, out=velocity)
        self.first_layer.velocity_step(x, buffers.delta_hidden, momentum, buffers.first_layer)
        self.first_layer.add_velocity()
        self._steps += 1
        if momentum and self._steps % FLUSH_EVERY == 0:
            self._flush_tiny_velocities()
        return value

    def _flush_tiny_velocities(self) -> None:
        """Set velocities too small to matter to 0.

        Where a weight's gradient is exactly 0 (a pixel that is blank in
        every image, a dead ReLU unit, a batch learnt perfectly), momentum
        multiplies its velocity by 0.9 at every step, down into the
        subnormal floats below 1.2e-38, which many CPUs handle far more
        slowly than normal ones: a long run then spends most of each step
        on that one multiplication.  Anything below 1e-30
        moves its weight by less than float32 can show, and from 1e-30 it
        takes more than FLUSH_EVERY steps to become subnormal.
        """
        np.abs(self._velocity, out=self._magnitude)
        np.less(self._magnitude, TINY_VELOCITY, out=self._tiny)
        np.copyto(self._velocity, 0, where=self._tiny)

    # The output layer's gradient, watched on demand (the slowdown
    # experiment, lossviz.mnist.experiment).  Off by default, so a plain
    # training step does not pay for it.
    #: Set True on a network to measure ``mean_abs_grad_z`` at every step.
    watch_output_gradient = False
    #: The last step's mean |∂Eₙ/∂zₙₖ| over its examples n and output logits
    #: k: zₙ the logits of example n, Eₙ its loss (the loss the step trained
    #: with; the batch's loss is the mean of the Eₙ).  NaN until a step ran
    #: with watch_output_gradient on.
    mean_abs_grad_z = math.nan
    _watch_scratch = None

    def _watch(self, delta: np.ndarray) -> None:
        """Measure mean_abs_grad_z from the per-example gradient at the logits
        (before the learning rate and 1/B are folded in), into a buffer kept
        for the purpose: no allocation beyond the first step of a batch size."""
        scratch = self._watch_scratch
        if scratch is None or scratch.shape != delta.shape:
            scratch = self._watch_scratch = np.empty_like(delta)
        np.abs(delta, out=scratch)
        self.mean_abs_grad_z = float(np.add.reduce(scratch, axis=None, dtype=np.float64)) / delta.size

    def copy_weights(self) -> list[np.ndarray]:
        return [p.copy() for p in self.parameters()]

    def set_weights(self, weights: list[np.ndarray]) -> None:
        for param, value in zip(self.parameters(), weights):
            if param.shape != value.shape:
                raise ValueError(f"weight of shape {value.shape} does not fit a parameter of shape {param.shape}")
            param[...] = value


def images_to_inputs(images: np.ndarray) -> np.ndarray:
    """uint8 images (N, 28, 28) → float32 rows (N, 784) scaled to [0, 1]."""
    return (images.reshape(len(images), -1).astype(np.float32)) / np.float32(255.0)


def as_inputs(x: np.ndarray, dtype=np.float32) -> np.ndarray:
    """Network inputs from either uint8 images (scaled to [0, 1]) or float rows (as they are)."""
    x = np.asarray(x)
    if x.dtype == np.uint8:
        return images_to_inputs(x).astype(dtype, copy=False)
    return np.asarray(x.reshape(len(x), -1), dtype=dtype)
