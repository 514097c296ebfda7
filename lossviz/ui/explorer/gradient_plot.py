"""Plot 3 of the explorer: the gradient ∂E/∂z of each logit, one bar series
per loss shown: cross-entropy and the squared error always, KL divergence,
the focal loss and the multi-class hinge when turned on.

Drawn for speed as the other plots (``lossviz.ui.explorer.plots``): bars
created once, only their data changes; the range changes only with the
temperature (gradients at T carry 1/T, so T < 1 makes them larger).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor

from lossviz.explorer import MAX_CLASSES, MORE_LOSS_KEYS, NO_TEMPERATURE, Mode, Readout
from lossviz.ui.common import style
from lossviz.ui.common.i18n import fill
from lossviz.ui.common.plot_items import FixedBoundsBars
from lossviz.ui.common.plot_kit import (
    FittedTitle,
    cache_legend,
    class_ticks,
    configure_plot,
    name_plot,
    set_legend_columns,
    top_over_legend,
    value_ticks,
)
from lossviz.ui.explorer.plot_note import CoveredForRegression, PlotNote

#: The share of a class's width its bars take together.
BARS_WIDTH = 0.8
#: The plot's top above the bars, as a share of their reach: room for a
#: legend of one line (the seeds' two losses).
LEGEND_TOP = 1.6


def legend_in_columns(plot: FittedTitle, room: int) -> int:
    """A legend of more than the seeds' two entries in as many columns (up
    to 3) as fit the plot's ``room``, where FittedTitle would give it one
    line each; how many lines it then takes."""
    legend = plot.getPlotItem().legend
    if legend is None or len(legend.items) <= 2:  # None: a resize while the plot is being built
        return 1
    count = len(legend.items)
    if legend.columnCount == 1:
        widths = [plot._entry_width(legend, sample, label) for sample, label in legend.items]
        text_room = room - style.current().size(24)
        columns = next((c for c in (3, 2) if sum(max(widths[j::c]) for j in range(c)) <= text_room), 1)
        if columns > 1:
            set_legend_columns(legend, columns)
    return math.ceil(count / legend.columnCount)


#: The reaches the gradient plot takes, the least that holds the bars.
REACHES = (0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 10.0)


def gradient_range(temperature: float, hinge: bool = False) -> float:
    """The largest |∂E/∂z| the softmax losses' bars reach at temperature T,
    |y − t| / T ≤ 1/T, rounded up to a tidy value; at least 1 with the hinge,
    whose gradients (1 per wrong class within the margin) do not scale with T."""
    needed = max(1.0 / temperature, 1.0 if hinge else 0.0)
    return next(reach for reach in REACHES if reach >= needed - 1e-12)


class GradientPlot(CoveredForRegression, FittedTitle, pg.PlotWidget):
    """Plot 3: ∂E/∂z for each logit, cross-entropy (y − t) beside squared
    error through the softmax, as solid and hatched bars; the more losses
    turned on beside them, each in its own look, in the legend only while shown."""

    # A class attribute: the first resize, which fits the legend, comes before __init__ ends.
    _range = 1.0

    def __init__(self) -> None:
        super().__init__()
        item = configure_plot(self)
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=style.pen(style.INK, 1))
        item.addItem(self.zero_line)
        self.legend = item.addLegend(offset=(10, 2), labelTextColor=style.INK)
        zeros = np.zeros(MAX_CLASSES)
        bounds = QRectF(-1, -1.05, MAX_CLASSES + 1, 2.1)  # gradients of softmax losses lie in [−1, 1] / T
        self.cross_entropy_bars = FixedBoundsBars(bounds, x=zeros, height=zeros, width=0.38)
        self.squared_error_bars = FixedBoundsBars(bounds, x=zeros, height=zeros, width=0.38)
        #: The more losses' bars by key, off the plot until turned on.
        self.more_bars = {key: FixedBoundsBars(bounds, x=np.full(MAX_CLASSES, -100.0), height=zeros, width=0.2) for key in MORE_LOSS_KEYS}
        for bars in (self.cross_entropy_bars, self.squared_error_bars, *self.more_bars.values()):
            item.addItem(bars)
        #: The hinge's correct-class bar may reach −(K − 1): cut at the plot's edge, its value written there.
        self.cut_label = pg.TextItem(anchor=(0.5, 1))
        self.cut_label.setZValue(20)
        self.cut_label.hide()
        item.addItem(self.cut_label, ignoreBounds=True)
        self.note = PlotNote(self)
        self._shown_count = -1
        self._shown_mode: Mode | None = None
        self._readout: Readout | None = None
        self._undefined = False  # the bars hidden: a typed vector without logits
        self._shown_keys: tuple[str, ...] = ()  # the more losses drawn
        self._range = 0.0
        self._series_key: tuple | None = None  # what the legend and the range were made for
        self._set_range(1.0, 2)
        # The legend's room is known once the view box has its size: after a resize's layout, not during it.
        item.getViewBox().sigResized.connect(lambda _box: self._fit_title())  # the legend, then the top
        self._fill_legend()
        self.retranslate()
        self.apply_look(style.current())

    def _x_label(self) -> str:
        return self.tr("the sigmoid's logit") if self._shown_mode is Mode.BINARY else self.tr("class")

    def legend_names(self, short: bool) -> tuple[str, ...] | None:
        """The bars by name; short (a narrow plot), cross-entropy's by its formula alone."""
        if "_shown_keys" not in self.__dict__:  # still being built
            return None
        binary = self._shown_mode is Mode.BINARY
        hot = self._readout is not None and self._readout.state.softmax_temperature != NO_TEMPERATURE
        # One sigmoid output p has one logit, and its gradient is p − t; at a temperature, (y − t)/T.
        if self._shown_keys:  # five entries at most: short names, which fit beside each other
            more = {"kl_divergence": "KL", "focal_loss": self.tr("focal"), "multiclass_hinge": self.tr("hinge")}
            ce = self.tr("cross-entropy") + (" /T" if hot else "")
            return (ce, self.tr("squared error"), *(more[key] for key in self._shown_keys))
        if short:
            return "p − t" if binary else ("(y − t)/T" if hot else "y − t"), self.tr("squared error")
        ce = self.tr("cross-entropy  p − t") if binary else (
            self.tr("cross-entropy  (y − t)/T") if hot else self.tr("cross-entropy  y − t"))
        return ce, self.tr("squared error")

    def _fill_legend(self) -> None:
        """The legend's entries for the series shown (rare: a loss turned on or off)."""
        self.legend.clear()
        for bars in (self.cross_entropy_bars, self.squared_error_bars, *(self.more_bars[key] for key in self._shown_keys)):
            self.legend.addItem(bars, "")
        cache_legend(self.legend)

    def retranslate(self) -> None:
        binary = self._shown_mode is Mode.BINARY
        name_plot(self, self._x_label(), self.tr("gradient"), self.legend_names(self._short_names))
        long_title = self.tr("Gradient ∂E/∂z for the logit") if binary else self.tr("Gradient ∂E/∂z for each logit")
        self.set_titles(long_title, self.tr("Gradient ∂E/∂z"), "∂E/∂z")
        self.setToolTip(self.tr(
            "How each logit should move to lower the loss (gradient descent moves against these bars).\n"
            "Cross-entropy with softmax: exactly y − t.\n"
            "Squared error through the softmax: y·((y − t) − Σ y(y − t)), which fades when y is near 0 or 1.\n"
            "At a temperature T, y = softmax(z / T) and every gradient carries a factor 1/T.\n"
            "KL divergence's gradient is exactly cross-entropy's: they differ by H(t), which does not depend on z.\n"
            "Typed values that do not sum to 1 come from no logits: then there is no gradient to draw."
        ))
        self.note.show_text(self._current_note())

    def regression_note(self) -> str:
        return self.tr("For classification only: the regression example has nothing to draw here.")

    def data_items(self) -> list:
        return []  # the bars are emptied, not hidden: the legend would show them as hidden

    def cover_for_regression(self, covered: bool) -> None:
        super().cover_for_regression(covered)
        if covered:
            self._empty_bars()

    def _all_bars(self) -> list:
        return [self.cross_entropy_bars, self.squared_error_bars, *self.more_bars.values()]

    def _empty_bars(self, bars_list=None) -> None:
        outside = np.full(MAX_CLASSES, -100.0)  # off the plot: even a bar of height 0 draws its outline
        for bars in bars_list if bars_list is not None else self._all_bars():
            bars.setOpts(x=outside, height=np.zeros(MAX_CLASSES))
        self.cut_label.hide()

    def note_for_state(self) -> str | None:
        if self._readout is None or self._readout.gradients_defined:
            return None
        return fill(self.tr("∂E/∂z is not defined here: these typed values sum to %1, not 1, so no logits z "
                            "give them. Renormalise them, or move a slider."), f"{self._readout.total:.6g}")

    def _current_note(self) -> str | None:
        return self.regression_note() if self.covered else self.note_for_state()

    def apply_look(self, look: style.Look) -> None:
        super().apply_look(look)
        self.cross_entropy_bars.setOpts(pen=style.pen(style.INK, look.line(1)), brush=QColor(style.BLUE))
        self.squared_error_bars.setOpts(pen=style.pen(style.VERMILLION, look.line(2)), brush=style.hatched(style.VERMILLION))
        self.more_bars["kl_divergence"].setOpts(pen=style.pen(style.BLUE, look.line(2)), brush=QBrush(style.BLUE, Qt.BrushStyle.Dense5Pattern))
        self.more_bars["focal_loss"].setOpts(pen=style.pen(style.INK, look.line(1)), brush=QColor(style.ORANGE))
        self.more_bars["multiclass_hinge"].setOpts(pen=style.pen(style.INK, look.line(1.5)), brush=QColor(style.GREY))
        self.zero_line.setPen(style.pen(style.INK, look.line(1)))
        self.cut_label.setColor(QColor(style.INK))
        self.cut_label.setFont(style.scaled_font(self.font(), 1.0, bold=True))
        self.cut_label.fill = pg.mkBrush(QColor(style.PLOT_BACKGROUND))  # readable over the bar it stands on
        self.note.apply_look()

    def _fit_legend(self, room: int) -> None:
        """More than the seeds' two entries in as many columns as fit; and
        the plot as much higher as the legend needs, so it never covers a bar."""
        super()._fit_legend(room)
        legend_in_columns(self, room)
        self._fit_top()  # also for a new height: the legend's pixels are another share of it

    @property
    def reach(self) -> float:
        """The largest |∂E/∂z| the bars show: the plot's range is ±1.05 of it."""
        return self._range

    def _fit_top(self) -> None:
        """The top as it always was where the legend fits above the bars;
        higher where it would not (a short plot, a legend of more lines)."""
        reach = self._range
        top = top_over_legend(self.getPlotItem(), -1.05 * reach, 1.05 * reach, reach * LEGEND_TOP, 6)
        self.getPlotItem().setYRange(-1.05 * reach, top, padding=0)

    def _set_range(self, reach: float, series: int) -> None:
        """Bars from −reach to reach, and room above them for the legend."""
        self._range = reach
        self._fit_top()
        value_ticks(self.getPlotItem(), [round(v * reach, 6) for v in (-1, -0.5, 0, 0.5, 1)])
        bounds = QRectF(-1, -1.05 * reach, MAX_CLASSES + 1, 2.1 * reach)
        for bars in self._all_bars():
            bars.prepareGeometryChange()
            bars._bounds = bounds

    def show_readout(self, readout: Readout) -> None:
        self._readout = readout
        count = len(readout.grad_cross_entropy)
        state = readout.state
        mode = state.mode
        keys = tuple(key for key in MORE_LOSS_KEYS if state.shows(key))
        reach = gradient_range(state.softmax_temperature, "multiclass_hinge" in keys)
        series = (mode, keys, reach, state.softmax_temperature != NO_TEMPERATURE)
        if count != self._shown_count or mode is not self._shown_mode or series != self._series_key:
            class_ticks(self.getPlotItem(), count, ["z"] if mode is Mode.BINARY else None)
            self._shown_count, self._shown_mode = count, mode
            if series != self._series_key:  # rare: the legend, the range and the bars' widths
                self._series_key = series
                hidden = [self.more_bars[key] for key in self._shown_keys if key not in keys]
                self._shown_keys = keys
                self._empty_bars(hidden)
                self._set_range(series[2], 2 + len(keys))
                if not keys:
                    for bars in (self.cross_entropy_bars, self.squared_error_bars):
                        bars.setOpts(width=0.38)
                self._fill_legend()
                self.retranslate()  # the entries' names, before the legend is fitted to them
                self.apply_look(style.current())
            self.retranslate()  # the legend and the title name p − t and one logit, or y − t and each
        undefined = not readout.gradients_defined
        if self.covered or undefined != self._undefined:
            self.covered = False
            self._undefined = undefined
            self.note.show_text(self.note_for_state())
        if undefined:
            self._empty_bars()
            return
        self._draw(readout, count)

    def _draw(self, readout: Readout, count: int) -> None:
        x = np.arange(count)
        n = 2 + len(self._shown_keys)
        width = BARS_WIDTH / n
        offsets = [(i - (n - 1) / 2) * width for i in range(n)]
        if n == 2:  # the seeds' two series, as they always were drawn
            self.cross_entropy_bars.setOpts(x=x - 0.2, height=readout.grad_cross_entropy)
            self.squared_error_bars.setOpts(x=x + 0.2, height=readout.grad_squared_error)
            return
        self.cross_entropy_bars.setOpts(x=x + offsets[0], height=readout.grad_cross_entropy, width=width)
        self.squared_error_bars.setOpts(x=x + offsets[1], height=readout.grad_squared_error, width=width)
        gradients = readout.more_gradients
        self.cut_label.hide()
        for offset, key in zip(offsets[2:], self._shown_keys):
            bars, grad = self.more_bars[key], gradients[key]
            if grad is None:  # typed y: no logits for the hinge
                self._empty_bars([bars])
                continue
            reach = 1.05 * self._range
            cut = np.clip(grad, -reach, reach)
            bars.setOpts(x=x + offset, height=cut, width=width)
            if key == "multiclass_hinge" and np.any(cut != grad):
                k = int(np.argmax(np.abs(grad - cut)))
                self.cut_label.setText(f"{grad[k]:g}".replace("-", "−"))
                self.cut_label.setPos(k + offset, -reach)
                self.cut_label.show()
