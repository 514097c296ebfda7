"""One HTTP(S) transfer under watch, for the MNIST downloader
(``lossviz.mnist.download``): an opener that speaks only http and https,
and a watchdog that ends the transfer when Cancel is pressed, when the
file's deadline passes, or when the mirror has become too slow.

Why a watchdog thread: a read blocked on a silent server can only be ended
from outside.  A short socket timeout cannot be used to come back and check
a flag, because Python's socket file refuses every read after its first
timeout; shutting the socket ends the blocked read at once, and the reader
then learns why from ``Watchdog.raise_if_tripped``.

The limits are module constants, so tests can lower them.
"""

from __future__ import annotations

import collections
import functools
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from lossviz.messages import QT_TRANSLATE_NOOP, Message

SCHEMES = ("https", "http")
#: Seconds one file may take from one mirror: the largest (9.9 MB) at MIN_RATE, and some.
FILE_DEADLINE = 15 * 60.0
#: Bytes a second, averaged over RATE_WINDOW seconds once RATE_GRACE seconds
#: have passed, below which a mirror is given up: a trickle would otherwise
#: hold the download for hours, each byte arriving just inside the timeout.
MIN_RATE = 16_000
RATE_WINDOW = 30.0
RATE_GRACE = 30.0
#: Seconds between the watchdog's looks: how soon Cancel takes effect.
WATCH_INTERVAL = 0.1


class DownloadCancelled(Exception):
    """The user cancelled; parts already fetched are kept for next time."""


class Refused(OSError):
    """A mirror that broke a rule (length, deadline, rate): the reason is a Message."""


class Watchdog:
    """Watches one transfer from a thread of its own and, when Cancel is
    pressed or a limit is passed, shuts the transfer's sockets: a read
    blocked on them ends at once, and the reader learns why from
    ``raise_if_tripped``."""

    def __init__(self, cancel: threading.Event) -> None:
        self._cancel = cancel
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._received = 0
        self._why: Exception | None = None
        self._thread = threading.Thread(target=self._watch, name="lossviz-download-watchdog", daemon=True)

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()

    def attach(self, sock: socket.socket) -> None:
        """A connection's socket, once connected; shut at once if already tripped."""
        with self._lock:
            self._sockets.append(sock)
            tripped = self._why is not None
        if tripped:
            _shut(sock)

    def arrived(self, n: int) -> None:
        self._received += n  # one writer (the reader); the watchdog only reads it

    def raise_if_tripped(self) -> None:
        """Raise why the transfer was ended, if it was; Cancel counts at once."""
        if self._why is not None:
            raise self._why
        if self._cancel.is_set():
            raise DownloadCancelled()

    def _watch(self) -> None:
        start = time.monotonic()
        history: collections.deque[tuple[float, int]] = collections.deque()
        while not self._done.wait(WATCH_INTERVAL):
            now = time.monotonic()
            history.append((now, self._received))
            while history and history[0][0] < now - RATE_WINDOW:
                history.popleft()
            why = self._verdict(now - start, history)
            if why is not None:
                self._trip(why)
                return

    def _verdict(self, elapsed: float, history) -> Exception | None:
        if self._cancel.is_set():
            return DownloadCancelled()
        if elapsed > FILE_DEADLINE:
            return Refused(Message("download", QT_TRANSLATE_NOOP("download", "given up after {seconds:g} s"), seconds=FILE_DEADLINE))
        if elapsed > RATE_GRACE and history[-1][0] - history[0][0] >= RATE_WINDOW * 0.9:
            rate = (history[-1][1] - history[0][1]) / (history[-1][0] - history[0][0])
            if rate < MIN_RATE:
                return Refused(Message("download", QT_TRANSLATE_NOOP("download", "given up: under {rate:g} kB/s for {seconds:g} s"),
                                        rate=MIN_RATE / 1000, seconds=RATE_WINDOW))
        return None

    def _trip(self, why: Exception) -> None:
        with self._lock:
            self._why = why
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        # socket.socket's own shutdown, also for TLS: ends the other
        # thread's blocked read without touching the TLS state it is using.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _Watched:
    """A connection that hands its socket to the watchdog once connected."""

    def __init__(self, *args, watch: Watchdog, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch.attach(self.sock)


class _WatchedHTTP(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPS(_Watched, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: Watchdog) -> None:
        super().__init__()
        self.watch = watch

    def http_open(self, req):
        return self.do_open(functools.partial(_WatchedHTTP, watch=self.watch), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: Watchdog) -> None:
        super().__init__()
        self.watch = watch
        self.tls = ssl.create_default_context()

    def https_open(self, req):
        return self.do_open(functools.partial(_WatchedHTTPS, watch=self.watch), req, context=self.tls)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to http(s), and never from https down to http."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in SCHEMES or (req.type == "https" and scheme != "https"):
            raise urllib.error.HTTPError(req.full_url, code, f"a redirect to “{newurl[:200]}” was refused", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener(watch: Watchdog) -> urllib.request.OpenerDirector:
    """http and https only (urllib's usual opener also speaks ftp:, file: and data:)."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), _HTTPHandler(watch), _HTTPSHandler(watch), urllib.request.HTTPDefaultErrorHandler(),
                    _HttpOnlyRedirects(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener
