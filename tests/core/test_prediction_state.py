"""A classifier's answer for one example as the loss explorer's state
(lossviz.explorer.prediction_state), without any window."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from lossviz.explorer import MAX_CLASSES, MIN_CLASSES, Mode, evaluate, prediction_state


@st.composite
def answers(draw):
    n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
    weights = draw(st.lists(st.floats(1e-6, 1.0), min_size=n, max_size=n))
    dtype = draw(st.sampled_from([np.float32, np.float64]))
    probabilities = (np.array(weights) / np.sum(weights)).astype(dtype)
    return probabilities, draw(st.integers(0, n - 1))


@given(answers())
def test_the_answer_is_the_typed_vector_and_the_label_the_correct_class(answer):
    probabilities, label = answer
    state = prediction_state(probabilities, label)
    assert state.mode is Mode.MULTICLASS and state.n_classes == len(probabilities) and state.target == label
    entered = np.array(state.entered)
    # Renormalised in float64: a float32 softmax sums to 1 only to about 1e-7.
    assert abs(entered.sum() - 1) < 1e-12
    np.testing.assert_allclose(entered, probabilities, rtol=1e-6, atol=1e-7)
    readout = evaluate(state)
    np.testing.assert_allclose(readout.y, entered)
    assert readout.y_correct == entered[label]


def test_a_float32_softmax_reads_as_a_vector_that_sums_to_one():
    probabilities = np.full(10, 0.1, dtype=np.float32)
    assert probabilities.astype(np.float64).sum() != 1.0
    state = prediction_state(probabilities, 3)
    assert abs(math.fsum(state.entered) - 1) < 1e-15
    assert state.target == 3
