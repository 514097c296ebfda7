"""Items drawn on the explorer's plots, each as cheap to move as Qt allows:
markers and a label of a fixed size in pixels (moved with setPos, never
laid out again), and bars whose bounds are given once."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPolygonF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPolygonItem, QGraphicsRectItem

from lossviz.ui.common import style


def plain_marker(shape: QGraphicsItem, brush, pen) -> QGraphicsItem:
    """A marker of a fixed size in pixels, moved with setPos.  A plain Qt
    item: pyqtgraph's ScatterPlotItem recomputes its bounds in Python on
    every repaint, which cost more than drawing the whole plot."""
    shape.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    shape.setBrush(brush)
    shape.setPen(pen)
    shape.setZValue(10)
    return shape


def circle_shape(size: float) -> QGraphicsEllipseItem:
    return QGraphicsEllipseItem(-size / 2, -size / 2, size, size)


def square_shape(size: float) -> QGraphicsRectItem:
    return QGraphicsRectItem(-size / 2, -size / 2, size, size)


def up_triangle_shape(size: float) -> QGraphicsPolygonItem:
    # Screen y grows downwards; this item ignores the view's flip.
    h = size / 2
    return QGraphicsPolygonItem(QPolygonF([QPointF(0, -h), QPointF(h, h), QPointF(-h, h)]))


class PlotLabel(QGraphicsItem):
    """Plain lines of text on a plot, their top right corner at ``setPos``
    (in the plot's coordinates), drawn at a fixed size in pixels.  In place
    of pyqtgraph's TextItem, a QGraphicsTextItem that lays its text out as a
    document: this one's text changes on every slider move, and painting a
    few lines with drawText costs a fraction of that."""

    PADDING = 4  # as a QGraphicsTextItem's document margin

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._text = ""
        self._lines: list[str] = []
        self._font = QFont()
        self._metrics = QFontMetrics(self._font)
        self._color = QColor(style.INK)
        #: The background behind the lines (None: none).
        self.fill: QBrush | None = None
        self._rect = QRectF()

    def toPlainText(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._lines = text.split("\n") if text else []
        self._fit()
        self.update()

    def setFont(self, font: QFont) -> None:
        self._font = QFont(font)
        self._metrics = QFontMetrics(self._font)
        self._fit()
        self.update()

    def setColor(self, color: QColor) -> None:
        self._color = QColor(color)
        self.update()

    def _fit(self) -> None:
        width = max((self._metrics.horizontalAdvance(line) for line in self._lines), default=0)
        height = len(self._lines) * self._metrics.lineSpacing()
        rect = QRectF(-width - 2 * self.PADDING, 0, width + 2 * self.PADDING, height + 2 * self.PADDING) if self._lines else QRectF()
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, _option, _widget=None) -> None:
        if not self._lines:
            return
        if self.fill is not None:
            painter.fillRect(self._rect, self.fill)
        painter.setFont(self._font)
        painter.setPen(self._color)
        left, top = self._rect.left() + self.PADDING, self.PADDING + self._metrics.ascent()
        for index, line in enumerate(self._lines):
            painter.drawText(QPointF(left, top + index * self._metrics.lineSpacing()), line)


class FixedBoundsBars(pg.BarGraphItem):
    """Bars whose bounds are given once: the plot's fixed range.  pyqtgraph
    otherwise recomputes them in Python on every repaint of anything nearby."""

    def __init__(self, bounds: QRectF, **options) -> None:
        super().__init__(**options)
        self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds
