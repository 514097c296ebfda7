"""∂E/∂zₖ step by step with the current numbers, for cross-entropy and for
the squared error side by side, following the sliders.

    ∂E/∂zₖ = Σⱼ ∂E/∂yⱼ · ∂yⱼ/∂zₖ,   ∂yⱼ/∂zₖ = yⱼ(δⱼₖ − yₖ)

One row per j: the softmax Jacobian's factor yⱼ(δⱼₖ − yₖ), shared by both
losses, then each loss's ∂E/∂yⱼ and their product; the sums under them are
the gradients the gradient plot draws.  Cross-entropy's −tⱼ / yⱼ cancels the
yⱼ of the factor, so its sum is yₖ − tₖ (seed 001's result); the squared
error's does not, and its gradient fades with the factors as y saturates.
In binary mode the sigmoid's: ∂E/∂z = ∂E/∂p · p(1 − p).

Cheap per slider move, as the chain table: fixed-size number cells set only
when their text changed; the rich-text formulas change only with the class
chosen, the mode, the number of classes or the language.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from lossviz.explorer import MAX_CLASSES, Mode, Readout
from lossviz.softmax_chain import SigmoidDerivation, SoftmaxDerivation, derivation_of, number_text
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.explorer.chain_table import NumberCell, ShownAfterThePlots, rich_label, subscript

#: The two losses the multiclass derivation sets side by side: cross-entropy, the squared error.
LOSSES = ("ce", "sse")

#: The widest derivation number a cell is sized for at first: products of
#: small factors often have two-digit powers of ten.
WIDEST_STEP = "−4.54 × 10⁻¹⁵"
WIDEST_DIFFERENCE = "4.54 × 10⁻⁵ − 1.0000"


def _sub(text: str) -> str:
    return f"<sub>{text}</sub>"


def _ce_text(value: float, t_j: float) -> str:
    """Cross-entropy's steps are exactly 0 where tⱼ = 0: written 0, so the one term that counts stands out."""
    return "0" if t_j == 0 else number_text(value)


def _title(label: QLabel) -> QLabel:
    label.setFont(_bold())
    return label


def _bold() -> QFont:
    font = QFont()  # only the weight: the size still follows the window's zoom
    font.setBold(True)
    return font


class SoftmaxSteps(QWidget):
    """The multiclass derivation: a row per j, the sums, the shortcut yₖ − tₖ."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.chain_rule = _title(rich_label(Qt.AlignmentFlag.AlignLeft))  # the chain rule, the line the rest follows from
        # Over the shared columns: the panel's one-loss switch, when it shows, beside it (``place_switch``).
        grid.addWidget(self.chain_rule, 0, 0, 1, 2)
        self.ce_title, self.sse_title = _title(rich_label(Qt.AlignmentFlag.AlignLeft)), _title(rich_label(Qt.AlignmentFlag.AlignLeft))
        grid.addWidget(self.ce_title, 1, 2, 1, 2)
        grid.addWidget(self.sse_title, 1, 4, 1, 2)
        self.headers = [rich_label() for _ in range(6)]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 2, column)
        self.names: list[QLabel] = []
        #: Per j: the factor yⱼ(δⱼₖ − yₖ), CE's ∂E/∂yⱼ and term, SE's ∂E/∂yⱼ and term.
        self.factors, self.ce_dE_dy, self.ce_terms, self.sse_dE_dy, self.sse_terms = [], [], [], [], []
        for j in range(MAX_CLASSES):
            name = QLabel(str(j))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, 3 + j, 0)
            self.names.append(name)
            for column, cells in enumerate((self.factors, self.ce_dE_dy, self.ce_terms, self.sse_dE_dy, self.sse_terms), start=1):
                cell = NumberCell(WIDEST_STEP)
                grid.addWidget(cell, 3 + j, column)
                cells.append(cell)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        last = 3 + MAX_CLASSES
        grid.addWidget(rule, last, 0, 1, 6)
        self.sum_names = [rich_label(), rich_label()]
        self.ce_sum, self.sse_sum = NumberCell(WIDEST_STEP), NumberCell(WIDEST_STEP)
        for column, widget in ((2, self.sum_names[0]), (3, self.ce_sum), (4, self.sum_names[1]), (5, self.sse_sum)):
            grid.addWidget(widget, last + 1, column)
        self.shortcut_name = rich_label()
        self.shortcut = NumberCell(WIDEST_DIFFERENCE)
        grid.addWidget(self.shortcut_name, last + 2, 2)
        grid.addWidget(self.shortcut, last + 2, 3)
        grid.setColumnStretch(6, 1)
        # Its minimum is not the panel's: where both losses' columns do not
        # fit, the panel shows one loss at a time (``DerivationPanel``) rather than scroll sideways.
        # Its size hint stays both losses' width, which the explorer's arrangement asks room for.
        self.setMinimumWidth(1)
        self._k = -1
        self._temperature = 1.0
        self._rows = -1
        self._target = -1
        self.losses = LOSSES  # the losses whose columns show

    def _columns(self) -> list[list[QWidget]]:
        """Each grid column's widgets (one column wide), left to right."""
        return [[self.headers[0], *self.names], [self.headers[1], *self.factors],
                [self.headers[2], *self.ce_dE_dy, self.sum_names[0], self.shortcut_name],
                [self.headers[3], *self.ce_terms, self.ce_sum, self.shortcut],
                [self.headers[4], *self.sse_dE_dy, self.sum_names[1]], [self.headers[5], *self.sse_terms, self.sse_sum]]

    def width_for(self, losses: tuple[str, ...]) -> int:
        """The width these losses' columns (and the factors') need, shown or not."""
        spacing = self.layout().horizontalSpacing()
        widths = [max(widget.sizeHint().width() for widget in column) for column in self._columns()]
        ce = max(widths[2] + widths[3] + spacing, self.ce_title.sizeHint().width())
        sse = max(widths[4] + widths[5] + spacing, self.sse_title.sizeHint().width())
        shared = widths[0] + widths[1] + spacing
        need = shared + sum(spacing + width for loss, width in (("ce", ce), ("sse", sse)) if loss in losses)
        return max(need, self.chain_rule.sizeHint().width())

    def place_switch(self, switch: QWidget) -> None:
        """The panel's one-loss switch, in the chain rule's row over the losses' columns: no row of its own."""
        self.layout().addWidget(switch, 0, 2, 1, 4, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_losses(self, losses: tuple[str, ...]) -> None:
        """Both losses side by side, or one (``("ce",)`` or ``("sse",)``)."""
        self.losses = losses
        self._show_visible()

    def show_class(self, k: int, temperature: float = 1.0) -> None:
        """The formulas for logit k at temperature T (rich text: only when k or T changes)."""
        self._k, self._temperature = k, temperature
        over_t = "" if temperature == 1.0 else " / T"  # y = softmax(z / T): every ∂yⱼ/∂zₖ carries 1/T
        s = str(k)  # inside <sub>: a Unicode subscript there would be smaller still
        self.chain_rule.setText(f"∂E/∂z{_sub(s)} = Σ{_sub('j')} ∂E/∂y{_sub('j')} · ∂y{_sub('j')}/∂z{_sub(s)}")
        headers = ("j", f"∂y{_sub('j')}/∂z{_sub(s)} = y{_sub('j')}(δ{_sub('j' + s)} − y{_sub(s)}){over_t}",
                   f"∂E/∂y{_sub('j')} = −t{_sub('j')} / y{_sub('j')}", "× ∂y<sub>j</sub>/∂z" + _sub(s),
                   f"∂E/∂y{_sub('j')} = y{_sub('j')} − t{_sub('j')}", "× ∂y<sub>j</sub>/∂z" + _sub(s))
        for header, text in zip(self.headers, headers):
            header.setText(text)
        for name in self.sum_names:
            name.setText(f"∂E/∂z{_sub(s)} = Σ{_sub('j')}")
        self.shortcut_name.setText(f"= (y{_sub(s)} − t{_sub(s)}) / T =" if over_t else f"= y{_sub(s)} − t{_sub(s)} =")

    def show_rows(self, rows: int) -> None:
        self._rows = rows
        self._show_visible()

    def _show_visible(self) -> None:
        """The rows of the classes there are, in the columns of the losses shown."""
        ce, sse = "ce" in self.losses, "sse" in self.losses
        for j in range(MAX_CLASSES):
            for widget, loss_shown in ((self.names[j], True), (self.factors[j], True), (self.ce_dE_dy[j], ce),
                                       (self.ce_terms[j], ce), (self.sse_dE_dy[j], sse), (self.sse_terms[j], sse)):
                widget.setVisible(j < self._rows and loss_shown)
        for widget in (self.ce_title, self.headers[2], self.headers[3], self.sum_names[0], self.ce_sum,
                       self.shortcut_name, self.shortcut):
            widget.setVisible(ce)
        for widget in (self.sse_title, self.headers[4], self.headers[5], self.sum_names[1], self.sse_sum):
            widget.setVisible(sse)

    def show_steps(self, step: SoftmaxDerivation, target: int) -> None:
        if target != self._target:
            for j, name in enumerate(self.names):
                name.setText(f"▶ {j}" if j == target else str(j))
                name.setFont(_bold() if j == target else QFont())
            self._target = target
        t = step.t
        for j in range(self._rows):
            self.factors[j].show_text(number_text(step.jacobian[j]))
            self.ce_dE_dy[j].show_text(_ce_text(step.ce_dE_dy[j], t[j]))
            self.ce_terms[j].show_text(_ce_text(step.ce_terms[j], t[j]))
            self.sse_dE_dy[j].show_text(number_text(step.sse_dE_dy[j]))
            self.sse_terms[j].show_text(number_text(step.sse_terms[j]))
        self.ce_sum.show_text(number_text(step.ce_grad))
        self.sse_sum.show_text(number_text(step.sse_grad))
        y_k, t_k = step.ce_closed_form
        text = f"{number_text(y_k)} − {number_text(t_k)}"
        self.shortcut.show_text(text if step.temperature == 1.0 else f"({text}) / {step.temperature:g}")


class SigmoidSteps(QWidget):
    """Binary mode: ∂E/∂z = ∂E/∂p · ∂p/∂z for binary cross-entropy and the squared error."""

    #: (formula, which number) per line; the numbers by SigmoidDerivation attribute.
    BCE_LINES = (("∂E/∂p = −t / p + (1 − t) / (1 − p)", "bce_dE_dp"), ("∂p/∂z = p(1 − p)", "dp_dz"),
                 ("∂E/∂z = ∂E/∂p · ∂p/∂z", "bce_grad"))
    SSE_LINES = (("∂E/∂p = p − t", "sse_dE_dp"), ("∂p/∂z = p(1 − p)", "dp_dz"), ("∂E/∂z = (p − t) · p(1 − p)", "sse_grad"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.bce_title, self.sse_title = _title(QLabel()), _title(QLabel())
        self.bce_loss = rich_label(Qt.AlignmentFlag.AlignLeft)
        self.bce_loss.setText("E = −[t log p + (1 − t) log(1 − p)]")
        self.sse_loss = rich_label(Qt.AlignmentFlag.AlignLeft)
        self.sse_loss.setText("E = ½ (p − t)²")
        grid.addWidget(self.bce_title, 0, 0, 1, 2)
        grid.addWidget(self.sse_title, 0, 3, 1, 2)
        grid.addWidget(self.bce_loss, 1, 0, 1, 2)
        grid.addWidget(self.sse_loss, 1, 3, 1, 2)
        #: The numbers by (loss, attribute): ("bce", "dp_dz") and so on.
        self.cells: dict[tuple[str, str], NumberCell] = {}
        for column, key, lines in ((0, "bce", self.BCE_LINES), (3, "sse", self.SSE_LINES)):
            for row, (formula, attribute) in enumerate(lines, start=2):
                label = rich_label(Qt.AlignmentFlag.AlignLeft)
                label.setText(formula)
                cell = NumberCell(WIDEST_STEP)
                grid.addWidget(label, row, column)
                grid.addWidget(cell, row, column + 1)
                self.cells[(key, attribute)] = cell
        shortcut = rich_label(Qt.AlignmentFlag.AlignLeft)
        shortcut.setText("= p − t =")
        self.shortcut = NumberCell(WIDEST_DIFFERENCE)
        grid.addWidget(shortcut, 5, 0)
        grid.addWidget(self.shortcut, 5, 1)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)

    def show_steps(self, step: SigmoidDerivation) -> None:
        for (_, attribute), cell in self.cells.items():
            cell.show_text(number_text(getattr(step, attribute)))
        self.shortcut.show_text(f"{number_text(step.p)} − {step.t}")


class DerivationPanel(ShownAfterThePlots, Retranslated, QWidget):
    """∂E/∂zₖ for one class k, chosen in a small selector: by default the
    correct class, followed as it changes."""

    #: The user chose a class in the selector: its index, or −1 for "the correct class".
    class_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)  # opaque: changing numbers repaint this panel only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.selector_label = QLabel()
        self.selector = QComboBox()
        # Sized for its items when they change (``_fill_selector``), not by
        # AdjustToContents, which lays the panel out again some time after
        # it is first shown.
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selector.activated.connect(self._on_selector_activated)
        self.selector_label.setBuddy(self.selector)
        top.addWidget(self.selector_label)
        top.addWidget(self.selector)
        top.addStretch(1)
        layout.addLayout(top)
        self.softmax_steps = SoftmaxSteps()
        self.softmax_steps.place_switch(self._build_loss_switch())
        self.sigmoid_steps = SigmoidSteps()
        layout.addWidget(self.softmax_steps)
        layout.addWidget(self.sigmoid_steps)
        self.lesson = QLabel()
        self.lesson.setWordWrap(True)
        self.typed_note = QLabel()
        self.typed_note.setWordWrap(True)
        for note in (self.lesson, self.typed_note):
            style.tint(note, style.MUTED)
            layout.addWidget(note)
        layout.addStretch(1)
        self._chosen: int | None = None  # None: follow the correct class
        self._readout: Readout | None = None
        self._shown_mode: Mode | None = None
        self._shown_classes = -1
        self._shown_target = -1
        self._shown_k = -1
        self._shown_typed: bool | None = None
        self.retranslate()

    def _build_loss_switch(self) -> QWidget:
        """One loss at a time, chosen here, where both do not fit side by side."""
        self.loss_switch = QWidget()
        row = QHBoxLayout(self.loss_switch)
        row.setContentsMargins(0, 0, 0, 0)
        self.loss_buttons = QButtonGroup(self)
        for loss in LOSSES:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(loss == LOSSES[0])
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.loss_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.loss_buttons.buttonToggled.connect(lambda _button, checked: checked and self._fit_losses())
        self.loss_switch.hide()
        return self.loss_switch

    @property
    def one_loss_at_a_time(self) -> bool:
        return not self.loss_switch.isHidden()

    def _fit_losses(self) -> None:
        """Both losses where they fit beside each other, else the one the switch chose."""
        steps = self.softmax_steps
        margins = self.layout().contentsMargins()
        narrow = self.width() - margins.left() - margins.right() < steps.width_for(LOSSES)
        chosen = LOSSES[[button.isChecked() for button in self.loss_buttons.buttons()].index(True)]
        losses = (chosen,) if narrow else LOSSES
        if losses != steps.losses:
            steps.show_losses(losses)
        if narrow == self.loss_switch.isHidden():
            self.loss_switch.setVisible(narrow and self._shown_mode is not Mode.BINARY)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_losses()

    # -- the class -------------------------------------------------------------------

    @property
    def shown_class(self) -> int:
        """The k whose ∂E/∂zₖ is shown (the correct class unless one was chosen)."""
        return self._shown_k

    def set_class(self, k: int | None) -> None:
        """Show ∂E/∂zₖ for class k, or for the correct class (None) as it changes."""
        self._chosen = k
        if self.latest_readout is not None:
            self.show_readout(self.latest_readout)
            self.draw_now()  # the teacher's own choice: no plot is waiting for it

    def _on_selector_activated(self, index: int) -> None:
        k = None if index == 0 else index - 1
        self.set_class(k)
        self.class_chosen.emit(-1 if k is None else k)

    def _fill_selector(self, n_classes: int, target: int) -> None:
        """Item 0 follows the correct class; then one item per logit (rare: classes or target changed)."""
        with QSignalBlocker(self.selector):
            self.selector.clear()
            self.selector.addItem(fill(self.tr("z%1, the correct class"), subscript(target)))
            for k in range(n_classes):
                self.selector.addItem(f"z{subscript(k)}")
            self.selector.setCurrentIndex(0 if self._chosen is None else self._chosen + 1)
        metrics = self.selector.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.selector.itemText(i)) for i in range(self.selector.count()))
        self.selector.setMinimumContentsLength(math.ceil(widest / metrics.horizontalAdvance("x")) + 1)

    # -- Retranslated, FollowsLook ---------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("The gradient ∂E/∂z step by step"))
        self.selector_label.setText(self.tr("Gradient ∂E/∂zₖ of the logit"))
        steps = self.softmax_steps
        steps.ce_title.setText(self.tr("Cross-entropy error") + "   E = −Σ<sub>j</sub> t<sub>j</sub> log y<sub>j</sub>")
        steps.sse_title.setText(self.tr("Sum of squared error") + "   E = ½ Σ<sub>j</sub> (y<sub>j</sub> − t<sub>j</sub>)²")
        self.sigmoid_steps.bce_title.setText(self.tr("Binary cross-entropy"))
        self.sigmoid_steps.sse_title.setText(self.tr("Squared error"))
        for button, text in zip(self.loss_buttons.buttons(), (self.tr("Cross-entropy error"), self.tr("Sum of squared error"))):
            button.setText(text)
            button.setToolTip(self.tr("No room for both side by side: one loss at a time. Both share the factors yⱼ(δⱼₖ − yₖ)."))
        if self._shown_mode is not None:
            self._fit_losses()  # the titles' widths changed with the language
        self._shown_classes = -1  # the selector's texts again
        self._shown_mode = None  # and the lesson's
        self._shown_typed = None
        if self.latest_readout is not None:
            self.show_readout(self.latest_readout)
            self.draw_now()

    def apply_look(self, look: style.Look) -> None:
        """The number cells follow the window's font by themselves; sized again here all the same."""
        for cell in self.findChildren(NumberCell):
            cell.fit()
        self._fit_losses()  # the columns' widths grew or shrank with the font

    def _lesson_text(self, mode: Mode) -> str:
        if mode is Mode.BINARY:
            return self.tr("Both go through the same factor p(1 − p), at most ¼. Binary cross-entropy's ∂E/∂p cancels it, "
                           "so its gradient stays p − t; the squared error keeps it, so its gradient fades as p nears 0 or 1.")
        return self.tr("Both sums take the same factors yⱼ(δⱼₖ − yₖ), each at most ¼ in size (δⱼₖ is 1 where j = k, else 0; "
                       "not the δ = 10⁻⁷ inside the log). Cross-entropy's −tⱼ / yⱼ cancels their yⱼ, so its gradient stays "
                       "yₖ − tₖ however saturated y is; the squared error's yⱼ − tⱼ does not, so its gradient fades with the factors.")

    # -- ShowsReadout ------------------------------------------------------------------

    def _render(self, readout: Readout) -> None:
        self._readout = readout
        state = readout.state
        if state.mode is not self._shown_mode:
            self._show_mode(state.mode)
        typed = state.entered is not None
        if typed is not self._shown_typed:
            self._shown_typed = typed
            self.typed_note.setVisible(typed)
            self.typed_note.setText(self.tr("No logits: these probabilities were typed in. The formulas are applied "
                                            "to y as written, as the gradient plot does."))
        if state.mode is Mode.BINARY:
            self.sigmoid_steps.show_steps(derivation_of(readout))
            return
        if state.n_classes != self._shown_classes or state.target != self._shown_target:
            if self._chosen is not None and self._chosen >= state.n_classes:
                self._chosen = None  # that class is gone: back to the correct class
            self._fill_selector(state.n_classes, state.target)
            self.softmax_steps.show_rows(state.n_classes)
            self._shown_classes, self._shown_target = state.n_classes, state.target
        k = state.target if self._chosen is None else self._chosen
        if k != self._shown_k or state.temperature != self.softmax_steps._temperature:
            self.softmax_steps.show_class(k, state.temperature)
            self._shown_k = k
        if self.selector.currentIndex() != (0 if self._chosen is None else self._chosen + 1):
            with QSignalBlocker(self.selector):
                self.selector.setCurrentIndex(0 if self._chosen is None else self._chosen + 1)
        self.softmax_steps.show_steps(derivation_of(readout, k), state.target)

    def _show_mode(self, mode: Mode) -> None:
        binary = mode is Mode.BINARY
        self.softmax_steps.setVisible(not binary)
        self.sigmoid_steps.setVisible(binary)
        self.selector.setVisible(not binary)
        self.selector_label.setVisible(not binary)
        self.loss_switch.setVisible(not binary and self.softmax_steps.losses != LOSSES)
        self.lesson.setText(self._lesson_text(mode))
        self._shown_mode = mode
        self._shown_classes = -1
