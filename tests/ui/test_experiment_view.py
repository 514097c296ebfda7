"""The slowdown experiment's view, standalone (pytest-qt, offscreen), with
a real ExplorerController and a small part of the bundled data: it runs on
its thread, its curves are the experiment's own numbers, it names the
plateau, and a click on a curve shows that moment in the explorer."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lossviz import losses
from lossviz.mnist.datasets import Dataset, load_bundled_dataset
from lossviz.mnist.experiment import ExperimentBatch, ExperimentConfig, ExperimentEpoch, SlowdownExperiment
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.mnist.experiment_record import NO_PLATEAU, PLATEAU
from lossviz.ui.mnist.experiment_view import ExperimentView, watched_digits
from lossviz.ui.mnist.run_controls import SPEEDS, State

WAIT_MS = 60_000  # a bound, so a stuck worker fails the test instead of hanging it


@pytest.fixture(scope="module")
def small():
    """1,000 training and 300 validation images: 10 batches an epoch, 40 in the run."""
    d = load_bundled_dataset()
    return Dataset("small", d.train_images[:1000], d.train_labels[:1000], d.validation_images[:300], d.validation_labels[:300])


@pytest.fixture
def view(qtbot, small):
    controller = ExplorerController()
    v = ExperimentView(controller, lambda: small)
    qtbot.addWidget(v)
    v.resize(1366, 600)
    v.show()
    v.controls.speed_slider.setValue(len(SPEEDS) - 1)  # full speed: the test waits for results, not for the class
    yield v
    v.shutdown()


def run_to_end(qtbot, view, start="confidently-wrong"):
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        assert view.start(start)
    assert view.state is State.ENDED


def test_the_curves_are_the_experiments_own_numbers_and_squared_error_barely_moves(qtbot, view, small):
    run_to_end(qtbot, view)
    curves = view.experiment_curves()
    # The same experiment run here, headless: the view drew its numbers, nothing else.
    headless = SlowdownExperiment(small.train_images, small.train_labels, small.validation_images, small.validation_labels,
                                  ExperimentConfig())
    reports = list(headless.run())
    batches = [r for r in reports if isinstance(r, ExperimentBatch)]
    epochs = [r for r in reports if isinstance(r, ExperimentEpoch)]
    for loss in (CROSS_ENTROPY, SQUARED_ERROR):
        np.testing.assert_allclose(curves[loss]["loss"], [b.networks[loss].loss for b in batches], rtol=1e-4)
        np.testing.assert_allclose(curves[loss]["mean_abs_grad_z"], [b.networks[loss].mean_abs_grad_z for b in batches], rtol=1e-3)
        assert curves[loss]["validation_accuracy"] == pytest.approx([e.networks[loss].validation_accuracy for e in epochs], abs=0.01)
    first_epoch = slice(0, curves["steps_per_epoch"])
    ce, sse = (np.mean(curves[loss]["mean_abs_grad_z"][first_epoch]) for loss in (CROSS_ENTROPY, SQUARED_ERROR))
    assert sse < ce / 10
    assert curves[SQUARED_ERROR]["validation_accuracy"][-1] < 0.2 < 0.6 < curves[CROSS_ENTROPY]["validation_accuracy"][-1]
    # Drawn as measured: the gradient plot's points are the curves' numbers, on a log axis.
    x, y = view.gradient_plot.points(SQUARED_ERROR)
    assert list(y) == curves[SQUARED_ERROR]["mean_abs_grad_z"] and x[-1] == pytest.approx(4)
    # Every batch drawn by the time the run's end is announced (40 batches: fewer than pixel columns).
    drawn_x, drawn_y = view.gradient_plot.drawn_points(SQUARED_ERROR)
    assert len(drawn_x) == 40
    np.testing.assert_allclose(10**drawn_y, y)
    assert view.gradient_plot.plot_item.getAxis("left").logMode


def test_the_plateau_is_named_while_it_lasts_and_explained(qtbot, view):
    view.resize(700, 600)  # narrow, as beside the explorer: its lines wrap as they grow
    with qtbot.waitSignal(view.finished, timeout=WAIT_MS):
        view.start()
        qtbot.waitUntil(lambda: view.record.steps >= 1, timeout=WAIT_MS)
        assert view.notes.phase == PLATEAU
        view.layout().activate()
        plot_height = view.loss_plot.height()
        note = view.notes.note_label.text()
        assert note.startswith("Plateau") and "yⱼ(δⱼₖ − yₖ)" in note and "saturates" in note
    assert view.notes.phase == PLATEAU  # all four epochs: squared error never left it
    # The note and the line above it keep their room while a run is on, for the longest they can
    # say: the plots never move while it goes on, even for a shorter text.
    view.layout().activate()
    assert view.loss_plot.height() == plot_height
    notes_height = view.notes.height()
    view.notes.show_error("x")
    assert view.notes.height() == notes_height
    view.notes.show_record(view.record, None, finished=True)
    # The share of the validation digits that are 0s: every digit is still called 0.
    accuracy = view.record.networks[SQUARED_ERROR].validation_accuracy[-1]
    assert f"stuck at {100 * accuracy:.1f}%" in view.notes.note_label.text() and accuracy < 0.15


def test_from_the_default_start_there_is_no_plateau_to_name(qtbot, view):
    run_to_end(qtbot, view, "default")
    assert view.notes.phase == NO_PLATEAU
    note = view.notes.note_label.text()
    assert note.startswith("No plateau") and "Plateau:" not in note


def click_point(qtbot, plot, loss, index):
    position = plot.mapFromScene(plot.scene_position(loss, index))
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)


def test_clicking_a_curve_shows_that_networks_output_at_that_moment_in_the_explorer(qtbot, view, small):
    run_to_end(qtbot, view)
    controller = view.explorer
    view.digit_combo.setCurrentIndex(3)  # the first validation 3
    label = int(small.validation_labels[watched_digits(small.validation_labels)[3]])
    assert label == 3
    click_point(qtbot, view.gradient_plot, SQUARED_ERROR, 24)  # the squared error's curve, after batch 25
    assert view.shown_moment() == (SQUARED_ERROR, 25)
    recorded = view.record.networks[SQUARED_ERROR].logits[25][3]
    readout = controller.readout
    np.testing.assert_allclose(readout.y, losses.softmax(recorded), atol=1e-9)
    assert readout.state.target == 3 and int(np.argmax(readout.y)) == 0 and readout.y[0] > 0.99  # still confidently wrong
    assert "after batch 25" in view.notes.moment_label.text()
    # The other network's curve, the same moment: cross-entropy's network has learnt.
    click_point(qtbot, view.loss_plot, CROSS_ENTROPY, 24)
    assert view.shown_moment() == (CROSS_ENTROPY, 25)
    np.testing.assert_allclose(controller.readout.y, losses.softmax(view.record.networks[CROSS_ENTROPY].logits[25][3]), atol=1e-9)
    assert controller.readout.y[0] < 0.5
    assert view.loss_plot.marker.isVisible() and view.loss_plot.marker.value() == pytest.approx(2.5)
    # Moving a slider by hand lets go.
    controller.set_logit(0, -3.0)
    assert view.shown_moment() is None and not view.loss_plot.marker.isVisible()
    assert controller.state.logits[0] == -3.0


def test_a_lesson_gets_plain_curves_and_draws_them_again(qtbot, view, small):
    run_to_end(qtbot, view)
    curves = view.experiment_curves()
    assert all(isinstance(v, float) for loss in (CROSS_ENTROPY, SQUARED_ERROR) for v in curves[loss]["loss"])
    again = ExperimentView(ExplorerController(), lambda: small)
    qtbot.addWidget(again)
    again.show_experiment_curves(curves)
    assert again.experiment_curves() == curves
    assert list(again.gradient_plot.points(CROSS_ENTROPY)[1]) == curves[CROSS_ENTROPY]["mean_abs_grad_z"]
    assert again.notes.phase == PLATEAU
    # No digits' outputs in a lesson: a click says so instead of showing something untrue.
    assert not again.show_moment(SQUARED_ERROR, 1.0) and "recorded while the experiment runs" in again.notes.moment_label.text()


def test_pause_step_reset_and_shutdown_leave_no_running_thread(qtbot, view):
    view.controls.speed_slider.setValue(0)  # 2 batches a second
    view.step()
    assert view.state is State.PAUSED
    qtbot.waitUntil(lambda: view.record.steps == 1, timeout=WAIT_MS)
    view.resume()
    assert view.state is State.RUNNING and view.controls.train_button.text() == "Pause"
    worker = view.worker
    view.shutdown()
    assert view.worker is None and worker.isFinished() and not worker.isRunning()
    view.reset()
    assert view.state is State.IDLE and view.experiment_curves() is None
