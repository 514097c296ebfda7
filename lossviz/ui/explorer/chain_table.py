"""The softmax chain in numbers: zₖ, e^zₖ, Σⱼ e^zⱼ, yₖ = e^zₖ / Σ and tₖ for
every class, following the sliders (in binary mode the sigmoid's chain:
z, e^−z, 1 + e^−z, p, t).

Cheap on every slider move: each number is a ``NumberCell`` of fixed size
whose text is set only when it changed (a label that may change size makes
Qt lay out the whole window again); the headers, rich text, change only with
the language, the mode or the number of classes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from lossviz.explorer import MAX_CLASSES, Mode, Readout
from lossviz.softmax_chain import NoLogits, SigmoidChain, SoftmaxChain, chain_of
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated

#: The widest number a cell is sized for at first: e^z and y of logits
#: within the sliders' range have one-digit powers of ten.  A longer one
#: (y below 10⁻⁹, a logit beyond ±23) widens its cell once.
WIDEST_NUMBER = "4.54 × 10⁻⁵"
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(k: int) -> str:
    return str(k).translate(_SUBSCRIPTS)


def number_font() -> QFont:
    """The read-out's monospaced digits, so that columns align.  Only the
    family is set: the size still follows the window's zoom."""
    font = QFont()
    font.setFamily("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class NumberCell(QLabel):
    """A number that may change on every slider move: plain text, right
    aligned, of fixed size; ``show_text`` touches Qt only when the text
    changed, and widens the cell (once, a relayout) for a longer text."""

    def __init__(self, sample: str = WIDEST_NUMBER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._sample = sample
        self._shown = ""
        self.setFont(number_font())  # fits it (changeEvent)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoomed: the same text, a new size
            self.fit()
        super().changeEvent(event)

    def fit(self) -> None:
        """Size for the sample (or the text shown, if wider) in the current font."""
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(self._sample), metrics.horizontalAdvance(self._shown))
        self.setFixedSize(width + 4, metrics.height() + 2)

    def show_text(self, text: str) -> None:
        if text == self._shown:
            return
        self._shown = text
        if len(text) > len(self._sample) and self.fontMetrics().horizontalAdvance(text) + 4 > self.width():
            self.setFixedWidth(self.fontMetrics().horizontalAdvance(text) + 4)
        self.setText(text)


class ShownWhenVisible:
    """``show_readout`` for a view that may sit hidden (another tab, a
    panel closed): while hidden it only keeps the newest readout, and shows
    that one when it appears, so a hidden view costs a slider's move nothing.
    The view draws a readout in ``_render``."""

    _pending: Readout | None = None
    _readout: Readout | None = None

    def show_readout(self, readout: Readout) -> None:
        if self.isVisible():
            self._pending = None
            self._render(readout)
        else:
            self._pending = readout

    @property
    def latest_readout(self) -> Readout | None:
        return self._pending if self._pending is not None else self._readout

    def showEvent(self, event) -> None:
        if self._pending is not None:
            readout, self._pending = self._pending, None
            self._render(readout)
        super().showEvent(event)


#: The event that draws a view's newest readout after the plots (``ShownAfterThePlots``).
DRAW_NEWEST = QEvent.Type(QEvent.registerEventType())
#: Below a repaint's own priority (Qt's LowEventPriority): what was waiting is painted first.
_AFTER_REPAINTS = Qt.EventPriority.LowEventPriority.value - 1


class ShownAfterThePlots(ShownWhenVisible):
    """``ShownWhenVisible``, and drawn after the plots: a slider's move
    keeps the newest readout and posts one event, below the priority of
    Qt's repaints, that draws it once the plots (and whatever else was
    waiting) have painted.  The plots never wait for these numbers, which
    follow them within the same frame; moves that come faster than the
    event loop draw only the newest."""

    _draw_posted = False

    def show_readout(self, readout: Readout) -> None:
        self._pending = readout
        if self.isVisible() and not self._draw_posted:
            self._draw_posted = True
            QCoreApplication.postEvent(self, QEvent(DRAW_NEWEST), _AFTER_REPAINTS)

    def customEvent(self, event) -> None:
        if event.type() != DRAW_NEWEST:
            super().customEvent(event)
            return
        self._draw_posted = False
        self.draw_now()

    def draw_now(self) -> None:
        """The newest readout drawn at once, if shown: for a change of the view's own (a class chosen, a language)."""
        if self._pending is not None and self.isVisible():
            readout, self._pending = self._pending, None
            self._render(readout)


def rich_label(alignment=Qt.AlignmentFlag.AlignRight) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    return label


#: The multiclass columns: zₖ, e^zₖ, yₖ = e^zₖ / Σ, tₖ (rich-text headers, the same in every language).
CHAIN_HEADERS = ("z<sub>k</sub>", "e<sup>z<sub>k</sub></sup>", "y<sub>k</sub> = e<sup>z<sub>k</sub></sup> / Σ", "t<sub>k</sub>")
#: The sigmoid's quantities, one row (or column) each.
SIGMOID_NAMES = ("z", "e<sup>−z</sup>", "1 + e<sup>−z</sup>", "p = 1 / (1 + e<sup>−z</sup>)", "t")


class SoftmaxChainTable(ShownAfterThePlots, Retranslated, QWidget):
    """One row per class (``Qt.Orientation.Vertical``, the default, rows
    beside the sliders' rows) or one column per class (``Horizontal``, a
    wide strip under the plots); the sums under (or after) them; the
    correct class marked ▶ as the sliders mark it.  A note under the
    numbers says why a typed vector has no logits."""

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)  # opaque: changing numbers repaint this table only
        self._transposed = orientation is Qt.Orientation.Horizontal
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self._grid = grid
        self.class_header = QLabel()
        self._place(self.class_header, 0, 0)
        self.headers = [rich_label() for _ in CHAIN_HEADERS]
        for column, header in enumerate(self.headers, start=1):
            header.setText(CHAIN_HEADERS[column - 1])
            self._place(header, 0, column)
        self.names: list[QLabel] = []
        #: cells[k] = the NumberCells of class k: zₖ, e^zₖ, yₖ, tₖ
        self.cells: list[list[NumberCell]] = []
        for k in range(MAX_CLASSES):
            name = QLabel(str(k))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._place(name, k + 1, 0)
            row = [NumberCell() for _ in CHAIN_HEADERS]
            for column, cell in enumerate(row, start=1):
                self._place(cell, k + 1, column)
            self.names.append(name)
            self.cells.append(row)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.VLine if self._transposed else QFrame.Shape.HLine)
        self.rule.setFrameShadow(QFrame.Shadow.Sunken)
        self._place(self.rule, MAX_CLASSES + 1, 0, span=len(CHAIN_HEADERS) + 1)
        self.sum_name = rich_label()
        self.sum_name.setText("Σ")
        self._place(self.sum_name, MAX_CLASSES + 2, 0)
        #: Σⱼ e^zⱼ, Σ y, Σ t under their columns (none under z).
        self.sums = [NumberCell() for _ in range(3)]
        for column, cell in enumerate(self.sums, start=2):
            self._place(cell, MAX_CLASSES + 2, column)
        self._build_sigmoid(grid)
        self.note = QLabel()
        self.note.setWordWrap(True)
        style.tint(self.note, style.MUTED)
        self.note.hide()
        last = grid.rowCount()
        grid.addWidget(self.note, last, 0, 1, -1)
        grid.setRowStretch(last + 1, 1)
        grid.setColumnStretch(grid.columnCount(), 1)
        self._readout: Readout | None = None
        self._shown_mode: Mode | None = None
        self._shown_rows = -1
        self._shown_target = -1
        self._shown_why: NoLogits | None = None
        self.apply_look(style.current())
        self.retranslate()

    def _place(self, widget: QWidget, row: int, column: int, span: int = 1) -> None:
        """At (row, column) of a row-per-class table, transposed for one column per class."""
        if self._transposed:
            self._grid.addWidget(widget, column, row, span, 1)
        else:
            self._grid.addWidget(widget, row, column, 1, span)

    def _build_sigmoid(self, grid: QGridLayout) -> None:
        """Binary mode's chain, one quantity per row (per column when transposed), below the softmax's place."""
        self.sigmoid_names = [rich_label(Qt.AlignmentFlag.AlignLeft) for _ in SIGMOID_NAMES]
        self.sigmoid_cells = [NumberCell() for _ in SIGMOID_NAMES]
        for index, (name, cell) in enumerate(zip(self.sigmoid_names, self.sigmoid_cells)):
            name.setText(SIGMOID_NAMES[index])
            if self._transposed:
                grid.addWidget(name, 0, index)
                grid.addWidget(cell, 1, index)
            else:
                grid.addWidget(name, index, 0, 1, 3)
                grid.addWidget(cell, index, 3)
            name.hide()
            cell.hide()

    # -- Retranslated, FollowsLook -------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("The softmax chain in numbers"))
        self.class_header.setText(self.tr("Class"))
        self.sum_name.setToolTip(self.tr("Σⱼ e^zⱼ: the sum every e^zₖ is divided by; and Σ y, Σ t, which are 1"))
        for header, tip in zip(self.headers, (
                self.tr("The logit zₖ, as the slider sets it"),
                self.tr("e to the power zₖ, as the textbook writes it (not shifted by max z)"),
                self.tr("The softmax output yₖ = e^zₖ / Σⱼ e^zⱼ"),
                self.tr("The target tₖ: 1 for the correct class, 0 for the others"))):
            header.setToolTip(tip)
        self.sigmoid_names[-1].setToolTip(self.tr("The label t, 0 or 1"))
        self._shown_why = None  # the note again, in this language
        if self._readout is not None:
            self._show_note(chain_of(self._readout).no_logits)

    def apply_look(self, look: style.Look) -> None:
        """The cells follow the window's font by themselves (``NumberCell``); sized again here all the same."""
        for cell in (*[c for row in self.cells for c in row], *self.sums, *self.sigmoid_cells):
            cell.fit()

    # -- ShowsReadout ----------------------------------------------------------------

    def _render(self, readout: Readout) -> None:
        self._readout = readout
        state = readout.state
        rows = 0 if state.mode is Mode.BINARY else state.n_classes
        if state.mode is not self._shown_mode or rows != self._shown_rows:
            self._show_layout(state.mode, rows)
        chain = chain_of(readout)
        if isinstance(chain, SigmoidChain):
            for cell, text in zip(self.sigmoid_cells, chain.texts()):
                cell.show_text(text)
        else:
            self._show_softmax(chain)
        if chain.no_logits is not self._shown_why:
            self._show_note(chain.no_logits)

    def _show_softmax(self, chain: SoftmaxChain) -> None:
        if chain.target != self._shown_target:
            self._mark_target(chain.target)
        headers = chain.headers()  # e^(zₖ/T) at a temperature
        if headers[1] != self.headers[1].text():
            for header, text in zip(self.headers, headers):
                header.setText(text)
        for k in range(self._shown_rows):
            for cell, text in zip(self.cells[k], chain.row_texts(k)):
                cell.show_text(text)
        for cell, text in zip(self.sums, chain.sum_texts()):
            cell.show_text(text)

    def _show_layout(self, mode: Mode, rows: int) -> None:
        """Only on a change of mode or of the number of classes: widgets shown and hidden."""
        binary = mode is Mode.BINARY
        for k in range(MAX_CLASSES):
            for widget in (self.names[k], *self.cells[k]):
                widget.setVisible(k < rows)
        for widget in (self.class_header, *self.headers, self.rule, self.sum_name, *self.sums):
            widget.setVisible(not binary)
        for widget in (*self.sigmoid_names, *self.sigmoid_cells):
            widget.setVisible(binary)
        self._shown_mode, self._shown_rows, self._shown_target = mode, rows, -2

    def _mark_target(self, target: int) -> None:
        for k, name in enumerate(self.names):
            is_target = k == target
            name.setText(f"▶ {k}" if is_target else str(k))
            font = QFont()  # only the weight: the size still follows the window's zoom
            font.setBold(is_target)
            name.setFont(font)
        self._shown_target = target

    def _show_note(self, why: NoLogits | None) -> None:
        """Why there are no logits (a typed vector): rare, so the note may relayout."""
        self._shown_why = why
        self.note.setVisible(why is not None)
        if why is not None:
            self.note.setText(self.no_logits_text(why))

    def no_logits_text(self, why: NoLogits) -> str:
        texts = {
            NoLogits.LOG_Y: self.tr("No logits: these probabilities were typed in. Any logits zₖ = log yₖ + c, "
                                    "with the same constant c for every class, would give them."),
            NoLogits.INFINITE: self.tr("No logits: these probabilities were typed in. A probability of 0 would need "
                                       "a logit of −∞: no finite logits give them exactly."),
            NoLogits.NOT_SUMMING_TO_ONE: self.tr("No logits: these probabilities were typed in, and they do not sum to 1, "
                                                 "so no softmax gives them."),
            NoLogits.LOGIT_OF_P: self.tr("No logit: p was typed in. The logit z = log(p / (1 − p)) would give it."),
        }
        if why is NoLogits.INFINITE and self._shown_mode is Mode.BINARY:
            return self.tr("No logit: p was typed in. A p of 0 or 1 would need a logit of −∞ or +∞.")
        return texts[why]

    # -- what the table shows (tests read what users see) -----------------------

    def cell_text(self, quantity: str, k: int = 0) -> str:
        """The text shown for ``quantity`` of class k: "z", "e^z", "y", "t";
        in binary mode "z", "e^-z", "1+e^-z", "p", "t" (k ignored)."""
        if self._shown_mode is Mode.BINARY:
            return self.sigmoid_cells[("z", "e^-z", "1+e^-z", "p", "t").index(quantity)].text()
        return self.cells[k][("z", "e^z", "y", "t").index(quantity)].text()

    def sum_text(self, quantity: str) -> str:
        """The sum shown under a column: "e^z" (Σⱼ e^zⱼ), "y" or "t"."""
        return self.sums[("e^z", "y", "t").index(quantity)].text()

    def name_text(self, k: int) -> str:
        return self.names[k].text()
