"""Predict, then reveal: the parts of the window a teacher can hide, and a
built-in bank of questions on the tutorials' material (no Qt).

Each ``Question`` sets up a state of the explorer (and, where the question
is about a tutorial's worked example, that example), says which parts to
hide while the class guesses, and asks its prompt.  Its answer and its
one-sentence explanation are computed from the state by ``lossviz.losses``
and ``lossviz.explorer`` whenever they are asked for, never written down: a
question can therefore never disagree with what the window reveals.  Texts
are English templates marked for translation (``lossviz.messages``); the
numbers are filled in as the read-out writes them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lossviz import losses
from lossviz.explorer import ExplorerState, Mode, Readout, evaluate, format_value
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.worked_examples import example_by_key, state_for_sample

#: The translation context of every text here.
CONTEXT = "quiz"

#: What quiz mode can hide, by the key decks store: the loss values of the
#: Losses read-out, each of the three plots, the MNIST panel's answer for a
#: validation digit, and the answer for a drawn digit (once the window has one).
LOSS_VALUES, PROBABILITIES, LOG_LOSS, GRADIENTS, DIGIT_ANSWER, DRAWING_ANSWER = (
    "loss-values", "probabilities", "log-loss", "gradients", "digit-answer", "drawing-answer")
PARTS = (LOSS_VALUES, PROBABILITIES, LOG_LOSS, GRADIENTS, DIGIT_ANSWER, DRAWING_ANSWER)

#: The step size of "one step" of gradient descent on the logits.
LEARNING_RATE = 1.0


@dataclass(frozen=True)
class Question:
    key: str
    prompt: str  # marked with QT_TRANSLATE_NOOP(CONTEXT, …)
    state: ExplorerState
    hidden: tuple[str, ...]
    answer: Callable[[Readout], Message]
    explanation: Callable[[Readout], Message]
    #: The worked example the question is about, shown beside it.
    example: str | None = None
    #: The loss whose value the class calls out (lossviz.reveal.GUESSABLE); None: the mode's cross-entropy.
    guessed_loss: str | None = None


def _m(template: str, **values) -> Message:
    return Message(CONTEXT, template, **values)


def _n(value: float) -> str:
    return format_value(value)


def _sub(k: int) -> str:
    return str(k).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


# -- the answers, from the readout of the question's state --------------------------


def _larger_loss(r: Readout) -> Message:
    ce, sse = r.loss("cross_entropy_error"), r.loss("sum_squared_error")
    if ce > sse:
        return _m(QT_TRANSLATE_NOOP("quiz", "Cross-entropy: {ce} against the squared error's {sse}."), ce=_n(ce), sse=_n(sse))
    return _m(QT_TRANSLATE_NOOP("quiz", "The squared error: {sse} against cross-entropy's {ce}."), ce=_n(ce), sse=_n(sse))


def _why_larger_loss(r: Readout) -> Message:
    k = r.state.target
    return _m(QT_TRANSLATE_NOOP("quiz", "Cross-entropy is −log y{k} = −log {y} and looks only at the correct class; the "
                                        "squared error ½ Σ (y − t)² adds every class's miss and stays below 1."),
              k=_sub(k), y=f"{r.y_correct:g}")


def _negative_gradients(r: Readout) -> Message:
    negative = [k for k, g in enumerate(r.grad_cross_entropy) if g < 0]
    return _m(QT_TRANSLATE_NOOP("quiz", "Class {classes}: ∂E/∂z = {values}."), classes=", ".join(map(str, negative)),
              values=", ".join(_n(r.grad_cross_entropy[k]) for k in negative))


def _why_negative_gradient(r: Readout) -> Message:
    k = r.state.target
    return _m(QT_TRANSLATE_NOOP("quiz", "For cross-entropy ∂E/∂zₖ = yₖ − tₖ: every y is below 1, so only the correct "
                                        "class (t{k} = 1) gets a negative gradient, y{k} − 1 = {g}; gradient descent raises its logit."),
              k=_sub(k), g=_n(r.grad_cross_entropy[k]))


def one_step(state: ExplorerState, loss: str, learning_rate: float = LEARNING_RATE) -> float:
    """y of the correct class after one step of gradient descent on the
    logits, z ← z − η ∂E/∂z, with cross-entropy (``"ce"``) or the sum of
    squared error (``"sse"``)."""
    z = np.asarray(state.logits, dtype=np.float64)
    t = losses.one_hot(state.target, state.n_classes)
    grad = losses.softmax_cross_entropy_grad(z, t) if loss == "ce" else losses.softmax_squared_error_grad(z, t)
    return float(losses.softmax(z - learning_rate * grad)[state.target])


def _rises_more(r: Readout) -> Message:
    before, ce, sse = r.y_correct, one_step(r.state, "ce"), one_step(r.state, "sse")
    template = (QT_TRANSLATE_NOOP("quiz", "With cross-entropy: y{k} goes from {before} to {ce}; with squared error only to {sse}.")
                if ce - before > sse - before else
                QT_TRANSLATE_NOOP("quiz", "With squared error: y{k} goes from {before} to {sse}; with cross-entropy only to {ce}."))
    return _m(template, k=_sub(r.state.target), before=f"{before:.4f}", ce=f"{ce:.4f}", sse=f"{sse:.4f}")


def _why_rises_more(r: Readout) -> Message:
    k = r.state.target
    return _m(QT_TRANSLATE_NOOP("quiz", "One step z ← z − η ∂E/∂z with η = {lr}: cross-entropy's gradient on z{k} is "
                                        "{ce}, the squared error's only {sse}, because every term of it carries the small factor y{k}."),
              k=_sub(k), lr=f"{LEARNING_RATE:g}", ce=_n(r.grad_cross_entropy[k]), sse=_n(r.grad_squared_error[k]))


def _cross_entropy_value(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Cross-entropy {ce}."), ce=_n(r.loss("cross_entropy_error")))


def _why_at_one(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Not exactly 0: δ = 10⁻⁷ inside the log gives −log(1 + δ) = {ce}, a hair below 0, "
                                        "as the tutorial's program prints."), ce=_n(r.loss("cross_entropy_error")))


def _why_minus_log(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Only the correct class counts: −log y{k} = −log {y} = {ce}."),
              k=_sub(r.state.target), y=f"{r.y_correct:g}", ce=_n(r.loss("cross_entropy_error")))


def _why_uniform(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Every logit 0 gives every class y = 1/{n}, so the loss is −log(1/{n}) = log {n} = {ce}."),
              n=r.state.n_classes, ce=_n(r.loss("cross_entropy_error")))


def _squared_error_value(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Squared error {sse} (cross-entropy {ce})."),
              sse=_n(r.loss("sum_squared_error")), ce=_n(r.loss("cross_entropy_error")))


def _why_bounded(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "½ Σ (y − t)² can never pass ½ (1² + 1²) = 1, however wrong the answer; "
                                        "cross-entropy −log y{k} grows without bound and is {ce} here."),
              k=_sub(r.state.target), ce=_n(r.loss("cross_entropy_error")))


def _larger_gradient(r: Readout) -> Message:
    k = r.state.target
    ce, sse = r.grad_cross_entropy[k], r.grad_squared_error[k]
    template = (QT_TRANSLATE_NOOP("quiz", "Cross-entropy's: {ce} against {sse}.") if abs(ce) > abs(sse)
                else QT_TRANSLATE_NOOP("quiz", "The squared error's: {sse} against {ce}."))
    return _m(template, ce=_n(ce), sse=_n(sse))


def _why_fades(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Through the softmax every term of the squared error's gradient is multiplied by "
                                        "y{k} = {y}: confidently wrong, it nearly vanishes, while y − t stays near −1."),
              k=_sub(r.state.target), y=f"{r.y_correct:.4f}")


def _largest_gradient(r: Readout) -> Message:
    k = int(np.argmax(r.grad_cross_entropy))
    return _m(QT_TRANSLATE_NOOP("quiz", "Class {k}: ∂E/∂z{sub} = {g}."), k=k, sub=_sub(k), g=_n(r.grad_cross_entropy[k]))


def _why_largest_gradient(r: Readout) -> Message:
    k = int(np.argmax(r.grad_cross_entropy))
    return _m(QT_TRANSLATE_NOOP("quiz", "For a wrong class ∂E/∂zₖ = yₖ: the wrong class with the largest logit, z{k} = {z}, "
                                        "has the largest y{k} = {y} and is pushed down hardest."),
              k=_sub(k), z=f"{r.state.logits[k]:g}", y=f"{r.y[k]:.4f}")


def _shift_changes_nothing(r: Readout) -> Message:
    shifted = losses.softmax(np.asarray(r.state.logits) + SHIFT)
    change = float(np.max(np.abs(shifted - r.y)))
    return _m(QT_TRANSLATE_NOOP("quiz", "No: the largest change in any y is {change}."), change=_n(change))


def _why_shift(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "e^(zₖ + {c}) / Σⱼ e^(zⱼ + {c}) = e^{c} e^zₖ / (e^{c} Σⱼ e^zⱼ): the factor e^{c} cancels."),
              c=f"{SHIFT:g}")


def _binary_value(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Binary cross-entropy {bce}."), bce=_n(r.loss("binary_cross_entropy")))


def _why_binary(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "With label t = 1 only the first term is left: −log p = −log {p} = {bce}."),
              p=f"{r.y[1]:g}", bce=_n(r.loss("binary_cross_entropy")))


def _gradient_sum(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "0 (computed: {total}, a rounding error)."), total=_n(math.fsum(r.grad_cross_entropy)))


def _why_gradient_sum(r: Readout) -> Message:
    return _m(QT_TRANSLATE_NOOP("quiz", "Σₖ (yₖ − tₖ) = Σ y − Σ t = 1 − 1 = 0: what one logit gains, the others lose."))


# -- the bank -----------------------------------------------------------------------


#: The constant the shift question adds to every logit.
SHIFT = 3.0


def _from_example(key: str) -> ExplorerState:
    return state_for_sample(example_by_key(key), 0, 10)


def _logits(target: int, *logits: float) -> ExplorerState:
    return ExplorerState(Mode.MULTICLASS, len(logits), tuple(float(z) for z in logits), target)


#: A network sure of class 6 when the answer is 2, as in tutorial 000's wrong example.
_CONFIDENTLY_WRONG = _logits(2, 0, 0, -1, 0, 0, 0, 4, 0, 0, 0)

QUESTIONS: tuple[Question, ...] = (
    Question("larger-loss-wrong", QT_TRANSLATE_NOOP("quiz", "Which is larger here, cross-entropy or the squared error?"),
             _from_example("tutorial000-wrong"), (LOSS_VALUES, LOG_LOSS),
             _larger_loss, _why_larger_loss, "tutorial000-wrong"),
    Question("larger-loss-right", QT_TRANSLATE_NOOP("quiz", "Right and confident: which is larger now, cross-entropy or the "
                                                            "squared error?"),
             _from_example("tutorial000-right"), (LOSS_VALUES, LOG_LOSS),
             _larger_loss, _why_larger_loss, "tutorial000-right"),
    Question("negative-gradient", QT_TRANSLATE_NOOP("quiz", "Which logit's gradient is negative?"),
             _logits(1, 2.0, 0.5, -1.0, 1.0), (GRADIENTS,), _negative_gradients, _why_negative_gradient),
    Question("one-step", QT_TRANSLATE_NOOP("quiz", "After one step, does y of the correct class rise more with cross-entropy "
                                                   "or with squared error?"),
             _CONFIDENTLY_WRONG, (GRADIENTS,), _rises_more, _why_rises_more),
    Question("loss-at-one", QT_TRANSLATE_NOOP("quiz", "What is the loss when y = 1?"), _from_example("tutorial001-1.0"),
             (LOSS_VALUES, LOG_LOSS), _cross_entropy_value, _why_at_one, "tutorial001-1.0"),
    Question("loss-at-0.2", QT_TRANSLATE_NOOP("quiz", "The correct class gets y = 0.2. What is the cross-entropy?"),
             _from_example("tutorial001-0.2"), (LOSS_VALUES, LOG_LOSS), _cross_entropy_value, _why_minus_log, "tutorial001-0.2"),
    Question("loss-at-0.9", QT_TRANSLATE_NOOP("quiz", "The correct class gets y = 0.9. What is the cross-entropy?"),
             _from_example("tutorial002-0.9"), (LOSS_VALUES, LOG_LOSS), _cross_entropy_value, _why_minus_log, "tutorial002-0.9"),
    Question("untrained", QT_TRANSLATE_NOOP("quiz", "An untrained network: every logit is 0. What is the cross-entropy?"),
             ExplorerState(target=2), (LOSS_VALUES, LOG_LOSS), _cross_entropy_value, _why_uniform),
    Question("squared-error-bound", QT_TRANSLATE_NOOP("quiz", "The network is as wrong as it can be. How large is the squared error?"),
             _logits(2, 0, 0, -10, 0, 0, 0, 10, 0, 0, 0), (LOSS_VALUES, LOG_LOSS), _squared_error_value, _why_bounded,
             guessed_loss="sum_squared_error"),
    Question("gradient-fades", QT_TRANSLATE_NOOP("quiz", "Confidently wrong: whose gradient on the correct class's logit is larger, "
                                                         "cross-entropy's or the squared error's?"),
             _CONFIDENTLY_WRONG, (GRADIENTS,), _larger_gradient, _why_fades),
    Question("largest-gradient", QT_TRANSLATE_NOOP("quiz", "Which logit gets the largest positive gradient from cross-entropy?"),
             _logits(0, 1.5, -0.5, 2.5, 0.0, 2.0), (GRADIENTS,), _largest_gradient, _why_largest_gradient),
    Question("shift-logits", QT_TRANSLATE_NOOP("quiz", "Add 3 to every logit. Do the probabilities y change?"),
             _logits(1, 0.5, 1.5, -1.0), (PROBABILITIES,), _shift_changes_nothing, _why_shift),
    Question("binary-0.9", QT_TRANSLATE_NOOP("quiz", "A sigmoid output p = 0.9 with label 1. What is the binary cross-entropy?"),
             ExplorerState(Mode.BINARY, 10, (0.0,), 1).with_entered((0.9,)), (LOSS_VALUES, LOG_LOSS), _binary_value, _why_binary),
    Question("gradient-sum", QT_TRANSLATE_NOOP("quiz", "What do the cross-entropy gradients of all the logits add up to?"),
             _logits(3, 0.3, -1.2, 2.2, 0.7, -0.4), (GRADIENTS,), _gradient_sum, _why_gradient_sum),
)

_BY_KEY = {question.key: question for question in QUESTIONS}


def question_by_key(key: str) -> Question:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"no question named {key!r}; the bank has {', '.join(_BY_KEY)}") from None


def known_question(key: object) -> bool:
    return isinstance(key, str) and key in _BY_KEY


def answer(question: Question) -> Message:
    """The answer, computed from the question's state."""
    return question.answer(evaluate(question.state))


def explanation(question: Question) -> Message:
    """Why, in one sentence, with the state's own numbers."""
    return question.explanation(evaluate(question.state))
