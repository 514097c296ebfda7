"""Plot 1 of the explorer: the output y per class as bars against the
one-hot target t (drawn for speed as the others: ``lossviz.ui.explorer.plots``)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from lossviz.explorer import MAX_CLASSES, NO_SMOOTHING, NO_TEMPERATURE, Mode, Readout
from lossviz.ui.common import style
from lossviz.ui.common.i18n import fill
from lossviz.ui.common.plot_items import FixedBoundsBars
from lossviz.ui.common.plot_kit import (
    CACHED,
    FittedTitle,
    cache_legend,
    class_ticks,
    configure_plot,
    name_plot,
    top_over_legend,
    value_ticks,
)
from lossviz.ui.explorer.plot_note import CoveredForRegression, PlotNote

#: The probability plot's top where its legend fits above the data: the room above 1.1 is the legend's.
PROBABILITY_TOP = 1.4
PROBABILITY_TICKS = (0, 0.2, 0.4, 0.6, 0.8, 1.0)
#: A plot's data height (at 100%) under which the output plot's legend names y and t alone.
SHORT_PLOT = 120


class ProbabilityPlot(CoveredForRegression, FittedTitle, pg.PlotWidget):
    """Plot 1: the output y per class as bars, the one-hot target t as
    diamonds joined by a dashed line (as the seeds' figures draw both)."""

    #: The y range's top and its ticks (class attributes: the first resize comes before __init__ ends).
    _top = PROBABILITY_TOP
    _ticks = PROBABILITY_TICKS

    def __init__(self) -> None:
        super().__init__()
        item = configure_plot(self)
        item.setYRange(-0.05, self._top, padding=0)  # the room above 1.1 is the legend's (_fit_top)
        value_ticks(item, self._ticks)
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
        self.target_line.curve.setCacheMode(CACHED)
        self.target_line.scatter.setCacheMode(CACHED)
        item.addItem(self.output_bars)
        item.addItem(self.target_line)
        legend.addItem(self.output_bars, "")
        legend.addItem(self.target_line, "")
        cache_legend(legend)
        # The legend's room is known once the view box has its size: after a resize's layout, not during it.
        item.getViewBox().sigResized.connect(lambda _box: self._fit_title())  # the legend, then the top
        self.note = PlotNote(self)
        self._shown_count = -1
        self._shown_target: tuple | None = None
        self._lecture = (NO_TEMPERATURE, NO_SMOOTHING)  # T and ε the legend names
        self.retranslate()
        self.apply_look(style.current())

    def legend_names(self, short: bool) -> tuple[str, str]:
        if short:  # a short plot: "y" and "t" side by side, which the title names
            return "y", "t"
        temperature, epsilon = self._lecture
        y = (fill(self.tr("y = softmax(z / %1)"), f"{temperature:g}") if temperature != NO_TEMPERATURE
             else self.tr("y (output)"))
        t = fill(self.tr("t (smoothed, ε = %1)"), f"{epsilon:g}") if epsilon != NO_SMOOTHING else self.tr("t (one-hot target)")
        return y, t

    def retranslate(self) -> None:
        name_plot(self, self.tr("class"), self.tr("probability"), self.legend_names(self._short_names))
        self.setToolTip(self.tr("Blue bars: the network's output y for each class.\n"
                                "Orange diamonds: the target t, 1 for the correct class and 0 elsewhere."))
        self.set_titles(self.tr("Output y against target t"), self.tr("y against t"), "y, t")
        if self.covered:
            self.cover_for_regression(True)

    def data_items(self) -> list:
        return []  # in the legend: emptied (cover_for_regression), not hidden, or its sample shows "hidden"

    def _fit_legend(self, room: int) -> None:
        super()._fit_legend(room)
        self._fit_top()

    def wants_short_names(self, room: int) -> bool:
        """On a short plot (presenting beside the panel's wide pages) the
        legend says "y" and "t" on one line, so it stays above the data."""
        return 0 < self.getPlotItem().getViewBox().height() < style.current().size(SHORT_PLOT)

    def _fit_top(self) -> None:
        """1.4 as the top, the room above 1.1 the legend's; higher on a plot
        too short for its lines, so it never covers a bar of 1 or the target's diamond."""
        item = self.getPlotItem()
        if item is None or item.legend is None:  # a resize while the plot is being built
            return
        top = top_over_legend(item, -0.05, 1.0, PROBABILITY_TOP, style.current().size(16) / 2 + 2)
        # Tenths in fifths where their labels have the room, else 0, 0.5 and 1 alone.
        fifth = 0.2 * item.getViewBox().height() / (top + 0.05)
        ticks = PROBABILITY_TICKS if fifth >= 1.2 * self.fontMetrics().height() else (0, 0.5, 1.0)
        if (top, ticks) != (self._top, self._ticks):
            self._top, self._ticks = top, ticks
            item.setYRange(-0.05, top, padding=0)
            value_ticks(item, ticks)

    def cover_for_regression(self, covered: bool) -> None:
        super().cover_for_regression(covered)
        if covered:
            self.output_bars.setOpts(x=np.full(MAX_CLASSES, -100.0), height=np.zeros(MAX_CLASSES))  # off the plot
            self.target_line.setData([], [])
            self._shown_target = None

    def apply_look(self, look: style.Look) -> None:
        super().apply_look(look)
        self.output_bars.setOpts(pen=style.pen(style.INK, look.line(1)), brush=QColor(style.BLUE))
        self.target_line.setPen(style.pen(style.ORANGE, look.line(2.5), Qt.PenStyle.DashLine))
        self.target_line.setSymbolBrush(QColor(style.ORANGE))
        self.target_line.setSymbolSize(look.size(16))
        self.target_line.setSymbolPen(style.pen(style.INK, look.line(1)))
        self.note.apply_look()

    def show_readout(self, readout: Readout) -> None:
        if self.covered:
            self.cover_for_regression(False)
        count = len(readout.y)
        x = np.arange(count)
        if count != self._shown_count:
            labels = ["0", "1"] if readout.state.mode is Mode.BINARY else None
            class_ticks(self.getPlotItem(), count, labels)
            self._shown_count = count
        self.output_bars.setOpts(x=x, height=readout.y)
        state = readout.state
        lecture = (state.softmax_temperature, state.label_smoothing)
        if lecture != self._lecture:  # T or ε changed: the legend says what y and t are
            self._lecture = lecture
            self.retranslate()
            self._fit_title()
        target = (count, state.target, lecture[1])
        if target != self._shown_target:  # a slider move never changes t
            self.target_line.setData(x, readout.t)
            self._shown_target = target
