"""What the command checks before it starts work, and how it says no.

Every refusal is one line on standard error, ``lossviz[ COMMAND]: why``,
and an exit status (2, or 1 for a download that failed): never a traceback.
Paths are checked before anything slow happens, so a picture is not
rendered, nor a network trained, only to find that it cannot be written.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

#: A path longer than this is shown cut in the middle: the message stays
#: readable when someone passes a name of thousands of characters.
SHOWN_PATH_CHARS = 120


class CommandError(Exception):
    """A refusal: its text (an exception or a message) and the exit status."""

    def __init__(self, reason: object, status: int = 2) -> None:
        super().__init__(reason)
        self.status = status

    def line(self, command: str | None) -> str:
        prefix = f"lossviz {command}" if command else "lossviz"
        return one_line(f"{prefix}: {describe(self.args[0])}")


def one_line(text: str) -> str:
    """``text`` with its line breaks shown as escapes: a file name may hold one."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def shown(path: object) -> str:
    text = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else str(path)
    if len(text) <= SHOWN_PATH_CHARS:
        return text
    half = SHOWN_PATH_CHARS // 2
    return f"{text[:half]}…{text[-half:]} ({len(text):,} characters)"


def describe(reason: object) -> str:
    """An OSError as ``path: what the system says``, anything else as str()."""
    if isinstance(reason, OSError) and reason.strerror:
        where = reason.filename if reason.filename is not None else None
        return f"{shown(where)}: {reason.strerror}" if where is not None else reason.strerror
    return str(reason)


def check_name(path: str | os.PathLike, what: str) -> None:
    """Refuse a path the system cannot even look up (too long, a loop of
    links...); one that does not exist yet is the caller's business."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        pass
    except NotADirectoryError:
        raise CommandError(f"{what} {shown(path)}: a part of it that should be a folder is a file") from None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise CommandError(f"{what} {shown(path)}: the name is too long for this system") from None
        raise CommandError(f"{what} {shown(path)}: {error.strerror}") from None
    except ValueError:  # a NUL byte, from Python callers
        raise CommandError(f"{what} {shown(path)}: not a usable file name") from None


def check_output_file(path: str | os.PathLike, what: str) -> None:
    """Refuse a file that could not be written: a folder, a folder that
    does not exist, or one where nothing can be created."""
    check_name(path, what)
    target = Path(path)
    if target.is_dir():
        raise CommandError(f"{what} {shown(path)} is a folder; name a file in it")
    folder = target.parent
    check_name(folder, what)
    if not folder.is_dir():
        raise CommandError(f"{what} {shown(path)}: the folder {shown(folder)} does not exist")
    try:
        # Trying is the only sure test: permissions, a read-only disk, a
        # full one, /proc, and root (for whom os.access says yes to all).
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise CommandError(f"{what} {shown(path)}: cannot write in {shown(folder)} ({error.strerror or error})") from None


def check_paths(args) -> None:
    """Every path option of the parsed command line, before any work."""
    command = getattr(args, "command", None)
    if command is None:
        for option, value in (("--screenshot", args.screenshot), ("--export", args.export)):
            if value:
                check_output_file(value, option)
        if args.lesson:
            check_name(args.lesson, "lesson")
    elif command == "train":
        if args.save:
            check_output_file(args.save, "--save")
        _check_data(args.data)
    elif command == "evaluate":
        check_name(args.model, "model")
        _check_data(args.data)
    elif command == "compare":
        _check_data(args.data)
    elif command == "predict":
        check_name(args.model, "--model")
        for image in args.images:
            check_name(image, "image")
    elif command == "download" and args.to:
        check_name(args.to, "--to")


def _check_data(data: str) -> None:
    if data not in ("bundled", "full"):
        check_name(data, "--data")
