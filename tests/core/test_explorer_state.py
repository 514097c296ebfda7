"""The explorer's state and readout, without any window."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz.explorer import (
    LOGIT_MAX,
    LOGIT_MIN,
    ExplorerState,
    Mode,
    evaluate,
    format_value,
    parse_probabilities,
)


def test_default_is_uniform():
    readout = evaluate(ExplorerState(target=2))
    np.testing.assert_allclose(readout.y, 0.1)
    assert readout.loss("cross_entropy_from_logits") == pytest.approx(np.log(10))
    assert readout.sums_to_one


@given(st.lists(st.floats(LOGIT_MIN, LOGIT_MAX), min_size=10, max_size=10), st.integers(0, 9))
def test_sliders_always_give_a_distribution(logits, index):
    state = ExplorerState(logits=tuple(logits)).with_logit(index, logits[0] + 3)
    readout = evaluate(state)
    assert readout.y.sum() == pytest.approx(1.0)
    assert all(np.isfinite(item.value) for item in readout.losses)


def test_entered_vector_is_used_as_written_and_sliders_follow():
    y = (0.1, 0.01, 0.99, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04)
    state = ExplorerState(target=2).with_entered(y)
    readout = evaluate(state)
    assert readout.total == pytest.approx(1.46)
    assert not readout.sums_to_one
    assert readout.loss("cross_entropy_error") == 0.010050234843405595
    assert readout.loss("cross_entropy_from_logits") is None  # typed y has no logits
    assert state.logits[2] == 0.0 and state.logits[3] == LOGIT_MIN  # the largest at 0, zeros at the bottom


def test_renormalise():
    state = ExplorerState(target=2).with_entered((0.1, 0.01, 0.6, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04)).renormalised()
    readout = evaluate(state)
    assert readout.sums_to_one
    assert readout.y[2] == pytest.approx(0.6 / 1.07)


def test_moving_a_slider_returns_to_logits():
    state = ExplorerState(target=2).with_entered((0.1,) * 10).with_logit(0, 1.0)
    assert state.entered is None
    assert evaluate(state).loss("cross_entropy_from_logits") is not None


def test_changing_class_count_keeps_target_in_range():
    state = ExplorerState(target=9).with_n_classes(3)
    assert state.target == 2 and len(state.logits) == 3
    with pytest.raises(ValueError, match="2 to 10"):
        state.with_n_classes(11)


def test_binary_mode():
    state = ExplorerState().with_mode(Mode.BINARY).with_target(1).with_entered((0.9,))
    readout = evaluate(state)
    assert readout.loss("binary_cross_entropy") == pytest.approx(0.10536051565782628)
    np.testing.assert_allclose(readout.y, [0.1, 0.9])
    assert readout.y_correct == pytest.approx(0.9)
    slid = evaluate(state.with_logit(0, 0.0))
    assert slid.loss("binary_cross_entropy_from_logits") == pytest.approx(np.log(2))
    assert slid.grad_cross_entropy[0] == pytest.approx(-0.5)


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("0.1, 0.2, 0.7", 3, (0.1, 0.2, 0.7)),
        ("[0.1 0.2 0.7]", 3, (0.1, 0.2, 0.7)),
        ("np.array([0.1, 0.2, 0.7])", 3, (0.1, 0.2, 0.7)),
        ("0.1、0.2、0.7", 3, (0.1, 0.2, 0.7)),
        ("0.5;0.5", 2, (0.5, 0.5)),
        ("0", 1, (0.0,)),
    ],
)
def test_parse_accepts(text, count, expected):
    assert parse_probabilities(text, count) == expected


@pytest.mark.parametrize(
    ("text", "count", "message"),
    [
        ("", 3, "Type 3 probabilities"),
        ("0.1, abc, 0.7", 3, "“abc” is not a number"),
        ("0.1, nan, 0.7", 3, "not a finite number"),
        ("0.1, -0.2, 0.7", 3, "negative"),
        ("0.1, 1.2, 0.7", 3, "above 1"),
        ("0.5, 0.5", 3, "Expected 3 values, one per class, but got 2"),
        ("0, 0, 0", 3, "All values are 0"),
    ],
)
def test_parse_refuses(text, count, message):
    with pytest.raises(ValueError, match=message):
        parse_probabilities(text, count)


def test_format_value():
    assert format_value(0.0258) == "0.025800"
    assert format_value(-9.999999505838704e-08) == "−1.00 × 10⁻⁷"
    assert format_value(None) == "n/a"
    assert format_value(1.6094374124342252) == "1.609437"


def test_invalid_state_is_refused():
    with pytest.raises(ValueError, match="out of range"):
        ExplorerState(target=10)
    with pytest.raises(ValueError, match="needs 10 logits"):
        ExplorerState(logits=(0.0,))
