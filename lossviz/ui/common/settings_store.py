"""The settings file: QSettings in ini format, read once at start-up into a
typed ``lossviz.settings.Settings`` and written back a key at a time.

Ini format on every platform (``~/.config/LossViz/LossViz.ini`` on Linux),
so the store is a file that can be backed up, inspected and, if it gets
damaged, set aside: a file Qt cannot parse is renamed to
``LossViz.ini.damaged`` (kept, not deleted) and the app starts on its
defaults with a one-line notice; a value that cannot be used falls back to
its default alone.  Qt writes the file through a temporary file and a
rename, so a crash mid-write does not damage it.
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from lossviz import settings as core
from lossviz.data_folder import APP_NAME, ORGANISATION
from lossviz.settings import Settings


def use_ini_files() -> None:
    """Make every ``QSettings()`` in the app this file (called before any is made)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName().startswith("python"):
        QCoreApplication.setApplicationName(APP_NAME)


def _looks_like_text(path: Path) -> bool:
    """False for a file that is not UTF-8 text (Qt reads such a file without
    complaint, taking its debris for keys)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return True  # a first start
    except OSError:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data


class SettingsStore:
    """Reads the settings once (``settings``, ``notice``); ``remember`` writes."""

    def __init__(self) -> None:
        use_ini_files()
        self.notice: str | None = None
        store = QSettings()
        self.path = Path(store.fileName())
        if store.status() != QSettings.Status.NoError or not _looks_like_text(self.path):
            self.settings = Settings()
            self.notice = self._set_aside(store)
            return
        values = {key: store.value(key) for key in store.allKeys()}
        self.settings, problems = core.from_store(values)
        if problems:
            self.notice = QCoreApplication.translate(
                "SettingsStore", "Some saved settings could not be used and are back to their defaults: %1").replace("%1", ", ".join(problems))

    def _set_aside(self, store: QSettings) -> str:
        del store  # let go of the file before renaming it
        damaged = self.path.with_name(self.path.name + ".damaged")
        try:
            os.replace(self.path, damaged)
        except OSError as error:
            return QCoreApplication.translate(
                "SettingsStore", "The settings file %1 could not be read (%2); LossViz started with its defaults.").replace(
                "%1", str(self.path)).replace("%2", error.strerror or str(error))
        return QCoreApplication.translate(
            "SettingsStore", "The settings file could not be read; LossViz started with its defaults and kept the old file as %1.").replace(
            "%1", str(damaged))

    def remember(self, **changes) -> None:
        """Store new values (``theme="dark"``, ``training=TrainingParams(...)``)."""
        self.settings = replace(self.settings, **changes)
        values = core.to_store(self.settings)
        names = {f"training.{f.name}" for f in fields(core.TrainingParams)} if "training" in changes else set()
        names |= {name for name in changes if name != "training"}
        store = QSettings()
        store.setValue(core.KEYS["version"], core.VERSION)  # written with the first change, not by merely starting
        for name in names:
            value = values[core.KEYS[name]]
            if value is None:
                store.remove(core.KEYS[name])
            else:
                store.setValue(core.KEYS[name], value)
        store.sync()


_store: SettingsStore | None = None


def store() -> SettingsStore:
    """The settings, read from the file on first use."""
    global _store
    if _store is None:
        _store = SettingsStore()
    return _store


def forget_store() -> None:
    """Read the file afresh on next use (a test's new settings folder, a restart)."""
    global _store
    _store = None
