"""Colours, pens and fonts shared by the explorer's widgets.

Colours are from the Okabe–Ito palette, which stays distinguishable for
colour-blind viewers; each pairing also differs in shape (filled bars
against diamond markers, solid against dashed lines), so no meaning rests on
colour alone.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen

BLUE = QColor("#0072B2")  # the network's output y, cross-entropy
ORANGE = QColor("#E69F00")  # the target t, the current point
VERMILLION = QColor("#D55E00")  # squared error
GREY = QColor("#666666")
INK = QColor("#1a1a1a")
WARNING_BG = "#fff3cd"
ERROR_FG = "#b00020"

PLOT_BACKGROUND = "w"


class Look:
    """How big things are drawn: the zoom (1.0 to 2.5) scales every font,
    handle and marker; presentation mode also thickens every line, so a
    plot reads from the back of a lecture hall.

    There is one current look (``current()``); widgets read it when built
    and again in their ``apply_look`` when it changes.
    """

    def __init__(self, zoom: float = 1.0, thick: bool = False) -> None:
        self.zoom = zoom
        self.thick = thick

    def size(self, pixels: float) -> int:
        """A size in pixels (a marker, a handle), zoomed."""
        return round(pixels * self.zoom)

    def points(self, points: float) -> float:
        return points * self.zoom

    def line(self, width: float) -> float:
        """A line width: zoomed, and half as thick again in presentation mode."""
        return width * self.zoom * (1.5 if self.thick else 1.0)

    def __eq__(self, other) -> bool:
        return isinstance(other, Look) and (self.zoom, self.thick) == (other.zoom, other.thick)


_current = Look()


def current() -> Look:
    return _current


def set_current(look: Look) -> None:
    global _current
    _current = look


def tint(widget, foreground: str | QColor | None = None, background: str | QColor | None = None) -> None:
    """Colour a label through its palette, not a style sheet: a style-sheeted
    widget stops following its window's font, so it would not zoom."""
    palette = widget.palette()
    if foreground is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
    widget.setAutoFillBackground(background is not None)
    widget.setPalette(palette)


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
