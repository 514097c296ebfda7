"""Downloading full MNIST: four gzipped IDX files, from well-known mirrors
in turn, each checked against its published MD5 (numpy-free, no Qt).

How a file is fetched, and why:
  - bytes go to ``NAME.part`` beside the final file; only a part whose MD5
    matches is renamed (atomically) to ``NAME``, so a file under its real
    name is always a good one;
  - an interrupted download keeps its part, and the next attempt asks for
    the rest (an HTTP Range request); a server that ignores the range gets
    a clean restart from zero;
  - a part that fails its checksum is deleted: if it had been resumed, the
    same mirror is tried once more from zero (the old bytes may have been
    the bad ones), then the next mirror;
  - a file already present with the right checksum is not fetched again.
The mirror list is, first to last: ``LOSSVIZ_MNIST_MIRRORS`` (comma-
separated base URLs), else the app's setting, else ``DEFAULT_MIRRORS``;
only http and https URLs are used (https for the defaults), and a redirect
may lead only to http(s), never from https down to http.

What a mirror may not do (hostile, broken, or on a bad network): send more
than the file's published size (a Content-Length that disagrees is refused
before reading, a body without one as soon as it passes the size), take
for ever, or keep Cancel waiting: ``lossviz.mnist.transfer`` holds those
limits and the watchdog that enforces them.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lossviz import __version__
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist.transfer import SCHEMES, DownloadCancelled, Refused, Watchdog, opener

__all__ = ["DownloadCancelled", "DownloadFailed", "BadMirror", "RemoteFile", "MNIST_FILES", "DEFAULT_MIRRORS", "mirrors",
           "check_mirrors", "download_files", "md5_of"]

CHUNK = 64 * 1024
PROGRESS_INTERVAL = 0.05  # seconds: at most 20 progress calls a second
ENVIRONMENT_VARIABLE = "LOSSVIZ_MNIST_MIRRORS"
#: Seconds to connect and to wait for any one read (the watchdog ends waits sooner).
TIMEOUT = 30.0


@dataclass(frozen=True)
class RemoteFile:
    name: str
    md5: str
    size: int  # the published size in bytes: progress, and the most a mirror may send


#: The published checksums (as torchvision's MNIST lists them) and sizes.
MNIST_FILES = (
    RemoteFile("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873", 9912422),
    RemoteFile("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432", 28881),
    RemoteFile("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3", 1648877),
    RemoteFile("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c", 4542),
)
DEFAULT_MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)


class DownloadFailed(Exception):
    def __init__(self, reasons: dict[str, Message]) -> None:
        self.reasons = reasons  # file name -> why, naming every mirror tried (translatable: lossviz.messages)
        self.failures = {name: str(why) for name, why in reasons.items()}  # the same in English
        super().__init__("; ".join(f"{name}: {why}" for name, why in self.failures.items()))


class BadMirror(ValueError):
    """A mirror that is not an http(s) URL; its one argument says which (a Message)."""


class _Mismatch(Exception):
    pass




def mirrors(setting: str | Sequence[str] | None = None) -> list[str]:
    """The base URLs to try, in order: the environment, else the setting, else the defaults."""
    for source in (os.environ.get(ENVIRONMENT_VARIABLE), setting):
        if isinstance(source, str):
            source = source.split(",")
        urls = [u.strip() for u in source or () if u and u.strip()]
        if urls:
            return urls
    return list(DEFAULT_MIRRORS)


def check_mirrors(urls: Sequence[str]) -> None:
    """Raise BadMirror naming the first URL that is not http(s) with a host
    (file:, ftp:, javascript:, a bare path, a name with spaces...)."""
    for url in urls:
        try:
            parts = urllib.parse.urlsplit(url)
            _ = parts.port  # checked when read
            usable = parts.scheme.lower() in SCHEMES and bool(parts.hostname)
        except ValueError:  # a port out of range, brackets that do not close
            usable = False
        if not usable or any(c.isspace() or not c.isprintable() for c in url):
            raise BadMirror(Message("download", QT_TRANSLATE_NOOP("download", "only http and https mirrors can be used, not “{url}”"),
                                    url=url[:200]))


def md5_of(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Progress:
    """Totals over all files, reported at a bounded rate."""

    def __init__(self, callback, total: int) -> None:
        self.callback, self.total, self.done, self._last = callback, total, 0, 0.0

    def add(self, n: int, force: bool = False) -> None:
        self.done += n
        now = time.monotonic()
        if self.callback and (force or now - self._last >= PROGRESS_INTERVAL):
            self._last = now
            self.callback(min(self.done, self.total), self.total)


def download_files(
    target: str | os.PathLike,
    mirror_list: Sequence[str] | None = None,
    files: Sequence[RemoteFile] = MNIST_FILES,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
) -> list[Path]:
    """Fetch ``files`` into ``target``; returns their paths, all verified.
    Raises DownloadFailed naming each file no mirror could give, after
    fetching all the others, DownloadCancelled, or BadMirror before
    anything is fetched.  ``timeout``: seconds, TIMEOUT if None."""
    mirror_list = list(mirror_list) if mirror_list is not None else mirrors()
    check_mirrors(mirror_list)
    timeout = TIMEOUT if timeout is None else timeout
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    cancel = cancel or threading.Event()
    meter = _Progress(progress, sum(f.size for f in files))
    failures: dict[str, Message] = {}
    for remote in files:
        final = target / remote.name
        if final.is_file() and md5_of(final) == remote.md5:
            meter.add(remote.size, force=True)
            continue
        reasons = []
        for base in mirror_list:
            url = base.rstrip("/") + "/" + remote.name
            try:
                _fetch_verified(url, final, remote, meter, cancel, timeout)
                break
            except (_Mismatch, urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
                reasons.append(Message("download", "{url}: {why}", url=url, why=_describe(error)))
        else:
            failures[remote.name] = Message("download", QT_TRANSLATE_NOOP("download", "no mirror gave a good copy ({reasons})"),
                                            reasons=_joined(reasons))
    meter.add(0, force=True)
    if failures:
        raise DownloadFailed(failures)
    return [target / f.name for f in files]


def _joined(messages: list[Message]) -> Message:
    """Messages one after another, separated by "; ", as one Message."""
    return Message("download", "; ".join(f"{{m{i}}}" for i in range(len(messages))), **{f"m{i}": m for i, m in enumerate(messages)})


def _describe(error: BaseException) -> Message | str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"  # as the server says it
    if isinstance(error, urllib.error.URLError):
        return Message("download", QT_TRANSLATE_NOOP("download", "could not connect ({reason})"), reason=error.reason)
    if isinstance(error, http.client.IncompleteRead):
        return Message("download", QT_TRANSLATE_NOOP("download", "the transfer stopped early ({count:,} bytes of the last piece arrived)"),
                       count=len(error.partial))
    if isinstance(error, TimeoutError):
        return Message("download", QT_TRANSLATE_NOOP("download", "no answer for {seconds:g} s"), seconds=TIMEOUT)
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error) or type(error).__name__


def _fetch_verified(url: str, final: Path, remote: RemoteFile, meter: _Progress, cancel, timeout: float) -> None:
    """One mirror: resume the part if there is one, check it, rename it.
    A resumed part that fails the check is retried once from zero."""
    part = final.with_name(final.name + ".part")
    for attempt in (1, 2):
        resumed = _fetch(url, part, remote, meter, cancel, timeout)
        if md5_of(part) == remote.md5:
            os.replace(part, final)
            return
        part.unlink()
        if not resumed or attempt == 2:
            raise _Mismatch(Message("download", QT_TRANSLATE_NOOP("download", "the file's MD5 is not the published {md5}; it was deleted"),
                                    md5=remote.md5))


def _fetch(url: str, part: Path, remote: RemoteFile, meter: _Progress, cancel, timeout: float) -> bool:
    """Bring ``part`` to the whole file; True if it went on from bytes already there."""
    have = part.stat().st_size if part.exists() else 0
    if have > remote.size:  # cannot be this file: start again
        part.unlink()
        have = 0
    headers = {"User-Agent": f"LossViz/{__version__}"}
    if have:
        headers["Range"] = f"bytes={have}-"
    with Watchdog(cancel) as watch:
        try:
            response = opener(watch).open(urllib.request.Request(url, headers=headers), timeout=timeout)
        except urllib.error.HTTPError as error:
            if error.code != 416 or not have:
                raise
            part.unlink()  # the server has no bytes past ours: ours are not its file
            return _fetch(url, part, remote, meter, cancel, timeout)
        except (OSError, http.client.HTTPException):
            watch.raise_if_tripped()
            raise
        with response:
            resumed = have > 0 and response.status == 206
            if not resumed:
                have = 0  # a 200 is the whole file: restart cleanly
            _check_length(response, remote.size - have)
            meter.add(have)
            written = _copy_body(response, part, have, remote, meter, watch)
    if written < remote.size:
        raise Refused(Message("download", QT_TRANSLATE_NOOP("download", "the transfer stopped after {written:,} of {expected:,} bytes"),
                               written=written, expected=remote.size))
    return resumed


def _check_length(response, expected: int) -> None:
    """Refuse, before reading, a body whose announced length is not what the published size leaves."""
    announced = response.headers.get("Content-Length")
    if announced is None:
        return
    try:
        length = int(announced)
    except ValueError:
        length = -1
    if length != expected:
        raise Refused(Message("download", QT_TRANSLATE_NOOP("download", "the server announced {announced} bytes where {expected:,} were due"),
                               announced=announced.strip()[:40], expected=expected))


def _copy_body(response, part: Path, have: int, remote: RemoteFile, meter: _Progress, watch: Watchdog) -> int:
    """Append the body to ``part`` (or write it anew when ``have`` is 0);
    the part's size at the end.  A body that runs past the published size
    deletes the part: none of it can be trusted."""
    written = have
    with open(part, "ab" if have else "wb") as f:
        while True:
            try:
                # read1: whatever has arrived, so the limits are checked as bytes come.
                block = response.read1(min(CHUNK, remote.size - written + 1))
            except (OSError, http.client.HTTPException):
                watch.raise_if_tripped()
                raise
            if not block:
                watch.raise_if_tripped()  # a socket the watchdog shut reads as the end
                return written
            watch.raise_if_tripped()  # Cancel, between reads too: a fast mirror never stalls
            if written + len(block) > remote.size:
                break
            f.write(block)
            written += len(block)
            meter.add(len(block))
            watch.arrived(len(block))
    part.unlink()
    raise Refused(Message("download", QT_TRANSLATE_NOOP("download", "the server sent more than the published {size:,} bytes"), size=remote.size))
