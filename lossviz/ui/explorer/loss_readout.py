"""Every loss for the current state, each with its formula and its value.

The labels whose text changes on every slider move have a fixed size: Qt
lays out the whole window again whenever a label that can change size gets
new text, and that relayout alone would cost more than a frame.

The losses a second lecture adds (KL divergence, focal loss, the
multi-class hinge) are rows too, shown only when turned on in the
"Advanced" strip (``lossviz.ui.explorer.advanced_strip``, with T and ε), so
the default read-out is the seeds' alone; what the rows say for a state is
``lossviz.ui.explorer.lecture_rows``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from lossviz.explorer import MORE_LOSS_KEYS, ExplorerState, Mode, Readout, format_value
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.explorer import lecture_rows
from lossviz.ui.explorer.advanced_strip import AdvancedStrip
from lossviz.ui.explorer.chain_table import ShownWhenVisible

#: Rows enough for the most a state shows: the softmax's five and three more.
SEEDS_ROWS = 5
ROWS = SEEDS_ROWS + len(MORE_LOSS_KEYS)


#: The first grid row of the losses: under the summary and the badge.
FIRST_ROW = 2


class SummaryLine(QWidget):
    """The correct class's y and Σ y over the losses: on one line where the
    read-out is wide enough, else on two, so the read-out (and the window
    with the MNIST panel open) can be as narrow as a small screen needs.
    Its label keeps a fixed size for its widest text: the text changes on
    every slider move, and a label free to change size would ask for a
    relayout of the window each time.  Only a change of lines re-lays out."""

    lines_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # plain text lays out far faster than rich
        self.two_lines = False
        self._sizes = (QSize(0, 0), QSize(0, 0))  # the widest text on one line, on two
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def fit(self, widest_on_one_line: list[str], widest_on_two: list[str]) -> None:
        """Measure the widest texts each way (a new language or font)."""
        label = self.label
        label.setMinimumSize(0, 0)
        label.setMaximumSize(16777215, 16777215)

        def widest(texts: list[str]) -> QSize:
            sizes = []
            for text in texts:
                label.setText(text)
                sizes.append(label.sizeHint())
            return QSize(max(size.width() for size in sizes), max(size.height() for size in sizes))

        self._sizes = (widest(widest_on_one_line), widest(widest_on_two))
        changed = self._fit_lines(self.width())
        self.label.setFixedSize(self._sizes[self.two_lines])
        self.updateGeometry()
        if changed:
            self.lines_changed.emit()

    def sizeHint(self) -> QSize:
        return self._sizes[0]

    def minimumSizeHint(self) -> QSize:
        return QSize(self._sizes[1].width(), self._sizes[0].height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._sizes[width < self._sizes[0].width()].height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_lines(event.size().width()):
            self.label.setFixedSize(self._sizes[self.two_lines])
            self.lines_changed.emit()

    def _fit_lines(self, width: int) -> bool:
        """One line or two for this width; True if that changed."""
        two = width < self._sizes[0].width()
        changed, self.two_lines = two != self.two_lines, two
        return changed


class LossReadout(ShownWhenVisible, Retranslated, QWidget):
    """Behind another view's tab (the chain, the derivation) it costs a
    slider's move nothing: it shows the newest readout when it appears
    (``ShownWhenVisible``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opaque, so changing values repaint this panel only, not the window behind it.
        self.setAutoFillBackground(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.summary_line = SummaryLine()
        self.summary = self.summary_line.label
        self.summary_line.lines_changed.connect(self._show_summary)
        self._summary_warns = False
        grid.addWidget(self.summary_line, 0, 0, 1, 3)
        #: T and ε when on (lecture_rows.badge_text): hidden while both are off.
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        style.tint(self.badge, background=style.WARNING_BG)
        self.badge.setContentsMargins(4, 2, 4, 2)
        self.badge.hide()
        grid.addWidget(self.badge, 1, 0, 1, 3)
        self._build_rows(grid)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 * ROWS + FIRST_ROW, 1)
        self.delta_note = QLabel()
        self.delta_note.setWordWrap(True)
        style.tint(self.delta_note, style.MUTED)
        grid.addWidget(self.delta_note, 2 * ROWS + FIRST_ROW + 1, 0, 1, 2)
        self._build_advanced(grid, 2 * ROWS + FIRST_ROW + 1)
        #: Which note delta_note shows: None (δ keeps log 0 finite), "delta" (δ
        #: visibly caps the cross-entropy), "regression" (the example covers the read-out).
        self._note: str | None = None
        self.covered = False
        self._shown_rows: tuple | None = None
        self._shown_badge = ""
        self._keys: list[str] = []
        self._readout: Readout | None = None
        self.apply_look(style.current())
        self.retranslate()

    def _build_rows(self, grid: QGridLayout) -> None:
        """A name, a formula and a value for every loss a state may show."""
        self._grid = grid
        self.names: list[QLabel] = []
        self.formulas: list[QLabel] = []
        self.values: list[QLabel] = []
        self._more_cells: list[QHBoxLayout] = []  # a more loss's formula, and KL's numbers beside it
        for row in range(ROWS):
            name, formula, value = QLabel(), QLabel(), QLabel()
            name.setWordWrap(True)
            formula.setTextFormat(Qt.TextFormat.RichText)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # Plain text, not selectable: a selectable label lays its text out as a
            # document and paints twice per change (File > Copy the numbers as text copies them).
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.names.append(name)
            self.formulas.append(formula)
            self.values.append(value)
            if row >= SEEDS_ROWS:  # the more losses, one line each, so that turning them on costs the plots little height
                cell = QHBoxLayout()
                cell.setContentsMargins(0, 0, 0, 0)
                cell.setSpacing(14)
                cell.addWidget(formula)
                cell.addStretch(1)
                self._more_cells.append(cell)
                line = 2 * row + FIRST_ROW
                grid.addWidget(name, line, 0)
                grid.addLayout(cell, line, 1)
                grid.addWidget(value, line, 2)
        self._one_line: bool | None = None
        self._place_seeds_rows(one_line=False)  # the name over its formula
        self._build_asides(grid)

    def _build_advanced(self, grid: QGridLayout, row: int) -> None:
        """"Advanced" beside the note, which wraps (the box is no wider for
        it); the strip it opens under it."""
        self.advanced_button = QToolButton()
        self.advanced_button.setCheckable(True)
        self.advanced_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab; Space opens it
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self._on_advanced_toggled)
        grid.addWidget(self.advanced_button, row, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.advanced = AdvancedStrip()
        self.advanced.hide()
        grid.addWidget(self.advanced, row + 1, 0, 1, 3)

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown:
            self.advanced.temperature_spin.setFocus()

    def _build_asides(self, grid: QGridLayout) -> None:
        """Beside KL's formula: KL = CE − H(t) in numbers (placed by _show_rows)."""
        self.kl_identity = QLabel()
        self.kl_identity.setTextFormat(Qt.TextFormat.PlainText)
        self.kl_identity.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.kl_identity.hide()

    def apply_look(self, look: style.Look) -> None:
        """Fonts from the window's (already zoomed) font; in presentation
        mode the values are larger still, the read-out a class can see."""
        value_font = style.scaled_font(self.font(), 2.0 if look.large_values else 1.6, bold=True)
        value_font.setStyleHint(value_font.StyleHint.Monospace)
        value_font.setFamily("DejaVu Sans Mono")
        for name, formula, value in zip(self.names, self.formulas, self.values):
            name.setFont(style.scaled_font(self.font(), 1.1, bold=True))
            formula.setFont(style.scaled_font(self.font(), 1.1))
            value.setFont(value_font)
            metrics = value.fontMetrics()
            value.setFixedSize(metrics.horizontalAdvance("−1.00 × 10⁻⁷ "), metrics.height() + 4)
        self.kl_identity.setFont(style.scaled_font(self.font(), 1.1))
        metrics = self.kl_identity.fontMetrics()  # fixed: its numbers change on every slider move
        self.kl_identity.setFixedSize(metrics.horizontalAdvance(lecture_rows.identity_sample()) + 4, metrics.height() + 2)
        text = self.summary.text()
        self._fix_summary_size()
        self.summary.setText(text)
        self._show_summary()  # on as many lines as the new size needs

    def retranslate(self) -> None:
        """Names, notes and the summary in the current language, the values as they were."""
        self._fix_summary_size()
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setAccessibleName(self.tr("Advanced: temperature, label smoothing, more losses"))
        self.advanced_button.setToolTip(self.tr("The softmax's temperature T, label smoothing ε, and more losses: KL divergence, "
                                                "focal loss, the multi-class hinge, each with its formula, curve and gradient"))
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if self.advanced_button.isChecked() else Qt.ArrowType.RightArrow)
        self.kl_identity.setToolTip(self.tr("KL = CE − H(t): the cross-entropy without δ, minus the target's entropy "
                                            "H(t) = −Σ t log t, which is 0 for a one-hot t and grows with label smoothing"))
        self._shown_rows = None  # the rows' names again
        self._shown_badge = None
        self._note = "?"  # the note again
        covered = self.covered
        if self._readout is not None:
            self.show_readout(self._readout)
        else:
            self._show_note(None)
        if covered:
            self.cover_for_regression(True)

    def _show_note(self, note: str | None) -> None:
        """Why the cross-entropy reads as it does, or that the example covers
        the read-out; changed only when the note changes (it may re-lay out)."""
        if note == self._note:
            return
        self._note = note
        if note is None:
            text = self.tr("δ = 10⁻⁷ keeps log(0) finite, as in the tutorials.")
        elif note == "delta":
            text = self.tr("⚠ Near y = 0, δ = 10⁻⁷ caps −log(y + δ) at −log δ ≈ 16.1: the cross-entropy reads "
                           "less than −log y, which the curve and “from logits” show without δ.")
        elif note == "delta-binary":
            text = self.tr("⚠ Near p = 0 or 1, p is clipped to [δ, 1 − δ], δ = 10⁻⁷, which caps the binary "
                           "cross-entropy at −log δ ≈ 16.1; “from logit” shows it without the clip.")
        else:
            text = self.tr("The regression example has no classes: its losses are in the Worked example table. "
                           "Move a slider to explore classification again.")
        self.delta_note.setText(text)
        style.tint(self.delta_note, style.MUTED if note is None else None, None if note is None else style.WARNING_BG)

    def cover_for_regression(self, covered: bool) -> None:
        """The regression example on show: no classification losses beside it."""
        self.covered = covered
        if covered:
            # A readout kept while hidden is the state under the example, not shown over it.
            self._readout, self._pending = self.latest_readout, None
            self.summary.setText("")
            for label in self.values:
                label.setText("—")
                label.setToolTip("")
            self._show_note("regression")
        elif self._readout is not None:
            self.show_readout(self._readout)

    def _fix_summary_size(self) -> None:
        """Size the summary for its widest texts, on one line and on two."""
        binary = self._binary_summary(1, 0.999999)
        self.summary_line.fit([self._multiclass_summary(9, 0.999999, 1.999999, warn=True, two_lines=False), binary],
                              [self._multiclass_summary(9, 0.999999, 1.999999, warn=True, two_lines=True), binary])

    def shows_more(self) -> bool:
        """More than the seeds' losses alone: the badge, a more loss, the Advanced strip open."""
        return bool(self._shown_badge) or len(self._keys) > SEEDS_ROWS or not self.advanced.isHidden()

    def loss_names(self, mode: Mode) -> dict[str, str]:
        """Each of the seeds' losses of a mode by its key, with the name shown for it."""
        return {key: name for key, name, _ in lecture_rows.rows_for(ExplorerState().with_mode(mode))}

    def value_text(self, key: str) -> str:
        """The value the read-out shows for a loss (tests read what users see)."""
        return self.values[self._keys.index(key)].text()

    def _render(self, readout: Readout) -> None:
        self._readout = readout
        self.covered = False
        state = readout.state
        mode = state.mode
        self._show_note(("delta-binary" if mode is Mode.BINARY else "delta") if readout.delta_shows else None)
        if lecture_rows.rows_key(state) != self._shown_rows:
            self._show_rows(state)
        self._show_lecture(readout)
        for key, label in zip(self._keys, self.values):
            value = readout.loss(key)
            label.setText(format_value(value) if value is not None else self.tr("n/a"))
            tip = repr(value) if value is not None else lecture_rows.not_available_reason(key, readout)
            if label.toolTip() != tip:  # setToolTip sends an event even for the same text
                label.setToolTip(tip)
        self._show_summary()

    def _show_summary(self) -> None:
        readout = self._readout
        if readout is None or self.covered:
            return
        state = readout.state
        if state.mode is Mode.BINARY:
            self.summary.setText(self._binary_summary(state.target, readout.y[1]))
        else:
            warn = not readout.sums_to_one
            self.summary.setText(self._multiclass_summary(state.target, readout.y_correct, readout.total, warn))
            if warn != self._summary_warns:  # a style sheet change is costly: only on a change
                style.tint(self.summary, background=style.WARNING_BG if warn else None)
                self._summary_warns = warn

    def _binary_summary(self, target: int, p: float) -> str:
        return fill(self.tr("Label t = %1, sigmoid output p = %2"), target, f"{p:.6f}")

    def _multiclass_summary(self, target: int, y_correct: float, total: float, warn: bool, two_lines: bool | None = None) -> str:
        subscript = str(target).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
        summary = fill(self.tr("Correct class %1:  y%2 = %3   ·   Σ y = %4"), target, subscript, f"{y_correct:.6f}", f"{total:.6f}")
        if self.summary_line.two_lines if two_lines is None else two_lines:
            first, _, second = summary.rpartition("·")
            summary = f"{first.rstrip()}\n{second.strip()}" if first else summary
        return f"⚠ {summary}" if warn else summary

    def _show_rows(self, state: ExplorerState) -> None:
        """The rows of the state's losses (a mode, T or ε switched on or off, a loss turned on)."""
        rows = lecture_rows.rows_for(state)
        self._keys = [key for key, _, _ in rows]
        for cell in self._more_cells:
            cell.removeWidget(self.kl_identity)
        self.kl_identity.hide()
        self._place_seeds_rows(one_line=bool(state.more_losses) and state.mode is Mode.MULTICLASS)
        for index in range(len(self.names)):
            visible = index < len(rows)
            for widget in (self.names[index], self.formulas[index], self.values[index]):
                widget.setVisible(visible)
            if visible:
                key, name, formula = rows[index]
                self.names[index].setText(name)
                self.formulas[index].setText(formula)
                self.values[index].setAccessibleName(name)
                if key == "kl_divergence":
                    self._more_cells[index - SEEDS_ROWS].insertWidget(1, self.kl_identity)
                    self.kl_identity.show()
        self._shown_rows = lecture_rows.rows_key(state)

    def _place_seeds_rows(self, one_line: bool) -> None:
        """The seeds' losses with each name over its formula; with more losses
        shown, one line each like those, so the box grows by little."""
        if one_line == self._one_line:
            return
        self._one_line = one_line
        for row in range(SEEDS_ROWS):
            line = 2 * row + FIRST_ROW
            for widget in (self.names[row], self.formulas[row], self.values[row]):
                self._grid.removeWidget(widget)  # nothing to remove the first time
            if one_line:
                self._grid.addWidget(self.names[row], line, 0)
                self._grid.addWidget(self.formulas[row], line, 1)
                self._grid.addWidget(self.values[row], line, 2)
            else:
                self._grid.addWidget(self.names[row], line, 0, 1, 2)
                self._grid.addWidget(self.values[row], line, 2, 2, 1)
                self._grid.addWidget(self.formulas[row], line + 1, 0)

    def _show_lecture(self, readout: Readout) -> None:
        """The badge, the strip's controls and KL's numbers, as the state has them."""
        state = readout.state
        badge = lecture_rows.badge_text(state)
        if badge != self._shown_badge:  # only when T or ε changes: the badge may re-lay out
            self._shown_badge = badge
            self.badge.setText(badge)
            self.badge.setVisible(bool(badge))
        self.advanced.show_state(state)
        if state.shows("kl_divergence"):
            self.kl_identity.setText(lecture_rows.kl_identity_text(readout))
