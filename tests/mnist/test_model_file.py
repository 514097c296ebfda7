"""Saved weights: exact round trips, and files that are refused unread."""

import os
import pickle

import numpy as np
import pytest

from lossviz.mnist.bundled import load_bundled
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.model_file import ModelFileError, load_model, save_model


class _Trap:
    """Unpickling this would create a marker file: proof that nothing was unpickled."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def weights(hidden=30, seed=3):
    net = Mlp(hidden, seed)
    return {"w1": net.w1, "b1": net.b1 + 0.5, "w2": net.w2, "b2": net.b2 - 0.25}


def write(path, format_version=1, **arrays):
    np.savez(path, format_version=np.array(format_version), loss=np.array("ce"), **arrays)


def test_a_saved_network_comes_back_exactly(tmp_path):
    net = Mlp(40, seed=7)
    net.b2 += 0.125
    save_model(tmp_path / "m.npz", net, loss="sse")
    again = load_model(tmp_path / "m.npz")
    for a, b in zip(net.parameters(), again.parameters()):
        np.testing.assert_array_equal(a, b)
    images = load_bundled()[0][:20]
    np.testing.assert_array_equal(net.predict_proba(images), again.predict_proba(images))
    with np.load(tmp_path / "m.npz", allow_pickle=False) as npz:
        assert str(npz["loss"]) == "sse"
    assert os.listdir(tmp_path) == ["m.npz"]


@pytest.mark.parametrize("change, words", [
    ({"w1": np.zeros((783, 30), np.float32)}, "w1 has shape (783, 30)"),
    ({"w2": np.zeros((30, 9), np.float32)}, "w2 has shape (30, 9)"),
    ({"b1": np.zeros(31, np.float32)}, "b1 has shape (31,)"),
    ({"b2": np.full(10, np.nan, np.float32)}, "not finite"),
    ({"w2": np.array([["a"] * 10] * 30)}, "not numbers"),
])
def test_wrong_weights_are_refused_by_name(tmp_path, change, words):
    write(tmp_path / "m.npz", **{**weights(), **change})
    with pytest.raises(ModelFileError, match=words.replace("(", r"\(").replace(")", r"\)")):
        load_model(tmp_path / "m.npz")


def test_a_missing_array_and_a_wrong_version_are_refused(tmp_path):
    arrays = weights()
    del arrays["b2"]
    write(tmp_path / "m.npz", **arrays)
    with pytest.raises(ModelFileError, match="'b2' is missing"):
        load_model(tmp_path / "m.npz")
    write(tmp_path / "v.npz", format_version=99, **weights())
    with pytest.raises(ModelFileError, match="version"):
        load_model(tmp_path / "v.npz")


def test_a_pickle_inside_is_refused_unread(tmp_path):
    marker = tmp_path / "unpickled"
    trap = np.empty(1, dtype=object)
    trap[0] = _Trap(marker)
    arrays = weights()
    np.savez(tmp_path / "evil.npz", format_version=np.array(1), w1=trap, b1=arrays["b1"], w2=arrays["w2"], b2=arrays["b2"])
    with pytest.raises(ModelFileError, match="not plain numbers"):
        load_model(tmp_path / "evil.npz")
    (tmp_path / "evil.pkl.npz").write_bytes(pickle.dumps(_Trap(marker)))
    with pytest.raises(ModelFileError, match="not a LossViz model"):
        load_model(tmp_path / "evil.pkl.npz")
    assert not marker.exists()


def test_text_and_missing_files_get_a_message(tmp_path):
    (tmp_path / "notes.npz").write_text("just text")
    with pytest.raises(ModelFileError, match="not a LossViz model"):
        load_model(tmp_path / "notes.npz")
    with pytest.raises(ModelFileError, match="no such file"):
        load_model(tmp_path / "absent.npz")


def test_a_failed_save_keeps_the_previous_file(tmp_path, monkeypatch):
    save_model(tmp_path / "m.npz", Mlp(20, seed=1), loss="ce")
    before = (tmp_path / "m.npz").read_bytes()

    def disk_full(f, **arrays):  # the disk fills up half-way through writing
        f.write(b"PK\x03\x04 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", disk_full)
    with pytest.raises(OSError, match="No space"):
        save_model(tmp_path / "m.npz", Mlp(20, seed=2), loss="ce")
    assert (tmp_path / "m.npz").read_bytes() == before
    assert os.listdir(tmp_path) == ["m.npz"]


def test_only_plain_arrays_are_ever_written(tmp_path):
    with pytest.raises(ValueError, match="loss"):
        save_model(tmp_path / "m.npz", Mlp(20), loss=object())
    assert os.listdir(tmp_path) == []
