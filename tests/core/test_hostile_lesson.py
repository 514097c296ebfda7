"""Hostile lesson files: refused with LessonError naming the file."""

import io
import json
import os
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossviz.lesson import Lesson, LessonError, history_json, lesson_bytes, lesson_json, load_lesson, read_lesson
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.model_file import model_bytes
from lossviz.mnist.session import LossHistory, TrainingHistory
from lossviz.settings import TrainingParams
from tests.helpers.zips import with_flags

LESSON = Lesson(training=TrainingParams(hidden=8), weights=Mlp(8, seed=0))
GOOD = lesson_bytes(LESSON)


def archive(document=None, weights=None, flag_bits=0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        text = document if isinstance(document, str) else json.dumps(document if document is not None else lesson_json(LESSON))
        zf.writestr("lesson.json", text)
        zf.writestr("weights.npz", weights if weights is not None else model_bytes(LESSON.weights, loss="ce"))
    return with_flags(buffer.getvalue(), flag_bits)


def refused(data, *words):
    with pytest.raises(LessonError) as caught:
        read_lesson(data, "x.lossviz")
    assert "x.lossviz" in str(caught.value)
    for word in words:
        assert word in str(caught.value)


def document(**changes):
    values = lesson_json(LESSON)
    values.update(changes)
    return values


HISTORY = TrainingHistory(50, 2, (LossHistory("ce", (1, 2, 3), (2.3, 2.1, 1.9), (0.5,), (0.6,)),))


def with_history(history, document_changes=None) -> bytes:
    """LESSON with ``history`` as history.json (a dict, or text as it is)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("lesson.json", json.dumps(document(**{"history": "history.json", **(document_changes or {})})))
        zf.writestr("weights.npz", model_bytes(LESSON.weights, loss="ce"))
        zf.writestr("history.json", history if isinstance(history, str) else json.dumps(history))
    return buffer.getvalue()


def good_history(**changes):
    values = json.loads(json.dumps(history_json(HISTORY)))
    values.update(changes)
    return values


def good_run(**changes):
    return good_history(runs=[{**good_history()["runs"][0], **changes}])


def test_a_good_history_is_read():
    assert read_lesson(with_history(good_history())).history == HISTORY


@pytest.mark.parametrize("history, words", [
    ('{"steps_per_epoch": 50, "epochs": 2, "runs": [{"loss": "ce", "steps": [1], "losses": [NaN]}]}', "not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ([1, 2], "not a history"),
    (good_history(steps_per_epoch=0), "steps_per_epoch"),
    (good_history(steps_per_epoch=True), "steps_per_epoch"),
    (good_history(epochs=10**400), "epochs"),
    (good_history(runs=[]), "one or two"),
    (good_history(runs=[good_history()["runs"][0]] * 3), "one or two"),
    (good_history(runs=[good_history()["runs"][0]] * 2), "same loss twice"),
    (good_history(runs=["ce"]), "not a network's history"),
    (good_run(loss="hinge"), "loss"),
    (good_run(loss=["ce"]), "loss"),
    (good_run(steps=list(range(1, 5002)), losses=[1.0] * 5001), "at most 5,000"),
    (good_run(steps="123"), "steps"),
    (good_run(steps=[3, 2, 1]), "rising"),
    (good_run(steps=[1, 1, 2]), "rising"),
    (good_run(steps=[0, 1, 2]), "rising"),
    (good_run(steps=[1, 2, 101]), "rising batch numbers from 1 to 100"),
    (good_run(steps=[1.0, 2, 3]), "rising"),
    (good_run(steps=[True, 2, 3]), "rising"),
    (good_run(losses=[1.0, 2.0]), "losses"),
    (good_run(losses=[1.0, -2.0, 1.0]), "losses"),
    (good_run(losses=[1.0, 1e400, 1.0]), "not valid JSON"),
    (good_run(losses=[1.0, "2", 1.0]), "losses"),
    (good_run(losses=[1.0, 10**400, 1.0]), "losses"),
    (good_run(train_accuracy=[1.5]), "accuracies"),
    (good_run(train_accuracy=[0.5, 0.6]), "accuracies"),
    (good_run(train_accuracy=[0.5, 0.6, 0.7], validation_accuracy=[0.5, 0.6, 0.7]), "at most 2"),
    (good_run(validation_accuracy=None), "accuracies"),
    (good_run(validation_accuracy={"0": 0.5}), "accuracies"),
])
def test_a_hostile_history_is_refused(history, words):
    refused(with_history(history), words)


def test_a_history_under_another_name_or_missing_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("lesson.json", json.dumps(document(history="history.json")))
        zf.writestr("weights.npz", model_bytes(LESSON.weights, loss="ce"))
    refused(buffer.getvalue(), "history.json is missing")
    refused(with_history(good_history(), {"history": "../../etc/passwd"}), "history")
    refused(with_history(good_history(), {"history": ["history.json"]}), "history")


def test_a_history_too_large_to_be_one_is_refused_before_it_is_unpacked():
    bomb = b'{"runs": [' + b" " * (3 * 2**20) + b"]}"  # compresses to a few kB
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("lesson.json", json.dumps(document(history="history.json")))
        zf.writestr("weights.npz", model_bytes(LESSON.weights, loss="ce"))
        zf.writestr("history.json", bomb)
    assert len(buffer.getvalue()) < 100_000
    refused(buffer.getvalue(), "history.json claims")


def test_deep_nesting_is_refused():
    refused(archive("[" * 200_000 + "]" * 200_000), "nested too deeply")


def test_an_unhashable_example_is_refused():
    refused(archive(document(example=["x"])), "example")


def test_an_encrypted_member_is_refused():
    refused(archive(flag_bits=1), "encrypted")


def test_huge_numbers_are_refused():
    refused(archive(document(explorer={**lesson_json(LESSON)["explorer"], "logits": [10**400] * 10})), "logits")
    refused(archive(document(training={**lesson_json(LESSON)["training"], "lr": 10**400})), "lr")


def test_weights_beyond_float32_are_refused_through_the_model_reader():
    buffer = io.BytesIO()
    w = [np.asarray(p, np.float64) for p in LESSON.weights.parameters()]
    w[2][0, 0] = 1e300
    np.savez(buffer, format_version=np.array(1), loss=np.array("ce"), w1=w[0], b1=w[1], w2=w[2], b2=w[3])
    refused(archive(weights=buffer.getvalue()), "w2", "not finite")


def test_fifos_devices_and_long_names_are_refused(tmp_path):
    os.mkfifo(tmp_path / "fifo.lossviz")
    os.symlink("/dev/zero", tmp_path / "zero.lossviz")
    for name in ("fifo.lossviz", "zero.lossviz", "n" * 300 + ".lossviz"):
        with pytest.raises(LessonError) as caught:
            load_lesson(tmp_path / name)
        assert name in str(caught.value)


edges = st.sampled_from([float("nan"), float("inf"), 1e300, -1, 2**63, 10**400, "x", ["x"], {"a": 1}, None, True, 0.5, ""])


@st.composite
def mutated_lessons(draw):
    values = lesson_json(LESSON)
    history = good_history()
    section = draw(st.sampled_from(["explorer", "training", "history", "run", None]))
    target = {"history": history, "run": history["runs"][0], None: values}.get(section) or values[section]
    key = draw(st.sampled_from(sorted(target)))
    target[key] = draw(edges)
    text = json.dumps(values)  # NaN and Infinity appear as JSON's forbidden constants
    kind = draw(st.sampled_from(["json", "cut", "flip"]))
    data = archive(text) if section not in ("history", "run") else with_history(json.dumps(history))
    if kind == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == "flip":
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    return data


@given(mutated_lessons())
@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_only_lesson_errors_come_out(data):
    try:
        read_lesson(data, "x.lossviz")
    except LessonError as error:
        assert "x.lossviz" in str(error)


def test_a_killed_saves_temporary_is_removed_by_the_next_save(tmp_path):
    from lossviz.lesson import save_lesson

    path = tmp_path / "a.lossviz"
    stale = tmp_path / ".a.lossviz.lossviz-tmp-dead1234.lossviz"
    live = tmp_path / ".a.lossviz.lossviz-tmp-busy5678.lossviz"  # another LossViz saving right now
    other = tmp_path / ".b.lossviz.lossviz-tmp-dead1234.lossviz"  # another file's
    for temporary in (stale, live, other):
        temporary.write_bytes(b"half a lesson")
    two_hours_ago = os.path.getmtime(live) - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    save_lesson(path, LESSON)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.lossviz", live.name, other.name])
    assert read_lesson(path.read_bytes()).training.hidden == 8


# -- decks (lossviz.deck) ------------------------------------------------------------

from lossviz.deck import MAX_NOTE_CHARS, MAX_SLIDES, Slide, slide_json  # noqa: E402
from lossviz.explorer import ExplorerState  # noqa: E402

DECK = Lesson(slides=(Slide(ExplorerState(target=3), "tutorial000-wrong", ("loss-values", "gradients"), "one-step", "Guess", "CE",
                            "Ask first", True, 12), Slide()))


def deck_document(**slide_changes):
    """DECK's lesson.json with its first slide changed."""
    values = json.loads(json.dumps({**lesson_json(DECK), "version": 2, "slides": [slide_json(s) for s in DECK.slides]}))
    values["slides"][0].update(slide_changes)
    return values


def test_a_good_deck_is_read():
    assert read_lesson(archive(deck_document())).slides == DECK.slides


@pytest.mark.parametrize("changes, words", [
    ({"hidden": ["loss-values", "loss-values"]}, "each once"),
    ({"hidden": ["the-whole-window"]}, "hidden"),
    ({"hidden": "loss-values"}, "hidden"),
    ({"hidden": [["loss-values"]]}, "hidden"),
    ({"question": "rm -rf"}, "question"),
    ({"question": ["one-step"]}, "question"),
    ({"prompt": "x" * 301}, "at most 300"),
    ({"answer": 42}, "answer"),
    ({"note": "n" * (MAX_NOTE_CHARS + 1)}, "note"),
    ({"note": "a\x00b"}, "note"),
    ({"note": {"text": "hi"}}, "note"),
    ({"mnist": 1}, "mnist"),
    ({"digit": -1}, "digit"),
    ({"digit": 70_000}, "digit"),
    ({"digit": True}, "digit"),
    ({"digit": 1.5}, "digit"),
    ({"example": "tutorial999"}, "example"),
    ({"explorer": None}, "explorer"),
    ({"explorer": {"mode": "multiclass", "n_classes": 3, "logits": [0, 0], "target": 0}}, "logits"),
])
def test_a_hostile_slide_is_refused(changes, words):
    refused(archive(deck_document(**changes)), "slide 1" if words not in ("logits", "explorer") else words, words)


@pytest.mark.parametrize("slides", [[], "slides", [1], [None], [slide_json(Slide())] * (MAX_SLIDES + 1), {"0": {}}])
def test_a_hostile_list_of_slides_is_refused(slides):
    refused(archive({**deck_document(), "slides": slides}), "slide")


def test_a_deck_from_a_newer_lossviz_is_refused_as_such():
    refused(archive({**deck_document(), "version": 3}), "newer LossViz", "format 3", "opens format 2")


@st.composite
def mutated_decks(draw):
    values = deck_document()
    slide = values["slides"][draw(st.integers(0, 1))]
    target = slide if draw(st.booleans()) else slide["explorer"]
    target[draw(st.sampled_from(sorted(target)))] = draw(edges | st.lists(edges, max_size=3))
    data = archive(json.dumps(values))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    return data


@given(mutated_decks())
@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_only_lesson_errors_come_out_of_a_mutated_deck(data):
    try:
        lesson = read_lesson(data, "x.lossviz")
    except LessonError as error:
        assert "x.lossviz" in str(error)
    else:  # a mutation that left a valid deck: every slide still a Slide of checked values
        assert all(isinstance(slide, Slide) for slide in lesson.slides)


# --- the explorer's temperature, label smoothing and more losses (optional since format 1) ---

def explorer_document(**changes):
    values = lesson_json(LESSON)
    values["explorer"].update(changes)
    return values


@pytest.mark.parametrize("changes, words", [
    ({"temperature": 0}, ["explorer.temperature", "0.1 to 10"]),
    ({"temperature": 10.5}, ["explorer.temperature"]),
    ({"temperature": -1}, ["explorer.temperature"]),
    ({"temperature": None}, ["explorer.temperature"]),
    ({"temperature": "2"}, ["explorer.temperature"]),
    ({"temperature": True}, ["explorer.temperature"]),
    ({"temperature": 10**400}, ["explorer.temperature"]),
    ({"smoothing": 0.51}, ["explorer.smoothing", "0 to 0.5"]),
    ({"smoothing": -0.0001}, ["explorer.smoothing"]),
    ({"smoothing": [0.1]}, ["explorer.smoothing"]),
    ({"focal_gamma": 5.01}, ["explorer.focal_gamma", "0 to 5"]),
    ({"focal_gamma": {"a": 1}}, ["explorer.focal_gamma"]),
    ({"more_losses": "focal_loss"}, ["explorer.more_losses"]),
    ({"more_losses": ["focal_loss", "focal_loss"]}, ["explorer.more_losses"]),
    ({"more_losses": ["focal_loss", "kl_divergence"]}, ["explorer.more_losses"]),
    ({"more_losses": ["mean_squared_error"]}, ["explorer.more_losses"]),
    ({"more_losses": [1]}, ["explorer.more_losses"]),
    ({"more_losses": None}, ["explorer.more_losses"]),
])
def test_bad_lecture_settings_are_named(changes, words):
    refused(archive(explorer_document(**changes)), *words)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize("key", ["temperature", "smoothing", "focal_gamma"])
def test_non_finite_lecture_settings_are_refused(key, constant):
    text = json.dumps(explorer_document(**{key: 1.5})).replace(f'"{key}": 1.5', f'"{key}": {constant}')
    refused(archive(text), "x.lossviz")


def test_a_lesson_from_before_the_lecture_settings_opens_with_them_off():
    values = lesson_json(LESSON)
    for key in ("temperature", "smoothing", "focal_gamma", "more_losses"):
        del values["explorer"][key]
    state = read_lesson(archive(values), "x.lossviz").explorer
    assert (state.temperature, state.smoothing, state.focal_gamma, state.more_losses) == (1.0, 0.0, 2.0, ())
