"""A lesson saved to one file and opened again (no Qt).

A ``.lossviz`` file is a zip archive holding ``lesson.json`` (what the
explorer shows, the worked example, the MNIST panel's settings and data)
and, optionally, ``weights.npz``: the trained network, in the same no-pickle
format as ``lossviz train --save`` (``lossviz.mnist.model_file``), and
``history.json``: the training's loss and accuracy curves; ``experiment.json``:
the slowdown experiment's curves (``lossviz.lesson_pages``, with the drawing).  JSON and plain
number arrays only: opening a file never runs anything in it.

The history (and the view on show) came after format 1 and did not change its version: it is an
optional member, named by an optional key, and a LossViz that knows
neither reads only lesson.json and weights.npz and ignores unknown keys, so
it opens such a lesson as before, without the curves.  A lesson without
the history (every older one) opens with empty plots.

Reading checks everything before anything is used: the archive's size and
members, the format name and version (a newer version is named as such),
each value's type and range, and the weights' shapes against the hidden
size.  Any problem raises ``LessonError`` with a message for the user, and
the caller keeps the lesson it had.  Saving goes through a temporary file
and an atomic rename (``lossviz.atomic``).
"""

from __future__ import annotations

import errno
import io
import json
import math
import os
import struct
import zipfile
import zlib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from lossviz import __version__
from lossviz.atomic import write_atomically
from lossviz.explorer import (
    DEFAULT_FOCAL_GAMMA,
    LOGIT_MAX,
    LOGIT_MIN,
    MAX_CLASSES,
    MIN_CLASSES,
    MORE_LOSS_KEYS,
    NO_SMOOTHING,
    NO_TEMPERATURE,
    ExplorerState,
    Mode,
)
from lossviz.lesson_pages import MAX_EXPERIMENT_BYTES, PageProblem, drawing_json, parse_drawing, parse_experiment
from lossviz.lesson_pages import is_int as _is_int
from lossviz.lesson_pages import numbers as _numbers
from lossviz.loss_checks import FOCAL_GAMMA_RANGE, SMOOTHING_RANGE, TEMPERATURE_RANGE
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.model_file import ModelFileError, model_bytes, read_model
from lossviz.mnist.session import MAX_HISTORY_POINTS, LossHistory, TrainingHistory
from lossviz.names import BATCH_RANGE, CROSS_ENTROPY, EPOCHS_RANGE, LESSON_SUFFIX, SQUARED_ERROR, TRAINING_LOSSES, VIEWS
from lossviz.safe_read import RefusedFile, read_regular
from lossviz.settings import TrainingParams, parse_training
from lossviz.worked_examples import known_key

FORMAT = "lossviz-lesson"
VERSION = 1
#: A lesson with slides is format 2 (lossviz.deck says why); one without stays format 1.
READABLE_VERSION = 2
SUFFIX = LESSON_SUFFIX
LESSON_JSON, WEIGHTS_NPZ, HISTORY_JSON, EXPERIMENT_JSON = "lesson.json", "weights.npz", "history.json", "experiment.json"
#: Far more than any real lesson (the largest network, 4,096 hidden units,
#: is 13 MB of weights); refuses a zip bomb before it is unpacked.
MAX_FILE_BYTES = 64 * 2**20
#: The history: 2 × 5,000 batch losses as compact JSON are about 0.3 MB.
MAX_MEMBER_BYTES = {LESSON_JSON: 2**20, WEIGHTS_NPZ: 48 * 2**20, HISTORY_JSON: 2 * 2**20, EXPERIMENT_JSON: MAX_EXPERIMENT_BYTES}
MAX_PATH_CHARS = 4096
#: What zipfile, zlib and json raise on malformed input (an encrypted
#: member is a RuntimeError, an unknown compression NotImplementedError);
#: each becomes a LessonError naming the file.
_MALFORMED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError, ValueError,
              TypeError, RuntimeError, NotImplementedError, OverflowError, RecursionError)


@dataclass(frozen=True)
class Lesson:
    explorer: ExplorerState = field(default_factory=ExplorerState)
    #: The worked example on show (its key in lossviz.worked_examples), if any.
    example: str | None = None
    training: TrainingParams = field(default_factory=TrainingParams)
    #: The MNIST panel's data: "bundled", "full", or a folder of IDX files.
    data: str = "bundled"
    #: The trained network, if the lesson keeps it; trained with the loss
    #: ``training.loss`` (cross-entropy's for a comparison run).
    weights: Mlp | None = None
    #: The loss and accuracy curves of the training, if the lesson keeps them.
    history: TrainingHistory | None = None
    #: A deck's slides (lossviz.deck.Slide), in order; empty for a lesson of one state.
    slides: tuple = ()
    #: The view on show (lossviz.names.VIEWS); None, as in every older lesson: the default.
    view: str | None = None
    #: The drawn digit (lossviz.lesson_pages: 784 bytes, the 28 × 28 uint8 image), if any.
    drawing: bytes | None = None
    #: The slowdown experiment's curves (ExperimentRecord.curves()), if it ran.
    experiment: dict | None = None


class LessonError(ValueError):
    """A file that cannot be opened as a lesson; the message says why, as
    a ``Message`` the window translates."""

    def __init__(self, template: str, **values) -> None:
        super().__init__(Message("lesson", template, **values))


# -- saving ------------------------------------------------------------------


def lesson_json(lesson: Lesson) -> dict:
    state = lesson.explorer
    return {
        "format": FORMAT,
        "version": VERSION,
        "saved_by": f"LossViz {__version__}",
        "explorer": {
            "mode": state.mode.value,
            "n_classes": state.n_classes,
            "logits": list(state.logits),
            "target": state.target,
            "entered": None if state.entered is None else list(state.entered),
            "temperature": state.temperature,
            "smoothing": state.smoothing,
            "focal_gamma": state.focal_gamma,
            "more_losses": list(state.more_losses),
        },
        "example": lesson.example,
        "training": asdict(lesson.training),
        "data": lesson.data,
        "weights": WEIGHTS_NPZ if lesson.weights is not None else None,
        "history": HISTORY_JSON if lesson.history is not None else None,
        "view": lesson.view,
        "drawing": None if lesson.drawing is None else drawing_json(lesson.drawing),
        "experiment": EXPERIMENT_JSON if lesson.experiment is not None else None,
    }


def history_json(history: TrainingHistory) -> dict:
    """The history as history.json holds it, at most MAX_HISTORY_POINTS batch losses per loss."""
    runs = [run.decimated() for run in history.runs]
    return {
        "steps_per_epoch": history.steps_per_epoch,
        "epochs": history.epochs,
        "runs": [{"loss": run.loss, "steps": list(run.steps), "losses": list(run.losses),
                  "train_accuracy": list(run.train_accuracy), "validation_accuracy": list(run.validation_accuracy)} for run in runs],
    }


def lesson_bytes(lesson: Lesson) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(LESSON_JSON, json.dumps(_with_deck(lesson_json(lesson), lesson), indent=2, ensure_ascii=False))
        if lesson.weights is not None:
            loss = SQUARED_ERROR if lesson.training.loss == SQUARED_ERROR else CROSS_ENTROPY
            archive.writestr(WEIGHTS_NPZ, model_bytes(lesson.weights, loss=loss))
        if lesson.history is not None:
            archive.writestr(HISTORY_JSON, json.dumps(history_json(lesson.history), separators=(",", ":")))
        if lesson.experiment is not None:  # checked when it was kept (LessonActions), as when it is read
            archive.writestr(EXPERIMENT_JSON, json.dumps(lesson.experiment, separators=(",", ":"), allow_nan=False))
    return buffer.getvalue()


def _with_deck(document: dict, lesson: Lesson) -> dict:
    from lossviz import deck  # deck builds on this module

    return deck.with_slides(document, lesson.slides)


def save_lesson(path: str | os.PathLike, lesson: Lesson) -> None:
    """Write ``lesson`` to ``path``; the old file stays whole until the new one is."""
    write_atomically(path, lesson_bytes(lesson))


# -- opening -----------------------------------------------------------------


def load_lesson(path: str | os.PathLike) -> Lesson:
    path = Path(path)
    name = path.name
    try:
        # Regular files only, read no further than a lesson can be: a
        # symlink to /dev/zero or a FIFO is refused, not read for ever.
        data = read_regular(path, MAX_FILE_BYTES)
    except RefusedFile as error:
        if error.errno == errno.EFBIG:
            raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name}: too large to be a lesson file ({size} MB)"), name=name,
                              size=_size_of(path) // 2**20) from None
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} cannot be read: {reason}"), name=name,
                          reason=error.strerror) from None
    except FileNotFoundError:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name}: no such file"), name=name) from None
    except OSError as error:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} cannot be read: {reason}"), name=name,
                          reason=error.strerror or str(error)) from None
    return read_lesson(data, name)


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_lesson(data: bytes, name: str = "lesson") -> Lesson:
    """The lesson in a file's bytes, every value checked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _MALFORMED:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is not a LossViz lesson: it is not a lesson archive, or it was cut short"),
                          name=name) from None
    try:
        with archive:
            return _read_archive(archive, name)
    except LessonError:
        raise
    except _MALFORMED as error:  # whatever the checks above did not foresee is damage too, never a traceback
        _damaged(name, f"{type(error).__name__}: {error}")


def _read_archive(archive: zipfile.ZipFile, name: str) -> Lesson:
    document = _parse_json(_member(archive, LESSON_JSON, name), name)
    lesson = _parse_document(document, name)
    if document.get("slides") is not None:
        from lossviz import deck  # deck builds on this module

        lesson = replace(lesson, slides=deck.parse_slides(document["slides"], name))
    if document.get("weights") is not None:
        if document["weights"] != WEIGHTS_NPZ:
            _damaged(name, f"weights = {document['weights']!r}")
        lesson = _with_weights(lesson, _member(archive, WEIGHTS_NPZ, name), name)
    lesson = replace(lesson, view=_parse_view(document.get("view"), name))
    if document.get("history") is not None:
        if document["history"] != HISTORY_JSON:
            _damaged(name, f"history = {document['history']!r}")
        lesson = replace(lesson, history=_parse_history(_parse_member_json(_member(archive, HISTORY_JSON, name), HISTORY_JSON, name), name))
    return _with_pages(archive, document, lesson, name)


def _with_pages(archive: zipfile.ZipFile, document: dict, lesson: Lesson, name: str) -> Lesson:
    """The drawing and the experiment's curves, both optional keys (lossviz.lesson_pages checks them)."""
    try:
        if document.get("drawing") is not None:
            lesson = replace(lesson, drawing=parse_drawing(document["drawing"]))
        if document.get("experiment") is not None:
            if document["experiment"] != EXPERIMENT_JSON:
                _damaged(name, f"experiment = {document['experiment']!r}")
            values = _parse_member_json(_member(archive, EXPERIMENT_JSON, name), EXPERIMENT_JSON, name)
            lesson = replace(lesson, experiment=parse_experiment(values))
    except PageProblem as problem:
        _damaged(name, str(problem))
    return lesson


def _member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    limit = MAX_MEMBER_BYTES[member]
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is not a LossViz lesson: {member} is missing from it"),
                          name=name, member=member) from None
    if info.file_size > limit:
        _damaged(name, f"{member} claims {info.file_size:,} bytes")
    if info.flag_bits & 0x1:  # LossViz never encrypts; zipfile would ask for a password
        _damaged(name, f"{member} is encrypted")
    try:
        with archive.open(info) as f:
            content = f.read(limit + 1)  # the header's size may lie: read no more than allowed
    except _MALFORMED as error:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is not a LossViz lesson: it is not a lesson archive, or it was cut short"),
                          name=name) from error
    if len(content) > limit:
        _damaged(name, f"{member} is larger than {limit:,} bytes")
    return content


def _parse_member_json(content: bytes, member: str, name: str) -> object:
    try:
        return json.loads(content.decode("utf-8"), parse_constant=_no_constant)
    except RecursionError:  # nesting deeper than the interpreter's stack, in 1 MB of "[[[["
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is damaged: {member} is not valid JSON ({reason})"),
                          name=name, member=member, reason="nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is damaged: {member} is not valid JSON ({reason})"),
                          name=name, member=member, reason=str(error)) from None


def _parse_json(content: bytes, name: str) -> dict:
    document = _parse_member_json(content, LESSON_JSON, name)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is not a LossViz lesson: its lesson.json is not in the lesson format"),
                          name=name)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        _damaged(name, f"version = {version!r}")
    if version > READABLE_VERSION:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} was saved by a newer LossViz (lesson format {version}); this LossViz "
                                                      "opens format {supported}. Update LossViz to open it."),
                          name=name, version=version, supported=READABLE_VERSION)
    return document


def _no_constant(constant: str):
    raise ValueError(f"{constant} is not a number JSON allows")


def _parse_document(document: dict, name: str) -> Lesson:
    explorer = _parse_explorer(document.get("explorer"), name)
    example = document.get("example")
    if example is not None:
        if known_key(example) is None:  # an old "seed…" key names its example too
            _damaged(name, f"example = {example!r}")
        example = known_key(example)
    training_values = document.get("training")
    if not isinstance(training_values, dict):
        _damaged(name, "training is missing")
    problems: list[str] = []
    training = parse_training(training_values, problems, prefix="training.")
    if problems:
        _damaged(name, ", ".join(problems))
    data = document.get("data")
    if not isinstance(data, str) or not data or len(data) > MAX_PATH_CHARS or "\x00" in data:
        _damaged(name, f"data = {data!r}")
    return Lesson(explorer, example, training, data)


def _parse_explorer(values: object, name: str) -> ExplorerState:
    if not isinstance(values, dict):
        _damaged(name, "explorer is missing")
    try:
        mode = Mode(values.get("mode"))
    except (ValueError, TypeError):
        _damaged(name, f"explorer.mode = {values.get('mode')!r}")
    n_classes = values.get("n_classes")
    if not _is_int(n_classes) or not MIN_CLASSES <= n_classes <= MAX_CLASSES:
        _damaged(name, f"explorer.n_classes = {n_classes!r}")
    expected = n_classes if mode is Mode.MULTICLASS else 1
    logits = _numbers(values.get("logits"), expected, LOGIT_MIN, LOGIT_MAX)
    if logits is None:
        _damaged(name, f"explorer.logits must be {expected} numbers from {LOGIT_MIN:g} to {LOGIT_MAX:g}")
    entered = values.get("entered")
    if entered is not None:
        entered = _numbers(entered, expected, 0.0, 1.0)
        if entered is None or (expected > 1 and not any(entered)):
            _damaged(name, f"explorer.entered must be {expected} probabilities from 0 to 1, not all 0")
    target = values.get("target")
    labels = n_classes if mode is Mode.MULTICLASS else 2
    if not _is_int(target) or not 0 <= target < labels:
        _damaged(name, f"explorer.target = {target!r}")
    lecture = {key: _parse_parameter(values, key, default, bounds, name) for key, default, bounds in _LECTURE_PARAMETERS}
    shown = values.get("more_losses", [])
    if (not isinstance(shown, list) or not all(isinstance(key, str) for key in shown)
            or tuple(key for key in MORE_LOSS_KEYS if key in shown) != tuple(shown)):
        _damaged(name, f"explorer.more_losses must be some of {', '.join(MORE_LOSS_KEYS)}, in that order, once each")
    return ExplorerState(mode, n_classes, logits, target, entered, more_losses=tuple(shown), **lecture)


#: The explorer's optional settings, added after format 1 (a lesson without
#: them opens with the seeds' softmax and one-hot target): key, default, range.
_LECTURE_PARAMETERS = (
    ("temperature", NO_TEMPERATURE, TEMPERATURE_RANGE),
    ("smoothing", NO_SMOOTHING, SMOOTHING_RANGE),
    ("focal_gamma", DEFAULT_FOCAL_GAMMA, FOCAL_GAMMA_RANGE),
)


def _parse_parameter(values: dict, key: str, default: float, bounds: tuple[float, float], name: str) -> float:
    """A number within ``bounds``, or the default where the key is absent (an older lesson)."""
    if key not in values:
        return default
    number = _numbers([values[key]], 1, *bounds)
    if number is None:
        _damaged(name, f"explorer.{key} must be a number from {bounds[0]:g} to {bounds[1]:g}, got {values[key]!r}")
    return number[0]


def _parse_view(view: object, name: str) -> str | None:
    """An optional key, like the history: a LossViz that does not know it opens the lesson on its default view."""
    if view is not None and (not isinstance(view, str) or view not in VIEWS):
        _damaged(name, f"view = {view!r}")
    return view


def _with_weights(lesson: Lesson, content: bytes, name: str) -> Lesson:
    try:
        net = read_model(io.BytesIO(content), f"{name}/{WEIGHTS_NPZ}")
    except ModelFileError as error:
        raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name}: the trained network in it cannot be used: {reason}"),
                          name=name, reason=str(error)) from None
    hidden = net.w1.shape[1]
    if hidden != lesson.training.hidden:
        _damaged(name, f"the weights have {hidden} hidden units, the settings {lesson.training.hidden}")
    return replace(lesson, weights=net)


def _parse_history(values: object, name: str) -> TrainingHistory:
    """history.json, every value checked: at most two networks, each of a
    training loss; batch numbers rising within the session's length; batch
    losses finite and not negative; accuracies from 0 to 1, one per epoch."""
    if not isinstance(values, dict):
        _damaged(name, "history.json is not a history")
    steps_per_epoch, epochs = values.get("steps_per_epoch"), values.get("epochs")
    # At most one batch per training image, and MNIST has 60,000 for training.
    if not _is_int(steps_per_epoch) or not 1 <= steps_per_epoch <= BATCH_RANGE[1]:
        _damaged(name, f"history.steps_per_epoch = {steps_per_epoch!r}")
    if not _is_int(epochs) or not EPOCHS_RANGE[0] <= epochs <= EPOCHS_RANGE[1]:
        _damaged(name, f"history.epochs = {epochs!r}")
    runs = values.get("runs")
    if not isinstance(runs, list) or not 1 <= len(runs) <= len(TRAINING_LOSSES):
        _damaged(name, "history.runs must be one or two networks")
    history = tuple(_parse_run(run, steps_per_epoch * epochs, epochs, name) for run in runs)
    if len({run.loss for run in history}) != len(history):
        _damaged(name, "history.runs has the same loss twice")
    return TrainingHistory(steps_per_epoch, epochs, history)


def _parse_run(values: object, total_steps: int, epochs: int, name: str) -> LossHistory:
    if not isinstance(values, dict):
        _damaged(name, "history.runs holds something that is not a network's history")
    loss = values.get("loss")
    if not isinstance(loss, str) or loss not in TRAINING_LOSSES:
        _damaged(name, f"history loss = {loss!r}")
    steps = values.get("steps")
    if not isinstance(steps, list) or len(steps) > MAX_HISTORY_POINTS:
        _damaged(name, f"history.{loss}.steps must be at most {MAX_HISTORY_POINTS:,} batch numbers")
    if not all(_is_int(step) and 1 <= step <= total_steps for step in steps) or any(a >= b for a, b in zip(steps, steps[1:])):
        _damaged(name, f"history.{loss}.steps must be rising batch numbers from 1 to {total_steps:,}")
    # Finite and not negative, as training reports them (a loss that is not finite ends the run before it is reported).
    losses = _numbers(values.get("losses"), len(steps), 0.0, math.inf)
    if losses is None:
        _damaged(name, f"history.{loss}.losses must be {len(steps):,} finite numbers, none negative")
    train = values.get("train_accuracy")
    count = len(train) if isinstance(train, list) else -1
    train, validation = _numbers(train, count, 0.0, 1.0), _numbers(values.get("validation_accuracy"), count, 0.0, 1.0)
    if train is None or validation is None or count > epochs:
        _damaged(name, f"history.{loss} accuracies must be two lists of at most {epochs} numbers from 0 to 1, one per epoch")
    return LossHistory(loss, tuple(steps), losses, train, validation)


def _damaged(name: str, detail: str):
    raise LessonError(QT_TRANSLATE_NOOP("lesson", "{name} is damaged and was not opened: {detail}"), name=name, detail=detail)
