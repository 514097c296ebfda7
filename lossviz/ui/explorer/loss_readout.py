"""Every loss for the current state, each with its formula and its value.

The labels whose text changes on every slider move have a fixed size: Qt
lays out the whole window again whenever a label that can change size gets
new text, and that relayout alone would cost more than a frame.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from lossviz.explorer import Mode, Readout, format_value
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill


class LossReadout(Retranslated, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opaque, so changing values repaint this panel only, not the window behind it.
        self.setAutoFillBackground(True)
        self._rows_by_mode = self._loss_rows()
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # plain text lays out far faster than rich
        self._summary_warns = False
        grid.addWidget(self.summary, 0, 0, 1, 3)
        count = max(len(rows) for rows in self._rows_by_mode.values())
        self.names: list[QLabel] = []
        self.formulas: list[QLabel] = []
        self.values: list[QLabel] = []
        for row in range(count):
            name, formula, value = QLabel(), QLabel(), QLabel()
            name.setWordWrap(True)
            formula.setTextFormat(Qt.TextFormat.RichText)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, 2 * row + 1, 0, 1, 2)
            grid.addWidget(value, 2 * row + 1, 2, 2, 1)
            grid.addWidget(formula, 2 * row + 2, 0, 1, 2)
            self.names.append(name)
            self.formulas.append(formula)
            self.values.append(value)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 * count + 1, 1)
        self.delta_note = QLabel()
        self.delta_note.setWordWrap(True)
        style.tint(self.delta_note, style.MUTED)
        grid.addWidget(self.delta_note, 2 * count + 2, 0, 1, 3)
        #: Which note delta_note shows: None (δ keeps log 0 finite), "delta" (δ
        #: visibly caps the cross-entropy), "regression" (the example covers the read-out).
        self._note: str | None = None
        self.covered = False
        self._shown_mode: Mode | None = None
        self._keys: list[str] = []
        self._readout: Readout | None = None
        self.apply_look(style.current())
        self.retranslate()

    def _loss_rows(self) -> dict[Mode, list[tuple[str, str, str]]]:
        """Loss key (as in lossviz.losses) -> (name, formula as rich text), by mode.
        Formulas use y for outputs, t for the target, z for logits, as the seeds do."""
        return {
            Mode.MULTICLASS: [
                ("sum_squared_error", self.tr("Sum of squared error"), "½ Σ<sub>k</sub> (y<sub>k</sub> − t<sub>k</sub>)²"),
                ("mean_squared_error", self.tr("Mean squared error"), "(1/K) Σ<sub>k</sub> (y<sub>k</sub> − t<sub>k</sub>)²"),
                ("cross_entropy_error", self.tr("Cross-entropy error"), "−Σ<sub>k</sub> t<sub>k</sub> log(y<sub>k</sub> + δ)"),
                ("sparse_cross_entropy_error", self.tr("Sparse cross-entropy"), "−log(y<sub>label</sub> + δ)"),
                ("cross_entropy_from_logits", self.tr("Cross-entropy from logits"), "log Σ<sub>j</sub> e<sup>z<sub>j</sub></sup> − z<sub>label</sub>"),
            ],
            Mode.BINARY: [
                ("binary_cross_entropy", self.tr("Binary cross-entropy"), "−[t log p + (1 − t) log(1 − p)]"),
                ("binary_cross_entropy_from_logits", self.tr("Binary cross-entropy from logit"), "max(z, 0) − z·t + log(1 + e<sup>−|z|</sup>)"),
                ("sum_squared_error", self.tr("Squared error"), "½ (p − t)²"),
            ],
        }

    def apply_look(self, look: style.Look) -> None:
        """Fonts from the window's (already zoomed) font; in presentation
        mode the values are larger still, the read-out a class can see."""
        value_font = style.scaled_font(self.font(), 2.0 if look.thick else 1.6, bold=True)
        value_font.setStyleHint(value_font.StyleHint.Monospace)
        value_font.setFamily("DejaVu Sans Mono")
        for name, formula, value in zip(self.names, self.formulas, self.values):
            name.setFont(style.scaled_font(self.font(), 1.1, bold=True))
            formula.setFont(style.scaled_font(self.font(), 1.1))
            value.setFont(value_font)
            metrics = value.fontMetrics()
            value.setFixedSize(metrics.horizontalAdvance("−1.00 × 10⁻⁷ "), metrics.height() + 4)
        text = self.summary.text()
        self._fix_summary_size()
        self.summary.setText(text)

    def retranslate(self) -> None:
        """Names, notes and the summary in the current language, the values as they were."""
        self._rows_by_mode = self._loss_rows()
        self._fix_summary_size()
        self._shown_mode = None  # the rows' names again
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
            self.summary.setText("")
            for label in self.values:
                label.setText("—")
                label.setToolTip("")
            self._show_note("regression")
        elif self._readout is not None:
            self.show_readout(self._readout)

    def _fix_summary_size(self) -> None:
        """Size the summary for its widest text, then keep that size."""
        self.summary.setMinimumSize(0, 0)
        self.summary.setMaximumSize(16777215, 16777215)
        self.summary.setText(self._multiclass_summary(9, 0.999999, 1.999999, warn=True))
        self.summary.setFixedSize(self.summary.sizeHint())

    def loss_names(self, mode: Mode) -> dict[str, str]:
        """Each loss of a mode by its key, with the name shown for it."""
        return {key: name for key, name, _ in self._rows_by_mode[mode]}

    def value_text(self, key: str) -> str:
        """The value the read-out shows for a loss (tests read what users see)."""
        return self.values[self._keys.index(key)].text()

    def show_readout(self, readout: Readout) -> None:
        self._readout = readout
        self.covered = False
        mode = readout.state.mode
        self._show_note(("delta-binary" if mode is Mode.BINARY else "delta") if readout.delta_shows else None)
        if mode is not self._shown_mode:
            self._show_rows(mode)
        for key, label in zip(self._keys, self.values):
            value = readout.loss(key)
            label.setText(format_value(value) if value is not None else self.tr("n/a"))
            label.setToolTip(repr(value) if value is not None else self.tr(
                "No logits: these probabilities were typed in. Move a slider to drive y from logits."))
        state = readout.state
        if mode is Mode.BINARY:
            p = readout.y[1]
            self.summary.setText(fill(self.tr("Label t = %1, sigmoid output p = %2"), state.target, f"{p:.6f}"))
        else:
            warn = not readout.sums_to_one
            self.summary.setText(self._multiclass_summary(state.target, readout.y_correct, readout.total, warn))
            if warn != self._summary_warns:  # a style sheet change is costly: only on a change
                style.tint(self.summary, background=style.WARNING_BG if warn else None)
                self._summary_warns = warn

    def _multiclass_summary(self, target: int, y_correct: float, total: float, warn: bool) -> str:
        subscript = str(target).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
        summary = fill(self.tr("Correct class %1:  y%2 = %3   ·   Σ y = %4"), target, subscript, f"{y_correct:.6f}", f"{total:.6f}")
        return f"⚠ {summary}" if warn else summary

    def _show_rows(self, mode: Mode) -> None:
        rows = self._rows_by_mode[mode]
        self._keys = [key for key, _, _ in rows]
        for index in range(len(self.names)):
            visible = index < len(rows)
            for widget in (self.names[index], self.formulas[index], self.values[index]):
                widget.setVisible(visible)
            if visible:
                _, name, formula = rows[index]
                self.names[index].setText(name)
                self.formulas[index].setText(formula)
                self.values[index].setAccessibleName(name)
        self._shown_mode = mode
