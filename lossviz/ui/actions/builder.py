"""The window's QActions and menus, made from the table (``table.py``).

``MenuActions`` makes every action and menu, fills the menu bar (and, when
asked, the toolbar) in the table's order, connects the handlers the helpers
provide, and translates every text from the table's source strings, again
on each language change: the helpers, plain objects, set no texts of
their own on actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from lossviz.ui.actions.table import ACTIONS, MENUS, ActionSpec, MenuSpec, Source
from lossviz.ui.common.i18n import fill


def _translated(text: Source | str) -> str:
    return text if isinstance(text, str) else QCoreApplication.translate(*text)


class MenuActions(QObject):
    """Every action of one window, by its id in the table."""

    #: After every text has been set again in the current language.
    retranslated = Signal()

    def __init__(self, window: QMainWindow, menus: tuple[MenuSpec, ...] = MENUS,
                 actions: tuple[ActionSpec | MenuSpec, ...] = ACTIONS) -> None:
        super().__init__(window)
        self._window = window
        self._specs = actions
        self.menus: dict[str, QMenu] = {}
        self._menu_specs: dict[str, MenuSpec] = {}
        self.actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._last_group: dict[str, int] = {}
        for spec in menus:
            self._add_menu(spec)
        for spec in actions:
            if isinstance(spec, MenuSpec):
                self._add_menu(spec)
            else:
                self._add_action(spec)
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def _place(self, menu_id: str, group: int) -> QMenu:
        """The menu an entry goes in, with a separator first when its group begins."""
        menu = self.menus[menu_id]
        if menu_id in self._last_group and self._last_group[menu_id] != group:
            menu.addSeparator()
        self._last_group[menu_id] = group
        return menu

    def _add_menu(self, spec: MenuSpec) -> None:
        if spec.parent is None:
            menu = self._window.menuBar().addMenu("")
        else:
            menu = QMenu(self._window)
            self._place(spec.parent, spec.group).addMenu(menu)
        self.menus[spec.id] = menu
        self._menu_specs[spec.id] = spec

    def _add_action(self, spec: ActionSpec) -> None:
        action = QAction(self._window)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        action.setCheckable(spec.checkable)
        action.setChecked(spec.checked)
        action.setEnabled(spec.enabled)
        action.setMenuRole(spec.role)
        if spec.exclusive is not None:
            if spec.exclusive not in self._groups:
                self._groups[spec.exclusive] = QActionGroup(self)
            self._groups[spec.exclusive].addAction(action)
        if spec.window_wide:
            self._window.addAction(action)
        self._place(spec.menu, spec.group).addAction(action)
        self.actions[spec.id] = action

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        """The actions that have a toolbar button, appended in their toolbar order."""
        placed = sorted((spec for spec in self._specs if isinstance(spec, ActionSpec) and spec.toolbar is not None),
                        key=lambda spec: spec.toolbar)
        for spec in placed:
            toolbar.addAction(self.actions[spec.id])

    def connect(self, handlers: Mapping[str, Callable]) -> None:
        """Each handler to its action: called with the new checked state for
        an action that toggles, else with nothing."""
        specs = {spec.id: spec for spec in self._specs if isinstance(spec, ActionSpec)}
        for action_id, handler in handlers.items():
            if specs[action_id].toggles:
                self.actions[action_id].toggled.connect(handler)
            else:
                self.actions[action_id].triggered.connect(lambda _=False, handler=handler: handler())

    def event(self, event: QEvent) -> bool:
        # The window hands LanguageChange on to its QObject children: the one
        # place where the actions' texts follow the language.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        for menu_id, menu in self.menus.items():
            menu.setTitle(_translated(self._menu_specs[menu_id].title))
        for spec in self._specs:
            if isinstance(spec, ActionSpec):
                self._retranslate_action(self.actions[spec.id], spec)
        self.retranslated.emit()

    @staticmethod
    def _retranslate_action(action: QAction, spec: ActionSpec) -> None:
        text = fill(_translated(spec.text), *spec.fill)
        if spec.menu_key is not None:
            # The key's name as Qt gives it in this language (Qt's own translation).
            text += "\t" + QKeySequence(spec.menu_key).toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(text)
        if spec.icon_text is not None:
            action.setIconText(_translated(spec.icon_text))
        if spec.tooltip is not None:
            action.setToolTip(_translated(spec.tooltip))
