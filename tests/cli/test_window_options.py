"""`lossviz OPTIONS` opens the window the options describe: the command's
own code path (`main`, then `run` and Qt's event loop), looked at once the
loop runs, then quit.  Every option that makes sense for a window must
reach it, not only the pictures (`--screenshot`, `--export`)."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import lossviz
from lossviz.cli import main
from lossviz.ui.common import i18n, settings_store, style
from lossviz.ui.main_window import LossExplorerWindow
from lossviz.worked_examples import WORKED_EXAMPLES


def open_window(qapp, argv):
    """Run `lossviz ARGV` until its event loop starts; yield the window it opened, then close it."""
    before = set(QApplication.topLevelWidgets())
    opened = []

    def look_and_quit():
        opened.extend(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LossExplorerWindow) and w.isVisible() and w not in before)
        # exit(), not quit(): quit() closes every window first, and the test looks at it afterwards.
        QApplication.exit(0)

    QTimer.singleShot(0, look_and_quit)
    assert main(argv) == 0
    assert len(opened) == 1
    return opened[0]


@pytest.fixture
def opened(qapp):
    windows = []

    def start(*argv):
        windows.append(open_window(qapp, list(argv)))
        return windows[-1]

    yield start
    for window in windows:
        # The theme, the look and the language are the application's: put them back for the next test.
        window.presentation.set_presenting(False)
        window.presentation.set_theme("light")
        window.close()
    i18n.install_language(qapp, "en")


def test_the_window_opens_with_the_example_size_theme_and_panel_asked_for(opened):
    example = WORKED_EXAMPLES[1]
    window = opened("--example", example.key, "--size", "1366x768", "--theme", "dark", "--mnist")
    assert (window.width(), window.height()) == (1366, 768)
    assert window.example is example
    assert window.toolbar.example_combo.currentData() == example.key
    # What the class sees is the tutorial's output vector, not the default uniform one.
    assert tuple(window.controller.readout.y) == pytest.approx(example.outputs[0], abs=1e-6)
    assert window.controller.state.target == example.targets[0]
    assert style.theme() is style.THEMES["dark"]
    assert window.presentation.theme_actions["dark"].isChecked()
    assert window.mnist_dock.isVisible()


def test_the_window_opens_presenting_the_example_in_the_language_asked_for(opened):
    example = WORKED_EXAMPLES[0]
    window = opened("--presentation", "--example", example.key, "--lang", "ja")
    assert window.presentation.presenting
    assert window.isFullScreen()
    assert window.example is example
    assert i18n.current_language() == "ja"
    assert window.windowTitle() != f"LossViz {lossviz.__version__} — what a loss function measures"


def test_the_theme_and_language_asked_for_hold_for_this_run_only(opened):
    opened("--theme", "high-contrast", "--lang", "ko")
    assert style.theme() is style.THEMES["high-contrast"]
    assert i18n.current_language() == "ko"
    saved = settings_store.store().settings  # what the next start begins from
    assert saved.theme != "high-contrast"
    assert saved.language != "ko"


def test_the_default_size_without_size(opened):
    window = opened()
    assert (window.width(), window.height()) == (1600, 900)
    assert window.example is None
    assert not window.mnist_dock.isVisible()
