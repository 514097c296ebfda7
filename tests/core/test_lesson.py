"""Lesson files (.lossviz): exact round trips, and every kind of bad file
refused with a message that says what is wrong."""

import io
import json
import os
import pickle
import zipfile
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, MAX_CLASSES, MIN_CLASSES, MORE_LOSS_KEYS, ExplorerState, Mode
from lossviz.lesson import FORMAT, READABLE_VERSION, VERSION, Lesson, LessonError, lesson_bytes, load_lesson, read_lesson, save_lesson
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.session import MAX_HISTORY_POINTS, LossHistory, TrainingHistory
from lossviz.names import PANEL_LOSSES
from lossviz.settings import TrainingParams
from lossviz.worked_examples import WORKED_EXAMPLES

logits = st.floats(LOGIT_MIN, LOGIT_MAX, allow_nan=False)


@st.composite
def explorer_states(draw):
    if draw(st.booleans()):
        n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
        state = ExplorerState(Mode.MULTICLASS, n, tuple(draw(st.lists(logits, min_size=n, max_size=n))), draw(st.integers(0, n - 1)))
        if draw(st.booleans()):
            probabilities = draw(st.lists(st.floats(0, 1), min_size=n, max_size=n).filter(any))
            state = state.with_entered(probabilities)
        if draw(st.booleans()):  # the lecture settings: T, ε, γ and the more losses shown
            state = state.with_temperature(draw(st.floats(0.1, 10))).with_smoothing(draw(st.floats(0, 0.5)))
            state = state.with_focal_gamma(draw(st.floats(0, 5)))
            for key in draw(st.sets(st.sampled_from(MORE_LOSS_KEYS))):
                state = state.with_loss_shown(key, True)
        return state
    return ExplorerState(Mode.BINARY, draw(st.integers(MIN_CLASSES, MAX_CLASSES)), (draw(logits),), draw(st.integers(0, 1)))


training_params = st.builds(
    TrainingParams, hidden=st.integers(1, 4096), lr=st.floats(1e-6, 1e3), batch=st.integers(1, 60000), epochs=st.integers(1, 1000),
    seed=st.integers(0, 99999), loss=st.sampled_from(PANEL_LOSSES), speed=st.integers(0, 4))


@st.composite
def histories(draw):
    steps_per_epoch, epochs = draw(st.integers(1, 60000)), draw(st.integers(1, 1000))
    runs = []
    for loss in draw(st.sampled_from([("ce",), ("sse",), ("ce", "sse")])):
        steps = sorted(draw(st.sets(st.integers(1, steps_per_epoch * epochs), max_size=30)))
        values = draw(st.lists(st.floats(0, 1e300), min_size=len(steps), max_size=len(steps)))
        done = draw(st.integers(0, min(epochs, 5)))
        accuracies = st.lists(st.floats(0, 1), min_size=done, max_size=done)
        runs.append(LossHistory(loss, tuple(steps), tuple(values), tuple(draw(accuracies)), tuple(draw(accuracies))))
    return TrainingHistory(steps_per_epoch, epochs, tuple(runs))


lessons = st.builds(Lesson, explorer=explorer_states(), example=st.none() | st.sampled_from([e.key for e in WORKED_EXAMPLES]),
                    training=training_params, data=st.sampled_from(["bundled", "full", "/home/先生/mnist data"]),
                    history=st.none() | histories())


@given(lessons)
@settings(max_examples=60, deadline=None)
def test_every_lesson_comes_back_exactly(lesson):
    assert read_lesson(lesson_bytes(lesson)) == lesson


def test_trained_weights_come_back_exactly(tmp_path):
    net = Mlp(24, seed=5)
    net.b2[...] = np.arange(10, dtype=np.float32) / 7
    lesson = Lesson(training=TrainingParams(hidden=24, loss="sse"), weights=net)
    save_lesson(tmp_path / "a.lossviz", lesson)
    back = load_lesson(tmp_path / "a.lossviz")
    for mine, theirs in zip(net.parameters(), back.weights.parameters()):
        assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
    assert replace(back, weights=None) == replace(lesson, weights=None)


def test_the_training_history_comes_back_with_its_length_bounded():
    steps = tuple(range(1, 12_001))  # a long run: 12,000 batches
    losses = tuple(2.3 / (1 + step / 500) for step in steps)
    run = LossHistory("ce", steps, losses, (0.91, 0.95), (0.9, 0.93))
    back = read_lesson(lesson_bytes(Lesson(history=TrainingHistory(6000, 2, (run,))))).history
    kept = back.runs[0]
    assert len(kept.steps) <= MAX_HISTORY_POINTS and kept.steps[0] == 1 and kept.steps[-1] == 12_000
    assert all(loss == losses[step - 1] for step, loss in zip(kept.steps, kept.losses))  # the batches' own losses, none averaged
    assert (kept.train_accuracy, kept.validation_accuracy) == ((0.91, 0.95), (0.9, 0.93))
    assert (back.steps_per_epoch, back.epochs) == (6000, 2)
    with zipfile.ZipFile(io.BytesIO(lesson_bytes(Lesson(history=TrainingHistory(6000, 2, (run,)))))) as archive:
        assert archive.getinfo("history.json").file_size < 300_000


def test_a_lesson_from_before_the_history_opens_without_it():
    document = good_document()
    del document["history"]  # as LossViz wrote format 1 before it kept the curves
    assert read_lesson(archive_bytes(document)).history is None
    # The history did not change the format's version: a LossViz that knows
    # nothing of it opens the lesson (it ignores the key and the member).
    assert good_document()["version"] == VERSION == 1


def test_the_file_is_a_zip_of_readable_json(tmp_path):
    save_lesson(tmp_path / "a.lossviz", Lesson(explorer=ExplorerState(target=3)))
    with zipfile.ZipFile(tmp_path / "a.lossviz") as archive:
        assert archive.namelist() == ["lesson.json"]
        document = json.loads(archive.read("lesson.json"))
    assert document["format"] == FORMAT and document["version"] == VERSION
    assert document["explorer"]["target"] == 3 and document["weights"] is None


# -- bad files -----------------------------------------------------------------


def archive_bytes(document=None, weights: bytes | None = None, extra: dict | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if document is not None:
            archive.writestr("lesson.json", document if isinstance(document, (str, bytes)) else json.dumps(document))
        if weights is not None:
            archive.writestr("weights.npz", weights)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def good_document(**changes):
    document = json.loads(zipfile.ZipFile(io.BytesIO(lesson_bytes(Lesson()))).read("lesson.json"))
    document.update(changes)
    return document


def refused(data: bytes, words: str):
    with pytest.raises(LessonError) as caught:
        read_lesson(data, "class.lossviz")
    message = str(caught.value)
    assert message.startswith("class.lossviz") and words in message, message
    return message


def test_a_newer_version_says_so():
    refused(archive_bytes(good_document(version=READABLE_VERSION + 1)), "newer LossViz")


@pytest.mark.parametrize("data, words", [
    (b"", "cut short"),
    (b"just some text, not a lesson", "not a lesson archive"),
    (archive_bytes(extra={"notes.txt": "hi"}), "lesson.json is missing"),
    (archive_bytes("{not json"), "not valid JSON"),
    (archive_bytes('{"format": "lossviz-lesson", "version": 1, "x": NaN}'), "not valid JSON"),
    (archive_bytes(b"\xff\xfe\x00"), "not valid JSON"),
    (archive_bytes({"format": "something-else", "version": 1}), "not in the lesson format"),
    (archive_bytes(["a", "list"]), "not in the lesson format"),
    (archive_bytes(good_document(version="1")), "version = '1'"),
])
def test_files_that_are_not_lessons(data, words):
    refused(data, words)


def test_a_truncated_file_is_refused(tmp_path):
    whole = lesson_bytes(Lesson(training=TrainingParams(hidden=50), weights=Mlp(50)))
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 30):
        with pytest.raises(LessonError, match="cut short|damaged|cannot be used"):
            read_lesson(whole[:cut], "cut.lossviz")


def explorer(**changes):
    values = good_document()["explorer"]
    values.update(changes)
    return good_document(explorer=values)


@pytest.mark.parametrize("document, words", [
    (explorer(mode="regression"), "explorer.mode"),
    (explorer(n_classes=11), "explorer.n_classes"),
    (explorer(n_classes=True), "explorer.n_classes"),
    (explorer(logits=[0.0] * 3), "explorer.logits must be 10 numbers"),
    (explorer(logits=[0.0] * 9 + [1e9]), "explorer.logits"),
    (explorer(logits=[0.0] * 9 + ["1"]), "explorer.logits"),
    (explorer(target=10), "explorer.target = 10"),
    (explorer(target=-1), "explorer.target"),
    (explorer(entered=[0.1] * 9), "explorer.entered"),
    (explorer(entered=[0.0] * 10), "explorer.entered"),
    (explorer(entered=[2.0] + [0.0] * 9), "explorer.entered"),
    (good_document(explorer=None), "explorer is missing"),
    (good_document(example="no-such-example"), "example = 'no-such-example'"),
    (good_document(training={"hidden": 0}), "training.hidden = 0"),
    (good_document(training={"lr": -1}), "training.lr = -1"),
    (good_document(training={"loss": "mae"}), "training.loss = 'mae'"),
    (good_document(training="fast"), "training is missing"),
    (good_document(data=""), "data = ''"),
    (good_document(data=7), "data = 7"),
    (good_document(weights="other.npz"), "weights = 'other.npz'"),
])
def test_wrong_values_are_named(document, words):
    refused(archive_bytes(document), words)


def net_bytes(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def test_weights_with_wrong_shapes_or_missing_are_refused():
    net = Mlp(30)
    document = good_document(weights="weights.npz", training={**good_document()["training"], "hidden": 30})
    refused(archive_bytes(document), "weights.npz is missing")
    wrong = net_bytes(format_version=np.array(1), w1=net.w1, b1=net.b1[:5], w2=net.w2, b2=net.b2)
    refused(archive_bytes(document, wrong), "b1 has shape (5,)")
    other = Mlp(40)
    refused(archive_bytes(document, net_bytes(format_version=np.array(1), **dict(zip(("w1", "b1", "w2", "b2"), other.parameters())))),
            "40 hidden units")
    nan = net.w2.copy()
    nan[0, 0] = np.nan
    refused(archive_bytes(document, net_bytes(format_version=np.array(1), w1=net.w1, b1=net.b1, w2=nan, b2=net.b2)), "not finite")


class _Trap:
    """Unpickling this would create a marker file: proof that nothing was unpickled."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_pickle_inside_is_refused_unread(tmp_path):
    marker = tmp_path / "unpickled"
    trap = np.empty(1, dtype=object)
    trap[0] = _Trap(marker)
    net = Mlp(30)
    document = good_document(weights="weights.npz", training={**good_document()["training"], "hidden": 30})
    evil = net_bytes(format_version=np.array(1), w1=trap, b1=net.b1, w2=net.w2, b2=net.b2)
    refused(archive_bytes(document, evil), "not plain numbers")
    refused(archive_bytes(document, pickle.dumps(_Trap(marker))), "cannot be used")
    refused(pickle.dumps(_Trap(marker)), "not a lesson archive")
    assert not marker.exists()


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("lesson.json", b" " * (50 * 2**20))  # 50 MB of spaces, a few kB packed
    assert len(buffer.getvalue()) < 200_000
    refused(buffer.getvalue(), "lesson.json claims")


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(LessonError, match="no such file"):
        load_lesson(tmp_path / "absent.lossviz")
    big = tmp_path / "big.lossviz"
    with open(big, "wb") as f:
        f.truncate(65 * 2**20)
    with pytest.raises(LessonError, match="too large"):
        load_lesson(big)
    with pytest.raises(LessonError, match="cannot be read"):
        load_lesson(tmp_path)  # a folder


def test_a_failed_save_keeps_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "lesson.lossviz"
    save_lesson(path, Lesson(explorer=ExplorerState(target=1)))
    before = path.read_bytes()

    def disk_full(self, *args, **kwargs):  # the disk fills up half-way through writing
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", lambda fd: disk_full(None))
    with pytest.raises(OSError, match="No space"):
        save_lesson(path, Lesson(explorer=ExplorerState(target=7)))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["lesson.lossviz"]
    assert load_lesson(path).explorer.target == 1


def test_a_lesson_naming_an_old_seed_key_opens_on_that_tutorial_example():
    lesson = read_lesson(archive_bytes(good_document(example="seed002-regression")), "old.lossviz")
    assert lesson.example == "tutorial002-regression"
