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
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

import numpy as np

from lossviz import loss_checks, losses, more_losses
from lossviz.typed_vectors import MAX_VECTOR_CHARS, parse_logits, parse_probabilities

__all__ = ["MAX_VECTOR_CHARS", "parse_logits", "parse_probabilities"]  # read here before lossviz.typed_vectors existed

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


#: The losses a second lecture adds (lossviz.more_losses), in the order the
#: read-out lists them; each is shown only when the user turns it on.
MORE_LOSS_KEYS = ("kl_divergence", "focal_loss", "multiclass_hinge")
#: Off: the softmax and the one-hot target of the seeds.
NO_TEMPERATURE = 1.0
NO_SMOOTHING = 0.0
DEFAULT_FOCAL_GAMMA = 2.0
#: The teacher's settings, which a new sample (a digit, a drawing, a worked
#: example's row) keeps (``ExplorerState.with_settings_of``).
LECTURE_SETTINGS = ("temperature", "smoothing", "focal_gamma", "more_losses")


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
    #: The softmax temperature T, y = softmax(z / T); 1 is the seeds' softmax.
    #: Label smoothing ε, t = (1 − ε)·onehot + ε/K; 0 is the one-hot target.
    #: Both are the softmax's: binary mode keeps them for later and ignores them.
    temperature: float = NO_TEMPERATURE
    smoothing: float = NO_SMOOTHING
    #: The focal loss's γ, and which of MORE_LOSS_KEYS the user turned on.
    focal_gamma: float = DEFAULT_FOCAL_GAMMA
    more_losses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        expected = self.n_classes if self.mode is Mode.MULTICLASS else 1
        if len(self.logits) != expected:
            raise ValueError(f"{self.mode.value} state needs {expected} logits, got {len(self.logits)}")
        if self.entered is not None and len(self.entered) != expected:
            raise ValueError(f"{self.mode.value} state needs {expected} probabilities, got {len(self.entered)}")
        labels = self.n_classes if self.mode is Mode.MULTICLASS else 2
        if not 0 <= self.target < labels:
            raise ValueError(f"target {self.target} is out of range 0 to {labels - 1}")
        if self.temperature != NO_TEMPERATURE:  # the usual state pays for no checks on a slider's move
            loss_checks.in_range("temperature", self.temperature, loss_checks.TEMPERATURE_RANGE)
        if self.smoothing != NO_SMOOTHING:
            loss_checks.in_range("label smoothing epsilon", self.smoothing, loss_checks.SMOOTHING_RANGE)
        if self.focal_gamma != DEFAULT_FOCAL_GAMMA:
            loss_checks.in_range("focal gamma", self.focal_gamma, loss_checks.FOCAL_GAMMA_RANGE)
        if self.more_losses and tuple(k for k in MORE_LOSS_KEYS if k in self.more_losses) != self.more_losses:
            raise ValueError(f"more_losses must be some of {MORE_LOSS_KEYS}, in that order, once each; got {self.more_losses}")

    @property
    def softmax_temperature(self) -> float:
        """T as the outputs use it: the sigmoid of binary mode has none."""
        return self.temperature if self.mode is Mode.MULTICLASS else NO_TEMPERATURE

    @property
    def label_smoothing(self) -> float:
        """ε as the target uses it: binary mode's 0/1 label is not smoothed."""
        return self.smoothing if self.mode is Mode.MULTICLASS else NO_SMOOTHING

    def shows(self, key: str) -> bool:
        """Whether a loss of MORE_LOSS_KEYS is turned on (softmax only)."""
        return self.mode is Mode.MULTICLASS and key in self.more_losses

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
        return replace(self, n_classes=n, logits=logits, target=min(self.target, n - 1), entered=None)

    def with_mode(self, mode: Mode) -> ExplorerState:
        if mode is self.mode:
            return self
        if mode is Mode.BINARY:
            return replace(self, mode=Mode.BINARY, logits=(0.0,), target=min(self.target, 1), entered=None)
        n = self.n_classes
        return replace(self, mode=Mode.MULTICLASS, logits=(0.0,) * n, target=min(self.target, n - 1), entered=None)

    def with_logits(self, values) -> ExplorerState:
        """Typed logits on the sliders, each clamped to the sliders' range."""
        logits = tuple(clamp_logit(v) for v in values)
        if len(logits) != len(self.logits):
            raise ValueError(f"{self.mode.value} state needs {len(self.logits)} logits, got {len(logits)}")
        return replace(self, logits=logits, entered=None)

    def with_temperature(self, temperature: float) -> ExplorerState:
        return replace(self, temperature=float(temperature))

    def with_smoothing(self, epsilon: float) -> ExplorerState:
        return replace(self, smoothing=float(epsilon))

    def with_focal_gamma(self, gamma: float) -> ExplorerState:
        return replace(self, focal_gamma=float(gamma))

    def with_loss_shown(self, key: str, shown: bool) -> ExplorerState:
        """Turn one of MORE_LOSS_KEYS on or off."""
        if key not in MORE_LOSS_KEYS:
            raise ValueError(f"no such loss to show: {key!r}")
        keys = tuple(k for k in MORE_LOSS_KEYS if (k == key and shown) or (k != key and k in self.more_losses))
        return replace(self, more_losses=keys)

    def with_settings_of(self, other: ExplorerState | None) -> ExplorerState:
        """This sample under another state's LECTURE_SETTINGS (None: as it is)."""
        return self if other is None else replace(self, **{name: getattr(other, name) for name in LECTURE_SETTINGS})

    def as_printed(self) -> ExplorerState:
        """T = 1, ε = 0, where the tutorials print their numbers; γ and the losses shown stay."""
        return replace(self, temperature=NO_TEMPERATURE, smoothing=NO_SMOOTHING)

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
        """Every logit 0: the untrained network's uniform answer; the plain
        softmax (T = 1) and the one-hot target (ε = 0).  The losses shown
        and γ stay: they choose what to look at, not the network's answer."""
        return replace(self, logits=(0.0,) * len(self.logits), entered=None,
                       temperature=NO_TEMPERATURE, smoothing=NO_SMOOTHING)


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
        """KL divergence, focal loss (the state's γ) and the multi-class hinge
        (Δ = 1) of a softmax state, at its temperature and against its
        (smoothed) target, computed when first asked for (``loss(key)``
        asks), so that a slider's move does not pay for them.  Typed y has
        no logits: the hinge is then None."""
        if self.state.mode is Mode.BINARY:
            return ()
        state = self.state
        if state.entered is None:
            z = np.asarray(state.logits, dtype=np.float64)
            kl = more_losses.kl_divergence_from_logits(z, self.t, state.temperature)
            hinge = more_losses.multiclass_hinge(z, state.target)
        else:
            kl, hinge = more_losses.kl_divergence(self.t, self.y), None
        return (
            LossValue("kl_divergence", kl),
            LossValue("focal_loss", more_losses.focal_loss(self.y, self.t, state.focal_gamma)),
            LossValue("multiclass_hinge", hinge),
        )

    @cached_property
    def target_entropy(self) -> float:
        """H(t) = −Σ tₖ log tₖ: 0 for a one-hot target, more with label smoothing."""
        return more_losses.entropy(self.t)

    @cached_property
    def exact_cross_entropy_of_t(self) -> float | None:
        """−Σ tₖ log yₖ without δ, the cross-entropy KL differs from by H(t):
        from the logits, or from y as written (∞ where a yₖ = 0 has tₖ > 0;
        None where y does not sum to 1, which is no distribution to compare)."""
        if self.state.entered is None:
            return self.loss("cross_entropy_from_logits")
        if not self.sums_to_one:
            return None
        with np.errstate(divide="ignore"):
            return float(-np.sum(np.where(self.t > 0, self.t * np.log(np.where(self.t > 0, self.y, 1.0)), 0.0)))

    @cached_property
    def more_gradients(self) -> dict[str, np.ndarray | None]:
        """∂E/∂z per logit for each of ``more_losses`` by its key, at the
        temperature (a factor 1/T), against the (smoothed) target.  A typed y
        that sums to 1 with no 0 is the softmax of z = T·log y, so KL and the
        focal loss have a gradient; the hinge needs the logits themselves.
        None where there is none, and in binary mode."""
        state = self.state
        none = dict.fromkeys(MORE_LOSS_KEYS)
        if state.mode is Mode.BINARY:
            return none
        if state.entered is None:
            z = np.asarray(state.logits, dtype=np.float64)
        elif self.sums_to_one and np.all(self.y > 0):
            z = state.temperature * np.log(self.y)
        else:
            return none
        return {
            "kl_divergence": more_losses.softmax_kl_divergence_grad(z, self.t, state.temperature),
            "focal_loss": more_losses.softmax_focal_loss_grad(z, self.t, state.focal_gamma, state.temperature),
            "multiclass_hinge": None if state.entered is not None else more_losses.multiclass_hinge_grad(z, state.target),
        }


_MORE_LOSS_KEYS = MORE_LOSS_KEYS


def evaluate(state: ExplorerState) -> Readout:
    if state.mode is Mode.BINARY:
        return _evaluate_binary(state)
    z = np.asarray(state.logits, dtype=np.float64)
    temperature, epsilon = state.temperature, state.smoothing
    t = losses.one_hot(state.target, state.n_classes)
    if epsilon != NO_SMOOTHING:
        t = losses.smooth_labels(t, epsilon)
    if state.entered is None:
        y = losses.softmax(z, temperature)
        from_logits = losses.cross_entropy_from_logits(z, t, temperature)
        grad_ce = losses.softmax_cross_entropy_grad(z, t, temperature)
    else:
        # A typed vector has no logits: the gradient formulas are applied to
        # y as written (as the softmax of some z / T: hence the 1/T), and the
        # from-logits loss is not defined.
        y = np.asarray(state.entered, dtype=np.float64)
        from_logits = None
        grad_ce = (y - t) / temperature
    # A class index cannot carry label smoothing (Keras' sparse loss has none):
    # with ε > 0 its −log(y_label + δ) is no longer this target's cross-entropy.
    sparse = losses.sparse_cross_entropy_error(y, state.target) if epsilon == NO_SMOOTHING else None
    values = (
        LossValue("sum_squared_error", losses.sum_squared_error(y, t)),
        LossValue("mean_squared_error", losses.mean_squared_error(y, t)),
        LossValue("cross_entropy_error", losses.cross_entropy_error(y, t)),
        LossValue("sparse_cross_entropy_error", sparse),
        LossValue("cross_entropy_from_logits", from_logits),
    )
    grad_sse = losses.squared_error_grad_through_softmax(y, t) / temperature
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


def prediction_state(logits, label: int, settings: ExplorerState | None = None) -> ExplorerState:
    """The explorer showing a classifier's answer for one example: its
    output logits z on the sliders, its true label as the correct class,
    under the teacher's settings of ``settings`` (None: all off).

    Softmax, its cross-entropy and both gradients are unchanged when every
    logit moves by the same constant, so logits outside the sliders' range
    are moved by the least constant that brings them in (``logit_shift``)
    and drive the explorer exactly, "from logits" included.  Logits spread
    wider than the range cannot all be placed: the largest goes to
    LOGIT_MAX, those below LOGIT_MIN to the slider's end, and the exact
    softmax output softmax(z / T) is used as written, so the losses and
    plots stay the network's own at the temperature on show."""
    z = np.asarray(logits, dtype=np.float64)
    n = len(z)
    shifted = z - logit_shift(z)
    # The clip only trims rounding (10 + 1e-15): the lesson file checks the range exactly.
    placed = tuple(float(v) for v in np.clip(shifted, LOGIT_MIN, LOGIT_MAX))
    state = ExplorerState(Mode.MULTICLASS, n, placed, int(label)).with_settings_of(settings)
    if shifted.min() >= LOGIT_MIN - 1e-9:
        return state
    return replace(state, entered=tuple(float(p) for p in losses.softmax(z, state.temperature)))


def logit_shift(logits) -> float:
    """The constant ``prediction_state`` subtracts from the logits: 0 when
    they fit the sliders, else the least that fits them, or, when they are
    spread wider than the sliders, the one that puts the largest at LOGIT_MAX."""
    z = np.asarray(logits, dtype=np.float64)
    lowest, highest = float(z.max()) - LOGIT_MAX, float(z.min()) - LOGIT_MIN  # the shifts that fit all of them
    if lowest > highest:
        return lowest
    return min(max(0.0, lowest), highest)
