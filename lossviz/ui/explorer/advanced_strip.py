"""The Losses box's "Advanced" strip: the softmax's temperature T and label
smoothing ε, and the losses a second lecture adds (KL divergence, focal
loss with its γ, the multi-class hinge), each turned on by a check box.

Closed by default, so the first screen is the seeds' alone; when T or ε is
on, the read-out's badge says so whether the strip is open or not.  It
shows the state (``show_state``) and asks for changes through its signals;
it changes nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QDoubleSpinBox, QGridLayout, QLabel, QWidget

from lossviz.explorer import DEFAULT_FOCAL_GAMMA, MORE_LOSS_KEYS, NO_SMOOTHING, NO_TEMPERATURE, ExplorerState, Mode
from lossviz.loss_checks import FOCAL_GAMMA_RANGE, SMOOTHING_RANGE, TEMPERATURE_RANGE
from lossviz.ui.common.i18n import Retranslated, fill

#: The focal loss's γ steps by this much (0, 0.5, …, 5).
FOCAL_GAMMA_STEP = 0.5


class TemperatureSpin(QDoubleSpinBox):
    """T from 0.1 to 10, stepped logarithmically (the arrows, Page Up/Down,
    the wheel): as far from 1 to 2 as from 0.5 to 1.  Any value in the range may be typed."""

    LADDER = (0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 7.0, 10.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(*TEMPERATURE_RANGE)
        self.setDecimals(2)
        self.setValue(NO_TEMPERATURE)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if steps > 0:
            higher = [v for v in self.LADDER if v > value + 1e-9]
            target = higher[min(steps, len(higher)) - 1] if higher else self.maximum()
        else:
            lower = [v for v in self.LADDER if v < value - 1e-9]
            target = lower[max(len(lower) + steps, 0)] if lower else self.minimum()
        self.setValue(target)


class AdvancedStrip(Retranslated, QWidget):
    temperature_chosen = Signal(float)
    smoothing_chosen = Signal(float)
    focal_gamma_chosen = Signal(float)
    #: A loss of MORE_LOSS_KEYS turned on or off.
    loss_shown_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.temperature_spin = TemperatureSpin()
        self.temperature_spin.valueChanged.connect(self.temperature_chosen)
        self.smoothing_spin = QDoubleSpinBox()
        self.smoothing_spin.setRange(*SMOOTHING_RANGE)
        self.smoothing_spin.setDecimals(2)
        self.smoothing_spin.setSingleStep(0.05)
        self.smoothing_spin.valueChanged.connect(self.smoothing_chosen)
        self.gamma_spin = QDoubleSpinBox()
        self.gamma_spin.setRange(*FOCAL_GAMMA_RANGE)
        self.gamma_spin.setSingleStep(FOCAL_GAMMA_STEP)
        self.gamma_spin.setDecimals(1)
        self.gamma_spin.setValue(DEFAULT_FOCAL_GAMMA)
        self.gamma_spin.valueChanged.connect(self.focal_gamma_chosen)
        self.checks: dict[str, QCheckBox] = {}
        for key in MORE_LOSS_KEYS:
            box = QCheckBox()
            box.toggled.connect(lambda on, k=key: self.loss_shown_changed.emit(k, on))
            self.checks[key] = box
        self.captions = [QLabel() for _ in range(3)]  # T, ε, γ
        for caption, spin in zip(self.captions, (self.temperature_spin, self.smoothing_spin, self.gamma_spin)):
            caption.setBuddy(spin)
        # Row 0: what y and t are; row 1: which more losses are shown.
        for column, widget in enumerate((self.captions[0], self.temperature_spin, self.captions[1], self.smoothing_spin)):
            grid.addWidget(widget, 0, column)
        self.softmax_note = QLabel()
        grid.addWidget(self.softmax_note, 0, 4, 1, 3)
        for column, widget in enumerate((self.checks["kl_divergence"], self.checks["focal_loss"], self.captions[2],
                                         self.gamma_spin, self.checks["multiclass_hinge"])):
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(6, 1)
        self._state: ExplorerState | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.captions[0].setText(self.tr("Temperature T"))
        self.captions[1].setText(self.tr("Label smoothing ε"))
        self.captions[2].setText("γ")
        self.temperature_spin.setAccessibleName(self.tr("Softmax temperature T"))
        self.smoothing_spin.setAccessibleName(self.tr("Label smoothing ε"))
        self.gamma_spin.setAccessibleName(self.tr("Focal loss γ"))
        self.temperature_spin.setToolTip(fill(self.tr(
            "y = softmax(z / T): above 1 flattens y, below 1 sharpens it; every gradient carries a factor 1/T. %1 = off."),
            f"{NO_TEMPERATURE:g}"))
        self.smoothing_spin.setToolTip(fill(self.tr(
            "t = (1 − ε)·onehot + ε/K: the correct class gets 1 − ε + ε/K and every other class ε/K. %1 = off."),
            f"{NO_SMOOTHING:g}"))
        self.gamma_spin.setToolTip(self.tr("The focal loss's γ, from 0 to 5: the factor (1 − y)^γ turns down the loss of "
                                           "classes already right; γ = 0 is cross-entropy"))
        for key, text in zip(MORE_LOSS_KEYS, (self.tr("KL divergence"), self.tr("Focal loss"), self.tr("Multi-class hinge"))):
            self.checks[key].setText(text)
        self.checks["kl_divergence"].setToolTip(self.tr("Σ t log(t / y) = cross-entropy − H(t): with label smoothing, "
                                                        "what of the cross-entropy the network can still reduce"))
        self.checks["multiclass_hinge"].setToolTip(self.tr("Σ over the wrong classes of max(0, zⱼ − z_label + 1), on the "
                                                           "logits (CS231n's multiclass SVM loss)"))
        self.softmax_note.setText("")
        if self._state is not None:
            self._show_binary(self._state.mode is Mode.BINARY)

    def show_state(self, state: ExplorerState) -> None:
        """The controls as the state has them, without echoing back."""
        binary = state.mode is Mode.BINARY
        if self._state is None or (self._state.mode is Mode.BINARY) != binary:
            self._show_binary(binary)
        self._state = state
        for spin, value in ((self.temperature_spin, state.temperature), (self.smoothing_spin, state.smoothing),
                            (self.gamma_spin, state.focal_gamma)):
            if abs(spin.value() - value) > 1e-12:
                with QSignalBlocker(spin):
                    spin.setValue(value)
        for key, box in self.checks.items():
            if box.isChecked() != (key in state.more_losses):
                with QSignalBlocker(box):
                    box.setChecked(key in state.more_losses)

    def _show_binary(self, binary: bool) -> None:
        """All of it is the softmax's: in binary mode disabled, and said so."""
        for widget in (self.temperature_spin, self.smoothing_spin, self.gamma_spin, *self.checks.values(), *self.captions):
            widget.setEnabled(not binary)
        self.softmax_note.setText(self.tr("For the softmax of several classes only") if binary else "")
