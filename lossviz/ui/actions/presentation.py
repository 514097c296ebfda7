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

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget

from lossviz.names import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP
from lossviz.ui.common import style

#: Presentation mode zooms until the screen is about this many (zoomed)
#: pixels high: 150% on a 1080-line projector, 100% on a 768-line one,
#: where anything larger would squeeze the plots to nothing.
PRESENTATION_LINES = 720


def presentation_zoom(screen_height: int) -> int:
    return clamp_zoom(ZOOM_STEP * (100 * screen_height // PRESENTATION_LINES // ZOOM_STEP))


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(round(percent / ZOOM_STEP)) * ZOOM_STEP))


class Presentation(QObject):
    """The window's View menu entries for zoom and presentation mode."""

    look_changed = Signal(object)  # style.Look

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.base_points = QApplication.font().pointSizeF()
        self.zoom = ZOOM_MIN
        self.presenting = False
        self._zoom_before = ZOOM_MIN
        self._was_maximized = False

        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.toggled.connect(self.set_presenting)
        self.leave_action = QAction(window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)  # Esc belongs to dialogs and menus the rest of the time
        self.leave_action.triggered.connect(lambda: self.action.setChecked(False))
        self.zoom_in_action = QAction(window)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self.set_zoom(self.zoom + ZOOM_STEP))
        self.zoom_out_action = QAction(window)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_action.triggered.connect(lambda: self.set_zoom(self.zoom - ZOOM_STEP))
        self.zoom_reset_action = QAction(window)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(ZOOM_MIN))

        self.theme_menu = QMenu(window)
        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for key in style.THEMES:
            action = QAction(window, checkable=True)
            action.setChecked(key == style.theme().key)
            action.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[key] = action

        menu = window.view_menu
        menu.insertSeparator(menu.actions()[0] if menu.actions() else None)
        first = menu.actions()[0]
        for action in (self.action, self.leave_action, self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            menu.insertAction(first, action)
            window.addAction(action)  # the keys work with the menu bar hidden too
        menu.insertMenu(first, self.theme_menu)
        self.retranslate()

    def event(self, event) -> bool:
        # A QObject child of the window: the window hands LanguageChange on to it.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        """The menu's and the toolbar button's texts in the current language."""
        self.action.setText(self.tr("Presentation mode"))
        self.action.setIconText(self.tr("Present"))  # the toolbar button: short, so it fits a laptop's toolbar
        self.action.setToolTip(self.tr("Full screen, large text and thick lines for a projector (F5; Esc leaves)"))
        self.leave_action.setText(self.tr("Leave presentation mode"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_reset_action.setText(self.tr("Actual size (100%)"))
        self.theme_menu.setTitle(self.tr("Theme"))
        captions = {"light": self.tr("Light (for projectors)"), "dark": self.tr("Dark"), "high-contrast": self.tr("High contrast")}
        for key, action in self.theme_actions.items():
            action.setText(captions[key])

    @property
    def look(self) -> style.Look:
        return style.Look(self.zoom / 100, thick=self.presenting)

    def set_zoom(self, percent: int) -> None:
        percent = clamp_zoom(percent)
        if percent == self.zoom and style.current() == self.look:
            return
        self.zoom = percent
        self._apply()
        self.window.statusBar().showMessage(self.tr("Zoom %1%").replace("%1", str(percent)), 2000)

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
            apply_look = getattr(widget, "apply_look", None)
            if apply_look is not None:
                apply_look(look)
        for bar in self.window.findChildren(QToolBar):
            # A toolbar keeps its widgets' old sizes until told to look again.
            for child in bar.findChildren(QWidget):
                child.updateGeometry()
            bar.layout().invalidate()
        self.zoom_out_action.setEnabled(self.zoom > ZOOM_MIN)
        self.zoom_in_action.setEnabled(self.zoom < ZOOM_MAX)
        self.look_changed.emit(look)
