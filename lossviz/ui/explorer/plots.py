"""The explorer's three pyqtgraph plots.

Drawn for speed while a teacher drags a slider (tests/benchmarks/
bench_slider_latency.py): every plot item is created once and only its data
changes; every axis range is fixed (auto-ranging re-lays out the axes on
each update); axes and the curves that never change are cached as pixmaps,
since anything drawn under a moving item is otherwise redrawn with it (the
grid makes each left axis span its whole plot); and items whose data did not
change are not touched.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsView,
)

from lossviz.explorer import MAX_CLASSES, Mode, Readout
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated

#: −log(y) is drawn up to this height; a larger loss is shown at the top edge
#: with an upward triangle and its value in the label.
LOG_PLOT_TOP = 6.0
TITLE_POINTS = 13
#: Plot areas narrower than this (in pixels at 100%) hide their legends.
MIN_LEGEND_ROOM = 230
#: pyqtgraph's limits on how much of an axis second-level tick labels may
#: fill (by how many labels are drawn already): looser than its defaults,
#: so the odd class numbers stay until they would actually touch.
SECOND_LEVEL_FILL = [(0, 0.9), (2, 0.85), (4, 0.8), (6, 0.8)]
#: Pixels a class label may reach past the end of its axis (_class_ticks).
CLASS_LABEL_OVERHANG = 10

_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _curve(x, y, pen) -> pg.PlotDataItem:
    """A fixed, antialiased curve, drawn once into a cached pixmap."""
    item = pg.PlotDataItem(x, y, pen=pen, antialias=True)
    item.curve.setCacheMode(_CACHED)
    return item


def _marker(shape: QGraphicsItem, brush, pen) -> QGraphicsItem:
    """A marker of a fixed size in pixels, moved with setPos.  A plain Qt
    item: pyqtgraph's ScatterPlotItem recomputes its bounds in Python on
    every repaint, which cost more than drawing the whole plot."""
    shape.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    shape.setBrush(brush)
    shape.setPen(pen)
    shape.setZValue(10)
    return shape


def _circle(size: float) -> QGraphicsEllipseItem:
    return QGraphicsEllipseItem(-size / 2, -size / 2, size, size)


def _square(size: float) -> QGraphicsRectItem:
    return QGraphicsRectItem(-size / 2, -size / 2, size, size)


def _up_triangle(size: float) -> QGraphicsPolygonItem:
    # Screen y grows downwards; this item ignores the view's flip.
    h = size / 2
    return QGraphicsPolygonItem(QPolygonF([QPointF(0, -h), QPointF(h, h), QPointF(-h, h)]))


class FixedBoundsBars(pg.BarGraphItem):
    """Bars whose bounds are given once: the plot's fixed range.  pyqtgraph
    otherwise recomputes them in Python on every repaint of anything nearby."""

    def __init__(self, bounds: QRectF, **options) -> None:
        super().__init__(**options)
        self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds


def _unpin_width(label: pg.LabelItem) -> None:
    """pyqtgraph makes a label's text width its minimum width, on every
    resize: a title too long for a narrow plot would push the right of the
    plot out of sight.  The title may be cut instead (_FittedTitle shortens it)."""
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
    _unpin_width(item.titleLabel)
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
        axis.setCacheMode(_CACHED)
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
    left.setWidth(QFontMetrics(tick_font).horizontalAdvance("−0.55") + QFontMetrics(label_font).height() + look.size(12))
    item.getAxis("bottom").setHeight(QFontMetrics(tick_font).height() + QFontMetrics(label_font).height() + look.size(10))
    item.setTitle(item.titleLabel.text, color=style.INK, size=f"{look.points(title_points)}pt")
    legend = item.legend
    if legend is not None:
        legend.opts["labelTextSize"] = f"{0.9 * points}pt"
        for _, label in legend.items:
            label.setText(label.text, size=legend.opts["labelTextSize"], color=style.INK)
        legend.updateSize()


def _cache_legend(legend: pg.LegendItem) -> None:
    """Legends never change: keep each of their items as a pixmap."""
    for child in [legend, *legend.childItems()]:
        child.setCacheMode(_CACHED)
        for grandchild in child.childItems():
            grandchild.setCacheMode(_CACHED)


def _value_ticks(item: pg.PlotItem, values) -> None:
    """Left-axis ticks only where values can be: the room kept above the
    data for the legend must not read as a probability of 1.2."""
    item.getAxis("left").setTicks([[(v, f"{v:g}") for v in values]])


def _class_ticks(item: pg.PlotItem, count: int, labels: list[str] | None = None) -> None:
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
        item.legend.updateSize()


class _FittedTitle(Retranslated):
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
        font = QFont(self.font())
        font.setPointSizeF(points)
        # The title is centred over the plot area: the widget less its left axis.
        room = self.width() - item.getAxis("left").width() - 16
        metrics = QFontMetrics(font)
        wanted = next((title for title in self.titles if metrics.horizontalAdvance(title) <= room), self.titles[-1])
        if item.titleLabel.text != wanted or item.titleLabel.opts.get("size") != f"{points}pt":
            item.setTitle(wanted, color=style.INK, size=f"{points}pt")
        # Too narrow for its legend (a laptop with the MNIST panel open): the
        # legend would cover the data; the tooltip and the read-out still explain.
        roomy = room >= style.current().size(MIN_LEGEND_ROOM)
        for extra in self.extras():
            if extra.isVisible() != roomy:
                extra.setVisible(roomy)
        self._fit_axes(room)

    def _fit_axes(self, room: int) -> None:
        """Ticks for a plot of this width (a plot with ticks of its own)."""

    def extras(self) -> list:
        """What is hidden when the plot is narrow."""
        legend = self.getPlotItem().legend
        return [legend] if legend is not None else []


class ProbabilityPlot(_FittedTitle, pg.PlotWidget):
    """Plot 1: the output y per class as bars, the one-hot target t as
    diamonds joined by a dashed line (as the seeds' figures draw both)."""

    def __init__(self) -> None:
        super().__init__()
        item = configure_plot(self)
        item.setYRange(-0.05, 1.4, padding=0)  # the room above 1.1 is the legend's
        _value_ticks(item, (0, 0.2, 0.4, 0.6, 0.8, 1.0))
        legend = item.addLegend(offset=(10, 2), labelTextColor=style.INK)
        self.output_bars = FixedBoundsBars(
            QRectF(-1, -0.05, MAX_CLASSES + 1, 1.2),  # x: every class; y: probabilities 0..1 (typed ones too)
            x=np.arange(MAX_CLASSES),
            height=np.zeros(MAX_CLASSES),
            width=0.6,
            brush=style.BLUE,
            pen=style.pen(style.INK, 1),
        )
        self.target_line = pg.PlotDataItem(
            antialias=True,
            pen=style.pen(style.ORANGE, 2.5, Qt.PenStyle.DashLine),
            symbol="d",
            symbolSize=16,
            symbolBrush=style.ORANGE,
            symbolPen=style.pen(style.INK, 1),
        )
        self.target_line.curve.setCacheMode(_CACHED)
        self.target_line.scatter.setCacheMode(_CACHED)
        item.addItem(self.output_bars)
        item.addItem(self.target_line)
        legend.addItem(self.output_bars, "")
        legend.addItem(self.target_line, "")
        _cache_legend(legend)
        self._shown_count = -1
        self._shown_target: tuple | None = None
        self.retranslate()
        self.apply_look(style.current())

    def retranslate(self) -> None:
        name_plot(self, self.tr("class"), self.tr("probability"), (self.tr("y (output)"), self.tr("t (one-hot target)")))
        self.setToolTip(self.tr("Blue bars: the network's output y for each class.\n"
                                "Orange diamonds: the target t, 1 for the correct class and 0 elsewhere."))
        self.set_titles(self.tr("Output y against target t"), self.tr("y against t"), "y, t")

    def apply_look(self, look: style.Look) -> None:
        super().apply_look(look)
        self.output_bars.setOpts(pen=style.pen(style.INK, look.line(1)), brush=QColor(style.BLUE))
        self.target_line.setPen(style.pen(style.ORANGE, look.line(2.5), Qt.PenStyle.DashLine))
        self.target_line.setSymbolBrush(QColor(style.ORANGE))
        self.target_line.setSymbolSize(look.size(16))
        self.target_line.setSymbolPen(style.pen(style.INK, look.line(1)))

    def show_readout(self, readout: Readout) -> None:
        count = len(readout.y)
        x = np.arange(count)
        if count != self._shown_count:
            labels = ["0", "1"] if readout.state.mode is Mode.BINARY else None
            _class_ticks(self.getPlotItem(), count, labels)
            self._shown_count = count
        self.output_bars.setOpts(x=x, height=readout.y)
        target = (count, readout.state.target)
        if target != self._shown_target:  # a slider move never changes t
            self.target_line.setData(x, readout.t)
            self._shown_target = target


class LogLossPlot(_FittedTitle, pg.PlotWidget):
    """Plot 2: −log(y) for y in (0, 1] with the correct class's current y
    marked, beside the squared error ½(1 − y)² of that same class."""

    #: Below this width (zoomed) the x axis shows 0.5 alone: 0.2, 0.4, 0.6
    #: and 0.8 would run into each other.
    MIN_FIFTHS_ROOM = 150

    def _fit_axes(self, room: int) -> None:
        # "y of the correct class" is wider than the plot beside the MNIST
        # panel on a laptop: then just "y" (the title names the class).
        axis = self.getPlotItem().getAxis("bottom")
        long = self.tr("y of the correct class")
        font = QFont(self.font())
        font.setPointSizeF(style.current().points(QApplication.font().pointSizeF()))
        wanted = long if QFontMetrics(font).horizontalAdvance(long) <= room else "y"
        if axis.labelText != wanted:
            axis.setLabel(wanted, **axis.labelStyle)
        fifths = room >= style.current().size(self.MIN_FIFTHS_ROOM)
        ticks = (0, 0.2, 0.4, 0.6, 0.8, 1) if fifths else (0.5,)
        if ticks != getattr(self, "_x_ticks", None):
            self._x_ticks = ticks
            # The other tenths on a second level, which pyqtgraph leaves out where they would collide.
            minor = [v / 10 for v in range(1, 10) if round(v / 10, 1) not in ticks]
            axis = self.getPlotItem().getAxis("bottom")
            axis.setTicks([[(v, f"{v:g}") for v in ticks], [(v, f"{v:g}") for v in minor]])
            axis.setStyle(textFillLimits=SECOND_LEVEL_FILL)

    def __init__(self) -> None:
        super().__init__()
        item = configure_plot(self)
        item.setXRange(0, 1.0, padding=0.02)
        self._x_ticks: tuple | None = None  # chosen for the plot's width: _fit_axes
        item.setYRange(0, LOG_PLOT_TOP, padding=0)
        legend = item.addLegend(offset=(-10, 4), labelTextColor=style.INK)
        y = np.linspace(np.exp(-LOG_PLOT_TOP), 1.0, 400)
        self.log_curve = log_curve = _curve(y, -np.log(y), style.pen(style.BLUE, 3))
        self.square_curve = square_curve = _curve(y, 0.5 * (1 - y) ** 2, style.pen(style.VERMILLION, 3, Qt.PenStyle.DashLine))
        item.addItem(log_curve)
        item.addItem(square_curve)
        legend.addItem(log_curve, "")
        legend.addItem(square_curve, "")
        _cache_legend(legend)
        # A plain Qt line (pyqtgraph's InfiniteLine paints in Python), moved with setPos.
        self.cursor = QGraphicsLineItem(0, 0, 0, LOG_PLOT_TOP)
        self.cursor.setPen(style.pen(style.GREY, 1.5, Qt.PenStyle.DotLine))
        marker_pen = style.pen(style.INK, 1.5)
        self.log_marker = _marker(_circle(18), style.ORANGE, marker_pen)
        # When −log y is above the plot, an arrow at the top edge instead.
        self.off_plot_marker = _marker(_up_triangle(18), style.ORANGE, marker_pen)
        self.off_plot_marker.hide()
        self.square_marker = _marker(_square(15), style.ORANGE, marker_pen)
        # The label sits in the upper right, below the legend: the curve never
        # reaches there (−log y < 0.7 for y > 0.5), so it fits any plot width.
        self.label = pg.TextItem(color=style.INK, anchor=(1, 0))  # no fill: only grid lines run there
        self.label.setPos(1.0, LOG_PLOT_TOP * 0.72)
        self.label.setFont(style.scaled_font(self.font(), 1.1, bold=True))
        for part in (self.cursor, self.log_marker, self.off_plot_marker, self.square_marker, self.label):
            item.addItem(part)
        self.retranslate()
        self.apply_look(style.current())

    def retranslate(self) -> None:
        name_plot(self, self.tr("y of the correct class"), self.tr("loss"),
                  (self.tr("cross-entropy  −log y"), self.tr("squared error  ½(1 − y)²")))
        self.set_titles(self.tr("Loss of the correct class's y"), self.tr("Loss of its y"), self.tr("Loss"))
        self.setToolTip(self.tr(
            "Blue: −log y, the cross-entropy when the correct class gets probability y.\n"
            "Dashed: ½(1 − y)², that class's share of the squared error.\n"
            "Near y = 0 (confidently wrong) cross-entropy grows without bound; squared error stays below ½."
        ))

    def extras(self) -> list:
        label = self.__dict__.get("label")  # None while the plot is being built
        return [*super().extras(), *([label] if label is not None else [])]

    def apply_look(self, look: style.Look) -> None:
        super().apply_look(look)
        self.log_curve.setPen(style.pen(style.BLUE, look.line(3)))
        self.square_curve.setPen(style.pen(style.VERMILLION, look.line(3), Qt.PenStyle.DashLine))
        self.cursor.setPen(style.pen(style.GREY, look.line(1.5), Qt.PenStyle.DotLine))
        marker_pen = style.pen(style.INK, look.line(1.5))
        circle, square = look.size(18), look.size(15)
        self.log_marker.setRect(-circle / 2, -circle / 2, circle, circle)
        self.square_marker.setRect(-square / 2, -square / 2, square, square)
        self.off_plot_marker.setPolygon(_up_triangle(circle).polygon())
        for marker in (self.log_marker, self.off_plot_marker, self.square_marker):
            marker.setPen(marker_pen)
            marker.setBrush(QColor(style.ORANGE))
        self.label.setColor(QColor(style.INK))
        self.label.setFont(style.scaled_font(self.font(), 1.1, bold=True))  # the plot's font is zoomed already

    def show_readout(self, readout: Readout) -> None:
        y = readout.y_correct
        log_loss = float(-np.log(y)) if y > 0 else float("inf")
        on_plot = log_loss <= LOG_PLOT_TOP
        shown = log_loss if on_plot else LOG_PLOT_TOP
        self.cursor.setPos(y, 0)
        if on_plot != self.log_marker.isVisible():
            self.log_marker.setVisible(on_plot)
            self.off_plot_marker.setVisible(not on_plot)
        (self.log_marker if on_plot else self.off_plot_marker).setPos(y, shown)
        self.square_marker.setPos(y, 0.5 * (1 - y) ** 2)
        self.label.setText(f"y = {y:.4f}\n−log y = {log_loss:.4f}" if log_loss != float("inf") else "y = 0\n−log y = ∞")


class GradientPlot(_FittedTitle, pg.PlotWidget):
    """Plot 3: ∂E/∂z for each logit, cross-entropy (y − t) beside squared
    error through the softmax, as solid and hatched bars."""

    def __init__(self) -> None:
        super().__init__()
        item = configure_plot(self)
        item.setYRange(-1.05, 1.6, padding=0)  # the room above 1.05 is the legend's
        _value_ticks(item, (-1, -0.5, 0, 0.5, 1))
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=style.pen(style.INK, 1))
        item.addItem(self.zero_line)
        legend = item.addLegend(offset=(10, 2), labelTextColor=style.INK)
        zeros = np.zeros(MAX_CLASSES)
        bounds = QRectF(-1, -1.05, MAX_CLASSES + 1, 2.1)  # gradients of softmax losses lie in [−1, 1]
        self.cross_entropy_bars = FixedBoundsBars(bounds, x=zeros, height=zeros, width=0.38, brush=style.BLUE, pen=style.pen(style.INK, 1))
        self.squared_error_bars = FixedBoundsBars(
            bounds, x=zeros, height=zeros, width=0.38, brush=style.hatched(style.VERMILLION), pen=style.pen(style.VERMILLION, 2)
        )
        item.addItem(self.cross_entropy_bars)
        item.addItem(self.squared_error_bars)
        self.legend = legend
        legend.addItem(self.cross_entropy_bars, "")
        legend.addItem(self.squared_error_bars, "")
        _cache_legend(legend)
        self._shown_count = -1
        self._shown_mode: Mode | None = None
        self.retranslate()
        self.apply_look(style.current())

    def _x_label(self) -> str:
        return self.tr("the sigmoid's logit") if self._shown_mode is Mode.BINARY else self.tr("class")

    def retranslate(self) -> None:
        name_plot(self, self._x_label(), self.tr("gradient"), (self.tr("cross-entropy  y − t"), self.tr("squared error")))
        self.set_titles(self.tr("Gradient ∂E/∂z for each logit"), self.tr("Gradient ∂E/∂z"), "∂E/∂z")
        self.setToolTip(self.tr(
            "How each logit should move to lower the loss (gradient descent moves against these bars).\n"
            "Cross-entropy with softmax: exactly y − t.\n"
            "Squared error through the softmax: y·((y − t) − Σ y(y − t)), which fades when y is near 0 or 1."
        ))

    def apply_look(self, look: style.Look) -> None:
        super().apply_look(look)
        self.cross_entropy_bars.setOpts(pen=style.pen(style.INK, look.line(1)), brush=QColor(style.BLUE))
        self.squared_error_bars.setOpts(pen=style.pen(style.VERMILLION, look.line(2)), brush=style.hatched(style.VERMILLION))
        self.zero_line.setPen(style.pen(style.INK, look.line(1)))

    def show_readout(self, readout: Readout) -> None:
        count = len(readout.grad_cross_entropy)
        mode = readout.state.mode
        if count != self._shown_count or mode is not self._shown_mode:
            binary = mode is Mode.BINARY
            _class_ticks(self.getPlotItem(), count, ["z"] if binary else None)
            self._shown_count, self._shown_mode = count, mode
            self.getPlotItem().setLabel("bottom", self._x_label())
        x = np.arange(count)
        self.cross_entropy_bars.setOpts(x=x - 0.2, height=readout.grad_cross_entropy)
        self.squared_error_bars.setOpts(x=x + 0.2, height=readout.grad_squared_error)
