"""The bridge from a validation digit to the loss explorer: while "Show this
digit in the loss explorer" is ticked, the network's output logits for the
chosen digit are the explorer's state (``lossviz.explorer.prediction_state``),
and the digit's answer says how they were fitted to the sliders; moving
anything in the explorer by hand lets go of the digit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject

from lossviz import losses
from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, ExplorerState, logit_shift, prediction_state
from lossviz.ui.common.i18n import fill
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.digit_view import DigitView


class ExplorerLink(QObject):
    """Interface: ``refresh()``, to call whenever the answer may have
    changed (new weights, new data); ``answer()`` gives (label, output
    logits) of the digit chosen in the view."""

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
        label, logits = self.answer()
        probabilities = losses.softmax(logits)
        following = self.explorer is not None and self.digit_view.follow_box.isChecked()
        self.digit_view.show_answer(label, probabilities, self._fit_note(logits) if following else None)
        if following:
            self._pushed_state = prediction_state(logits, label, self.explorer.state)  # under the teacher's T, ε, γ and losses shown
            self.explorer.set_state(self._pushed_state)

    def _fit_note(self, logits: np.ndarray):
        """How the explorer's sliders show these logits, if not as they are
        (a function: the digit view says it again in a new language)."""
        shift = logit_shift(logits)
        if shift == 0:
            return None
        spread = float(np.max(logits) - np.min(logits))
        if spread <= LOGIT_MAX - LOGIT_MIN:
            return lambda: fill(self.tr("In the explorer the logits are shifted by %1 to fit the sliders: "
                                        "softmax and the losses are the same for any shift."), _signed(-shift))
        return lambda: fill(self.tr("The logits span %1, more than the sliders' %2: the sliders show them shifted by %3 and "
                                    "cut at %4; the losses use the network's exact probabilities, so “from logits” is n/a."),
                            f"{spread:.1f}", f"{LOGIT_MAX - LOGIT_MIN:g}", _signed(-shift), _signed(LOGIT_MIN))

    def _on_digit_chosen(self, _index: int) -> None:
        if self.explorer is not None and not self.digit_view.follow_box.isChecked():
            self.digit_view.follow_box.setChecked(True)  # picking a digit is asking to see it (the toggle refreshes)
        else:
            self.refresh()

    def _on_explorer_changed(self, readout) -> None:
        # The user moved something in the explorer: it stops following the digit.
        if self.digit_view.follow_box.isChecked() and readout.state != self._pushed_state:
            self.digit_view.follow_box.setChecked(False)


def _signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "−").replace(".00", "")
