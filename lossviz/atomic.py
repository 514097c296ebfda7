"""Writing a file so that a crash never leaves half of it in place.

Everything LossViz saves (lessons, models, exported pictures, IDX files) is
written to a temporary file beside its destination and then renamed over
it: a rename within one folder is atomic, so the destination holds either
the old file or the complete new one, never a mixture.  The temporary file
is removed if writing fails.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to (by any means, Qt's
    included); on leaving the block without an error it replaces ``path``."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp" + path.suffix)
    os.close(fd)
    try:
        yield Path(temporary)
        _readable_like_a_new_file(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike, write: Callable | bytes) -> None:
    """Write ``path`` from ``write`` (the bytes, or a function given the open binary file)."""
    with atomic_path(path) as temporary, open(temporary, "wb") as f:
        if isinstance(write, bytes):
            f.write(write)
        else:
            write(f)
        f.flush()
        os.fsync(f.fileno())  # on disk before the rename makes it the file


def _readable_like_a_new_file(path: str) -> None:
    # mkstemp makes files only their owner can read; what the user saves
    # gets the permissions any new file would (the umask's).
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
