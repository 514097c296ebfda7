""""Inside the network": the first layer's weight vectors as pictures.

Hidden unit j's input is Σᵢ xᵢ·W1[i, j] + b1[j]: its 784 weights, laid out
as the 28×28 image they multiply, show which strokes excite the unit
(orange) and which hold it back (blue).  Each tile is scaled by its own
largest |w|, symmetrically around 0, so 0 is always the neutral colour; the
map is blue–neutral–orange from the Okabe–Ito palette, with the neutral end
the plot background of the theme (white, near-black, black), so it reads
in every theme and for colour-blind viewers.

The hidden activations for the chosen digit are drawn over the tiles:
units the digit switches off (ReLU output 0) are dimmed, active ones are
framed, the thicker the more active.

Cheap: all tiles are one QImage built by numpy from a copy of W1 (no
per-tile widgets), drawn scaled with no smoothing.  ``set_live(True)``
pulls the network at most ``REFRESHES_PER_SECOND`` times a second, and
only while the view is shown.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from lossviz.mnist.mlp import Mlp, as_inputs
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill

REFRESHES_PER_SECOND = 10
SIDE = 28
GAP = 1  # image pixels between tiles
#: Odd, so that 0 has a colour of its own: the neutral one.
LUT_SIZE = 257
#: How much of the tile's colour an inactive unit keeps.
DIMMED_ALPHA = 170
MAX_FRAME = 4  # the most active unit's frame, pixels at 100%


def grid_shape(units: int) -> tuple[int, int]:
    """(rows, columns) for ``units`` tiles: as square as possible, never
    more columns than rows need (100 → 10×10, 30 → 5×6, 1 → 1×1)."""
    columns = max(1, math.ceil(math.sqrt(units)))
    return math.ceil(units / columns), columns


def diverging_lut(negative: QColor, neutral: QColor, positive: QColor) -> np.ndarray:
    """LUT_SIZE colours as 0xffRRGGBB: index 0 the negative end, the middle neutral, the last positive."""
    t = np.linspace(-1.0, 1.0, LUT_SIZE)[:, None]
    rgb = lambda c: np.array([c.red(), c.green(), c.blue()], dtype=float)  # noqa: E731
    middle = rgb(neutral)
    colours = np.where(t < 0, middle + (rgb(negative) - middle) * -t, middle + (rgb(positive) - middle) * t)
    r, g, b = np.rint(colours).astype(np.uint32).T
    return (0xFF000000 | (r << 16) | (g << 8) | b).astype(np.uint32)


#: The positive end, Okabe–Ito's orange in every theme (the high-contrast
#: theme's "target" colour is yellow, which the caption could not name).
POSITIVE = "#E69F00"


def theme_lut() -> np.ndarray:
    theme = style.theme()
    return diverging_lut(QColor(theme.output), QColor(theme.plot_background), QColor(POSITIVE))


def gap_colour() -> QColor:
    theme = style.theme()
    return QColor(theme.window if theme.window != theme.plot_background else theme.grey)


def weight_pixels(w1: np.ndarray, lut: np.ndarray, gap: int = 0xFF000000) -> np.ndarray:
    """All tiles in one (height, width) array of 0xffRRGGBB: tile j (row-major)
    is column j of W1 as a 28×28 image, scaled by its own largest |w|."""
    units = w1.shape[1]
    rows, columns = grid_shape(units)
    weights = np.asarray(w1, dtype=np.float32).T  # (units, 784)
    largest = np.abs(weights).max(axis=1, keepdims=True)
    largest[largest == 0] = 1
    index = np.rint((weights / largest + 1) * ((LUT_SIZE - 1) / 2)).astype(np.intp)
    tiles = np.full((rows * columns, SIDE, SIDE), lut[LUT_SIZE // 2], dtype=np.uint32)
    tiles[:units] = lut[index].reshape(units, SIDE, SIDE)
    step = SIDE + GAP
    pixels = np.full((rows * step + GAP, columns * step + GAP), gap, dtype=np.uint32)
    cells = pixels[GAP:, GAP:].reshape(rows, step, columns, step)[:, :SIDE, :, :SIDE]
    cells[...] = tiles.reshape(rows, columns, SIDE, SIDE).transpose(0, 2, 1, 3)
    return pixels


class WeightsView(Retranslated, QWidget):
    """Interface: ``refresh()``, ``set_live(on)``; ``image`` (the tiles at one
    pixel a weight), ``activations`` (the chosen digit's, or None),
    ``tile_rect(unit)`` (where a tile is drawn), ``refresh_count``."""

    def __init__(self, network: Callable[[], Mlp | None], digit: Callable[[], np.ndarray | None], parent=None) -> None:
        super().__init__(parent)
        self._network, self._digit = network, digit
        self.image: QImage | None = None
        self._pixels: np.ndarray | None = None  # the image's memory
        self._w1: np.ndarray | None = None  # the copy drawn
        self._digit_shown: np.ndarray | None = None
        self.activations: np.ndarray | None = None
        self.refresh_count = 0
        self._live = False
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # never early: at most 10 a second
        self.timer.setInterval(1000 // REFRESHES_PER_SECOND)
        self.timer.timeout.connect(self.refresh)
        self.caption = QLabel()
        self.activity_label = QLabel()
        for label in (self.caption, self.activity_label):
            label.setWordWrap(True)
            # Their wrapped lines before the tiles: the canvas gives way.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        style.tint(self.activity_label, style.MUTED)
        self.canvas = _TileCanvas(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.activity_label)
        self._fit_labels()
        self.retranslate()
        self.refresh()

    def set_live(self, on: bool) -> None:
        """Follow the network while it trains (at most 10 refreshes a second, only while shown)."""
        self._live = on
        if on and self.isVisible():
            self.timer.start()
        else:
            self.timer.stop()
        if on:
            self.refresh()

    @property
    def live(self) -> bool:
        return self._live

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._live:
            self.timer.start()
            self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self) -> None:
        """Pull a copy of W1 (and b1) and the chosen digit; rebuild the picture if either changed."""
        self.refresh_count += 1
        net, digit = self._network(), self._digit()
        if net is None:
            changed = self._w1 is not None
            self._w1, self.image, self._pixels, self.activations = None, None, None, None
        else:
            w1 = net.w1
            changed = self._w1 is None or self._w1.shape != w1.shape or not np.array_equal(self._w1, w1)
            if changed:
                self._w1 = w1.copy()
                self._build_image()
            same_digit = (digit is None) == (self._digit_shown is None) and (
                digit is None or np.array_equal(digit, self._digit_shown))
            if changed or not same_digit:
                self.activations = None if digit is None else hidden_activations(self._w1, net.b1, digit)
                changed = True
        self._digit_shown = None if digit is None else np.array(digit)
        if changed:
            self._show_activity()
            self.canvas.update()

    def _build_image(self) -> None:
        self._pixels = weight_pixels(self._w1, theme_lut(), gap_colour().rgba())
        height, width = self._pixels.shape
        self.image = QImage(self._pixels.data, width, height, width * 4, QImage.Format.Format_RGB32)

    def apply_look(self, _look: style.Look) -> None:
        """Zoom or a new theme: the colour map is the theme's."""
        if self._w1 is not None:
            self._build_image()
        self.canvas.update()

    def retranslate(self) -> None:
        self.caption.setText(self.tr(
            "Inside the network: each tile is one hidden unit's 784 weights, laid out as the 28×28 image they multiply. "
            "Orange: ink there raises the unit's input; blue: it lowers it (each tile scaled to its own largest weight)."))
        self._fit_labels()
        self.canvas.setAccessibleName(self.tr("First-layer weights of each hidden unit"))
        self.legend_texts = (self.tr("− largest |w|"), "0", self.tr("+ largest |w|"))  # the colour scale's ends
        self.canvas.update()
        self._show_activity()

    def _show_activity(self) -> None:
        units = 0 if self._w1 is None else self._w1.shape[1]
        if self._w1 is None:
            text = self.tr("No network yet.")
        elif self.activations is None:
            text = self.tr("Choose a digit to see which hidden units it switches on.")
        else:
            active = int(np.count_nonzero(self.activations > 0))
            text = fill(self.tr("For the chosen digit, %1 of %2 hidden units are active (framed: the thicker, the more "
                                "active); the ReLU switches the others off (dimmed)."), active, units)
        self.activity_label.setText(text)
        self._fit_labels()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Room for every wrapped line of the texts (a laptop-narrow view wraps them to four)."""
        width = max(self.width() - 24, 100)
        for label in (self.caption, self.activity_label):
            label.setMinimumHeight(max(label.heightForWidth(width), 0))

    def tile_rect(self, unit: int) -> QRect:
        """Where tile ``unit`` is drawn, in this widget's coordinates."""
        return self.canvas.tile_rect(unit).translated(self.canvas.pos())


def hidden_activations(w1: np.ndarray, b1: np.ndarray, digit: np.ndarray) -> np.ndarray:
    """ReLU(x·W1 + b1) for one digit (uint8 28×28 or 784 floats in [0, 1])."""
    x = as_inputs(np.asarray(digit).reshape(1, -1), np.float32)
    return np.maximum(x @ w1 + b1, 0)[0]


class _TileCanvas(QWidget):
    """The tiles, scaled to fit (a whole number of screen pixels a weight
    when there is room: crisp), the activations over them, and the colour
    scale beneath."""

    def __init__(self, view: WeightsView) -> None:
        super().__init__(view)
        self.view = view
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def _legend_height(self) -> int:
        return 2 * QFontMetrics(self.font()).height() + 4

    def _target(self) -> tuple[QRectF, float]:
        image = self.view.image
        if image is None:
            return QRectF(), 0.0
        room_w, room_h = self.width(), self.height() - self._legend_height()
        scale = min(room_w / image.width(), room_h / image.height())
        if scale >= 2:
            scale = math.floor(scale)
        scale = max(scale, 0.1)
        w, h = image.width() * scale, image.height() * scale
        return QRectF((self.width() - w) / 2, (room_h - h) / 2, w, h), scale

    def tile_rect(self, unit: int, placed: tuple[QRectF, float] | None = None) -> QRect:
        """``placed``: ``_target()`` when the caller has it (a paint asks for every tile)."""
        image = self.view.image
        if image is None:
            return QRect()
        target, scale = placed or self._target()
        _rows, columns = grid_shape(self.view._w1.shape[1])
        row, column = divmod(unit, columns)
        step = SIDE + GAP
        return QRectF(target.x() + (GAP + column * step) * scale, target.y() + (GAP + row * step) * scale,
                      SIDE * scale, SIDE * scale).toAlignedRect()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        image = self.view.image
        if image is not None:
            target, _scale = self._target()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(target, image)
            self._paint_activations(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_activations(self, painter: QPainter) -> None:
        activations = self.view.activations
        if activations is None:
            return
        dim = QColor(style.PLOT_BACKGROUND)
        dim.setAlpha(DIMMED_ALPHA)
        strongest = float(activations.max()) or 1.0
        largest_frame = style.current().size(MAX_FRAME)
        placed = self._target()  # once, not once a tile
        pen = QPen(style.INK, 1.0)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for unit, value in enumerate(activations.tolist()):
            rect = self.tile_rect(unit, placed)
            if value <= 0:
                painter.fillRect(rect, dim)
                continue
            width = max(1.0, largest_frame * value / strongest)
            pen.setWidthF(width)
            painter.setPen(pen)
            half = width / 2
            painter.drawRect(QRectF(rect).adjusted(half, half, -half, -half))

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width = min(self.width() - 8, max(200, self.width() // 2))
        top = self.height() - self._legend_height() + 2
        bar = QRect((self.width() - width) // 2, top, width, line // 2 + 2)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        theme = style.theme()
        for at, colour in ((0.0, theme.output), (0.5, theme.plot_background), (1.0, POSITIVE)):
            gradient.setColorAt(at, QColor(colour))
        painter.fillRect(bar, gradient)
        painter.setPen(QPen(style.GREY, 1))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(self.palette().windowText().color())
        texts = self.view.legend_texts
        row = QRect(bar.left() - width // 4, bar.bottom() + 1, width + width // 2, line)
        painter.drawText(row.adjusted(width // 4, 0, 0, 0), Qt.AlignmentFlag.AlignLeft, texts[0])
        painter.drawText(row, Qt.AlignmentFlag.AlignHCenter, texts[1])
        painter.drawText(row.adjusted(0, 0, -width // 4, 0), Qt.AlignmentFlag.AlignRight, texts[2])
