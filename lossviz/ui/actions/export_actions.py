"""The File menu's exports: the window or one plot to PNG or SVG, and the
explorer's numbers to the clipboard as text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from lossviz.names import EXPORT_TARGETS
from lossviz.ui.common.export import ExportError, export_widget, state_as_text

#: What can be exported, by the name the command line uses (``--plot``).
TARGETS = EXPORT_TARGETS
translate = QCoreApplication.translate  # not a QObject: no tr() of its own


def export_target(window, name: str) -> QWidget:
    """The widget ``--plot name`` and the Export menu mean."""
    widgets = {
        "window": window,
        "probabilities": window.probability_plot,
        "log-loss": window.log_loss_plot,
        "gradients": window.gradient_plot,
        "loss-curve": window.mnist_panel.loss_plot,
        "accuracy": window.mnist_panel.accuracy_plot,
    }
    return widgets[name]


class ExportActions:
    def __init__(self, window) -> None:
        self.window = window
        self.export_menu = QMenu(window)
        window.file_menu.insertMenu(window.quit_action, self.export_menu)  # Quit stays last
        self.actions: dict[str, QAction] = {}
        for name in TARGETS:
            action = QAction(window)
            action.triggered.connect(lambda _=False, n=name: self.ask_and_export(n))
            self.export_menu.addAction(action)
            self.actions[name] = action
        self.actions["window"].setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_menu.aboutToShow.connect(self._enable_visible_targets)

        self.copy_action = QAction(window)
        self.copy_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C))
        self.copy_action.triggered.connect(self.copy_state)
        window.file_menu.insertAction(window.quit_action, self.copy_action)
        window.file_menu.insertSeparator(window.quit_action)
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's texts in the current language (the window calls this
        on a language change: these actions are not widgets)."""
        self.export_menu.setTitle(translate("ExportActions", "&Export for slides"))
        captions = {
            "window": translate("ExportActions", "Whole window…"),
            "probabilities": translate("ExportActions", "Plot: output y against target t…"),
            "log-loss": translate("ExportActions", "Plot: loss of the correct class's y…"),
            "gradients": translate("ExportActions", "Plot: gradients…"),
            "loss-curve": translate("ExportActions", "Plot: MNIST training loss…"),
            "accuracy": translate("ExportActions", "Plot: MNIST accuracy…"),
        }
        for name, action in self.actions.items():
            action.setText(captions[name])
        self.copy_action.setText(translate("ExportActions", "Copy the numbers as text"))
        self.copy_action.setToolTip(translate("ExportActions", "The output vector, the target and every loss, for a worksheet"))

    def _enable_visible_targets(self) -> None:
        # The MNIST plots can be exported only while their panel is shown.
        for name, action in self.actions.items():
            action.setEnabled(export_target(self.window, name).isVisible())

    def ask_and_export(self, name: str) -> None:
        suggested = str(Path(self._folder) / f"lossviz-{name}.png")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.window, translate("ExportActions", "Export for slides"), suggested,
            translate("ExportActions", "PNG image, 2× size (*.png);;SVG vector drawing (*.svg)"))
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
            QMessageBox.warning(self.window, translate("ExportActions", "Export failed"), str(error))
            return False
        self._folder = str(written.parent)
        self.window.statusBar().showMessage(translate("ExportActions", "Saved %1").replace("%1", str(written)), 5000)
        return True

    def state_text(self) -> str:
        readout = self.window.controller.readout
        return state_as_text(readout, self.window.readout.loss_names(readout.state.mode))

    def copy_state(self) -> None:
        QGuiApplication.clipboard().setText(self.state_text())
        self.window.statusBar().showMessage(translate("ExportActions", "The numbers are on the clipboard."), 4000)
