"""Writing a file so that a crash never leaves half of it in place.

Everything LossViz saves (lessons, models, exported pictures, IDX files) is
written to a temporary file beside its destination and then renamed over
it: a rename within one folder is atomic, so the destination holds either
the old file or the complete new one, never a mixture.  The temporary file
is removed if writing fails.

A process killed mid-save cannot remove its temporary file, so each is
named ``.NAME.lossviz-tmp-XXXXXXXX.SUFFIX`` and the next save of NAME
removes those left over from before.  Only those older than an hour: a
younger one may be another LossViz saving the same file at this moment,
whose rename must still find it.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

TEMPORARY_MARK = ".lossviz-tmp-"
#: Older than any save takes: a temporary file this old was left by a
#: process that died.
STALE_SECONDS = 3600


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to (by any means, Qt's
    included); on leaving the block without an error it replaces ``path``."""
    path = Path(path)
    remove_stale_temporaries(path)
    # The suffix kept last: Qt's writers choose the format by it.
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}{TEMPORARY_MARK}", suffix=path.suffix)
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


def remove_stale_temporaries(path: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove the temporary files of saves of ``path`` that died (older than
    STALE_SECONDS); returns those removed.  Never fails: a folder that
    cannot be listed leaves its debris, and the save goes on."""
    path = Path(path)
    prefix = f".{path.name}{TEMPORARY_MARK}"
    now = time.time() if now is None else now
    removed = []
    try:
        with os.scandir(path.parent) as entries:
            for entry in entries:
                if not (entry.name.startswith(prefix) and entry.name.endswith(path.suffix)):
                    continue
                try:
                    if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS:
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
                except OSError:
                    continue  # gone already (another save cleaned it), or not ours to remove
    except OSError:
        pass
    return removed


def _readable_like_a_new_file(path: str) -> None:
    # mkstemp makes files only their owner can read; what the user saves
    # gets the permissions any new file would (the umask's).
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
