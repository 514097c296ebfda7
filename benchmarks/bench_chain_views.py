"""What the softmax chain table and the derivation panel cost per slider move.

Each view shown alone at a realistic size, beside the loss read-out (the
numbers panel the window already has, timed the same way as a reference:
this shared machine drifts by ±30%, the ratio much less); a sweep of slider
moves turned into readouts beforehand (``evaluate`` is the controller's
cost, not the views').  For each readout and each view: the time its
``show_readout`` takes, and until it has repainted; and the layout requests
the moves caused (0 expected: every changing number has a fixed size).
Ten classes by default, the window's start.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_chain_views [--moves N] [--classes K]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from benchmarks.bench_slider_latency import spin_until_painted
from lossviz.explorer import ExplorerState, Mode, evaluate
from lossviz.ui.app import application
from lossviz.ui.explorer.chain_table import SoftmaxChainTable
from lossviz.ui.explorer.derivation_panel import DerivationPanel
from lossviz.ui.explorer.loss_readout import LossReadout

WARMUP = 30


class SubtreePaints(QObject):
    """Paint events per view, counted on the view and everything in it: a
    view whose changing cells are opaque repaints the cells, not itself.
    One window's dirty widgets are painted in one flush, so a view that
    painted anything has painted everything it changed."""

    def __init__(self, views) -> None:
        super().__init__()
        self.counts = [0] * len(views)
        self._owner = {}
        for index, view in enumerate(views):
            for widget in (view, *view.findChildren(QWidget)):
                self._owner[widget] = index
                widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.counts[self._owner[watched]] += 1
        return False

    def snapshot(self) -> list[int]:
        return list(self.counts)


class LayoutRequests(QObject):
    def __init__(self, widgets) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def readouts(moves: int, classes: int, target: int):
    """A slider sweep: a few classes in turn, each swept across −10..10 by 0.5 at its own phase."""
    state = ExplorerState(Mode.MULTICLASS, classes, (0.0,) * classes, target)
    movers = sorted({target, 0, classes // 2, classes - 1})
    for move in range(moves):
        k = movers[move % len(movers)]
        x = ((move // len(movers)) * 5 + 13 * k) % 80  # steps of 0.5 over a triangle of 40 steps
        value = -10.0 + 0.5 * (x if x <= 40 else 80 - x)
        if value == state.logits[k]:
            value = value + 0.5 if value < 10 else value - 0.5
        state = state.with_logit(k, value)
        yield evaluate(state)


def percentiles(ns: list[int]) -> dict[str, float]:
    ms = np.array(ns) / 1e6
    p50, p95 = np.percentile(ms, [50, 95])
    return {"median_ms": round(float(p50), 4), "p95_ms": round(float(p95), 4), "max_ms": round(float(ms.max()), 4)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--moves", type=int, default=300, help="measured readouts (default 300)")
    parser.add_argument("--classes", type=int, default=10, help="number of classes, 2 to 10 (default 10)")
    parser.add_argument("--size", default="700x480", help="size of each view's window, WxH (default 700x480)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    qInstallMessageHandler(lambda mode, context, message: None if "propagateSizeHints" in message else print(message, file=sys.stderr))

    app = application("en")  # as LossViz makes it: its style, palette and font
    plan = list(readouts(WARMUP + args.moves, args.classes, min(2, args.classes - 1)))
    # Each view in a window of its own, so that each repaint is its own;
    # the same readout goes to all three in turn: the same machine weather.
    views = {"chain_table": SoftmaxChainTable(), "derivation_panel": DerivationPanel(), "loss_readout": LossReadout()}
    windows, counters = [], {}
    for name, view in views.items():
        window = QGroupBox()
        QVBoxLayout(window).addWidget(view)
        view.show_readout(plan[0])
        window.resize(width, height)
        window.show()
        counters[name] = SubtreePaints([view])
        spin_until_painted(app, counters[name], [0], limit_ns=10_000_000_000)
        windows.append(window)

    calls = {name: [] for name in views}
    totals = {name: [] for name in views}
    misses = 0
    requests = None
    for index, readout in enumerate(plan):
        if index == WARMUP:
            calls, totals, misses = {name: [] for name in views}, {name: [] for name in views}, 0
            requests = LayoutRequests([widget for window in windows for widget in (window, *window.findChildren(QWidget))])
        for name, view in views.items():
            before = counters[name].snapshot()
            start = time.perf_counter_ns()
            view.show_readout(readout)
            called = time.perf_counter_ns()
            app.processEvents()  # a widget's repaint is posted to its window and done here (no graphics scene's queued call)
            misses += counters[name].snapshot() == before
            calls[name].append(called - start)
            totals[name].append(time.perf_counter_ns() - start)

    reference = percentiles(totals["loss_readout"])
    result = {"benchmark": "chain_views", "readouts": args.moves, "classes": args.classes, "size": f"{width}x{height}",
              "not_repainted": misses, "layout_requests": requests.count}
    print(f"{args.moves} readouts of {args.classes} classes ({WARMUP} warm-up not counted), each view alone at {width}x{height}")
    for name in views:
        call, total = percentiles(calls[name]), percentiles(totals[name])
        ratio = round(total["p95_ms"] / reference["p95_ms"], 2)
        result[name] = {"show_readout": call, "show_readout_and_repaint": total, "p95_ratio_to_loss_readout": ratio}
        print(f"  {name:17s} show_readout median {call['median_ms']:.3f} ms  p95 {call['p95_ms']:.3f} ms   "
              f"+ repaint median {total['median_ms']:.3f} ms  p95 {total['p95_ms']:.3f} ms  ({ratio:.2f} x the loss read-out's p95)")
    print(f"  moves that repainted nothing (the texts shown were the same): {misses}; layout requests during the measured moves: {requests.count}")
    print(json.dumps(result))
    for window in windows:
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
