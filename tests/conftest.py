"""Test settings that must hold before Qt is imported anywhere.

The suite runs headless on any machine: Qt's offscreen platform, PySide6 for
pyqtgraph, a fixed English locale, and data and settings directories of its
own, so no test depends on the user's files or ever changes them.
"""

import atexit
import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

_HOME = tempfile.mkdtemp(prefix="lossviz-tests-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ.pop("LOSSVIZ_MNIST_MIRRORS", None)


import pytest  # noqa: E402  (after the environment is set)


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory):
    """Each test starts with no settings file of its own: nothing one test
    chooses (a theme, a language) reaches the next."""
    from PySide6.QtCore import QSettings

    from lossviz.ui import settings_store

    folder = tmp_path_factory.mktemp("config")
    settings_store.use_ini_files()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    settings_store.forget_store()
    yield folder
    settings_store.forget_store()


@pytest.fixture
def window(qtbot):
    """The real main window, 1600×900, shown offscreen; its threads stopped afterwards."""
    from lossviz.app import create_window

    win = create_window()
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.mnist_panel.shutdown()
