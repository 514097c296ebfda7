"""Peak memory of the whole app with 70,000 images loaded.

Each figure is the peak resident set size (ru_maxrss) of a fresh child
process that builds the real window (offscreen, 1600x900) and then:
  - "window only": shows it, on the bundled data;
  - "full-size data, 1 epoch": opens a full-size IDX folder (60,000 + 10,000
    images, see _synthetic_mnist.py: full MNIST's shapes, made from the
    bundled images, since this machine cannot download MNIST) and trains
    one epoch at full speed, which includes the epoch-end accuracy over all
    70,000 images;
  - "import only": imports PySide6.QtWidgets and pyqtgraph.

Target (issue 3): under 250 MB for the whole app with full MNIST loaded.

    python benchmarks/bench_memory.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

from benchmarks._synthetic_mnist import write_full_size_folder  # noqa: E402

CHILD = """\
import resource, sys
from lossviz.ui.app import application, create_window
app = application()
window = create_window()
window.resize(1600, 900)
window.show()
app.processEvents()
folder = sys.argv[1]
if folder != "-":
    panel = window.mnist_panel
    if not panel.open_folder(folder):
        raise SystemExit(panel.message_label.text())
    panel.epochs_spin.setValue(1)
    panel.speed_slider.setValue(panel.speed_slider.maximum())
    panel.session_ended.connect(app.quit)
    panel.start()
    app.exec()
    assert panel.accuracy_plot.validation_points("ce").size == 1, "the epoch did not finish"
    panel.shutdown()
print("peak_kib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""
IMPORT_ONLY = "import resource, PySide6.QtWidgets, pyqtgraph\nprint('peak_kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


def peak_mib(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=600)
    for line in out.stdout.splitlines():
        if line.startswith("peak_kib"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"child failed (exit {out.returncode}):\n{out.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = write_full_size_folder(Path(tempfile.gettempdir()) / "lossviz-bench-full-size")
    kinds = {"import only": (IMPORT_ONLY,), "window only": (CHILD, "-"), "full-size data, 1 epoch": (CHILD, str(folder))}
    samples = {kind: [] for kind in kinds}
    for _ in range(args.runs):
        for kind, call in kinds.items():
            samples[kind].append(peak_mib(*call))
    print(f"peak resident memory, MiB, median of {args.runs} fresh processes")
    for kind, values in samples.items():
        print(f"  {kind:<26} {statistics.median(values):7.1f}   samples " + " ".join(f"{v:.1f}" for v in values))
    full = statistics.median(samples["full-size data, 1 epoch"])
    print(f"  target < 250 MB with 70,000 images: {'met' if full * 1.048576 < 250 else 'NOT met'} ({full * 1.048576:.0f} MB)")
    print(json.dumps({"benchmark": "memory", "runs": args.runs, **{k: round(statistics.median(v), 1) for k, v in samples.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
