"""The network's answer under the drawing's 28 × 28 view, in two lines:
the digit it says (rich text: the digit in bold), and y of the digit the
drawing should be (plain text, a Unicode subscript).

Painted here rather than by labels, for speed: y is new on every stroke
segment, and only its line is painted again; the first line changes only
when the digit said does, and each of its texts (ten digits, and the
prompt) is laid out once, as a static text, and reused (a rich-text label
lays its text out on every paint, and paints twice per change).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QPainter, QStaticText, QTextDocumentFragment, QTransform
from PySide6.QtWidgets import QWidget

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def y_of(k: int, value: str) -> str:
    """"yₖ = value": the second line."""
    return f"y{str(k).translate(_SUBSCRIPTS)} = {value}"


@functools.lru_cache(maxsize=64)
def _plain(rich: str) -> str:
    """A first line as words, for a screen reader (parsing HTML is slow: once per text)."""
    return QTextDocumentFragment.fromHtml(rich).toPlainText()


class AnswerLabel(QWidget):
    """Interface: ``set_answer(says, value="")`` (the first line as rich
    text, the second as plain); ``says()``, ``value()``, and ``text()``, both
    lines as one rich text; ``says_height()``; ``relayout()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._says = self._value = ""
        # Each first line laid out at this width and font, ready to draw, and its height.
        self._lines: dict[str, tuple[QStaticText, int]] = {}
        self._metrics = self.fontMetrics()
        # Filled by Qt, so opaque: its value changes on every stroke segment,
        # and a see-through label would have the pad and the window behind
        # it repainted each time too.
        self.setAutoFillBackground(True)

    def set_answer(self, says: str, value: str = "") -> None:
        if says != self._says:
            self._says = says
            self.setAccessibleName(_plain(says))
            self._value = value
            self.update()
        elif value != self._value:
            self._value = value
            self.update(self._value_rect())

    def says(self) -> str:
        return self._says

    def value(self) -> str:
        return self._value

    def text(self) -> str:
        return self._says + (f"<br>{self._value}" if self._value else "")

    def says_height(self) -> int:
        """The first line's height, as its words wrap at this width."""
        return self._line(self._says)[1]

    def _value_rect(self) -> QRect:
        top = self.says_height()
        return QRect(0, top, self.width(), max(0, self.height() - top))

    def _line(self, says: str) -> tuple[QStaticText, int]:
        line = self._lines.get(says)
        if line is None:
            text = QStaticText(says)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setTextWidth(max(1, self.width()))
            text.prepare(QTransform(), self.font())
            line = self._lines[says] = text, max(round(text.size().height()), self._metrics.lineSpacing())
        return line

    def paintEvent(self, event) -> None:
        # The painter starts with the widget's font and text colour (in any theme).
        painter = QPainter(self)
        top = self.says_height()
        if event.rect().top() < top:
            painter.drawStaticText(QPointF(0, 0), self._line(self._says)[0])
        painter.drawText(QPointF(0, top + self._metrics.ascent()), self._value)  # one line: no layout needed
        painter.end()

    def relayout(self) -> None:
        """The size or the font changed: every first line is laid out anew."""
        self._lines.clear()
        self._metrics = self.fontMetrics()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.relayout()
