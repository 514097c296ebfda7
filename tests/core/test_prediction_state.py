"""A classifier's answer for one example as the loss explorer's state
(lossviz.explorer.prediction_state), from its output logits, without any
window: the explorer shows the network's real output, on the sliders when
they can hold it, and never anything but the network's probabilities."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz import losses
from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, MAX_CLASSES, MIN_CLASSES, Mode, evaluate, logit_shift, prediction_state
from lossviz.mnist.mlp import Mlp


@st.composite
def answers(draw, scale=60.0):
    n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
    logits = np.array(draw(st.lists(st.floats(-scale, scale), min_size=n, max_size=n)))
    dtype = draw(st.sampled_from([np.float32, np.float64]))
    return logits.astype(dtype), draw(st.integers(0, n - 1))


@given(answers())
def test_the_explorer_shows_the_networks_own_probabilities_and_the_label_as_the_correct_class(answer):
    logits, label = answer
    state = prediction_state(logits, label)
    assert state.mode is Mode.MULTICLASS and state.n_classes == len(logits) and state.target == label
    assert all(LOGIT_MIN <= z <= LOGIT_MAX for z in state.logits)  # what the sliders and a lesson file can hold
    readout = evaluate(state)
    np.testing.assert_allclose(readout.y, losses.softmax(logits.astype(np.float64)), rtol=1e-9, atol=1e-300)
    assert readout.sums_to_one


@given(answers())
def test_logits_that_fit_the_sliders_drive_the_explorer_from_logits(answer):
    logits, label = answer
    z = logits.astype(np.float64)
    if np.ptp(z) > LOGIT_MAX - LOGIT_MIN:
        return
    state = prediction_state(logits, label)
    assert state.entered is None  # the sliders' logits, not a typed vector
    np.testing.assert_allclose(np.array(state.logits), z - logit_shift(z), atol=1e-9)  # moved by one constant only
    readout = evaluate(state)
    assert readout.loss("cross_entropy_from_logits") == pytest.approx(losses.cross_entropy_from_logits(z, losses.one_hot(label, len(z))),
                                                                      rel=1e-9, abs=1e-12)
    np.testing.assert_allclose(readout.grad_cross_entropy, losses.softmax_cross_entropy_grad(z, losses.one_hot(label, len(z))),
                               atol=1e-12)


def test_logits_within_the_range_are_shown_as_they_are():
    logits = np.array([-9.5, 0.25, 3.0, 9.75])
    state = prediction_state(logits, 2)
    assert logit_shift(logits) == 0
    assert state.logits == (-9.5, 0.25, 3.0, 9.75) and state.entered is None


def test_logits_beyond_the_range_are_moved_by_the_least_constant_that_fits_them():
    assert logit_shift([14.0, 0.0, -2.0]) == pytest.approx(4.0)  # the largest comes down to 10
    assert logit_shift([-13.0, 0.0, 2.0]) == pytest.approx(-3.0)  # the smallest comes up to −10
    state = prediction_state(np.array([14.0, 0.0, -2.0]), 1)
    assert state.logits == pytest.approx((10.0, -4.0, -6.0)) and state.entered is None


def test_logits_spread_wider_than_the_sliders_keep_the_exact_probabilities():
    z = np.array([25.0, 0.0, -3.0, 12.0])  # spread 28 > 20
    state = prediction_state(z, 1)
    assert state.logits == pytest.approx((10.0, -10.0, -10.0, -3.0))  # the largest at +10, the rest cut at −10
    np.testing.assert_allclose(state.entered, losses.softmax(z), rtol=1e-12)
    readout = evaluate(state)
    # The correct class's probability is e^−25 / Σ: the sliders alone (cut at −10) would say e^−20.
    assert readout.y_correct == pytest.approx(losses.softmax(z)[1], rel=1e-9)
    assert readout.loss("cross_entropy_from_logits") is None


def test_a_networks_logits_are_the_logits_of_its_softmax_output():
    images = np.random.default_rng(0).integers(0, 256, (5, 28, 28), dtype=np.uint8)
    net = Mlp(30, seed=2)
    z = net.logits(images)
    assert z.shape == (5, 10) and z.dtype == np.float64
    np.testing.assert_allclose(losses.softmax(z), net.predict_proba(images), atol=1e-6)
