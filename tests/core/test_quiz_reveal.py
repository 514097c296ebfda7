"""The reveal's frames: from "no idea" or the class's guess to the truth, ending on the truth itself."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz import quiz
from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, MAX_CLASSES, MIN_CLASSES, ExplorerState, Mode, evaluate
from lossviz.reveal import ANIMATED_PARTS, GUESS_MAX, Guess, Reveal, guessed_loss, parse_guess

logits = st.floats(LOGIT_MIN, LOGIT_MAX, allow_nan=False)
fractions = st.floats(0.0, 1.0, exclude_max=True)


@st.composite
def states(draw):
    if draw(st.booleans()):
        n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
        state = ExplorerState(Mode.MULTICLASS, n, tuple(draw(st.lists(logits, min_size=n, max_size=n))), draw(st.integers(0, n - 1)),
                              temperature=draw(st.sampled_from([1.0, 0.5, 3.0])), smoothing=draw(st.sampled_from([0.0, 0.1])),
                              more_losses=draw(st.sampled_from([(), ("kl_divergence", "focal_loss", "multiclass_hinge")])))
        if draw(st.booleans()):
            state = state.with_entered(draw(st.lists(st.floats(0.0, 1.0), min_size=n, max_size=n).filter(lambda v: sum(v) > 0)))
        return state
    return ExplorerState(Mode.BINARY, 10, (draw(logits),), draw(st.integers(0, 1)))


@st.composite
def reveals(draw):
    truth = evaluate(draw(states()))
    guess = None
    if draw(st.booleans()):
        guess = Guess(guessed_loss(draw(st.sampled_from([None, "squared-error-bound"])), truth.state.mode),
                      draw(st.floats(0.0, GUESS_MAX)))
    return Reveal(truth, guess)


@given(reveals(), st.sampled_from(ANIMATED_PARTS))
@settings(deadline=None, max_examples=150)
def test_the_last_frame_is_the_truth_itself(reveal, part):
    assert reveal.frame(part, 1.0) is reveal.truth


def between(value, a, b):
    low, high = np.minimum(a, b), np.maximum(a, b)
    return np.all(value >= low - 1e-12) and np.all(value <= high + 1e-12)


@given(reveals(), fractions)
@settings(deadline=None, max_examples=150)
def test_every_frame_lies_between_the_start_and_the_truth(reveal, f):
    truth = reveal.truth
    n = len(truth.y)
    bars = reveal.frame(quiz.PROBABILITIES, f)
    assert between(bars.y, np.full(n, 1.0 / n), truth.y) and np.array_equal(bars.t, truth.t)
    grads = reveal.frame(quiz.GRADIENTS, f)
    assert between(grads.grad_cross_entropy, np.zeros(n), truth.grad_cross_entropy)
    assert between(grads.grad_squared_error, np.zeros(n), truth.grad_squared_error)
    for key, grad in truth.more_gradients.items():
        assert (grads.more_gradients[key] is None) == (grad is None)
    values = reveal.frame(quiz.LOSS_VALUES, f)
    for start, shown, true in zip(reveal.start_losses, values.losses, truth.losses):
        assert shown.key == true.key
        if start.value is None or true.value is None:
            assert shown.value == true.value
        else:
            assert between(shown.value, start.value, true.value)
    # What stays in view beside the counting numbers (Correct class k: y = …, Σ y = …) is the truth's.
    assert np.array_equal(values.y, truth.y) and values.total == truth.total
    point = reveal.frame(quiz.LOG_LOSS, f)
    assert between(point.y_correct, reveal.start_y[int(np.argmax(truth.t))], truth.y_correct)
    for frame in (bars, grads, values, point):
        assert frame.state == truth.state and frame.delta_shows == truth.delta_shows


def test_without_a_guess_it_starts_from_no_idea():
    truth = evaluate(ExplorerState(Mode.MULTICLASS, 4, (2.0, 0.5, -1.0, 1.0), 1))
    reveal = Reveal(truth)
    assert np.allclose(reveal.frame(quiz.PROBABILITIES, 0.0).y, 0.25)
    assert np.all(reveal.frame(quiz.GRADIENTS, 0.0).grad_cross_entropy == 0)
    assert reveal.frame(quiz.LOSS_VALUES, 0.0).loss("cross_entropy_error") == pytest.approx(math.log(4), abs=1e-6)
    assert reveal.frame(quiz.LOG_LOSS, 0.0).y_correct == pytest.approx(0.25)
    half = reveal.frame(quiz.PROBABILITIES, 0.5).y
    assert np.allclose(half, (0.25 + truth.y) / 2)


def test_a_guess_of_the_cross_entropy_is_where_the_numbers_and_the_point_start():
    truth = evaluate(quiz.question_by_key("loss-at-0.2").state)
    reveal = Reveal(truth, Guess("cross_entropy_error", 1.2))
    start = reveal.frame(quiz.LOSS_VALUES, 0.0)
    assert start.loss("cross_entropy_error") == 1.2 and start.loss("sparse_cross_entropy_error") == 1.2
    n = truth.state.n_classes  # the other losses count from no idea, y = 1/K: ½ ((1 − 1/K)² + (K − 1)/K²)
    assert start.loss("sum_squared_error") == pytest.approx(0.5 * ((1 - 1 / n) ** 2 + (n - 1) / n**2))
    point = reveal.frame(quiz.LOG_LOSS, 0.0)
    assert point.y_correct == pytest.approx(math.exp(-1.2)) and point.exact_cross_entropy == pytest.approx(1.2)
    assert reveal.guessed_truth() == truth.loss("cross_entropy_error")


def test_a_guess_of_the_squared_error_counts_that_loss_alone():
    question = quiz.question_by_key("squared-error-bound")
    assert guessed_loss(question.key, Mode.MULTICLASS) == "sum_squared_error"
    truth = evaluate(question.state)
    reveal = Reveal(truth, Guess("sum_squared_error", 0.5))
    assert reveal.frame(quiz.LOSS_VALUES, 0.0).loss("sum_squared_error") == 0.5
    assert reveal.frame(quiz.LOG_LOSS, 0.0).y_correct == pytest.approx(0.1)  # no cross-entropy guessed: 1/K
    # Confidently wrong, δ shows; it shows throughout the reveal, never comes and goes while the numbers count.
    assert truth.delta_shows and all(reveal.frame(part, 0.3).delta_shows for part in ANIMATED_PARTS)


def test_the_loss_guessed_follows_the_question_and_the_mode():
    assert guessed_loss(None, Mode.MULTICLASS) == "cross_entropy_error"
    assert guessed_loss(None, Mode.BINARY) == "binary_cross_entropy"
    assert guessed_loss("binary-0.9", Mode.BINARY) == "binary_cross_entropy"
    assert guessed_loss("loss-at-0.2", Mode.BINARY) == "binary_cross_entropy"  # the teacher switched the mode
    assert guessed_loss("squared-error-bound", Mode.BINARY) == "sum_squared_error"


@pytest.mark.parametrize("text, value", [("", None), ("  ", None), ("1.2", 1.2), ("1,2", 1.2), ("１．２", 1.2), ("0", 0.0),
                                         ("16.1", 16.1), ("1e-3", 0.001), ("100", 100.0)])
def test_a_typed_guess_is_read(text, value):
    assert parse_guess(text) == value


@pytest.mark.parametrize("text", ["-1", "abc", "nan", "inf", "101", "1.2.3", "½"])
def test_a_guess_that_is_no_loss_is_refused(text):
    with pytest.raises(ValueError):
        parse_guess(text)


@pytest.mark.parametrize("loss, value", [("cross_entropy_error", -0.1), ("cross_entropy_error", math.nan),
                                         ("cross_entropy_error", GUESS_MAX + 1), ("focal_loss", 1.0)])
def test_a_guess_is_checked(loss, value):
    with pytest.raises(ValueError):
        Guess(loss, value)
