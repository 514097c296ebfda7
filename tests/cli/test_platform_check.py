"""Before the window opens on Linux/X11, the app names each system library
Qt's xcb plugin lacks and the package that holds it, instead of Qt's abort
that names another (a fresh Debian 12 lacks libxcb-icccm4 and
libxcb-keysyms1; Qt's message names libxcb-cursor0)."""

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lossviz.cli import platform_check
from lossviz.cli.platform_check import PACKAGES, advice, ldd, missing_libraries, uses_xcb, window_problems, xcb_plugin

#: ldd's output for the xcb plugin on a fresh Debian 12 (abridged).
DEBIAN_12_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f48)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f48)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f48)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f48)
"""


def test_the_missing_libraries_are_read_from_ldd_each_once():
    assert missing_libraries(DEBIAN_12_LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries(DEBIAN_12_LDD.replace("not found", "/usr/lib/x.so (0x1)")) == []


def test_each_missing_library_is_named_with_its_debian_and_fedora_package():
    assert window_problems({"DISPLAY": ":0"}, "linux", lambda plugin: DEBIAN_12_LDD) == [
        "the window cannot open: libxcb-icccm.so.4 is missing (Debian, Ubuntu: sudo apt install libxcb-icccm4; "
        "Fedora: sudo dnf install xcb-util-wm)",
        "the window cannot open: libxcb-keysyms.so.1 is missing (Debian, Ubuntu: sudo apt install libxcb-keysyms1; "
        "Fedora: sudo dnf install xcb-util-keysyms)",
    ]
    assert "libxcb-cursor0" in advice("libxcb-cursor.so.0") and "xcb-util-cursor" in advice("libxcb-cursor.so.0")
    unknown = advice("libsomething.so.3")
    assert "libsomething.so.3 is missing" in unknown and "apt-file" in unknown and "dnf provides" in unknown


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),  # --screenshot, --export, the tests
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
    ({}, "linux", False),  # no display: Qt says so itself
    ({"DISPLAY": ":0"}, "darwin", False),
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_the_check_runs_only_where_qt_will_load_its_xcb_plugin(environ, platform, expected):
    assert uses_xcb(environ, platform) is expected
    if not expected:
        assert window_problems(environ, platform, lambda plugin: DEBIAN_12_LDD) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")
def test_the_check_on_the_real_plugin_agrees_with_the_loader():
    """On this machine: what the check calls missing cannot be loaded, and
    every X library the plugin needs has its packages in the table."""
    plugin = xcb_plugin({})
    assert plugin is not None, "PySide6's xcb plugin was not found"
    text = ldd(plugin)
    if text is None:
        pytest.skip("no ldd on this machine")
    linked = [line.split()[0] for line in text.splitlines() if "=>" in line]
    assert "libxcb.so.1" in linked
    x_libraries = [name for name in linked if name.startswith(("libxcb", "libxkb", "libX11"))]
    assert set(x_libraries) <= set(PACKAGES), "add the new library's packages to PACKAGES"
    missing = missing_libraries(text)
    for name in set(linked) - set(missing):
        if not name.startswith("libQt6"):  # Qt's own are found through the plugin's rpath only
            ctypes.CDLL(name)
    for name in missing:
        with pytest.raises(OSError):
            ctypes.CDLL(name)
    assert len(window_problems({"DISPLAY": ":0"}, "linux")) == len(missing)


def test_without_ldd_the_loader_names_the_first_missing_library(tmp_path, monkeypatch):
    monkeypatch.setattr(ctypes, "CDLL", _refuse_to_load)
    assert platform_check.first_missing_by_loading(tmp_path / "libqxcb.so") == ["libxcb-icccm.so.4"]
    (tmp_path / "libqxcb.so").touch()
    problems = window_problems({"DISPLAY": ":0", "QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path)}, "linux", lambda plugin: None)
    assert problems == [advice("libxcb-icccm.so.4")]


def _refuse_to_load(path):
    raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for ldd")
def test_the_command_says_which_libraries_are_missing_and_exits_2(tmp_path):
    """`lossviz` as a user starts it on an X11 desktop lacking two libraries
    (ldd's answer given by a stand-in on PATH): one line each, exit 2, no Qt abort."""
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / "libqxcb.so").touch()
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    fake_ldd = bin_folder / "ldd"
    fake_ldd.write_text("#!/bin/sh\ncat <<'EOF'\n" + DEBIAN_12_LDD + "EOF\n")
    fake_ldd.chmod(0o755)
    environ = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    environ.update(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugins), PATH=f"{bin_folder}{os.pathsep}{environ['PATH']}")
    result = subprocess.run([sys.executable, "-m", "lossviz", "--mnist"], env=environ, capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).parents[2])
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines == [f"lossviz: {advice('libxcb-icccm.so.4')}", f"lossviz: {advice('libxcb-keysyms.so.1')}"]
