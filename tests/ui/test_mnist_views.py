"""The MNIST dock's pages in the real window (pytest-qt, offscreen): the
slowdown experiment, the drawing pad, the mistakes and the first layer's
weights, each on its tab and its key, wired to the training panel; F8
starts "Why cross-entropy?"; a lesson keeps the drawing and the
experiment's curves; ``--view`` draws each page differently."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from lossviz.mnist.experiment import CONFIDENTLY_WRONG
from lossviz.mnist.training import TrainingConfig
from lossviz.names import MNIST_VIEWS
from lossviz.settings import TrainingParams
from lossviz.ui.actions.table import VIEW_TEXTS
from lossviz.ui.mnist.run_controls import SPEEDS, State

WAIT_MS = 60_000  # a bound, so a stuck worker fails the test instead of hanging it
PAGES = ("experiment", "draw", "mistakes", "weights")


def draw_a_stroke(qtbot, window):
    """A vertical stroke across the pad, with the mouse: a "1"."""
    pad = window.pages.draw_pad
    surface = pad.surface
    w, h = surface.width(), surface.height()
    points = [QPoint(w // 2, int(h * v)) for v in np.linspace(0.2, 0.8, 12)]
    with qtbot.waitSignal(pad.drawing_changed, timeout=5000):
        QTest.mousePress(surface, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(surface, point)
        QTest.mouseRelease(surface, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
    assert pad.drawing().any()


def fast_training(window, epochs=1) -> None:
    window.mnist_panel.show_training_params(TrainingParams(epochs=epochs, speed=len(SPEEDS) - 1))


def test_the_four_pages_are_in_the_dock_on_their_keys(window, qtbot):
    assert MNIST_VIEWS == ("training", *PAGES)
    tabs = window.mnist_pages
    assert [tabs.tabText(i) for i in range(tabs.count())] == [VIEW_TEXTS[key][0][1] for key in MNIST_VIEWS]
    for number, key in enumerate(PAGES, start=5):
        assert VIEW_TEXTS[key][1] == f"Alt+{number}"
        qtbot.keyClick(window, str(number), Qt.KeyboardModifier.AltModifier)
        assert window.mnist_dock.isVisible() and window.mnist_view == key
        assert tabs.currentWidget() is window.pages.pages[key]
        assert window.current_view() == key and window.menu_actions[f"view.{key}"].isChecked()


def test_why_cross_entropy_opens_the_experiment_and_starts_it_confidently_wrong(window, qtbot):
    action = window.menu_actions["experiment.run"]
    assert action.shortcut().toString() == "F8" and action in window.toolbar.actions()
    experiment = window.pages.experiment
    try:
        qtbot.keyClick(window, Qt.Key.Key_F8)
        assert window.mnist_view == "experiment" and window.mnist_dock.isVisible()
        assert experiment.state is State.RUNNING and experiment.worker is not None
        with qtbot.waitSignal(experiment.worker.progressed, timeout=WAIT_MS):
            pass
        qtbot.waitUntil(lambda: experiment.record.steps > 0, timeout=WAIT_MS)
        assert experiment.record.start == CONFIDENTLY_WRONG
        # Pressed again during the run: the run goes on, not started afresh.
        worker = experiment.worker
        action.trigger()
        assert experiment.worker is worker
    finally:
        experiment.shutdown()


def test_the_pad_and_the_weights_follow_the_panel_while_it_trains(window, qtbot):
    fast_training(window)
    window.show_view("draw")
    draw_a_stroke(qtbot, window)
    pad, panel = window.pages.draw_pad, window.mnist_panel
    untrained = pad._logits.copy()
    with qtbot.waitSignal(panel.session_ended, timeout=WAIT_MS):
        panel.start()
    # The pad reads the panel's trained network now (within the follow interval).
    qtbot.waitUntil(lambda: np.allclose(pad._logits, panel.network.logits(pad.drawing()[None])[0]), timeout=5000)
    assert not np.allclose(pad._logits, untrained)
    # So does the weights view, on its page, with the panel's validation digit.
    window.show_view("weights")
    weights = window.pages.weights
    qtbot.waitUntil(lambda: weights._w1 is not None and np.array_equal(weights._w1, panel.network.w1), timeout=5000)
    panel.digit_view.index_spin.setValue(7)
    qtbot.waitUntil(lambda: np.array_equal(weights._digit_shown, panel.dataset.validation_images[panel.digit_view.index]),
                    timeout=5000)


def test_the_mistakes_are_counted_after_an_epoch(window, qtbot):
    fast_training(window, epochs=2)
    panel, mistakes = window.mnist_panel, window.pages.mistakes
    with qtbot.waitSignal(mistakes.computed, timeout=WAIT_MS):
        panel.start()  # the first epoch's end
    qtbot.waitUntil(lambda: panel.state is State.ENDED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: mistakes.result is not None and np.array_equal(mistakes.result.weights[0], panel.network.w1),
                    timeout=WAIT_MS)  # the last epoch's, from the worker's copy
    confusion = mistakes.result.mistakes.confusion
    assert confusion.sum() == len(panel.dataset.validation_labels)
    answers = panel.network.logits(panel.dataset.validation_images).argmax(axis=1)
    assert np.trace(confusion) == int(np.sum(answers == panel.dataset.validation_labels))


def test_the_mistakes_page_counts_the_network_on_show(window, qtbot):
    mistakes = window.pages.mistakes
    assert mistakes.result is None
    with qtbot.waitSignal(mistakes.computed, timeout=WAIT_MS):
        window.show_view("mistakes")  # the untrained network's, never counted before
    assert mistakes.result.mistakes.confusion.sum() == len(window.mnist_panel.dataset.validation_labels)


def test_a_lesson_keeps_the_drawing_and_the_experiments_curves(window, qtbot, tmp_path):
    from lossviz.ui.app import create_window

    window.show_view("draw")
    draw_a_stroke(qtbot, window)
    drawing = window.pages.draw_pad.drawing()
    experiment = window.pages.experiment
    experiment.controls.speed_slider.setValue(len(SPEEDS) - 1)
    with qtbot.waitSignal(experiment.finished, timeout=WAIT_MS):
        assert experiment.start(CONFIDENTLY_WRONG, training=replace(TrainingConfig(), epochs=1))
    curves = experiment.experiment_curves()
    window.show_view("experiment")
    path = tmp_path / "pages.lossviz"
    assert window.lessons.save_to(path)

    again = create_window()
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    try:
        assert again.lessons.open_from(path)
        assert np.array_equal(again.pages.draw_pad.drawing(), drawing)
        assert again.pages.experiment.experiment_curves() == curves
        assert again.mnist_view == "experiment" and again.mnist_dock.isVisible()
    finally:
        again.close()


def test_the_drawings_answer_is_a_quiz_part(window, qtbot):
    from lossviz import quiz

    window.show_view("draw")
    draw_a_stroke(qtbot, window)
    window.menu_actions[f"quiz.hide.{quiz.DRAWING_ANSWER}"].setChecked(True)
    window.quiz.set_on(True)
    try:
        assert quiz.DRAWING_ANSWER in window.quiz.covered()
    finally:
        window.quiz.set_on(False)


def picture(folder, *options) -> QImage:
    path = folder / f"{'-'.join(options) or 'default'}.png"
    result = subprocess.run([sys.executable, "-m", "lossviz", "--screenshot", str(path), "--size", "1366x768", *options],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return QImage(str(path))


@pytest.fixture(scope="module")
def default_picture(tmp_path_factory) -> QImage:
    return picture(tmp_path_factory.mktemp("default"))


@pytest.mark.parametrize("view", [*PAGES, "quiz"])
def test_each_view_draws_a_picture_of_its_own(tmp_path, default_picture, view):
    default = default_picture
    shown = picture(tmp_path, "--view", view)
    assert shown.size() == default.size()
    assert shown != default
