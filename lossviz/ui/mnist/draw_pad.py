"""Draw a digit, choose what it should be, and see each loss judge it.

The pad (``DrawSurface``) beside the 28 × 28 image the network reads
(``to_mnist`` of the pad's raster: MNIST's own preprocessing).  While the
pen moves, the current network's output logits for the drawing are the
explorer's state, with the intended digit as the correct class, so the
−log y point, both losses and the gradients follow the pen.  The
intended digit is the explorer's correct class both ways: the digit keys
that set it set the pad's, and the pad's buttons set the explorer's.
Moving anything else in the explorer lets go of the drawing; drawing
again takes it back.

Predictions are throttled, not queued: a segment asks for one at the
next turn of the event loop, and every segment that arrives before it
is read by the same prediction.

**One step** trains copies of the network, one per loss, by one SGD step
on the drawing alone (the intended digit as its label) and says how far
each moved y of the intended digit; the network itself never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossviz import losses
from lossviz.explorer import ExplorerState, Mode, prediction_state
from lossviz.mnist.mistakes import per_image_losses
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.preprocess import to_mnist
from lossviz.names import CROSS_ENTROPY, DIGIT_CLASSES, SQUARED_ERROR, TRAINING_LOSSES
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.draw_answer import AnswerLabel, y_of
from lossviz.ui.mnist.draw_surface import DrawSurface
from lossviz.ui.mnist.pixel_view import PixelView
from lossviz.ui.mnist.training_plots import short_name

#: As in the explorer and the training plots (QColors the theme changes in place).
COLOURS = {CROSS_ENTROPY: style.BLUE, SQUARED_ERROR: style.VERMILLION}
DEFAULT_LR = 0.1


def copy_network(weights: list[np.ndarray]) -> Mlp:
    """A network of its own with these weights (w1, b1, w2, b2), on one core."""
    w1, _, w2, _ = weights
    net = Mlp(w1.shape[1], 0, n_in=w1.shape[0], n_out=w2.shape[1], dtype=w1.dtype, split=False)
    net.set_weights(weights)
    return net


def one_step_each_loss(weights: list[np.ndarray], image: np.ndarray, label: int, lr: float) -> dict:
    """One SGD step (no momentum) on one image with each loss, each from a
    copy of ``weights``: y of ``label``, the loss and ∂E/∂z_label before,
    and y and the loss after."""
    x, labels = image[None], np.array([label])
    t = losses.one_hot(label, weights[2].shape[1])
    result: dict = {"label": int(label), "lr": float(lr)}
    for loss in TRAINING_LOSSES:
        net = copy_network(weights)
        before = losses.softmax(net.logits(x)[0])
        net.train_step(x, labels, lr, 0.0, loss)
        after = losses.softmax(net.logits(x)[0])
        pick = 0 if loss == CROSS_ENTROPY else 1
        gradient = before - t if loss == CROSS_ENTROPY else losses.squared_error_grad_through_softmax(before, t)
        result[loss] = {
            "y_before": float(before[label]), "y_after": float(after[label]),
            "loss_before": float(per_image_losses(before[None], labels)[pick][0]),
            "loss_after": float(per_image_losses(after[None], labels)[pick][0]),
            "grad_z": float(gradient[label]),
        }
    return result


class DrawPad(Retranslated, QWidget):
    """Interface: ``clear()``, ``drawing()`` (the 28 × 28 uint8 image the
    network reads), ``show_drawing(image28)``, ``one_step(lr)``,
    ``refresh()`` (the network changed: predict again), ``target()``;
    ``drawing_changed`` when the image the network reads changed."""

    drawing_changed = Signal()

    def __init__(self, explorer: ExplorerController | None, network: Callable[[], Mlp], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explorer = explorer
        self.network = network
        self._target = explorer.state.target if explorer is not None and _is_digits(explorer.state) else 0
        self._image = np.zeros((28, 28), np.uint8)
        self._restored: np.ndarray | None = None  # show_drawing's image, exact until drawn over
        self._logits: np.ndarray | None = None
        self._pushed: ExplorerState | None = None
        self._step: dict | None = None

        self.surface = DrawSurface()
        self.surface.stroke_started.connect(self._on_stroke_started)
        self.surface.stroked.connect(self._schedule_prediction)
        self._prediction = QTimer(self)
        self._prediction.setSingleShot(True)
        self._prediction.setInterval(0)
        self._prediction.timeout.connect(self.refresh)

        self.preview = PixelView()
        self.title_label, self.sees_label, self.target_label = QLabel(), QLabel(), QLabel()
        self.answer_label = AnswerLabel()
        self.target_buttons = QButtonGroup(self)
        for digit in range(DIGIT_CLASSES):
            button = QToolButton()
            button.setText(str(digit))
            button.setCheckable(True)
            self.target_buttons.addButton(button, digit)
        self.target_buttons.button(self._target).setChecked(True)
        self.target_buttons.idClicked.connect(self._on_target_clicked)
        self.follow_box = QCheckBox()
        self.follow_box.setChecked(explorer is not None)
        self.follow_box.setVisible(explorer is not None)
        self.follow_box.toggled.connect(self._on_follow_toggled)
        self.clear_button, self.step_button = QPushButton(), QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.step_button.clicked.connect(lambda: self.one_step(self.lr_spin.value()))
        self.lr_label = QLabel()
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setRange(0.001, 10.0)
        self.lr_spin.setDecimals(3)
        self.lr_spin.setSingleStep(0.05)
        self.lr_spin.setValue(DEFAULT_LR)
        self.lr_spin.valueChanged.connect(lambda _lr: self._show_step(None))
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.step_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._build_layout()
        if explorer is not None:
            explorer.readout_changed.connect(self._on_explorer_changed)
        self.retranslate()
        self._show_answer()

    def _build_layout(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.sees_label)
        side.addWidget(self.preview)
        side.addWidget(self.answer_label)
        side.addStretch(1)
        targets = QHBoxLayout()
        targets.addWidget(self.target_label)
        for button in self.target_buttons.buttons():
            targets.addWidget(button)
        targets.addStretch(1)
        step = QHBoxLayout()
        for widget in (self.clear_button, self.step_button, self.lr_label, self.lr_spin):
            step.addWidget(widget)
        step.addStretch(1)
        layout = QGridLayout(self)
        layout.addWidget(self.title_label, 0, 0, 1, 2)
        layout.addWidget(self.surface, 1, 0)
        layout.addLayout(side, 1, 1)
        layout.addLayout(targets, 2, 0, 1, 2)
        layout.addWidget(self.follow_box, 3, 0, 1, 2)
        layout.addLayout(step, 4, 0, 1, 2)
        layout.addWidget(self.step_label, 5, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setRowStretch(1, 1)

    def retranslate(self) -> None:
        self.title_label.setText("<b>" + self.tr("Draw a digit, choose what it should be, and see each loss judge it") + "</b>")
        self.title_label.setWordWrap(True)
        self.surface.setAccessibleName(self.tr("Drawing pad"))
        self.surface.setToolTip(self.tr("Draw a digit with the mouse, a pen or a finger."))
        self.sees_label.setText(self.tr("What the network sees (28 × 28):"))
        self.preview.setAccessibleName(self.tr("The drawing as the network sees it, 28 by 28 pixels"))
        self.target_label.setText(self.tr("It should be:"))
        for digit, button in enumerate(self.target_buttons.buttons()):
            button.setAccessibleName(fill(self.tr("It should be %1"), digit))
        self.follow_box.setText(self.tr("Show the drawing in the loss explorer"))
        self.follow_box.setToolTip(self.tr(
            "The network's output logits for the drawing drive the explorer's sliders, plots and losses, "
            "with the digit it should be as the correct class."))
        self.clear_button.setText(self.tr("Clear"))
        self.step_button.setText(self.tr("One step"))
        self.step_button.setToolTip(self.tr(
            "One step of gradient descent on this drawing alone, with each loss, from copies of the network "
            "(the network itself does not change)."))
        self.lr_label.setText(self.tr("learning rate"))
        self.lr_spin.setAccessibleName(self.tr("learning rate"))
        self._fit_answer()
        self._show_answer()
        self.step_label.clear()
        self._show_step(self._step)

    def apply_look(self, look: style.Look) -> None:
        """Zoom and theme: the pad's size and colours, the answers' colours."""
        self.surface.apply_look(look)
        self.preview.apply_look(look)
        self._fit_answer()
        self._show_answer()
        self.step_label.clear()
        self._show_step(self._step)

    # -- public --------------------------------------------------------------

    def drawing(self) -> np.ndarray:
        """The 28 × 28 uint8 image the network reads (light ink on black)."""
        if self._prediction.isActive():  # segments drawn since the last prediction
            self.refresh()
        return self._image.copy()

    def target(self) -> int:
        """The digit the drawing should be."""
        return self._target

    def clear(self) -> None:
        self.surface.clear()
        self._restored = None
        self.refresh()

    def show_drawing(self, image28: np.ndarray) -> None:
        """Put back a drawing (a lesson's): the network reads exactly this image."""
        image = np.asarray(image28)
        if image.shape != (28, 28):
            raise ValueError(f"a drawing is a 28 × 28 image, got shape {image.shape}")
        self._restored = np.ascontiguousarray(image, np.uint8)
        self.surface.show_image(self._restored)
        self.refresh()

    def refresh(self) -> None:
        """Read the drawing and the network again: the preview, the answer and the explorer."""
        self._prediction.stop()
        if self._restored is not None and not self.surface.has_strokes():
            image = self._restored
        else:
            image = to_mnist(self.surface.raster(), dark=False)
        changed = not np.array_equal(image, self._image)
        self._image[...] = image
        self.preview.show_image(image)
        self._logits = self.network().logits(image[None])[0] if image.any() else None
        if changed:
            self._show_step(None)
        self._show_answer()
        self._push()
        if changed:
            self.drawing_changed.emit()

    def one_step(self, lr: float = DEFAULT_LR) -> dict:
        """One SGD step on the drawing with each loss, from copies of the
        network, the intended digit as the label; shown, and returned as
        {"label", "lr", "ce": {...}, "sse": {...}}, each with y_before,
        y_after, loss_before, loss_after and grad_z (∂E/∂z_label before)."""
        image = self.drawing()
        if not image.any():
            raise ValueError("there is no drawing to train on")
        result = one_step_each_loss(self.network().copy_weights(), image, self._target, lr)
        self._show_step(result)
        return result

    # -- the explorer ----------------------------------------------------------

    def _push(self) -> None:
        if self.explorer is None or not self.follow_box.isChecked() or self._logits is None:
            return
        self._pushed = prediction_state(self._logits, self._target, self.explorer.state)
        self.explorer.set_state(self._pushed)

    def _on_explorer_changed(self, readout) -> None:
        state = readout.state
        if _is_digits(state) and state.target != self._target:
            self._target = state.target
            self.target_buttons.button(state.target).setChecked(True)
            self._show_step(None)
            self._show_answer()
        if self._pushed is None or state == self._pushed or not self.follow_box.isChecked():
            return
        if state == replace(self._pushed, target=state.target):
            self._pushed = state  # only the correct class changed (a digit key): still the drawing
        else:
            self.follow_box.setChecked(False)  # a slider moved: the explorer lets go of the drawing

    def _on_target_clicked(self, digit: int) -> None:
        if digit == self._target:
            return
        self._target = digit
        self._show_step(None)
        self._show_answer()
        if self.explorer is not None and self.follow_box.isChecked() and self._logits is not None:
            self._push()
        elif self.explorer is not None and _is_digits(self.explorer.state):
            self.explorer.set_target(digit)

    def _on_follow_toggled(self, on: bool) -> None:
        if on:
            self._push()

    def _on_stroke_started(self) -> None:
        if self.explorer is not None and not self.follow_box.isChecked():
            self.follow_box.setChecked(True)  # drawing again is asking to see it

    def _schedule_prediction(self) -> None:
        if not self._prediction.isActive():
            self._prediction.start()

    # -- texts -------------------------------------------------------------------

    def _fit_answer(self) -> None:
        """The answer's label at a fixed size, as wide as the preview and
        three lines high: a new answer on every stroke then never lays the
        window out again (a label that may grow asks its parents for room,
        and the whole window repaints)."""
        lines = self.answer_label.fontMetrics().lineSpacing()
        self.answer_label.setFixedSize(max(self.preview.width(), self.sees_label.sizeHint().width()), 3 * lines + 4)
        self.answer_label.relayout()

    def _show_answer(self) -> None:
        if self._logits is None:
            self.answer_label.set_answer(self.tr("Draw a digit on the pad."))
            return
        y = losses.softmax(self._logits)
        guess, k = int(np.argmax(y)), self._target
        self.answer_label.set_answer(fill(self.tr("The network says <b>%1</b>"), guess), y_of(k, _probability(y[k])))

    def _show_step(self, result: dict | None) -> None:
        self.step_button.setEnabled(self._logits is not None)
        if result is None and self._step is None and self.step_label.text():
            return  # the hint is up already: a stroke must not re-tint the label (a repaint)
        self._step = result
        if result is None:
            self.step_label.setText(self.tr("<i>One step</i> shows how far one step of gradient descent with each loss "
                                            "moves y of the digit it should be."))
            style.tint(self.step_label, style.MUTED)
            return
        style.tint(self.step_label, None)
        k = result["label"]
        lines = [fill(self.tr("One step on this drawing as a %1, learning rate %2:"), k, f"{result['lr']:g}")]
        for loss in TRAINING_LOSSES:
            step = result[loss]
            colour = COLOURS[loss].name()
            lines.append(fill("<span style='color:%1'>■</span> %2: y<sub>%3</sub> %4 → <b>%5</b> (∂E/∂z<sub>%3</sub> = %6)",
                              colour, short_name(loss), k, _probability(step["y_before"]), _probability(step["y_after"]),
                              _signed(step["grad_z"])))
        self.step_label.setText("<br>".join(lines))


def _is_digits(state: ExplorerState) -> bool:
    """Whether the explorer shows ten classes, as a digit's answer does."""
    return state.mode is Mode.MULTICLASS and state.n_classes == DIGIT_CLASSES


def _probability(y: float) -> str:
    return f"{y:.3f}" if y >= 0.0005 or y == 0 else f"{y:.1e}"


def _signed(value: float) -> str:
    return f"{value:.2g}".replace("-", "−")
