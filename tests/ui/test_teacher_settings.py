"""The teacher's settings on the real window: T, ε, γ and the losses shown
stay when a validation digit or a worked example's row comes in; a newly
loaded worked example shows as the tutorial prints it (T = 1, ε = 0) and
says so under its table."""

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from lossviz import losses
from lossviz.explorer import MORE_LOSS_KEYS
from lossviz.ui.mnist.panel import SPEEDS
from lossviz.worked_examples import example_by_key


def set_lecture(window, temperature=2.0, smoothing=0.1, gamma=1.0):
    """T, ε, γ and every more loss, through the Advanced strip's controls."""
    window.readout.advanced_button.setChecked(True)
    strip = window.readout.advanced
    strip.temperature_spin.setValue(temperature)
    strip.smoothing_spin.setValue(smoothing)
    strip.gamma_spin.setValue(gamma)
    for box in strip.checks.values():
        box.setChecked(True)
    state = window.controller.state
    assert (state.temperature, state.smoothing, state.focal_gamma, state.more_losses) == (
        temperature, pytest.approx(smoothing), gamma, MORE_LOSS_KEYS)


@pytest.fixture
def panel(window, qtbot):
    window.show_mnist_panel(True)
    panel = window.mnist_panel
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    panel.setup_box.choose(True)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return panel


def test_a_validation_digit_keeps_t_eps_and_the_losses_shown(window, panel, qtbot):
    set_lecture(window)
    for index in (1, 2):  # a digit, then the next one
        qtbot.mouseClick(panel.digit_view.next_button, Qt.MouseButton.LeftButton)
        assert panel.digit_view.follow_box.isChecked()
        state = window.controller.state
        label = int(panel.dataset.validation_labels[index])
        assert state.target == label
        assert (state.temperature, state.smoothing, state.focal_gamma, state.more_losses) == (2.0, pytest.approx(0.1), 1.0, MORE_LOSS_KEYS)
        logits = panel.network.logits(panel.dataset.validation_images[index : index + 1])[0].astype(np.float64)
        np.testing.assert_allclose(window.controller.readout.y, losses.softmax(logits, 2.0), rtol=1e-6)
        assert "T = 2" in window.readout.badge.text() and window.readout.badge.isVisible()
        assert window.readout.names[7].isVisible() and window.readout.names[7].text() == "Multi-class hinge"
    # Moving a slider by hand still lets go of the digit.
    window.sliders.sliders[0].setValue(window.sliders.sliders[0].value() + 5)
    assert not panel.digit_view.follow_box.isChecked()


def test_a_loaded_worked_example_is_shown_as_the_tutorial_prints_it_and_says_so(window, qtbot):
    set_lecture(window)
    note = window.view.example_note
    assert not note.isVisible()
    window.load_example(example_by_key("tutorial000-wrong"))
    state = window.controller.state
    assert (state.temperature, state.smoothing) == (1.0, 0.0)  # the tutorial's
    assert (state.focal_gamma, state.more_losses) == (1.0, MORE_LOSS_KEYS)  # still the teacher's
    assert window.readout.value_text("cross_entropy_error") .startswith("1.6094")  # as tutorial 000 prints it
    assert not window.readout.badge.isVisible()
    assert note.isVisible() and "T = 2, ε = 0.1 were set back" in note.text()

    # The teacher smooths the tutorial's example: the note says the numbers now differ from the print.
    window.readout.advanced.smoothing_spin.setValue(0.2)
    assert note.isVisible() and note.text() == ("The tutorial prints its numbers at T = 1, ε = 0; "
                                                "the Losses use T = 1, ε = 0.2.")
    window.readout.advanced.smoothing_spin.setValue(0.0)
    assert not note.isVisible()
    window.clear_example()
    assert not note.isVisible()


def test_a_batch_examples_rows_keep_what_the_teacher_set_over_it(window, qtbot):
    window.load_example(example_by_key("tutorial002-batch-a"))
    assert not window.view.example_note.isVisible()  # nothing was on: nothing to say
    window.readout.advanced.smoothing_spin.setValue(0.1)
    table = window.worked_example.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(1, 0)).center())
    state = window.controller.state
    assert window.worked_example.table.currentIndex().row() == 1
    assert state.entered == tuple(example_by_key("tutorial002-batch-a").outputs[1])
    assert state.smoothing == pytest.approx(0.1)
    assert "ε = 0.1" in window.view.example_note.text() and window.view.example_note.isVisible()


def test_t_e_and_a_set_the_temperature_the_smoothing_and_open_the_strip(window, qtbot):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    plot = window.probability_plot
    plot.setFocus()
    state = lambda: window.controller.state  # noqa: E731
    qtbot.keyClick(plot, Qt.Key.Key_T)
    assert state().temperature == 1.5  # the strip's logarithmic ladder
    qtbot.keyClick(plot, Qt.Key.Key_T)
    assert state().temperature == 2.0 and "T = 2" in window.readout.badge.text()
    qtbot.keyClick(plot, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert state().temperature == 1.5
    qtbot.keyClick(plot, Qt.Key.Key_E)
    qtbot.keyClick(plot, Qt.Key.Key_E)
    assert state().smoothing == pytest.approx(0.1)
    qtbot.keyClick(plot, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    assert state().smoothing == pytest.approx(0.05)
    assert not window.readout.advanced.isVisible()
    qtbot.keyClick(plot, Qt.Key.Key_A)
    assert window.readout.advanced.isVisible() and plot.hasFocus()
    qtbot.keyClick(plot, Qt.Key.Key_T)  # still the key's, not typed into a spin box
    assert state().temperature == 2.0
    qtbot.keyClick(plot, Qt.Key.Key_A)
    assert not window.readout.advanced.isVisible()
    # A text field keeps the letters typed into it.
    entry = window.entry.line_edit
    entry.setFocus()
    qtbot.keyClicks(entry, "TEA")
    assert state().temperature == 2.0 and "TEA" in entry.text() and not window.readout.advanced.isVisible()
    # In the Explorer menu, each with its key.
    shortcuts = {action.text(): action.shortcut().toString() for action in window.explorer_menu.actions()}
    assert shortcuts["Raise the temperature T"] == "T" and shortcuts["Lower the temperature T"] == "Shift+T"
    assert shortcuts["More label smoothing ε"] == "E" and shortcuts["Less label smoothing ε"] == "Shift+E"
    assert shortcuts["Show or hide the Advanced strip"] == "A"


def test_the_settings_keys_clash_with_no_other_key(window):
    seen: dict[str, str] = {}
    for action_id, action in window.menu_actions.actions.items():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key}: {seen.get(key)} and {action_id}"
            seen[key] = action_id
    assert {seen[k] for k in ("T", "Shift+T", "E", "Shift+E", "A")} == {
        "temperature.raise", "temperature.lower", "smoothing.raise", "smoothing.lower", "advanced"}
