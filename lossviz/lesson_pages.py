"""The MNIST pages' part of a lesson (``lossviz.lesson``), checked as
strictly as the rest: the drawn digit and the slowdown experiment's curves.

- The drawing is the 28 × 28 image the network reads (uint8, light ink on
  black), kept in lesson.json as 28 rows of 28 whole numbers from 0 to 255.
- The experiment's curves go in their own member, experiment.json: for
  each network (cross-entropy's and squared error's) every batch's loss
  and mean |∂E/∂z| (finite, not negative, at most ``MAX_EXPERIMENT_STEPS``
  batches and no more than the run's length) and every epoch's validation
  accuracy (0 to 1, at most one per epoch), with how the run started.

Both are optional keys, like the history: a LossViz that knows neither
opens the lesson without them.  Each ``parse_…`` returns the checked value
or a problem to report (a string), never a half-checked value.
"""

from __future__ import annotations

import math

import numpy as np

from lossviz.mnist.experiment import STARTS
from lossviz.names import BATCH_RANGE, EPOCHS_RANGE, TRAINING_LOSSES

DRAWING_SIDE = 28
#: Far more batches than the window's experiment runs (4 epochs of the full
#: MNIST's 600 batches): keeps experiment.json within MAX_EXPERIMENT_BYTES.
MAX_EXPERIMENT_STEPS = 10000
MAX_EXPERIMENT_BYTES = 2 * 2**20
_CURVES = ("loss", "mean_abs_grad_z")


class PageProblem(ValueError):
    """What is wrong with a saved drawing or experiment, for LessonError's detail."""


# -- the drawing --------------------------------------------------------------


def drawing_json(drawing: bytes) -> list[list[int]]:
    return np.frombuffer(drawing, np.uint8).reshape(DRAWING_SIDE, DRAWING_SIDE).tolist()


def drawing_bytes(image: np.ndarray) -> bytes:
    """A drawing to keep: exactly a 28 × 28 uint8 image (anything else is a caller's mistake)."""
    image = np.asarray(image)
    if image.shape != (DRAWING_SIDE, DRAWING_SIDE) or image.dtype != np.uint8:
        raise ValueError(f"a drawing is a 28 × 28 uint8 image, got {image.shape} {image.dtype}")
    return image.tobytes()


def drawing_image(drawing: bytes) -> np.ndarray:
    return np.frombuffer(drawing, np.uint8).reshape(DRAWING_SIDE, DRAWING_SIDE).copy()


def parse_drawing(values: object) -> bytes:
    problem = PageProblem(f"drawing must be {DRAWING_SIDE} rows of {DRAWING_SIDE} whole numbers from 0 to 255")
    if not isinstance(values, list) or len(values) != DRAWING_SIDE:
        raise problem
    for row in values:
        if not isinstance(row, list) or len(row) != DRAWING_SIDE:
            raise problem
        if not all(is_int(v) and 0 <= v <= 255 for v in row):
            raise problem
    return bytes(v for row in values for v in row)


# -- the experiment's curves ----------------------------------------------------


def parse_experiment(values: object) -> dict:
    """experiment.json's curves, every value checked; the same plain data
    ``ExperimentRecord.curves()`` gives (so also what may be saved)."""
    if not isinstance(values, dict):
        raise PageProblem("experiment.json is not an experiment's curves")
    start = values.get("start")
    if not isinstance(start, str) or start not in STARTS:
        raise PageProblem(f"experiment.start = {start!r}")
    steps_per_epoch, epochs = values.get("steps_per_epoch"), values.get("epochs")
    if not is_int(steps_per_epoch) or not 1 <= steps_per_epoch <= BATCH_RANGE[1]:
        raise PageProblem(f"experiment.steps_per_epoch = {steps_per_epoch!r}")
    if not is_int(epochs) or not EPOCHS_RANGE[0] <= epochs <= EPOCHS_RANGE[1]:
        raise PageProblem(f"experiment.epochs = {epochs!r}")
    start_accuracy = values.get("start_accuracy")
    if not _finite(start_accuracy, 0.0, 1.0):
        raise PageProblem(f"experiment.start_accuracy must be a number from 0 to 1, got {start_accuracy!r}")
    steps = min(steps_per_epoch * epochs, MAX_EXPERIMENT_STEPS)
    curves = {"start": start, "steps_per_epoch": steps_per_epoch, "epochs": epochs, "start_accuracy": float(start_accuracy)}
    for loss in TRAINING_LOSSES:
        curves[loss] = _parse_network(values.get(loss), loss, steps, epochs)
    lengths = {len(curves[loss]["loss"]) for loss in TRAINING_LOSSES}
    if len(lengths) != 1:
        raise PageProblem("experiment: the two networks' curves must be as long as each other")
    return curves


def _parse_network(values: object, loss: str, steps: int, epochs: int) -> dict:
    if not isinstance(values, dict):
        raise PageProblem(f"experiment.{loss} is missing")
    network = {}
    for name in _CURVES:
        curve = values.get(name)
        if not isinstance(curve, list) or len(curve) > steps or not all(_finite(v, 0.0, math.inf) for v in curve):
            raise PageProblem(f"experiment.{loss}.{name} must be at most {steps:,} finite numbers, none negative")
        network[name] = [float(v) for v in curve]
    if len(network["loss"]) != len(network["mean_abs_grad_z"]):
        raise PageProblem(f"experiment.{loss}: one mean |∂E/∂z| per batch loss")
    accuracy = values.get("validation_accuracy")
    if not isinstance(accuracy, list) or len(accuracy) > epochs or not all(_finite(v, 0.0, 1.0) for v in accuracy):
        raise PageProblem(f"experiment.{loss}.validation_accuracy must be at most {epochs} numbers from 0 to 1")
    network["validation_accuracy"] = [float(v) for v in accuracy]
    return network


# -- checks that lossviz.lesson shares ----------------------------------------------


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def numbers(values: object, count: int, low: float, high: float) -> tuple[float, ...] | None:
    """``count`` finite numbers from ``low`` to ``high`` (JSON's), else None."""
    if not isinstance(values, list) or len(values) != count or not all(_finite(v, low, high) for v in values):
        return None
    return tuple(float(v) for v in values)


def _finite(value: object, low: float, high: float) -> bool:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    try:
        number = float(value)
    except OverflowError:  # an integer of 400 digits
        return False
    return math.isfinite(number) and low <= number <= high


def kept_experiment(curves: dict | None) -> dict | None:
    """The curves a lesson saves: at most MAX_EXPERIMENT_STEPS batches of a
    run, checked as a lesson's are read (a run that measured something no
    lesson may hold is left out, never saved into a file that will not open)."""
    if curves is None:
        return None
    cut = {key: {name: list(values)[:MAX_EXPERIMENT_STEPS] for name, values in value.items()} if key in TRAINING_LOSSES else value
           for key, value in curves.items()}
    try:
        return parse_experiment(cut)
    except PageProblem:
        return None
