"""The loss mathematics of the seeds, in plain numpy (no Qt).

Every function takes one sample as a 1-D array of K class values, or a batch
as a 2-D array of shape (N, K).  Losses of a batch are the mean over its N
samples, as in the seeds' ``softmax_cee`` and ``sigmoid_cee`` (seed 002).

Names and formulas follow the seeds:

* y  -- the network's output (probabilities after softmax or sigmoid)
* t  -- the teacher data, the one-hot target (教師データ / 정답 레이블), or
  its label-smoothed form (``smooth_labels``)
* z  -- logits, the inputs of the softmax (u_k in seed 001)
* T  -- the softmax temperature, y = softmax(z / T); T = 1 is the seeds' softmax

Bad input raises ``ValueError`` with a sentence naming the problem, so that a
wrong number is never shown silently (the checks: ``lossviz.loss_checks``).
KL divergence, focal loss and the multi-class hinge are in
``lossviz.more_losses``.
"""

from __future__ import annotations

import numpy as np

from lossviz import loss_checks as check

#: The small constant the seeds add inside the logarithm so that log(0) is
#: never taken (seed 004: "log(0) = -inf に備えて").
DELTA = 1e-7

__all__ = [
    "DELTA",
    "softmax",
    "log_softmax",
    "sigmoid",
    "sum_squared_error",
    "mean_squared_error",
    "cross_entropy_error",
    "sparse_cross_entropy_error",
    "cross_entropy_from_logits",
    "binary_cross_entropy",
    "binary_cross_entropy_from_logits",
    "softmax_cross_entropy_grad",
    "softmax_squared_error_grad",
    "squared_error_grad_through_softmax",
    "sigmoid_cross_entropy_grad",
    "sigmoid_squared_error_grad",
    "squared_error_grad_through_sigmoid",
    "one_hot",
    "smooth_labels",
]


def _mean_over_batch(per_sample: np.ndarray) -> float:
    return float(np.mean(per_sample))


def one_hot(labels, n_classes: int) -> np.ndarray:
    """The one-hot target t for class index (or indices) ``labels``."""
    arr = np.asarray(labels)
    shape = arr.shape
    idx = check.labels(arr, n_classes, shape)
    out = np.zeros(shape + (n_classes,), dtype=np.float64)
    np.put_along_axis(out, idx[..., None], 1.0, axis=-1)
    return out


def smooth_labels(t, epsilon: float, n_classes: int | None = None) -> np.ndarray:
    """Label smoothing: t' = (1 − ε)·t + ε/K, with ε from 0 to 0.5.

    Two ways to give the target, told apart by ``n_classes``:

    * ``smooth_labels(t, ε)``: t is one-hot, one sample (K,) or a batch (N, K);
    * ``smooth_labels(label, ε, n_classes=K)``: t is a class index such as 2,
      or a 1-D sequence of N indices.

    The result has the shape of the one-hot target: the correct class gets
    1 − ε + ε/K, every other class ε/K, and each sample still sums to 1.
    ε = 0 gives the one-hot target back unchanged.
    """
    epsilon = check.in_range("label smoothing epsilon", epsilon, check.SMOOTHING_RANGE)
    if n_classes is None:
        target = check.values("target t", t)
        target = check.one_hot("target t", target, target, "target t")
    else:
        if isinstance(n_classes, bool) or not isinstance(n_classes, int | np.integer) or n_classes < 1:
            raise ValueError(f"n_classes must be a whole number of classes, at least 1, got {n_classes!r}")
        if np.ndim(t) > 1:
            raise ValueError(f"class indices t must be one index or a 1-D sequence of them, got shape {np.shape(t)}")
        target = one_hot(t, int(n_classes))
    return (1.0 - epsilon) * target + epsilon / target.shape[-1]


# --------------------------------------------------------------------------
# Activations
# --------------------------------------------------------------------------

def log_softmax(z, temperature: float = 1.0) -> np.ndarray:
    """log softmax(z / T) = z/T − log Σⱼ exp(zⱼ/T), by the log-sum-exp trick.

    Subtracting max(z) first keeps every exp() at most 1, so logits of ±1000
    give finite results instead of overflow.
    """
    z = check.values("logits z", z) / check.temperature(temperature)
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def softmax(z, temperature: float = 1.0) -> np.ndarray:
    """yₖ = exp(zₖ/T) / Σⱼ exp(zⱼ/T): probabilities from logits that sum to 1.

    ``temperature`` T > 1 flattens the distribution, T < 1 sharpens it.
    """
    z = check.values("logits z", z) / check.temperature(temperature)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def sigmoid(z) -> np.ndarray:
    """p = 1 / (1 + exp(−z)), written so that neither branch overflows."""
    z = check.values("logit z", np.atleast_1d(z))
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


# --------------------------------------------------------------------------
# Losses
# --------------------------------------------------------------------------

def sum_squared_error(y, t) -> float:
    """E = ½ Σₖ (yₖ − tₖ)²  (2乗和誤差, seeds 000 and 004; 오차제곱합, seed 002).

    y and t are any real values of the same shape (probabilities and a one-hot
    target, or a regression output and its true values).  A batch gives the
    mean of the per-sample sums.  Seed 002's function named ``mse`` computes
    exactly this (½ of the sum), which is why it prints 5.5.
    """
    y = check.values("output y", y)
    t = check.values("target t", t)
    check.same_shape("output y", y, "target t", t)
    return _mean_over_batch(0.5 * np.sum((y - t) ** 2, axis=-1))


def mean_squared_error(y, t) -> float:
    """E = (1/K) Σₖ (yₖ − tₖ)²: the mean over the K components, not the sum.

    This is the convention of seed 003 (平均二乗誤差: "the mean of the squared
    differences", as in Keras) and of the formula in seed 002, (1/N) Σ with N
    the number of dimensions of the data.  For seed 002's regression example
    it is 11/5 = 2.2, where its ``mse`` code (½ Σ) prints 5.5.  A batch gives
    the mean over samples too.
    """
    y = check.values("output y", y)
    t = check.values("target t", t)
    check.same_shape("output y", y, "target t", t)
    return _mean_over_batch(np.mean((y - t) ** 2, axis=-1))


def cross_entropy_error(y, t, delta: float = DELTA) -> float:
    """E = −Σₖ tₖ log(yₖ + δ)  (交差エントロピー誤差, seeds 000, 001, 004; 교차 엔트로피, seed 002).

    y are probabilities (used as written, even when they do not sum to 1, as
    in seed 004); t is one-hot, or label-smoothed (``smooth_labels``).  δ = 1e-7 keeps log(0) finite; because of it a
    perfect answer y = 1 gives −log(1 + 10⁻⁷) ≈ −1.0 × 10⁻⁷, a hair below 0.
    A batch gives the mean over its N samples (seed 002: 0.8634 and 0.6324).
    """
    y = check.probabilities("output y", y)
    t = check.one_hot("target t", t, y, "output y", smoothed=True)
    return _mean_over_batch(-np.sum(t * np.log(y + delta), axis=-1))


def sparse_cross_entropy_error(y, labels, delta: float = DELTA) -> float:
    """E = −log(y_label + δ): cross-entropy with the class index as target.

    スパース多分類クロスエントロピー (seed 003): the same number as
    ``cross_entropy_error`` with a one-hot t, but the target is given as the
    index of the correct class (e.g. 2) instead of a one-hot vector.
    """
    y = check.probabilities("output y", y)
    idx = check.labels(labels, y.shape[-1], y.shape[:-1])
    picked = np.take_along_axis(y, idx[..., None], axis=-1)[..., 0]
    return _mean_over_batch(-np.log(picked + delta))


def cross_entropy_from_logits(z, t, temperature: float = 1.0) -> float:
    """E = log Σⱼ exp(zⱼ) − Σₖ tₖ zₖ: cross-entropy of softmax(z), from logits.

    With a temperature, of softmax(z / T): z/T in place of z.  t is one-hot or
    label-smoothed.  This is the exact cross-entropy (no δ) that
    ``more_losses.kl_divergence`` differs from by the target's entropy.

    Keras' ``from_logits=True`` (seed 003).  Written as log-sum-exp minus the
    correct logit, it never forms softmax(z) and then its log, so a logit
    of −1000 for the correct class gives 1000 + …, not log(0) = −∞.  No δ is
    needed, so it can differ from ``cross_entropy_error`` by about δ/y.
    """
    logp = log_softmax(z, temperature)
    t = check.one_hot("target t", t, logp, "logits z", smoothed=True)
    return _mean_over_batch(-np.sum(t * logp, axis=-1))


def binary_cross_entropy(p, t, eps: float = DELTA) -> float:
    """E = −[t log p + (1 − t) log(1 − p)] for one sigmoid output p and label t.

    バイナリクロスエントロピー (seed 003), seed 002's ``sigmoid_cee``.  p is
    clipped to [ε, 1 − ε] (as Keras does) so that p = 0 or 1 stays finite.
    A batch (1-D array of N outputs and N labels) gives the mean: seed 002's
    six samples give 0.3486.
    """
    p = check.probabilities("output p", np.atleast_1d(p))
    t = check.binary_target("label t", np.atleast_1d(t), p, "output p")
    p = np.clip(p, eps, 1.0 - eps)
    return _mean_over_batch(-(t * np.log(p) + (1.0 - t) * np.log(1.0 - p)))


def binary_cross_entropy_from_logits(z, t) -> float:
    """E = max(z, 0) − z·t + log(1 + exp(−|z|)): binary cross-entropy of sigmoid(z).

    The same number as ``binary_cross_entropy(sigmoid(z), t)`` but stable for
    any logit: it never takes the log of a probability that rounded to 0.
    """
    z = check.values("logit z", np.atleast_1d(z))
    t = check.binary_target("label t", np.atleast_1d(t), z, "logit z")
    return _mean_over_batch(np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z))))


# --------------------------------------------------------------------------
# Gradients with respect to the logits
# --------------------------------------------------------------------------

def softmax_cross_entropy_grad(z, t, temperature: float = 1.0) -> np.ndarray:
    """∂E/∂zₖ = yₖ − tₖ for E = cross-entropy of y = softmax(z) (seed 001).

    Seed 001 derives it: −Σ tₖ zₖ + log Σ exp(zⱼ), and Σ tₖ = 1.  With a
    temperature T the chain rule adds a factor 1/T.  It holds for a
    label-smoothed t too (it sums to 1).  Per sample (a batch gives one row
    per sample, not divided by N).
    """
    y = softmax(z, temperature)
    t = check.one_hot("target t", t, y, "logits z", smoothed=True)
    return (y - t) / temperature


def softmax_squared_error_grad(z, t, temperature: float = 1.0) -> np.ndarray:
    """∂E/∂zₖ for E = ½ Σ (yᵢ − tᵢ)² with y = softmax(z / T).  It is not y − t.

    The softmax Jacobian ∂yᵢ/∂zₖ = yᵢ(δᵢₖ − yₖ) gives
        ∂E/∂zₖ = yₖ · [(yₖ − tₖ) − Σᵢ yᵢ (yᵢ − tᵢ)].
    Every term carries a factor yₖ, so when the network is confidently wrong
    (y of the correct class near 0) the gradient nearly vanishes: squared
    error learns slowly exactly where cross-entropy pushes hardest.  With a
    temperature T the chain rule adds a factor 1/T.
    """
    return squared_error_grad_through_softmax(softmax(z, temperature), t) / temperature


def squared_error_grad_through_softmax(y, t) -> np.ndarray:
    """The same gradient as ``softmax_squared_error_grad``, given y = softmax(z).

    For a probability vector that was typed in rather than computed from
    logits: the formula only needs y.
    """
    y = check.values("output y", y)
    t = check.values("target t", t)
    check.same_shape("output y", y, "target t", t)
    g = y - t
    return y * (g - np.sum(y * g, axis=-1, keepdims=True))


def sigmoid_cross_entropy_grad(z, t) -> np.ndarray:
    """∂E/∂z = p − t for binary cross-entropy of p = sigmoid(z)."""
    p = sigmoid(z)
    t = check.binary_target("label t", np.atleast_1d(t), p, "logit z")
    return p - t


def sigmoid_squared_error_grad(z, t) -> np.ndarray:
    """∂E/∂z = (p − t)·p·(1 − p) for E = ½ (p − t)² with p = sigmoid(z).

    The factor p(1 − p) vanishes at both ends, so a confidently wrong sigmoid
    output barely moves under squared error.
    """
    return squared_error_grad_through_sigmoid(sigmoid(z), t)


def squared_error_grad_through_sigmoid(p, t) -> np.ndarray:
    """The same gradient as ``sigmoid_squared_error_grad``, given p = sigmoid(z)."""
    p = check.probabilities("output p", np.atleast_1d(p))
    t = check.binary_target("label t", np.atleast_1d(t), p, "output p")
    return (p - t) * p * (1.0 - p)
