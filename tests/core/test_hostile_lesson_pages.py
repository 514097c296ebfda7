"""A lesson's drawing and experiment curves (lossviz.lesson_pages): kept
and read back exactly; hostile values refused with LessonError naming the
file, never used, never a traceback."""

import io
import json
import math
import zipfile
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz.lesson import EXPERIMENT_JSON, LessonError, lesson_bytes, lesson_json, read_lesson
from lossviz.lesson_pages import MAX_EXPERIMENT_STEPS, drawing_bytes, drawing_image, kept_experiment
from lossviz.mnist.model_file import model_bytes
from tests.core.test_hostile_lesson import LESSON, refused

DRAWING = np.arange(784, dtype=np.uint16).reshape(28, 28).astype(np.uint8)
CURVES = {"start": "confidently-wrong", "steps_per_epoch": 2, "epochs": 2, "start_accuracy": 0.1,
          "ce": {"loss": [2.3, 1.5, 0.9], "mean_abs_grad_z": [0.18, 0.1, 0.05], "validation_accuracy": [0.8]},
          "sse": {"loss": [0.99, 0.99, 0.99], "mean_abs_grad_z": [3e-5, 3e-5, 3e-5], "validation_accuracy": [0.1]}}
FULL = replace(LESSON, drawing=drawing_bytes(DRAWING), experiment=kept_experiment(CURVES))


def with_pages(document_changes=None, experiment=None) -> bytes:
    """FULL's archive with lesson.json changed and experiment.json replaced (a dict, or text as it is)."""
    values = lesson_json(FULL)
    values.update(document_changes or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("lesson.json", json.dumps(values))
        zf.writestr("weights.npz", model_bytes(LESSON.weights, loss="ce"))
        experiment = CURVES if experiment is None else experiment
        zf.writestr(EXPERIMENT_JSON, experiment if isinstance(experiment, str) else json.dumps(experiment))
    return buffer.getvalue()


def test_the_drawing_and_the_curves_come_back_exactly():
    lesson = read_lesson(lesson_bytes(FULL), "x.lossviz")
    assert np.array_equal(drawing_image(lesson.drawing), DRAWING)
    assert lesson.experiment == CURVES
    again = read_lesson(with_pages(), "x.lossviz")
    assert (again.drawing, again.experiment) == (lesson.drawing, lesson.experiment)


def test_a_lesson_without_them_opens_without_them():
    lesson = read_lesson(lesson_bytes(LESSON), "x.lossviz")
    assert lesson.drawing is None and lesson.experiment is None


def test_only_a_28_by_28_uint8_image_is_kept():
    for image in (np.zeros((27, 28), np.uint8), np.zeros((28, 28), np.float32), np.zeros(784, np.uint8)):
        with pytest.raises(ValueError):
            drawing_bytes(image)


def rows(value=0, side=28):
    return [[value] * side for _ in range(side)]


@pytest.mark.parametrize("drawing", [
    "drawing", 7, [], rows(side=27), rows()[:27], [[0] * 27] + rows()[1:], rows(256), rows(-1), rows(0.5), rows(True),
    rows("0"), rows(None), [None] * 28, rows(10**400), {"0": rows()},
])
def test_a_hostile_drawing_is_refused(drawing):
    refused(with_pages({"drawing": drawing}), "drawing must be 28 rows")


def curves(**changes):
    values = json.loads(json.dumps(CURVES))
    for key, value in changes.items():
        if "." in key:
            loss, name = key.split(".")
            values[loss][name] = value
        else:
            values[key] = value
    return values


@pytest.mark.parametrize("experiment, words", [
    ("[]", "not an experiment"),
    ("{", "not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (curves(start="upside-down"), "experiment.start"),
    (curves(steps_per_epoch=0), "steps_per_epoch"),
    (curves(steps_per_epoch=True), "steps_per_epoch"),
    (curves(epochs=10**6), "experiment.epochs"),
    (curves(start_accuracy=1.5), "start_accuracy"),
    (curves(start_accuracy=None), "start_accuracy"),
    (curves(**{"ce.loss": [2.3, -1.0, 0.9]}), "none negative"),
    (curves(**{"ce.loss": [2.3, "1", 0.9]}), "none negative"),
    (curves(**{"ce.loss": [1.0] * 5}), "at most 4"),  # longer than 2 epochs of 2 batches
    (curves(**{"sse.mean_abs_grad_z": [1e-5]}), "one mean"),
    (curves(**{"ce.loss": [1.0, 1.0], "ce.mean_abs_grad_z": [0.1, 0.1]}), "as long as each other"),
    (curves(**{"ce.validation_accuracy": [0.5, 0.6, 0.7]}), "validation_accuracy"),
    (curves(**{"sse.validation_accuracy": [2.0]}), "validation_accuracy"),
    (curves(ce=None), "experiment.ce is missing"),
    (curves(sse=[1, 2]), "experiment.sse is missing"),
])
def test_hostile_curves_are_refused(experiment, words):
    refused(with_pages(experiment=experiment), words)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_curves_are_refused(constant):
    text = json.dumps(CURVES).replace("0.9]", f"{constant}]", 1)
    assert constant in text
    refused(with_pages(experiment=text), "not valid JSON")


def test_curves_under_another_name_or_missing_are_refused():
    refused(with_pages({"experiment": "../etc/passwd"}), "experiment =")
    values = lesson_json(FULL)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("lesson.json", json.dumps(values))
        zf.writestr("weights.npz", model_bytes(LESSON.weights, loss="ce"))
    refused(buffer.getvalue(), "experiment.json is missing")


def test_a_run_no_lesson_may_hold_is_left_out_and_a_long_one_cut():
    """Saving never writes a file that will not open: a curve that is not finite is left out."""
    assert kept_experiment(curves(**{"ce.loss": [2.3, math.nan, 0.9]})) is None
    assert kept_experiment(None) is None
    steps = MAX_EXPERIMENT_STEPS + 10
    long = curves(steps_per_epoch=steps, epochs=1, **{f"{loss}.{name}": [0.5] * steps for loss in ("ce", "sse")
                                                      for name in ("loss", "mean_abs_grad_z")})
    kept = kept_experiment(long)
    assert len(kept["ce"]["loss"]) == len(kept["sse"]["mean_abs_grad_z"]) == MAX_EXPERIMENT_STEPS
    read_lesson(lesson_bytes(replace(LESSON, experiment=kept)), "x.lossviz")


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=30) | st.dictionaries(st.text(max_size=5), inner, max_size=6),
                    max_leaves=60))
def test_only_lesson_errors_come_out_of_mutated_pages(value):
    for data in (with_pages({"drawing": value}), with_pages(experiment=value if not isinstance(value, str) else json.dumps(value))):
        try:
            read_lesson(data, "x.lossviz")
        except LessonError:
            pass
