"""The teacher's settings (temperature T, label smoothing ε, the focal γ and
the more losses shown) belong to the lecture, not to the sample: a new
sample, a validation digit's or a drawing's answer, a worked example's row,
keeps them (ExplorerState.with_settings_of); a tutorial's numbers are
printed at T = 1, ε = 0 (ExplorerState.as_printed).  Without any window."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz import losses
from lossviz.explorer import (
    DEFAULT_FOCAL_GAMMA,
    LECTURE_SETTINGS,
    MAX_CLASSES,
    MIN_CLASSES,
    MORE_LOSS_KEYS,
    NO_SMOOTHING,
    NO_TEMPERATURE,
    ExplorerState,
    Mode,
    evaluate,
    prediction_state,
)
from lossviz.worked_examples import WORKED_EXAMPLES, ExampleKind, state_for_sample


@st.composite
def settings(draw):
    """A state on show with the teacher's settings, any of them on."""
    state = ExplorerState(temperature=draw(st.sampled_from([0.1, 0.5, 1.0, 2.0, 10.0])),
                          smoothing=draw(st.sampled_from([0.0, 0.1, 0.5])),
                          focal_gamma=draw(st.sampled_from([0.0, 2.0, 5.0])))
    for key in MORE_LOSS_KEYS:
        state = state.with_loss_shown(key, draw(st.booleans()))
    return state


@st.composite
def answers(draw, scale=60.0):
    n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
    return np.array(draw(st.lists(st.floats(-scale, scale), min_size=n, max_size=n))), draw(st.integers(0, n - 1))


def lecture(state):
    return tuple(getattr(state, name) for name in LECTURE_SETTINGS)


@given(answers(), settings())
def test_a_networks_answer_keeps_the_teachers_settings_and_shows_its_own_softmax_at_t(answer, teacher):
    logits, label = answer
    state = prediction_state(logits, label, teacher)
    assert lecture(state) == lecture(teacher)
    assert state.target == label and state.n_classes == len(logits)
    readout = evaluate(state)
    # Logits spread wider than the sliders are shown as probabilities: those
    # too are the network's at the temperature on show, never at T = 1.
    np.testing.assert_allclose(readout.y, losses.softmax(logits, teacher.temperature), rtol=1e-9, atol=1e-300)
    np.testing.assert_allclose(readout.t, losses.smooth_labels(losses.one_hot(label, len(logits)), teacher.smoothing))


@given(answers())
def test_without_settings_a_networks_answer_is_the_seeds_softmax(answer):
    logits, label = answer
    assert lecture(prediction_state(logits, label)) == (NO_TEMPERATURE, NO_SMOOTHING, DEFAULT_FOCAL_GAMMA, ())


@given(settings())
def test_every_worked_examples_row_keeps_the_settings_and_its_printed_form_sets_only_t_and_eps_back(teacher):
    for example in WORKED_EXAMPLES:
        if example.kind is ExampleKind.REGRESSION:
            continue
        state = state_for_sample(example, 0, 10, settings=teacher)
        assert lecture(state) == lecture(teacher)
        assert state.entered == tuple(example.outputs[0])
        printed = state.as_printed()
        assert (printed.temperature, printed.smoothing) == (NO_TEMPERATURE, NO_SMOOTHING)
        assert (printed.focal_gamma, printed.more_losses) == (teacher.focal_gamma, teacher.more_losses)


def test_a_printed_example_reproduces_the_tutorials_numbers_whatever_the_teacher_had_set():
    teacher = ExplorerState(temperature=2.0, smoothing=0.1, more_losses=MORE_LOSS_KEYS)
    for example in WORKED_EXAMPLES:
        if example.kind is not ExampleKind.MULTICLASS or example.is_batch:
            continue
        readout = evaluate(state_for_sample(example, 0, 10, settings=teacher).as_printed())
        for key, printed in example.printed.items():
            if printed == -1e-7:  # −log(1 + δ), printed as such
                assert readout.loss(key) == pytest.approx(printed, rel=1e-3)
                continue
            places = min(len(repr(printed).split(".")[1]), 6)  # as many decimals as the tutorial prints
            assert round(readout.loss(key), places) == pytest.approx(round(printed, places)), (example.key, key)
        smoothed = evaluate(state_for_sample(example, 0, 10, settings=teacher))  # ε = 0.1: no longer the tutorial's
        assert smoothed.loss("cross_entropy_error") != pytest.approx(readout.loss("cross_entropy_error"), abs=1e-4)


def test_a_binary_sample_keeps_the_softmax_settings_for_later():
    teacher = ExplorerState(temperature=2.0, smoothing=0.1)
    example = next(e for e in WORKED_EXAMPLES if e.kind is ExampleKind.BINARY)
    state = state_for_sample(example, 0, 10, settings=teacher)
    assert state.mode is Mode.BINARY and (state.temperature, state.smoothing) == (2.0, 0.1)
    assert state.with_mode(Mode.MULTICLASS).temperature == 2.0
