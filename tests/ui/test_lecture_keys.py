"""Keyboard control from a lectern, on the real window: keys pressed as a
teacher presses them, results read off what is shown."""

import pytest
from PySide6.QtCore import Qt

from lossviz.worked_examples import WORKED_EXAMPLES


def test_digit_keys_pick_the_correct_class(window, qtbot):
    window.sliders.sliders[0].setFocus()
    qtbot.keyClick(window.sliders.sliders[0], Qt.Key.Key_7)
    assert window.target_combo.currentText() == "7"
    assert window.sliders._names[7].text() == "▶ 7"
    _, t = window.probability_plot.target_line.getData()
    assert t[7] == 1 and t.sum() == 1


def test_a_digit_beyond_the_classes_says_so_and_changes_nothing(window, qtbot):
    window.classes_spin.setValue(3)
    window.probability_plot.setFocus()
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_8)
    assert window.controller.state.target == 2
    assert "no class 8" in window.statusBar().currentMessage()


def test_digits_typed_into_the_probability_field_stay_there(window, qtbot):
    field = window.entry.line_edit
    field.setFocus()
    qtbot.keyClicks(field, "0.5")
    assert field.text() == "0.5"
    assert window.controller.state.target == 2  # the 0 and 5 picked no class


def test_arrow_keys_select_a_class_and_move_its_logit(window, qtbot):
    window.probability_plot.setFocus()
    # Nothing selected yet: Down selects the correct class's slider first.
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_Down)
    assert window.sliders.focused_index() == 2
    qtbot.keyClick(window.sliders.sliders[2], Qt.Key.Key_Down)
    assert window.sliders.focused_index() == 3
    qtbot.keyClick(window.sliders.sliders[3], Qt.Key.Key_Right)
    qtbot.keyClick(window.sliders.sliders[3], Qt.Key.Key_Right)
    assert window.controller.state.logits[3] == pytest.approx(0.2)
    assert window.controller.state.logits[2] == 0.0
    qtbot.keyClick(window.sliders.sliders[3], Qt.Key.Key_Up)
    qtbot.keyClick(window.sliders.sliders[2], Qt.Key.Key_Left)
    assert window.controller.state.logits[2] == pytest.approx(-0.1)
    # The top row stops the selection; it does not wrap round.
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Up)
    assert window.sliders.focused_index() == 0


def test_the_menu_entries_do_what_the_keys_do(window):
    keys = window.lecture_keys
    assert keys.raise_action.text().endswith("\tRight")
    keys.raise_action.trigger()  # the correct class's logit, selected
    assert window.controller.state.logits[2] == pytest.approx(0.1)
    keys.next_class_action.trigger()
    keys.lower_action.trigger()
    assert window.controller.state.logits[3] == pytest.approx(-0.1)


def test_r_resets_and_n_p_step_through_the_worked_examples(window, qtbot):
    window.sliders.sliders[4].setValue(500)
    window.probability_plot.setFocus()
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_R)
    assert window.controller.state.logits[4] == 0.0
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_N)
    assert window.example is WORKED_EXAMPLES[0]
    assert window.example_combo.currentData() == WORKED_EXAMPLES[0].key
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_N)
    assert window.example is WORKED_EXAMPLES[1]
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_P)
    qtbot.keyClick(window.probability_plot, Qt.Key.Key_P)
    assert window.example is WORKED_EXAMPLES[-1]  # P from the first wraps to the last


def test_every_key_is_in_a_menu_with_its_shortcut(window):
    texts = [action.text() for action in window.explorer_menu.actions()]
    shortcuts = [action.shortcut().toString() for action in window.explorer_menu.actions()]
    assert "R" in window.reset_action.shortcuts()[1].toString()
    assert any(text.endswith("\tUp") for text in texts)
    assert "N" in shortcuts and "P" in shortcuts
    assert [a.shortcut().toString() for a in window.lecture_keys.target_actions] == [str(d) for d in range(10)]
