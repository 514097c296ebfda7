"""The paper a digit is drawn on, and the small raster the network reads.

Strokes come as mouse events, which Qt also makes from a pen or a finger
(a tablet or touch event left unaccepted comes back as mouse events).
Each stroke is kept in coordinates relative to the square of paper
(0 to 1), so the drawing survives a resize, a zoom or a theme change, and
is drawn twice as it comes: into the picture on screen, at the screen's
own pixels, and into a raster of RASTER × RASTER pixels with light ink on
black, which is what MNIST's preprocessing reads.  A small raster keeps
that preprocessing well under a millisecond per stroke segment, and at
five times MNIST's 28 pixels it still anti-aliases the 20-pixel box as
finely as a large one would.

Strokes are smoothed as they are drawn: quadratic curves through the
midpoints between the points the mouse reports, with the points as
control points, in a round pen.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lossviz.ui.common import style

#: The raster the network's preprocessing reads: 5 × 28 pixels a side.
RASTER = 140
#: The pen's width as a share of the paper's side: a digit drawn across
#: most of the pad then has strokes about as wide, once scaled into MNIST's
#: 20-pixel box, as MNIST's own (2 to 3 pixels).
PEN_SHARE = 0.08
#: The smallest side of the paper, at 100 % zoom.
MIN_SIDE = 180


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return (a + b) / 2


def segment_path(points: list[QPointF], finished: bool = False) -> QPainterPath:
    """The part of a stroke that its newest point (or its end) adds: a curve
    from the middle of the last two points back to the middle of the two before."""
    path = QPainterPath()
    n = len(points)
    if finished:
        if n >= 2:
            path.moveTo(_mid(points[-2], points[-1]))
            path.lineTo(points[-1])
        return path
    if n == 2:
        path.moveTo(points[0])
        path.lineTo(_mid(points[0], points[1]))
    elif n > 2:
        path.moveTo(_mid(points[-3], points[-2]))
        path.quadTo(points[-2], _mid(points[-2], points[-1]))
    return path


def stroke_path(points: list[QPointF], finished: bool) -> QPainterPath:
    """A whole stroke, as its segments drew it."""
    path = QPainterPath()
    for end in range(2, len(points) + 1):
        path.addPath(segment_path(points[:end]))
    if finished:
        path.addPath(segment_path(points, finished=True))
    return path


class DrawSurface(QWidget):
    """Interface: ``raster()`` (RASTER × RASTER uint8, light ink on black),
    ``clear()``, ``show_image(image28)``, ``is_blank()``; ``stroke_started``
    when a stroke begins, ``stroked`` after each segment drawn."""

    stroke_started = Signal()
    stroked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._strokes: list[list[QPointF]] = []  # in paper coordinates, 0 to 1
        self._drawing = False
        self._image28: np.ndarray | None = None  # a restored MNIST image, under the strokes
        self._raster = QImage(RASTER, RASTER, QImage.Format.Format_Grayscale8)
        self._raster.fill(0)
        self._screen: QImage | None = None  # the paper as shown, at device pixels
        self.apply_look(style.current())

    # -- what the pad asks -------------------------------------------------

    def raster(self) -> np.ndarray:
        """The raster as a read-only array over the image's own pixels (no copy)."""
        bits = np.frombuffer(self._raster.constBits(), np.uint8)
        return bits.reshape(RASTER, self._raster.bytesPerLine())[:, :RASTER]

    def is_blank(self) -> bool:
        return not self._strokes and (self._image28 is None or not self._image28.any())

    def has_strokes(self) -> bool:
        return bool(self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self._image28 = None
        self._redraw()

    def show_image(self, image28: np.ndarray) -> None:
        """A 28 × 28 MNIST image (light ink on black) as the paper, strokes cleared."""
        self._strokes.clear()
        self._drawing = False
        self._image28 = np.ascontiguousarray(image28, np.uint8)
        self._redraw()

    def apply_look(self, look: style.Look) -> None:
        """Zoom or theme: the paper's size and colours."""
        self.setMinimumSize(look.size(MIN_SIDE), look.size(MIN_SIDE))
        self._redraw()

    # -- geometry ----------------------------------------------------------

    def paper(self) -> QRectF:
        """The square of paper, centred in the widget."""
        side = min(self.width(), self.height()) - 2
        # Whole pixels: the picture is then drawn onto the screen unscaled.
        return QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def _to_paper(self, position: QPointF) -> QPointF:
        paper = self.paper()
        return (position - paper.topLeft()) / max(paper.width(), 1.0)

    # -- input -------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._drawing = True
        point = self._to_paper(event.position())
        self._strokes.append([point])
        self.stroke_started.emit()
        self._draw_dot(point)
        self.stroked.emit()

    def mouseMoveEvent(self, event) -> None:
        if not self._drawing:
            return super().mouseMoveEvent(event)
        stroke = self._strokes[-1]
        point = self._to_paper(event.position())
        if point == stroke[-1]:
            return
        stroke.append(point)
        self._draw_path(segment_path(stroke))
        self.stroked.emit()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._drawing:
            return super().mouseReleaseEvent(event)
        self._drawing = False
        self._draw_path(segment_path(self._strokes[-1], finished=True))
        self.stroked.emit()

    # -- drawing -----------------------------------------------------------

    def _painters(self):
        """(painter, side in pixels, ink) for the screen's picture and the raster."""
        theme = style.theme()
        targets = [(self._raster, RASTER, QColor(255, 255, 255))]
        if self._screen is not None:
            targets.append((self._screen, self._screen.deviceIndependentSize().width(), QColor(theme.ink)))
        for image, side, ink in targets:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(side, side)
            yield painter, ink

    def _pen(self, ink: QColor) -> QPen:
        pen = QPen(ink, PEN_SHARE)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _draw_path(self, path: QPainterPath) -> None:
        if path.isEmpty():
            return
        for painter, ink in self._painters():
            painter.setPen(self._pen(ink))
            painter.drawPath(path)
            painter.end()
        self._update_paper(path.boundingRect())

    def _draw_dot(self, point: QPointF) -> None:
        for painter, ink in self._painters():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawEllipse(point, PEN_SHARE / 2, PEN_SHARE / 2)
            painter.end()
        self._update_paper(QRectF(point, point))

    def _update_paper(self, bounds: QRectF) -> None:
        """Repaint only what a segment touched, in widget coordinates."""
        paper = self.paper()
        margin = PEN_SHARE
        rect = bounds.adjusted(-margin, -margin, margin, margin)
        self.update(QRectF(paper.left() + rect.left() * paper.width(), paper.top() + rect.top() * paper.width(),
                           rect.width() * paper.width(), rect.height() * paper.width()).toAlignedRect().adjusted(-2, -2, 2, 2))

    def _redraw(self) -> None:
        """Both pictures again from the restored image and the strokes."""
        ratio = self.devicePixelRatioF()
        side = max(1, round(self.paper().width() * ratio))
        if self._screen is None or self._screen.width() != side:
            self._screen = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            self._screen.setDevicePixelRatio(ratio)
        self._screen.fill(QColor(style.theme().plot_background))
        self._raster.fill(0)
        if self._image28 is not None:
            self._draw_image28()
        for stroke in self._strokes:
            finished = not (self._drawing and stroke is self._strokes[-1])
            self._draw_dot(stroke[0])
            self._draw_path(stroke_path(stroke, finished))
        self.update()

    def _draw_image28(self) -> None:
        theme = style.theme()
        paper, ink = (np.array(QColor(c).getRgb()[:3], np.float32) for c in (theme.plot_background, theme.ink))
        share = self._image28[..., None].astype(np.float32) / 255
        rgb = np.rint(paper + (ink - paper) * share).astype(np.uint32)
        argb = np.ascontiguousarray((0xFF << 24) | (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2], np.uint32)
        pictures = [(self._raster, QImage(self._image28.data, 28, 28, 28, QImage.Format.Format_Grayscale8))]
        pictures.append((self._screen, QImage(argb.data, 28, 28, 28 * 4, QImage.Format.Format_RGB32)))
        for target, picture in pictures:
            painter = QPainter(target)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(QPointF(0, 0), target.deviceIndependentSize()), picture)
            painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._redraw()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        paper = self.paper()
        if self._screen is not None:
            painter.drawImage(paper.topLeft(), self._screen)
        painter.setPen(QPen(style.GREY, 1))
        painter.drawRect(paper.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()
