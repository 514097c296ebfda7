"""The MNIST panel's two plots: the loss of every mini-batch with a smoothed
line through it, and the training and validation accuracy after each epoch.

In compare mode each plot has one colour per loss, the explorer's own:
blue for cross-entropy, vermillion for the squared error, and each loss is
drawn divided by its first batch's loss: cross-entropy starts near
ln 10 ≈ 2.3 and squared error near 0.9, so on one raw axis the squared
error would always look the better network.  Items are created
once per session and only their data changes; the panel calls ``add_*`` at
most ``EMITS_PER_SECOND`` times a second.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics

from lossviz.mnist.session import LossHistory, TrainingHistory
from lossviz.names import CROSS_ENTROPY, LOSS_NAMES, LOSS_SHORT_NAMES, SQUARED_ERROR
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.common.plot_kit import configure_plot, fitting_title, name_plot, zoom_plot

#: Weight of the newest batch in the smoothed line: about the last 20 batches.
SMOOTHING = 0.95
COLOURS = {CROSS_ENTROPY: style.BLUE, SQUARED_ERROR: style.VERMILLION}
TITLE_POINTS = 12


def short_name(loss: str) -> str:
    """A loss's name in a plot title, in the current language."""
    return QCoreApplication.translate("names", LOSS_SHORT_NAMES[loss])  # a module function: no QObject, no tr()


def loss_name(loss: str) -> str:
    """A loss's name in the panel's status line, in the current language."""
    return QCoreApplication.translate("names", LOSS_NAMES[loss])


def _coloured(text: str, colour) -> str:
    return f"<span style='color:{colour.name()}'>{text}</span>"


def _configure(widget: pg.PlotWidget) -> pg.PlotItem:
    """The explorer's plot style, with a grid both ways: these curves are read against epochs."""
    item = configure_plot(widget, title_points=TITLE_POINTS)
    item.showGrid(x=True, y=True, alpha=0.2)
    view = item.getViewBox()
    fit = lambda *_: _space_value_ticks(item)  # noqa: E731
    view.sigYRangeChanged.connect(fit)
    view.sigResized.connect(fit)
    return item


#: Value labels stay at least this many text lines apart.
TICK_GAP_LINES = 1.3
MAX_VALUE_TICKS = 6


def _space_value_ticks(item: pg.PlotItem) -> None:
    """The value axis's step, from its height: on a laptop, with the panel's
    settings shown, a plot may be a few lines tall, and pyqtgraph would put
    its labels on top of each other."""
    axis, view = item.getAxis("left"), item.getViewBox()
    low, high = view.viewRange()[1]
    height = view.height()
    if height <= 0 or high <= low:
        return
    font = axis.style.get("tickFont") or axis.font()
    # Labels far enough apart to read, and no more than about six of them.
    wanted = max((high - low) * TICK_GAP_LINES * QFontMetrics(font).height() / height, (high - low) / MAX_VALUE_TICKS)
    power = 10 ** math.floor(math.log10(wanted))
    step = next(power * m for m in (1, 2, 5, 10) if power * m >= wanted)
    axis.setTickSpacing(levels=[(step, 0)])
    # The rotated axis label would be cut at both ends: the title names the plot.
    label_fits = QFontMetrics(font).horizontalAdvance(axis.labelText) <= height
    if axis.label.isVisible() != label_fits:
        axis.label.setVisible(label_fits)


class LossCurvePlot(Retranslated, pg.PlotWidget):
    """Every batch's loss (thin) and its exponential moving average (thick),
    against training progress in epochs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The title, in the curves' colours, is the legend: a legend box
        # would hide the curves' ends on a short plot.
        self.plot_item = _configure(self)
        self.raw: dict[str, pg.PlotDataItem] = {}
        self.smoothed: dict[str, pg.PlotDataItem] = {}
        self._steps: dict[str, list[int]] = {}
        self._losses: dict[str, list[float]] = {}
        self._smooth_values: dict[str, list[float]] = {}
        self._scale: dict[str, float] = {}
        self.steps_per_epoch = 1
        self.epochs = 1
        self._shown_losses: list[str] = []
        self.retranslate()
        self.start([], 1, 1)

    @property
    def relative(self) -> bool:
        """Whether each loss is drawn divided by its first batch's loss (compare mode)."""
        return len(self._shown_losses) > 1

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Loss of each mini-batch"))
        self.setToolTip(self.tr(
            "The loss of every mini-batch as the network trains (thin), and its moving average (thick).\n"
            "Going down means the network's answers are getting closer to the labels.\n"
            "In compare mode: cross-entropy in blue, sum of squared error in vermillion, trained on the same batches;\n"
            "each divided by its first batch's loss, as the two are on different scales. Which network learned more\n"
            "is for the accuracy plot to say."
        ))
        self._set_title(style.current())

    def _set_title(self, look: style.Look) -> None:
        """The title, in the curves' colours, is the legend."""
        names = ", ".join(_coloured(short_name(loss), COLOURS[loss]) for loss in self._shown_losses)
        if not names:
            title = self.tr("Loss of each mini-batch")
        elif self.relative:
            title = fill(self.tr("Relative loss: %1"), names)
        else:
            title = fill(self.tr("Loss per batch: %1"), names)
        # No "epoch" under this plot: the accuracy plot right below it has the same epochs and names them.
        name_plot(self, "", self.tr("loss ÷ first batch's") if self.relative else self.tr("loss"))
        self.plot_item.setTitle(title, color=style.INK, size=f"{look.points(TITLE_POINTS)}pt")

    def start(self, losses, steps_per_epoch: int, epochs: int) -> None:
        """Empty curves for a new session of ``losses`` (keys of lossviz.names.TRAINING_LOSSES)."""
        for item in [*self.raw.values(), *self.smoothed.values()]:
            self.plot_item.removeItem(item)
        self.raw, self.smoothed = {}, {}
        self.steps_per_epoch, self.epochs = steps_per_epoch, epochs
        for loss in losses:
            self.raw[loss] = self.plot_item.plot([], [])
            self.smoothed[loss] = self.plot_item.plot([], [], antialias=True)
            self._steps[loss], self._losses[loss], self._smooth_values[loss] = [], [], []
        self._scale = {}
        self._shown_losses = list(losses)
        self.plot_item.setXRange(0, max(epochs, 1), padding=0.02)
        self.plot_item.enableAutoRange(axis="y")
        self.apply_look(style.current())

    def apply_look(self, look: style.Look) -> None:
        self._set_title(look)
        zoom_plot(self, look, TITLE_POINTS)
        bottom = self.plot_item.getAxis("bottom")
        bottom.setHeight(QFontMetrics(bottom.style["tickFont"]).height() + look.size(6))  # the ticks, no label
        for loss, curve in self.raw.items():
            colour = COLOURS[loss]
            faint = style.pen(colour, look.line(1))
            faint.setColor(pg.mkColor(colour.red(), colour.green(), colour.blue(), 90))
            curve.setPen(faint)
            self.smoothed[loss].setPen(style.pen(colour, look.line(3)))

    def add(self, loss: str, steps: list[int], values: list[float]) -> None:
        if not steps:
            return
        smooth = self._smooth_values[loss]
        last = smooth[-1] if smooth else values[0]
        for value in values:
            # A NaN batch (a diverging run) must not poison the line after it.
            if math.isfinite(value):
                last = SMOOTHING * last + (1 - SMOOTHING) * value
            smooth.append(last)
        self._steps[loss].extend(steps)
        self._losses[loss].extend(values)
        if loss not in self._scale:
            first = self._losses[loss][0]
            self._scale[loss] = first if self.relative and math.isfinite(first) and first > 0 else 1.0
        x = np.asarray(self._steps[loss], dtype=float) / self.steps_per_epoch
        scale = self._scale[loss]
        self.raw[loss].setData(x, np.asarray(self._losses[loss]) / scale)
        self.smoothed[loss].setData(x, np.asarray(smooth) / scale)

    def points(self, loss: str) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, losses) as drawn (in compare mode: divided by the first batch's loss): what a test reads back."""
        x, y = self.raw[loss].getData()
        return (np.array([]), np.array([])) if x is None else (x, y)

    @property
    def losses(self) -> tuple[str, ...]:
        """The losses of the session on show."""
        return tuple(self._shown_losses)

    def batch_losses(self, loss: str) -> tuple[np.ndarray, np.ndarray]:
        """(steps, losses) as the network computed them, for a lesson's history."""
        return np.asarray(self._steps.get(loss, []), dtype=np.int64), np.asarray(self._losses.get(loss, []), dtype=np.float64)

    def smoothed_points(self, loss: str) -> np.ndarray:
        y = self.smoothed[loss].getData()[1]
        return np.array([]) if y is None else y


class AccuracyPlot(Retranslated, pg.PlotWidget):
    """Training (dashed) and validation (solid, with points) accuracy in %."""

    #: The titles, the longest first (``retranslate``).
    titles: tuple[str, ...] = ("",)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # No legend over the curves, which climb into every corner: the title
        # says which line is which, the colours are the loss plot's.
        self.plot_item = _configure(self)
        self.train_curves: dict[str, pg.PlotDataItem] = {}
        self.validation_curves: dict[str, pg.PlotDataItem] = {}
        self._values: dict[str, tuple[list[int], list[float], list[float]]] = {}
        self.retranslate()
        self.start([], 1)

    def retranslate(self) -> None:
        name_plot(self, self.tr("epoch"), self.tr("accuracy (%)"))
        # The title is the legend: shorter where the long one would be cut (the panel at a projector's zoom), never gone.
        self.titles = (self.tr("Accuracy: validation ●—, training - - -"), self.tr("Validation ●—, training - - -"),
                       self.tr("Validation ●—<br>training - - -"))
        self.setAccessibleName(self.titles[0])
        self._fit_title()
        self.setToolTip(self.tr(
            "The share of digits the network gets right after each epoch.\n"
            "Dashed: on the training images it learns from. Solid with dots: on validation images it never trains on,\n"
            "the honest measure. A widening gap between the two means it is memorising instead of learning."
        ))

    def start(self, losses, epochs: int) -> None:
        for item in [*self.train_curves.values(), *self.validation_curves.values()]:
            self.plot_item.removeItem(item)
        self.train_curves, self.validation_curves, self._values = {}, {}, {}
        for loss in losses:
            colour = COLOURS[loss]
            self.validation_curves[loss] = self.plot_item.plot([], [], symbol="o", symbolBrush=colour, symbolPen=None, antialias=True)
            self.train_curves[loss] = self.plot_item.plot([], [], antialias=True)
            self._values[loss] = ([], [], [])
        self.plot_item.setXRange(0, max(epochs, 1), padding=0.02)
        self.plot_item.setYRange(0, 100, padding=0.02)
        self.apply_look(style.current())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        points = style.current().points(TITLE_POINTS)
        item = self.getPlotItem()
        if item is None:  # a resize while it is made
            return
        title = fitting_title(self, self.titles, points)
        if item.titleLabel.text != title or item.titleLabel.opts.get("size") != f"{points}pt":
            item.setTitle(title, color=style.INK, size=f"{points}pt")

    def apply_look(self, look: style.Look) -> None:
        zoom_plot(self, look, TITLE_POINTS)
        self._fit_title()
        for loss, curve in self.validation_curves.items():
            colour = COLOURS[loss]
            curve.setPen(style.pen(colour, look.line(3)))
            curve.setSymbolSize(look.size(8))
            curve.setSymbolBrush(QColor(colour))
            self.train_curves[loss].setPen(style.pen(colour, look.line(2), Qt.PenStyle.DashLine))

    def add(self, loss: str, epoch: int, train_accuracy: float, validation_accuracy: float) -> None:
        """One epoch's accuracies, as fractions (drawn in %)."""
        epochs, train, validation = self._values[loss]
        epochs.append(epoch)
        train.append(train_accuracy)
        validation.append(validation_accuracy)
        self.train_curves[loss].setData(epochs, 100 * np.asarray(train))
        self.validation_curves[loss].setData(epochs, 100 * np.asarray(validation))
        # Zoom in on where the values are (a network soon passes 80%), in 5% steps.
        lowest = 100 * min(min(v[1] + v[2]) for v in self._values.values() if v[0])
        self.plot_item.setYRange(max(0.0, 5 * math.floor(lowest / 5) - 5), 100, padding=0.02)

    def validation_points(self, loss: str) -> np.ndarray:
        y = self.validation_curves[loss].getData()[1]
        return np.array([]) if y is None else y

    def train_points(self, loss: str) -> np.ndarray:
        y = self.train_curves[loss].getData()[1]
        return np.array([]) if y is None else y

    def accuracies(self, loss: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """(training, validation) accuracy after each epoch so far, as fractions."""
        _epochs, train, validation = self._values.get(loss, ((), (), ()))
        return tuple(train), tuple(validation)


def plotted_history(loss_plot: LossCurvePlot, accuracy_plot: AccuracyPlot) -> TrainingHistory | None:
    """What the two plots show, as a lesson keeps it; None before any batch."""
    runs = []
    for loss in loss_plot.losses:
        steps, values = loss_plot.batch_losses(loss)
        train, validation = accuracy_plot.accuracies(loss)
        runs.append(LossHistory(loss, tuple(int(step) for step in steps), tuple(float(v) for v in values), train, validation))
    if not any(run.steps for run in runs):
        return None
    return TrainingHistory(loss_plot.steps_per_epoch, loss_plot.epochs, tuple(runs))


def plot_history(loss_plot: LossCurvePlot, accuracy_plot: AccuracyPlot, history: TrainingHistory) -> None:
    """Draw a history again, as the session drew it."""
    loss_plot.start(history.losses, history.steps_per_epoch, history.epochs)
    accuracy_plot.start(history.losses, history.epochs)
    for run in history.runs:
        loss_plot.add(run.loss, list(run.steps), list(run.losses))
        for epoch, (train, validation) in enumerate(zip(run.train_accuracy, run.validation_accuracy), 1):
            accuracy_plot.add(run.loss, epoch, train, validation)
