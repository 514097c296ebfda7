"""The network's answer under the drawing's 28 × 28 view, in two lines:
the digit it says (rich text: the digit in bold), and y of the digit the
drawing should be (plain text, a Unicode subscript).

Two labels, not one, for speed: y is new on every stroke segment, and a
rich-text label lays its text out again on every paint (five times a plain
label's time), while the digit it says changes only now and then, and a
label given the text it already has does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def y_of(k: int, value: str) -> str:
    """"yₖ = value": the second line."""
    return f"y{str(k).translate(_SUBSCRIPTS)} = {value}"


class AnswerLabel(QWidget):
    """Interface: ``set_answer(says, value="")``, ``text()`` (both lines as one rich text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.says, self.value = QLabel(self), QLabel(self)
        self.says.setWordWrap(True)
        self.says.setTextFormat(Qt.TextFormat.RichText)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The first line's height for each text it has shown, at this width
        # and font: ten digits' answers, each laid out once.
        self._heights: dict[str, int] = {}

    def set_answer(self, says: str, value: str = "") -> None:
        if says != self.says.text():
            self.says.setText(says)
            self.place()
        self.value.setText(value)

    def text(self) -> str:
        return self.says.text() + (f"<br>{self.value.text()}" if self.value.text() else "")

    def place(self, again: bool = False) -> None:
        """The first line as high as its words wrap to, the second right under
        it; ``again``: the size or the font changed, every height with it."""
        if again:
            self._heights.clear()
        width, text = self.width(), self.says.text()
        says = self._heights.get(text)
        if says is None:
            says = self._heights[text] = max(self.says.heightForWidth(width), self.says.fontMetrics().lineSpacing())
        self.says.setGeometry(0, 0, width, says)
        self.value.setGeometry(0, says, width, max(0, self.height() - says))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place(again=True)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.place(again=True)
