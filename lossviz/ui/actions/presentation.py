"""Presentation mode, zoom and themes, for a window projected onto a wall.

Zoom (100% to 250%, Ctrl+plus, Ctrl+minus, Ctrl+0) scales the
application's font, which every plain widget follows, and then calls
``apply_look(look)`` on each widget that draws sizes of its own (plot
titles, axes and markers, slider handles, the loss values).  Presentation
mode (F5 or the toolbar; Esc leaves) is full screen, zoomed for the
screen's size (``presentation_zoom``) unless zoomed further already, with
every plot line half as thick again and the loss values larger still.
Themes (light, the default for projectors; dark; high contrast) set Qt's
palette and the plots' colours, then call ``apply_look`` the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from lossviz.names import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.common import style
from lossviz.ui.common.contracts import FollowsLook
from lossviz.ui.common.i18n import fill

#: Presentation mode zooms until the screen is about this many (zoomed)
#: pixels high: 150% on a 1080-line projector, 100% on a 768-line one,
#: where anything larger would squeeze the plots to nothing.
PRESENTATION_LINES = 720
#: The least screen width (in zoomed pixels) on which presentation mode draws
#: the loss values at twice the text's size rather than 1.6 times: the
#: window with the MNIST panel then still fits a 1024-pixel projector.
LARGE_VALUES_WIDTH = 1100


def presentation_zoom(screen_height: int) -> int:
    return clamp_zoom(ZOOM_STEP * (100 * screen_height // PRESENTATION_LINES // ZOOM_STEP))


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(round(percent / ZOOM_STEP)) * ZOOM_STEP))


class Presentation(QObject):
    """What the View menu's zoom, theme and presentation entries do to one
    window (the menu: ``table.py``)."""

    look_changed = Signal(object)  # style.Look

    def __init__(self, window: QMainWindow, actions: MenuActions) -> None:
        super().__init__(window)
        self.window = window
        self.base_points = QApplication.font().pointSizeF()
        self.zoom = ZOOM_MIN
        self.presenting = False
        self._screen_width = 0  # of the screen presented on (set_presenting)
        self._zoom_before = ZOOM_MIN
        self._was_maximized = False
        self.action = actions["present"]
        self.leave_action = actions["present.leave"]
        self.zoom_in_action = actions["zoom.in"]
        self.zoom_out_action = actions["zoom.out"]
        self.zoom_reset_action = actions["zoom.reset"]
        self.theme_actions: dict[str, QAction] = {key: actions[f"theme.{key}"] for key in style.THEMES}
        self.theme_actions[style.theme().key].setChecked(True)

    def handlers(self) -> dict[str, Callable]:
        return {
            "present": self.set_presenting,
            "present.leave": lambda: self.action.setChecked(False),
            "zoom.in": lambda: self.set_zoom(self.zoom + ZOOM_STEP),
            "zoom.out": lambda: self.set_zoom(self.zoom - ZOOM_STEP),
            "zoom.reset": lambda: self.set_zoom(ZOOM_MIN),
            **{f"theme.{key}": lambda k=key: self.set_theme(k) for key in style.THEMES},
        }

    @property
    def look(self) -> style.Look:
        # The loss values larger still where the screen has the room: not on a
        # 1024-pixel projector, where they would push the window past its edge.
        roomy = self._screen_width >= LARGE_VALUES_WIDTH * self.zoom / 100
        return style.Look(self.zoom / 100, thick=self.presenting, large_values=self.presenting and roomy)

    def set_zoom(self, percent: int) -> None:
        percent = clamp_zoom(percent)
        if percent == self.zoom and style.current() == self.look:
            return
        self.zoom = percent
        self._apply()
        self.window.statusBar().showMessage(fill(self.tr("Zoom %1%"), percent), 2000)

    def set_theme(self, key: str) -> None:
        """Light, dark or high contrast: Qt's palette and every plot's colours."""
        theme = style.THEMES[key]
        if theme is style.theme() and QApplication.palette() == style.palette(theme):
            return
        style.use_theme(theme)
        QApplication.setPalette(style.palette(theme))
        self.theme_actions[key].setChecked(True)
        self._apply()

    def set_presenting(self, on: bool, full_screen: bool = True) -> None:
        """Enter or leave presentation mode; ``full_screen=False`` keeps the
        window's size (``--screenshot --presentation`` renders at a given size)."""
        if on == self.presenting:
            return
        self.presenting = on
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self.leave_action.setEnabled(on)
        if on:
            self._zoom_before = self.zoom
            self._was_maximized = self.window.isMaximized()
            screen = self.window.screen().size() if full_screen else self.window.size()
            self._screen_width = screen.width()
            self.zoom = max(self.zoom, presentation_zoom(screen.height()))
            if full_screen:
                self.window.showFullScreen()
        elif self.window.isFullScreen():
            if self._was_maximized:
                self.window.showMaximized()
            else:
                self.window.showNormal()
        if not on:
            self.zoom = self._zoom_before
        self._apply()

    def _apply(self) -> None:
        look = self.look
        style.set_current(look)
        # The window's font, not the application's: Qt hands a window's font
        # down to every child at once, style-sheeted labels included, which
        # an application font change does not reach.
        font = QFont(QApplication.font())
        font.setPointSizeF(self.base_points * look.zoom)
        self.window.setFont(font)
        for widget in [self.window, *self.window.findChildren(QWidget)]:
            if isinstance(widget, FollowsLook):
                widget.apply_look(look)
        for bar in self.window.findChildren(QToolBar):
            # A toolbar keeps its widgets' old sizes until told to look again.
            for child in bar.findChildren(QWidget):
                child.updateGeometry()
            bar.layout().invalidate()
        self.zoom_out_action.setEnabled(self.zoom > ZOOM_MIN)
        self.zoom_in_action.setEnabled(self.zoom < ZOOM_MAX)
        self.look_changed.emit(look)
