"""The one place that knows where the app's resources (icons, data) live.

Three layouts, checked once: a frozen build (PyInstaller unpacks into
``sys._MEIPASS``), an installed package (``resources/`` is installed as
``lossviz/_resources``, see pyproject.toml), and a source checkout (``resources/`` beside the
``lossviz`` package).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    package_dir = Path(__file__).resolve().parent
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        *([Path(frozen_root) / "lossviz" / "_resources"] if frozen_root else []),
        package_dir / "_resources",
        package_dir.parent / "resources",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("LossViz resources not found; looked in " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. ``resource_path("icons", "lossviz.svg")``."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"LossViz resource missing: {path}")
    return path
