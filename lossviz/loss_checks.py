"""One place that turns bad input to the loss functions into a sentence.

``lossviz.losses`` (the seeds' losses) and ``lossviz.more_losses`` (KL
divergence, focal loss, multi-class hinge) check their arguments here, so
that each refusal names the argument in the same words: a wrong number is
never shown silently.  Every check raises ``ValueError``.  The parameters'
ranges (temperature, label smoothing ε, focal γ) live here too, so that the
functions and whatever sets them (a slider, a lesson file) share them.
"""

from __future__ import annotations

import math

import numpy as np

#: The softmax temperature T a lecture uses: y = softmax(z / T).  Any T > 0
#: is computed; this is the range a control offers.
TEMPERATURE_RANGE = (0.1, 10.0)
#: Label smoothing ε: t = (1 − ε)·onehot + ε/K.  Above 0.5 the correct class
#: would no longer get the largest share for K = 2.
SMOOTHING_RANGE = (0.0, 0.5)
#: The focal loss's γ; γ = 0 is cross-entropy.
FOCAL_GAMMA_RANGE = (0.0, 5.0)
#: The multi-class hinge's margin Δ (CS231n uses 1).  A negative margin would
#: reward a wrong class for coming close, so 0 is the least.
HINGE_MARGIN_RANGE = (0.0, math.inf)
#: How far a target distribution's sum may be from 1 (smoothed labels sum to
#: 1 only to rounding).
SUM_TOLERANCE = 1e-6


def values(name: str, x, *, allow_inf: bool = False) -> np.ndarray:
    """Return ``x`` as a float64 array of one sample or a batch, or raise."""
    try:
        arr = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be numbers: {exc}") from None
    if arr.ndim not in (1, 2):
        raise ValueError(
            f"{name} must be one sample (1-D) or a batch (2-D), "
            f"but has {arr.ndim} dimensions (shape {arr.shape})"
        )
    if arr.shape[-1] == 0 or arr.size == 0:
        raise ValueError(f"{name} is empty")
    if np.isfinite(arr).all():  # the usual case, one pass (the explorer checks on every slider move)
        return arr
    if np.isnan(arr).any():
        where = tuple(int(i) for i in np.argwhere(np.isnan(arr))[0])
        raise ValueError(f"{name} contains NaN at index {where if arr.ndim > 1 else where[0]}")
    if not allow_inf and np.isinf(arr).any():
        where = tuple(int(i) for i in np.argwhere(np.isinf(arr))[0])
        raise ValueError(f"{name} contains an infinite value at index {where if arr.ndim > 1 else where[0]}")
    return arr


def same_shape(a_name: str, a: np.ndarray, b_name: str, b: np.ndarray) -> None:
    if a.shape != b.shape:
        raise ValueError(f"{a_name} has shape {a.shape} but {b_name} has shape {b.shape}; they must match")


def probabilities(name: str, y) -> np.ndarray:
    arr = values(name, y)
    if (arr < 0).any():
        raise ValueError(f"{name} contains a negative value ({arr.min():g}); probabilities are never below 0")
    if (arr > 1).any():
        raise ValueError(f"{name} contains a value above 1 ({arr.max():g}); probabilities are never above 1")
    return arr


def _refuse_row(name: str, arr: np.ndarray, rows: np.ndarray, bad: np.ndarray, rule: str) -> None:
    if bad.size:
        sample = f" (sample {int(bad[0])})" if arr.ndim == 2 else ""
        raise ValueError(f"{name} must be {rule}{sample}, got {np.array2string(rows[bad[0]], precision=3, separator=', ')}")


def one_hot(name: str, t, like: np.ndarray, like_name: str, *, smoothed: bool = False) -> np.ndarray:
    """A one-hot target; with ``smoothed`` also a label-smoothed one,
    (1 − ε)·onehot + ε/K with ε in ``SMOOTHING_RANGE``."""
    arr = values(name, t)
    same_shape(like_name, like, name, arr)
    rows = arr.reshape(-1, arr.shape[-1])
    is_one_hot = ((rows == 0.0) | (rows == 1.0)).all(axis=1) & (rows.sum(axis=1) == 1.0)
    if not smoothed or is_one_hot.all():  # the usual case costs no more than before smoothing
        _refuse_row(name, arr, rows, np.flatnonzero(~is_one_hot), "one-hot: exactly one 1 and the rest 0")
        return arr
    k = rows.shape[1]
    top = rows.max(axis=1)
    share = (1.0 - top) / (k - 1) if k > 1 else np.zeros_like(top)  # ε/K
    expected = np.repeat(share[:, None], k, axis=1)
    np.put_along_axis(expected, rows.argmax(axis=1)[:, None], top[:, None], axis=1)
    epsilon = share * k
    fits = np.all(np.abs(rows - expected) <= 1e-12, axis=1) & (epsilon >= -1e-12)
    fits &= epsilon <= SMOOTHING_RANGE[1] + 1e-12
    _refuse_row(name, arr, rows, np.flatnonzero(~(is_one_hot | fits)),
                "one-hot (exactly one 1 and the rest 0) or label-smoothed, (1 − ε)·onehot + ε/K with ε from 0 to 0.5")
    return arr


def distribution(name: str, t, like: np.ndarray, like_name: str) -> np.ndarray:
    """A target distribution: probabilities that sum to 1 in every sample."""
    arr = probabilities(name, t)
    same_shape(like_name, like, name, arr)
    rows = arr.reshape(-1, arr.shape[-1])
    sums = rows.sum(axis=1)
    _refuse_row(name, arr, rows, np.flatnonzero(np.abs(sums - 1.0) > SUM_TOLERANCE),
                "a probability distribution that sums to 1")
    return arr


def binary_target(name: str, t, like: np.ndarray, like_name: str) -> np.ndarray:
    arr = values(name, t)
    same_shape(like_name, like, name, arr)
    if ((arr < 0) | (arr > 1)).any():
        raise ValueError(f"{name} must be a label between 0 and 1 (usually exactly 0 or 1)")
    return arr


def labels(given, n_classes: int, batch_shape: tuple[int, ...], name: str = "labels") -> np.ndarray:
    """Class indices, one per sample, each from 0 to n_classes − 1."""
    arr = np.asarray(given)
    if arr.dtype.kind == "f":
        if np.isnan(arr).any():
            raise ValueError(f"{name} contain NaN; a label is a class index such as 2")
        if not np.all(arr == np.round(arr)):
            raise ValueError(f"{name} must be whole class indices such as 2, not fractions")
        arr = arr.astype(np.int64)
    elif arr.dtype.kind not in "iub":
        raise ValueError(f"{name} must be class indices (integers), got {arr.dtype}")
    if arr.size != math.prod(batch_shape):
        raise ValueError(f"{name} must be one class index per sample ({math.prod(batch_shape)}), got {arr.size}")
    arr = arr.astype(np.int64).reshape(batch_shape)
    if ((arr < 0) | (arr >= n_classes)).any():
        bad = int(arr[(arr < 0) | (arr >= n_classes)].flat[0])
        raise ValueError(f"label {bad} is out of range: there are {n_classes} classes, 0 to {n_classes - 1}")
    return arr


def _number(name: str, value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {number}")
    return number


def temperature(value) -> float:
    """The softmax temperature T: any finite T > 0."""
    number = _number("temperature", value)
    if number <= 0:
        raise ValueError(f"temperature must be a positive number, got {number:g}")
    return number


def in_range(name: str, value, bounds: tuple[float, float]) -> float:
    """A parameter such as ε or γ, finite and within ``bounds`` inclusive."""
    number = _number(name, value)
    low, high = bounds
    if not low <= number <= high:
        limit = f"from {low:g} to {high:g}" if math.isfinite(high) else f"at least {low:g}"
        raise ValueError(f"{name} must be {limit}, got {number:g}")
    return number
