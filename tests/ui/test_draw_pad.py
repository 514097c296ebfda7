"""The drawing pad alone (pytest-qt, offscreen), with a real explorer
controller and a network trained on the bundled data: digits are drawn
with mouse events, and the assertions read the 28 × 28 preview, the
explorer's state and the one-step report."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lossviz import losses
from lossviz.explorer import prediction_state
from lossviz.mnist.preprocess import to_mnist
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.draw_pad import DrawPad, copy_network
from tests.mnist.trained import bundled, trained_network

#: Paths in paper coordinates (0 to 1): a "1" down the middle, a "7".
ONE = [(0.5, 0.15 + 0.7 * i / 20) for i in range(21)]
SEVEN = [(0.25 + 0.5 * i / 10, 0.2) for i in range(11)] + [(0.75 - 0.3 * i / 15, 0.2 + 0.65 * i / 15) for i in range(1, 16)]


@pytest.fixture
def controller():
    return ExplorerController()


@pytest.fixture
def pad(qtbot, controller):
    net = trained_network()
    pad = DrawPad(controller, lambda: net)
    qtbot.addWidget(pad)
    pad.resize(600, 520)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def draw(qtbot, pad, path):
    """One stroke along ``path`` with the left button held; returns once the pad has read it."""
    surface = pad.surface
    paper = surface.paper()

    def at(u, v):
        return QPoint(round(paper.left() + u * paper.width()), round(paper.top() + v * paper.height()))

    with qtbot.waitSignal(pad.drawing_changed, timeout=5000):
        QTest.mousePress(surface, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(*path[0]))
        for point in path[1:]:
            QTest.mouseMove(surface, at(*point))
        QTest.mouseRelease(surface, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(*path[-1]))
    qtbot.waitUntil(lambda: np.array_equal(pad.preview.image(), pad.drawing()), timeout=5000)


def assert_explorer_shows(controller, logits, target):
    """The explorer's state is the network's answer: the same softmax (the sliders may shift the logits)."""
    state = controller.state
    assert state == prediction_state(logits, target)
    np.testing.assert_allclose(losses.softmax(np.array(state.logits)), losses.softmax(logits), atol=1e-6)


def test_a_drawn_seven_is_what_the_network_sees_and_drives_the_explorer(qtbot, pad, controller):
    draw(qtbot, pad, SEVEN)
    image = pad.drawing()
    assert np.array_equal(pad.preview.image(), image)
    rows = np.flatnonzero(image.max(axis=1) > 128)
    assert rows[-1] - rows[0] + 1 == 20  # the taller side scaled to MNIST's 20-pixel box
    top = rows[0]
    assert image[top : top + 3, 8:20].max(axis=0).min() > 100  # the bar across the top
    assert image[top + 12 :, :14].max() > 200 and image[top + 12 :, 18:].max() < 50  # the stroke down to the lower left
    net = trained_network()
    logits = net.logits(to_mnist(pad.surface.raster(), dark=False)[None])[0]
    np.testing.assert_allclose(net.logits(image[None])[0], logits)
    assert_explorer_shows(controller, logits, pad.target())
    assert int(np.argmax(logits)) == 7  # drawn as a person would, read as MNIST's


def test_the_intended_digit_follows_the_explorers_correct_class_both_ways(qtbot, pad, controller):
    controller.set_target(3)
    assert pad.target() == 3 and pad.target_buttons.button(3).isChecked()
    draw(qtbot, pad, ONE)
    logits = trained_network().logits(pad.drawing()[None])[0]
    assert_explorer_shows(controller, logits, 3)
    controller.set_target(1)  # the digit key 1
    assert pad.target() == 1 and pad.follow_box.isChecked()
    assert_explorer_shows(controller, logits, 1)
    qtbot.mouseClick(pad.target_buttons.button(8), Qt.MouseButton.LeftButton)
    assert controller.state.target == 8
    assert_explorer_shows(controller, logits, 8)


def test_moving_a_slider_lets_go_and_drawing_again_takes_the_explorer_back(qtbot, pad, controller):
    draw(qtbot, pad, ONE)
    controller.set_logit(0, 9.0)
    assert not pad.follow_box.isChecked()
    assert controller.state.logits[0] == 9.0
    draw(qtbot, pad, [(0.3, 0.5), (0.7, 0.5)])
    assert pad.follow_box.isChecked()
    assert_explorer_shows(controller, trained_network().logits(pad.drawing()[None])[0], pad.target())


def test_clear_empties_the_pad_and_the_preview(qtbot, pad, controller):
    draw(qtbot, pad, SEVEN)
    shown = controller.state
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert not pad.surface.raster().any()
    assert not pad.drawing().any() and not pad.preview.image().any()
    assert not pad.step_button.isEnabled()
    assert controller.state == shown  # nothing drawn, nothing to show: the explorer keeps what it had


def test_a_restored_drawing_is_read_exactly(qtbot, pad, controller):
    image = bundled().validation_images[5]
    pad.show_drawing(image)
    assert np.array_equal(pad.drawing(), image) and np.array_equal(pad.preview.image(), image)
    assert_explorer_shows(controller, trained_network().logits(image[None])[0], pad.target())
    pad.surface.grab()  # drawn on screen without complaint


def test_one_step_cross_entropy_moves_a_confidently_wrong_answer_and_squared_error_barely(qtbot, controller):
    """Class 0's output bias raised until the drawn 1 is called 0 with
    y ≈ 0.998 (as in issue 16's slowdown experiment): y of 1 is tiny."""
    wrong = copy_network(trained_network().copy_weights())
    pad = DrawPad(controller, lambda: wrong)
    qtbot.addWidget(pad)
    pad.resize(600, 520)
    pad.show()
    draw(qtbot, pad, ONE)
    z = wrong.logits(pad.drawing()[None])[0]
    wrong.b2[0] += z.max() - z[0] + 6
    pad.refresh()
    weights = wrong.copy_weights()
    controller.set_target(1)
    y = losses.softmax(wrong.logits(pad.drawing()[None])[0])
    assert y[0] > 0.9 and y[1] < 0.05
    step = pad.one_step(0.1)
    ce, sse = step[CROSS_ENTROPY], step[SQUARED_ERROR]
    assert step["label"] == 1 and step["lr"] == 0.1
    assert ce["y_before"] == pytest.approx(y[1]) and sse["y_before"] == pytest.approx(y[1])
    assert ce["y_after"] - ce["y_before"] > 10 * (sse["y_after"] - sse["y_before"])
    assert abs(sse["grad_z"]) < abs(ce["grad_z"]) / 10
    for kept, now in zip(weights, wrong.parameters()):
        np.testing.assert_array_equal(kept, now)  # copies trained, never the network itself
    text = pad.step_label.text()
    assert "0.1" in text and f"{ce['y_after']:.3f}" in text and "cross-entropy" in text and "squared error" in text


def test_without_an_explorer_the_pad_still_reads_the_drawing(qtbot):
    net = trained_network()
    pad = DrawPad(None, lambda: net)
    qtbot.addWidget(pad)
    pad.resize(500, 450)
    pad.show()
    draw(qtbot, pad, ONE)
    assert pad.follow_box.isHidden()
    assert "1" in pad.answer_label.text()


def _shown(y: float) -> str:
    return f"{y:.3f}" if y >= 0.0005 else f"{y:.1e}"


def test_the_answer_says_the_networks_digit_and_y_of_the_digit_it_should_be(qtbot, pad, controller):
    controller.set_target(7)
    draw(qtbot, pad, SEVEN)
    y = losses.softmax(trained_network().logits(pad.drawing()[None])[0])
    answer = pad.answer_label
    assert answer.says() == f"The network says <b>{int(np.argmax(y))}</b>"
    assert answer.value() == f"y₇ = {_shown(y[7])}"
    assert answer.accessibleName() == f"The network says {int(np.argmax(y))}"
    assert 0 < answer.says_height() < answer.height() / 2  # room for the second line under the first
    controller.set_target(1)
    assert answer.value() == f"y₁ = {_shown(y[1])}"
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert answer.text() == "Draw a digit on the pad."


class PaintedRects(QObject):
    def __init__(self, widget):
        super().__init__()
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_while_drawing_the_answers_first_line_is_painted_again_only_when_the_digit_changes(qtbot, pad):
    """The digit the network says is rich text: a stroke paints that line
    again only when the digit changes, while y, under it, follows every
    segment; the pad behind the answer is not painted again for it."""
    draw(qtbot, pad, ONE)
    answer, surface = pad.answer_label, pad.surface
    paper = surface.paper()
    painted, behind = PaintedRects(answer), PaintedRects(pad)

    def at(u, v):
        return QPoint(round(paper.left() + u * paper.width()), round(paper.top() + v * paper.height()))

    QTest.mousePress(surface, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(0.5, 0.15))
    for _ in range(3):  # the dot read, its answer painted
        QApplication.processEvents()
    texts, values, first_line_painted, second_line_painted = [answer.says()], set(), 0, 0
    painted.rects.clear()
    behind.rects.clear()
    for k in range(40):  # the 1 thickened, down and up again
        QTest.mouseMove(surface, at(0.5 + 0.04 * (-1) ** k, 0.15 + 0.7 * abs(20 - k) / 20))
        QApplication.processEvents()
        QApplication.processEvents()
        texts.append(answer.says())
        values.add(answer.value())
        first_line_painted += any(rect.top() < answer.says_height() for rect in painted.rects)
        second_line_painted += any(rect.bottom() > answer.says_height() for rect in painted.rects)
        painted.rects.clear()
    QTest.mouseRelease(surface, Qt.MouseButton.LeftButton)
    changes = sum(a != b for a, b in zip(texts, texts[1:]))
    assert len(values) > 10 and second_line_painted >= len(values) - 1  # y followed the pen, and was painted
    assert first_line_painted <= changes < 10
    assert behind.rects == []
