"""Downloads full MNIST on its own thread (``lossviz.mnist.download``), with
progress and a cancel the panel can show and press: ``cancel()`` takes
effect within a tenth of a second, even while a server sends nothing
(``lossviz.mnist.transfer``'s watchdog)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from lossviz.messages import Message


class DownloadWorker(QThread):
    progressed = Signal(int, int)  # bytes done, bytes in all

    def __init__(self, target: Path, mirror_list: list[str], parent=None) -> None:
        super().__init__(parent)
        self.target = target
        self.mirror_list = mirror_list
        self._cancel = threading.Event()
        #: After the thread ends: None on success, else what went wrong,
        #: in English; ``problems`` says it for lossviz.ui.common.i18n.translated.
        self.error: str | None = None
        self.problems: list[object] = []
        self.cancelled = False

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # on the worker thread
        from lossviz.mnist import download  # only when asked: not at start-up

        try:
            download.download_files(self.target, self.mirror_list, download.MNIST_FILES, progress=self.progressed.emit,
                                    cancel=self._cancel)
        except download.DownloadCancelled:
            self.cancelled = True
        except download.DownloadFailed as failed:
            self.problems = [Message("download", "{name}: {why}", name=name, why=why) for name, why in failed.reasons.items()]
        except download.BadMirror as bad:  # the mirrors setting or LOSSVIZ_MNIST_MIRRORS
            self.problems = [bad.args[0]]
        except OSError as exc:  # e.g. the data directory cannot be written
            self.problems = [exc]
        if self.problems:
            self.error = "\n".join(map(str, self.problems))
