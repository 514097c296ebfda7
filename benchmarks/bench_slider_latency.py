"""Slider-to-repaint latency of the LossViz main window.

What is measured: for each programmatic move of a class slider, the time from
``QSlider.setValue`` until the event loop has run the resulting updates and
all three pyqtgraph plots have really repainted (a Paint event counted on
each plot's viewport).  That is what a user dragging a slider waits for per
frame.  Moves rotate over several sliders (always including the correct
class) and sweep each one back and forth, so every move changes the state.

Target (from the issue): p95 under 4 ms.  This shared 2-core machine drifts
by ±30% from one minute to the next, so the same run also times a minimal
reference window, moves interleaved with the app's: three fixed-range
pyqtgraph plots of ten bars driven by one slider (the issue measured such a
window at p95 ≈ 3 ms here).  The ratio app / reference is the comparable
figure.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_slider_latency.py [--moves N] [--size WxH]

``--views losses,chain,derivation`` compares views of the numbers in one
run instead: blocks of moves rotate over the views (each block's first
moves, just after the switch, not counted), so every view meets the same
machine weather, and each view's figures are also given as a ratio to the
first view's.  Separate runs of ``--view`` differ by more than the views do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

# Headless: must be set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSlider, QWidget

from lossviz.names import DEFAULT_VIEW, EXPLORER_VIEWS
from lossviz.ui.app import create_window

WARMUP_MOVES = 50
#: How long to keep spinning the event loop for a repaint before calling the move a failure.
SPIN_LIMIT_NS = 50_000_000
#: Slider positions jump by this much per move (0.5 of a logit): a visible, real change.
STEP = 50
#: --views: moves per block of one view, and how many of them, just after the switch, are not counted.
BLOCK = 40
SETTLE = 5


class PaintCounter(QObject):
    """Counts Paint events per watched widget, without consuming them."""

    def __init__(self, widgets) -> None:
        super().__init__()
        self.widgets = list(widgets)
        self.counts = {id(w): 0 for w in self.widgets}
        for widget in self.widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.counts[id(obj)] += 1
        return False

    def snapshot(self) -> list[int]:
        return [self.counts[id(w)] for w in self.widgets]


def spin_until_painted(app: QApplication, counter: PaintCounter, before: list[int], limit_ns: int = SPIN_LIMIT_NS) -> bool:
    """Process events until every watched widget has painted since ``before``.

    One processEvents() is usually enough, but QGraphicsScene posts its
    change notification as a queued call, so the viewport update can land
    one loop iteration later: keep spinning, bounded, rather than assume.
    """
    deadline = time.perf_counter_ns() + limit_ns
    while True:
        app.processEvents()
        if all(now > then for now, then in zip(counter.snapshot(), before)):
            return True
        if time.perf_counter_ns() > deadline:
            return False


class ReferenceWindow(QWidget):
    """The bare minimum a slider-driven three-plot window must do: one
    slider, softmax, three fixed-range bar plots."""

    def __init__(self) -> None:
        super().__init__()
        import pyqtgraph as pg

        layout = QHBoxLayout(self)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(-1000, 1000)
        layout.addWidget(self.slider)
        self.plots, self.bars = [], []
        for _ in range(3):
            plot = pg.PlotWidget(background="w")
            plot.setXRange(-0.6, 9.6, padding=0)
            plot.setYRange(-1.05, 1.05, padding=0)
            plot.getPlotItem().hideButtons()
            bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.6, brush="b")
            plot.addItem(bars)
            layout.addWidget(plot, 1)
            self.plots.append(plot)
            self.bars.append(bars)
        self.slider.valueChanged.connect(self._on_slider_changed)

    def _on_slider_changed(self, position: int) -> None:
        z = np.zeros(10)
        z[2] = position / 100
        y = np.exp(z - z.max())
        y /= y.sum()
        for bars in self.bars:
            bars.setOpts(height=y)


def move_plan(window, moves: int):
    """(slider, value) pairs: round-robin over a few visible sliders (the
    correct class among them), each sweeping its whole range back and forth
    in steps of STEP, at its own phase, so that every move is a real change."""
    state = window.controller.state
    n = state.n_classes
    sliders = [window.sliders.sliders[i] for i in sorted({state.target, 0, n // 2, n - 1})]
    low, high = sliders[0].minimum(), sliders[0].maximum()
    span = high - low

    def triangle(k: int) -> int:
        x = (k * STEP) % (2 * span)
        return low + (x if x <= span else 2 * span - x)

    for move in range(moves):
        j = move % len(sliders)
        slider, value = sliders[j], triangle(move // len(sliders) + 1 + 7 * j)
        if value == slider.value():  # never a no-op: the controller would ignore it
            value += STEP if value < high else -STEP
        yield slider, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--moves", type=int, default=1000, help="measured slider moves (default 1000)")
    parser.add_argument("--size", default="1600x900", help="window size WxH (default 1600x900)")
    parser.add_argument("--profile", metavar="FILE", help="also write cProfile stats of the measured loop to FILE")
    parser.add_argument("--view", choices=EXPLORER_VIEWS, default=DEFAULT_VIEW,
                        help="the view of the numbers shown while the sliders move (default: %(default)s)")
    parser.add_argument("--views", type=views_list, metavar="V,V,...",
                        help="compare these views in one run, in interleaved blocks of moves (e.g. losses,chain,derivation)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))

    # The offscreen plugin warns once per show that it has no window manager: noise here.
    qInstallMessageHandler(lambda mode, context, message: None if "propagateSizeHints" in message else print(message, file=sys.stderr))

    window = create_window()
    app = QApplication.instance()
    window.resize(width, height)
    window.show()
    window.show_view(args.view)
    plots = (window.probability_plot, window.log_loss_plot, window.gradient_plot)
    counter = PaintCounter(plot.viewport() for plot in plots)
    # The first frame lays out and builds every plot: allow it far longer than one move.
    if not spin_until_painted(app, counter, [0, 0, 0], limit_ns=10_000_000_000):
        print("the window never painted its plots", file=sys.stderr)
        return 1

    reference = ReferenceWindow()
    reference.resize(width, height)
    reference.show()
    reference_counter = PaintCounter(plot.viewport() for plot in reference.plots)
    spin_until_painted(app, reference_counter, [0, 0, 0], limit_ns=10_000_000_000)

    def timed_move(slider, value, watched) -> tuple[int, bool]:
        before = watched.snapshot()
        start = time.perf_counter_ns()
        slider.setValue(value)
        painted = spin_until_painted(app, watched, before)
        return time.perf_counter_ns() - start, painted

    plan = move_plan(window, WARMUP_MOVES + args.moves)
    for _, (slider, value) in zip(range(WARMUP_MOVES), plan):
        timed_move(slider, value, counter)
        timed_move(reference.slider, value if value != reference.slider.value() else -value, reference_counter)

    if args.views:
        return compare_views(window, reference, args.views, args.moves, timed_move, (counter, reference_counter))
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    samples_ns, reference_ns, misses = [], [], 0
    for slider, value in plan:
        elapsed, painted = timed_move(slider, value, counter)
        samples_ns.append(elapsed)
        misses += not painted  # kept in the samples: the move took at least the spin limit
        # The same move on the reference window, right after: the same machine weather.
        ref_value = value if value != reference.slider.value() else -value - 1
        reference_ns.append(timed_move(reference.slider, ref_value, reference_counter)[0])
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)

    ms = np.array(samples_ns) / 1e6
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    ref_ms = np.array(reference_ns) / 1e6
    ref_p50, ref_p95 = np.percentile(ref_ms, [50, 95])
    result = {
        "benchmark": "slider_latency",
        "samples": len(ms),
        "repainted": len(ms) - misses,
        "p50_ms": round(float(p50), 3),
        "p95_ms": round(float(p95), 3),
        "p99_ms": round(float(p99), 3),
        "max_ms": round(float(ms.max()), 3),
        "mean_ms": round(float(ms.mean()), 3),
        "size": f"{width}x{height}",
        "target_p95_ms": 4.0,
        "reference_p50_ms": round(float(ref_p50), 3),
        "reference_p95_ms": round(float(ref_p95), 3),
        "p95_ratio_to_reference": round(float(p95 / ref_p95), 2),
    }
    print(f"slider move -> all three plots repainted, {width}x{height}, {len(ms)} moves ({WARMUP_MOVES} warm-up not counted)")
    print(f"  p50 {p50:.2f} ms   p95 {p95:.2f} ms   p99 {p99:.2f} ms   max {ms.max():.2f} ms")
    print(f"  repainted all three plots: {len(ms) - misses}/{len(ms)}")
    print(f"  reference window (3 fixed-range bar plots, 1 slider): p50 {ref_p50:.2f} ms   p95 {ref_p95:.2f} ms")
    print(f"  app p95 / reference p95 = {p95 / ref_p95:.2f}")
    print(f"  target p95 < 4 ms: {'met' if p95 < 4.0 else 'NOT met'} in this run")
    print(json.dumps(result))
    window.close()
    reference.close()
    return 0


def views_list(text: str) -> list[str]:
    views = [view.strip() for view in text.split(",") if view.strip()]
    unknown = [view for view in views if view not in EXPLORER_VIEWS]
    if unknown or len(views) < 2:
        raise argparse.ArgumentTypeError(f"two or more of {', '.join(EXPLORER_VIEWS)}, comma-separated")
    return views


def compare_views(window, reference, views, moves, timed_move, counters) -> int:
    """Blocks of ``BLOCK`` moves, view after view; each move followed by one
    of the reference window's, as in the single-view run.  Each move is
    timed until the plots have repainted and until the view's numbers have
    too (the chain and the derivation draw theirs after the plots); the
    next move starts from an idle event loop, as a hand's next move would."""
    counter, reference_counter = counters
    app = QApplication.instance()
    pages = {"losses": window.readout, "chain": window.view.chain_table, "derivation": window.view.derivation_panel}
    numbers = {view: SubtreePaints(pages[view]) for view in views}
    samples = {view: ([], []) for view in views}
    reference_ns = {view: [] for view in views}
    plan = move_plan(window, moves + moves // BLOCK * SETTLE + BLOCK * len(views))
    while min(len(plots) for plots, _ in samples.values()) < moves // len(views):
        for view in views:
            window.show_view(view)
            spin_until_painted(app, counter, counter.snapshot(), limit_ns=1_000_000_000)
            for index, (slider, value) in zip(range(BLOCK), plan):
                plots_ns, numbers_ns = _timed_view_move(app, slider, value, counter, numbers[view])
                ref_value = value if value != reference.slider.value() else -value - 1
                ref_elapsed, _ = timed_move(reference.slider, ref_value, reference_counter)
                if index >= SETTLE:
                    samples[view][0].append(plots_ns)
                    samples[view][1].append(numbers_ns)
                    reference_ns[view].append(ref_elapsed)
    return _report_views(window, reference, views, samples, reference_ns)


class SubtreePaints(QObject):
    """Paint events anywhere in a widget and its children."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in (root, *root.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def _timed_view_move(app, slider, value, plots, numbers) -> tuple[int, int]:
    """(until the three plots repainted, until the numbers repainted too), in ns."""
    before, numbers_before = plots.snapshot(), numbers.count
    start = time.perf_counter_ns()
    slider.setValue(value)
    plots_ns = None
    while True:
        app.processEvents()
        elapsed = time.perf_counter_ns() - start
        if plots_ns is None and all(now > then for now, then in zip(plots.snapshot(), before)):
            plots_ns = elapsed
        if plots_ns is not None and numbers.count > numbers_before or elapsed > SPIN_LIMIT_NS:
            app.processEvents()  # whatever else the move left: the next move starts idle
            return plots_ns or elapsed, elapsed


def _report_views(window, reference, views, samples, reference_ns) -> int:
    first = None
    result = {"benchmark": "slider_latency_views", "size": f"{window.width()}x{window.height()}", "views": {}}
    print(f"slider move -> repainted, {window.width()}x{window.height()}, views interleaved in blocks of {BLOCK}")
    for view in views:
        plots, everything = (np.array(ns) / 1e6 for ns in samples[view])
        p50, p95 = np.percentile(plots, [50, 95])
        all50, all95 = np.percentile(everything, [50, 95])
        ratio = float(p95 / np.percentile(np.array(reference_ns[view]) / 1e6, 95))
        first = first or (p50, p95)
        result["views"][view] = {"samples": len(plots), "p50_ms": round(float(p50), 3), "p95_ms": round(float(p95), 3),
                                 "numbers_p50_ms": round(float(all50), 3), "numbers_p95_ms": round(float(all95), 3),
                                 "p95_ratio_to_reference": round(ratio, 2),
                                 "p50_ratio_to_first": round(float(p50 / first[0]), 2),
                                 "p95_ratio_to_first": round(float(p95 / first[1]), 2)}
        print(f"  {view:11s} plots p50 {p50:.2f} ms  p95 {p95:.2f} ms  (to {views[0]}: p50 {p50 / first[0]:.2f}, "
              f"p95 {p95 / first[1]:.2f}; reference ratio {ratio:.2f});  its numbers too: p50 {all50:.2f}  p95 {all95:.2f}")
    print(json.dumps(result))
    window.close()
    reference.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
