"""GUI responsiveness while the MNIST panel trains at full speed.

A 10 ms timer (Qt's precise timer) runs on the GUI thread of the real
window (offscreen); its lateness is each interval's excess over 10 ms.
It is measured three ways in one run: with the app idle, while the panel
trains at full speed on the bundled data, and while it trains on a
full-size data set (70,000 images, see _synthetic_mnist.py), whose epoch
ends evaluate 70,000 images on the worker thread.  The figures are
medians over ``--rounds`` interleaved rounds of p50/p99/max lateness.

Target (issue 3): p99 under 20 ms during full-speed training.

    python benchmarks/bench_gui_lateness.py [--seconds S] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer

from benchmarks._synthetic_mnist import write_full_size_folder
from lossviz.ui.app import application, create_window
from lossviz.ui.mnist.panel import SPEEDS

INTERVAL_MS = 10


def measure(seconds: float, train: bool, window) -> dict:
    """Lateness of a 10 ms timer over ``seconds``; training at full speed if asked."""
    panel = window.mnist_panel
    stamps: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    loop = QEventLoop()
    if train:
        panel.reset()
        panel.epochs_spin.setValue(1000)  # more than the measurement lasts
        panel.speed_slider.setValue(len(SPEEDS) - 1)
        panel.start()
    timer.start(INTERVAL_MS)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    steps = panel.status.step if train else 0
    if train:
        panel.reset()
    late = sorted(max(0.0, (b - a) * 1000 - INTERVAL_MS) for a, b in zip(stamps, stamps[1:]))
    return {
        "p50": late[len(late) // 2],
        "p99": late[int(len(late) * 0.99)],
        "max": late[-1],
        "ticks": len(late),
        "batches_per_s": steps / seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="length of each measurement (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of idle / bundled / full-size (default 3)")
    args = parser.parse_args()
    application()
    window = create_window()
    window.resize(1600, 900)
    window.show()
    bundled_spec = window.mnist_panel.data_spec
    full_size = write_full_size_folder(Path(tempfile.gettempdir()) / "lossviz-bench-full-size")

    results: dict[str, list[dict]] = {"idle": [], "training, bundled 5,000": [], "training, full-size 70,000": []}
    for _ in range(args.rounds):
        results["idle"].append(measure(args.seconds, False, window))
        if window.mnist_panel.data_spec != bundled_spec:
            window.mnist_panel.use_data(bundled_spec)
        results["training, bundled 5,000"].append(measure(args.seconds, True, window))
        if not window.mnist_panel.open_folder(full_size):
            raise SystemExit(window.mnist_panel.message_label.text())
        results["training, full-size 70,000"].append(measure(args.seconds, True, window))
    window.shutdown()

    print(f"lateness of a {INTERVAL_MS} ms GUI timer, ms: median over {args.rounds} rounds of {args.seconds:g} s each")
    summary = {}
    for name, rounds in results.items():
        med = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
        summary[name] = med
        print(f"  {name:<28} p50 {med['p50']:5.2f}   p99 {med['p99']:6.2f}   max {med['max']:6.2f}   "
              f"({med['ticks']:.0f} ticks; {med['batches_per_s']:.0f} batches/s)   p99 per round: "
              + " ".join(f"{r['p99']:.2f}" for r in rounds))
    worst = max(summary[k]["p99"] for k in summary if k != "idle")
    print(f"  target p99 < 20 ms while training: {'met' if worst < 20 else 'NOT met'} (worst median p99 {worst:.2f} ms)")
    print(json.dumps({"benchmark": "gui_lateness", "rounds": args.rounds, "seconds": args.seconds,
                      **{k: {m: round(v, 3) for m, v in s.items()} for k, s in summary.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
