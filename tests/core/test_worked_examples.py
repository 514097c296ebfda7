"""Every number a seed prints, reproduced by the app's own computation."""

import numpy as np
import pytest

from lossviz import losses
from lossviz.explorer import ExplorerState, Mode, evaluate
from lossviz.worked_examples import WORKED_EXAMPLES, ExampleKind, compute_example, example_by_key, state_for_sample


def _decimals(value: float) -> int:
    """How many decimals the seed printed (0.0258 -> 4, 0.10105000000000001 -> 17)."""
    text = repr(value)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 12


@pytest.mark.parametrize("example", WORKED_EXAMPLES, ids=lambda e: e.key)
def test_printed_numbers_are_reproduced(example):
    computed = compute_example(example)
    for key, printed in example.printed.items():
        if example.kind is ExampleKind.REGRESSION:
            value = computed.overall if key == "sum_squared_error" else computed.extra[key]
        elif example.is_batch:
            value = computed.overall if key == computed.loss_key else computed.extra[key]
        else:
            # A single sample: what the explorer shows for it.
            state = ExplorerState(Mode.MULTICLASS, example.n_classes, (0.0,) * example.n_classes, example.targets[0])
            value = evaluate(state.with_entered(example.outputs[0])).loss(key)
        if printed == -1e-7:  # seed 001's "close to 0": −log(1 + δ)
            assert value == pytest.approx(-1e-7, rel=1e-6)
        else:
            places = min(_decimals(printed), 12)
            # The seeds print without δ; δ = 1e-7 shifts at most the 7th decimal.
            assert value == pytest.approx(printed, abs=max(10.0 ** -places, 1e-6))


@pytest.mark.parametrize("example", [e for e in WORKED_EXAMPLES if e.printed_per_sample], ids=lambda e: e.key)
def test_per_sample_numbers_are_reproduced(example):
    computed = compute_example(example)
    np.testing.assert_allclose(computed.rows, example.printed_per_sample, atol=1e-6)


def test_seed004_vectors_do_not_sum_to_one_and_are_kept_as_written():
    sums = {key: round(sum(example_by_key(key).outputs[0]), 2) for key in ("seed004-sse1", "seed004-wrong", "seed004-ce1")}
    assert sums == {"seed004-sse1": 1.07, "seed004-wrong": 1.13, "seed004-ce1": 1.46}


def test_every_example_is_valid_input():
    for example in WORKED_EXAMPLES:
        if example.kind is ExampleKind.MULTICLASS:
            t = losses.one_hot(list(example.targets), example.n_classes)
            assert len(example.outputs) == len(example.targets)
            losses.cross_entropy_error(example.outputs, t)


def test_unknown_example():
    with pytest.raises(KeyError):
        example_by_key("no-such-example")


def test_a_multiclass_sample_becomes_the_explorers_typed_vector():
    example = example_by_key("seed002-batch-a")
    state = state_for_sample(example, 1, n_classes=4)
    assert state.mode is Mode.MULTICLASS and state.n_classes == len(example.outputs[1])
    assert state.target == example.targets[1]
    assert state.entered == pytest.approx(example.outputs[1])


def test_a_binary_sample_keeps_the_number_of_classes():
    example = example_by_key("seed002-binary")
    state = state_for_sample(example, 0, n_classes=7)
    assert state.mode is Mode.BINARY and state.n_classes == 7
    assert state.target == example.targets[0]
    assert state.entered is not None


def test_examples_are_named_tutorials_and_old_seed_keys_still_work():
    from lossviz.worked_examples import OLD_KEYS, known_key

    assert all(e.key.startswith("tutorial") for e in WORKED_EXAMPLES)
    assert example_by_key("seed000-wrong") is example_by_key("tutorial000-wrong")
    assert len(OLD_KEYS) == len(WORKED_EXAMPLES)
    assert known_key("seed002-regression") == "tutorial002-regression"
    assert known_key("seed999") is None and known_key(None) is None


def test_old_keys_in_settings_and_lessons_are_read():
    from lossviz.settings import from_store, to_store

    stored = to_store(from_store({})[0])
    stored["explorer/preset"] = "seed002-batch-a"
    settings, problems = from_store(stored)
    assert settings.preset == "tutorial002-batch-a" and not problems


@pytest.mark.parametrize(("value", "cell"), [
    (5.5, "5.5"), (0.0258, "0.0258"), (0.105, "0.105"), (-1e-07, "−1.00 × 10⁻⁷"),
    (0.8634223884819422, "0.863422"), (0.35667494393873245, "0.356675"), (0.10105000000000001, "0.101050"),
])
def test_long_printed_floats_are_rounded_to_the_apps_decimals(value, cell):
    from lossviz.worked_examples import printed_text

    assert printed_text(value) == cell
