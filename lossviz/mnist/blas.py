"""How many threads numpy's matrix products use while the network trains.

numpy multiplies matrices with its bundled OpenBLAS, which splits each
product across every core.  For this network's small products that costs
more than it gains: every step rewrites all 79,510 weights on one core, and
the other core must fetch them again (from the first core's cache) before it
can take its half of the next product.  Measured here on 2 cores, 20 epochs
on the bundled data: one thread is 26% faster at batch 32 and 12% faster at
batch 100; from batch 256 the products are large enough for two threads to
win (19%).  So the trainer asks for one thread up to SINGLE_THREAD_BATCH and
leaves OpenBLAS's own choice above it (``tests/benchmarks/
bench_training_throughput.py --threads 1,2`` measures both).

OpenBLAS is asked through its own C functions in the library numpy loaded
(no threadpoolctl needed); where they cannot be found (a numpy built on
another BLAS), nothing is changed.
"""

from __future__ import annotations

import ctypes
import glob
import os
from functools import cache

import numpy as np

SINGLE_THREAD_BATCH = 128


@cache
def _openblas():
    """(get, set) thread-count functions of numpy's bundled OpenBLAS, or None."""
    here = os.path.dirname(np.__file__)
    for path in glob.glob(os.path.join(here + ".libs", "*openblas*")) + glob.glob(os.path.join(here, ".libs", "*openblas*")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (("scipy_openblas", "64_"), ("scipy_openblas", ""), ("openblas", "64_"), ("openblas", "")):
            get, set_ = f"{prefix}_get_num_threads{suffix}", f"{prefix}_set_num_threads{suffix}"
            if hasattr(lib, get) and hasattr(lib, set_):
                getattr(lib, set_).argtypes = [ctypes.c_int]
                return getattr(lib, get), getattr(lib, set_)
    return None


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


def threads_for_batch(batch: int) -> int | None:
    """The thread count for training steps at this batch size."""
    return 1 if batch <= SINGLE_THREAD_BATCH else default_threads()
