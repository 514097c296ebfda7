"""One validation digit, enlarged, with the network's answer for it.

The user steps through the validation images (◀ ▶, a number, or a random
one); ``digit_chosen(index)`` tells the panel, which answers with
``show_answer`` whenever the network's weights change.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRandomGenerator, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QWidget

from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill

#: 28 px × 4: large enough to read the digit from the back of a classroom.
IMAGE_SCALE = 4


class DigitView(Retranslated, QWidget):
    digit_chosen = Signal(int)
    follow_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images = np.zeros((1, 28, 28), np.uint8)
        self.image_label = QLabel()
        self.image_label.setFixedSize(28 * IMAGE_SCALE, 28 * IMAGE_SCALE)

        self.index_spin = QSpinBox()
        self.index_spin.valueChanged.connect(self._on_index_changed)
        self.previous_button = QPushButton("◀")
        self.previous_button.clicked.connect(lambda: self.index_spin.stepBy(-1))
        self.next_button = QPushButton("▶")
        self.next_button.clicked.connect(lambda: self.index_spin.stepBy(1))
        self.random_button = QPushButton()
        self.random_button.clicked.connect(self._on_random_clicked)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(round(button.sizeHint().height() * 1.25))

        self.count_label = QLabel()
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.answer_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.follow_box = QCheckBox()
        self.follow_box.toggled.connect(self.follow_toggled)

        # Short rows beside the image (the title with Random, then ◀ n ▶ of N
        # as a pager), the answer wrapping under them and the long check box
        # under both: the panel stays narrow enough to leave the explorer's
        # plots their share of a laptop screen, and short enough to leave the
        # training plots theirs of a projector's 768 lines.
        self.title_label = QLabel()
        title = QHBoxLayout()
        title.addWidget(self.title_label)
        title.addStretch(1)
        title.addWidget(self.random_button)
        picker = QHBoxLayout()
        picker.addWidget(self.previous_button)
        picker.addWidget(self.index_spin)
        picker.addWidget(self.next_button)
        picker.addWidget(self.count_label)
        picker.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.image_label, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title, 0, 1)
        layout.addLayout(picker, 1, 1)
        layout.addWidget(self.answer_label, 2, 1)
        layout.addWidget(self.follow_box, 3, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self._answer: tuple[int, np.ndarray, Callable[[], str] | None] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Validation digit"))
        self.image_label.setAccessibleName(self.tr("Validation digit"))
        self.index_spin.setAccessibleName(self.tr("Validation digit number"))
        self.previous_button.setToolTip(self.tr("Previous validation digit"))
        self.next_button.setToolTip(self.tr("Next validation digit"))
        for button in (self.previous_button, self.next_button):
            button.setAccessibleName(button.toolTip())  # a screen reader would say "black left-pointing triangle"
        self.random_button.setText(self.tr("Random"))
        self.follow_box.setText(self.tr("Show this digit in the loss explorer"))
        self.follow_box.setToolTip(self.tr(
            "The network's output logits for this digit drive the explorer's sliders, plots and losses, "
            "with the digit's label as the correct class."))
        self._show_count()
        if self._answer is not None:
            self.show_answer(*self._answer)

    def apply_look(self, look) -> None:
        """Zoom and theme (lossviz.ui.actions.presentation): the digit as large
        as the text around it grows, the verdict's colour again."""
        side = look.size(28 * IMAGE_SCALE)
        if self.image_label.width() != side:
            self.image_label.setFixedSize(side, side)
            self._show_image(self.index)
        if self._answer is not None:
            self.show_answer(*self._answer)

    @property
    def index(self) -> int:
        return self.index_spin.value() - 1  # shown counting from 1

    def set_images(self, images: np.ndarray) -> None:
        """A new validation set: uint8 images (N, 28, 28); shows the first.
        Not a choice of the user's, so ``digit_chosen`` is not emitted."""
        self._images = images
        with QSignalBlocker(self.index_spin):
            self.index_spin.setRange(1, len(images))
            self.index_spin.setValue(1)
        self._show_count()
        self._show_image(0)

    def _show_count(self) -> None:
        self.count_label.setText(fill(self.tr("of %1"), f"{len(self._images):,}"))

    def show_answer(self, label: int, probabilities: np.ndarray, note: Callable[[], str] | None = None) -> None:
        """The network's softmax output for the digit, and ``note()`` under it if given."""
        self._answer = (label, probabilities, note)
        guess = int(np.argmax(probabilities))
        verdict = self.tr("right") if guess == label else self.tr("wrong")
        colour = (style.SUCCESS_FG if guess == label else style.ERROR_FG).name()
        self.answer_label.setText(fill(self.tr(
            "Label <b>%1</b> · the network says <b>%2</b> (<span style='color:%3'>%4</span>)<br>"
            "y<sub>%1</sub> = %5 · cross-entropy −log y<sub>%1</sub> = %6"),
            label, guess, colour, verdict, f"{probabilities[label]:.4f}", f"{-np.log(probabilities[label] + 1e-7):.4f}")
            + (f"<br><small>{html.escape(note(), quote=False)}</small>" if note is not None else ""))

    def _on_index_changed(self, value: int) -> None:
        self._show_image(value - 1)
        self.digit_chosen.emit(value - 1)

    def _show_image(self, index: int) -> None:
        image = np.ascontiguousarray(self._images[index])
        picture = QImage(image.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()  # copy: own the pixels
        side = self.image_label.width()
        self.image_label.setPixmap(QPixmap.fromImage(picture).scaled(
            side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation))

    def _on_random_clicked(self) -> None:
        self.index_spin.setValue(1 + QRandomGenerator.global_().bounded(len(self._images)))
