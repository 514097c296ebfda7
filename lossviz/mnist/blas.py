"""numpy's own OpenBLAS, reached directly: its thread count, and the few
CBLAS functions the trainer calls itself.

numpy multiplies matrices with the OpenBLAS it bundles.  The trainer asks
that same library (found beside numpy, opened with ctypes; no new
dependency) for two things numpy cannot give it:
  - the thread count, so that a training step runs on two threads and the
    epoch's accuracy on all of them;
  - ``sgemm`` with its ``beta`` (C = α·A·B + β·C, so a momentum update
    happens inside the product), ``sgemm_batch`` (two products at once, the
    calling thread doing the first and OpenBLAS's worker the second, which
    is how the first layer is split between two cores:
    lossviz.mnist.first_layer) and ``saxpy`` (y += α·x, which OpenBLAS
    splits in two halves the same way).

Where the library or a function cannot be found (a numpy built on another
BLAS, such as Apple's Accelerate), these give None and the network does all
its work through numpy.
"""

from __future__ import annotations

import ctypes
import glob
import os
from dataclasses import dataclass
from functools import cache

import numpy as np

ROW_MAJOR, NO_TRANS, TRANS = 101, 111, 112


@cache
def _library() -> tuple[ctypes.CDLL, str, str] | None:
    """(numpy's OpenBLAS, symbol prefix, symbol suffix), or None."""
    here = os.path.dirname(np.__file__)
    # Linux and Windows wheels put it in numpy.libs beside numpy, macOS wheels in numpy/.dylibs.
    places = (here + ".libs", os.path.join(here, ".libs"), os.path.join(here, ".dylibs"))
    for path in (path for place in places for path in sorted(glob.glob(os.path.join(place, "*openblas*")))):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (("scipy_", "64_"), ("scipy_", ""), ("", "64_"), ("", "")):
            if hasattr(lib, f"{prefix}openblas_get_num_threads{suffix}") and hasattr(lib, f"{prefix}openblas_set_num_threads{suffix}"):
                return lib, prefix, suffix
    return None


@cache
def _openblas():
    """(get, set) thread-count functions of numpy's bundled OpenBLAS, or None."""
    found = _library()
    if found is None:
        return None
    lib, prefix, suffix = found
    get, set_ = getattr(lib, f"{prefix}openblas_get_num_threads{suffix}"), getattr(lib, f"{prefix}openblas_set_num_threads{suffix}")
    set_.argtypes = [ctypes.c_int]
    return get, set_


@dataclass(frozen=True)
class Cblas:
    """Typed CBLAS functions of numpy's OpenBLAS (float32, row-major)."""

    sgemm: ctypes._CFuncPtr
    sgemm_batch: ctypes._CFuncPtr
    saxpy: ctypes._CFuncPtr
    #: OpenBLAS's integer: 64 bits in numpy's builds ("USE64BITINT"), else 32.
    integer: type


@cache
def cblas() -> Cblas | None:
    """The functions, or None where any of them is missing."""
    found = _library()
    if found is None:
        return None
    lib, prefix, suffix = found
    names = {name: f"{prefix}cblas_{name}{suffix}" for name in ("sgemm", "sgemm_batch", "saxpy")}
    config = getattr(lib, f"{prefix}openblas_get_config{suffix}", None)
    if config is None or not all(hasattr(lib, symbol) for symbol in names.values()):
        return None
    config.restype = ctypes.c_char_p
    integer = ctypes.c_int64 if b"USE64BITINT" in config() else ctypes.c_int32
    enum, number, pointer = ctypes.c_int, ctypes.c_float, ctypes.c_void_p
    sgemm, batch, saxpy = (getattr(lib, names[name]) for name in ("sgemm", "sgemm_batch", "saxpy"))
    sgemm.argtypes = [enum, enum, enum, integer, integer, integer, number, pointer, integer, pointer, integer, number, pointer, integer]
    # The batch takes arrays: one entry per group for the sizes and scalars, one per product for the matrices.
    many = ctypes.POINTER
    batch.argtypes = [enum, many(enum), many(enum), many(integer), many(integer), many(integer), many(number), many(pointer),
                      many(integer), many(pointer), many(integer), many(number), many(pointer), many(integer), integer, many(integer)]
    saxpy.argtypes = [integer, number, pointer, integer, pointer, integer]
    for function in (sgemm, batch, saxpy):
        function.restype = None
    return Cblas(sgemm, batch, saxpy, integer)


def version() -> str | None:
    """OpenBLAS's own description of itself (version, CPU, threading), or None."""
    found = _library()
    config = found and getattr(found[0], f"{found[1]}openblas_get_config{found[2]}", None)
    if not config:
        return None
    config.restype = ctypes.c_char_p
    return config().decode(errors="replace")


def threads() -> int | None:
    """OpenBLAS's thread count now, or None if it cannot be asked."""
    openblas = _openblas()
    return int(openblas[0]()) if openblas else None


@cache
def default_threads() -> int | None:
    """OpenBLAS's own thread count, as it was before the trainer changed it
    (asked once: two runs side by side, compare mode's, must not take each
    other's setting for the default)."""
    return threads()


def set_threads(count: int | None) -> None:
    """Use ``count`` threads from now on (None: leave it as it is)."""
    openblas = _openblas()
    if openblas and count is not None and count != int(openblas[0]()):
        openblas[1](int(count))


#: Without the split, numpy's own products run on one thread up to this batch size.
SINGLE_THREAD_BATCH = 128


def training_threads(batch: int, split: bool) -> int | None:
    """The thread count for training steps at this batch size.

    Two for a network whose first layer is split between two cores
    (lossviz.mnist.first_layer).  Without the split, numpy's products
    spread over two threads lose more than they gain on this network's
    small products, where each core must fetch the weights the other just
    updated (README, "Benchmarks"), so one up to SINGLE_THREAD_BATCH and
    OpenBLAS's own count above it.
    """
    default = default_threads()
    if default is None:
        return None
    if split:
        return min(2, default)
    return 1 if batch <= SINGLE_THREAD_BATCH else default
