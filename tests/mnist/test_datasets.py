"""Where the MNIST panel and ``lossviz train`` get their images: the bundled
subset, downloaded full MNIST, or a folder of IDX files."""

import gzip

import numpy as np
import pytest

from lossviz.data_folder import mnist_dir
from lossviz.mnist.bundled import load_bundled
from lossviz.mnist.datasets import DatasetError, load_bundled_dataset, load_dataset, load_folder, load_test_images
from lossviz.mnist.idx import idx_bytes, write_idx_gz


@pytest.fixture(scope="module")
def bundled():
    return load_bundled()


def write_pair(folder, prefix, images, labels, gz=True, dotted=False):
    folder.mkdir(parents=True, exist_ok=True)
    sep = "." if dotted else "-"
    for kind, dims, array in (("images", "idx3", images), ("labels", "idx1", labels)):
        name = f"{prefix}-{kind}{sep}{dims}-ubyte"
        if gz:
            write_idx_gz(folder / (name + ".gz"), array)
        else:
            (folder / name).write_bytes(idx_bytes(array))


def test_the_bundled_split_is_stratified_and_the_same_every_time(bundled):
    data = load_bundled_dataset()
    assert data.train_images.shape == (4000, 28, 28) and data.validation_images.shape == (1000, 28, 28)
    assert data.train_images.dtype == np.uint8
    assert np.bincount(data.validation_labels, minlength=10).tolist() == [100] * 10
    again = load_bundled_dataset()
    np.testing.assert_array_equal(data.validation_labels, again.validation_labels)
    np.testing.assert_array_equal(data.validation_images, again.validation_images)
    assert data.describe() == "bundled MNIST subset: 4,000 training, 1,000 validation images"


def test_a_train_and_t10k_folder_uses_t10k_for_validation(tmp_path, bundled):
    images, labels = bundled
    write_pair(tmp_path, "train", images[:300], labels[:300])
    write_pair(tmp_path, "t10k", images[300:400], labels[300:400], gz=False)
    data = load_folder(tmp_path)
    np.testing.assert_array_equal(data.train_images, images[:300])
    np.testing.assert_array_equal(data.validation_labels, labels[300:400])
    assert data.name == tmp_path.name


def test_kaggle_names_and_a_single_pair_are_split(tmp_path, bundled):
    images, labels = bundled
    write_pair(tmp_path, "train", images[:500], labels[:500], gz=False, dotted=True)
    data = load_dataset(str(tmp_path))
    assert len(data.train_images) + len(data.validation_images) == 500
    assert len(data.validation_images) == pytest.approx(100, abs=10)


@pytest.mark.parametrize("damage, words", [
    ("truncated", "cut short"),
    ("magic", "not an IDX file"),
    ("counts", "50 images but 49 labels"),
    ("label", "label 10 is out of range"),
    ("shape", "28 × 28"),
    ("no labels", "not the labels"),
])
def test_broken_folders_are_refused_naming_the_file(tmp_path, bundled, damage, words):
    images, labels = bundled[0][:50], bundled[1][:50].copy()
    if damage == "counts":
        labels = labels[:49]
    if damage == "label":
        labels[7] = 10
    if damage == "shape":
        images = images[:, :27, :]
    write_pair(tmp_path, "train", images, labels)
    path = tmp_path / "train-labels-idx1-ubyte.gz"
    if damage == "truncated":
        data = gzip.decompress(path.read_bytes())
        path.write_bytes(gzip.compress(data[:-5]))
    if damage == "magic":
        path.write_bytes(gzip.compress(b"\x00\x00\x0d\x01" + gzip.decompress(path.read_bytes())[4:]))
    if damage == "no labels":
        path.unlink()
    with pytest.raises(DatasetError, match=words) as error:
        load_folder(tmp_path)
    assert "train-" in str(error.value)


def test_an_empty_folder_and_a_file_are_not_data(tmp_path):
    with pytest.raises(DatasetError, match="no MNIST-format IDX files"):
        load_folder(tmp_path)
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(DatasetError, match="is not a folder"):
        load_folder(tmp_path / "x.txt")


def test_full_mnist_before_and_after_it_is_downloaded(bundled):
    folder = mnist_dir()  # under the suite's own XDG_DATA_HOME (conftest)
    assert "lossviz-tests-" in str(folder)
    with pytest.raises(DatasetError, match="not downloaded yet"):
        load_dataset("full")
    images, labels = bundled
    write_pair(folder, "train", images[:600], labels[:600])
    write_pair(folder, "t10k", images[600:700], labels[600:700])
    try:
        data = load_dataset("full")
        assert data.name == "full MNIST" and len(data.train_images) == 600 and len(data.validation_images) == 100
    finally:
        for path in folder.iterdir():
            path.unlink()


def test_evaluation_uses_test_files_or_a_whole_single_pair(tmp_path, bundled):
    images, labels = bundled
    write_pair(tmp_path / "both", "train", images[:300], labels[:300])
    write_pair(tmp_path / "both", "t10k", images[300:400], labels[300:400])
    write_pair(tmp_path / "test-only", "t10k", images[:250], labels[:250])
    assert len(load_test_images(tmp_path / "both")[0]) == 100
    assert len(load_test_images(tmp_path / "test-only")[0]) == 250
    assert len(load_test_images("bundled")[0]) == 1000
