"""Where LossViz keeps what it downloads: the user's data folder.

The same folder Qt's ``QStandardPaths.AppDataLocation`` names for LossViz
(organisation and application both "LossViz"), worked out here without Qt
so that ``lossviz download`` and ``lossviz train --data full`` run with
numpy alone: on Linux ``$XDG_DATA_HOME/LossViz/LossViz`` (by default under
``~/.local/share``), on Windows under ``%APPDATA%``, on macOS under
``~/Library/Application Support``.  A test checks that Qt agrees.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "LossViz"
ORGANISATION = "LossViz"


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # The XDG specification ignores a relative path, and so does Qt.
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORGANISATION / APP_NAME


def mnist_dir() -> Path:
    """Where ``lossviz download`` puts full MNIST, and where ``--data full`` looks."""
    return user_data_dir() / "mnist"
