"""The settings file: an ini file read once at start-up into a typed
``lossviz.settings.Settings`` and rewritten, as text, whenever a setting changes.

It lives exactly where ``QSettings(IniFormat, UserScope, "LossViz",
"LossViz")`` would keep it (``~/.config/LossViz/LossViz.ini`` on Linux,
``QSettings.setPath`` honoured), so it can be backed up, inspected and, if
it gets damaged, set aside: a file that cannot be read is renamed to
``LossViz.ini.damaged`` (kept, not deleted) and the app starts on its
defaults with a one-line notice; a value that cannot be used falls back to
its default alone.

QSettings never reads nor writes it.  Qt deserialises an ``@Variant(...)``
value (PySide unpickles one holding a Python object; a forged list makes Qt
abort), and it does so when writing too: it re-reads and parses the whole
file to merge its change, so a file swapped for a hostile one after any
check would still be parsed.  It would also read fallback files LossViz
never wrote (``~/.config/LossViz.ini``, ``/etc/xdg/LossViz/LossViz.ini``).
So the file is read as text (``lossviz.ini_file.read_ini``: bounded, a
regular file only, serialised values refused) and written as text
(``write_ini``, through a temporary file and a rename: a crash or a
concurrent writer never leaves half a file; the last complete write wins).
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from lossviz import settings as core
from lossviz.data_folder import APP_NAME, ORGANISATION
from lossviz.ini_file import DamagedIni, UnwritableValue, format_ini, read_ini, write_ini
from lossviz.settings import Settings
from lossviz.ui.common.i18n import fill

#: An organisation name longer than any file system allows a file name
#: (255): a QSettings made for it reports the folder QSettings uses, and
#: finds no file to open at any of its paths, whatever is on disk (a FIFO
#: there would block the start, a hostile file would be read into memory).
_PROBE_ORGANISATION = "LossViz-settings-path-probe-" + "x" * 300


def use_ini_files() -> None:
    """Make ``QSettings()`` name this file (called before any is made)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName().startswith("python"):
        QCoreApplication.setApplicationName(APP_NAME)


def settings_path() -> Path:
    """The file ``QSettings()`` would use, found without opening any file."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _PROBE_ORGANISATION, "probe")
    folder = Path(probe.fileName()).parent.parent
    return folder / QCoreApplication.organizationName() / f"{QCoreApplication.applicationName()}.ini"


def _read_values(path: Path) -> dict | None:
    """The file's keys and plain-text values, or None if it is damaged."""
    try:
        return read_ini(path)
    except (DamagedIni, OSError):
        return None


def _writable(values: dict) -> dict:
    """``values`` without the keys that would not read back as written (a
    hand-edited key with a space in it): one odd line never stops a save."""
    kept = {}
    for key, value in values.items():
        try:
            format_ini({key: value})
        except UnwritableValue:
            continue
        kept[key] = value
    return kept


class SettingsStore:
    """Reads the settings once (``settings``, ``notice``); ``remember`` writes."""

    def __init__(self) -> None:
        use_ini_files()
        self.notice: str | None = None
        #: Why the last ``remember`` could not write the file (English, for
        #: logs), or None; the settings in memory are kept either way.
        self.write_error: str | None = None
        self.path = settings_path()
        values = _read_values(self.path)
        if values is None:
            self.settings = Settings()
            self.notice = self._set_aside()
            return
        self.settings, problems = core.from_store(values)
        if problems:
            self.notice = fill(QCoreApplication.translate(
                "SettingsStore", "Some saved settings could not be used and are back to their defaults: %1"), ", ".join(problems))

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
            return fill(QCoreApplication.translate(
                "SettingsStore", "The settings file %1 could not be read (%2); LossViz started with its defaults."),
                str(self.path), error.strerror or str(error))
        return fill(QCoreApplication.translate(
            "SettingsStore", "The settings file could not be read; LossViz started with its defaults and kept the old file as %1."),
            str(damaged))

    def remember(self, **changes) -> None:
        """Store new values (``theme="dark"``, ``training=TrainingParams(...)``):
        the file as it is now, with these keys changed, written whole."""
        self.settings = replace(self.settings, **changes)
        values = core.to_store(self.settings)
        names = {f"training.{f.name}" for f in fields(core.TrainingParams)} if "training" in changes else set()
        names |= {name for name in changes if name != "training"}
        on_disk = _read_values(self.path)
        if on_disk is None:
            # Damaged since start-up: kept aside for the user, as at start-up.
            self._set_aside()
            on_disk = {}
        # Merged with what is on disk now: another LossViz's changes to other keys stay.
        on_disk[core.KEYS["version"]] = str(core.VERSION)  # written with the first change, not by merely starting
        for name in names:
            key = core.KEYS[name]
            on_disk.pop(key, None)
            if values[key] is not None:
                on_disk[key] = str(values[key])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_ini(self.path, _writable(on_disk))
            self.write_error = None
        except OSError as error:
            self.write_error = f"{self.path}: {error.strerror or error}"


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
