"""Quiz mode's reveal, animated: the hidden part goes from the class's
guess (or "no idea") to the truth while the class watches.

The output bars grow from 1/K each to their heights, the gradient bars
from 0, the −log y point slides along the curve from where the class put
it, the loss values count from the guess.  The explorer's views are driven
through their one public entry, ``show_readout``, with the frames of
``lossviz.reveal``; the last is the controller's own readout, so what stays
on screen is exactly what the window shows outside quiz mode.  Any change
of the explorer's state (a slider, a key, a new slide) ends the animation
at once, on the new truth, and so does any other step of the quiz.

Beside it, in the quiz bar, the box where the teacher types what the
class called out (``GuessBox``), and after the reveal how far off it was.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEasingCurve, QObject, Qt, QVariantAnimation, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMainWindow, QSizePolicy, QWidget

from lossviz import quiz
from lossviz.explorer import format_value
from lossviz.reveal import Guess, Reveal, parse_guess
from lossviz.ui.actions.curtain import REVEAL_MS
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill

#: The losses a class guesses (lossviz.reveal.GUESSABLE), as the guess box names them.
LOSS_NAMES = {
    "cross_entropy_error": QT_TRANSLATE_NOOP("GuessBox", "cross-entropy"),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("GuessBox", "binary cross-entropy"),
    "sum_squared_error": QT_TRANSLATE_NOOP("GuessBox", "squared error"),
}
#: Half again the curtain's slide: long enough for a hall to follow a bar growing.
GROW_MS = REVEAL_MS * 3 // 2


class RevealAnimation(QObject):
    """One reveal at a time, of one or more parts (B reveals them all together)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.controller = window.controller
        #: Each part that grows, and the explorer's view that shows it.
        self.views = {quiz.LOSS_VALUES: window.readout, quiz.PROBABILITIES: window.probability_plot,
                      quiz.LOG_LOSS: window.log_loss_plot, quiz.GRADIENTS: window.gradient_plot}
        self.parts: list[str] = []
        self.reveal: Reveal | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(GROW_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._show_frame)
        self.animation.finished.connect(self.finish)
        self.controller.readout_changed.connect(self._on_truth_changed)

    @property
    def running(self) -> bool:
        return bool(self.parts)

    def grows(self, part: str) -> bool:
        return part in self.views

    def start(self, parts: Iterable[str], guess: Guess | None) -> None:
        """Animate ``parts`` (those that grow) from ``guess`` to the truth; the first frame is shown at once."""
        self.finish()
        # A view covered for the regression example says so instead of a state: nothing there grows.
        self.parts = [part for part in parts if part in self.views and not self.views[part].covered]
        if not self.parts:
            return
        self.reveal = Reveal(self.controller.readout, guess)
        self._show_frame(0.0)
        self.animation.start()

    def _show_frame(self, f: float) -> None:
        for part in self.parts:
            self.views[part].show_readout(self.reveal.frame(part, float(f)))

    def finish(self) -> None:
        """At the truth, now: every part animated shows the controller's readout itself."""
        if not self.parts:
            return
        parts, self.parts = self.parts, []
        self.animation.stop()
        for part in parts:
            self.views[part].show_readout(self.controller.readout)

    def _on_truth_changed(self, _readout) -> None:
        if self.parts:  # a slider or a key moved the explorer: the truth it shows, not a frame of the old one
            self.finish()


class GuessBox(Retranslated, QWidget):
    """In the quiz bar: "Class's guess (cross-entropy): [1.2]", what the
    class called out, optional; once revealed, "The class guessed 1.2. /
    The cross-entropy is 1.609438." until the next slide or question."""

    #: The guess typed (a float), or None: empty, or no loss value.
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("class-guess")
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self.field.clearFocus)  # the clicker's B is the quiz's again, not a letter typed
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.result)
        self.result.hide()
        # No wider than its texts: the question beside it takes the rest, on fewer lines.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._shown: tuple | None = None
        self.apply_look(style.current())
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setAccessibleName(self.tr("Class's guess"))
        self.field.setPlaceholderText(self.tr("e.g. 1.2"))
        self.field.setToolTip(self._tip())
        self._shown = None

    def apply_look(self, look: style.Look) -> None:
        font = style.scaled_font(self.font(), 1.1)
        for widget in (self.label, self.field, self.result):
            widget.setFont(font)
        self.field.setFixedWidth(self.field.fontMetrics().horizontalAdvance("00.000000") + 16)

    def guess(self) -> float | None:
        try:
            return parse_guess(self.field.text())
        except ValueError:
            return None

    def clear(self) -> None:
        self.field.clear()

    def _on_text_changed(self, text: str) -> None:
        try:
            parse_guess(text)
            wrong = False
        except ValueError:
            wrong = True
        style.tint(self.label, foreground=style.ERROR_FG if wrong else None)
        self.field.setToolTip(self.tr("Not a loss value: a number from 0 to 100") if wrong else self._tip())
        self.changed.emit(self.guess())

    def _tip(self) -> str:
        return self.tr("What the class called out, before you reveal (optional): the reveal starts from it")

    def show_guess(self, loss: str, truth: float | None) -> None:
        """Asking (``truth`` None): the field for the guess of ``loss`` (a key
        of lossviz.reveal.GUESSABLE); revealed: the guess beside the truth
        (nothing if there was none)."""
        guess = self.guess()
        shown = (loss, truth, guess)
        if shown == self._shown:
            return
        self._shown = shown
        loss_name = self.tr(LOSS_NAMES[loss])
        asking = truth is None
        self.label.setText(fill(self.tr("Class's guess (%1):"), loss_name))
        self.label.setVisible(asking)
        self.field.setVisible(asking)
        if not asking and self.field.hasFocus():
            self.field.clearFocus()
        self.result.setVisible(not asking and guess is not None)
        if not asking and guess is not None:
            # Two short lines, not one long one: beside the answer, it would push it onto a third line.
            guessed = fill(self.tr("The class guessed %1."), f"{guess:g}")
            true = fill(self.tr("The %1 is %2."), loss_name, format_value(truth))
            self.result.setText(f"{guessed}\n{true}")
