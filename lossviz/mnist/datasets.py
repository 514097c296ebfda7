"""The data a network trains on: training and validation images, as uint8.

Three sources, named as the command line names them:
  - "bundled": the 5,000 real MNIST images shipped with the app, split
    4,000 / 1,000 by digit with a fixed seed, so every run, the panel and
    ``lossviz evaluate`` all agree on which images are for validation;
  - "full": full MNIST as ``lossviz download`` left it (60,000 training and
    10,000 test images; the test set is the validation set);
  - a folder of IDX files, gzipped or not, under MNIST's names (which
    Fashion-MNIST shares, and Kaggle's copies spell with a dot): a train and
    a t10k pair, or one pair, then split like the bundled set.

Images stay uint8 (70,000 of them are 55 MB; as float32 they would be 220).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from lossviz.data_folder import mnist_dir
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist.bundled import load_bundled, stratified_split
from lossviz.mnist.idx import IdxError, check_images_and_labels, read_idx

SPLIT_SEED = 0
VALIDATION_FRACTION = 0.2
PARTS = {"train": "train", "test": "t10k"}
BUNDLED_NAME = QT_TRANSLATE_NOOP("datasets", "bundled MNIST subset")
FULL_NAME = QT_TRANSLATE_NOOP("datasets", "full MNIST")


class DatasetError(ValueError):
    """Data that cannot be used, with a message saying which file and why
    (a ``lossviz.messages.Message``, which the window translates)."""

    def __init__(self, template: str, **values) -> None:
        super().__init__(Message("datasets", template, **values))


@dataclass(frozen=True)
class Dataset:
    name: str
    train_images: np.ndarray  # uint8 (N, 28, 28)
    train_labels: np.ndarray  # uint8 (N,)
    validation_images: np.ndarray
    validation_labels: np.ndarray

    def describe(self) -> str:
        return str(self.description())

    def description(self) -> Message:
        """What ``describe()`` says, for the window to translate."""
        name = Message("datasets", self.name) if self.name in (BUNDLED_NAME, FULL_NAME) else self.name
        return Message("datasets", QT_TRANSLATE_NOOP("datasets", "{name}: {train:,} training, {validation:,} validation images"),
                       name=name, train=len(self.train_images), validation=len(self.validation_images))


def _split(name: str, images: np.ndarray, labels: np.ndarray) -> Dataset:
    train, validation = stratified_split(labels, VALIDATION_FRACTION, SPLIT_SEED)
    return Dataset(name, images[train], labels[train], images[validation], labels[validation])


def load_bundled_dataset() -> Dataset:
    images, labels = load_bundled()
    return _split(BUNDLED_NAME, images, labels)


def _candidates(prefix: str, kind: str) -> list[str]:
    """File names MNIST's files go by: train-images-idx3-ubyte(.gz), or with a dot."""
    dims = "idx3" if kind == "images" else "idx1"
    names = [f"{prefix}-{kind}-{dims}-ubyte", f"{prefix}-{kind}.{dims}-ubyte"]
    return [n + ext for n in names for ext in (".gz", "")]


def _checked(path: Path, test) -> bool:
    """``test`` (Path.is_dir, Path.is_file) of ``path``; a path the system
    cannot look at (a name too long, a folder without permission) raises
    DatasetError naming it, not a traceback."""
    try:
        return test(path)
    except OSError as error:
        raise DatasetError(QT_TRANSLATE_NOOP("datasets", "{path} cannot be read: {reason}"), path=path,
                           reason=error.strerror or str(error)) from None


def _find(folder: Path, prefix: str, kind: str) -> Path | None:
    for name in _candidates(prefix, kind):
        if _checked(folder / name, Path.is_file):
            return folder / name
    return None


def _read_pair(folder: Path, prefix: str) -> tuple[np.ndarray, np.ndarray] | None:
    images_path, labels_path = _find(folder, prefix, "images"), _find(folder, prefix, "labels")
    if images_path is None and labels_path is None:
        return None
    if images_path is None or labels_path is None:
        if images_path is None:
            template = QT_TRANSLATE_NOOP("datasets", "{folder}: found the {prefix} labels but not the images (looked for {names})")
        else:
            template = QT_TRANSLATE_NOOP("datasets", "{folder}: found the {prefix} images but not the labels (looked for {names})")
        missing = "images" if images_path is None else "labels"
        raise DatasetError(template, folder=folder, prefix=prefix, names=", ".join(_candidates(prefix, missing)))
    arrays = []
    for path in (images_path, labels_path):
        try:
            arrays.append(read_idx(path))
        except (IdxError, OSError) as error:
            raise DatasetError("{path}: {error}", path=path, error=error) from None
    images, labels = arrays
    try:
        check_images_and_labels(images, labels)
    except IdxError as error:
        raise DatasetError("{images} and {labels}: {error}", images=images_path.name, labels=labels_path.name, error=error) from None
    if len(images) < 2:
        raise DatasetError(QT_TRANSLATE_NOOP("datasets", "{path}: too few images to train on ({count}; at least 2 are needed)"),
                           path=images_path, count=len(images))
    return images, labels


def load_folder(folder: str | os.PathLike) -> Dataset:
    folder = Path(folder)
    if not _checked(folder, Path.is_dir):
        raise DatasetError(QT_TRANSLATE_NOOP("datasets", "{folder} is not a folder"), folder=folder)
    train, test = _read_pair(folder, PARTS["train"]), _read_pair(folder, PARTS["test"])
    if train and test:
        return Dataset(folder.name, train[0], train[1], test[0], test[1])
    if train or test:
        return _split(folder.name, *(train or test))
    looked_for = ", ".join(_candidates("train", "images")[:2] + _candidates("t10k", "images")[:1])
    raise DatasetError(QT_TRANSLATE_NOOP("datasets", "{folder} holds no MNIST-format IDX files (looked for names such as {names})"),
                       folder=folder, names=looked_for)


def load_full(folder: str | os.PathLike | None = None) -> Dataset:
    """Full MNIST from ``folder``, by default where ``lossviz download`` puts it."""
    folder = Path(folder) if folder is not None else mnist_dir()
    if not _checked(folder, Path.is_dir) or _find(folder, "train", "images") is None:
        raise DatasetError(QT_TRANSLATE_NOOP("datasets", "Full MNIST is not downloaded yet (looked in {folder}). "
                                             "Download it with the panel's “Download full MNIST…” or `lossviz download`."),
                           folder=folder)
    dataset = load_folder(folder)
    return Dataset(FULL_NAME, dataset.train_images, dataset.train_labels, dataset.validation_images, dataset.validation_labels)


def load_test_images(spec: str | os.PathLike) -> tuple[np.ndarray, np.ndarray, str]:
    """(images, labels, description) to measure a trained network on: the
    validation part of "bundled" and "full", and for a folder its t10k pair,
    or all of its only pair (a folder of test files is tested whole)."""
    if spec in ("bundled", "full"):
        data = load_dataset(spec)
        return data.validation_images, data.validation_labels, f"{data.name}, validation images"
    folder = Path(spec)
    if not _checked(folder, Path.is_dir):
        raise DatasetError(QT_TRANSLATE_NOOP("datasets", "{folder} is not a folder"), folder=folder)
    pair = _read_pair(folder, PARTS["test"]) or _read_pair(folder, PARTS["train"])
    if pair is None:
        load_folder(folder)  # raises the message listing the names looked for
    prefix = PARTS["test"] if _find(folder, PARTS["test"], "images") else PARTS["train"]
    return pair[0], pair[1], f"{folder.name}, {prefix} images"


def load_dataset(spec: str | os.PathLike) -> Dataset:
    """"bundled", "full", or a folder of IDX files."""
    if spec == "bundled":
        return load_bundled_dataset()
    if spec == "full":
        return load_full()
    return load_folder(spec)
