"""The network's mistakes: the confusion matrix of the validation set, and
galleries of its digits.

Rows are the true digits, columns the network's answers; the cells show
counts or, on demand, shares of each row.  Clicking a cell shows its
digits; "All digits" ranks every validation digit worst first, by
cross-entropy or by squared error, which rank differently (the lesson):
each digit also shows its rank under the other loss.  Clicking a digit
loads the network's answer for it into the explorer.

``refresh(network)`` copies the weights and hands them to a
``MistakesWorker``; its result replaces what is shown when it comes (an
older result arriving late is dropped).  The slots only slice arrays.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lossviz.explorer import prediction_state
from lossviz.mnist.datasets import Dataset
from lossviz.mnist.mlp import Mlp
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.draw_pad import copy_network
from lossviz.ui.mnist.mistakes_models import THUMBNAIL, ConfusionModel, DigitDelegate, GalleryModel
from lossviz.ui.mnist.mistakes_worker import MistakesResult, MistakesWorker, analyse
from lossviz.ui.mnist.training_plots import short_name


class MistakesView(Retranslated, QWidget):
    """Interface: ``refresh(network)`` (after each epoch), ``shutdown()``;
    ``result`` (the one shown, or None); ``show_cell(label, answer)``,
    ``show_worst()``, ``set_loss(loss)``; ``computed`` when a new result is shown."""

    computed = Signal()

    def __init__(self, explorer: ExplorerController | None, dataset: Callable[[], Dataset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explorer = explorer
        self.dataset = dataset
        self.result: MistakesResult | None = None
        self._cell: tuple[int, int] | None = None  # the cell whose digits are shown; None: all, worst first
        self._loss = CROSS_ENTROPY
        self._net: Mlp | None = None  # the shown result's network, for one digit's logits
        self.worker = MistakesWorker(self)
        self.worker.computed.connect(self._on_computed)
        self.worker.failed.connect(self._on_failed)

        self.title_label, self.summary_label, self.axes_label, self.gallery_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.summary_label.setWordWrap(True)
        self.gallery_label.setWordWrap(True)
        for label in (self.summary_label, self.gallery_label):  # their wrapped lines whole: the gallery gives way
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.shares_box = QCheckBox()
        self.shares_box.toggled.connect(self._on_shares_toggled)
        self.confusion = ConfusionModel(self)
        self.table = QTableView()
        self.table.setModel(self.confusion)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.clicked.connect(self._on_cell_chosen)
        # Chosen by a click or the arrow keys (which select); not by the
        # current cell Qt sets when the table takes the focus.
        self.table.selectionModel().selectionChanged.connect(lambda selected, _old: self._on_cell_chosen(_first(selected)))
        self.loss_buttons = QButtonGroup(self)
        self.ce_button, self.sse_button = QRadioButton(), QRadioButton()
        self.ce_button.setChecked(True)
        self.loss_buttons.addButton(self.ce_button)
        self.loss_buttons.addButton(self.sse_button)
        self.loss_buttons.buttonToggled.connect(
            lambda _button, _on: self.set_loss(CROSS_ENTROPY if self.ce_button.isChecked() else SQUARED_ERROR))
        self.worst_label = QLabel()
        self.all_button = QPushButton()
        self.all_button.clicked.connect(self.show_worst)
        self.gallery_model = GalleryModel(self)
        self.gallery = QListView()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setLayoutMode(QListView.LayoutMode.Batched)
        self.gallery.setItemDelegate(DigitDelegate(self.gallery))
        self.gallery.setModel(self.gallery_model)
        self.gallery.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.gallery.clicked.connect(self._on_digit_chosen)
        self.gallery.selectionModel().selectionChanged.connect(lambda selected, _old: self._on_digit_chosen(_first(selected)))
        self._build_layout()
        self.retranslate()
        self.apply_look(style.current())

    def _build_layout(self) -> None:
        losses = QHBoxLayout()
        for widget in (self.worst_label, self.ce_button, self.sse_button, self.all_button):
            losses.addWidget(widget)
        losses.addStretch(1)
        # One column: a page of the MNIST dock, beside the explorer, is narrow and tall.
        layout = QVBoxLayout(self)
        for part in (self.title_label, self.summary_label, self.axes_label, self.table, self.shares_box):
            layout.addWidget(part)
        layout.addLayout(losses)
        layout.addWidget(self.gallery_label)
        layout.addWidget(self.gallery, 1)

    def retranslate(self) -> None:
        self.title_label.setText("<b>" + self.tr("The network's mistakes") + "</b>")
        self.axes_label.setText(self.tr("Rows: the true digit · columns: the network's answer"))
        self.shares_box.setText(self.tr("Shares of each row (%)"))
        self.table.setAccessibleName(self.tr("Confusion matrix of the validation digits"))
        self.table.setToolTip(self.tr("Click a cell to see its digits."))
        self.worst_label.setText(self.tr("Worst first by:"))
        self.ce_button.setText(short_name(CROSS_ENTROPY))
        self.sse_button.setText(short_name(SQUARED_ERROR))
        self.all_button.setText(self.tr("All digits"))
        self.gallery.setAccessibleName(self.tr("Validation digits"))
        self.gallery.setToolTip(self.tr("Click a digit to show the network's answer for it in the loss explorer."))
        self._show_summary()
        self._show_gallery()
        self._fit_table()

    def apply_look(self, look: style.Look) -> None:
        """Zoom and theme: the cells' size and colours, the thumbnails' size."""
        self.gallery_model.set_thumbnail(look.size(THUMBNAIL))
        self._fit_table()
        self.confusion.set_show_shares(self.confusion.show_shares)  # the colours again
        self.gallery.viewport().update()

    # -- public ----------------------------------------------------------------

    def refresh(self, network: Mlp) -> None:
        """Work out the mistakes of ``network`` off the GUI thread; its weights
        are copied now, so it may train on while the work runs."""
        data = self.dataset()
        self.worker.submit(network.copy_weights(), data.validation_images, data.validation_labels)

    def count_now(self, network: Mlp) -> None:
        """``refresh`` on this thread, shown at once (a picture for slides cannot wait)."""
        data = self.dataset()
        weights = network.copy_weights()
        self._on_computed(analyse(copy_network(weights), weights, data.validation_images, data.validation_labels,
                                  self.worker.claim_generation()))

    def shutdown(self) -> None:
        self.worker.stop()

    def show_cell(self, label: int, answer: int) -> None:
        """The gallery of the digits labelled ``label`` that the network called ``answer``."""
        self._cell = (label, answer)
        self._show_gallery()

    def show_worst(self) -> None:
        """The gallery of every validation digit, worst first."""
        self._cell = None
        self.table.selectionModel().clearSelection()
        self._show_gallery()

    def set_loss(self, loss: str) -> None:
        """Rank the gallery by this loss (``ce`` or ``sse``)."""
        if loss == self._loss:
            return
        self._loss = loss
        (self.ce_button if loss == CROSS_ENTROPY else self.sse_button).setChecked(True)
        self._show_gallery()

    def gallery_indices(self) -> np.ndarray:
        """The validation digits in the gallery, in its order."""
        return self.gallery_model.indices.copy()

    # -- slots -------------------------------------------------------------------

    def _on_computed(self, result: MistakesResult) -> None:
        if self.result is not None and result.generation <= self.result.generation:
            return  # an older request finished late
        self.result = result
        if self._net is None or self._net.w1.shape != result.weights[0].shape:
            self._net = copy_network(result.weights)
        else:
            self._net.set_weights(result.weights)
        self.confusion.set_confusion(result.mistakes.confusion, result.mistakes.row_shares())
        self._fit_table()
        self._show_summary()
        self._show_gallery()
        self.computed.emit()

    def _on_failed(self, message: str) -> None:
        self.summary_label.setText(fill(self.tr("The mistakes could not be worked out: %1"), message))

    def _on_shares_toggled(self, on: bool) -> None:
        self.confusion.set_show_shares(on)
        self._fit_table()

    def _on_cell_chosen(self, index: QModelIndex | None) -> None:
        if index is not None and index.isValid() and self._cell != (index.row(), index.column()):
            self.show_cell(index.row(), index.column())

    def _on_digit_chosen(self, index: QModelIndex | None) -> None:
        if index is None or not index.isValid() or self.explorer is None or self.result is None:
            return
        i = self.gallery_model.digit(index.row())
        logits = self._net.logits(self.result.images[i : i + 1])[0]
        self.explorer.set_state(prediction_state(logits, int(self.result.mistakes.labels[i]), self.explorer.state))

    # -- showing -------------------------------------------------------------------

    def _show_summary(self) -> None:
        if self.result is None:
            self.summary_label.setText(self.tr("Train the network: after each epoch its answers on the validation "
                                               "digits are counted here."))
            return
        m = self.result.mistakes
        wrong = len(m.labels) - int(np.trace(m.confusion))
        self.summary_label.setText(fill(self.tr("%1 validation digits: %2% right, %3 wrong."),
                                        f"{len(m.labels):,}", f"{100 * m.accuracy:.1f}", f"{wrong:,}"))

    def _show_gallery(self) -> None:
        result, loss = self.result, self._loss
        if result is None:
            self.gallery_model.show(None, np.empty(0, np.intp), loss)
            self.gallery_label.setText("")
            return
        if self._cell is None:
            indices = result.order[loss]
            self.gallery_label.setText(fill(self.tr("All %1 digits, worst first by %2; each also shows its rank by %3."),
                                            f"{len(indices):,}", short_name(loss), short_name(_other(loss))))
        else:
            indices = result.cell(*self._cell, loss)
            self.gallery_label.setText(fill(self.tr("Label %1, answered %2: %n digit(s), worst first by %3.", None, len(indices)),
                                            *self._cell, short_name(loss)))
        self.gallery_model.show(result, indices, loss)

    def _fit_table(self) -> None:
        """Cells just wide enough for the widest number ("100.0", or the largest count)."""
        metrics = QFontMetrics(self.table.font())
        widest = max(metrics.horizontalAdvance("100.0"), metrics.horizontalAdvance(str(int(self.confusion.confusion.max()))))
        cell = widest + metrics.averageCharWidth()
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(metrics.height() + 8 if header is self.table.verticalHeader() else cell)
            header.setMinimumSectionSize(8)
        vertical, horizontal = self.table.verticalHeader(), self.table.horizontalHeader()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedSize(vertical.sizeHint().width() + 10 * horizontal.defaultSectionSize() + frame,
                                horizontal.sizeHint().height() + 10 * vertical.defaultSectionSize() + frame)


def _first(selection) -> QModelIndex | None:
    indexes = selection.indexes()
    return indexes[0] if indexes else None


def _other(loss: str) -> str:
    return SQUARED_ERROR if loss == CROSS_ENTROPY else CROSS_ENTROPY
