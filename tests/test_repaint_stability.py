"""Guard against the PySide6 6.12.0 + pyqtgraph 0.14.0 crash.

That pair aborts the interpreter ("Fatal Python error: none_dealloc" inside
AxisItem.drawPicture) after a few hundred repaints of a window with plots.
pyproject.toml pins PySide6 below 6.12 for this reason; this test repaints
the real window a few hundred times, changing what the axes draw, so an
upgrade that brings the crash back fails CI instead of a lesson.  It runs in
a subprocess: an abort there is a test failure with the error attached, not
the end of the whole test session.
"""

import subprocess
import sys
import textwrap

import pytest

REPAINTS = 400

SCRIPT = textwrap.dedent(
    f"""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from lossviz.app import application, create_window
    app = application()
    window = create_window()
    window.show()
    sizes = [(1600, 900), (1366, 768), (1920, 1080)]
    for i in range({REPAINTS}):
        # A new size and class count make every AxisItem redraw its picture.
        window.resize(*sizes[i % len(sizes)])
        window.classes_spin.setValue(2 + i % 9)
        window.sliders.sliders[i % 2].setValue((i * 37) % 2000 - 1000)
        app.processEvents()
        window.repaint()
    print("repainted", {REPAINTS})
    """
)


@pytest.mark.slow
def test_window_survives_hundreds_of_repaints():
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    assert f"repainted {REPAINTS}" in result.stdout
