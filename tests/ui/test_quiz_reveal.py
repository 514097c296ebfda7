"""The reveal on the real window: the teacher types what the class called
out, presses Page Down, and the hidden part goes from that guess (or "no
idea") to the truth, ending on exactly what the window shows outside quiz
mode; the guess stays beside the truth until the next question."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lossviz import quiz
from lossviz.explorer import format_value
from lossviz.ui.actions.quiz_reveal import GROW_MS

#: A bound, so a stuck animation fails the test instead of hanging it; a reveal takes 0.6 s.
WAIT_MS = 20_000


def shown(window):
    """What the class sees of the four parts that grow."""
    readout = window.readout
    return {
        "losses": {key: readout.value_text(key) for key in readout._keys},
        "summary": readout.summary.text(),
        "y": np.array(window.probability_plot.output_bars.opts["height"], dtype=float),
        "point": window.log_loss_plot.label.toPlainText(),
        "marker": marker(window.log_loss_plot),
        "ce": np.array(window.gradient_plot.cross_entropy_bars.opts["height"], dtype=float),
        "sse": np.array(window.gradient_plot.squared_error_bars.opts["height"], dtype=float),
    }


def marker(plot):
    """The −log y point as shown: on the curve, or the triangle at the top when −log y is off the plot."""
    shown = plot.log_marker if plot.log_marker.isVisible() else plot.off_plot_marker
    return shown is plot.log_marker, shown.pos().x(), shown.pos().y()


def same(a, b):
    differ = [key for key in a if not (np.array_equal(a[key], b[key]) if isinstance(a[key], np.ndarray) else a[key] == b[key])]
    assert differ == [], {key: (a[key], b[key]) for key in differ}
    return True


def truth_of(window, question_key):
    """What the window shows for a question's state outside quiz mode."""
    window.controller.set_state(quiz.question_by_key(question_key).state)
    return shown(window)


def press(window, qtbot, key, widget=None):
    widget = widget or window.sliders.sliders[0]
    widget.setFocus()
    qtbot.keyClick(widget, key)


def finished(window, qtbot):
    qtbot.waitUntil(lambda: not window.quiz.growing.running, timeout=WAIT_MS)


def test_typed_guess_counts_to_the_truth_and_stays_beside_it(window, qtbot):
    truth = truth_of(window, "loss-at-0.2")
    window.controller.reset()
    press(window, qtbot, Qt.Key.Key_F7)
    window.menu_actions["quiz.question.loss-at-0.2"].trigger()
    for part in (quiz.PROBABILITIES, quiz.GRADIENTS):  # everything that grows, hidden
        window.menu_actions[f"quiz.hide.{part}"].trigger()
    assert window.quiz.covered() == [quiz.LOSS_VALUES, quiz.PROBABILITIES, quiz.LOG_LOSS, quiz.GRADIENTS]
    box = window.quiz.bar.guess
    assert window.quiz.bar.guess_action.isVisible() and box.field.isVisible()
    assert "cross-entropy" in box.label.text()
    qtbot.keyClicks(box.field, "1.2")
    press(window, qtbot, Qt.Key.Key_PageDown, box.field)  # the clicker's key, the focus still in the box

    # The loss values count from the guess: 1.2 first, then numbers between, then the truth.
    ce = window.readout.value_text
    assert ce("cross_entropy_error") == format_value(1.2) and ce("sparse_cross_entropy_error") == format_value(1.2)
    assert window.readout.summary.text() == truth["summary"]  # y, which the class could see all along, stays
    true_ce = truth["losses"]["cross_entropy_error"]
    window.quiz.growing.animation.setCurrentTime(GROW_MS // 2)  # halfway, whatever the machine's load
    assert 1.2 < float(ce("cross_entropy_error")) < float(true_ce)
    finished(window, qtbot)
    assert same(shown(window), truth)
    assert box.result.isVisible() and not box.field.isVisible()
    assert box.result.text() == f"The class guessed 1.2.\nThe cross-entropy is {true_ce}."

    # The output bars grow from 1/K each.
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert np.allclose(shown(window)["y"], 1 / len(truth["y"]))
    finished(window, qtbot)
    assert np.array_equal(shown(window)["y"], truth["y"])

    # The −log y point starts where the class put it, at height 1.2, and slides to the truth;
    # a dashed ring stays where the guess put it, on the curve at y = e^−1.2.
    plot = window.log_loss_plot
    assert plot.guess() is None  # the plot still covered
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert "−log y = 1.2000" in shown(window)["point"]
    assert shown(window)["marker"][0] and shown(window)["marker"][2] == pytest.approx(1.2)
    finished(window, qtbot)
    assert shown(window)["point"] == truth["point"] and shown(window)["marker"] == truth["marker"]
    assert plot.guess() == 1.2 and plot.guess_marker.isVisible()
    assert (plot.guess_marker.pos().x(), plot.guess_marker.pos().y()) == pytest.approx((np.exp(-1.2), 1.2))
    press(window, qtbot, Qt.Key.Key_PageUp)  # covered again: no ring over the curtain's plot
    assert plot.guess() is None
    press(window, qtbot, Qt.Key.Key_PageDown)
    finished(window, qtbot)
    assert plot.guess() == 1.2

    # The gradient bars grow from 0; the answer comes with the last part.
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert not np.any(shown(window)["ce"]) and not np.any(shown(window)["sse"])
    finished(window, qtbot)
    assert same(shown(window), truth) and window.quiz.bar.answer.isVisible()
    assert box.result.isVisible()  # the guess stays beside the truth until the next question

    window.menu_actions["quiz.question.untrained"].trigger()
    assert box.guess() is None and box.field.isVisible() and box.field.text() == ""
    assert plot.guess() is None  # a new question: no old guess on the curve
    qtbot.keyClicks(box.field, "0.5")
    press(window, qtbot, Qt.Key.Key_F7)  # quiz mode off: no ring
    assert not window.quiz.on and plot.guess() is None


def test_a_slider_or_a_key_during_the_reveal_stops_it_at_the_truth(window, qtbot):
    press(window, qtbot, Qt.Key.Key_F7)
    window.quiz.start("negative-gradient")
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert window.quiz.growing.running and not np.any(shown(window)["ce"])
    press(window, qtbot, Qt.Key.Key_Right)  # the selected slider: z₀ + 0.1, a new truth at once
    assert window.controller.state.logits[0] == pytest.approx(2.1)
    assert not window.quiz.growing.running
    readout = window.controller.readout
    assert np.array_equal(shown(window)["ce"], readout.grad_cross_entropy)
    assert np.array_equal(shown(window)["sse"], readout.grad_squared_error)
    # Page Down during a reveal: that part at its truth at once, then the next step.
    window.quiz.start("larger-loss-wrong")
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert window.quiz.growing.running and window.quiz.growing.parts == [quiz.LOSS_VALUES]
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert window.quiz.growing.parts == [quiz.LOG_LOSS]
    values = shown(window)["losses"]
    assert values["cross_entropy_error"] == format_value(window.controller.readout.loss("cross_entropy_error"))
    finished(window, qtbot)
    truth = shown(window)
    window.menu_actions["quiz.mode"].trigger()  # quiz mode off: nothing changes, it was the truth
    assert same(shown(window), truth)


def test_b_reveals_everything_growing_together_without_a_guess(window, qtbot):
    truth = truth_of(window, "squared-error-bound")
    press(window, qtbot, Qt.Key.Key_F7)
    window.quiz.start("squared-error-bound")
    box = window.quiz.bar.guess
    assert "squared error" in box.label.text()
    window.menu_actions["quiz.hide.probabilities"].trigger()
    press(window, qtbot, Qt.Key.Key_B)
    assert sorted(window.quiz.growing.parts) == sorted([quiz.LOSS_VALUES, quiz.PROBABILITIES, quiz.LOG_LOSS])
    assert np.allclose(shown(window)["y"], 0.1)
    # No guess: every loss counts from "no idea", y = 1/10; δ's note shows throughout, as for the truth.
    assert window.readout.value_text("sum_squared_error") == format_value(0.45)
    finished(window, qtbot)
    assert same(shown(window), truth)
    assert not box.result.isVisible()  # no guess, nothing to compare


def test_a_guess_that_is_no_loss_value_is_marked_and_not_used(window, qtbot):
    press(window, qtbot, Qt.Key.Key_F7)
    window.quiz.start("untrained")
    box = window.quiz.bar.guess
    qtbot.keyClicks(box.field, "-3")
    assert box.guess() is None and box.field.toolTip().startswith("Not a loss value")
    window.quiz.reveal_next()
    assert window.readout.value_text("cross_entropy_error") == format_value(window.controller.readout.loss("cross_entropy_error"))
    # Only while a loss value or the −log y plot is hidden.
    window.quiz.start("gradient-sum")
    assert not window.quiz.bar.guess_action.isVisible()


def test_the_regression_example_stays_covered_by_its_note(window, qtbot):
    """Its plots say it has no classes; a reveal must not draw a state under that note."""
    from lossviz.worked_examples import example_by_key

    window.load_example(example_by_key("tutorial002-regression"))
    assert window.probability_plot.covered
    press(window, qtbot, Qt.Key.Key_F7)
    window.menu_actions["quiz.hide.probabilities"].trigger()
    press(window, qtbot, Qt.Key.Key_B)
    assert not window.quiz.growing.running
    assert window.probability_plot.covered and window.readout.covered
