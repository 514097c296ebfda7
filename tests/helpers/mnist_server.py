"""A real HTTP server on 127.0.0.1 that serves MNIST-like files, for the
downloader's tests and the panel's: it can serve wrong bytes, answer 404,
cut a transfer short, or ignore Range requests, and it records what it was
asked for."""

from __future__ import annotations

import hashlib
import threading
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

    def names_requested(self) -> list[str]:
        return [name for name, _ in self.requests]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
