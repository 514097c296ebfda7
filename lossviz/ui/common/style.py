"""Colours, pens and fonts shared by the explorer's widgets.

Colours are from the Okabe–Ito palette, which stays distinguishable for
colour-blind viewers; each pairing also differs in shape (filled bars
against diamond markers, solid against dashed lines), so no meaning rests on
colour alone.
"""

import weakref
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen


@dataclass(frozen=True)
class Theme:
    """The colours of one theme.  Plot colours are Okabe–Ito in every theme."""

    key: str
    output: str  # the network's output y, cross-entropy
    target: str  # the target t, the current point
    squared: str  # squared error
    grey: str  # guide lines
    ink: str  # text and axes on the plots
    plot_background: str
    window: str  # Qt's palette: panels ...
    base: str  # ... text fields and tables
    text: str
    muted: str  # secondary text
    highlight: str
    warning_background: str
    error: str
    success: str = "#1a7f37"  # a right answer (the validation digit's)
    # Sliders (slider_style_sheet): the groove, the handle and its outline.
    groove: str = "#c8c8c8"
    handle: str = "#fafafa"
    handle_border: str = "#333333"
    #: The platform's own slider draws its groove in the window's colours,
    #: which this theme's pure black would hide: always our style sheet.
    styled_sliders: bool = False


THEMES = {
    # For projectors: washed-out rooms need dark ink on white.
    "light": Theme("light", "#0072B2", "#E69F00", "#D55E00", "#666666", "#1a1a1a", "#ffffff",
                   "#efefef", "#ffffff", "#1a1a1a", "#555555", "#308cc6", "#fff3cd", "#b00020"),
    "dark": Theme("dark", "#56B4E9", "#E69F00", "#D55E00", "#9a9a9a", "#e6e6e6", "#161616",
                  "#2b2b2b", "#1f1f1f", "#e6e6e6", "#a8a8a8", "#3a6ea5", "#5c4a12", "#ff8a80", "#7ee787"),
    # Pure black and white, the brightest Okabe–Ito colours, nothing grey.
    # The sliders: a white groove, a black handle ringed in white, yellow when it has the focus.
    "high-contrast": Theme("high-contrast", "#56B4E9", "#F0E442", "#E69F00", "#ffffff", "#ffffff", "#000000",
                           "#000000", "#000000", "#ffffff", "#ffffff", "#F0E442", "#000000", "#F0E442", "#ffffff",
                           groove="#ffffff", handle="#000000", handle_border="#ffffff", styled_sliders=True),
}

# The current theme's colours.  QColor objects are changed in place on a
# theme change, so code that keeps a reference (a dict of loss colours)
# sees the new colours; pens made from them are made again in apply_look.
BLUE = QColor()
ORANGE = QColor()
VERMILLION = QColor()
GREY = QColor()
INK = QColor()
MUTED = QColor()
WARNING_BG = QColor()
ERROR_FG = QColor()
SUCCESS_FG = QColor()
PLOT_BACKGROUND = QColor()
_theme = THEMES["light"]


def use_theme(theme: Theme) -> None:
    global _theme
    _theme = theme
    for colour, value in ((BLUE, theme.output), (ORANGE, theme.target), (VERMILLION, theme.squared), (GREY, theme.grey),
                          (INK, theme.ink), (MUTED, theme.muted), (WARNING_BG, theme.warning_background),
                          (ERROR_FG, theme.error), (SUCCESS_FG, theme.success), (PLOT_BACKGROUND, theme.plot_background)):
        colour.setRgba(QColor(value).rgba())
    for widget, (foreground, background) in list(_tinted.items()):
        if not shiboken6.isValid(widget):  # Qt deleted it (a closed window) before Python let go
            del _tinted[widget]
            continue
        _apply_tint(widget, foreground, background)


def theme() -> Theme:
    return _theme


def palette(theme: Theme) -> QPalette:
    """Qt's palette for a theme (used with the Fusion style, which follows it everywhere)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, theme.window), (roles.WindowText, theme.text), (roles.Base, theme.base),
                        (roles.AlternateBase, theme.window), (roles.Text, theme.text), (roles.Button, theme.window),
                        (roles.ButtonText, theme.text), (roles.ToolTipBase, theme.base), (roles.ToolTipText, theme.text),
                        (roles.Highlight, theme.highlight), (roles.HighlightedText, theme.base if theme.key == "high-contrast" else "#ffffff"),
                        (roles.PlaceholderText, theme.muted), (roles.Link, theme.output), (roles.BrightText, theme.error)):
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(theme.muted if theme.key != "high-contrast" else "#9a9a9a"))
    return p


_tinted: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class Look:
    """How big things are drawn: the zoom (1.0 to 2.5) scales every font,
    handle and marker; presentation mode also thickens every line, so a
    plot reads from the back of a lecture hall.

    There is one current look (``current()``); widgets read it when built
    and again in their ``apply_look`` when it changes.  ``large_values``:
    the loss values drawn larger still (presentation mode, where the screen
    has the room; by default, with ``thick``).
    """

    def __init__(self, zoom: float = 1.0, thick: bool = False, large_values: bool | None = None) -> None:
        self.zoom = zoom
        self.thick = thick
        self.large_values = thick if large_values is None else large_values

    def size(self, pixels: float) -> int:
        """A size in pixels (a marker, a handle), zoomed."""
        return round(pixels * self.zoom)

    def points(self, points: float) -> float:
        return points * self.zoom

    def line(self, width: float) -> float:
        """A line width: zoomed, and half as thick again in presentation mode."""
        return width * self.zoom * (1.5 if self.thick else 1.0)

    def __eq__(self, other) -> bool:
        return isinstance(other, Look) and (self.zoom, self.thick, self.large_values) == (other.zoom, other.thick, other.large_values)


_current = Look()


def current() -> Look:
    return _current


def set_current(look: Look) -> None:
    global _current
    _current = look


def tint(widget, foreground: QColor | None = None, background: QColor | None = None) -> None:
    """Colour a label with one of this module's colours (MUTED, ERROR_FG,
    WARNING_BG), through its palette, not a style sheet: a style-sheeted
    widget stops following its window's font, so it would not zoom.  The
    label follows theme changes."""
    _tinted[widget] = (foreground, background)
    _apply_tint(widget, foreground, background)


def _apply_tint(widget, foreground: QColor | None, background: QColor | None) -> None:
    widget.setPalette(QPalette())  # back to the application's, then the tints over it
    palette = widget.palette()
    if foreground is not None:
        palette.setColor(QPalette.ColorRole.WindowText, foreground)
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, background)
    widget.setAutoFillBackground(background is not None)
    widget.setPalette(palette)


def slider_style_sheet(look: Look) -> str:
    """Sliders with handles as large as the text beside them (zoomed), in the
    theme's colours, on every platform.  Always used: a styled slider also
    repaints in half the time of Fusion's own (ten sliders 0.67 ms against
    1.33 ms here), and a drawn digit moves all ten on every stroke segment."""
    handle, groove, border = look.size(20), look.size(6), max(2 if _theme.styled_sliders else 1, look.size(1))
    focus_border = _theme.handle_border if _theme.styled_sliders else "#000"
    return f"""
    QSlider {{ min-height: {handle + 4}px; }}
    QSlider::groove:horizontal {{ height: {groove}px; background: {_theme.groove}; border-radius: {groove // 2}px; }}
    QSlider::sub-page:horizontal {{ height: {groove}px; background: {BLUE.name()}; border-radius: {groove // 2}px; }}
    QSlider::handle:horizontal {{
        width: {handle}px; margin: -{(handle - groove) // 2}px 0; border-radius: {handle // 2}px;
        background: {_theme.handle}; border: {border}px solid {_theme.handle_border};
    }}
    QSlider::handle:horizontal:focus {{ background: {ORANGE.name()}; border: {2 * border}px solid {focus_border}; }}
    """


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


use_theme(THEMES["light"])
