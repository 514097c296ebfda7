"""The explorer's three pyqtgraph plots.

Every plot item is created once and only its data changes afterwards, and
every axis range is fixed: auto-ranging re-lays out the axes on each
update, which alone cost more than a frame per slider move.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from lossviz.explorer import MAX_CLASSES, Mode, Readout
from lossviz.ui import style

#: −log(y) is drawn up to this height; a larger loss is shown at the top edge
#: with an upward triangle and its value in the label.
LOG_PLOT_TOP = 6.0


def _configure(widget: pg.PlotWidget, title: str, x_label: str, y_label: str) -> pg.PlotItem:
    """Titles, fixed ranges, and no mouse panning (a stray click in class must
    not leave a plot zoomed somewhere useless)."""
    widget.setBackground(style.PLOT_BACKGROUND)
    item = widget.getPlotItem()
    item.setTitle(title, color=style.INK, size="13pt")
    item.setLabel("bottom", x_label)
    item.setLabel("left", y_label)
    item.showGrid(x=False, y=True, alpha=0.25)
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.enableAutoRange(enable=False)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(style.pen(style.INK, 1))
        axis.setTextPen(style.INK)
        axis.enableAutoSIPrefix(False)  # no "(x0.001)" on a class axis
    return item


def _class_ticks(item: pg.PlotItem, count: int, labels: list[str] | None = None) -> None:
    names = labels or [str(i) for i in range(count)]
    item.getAxis("bottom").setTicks([[(i, names[i]) for i in range(count)]])
    item.setXRange(-0.6, count - 0.4, padding=0)


class ProbabilityPlot(pg.PlotWidget):
    """Plot 1: the output y per class as bars, the one-hot target t as
    diamonds joined by a dashed line (as the seeds' figures draw both)."""

    def __init__(self) -> None:
        super().__init__()
        item = _configure(self, self.tr("Output y against target t"), self.tr("class"), self.tr("probability"))
        item.setYRange(-0.05, 1.4, padding=0)  # the room above 1.1 is the legend's
        legend = item.addLegend(offset=(10, 2), labelTextColor=style.INK)
        self.output_bars = pg.BarGraphItem(x=np.arange(MAX_CLASSES), height=np.zeros(MAX_CLASSES), width=0.6, brush=style.BLUE, pen=style.pen(style.INK, 1))
        self.target_line = pg.PlotDataItem(
            pen=style.pen(style.ORANGE, 2.5, Qt.PenStyle.DashLine),
            symbol="d",
            symbolSize=16,
            symbolBrush=style.ORANGE,
            symbolPen=style.pen(style.INK, 1),
        )
        item.addItem(self.output_bars)
        item.addItem(self.target_line)
        legend.addItem(self.output_bars, self.tr("y (output)"))
        legend.addItem(self.target_line, self.tr("t (one-hot target)"))
        self._shown_count = -1
        self.setToolTip(self.tr("Blue bars: the network's output y for each class.\nOrange diamonds: the target t, 1 for the correct class and 0 elsewhere."))

    def show_readout(self, readout: Readout) -> None:
        count = len(readout.y)
        x = np.arange(count)
        if count != self._shown_count:
            labels = ["0", "1"] if readout.state.mode is Mode.BINARY else None
            _class_ticks(self.getPlotItem(), count, labels)
            self._shown_count = count
        self.output_bars.setOpts(x=x, height=readout.y)
        self.target_line.setData(x, readout.t)


class LogLossPlot(pg.PlotWidget):
    """Plot 2: −log(y) for y in (0, 1] with the correct class's current y
    marked, beside the squared error ½(1 − y)² of that same class."""

    def __init__(self) -> None:
        super().__init__()
        item = _configure(self, self.tr("Loss of the correct class's y"), self.tr("y of the correct class"), self.tr("loss"))
        item.setXRange(0, 1.0, padding=0.02)
        item.setYRange(0, LOG_PLOT_TOP, padding=0)
        legend = item.addLegend(offset=(-10, 4), labelTextColor=style.INK)
        y = np.linspace(np.exp(-LOG_PLOT_TOP), 1.0, 400)
        log_curve = pg.PlotDataItem(y, -np.log(y), pen=style.pen(style.BLUE, 3))
        square_curve = pg.PlotDataItem(y, 0.5 * (1 - y) ** 2, pen=style.pen(style.VERMILLION, 3, Qt.PenStyle.DashLine))
        item.addItem(log_curve)
        item.addItem(square_curve)
        legend.addItem(log_curve, self.tr("cross-entropy  −log y"))
        legend.addItem(square_curve, self.tr("squared error  ½(1 − y)²"))
        self.cursor = pg.InfiniteLine(angle=90, pen=style.pen(style.GREY, 1.5, Qt.PenStyle.DotLine))
        self.log_marker = pg.ScatterPlotItem(size=18, brush=style.ORANGE, pen=style.pen(style.INK, 1.5))
        self.square_marker = pg.ScatterPlotItem(size=15, symbol="s", brush=style.ORANGE, pen=style.pen(style.INK, 1.5))
        # The label sits in the upper right, below the legend: the curve never
        # reaches there (−log y < 0.7 for y > 0.5), so it fits any plot width.
        self.label = pg.TextItem(color=style.INK, anchor=(1, 0), fill=pg.mkBrush(255, 255, 255, 220))
        self.label.setPos(1.0, LOG_PLOT_TOP * 0.72)
        self.label.setFont(style.scaled_font(self.font(), 1.1, bold=True))
        for part in (self.cursor, self.log_marker, self.square_marker, self.label):
            item.addItem(part)
        self.setToolTip(self.tr(
            "Blue: −log y, the cross-entropy when the correct class gets probability y.\n"
            "Dashed: ½(1 − y)², that class's share of the squared error.\n"
            "Near y = 0 (confidently wrong) cross-entropy grows without bound; squared error stays below ½."
        ))

    def show_readout(self, readout: Readout) -> None:
        y = readout.y_correct
        log_loss = -np.log(y) if y > 0 else np.inf
        on_plot = log_loss <= LOG_PLOT_TOP
        shown = log_loss if on_plot else LOG_PLOT_TOP
        self.cursor.setValue(y)
        self.log_marker.setData([y], [shown], symbol="o" if on_plot else "t1")
        self.square_marker.setData([y], [0.5 * (1 - y) ** 2])
        self.label.setText(f"y = {y:.4f}\n−log y = {log_loss:.4f}" if np.isfinite(log_loss) else "y = 0\n−log y = ∞")


class GradientPlot(pg.PlotWidget):
    """Plot 3: ∂E/∂z for each logit, cross-entropy (y − t) beside squared
    error through the softmax, as solid and hatched bars."""

    def __init__(self) -> None:
        super().__init__()
        item = _configure(self, self.tr("Gradient ∂E/∂z for each logit"), self.tr("class"), self.tr("gradient"))
        item.setYRange(-1.05, 1.6, padding=0)  # the room above 1.05 is the legend's
        item.addItem(pg.InfiniteLine(pos=0, angle=0, pen=style.pen(style.INK, 1)))
        legend = item.addLegend(offset=(10, 2), labelTextColor=style.INK)
        zeros = np.zeros(MAX_CLASSES)
        self.cross_entropy_bars = pg.BarGraphItem(x=zeros, height=zeros, width=0.38, brush=style.BLUE, pen=style.pen(style.INK, 1))
        self.squared_error_bars = pg.BarGraphItem(x=zeros, height=zeros, width=0.38, brush=style.hatched(style.VERMILLION), pen=style.pen(style.VERMILLION, 2))
        item.addItem(self.cross_entropy_bars)
        item.addItem(self.squared_error_bars)
        self.legend = legend
        legend.addItem(self.cross_entropy_bars, self.tr("cross-entropy  y − t"))
        legend.addItem(self.squared_error_bars, self.tr("squared error"))
        self._shown_count = -1
        self._shown_mode: Mode | None = None
        self.setToolTip(self.tr(
            "How each logit should move to lower the loss (gradient descent moves against these bars).\n"
            "Cross-entropy with softmax: exactly y − t.\n"
            "Squared error through the softmax: y·((y − t) − Σ y(y − t)), which fades when y is near 0 or 1."
        ))

    def show_readout(self, readout: Readout) -> None:
        count = len(readout.grad_cross_entropy)
        mode = readout.state.mode
        if count != self._shown_count or mode is not self._shown_mode:
            binary = mode is Mode.BINARY
            _class_ticks(self.getPlotItem(), count, ["z"] if binary else None)
            self.getPlotItem().setLabel("bottom", self.tr("the sigmoid's logit") if binary else self.tr("class"))
            self._shown_count, self._shown_mode = count, mode
        x = np.arange(count)
        self.cross_entropy_bars.setOpts(x=x - 0.2, height=readout.grad_cross_entropy)
        self.squared_error_bars.setOpts(x=x + 0.2, height=readout.grad_squared_error)
