"""The losses a second lecture needs, beside the seeds' (plain numpy, no Qt).

KL divergence (the pair with label smoothing), focal loss and the
multi-class hinge of CS231n, each with its gradient with respect to the
logits z.  The conventions are those of ``lossviz.losses``: one sample is a
1-D array of K values, a batch a 2-D array (N, K) whose loss is the mean over
its N samples; a gradient is per sample (a batch gives one row per sample,
not divided by N); y = softmax(z / T) at temperature T; bad input raises
``ValueError`` naming the argument.

δ: cross-entropy in the app follows the seeds, −Σ tₖ log(yₖ + δ) with
δ = 10⁻⁷.  Focal loss does the same, so that at γ = 0 it is exactly
``losses.cross_entropy_error``.  KL divergence takes no δ: it is ≥ 0 and 0
only at t = y, which δ would spoil (at t = y it would be about −δ).  It
equals the exact cross-entropy minus the target's entropy,
KL = ``losses.cross_entropy_from_logits`` − ``entropy`` (from logits), or
``losses.cross_entropy_error(y, t, delta=0)`` − ``entropy`` (from y > 0).
The gradients, like ``losses.softmax_cross_entropy_grad`` (y − t), are those
of the exact losses, without δ.
"""

from __future__ import annotations

import numpy as np

from lossviz import loss_checks as check
from lossviz.losses import DELTA, log_softmax, softmax

__all__ = [
    "entropy",
    "kl_divergence",
    "kl_divergence_from_logits",
    "focal_loss",
    "multiclass_hinge",
    "softmax_kl_divergence_grad",
    "softmax_focal_loss_grad",
    "multiclass_hinge_grad",
]


def _t_log_t(t: np.ndarray) -> np.ndarray:
    """tₖ log tₖ with 0 log 0 = 0 (its limit)."""
    safe = np.where(t > 0, t, 1.0)
    return np.where(t > 0, t * np.log(safe), 0.0)


def entropy(t) -> float:
    """H(t) = −Σₖ tₖ log tₖ (0 log 0 = 0): 0 for a one-hot target, and more
    the more label smoothing spreads it.  A batch gives the mean."""
    t = check.probabilities("target t", t)
    return float(np.mean(-np.sum(_t_log_t(t), axis=-1)))


def kl_divergence(t, y) -> float:
    """KL(t ‖ y) = Σₖ tₖ log(tₖ / yₖ), 0 log 0 = 0: how far the output y is
    from the target distribution t.  Note the order: the target first.

    It equals cross-entropy minus the target's entropy, −Σ tₖ log yₖ − H(t):
    for a one-hot t (H = 0) it is cross-entropy itself, and with label
    smoothing it is what of cross-entropy the network can still reduce.  No
    δ (see the module's text); where yₖ = 0 but tₖ > 0 it is +∞, as it
    should be.  t must sum to 1 (one-hot, smoothed or any distribution); y
    is used as written, like in ``cross_entropy_error``, so KL ≥ 0 holds
    when y sums to 1 too.  A batch gives the mean.
    """
    y = check.probabilities("output y", y)
    t = check.distribution("target t", t, y, "output y")
    with np.errstate(divide="ignore", invalid="ignore"):  # 0 · log 0, then dropped
        cross = np.where(t > 0, t * np.log(y), 0.0)
    return float(np.mean(np.sum(_t_log_t(t) - cross, axis=-1)))


def kl_divergence_from_logits(z, t, temperature: float = 1.0) -> float:
    """KL(t ‖ softmax(z / T)) from the logits, by log-softmax: finite for any
    logits, and exactly ``cross_entropy_from_logits`` − ``entropy``."""
    logp = log_softmax(z, temperature)
    t = check.distribution("target t", t, logp, "logits z")
    return float(np.mean(np.sum(_t_log_t(t) - t * logp, axis=-1)))


def focal_loss(y, t, gamma: float = 2.0, delta: float = DELTA) -> float:
    """E = −Σₖ tₖ (1 − yₖ)^γ log(yₖ + δ), with γ from 0 to 5 (Lin et al. 2017).

    The factor (1 − yₖ)^γ turns down the loss of classes the network already
    gets right, so the badly wrong ones dominate.  γ = 0 is exactly
    ``cross_entropy_error``; for γ > 0 it is never above it (up to δ where
    yₖ > 1 − δ).  t is one-hot, smoothed or any distribution.  A batch gives
    the mean.
    """
    gamma = check.in_range("focal gamma", gamma, check.FOCAL_GAMMA_RANGE)
    y = check.probabilities("output y", y)
    t = check.distribution("target t", t, y, "output y")
    with np.errstate(divide="ignore", invalid="ignore"):  # 0 · log 0 if δ = 0, then dropped
        terms = np.where(t > 0, t * (1.0 - y) ** gamma * np.log(y + delta), 0.0)
    return float(np.mean(-np.sum(terms, axis=-1)))


def _hinge_margins(z, label, margin: float) -> tuple[np.ndarray, np.ndarray]:
    """zⱼ − z_label + Δ for every j, with the label's own entry set to 0."""
    margin = check.in_range("margin", margin, check.HINGE_MARGIN_RANGE)
    z = check.values("logits z", z)
    idx = check.labels(label, z.shape[-1], z.shape[:-1], name="label")
    correct = np.take_along_axis(z, idx[..., None], axis=-1)
    margins = z - correct + margin
    np.put_along_axis(margins, idx[..., None], 0.0, axis=-1)
    return margins, idx


def multiclass_hinge(z, label, margin: float = 1.0) -> float:
    """E = Σ_{j ≠ label} max(0, zⱼ − z_label + Δ), on the logits (Weston–Watkins;
    CS231n's multiclass SVM loss, Δ = 1).

    0 as soon as the correct logit beats every other by the margin Δ: unlike
    cross-entropy it then stops pushing.  ``label`` is the correct class's
    index (one per sample for a batch (N, K)); the temperature does not
    apply, as no softmax is taken.  A batch gives the mean.
    """
    margins, _ = _hinge_margins(z, label, margin)
    return float(np.mean(np.sum(np.maximum(margins, 0.0), axis=-1)))


# --------------------------------------------------------------------------
# Gradients with respect to the logits
# --------------------------------------------------------------------------

def softmax_kl_divergence_grad(z, t, temperature: float = 1.0) -> np.ndarray:
    """∂KL/∂zₖ = (yₖ − tₖ) / T with y = softmax(z / T): the cross-entropy's
    gradient, since the entropy H(t) does not depend on z."""
    y = softmax(z, temperature)
    t = check.distribution("target t", t, y, "logits z")
    return (y - t) / temperature


def softmax_focal_loss_grad(z, t, gamma: float = 2.0, temperature: float = 1.0) -> np.ndarray:
    """∂E/∂zⱼ of the focal loss of y = softmax(z / T) (exact, no δ).

    With aₖ = yₖ ∂E/∂yₖ = tₖ [γ yₖ (1 − yₖ)^(γ−1) log yₖ − (1 − yₖ)^γ], the
    softmax Jacobian gives ∂E/∂zⱼ = (aⱼ − yⱼ Σₖ aₖ) / T.  At γ = 0, aₖ = −tₖ
    and this is (y − t) / T, the cross-entropy's gradient.
    """
    gamma = check.in_range("focal gamma", gamma, check.FOCAL_GAMMA_RANGE)
    logp = log_softmax(z, temperature)
    t = check.distribution("target t", t, logp, "logits z")
    y = np.exp(logp)
    # 1 − y from log y keeps its digits when y is within rounding of 1.
    rest = -np.expm1(logp)
    # y (1 − y)^(γ−1) log y written as y (1 − y)^γ · log y / (1 − y); the
    # ratio tends to −1 as y → 1, where (1 − y)^(γ−1) alone may be ∞.
    ratio = np.divide(logp, rest, out=np.full_like(logp, -1.0), where=rest > 0)
    damping = rest**gamma
    a = t * (gamma * y * damping * ratio - damping)
    return (a - y * a.sum(axis=-1, keepdims=True)) / check.temperature(temperature)


def multiclass_hinge_grad(z, label, margin: float = 1.0) -> np.ndarray:
    """∂E/∂zⱼ of the multi-class hinge: 1 for each wrong class j still within
    the margin (zⱼ − z_label + Δ > 0), 0 for the others, and minus their
    count for the correct class.  At a kink (exactly 0) it takes 0, as
    CS231n's code does."""
    margins, idx = _hinge_margins(z, label, margin)
    grad = (margins > 0).astype(np.float64)
    np.put_along_axis(grad, idx[..., None], -grad.sum(axis=-1, keepdims=True), axis=-1)
    return grad
