"""Keyboard control for a teacher at a lectern, far from the mouse.

- digit keys 0–9 pick the correct class (in binary mode, 0 and 1 the label);
- Up and Down select the class above or below: the selected class is the
  slider that has the keyboard focus, outlined in the panel;
- Left and Right move the selected logit by 0.1 (the slider's own keys;
  Page Up and Page Down move it by 1);
- R (or Ctrl+R) resets, N and P step to the next and previous worked example.

Digits, R, N and P are window shortcuts, so they work wherever the focus is,
except in a text field, which keeps its typing (Qt lets a line edit claim
printable keys first).  The arrow keys are not shortcuts: a table or a
combo box with the focus keeps its own use of them, and only keys nobody
else took reach the window (``LossExplorerWindow.keyPressEvent``) and the
sliders (``ClassSliderPanel``).  Their menu entries show the key and do the
same thing when chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from lossviz.explorer import MAX_CLASSES, Mode
from lossviz.worked_examples import WORKED_EXAMPLES

LOGIT_STEP = 0.1
translate = QCoreApplication.translate  # not a QObject: no tr() of its own


class LectureKeys:
    """The keyboard actions of one window, listed in its Explorer menu."""

    def __init__(self, window) -> None:
        self.window = window
        menu = window.explorer_menu
        window.reset_action.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), QKeySequence(Qt.Key.Key_R)])

        self.target_menu = menu.addMenu("")
        self.target_actions: list[QAction] = []
        for digit in range(MAX_CLASSES):
            action = QAction(window)
            action.setShortcut(QKeySequence(Qt.Key.Key_0 + digit))
            action.triggered.connect(lambda _=False, d=digit: self.pick_target(d))
            window.addAction(action)  # active while the menu is closed
            self.target_menu.addAction(action)
            self.target_actions.append(action)

        menu.addSeparator()
        self._menu_keys: dict[QAction, str] = {}
        self.previous_class_action = self._menu_only("Up", lambda: self.select_class(-1))
        self.next_class_action = self._menu_only("Down", lambda: self.select_class(+1))
        self.raise_action = self._menu_only("Right", lambda: self.move_logit(+LOGIT_STEP))
        self.lower_action = self._menu_only("Left", lambda: self.move_logit(-LOGIT_STEP))
        for action in (self.previous_class_action, self.next_class_action, self.raise_action, self.lower_action):
            menu.addAction(action)

        menu.addSeparator()
        self.next_example_action = QAction(window)
        self.next_example_action.setShortcut(QKeySequence(Qt.Key.Key_N))
        self.next_example_action.triggered.connect(lambda: self.step_example(+1))
        self.previous_example_action = QAction(window)
        self.previous_example_action.setShortcut(QKeySequence(Qt.Key.Key_P))
        self.previous_example_action.triggered.connect(lambda: self.step_example(-1))
        for action in (self.next_example_action, self.previous_example_action):
            window.addAction(action)
            menu.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's texts in the current language (the window calls this
        on a language change: these actions are not widgets)."""
        self.target_menu.setTitle(translate("LectureKeys", "Correct class"))
        for digit, action in enumerate(self.target_actions):
            action.setText(translate("LectureKeys", "Class %1").replace("%1", str(digit)))
        for action, text in (
            (self.previous_class_action, translate("LectureKeys", "Select the class above")),
            (self.next_class_action, translate("LectureKeys", "Select the class below")),
            (self.raise_action, translate("LectureKeys", "Raise the selected logit")),
            (self.lower_action, translate("LectureKeys", "Lower the selected logit")),
        ):
            # The key's name as Qt gives it in this language (Qt's own translation).
            action.setText(f"{text}\t{QKeySequence(self._menu_keys[action]).toString(QKeySequence.SequenceFormat.NativeText)}")
        self.next_example_action.setText(translate("LectureKeys", "Next worked example"))
        self.previous_example_action.setText(translate("LectureKeys", "Previous worked example"))

    def _menu_only(self, key: str, slot) -> QAction:
        """An action whose key is handled by the widgets (see the module
        docstring): the menu shows the key without it becoming a shortcut."""
        action = QAction(self.window)
        action.triggered.connect(slot)
        self._menu_keys[action] = key
        return action

    # -- what the keys do ----------------------------------------------------

    def pick_target(self, digit: int) -> None:
        state = self.window.controller.state
        labels = 2 if state.mode is Mode.BINARY else state.n_classes
        if digit < labels:
            self.window.controller.set_target(digit)
        else:
            self.window.statusBar().showMessage(
                translate("LectureKeys", "There is no class %1: this example has %2 classes.")
                .replace("%1", str(digit)).replace("%2", str(labels)),
                4000,
            )

    def selected_class(self) -> int:
        """The slider with the focus, else the correct class's."""
        focused = self.window.sliders.focused_index()
        if focused is not None:
            return focused
        state = self.window.controller.state
        return 0 if state.mode is Mode.BINARY else state.target

    def select_class(self, step: int) -> None:
        state = self.window.controller.state
        rows = 1 if state.mode is Mode.BINARY else state.n_classes
        if self.window.sliders.focused_index() is None:
            index = self.selected_class()
        else:
            index = min(rows - 1, max(0, self.selected_class() + step))
        self.window.sliders.focus_slider(index)

    def move_logit(self, step: float) -> None:
        index = self.selected_class()
        self.window.sliders.focus_slider(index)
        self.window.controller.set_logit(index, round(self.window.controller.state.logits[index] + step, 6))

    def step_example(self, step: int) -> None:
        current = self.window.example
        keys = [example.key for example in WORKED_EXAMPLES]
        index = (keys.index(current.key) + step) % len(keys) if current is not None else (0 if step > 0 else len(keys) - 1)
        self.window.load_example(WORKED_EXAMPLES[index])
