"""What the loss explorer shows, computed from what the user set (no Qt).

``ExplorerState`` is everything the user controls: the mode, the number of
classes, the logits (one per class, or one for a sigmoid), the correct class,
and optionally a probability vector typed in or loaded from a seed example,
which is then used exactly as written.  ``evaluate(state)`` turns it into a
``Readout``: the outputs y, the one-hot target t, every loss and both
gradients.  The window only presents a Readout, so everything it shows can
be tested here without a display.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

import numpy as np

from lossviz import losses, more_losses
from lossviz.messages import QT_TRANSLATE_NOOP, Message

MIN_CLASSES = 2
MAX_CLASSES = 10
DEFAULT_CLASSES = 10
#: Logit range of the sliders.  ±10 already reaches probabilities within
#: 10⁻⁸ of 0 and 1; a wider range would only make the slider coarser.
LOGIT_MIN = -10.0
LOGIT_MAX = 10.0
#: How far a typed vector's sum may be from 1 before the window warns.
SUM_TOLERANCE = 1e-6
#: The cross-entropy's δ moves the read-out visibly away from −log y once
#: the shift reaches half the last digit of the curve's annotation (4 decimals).
DELTA_VISIBLE_SHIFT = 5e-5
#: −log δ, the highest value the seeds' −log(y + δ) can reach (≈ 16.118).
CROSS_ENTROPY_CAP = -math.log(losses.DELTA)


class Mode(str, Enum):
    MULTICLASS = "multiclass"  # K softmax outputs, a one-hot target
    BINARY = "binary"  # one sigmoid output p, a 0/1 label


@dataclass(frozen=True)
class ExplorerState:
    mode: Mode = Mode.MULTICLASS
    n_classes: int = DEFAULT_CLASSES
    #: One logit per class (multiclass), or the single logit (binary).
    logits: tuple[float, ...] = (0.0,) * DEFAULT_CLASSES
    #: The correct class (multiclass) or the label 0/1 (binary).
    target: int = 0
    #: Probabilities set directly (typed, or a seed's vector), used as written
    #: even if they do not sum to 1; None while the sliders' logits drive y.
    entered: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        expected = self.n_classes if self.mode is Mode.MULTICLASS else 1
        if len(self.logits) != expected:
            raise ValueError(f"{self.mode.value} state needs {expected} logits, got {len(self.logits)}")
        if self.entered is not None and len(self.entered) != expected:
            raise ValueError(f"{self.mode.value} state needs {expected} probabilities, got {len(self.entered)}")
        labels = self.n_classes if self.mode is Mode.MULTICLASS else 2
        if not 0 <= self.target < labels:
            raise ValueError(f"target {self.target} is out of range 0 to {labels - 1}")

    # Transitions.  Each returns a new state; the window keeps the newest.

    def with_logit(self, index: int, value: float) -> ExplorerState:
        """A slider moved: logits drive y again (a typed vector is dropped)."""
        logits = list(self.logits)
        logits[index] = clamp_logit(value)
        return replace(self, logits=tuple(logits), entered=None)

    def with_target(self, target: int) -> ExplorerState:
        return replace(self, target=int(target))

    def with_n_classes(self, n: int) -> ExplorerState:
        """Keep the first logits, add neutral ones, keep the target in range."""
        if not MIN_CLASSES <= n <= MAX_CLASSES:
            raise ValueError(f"the number of classes must be {MIN_CLASSES} to {MAX_CLASSES}, got {n}")
        if self.mode is Mode.BINARY:
            return replace(self, n_classes=n)
        logits = (tuple(self.logits) + (0.0,) * n)[:n]
        return ExplorerState(Mode.MULTICLASS, n, logits, min(self.target, n - 1), None)

    def with_mode(self, mode: Mode) -> ExplorerState:
        if mode is self.mode:
            return self
        if mode is Mode.BINARY:
            return ExplorerState(Mode.BINARY, self.n_classes, (0.0,), min(self.target, 1), None)
        n = self.n_classes
        return ExplorerState(Mode.MULTICLASS, n, (0.0,) * n, min(self.target, n - 1), None)

    def with_entered(self, probabilities) -> ExplorerState:
        """Use these probabilities as written; move the sliders to match them."""
        probs = tuple(float(p) for p in probabilities)
        return replace(self, entered=probs, logits=logits_for(probs, self.mode))

    def renormalised(self) -> ExplorerState:
        if self.entered is None:
            return self
        total = math.fsum(self.entered)
        return self.with_entered(p / total for p in self.entered)

    def reset(self) -> ExplorerState:
        """Every logit 0: the untrained network's uniform answer."""
        return replace(self, logits=(0.0,) * len(self.logits), entered=None)


def clamp_logit(value: float) -> float:
    return min(LOGIT_MAX, max(LOGIT_MIN, float(value)))


def logits_for(probabilities, mode: Mode) -> tuple[float, ...]:
    """Slider positions that reproduce these probabilities as nearly as the
    slider range allows: log y (softmax is unchanged by adding a constant,
    so the largest is put at 0), or the logit log(p / (1 − p)) of a sigmoid."""
    p = np.asarray(probabilities, dtype=np.float64)
    with np.errstate(divide="ignore"):
        if mode is Mode.BINARY:
            z = np.log(p) - np.log1p(-p)
        else:
            z = np.log(p / p.sum())
            z = z - z.max()
    return tuple(clamp_logit(v) for v in np.nan_to_num(z, nan=0.0, neginf=LOGIT_MIN, posinf=LOGIT_MAX))


@dataclass(frozen=True)
class LossValue:
    key: str  # the function's name in lossviz.losses (or lossviz.more_losses)
    value: float | None  # None where it does not apply (no logits for typed y)


@dataclass(frozen=True)
class Readout:
    """Everything the explorer shows for one state."""

    state: ExplorerState
    y: np.ndarray  # probabilities per class (binary: (1 − p, p))
    t: np.ndarray  # one-hot target per class
    losses: tuple[LossValue, ...]
    #: ∂E/∂z per logit for cross-entropy (y − t) and for the squared error.
    grad_cross_entropy: np.ndarray
    grad_squared_error: np.ndarray

    @property
    def y_correct(self) -> float:
        """The probability the network gives the correct class."""
        return float(self.y[int(np.argmax(self.t))])

    @property
    def total(self) -> float:
        """Σ y, which is 1 unless a vector was typed that does not sum to 1."""
        return math.fsum(self.y) if self.state.mode is Mode.MULTICLASS else 1.0

    @property
    def sums_to_one(self) -> bool:
        return abs(self.total - 1.0) <= SUM_TOLERANCE

    @property
    def gradients_defined(self) -> bool:
        """Whether ∂E/∂z means anything here.  A typed vector that does not
        sum to 1 is no softmax of any logits, so there is no z to move; one
        that does has logits log y (up to a constant), and a typed sigmoid
        output p has the logit log(p / (1 − p))."""
        return self.state.mode is Mode.BINARY or self.state.entered is None or self.sums_to_one

    @property
    def exact_cross_entropy(self) -> float:
        """−log y of the correct class without δ: what the −log y curve and
        the from-logits loss show (∞ at y = 0)."""
        y = self.y_correct
        return float(-math.log(y)) if y > 0 else math.inf

    @property
    def delta_shift(self) -> float:
        """How far δ moves the cross-entropy read-out below −log y: the
        seeds' −log(y + δ) (binary: p clipped to [δ, 1 − δ]) against the
        exact value.  Tiny unless y is near 0, where δ caps the loss near
        −log δ ≈ 16.1 while −log y grows without bound."""
        return self.exact_cross_entropy - self.capped_cross_entropy

    @property
    def capped_cross_entropy(self) -> float:
        """The cross-entropy the read-out shows, with the seeds' δ."""
        return self.loss("binary_cross_entropy" if self.state.mode is Mode.BINARY else "cross_entropy_error")

    @property
    def delta_shows(self) -> bool:
        """Whether δ changes a digit the screen shows: the −log y
        annotation has 4 decimals, so a shift of half its last digit."""
        return self.delta_shift >= DELTA_VISIBLE_SHIFT

    def loss(self, key: str) -> float | None:
        extra = self.more_losses if key in _MORE_LOSS_KEYS else ()
        for item in (*self.losses, *extra):
            if item.key == key:
                return item.value
        raise KeyError(key)

    @cached_property
    def more_losses(self) -> tuple[LossValue, ...]:
        """KL divergence, focal loss (γ = 2) and the multi-class hinge (Δ = 1)
        of a softmax state, computed when first asked for (``loss(key)`` asks),
        so that a slider's move does not pay for them.  Typed y has no logits:
        the hinge is then None."""
        if self.state.mode is Mode.BINARY:
            return ()
        z = None if self.state.entered is not None else np.asarray(self.state.logits, dtype=np.float64)
        return (
            LossValue("kl_divergence", more_losses.kl_divergence(self.t, self.y)),
            LossValue("focal_loss", more_losses.focal_loss(self.y, self.t)),
            LossValue("multiclass_hinge", None if z is None else more_losses.multiclass_hinge(z, self.state.target)),
        )

    @cached_property
    def more_gradients(self) -> dict[str, np.ndarray | None]:
        """∂E/∂z per logit for each of ``more_losses`` by its key; None for a
        typed y (no logits) and in binary mode."""
        if self.state.mode is Mode.BINARY or self.state.entered is not None:
            return dict.fromkeys(_MORE_LOSS_KEYS)
        z = np.asarray(self.state.logits, dtype=np.float64)
        return {
            "kl_divergence": more_losses.softmax_kl_divergence_grad(z, self.t),
            "focal_loss": more_losses.softmax_focal_loss_grad(z, self.t),
            "multiclass_hinge": more_losses.multiclass_hinge_grad(z, self.state.target),
        }


_MORE_LOSS_KEYS = ("kl_divergence", "focal_loss", "multiclass_hinge")


def evaluate(state: ExplorerState) -> Readout:
    if state.mode is Mode.BINARY:
        return _evaluate_binary(state)
    z = np.asarray(state.logits, dtype=np.float64)
    t = losses.one_hot(state.target, state.n_classes)
    if state.entered is None:
        y = losses.softmax(z)
        from_logits = losses.cross_entropy_from_logits(z, t)
        grad_ce = losses.softmax_cross_entropy_grad(z, t)
    else:
        # A typed vector has no logits: the gradient formulas are applied to
        # y as written, and the from-logits loss is not defined.
        y = np.asarray(state.entered, dtype=np.float64)
        from_logits = None
        grad_ce = y - t
    values = (
        LossValue("sum_squared_error", losses.sum_squared_error(y, t)),
        LossValue("mean_squared_error", losses.mean_squared_error(y, t)),
        LossValue("cross_entropy_error", losses.cross_entropy_error(y, t)),
        LossValue("sparse_cross_entropy_error", losses.sparse_cross_entropy_error(y, state.target)),
        LossValue("cross_entropy_from_logits", from_logits),
    )
    grad_sse = losses.squared_error_grad_through_softmax(y, t)
    return Readout(state, y, t, values, grad_ce, grad_sse)


def _evaluate_binary(state: ExplorerState) -> Readout:
    z = np.asarray(state.logits, dtype=np.float64)
    label = np.array([float(state.target)])
    if state.entered is None:
        p = losses.sigmoid(z)
        from_logit = losses.binary_cross_entropy_from_logits(z, label)
    else:
        p = np.asarray(state.entered, dtype=np.float64)
        from_logit = None
    values = (
        LossValue("binary_cross_entropy", losses.binary_cross_entropy(p, label)),
        LossValue("binary_cross_entropy_from_logits", from_logit),
        LossValue("sum_squared_error", losses.sum_squared_error(p, label)),
    )
    y = np.array([1.0 - p[0], p[0]])
    t = losses.one_hot(state.target, 2)
    grad_ce = p - label
    grad_sse = losses.squared_error_grad_through_sigmoid(p, label)
    return Readout(state, y, t, values, grad_ce, grad_sse)


# --------------------------------------------------------------------------
# Typed probability vectors
# --------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s,;、，､]+")
#: After NFKC, what a Japanese input method in kana mode still types for
#: the decimal point: the ideographic full stop 。 (０。１ for ０．１).
_KANA_POINT = str.maketrans({"。": "."})
_OPENING = re.compile(r"(np\.)?(array)?[\s\[\(]*")
#: Far longer than ten probabilities however written; longer text is
#: refused before it is read.
MAX_VECTOR_CHARS = 10_000


def _unwrapped(text: str) -> str:
    """``text`` without a pasted list's or np.array's brackets around it.

    Each end is trimmed in one pass: a regex anchored at the end (``\\s*$``)
    would be retried from every blank in the middle, quadratic in the blanks.
    """
    start = _OPENING.match(text).end()
    end = len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in "])"):
        end -= 1
    return text[start:end]


def parse_probabilities(text: str, expected_count: int) -> tuple[float, ...]:
    """Read a typed or pasted probability vector such as ``0.1, 0.05, 0.6``.

    Accepts commas, spaces, semicolons (and the Japanese 、 ，), percentages
    (``10%`` is 0.1), and the brackets of a pasted Python list or
    ``np.array([...])``; full-width digits and punctuation, as a Japanese or
    Korean input method types them (``０．１、０．０５``, ``１０％``, and the
    ``０。１`` of kana mode), are read as their ASCII forms (NFKC).  Values need not
    sum to 1 (the seeds' own do not always); anything that is not a
    probability vector of the expected length raises ValueError with a
    message for the user.
    """
    if len(text) > MAX_VECTOR_CHARS:
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "The text is too long ({length} characters); type at most {limit}"),
                       length=len(text), limit=MAX_VECTOR_CHARS)
    body = _unwrapped(unicodedata.normalize("NFKC", text).translate(_KANA_POINT))
    tokens = _with_percent_signs([tok for tok in _SEPARATORS.split(body) if tok])
    if not tokens:
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "Type {count} probabilities separated by commas, e.g. 0.1, 0.05, 0.6"),
                       count=expected_count)
    values = []
    for tok in tokens:
        try:
            value = _number(tok)
        except ValueError:
            raise _refusal(QT_TRANSLATE_NOOP("explorer", "“{token}” is not a number"), token=tok) from None
        if not math.isfinite(value):
            raise _refusal(QT_TRANSLATE_NOOP("explorer", "“{token}” is not a finite number"), token=tok)
        if value < 0:
            raise _refusal(QT_TRANSLATE_NOOP("explorer", "{token} is negative; a probability is between 0 and 1"), token=tok)
        if value > 1:
            raise _refusal(QT_TRANSLATE_NOOP("explorer", "{token} is above 1; a probability is between 0 and 1"), token=tok)
        values.append(value)
    if len(values) != expected_count:
        template = (QT_TRANSLATE_NOOP("explorer", "Expected 1 value, but got {got}") if expected_count == 1
                    else QT_TRANSLATE_NOOP("explorer", "Expected {count} values, one per class, but got {got}"))
        raise _refusal(template, count=expected_count, got=len(values))
    if expected_count > 1 and not any(values):
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "All values are 0; at least one class needs a probability above 0"))
    return tuple(values)


def _with_percent_signs(tokens: list[str]) -> list[str]:
    """A per cent sign set apart (``10 %``) joined to its number."""
    joined: list[str] = []
    for tok in tokens:
        if tok == "%" and joined and not joined[-1].endswith("%"):
            joined[-1] += tok
        else:
            joined.append(tok)
    return joined


def _number(token: str) -> float:
    """One typed value: ``0.1``, ``1e-2``, or a percentage ``10%`` (0.1)."""
    token = token.replace("−", "-")
    if token.endswith("%"):
        return float(token[:-1]) / 100
    return float(token)


def _refusal(template: str, **values) -> ValueError:
    """Why a typed vector is refused, translatable by the window (lossviz.messages)."""
    return ValueError(Message("explorer", template, **values))


def format_value(value: float | None) -> str:
    """A loss as the read-out shows it: 6 decimals, or scientific when tiny."""
    if value is None:
        return "n/a"
    if value != 0 and abs(value) < 1e-4:
        mantissa, exponent = f"{value:.2e}".split("e")
        return f"{mantissa.replace('-', '−')} × 10{_superscript(int(exponent))}"
    return f"{value:.6f}".replace("-", "−")


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPTS)


def prediction_state(logits, label: int) -> ExplorerState:
    """The explorer showing a classifier's answer for one example: its
    output logits z on the sliders, its true label as the correct class.

    Softmax, its cross-entropy and both gradients are unchanged when every
    logit moves by the same constant, so logits outside the sliders' range
    are moved by the least constant that brings them in (``logit_shift``)
    and drive the explorer exactly, "from logits" included.  Logits spread
    wider than the range cannot all be placed: the largest goes to
    LOGIT_MAX, those below LOGIT_MIN to the slider's end, and the exact
    softmax output is used as written, so the losses and plots stay the
    network's own."""
    z = np.asarray(logits, dtype=np.float64)
    n = len(z)
    shifted = z - logit_shift(z)
    # The clip only trims rounding (10 + 1e-15): the lesson file checks the range exactly.
    placed = tuple(float(v) for v in np.clip(shifted, LOGIT_MIN, LOGIT_MAX))
    if shifted.min() >= LOGIT_MIN - 1e-9:
        return ExplorerState(Mode.MULTICLASS, n, placed, int(label))
    return ExplorerState(Mode.MULTICLASS, n, placed, int(label), tuple(float(p) for p in losses.softmax(z)))


def logit_shift(logits) -> float:
    """The constant ``prediction_state`` subtracts from the logits: 0 when
    they fit the sliders, else the least that fits them, or, when they are
    spread wider than the sliders, the one that puts the largest at LOGIT_MAX."""
    z = np.asarray(logits, dtype=np.float64)
    lowest, highest = float(z.max()) - LOGIT_MAX, float(z.min()) - LOGIT_MIN  # the shifts that fit all of them
    if lowest > highest:
        return lowest
    return min(max(0.0, lowest), highest)
