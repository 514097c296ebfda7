"""Hostile IDX files: refused with IdxError naming the file, never a
memory bomb, a hang or a traceback."""

import gzip
import os
import struct
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossviz.mnist.datasets import DatasetError, load_folder
from lossviz.mnist.idx import IdxError, idx_bytes, read_idx

LIMITED = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"


def run_limited(code: str):
    result = subprocess.run([sys.executable, "-c", LIMITED + textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_16_byte_file_claiming_gigabytes_is_refused(tmp_path):
    (tmp_path / "big-idx3-ubyte").write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 10_000_000, 28, 28))
    run_limited(f"""
        from lossviz.mnist.idx import IdxError, read_idx
        try:
            read_idx({str(tmp_path / "big-idx3-ubyte")!r})
        except IdxError as error:
            assert "big-idx3-ubyte" in str(error), error
        else:
            raise SystemExit("accepted")
    """)


def test_a_gzip_bomb_is_refused(tmp_path):
    # 7.84 GB claimed; the file holds a few MB of zeros packed into kilobytes.
    with gzip.open(tmp_path / "bomb.gz", "wb") as f:
        f.write(bytes([0, 0, 8, 3]) + struct.pack(">3I", 10_000_000, 28, 28))
        f.write(bytes(8 * 2**20))
    run_limited(f"""
        from lossviz.mnist.idx import IdxError, read_idx
        try:
            read_idx({str(tmp_path / "bomb.gz")!r})
        except IdxError as error:
            assert "bomb.gz" in str(error), error
        else:
            raise SystemExit("accepted")
    """)


def test_dimensions_whose_product_wraps_in_int64_are_refused(tmp_path):
    (tmp_path / "wrap").write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 2**22, 2**21, 2**21))
    with pytest.raises(IdxError, match="impossible size"):
        read_idx(tmp_path / "wrap")


def test_fifos_devices_and_long_names_are_refused(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    os.symlink("/dev/zero", tmp_path / "zero")
    for name in ("fifo", "zero", "n" * 300):
        with pytest.raises(IdxError) as caught:
            read_idx(tmp_path / name)
        assert name in str(caught.value)


def test_the_dataset_names_the_file(tmp_path):
    (tmp_path / "train-images-idx3-ubyte").write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 2**31, 28, 28))
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(idx_bytes(np.zeros(2, np.uint8)))
    with pytest.raises(DatasetError, match="train-images-idx3-ubyte"):
        load_folder(tmp_path)
    with pytest.raises(DatasetError, match="too long"):
        load_folder(tmp_path / ("d" * 300))


GOOD = idx_bytes((np.arange(3 * 28 * 28) % 256).astype(np.uint8).reshape(3, 28, 28))


@st.composite
def mutated_idx(draw):
    data = bytearray(GOOD)
    kind = draw(st.sampled_from(["dims", "magic", "cut", "extend"]))
    if kind == "dims":
        ndim = draw(st.integers(0, 4))
        dims = draw(st.lists(st.sampled_from([0, 1, 3, 28, 2**16, 2**21, 2**22, 2**31, 2**32 - 1]), min_size=ndim, max_size=ndim))
        data = bytearray(bytes([0, 0, 8, ndim]) + struct.pack(f">{ndim}I", *dims) + bytes(data[16:]))
    elif kind == "magic":
        data[: 4] = draw(st.binary(min_size=4, max_size=4))
    elif kind == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    else:
        data += draw(st.binary(min_size=1, max_size=10))
    return bytes(data), draw(st.booleans())


@given(mutated_idx())
@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_only_idx_errors_come_out(tmp_path, case):
    data, zipped = case
    path = tmp_path / ("m.gz" if zipped else "m")
    path.write_bytes(gzip.compress(data) if zipped else data)
    try:
        array = read_idx(path)
    except IdxError as error:
        assert path.name in str(error)
    else:
        assert array.size <= len(data)
