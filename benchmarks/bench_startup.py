"""Start-up time of LossViz: process start to the first painted main window.

What is measured: the wall time, seen from this (parent) process, from
launching a fresh ``python -c`` child until the child reports on stdout that
its 1600x900 main window has really painted (Paint events seen on the window
and on all three plots, then one trip back to the event loop so that the
frame is finished).  That includes interpreter start-up and every import,
which is what a user waits for.  Each run is a new process; the figure is
the median over the runs.  Two baselines are measured in the same rounds,
interleaved so that machine noise hits all three alike: a child that only
imports PySide6.QtWidgets and pyqtgraph, and a bare Python.

Target (from the issue): under 1 s.

    python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The child: the timings it prints (seconds from its first line of code) only
# split the total into phases; the figure reported is the parent's.
APP_CODE = """\
import os, time; t0 = time.perf_counter()
from lossviz.ui.app import create_window, application
from PySide6.QtCore import QEvent, QObject, QTimer
t_imports = time.perf_counter()
window = create_window()
app = application()
window.resize(1600, 900)
t_built = time.perf_counter()

class FirstPaint(QObject):
    def __init__(self, widgets):
        super().__init__()
        self.waiting = set(widgets)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj in self.waiting:
            self.waiting.discard(obj)
            if not self.waiting:  # report once this frame is done, back in the loop
                QTimer.singleShot(0, done)
        return False

def done():
    t = time.perf_counter()
    print(f"painted imports={t_imports - t0:.4f} build={t_built - t_imports:.4f} show_to_paint={t - t_built:.4f}", flush=True)
    os._exit(0)  # the measurement is over: skip teardown

watch = FirstPaint([window] + [p.viewport() for p in (window.probability_plot, window.log_loss_plot, window.gradient_plot)])
window.show()
app.exec()
"""
IMPORT_CODE = "import PySide6.QtWidgets, pyqtgraph\nprint('painted', flush=True)"
PYTHON_CODE = "print('painted', flush=True)"


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    if importlib.util.find_spec("lossviz") is None:  # a checkout that is not installed
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def time_child(code: str, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from Popen to the child's "painted" line, and that line."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = child.communicate()  # wait for it: the next run must not overlap this one
    if not line.startswith("painted"):
        raise RuntimeError(f"child failed (exit {child.returncode}):\n{err}")
    return elapsed, line.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each kind (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first, to fill the disk cache and .pyc files (default 1)")
    args = parser.parse_args()
    env = child_env()
    kinds = {"app": APP_CODE, "import_only": IMPORT_CODE, "python_only": PYTHON_CODE}
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    phases: list[str] = []
    for run in range(args.warmup + args.runs):
        for kind, code in kinds.items():
            elapsed, line = time_child(code, env)
            if run >= args.warmup:
                samples[kind].append(elapsed)
                if kind == "app":
                    phases.append(line.removeprefix("painted "))

    medians = {kind: statistics.median(values) for kind, values in samples.items()}
    labels = {"app": "first painted window", "import_only": "import PySide6.QtWidgets, pyqtgraph", "python_only": "bare python"}
    print(f"start-up, median of {args.runs} fresh processes ({args.warmup} warm-up not counted), {sys.executable}")
    for kind, label in labels.items():
        print(f"  {label:<38} median {medians[kind]:.3f} s   samples " + " ".join(f"{v:.3f}" for v in samples[kind]))
    print("  app phases in the child (s): " + " | ".join(phases))
    print(f"  target < 1 s: {'met' if medians['app'] < 1.0 else 'NOT met'}")
    print(json.dumps({
        "benchmark": "startup",
        "runs": args.runs,
        "median_s": round(medians["app"], 4),
        "import_only_median_s": round(medians["import_only"], 4),
        "python_only_median_s": round(medians["python_only"], 4),
        "samples_s": [round(v, 4) for v in samples["app"]],
        "target_s": 1.0,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
