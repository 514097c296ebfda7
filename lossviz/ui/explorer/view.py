"""The explorer itself: the sliders' column beside the three plots, and
below the plots the numbers (the losses, the worked example)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QGroupBox, QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from lossviz.explorer import Mode, Readout
from lossviz.ui.common.contracts import ShowsReadout
from lossviz.ui.common.i18n import Retranslated
from lossviz.ui.explorer.class_sliders import ClassSliderPanel
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.loss_readout import LossReadout
from lossviz.ui.explorer.plots import GradientPlot, LogLossPlot, ProbabilityPlot
from lossviz.ui.explorer.probability_entry import ProbabilityEntry
from lossviz.ui.explorer.worked_example_view import WorkedExampleView
from lossviz.worked_examples import WorkedExample, state_for_sample


class ExplorerView(Retranslated, QSplitter):
    """Every view of one controller's state, laid out; what the user does
    to the sliders and the typed vector goes straight to the controller."""

    #: A row of the worked-example table was chosen.
    sample_chosen = Signal(int)

    def __init__(self, controller: ExplorerController) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.controller = controller
        self.sliders = ClassSliderPanel()
        self.entry = ProbabilityEntry()
        self.probability_plot = ProbabilityPlot()
        self.log_loss_plot = LogLossPlot()
        self.gradient_plot = GradientPlot()
        self.readout = LossReadout()
        self.worked_example = WorkedExampleView()
        self.slider_box = QGroupBox()
        self.readout_box = QGroupBox()
        self.example_box = QGroupBox()
        self._build()
        self._views: tuple[ShowsReadout, ...] = (
            self.sliders, self.entry, self.probability_plot, self.log_loss_plot, self.gradient_plot, self.readout)
        self._mode: Mode | None = None
        self.retranslate()

        controller.readout_changed.connect(self.show_readout)
        self.sliders.logit_changed.connect(controller.set_logit)
        self.entry.probabilities_entered.connect(controller.set_entered)
        self.entry.renormalise_requested.connect(controller.renormalise)
        self.worked_example.sample_chosen.connect(self.sample_chosen)
        self.worked_example.regression_shown.connect(self._cover_for_regression)
        self.show_readout(controller.readout)

    def _build(self) -> None:
        slider_layout = QVBoxLayout(self.slider_box)
        slider_layout.addWidget(self.sliders, 1)
        slider_layout.addWidget(self.entry)
        QVBoxLayout(self.readout_box).addWidget(self.readout)
        QVBoxLayout(self.example_box).addWidget(self.worked_example)

        # Plots side by side on top; below them the numbers: the losses of
        # what is shown, beside the seed example it came from.
        plots = QHBoxLayout()
        for plot in (self.probability_plot, self.log_loss_plot, self.gradient_plot):
            plots.addWidget(plot, 1)
            plot.setMinimumHeight(240)
        numbers_widget = QWidget()
        self.numbers_layout = numbers = QBoxLayout(QBoxLayout.Direction.LeftToRight, numbers_widget)
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.addWidget(self.readout_box, 1)
        numbers.addWidget(self.example_box, 1)
        # The numbers scroll when the window is short (a laptop with the
        # MNIST panel open, or zoomed text): the plots keep their height.
        self.numbers_area = QScrollArea()
        self.numbers_area.setWidget(numbers_widget)
        self.numbers_area.setWidgetResizable(True)
        self.numbers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.numbers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.numbers_area.installEventFilter(self)  # side by side, or one above the other when narrow
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 6, 0)  # the last bar off the window's edge
        right_layout.addLayout(plots, 5)
        right_layout.addWidget(self.numbers_area, 4)

        self.addWidget(self.slider_box)
        self.addWidget(right)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([400, 1200])  # proportions; Qt scales them to the window

    def retranslate(self) -> None:
        self.readout_box.setTitle(self.tr("Losses"))
        self.example_box.setTitle(self.tr("Worked example"))
        self._show_slider_title()

    def show_readout(self, readout: Readout) -> None:
        if readout.state.mode is not self._mode:
            self._mode = readout.state.mode
            self._show_slider_title()
        for view in self._views:
            view.show_readout(readout)

    def _cover_for_regression(self, covered: bool) -> None:
        """The regression example has no classes: the classification plots
        and losses say so instead of showing the state from before it."""
        for view in (self.probability_plot, self.log_loss_plot, self.gradient_plot, self.readout):
            view.cover_for_regression(covered)

    def _show_slider_title(self) -> None:
        binary = self._mode is Mode.BINARY
        self.slider_box.setTitle(self.tr("Logit → sigmoid probability") if binary else self.tr("Logits → softmax probabilities"))

    def show_sample(self, example: WorkedExample, row: int) -> None:
        """Sample ``row`` of a classification example in the explorer, typed in."""
        values = example.outputs[row]
        self.controller.set_state(state_for_sample(example, row, self.controller.state.n_classes))
        self.entry.set_text(", ".join(f"{v:g}" for v in values))
        self.worked_example.table.selectRow(row)

    def show_example_box(self, visible: bool) -> None:
        self.example_box.setVisible(visible)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.numbers_area and event.type() == QEvent.Type.Resize:
            self._arrange_numbers(event.size().width())
        return super().eventFilter(watched, event)

    def _arrange_numbers(self, width: int) -> None:
        """The losses beside the worked example where both fit, else the
        example below the losses (the area scrolls).  The area's own width
        never depends on this choice, so it cannot flip back and forth."""
        boxes = [self.readout_box, self.example_box]
        needed = sum(box.minimumSizeHint().width() for box in boxes if box.isVisibleTo(self.window())) + self.numbers_layout.spacing()
        direction = QBoxLayout.Direction.LeftToRight if width >= needed else QBoxLayout.Direction.TopToBottom
        if self.numbers_layout.direction() != direction:
            self.numbers_layout.setDirection(direction)
