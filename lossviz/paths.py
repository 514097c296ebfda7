"""Where LossViz keeps what it writes: the user's data directory.

The location is Qt's ``QStandardPaths.AppDataLocation`` for LossViz (on
Linux ``$XDG_DATA_HOME/LossViz/LossViz``, by default under
``~/.local/share``), so the app, the command line and an installed copy all
agree.  Qt is imported only when a path is asked for: the numpy core never
needs it, and takes directories as arguments instead.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "LossViz"
ORGANISATION = "LossViz"


def user_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Without these names Qt would use the Python interpreter's name.
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName().startswith("python"):
        QCoreApplication.setApplicationName(APP_NAME)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise OSError("this system reports no writable data directory for LossViz")
    return Path(location)


def mnist_dir() -> Path:
    """Where ``lossviz download`` puts full MNIST, and where ``--data full`` looks."""
    return user_data_dir() / "mnist"
