"""Saving and opening lessons in the real window: what the class saw comes
back, and a bad file changes nothing but says why."""

import io
import json
import zipfile

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lossviz.lesson import READABLE_VERSION, lesson_bytes, load_lesson
from lossviz.ui.mnist.panel import SPEEDS, State

WAIT_MS = 60_000


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)


def set_up_a_lesson(window, qtbot):
    """A teacher's lesson: a worked example's vector, then the MNIST panel
    trained for a few batches with settings of their own."""
    window.activateWindow()
    window.lecture_keys.next_example_action.trigger()  # the first worked example
    press(qtbot, window, Qt.Key.Key_3)  # target class 3
    window.show_mnist_panel(True)
    panel = window.mnist_panel
    panel.hidden_spin.setValue(40)
    panel.epochs_spin.setValue(2)
    panel.lr_edit.setText("0.05")
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    for _ in range(3):
        click(qtbot, panel.step_button)
    qtbot.waitUntil(lambda: panel.trained_network() is not None, timeout=WAIT_MS)
    return panel


def test_a_lesson_comes_back_as_it_was_saved(window, qtbot, tmp_path):
    panel = set_up_a_lesson(window, qtbot)
    saved_state, saved_example = window.controller.state, window.example.key
    weights = [p.copy() for p in panel.trained_network().parameters()]
    path = tmp_path / "lesson 1 — 交差エントロピー.lossviz"
    assert window.lessons.save_to(path)
    assert path.name in window.windowTitle()

    # The class moves on: another example, the sliders reset, the panel reset.
    window.lecture_keys.next_example_action.trigger()
    press(qtbot, window, Qt.Key.Key_R)
    click(qtbot, panel.reset_button)
    panel.hidden_spin.setValue(100)
    assert window.controller.state != saved_state

    assert window.lessons.open_from(path)
    assert window.controller.state == saved_state
    assert window.example.key == saved_example and window.example_combo.currentData() == saved_example
    assert window.target_combo.currentIndex() == 3
    assert (panel.hidden_spin.value(), panel.epochs_spin.value(), panel.lr_edit.text()) == (40, 2, "0.05")
    assert panel.state is State.IDLE
    for mine, theirs in zip(weights, panel.network.parameters()):
        assert np.array_equal(mine, theirs)
    assert "trained network from the lesson" in panel.status_label.text()
    # The digit shown is answered by the trained network, not an untrained one.
    _label, logits = panel.digit_answer()
    assert np.allclose(logits, panel.network.logits(panel.dataset.validation_images[panel.digit_view.index:][:1])[0])


def test_ctrl_s_saves_again_to_the_same_file(window, qtbot, tmp_path):
    path = tmp_path / "lesson.lossviz"
    assert window.lessons.save_to(path)
    window.activateWindow()
    press(qtbot, window, Qt.Key.Key_5)
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_lesson(path).explorer.target == 5
    assert window.lessons.save_action.shortcut().toString() == "Ctrl+S"
    file_menu = [action.text() for action in window.file_menu.actions()]
    assert file_menu.index("&Open lesson…") < file_menu.index("&Save lesson") and file_menu[-1] == "&Quit"


def test_without_the_network_the_lesson_has_no_weights(window, qtbot, tmp_path):
    set_up_a_lesson(window, qtbot)
    window.lessons.weights_action.trigger()  # unchecked: the lesson without the network
    window.lessons.save_to(tmp_path / "light.lossviz")
    with zipfile.ZipFile(tmp_path / "light.lossviz") as archive:
        assert archive.namelist() == ["lesson.json"]


def bad_files():
    document = json.loads(zipfile.ZipFile(io.BytesIO(lesson_bytes(_default_lesson()))).read("lesson.json"))
    newer = dict(document, version=READABLE_VERSION + 1)
    wrong = dict(document, explorer=dict(document["explorer"], logits=[0.0, 1.0]))
    return {
        "newer.lossviz": (_zip(newer), "newer LossViz"),
        "cut.lossviz": (lesson_bytes(_default_lesson())[:200], "cut short"),
        "shapes.lossviz": (_zip(wrong), "explorer.logits must be 10 numbers"),
        "text.lossviz": (b"not a lesson at all", "not a LossViz lesson"),
    }


def _default_lesson():
    from lossviz.lesson import Lesson

    return Lesson()


def _zip(document) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lesson.json", json.dumps(document))
    return buffer.getvalue()


@pytest.mark.parametrize("name", list(bad_files()))
def test_a_bad_file_is_refused_and_nothing_changes(window, qtbot, tmp_path, name):
    content, words = bad_files()[name]
    (tmp_path / name).write_bytes(content)
    window.lecture_keys.next_example_action.trigger()
    window.activateWindow()
    press(qtbot, window, Qt.Key.Key_1)
    before = (window.controller.state, window.example, window.mnist_panel.hidden_spin.value(), window.windowTitle())

    assert not window.lessons.open_from(tmp_path / name)
    box = window.lessons.message_box
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert name in box.text() and words in box.text()
    assert (window.controller.state, window.example, window.mnist_panel.hidden_spin.value(), window.windowTitle()) == before
    box.accept()


def test_a_lesson_that_cannot_be_written_says_so_and_keeps_the_old_file(window, qtbot, tmp_path):
    path = tmp_path / "kept.lossviz"
    assert window.lessons.save_to(path)
    before = path.read_bytes()
    assert not window.lessons.save_to(tmp_path / "no such folder" / "x.lossviz")
    assert "could not be written" in window.lessons.message_box.text()
    window.lessons.message_box.accept()
    assert path.read_bytes() == before


def test_a_lesson_given_to_the_command_opens_in_the_window(qapp, tmp_path):
    """``lossviz lesson.lossviz`` (as a file manager runs it) starts on the lesson."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lossviz.cli import main
    from lossviz.explorer import ExplorerState
    from lossviz.lesson import Lesson, save_lesson
    from lossviz.ui.main_window import LossExplorerWindow

    path = tmp_path / "week 3 — 交差エントロピー.lossviz"
    save_lesson(path, Lesson(explorer=ExplorerState(n_classes=4, logits=(0.0, 2.0, -1.0, 0.5), target=1), example="seed000-right"))
    seen = []

    def check_and_quit():
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, LossExplorerWindow) and w.isVisible())
        QApplication.quit()

    QTimer.singleShot(0, check_and_quit)
    assert main([str(path)]) == 0
    window = seen[0]
    assert path.name in window.windowTitle()
    assert window.controller.state.logits == (0.0, 2.0, -1.0, 0.5) and window.target_combo.currentIndex() == 1
    window.close()


def test_a_picture_of_a_lesson_that_cannot_be_opened_is_refused(tmp_path, capsys):
    from lossviz.cli import main
    (tmp_path / "bad.lossviz").write_bytes(b"not a lesson")
    assert main(["--screenshot", str(tmp_path / "shot.png"), "--open", str(tmp_path / "bad.lossviz")]) == 2
    assert "bad.lossviz is not a LossViz lesson" in capsys.readouterr().err
    assert not (tmp_path / "shot.png").exists()


def test_a_lesson_handed_over_by_the_desktop_opens(window, qapp, tmp_path):
    """macOS's Finder sends a QFileOpenEvent instead of an argument."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from lossviz.explorer import ExplorerState
    from lossviz.lesson import Lesson, save_lesson
    from lossviz.ui.actions.lesson_actions import FileOpenRelay

    path = tmp_path / "from finder.lossviz"
    save_lesson(path, Lesson(explorer=ExplorerState(target=7)))
    relay = FileOpenRelay(window.lessons, window)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
        assert window.controller.state.target == 7 and path.name in window.windowTitle()
    finally:
        qapp.removeEventFilter(relay)


def test_a_reopened_lesson_draws_its_training_curves_again(window, qtbot, tmp_path):
    """Train a short run, save the lesson, open it in a fresh window: the
    loss and accuracy plots show the same points as before."""
    from lossviz.ui.app import create_window

    window.show_mnist_panel(True)
    panel = window.mnist_panel
    panel.hidden_spin.setValue(30)
    panel.epochs_spin.setValue(2)
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    with qtbot.waitSignal(panel.session_ended, timeout=WAIT_MS):
        click(qtbot, panel.train_button)
    drawn_losses = panel.loss_plot.points("ce")
    drawn_validation, drawn_train = panel.accuracy_plot.validation_points("ce"), panel.accuracy_plot.train_points("ce")
    assert len(drawn_losses[1]) == 2 * panel.session.steps_per_epoch and len(drawn_validation) == 2
    path = tmp_path / "trained.lossviz"
    assert window.lessons.save_to(path)

    fresh = create_window()
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.mnist_panel.training_history() is None  # nothing drawn before the lesson is opened
    assert fresh.lessons.open_from(path)
    fresh.show_mnist_panel(True)
    reopened = fresh.mnist_panel
    np.testing.assert_array_equal(reopened.loss_plot.points("ce")[0], drawn_losses[0])
    np.testing.assert_array_equal(reopened.loss_plot.points("ce")[1], drawn_losses[1])
    np.testing.assert_array_equal(reopened.accuracy_plot.validation_points("ce"), drawn_validation)
    np.testing.assert_array_equal(reopened.accuracy_plot.train_points("ce"), drawn_train)
    np.testing.assert_allclose(reopened.loss_plot.smoothed_points("ce"), panel.loss_plot.smoothed_points("ce"))
    # Saved again unchanged, the reopened lesson keeps its curves.
    again = tmp_path / "again.lossviz"
    assert fresh.lessons.save_to(again)
    assert load_lesson(again).history == load_lesson(path).history
    fresh.close()


def test_a_compare_run_reopens_with_both_curves_and_the_lesson_without_the_network_has_none(window, qtbot, tmp_path):
    window.show_mnist_panel(True)
    panel = window.mnist_panel
    panel.hidden_spin.setValue(20)
    panel.epochs_spin.setValue(1)
    panel.loss_combo.setCurrentIndex(panel.loss_combo.findData("compare"))
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    with qtbot.waitSignal(panel.session_ended, timeout=WAIT_MS):
        click(qtbot, panel.train_button)
    drawn = {loss: panel.loss_plot.points(loss)[1] for loss in ("ce", "sse")}
    assert window.lessons.save_to(tmp_path / "both.lossviz")
    click(qtbot, panel.reset_button)
    assert window.lessons.open_from(tmp_path / "both.lossviz")
    for loss in ("ce", "sse"):
        np.testing.assert_array_equal(panel.loss_plot.points(loss)[1], drawn[loss])  # divided by the first batch's, as before
    window.lessons.weights_action.trigger()  # unchecked: the lesson without the network
    window.lessons.save_to(tmp_path / "light.lossviz")
    assert load_lesson(tmp_path / "light.lossviz").history is None
