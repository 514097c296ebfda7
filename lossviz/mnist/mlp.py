"""A tiny multilayer perceptron for MNIST, in numpy, trained by hand-written
backpropagation (as in the seeds' reference book, ゼロから作るDeep Learning).

784 inputs → ``hidden`` ReLU units → 10 softmax outputs, trained by
mini-batch SGD with optional momentum, on either loss the explorer explains:
cross-entropy (its gradient at the logits is y − t) or the sum of squared
error (its gradient goes through the softmax Jacobian).

Written for speed as well as clarity: float32 throughout, one buffer per
intermediate result allocated once per batch size and reused, elementwise
work in place.  A training step is then five matrix products and a few
passes over small arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LOSSES = ("ce", "sse")


@dataclass
class _Buffers:
    """Every intermediate array of one step, for one batch size."""

    hidden: np.ndarray  # (B, H) activations after ReLU
    active: np.ndarray  # (B, H) bool: where the ReLU let its input through
    outputs: np.ndarray  # (B, 10) logits, then softmax probabilities in place
    row_stat: np.ndarray  # (B, 1) each row's max, then its sum, in the softmax
    delta_out: np.ndarray  # (B, 10) ∂E/∂logits
    delta_hidden: np.ndarray  # (B, H) ∂E/∂hidden pre-activation
    rows: np.ndarray  # 0..B-1, to pick each row's label


def _views(flat: np.ndarray, shapes) -> list[np.ndarray]:
    """Consecutive views of one flat array, one per shape."""
    out, start = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        out.append(flat[start : start + size].reshape(shape))
        start += size
    return out


class Mlp:
    def __init__(self, n_hidden: int = 100, seed: int = 0, n_in: int = 784, n_out: int = 10, dtype=np.float32) -> None:
        if n_hidden < 1:
            raise ValueError(f"the hidden layer needs at least 1 unit, got {n_hidden}")
        rng = np.random.default_rng(seed)
        shapes = [(n_in, n_hidden), (n_hidden,), (n_hidden, n_out), (n_out,)]
        # Parameters, gradients and momentum each live in one flat array, with
        # w1, b1, w2, b2 as views into it: an SGD update is then three numpy
        # calls over all of them, not twelve (a step at batch 32 is short
        # enough that the number of calls shows).
        self._flat = np.zeros(sum(int(np.prod(s)) for s in shapes), dtype)
        self.w1, self.b1, self.w2, self.b2 = _views(self._flat, shapes)
        # He initialisation: keeps the ReLU layer's activations at a steady
        # scale, so the default learning rate works for any hidden size.
        self.w1[...] = rng.standard_normal((n_in, n_hidden)) * np.sqrt(2.0 / n_in)
        self.w2[...] = rng.standard_normal((n_hidden, n_out)) * np.sqrt(2.0 / n_hidden)
        self._grad_flat = np.zeros_like(self._flat)
        self._grads = _views(self._grad_flat, shapes)
        self._velocity = np.zeros_like(self._flat)
        self._buffers: dict[int, _Buffers] = {}

    @property
    def dtype(self):
        return self.w1.dtype

    def parameters(self) -> list[np.ndarray]:
        return [self.w1, self.b1, self.w2, self.b2]

    def _buffers_for(self, batch: int) -> _Buffers:
        buffers = self._buffers.get(batch)
        if buffers is None:
            h, k, dt = self.w1.shape[1], self.w2.shape[1], self.dtype
            buffers = _Buffers(
                np.empty((batch, h), dt), np.empty((batch, h), bool), np.empty((batch, k), dt), np.empty((batch, 1), dt),
                np.empty((batch, k), dt), np.empty((batch, h), dt), np.arange(batch),
            )
            self._buffers[batch] = buffers
        return buffers

    def _forward(self, x: np.ndarray, buffers: _Buffers) -> np.ndarray:
        """Softmax probabilities of a batch, left in ``buffers.outputs``."""
        hidden, y, stat = buffers.hidden, buffers.outputs, buffers.row_stat
        np.matmul(x, self.w1, out=hidden)
        hidden += self.b1
        np.greater(hidden, 0, out=buffers.active)
        np.multiply(hidden, buffers.active, out=hidden)  # ReLU, and its mask kept for the backward pass
        np.matmul(hidden, self.w2, out=y)
        y += self.b2
        np.max(y, axis=1, keepdims=True, out=stat)
        y -= stat  # the log-sum-exp shift: exp never overflows
        np.exp(y, out=y)
        np.sum(y, axis=1, keepdims=True, out=stat)
        y /= stat
        return y

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Softmax outputs for uint8 images (N, 28, 28) or float rows (N, 784) in [0, 1]."""
        x = as_inputs(x, self.dtype)
        return self._forward(x, self._buffers_for(len(x))).copy()

    def accuracy(self, x: np.ndarray, labels: np.ndarray, chunk: int = 1000) -> float:
        """Share of correct answers on uint8 images or float rows, a chunk at a time
        (so 70,000 uint8 images are never all converted to float at once)."""
        correct = 0
        for start in range(0, len(x), chunk):
            part = as_inputs(x[start : start + chunk], self.dtype)
            y = self._forward(part, self._buffers_for(len(part)))
            correct += int(np.count_nonzero(y.argmax(axis=1) == labels[start : start + chunk]))
        return correct / len(x)

    def loss_and_gradients(self, x: np.ndarray, labels: np.ndarray, loss: str = "ce") -> tuple[float, list[np.ndarray]]:
        """The batch-mean loss and its gradient for each parameter.

        The gradients are views of reused buffers, valid until the next call.
        """
        value = self._backpropagate(x, labels, loss, 1.0)
        return value, self._grads

    def _backpropagate(self, x: np.ndarray, labels: np.ndarray, loss: str, scale: float) -> float:
        """The batch's loss; leaves ``scale`` × its gradient in ``self._grads``."""
        if loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {loss!r}")
        batch = len(x)
        buffers = self._buffers_for(batch)
        y = self._forward(x, buffers)
        rows = buffers.rows
        delta = buffers.delta_out
        np.copyto(delta, y)
        delta[rows, labels] -= 1.0  # y − t, without building t
        if loss == "ce":
            picked = y[rows, labels]
            picked += 1e-7
            value = -float(np.log(picked, out=picked).sum()) / batch
        else:
            value = float(0.5 * np.einsum("ij,ij->", delta, delta) / batch)
            # Through the softmax: yₖ·((yₖ − tₖ) − Σᵢ yᵢ(yᵢ − tᵢ)).
            inner = np.einsum("ij,ij->i", y, delta)[:, None]
            delta -= inner
            delta *= y
        # The loss is a mean over the batch; a training step folds its
        # learning rate in here too, on 10 numbers a row instead of 79,510.
        delta *= scale / batch
        grad_w1, grad_b1, grad_w2, grad_b2 = self._grads
        np.sum(delta, axis=0, out=grad_b2)
        np.matmul(buffers.hidden.T, delta, out=grad_w2)
        np.matmul(delta, self.w2.T, out=buffers.delta_hidden)
        np.multiply(buffers.delta_hidden, buffers.active, out=buffers.delta_hidden)  # the ReLU passes gradient where it was active
        np.matmul(x.T, buffers.delta_hidden, out=grad_w1)
        np.sum(buffers.delta_hidden, axis=0, out=grad_b1)
        return value

    def train_step(self, x: np.ndarray, labels: np.ndarray, lr: float, momentum: float = 0.0, loss: str = "ce") -> float:
        """One SGD step on one mini-batch; returns the batch's loss before the step."""
        value = self._backpropagate(x, labels, loss, lr)  # the gradients come out already × lr
        if momentum:
            self._velocity *= momentum
            self._velocity -= self._grad_flat
            self._flat += self._velocity
        else:
            self._flat -= self._grad_flat
        return value

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
