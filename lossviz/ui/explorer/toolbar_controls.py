"""The explorer's toolbar: mode, number of classes, correct class and seed
example, each with its caption.  The window appends its action buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QToolBar, QWidget

from lossviz import worked_examples
from lossviz.explorer import MAX_CLASSES, MIN_CLASSES, ExplorerState, Mode, Readout
from lossviz.ui.common.i18n import Retranslated
from lossviz.worked_examples import WORKED_EXAMPLES


class ClassCountSpin(QSpinBox):
    """The number of classes; "—" in binary mode, where there is one sigmoid
    output and the multiclass count it keeps for later does not apply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counting = True

    def show_count(self, on: bool) -> None:
        self._counting = on
        self.lineEdit().setText(self.textFromValue(self.value()))

    def textFromValue(self, value: int) -> str:
        return super().textFromValue(value) if self._counting else "—"


class ExplorerToolbar(Retranslated, QToolBar):
    """Shows the explorer's state (``ShowsReadout``) and asks for changes
    through its signals; it changes nothing itself."""

    mode_chosen = Signal(object)  # Mode
    classes_chosen = Signal(int)
    target_chosen = Signal(int)
    example_chosen = Signal(str)  # a worked example's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMovable(False)
        self.setObjectName("explorer-toolbar")
        self._state: ExplorerState | None = None

        self.mode_combo = QComboBox()
        self.mode_combo.addItem("", Mode.MULTICLASS)
        self.mode_combo.addItem("", Mode.BINARY)
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Qt hands item data back as a plain str; turn it back into a Mode.
        self.mode_combo.currentIndexChanged.connect(lambda index: self.mode_chosen.emit(Mode(self.mode_combo.itemData(index))))

        self.classes_spin = ClassCountSpin()
        self.classes_spin.setRange(MIN_CLASSES, MAX_CLASSES)
        self.classes_spin.valueChanged.connect(self.classes_chosen)

        self.target_combo = QComboBox()
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)

        self.example_combo = QComboBox()
        self.example_combo.addItem("", None)
        for example in WORKED_EXAMPLES:
            self.example_combo.addItem("", example.key)  # its title and source: retranslate()
        # As wide as about 24 characters, so the whole toolbar, Present
        # included, fits a 1280-pixel screen; the list that drops down is as
        # wide as its longest title, and the tooltip names the one chosen.
        self.example_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.example_combo.setMinimumContentsLength(15)
        self.example_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.example_combo.currentIndexChanged.connect(self._on_example_changed)

        self.labels: list[QLabel] = []  # their captions: retranslate()
        for widget in (self.mode_combo, self.classes_spin, self.target_combo, self.example_combo):
            label = QLabel()
            label.setBuddy(widget)
            self.addWidget(label)
            self.addWidget(widget)
            self.labels.append(label)
        self.addSeparator()
        self.retranslate()

    def _on_target_changed(self, index: int) -> None:
        if index >= 0:
            self.target_chosen.emit(index)

    def _on_example_changed(self, index: int) -> None:
        self.example_combo.setToolTip(self.example_combo.currentText())
        key = self.example_combo.itemData(index)
        if key is not None:
            self.example_chosen.emit(key)

    def show_example(self, key: str | None) -> None:
        """The tutorial example on show, or none, without asking for it again."""
        with QSignalBlocker(self.example_combo):
            self.example_combo.setCurrentIndex(0 if key is None else self.example_combo.findData(key))
        self.example_combo.setToolTip(self.example_combo.currentText())  # the whole title, which the combo may cut

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Explorer"))
        captions = (self.tr("Mode"), self.tr("Classes"), self.tr("Correct class"), self.tr("Example"))
        for label, caption in zip(self.labels, captions):
            label.setText(f" {caption} ")
        self.mode_combo.setItemText(0, self.tr("Several classes (softmax)"))
        self.mode_combo.setItemText(1, self.tr("Binary (sigmoid)"))
        self.mode_combo.setAccessibleName(self.tr("Mode"))
        self.classes_spin.setAccessibleName(self.tr("Number of classes"))
        self.target_combo.setAccessibleName(self.tr("Correct class"))
        self.example_combo.setAccessibleName(self.tr("Tutorial example"))
        self.example_combo.setItemText(0, self.tr("Choose a tutorial example…"))
        for index, example in enumerate(WORKED_EXAMPLES, start=1):
            self.example_combo.setItemText(index, QCoreApplication.translate(worked_examples.CONTEXT, example.title))
            self.example_combo.setItemData(index, QCoreApplication.translate(worked_examples.CONTEXT, example.source), Qt.ItemDataRole.ToolTipRole)
        self.example_combo.view().setMinimumWidth(self.example_combo.view().sizeHintForColumn(0) + 24)
        self.example_combo.setToolTip(self.example_combo.currentText())
        if self._state is not None:
            self.show_state(self._state)

    def show_readout(self, readout: Readout) -> None:
        self.show_state(readout.state)

    def show_state(self, state: ExplorerState) -> None:
        """Bring the controls in line with the state, without echoing back."""
        # Called on every slider move: touch only what differs, since even
        # setting a spin box to its own value repaints it.
        self._state = state
        binary = state.mode is Mode.BINARY
        mode_index = self.mode_combo.findData(state.mode)
        if self.mode_combo.currentIndex() != mode_index:
            with QSignalBlocker(self.mode_combo):
                self.mode_combo.setCurrentIndex(mode_index)
        if self.classes_spin.value() != state.n_classes:
            with QSignalBlocker(self.classes_spin):
                self.classes_spin.setValue(state.n_classes)
        if self.classes_spin.isEnabled() == binary:
            self.classes_spin.setEnabled(not binary)
            self.classes_spin.show_count(not binary)
        labels = [self.tr("0 (no)"), self.tr("1 (yes)")] if binary else [str(i) for i in range(state.n_classes)]
        with QSignalBlocker(self.target_combo):
            if [self.target_combo.itemText(i) for i in range(self.target_combo.count())] != labels:
                self.target_combo.clear()
                self.target_combo.addItems(labels)
            if self.target_combo.currentIndex() != state.target:
                self.target_combo.setCurrentIndex(state.target)
