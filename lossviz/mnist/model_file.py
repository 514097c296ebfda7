"""Saved weights of the MNIST network: an .npz of plain number arrays.

Nothing is pickled either way: the file is written with numeric and string
arrays only, and read a member at a time from the zip archive: each array's
.npy header (its type and shape) is checked against the network's before
any of its data is read or allocated (an object array, the way a malicious
file would carry code, is refused unread; a header claiming terabytes is
refused as not matching the member's real size), and the values are checked
as the float32 the network holds.  Saving
goes through a temporary file and an atomic rename, so an interrupted save
never leaves a half-written model in place of a good one.
"""

from __future__ import annotations

import io
import math
import os
import struct
import tokenize
import zipfile
import zlib

import numpy as np

from lossviz.atomic import write_atomically
from lossviz.mnist.mlp import LOSSES, Mlp
from lossviz.names import DIGIT_CLASSES, HIDDEN_RANGE, IMAGE_PIXELS
from lossviz.safe_read import read_regular

FORMAT_VERSION = 1
N_IN, N_OUT, MAX_HIDDEN = IMAGE_PIXELS, DIGIT_CLASSES, HIDDEN_RANGE[1]
WEIGHTS = ("w1", "b1", "w2", "b2")
#: The largest array a model may hold: the widest first layer in float64
#: (784 × 4,096 × 8 bytes, 26 MB).  A header claiming more is refused
#: before numpy is asked to allocate it.
MAX_ARRAY_BYTES = N_IN * MAX_HIDDEN * 8
#: The file itself: all four arrays at that width, compression aside.
MAX_FILE_BYTES = 2 * MAX_ARRAY_BYTES
#: What malformed zip or .npy data raises in zipfile, zlib and numpy's
#: header parser (which tokenizes the header as Python); each becomes a
#: ModelFileError naming the file.
_MALFORMED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, tokenize.TokenError, EOFError, OSError,
              ValueError, TypeError, RuntimeError, NotImplementedError, OverflowError, SyntaxError)


class ModelFileError(ValueError):
    """A file that is not a LossViz model, with what is wrong with it."""


def save_model(path: str | os.PathLike, net: Mlp, *, loss: str) -> None:
    """Write ``net``'s weights and the loss it was trained with."""
    write_atomically(path, model_bytes(net, loss=loss))


def model_bytes(net: Mlp, *, loss: str) -> bytes:
    """The .npz file's bytes (a lesson file carries them inside it)."""
    if loss not in LOSSES:  # and so plain text: nothing here may need a pickle
        raise ValueError(f"the loss must be one of {', '.join(LOSSES)}, got {loss!r}")
    arrays = {name: np.asarray(param, np.float32) for name, param in zip(WEIGHTS, net.parameters())}
    buffer = io.BytesIO()
    np.savez(buffer, format_version=np.array(FORMAT_VERSION), loss=np.array(loss), **arrays)
    return buffer.getvalue()


def load_model(path: str | os.PathLike) -> Mlp:
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise ModelFileError(f"{path}: no such file") from None
    except OSError as error:
        raise ModelFileError(f"{path}: cannot be read: {error.strerror or error}") from None
    return read_model(io.BytesIO(data), str(path))


def read_model(source, label: str) -> Mlp:
    """The network in ``source`` (a binary file object, or a path), checked;
    ``label`` names it in messages.  Lesson files call this for their
    weights, so both kinds of file pass the same checks."""
    if not hasattr(source, "read"):
        return load_model(source)
    not_a_model = f"{label}: not a LossViz model file (an .npz of the network's weights)"
    try:
        archive = zipfile.ZipFile(source)
    except _MALFORMED:
        # A pickle, text, anything else: refused before any of it is read as data.
        raise ModelFileError(f"{not_a_model}: its contents are not numpy data") from None
    try:
        with archive:
            return _network(archive, label)
    except _MALFORMED as error:
        raise ModelFileError(f"{not_a_model}: {type(error).__name__}: {error}") from None


def _network(archive: zipfile.ZipFile, path: str) -> Mlp:
    version = _read(archive, "format_version", path, lambda shape: shape == ())
    if version.item() != FORMAT_VERSION:  # NaN and infinity included: never equal
        raise ModelFileError(f"{path}: model format version {version.item()!r}; this LossViz reads version {FORMAT_VERSION}")
    w1 = _read(archive, "w1", path, _first_layer(path))
    hidden = w1.shape[1]
    expected = {"b1": (hidden,), "w2": (hidden, N_OUT), "b2": (N_OUT,)}
    arrays = {"w1": w1}
    for name, shape in expected.items():
        arrays[name] = _read(archive, name, path, _exactly(path, name, shape, hidden))
    weights = []
    for name in WEIGHTS:
        with np.errstate(over="ignore", invalid="ignore"):
            weight = arrays[name].astype(np.float32)
        # Checked after the cast: a float64 1e300 is finite, but not as float32.
        if not np.isfinite(weight).all():
            raise ModelFileError(f"{path}: {name} holds values that are not finite float32 numbers "
                                 f"(NaN, infinity, or beyond ±{np.finfo(np.float32).max:.3g})")
        weights.append(weight)
    net = Mlp(hidden)
    net.set_weights(weights)
    return net


def _first_layer(path: str):
    def check(shape: tuple) -> bool:
        if len(shape) != 2 or shape[0] != N_IN or not 1 <= shape[1] <= MAX_HIDDEN:
            raise ModelFileError(f"{path}: w1 has shape {shape}; expected ({N_IN}, H) with 1 ≤ H ≤ {MAX_HIDDEN}")
        return True
    return check


def _exactly(path: str, name: str, expected: tuple, hidden: int):
    def check(shape: tuple) -> bool:
        if shape != expected:
            raise ModelFileError(f"{path}: {name} has shape {shape}; a 784-{hidden}-10 network needs {expected}")
        return True
    return check


def _read(archive: zipfile.ZipFile, name: str, path: str, shape_ok) -> np.ndarray:
    """One array, its header checked before its data is read: the header's
    dtype and shape are what numpy would allocate, so they must be plain
    numbers, the expected shape, and exactly the member's real size."""
    try:
        info = archive.getinfo(name + ".npy")
    except KeyError:
        held = ", ".join(n.removesuffix(".npy") for n in archive.namelist()[:20])
        raise ModelFileError(f"{path}: the array {name!r} is missing (the file holds {held or 'nothing'})") from None
    if info.flag_bits & 0x1:
        raise ModelFileError(f"{path}: the array {name!r} is encrypted; a model file never is")
    with archive.open(info) as f:
        shape, fortran, dtype = _header(f, name, path)
        if not shape_ok(shape):
            raise ModelFileError(f"{path}: {name} has shape {shape}")
        count = math.prod(shape)  # Python ints: a product of huge dimensions cannot wrap round
        nbytes = count * dtype.itemsize
        if nbytes > MAX_ARRAY_BYTES or nbytes != info.file_size - f.tell():
            raise ModelFileError(f"{path}: the array {name!r} claims {shape} × {dtype.itemsize} bytes, "
                                 f"but its entry holds {max(info.file_size - f.tell(), 0):,} bytes of data")
        data = f.read(nbytes + 1)
    if len(data) != nbytes:
        raise ModelFileError(f"{path}: the array {name!r} is cut short or longer than its header says")
    return np.frombuffer(data, dtype).reshape(shape, order="F" if fortran else "C")


def _header(f, name: str, path: str) -> tuple[tuple, bool, np.dtype]:
    version = np.lib.format.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
    else:
        raise ModelFileError(f"{path}: the array {name!r} is in .npy format {version}, which LossViz does not read")
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        # An object array is how a malicious file would carry a pickle.
        raise ModelFileError(f"{path}: the array {name!r} is not plain numbers ({dtype}); it was not read")
    if dtype.kind not in "iuf":
        raise ModelFileError(f"{path}: the array {name!r} holds {dtype}, not numbers")
    if not all(isinstance(n, int) and n >= 0 for n in shape):
        raise ModelFileError(f"{path}: the array {name!r} has an impossible shape {shape}")
    return tuple(shape), bool(fortran), dtype
