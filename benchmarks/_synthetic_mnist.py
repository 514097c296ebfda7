"""A folder of IDX files the size of full MNIST, for benchmarks on a machine
that cannot download it: 60,000 training and 10,000 test images, made by
repeating the bundled 5,000 real images (12 and 2 times), gzipped like the
real files.  The arrays have full MNIST's shapes and types, so memory and
per-epoch work are the same; the accuracy figures are not full MNIST's.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from lossviz.mnist.bundled import load_bundled
from lossviz.mnist.idx import idx_bytes

NAMES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")


def write_full_size_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if all((folder / name).exists() for name in NAMES):
        return folder
    images, labels = load_bundled()
    arrays = (np.tile(images, (12, 1, 1)), np.tile(labels, 12), np.tile(images, (2, 1, 1)), np.tile(labels, 2))
    for name, array in zip(NAMES, arrays):
        with gzip.open(folder / name, "wb", compresslevel=1) as f:
            f.write(idx_bytes(array))
    return folder
