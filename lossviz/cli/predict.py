"""``lossviz predict``: digits read from image files by saved weights.

Each picture is decoded by Qt (PNG, JPEG and whatever else this Qt reads),
made grey over white paper (transparent parts are paper), and made an MNIST
image by lossviz.mnist.preprocess; one JSON line per picture on standard
output.  A picture that cannot be read, or is larger than MAX_PIXELS, is
refused in one line on standard error and the others are still read: the
exit status is then 2 (0 when every picture was read).
"""

from __future__ import annotations

import numpy as np

from lossviz.cli.checks import one_line, shown
from lossviz.cli.compare import json_line, say
from lossviz.losses import sparse_cross_entropy_error, sum_squared_error
from lossviz.mnist.model_file import ModelFileError, load_model
from lossviz.mnist.preprocess import dark_ink, to_mnist

#: The largest picture decoded, in pixels (its header is read first): 50
#: megapixels is a 8,660 × 5,770 photograph, already 200 MB as RGBA.
MAX_PIXELS = 50_000_000
#: Rows of a picture converted to grey at once.
BAND_ROWS = 512


class PictureError(ValueError):
    """A picture that cannot be used, and why."""


def predict_command(args) -> int:
    try:
        net = load_model(args.model)
    except ModelFileError as error:
        say(one_line(f"lossviz predict: {error}"))
        return 2
    status = 0
    for path in args.images:
        try:
            grey = read_grey(path)
        except PictureError as error:
            say(one_line(f"lossviz predict: {shown(path)}: {error}"))
            status = 2
            continue
        json_line(prediction(path, grey, net, args.label))
    return status


def prediction(path: str, grey: np.ndarray, net, label: int | None) -> dict:
    image = to_mnist(grey)
    y = net.predict_proba(image[None])[0].astype(np.float64)
    fields = {"image": path, "probabilities": [float(p) for p in y], "predicted": int(y.argmax()),
              "ink": "dark" if dark_ink(grey) else "light", "blank": not image.any()}
    if label is not None:
        fields["label"] = label
        fields["cross_entropy"] = sparse_cross_entropy_error(y, label)
        fields["squared_error"] = sum_squared_error(y, np.eye(len(y))[label])
    return fields


def read_grey(path: str) -> np.ndarray:
    """The picture at ``path`` as grey levels 0–255 (uint8, 2-D), transparent
    parts white.  Its size is read from its header and checked before it is decoded."""
    from PySide6.QtGui import QImage, QImageReader

    reader = QImageReader(path)
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise PictureError(f"not a picture this program can read ({reader.errorString()})")
    pixels = size.width() * size.height()
    if pixels > MAX_PIXELS:
        raise PictureError(f"{size.width()} × {size.height()} pixels is more than the {MAX_PIXELS:,} read")
    image = reader.read()
    if image.isNull():
        raise PictureError(f"cannot be decoded ({reader.errorString()})")
    # Each converted QImage is kept in a name while numpy looks at its pixels.
    if not image.hasAlphaChannel():
        converted = image.convertToFormat(QImage.Format.Format_Grayscale8)
        return _array(converted, 1)[:, :, 0].copy()
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rgba = _array(converted, 4)
    grey = np.empty(rgba.shape[:2], np.uint8)
    for start in range(0, len(rgba), BAND_ROWS):
        band = rgba[start : start + BAND_ROWS].astype(np.float32)
        # Rec. 601 luma, as Qt's own grey conversion, laid on white paper.
        luma = band[..., :3] @ np.array([0.299, 0.587, 0.114], np.float32)
        alpha = band[..., 3] / 255
        grey[start : start + BAND_ROWS] = np.rint(luma * alpha + 255 * (1 - alpha))
    return grey


def _array(image, channels: int) -> np.ndarray:
    """A view of a QImage's pixels as (height, width, channels), rows padded as Qt pads them."""
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, : width * channels].reshape(height, width, channels)
