"""A hostile settings file: nothing in it may run code, hang the start or
crash the app.  The file is set aside and the app starts on its defaults."""

import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from lossviz.ini_file import DamagedIni, parse_ini, read_ini
from lossviz.settings import Settings
from lossviz.ui.common import settings_store
from tests.helpers.qt import system_settings_folder


class _OpensMarker:
    """Pickled, it is ``open(path, "w")``: unpickling it leaves the file."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def pickled_ini_text(marker, folder) -> str:
    """An ini file as PySide writes a Python object in it: an ASCII line
    ``@Variant(...PySide::PyObjectWrapper...)`` holding a pickle."""
    scratch = QSettings(str(folder / "scratch.ini"), QSettings.Format.IniFormat)
    scratch.setValue("mnist/mirrors", _OpensMarker(marker))
    scratch.sync()
    del scratch
    return (folder / "scratch.ini").read_text()


def ini_path():
    return settings_store.settings_path()


def write_ini(text: str | bytes):
    path = ini_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    settings_store.forget_store()
    return path


def assert_set_aside(path):
    store = settings_store.store()
    assert store.settings == Settings()
    assert "could not be read" in store.notice and "LossViz.ini.damaged" in store.notice
    assert path.with_name("LossViz.ini.damaged").exists() and not os.path.lexists(path)


def test_a_pickled_value_never_runs(qapp, tmp_path):
    marker = tmp_path / "unpickled"
    text = pickled_ini_text(marker, tmp_path)
    assert "@Variant(" in text and "PySide::PyObjectWrapper" in text
    # The payload is live: QSettings in a fresh process (this one caches the object) runs it.
    read = ("from PySide6.QtCore import QCoreApplication, QSettings; app = QCoreApplication([]); "
            f"QSettings({str(tmp_path / 'scratch.ini')!r}, QSettings.Format.IniFormat).value('mnist/mirrors')")
    subprocess.run([sys.executable, "-c", read], capture_output=True, timeout=120)
    assert marker.exists()
    marker.unlink()

    path = write_ini(text.replace("[mnist]", "[ui]\ntheme=dark\n[mnist]"))
    assert_set_aside(path)
    QSettings().value("mnist/mirrors")  # what the MNIST panel reads: the file it would have unpickled is gone
    assert not marker.exists()


@pytest.mark.parametrize("value", [
    r"@Variant(\0\0\0\v\xff\xff\xff\xff)",  # a QStringList claiming 4 billion entries: Qt aborts on it
    r"@ByteArray(abc)", r"@Size(1 2)", r"@Rect(0 0 1 1)", r"@Point(1 2)", r"@DateTime(\0)",
    r'"@Variant(\0\0\0\x7f)"', r"dark, @Variant(\0)", r"\x40Variant(\0)", r"\100Variant(\0)", r"@Variant\\\n(\0)",
])
def test_every_serialised_form_is_damage(qapp, value):
    assert_set_aside(write_ini(f"[ui]\ntheme={value}\n"))


def test_the_bad_alloc_list_never_reaches_qt():
    # In a child: were Qt to read it, std::bad_alloc would abort the process.
    code = textwrap.dedent(r"""
        import os, sys, tempfile
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QCoreApplication, QSettings
        from lossviz.ui.common import settings_store
        app = QCoreApplication([])
        folder = tempfile.mkdtemp()
        settings_store.use_ini_files()
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        path = settings_store.settings_path()
        path.parent.mkdir(parents=True)
        path.write_text("[ui]\ntheme=@Variant(\\0\\0\\0\\v\\xff\\xff\\xff\\xff)\n")
        store = settings_store.store()
        assert store.notice and "could not be read" in store.notice, store.notice
        print(QSettings().value("ui/theme"), QSettings().allKeys())
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_fifo_or_device_is_set_aside_not_read(qapp):
    path = ini_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)  # reading it would block the start for ever
    settings_store.forget_store()
    assert_set_aside(path)
    os.symlink("/dev/zero", path)
    settings_store.forget_store()
    store = settings_store.store()
    assert store.settings == Settings() and "could not be read" in store.notice


def test_a_huge_file_is_damage(qapp):
    assert_set_aside(write_ini("[ui]\ntheme=dark\n" + ";" * (2**20 + 1)))


def test_a_plain_file_is_read_as_before(qapp):
    write_ini('[General]\nversion=1\n[ui]\ntheme=dark\nzoom=150\n[mnist]\nmirrors="https://a.example/mnist/, http://b.example/"\n')
    store = settings_store.store()
    assert store.notice is None and (store.settings.theme, store.settings.zoom) == ("dark", 150)
    assert store.mirrors == ("https://a.example/mnist/", "http://b.example/")


def test_bad_mirrors_fall_back_alone(qapp):
    write_ini("[ui]\ntheme=dark\n[mnist]\nmirrors=file:///etc/passwd, https://ok.example/\n")
    store = settings_store.store()
    assert store.settings.theme == "dark" and store.mirrors == () and "mnist/mirrors" in store.notice


def test_mirrors_are_written_and_read_back(qapp):
    store = settings_store.store()
    store.remember(mirrors=("https://a.example/", "http://b.example:8080/x"))
    settings_store.forget_store()
    assert settings_store.store().mirrors == ("https://a.example/", "http://b.example:8080/x")


def test_a_file_turned_hostile_after_the_start_is_set_aside_before_writing(qapp):
    store = settings_store.store()
    write_ini(r"[ui]\ntheme=@Variant(\0\0\0\v\xff\xff\xff\xff)".replace(r"\n", "\n"))
    store.remember(theme="dark")
    assert ini_path().with_name("LossViz.ini.damaged").exists()
    settings_store.forget_store()
    assert settings_store.store().settings.theme == "dark"


# Any text LossViz or a user would store (Qt writes a NUL as a serialised @String).
ini_values = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\0"), max_size=30)


@given(ini_values)
@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_our_reader_reads_what_qt_writes(qapp, value):
    path = ini_path()
    path.unlink(missing_ok=True)
    store = QSettings()
    store.setValue("ui/theme", value)
    store.sync()
    del store
    assert parse_ini(path.read_text("utf-8")) == {"ui/theme": value}


@given(st.lists(st.sampled_from(["[ui]", "theme=", "zoom=", "@", "@@", "Variant(", "ByteArray(", "\\", "\\x40", '"', ",", "\n",
                                 "\\\n", "\0", "=", "dark", "1e300", "nan", "-1", str(2**63), ";", "#"]), max_size=20).map("".join))
@settings(deadline=None, max_examples=200)
def test_any_file_is_read_or_refused_as_damage(text):
    try:
        values = parse_ini(text)
    except DamagedIni:
        return
    # Whatever is accepted holds no value Qt would deserialise: Qt's
    # stringToVariant only looks at a value (or list item) that starts with
    # "@", and "@@" is its escape for a literal one ("x@Variant(" is text).
    for value in values.values():
        for item in value if isinstance(value, list) else [value]:
            assert not item.startswith("@") or "@@" in text


# -- files QSettings would read and LossViz never does -------------------------------

BAD_ALLOC = "[ui]\ntheme=@Variant(\\0\\0\\0\\v\\xff\\xff\\xff\\xff)\n"


def test_hostile_fallback_files_are_never_read(qapp, tmp_path, fresh_settings):
    """QSettings() also reads the organisation's file and the system-wide
    ones; LossViz reads only its own."""
    marker = tmp_path / "unpickled"
    hostile = pickled_ini_text(marker, tmp_path).replace("[mnist]", "[ui]\ntheme=high-contrast\n[mnist]")
    system = system_settings_folder(fresh_settings)
    fallbacks = [fresh_settings / "LossViz.ini", system / "LossViz" / "LossViz.ini", system / "LossViz.ini"]
    for path in fallbacks:
        path.parent.mkdir(exist_ok=True)
        path.write_text(hostile)
    store = settings_store.store()
    assert store.notice is None and store.settings == Settings()
    store.remember(theme="dark")
    settings_store.forget_store()
    assert settings_store.store().settings.theme == "dark"
    assert not marker.exists()
    assert all(path.read_text() == hostile for path in fallbacks)  # not ours: left alone


def run_child(code: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """``code`` in a fresh Python with a QCoreApplication: Qt's std::bad_alloc
    aborts a process, so payloads that do that are tried in a child."""
    prelude = "import os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" \
              "from PySide6.QtCore import QCoreApplication, QSettings\nfrom lossviz.ui.common import settings_store\n" \
              "app = QCoreApplication([])\nsettings_store.use_ini_files()\n"
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_the_xdg_system_files_are_never_read(tmp_path):
    # Without QSettings.setPath for the system scope, Qt reads every folder of XDG_CONFIG_DIRS (/etc/xdg).
    user, xdg = tmp_path / "user", tmp_path / "xdg"
    for path in (user / "LossViz.ini", xdg / "LossViz" / "LossViz.ini", xdg / "LossViz.ini"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BAD_ALLOC)
    result = run_child(f"""
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(user)!r})
        store = settings_store.store()
        assert store.notice is None and store.settings.theme == "light", store.notice
        store.remember(theme="dark")
        settings_store.forget_store()
        print(settings_store.store().settings.theme)
    """, env={"XDG_CONFIG_DIRS": str(xdg)})
    assert result.returncode == 0 and result.stdout.strip() == "dark", result.stderr


# -- a file swapped between the check and the write ------------------------------------


def swap_after_reading(monkeypatch, text: str):
    """Make the store's next read of its file replace it by ``text`` just after
    reading it: the moment QSettings, writing, would have parsed the file anew."""
    real = settings_store.read_ini

    def read_then_swap(path):
        values = real(path)
        path.write_text(text)
        monkeypatch.setattr(settings_store, "read_ini", real)
        return values

    monkeypatch.setattr(settings_store, "read_ini", read_then_swap)


def test_a_file_swapped_after_the_check_is_never_parsed(qapp, tmp_path, monkeypatch):
    marker = tmp_path / "unpickled"
    hostile = pickled_ini_text(marker, tmp_path)
    store = settings_store.store()
    store.remember(theme="dark")
    swap_after_reading(monkeypatch, hostile)
    store.remember(zoom=150)
    assert not marker.exists()
    # The last complete write wins, whole: the swapped-in file is gone.
    assert read_ini(store.path) == {"version": "1", "ui/theme": "dark", "ui/zoom": "150"}


def test_a_swapped_in_bad_alloc_list_cannot_abort_a_write(tmp_path):
    result = run_child(f"""
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        store = settings_store.store()
        store.remember(theme="dark")
        real = settings_store.read_ini
        def read_then_swap(path):
            values = real(path)
            path.write_text({BAD_ALLOC!r})
            return values
        settings_store.read_ini = read_then_swap
        store.remember(zoom=150)
        print(open(store.path).read().count("Variant"))
    """)
    assert result.returncode == 0 and result.stdout.strip() == "0", result.stderr
