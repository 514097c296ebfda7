"""What the explorer's numbers claim, checked without a window: where the
gradients are defined, how far δ moves the cross-entropy from −log y, and
typed vectors in the forms an input method or a worksheet writes them."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz import losses
from lossviz.explorer import (
    CROSS_ENTROPY_CAP,
    ExplorerState,
    Mode,
    evaluate,
    parse_probabilities,
)
from lossviz.worked_examples import WORKED_EXAMPLES, ExampleKind, state_for_sample


def typed(values, target=7):
    n = len(values)
    return evaluate(ExplorerState(Mode.MULTICLASS, n, (0.0,) * n, target).with_entered(values))


def test_a_typed_vector_off_one_has_no_gradients():
    # The issue's vector: sums to 1.5, so it is no softmax of any logits.
    readout = typed((0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0))
    assert not readout.gradients_defined
    assert readout.loss("cross_entropy_from_logits") is None


def test_a_typed_vector_summing_to_one_keeps_its_gradients():
    # log y are its logits (up to a constant): y − t is the true gradient.
    readout = typed((0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0), target=2)
    assert readout.gradients_defined
    np.testing.assert_allclose(readout.grad_cross_entropy, readout.y - readout.t)


@given(st.lists(st.floats(-10, 10), min_size=2, max_size=10), st.data())
def test_sliders_always_have_gradients(logits, data):
    target = data.draw(st.integers(0, len(logits) - 1))
    assert evaluate(ExplorerState(Mode.MULTICLASS, len(logits), tuple(logits), target)).gradients_defined


def test_binary_typed_p_has_a_logit():
    state = ExplorerState(Mode.BINARY, 10, (0.0,), 1).with_entered((0.3,))
    assert evaluate(state).gradients_defined


def test_near_zero_delta_caps_the_readout_below_minus_log_y():
    # The issue's numbers: the correct class at logit −10, another at +10.
    logits = (10.0,) + (0.0,) * 6 + (-10.0,) + (0.0,) * 2
    readout = evaluate(ExplorerState(logits=logits, target=7))
    assert readout.exact_cross_entropy == pytest.approx(20.000363, abs=1e-6)
    assert readout.loss("cross_entropy_error") == pytest.approx(16.097701, abs=1e-6)
    assert readout.exact_cross_entropy == pytest.approx(readout.loss("cross_entropy_from_logits"))
    assert readout.delta_shows
    assert readout.loss("cross_entropy_error") < CROSS_ENTROPY_CAP == pytest.approx(16.118, abs=1e-3)


def test_uniform_answer_needs_no_delta_note():
    readout = evaluate(ExplorerState(target=3))
    assert not readout.delta_shows
    assert readout.delta_shift == pytest.approx(math.log1p(1e-7 / 0.1))


def test_binary_clip_is_a_delta_too():
    readout = evaluate(ExplorerState(Mode.BINARY, 10, (-20.0,), 1))
    assert readout.delta_shows
    assert readout.exact_cross_entropy == pytest.approx(losses.binary_cross_entropy_from_logits([-20.0], [1.0]))


@pytest.mark.parametrize("example", [e for e in WORKED_EXAMPLES if e.kind is not ExampleKind.REGRESSION], ids=lambda e: e.key)
def test_no_tutorial_example_triggers_the_delta_note(example):
    """Every example's read-out is the tutorial's own number: δ stays out of sight."""
    for row in range(len(example.outputs)):
        assert not evaluate(state_for_sample(example, row, 10)).delta_shows, example.key


def test_y_zero_is_infinite_without_delta():
    readout = typed((1.0, 0.0), target=1)
    assert readout.exact_cross_entropy == math.inf
    assert readout.loss("cross_entropy_error") == pytest.approx(CROSS_ENTROPY_CAP)
    assert readout.delta_shows


# --- typed in any of the forms an input method or a worksheet gives --------

_FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
_SEPARATORS = [", ", ",", "、", "，", "; ", "；", " ", "\u3000", " , ", "､"]


@st.composite
def written_vectors(draw):
    """A probability vector in hundredths and one way of writing it."""
    hundredths = draw(st.lists(st.integers(0, 100), min_size=2, max_size=10).filter(any))
    words = []
    for h in hundredths:
        form = draw(st.sampled_from(["decimal", "percent", "spaced percent", "full-width percent"]))
        words.append({"decimal": f"{h / 100:g}", "percent": f"{h}%", "spaced percent": f"{h} %",
                      "full-width percent": f"{h}％"}[form])
    text = draw(st.sampled_from(_SEPARATORS)).join(words)
    if draw(st.booleans()):
        text = text.translate(_FULL_WIDTH)  # an input method in full-width mode
    if draw(st.booleans()):
        text = text.replace("．", "。")  # kana mode types the point as 。
    text = draw(st.sampled_from(["{}", "[{}]", "np.array([{}])", "（{}）", "  {}  "])).format(text)
    return [h / 100 for h in hundredths], text


@given(written_vectors())
def test_every_written_form_reads_the_same(case):
    values, text = case
    assert parse_probabilities(text, len(values)) == pytest.approx(values, abs=1e-12)


@pytest.mark.parametrize(("text", "expected"), [
    ("０．１、０．０５、０．８５", (0.1, 0.05, 0.85)),
    ("10%, 5%, 85%", (0.1, 0.05, 0.85)),
    ("１０％、５％、８５％", (0.1, 0.05, 0.85)),
    ("０。１、０。０５、０。８５", (0.1, 0.05, 0.85)),
    ("10 %  5 %  85 %", (0.1, 0.05, 0.85)),
])
def test_the_issues_forms(text, expected):
    assert parse_probabilities(text, 3) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["150%, 0", "%, 0.5", "10%%, 0.9", "−5%, 1"])
def test_bad_percentages_are_refused(text):
    with pytest.raises(ValueError):
        parse_probabilities(text, 2)
