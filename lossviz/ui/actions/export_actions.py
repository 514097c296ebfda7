"""The File menu's exports: the window or one plot to PNG or SVG, and the
explorer's numbers to the clipboard as text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from lossviz.names import EXPORT_TARGETS
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.common.export import ExportError, export_widget, state_as_text
from lossviz.ui.common.i18n import fill
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.loss_readout import LossReadout

#: What can be exported, by the name the command line uses (``--plot``).
TARGETS = EXPORT_TARGETS


class Exportable(Protocol):
    """A window whose parts can be exported, by their ``--plot`` names."""

    def export_targets(self) -> dict[str, QWidget]: ...

    def statusBar(self) -> QStatusBar: ...


def export_target(window: Exportable, name: str) -> QWidget:
    """The widget ``--plot name`` and the Export menu mean."""
    return window.export_targets()[name]


# Not a QObject, so no tr() of its own: QCoreApplication.translate("ExportActions", …) keeps the texts' context.
class ExportActions:
    """What File > Export and Copy the numbers do (the menu: ``table.py``)."""

    def __init__(self, window: Exportable, controller: ExplorerController, readout: LossReadout, actions: MenuActions) -> None:
        self.window = window
        self.controller = controller
        self.readout = readout
        self.actions: dict[str, QAction] = {name: actions[f"export.{name}"] for name in TARGETS}
        self.copy_action = actions["export.copy"]
        actions.menus["export"].aboutToShow.connect(self._enable_visible_targets)
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())

    def handlers(self) -> dict[str, Callable]:
        return {**{f"export.{name}": lambda n=name: self.ask_and_export(n) for name in TARGETS}, "export.copy": self.copy_state}

    def _enable_visible_targets(self) -> None:
        # The MNIST plots can be exported only while their panel is shown.
        for name, action in self.actions.items():
            action.setEnabled(export_target(self.window, name).isVisible())

    def ask_and_export(self, name: str) -> None:
        suggested = str(Path(self._folder) / f"lossviz-{name}.png")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("ExportActions", "Export for slides"), suggested,
            QCoreApplication.translate("ExportActions", "PNG image, 2× size (*.png);;SVG vector drawing (*.svg)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen_filter else ".png"
        self.export_to(name, path)

    def export_to(self, name: str, path: str) -> bool:
        """Export without a dialog; a failure is shown, never raised."""
        try:
            written = export_widget(export_target(self.window, name), path)
        except (ExportError, OSError) as error:
            QMessageBox.warning(self.window, QCoreApplication.translate("ExportActions", "Export failed"), str(error))
            return False
        self._folder = str(written.parent)
        self.window.statusBar().showMessage(fill(QCoreApplication.translate("ExportActions", "Saved %1"), written), 5000)
        return True

    def state_text(self) -> str:
        readout = self.controller.readout
        return state_as_text(readout, self.readout.loss_names(readout.state.mode))

    def copy_state(self) -> None:
        QGuiApplication.clipboard().setText(self.state_text())
        self.window.statusBar().showMessage(QCoreApplication.translate("ExportActions", "The numbers are on the clipboard."), 4000)
