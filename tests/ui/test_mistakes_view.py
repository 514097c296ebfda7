"""The mistakes view alone (pytest-qt, offscreen), with a real explorer
controller and a network trained on the bundled data: the confusion
matrix, its cells' galleries, the worst-first gallery by either loss, and
a digit clicked into the explorer."""


import numpy as np
import pytest
from PySide6.QtCore import Qt

from lossviz.explorer import prediction_state
from lossviz.mnist.datasets import Dataset
from lossviz.mnist.mistakes import find_mistakes
from lossviz.mnist.mlp import Mlp
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.mistakes_view import MistakesView
from tests.mnist.trained import bundled, trained_network

WAIT_MS = 20_000


@pytest.fixture
def controller():
    return ExplorerController()


@pytest.fixture
def view(qtbot, controller):
    view = MistakesView(controller, bundled)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.shutdown()


def refreshed(qtbot, view, net):
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.refresh(net)
    return view.result


def click_cell(qtbot, view, row, column):
    table = view.table
    rect = table.visualRect(view.confusion.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_confusion_matrix_counts_every_validation_digit_and_agrees_with_the_accuracy(qtbot, view):
    net, data = trained_network(), bundled()
    result = refreshed(qtbot, view, net)
    shown = np.array([[int(view.confusion.data(view.confusion.index(r, c))) for c in range(10)] for r in range(10)])
    assert shown.sum() == len(data.validation_labels)
    assert np.trace(shown) / shown.sum() == pytest.approx(net.accuracy(data.validation_images, data.validation_labels))
    assert np.array_equal(shown, result.mistakes.confusion)
    assert f"{100 * net.accuracy(data.validation_images, data.validation_labels):.1f}%" in view.summary_label.text()
    view.shares_box.click()
    shares = np.array([[float(view.confusion.data(view.confusion.index(r, c))) for c in range(10)] for r in range(10)])
    np.testing.assert_allclose(shares.sum(axis=1), 100, atol=0.6)  # each row's shares, rounded to 0.1


def test_clicking_a_cell_shows_exactly_that_cells_digits(qtbot, view):
    result = refreshed(qtbot, view, trained_network())
    m = result.mistakes
    off_diagonal = m.confusion - np.diag(np.diag(m.confusion))
    row, column = np.unravel_index(np.argmax(off_diagonal), off_diagonal.shape)
    click_cell(qtbot, view, int(row), int(column))
    shown = view.gallery_indices()
    expected = np.flatnonzero((bundled().validation_labels == row) & (m.predictions == column))
    assert sorted(shown) == sorted(expected) and len(shown) == m.confusion[row, column]
    assert list(m.cross_entropy[shown]) == sorted(m.cross_entropy[shown], reverse=True)
    assert f"Label {row}, answered {column}" in view.gallery_label.text()
    view.show_worst()
    assert len(view.gallery_indices()) == len(m.labels)


def test_worst_first_is_by_the_chosen_loss_and_the_two_losses_rank_differently(qtbot, view):
    result = refreshed(qtbot, view, trained_network())
    m = result.mistakes
    by_ce = view.gallery_indices()
    assert np.all(np.diff(m.cross_entropy[by_ce]) <= 0)
    view.sse_button.click()
    by_sse = view.gallery_indices()
    assert np.all(np.diff(m.squared_error[by_sse]) <= 0)
    assert not np.array_equal(by_ce[:20], by_sse[:20])
    # Each digit shows its rank under the other loss too.
    lines = [text for text, _ in view.gallery_model.lines(0)]
    first = by_sse[0]
    assert lines[1].endswith(f"#{1}") and lines[2].endswith(f"#{result.rank[CROSS_ENTROPY][first] + 1}")
    assert result.rank[SQUARED_ERROR][first] == 0


def test_clicking_a_digit_loads_the_networks_answer_into_the_explorer(qtbot, view, controller):
    net = trained_network()
    refreshed(qtbot, view, net)
    gallery = view.gallery
    index = view.gallery_model.index(2)
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=gallery.visualRect(index).center())
    digit = view.gallery_indices()[2]
    data = bundled()
    expected = prediction_state(net.logits(data.validation_images[digit : digit + 1])[0], int(data.validation_labels[digit]))
    assert controller.state == expected


def test_the_newest_network_wins_and_the_network_may_change_while_the_work_runs(qtbot, view):
    untrained, trained = Mlp(100, 1), trained_network()
    view.refresh(untrained)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.refresh(trained)
    qtbot.waitUntil(lambda: not view.worker._request, timeout=WAIT_MS)
    qtbot.wait(50)  # any late result of the first request would be shown by now
    data = bundled()
    assert view.result.mistakes.accuracy == pytest.approx(trained.accuracy(data.validation_images, data.validation_labels))
    copy = Mlp(100, 2)
    weights = trained.copy_weights()
    copy.set_weights(weights)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.refresh(copy)
        copy.w2[...] = 0  # trained on after the request: the view works on the weights as they were
    assert view.result.mistakes.accuracy == pytest.approx(trained.accuracy(data.validation_images, data.validation_labels))


def test_ten_thousand_images_are_worked_out_off_the_gui_thread(qtbot, controller):
    """refresh() hands the work to the worker and returns at once; the time it
    takes is benchmarks/bench_mistakes.py's to measure, not a test's."""
    data = bundled()
    images = np.concatenate([data.train_images, data.validation_images] * 2)[:10_000]
    labels = np.concatenate([data.train_labels, data.validation_labels] * 2)[:10_000]
    big = Dataset("ten thousand", data.train_images, data.train_labels, images, labels)
    view = MistakesView(controller, lambda: big)
    qtbot.addWidget(view)
    view.show()
    net = trained_network()
    done = []
    view.computed.connect(lambda *_: done.append(True))
    with qtbot.waitSignal(view.computed, timeout=30000):
        view.refresh(net)
        assert not done, "the matrix was worked out on the GUI thread, inside refresh()"
    view.shutdown()
    assert np.array_equal(view.result.mistakes.confusion, find_mistakes(net, images, labels).confusion)
