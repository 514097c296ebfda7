"""The bridge from a validation digit to the loss explorer: while "Show this
digit in the loss explorer" is ticked, the network's answer for the chosen
digit is the explorer's state (``lossviz.explorer.prediction_state``);
moving anything in the explorer by hand lets go of the digit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject

from lossviz.explorer import ExplorerState, prediction_state
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.digit_view import DigitView


class ExplorerLink(QObject):
    """Interface: ``refresh()``, to call whenever the answer may have
    changed (new weights, new data); ``answer()`` gives (label, softmax
    output) of the digit chosen in the view."""

    def __init__(self, digit_view: DigitView, explorer: ExplorerController | None,
                 answer: Callable[[], tuple[int, np.ndarray]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.digit_view = digit_view
        self.explorer = explorer
        self.answer = answer
        self._pushed_state: ExplorerState | None = None
        digit_view.digit_chosen.connect(self._on_digit_chosen)
        digit_view.follow_toggled.connect(lambda _on: self.refresh())
        if explorer is not None:
            explorer.readout_changed.connect(self._on_explorer_changed)
        else:
            digit_view.follow_box.hide()

    def refresh(self) -> None:
        label, probabilities = self.answer()
        self.digit_view.show_answer(label, probabilities)
        if self.explorer is not None and self.digit_view.follow_box.isChecked():
            self._pushed_state = prediction_state(probabilities, label)
            self.explorer.set_state(self._pushed_state)

    def _on_digit_chosen(self, _index: int) -> None:
        if self.explorer is not None and not self.digit_view.follow_box.isChecked():
            self.digit_view.follow_box.setChecked(True)  # picking a digit is asking to see it (the toggle refreshes)
        else:
            self.refresh()

    def _on_explorer_changed(self, readout) -> None:
        # The user moved something in the explorer: it stops following the digit.
        if self.digit_view.follow_box.isChecked() and readout.state != self._pushed_state:
            self.digit_view.follow_box.setChecked(False)
