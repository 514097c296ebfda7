"""The MNIST panel's settings read without a window: the learning rate as
typed, and what the trainer is given for the fields (lossviz.settings)."""

import math
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz.messages import Message
from lossviz.mnist.training import TrainingConfig
from lossviz.names import COMPARE, CROSS_ENTROPY, PANEL_LOSSES
from lossviz.settings import TrainingParams, training_config

finite = st.floats(allow_nan=False, allow_infinity=False)
valid_params = st.builds(TrainingParams, hidden=st.integers(1, 4096), lr=st.floats(1e-6, 1e3), batch=st.integers(1, 60000),
                         epochs=st.integers(1, 1000), seed=st.integers(0, 99999), loss=st.sampled_from(PANEL_LOSSES))


@given(finite, st.text(" \t", max_size=3), st.text(" \t", max_size=3))
def test_a_number_typed_is_read_back_exactly_with_spaces_around(value, before, after):
    assert TrainingParams.parse_lr(f"{before}{value!r}{after}") == value


@given(finite.filter(lambda v: "." in repr(v)))
def test_a_decimal_comma_reads_as_a_point(value):
    assert TrainingParams.parse_lr(repr(value).replace(".", ",")) == value


@pytest.mark.parametrize("text", ["0.1.2", "", "abc", "1e", "0,1,2"])
def test_what_is_not_a_number_is_refused_naming_what_was_typed(text):
    with pytest.raises(ValueError) as raised:
        TrainingParams.parse_lr(f" {text} ")
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.context == "MnistPanel"
    assert message.values["text"] == text.replace(",", ".")
    assert "learning rate" in message.template


@given(valid_params)
def test_the_trainer_gets_the_fields_and_compare_trains_cross_entropy_first(params):
    config = training_config(params)
    assert (config.hidden, config.lr, config.batch, config.epochs, config.seed) == (
        params.hidden, params.lr, params.batch, params.epochs, params.seed)
    assert config.loss == (CROSS_ENTROPY if params.loss == COMPARE else params.loss)
    # What the panel does not show stays the trainer's own default.
    defaults = TrainingConfig()
    assert (config.momentum, config.schedule, config.shift) == (defaults.momentum, defaults.schedule, defaults.shift)


@given(valid_params, st.sampled_from([0.0, -0.1, math.inf, math.nan]))
def test_a_learning_rate_that_cannot_train_is_refused(params, lr):
    with pytest.raises(ValueError, match="learning rate"):
        training_config(replace(params, lr=lr))


def test_fields_out_of_range_are_refused():
    with pytest.raises(ValueError):
        training_config(TrainingParams(hidden=0))
