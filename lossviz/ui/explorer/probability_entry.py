"""Exact entry of a probability vector or of the logits, typed or pasted.

A probability vector that does not sum to 1 is accepted and used as written,
with a visible warning and a one-click renormalise: the seeds compute some
of their printed losses on such vectors.  Typed logits go on the sliders
(clamped to their range, with a note saying so), so "from logits", the
hinge and the chain stay defined.  Anything that is not a vector of the
right length is refused with an inline message, and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, Mode, Readout, clamp_logit, parse_logits, parse_probabilities
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill, translated


def vector_text(values) -> str:
    """A vector as the field shows it: 6 significant digits, the sliders' precision and more."""
    return ", ".join(f"{v:.6g}" for v in values)


PROBABILITIES, LOGITS = "probabilities", "logits"


class ProbabilityEntry(Retranslated, QWidget):
    probabilities_entered = Signal(tuple)
    logits_entered = Signal(tuple)
    renormalise_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        #: What the field reads: probabilities y, or logits z.
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("", PROBABILITIES)
        self.kind_combo.addItem("", LOGITS)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        row.addWidget(self.kind_combo)
        self.line_edit = QLineEdit()
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.returnPressed.connect(self._on_apply_clicked)
        self.line_edit.textEdited.connect(self._on_text_edited)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self._on_apply_clicked)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        style.tint(self.error_label, style.ERROR_FG)
        bold = QFont()  # the weight only: the size follows the window's zoom
        bold.setBold(True)
        self.error_label.setFont(bold)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        #: Typed logits beyond the sliders' range, and where they went.
        self.clamp_label = QLabel()
        self.clamp_label.setWordWrap(True)
        style.tint(self.clamp_label, background=style.WARNING_BG)
        self.clamp_label.setContentsMargins(4, 4, 4, 4)
        self.clamp_label.hide()
        layout.addWidget(self.clamp_label)
        warning_row = QHBoxLayout()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        style.tint(self.warning_label, background=style.WARNING_BG)
        self.warning_label.setContentsMargins(4, 4, 4, 4)
        self.renormalise_button = QPushButton()
        self.renormalise_button.clicked.connect(self.renormalise_requested)
        warning_row.addWidget(self.warning_label, 1)
        warning_row.addWidget(self.renormalise_button)
        layout.addLayout(warning_row)
        self.warning_label.hide()
        self.renormalise_button.hide()
        self._expected_count = 10
        self._mode: Mode | None = None
        self._error: ValueError | None = None  # the refusal shown, kept to show it again in another language
        self._readout: Readout | None = None
        #: The logits last typed, as the sliders took them (clamped), and the clamp note's values.
        self._typed_logits: tuple[float, ...] | None = None
        self._clamped: list[tuple[float, float]] = []
        self.retranslate()

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _on_kind_changed(self, _index: int) -> None:
        self._hide_error()
        self._hide_clamp()
        self.line_edit.clear()
        self._typed_logits = None
        if self._readout is not None:
            self._mode = None  # the caption again
            self.show_readout(self._readout)

    def _hide_clamp(self) -> None:
        self._clamped = []
        self.clamp_label.hide()

    def _show_clamp(self) -> None:
        pairs = ", ".join(f"{_signed(a)} → {_signed(b)}" for a, b in self._clamped)
        self.clamp_label.setText(fill(self.tr("⚠ The sliders reach from %1 to %2: %3. The losses use the logits the sliders show."),
                                      _signed(LOGIT_MIN), _signed(LOGIT_MAX), pairs))
        self.clamp_label.show()

    def retranslate(self) -> None:
        self.kind_combo.setItemText(0, "y")  # the caption above names them in words
        self.kind_combo.setItemText(1, "z")
        self.kind_combo.setAccessibleName(self.tr("Type probabilities or logits"))
        self.kind_combo.setToolTip(self.tr("What the field reads: probabilities y (used as written), or logits z (put on the sliders)"))
        if self._clamped:
            self._show_clamp()
        self.line_edit.setAccessibleName(self.tr("Logits") if self.kind == LOGITS else self.tr("Probability vector"))
        self.apply_button.setText(self.tr("Apply"))
        self.renormalise_button.setText(self.tr("Renormalise"))
        self.renormalise_button.setToolTip(self.tr("Divide every value by the sum, so that they sum to 1"))
        if self._error is not None:
            self._show_error(self._error)  # in this language
        if self._readout is not None:
            self._mode = None  # the caption again
            self.show_readout(self._readout)

    def _on_text_edited(self, _text: str) -> None:
        self._hide_error()

    def _hide_error(self) -> None:
        self._error = None
        self.error_label.hide()

    def _on_apply_clicked(self) -> None:
        if self.kind == LOGITS:
            self._apply_logits()
            return
        try:
            values = parse_probabilities(self.line_edit.text(), self._expected_count)
        except ValueError as exc:
            self._show_error(exc)
            return
        self._hide_error()
        self.line_edit.setModified(False)  # applied: from now on it shows what is plotted
        self.probabilities_entered.emit(values)

    def _show_error(self, error: ValueError) -> None:
        """What is wrong with the text typed; the plotted state stays as it was."""
        self._error = error
        self.error_label.setText(f"✖ {translated(error)}")
        self.error_label.show()

    def _apply_logits(self) -> None:
        try:
            values = parse_logits(self.line_edit.text(), self._expected_count)
        except ValueError as exc:
            self._show_error(exc)
            return
        self._hide_error()
        placed = tuple(clamp_logit(v) for v in values)
        self._clamped = [(a, b) for a, b in zip(values, placed) if a != b]
        if self._clamped:
            self._show_clamp()
        else:
            self.clamp_label.hide()
        self._typed_logits = placed
        self.line_edit.setModified(False)
        self.logits_entered.emit(values)

    def set_text(self, text: str) -> None:
        if self.kind != PROBABILITIES:  # a worked example's vector is probabilities
            with QSignalBlocker(self.kind_combo):
                self.set_kind(PROBABILITIES)
            self._mode = None
        self.line_edit.setText(text)
        self.line_edit.setCursorPosition(0)  # show the start of a long vector
        self._hide_error()

    def _show_entered(self, entered: tuple[float, ...] | None) -> None:
        """The field shows the vector plotted, or nothing once the sliders
        drive y: never text that no longer applies.  Text the user typed for
        that very vector stays as typed (``10%, 90%``); text being typed, not
        yet applied, is theirs until they leave the field."""
        edit = self.line_edit
        if edit.hasFocus() and edit.isModified():
            return
        if self.kind == LOGITS:
            self._show_typed_logits(entered)
            return
        if entered is None:
            if edit.text():
                edit.clear()
            return
        try:
            if parse_probabilities(edit.text(), len(entered)) == entered:
                return
        except ValueError:
            pass
        edit.setText(vector_text(entered))
        edit.setCursorPosition(0)  # the start of a long vector

    def _show_typed_logits(self, entered: tuple[float, ...] | None) -> None:
        """The typed logits stay while the sliders show them; a slider moved
        (or a vector typed elsewhere) clears them and their note."""
        state = self._readout.state
        if self._typed_logits is not None and entered is None and state.logits == self._typed_logits:
            return
        if entered is not None:  # probabilities came from elsewhere (an example): show them as such
            with QSignalBlocker(self.kind_combo):
                self.set_kind(PROBABILITIES)
            self._mode = None
            self._typed_logits = None
            self._hide_clamp()
            self.show_readout(self._readout)
            return
        self._typed_logits = None
        if self.clamp_label.isVisible():
            self._hide_clamp()
        if self.line_edit.text():
            self.line_edit.clear()

    def show_readout(self, readout: Readout) -> None:
        self._readout = readout
        state = readout.state
        count = 1 if state.mode is Mode.BINARY else state.n_classes
        if count != self._expected_count or state.mode is not self._mode:
            self._expected_count, self._mode = count, state.mode
            self.line_edit.setAccessibleName(self.tr("Logits") if self.kind == LOGITS else self.tr("Probability vector"))
            if self.kind == LOGITS:
                if state.mode is Mode.BINARY:
                    self.caption.setText(self.tr("Type the sigmoid's logit z:"))
                    self.line_edit.setPlaceholderText(fill(self.tr("e.g. %1"), "0.85"))
                else:
                    self.caption.setText(fill(self.tr("Type or paste %1 logits:"), count))
                    self.line_edit.setPlaceholderText(fill(self.tr("e.g. %1"), ", ".join(["2.0", "1.0", "0.1", "0"][:count] + ["0"] * (count - 4))))
            elif state.mode is Mode.BINARY:
                self.caption.setText(self.tr("Type the sigmoid output p (between 0 and 1):"))
                self.line_edit.setPlaceholderText(fill(self.tr("e.g. %1"), "0.7"))
            else:
                self.caption.setText(fill(self.tr("Type or paste %1 probabilities:"), count))
                self.line_edit.setPlaceholderText(fill(self.tr("e.g. %1"), ", ".join(["0.1"] * count)))
        self._show_entered(state.entered)
        off = state.entered is not None and not readout.sums_to_one
        if off:
            self.warning_label.setText(fill(self.tr(
                "⚠ These values sum to %1, not 1. The losses are computed on them as written."
            ), f"{readout.total:.6g}"))
        self.warning_label.setVisible(off)
        self.renormalise_button.setVisible(off)


def _signed(value: float) -> str:
    return f"{value:g}".replace("-", "−")
