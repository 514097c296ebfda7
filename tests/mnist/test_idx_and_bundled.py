"""The IDX reader and the bundled MNIST subset (no Qt)."""

import gzip
import hashlib

import numpy as np
import pytest

from lossviz.mnist.bundled import IMAGES, LABELS, load_bundled, stratified_split
from lossviz.mnist.idx import IdxError, check_images_and_labels, idx_bytes, read_idx, write_idx_gz
from lossviz.resources import resource_path


@pytest.fixture
def images():
    return np.random.default_rng(0).integers(0, 256, size=(7, 28, 28), dtype=np.uint8)


def test_round_trip_gzipped_and_plain(tmp_path, images):
    write_idx_gz(tmp_path / "i.gz", images)
    np.testing.assert_array_equal(read_idx(tmp_path / "i.gz"), images)
    (tmp_path / "i.raw").write_bytes(idx_bytes(images))
    np.testing.assert_array_equal(read_idx(tmp_path / "i.raw"), images)


def test_writing_is_byte_reproducible(tmp_path, images):
    write_idx_gz(tmp_path / "a.gz", images)
    write_idx_gz(tmp_path / "b.gz", images)
    assert (tmp_path / "a.gz").read_bytes() == (tmp_path / "b.gz").read_bytes()
    assert not list(tmp_path.glob(".*.lossviz-tmp-*"))  # the temporary file was renamed away


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda b: b[:-10], "cut short"),
        (lambda b: b + b"\x00", "longer than its header says"),
        (lambda b: b"\x00\x00\x0d\x03" + b[4:], "magic number 00000d03"),
        (lambda b: b"PK\x03\x04" + b[4:], "not an IDX file"),
        (lambda b: b[:2], "too short"),
        (lambda b: b[:9], "header is cut short"),
    ],
)
def test_bad_files_are_refused(tmp_path, images, mangle, message):
    path = tmp_path / "bad"
    path.write_bytes(mangle(idx_bytes(images)))
    with pytest.raises(IdxError, match=message):
        read_idx(path)


def test_damaged_gzip_is_refused(tmp_path, images):
    data = gzip.compress(idx_bytes(images))
    (tmp_path / "bad.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(IdxError, match="damaged or cut short"):
        read_idx(tmp_path / "bad.gz")


def test_images_and_labels_must_agree(images):
    check_images_and_labels(images, np.arange(7, dtype=np.uint8))
    with pytest.raises(IdxError, match="7 images but 6 labels"):
        check_images_and_labels(images, np.zeros(6, np.uint8))
    with pytest.raises(IdxError, match="label 10 is out of range"):
        check_images_and_labels(images, np.full(7, 10, np.uint8))
    with pytest.raises(IdxError, match="28 × 28"):
        check_images_and_labels(np.zeros((7, 14, 14), np.uint8), np.zeros(7, np.uint8))


def test_bundled_subset_is_real_balanced_mnist():
    images, labels = load_bundled()
    assert images.shape == (5000, 28, 28) and images.dtype == np.uint8
    assert np.bincount(labels, minlength=10).tolist() == [500] * 10
    # Handwriting, not noise: dark background, a stroke of a few hundred pixels.
    ink = (images > 128).sum(axis=(1, 2))
    assert 40 < np.median(ink) < 250
    assert images[:, 0, :].max() < 64  # MNIST centres digits: the top row is blank


def test_bundled_files_match_their_provenance():
    recorded = resource_path("mnist", "PROVENANCE.md").read_text(encoding="utf-8")
    for name in (IMAGES, LABELS):
        digest = hashlib.sha256(resource_path("mnist", name).read_bytes()).hexdigest()
        assert digest in recorded, f"{name} differs from the file PROVENANCE.md describes"


def test_stratified_split_is_balanced_and_seeded():
    _, labels = load_bundled()
    train, validation = stratified_split(labels, 0.2, seed=3)
    assert len(train) == 4000 and len(validation) == 1000
    assert not set(train) & set(validation)
    assert np.bincount(labels[validation], minlength=10).tolist() == [100] * 10
    again = stratified_split(labels, 0.2, seed=3)
    np.testing.assert_array_equal(train, again[0])
    assert not np.array_equal(validation, stratified_split(labels, 0.2, seed=4)[1])
    with pytest.raises(ValueError, match="between 0 and 1"):
        stratified_split(labels, 1.5)
