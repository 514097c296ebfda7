"""A 28 × 28 MNIST image shown large with crisp pixels: what the network
reads, light ink on black, each pixel a square (no smoothing)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from lossviz.ui.common import style

SIDE = 28


class PixelView(QWidget):
    """Interface: ``show_image(image28)``; ``image()`` the one shown."""

    def __init__(self, scale: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        # One image, its pixels overwritten by each new drawing: nothing
        # allocated per stroke.  Kept as 32-bit RGB, which Qt scales onto
        # the screen directly (a grey image is converted on every paint).
        self._pixels = np.zeros((SIDE, SIDE), np.uint8)
        self._rgb = np.full((SIDE, SIDE), 0xFF000000, np.uint32)
        self._picture = QImage(self._rgb.data, SIDE, SIDE, SIDE * 4, QImage.Format.Format_RGB32)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills its whole square
        self.apply_look(style.current())

    def image(self) -> np.ndarray:
        return self._pixels.copy()

    def show_image(self, image28: np.ndarray) -> None:
        if not np.array_equal(image28, self._pixels):
            self._pixels[...] = image28
            grey = self._pixels.astype(np.uint32)
            np.bitwise_or(0xFF000000, grey * 0x010101, out=self._rgb)
            self.update()

    def apply_look(self, look: style.Look) -> None:
        self.setFixedSize(self.sizeHint() if look is None else QSize(*(2 * [SIDE * max(1, round(self.scale * look.zoom))])))

    def sizeHint(self) -> QSize:
        return QSize(SIDE * self.scale, SIDE * self.scale)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        # Whole pixels only: each of the 28 is the same size, and sharp.
        cell = max(1, min(self.width(), self.height()) // SIDE)
        painter.drawImage(QRect(0, 0, cell * SIDE, cell * SIDE), self._picture)
        painter.end()
