"""Opening a file the user named without trusting what it is (no Qt).

A path may name something that is not a file at all: a symlink to
``/dev/zero`` reads for ever, a FIFO blocks the first read until a writer
comes, a device may do either.  Every reader of user files (lessons, models,
IDX data, the settings file) opens through here: the descriptor is opened
without blocking, ``fstat``-ed (the thing actually opened, not what the
path named a moment before), refused unless it is a regular file, and read
no further than the caller's ceiling.

Refusals are ``OSError``\\ s with a plain-English ``strerror``, so callers
turn them into their own error the way they turn any other ``OSError``.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)


class RefusedFile(OSError):
    """A path that is not a regular file, or a file larger than allowed."""

    def __init__(self, path: str | os.PathLike, reason: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, reason, os.fspath(path))


def open_regular(path: str | os.PathLike) -> tuple[BinaryIO, int]:
    """(the open binary file, its size in bytes); raises OSError, and
    RefusedFile for anything but a regular file."""
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(path, "it is not a regular file (a folder, device, pipe or socket)")
        _blocking(fd)
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike, limit: int) -> bytes:
    """The whole of the regular file at ``path``, refused (RefusedFile) if
    it holds more than ``limit`` bytes, whatever its size said."""
    f, size = open_regular(path)
    with f:
        if size > limit:
            raise RefusedFile(path, f"it is too large ({size:,} bytes; at most {limit:,} are read)", errno.EFBIG)
        data = f.read(limit + 1)  # the file may have grown since fstat
    if len(data) > limit:
        raise RefusedFile(path, f"it is too large (more than {limit:,} bytes)", errno.EFBIG)
    return data


def _blocking(fd: int) -> None:
    # A regular file never blocks, but reads through Python's file objects
    # expect a blocking descriptor; clear the flag that only guarded open().
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
