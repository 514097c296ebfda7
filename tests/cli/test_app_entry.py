"""The real entry points: the `lossviz` command's code path, and
`--screenshot` run as a user runs it."""

import struct
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import lossviz
from lossviz.cli import build_parser, main
from lossviz.ui import app as lossviz_app
from lossviz.ui.main_window import LossExplorerWindow


def test_run_shows_the_window_and_quits(qapp):
    """`lossviz` builds and shows the window, then runs the event loop."""
    seen = []

    def check_and_quit():
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, LossExplorerWindow) and w.isVisible())
        QApplication.quit()

    QTimer.singleShot(0, check_and_quit)
    assert lossviz_app.run() == 0
    assert len(seen) == 1
    assert lossviz.__version__ in seen[0].windowTitle()
    seen[0].close()


def _png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", header[16:24])


@pytest.mark.slow
@pytest.mark.parametrize("panel", [[], ["--mnist"]])
def test_screenshot_command(tmp_path, panel):
    out = tmp_path / "shot with spaces ä.png"
    result = subprocess.run(
        [sys.executable, "-m", "lossviz", "--screenshot", str(out), "--size", "1366x768", *panel],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == (1366, 768)  # the MNIST panel fits beside the explorer on a laptop screen


def test_bad_size_is_refused(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--screenshot", "x.png", "--size", "huge"])
    assert exc.value.code == 2
    assert "size must look like 1920x1080" in capsys.readouterr().err


def test_version_option(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert lossviz.__version__ in capsys.readouterr().out
