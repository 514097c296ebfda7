"""Reading and writing the IDX format of the MNIST files (numpy only).

An IDX file is a 4-byte magic number -- two zero bytes, a type code (0x08
for unsigned bytes) and the number of dimensions -- then each dimension as a
big-endian uint32, then the data.  MNIST's images are ``idx3`` (count × 28 ×
28) and its labels ``idx1`` (count).  Files may be gzipped, as distributed.

Nothing here trusts a file: the magic, the dimensions and the length are
checked against each other before any data is used, and a file that fails
gets an ``IdxError`` naming what is wrong.
"""

from __future__ import annotations

import gzip
import math
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from lossviz.atomic import write_atomically
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.safe_read import open_regular

UBYTE = 0x08
#: The most bytes of data a header may claim: twice full MNIST's training
#: images (60,000 × 28 × 28 = 47 M), room for any MNIST-format set the app
#: trains on (Fashion-MNIST is the same size), and at 100 MB an allocation
#: every machine that runs the app can make.  A header claiming more (up to
#: 2**96 bytes) is refused before anything is allocated.
MAX_ELEMENTS = 100_000_000
#: Deflate cannot compress better than about 1032 to 1, so a gzip file
#: cannot hold more than this many times its own size: a small file whose
#: header claims the ceiling is refused before it is decompressed.
DEFLATE_MAX_RATIO = 1032
GZIP_MAGIC = b"\x1f\x8b"


class IdxError(ValueError):
    """A file that is not valid IDX data of the expected shape (the message
    is a ``lossviz.messages.Message``, which the window translates)."""

    def __init__(self, template: str, **values) -> None:
        super().__init__(Message("idx", template, **values))


def _parse_header(data: bytes, name: str) -> tuple[tuple[int, ...], int]:
    """(shape, header length) from the start of IDX data; raises IdxError."""
    if len(data) < 4:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{name}: too short to be an IDX file ({size} bytes)"), name=name, size=len(data))
    zero, type_code, ndim = data[:2], data[2], data[3]
    if zero != b"\x00\x00" or type_code != UBYTE or not 1 <= ndim <= 3:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{name}: not an IDX file of unsigned bytes (magic number {magic})"), name=name,
                       magic=data[:4].hex())
    header = 4 + 4 * ndim
    if len(data) < header:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{name}: the header is cut short"), name=name)
    shape = struct.unpack(f">{ndim}I", data[4:header])
    if math.prod(shape) > MAX_ELEMENTS:  # Python ints: numpy's int64 product of 2**22 × 2**21 × 2**21 is 0
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{name}: the header claims an impossible size {shape}"), name=name, shape=shape)
    return shape, header


def _size_problem(name: str, shape, count: int, body: int) -> IdxError:
    if body < count:
        return IdxError(QT_TRANSLATE_NOOP("idx", "{name}: the file is cut short: the header says {shape} = {count} bytes, "
                                                 "the file holds {body}"),
                        name=name, shape=shape, count=count, body=body)
    return IdxError(QT_TRANSLATE_NOOP("idx", "{name}: the file is longer than its header says: the header says {shape} = {count} bytes, "
                                             "the file holds more than {count}"), name=name, shape=shape, count=count)


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """Read an IDX file, gzipped or not, straight into its array: the
    decompressed bytes are never held twice (full MNIST's training images
    are 47 MB), and nothing is allocated before the header is checked."""
    path = Path(path)
    try:
        raw, size = open_regular(path)  # a FIFO or /dev/zero is refused, not read for ever
    except OSError as error:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{name} cannot be read: {reason}"), name=path.name,
                       reason=error.strerror or str(error)) from None
    with raw:
        try:
            zipped = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
        except OSError as error:
            raise IdxError(QT_TRANSLATE_NOOP("idx", "{name} cannot be read: {reason}"), name=path.name,
                           reason=error.strerror or str(error)) from None
        try:
            if not zipped:
                return _read_stream(raw, path.name, exact_size=size)
            return _read_stream(gzip.GzipFile(fileobj=raw), path.name, most=size * DEFLATE_MAX_RATIO)
        except (OSError, EOFError, zlib.error) as exc:
            if not zipped:
                raise IdxError(QT_TRANSLATE_NOOP("idx", "{name} cannot be read: {reason}"), name=path.name,
                               reason=getattr(exc, "strerror", None) or str(exc)) from None
            raise IdxError(QT_TRANSLATE_NOOP("idx", "{name}: the gzip data is damaged or cut short ({error})"), name=path.name,
                           error=exc) from None


def _read_stream(stream, name: str, exact_size: int | None = None, most: int | None = None) -> np.ndarray:
    """The array in an open IDX stream: ``exact_size`` is a raw file's real
    size, ``most`` the largest a gzip file could inflate to; the header's
    claim is checked against them before the array is allocated."""
    head = stream.read(4)
    if len(head) == 4 and head[:3] == bytes([0, 0, UBYTE]) and 1 <= head[3] <= 3:
        head += stream.read(4 * head[3])
    shape, header = _parse_header(head, name)
    count = math.prod(shape)
    if exact_size is not None and header + count != exact_size:
        raise _size_problem(name, shape, count, exact_size - header)
    if most is not None and header + count > most:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{name}: the header claims {shape} = {count} bytes, more than a gzip file of "
                                                "this size can hold"), name=name, shape=shape, count=count)
    array = np.empty(count, np.uint8)
    view, filled = memoryview(array), 0
    while filled < count:
        # A megabyte at a time: gzip decompresses a larger request into a
        # temporary bytes object of that size before copying it.
        n = stream.readinto(view[filled : filled + (1 << 20)])
        if not n:
            raise _size_problem(name, shape, count, filled)
        filled += n
    if stream.read(1):
        raise _size_problem(name, shape, count, count + 1)
    return array.reshape(shape)


def check_images_and_labels(images: np.ndarray, labels: np.ndarray, n_classes: int = 10) -> None:
    """28 × 28 images, one label per image, every label a class index."""
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise IdxError(QT_TRANSLATE_NOOP("idx", "images must be 28 × 28, got shape {shape}"), shape=images.shape)
    if labels.ndim != 1:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "labels must be one number per image, got shape {shape}"), shape=labels.shape)
    if len(images) != len(labels):
        raise IdxError(QT_TRANSLATE_NOOP("idx", "{images} images but {labels} labels"), images=len(images), labels=len(labels))
    if len(labels) and labels.max() >= n_classes:
        raise IdxError(QT_TRANSLATE_NOOP("idx", "label {label} is out of range: there are {classes} classes, 0 to {last}"),
                       label=int(labels.max()), classes=n_classes, last=n_classes - 1)


def idx_bytes(array: np.ndarray) -> bytes:
    array = np.ascontiguousarray(array, dtype=np.uint8)
    return bytes([0, 0, UBYTE, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


def write_idx_gz(path: str | os.PathLike, array: np.ndarray) -> None:
    """Write gzipped IDX through a temporary file and an atomic rename.

    The gzip header's timestamp is fixed at 0, so the same array always
    gives the same bytes.
    """
    def write(raw) -> None:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(idx_bytes(array))

    write_atomically(path, write)
