"""Predict, then reveal: the frames of a reveal, from the class's guess to
the truth (no Qt).

Quiz mode shows a hidden part of the explorer by animating it: the output
bars grow from "no idea" (every class 1/K) to their heights, the gradient
bars from 0 to theirs, the point on the −log y curve slides from where
the class put it to where it is, the loss values count from the class's
guess to their values.  Each step of the animation is a ``Readout`` that
the explorer's views show as they show any other: ``Reveal.frame(part, f)``
for ``f`` from 0 (the start) to 1 (the truth itself, the very object, so
what stays on screen is exactly what the window shows outside quiz mode).

The start is neutral, every logit 0 under the truth's own settings (T, ε,
the losses shown), unless the class called out a number for a loss
(``Guess``): then that loss (and its variants, which print the same
number) counts from it, and for a cross-entropy the −log y point starts at
y = e^(−guess), where the curve has that height.  Values blend linearly;
a value that has no counterpart (n/a at one end) is shown as the truth's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from lossviz import quiz
from lossviz.explorer import LossValue, Mode, Readout, evaluate
from lossviz.quiz import GRADIENTS, LOG_LOSS, LOSS_VALUES, PROBABILITIES

#: The parts a reveal animates; the others (an answer for a digit) are shown at once.
ANIMATED_PARTS = (LOSS_VALUES, PROBABILITIES, LOG_LOSS, GRADIENTS)

#: A guess of a loss sets the number of each loss that prints the same value:
#: the seeds' cross-entropy, its sparse form and the one from logits.
GUESSED_WITH = {
    "cross_entropy_error": ("cross_entropy_error", "sparse_cross_entropy_error", "cross_entropy_from_logits"),
    "binary_cross_entropy": ("binary_cross_entropy", "binary_cross_entropy_from_logits"),
    "sum_squared_error": ("sum_squared_error",),
}
#: The losses a class can guess, by their key in lossviz.losses.
GUESSABLE = tuple(GUESSED_WITH)
#: A loss value the class can call out: every loss here is ≥ 0, and −log δ ≈ 16.1 is the most cross-entropy shows.
GUESS_MAX = 100.0


@dataclass(frozen=True)
class Guess:
    """What the class called out: ``value`` for the loss ``loss`` (a key of GUESSABLE)."""

    loss: str
    value: float

    def __post_init__(self) -> None:
        if self.loss not in GUESSED_WITH:
            raise ValueError(f"a guess is of one of {', '.join(GUESSABLE)}, not {self.loss!r}")
        if not 0.0 <= self.value <= GUESS_MAX:  # also refuses NaN
            raise ValueError(f"a guessed loss must be a number from 0 to {GUESS_MAX:g}, got {self.value!r}")

    @property
    def is_cross_entropy(self) -> bool:
        return self.loss in ("cross_entropy_error", "binary_cross_entropy")


def guessed_loss(question: str | None, mode: Mode) -> str:
    """The loss the class guesses: the one the built-in ``question`` asks
    for, where the mode has it; else the mode's cross-entropy."""
    wanted = quiz.question_by_key(question).guessed_loss if question is not None else None
    default = "binary_cross_entropy" if mode is Mode.BINARY else "cross_entropy_error"
    return wanted if wanted in (default, "sum_squared_error") else default


def parse_guess(text: str) -> float | None:
    """A guess as typed: empty is none; "1.2", "1,2", full-width "１．２" are 1.2.
    ValueError for anything else, or outside 0 to GUESS_MAX."""
    text = text.strip().replace("．", ".").replace(",", ".").replace("，", ".")
    if not text:
        return None
    value = float(text)  # ValueError for what is no number; float reads full-width digits itself
    if not 0.0 <= value <= GUESS_MAX:
        raise ValueError(f"a guessed loss must be a number from 0 to {GUESS_MAX:g}, got {text!r}")
    return value


@dataclass(frozen=True)
class RevealFrame(Readout):
    """A readout on its way to ``truth``.  It says whether δ shows as the
    truth does (a number half-way through counting is no reason for the δ
    note to come and go), and carries its own values of the losses and
    gradients a Readout otherwise computes from its state (the truth's)."""

    truth: Readout | None = None
    frame_more_losses: tuple[LossValue, ...] = ()
    frame_more_gradients: dict | None = None

    @property
    def delta_shows(self) -> bool:
        return self.truth.delta_shows

    @property
    def more_losses(self) -> tuple[LossValue, ...]:
        return self.frame_more_losses

    @property
    def more_gradients(self) -> dict:
        return self.frame_more_gradients


def mix(start, truth, f: float):
    """(1 − f)·start + f·truth: exactly ``truth`` at f = 1; the truth's where either end is None or infinite."""
    if start is None or truth is None:
        return truth
    if isinstance(truth, np.ndarray):
        if start.shape != truth.shape or not (np.all(np.isfinite(start)) and np.all(np.isfinite(truth))):
            return truth
        return (1.0 - f) * start + f * truth
    if not (math.isfinite(start) and math.isfinite(truth)):
        return truth
    return (1.0 - f) * start + f * truth


def _mix_values(start: tuple[LossValue, ...], truth: tuple[LossValue, ...], f: float) -> tuple[LossValue, ...]:
    starts = {item.key: item.value for item in start}
    return tuple(LossValue(item.key, mix(starts.get(item.key), item.value, f)) for item in truth)


class Reveal:
    """The frames of one reveal of ``truth``, from a neutral start or the class's ``guess``."""

    def __init__(self, truth: Readout, guess: Guess | None = None) -> None:
        self.truth = truth
        self.guess = guess
        state = truth.state
        #: No idea: every logit 0, y = 1/K (a sigmoid's p = ½), under the truth's settings and target.
        self.neutral = evaluate(replace(state, logits=(0.0,) * len(state.logits), entered=None))
        self.start_losses = self._start_losses()
        self.start_y = self._start_y()

    def _start_losses(self) -> tuple[LossValue, ...]:
        guessed = GUESSED_WITH[self.guess.loss] if self.guess is not None else ()
        return tuple(LossValue(item.key, self.guess.value if item.key in guessed else item.value) for item in self.neutral.losses)

    def _start_y(self) -> np.ndarray:
        """Where the −log y point starts: at the guessed cross-entropy's height (y = e^(−guess)), else at 1/K."""
        if self.guess is None or not self.guess.is_cross_entropy:
            return self.neutral.y
        y = self.neutral.y.copy()
        correct = int(np.argmax(self.truth.t))  # the correct class, or a sigmoid's label (y = (1 − p, p))
        y_correct = math.exp(-self.guess.value)
        y[:] = (1.0 - y_correct) / (len(y) - 1)
        y[correct] = y_correct
        return y

    def frame(self, part: str, f: float) -> Readout:
        """What ``part``'s view shows ``f`` of the way (0 to 1, eased by the caller) to the truth."""
        if f >= 1.0:
            return self.truth
        truth = self.truth
        if part == PROBABILITIES:
            return self._frame(truth, y=mix(self.neutral.y, truth.y, f))
        if part == GRADIENTS:
            more = {key: None if grad is None else f * grad for key, grad in truth.more_gradients.items()}
            return self._frame(truth, grad_cross_entropy=f * truth.grad_cross_entropy,
                               grad_squared_error=f * truth.grad_squared_error, frame_more_gradients=more)
        if part == LOG_LOSS:
            y = mix(self.start_y, truth.y, f)
            # The losses of y itself: the δ line beside the point says −log(y + δ) of the point shown.
            entered = (float(y[1]),) if truth.state.mode is Mode.BINARY else tuple(float(v) for v in y)
            moving = evaluate(replace(truth.state, entered=entered))
            return self._frame(moving, state=truth.state)
        if part == LOSS_VALUES:
            return self._frame(truth, losses=_mix_values(self.start_losses, truth.losses, f),
                               frame_more_losses=_mix_values(self.neutral.more_losses, truth.more_losses, f))
        raise ValueError(f"no animated part {part!r}; they are {', '.join(ANIMATED_PARTS)}")

    def _frame(self, base: Readout, **changes) -> RevealFrame:
        values = {"state": base.state, "y": base.y, "t": base.t, "losses": base.losses,
                  "grad_cross_entropy": base.grad_cross_entropy, "grad_squared_error": base.grad_squared_error,
                  "frame_more_losses": self.truth.more_losses, "frame_more_gradients": self.truth.more_gradients}
        return RevealFrame(**{**values, **changes}, truth=self.truth)

    def guessed_truth(self) -> float | None:
        """The true value of the loss the class guessed (None without a guess, or where it does not apply)."""
        if self.guess is None or all(item.key != self.guess.loss for item in self.truth.losses):
            return None
        return self.truth.loss(self.guess.loss)
