"""The softmax chain in numbers and the derivation of ∂E/∂zₖ: the chain's
numbers are the softmax's, the derivation's terms add up to the gradients
the explorer plots, whatever the logits and targets (hypothesis)."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz import losses
from lossviz.explorer import ExplorerState, Mode, evaluate
from lossviz.softmax_chain import (
    NO_VALUE,
    NoLogits,
    SigmoidChain,
    SoftmaxChain,
    chain_of,
    derivation_of,
    exp_text,
    number_text,
    sigmoid_derivation,
    softmax_derivation,
)

SUPERSCRIPT_DIGITS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def read_back(text: str) -> float:
    """The number a text of the chain shows (d.dd × 10ⁿ, −, ∞)."""
    text = text.replace("−", "-")
    if text in ("∞", "-∞"):
        return math.copysign(math.inf, -1.0 if text.startswith("-") else 1.0)
    match = re.fullmatch(r"(-?[\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)", text)
    if match:
        return float(match.group(1)) * 10.0 ** int(match.group(2).translate(SUPERSCRIPT_DIGITS))
    return float(text)


def log_of(text: str) -> float:
    """The natural log of the positive number a text shows, even beyond a float's range."""
    mantissa, _, power = text.partition(" × 10")
    return math.log(float(mantissa)) + (int(power.translate(SUPERSCRIPT_DIGITS)) * math.log(10) if power else 0.0)


@st.composite
def softmax_states(draw, low=-30.0, high=30.0):
    n = draw(st.integers(2, 10))
    logits = tuple(draw(st.lists(st.floats(low, high), min_size=n, max_size=n)))
    return ExplorerState(Mode.MULTICLASS, n, logits, draw(st.integers(0, n - 1)))


# -- the chain -------------------------------------------------------------------


@settings(max_examples=200)
@given(softmax_states())
def test_y_is_e_to_the_z_over_the_sum_and_sums_to_one(state):
    chain = chain_of(evaluate(state))
    assert isinstance(chain, SoftmaxChain) and chain.no_logits is None
    np.testing.assert_allclose(chain.exp_z, np.exp(chain.z))
    assert chain.total == pytest.approx(np.exp(chain.z).sum(), rel=1e-12)
    np.testing.assert_allclose(chain.y, chain.exp_z / chain.total, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(chain.y, losses.softmax(chain.z), rtol=1e-12, atol=1e-300)
    assert chain.y_sum == pytest.approx(1.0, abs=1e-12)
    assert chain.sum_texts()[1:] == ("1.0000", "1.0000")


@settings(max_examples=100)
@given(softmax_states(low=-1000.0, high=1000.0))
def test_any_logits_are_written_without_overflow(state):
    """e^1000 overflows a float; the texts are written from the exponent."""
    chain = chain_of(evaluate(state))
    for k, z in enumerate(chain.z):
        z_text, e_text, y_text, t_text = chain.row_texts(k)
        assert read_back(z_text) == pytest.approx(z, abs=1e-4, rel=1e-4)
        if abs(z) > 8:  # scientific: 3 significant digits of e^z
            assert log_of(e_text) == pytest.approx(z, abs=0.005)
        else:
            assert read_back(e_text) == pytest.approx(math.exp(z), abs=5e-5)
        assert read_back(y_text) == pytest.approx(chain.y[k], abs=5e-5, rel=0.005)
        assert t_text == ("1.0000" if k == state.target else "0.0000")
    assert log_of(chain.sum_texts()[0]) == pytest.approx(np.logaddexp.reduce(chain.z), abs=0.005)


def test_the_uniform_start_in_numbers():
    chain = chain_of(evaluate(ExplorerState()))
    assert chain.row_texts(0) == ("0.0000", "1.0000", "0.1000", "1.0000")
    assert chain.row_texts(5) == ("0.0000", "1.0000", "0.1000", "0.0000")
    assert chain.sum_texts() == ("10.0000", "1.0000", "1.0000")


def test_the_sliders_ends_as_the_textbook_writes_them():
    state = ExplorerState(Mode.MULTICLASS, 3, (10.0, -10.0, 0.0), 1)
    chain = chain_of(evaluate(state))
    assert chain.row_texts(0)[:2] == ("10.0000", "22026.4658")
    assert chain.row_texts(1)[:3] == ("−10.0000", "4.54 × 10⁻⁵", "2.06 × 10⁻⁹")
    assert chain.sum_texts()[0] == "22027.4658"


@pytest.mark.parametrize(("typed", "why"), [
    ((0.1, 0.05, 0.6, 0.25), NoLogits.LOG_Y),
    ((0.0, 0.4, 0.6, 0.0), NoLogits.INFINITE),
    ((0.1, 0.05, 0.6, 0.05), NoLogits.NOT_SUMMING_TO_ONE),
])
def test_a_typed_vector_has_no_logits(typed, why):
    state = ExplorerState(Mode.MULTICLASS, 4, (0.0,) * 4, 2).with_entered(typed)
    chain = chain_of(evaluate(state))
    assert chain.z is None and chain.log_total is None and chain.exp_z is None and chain.total is None
    assert chain.no_logits is why
    for k, p in enumerate(typed):
        assert chain.row_texts(k)[:2] == (NO_VALUE, NO_VALUE)
        assert read_back(chain.row_texts(k)[2]) == pytest.approx(p)
    assert chain.sum_texts()[0] == NO_VALUE
    assert read_back(chain.sum_texts()[1]) == pytest.approx(sum(typed), abs=1e-4)


@settings(max_examples=100)
@given(st.floats(-40, 40), st.integers(0, 1))
def test_the_sigmoid_chain(z, label):
    readout = evaluate(ExplorerState(Mode.BINARY, 10, (z,), label))
    chain = chain_of(readout)
    assert isinstance(chain, SigmoidChain)
    z_text, e_text, denominator, p_text, t_text = chain.texts()
    assert read_back(e_text) == pytest.approx(math.exp(-z), abs=5e-5, rel=0.005)
    assert read_back(denominator) == pytest.approx(1 + math.exp(-z), abs=5e-5, rel=0.005)
    assert chain.p == pytest.approx(1 / (1 + math.exp(-z)), rel=1e-12)
    assert read_back(p_text) == pytest.approx(chain.p, abs=5e-5, rel=0.005)
    assert t_text == str(label)


def test_a_typed_p_has_no_logit_but_one_would_give_it():
    base = ExplorerState(Mode.BINARY, 10, (0.0,), 1)
    assert chain_of(evaluate(base.with_entered((0.8,)))).no_logits is NoLogits.LOGIT_OF_P
    assert chain_of(evaluate(base.with_entered((1.0,)))).no_logits is NoLogits.INFINITE
    assert chain_of(evaluate(base.with_entered((0.8,)))).texts()[:3] == (NO_VALUE,) * 3


# -- the derivation ----------------------------------------------------------------


@st.composite
def targets(draw, n):
    """A one-hot target, or a label-smoothed one (it still sums to 1)."""
    label = draw(st.integers(0, n - 1))
    epsilon = draw(st.sampled_from([0.0, 0.0, 0.1, 0.5]))
    return losses.smooth_labels(losses.one_hot(label, n), epsilon)


@settings(max_examples=200)
@given(st.data())
def test_the_derivation_adds_up_to_the_gradients(data):
    n = data.draw(st.integers(2, 10))
    z = np.array(data.draw(st.lists(st.floats(-30, 30), min_size=n, max_size=n)))
    t = data.draw(targets(n))
    y = losses.softmax(z)
    expected_ce = losses.softmax_cross_entropy_grad(z, t)
    expected_sse = losses.softmax_squared_error_grad(z, t)
    for k in range(n):
        step = softmax_derivation(y, t, k)
        assert step.ce_grad == pytest.approx(expected_ce[k], abs=1e-12)
        assert step.ce_grad == pytest.approx(step.ce_closed_form[0] - step.ce_closed_form[1], abs=1e-12)
        assert step.sse_grad == pytest.approx(expected_sse[k], abs=1e-12)
        np.testing.assert_allclose(step.sse_terms, step.sse_dE_dy * step.jacobian)
        finite = np.isfinite(step.ce_dE_dy)  # −tⱼ/yⱼ times yⱼ(δⱼₖ − yₖ) is the term wherever it is finite
        np.testing.assert_allclose((step.ce_dE_dy * step.jacobian)[finite], step.ce_terms[finite], atol=1e-12)


@settings(max_examples=200)
@given(softmax_states())
def test_the_jacobian_factors_sum_to_zero(state):
    """Σₖ yⱼ(δⱼₖ − yₖ) = yⱼ(1 − Σₖ yₖ) = 0: raising one logit takes from the others what it gives."""
    readout = evaluate(state)
    jacobian = np.column_stack([derivation_of(readout, k).jacobian for k in range(state.n_classes)])
    np.testing.assert_allclose(jacobian.sum(axis=1), 0.0, atol=1e-15)
    np.testing.assert_allclose(jacobian.sum(axis=0), 0.0, atol=1e-15)
    assert np.abs(jacobian).max() <= 0.25 + 1e-15


def test_the_jacobian_factors_shrink_when_y_saturates():
    calm = derivation_of(evaluate(ExplorerState(Mode.MULTICLASS, 3, (0.0, 0.0, 0.0), 0)))
    saturated = derivation_of(evaluate(ExplorerState(Mode.MULTICLASS, 3, (-10.0, 10.0, 0.0), 0)))
    assert np.abs(calm.jacobian).max() > 0.2
    assert np.abs(saturated.jacobian).max() < 1e-4  # confidently wrong: the squared error barely moves z₀
    assert abs(saturated.sse_grad) < 1e-4 and saturated.ce_grad == pytest.approx(-1.0)


def test_seed001_three_classes_step_by_step():
    """y = (0.2, 0.5, 0.3), t = (1, 0, 0): −t₀/y₀ = −5, y₀(1 − y₀) = 0.16, the product −0.8 = y₀ − t₀."""
    state = ExplorerState(Mode.MULTICLASS, 3, (0.0,) * 3, 0).with_entered((0.2, 0.5, 0.3))
    step = derivation_of(evaluate(state))
    assert step.k == 0
    np.testing.assert_allclose(step.ce_dE_dy, [-5.0, 0.0, 0.0])
    np.testing.assert_allclose(step.jacobian, [0.16, -0.1, -0.06])
    assert step.ce_grad == pytest.approx(-0.8)
    np.testing.assert_allclose(step.sse_dE_dy, [-0.8, 0.5, 0.3])
    assert step.sse_grad == pytest.approx(-0.8 * 0.16 - 0.5 * 0.1 - 0.3 * 0.06)
    readout = evaluate(state)
    assert step.sse_grad == pytest.approx(readout.grad_squared_error[0])


def test_a_y_of_zero_for_the_correct_class_gives_an_infinite_step_and_a_finite_gradient():
    state = ExplorerState(Mode.MULTICLASS, 3, (0.0,) * 3, 0).with_entered((0.0, 0.5, 0.5))
    step = derivation_of(evaluate(state), 0)
    assert step.ce_dE_dy[0] == -math.inf and number_text(step.ce_dE_dy[0]) == "−∞"
    assert step.ce_grad == pytest.approx(-1.0)


@settings(max_examples=100)
@given(st.floats(0, 1), st.integers(0, 1))
def test_the_sigmoid_derivation_matches_the_gradients(p, label):
    step = sigmoid_derivation(p, label)
    assert step.bce_grad == pytest.approx(p - label)
    assert step.dp_dz == pytest.approx(p * (1 - p))
    assert step.sse_grad == pytest.approx(losses.squared_error_grad_through_sigmoid(p, label)[0], abs=1e-15)
    if 0 < p < 1 and math.isfinite(step.bce_dE_dp):  # −1/p overflows for a subnormal p
        assert step.bce_dE_dp * step.dp_dz == pytest.approx(step.bce_grad, rel=1e-9, abs=1e-12)


@settings(max_examples=100)
@given(st.floats(-30, 30), st.integers(0, 1))
def test_the_binary_derivation_of_a_readout(z, label):
    step = derivation_of(evaluate(ExplorerState(Mode.BINARY, 10, (z,), label)), 7)  # k is ignored
    assert step.bce_grad == pytest.approx(losses.sigmoid_cross_entropy_grad(z, label)[0], abs=1e-15)
    assert step.sse_grad == pytest.approx(losses.sigmoid_squared_error_grad(z, label)[0], abs=1e-15)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="out of range"):
        softmax_derivation([0.5, 0.5], [1.0, 0.0], 2)
    with pytest.raises(ValueError, match="same length"):
        softmax_derivation([0.5, 0.5], [1.0, 0.0, 0.0], 0)
    with pytest.raises(ValueError, match="0 or 1"):
        sigmoid_derivation(0.5, 2)


# -- numbers as text ---------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [
    (None, "—"), (0.0, "0.0000"), (-0.0, "0.0000"), (0.1, "0.1000"), (-0.8, "−0.8000"), (1e-3, "0.0010"), (9.1e-4, "9.10 × 10⁻⁴"),
    (4.54e-5, "4.54 × 10⁻⁵"), (-3e-5, "−3.00 × 10⁻⁵"), (99999.0, "99999.0000"), (1e5, "1.00 × 10⁵"),
    (9.999e6, "1.00 × 10⁷"), (math.inf, "∞"), (-math.inf, "−∞"),
])
def test_number_text(value, text):
    assert number_text(value) == text


@settings(max_examples=300)
@given(st.floats(-5000, 5000))
def test_exp_text_is_e_to_the_exponent(x):
    """To 3 significant digits in scientific notation, to 4 decimals otherwise."""
    text = exp_text(x)
    if "×" in text:
        assert 1.0 <= float(text.partition(" × 10")[0]) < 10.0
        assert log_of(text) == pytest.approx(x, abs=0.005)
    else:
        assert read_back(text) == pytest.approx(math.exp(x), abs=5e-5)
