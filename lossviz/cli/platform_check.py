"""Before the window opens on Linux: are the system libraries there that
Qt's X11 platform plugin (xcb) needs?

A pip install brings Qt but not these; a fresh Debian 12 desktop lacks two of
them (libxcb-icccm4, libxcb-keysyms1), and Qt then names only a third
(libxcb-cursor0), which is often already installed, and aborts.  Here the
plugin's own dependencies are listed by ``ldd`` (which resolves them exactly
as the dynamic loader will, transitively), and each one missing is named with
the package that holds it on Debian/Ubuntu and on Fedora, one line each.

No Qt is imported: the check runs before Qt is loaded at all.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: The xcb plugin's file, in a platforms folder of Qt's plugins.
PLUGIN_FILE = "libqxcb.so"
#: ldd takes some 20 ms; a hung one must not stop the app from starting.
LDD_TIMEOUT_S = 10

#: soname -> (Debian/Ubuntu package, Fedora package): every library the xcb
#: plugin of PySide6 6.x links (``ldd libqxcb.so``, checked against the real
#: plugin by tests/cli/test_platform_check.py), and the few more Qt's xcb may
#: ask for in other builds.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    **{f"libxcb-{ext}.so.{major}": (f"libxcb-{ext}{major}", "libxcb") for ext, major in (
        ("randr", 0), ("render", 0), ("shape", 0), ("shm", 0), ("sync", 1), ("xfixes", 0), ("xkb", 1), ("xinerama", 0),
        ("xinput", 0), ("glx", 0))},
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}

#: ldd's line for a library the loader cannot find: ``	libxcb-icccm.so.4 => not found``.
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
#: The loader's error when a library cannot be opened (ctypes, without ldd).
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def missing_libraries(ldd_text: str) -> list[str]:
    """The libraries ``ldd``'s output says cannot be found, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_text)))


def advice(library: str) -> str:
    """One line: the missing library and the package to install for it."""
    debian, fedora = PACKAGES.get(library, (None, None))
    if debian is None:
        return (f"the window cannot open: {library} is missing (find its package: "
                f"apt-file search {library}; dnf provides '*/{library}')")
    return (f"the window cannot open: {library} is missing "
            f"(Debian, Ubuntu: sudo apt install {debian}; Fedora: sudo dnf install {fedora})")


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will load its xcb plugin for the window: on Linux, when
    asked to (QT_QPA_PLATFORM=xcb), or by default on an X11 display (in a
    Wayland session Qt 6 takes its Wayland plugin)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # "wayland;xcb" is a list of fallbacks: the first that loads is used.
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def xcb_plugin(environ: Mapping[str, str]) -> Path | None:
    """The xcb plugin Qt will load: in QT_QPA_PLATFORM_PLUGIN_PATH if set,
    else in PySide6's own plugins folder (also inside a frozen build)."""
    folders = [Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"])] if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location, "Qt", "plugins", "platforms"))
    return next((folder / PLUGIN_FILE for folder in folders if (folder / PLUGIN_FILE).is_file()), None)


def ldd(path: Path) -> str | None:
    """``ldd PATH``'s output, or None where there is no ldd (or it failed)."""
    program = shutil.which("ldd")
    if program is None:
        return None
    try:
        result = subprocess.run([program, str(path)], capture_output=True, text=True, timeout=LDD_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout


def first_missing_by_loading(path: Path) -> list[str]:
    """Without ldd: load the plugin, and read the one library the loader
    says it could not open (the first of them only)."""
    try:
        ctypes.CDLL(str(path))
    except OSError as error:
        match = _CANNOT_OPEN.search(str(error))
        return [match.group(1)] if match else []
    return []


def window_problems(environ: Mapping[str, str] | None = None, platform: str = sys.platform,
                    list_libraries: Callable[[Path], str | None] = ldd) -> list[str]:
    """One line for each library the window's platform plugin lacks; none
    when all are there, when xcb will not be used, or its plugin is not found
    (then Qt says what it says)."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform):
        return []
    plugin = xcb_plugin(environ)
    if plugin is None:
        return []
    text = list_libraries(plugin)
    missing = missing_libraries(text) if text is not None else first_missing_by_loading(plugin)
    return [advice(library) for library in missing]
