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

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from lossviz.explorer import MAX_CLASSES, Mode
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.actions.host import ShowsExamples
from lossviz.ui.common.i18n import fill
from lossviz.ui.explorer.class_sliders import ClassSliderPanel
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.worked_examples import WORKED_EXAMPLES

LOGIT_STEP = 0.1


class LectureKeys:
    """What the Explorer menu's keys do (the menu itself: ``table.py``)."""

    def __init__(self, controller: ExplorerController, sliders: ClassSliderPanel, host: ShowsExamples, actions: MenuActions) -> None:
        self.controller = controller
        self.sliders = sliders
        self.host = host
        self.target_actions = [actions[f"target.{digit}"] for digit in range(MAX_CLASSES)]
        self.previous_class_action = actions["class.previous"]
        self.next_class_action = actions["class.next"]
        self.raise_action = actions["logit.raise"]
        self.lower_action = actions["logit.lower"]
        self.next_example_action = actions["example.next"]
        self.previous_example_action = actions["example.previous"]

    def handlers(self) -> dict[str, Callable]:
        return {
            **{f"target.{digit}": lambda d=digit: self.pick_target(d) for digit in range(MAX_CLASSES)},
            "class.previous": lambda: self.select_class(-1),
            "class.next": lambda: self.select_class(+1),
            "logit.raise": lambda: self.move_logit(+LOGIT_STEP),
            "logit.lower": lambda: self.move_logit(-LOGIT_STEP),
            "example.next": lambda: self.step_example(+1),
            "example.previous": lambda: self.step_example(-1),
        }

    # -- what the keys do ----------------------------------------------------

    def pick_target(self, digit: int) -> None:
        state = self.controller.state
        labels = 2 if state.mode is Mode.BINARY else state.n_classes
        if digit < labels:
            self.controller.set_target(digit)
        else:
            # Not a QObject: no tr() of its own.
            text = QCoreApplication.translate("LectureKeys", "There is no class %1: this example has %2 classes.")
            self.host.statusBar().showMessage(fill(text, digit, labels), 4000)

    def selected_class(self) -> int:
        """The slider with the focus, else the correct class's."""
        focused = self.sliders.focused_index()
        if focused is not None:
            return focused
        state = self.controller.state
        return 0 if state.mode is Mode.BINARY else state.target

    def select_class(self, step: int) -> None:
        state = self.controller.state
        rows = 1 if state.mode is Mode.BINARY else state.n_classes
        if self.sliders.focused_index() is None:
            index = self.selected_class()
        else:
            index = min(rows - 1, max(0, self.selected_class() + step))
        self.sliders.focus_slider(index)

    def move_logit(self, step: float) -> None:
        index = self.selected_class()
        self.sliders.focus_slider(index)
        self.controller.set_logit(index, round(self.controller.state.logits[index] + step, 6))

    def step_example(self, step: int) -> None:
        current = self.host.example
        keys = [example.key for example in WORKED_EXAMPLES]
        index = (keys.index(current.key) + step) % len(keys) if current is not None else (0 if step > 0 else len(keys) - 1)
        self.host.load_example(WORKED_EXAMPLES[index])
