"""The Qt fixtures: a settings folder of each test's own, and the real main
window.  Imported by the conftest of each test folder that needs Qt."""

from pathlib import Path

import pytest


def system_settings_folder(user_folder: Path) -> Path:
    """Where ``fresh_settings`` points Qt's system-wide settings (in place of
    ``/etc/xdg``) for the test whose user folder is ``user_folder``."""
    return user_folder.with_name(user_folder.name + "-system")


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory):
    """Each test starts with no settings file of its own: nothing one test
    chooses (a theme, a language) reaches the next, and no file of the
    machine's (the system-wide fallbacks QSettings reads) reaches a test.
    Yields the folder that holds ``LossViz/LossViz.ini``."""
    from PySide6.QtCore import QSettings

    from lossviz.ui.common import settings_store

    folder = tmp_path_factory.mktemp("config")
    system = system_settings_folder(folder)
    system.mkdir()
    settings_store.use_ini_files()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(system))
    settings_store.forget_store()
    yield folder
    settings_store.forget_store()


@pytest.fixture(scope="session")
def qapp():
    """The application as LossViz makes it (Fusion, its palette, its 11-point
    font, English), in place of pytest-qt's bare one: the windows under test
    are laid out and drawn as a user's are."""
    from lossviz.ui.app import application

    return application("en")


@pytest.fixture
def window(qtbot):
    """The real main window, 1600×900, shown offscreen; its threads stopped afterwards."""
    from lossviz.ui.app import create_window

    win = create_window()
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()
