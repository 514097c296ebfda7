"""The settings file as LossViz writes it (lossviz.ini_file.write_ini): the
same text QSettings writes for the same keys, read back unchanged by Qt and
by LossViz's reader, and replaced whole or not at all."""

import itertools
import os
import re
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from lossviz import atomic
from lossviz import settings as core
from lossviz.ini_file import UnwritableValue, format_ini, parse_ini, read_ini, write_ini
from lossviz.ui.common import settings_store
from tests.core.test_settings import all_settings

# Any text a user or LossViz would store, lone surrogates and control characters included.
texts = st.text(st.characters(blacklist_characters="\0"), max_size=30)
our_keys = st.sampled_from(sorted(core.KEYS.values()))
files = itertools.count()


def as_strings(settings_values: dict) -> dict:
    return {key: str(value) for key, value in settings_values.items() if value is not None}


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def qt_writes(path, values: dict) -> str:
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        qt.setValue(key, value)
    qt.sync()
    del qt
    return path.read_text("utf-8")


def qt_reads(path) -> dict:
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    return {key: qt.value(key) for key in qt.allKeys()}


@given(all_settings)
@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_we_write_what_qt_writes_for_our_keys(qapp, tmp_path, chosen):
    values = as_strings(core.to_store(chosen))
    qt_text = qt_writes(tmp_path / f"qt{next(files)}.ini", values)
    assert format_ini(values) == qt_text
    assert parse_ini(qt_text) == values


@given(st.dictionaries(our_keys, texts, min_size=1, max_size=4))
@settings(deadline=None, max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_what_we_write_reads_back_the_same_in_qt_and_in_our_reader(qapp, tmp_path, values):
    path = tmp_path / f"ours{next(files)}.ini"  # a new name each time: Qt caches what it read by name
    try:
        write_ini(path, values)
    except UnwritableValue:
        # Refused only for what would read as a Qt-serialised value, or a lone surrogate, which UTF-8 cannot hold.
        assert any(("@" in value and "(" in value) or any(0xD800 <= ord(c) <= 0xDFFF for c in value) for value in values.values())
        return
    assert read_ini(path) == values
    assert qt_reads(path) == values


@given(st.dictionaries(our_keys, texts, min_size=1, max_size=4))
@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_what_qt_writes_reads_back_the_same_in_our_reader(qapp, tmp_path, values):
    path = tmp_path / f"qt{next(files)}.ini"
    # Lone surrogates have no UTF-8: Qt drops them, so they are left out of what it is asked to write.
    kept = {key: LONE_SURROGATE.sub("", value) for key, value in values.items()}
    text = qt_writes(path, kept)
    assert read_ini(path) == parse_ini(text) == kept


def test_lists_and_odd_names():
    assert parse_ini(format_ini({"mnist/mirrors": ["https://a.example/", "x, y"]})) == {"mnist/mirrors": ["https://a.example/", "x, y"]}
    for bad in ({"a key/x": "1"}, {"ui/the me": "1"}, {"General/x": "1"}, {"ui/theme": "dark@Variant(x"}, {"ui/theme": ["one"]}):
        with pytest.raises(UnwritableValue):
            format_ini(bad)


# -- the store's writes ------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_byte_for_byte(qapp, monkeypatch):
    store = settings_store.store()
    store.remember(theme="dark", zoom=150)
    before = store.path.read_bytes()

    def failing(*args):
        raise OSError(28, "No space left on device")

    for name in ("fsync", "replace"):  # mid-write, and at the rename
        with monkeypatch.context() as patch:
            patch.setattr(atomic.os, name, failing)
            store.remember(theme="high-contrast", zoom=200)
        assert store.path.read_bytes() == before
        assert "No space left" in store.write_error
        assert os.listdir(store.path.parent) == ["LossViz.ini"]  # no temporary left behind
    assert store.settings.theme == "high-contrast"  # kept in memory for this run
    store.remember(zoom=120)
    assert store.write_error is None and read_ini(store.path)["ui/zoom"] == "120"


def test_an_unwritable_folder_is_no_crash(qapp, fresh_settings):
    (fresh_settings / "LossViz").write_text("a file where the folder should be")
    store = settings_store.store()
    store.remember(theme="dark")
    assert store.write_error and store.settings.theme == "dark"


def test_keys_written_by_another_run_are_kept_and_odd_lines_dropped(qapp):
    path = settings_store.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("[ui]\nlanguage=ko\nhand edited=1\n[future]\nthing=a, b\n")
    settings_store.store().remember(theme="dark")
    assert read_ini(path) == {"version": "1", "ui/language": "ko", "ui/theme": "dark", "future/thing": ["a", "b"]}


def test_concurrent_writers_never_leave_a_torn_file(qapp):
    path = settings_store.settings_path()
    first, second = settings_store.SettingsStore(), settings_store.SettingsStore()
    stop, seen, errors = threading.Event(), set(), []

    def read_all_the_time():
        while not stop.is_set():
            try:
                seen.add(read_ini(path).get("ui/zoom"))
            except Exception as error:  # any failure to read is what this test is for
                errors.append(error)

    reader = threading.Thread(target=read_all_the_time)
    reader.start()
    writers = [threading.Thread(target=lambda s=s, z=z: [s.remember(zoom=z) for _ in range(40)]) for s, z in ((first, 150), (second, 200))]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    assert errors == [] and seen <= {None, "150", "200"}
    assert read_ini(path)["ui/zoom"] in ("150", "200")
    assert os.listdir(path.parent) == ["LossViz.ini"]
