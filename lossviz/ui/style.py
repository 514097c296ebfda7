"""Colours, pens and fonts shared by the explorer's widgets.

Colours are from the Okabe–Ito palette, which stays distinguishable for
colour-blind viewers; each pairing also differs in shape (filled bars
against diamond markers, solid against dashed lines), so no meaning rests on
colour alone.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

BLUE = QColor("#0072B2")  # the network's output y, cross-entropy
ORANGE = QColor("#E69F00")  # the target t, the current point
VERMILLION = QColor("#D55E00")  # squared error
GREY = QColor("#666666")
INK = QColor("#1a1a1a")
WARNING_BG = "#fff3cd"
ERROR_FG = "#b00020"

PLOT_BACKGROUND = "w"


def pen(color: QColor, width: float = 3.0, style=Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(color)
    p.setWidthF(width)
    p.setStyle(style)
    p.setCosmetic(True)
    return p


def hatched(color: QColor) -> QBrush:
    return QBrush(color, Qt.BrushStyle.BDiagPattern)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font
