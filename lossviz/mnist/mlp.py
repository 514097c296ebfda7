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
    outputs: np.ndarray  # (B, 10) logits, then softmax probabilities in place
    delta_out: np.ndarray  # (B, 10) ∂E/∂logits
    delta_hidden: np.ndarray  # (B, H) ∂E/∂hidden pre-activation
    grad_w1: np.ndarray
    grad_w2: np.ndarray


class Mlp:
    def __init__(self, n_hidden: int = 100, seed: int = 0, n_in: int = 784, n_out: int = 10, dtype=np.float32) -> None:
        if n_hidden < 1:
            raise ValueError(f"the hidden layer needs at least 1 unit, got {n_hidden}")
        rng = np.random.default_rng(seed)
        # He initialisation: keeps the ReLU layer's activations at a steady
        # scale, so the default learning rate works for any hidden size.
        self.w1 = (rng.standard_normal((n_in, n_hidden)) * np.sqrt(2.0 / n_in)).astype(dtype)
        self.b1 = np.zeros(n_hidden, dtype)
        self.w2 = (rng.standard_normal((n_hidden, n_out)) * np.sqrt(2.0 / n_hidden)).astype(dtype)
        self.b2 = np.zeros(n_out, dtype)
        self._velocity = [np.zeros_like(p) for p in self.parameters()]
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
                np.empty((batch, h), dt), np.empty((batch, k), dt), np.empty((batch, k), dt),
                np.empty((batch, h), dt), np.empty_like(self.w1), np.empty_like(self.w2),
            )
            self._buffers[batch] = buffers
        return buffers

    def _forward(self, x: np.ndarray, buffers: _Buffers) -> np.ndarray:
        """Softmax probabilities of a batch, left in ``buffers.outputs``."""
        np.matmul(x, self.w1, out=buffers.hidden)
        buffers.hidden += self.b1
        np.maximum(buffers.hidden, 0, out=buffers.hidden)
        y = buffers.outputs
        np.matmul(buffers.hidden, self.w2, out=y)
        y += self.b2
        y -= y.max(axis=1, keepdims=True)  # the log-sum-exp shift: exp never overflows
        np.exp(y, out=y)
        y /= y.sum(axis=1, keepdims=True)
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
        if loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {loss!r}")
        batch = len(x)
        buffers = self._buffers_for(batch)
        y = self._forward(x, buffers)
        rows = np.arange(batch)
        delta = buffers.delta_out
        np.copyto(delta, y)
        delta[rows, labels] -= 1.0  # y − t, without building t
        if loss == "ce":
            value = float(-np.log(y[rows, labels] + 1e-7).mean())
        else:
            value = float(0.5 * np.einsum("ij,ij->", delta, delta) / batch)
            # Through the softmax: yₖ·((yₖ − tₖ) − Σᵢ yᵢ(yᵢ − tᵢ)).
            inner = np.einsum("ij,ij->i", y, delta)[:, None]
            delta -= inner
            delta *= y
        delta /= batch  # the loss is a mean over the batch
        db2 = delta.sum(axis=0)
        np.matmul(buffers.hidden.T, delta, out=buffers.grad_w2)
        np.matmul(delta, self.w2.T, out=buffers.delta_hidden)
        buffers.delta_hidden *= buffers.hidden > 0  # ReLU passes gradient where it was active
        np.matmul(x.T, buffers.delta_hidden, out=buffers.grad_w1)
        db1 = buffers.delta_hidden.sum(axis=0)
        return value, [buffers.grad_w1, db1, buffers.grad_w2, db2]

    def train_step(self, x: np.ndarray, labels: np.ndarray, lr: float, momentum: float = 0.0, loss: str = "ce") -> float:
        """One SGD step on one mini-batch; returns the batch's loss before the step."""
        value, grads = self.loss_and_gradients(x, labels, loss)
        for param, grad, velocity in zip(self.parameters(), grads, self._velocity):
            if momentum:
                velocity *= momentum
                velocity -= lr * grad
                param += velocity
            else:
                param -= lr * grad
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
