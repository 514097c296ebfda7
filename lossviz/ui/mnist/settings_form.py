"""The MNIST panel's training settings: hidden units, learning rate, batch
size, epochs, seed and loss, two to a row.

The form only shows and reads the fields; what they mean is
``lossviz.settings.TrainingParams`` (the learning rate's text is parsed
there).  The speed is not here: it belongs to the run controls.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossviz.names import BATCH_RANGE, EPOCHS_RANGE, HIDDEN_RANGE, PANEL_LOSSES, SEED_RANGE
from lossviz.settings import TrainingParams
from lossviz.ui.common.i18n import Retranslated


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setGroupSeparatorShown(False)
    return spin


class TrainingSettingsForm(Retranslated, QWidget):
    """Interface: ``params()``, ``show_params(params)``, ``set_editable(on)``,
    ``hidden()``, ``seed()``, ``epochs()``; the signals below."""

    #: The user changed a setting (for the settings file).
    edited = Signal()
    #: Hidden units or seed changed: the untrained network is another one.
    network_changed = Signal()
    #: The learning rate is being typed: a refusal of the last one no longer applies.
    lr_typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = TrainingParams()
        self.hidden_spin = _spin(*HIDDEN_RANGE, defaults.hidden)
        self.batch_spin = _spin(*BATCH_RANGE, defaults.batch)
        self.epochs_spin = _spin(*EPOCHS_RANGE, defaults.epochs)
        self.seed_spin = _spin(*SEED_RANGE, defaults.seed)
        self.lr_edit = QLineEdit(f"{defaults.lr:g}")
        self.lr_edit.textEdited.connect(self.lr_typed)
        self.loss_combo = QComboBox()
        for key in PANEL_LOSSES:
            self.loss_combo.addItem("", key)  # the texts: retranslate()
        self.loss_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loss_combo.setMinimumContentsLength(12)
        for spin in (self.hidden_spin, self.seed_spin):
            spin.valueChanged.connect(self.network_changed)
        for spin in (self.hidden_spin, self.batch_spin, self.epochs_spin, self.seed_spin):
            spin.valueChanged.connect(self.edited)
        self.lr_edit.editingFinished.connect(self.edited)
        self.loss_combo.activated.connect(self.edited)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.fields = (self.hidden_spin, self.lr_edit, self.batch_spin, self.epochs_spin, self.seed_spin, self.loss_combo)
        self.field_labels: dict[QWidget, QLabel] = {}  # their captions: retranslate()
        for i, widget in enumerate(self.fields):
            label = QLabel()
            self.field_labels[widget] = label
            label.setBuddy(widget)
            row, column = divmod(i, 2)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(widget, row, 2 * column + 1)
            # The right-hand fields get more of the room: the loss's name
            # (交差エントロピー zoomed for a projector) is longer than any number.
            grid.setColumnStretch(2 * column + 1, 1 + column)
        self.retranslate()

    def retranslate(self) -> None:
        names = {self.hidden_spin: self.tr("Hidden units"), self.lr_edit: self.tr("Learning rate"), self.batch_spin: self.tr("Batch size"),
                 self.epochs_spin: self.tr("Epochs"), self.seed_spin: self.tr("Seed"), self.loss_combo: self.tr("Loss")}
        for widget, name in names.items():
            widget.setAccessibleName(name)
            self.field_labels[widget].setText(name)
        self.lr_edit.setToolTip(self.tr("Try 50 to see training diverge"))
        self.loss_combo.setItemText(0, self.tr("Cross-entropy"))
        self.loss_combo.setItemText(1, self.tr("Sum of squared error"))
        self.loss_combo.setItemText(2, self.tr("Compare both"))
        self.loss_combo.setToolTip(self.tr("Compare: two networks, same start and same batches, one for each loss"))

    def params(self) -> TrainingParams:
        """The settings as shown, the speed left at its default; raises
        ValueError if the learning rate is not a number."""
        return TrainingParams(hidden=self.hidden_spin.value(), lr=TrainingParams.parse_lr(self.lr_edit.text()),
                              batch=self.batch_spin.value(), epochs=self.epochs_spin.value(), seed=self.seed_spin.value(),
                              loss=self.loss_combo.currentData())

    def show_params(self, params: TrainingParams) -> None:
        """Set every field from ``params``, emitting nothing: it is not the user's edit."""
        for spin, value in ((self.hidden_spin, params.hidden), (self.batch_spin, params.batch), (self.epochs_spin, params.epochs),
                            (self.seed_spin, params.seed)):
            with QSignalBlocker(spin):
                spin.setValue(value)
        self.lr_edit.setText(f"{params.lr:g}")
        with QSignalBlocker(self.loss_combo):
            self.loss_combo.setCurrentIndex(max(0, self.loss_combo.findData(params.loss)))

    def set_editable(self, editable: bool) -> None:
        for widget in self.fields:
            widget.setEnabled(editable)

    def loss(self) -> str:
        """The loss chosen, one of lossviz.names.PANEL_LOSSES (compare included)."""
        return self.loss_combo.currentData()

    # Read without the learning rate, which may be half typed.
    def hidden(self) -> int:
        return self.hidden_spin.value()

    def seed(self) -> int:
        return self.seed_spin.value()

    def epochs(self) -> int:
        return self.epochs_spin.value()



class SetupSection(Retranslated, QWidget):
    """The data and the training settings under a heading that folds them
    away.  On a short screen (a 720-line projector) the panel folds them so
    that the training plots keep their height (``fit``); the heading opens
    them again, and they scroll where even then they do not fit."""

    def __init__(self, *parts: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._show_expanded)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            inner.addWidget(part)
        self.area = QScrollArea()
        self.area.setWidget(content)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)  # its width is the panel's, not its fields'
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.area)
        self._user_choice: bool | None = None
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self._show_expanded(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Data and settings"))
        self.toggle.setToolTip(self.tr("Show or hide the data and the training settings"))

    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def content_height(self) -> int:
        """The height the data and settings need, whole."""
        return self.area.widget().sizeHint().height() + 2 * self.area.frameWidth()

    def fit(self, room: int) -> None:
        """Open when ``room`` pixels hold them whole, else folded, unless the user chose."""
        wanted = room >= self.content_height() if self._user_choice is None else self._user_choice
        if wanted != self.toggle.isChecked():
            self.toggle.setChecked(wanted)

    def choose(self, expanded: bool) -> None:
        """Open or fold them as the user's choice, which the size no longer overrides."""
        self._user_choice = expanded
        self.toggle.setChecked(expanded)

    def _on_toggle_clicked(self) -> None:
        self._user_choice = self.toggle.isChecked()  # kept over the size's choice from now on

    def _show_expanded(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.area.setVisible(on)
        self.area.setMaximumHeight(self.content_height())
