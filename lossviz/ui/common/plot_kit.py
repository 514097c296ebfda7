"""The plot kit every pyqtgraph plot in the window shares: axes, titles
that shorten to fit, legends cached as pixmaps and fitted to the plot's
room, tick levels, zoom (the items drawn on the plots: plot_items).

Built for speed while a teacher drags a slider: items are made once, axis
ranges are fixed, and whatever never changes is cached as a pixmap.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsGridLayout,
    QGraphicsItem,
    QGraphicsView,
)

from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated

TITLE_POINTS = 13
#: Plot areas narrower than this (in pixels at 100%) draw their legends in
#: a smaller font: a plot always keeps the key to what it draws.
COMPACT_LEGEND_ROOM = 300
#: Legend text, as a share of the tick labels' size: normal and compact.
LEGEND_TEXT = 0.9
COMPACT_LEGEND_TEXT = 0.75
#: The smallest a legend's text becomes to fit a narrow plot.
MIN_LEGEND_TEXT = 0.6
#: A plot's data height (in pixels at 100%) under which its legend drops
#: most of its margins (tighten_legend), and the margins it keeps then.
TIGHT_LEGEND_BELOW = 160
TIGHT_LEGEND_MARGINS = (3, 2, 3, 2)
#: How opaque a legend's background is: a cursor line or a bar running
#: behind it stays visible, but no longer runs through its words.
LEGEND_BACKGROUND_ALPHA = 225
#: The most of a plot's height its legend may keep above the data
#: (top_over_legend): on a plot shorter than that the legend covers the top.
MAX_LEGEND_SHARE = 0.5
#: pyqtgraph's limits on how much of an axis second-level tick labels may
#: fill (by how many labels are drawn already): looser than its defaults,
#: so the odd class numbers stay until they would actually touch.
SECOND_LEVEL_FILL = [(0, 0.9), (2, 0.85), (4, 0.8), (6, 0.8)]
#: Pixels a class label may reach past the end of its axis (class_ticks).
CLASS_LABEL_OVERHANG = 10

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def curve(x, y, pen) -> pg.PlotDataItem:
    """A fixed, antialiased curve, drawn once into a cached pixmap."""
    item = pg.PlotDataItem(x, y, pen=pen, antialias=True)
    item.curve.setCacheMode(CACHED)
    return item


def unpin_width(label: pg.LabelItem) -> None:
    """pyqtgraph makes a label's text width its minimum width, on every
    resize: a title too long for a narrow plot would push the right of the
    plot out of sight.  The title may be cut instead (FittedTitle shortens it)."""
    pinned = label.updateMin

    def update_min() -> None:
        pinned()
        label.setMinimumWidth(0)

    label.updateMin = update_min


def configure_plot(widget: pg.PlotWidget, title: str = "", x_label: str = "", y_label: str = "",
                   title_points: float = TITLE_POINTS) -> pg.PlotItem:
    """Titles, fixed ranges, and no mouse panning (a stray click in class must
    not leave a plot zoomed somewhere useless).  The texts may come later,
    from the plot's ``retranslate()`` (``name_plot``)."""
    widget.setBackground(style.PLOT_BACKGROUND)
    # Every item restores its own painter state and draws inside its bounds.
    widget.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
    widget.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
    item = widget.getPlotItem()
    widget.setAccessibleName(title)  # its tooltip is the description (lossviz.ui.main_window)
    unpin_width(item.titleLabel)
    item.setTitle(title, color=style.INK, size=f"{style.current().points(title_points)}pt")
    item.setLabel("bottom", x_label)
    item.setLabel("left", y_label)
    item.showGrid(x=False, y=True, alpha=0.25)
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.enableAutoRange(enable=False)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTextPen(style.INK)
        axis.enableAutoSIPrefix(False)  # no "(x0.001)" on a class axis
        axis.setCacheMode(CACHED)
    zoom_plot(widget, style.current(), title_points)
    return item


def zoom_plot(widget: pg.PlotWidget, look: style.Look, title_points: float = TITLE_POINTS) -> None:
    """Fonts and axis lines of a plot at the look's size (lossviz.ui.actions.presentation)."""
    item = widget.getPlotItem()
    points = look.points(QApplication.font().pointSizeF())  # the unzoomed size: the widget's own is zoomed already
    tick_font = QFont(widget.font())
    tick_font.setPointSizeF(points)
    widget.setBackground(style.PLOT_BACKGROUND)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTextPen(style.INK)
        axis.setPen(style.pen(style.INK, look.line(1)))
        axis.setTickFont(tick_font)
        axis.setLabel(axis.labelText, **{"font-size": f"{points}pt", "color": style.INK.name()})
    # pyqtgraph sizes the left axis for the tick font it had; room for
    # "−0.5" and the rotated label at this one.
    label_font = QFont(tick_font)
    left = item.getAxis("left")
    left.setWidth(QFontMetrics(tick_font).horizontalAdvance("−0.55") + QFontMetrics(label_font).height() + look.size(6))
    item.getAxis("bottom").setHeight(QFontMetrics(tick_font).height() + QFontMetrics(label_font).height() + look.size(10))
    item.setTitle(item.titleLabel.text, color=style.INK, size=f"{look.points(title_points)}pt")
    legend = item.legend
    if legend is not None:
        background = QColor(style.PLOT_BACKGROUND)
        background.setAlpha(LEGEND_BACKGROUND_ALPHA)
        legend.setBrush(background)
        set_legend_text(legend, LEGEND_TEXT * points)


def set_legend_columns(legend: pg.LegendItem, columns: int) -> None:
    """The legend's entries in ``columns`` columns.  In a new grid: pyqtgraph's
    setColumnCount keeps the old grid's columns, and with them its old width."""
    old = legend.layout
    layout = QGraphicsGridLayout()
    layout.setVerticalSpacing(old.verticalSpacing())
    layout.setHorizontalSpacing(old.horizontalSpacing())
    layout.setContentsMargins(*old.getContentsMargins())
    for index in range(old.count() - 1, -1, -1):
        old.removeAt(index)
    legend.layout = layout
    legend.setLayout(layout)  # Qt deletes the old grid; the entries are the legend's children, kept
    legend.columnCount = columns
    legend.rowCount = 0
    for sample, label in legend.items:
        legend._addItemToLayout(sample, label)
    size_legend(legend)


def set_legend_text(legend: pg.LegendItem, points: float) -> None:
    """A legend's labels at ``points``, in the theme's ink."""
    legend.opts["labelTextSize"] = f"{points:.2f}pt"
    for _, label in legend.items:
        label.setText(label.text, size=legend.opts["labelTextSize"], color=style.INK)
    size_legend(legend)


def tighten_legend(legend: pg.LegendItem, tight: bool) -> None:
    """On a short plot the legend drops most of its margins, around it and
    around each name, so two lines of it leave the data more of the plot."""
    loose = legend.__dict__.setdefault("loose_margins", legend.layout.getContentsMargins())
    margins = TIGHT_LEGEND_MARGINS if tight else loose
    if legend.layout.getContentsMargins() != margins:
        legend.layout.setContentsMargins(*margins)
    document_margin = 1 if tight else 4  # 4: Qt's default
    for _, label in legend.items:
        document = label.item.document()
        if document.documentMargin() != document_margin:
            document.setDocumentMargin(document_margin)
            label.setText(label.text)  # measured again


def size_legend(legend: pg.LegendItem) -> None:
    """The legend as large as its entries ask.  pyqtgraph's updateSize adds
    up its entries' sizes as last laid out, which after a new text or font
    are the old ones: a legend could stay as wide as its English was."""
    hint = legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
    if abs(hint.width() - legend.width()) > 0.5 or abs(hint.height() - legend.height()) > 0.5:
        legend.setGeometry(0, 0, hint.width(), hint.height())


def cache_legend(legend: pg.LegendItem) -> None:
    """Legends never change: keep each of their items as a pixmap."""
    for child in [legend, *legend.childItems()]:
        child.setCacheMode(CACHED)
        for grandchild in child.childItems():
            grandchild.setCacheMode(CACHED)


def top_over_legend(item: pg.PlotItem, bottom: float, data_top: float, least: float, gap: float) -> float:
    """The top of a y range from ``bottom`` that keeps the legend's pixels
    (and ``gap`` pixels under it: half a marker) above ``data_top``, the
    highest a bar or marker can reach: at least ``least``, higher on a
    plot too short for that (a projector, the MNIST panel open) rather than
    let the legend cover the data.  The legend takes at most
    MAX_LEGEND_SHARE of the plot's height."""
    legend, height = item.legend, item.getViewBox().height()
    if legend is None or not legend.isVisible() or height <= 0:
        return least
    below = legend.mapRectToItem(item.getViewBox(), legend.boundingRect()).bottom() + gap
    share = min(MAX_LEGEND_SHARE, below / height)
    # (top − data_top) of the range (top − bottom) must be ``share`` of its height.
    return max(least, (data_top - share * bottom) / (1 - share))


def too_wide_for_legend(widget: pg.PlotWidget, names, room: int) -> bool:
    """Whether the widest of a legend's ``names`` would not fit a plot's
    ``room`` even in the legend's smallest text (with its sample and
    pyqtgraph's gaps): then the plot names its series more shortly."""
    look = style.current()
    font = QFont(widget.font())
    font.setPointSizeF(look.points(QApplication.font().pointSizeF()) * MIN_LEGEND_TEXT)
    widest = max(QFontMetrics(font).horizontalAdvance(name) for name in names)
    return widest + look.size(30) > room - look.size(24)


def rename_legend(legend: pg.LegendItem, names) -> None:
    """New names for a legend's entries, in the order added."""
    for (_, label), name in zip(legend.items, names):
        label.setText(name)
    size_legend(legend)


def value_ticks(item: pg.PlotItem, values) -> None:
    """Left-axis ticks only where values can be: the room kept above the
    data for the legend must not read as a probability of 1.2."""
    item.getAxis("left").setTicks([[(v, f"{v:g}") for v in values]])


def class_ticks(item: pg.PlotItem, count: int, labels: list[str] | None = None) -> None:
    names = labels or [str(i) for i in range(count)]
    # Odd classes on a second level, whose labels pyqtgraph leaves out when
    # they would run into their neighbours (a narrow plot beside the MNIST panel).
    axis = item.getAxis("bottom")
    axis.setTicks([[(i, names[i]) for i in range(0, count, 2)], [(i, names[i]) for i in range(1, count, 2)]])
    # Class 0's label may stick out a few pixels past the axis's left end
    # (into the empty corner below the value axis): pyqtgraph would drop it.
    axis.setStyle(textFillLimits=SECOND_LEVEL_FILL, hideOverlappingLabels=CLASS_LABEL_OVERHANG)
    item.setXRange(-0.6, count - 0.4, padding=0)


def name_plot(widget: pg.PlotWidget, x_label: str, y_label: str, legend_names: tuple[str, ...] = ()) -> None:
    """A plot's axis labels and legend entries (in the order added), in the
    current language: each plot's ``retranslate()`` calls this."""
    item = widget.getPlotItem()
    item.setLabel("bottom", x_label)
    item.setLabel("left", y_label)
    if item.legend is not None and legend_names:
        for (_, label), name in zip(item.legend.items, legend_names):
            label.setText(name)
        size_legend(item.legend)


def title_room(widget: pg.PlotWidget) -> int:
    """The width a plot's title has: the widget less its left axis (it is centred over the data)."""
    return widget.width() - widget.getPlotItem().getAxis("left").width() - 16


def title_width(text: str, points: float, widget: pg.PlotWidget) -> int:
    """A title's width as drawn at ``points`` (rich text's tags not counted)."""
    font = QFont(widget.font())
    font.setPointSizeF(points)
    return QFontMetrics(font).horizontalAdvance(re.sub(r"<[^>]*>", "", text))


def fitting_title(widget: pg.PlotWidget, titles: tuple[str, ...], points: float) -> str:
    """The first of ``titles`` (the longest first) that fits over the plot, else the last."""
    room = title_room(widget)
    return next((title for title in titles if title_width(title, points, widget) <= room), titles[-1])


class FittedTitle(Retranslated):
    """A plot whose title is shortened when the long one would be cut off
    (the window may share its width with the MNIST panel)."""

    titles: tuple[str, ...] = ("",)  # the longest first

    def set_titles(self, *titles: str) -> None:
        """Titles from the longest to the shortest: the first that fits is shown."""
        self.titles = titles
        self.setAccessibleName(titles[0])  # its tooltip is the description (lossviz.ui.main_window)
        self._fit_title()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def apply_look(self, look: style.Look) -> None:
        """Zoom (lossviz.ui.actions.presentation): fonts, then each plot its own lines and markers."""
        zoom_plot(self, look)
        self._fit_title()

    def _fit_title(self) -> None:
        item = self.getPlotItem()
        if item is None:  # a resize during construction
            return
        points = style.current().points(TITLE_POINTS)
        room = title_room(self)
        wanted = fitting_title(self, self.titles, points)
        if item.titleLabel.text != wanted or item.titleLabel.opts.get("size") != f"{points}pt":
            item.setTitle(wanted, color=style.INK, size=f"{points}pt")
        self._fit_legend(room)
        labels = [item.getAxis(name).labelText for name in ("bottom", "left")]
        self._fit_axes(room)
        for name, before in zip(("bottom", "left"), labels):
            axis = item.getAxis(name)
            if axis.labelText != before:
                axis.resizeEvent()  # pyqtgraph centres a new label only on the axis's next resize

    #: The legend's entries go by their short names (legend_names): the plot
    #: is too narrow or too short for the full ones (wants_short_names).
    _short_names = False

    def legend_names(self, short: bool) -> tuple[str, ...] | None:
        """The legend's entries' names, full or short; None: a plot whose
        names never change with its size (or one still being built)."""
        return None

    def wants_short_names(self, room: int) -> bool:
        """Short names where the full ones would not fit ``room`` even in
        the legend's smallest text (a narrow plot in Japanese)."""
        return too_wide_for_legend(self, self.legend_names(False), room)

    def _fit_legend(self, room: int) -> None:
        """The legend is never hidden: in a narrow plot (a laptop, the MNIST
        panel open) its entries take their short names where the full ones
        would not fit, its text is smaller, and where its entries fit side by
        side it takes one line instead of two, leaving the data its room."""
        legend = self.getPlotItem().legend
        for extra in self.extras():
            if not extra.isVisible():
                extra.setVisible(True)
        if legend is None or not legend.items:
            return
        if self.legend_names(False) is not None:
            short = self.wants_short_names(room)
            if short != self._short_names:
                self._short_names = short
                rename_legend(legend, self.legend_names(short))
        look = style.current()
        base = look.points(QApplication.font().pointSizeF())
        points = base * (LEGEND_TEXT if room >= look.size(COMPACT_LEGEND_ROOM) else COMPACT_LEGEND_TEXT)
        # Smaller still where its longest entry would not fit (a long Japanese name in a narrow plot).
        widest = max(self._entry_width(legend, sample, label) for sample, label in legend.items)
        current = float(legend.opts["labelTextSize"].removesuffix("pt"))
        text_room = room - look.size(24)
        if widest > text_room and current > 0:
            points = max(base * MIN_LEGEND_TEXT, min(points, current * text_room / widest))
        if legend.opts["labelTextSize"] != f"{points:.2f}pt":
            set_legend_text(legend, points)
        height = self.getPlotItem().getViewBox().height()
        tighten_legend(legend, 0 < height < look.size(TIGHT_LEGEND_BELOW))
        one_line = sum(self._entry_width(legend, sample, label) for sample, label in legend.items)
        columns = len(legend.items) if one_line <= text_room else 1
        if legend.columnCount != columns:
            set_legend_columns(legend, columns)
        size_legend(legend)

    @staticmethod
    def _entry_width(legend: pg.LegendItem, sample, label) -> float:
        """One legend entry as drawn: its sample, its words and pyqtgraph's gaps."""
        words = max(label.minimumWidth(), label.item.boundingRect().width())
        return sample.boundingRect().width() + words + 2 * legend.layout.horizontalSpacing() + 6

    def _fit_axes(self, room: int) -> None:
        """Ticks for a plot of this width (a plot with ticks of its own)."""

    def extras(self) -> list:
        """The keys and read-outs drawn over the data: shown at every width."""
        legend = self.getPlotItem().legend
        return [legend] if legend is not None else []
