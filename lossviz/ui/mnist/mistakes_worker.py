"""The network's mistakes on the validation set, worked out on a thread of
their own after each epoch.

``analyse`` is the work, plain numpy (``lossviz.mnist.mistakes`` and the
rankings the galleries show, every cell's digits sorted once), so that
the view's slots only slice arrays.  ``MistakesWorker`` runs it: a
request holds a copy of the weights made on the caller's thread; a
request that arrives while another is waiting replaces it (the newest
wins), and each result is sent back by a signal.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QThread, Signal

from lossviz.mnist.mistakes import Mistakes, find_mistakes
from lossviz.mnist.mlp import Mlp
from lossviz.names import DIGIT_CLASSES, TRAINING_LOSSES


@dataclass(frozen=True, eq=False)
class MistakesResult:
    generation: int  # the request's number: a later one is newer
    mistakes: Mistakes
    images: np.ndarray  # the validation images (N, 28, 28) it was worked out on
    weights: list[np.ndarray]  # the network's (w1, b1, w2, b2), copied
    order: dict[str, np.ndarray]  # by loss: every digit's index, worst first
    rank: dict[str, np.ndarray]  # by loss: each digit's place in that order (0 the worst)
    by_cell: dict[str, np.ndarray]  # by loss: the indices grouped by cell (row-major), worst first in each
    cell_start: np.ndarray  # (101,): cell c's digits are by_cell[loss][cell_start[c]:cell_start[c + 1]]

    def cell(self, label: int, prediction: int, loss: str) -> np.ndarray:
        c = label * DIGIT_CLASSES + prediction
        return self.by_cell[loss][self.cell_start[c] : self.cell_start[c + 1]]


def analyse(net: Mlp, weights: list[np.ndarray], images: np.ndarray, labels: np.ndarray, generation: int = 0) -> MistakesResult:
    """The mistakes of a network with ``weights`` (set into ``net``, whose buffers it uses)."""
    net.set_weights(weights)
    mistakes = find_mistakes(net, images, labels)
    cells = mistakes.labels * DIGIT_CLASSES + mistakes.predictions
    cell_start = np.zeros(DIGIT_CLASSES * DIGIT_CLASSES + 1, np.intp)
    np.cumsum(mistakes.confusion.reshape(-1), out=cell_start[1:])
    order, rank, by_cell = {}, {}, {}
    for loss in TRAINING_LOSSES:
        order[loss] = mistakes.worst_first(loss)
        rank[loss] = np.empty_like(order[loss])
        rank[loss][order[loss]] = np.arange(len(order[loss]))
        # A stable sort by cell keeps each cell's digits worst first.
        by_cell[loss] = order[loss][np.argsort(cells[order[loss]], kind="stable")]
    return MistakesResult(generation, mistakes, images, weights, order, rank, by_cell, cell_start)


class MistakesWorker(QThread):
    """Interface: ``submit(weights, images, labels)`` → the request's
    generation; ``computed(MistakesResult)``, ``failed(str)``; ``stop()``."""

    computed = Signal(object)  # MistakesResult
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._wake = threading.Condition()
        self._request: tuple | None = None
        self._stopping = False
        self._generation = 0
        self._net: Mlp | None = None  # reused while the network's shape stays (its buffers too)

    def submit(self, weights: list[np.ndarray], images: np.ndarray, labels: np.ndarray) -> int:
        with self._wake:
            self._generation += 1
            self._request = (self._generation, weights, images, labels)
            self._wake.notify()
        if not self.isRunning():
            self.start()
        return self._generation

    def claim_generation(self) -> int:
        """A request's number for a result worked out elsewhere (``analyse``
        on the caller's thread): newer than every request so far."""
        with self._wake:
            self._generation += 1
            return self._generation

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._request = None
            self._wake.notify()
        self.wait()

    def run(self) -> None:  # on the worker's thread
        while True:
            with self._wake:
                while self._request is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                (generation, weights, images, labels), self._request = self._request, None
            try:
                result = analyse(self._network_for(weights), weights, images, labels, generation)
            except (ValueError, MemoryError) as error:
                self.failed.emit(str(error))
                continue
            self.computed.emit(result)

    def _network_for(self, weights: list[np.ndarray]) -> Mlp:
        w1, _, w2, _ = weights
        net = self._net
        if net is None or net.w1.shape != w1.shape or net.w2.shape != w2.shape or net.dtype != w1.dtype:
            # One core: the training thread has the other.
            net = self._net = Mlp(w1.shape[1], 0, n_in=w1.shape[0], n_out=w2.shape[1], dtype=w1.dtype, split=False)
        return net
