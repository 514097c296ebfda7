"""What the View menu's views do: each of the window's views (the
explorer's numbers: the losses, the softmax chain, the derivation; the
MNIST panel's pages) on its own key, Alt+1 and on, and the plots-only
focus view on F6 (the menu: ``table.py``).

The menu's checks follow the views however they were chosen (a key, the
menu, a tab clicked, a lesson opened): the window calls ``show_checked``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker

from lossviz.names import VIEWS
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.actions.host import ShowsViews


class ViewActions:
    def __init__(self, window: ShowsViews, actions: MenuActions) -> None:
        self.window = window
        self.view_actions = {key: actions[f"view.{key}"] for key in VIEWS}
        self.focus_action = actions["focus"]

    def handlers(self) -> dict[str, Callable]:
        return {**{f"view.{key}": lambda k=key: self.window.show_view(k) for key in VIEWS},
                "focus": self.window.set_plots_only}

    def show_checked(self, key: str) -> None:
        """``key``'s entry checked; its exclusive group unchecks the others.
        Not with its signals blocked: the group learns of the change through
        them, and would otherwise keep two entries checked.  Its handler runs
        on ``triggered``, which setChecked does not send."""
        action = self.view_actions[key]
        if not action.isChecked():
            action.setChecked(True)

    def show_plots_only(self, on: bool) -> None:
        if self.focus_action.isChecked() != on:
            with QSignalBlocker(self.focus_action):
                self.focus_action.setChecked(on)
