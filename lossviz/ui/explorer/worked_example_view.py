"""The worked example a tutorial computes, row by row, beside the app's numbers.

For a batch (seed 002's three softmax samples, six sigmoid samples) each row
is one sample and its loss, and the mean is the batch loss; choosing a row
shows that sample in the explorer.  For seed 002's regression example each
row is one component.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lossviz import worked_examples
from lossviz.explorer import format_value
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.worked_examples import ExampleKind, WorkedExample, compute_example, printed_text


def _vector_text(values) -> str:
    return "(" + ", ".join(f"{v:g}" for v in values) + ")"


class WorkedExampleView(Retranslated, QWidget):
    sample_chosen = Signal(int)
    #: The regression example came (True) or went (False): the explorer's
    #: classification plots have nothing of it to show.
    regression_shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.cellClicked.connect(self._on_cell_clicked)
        # The table is as tall as its rows and no taller, so it never
        # squeezes the plots more than the example needs.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.table)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        layout.addStretch(1)
        self.example: WorkedExample | None = None
        self.table.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Worked example"))
        if self.example is None:
            self.heading.setText(self.tr(
                "Choose a tutorial example from <b>Example</b> above: its vectors, its losses computed here, "
                "and the numbers the tutorial prints, side by side."))
        else:
            self._show_again()

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        if self.example is not None and self.example.kind is not ExampleKind.REGRESSION and row < len(self.example.outputs):
            self.sample_chosen.emit(row)

    def apply_look(self, look) -> None:
        """Zoomed text needs taller rows: lay the table out again."""
        if self.example is not None:
            self._show_again()

    def _show_again(self) -> None:
        """The example shown, laid out again (zoom) or in another language, its row still chosen."""
        selected = self.table.currentRow()
        self._fill(self.example)
        if selected >= 0:
            self.table.selectRow(selected)

    def clear(self) -> None:
        """No example: the invitation to choose one."""
        was_regression = self.example is not None and self.example.kind is ExampleKind.REGRESSION
        self.example = None
        self.table.hide()
        self.totals.clear()
        self.retranslate()
        if was_regression:
            self.regression_shown.emit(False)

    def show_example(self, example: WorkedExample) -> None:
        was_regression = self.example is not None and self.example.kind is ExampleKind.REGRESSION
        self._fill(example)
        regression = example.kind is ExampleKind.REGRESSION
        if regression or was_regression:
            self.regression_shown.emit(regression)

    def _fill(self, example: WorkedExample) -> None:
        self.example = example
        self.table.show()
        computed = compute_example(example)
        title, source, note = (QCoreApplication.translate(worked_examples.CONTEXT, text) if text else ""
                               for text in (example.title, example.source, example.note))
        self.heading.setText(f"<b>{title}</b> <i>({source})</i>" + (f"<br>{note}" if note else ""))
        regression = example.kind is ExampleKind.REGRESSION
        printed_column = None
        if regression:
            # The tutorial's notation first, ours beneath: its y is our t.
            headers = [self.tr("k"), self.tr("Output ŷ\n(our y)"), self.tr("Target y\n(our t)"), "(ŷ − y)²"]
            rows = [
                [str(k), f"{a:g}", f"{b:g}", format_value(sq)]
                for k, (a, b, sq) in enumerate(zip(example.outputs[0], example.regression_targets, computed.rows))
            ]
        else:
            loss_name = self.tr("BCE") if example.kind is ExampleKind.BINARY else self.tr("CE")
            headers = ["#", self.tr("Output y"), "t", loss_name, self.tr("Tutorial prints")]
            # A single example's printed value sits in its one row.
            printed = example.printed_per_sample or tuple(v for k, v in example.printed.items() if k == computed.loss_key)
            printed_column = [repr(printed[i]) if i < len(printed) else "" for i in range(len(example.outputs))]
            rows = [
                [
                    str(i + 1),
                    _vector_text(y),
                    str(t),
                    format_value(loss),
                    printed_text(printed[i]) if i < len(printed) else "",
                ]
                for i, (y, t, loss) in enumerate(zip(example.outputs, example.targets, computed.rows))
            ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1 or regression:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if printed_column is not None and c == 4 and printed_column[r]:
                    item.setToolTip(fill(self.tr("The tutorial prints %1"), printed_column[r]))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        height = header.sizeHint().height() + sum(self.table.rowHeight(r) for r in range(len(rows))) + 2 * self.table.frameWidth()
        self.table.setMaximumHeight(height)
        self.table.setMinimumHeight(min(height, header.sizeHint().height() + 3 * self.table.rowHeight(0)))
        self.totals.setText(self._totals_text(example, computed))

    def _totals_text(self, example, computed) -> str:
        short_names = {
            "sum_squared_error": self.tr("sum of squared error"),
            "mean_squared_error": self.tr("mean squared error"),
            "cross_entropy_error": self.tr("cross-entropy"),
            "binary_cross_entropy": self.tr("binary cross-entropy"),
        }
        printed = ", ".join(f"{short_names[key]} {printed_text(value)}" for key, value in example.printed.items())
        self.totals.setToolTip(fill(self.tr("The tutorial prints %1"), ", ".join(
            f"{short_names[key]} {value!r}" for key, value in example.printed.items())))
        if example.kind is ExampleKind.REGRESSION:
            app = self.tr("½ Σ (ŷ − y)² = <b>%1</b>   ·   mean (ŷ − y)² = <b>%2</b>")
            app = fill(app, format_value(computed.overall), format_value(computed.extra["mean_squared_error"]))
        elif example.is_batch or example.kind is ExampleKind.BINARY:
            app = fill(self.tr("Batch mean = <b>%1</b>"), format_value(computed.overall))
        else:
            app = self.tr("Cross-entropy = <b>%1</b>   ·   sum of squared error = <b>%2</b>")
            app = fill(app, format_value(computed.overall), format_value(computed.extra["sum_squared_error"]))
        return fill(self.tr("App: %1<br>Tutorial prints: %2"), app, printed)
