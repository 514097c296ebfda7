"""Hostile model files: refused with ModelFileError, never a traceback, a
memory bomb or code run."""

import io
import os
import subprocess
import sys
import textwrap
import zipfile

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossviz.mnist.mlp import Mlp
from lossviz.mnist.model_file import ModelFileError, load_model, model_bytes, read_model
from tests.helpers.zips import with_flags

GOOD = model_bytes(Mlp(8, seed=0), loss="ce")


def members(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(entries: dict, flag_bits: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(zipfile.ZipInfo(name), content)
    return with_flags(buffer.getvalue(), flag_bits)


def npy(array, header_shape=None) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    data = buffer.getvalue()
    if header_shape is not None:
        data = data.replace(repr(array.shape).encode(), repr(header_shape).encode().ljust(len(repr(array.shape))), 1)
    return data


def refused(data: bytes, *words):
    try:
        read_model(io.BytesIO(data), "m.npz")
    except ModelFileError as error:
        assert "m.npz" in str(error)
        for word in words:
            assert word in str(error)
    else:
        raise AssertionError("accepted")


def test_a_terabyte_header_is_refused_without_allocating():
    # In a child limited to 1 GiB: numpy asked for 784 × 10**9 floats would fail there, not pass on a big machine.
    code = textwrap.dedent(r"""
        import io, resource, zipfile, numpy as np
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from lossviz.mnist.model_file import ModelFileError, model_bytes, read_model
        from lossviz.mnist.mlp import Mlp
        good = model_bytes(Mlp(8), loss="ce")
        with zipfile.ZipFile(io.BytesIO(good)) as a:
            entries = {i.filename: a.read(i) for i in a.infolist()}
        hdr = "{'descr': '<f8', 'fortran_order': False, 'shape': (784, 1000000000), }"
        entries["w1.npy"] = b"\x93NUMPY\x01\x00" + (128 - 10).to_bytes(2, "little") + (hdr.ljust(117) + "\n").encode() + b"\0" * 64
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as a:
            for name, content in entries.items():
                a.writestr(name, content)
        try:
            read_model(io.BytesIO(buffer.getvalue()), "bomb.npz")
        except ModelFileError as error:
            assert "bomb.npz" in str(error) and "w1" in str(error), error
            print("refused:", error)
        else:
            raise SystemExit("accepted")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_weights_beyond_float32_are_refused():
    entries = members(GOOD)
    w2 = np.full((8, 10), 1e300)
    entries["w2.npy"] = npy(w2)
    refused(rezip(entries), "w2", "not finite")


def test_an_encrypted_member_is_refused():
    refused(rezip(members(GOOD), flag_bits=1), "encrypted")


def test_a_nan_or_infinite_version_is_refused():
    for version in (np.nan, np.inf, -1.0, 2.0**63):
        entries = members(GOOD)
        entries["format_version.npy"] = npy(np.array(version))
        refused(rezip(entries), "version")


def test_a_fifo_and_dev_zero_are_refused(tmp_path):
    os.mkfifo(tmp_path / "fifo.npz")
    os.symlink("/dev/zero", tmp_path / "zero.npz")
    for name in ("fifo.npz", "zero.npz"):
        try:
            load_model(tmp_path / name)
        except ModelFileError as error:
            assert name in str(error) and "not a regular file" in str(error)
        else:
            raise AssertionError("accepted")


def test_a_name_too_long_is_a_message(tmp_path):
    try:
        load_model(tmp_path / ("m" * 300 + ".npz"))
    except ModelFileError as error:
        assert "too long" in str(error)


edge_numbers = st.sampled_from([np.nan, np.inf, -np.inf, 1e300, -1, 0, 2**63 - 1, 1e-300])
dims = st.sampled_from([0, 1, 8, 10, 784, 2**31, 2**32 - 1, 10**9, 2**62])


@st.composite
def mutated_models(draw):
    entries = members(GOOD)
    name = draw(st.sampled_from(sorted(entries)))
    kind = draw(st.sampled_from(["shape", "dtype", "value", "truncate", "drop", "garbage", "flags", "header"]))
    content = entries[name]
    if kind == "shape":
        shape = tuple(draw(st.lists(dims, max_size=3)))
        entries[name] = content.replace(b"'shape': (", b"'shape': " + repr(shape).encode()[:-1] + b", ", 1)
    elif kind == "dtype":
        descr = draw(st.sampled_from([b"'|O'", b"'<c16'", b"'|b1'", b"[('a', '<f4')]", b"'<U3'", b"'>f8'", b"'<f2'", b"'|V8'"]))
        entries[name] = content.replace(b"'<f4'", descr, 1).replace(b"'<i8'", descr, 1)
    elif kind == "value" and name != "loss.npy":
        array = np.load(io.BytesIO(content)).astype(np.float64)
        array.flat[draw(st.integers(0, max(array.size - 1, 0)))] = draw(edge_numbers)
        entries[name] = npy(array)
    elif kind == "truncate":
        entries[name] = content[: draw(st.integers(0, len(content)))]
    elif kind == "drop":
        del entries[name]
    elif kind == "garbage":
        at = draw(st.integers(0, len(content)))
        entries[name] = content[:at] + draw(st.binary(min_size=1, max_size=20)) + content[at:]
    elif kind == "header":
        entries[name] = content[:8] + draw(st.binary(min_size=2, max_size=2)) + content[10:]
    data = rezip(entries, flag_bits=1 if kind == "flags" else 0)
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut + 1:]
    return data


@given(mutated_models())
@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_only_model_file_errors_come_out(data):
    try:
        net = read_model(io.BytesIO(data), "m.npz")
    except ModelFileError as error:
        assert "m.npz" in str(error)
    else:
        assert all(np.isfinite(p).all() and p.dtype == np.float32 for p in net.parameters())
