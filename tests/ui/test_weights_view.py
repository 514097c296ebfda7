"""Inside the network: the first layer's weights as pictures, standalone
(pytest-qt, offscreen).  Assertions read the rendered widget's pixels."""

import time

import numpy as np
import pytest
from PySide6.QtGui import QColor

from lossviz.mnist.datasets import load_bundled_dataset
from lossviz.mnist.mlp import Mlp
from lossviz.ui.common import style
from lossviz.ui.mnist.weights_view import POSITIVE, REFRESHES_PER_SECOND, WeightsView, grid_shape


def hand_set_network(units=4):
    """Unit j: +1 on the left half of the image, −1 on the right half, 0 on the top rows, times (j + 1)."""
    net = Mlp(units, 0, split=False)
    picture = np.zeros((28, 28), np.float32)
    picture[8:, :14], picture[8:, 14:] = 1.0, -1.0
    net.w1[...] = picture.reshape(784, 1) * np.arange(1, units + 1, dtype=np.float32)
    net.b1[...] = 0
    return net


def colour_at(image, rect, row, column):
    """The colour drawn for weight (row, column) of a tile drawn in ``rect``."""
    x = rect.x() + int((column + 0.5) * rect.width() / 28)
    y = rect.y() + int((row + 0.5) * rect.height() / 28)
    return QColor(image.pixel(x, y))


@pytest.mark.parametrize("units", [4, 7])
def test_the_tiles_show_each_weights_sign_in_the_diverging_colours(qtbot, units):
    net = hand_set_network(units)
    view = WeightsView(lambda: net, lambda: None)
    qtbot.addWidget(view)
    view.resize(600, 600)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    theme = style.theme()
    positive, negative, zero = QColor(POSITIVE), QColor(theme.output), QColor(theme.plot_background)
    for unit in range(units):
        rect = view.tile_rect(unit)
        assert rect.width() >= 28  # at least a screen pixel a weight
        for row, column in ((12, 3), (20, 10), (27, 0)):
            assert colour_at(image, rect, row, column) == positive
        for row, column in ((12, 20), (27, 27)):
            assert colour_at(image, rect, row, column) == negative
        assert colour_at(image, rect, 3, 14) == zero  # each tile is scaled to its own largest |w|: the same colours


def test_any_number_of_units_gets_a_near_square_grid():
    assert grid_shape(100) == (10, 10) and grid_shape(30) == (5, 6) and grid_shape(1) == (1, 1)
    rows, columns = grid_shape(4096)
    assert rows * columns >= 4096 and abs(rows - columns) <= 1


def test_the_chosen_digits_hidden_activations_are_shown(qtbot):
    data = load_bundled_dataset()
    net = Mlp(100, 0, split=False)
    digit = {"image": None}
    view = WeightsView(lambda: net, lambda: digit["image"])
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    assert view.activations is None and "Choose a digit" in view.activity_label.text()
    digit["image"] = data.validation_images[0]
    view.refresh()
    x = data.validation_images[0].reshape(1, 784).astype(np.float32) / 255
    expected = np.maximum(x @ net.w1 + net.b1, 0)[0]
    np.testing.assert_allclose(view.activations, expected, rtol=1e-5)
    active = int(np.count_nonzero(expected > 0))
    assert 0 < active < 100 and f"{active} of 100 hidden units are active" in view.activity_label.text()
    # Drawn: an active unit's tile is framed in the ink colour, a switched-off one is dimmed.
    image = view.grab().toImage()
    on, off = int(np.argmax(expected)), int(np.flatnonzero(expected == 0)[0])
    on_rect, off_rect = view.tile_rect(on), view.tile_rect(off)
    assert QColor(image.pixel(on_rect.left() + 1, on_rect.center().y())) == style.INK
    assert QColor(image.pixel(off_rect.left() + 1, off_rect.center().y())) != style.INK


def test_live_refreshes_follow_the_network_at_most_ten_times_a_second(qtbot):
    net = Mlp(100, 0, split=False)
    view = WeightsView(lambda: net, lambda: None)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    before = view.image.pixel(5, 5)
    view.set_live(True)
    start_count, began = view.refresh_count, time.monotonic()
    net.w1[...] = -net.w1  # the network trains on: the next refresh shows it
    qtbot.waitUntil(lambda: view.image.pixel(5, 5) != before, timeout=5000)  # generous: a loaded machine
    # Live: its timer keeps refreshing (a loaded machine may deliver its ticks late, never early).
    assert view.timer.isActive() and view.timer.interval() >= 1000 // REFRESHES_PER_SECOND
    qtbot.waitUntil(lambda: view.refresh_count >= start_count + 3, timeout=10000)
    qtbot.waitUntil(lambda: time.monotonic() - began >= 1.5, timeout=5000)
    count, elapsed = view.refresh_count - start_count, time.monotonic() - began
    assert count <= REFRESHES_PER_SECOND * elapsed + 2  # at most ten a second
    view.hide()  # not shown: no refreshes
    qtbot.wait(0)  # a tick already queued before the hide may still land
    hidden_at = view.refresh_count
    qtbot.wait(300)
    assert view.refresh_count == hidden_at
    view.show()
    view.set_live(False)
    stopped_at = view.refresh_count
    qtbot.wait(300)
    assert view.refresh_count == stopped_at and not view.timer.isActive()
