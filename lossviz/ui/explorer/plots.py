"""The explorer's three pyqtgraph plots.

Drawn for speed while a teacher drags a slider (benchmarks/
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
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsSimpleTextItem,
)

from lossviz.explorer import DEFAULT_FOCAL_GAMMA, NO_SMOOTHING, Mode, Readout
from lossviz.ui.common import style
from lossviz.ui.common.i18n import fill
from lossviz.ui.common.plot_items import PlotLabel, circle_shape, plain_marker, square_shape, up_triangle_shape
from lossviz.ui.common.plot_kit import (
    SECOND_LEVEL_FILL,
    FittedTitle,
    cache_legend,
    configure_plot,
    curve,
    name_plot,
)
from lossviz.ui.explorer.gradient_plot import GradientPlot, legend_in_columns
from lossviz.ui.explorer.plot_note import CoveredForRegression, PlotNote
from lossviz.ui.explorer.probability_plot import ProbabilityPlot


def focal_curve(y: np.ndarray, gamma: float) -> np.ndarray:
    """The focal loss of a one-hot target as a function of the correct class's y: −(1 − y)^γ log y."""
    return -((1.0 - y) ** gamma) * np.log(y)


#: −log(y) is drawn up to this height; a larger loss is shown at the top edge
#: with an upward triangle and its value in the label.
LOG_PLOT_TOP = 6.0
#: The ring round the class's guess on the −log y curve (quiz mode), in pixels at 100%.
GUESS_RING = 26
class LogLossPlot(CoveredForRegression, FittedTitle, pg.PlotWidget):
    """Plot 2: −log(y) for y in (0, 1] with the correct class's current y
    marked, beside the squared error ½(1 − y)² of that same class."""

    #: Below this width (zoomed) the x axis shows 0.5 alone: 0.2, 0.4, 0.6
    #: and 0.8 would run into each other.
    MIN_FIFTHS_ROOM = 150
    #: The x ticks shown (a class attribute: the first resize comes before __init__ ends).
    _x_ticks: tuple[float, ...] | None = None

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
        if ticks != self._x_ticks:
            self._x_ticks = ticks
            # The other tenths on a second level, which pyqtgraph leaves out where they would collide.
            minor = [v / 10 for v in range(1, 10) if round(v / 10, 1) not in ticks]
            axis = self.getPlotItem().getAxis("bottom")
            axis.setTicks([[(v, f"{v:g}") for v in ticks], [(v, f"{v:g}") for v in minor]])
            axis.setStyle(textFillLimits=SECOND_LEVEL_FILL)

    def __init__(self) -> None:
        super().__init__()
        item = configure_plot(self)
        self._x_ticks: tuple | None = None  # chosen for the plot's width: _fit_axes
        self._marker_room = 0.0
        self._fit_margins()
        item.getViewBox().sigResized.connect(self._fit_margins)
        legend = item.addLegend(offset=(-10, 4), labelTextColor=style.INK)
        y = np.linspace(np.exp(-LOG_PLOT_TOP), 1.0, 400)
        self.log_curve = log_curve = curve(y, -np.log(y), style.pen(style.BLUE, 3))
        self.square_curve = square_curve = curve(y, 0.5 * (1 - y) ** 2, style.pen(style.VERMILLION, 3, Qt.PenStyle.DashLine))
        item.addItem(log_curve)
        item.addItem(square_curve)
        legend.addItem(log_curve, "")
        legend.addItem(square_curve, "")
        cache_legend(legend)
        # The more losses' curves, drawn only when turned on (``_show_curves``).
        self._curve_y = y
        self.focal_curve = curve(y, focal_curve(y, DEFAULT_FOCAL_GAMMA), style.pen(style.GREY, 3, Qt.PenStyle.DashDotLine))
        self.kl_curve = curve(y, -np.log(y), style.pen(style.INK, 2, Qt.PenStyle.DotLine))
        for extra in (self.focal_curve, self.kl_curve):
            extra.hide()
            item.addItem(extra)
        self._curves: tuple = ((), DEFAULT_FOCAL_GAMMA, False)  # (losses drawn, γ, ε > 0)
        # A plain Qt line (pyqtgraph's InfiniteLine paints in Python), moved with setPos.
        # It drops from the point to the axis and no higher, so it never runs
        # through the legend or the label above the low right of the curve.
        self.cursor = QGraphicsLineItem(0, 0, 0, LOG_PLOT_TOP)
        self.cursor.setPen(style.pen(style.GREY, 1.5, Qt.PenStyle.DotLine))
        marker_pen = style.pen(style.INK, 1.5)
        self.log_marker = plain_marker(circle_shape(18), style.ORANGE, marker_pen)
        # When −log y is above the plot, an arrow at the top edge instead.
        self.off_plot_marker = plain_marker(up_triangle_shape(18), style.ORANGE, marker_pen)
        self.off_plot_marker.hide()
        self.square_marker = plain_marker(square_shape(15), style.ORANGE, marker_pen)
        # Quiz mode, once the plot is revealed: where the class's guess of the
        # cross-entropy put the point, a dashed ring beside the truth (show_guess).
        self.guess_marker = plain_marker(circle_shape(GUESS_RING), Qt.BrushStyle.NoBrush, style.pen(style.INK, 2, Qt.PenStyle.DashLine))
        self.guess_marker.setZValue(9)  # under the point itself
        self.guess_marker.hide()
        # Its name above and right of it, where the curve, falling to the right, never is.
        self.guess_label = QGraphicsSimpleTextItem(self.guess_marker)
        self._guess: float | None = None
        # The label sits in the upper right, below the legend: the curve never
        # reaches there (−log y < 0.7 for y > 0.5), so it fits any plot width.
        self.label = PlotLabel()  # its top right corner at its position; filled in apply_look
        self.label.setPos(1.0, LOG_PLOT_TOP * 0.55)  # under a legend of two lines on a short plot
        #: "full" (y and −log y), "short" (−log y alone) or "none", as the plot's size allows (_fit_label).
        self.label_mode = "full"
        self._label_delta = False
        self.label.setFont(style.scaled_font(self.font(), 1.1, bold=True))
        self.label.setZValue(20)  # over the grid's lines: its background hides them behind the numbers
        for part in (self.cursor, self.log_marker, self.off_plot_marker, self.square_marker, self.guess_marker, self.label):
            item.addItem(part)
        self.note = PlotNote(self)
        self._readout: Readout | None = None
        # The legend's and the label's room is known once the view box has its size: after a resize's layout, not during it.
        item.getViewBox().sigResized.connect(lambda _box: (self._fit_title(), self._place_label()))
        self.retranslate()
        self.apply_look(style.current())

    def _fit_margins(self) -> None:
        """Room around y in [0, 1] and the loss in [0, top] for half a marker,
        in pixels, so a marker at y = 1, at loss 0 or at the top edge is whole."""
        item = self.getPlotItem()
        box = item.getViewBox()
        half = style.current().size(18) / 2 + 2
        width, height = max(box.width(), 4 * half), max(box.height(), 4 * half)
        room = (half / (width - 2 * half), half / (height - 2 * half))
        if room == self._marker_room:
            return
        self._marker_room = room
        item.setXRange(-room[0], 1 + room[0], padding=0)
        item.setYRange(-room[1] * LOG_PLOT_TOP, LOG_PLOT_TOP * (1 + room[1]), padding=0)
        if "label" in self.__dict__:  # not while the plot is being built
            self._place_label()

    def regression_note(self) -> str:
        return self.tr("For classification only: the regression example has nothing to draw here.")

    def data_items(self) -> list:
        return [self.cursor, self.log_marker, self.off_plot_marker, self.square_marker]

    def show_guess(self, guess: float | None) -> None:
        """The class's guess of the cross-entropy as a dashed ring on the
        curve, at y = e^(−guess) where −log y is the guess (at the top edge
        above it); None: no ring."""
        self._guess = guess
        shown = guess is not None and not self.covered
        if shown:
            self.guess_marker.setPos(float(np.exp(-guess)), min(guess, LOG_PLOT_TOP))
            self.guess_marker.setToolTip(fill(self.tr("The class guessed %1"), f"{guess:g}"))
            self.guess_label.setText(self.tr("guess"))
            ring = self.guess_marker.rect()
            self.guess_label.setPos(ring.right(), ring.top() - self.guess_label.boundingRect().height() * 0.6)
        if self.guess_marker.isVisible() != shown:
            self.guess_marker.setVisible(shown)

    def guess(self) -> float | None:
        """The guess the ring shows, or None."""
        return self._guess if self.guess_marker.isVisible() else None

    def cover_for_regression(self, covered: bool) -> None:
        super().cover_for_regression(covered)
        self.show_guess(self._guess)  # no ring over the note
        # One of the two markers, as _show_point expects.
        self.off_plot_marker.hide()
        if covered:
            self.label.setText("")  # its room is the plot size's (_fit_label)
        elif self._readout is not None:
            self._show_point(self._readout)

    def legend_names(self, short: bool) -> tuple[str, ...] | None:
        """The curves by name and formula; short (a narrow plot), or with more
        curves drawn, by their formulas alone (the tooltip names them)."""
        if "label" not in self.__dict__:  # still being built
            return None
        drawn, gamma, smoothed = self._curves
        # With label smoothing the losses depend on every class's y: these curves are the one-hot target's.
        first = self.tr("−log y (one-hot t)") if smoothed else self.tr("cross-entropy  −log y")
        if not drawn and not short:
            return first, self.tr("squared error  ½(1 − y)²")
        # More curves: the formulas alone, short enough to stand side by side (the tooltip names them).
        names = [self.tr("−log y (one-hot t)") if smoothed else "−log y", "½(1 − y)²"]
        if "focal_loss" in drawn:
            names.append(f"−(1 − y)^{gamma:g} log y")
        if "kl_divergence" in drawn:
            names.append(self.tr("KL (= −log y)"))
        return tuple(names)

    def _show_curves(self, readout: Readout) -> None:
        """The focal loss's curve and KL's, as turned on (rare: a loss, γ or ε changed).
        KL is −log y itself for a one-hot t; with label smoothing it depends on
        every class's y, not on this one alone, so no curve of y is drawn for it."""
        state = readout.state
        smoothed = state.label_smoothing != NO_SMOOTHING
        drawn = tuple(key for key in ("focal_loss", "kl_divergence") if state.shows(key) and not (key == "kl_divergence" and smoothed))
        curves = (drawn, state.focal_gamma, smoothed)
        if curves == self._curves:
            return
        if state.focal_gamma != self._curves[1]:
            self.focal_curve.setData(self._curve_y, focal_curve(self._curve_y, state.focal_gamma))
        self._curves = curves
        legend = self.getPlotItem().legend
        legend.clear()
        for shown in (self.log_curve, self.square_curve, *(self.focal_curve if key == "focal_loss" else self.kl_curve for key in drawn)):
            legend.addItem(shown, "")
        self.focal_curve.setVisible("focal_loss" in drawn)
        self.kl_curve.setVisible("kl_divergence" in drawn)
        cache_legend(legend)
        self.retranslate()
        self._fit_title()
        self._place_label()

    def _fit_legend(self, room: int) -> None:
        super()._fit_legend(room)
        if "label" in self.__dict__:  # not while the plot is being built
            legend_in_columns(self, room)
            self._place_label()

    def _place_label(self) -> None:
        """The read-out of y and −log y under the legend, however many lines it
        has (the curves stay below it on the right)."""
        item = self.getPlotItem()
        legend = item.legend
        top = LOG_PLOT_TOP * 0.55  # under a legend of two lines on a short plot
        if legend is not None and legend.isVisible():
            box = item.getViewBox()
            below = legend.mapRectToScene(legend.boundingRect()).bottom() + 4
            top = min(top, box.mapSceneToView(QPointF(0, below)).y())
            # Whole on the plot, even if a short plot then puts it beside the legend.
            height = box.mapSceneToView(QPointF(0, 0)).y() - box.mapSceneToView(QPointF(0, self.label.boundingRect().height())).y()
            top = max(top, box.viewRange()[1][0] + height)
        self.label.setPos(1.0, top)
        self._fit_label(top)

    def _fit_label(self, top: float) -> None:
        """The label whole above the curve.  −log y falls from left to right,
        so the curve is highest under the label's left edge; where the whole
        label would reach down to it (a small plot), it keeps its −log y line
        alone, and where even that would, it hides: the losses' read-out has
        both numbers.  Sized for the widest numbers, so it never flickers."""
        box = self.getPlotItem().getViewBox()
        (x_min, x_max), (y_min, y_max) = box.viewRange()
        if box.width() <= 0 or box.height() <= 0:
            return
        below = style.current().size(18) / 2  # room for the point's marker under it
        shown = self.label.toPlainText()
        mode = "none"
        for mode in ("full", "short", "none"):
            lines = self._label_samples(mode)
            if not lines:
                break
            self.label.setText("\n".join(lines))  # its real size, margins and all (put back below)
            size = self.label.boundingRect()
            left = 1.0 - size.width() / box.width() * (x_max - x_min)
            bottom = top - (size.height() + below) / box.height() * (y_max - y_min)
            if left > 0 and bottom >= -np.log(left):
                break
        self.label.setText(shown)
        if self.label.isVisible() != (mode != "none"):
            self.label.setVisible(mode != "none")
        if mode != self.label_mode:
            self.label_mode = mode
            if self._readout is not None:
                self._show_point(self._readout)

    def _label_samples(self, mode: str) -> list[str]:
        """The label's widest lines in a mode ("full", "short"; "none": none)."""
        delta = self._readout is not None and self._readout.delta_shows
        full = ["y = 0.0000", "−log y = 00.0000", *(["−log(y + δ) = 00.0000"] if delta else [])]
        return {"full": full, "short": full[1:2], "none": []}[mode]

    def retranslate(self) -> None:
        name_plot(self, self.tr("y of the correct class"), self.tr("loss"), self.legend_names(self._short_names))
        self.set_titles(self.tr("Loss of the correct class's y"), self.tr("Loss of its y"), self.tr("Loss"))
        self.setToolTip(self.tr(
            "Blue: −log y, the cross-entropy when the correct class gets probability y.\n"
            "Dashed: ½(1 − y)², that class's share of the squared error.\n"
            "Near y = 0 (confidently wrong) cross-entropy grows without bound; squared error stays below ½.\n"
            "The curve is −log y exactly; the read-out's −log(y + δ) stops near −log δ ≈ 16.1.\n"
            "Grey dash-dot: the focal loss −(1 − y)^γ log y; dotted: KL divergence, which is −log y for a one-hot t.\n"
            "With label smoothing the losses depend on every class's y: the curves are those of the one-hot target."
        ))
        if self.covered:
            self.cover_for_regression(True)

    def apply_look(self, look: style.Look) -> None:
        super().apply_look(look)
        self.log_curve.setPen(style.pen(style.BLUE, look.line(3)))
        self.square_curve.setPen(style.pen(style.VERMILLION, look.line(3), Qt.PenStyle.DashLine))
        self.focal_curve.setPen(style.pen(style.GREY, look.line(3), Qt.PenStyle.DashDotLine))
        self.kl_curve.setPen(style.pen(style.INK, look.line(2), Qt.PenStyle.DotLine))
        self.cursor.setPen(style.pen(style.GREY, look.line(1.5), Qt.PenStyle.DotLine))
        marker_pen = style.pen(style.INK, look.line(1.5))
        circle, square = look.size(18), look.size(15)
        self.log_marker.setRect(-circle / 2, -circle / 2, circle, circle)
        self.square_marker.setRect(-square / 2, -square / 2, square, square)
        self.off_plot_marker.setPolygon(up_triangle_shape(circle).polygon())
        for marker in (self.log_marker, self.off_plot_marker, self.square_marker):
            marker.setPen(marker_pen)
            marker.setBrush(QColor(style.ORANGE))
        ring = look.size(GUESS_RING)
        self.guess_marker.setRect(-ring / 2, -ring / 2, ring, ring)
        self.guess_marker.setPen(style.pen(style.INK, look.line(2), Qt.PenStyle.DashLine))
        self.guess_label.setFont(style.scaled_font(self.font(), 0.9, bold=True))
        self.guess_label.setBrush(QColor(style.INK))
        self.label.setColor(QColor(style.INK))
        self.label.fill = QBrush(QColor(style.PLOT_BACKGROUND))  # the cursor line passes behind the numbers
        self.label.setFont(style.scaled_font(self.font(), 1.1, bold=True))  # the plot's font is zoomed already
        self.note.apply_look()
        self._marker_room = 0.0
        self._fit_margins()

    def show_readout(self, readout: Readout) -> None:
        self._readout = readout
        self._show_curves(readout)
        if self.covered:
            self.cover_for_regression(False)  # shows the point
        else:
            self._show_point(readout)

    def _show_point(self, readout: Readout) -> None:
        y = readout.y_correct
        log_loss = readout.exact_cross_entropy
        on_plot = log_loss <= LOG_PLOT_TOP
        shown = log_loss if on_plot else LOG_PLOT_TOP
        self.cursor.setPos(y, 0)
        self.cursor.setLine(0, 0, 0, shown)
        if on_plot != self.log_marker.isVisible():
            self.log_marker.setVisible(on_plot)
            self.off_plot_marker.setVisible(not on_plot)
        (self.log_marker if on_plot else self.off_plot_marker).setPos(y, shown)
        self.square_marker.setPos(y, 0.5 * (1 - y) ** 2)
        if readout.delta_shows != self._label_delta:  # a third line, or one less: the label's room again
            self._label_delta = readout.delta_shows
            self._place_label()
        if self.label_mode == "none":
            return
        text = f"y = {y:.4f}\n−log y = {log_loss:.4f}" if log_loss != float("inf") else "y = 0\n−log y = ∞"
        if readout.delta_shows:  # the read-out's value beside the curve's (LossReadout says why)
            formula = "p ∈ [δ, 1 − δ]:" if readout.state.mode is Mode.BINARY else "−log(y + δ) ="
            text += f"\n{formula} {readout.capped_cross_entropy:.4f}"
        if self.label_mode == "short":  # a small plot: the −log y line alone
            text = text.split("\n")[1]
        self.label.setText(text)


__all__ = ["GradientPlot", "LogLossPlot", "ProbabilityPlot"]
