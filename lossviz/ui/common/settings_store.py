"""The settings file: QSettings in ini format, read once at start-up into a
typed ``lossviz.settings.Settings`` and written back a key at a time.

Ini format on every platform (``~/.config/LossViz/LossViz.ini`` on Linux),
so the store is a file that can be backed up, inspected and, if it gets
damaged, set aside: a file Qt cannot parse is renamed to
``LossViz.ini.damaged`` (kept, not deleted) and the app starts on its
defaults with a one-line notice; a value that cannot be used falls back to
its default alone.  Qt writes the file through a temporary file and a
rename, so a crash mid-write does not damage it.

The file is read as text (``lossviz.ini_file``), never through QSettings:
QSettings would deserialise an ``@Variant(...)`` value, and PySide would
unpickle one holding a Python object.  A file holding such a value, or one
that is not small UTF-8 text, or not a regular file at all, is damage and
set aside before any QSettings opens it; QSettings only ever writes.
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from lossviz import settings as core
from lossviz.data_folder import APP_NAME, ORGANISATION
from lossviz.ini_file import DamagedIni, read_ini
from lossviz.settings import Settings

#: An organisation no settings file belongs to: a QSettings made for it
#: tells where the files are without opening LossViz's own (opening one
#: that is a FIFO would block the start for ever).
_PROBE_ORGANISATION = "LossViz-settings-path-probe"


def use_ini_files() -> None:
    """Make every ``QSettings()`` in the app this file (called before any is made)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName().startswith("python"):
        QCoreApplication.setApplicationName(APP_NAME)


def settings_path() -> Path:
    """The file ``QSettings()`` uses, found without opening it."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _PROBE_ORGANISATION, "probe")
    folder = Path(probe.fileName()).parent.parent
    return folder / QCoreApplication.organizationName() / f"{QCoreApplication.applicationName()}.ini"


def _read_values(path: Path) -> dict | None:
    """The file's keys and plain-text values, or None if it is damaged."""
    try:
        return read_ini(path)
    except (DamagedIni, OSError):
        return None


class SettingsStore:
    """Reads the settings once (``settings``, ``notice``); ``remember`` writes."""

    def __init__(self) -> None:
        use_ini_files()
        self.notice: str | None = None
        self.path = settings_path()
        values = _read_values(self.path)
        if values is None:
            self.settings = Settings()
            self.notice = self._set_aside()
            return
        self.settings, problems = core.from_store(values)
        if problems:
            self.notice = QCoreApplication.translate(
                "SettingsStore", "Some saved settings could not be used and are back to their defaults: %1").replace("%1", ", ".join(problems))

    @property
    def mirrors(self) -> tuple[str, ...]:
        """The MNIST mirrors the user listed (``mnist/mirrors``), each an
        http(s) URL; () for the downloader's defaults."""
        return self.settings.mirrors

    def _set_aside(self) -> str:
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
        if _read_values(self.path) is None:
            # Changed since start-up into something QSettings must not
            # open: QSettings reads the whole file before writing to it.
            self._set_aside()
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
