"""The softmax chain in numbers, and ∂E/∂zₖ derived step by step (no Qt).

From the logits to the loss, as the tutorials write it (seed 001 derives
∂E/∂zₖ = yₖ − tₖ; it writes u for z and L for E):

    zₖ  →  e^zₖ  →  Σ = Σⱼ e^zⱼ  →  yₖ = e^zₖ / Σ  →  E(y, t)

``chain_of(readout)`` gives every number of that chain for every class (in
binary mode the sigmoid's: z, e^−z, 1 + e^−z, p = 1 / (1 + e^−z), t), and
``derivation_of(readout, k)`` the chain rule for one logit zₖ with the current
numbers:

    ∂E/∂zₖ = Σⱼ ∂E/∂yⱼ · ∂yⱼ/∂zₖ,   ∂yⱼ/∂zₖ = yⱼ(δⱼₖ − yₖ)

for cross-entropy (∂E/∂yⱼ = −tⱼ / yⱼ, which sums to yₖ − tₖ) and for the sum
of squared error (∂E/∂yⱼ = yⱼ − tⱼ), whose Jacobian factors yⱼ(δⱼₖ − yₖ) all
shrink towards 0 as y saturates.

e^zₖ is shown as the tutorials write it, not shifted by max z: every number
is written from its exponent (``exp_text``), so e^1000 reads 1.97 × 10⁴³⁴
instead of overflowing, and yₖ = e^(zₖ − log Σ) is as exact as the softmax.

At a temperature T ≠ 1 (``ExplorerState.temperature``) the softmax takes
z / T: the chain's exponentials are e^(zₖ/T) and every ∂yⱼ/∂zₖ carries a
factor 1/T (``scaled_z``, ``SoftmaxDerivation.temperature``).

A typed probability vector has no logits: the chain's z, e^z and Σ are then
None and ``no_logits`` says why (a vector summing to 1 is the softmax of
zₖ = log yₖ + c for any constant c; nothing more is known of its logits).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

import numpy as np

from lossviz.explorer import Mode, Readout

#: The width of the numbers the chain shows: 4 decimals, as the sliders'
#: probabilities; scientific (× 10ⁿ, as the read-out's ``format_value``)
#: below SMALLEST, where 4 decimals would keep one digit or none (e^−7 is
#: 0.000912), or from LARGEST on, where they would take too much room.
DECIMALS = 4
SMALLEST = 1e-3
LARGEST = 1e5
#: e^x is computed as a float up to this |x| (e^709 is the largest double);
#: beyond, its text is written from the exponent alone.
EXP_LIMIT = 700.0
NO_VALUE = "—"

_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_LN10 = math.log(10.0)


class NoLogits(str, Enum):
    """Why a typed vector's chain has no logits, and what can honestly be said."""

    LOG_Y = "log-y"  # sums to 1, none 0: the softmax of zₖ = log yₖ + c, any c
    LOGIT_OF_P = "logit-of-p"  # binary, 0 < p < 1: the sigmoid of z = log(p / (1 − p))
    INFINITE = "infinite"  # a 0 (or a p of 1): only an infinite logit would give it
    NOT_SUMMING_TO_ONE = "not-summing-to-one"  # Σ y ≠ 1: no softmax gives it


# --------------------------------------------------------------------------
# Numbers as text
# --------------------------------------------------------------------------

def number_text(value: float | None, decimals: int = DECIMALS) -> str:
    """A number of the chain: ``decimals`` decimals, or d.dd × 10ⁿ when
    below 10⁻³ or from 10⁵ on; − as the minus sign; None as —."""
    if value is None:
        return NO_VALUE
    value = float(value)
    if math.isnan(value):
        return NO_VALUE
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == 0:
        return f"{0.0:.{decimals}f}"
    if SMALLEST <= abs(value) < LARGEST:
        return f"{value:.{decimals}f}".replace("-", "−")
    return _scientific(math.log10(abs(value)), negative=value < 0)


def exp_text(exponent: float, decimals: int = DECIMALS) -> str:
    """e^exponent as ``number_text`` writes it, for any finite exponent:
    beyond the range of a float the mantissa and power of ten come from
    the exponent itself (e^1000 = 1.97 × 10⁴³⁴, e^−1000 = 5.08 × 10⁻⁴³⁵)."""
    if abs(exponent) <= EXP_LIMIT:
        return number_text(math.exp(exponent), decimals)
    return _scientific(exponent / _LN10, negative=False)


def _scientific(log10: float, negative: bool) -> str:
    power = math.floor(log10)
    mantissa = 10.0 ** (log10 - power)
    if round(mantissa, 2) >= 10.0:  # 9.996 would read 10.00 × 10ⁿ
        mantissa, power = mantissa / 10.0, power + 1
    sign = "−" if negative else ""
    return f"{sign}{mantissa:.2f} × 10{str(power).translate(_SUPERSCRIPTS)}"


# --------------------------------------------------------------------------
# The chain
# --------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class SoftmaxChain:
    """zₖ, e^zₖ, Σⱼ e^zⱼ, yₖ = e^zₖ / Σ and tₖ for every class k."""

    z: np.ndarray | None  # the logits; None for a typed vector
    #: log Σⱼ e^(zⱼ/T): the sum by its exponent, finite for any logits (None: typed)
    log_total: float | None
    y: np.ndarray
    t: np.ndarray
    target: int
    no_logits: NoLogits | None  # why z is None
    #: The softmax temperature T: the exponentials are e^(zₖ/T).
    temperature: float = 1.0

    @property
    def scaled_z(self) -> np.ndarray | None:
        """zₖ / T, what the exponentials take (z itself at T = 1)."""
        if self.z is None:
            return None
        return self.z if self.temperature == 1.0 else self.z / self.temperature

    @property
    def exp_z(self) -> np.ndarray | None:
        """e^(zₖ/T) as floats (∞ or 0 beyond a float's range: the texts are exact)."""
        return None if self.z is None else np.exp(self.scaled_z)

    @property
    def total(self) -> float | None:
        """Σⱼ e^zⱼ as a float."""
        if self.log_total is None:
            return None
        return math.exp(self.log_total) if self.log_total <= 709.0 else math.inf

    @property
    def y_sum(self) -> float:
        return math.fsum(self.y)

    def row_texts(self, k: int) -> tuple[str, str, str, str]:
        """What class k's row shows: zₖ, e^(zₖ/T), yₖ, tₖ."""
        if self.z is None:
            return NO_VALUE, NO_VALUE, number_text(self.y[k]), number_text(self.t[k])
        return number_text(self.z[k]), exp_text(self.scaled_z[k]), number_text(self.y[k]), number_text(self.t[k])

    def headers(self) -> tuple[str, str, str, str]:
        """The columns' headers as rich text: e^zₖ, or e^(zₖ/T) at a temperature."""
        exponent = "z<sub>k</sub>" if self.temperature == 1.0 else f"z<sub>k</sub>/{self.temperature:g}"
        e = f"e<sup>{exponent}</sup>"
        return "z<sub>k</sub>", e, f"y<sub>k</sub> = {e} / Σ", "t<sub>k</sub>"

    def sum_texts(self) -> tuple[str, str, str]:
        """The sums under the columns: Σⱼ e^zⱼ, Σ y, Σ t."""
        total = NO_VALUE if self.log_total is None else exp_text(self.log_total)
        return total, number_text(self.y_sum), number_text(math.fsum(self.t))


@dataclass(frozen=True, eq=False)
class SigmoidChain:
    """z, e^−z, 1 + e^−z, p = 1 / (1 + e^−z) and the label t of one sigmoid output."""

    z: float | None  # None for a typed p
    p: float
    t: int
    no_logits: NoLogits | None

    @property
    def log_denominator(self) -> float | None:
        """log(1 + e^−z), stable for any z."""
        return None if self.z is None else float(np.logaddexp(0.0, -self.z))

    def texts(self) -> tuple[str, str, str, str, str]:
        """z, e^−z, 1 + e^−z, p, t as shown."""
        if self.z is None:
            return NO_VALUE, NO_VALUE, NO_VALUE, number_text(self.p), str(self.t)
        return (number_text(self.z), exp_text(-self.z), exp_text(self.log_denominator),
                number_text(self.p), str(self.t))


def softmax_chain(readout: Readout) -> SoftmaxChain:
    state = readout.state
    if state.mode is not Mode.MULTICLASS:
        raise ValueError("softmax_chain needs a multiclass readout; use sigmoid_chain in binary mode")
    y, t = readout.y, readout.t
    if state.entered is not None:
        return SoftmaxChain(None, None, y, t, state.target, _why_no_logits(y), state.temperature)
    z = np.asarray(state.logits, dtype=np.float64)
    temperature = state.temperature
    scaled = z if temperature == 1.0 else z / temperature
    peak = float(scaled.max())
    log_total = peak + math.log(float(np.exp(scaled - peak).sum()))
    return SoftmaxChain(z, log_total, y, t, state.target, None, temperature)


def sigmoid_chain(readout: Readout) -> SigmoidChain:
    state = readout.state
    if state.mode is not Mode.BINARY:
        raise ValueError("sigmoid_chain needs a binary readout; use softmax_chain for several classes")
    p = float(readout.y[1])
    if state.entered is not None:
        why = NoLogits.LOGIT_OF_P if 0.0 < p < 1.0 else NoLogits.INFINITE
        return SigmoidChain(None, p, state.target, why)
    return SigmoidChain(float(state.logits[0]), p, state.target, None)


def chain_of(readout: Readout) -> SoftmaxChain | SigmoidChain:
    """The chain of whatever the readout shows: softmax, or sigmoid in binary mode."""
    return sigmoid_chain(readout) if readout.state.mode is Mode.BINARY else softmax_chain(readout)


def _why_no_logits(y: np.ndarray) -> NoLogits:
    if abs(math.fsum(y) - 1.0) > 1e-6:
        return NoLogits.NOT_SUMMING_TO_ONE
    return NoLogits.INFINITE if np.any(y == 0) else NoLogits.LOG_Y


# --------------------------------------------------------------------------
# ∂E/∂zₖ step by step
# --------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class SoftmaxDerivation:
    """∂E/∂zₖ = Σⱼ ∂E/∂yⱼ · ∂yⱼ/∂zₖ for one class k, term by term.

    Computed from y and t alone, as the explorer's gradients are: for a
    typed y the same formulas are applied to y as written.  At a
    temperature T, y = softmax(z / T) and every ∂yⱼ/∂zₖ carries 1/T."""

    k: int
    y: np.ndarray
    t: np.ndarray
    #: ∂yⱼ/∂zₖ = yⱼ(δⱼₖ − yₖ) / T for every j: the softmax Jacobian's column k.
    #: At most ¼ / T in size, and near 0 for every j once y saturates.
    jacobian: np.ndarray
    #: Cross-entropy E = −Σⱼ tⱼ log yⱼ: ∂E/∂yⱼ = −tⱼ / yⱼ (0 where tⱼ = 0).
    ce_dE_dy: np.ndarray
    #: ∂E/∂yⱼ · ∂yⱼ/∂zₖ = −tⱼ(δⱼₖ − yₖ): the yⱼ cancels, so this is exact
    #: even where yⱼ is 0 and −tⱼ / yⱼ infinite.
    ce_terms: np.ndarray
    #: Squared error E = ½ Σⱼ (yⱼ − tⱼ)²: ∂E/∂yⱼ = yⱼ − tⱼ.
    sse_dE_dy: np.ndarray
    sse_terms: np.ndarray
    temperature: float = 1.0

    @property
    def ce_grad(self) -> float:
        """Σⱼ of the cross-entropy terms: (yₖ − tₖ) / T (t sums to 1)."""
        return math.fsum(self.ce_terms)

    @property
    def ce_closed_form(self) -> tuple[float, float]:
        """(yₖ, tₖ): the shortcut seed 001 derives, ∂E/∂zₖ = yₖ − tₖ
        (divided by T at a temperature)."""
        return float(self.y[self.k]), float(self.t[self.k])

    @property
    def sse_grad(self) -> float:
        return math.fsum(self.sse_terms)


@dataclass(frozen=True, eq=False)
class SigmoidDerivation:
    """∂E/∂z = ∂E/∂p · ∂p/∂z for the sigmoid p = 1 / (1 + e^−z)."""

    p: float
    t: int
    dp_dz: float  # p(1 − p): at most ¼, near 0 at both ends
    #: Binary cross-entropy E = −[t log p + (1 − t) log(1 − p)]:
    #: ∂E/∂p = −t / p + (1 − t) / (1 − p)
    bce_dE_dp: float
    #: Squared error E = ½ (p − t)²: ∂E/∂p = p − t
    sse_dE_dp: float

    @property
    def bce_grad(self) -> float:
        """p − t: the p(1 − p) cancels (computed so, exact at p = 0 or 1)."""
        return self.p - self.t

    @property
    def sse_grad(self) -> float:
        return self.sse_dE_dp * self.dp_dz


def softmax_derivation(y, t, k: int, temperature: float = 1.0) -> SoftmaxDerivation:
    """The derivation for class k of outputs y = softmax(z / T) and target t (1-D, same length)."""
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    if y.ndim != 1 or y.shape != t.shape:
        raise ValueError(f"y and t must be two vectors of the same length, got shapes {y.shape} and {t.shape}")
    if not 0 <= k < len(y):
        raise ValueError(f"class {k} is out of range 0 to {len(y) - 1}")
    delta = np.zeros_like(y)
    delta[k] = 1.0  # δⱼₖ
    jacobian = y * (delta - y[k]) / temperature
    with np.errstate(divide="ignore", invalid="ignore"):
        ce_dE_dy = np.where(t == 0, 0.0, -t / y)
    ce_terms = -t * (delta - y[k]) / temperature
    sse_dE_dy = y - t
    return SoftmaxDerivation(k, y, t, jacobian, ce_dE_dy, ce_terms, sse_dE_dy, sse_dE_dy * jacobian, float(temperature))


def sigmoid_derivation(p: float, t: int) -> SigmoidDerivation:
    p, t = float(p), int(t)
    if t not in (0, 1):
        raise ValueError(f"the label t must be 0 or 1, got {t}")
    # Only one of the two terms is there for a 0/1 label; an end of (0, 1) makes it infinite.
    if t == 1:
        bce = -1.0 / p if p > 0 else -math.inf
    else:
        bce = 1.0 / (1.0 - p) if p < 1 else math.inf
    return SigmoidDerivation(p, t, p * (1.0 - p), bce, p - t)


def derivation_of(readout: Readout, k: int | None = None) -> SoftmaxDerivation | SigmoidDerivation:
    """The derivation for class k (default: the correct class) of the readout;
    in binary mode the sigmoid's, k ignored."""
    if readout.state.mode is Mode.BINARY:
        return sigmoid_derivation(readout.y[1], readout.state.target)
    return softmax_derivation(readout.y, readout.t, readout.state.target if k is None else k, readout.state.temperature)
