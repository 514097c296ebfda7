"""Saved weights of the MNIST network: an .npz of plain number arrays.

Nothing is pickled either way: the file is written with numeric and string
arrays only, read with ``allow_pickle=False`` (an object array, the way a
malicious file would carry code, is refused unread), and every array's
name, type and shape is checked before a network is built from it.  Saving
goes through a temporary file and an atomic rename, so an interrupted save
never leaves a half-written model in place of a good one.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import numpy as np

from lossviz.atomic import write_atomically
from lossviz.mnist.mlp import LOSSES, Mlp
from lossviz.names import DIGIT_CLASSES, HIDDEN_RANGE, IMAGE_PIXELS

FORMAT_VERSION = 1
N_IN, N_OUT, MAX_HIDDEN = IMAGE_PIXELS, DIGIT_CLASSES, HIDDEN_RANGE[1]
WEIGHTS = ("w1", "b1", "w2", "b2")


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
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: no such file")
    return read_model(path, str(path))


def read_model(source, label: str) -> Mlp:
    """The network in ``source`` (a path or a binary file object), checked;
    ``label`` names it in messages."""
    path = label
    not_a_model = f"{path}: not a LossViz model file (an .npz of the network's weights)"
    try:
        npz = np.load(source, allow_pickle=False)
    except (ValueError, zipfile.BadZipFile, EOFError, OSError) as error:
        # numpy takes anything that is not .npy or .npz for a pickle, and refuses to read it.
        reason = "its contents are not numpy data" if "pickle" in str(error) else str(error)
        raise ModelFileError(f"{not_a_model}: {reason}") from None
    if not isinstance(npz, np.lib.npyio.NpzFile):
        raise ModelFileError(f"{not_a_model}: it holds a single array")
    try:
        with npz:
            arrays = {name: _read(npz, name, path) for name in ("format_version", *WEIGHTS)}
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise ModelFileError(f"{not_a_model}: {error}") from None
    if arrays["format_version"].shape != () or int(arrays["format_version"]) != FORMAT_VERSION:
        raise ModelFileError(f"{path}: model format version {arrays['format_version']!r}; this LossViz reads version {FORMAT_VERSION}")
    w1, b1, w2, b2 = (arrays[name] for name in WEIGHTS)
    hidden = w1.shape[1] if w1.ndim == 2 else -1
    expected = {"w1": (N_IN, hidden), "b1": (hidden,), "w2": (hidden, N_OUT), "b2": (N_OUT,)}
    if not 1 <= hidden <= MAX_HIDDEN:
        raise ModelFileError(f"{path}: w1 has shape {w1.shape}; expected ({N_IN}, H) with 1 ≤ H ≤ {MAX_HIDDEN}")
    for name in WEIGHTS:
        if arrays[name].shape != expected[name]:
            raise ModelFileError(f"{path}: {name} has shape {arrays[name].shape}; a 784-{hidden}-10 network needs {expected[name]}")
        if not np.isfinite(arrays[name]).all():
            raise ModelFileError(f"{path}: {name} holds values that are not finite numbers (NaN or infinity)")
    net = Mlp(hidden)
    net.set_weights([arrays[name].astype(np.float32) for name in WEIGHTS])
    return net


def _read(npz, name: str, path: str) -> np.ndarray:
    if name not in npz.files:
        raise ModelFileError(f"{path}: the array {name!r} is missing (the file holds {', '.join(npz.files) or 'nothing'})")
    try:
        array = npz[name]
    except ValueError as error:  # numpy refuses object arrays when pickles are not allowed
        raise ModelFileError(f"{path}: the array {name!r} is not plain numbers ({error}); it was not read") from None
    if not (np.issubdtype(array.dtype, np.floating) or np.issubdtype(array.dtype, np.integer)):
        raise ModelFileError(f"{path}: the array {name!r} holds {array.dtype}, not numbers")
    return array
