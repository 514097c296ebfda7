"""The explorer itself: the sliders, the three plots and the numbers (the
losses, the worked example), arranged for the room there is with the plots
first (``lossviz.ui.explorer.arrangement``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QApplication, QBoxLayout, QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lossviz.explorer import NO_SMOOTHING, NO_TEMPERATURE, ExplorerState, Mode, Readout
from lossviz.ui.common import style
from lossviz.ui.common.contracts import ShowsReadout
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.explorer import arrangement, lecture_rows
from lossviz.ui.explorer.arrangement import Arrangement, Needs, Plan
from lossviz.ui.explorer.chain_table import SoftmaxChainTable
from lossviz.ui.explorer.class_sliders import ClassSliderPanel
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.derivation_panel import DerivationPanel
from lossviz.ui.explorer.loss_readout import LossReadout
from lossviz.ui.explorer.numbers_views import NumbersViews, framed
from lossviz.ui.explorer.plots import GradientPlot, LogLossPlot, ProbabilityPlot
from lossviz.ui.explorer.probability_entry import ProbabilityEntry
from lossviz.ui.explorer.worked_example_view import WorkedExampleView
from lossviz.worked_examples import WorkedExample, state_for_sample

SPACING = 6


class PlotGrid(QWidget):
    """The three plots, side by side or one above the other.  Its size hint
    is small on purpose: the numbers and the sliders get the height they
    ask for, the plots all the rest."""

    def __init__(self, plots) -> None:
        super().__init__()
        self.plots = plots
        self.vertical: bool | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_vertical(False)

    def set_vertical(self, vertical: bool) -> None:
        if vertical == self.vertical:
            return
        self.vertical = vertical
        for plot in self.plots:
            self.grid.removeWidget(plot)
        for index, plot in enumerate(self.plots):
            self.grid.addWidget(plot, index if vertical else 0, 0 if vertical else index)
        for index in range(3):
            self.grid.setRowStretch(index, 1 if vertical or index == 0 else 0)
            self.grid.setColumnStretch(index, 1 if not vertical or index == 0 else 0)

    def sizeHint(self) -> QSize:
        return QSize(300, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 80)


class ExplorerView(Retranslated, QWidget):
    """Every view of one controller's state, laid out; what the user does
    to the sliders and the typed vector goes straight to the controller."""

    #: A row of the worked-example table was chosen.
    sample_chosen = Signal(int)
    #: Another view of the numbers is shown (its key, lossviz.names.EXPLORER_VIEWS).
    view_chosen = Signal(str)

    def __init__(self, controller: ExplorerController) -> None:
        super().__init__()
        self.controller = controller
        self.sliders = ClassSliderPanel()
        self.entry = ProbabilityEntry()
        self.probability_plot = ProbabilityPlot()
        self.log_loss_plot = LogLossPlot()
        self.gradient_plot = GradientPlot()
        self.readout = LossReadout()
        self.worked_example = WorkedExampleView()
        #: The numbers' other views, placed by the window (add_view).
        self.chain_table = SoftmaxChainTable(Qt.Orientation.Vertical)
        self.derivation_panel = DerivationPanel()
        self.slider_box = QGroupBox()
        self.readout_box = QGroupBox()
        self.example_box = QGroupBox()
        #: Under the worked example: that its numbers are the tutorial's, at T = 1 and ε = 0 (example_note_text).
        self.example_note = QLabel()
        #: The example on show (its key) and the T, ε its loading set back, for the note.
        self._example_key: str | None = None
        self._set_back: tuple[float, float] | None = None
        self._build()
        self._views: tuple[ShowsReadout, ...] = (
            self.sliders, self.entry, self.probability_plot, self.log_loss_plot, self.gradient_plot, self.readout)
        self._mode: Mode | None = None
        self.retranslate()

        controller.readout_changed.connect(self.show_readout)
        self.sliders.logit_changed.connect(controller.set_logit)
        self.entry.probabilities_entered.connect(controller.set_entered)
        self.entry.renormalise_requested.connect(controller.renormalise)
        self.entry.logits_entered.connect(controller.set_logits)
        advanced = self.readout.advanced  # T, ε and the more losses
        advanced.temperature_chosen.connect(controller.set_temperature)
        advanced.smoothing_chosen.connect(controller.set_smoothing)
        advanced.focal_gamma_chosen.connect(controller.set_focal_gamma)
        advanced.loss_shown_changed.connect(controller.set_loss_shown)
        self.readout.advanced_button.toggled.connect(self.request_arrange)  # the strip opened or closed: more or less to show
        self.worked_example.sample_chosen.connect(self.sample_chosen)
        self.worked_example.regression_shown.connect(self._cover_for_regression)
        self.show_readout(controller.readout)

    def _build(self) -> None:
        slider_layout = QVBoxLayout(self.slider_box)
        slider_layout.addWidget(self.sliders, 1)
        slider_layout.addWidget(self.entry)
        QVBoxLayout(self.readout_box).addWidget(self.readout)
        example_layout = QVBoxLayout(self.example_box)
        example_layout.addWidget(self.worked_example)
        example_layout.addWidget(self.example_note)
        self.example_note.setWordWrap(True)
        style.tint(self.example_note, background=style.WARNING_BG)
        self.example_note.hide()
        # The worked example takes room only while one is shown.
        self.example_box.hide()
        self.plots = PlotGrid((self.probability_plot, self.log_loss_plot, self.gradient_plot))
        numbers_widget = QWidget()
        self.numbers_layout = numbers = QBoxLayout(QBoxLayout.Direction.LeftToRight, numbers_widget)
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.addWidget(self.readout_box, 1)
        numbers.addWidget(self.example_box, 1)
        #: The numbers' views (the losses, the chain, the derivation…), one shown; the window adds them (add_view).
        self.numbers = NumbersViews()
        self.numbers.view_chosen.connect(self._on_view_chosen)
        self.losses_page = numbers_widget
        self.numbers_area = self.numbers.area
        self.numbers_area.installEventFilter(self)  # side by side, or one above the other when narrow
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, SPACING, 0)  # the last bar off the window's edge
        self.grid.setSpacing(SPACING)
        self.plan: Plan | None = None
        self.plots_only = False
        self._rows_shown: tuple | None = None
        self._place(Plan(Arrangement.COLUMN, False, 0.0, 0))

    def needs(self) -> Needs:
        """What the parts ask for now (lossviz.ui.explorer.arrangement)."""
        look = style.current()
        plot = self.probability_plot
        box = plot.getPlotItem().getViewBox().sceneBoundingRect()
        if plot.isVisible() and box.width() > 0 and plot.width() > box.width():
            overhead = (round(plot.width() - box.width()), round(plot.height() - box.height()))
        else:  # not laid out yet
            overhead = (look.size(70), look.size(80))
        sliders = self.slider_box.sizeHint()
        shown = self.numbers.shown if self.numbers.views else None
        page = self.readout_box if shown is None or shown.page is self.losses_page else shown.page
        example = None
        if page is self.readout_box and not self.example_box.isHidden():
            example = (self.example_box.minimumSizeHint().width(), self.example_box.sizeHint().height())
        # The losses' names wrap: as tall as they are beside the sliders, at least.
        height = page.sizeHint().height()
        if page.hasHeightForWidth():
            height = max(height, page.heightForWidth(max(page.minimumSizeHint().width(), self.width() - sliders.width() - 2 * SPACING)))
        return Needs(sliders=sliders.toTuple(), readout=(page.minimumSizeHint().width(), height), example=example, overhead=overhead,
                     spacing=SPACING, zoom=look.zoom, header=self.numbers.header_height(), wide=shown is not None and shown.wide,
                     sliders_min=self.slider_box.minimumSizeHint().height(),
                     plots_first=page is self.readout_box and self.readout.shows_more())

    def arrange(self) -> None:
        """The best arrangement for the explorer's size now."""
        if self.width() <= 0 or self.height() <= 0:
            return
        if self.plots_only:  # side by side or one above the other, whichever gives them more
            needs, width = self.needs(), self.width() - SPACING
            self.plots.set_vertical(arrangement.plot_score(width, self.height(), True, needs)
                                    > arrangement.plot_score(width, self.height(), False, needs))
            return
        plan = arrangement.choose(self.width() - SPACING, self.height(), self.needs(), self.plan)
        self._place(plan)

    def request_arrange(self) -> None:
        """Arrange again once Qt has laid out what just changed."""
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def event(self, event) -> bool:
        # A part's size hint changed (a font, a language, more classes): once
        # Qt has laid it out, the best arrangement may be another.
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.arrange()
        return handled

    def _place(self, plan: Plan) -> None:
        shown = self.plan
        self.plan = plan
        if plan.numbers_height > 0:
            self.numbers.setFixedHeight(plan.numbers_height)
        # As wide as the view shown can be; never the slider column's width
        # alone.  A wide view (the derivation) where it cannot have its
        # width: what there is, and it scrolls sideways.
        needs = self.needs()
        self.numbers.setMinimumWidth(0 if needs.wide else needs.readout[0])
        self.numbers.scroll_sideways(needs.wide)
        self.plots.set_vertical(plan.vertical)
        if shown is not None and shown.arrangement is plan.arrangement:
            return
        for widget in (self.slider_box, self.plots, self.numbers):
            self.grid.removeWidget(widget)
        for index in range(3):
            self.grid.setRowStretch(index, 0)
            self.grid.setColumnStretch(index, 0)
        if plan.arrangement is Arrangement.COLUMN:
            self.grid.addWidget(self.slider_box, 0, 0, 2, 1)
            self.grid.addWidget(self.plots, 0, 1)
            self.grid.addWidget(self.numbers, 1, 1)
            self.grid.setColumnStretch(1, 1)
        elif plan.arrangement is Arrangement.STRIP:
            self.grid.addWidget(self.plots, 0, 0, 1, 2)
            self.grid.addWidget(self.slider_box, 1, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self.numbers, 1, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.setColumnStretch(1, 1)
        elif plan.arrangement is Arrangement.WIDE:
            self.grid.addWidget(self.slider_box, 0, 0)
            self.grid.addWidget(self.plots, 0, 1)
            self.grid.addWidget(self.numbers, 1, 0, 1, 2)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.slider_box, 0, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self.numbers, 1, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self.plots, 0, 1, 2, 1)
            self.grid.setColumnStretch(1, 1)
            self.grid.setRowStretch(1, 1)  # the numbers right under the sliders
        if plan.arrangement is not Arrangement.SIDE:
            self.grid.setRowStretch(0, 1)
        # In a column the sliders' rows share its height; in a strip they take what they need.
        policy = QSizePolicy.Policy.Preferred if plan.arrangement in (Arrangement.COLUMN, Arrangement.WIDE) else QSizePolicy.Policy.Maximum
        self.slider_box.setSizePolicy(QSizePolicy.Policy.Maximum, policy)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.request_arrange()

    # -- the numbers' views ---------------------------------------------------

    def add_view(self, key: str, title: tuple[str, str], page: QWidget | None = None, wide: bool = False) -> None:
        """A view of the numbers on its tab, titled (context, English source);
        without a page, the losses with the worked example (always first).
        A page that shows a readout (``ShowsReadout``) follows the controller."""
        if page is None:
            page = self.losses_page
        elif isinstance(page, ShowsReadout):
            self._views = (*self._views, page)
            page.show_readout(self.controller.readout)
        self.numbers.add_view(key, title, page if page is self.losses_page else framed(page), wide)

    def show_view(self, key: str) -> None:
        self.numbers.show_view(key)

    @property
    def current_view(self) -> str:
        return self.numbers.current

    def setting_handlers(self) -> dict:
        """What the teacher's-settings keys do (lossviz.ui.actions.table.LECTURE_SETTING_ACTIONS):
        step T along its ladder and ε by its step, through the strip's own spin boxes, as their arrows do."""
        strip = self.readout.advanced

        def step(spin, steps: int) -> None:
            if spin.isEnabled():  # binary mode: T and ε are the softmax's, and the strip says so
                spin.stepBy(steps)

        return {
            "temperature.raise": lambda: step(strip.temperature_spin, 1),
            "temperature.lower": lambda: step(strip.temperature_spin, -1),
            "smoothing.raise": lambda: step(strip.smoothing_spin, 1),
            "smoothing.lower": lambda: step(strip.smoothing_spin, -1),
            "advanced": self._toggle_advanced,
        }

    def _toggle_advanced(self) -> None:
        """The strip opened or closed by its key: the focus stays where it was
        (a spin box with the focus would keep the T and E typed into it)."""
        focus = QApplication.focusWidget()
        self.readout.advanced_button.toggle()
        if focus is not None:
            focus.setFocus()

    def _on_view_chosen(self, key: str) -> None:
        self.request_arrange()
        self.view_chosen.emit(key)

    def set_plots_only(self, on: bool) -> None:
        """Only the three plots, as large as they can be (the projector's focus view), or everything again."""
        if on == self.plots_only:
            return
        self.plots_only = on
        self.slider_box.setVisible(not on)
        self.numbers.setVisible(not on)
        for widget in (self.slider_box, self.plots, self.numbers):
            self.grid.removeWidget(widget)
        self.plan = None  # placed again from nothing when they come back
        if on:
            for index in range(3):
                self.grid.setRowStretch(index, 0)
                self.grid.setColumnStretch(index, 0)
            self.grid.addWidget(self.plots, 0, 0)
            self.grid.setRowStretch(0, 1)
            self.grid.setColumnStretch(0, 1)
        self.arrange()

    def retranslate(self) -> None:
        self.readout_box.setTitle("")  # its tab names it (lossviz.ui.actions.table.VIEW_TEXTS)
        self.example_box.setTitle(self.tr("Worked example"))
        self._show_slider_title()
        self._show_example_note(self.controller.state, again=True)

    def show_readout(self, readout: Readout) -> None:
        if readout.state.mode is not self._mode:
            self._mode = readout.state.mode
            self._show_slider_title()
        for view in self._views:
            view.show_readout(readout)
        self._show_example_note(readout.state)
        # The numbers' rows (and so the arrangement) change with the mode, the
        # classes, T, ε and the more losses shown: never on a slider move.
        rows = (readout.state.n_classes, lecture_rows.rows_key(readout.state))
        if rows != self._rows_shown:
            self._rows_shown = rows
            self.request_arrange()

    def _cover_for_regression(self, covered: bool) -> None:
        """The regression example has no classes: the classification plots
        and losses say so instead of showing the state from before it."""
        for view in (self.probability_plot, self.log_loss_plot, self.gradient_plot, self.readout):
            view.cover_for_regression(covered)

    def _show_slider_title(self) -> None:
        binary = self._mode is Mode.BINARY
        self.slider_box.setTitle(self.tr("Logit → sigmoid probability") if binary else self.tr("Logits → softmax probabilities"))

    def show_sample(self, example: WorkedExample, row: int) -> None:
        """Sample ``row`` of a classification example in the explorer, typed
        in, under the teacher's settings (γ and the losses shown stay).  A
        newly loaded example shows at T = 1 and ε = 0, where the tutorial
        prints its numbers, and the note under it says what was set back;
        its other rows keep what the teacher sets since."""
        values = example.outputs[row]
        current = self.controller.state
        state = state_for_sample(example, row, current.n_classes, settings=current)
        if example.key != self._example_key:
            self._example_key = example.key
            printed = state.as_printed()
            changed = state.mode is Mode.MULTICLASS and printed != state
            self._set_back = (state.temperature, state.smoothing) if changed else None
            if changed:
                state = printed
        self.controller.set_state(state)
        self.entry.set_text(", ".join(f"{v:g}" for v in values))
        self.worked_example.table.selectRow(row)
        self._show_example_note(self.controller.state)

    def show_example_box(self, visible: bool) -> None:
        if not visible:
            self._example_key, self._set_back = None, None
        if visible != (not self.example_box.isHidden()):
            self.example_box.setVisible(visible)
            self.request_arrange()
        self._show_example_note(self.controller.state)

    def _show_example_note(self, state: ExplorerState, again: bool = False) -> None:
        """Set only when its text changes (a new text may re-lay out the window)."""
        text = example_note_text(self._example_key is not None, self._set_back, state)
        if text == self.example_note.text() and not again:
            return
        if state.temperature != NO_TEMPERATURE or state.smoothing != NO_SMOOTHING:
            self._set_back = None  # the teacher set them again: the note says they differ from the tutorial's
        self.example_note.setText(text)
        self.example_note.setVisible(bool(text))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.numbers_area and event.type() == QEvent.Type.Resize:
            self._arrange_numbers(event.size().width())
        return super().eventFilter(watched, event)

    def _arrange_numbers(self, width: int) -> None:
        """The losses beside the worked example where both fit, else the
        example below the losses (the area scrolls).  The area's own width
        never depends on this choice, so it cannot flip back and forth."""
        # The example beside the losses only at the width its table wants:
        # squeezed to its minimum, its columns and the losses' names wrap.
        needed = self.readout_box.minimumSizeHint().width()
        if self.example_box.isVisibleTo(self.window()):
            needed += self.example_box.sizeHint().width() + self.numbers_layout.spacing()
        direction = QBoxLayout.Direction.LeftToRight if width >= needed else QBoxLayout.Direction.TopToBottom
        if self.numbers_layout.direction() != direction:
            self.numbers_layout.setDirection(direction)


def example_note_text(example_shown: bool, set_back: tuple[float, float] | None, state: ExplorerState) -> str:
    """Under a worked example: why the Losses may differ from the tutorial's
    printed numbers, or that T and ε were set back so they do not; empty when neither."""
    if not example_shown or state.mode is not Mode.MULTICLASS:
        return ""
    if state.temperature != NO_TEMPERATURE or state.smoothing != NO_SMOOTHING:
        return fill(QCoreApplication.translate("ExplorerView", "The tutorial prints its numbers at T = 1, ε = 0; the Losses use T = %1, ε = %2."),
                    f"{state.temperature:g}", f"{state.smoothing:g}")
    if set_back is not None:
        return fill(QCoreApplication.translate("ExplorerView", "Shown at T = 1, ε = 0, as the tutorial prints it: T = %1, ε = %2 were set back "
                                               "(Advanced sets them again)."), f"{set_back[0]:g}", f"{set_back[1]:g}")
    return ""
