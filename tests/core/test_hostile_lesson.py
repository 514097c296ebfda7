"""Hostile lesson files: refused with LessonError naming the file."""

import io
import json
import os
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossviz.lesson import Lesson, LessonError, lesson_bytes, lesson_json, load_lesson, read_lesson
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.model_file import model_bytes
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
    section = draw(st.sampled_from(["explorer", "training", None]))
    target = values[section] if section else values
    key = draw(st.sampled_from(sorted(target)))
    target[key] = draw(edges)
    text = json.dumps(values)  # NaN and Infinity appear as JSON's forbidden constants
    kind = draw(st.sampled_from(["json", "cut", "flip"]))
    data = archive(text)
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
