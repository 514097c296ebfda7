"""A real HTTP server on 127.0.0.1 that serves MNIST-like files, for the
downloader's tests and the panel's: it can serve wrong bytes, answer 404,
cut a transfer short, or ignore Range requests, and it records what it was
asked for.  Hostile mirrors too: one that trickles, stalls, never ends,
sends no length or a false one, or redirects anywhere.  Every loop it runs
is bounded and ends when the server is closed."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

from lossviz.mnist.download import RemoteFile


def small_files(seed: int = 0) -> tuple[list[RemoteFile], dict[str, bytes]]:
    """Four stand-ins for the MNIST files (random bytes, their real MD5s)."""
    rng = np.random.default_rng(seed)
    contents = {}
    for name, size in (("train-images-idx3-ubyte.gz", 300_000), ("train-labels-idx1-ubyte.gz", 2_000),
                       ("t10k-images-idx3-ubyte.gz", 90_000), ("t10k-labels-idx1-ubyte.gz", 1_000)):
        contents[name] = rng.integers(0, 256, size, dtype=np.uint8).tobytes()
    files = [RemoteFile(name, hashlib.md5(data).hexdigest(), len(data)) for name, data in contents.items()]
    return files, contents


#: Bytes an endless body sends at most before giving up itself.
ENDLESS_LIMIT = 50_000_000


@dataclass
class Hostile:
    """How a mirror misbehaves for one file.  ``length``: the Content-Length
    it announces ("true", "none", or a number added to the true one);
    ``extra``: bytes sent after the file; ``endless``: sends zeros until the
    client hangs up; ``step`` bytes every ``interval`` seconds (0: at once);
    ``stall_after``: bytes sent before it goes silent until the server closes;
    ``redirect``: a Location to send instead (a 302)."""

    length: str | int = "true"
    extra: int = 0
    endless: bool = False
    step: int = 0
    interval: float = 0.0
    stall_after: int | None = None
    redirect: str | None = None


class MirrorServer:
    """One mirror: ``base`` is its URL.  ``files`` maps name -> bytes;
    ``missing`` names answer 404; ``cut_after`` maps name -> bytes sent
    before the connection is dropped (once each); ``ignore_range`` answers
    every request with the whole file."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = dict(files)
        self.missing: set[str] = set()
        self.cut_after: dict[str, int] = {}
        self.ignore_range = False
        self.requests: list[tuple[str, str | None]] = []  # (name, Range header)
        self.hostile: dict[str, Hostile] = {}
        self.stop = threading.Event()  # set by close(): ends every slow or stalled answer
        self.stalled = threading.Event()  # set when a stall_after answer has gone silent
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                name = self.path.rsplit("/", 1)[-1]
                wanted = self.headers.get("Range")
                server.requests.append((name, wanted))
                if name in server.missing or name not in server.files:
                    self.send_error(404)
                    return
                data = server.files[name]
                if name in server.hostile:
                    server.serve_hostile(self, data, server.hostile[name])
                    return
                start = 0
                if wanted and not server.ignore_range:
                    start = int(wanted.removeprefix("bytes=").rstrip("-"))
                    if start >= len(data):
                        self.send_error(416)
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                body = data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                cut = server.cut_after.pop(name, None)
                if cut is not None:
                    self.wfile.write(body[:cut])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/mnist/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def serve_hostile(self, handler: BaseHTTPRequestHandler, data: bytes, how: Hostile) -> None:
        if how.redirect is not None:
            handler.send_response(302)
            handler.send_header("Location", how.redirect)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(200)
        if how.length != "none":
            handler.send_header("Content-Length", str(len(data) + (0 if how.length == "true" else how.length)))
        handler.end_headers()
        body = data + b"\0" * how.extra
        try:
            if how.stall_after is not None:
                handler.wfile.write(body[:how.stall_after])
                handler.wfile.flush()
                self.stalled.set()
                self.stop.wait(60)
            elif how.endless:
                for _ in range(ENDLESS_LIMIT // len(data) + 1):
                    if self.stop.is_set():
                        break
                    handler.wfile.write(data)
            elif how.step:
                for offset in range(0, len(body), how.step):
                    if self.stop.wait(how.interval):
                        break
                    handler.wfile.write(body[offset:offset + how.step])
                    handler.wfile.flush()
            else:
                handler.wfile.write(body)
        except OSError:  # the client hung up: what the hostile answers expect
            pass
        handler.close_connection = True

    def names_requested(self) -> list[str]:
        return [name for name, _ in self.requests]

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
