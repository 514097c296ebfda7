"""Temperature T and label smoothing ε in the explorer's readout, without a
window: off, they change nothing; on, every loss, gradient and target follows."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz import losses, more_losses
from lossviz.explorer import (
    LOGIT_MAX,
    LOGIT_MIN,
    MAX_CLASSES,
    MIN_CLASSES,
    MORE_LOSS_KEYS,
    ExplorerState,
    Mode,
    evaluate,
    parse_logits,
)
from lossviz.softmax_chain import chain_of, derivation_of

logit = st.floats(LOGIT_MIN, LOGIT_MAX, allow_nan=False)
temperatures = st.floats(0.1, 10.0)
epsilons = st.floats(0.0, 0.5)


@st.composite
def states(draw, temperature=temperatures, smoothing=epsilons):
    n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
    return ExplorerState(Mode.MULTICLASS, n, tuple(draw(st.lists(logit, min_size=n, max_size=n))), draw(st.integers(0, n - 1)),
                         temperature=draw(temperature), smoothing=draw(smoothing),
                         focal_gamma=draw(st.floats(0.0, 5.0)), more_losses=MORE_LOSS_KEYS)


def todays_readout(state):
    """The readout as evaluate() computed it before T and ε existed."""
    z = np.asarray(state.logits, dtype=np.float64)
    t = losses.one_hot(state.target, state.n_classes)
    y = losses.softmax(z)
    values = {
        "sum_squared_error": losses.sum_squared_error(y, t),
        "mean_squared_error": losses.mean_squared_error(y, t),
        "cross_entropy_error": losses.cross_entropy_error(y, t),
        "sparse_cross_entropy_error": losses.sparse_cross_entropy_error(y, state.target),
        "cross_entropy_from_logits": losses.cross_entropy_from_logits(z, t),
    }
    return y, t, values, losses.softmax_cross_entropy_grad(z, t), losses.squared_error_grad_through_softmax(y, t)


@given(states(temperature=st.just(1.0), smoothing=st.just(0.0)))
@settings(max_examples=60)
def test_off_they_reproduce_todays_readout_exactly(state):
    readout = evaluate(state)
    y, t, values, grad_ce, grad_sse = todays_readout(state)
    assert np.array_equal(readout.y, y) and np.array_equal(readout.t, t)
    assert {item.key: item.value for item in readout.losses} == values
    assert np.array_equal(readout.grad_cross_entropy, grad_ce)
    assert np.array_equal(readout.grad_squared_error, grad_sse)


def numeric_gradient(f, z, h=1e-6):
    grad = np.zeros_like(z)
    for k in range(len(z)):
        up, down = z.copy(), z.copy()
        up[k] += h
        down[k] -= h
        grad[k] = (f(up) - f(down)) / (2 * h)
    return grad


def with_logits(state, z):
    return ExplorerState(state.mode, state.n_classes, tuple(z), state.target, temperature=state.temperature,
                         smoothing=state.smoothing, focal_gamma=state.focal_gamma, more_losses=state.more_losses)


@given(states(temperature=st.floats(0.3, 10.0), smoothing=epsilons))
@settings(max_examples=40, deadline=None)
def test_gradients_at_a_temperature_match_finite_differences(state):
    z = np.asarray(state.logits, dtype=np.float64)
    readout = evaluate(state)

    def loss_of(key):
        # Without δ where the readout's value has it (the gradients are the exact losses').
        def f(zz):
            other = evaluate(with_logits(state, zz))
            if key == "cross_entropy":
                return other.loss("cross_entropy_from_logits")
            if key == "squared_error":
                return other.loss("sum_squared_error")
            if key == "focal_loss":
                return more_losses.focal_loss(other.y, other.t, state.focal_gamma, delta=0.0)
            return other.loss(key)
        return f

    tolerance = dict(rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(readout.grad_cross_entropy, numeric_gradient(loss_of("cross_entropy"), z), **tolerance)
    np.testing.assert_allclose(readout.grad_squared_error, numeric_gradient(loss_of("squared_error"), z), **tolerance)
    np.testing.assert_allclose(readout.more_gradients["kl_divergence"], numeric_gradient(loss_of("kl_divergence"), z), **tolerance)
    if readout.y.min() > 1e-6:  # focal's log(y + δ) against the exact gradient: only where δ is negligible
        np.testing.assert_allclose(readout.more_gradients["focal_loss"], numeric_gradient(loss_of("focal_loss"), z), rtol=1e-3, atol=1e-4)


@given(states())
@settings(max_examples=60)
def test_the_smoothed_target_sums_to_one_and_keeps_the_correct_class_first(state):
    t = evaluate(state).t
    assert math.fsum(t) == pytest.approx(1.0, abs=1e-12)
    k, epsilon = state.n_classes, state.smoothing
    assert t[state.target] == pytest.approx(1 - epsilon + epsilon / k)
    assert np.delete(t, state.target) == pytest.approx(epsilon / k)


@given(states())
@settings(max_examples=60)
def test_kl_is_cross_entropy_minus_the_targets_entropy(state):
    readout = evaluate(state)
    kl, ce, h = readout.loss("kl_divergence"), readout.exact_cross_entropy_of_t, readout.target_entropy
    assert kl == pytest.approx(ce - h, abs=1e-9)
    assert kl >= -1e-12
    if state.smoothing == 0:
        assert h == 0 and kl == pytest.approx(ce)


@given(states())
@settings(max_examples=40)
def test_the_chain_and_the_derivation_carry_the_temperature(state):
    readout = evaluate(state)
    chain = chain_of(readout)
    np.testing.assert_allclose(chain.scaled_z, np.asarray(state.logits) / state.temperature)
    # yₖ = e^(zₖ/T) / Σ, from the chain's own numbers.
    np.testing.assert_allclose(np.exp(chain.scaled_z - chain.log_total), readout.y, rtol=1e-9, atol=1e-300)
    step = derivation_of(readout)
    assert step.ce_grad == pytest.approx(readout.grad_cross_entropy[state.target], abs=1e-12)
    assert step.sse_grad == pytest.approx(readout.grad_squared_error[state.target], abs=1e-12)


def test_the_headers_write_the_temperature():
    readout = evaluate(ExplorerState(temperature=2.0))
    assert "z<sub>k</sub>/2" in chain_of(readout).headers()[1]
    assert chain_of(evaluate(ExplorerState())).headers()[1] == "e<sup>z<sub>k</sub></sup>"


def test_sparse_cross_entropy_is_not_available_with_smoothing():
    assert evaluate(ExplorerState(smoothing=0.1)).loss("sparse_cross_entropy_error") is None


def test_binary_mode_ignores_temperature_and_smoothing():
    plain = evaluate(ExplorerState(Mode.BINARY, 10, (1.5,), 1))
    hot = evaluate(ExplorerState(Mode.BINARY, 10, (1.5,), 1, temperature=3.0, smoothing=0.3))
    assert plain.losses == hot.losses and np.array_equal(plain.t, hot.t)
    assert hot.state.softmax_temperature == 1.0 and hot.state.label_smoothing == 0.0


def test_reset_turns_temperature_and_smoothing_off_and_keeps_the_losses_shown():
    state = ExplorerState(temperature=3.0, smoothing=0.2, focal_gamma=1.0, more_losses=("focal_loss",)).with_logit(2, 4.0)
    reset = state.reset()
    assert (reset.temperature, reset.smoothing, reset.logits) == (1.0, 0.0, (0.0,) * 10)
    assert (reset.focal_gamma, reset.more_losses) == (1.0, ("focal_loss",))


def test_mode_and_class_changes_keep_the_lecture_settings():
    state = ExplorerState(temperature=3.0, smoothing=0.2, more_losses=("kl_divergence",))
    for changed in (state.with_mode(Mode.BINARY).with_mode(Mode.MULTICLASS), state.with_n_classes(4)):
        assert (changed.temperature, changed.smoothing, changed.more_losses) == (3.0, 0.2, ("kl_divergence",))


@pytest.mark.parametrize("field, value", [("temperature", 0.0), ("temperature", 11.0), ("temperature", float("nan")),
                                          ("smoothing", 0.6), ("smoothing", -0.1), ("focal_gamma", 5.5),
                                          ("more_losses", ("focal_loss", "kl_divergence")), ("more_losses", ("mse",))])
def test_out_of_range_settings_are_refused(field, value):
    with pytest.raises(ValueError):
        ExplorerState(**{field: value})


def test_typed_logits_are_clamped_to_the_sliders():
    state = ExplorerState(n_classes=3, logits=(0.0,) * 3).with_logits(parse_logits("２．５, −12, 30", 3))
    assert state.logits == (2.5, LOGIT_MIN, LOGIT_MAX) and state.entered is None
    assert evaluate(state).loss("cross_entropy_from_logits") is not None


@pytest.mark.parametrize("text, words", [("10%, 1, 2", "percentage"), ("1, 2", "Expected 3"), ("1, inf, 2", "finite"),
                                         ("x, 1, 2", "not a number"), ("", "logits")])
def test_typed_logits_are_refused_with_a_reason(text, words):
    with pytest.raises(ValueError, match=words):
        parse_logits(text, 3)


def test_typed_probabilities_have_kl_and_focal_gradients_but_no_hinge():
    state = ExplorerState(n_classes=3, logits=(0.0,) * 3, temperature=2.0, more_losses=MORE_LOSS_KEYS).with_entered((0.2, 0.3, 0.5))
    readout = evaluate(state)
    np.testing.assert_allclose(readout.more_gradients["kl_divergence"], readout.grad_cross_entropy)
    assert readout.more_gradients["multiclass_hinge"] is None and readout.loss("multiclass_hinge") is None
