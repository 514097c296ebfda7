"""The slowdown experiment's three plots: each network's loss divided by
its first batch's, each network's validation accuracy after every epoch,
and the mean |∂E/∂z| of the output logits per batch on a log axis.

Each plot is a ``MomentPlot``: a click on it picks a moment of the run
(in epochs, along the x axis) and the network whose curve is nearest the
click, announced by ``moment_clicked``; a dashed line marks the moment
shown.  The plots only draw what they are given: the view keeps the
numbers (``lossviz.ui.mnist.experiment_view``).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from lossviz.names import TRAINING_LOSSES
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated
from lossviz.ui.common.plot_kit import configure_plot, fitting_title, name_plot, zoom_plot
from lossviz.ui.mnist.training_plots import COLOURS, short_name

TITLE_POINTS = 12
#: The gradient axis spans these powers of ten at least: squared error's
#: plateau (about 10⁻⁵ on the bundled data) and cross-entropy's start (0.2)
#: fit with room to spare; a smaller value widens it.
LOG_RANGE = (-6, 0)
#: A mean gradient of exactly 0 has no logarithm: drawn at this floor.
GRADIENT_FLOOR = 1e-12
_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
#: The relative loss axis spans 0 to LOSS_TOP at first (every curve starts
#: at 1; a plateau's batches scatter a little above it) and grows in steps
#: of LOSS_STEP when a batch's loss rises above its top.
LOSS_TOP, LOSS_STEP = 1.25, 0.25


class _Points:
    """One curve's points, appended in place into arrays that double when
    full: adding a batch never converts the whole curve again.

    ``drawn(every)`` is what goes to pyqtgraph: every point while they are
    sparse, else each run of ``every`` consecutive points (about one pixel
    column's worth) as its lowest and its highest, in the order they came.
    A column then shows the very span its batches cover, every batch
    included (the last, unfinished run too), and a paint draws at most
    about two points a column however long the run.  Runs already reduced
    are kept, so an update reduces only the points new since the last one."""

    def __init__(self) -> None:
        self.x, self.y, self.shown = np.empty(0), np.empty(0), np.empty(0)
        self.count = 0
        self._every, self._reduced = 0, 0  # the run length, and how many points the kept runs hold
        self._kept = (np.empty(0), np.empty(0))

    def clear(self) -> None:
        self.count, self._every = 0, 0

    def extend(self, x, y, drawn) -> int:
        x, y = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
        added, end = len(x), self.count + len(x)
        if end > len(self.x):
            size = max(end, 2 * len(self.x), 256)
            for name in ("x", "y", "shown"):
                grown = np.empty(size)
                grown[: self.count] = getattr(self, name)[: self.count]
                setattr(self, name, grown)
        self.x[self.count : end], self.y[self.count : end] = x, y
        self.shown[self.count : end] = drawn(y)
        self.count = end
        return added

    def measured(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x[: self.count], self.y[: self.count]

    def drawn(self, every: int = 1) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.x[: self.count], self.shown[: self.count]
        if every <= 2:  # two points a run are the run itself
            return x, y
        if every != self._every:
            self._every, self._reduced, self._kept = every, 0, (np.empty(0), np.empty(0))
        whole = self.count // every * every
        if whole > self._reduced:
            new = _extremes(x[self._reduced : whole], y[self._reduced : whole], every)
            self._kept = tuple(np.concatenate((kept, more)) for kept, more in zip(self._kept, new))
            self._reduced = whole
        rest_x, rest_y = x[whole:], y[whole:]
        if len(rest_x) > 2:
            rest_x, rest_y = _extremes(rest_x, rest_y, len(rest_x))
        return np.concatenate((self._kept[0], rest_x)), np.concatenate((self._kept[1], rest_y))


def _extremes(x: np.ndarray, y: np.ndarray, every: int) -> tuple[np.ndarray, np.ndarray]:
    """Each run of ``every`` points (``len(x)`` a multiple of it) as its
    lowest and highest point, the earlier first (a NaN counts as both, and
    leaves its gap)."""
    runs_x, runs_y = x.reshape(-1, every), y.reshape(-1, every)
    low, high = np.argmin(runs_y, axis=1), np.argmax(runs_y, axis=1)
    picked = np.column_stack((np.minimum(low, high), np.maximum(low, high)))
    rows = np.arange(len(runs_y))[:, None]
    return runs_x[rows, picked].ravel(), runs_y[rows, picked].ravel()


def coloured_names() -> str:
    """Both losses' names beside a line in their curves' colours: the three plots' one legend."""
    return "&nbsp;&nbsp;&nbsp;".join(f"<span style='color:{COLOURS[loss].name()}'><b>━━</b> {short_name(loss)}</span>"
                                     for loss in TRAINING_LOSSES)


class MomentPlot(Retranslated, pg.PlotWidget):
    """One curve per network; a click picks (network, moment in epochs)."""

    #: (loss key, epochs): the curve nearest the click, and where along the run.
    moment_clicked = Signal(str, float)
    log_y = False
    symbols = False
    #: Antialiased wide lines cost Qt a stroked, blended path: 50-100 ms a
    #: paint for a noisy curve of a few thousand batches.  Without, pyqtgraph
    #: draws plain line segments; the per-batch curves go without.
    antialias = True
    #: One point per batch: drawn at most about two points a pixel column (_Points.drawn).
    per_batch = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot_item = configure_plot(self, title_points=TITLE_POINTS)
        self.plot_item.showGrid(x=True, y=True, alpha=0.2)
        if self.log_y:
            self.plot_item.setLogMode(y=True)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._data: dict[str, _Points] = {}
        for loss in TRAINING_LOSSES:
            options = {"symbol": "o", "symbolPen": None} if self.symbols else {}
            self.curves[loss] = self.plot_item.plot([], [], antialias=self.antialias, **options)
            self._data[loss] = _Points()
        self._epochs, self._x_range = 1, 0  # the run's length, and the one the x axis spans
        self._stale: set[str] = set()  # curves whose new points pyqtgraph has not been given yet
        self._every = dict.fromkeys(TRAINING_LOSSES, 1)
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.marker.hide()
        self.plot_item.addItem(self.marker, ignoreBounds=True)
        self._marked: str | None = None
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if self.per_batch:
            self.plot_item.getViewBox().sigResized.connect(self._on_resized)
        self.redraw()
        self.retranslate()
        self.apply_look(style.current())

    def set_epochs(self, epochs: int) -> None:
        """The x axis spans the whole run, known at its start: it never moves
        while the curves grow.  Applied at the next ``redraw()``."""
        epochs = max(epochs, 1)
        if epochs != self._epochs:
            self._epochs = epochs
            self._stale.update(self.curves)

    def show_curve(self, loss: str, x, y, draw: bool = True) -> None:
        """A network's whole curve: x in epochs, y as measured."""
        self._data[loss].clear()
        self.extend_curve(loss, x, y, draw)

    def extend_curve(self, loss: str, x, y, draw: bool = True) -> None:
        """Points added at the curve's end; drawn now, or (``draw`` False)
        at the next ``redraw()``, which the view spreads over the event loop."""
        points = self._data[loss]
        added = points.extend(x, y, self._drawn)
        if added or points.count == 0:
            self._stale.add(loss)
            self._fit_y(points.y[points.count - added : points.count])
        if draw:
            self.redraw()

    @property
    def stale(self) -> bool:
        """Points measured but not yet drawn."""
        return bool(self._stale)

    def redraw(self) -> None:
        """The stale curves to pyqtgraph: views of the kept arrays, or their
        extremes a pixel column when the batches are denser than that."""
        if self._x_range != self._epochs:  # before the run lengths, which depend on it
            self._x_range = self._epochs
            self.plot_item.setXRange(0, self._epochs, padding=0.02)
        for loss in sorted(self._stale):
            self._every[loss] = self._run_length(loss)
            self.curves[loss].setData(*self._data[loss].drawn(self._every[loss]))
        self._stale.clear()

    def drawn_points(self, loss: str) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, values) as given to pyqtgraph (what a test reads back of the picture)."""
        return self.curves[loss].getData()

    def _run_length(self, loss: str) -> int:
        """How many of a per-batch curve's points fall in one pixel column (rounded up): 1 for other curves."""
        x, _ = self._data[loss].measured()
        view = self.plot_item.getViewBox()
        columns = view.width() * self.devicePixelRatioF()
        if not self.per_batch or len(x) < 2 or columns < 1 or x[-1] <= x[0]:
            return 1
        low, high = view.viewRange()[0]
        spacing = (x[-1] - x[0]) / (len(x) - 1)
        return max(1, math.ceil((high - low) / columns / spacing - 1e-9))

    def _on_resized(self) -> None:
        if any(self._run_length(loss) != self._every[loss] for loss in self.curves):
            self._stale.update(self.curves)
            self.redraw()

    def points(self, loss: str) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, values) as measured: what a test reads back."""
        return self._data[loss].measured()

    def point_count(self, loss: str) -> int:
        return self._data[loss].count

    def _drawn(self, y: np.ndarray) -> np.ndarray:
        return np.maximum(y, GRADIENT_FLOOR) if self.log_y else y

    def _fit_y(self, added: np.ndarray) -> None:
        """The y axis for newly added values: fixed, or grown in whole steps (never on every update)."""

    def mark(self, loss: str | None, epochs: float = 0.0) -> None:
        """The dashed line at the moment shown in the explorer (None: none)."""
        self._marked = loss
        self.marker.setVisible(loss is not None)
        if loss is not None:
            self.marker.setPos(epochs)
            self._pen_marker(style.current())

    def _pen_marker(self, look: style.Look) -> None:
        if self._marked is not None:
            self.marker.setPen(style.pen(COLOURS[self._marked], look.line(2), Qt.PenStyle.DashLine))

    def apply_look(self, look: style.Look) -> None:
        zoom_plot(self, look, TITLE_POINTS)
        self._set_title(look)
        for loss, curve in self.curves.items():
            curve.setPen(style.pen(COLOURS[loss], look.line(2.5)))
            if self.symbols:
                curve.setSymbolSize(look.size(8))
                curve.setSymbolBrush(COLOURS[loss])
        self._pen_marker(look)

    def retranslate(self) -> None:
        self._set_title(style.current())

    def _set_title(self, look: style.Look) -> None:
        title, x_label, y_label, tip = self.texts()
        name_plot(self, x_label, y_label)
        self.setAccessibleName(title)
        self.setToolTip(tip)
        self._fit_title(look)

    def _fit_title(self, look: style.Look) -> None:
        """The full title where it fits over the plot, else the short one (three plots share a narrow panel)."""
        points = look.points(TITLE_POINTS)
        wanted = fitting_title(self, (self.texts()[0], self.short_title()), points)
        if self.plot_item.titleLabel.text != wanted or self.plot_item.titleLabel.opts.get("size") != f"{points}pt":
            self.plot_item.setTitle(wanted, color=style.INK, size=f"{points}pt")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if "plot_item" in self.__dict__:  # not while pyqtgraph builds the plot
            self._fit_title(style.current())

    def texts(self) -> tuple[str, str, str, str]:
        """(title, x axis, y axis, tooltip) in the current language."""
        raise NotImplementedError

    def short_title(self) -> str:
        """The title where the full one would be cut off."""
        raise NotImplementedError

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.plot_item.getViewBox()
        position = event.scenePos()
        if not view.sceneBoundingRect().contains(position):
            return
        nearest = self.nearest(position)
        if nearest is not None:
            event.accept()
            self.moment_clicked.emit(*nearest)

    def nearest(self, position: QPointF) -> tuple[str, float] | None:
        """The network whose curve passes nearest the scene position, and the
        moment of its point nearest along the x axis."""
        view = self.plot_item.getViewBox()
        clicked_x = view.mapSceneToView(position).x()
        best = None
        for loss, points in self._data.items():
            x, y = points.measured()
            if len(x) == 0:
                continue
            i = int(np.argmin(np.abs(x - clicked_x)))
            value = float(self._drawn(y[i : i + 1])[0])
            if not math.isfinite(value):
                continue
            point = view.mapViewToScene(QPointF(x[i], math.log10(value) if self.log_y else value))
            distance = abs(point.y() - position.y())
            if best is None or distance < best[0]:
                best = (distance, loss, float(x[i]))
        return None if best is None else (best[1], best[2])

    def scene_position(self, loss: str, index: int) -> QPointF:
        """Where a curve's point is drawn, in the scene (for a test to click it)."""
        x, y = self._data[loss].measured()
        value = float(self._drawn(y[index : index + 1])[0])
        return self.plot_item.getViewBox().mapViewToScene(QPointF(x[index], math.log10(value) if self.log_y else value))


class RelativeLossPlot(MomentPlot):
    """Each network's batch losses divided by its first: cross-entropy
    starts near 12 when confidently wrong, squared error near 0.9, so on
    one raw axis the two could not be compared.  The y axis runs from 0 to
    ``LOSS_TOP`` and grows in steps of ``LOSS_STEP`` only when a batch's
    loss rises above it."""

    antialias = False
    per_batch = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._top = 0.0
        self._show_top(LOSS_TOP)

    def show_curve(self, loss: str, x, y, draw: bool = True) -> None:
        if not any(points.count for name, points in self._data.items() if name != loss):
            self._show_top(LOSS_TOP)  # a new run or a lesson: the axis starts afresh
        super().show_curve(loss, x, y, draw)

    def _fit_y(self, added: np.ndarray) -> None:
        finite = added[np.isfinite(added)]
        if len(finite) and float(finite.max()) > self._top:
            self._show_top(float(finite.max()))

    def _show_top(self, highest: float) -> None:
        top = max(LOSS_TOP, LOSS_STEP * math.ceil(highest / LOSS_STEP))
        if top != self._top:
            self._top = top
            # A little below 0, so that the 0 label fits above the axis's end.
            self.plot_item.setYRange(-0.06 * top, top, padding=0.02)

    def short_title(self) -> str:
        return self.tr("Relative loss")

    def texts(self):
        return (self.tr("Loss ÷ its first batch's"), self.tr("epoch"),
                self.tr("loss ÷ first batch's loss"),
                self.tr("Each network's loss on every mini-batch, divided by its own first batch's loss:\n"
                        "both start at 1, whatever the scale of their loss. Click a moment to see a digit's\n"
                        "output there in the loss explorer, from the network whose curve you clicked."))


class ValidationAccuracyPlot(MomentPlot):
    """Validation accuracy in % after each epoch (epoch 0: the common start)."""

    symbols = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot_item.setYRange(0, 100, padding=0.02)

    def _fit_y(self, added: np.ndarray) -> None:
        return None  # 0 to 100% always: a plateau at 10% must look like one

    def short_title(self) -> str:
        return self.tr("Accuracy")

    def texts(self):
        return (self.tr("Validation accuracy"), self.tr("epoch"), self.tr("accuracy (%)"),
                self.tr("The share of validation digits each network gets right, after each epoch;\n"
                        "at epoch 0 both are the same network. 10% is what guessing achieves."))


class GradientPlot(MomentPlot):
    """The mean |∂E/∂z| at the output logits, per batch, on a log axis."""

    log_y = True
    antialias = False
    per_batch = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._low = LOG_RANGE[0]
        self._show_log_range()

    def show_curve(self, loss: str, x, y, draw: bool = True) -> None:
        if not any(points.count for name, points in self._data.items() if name != loss) and self._low != LOG_RANGE[0]:
            self._low = LOG_RANGE[0]  # a new run or a lesson: the axis starts afresh
            self._show_log_range()
        super().show_curve(loss, x, y, draw)

    def _fit_y(self, added: np.ndarray) -> None:
        positive = added[added > 0]
        if not len(positive):
            return
        low = min(self._low, math.floor(math.log10(max(float(positive.min()), GRADIENT_FLOOR))))
        if low != self._low:  # a smaller value widens the axis by whole decades, never narrows it mid-run
            self._low = low
            self._show_log_range()

    def _show_log_range(self) -> None:
        self.plot_item.setYRange(self._low, LOG_RANGE[1], padding=0.02)
        # Powers of ten written as such (pyqtgraph would write 1e-05); every
        # other one on the second level, dropped when the plot is short.
        powers = range(self._low, LOG_RANGE[1] + 1)
        label = lambda k: "1" if k == 0 else f"10{str(k).translate(_SUPERSCRIPTS)}"  # noqa: E731
        self.plot_item.getAxis("left").setTicks([[(k, label(k)) for k in powers if k % 2 == 0],
                                                 [(k, label(k)) for k in powers if k % 2]])

    def short_title(self) -> str:
        return self.tr("Mean |∂E/∂z|")

    def texts(self):
        return (self.tr("Mean |∂E/∂z| at the outputs"), self.tr("epoch"),
                self.tr("mean |∂E/∂z| (log scale)"),
                self.tr("How hard each loss pushes the output logits z: the mean of |∂E/∂z| over a batch's\n"
                        "digits and the 10 outputs, on a logarithmic axis (each line is ten times the one below).\n"
                        "Cross-entropy's gradient is y − t; squared error's passes through the softmax's\n"
                        "factors yⱼ(δⱼₖ − yₖ), which are nearly 0 when y is nearly 0 or 1."))
