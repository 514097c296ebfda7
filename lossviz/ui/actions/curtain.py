"""Curtains: opaque covers laid over a part of the window while the class
guesses, drawn away to reveal it.

A curtain is a child widget of the part it covers, raised above the part's
own children and kept over the area it covers by an event filter on the
part (and on the widgets that area is made of), so the explorer's views
need no change to be hidden: they go on showing the live state under the
curtain.  It paints itself in the current theme's colours and the
window's (zoomed) font, so it follows themes, zoom and presentation mode.
Revealing slides it out of the part's bounds (the part clips its child) in
``REVEAL_MS``; covering again is immediate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEasingCurve, QEvent, QPoint, QPropertyAnimation, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from lossviz.ui.common import style

REVEAL_MS = 400
#: Where a curtain slides to when it reveals: towards the part's edge it is nearest.
RIGHT, DOWN = QPoint(1, 0), QPoint(0, 1)


class Curtain(QWidget):
    """One curtain over ``area()`` of ``part`` (its whole rect by default)."""

    #: The reveal's slide has ended; the part is uncovered.
    revealed = Signal()

    def __init__(self, part: QWidget, area: Callable[[], QRect] | None = None, watched: Sequence[QWidget] = (),
                 direction: QPoint = DOWN, title: Callable[[], str] | None = None) -> None:
        super().__init__(part)
        self.part = part
        self._area = area or part.rect
        self._title = title or (lambda: "")
        self.direction = direction
        self.text = "?"
        self.covering = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Watched only while covering: a filter sees every event of the part,
        # its repaints on every slider move among them.
        self._watched = (part, *watched)
        self.animation = QPropertyAnimation(self, b"pos", self)
        self.animation.setDuration(REVEAL_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.finished.connect(self._on_slid_away)
        self.hide()

    def cover(self, text: str = "?") -> None:
        """Cover the part now, saying ``text`` (a question's prompt, or "?")."""
        self.animation.stop()
        if not self.covering:
            for widget in self._watched:
                widget.installEventFilter(self)
        self.covering = True
        self.text = text
        self.follow()
        self.show()
        self.raise_()
        self.update()

    def reveal(self, animated: bool = True) -> None:
        """Slide away (``animated``), else vanish at once."""
        if not self.covering:
            return
        self.covering = False
        for widget in self._watched:
            widget.removeEventFilter(self)
        if not animated or not self.isVisible():
            self._on_slid_away()
            return
        start = self.pos()
        self.animation.setStartValue(start)
        self.animation.setEndValue(start + QPoint(self.direction.x() * (self.width() + 1), self.direction.y() * (self.height() + 1)))
        self.animation.start()

    @property
    def sliding(self) -> bool:
        return self.animation.state() == QPropertyAnimation.State.Running

    def _on_slid_away(self) -> None:
        if not self.covering:
            self.hide()
            self.revealed.emit()

    def follow(self) -> None:
        """Over the area again, after the part moved, grew or laid out its children."""
        if self.covering and not self.sliding:
            area = self._area()
            if area != self.geometry():
                self.setGeometry(area)
            self.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            self.follow()
        return super().eventFilter(watched, event)

    def apply_look(self, _look) -> None:
        """Zoom and theme: painted again in the new font and colours."""
        self.update()

    def paintEvent(self, _event) -> None:
        theme = style.theme()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.window))
        border = max(2, style.current().size(2))
        painter.setPen(QPen(QColor(theme.output), border))
        painter.drawRect(self.rect().adjusted(border // 2, border // 2, -(border + 1) // 2, -(border + 1) // 2))
        inner = self.rect().adjusted(3 * border, 2 * border, -3 * border, -2 * border)
        title = self._title()
        if title:
            painter.setPen(QColor(theme.muted))
            painter.setFont(self.font())
            painter.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, title)
        # As large as a plot's curtain allows, and still whole on a one-line label's.
        fits = 0.8 * max(inner.height(), 1) / max(self.fontMetrics().height(), 1)
        font = style.scaled_font(self.font(), max(1.0, min(3.0 if self.text == "?" else 1.3, fits)), bold=True)
        painter.setFont(font)
        painter.setPen(QColor(theme.output if self.text == "?" else theme.text))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text)
        painter.end()


def union_of(widgets: Sequence[QWidget], parent: QWidget, margin: int = 4) -> QRect:
    """The rect in ``parent`` around those of ``widgets`` that are shown (empty if none)."""
    area = QRect()
    for widget in widgets:
        if widget.isVisibleTo(parent):
            area = area.united(QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size()))
    return area.adjusted(-margin, -margin, margin, margin) if area.isValid() else area
