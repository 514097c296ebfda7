"""Temperature T, label smoothing ε and the more losses on the real window:
set with the Advanced strip's controls and keys, shown by the badge, the
target diamonds, the read-out's rows, the curves and the gradient bars;
typed logits move the sliders; Reset turns T and ε off; lessons keep them."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lossviz.explorer import LOGIT_MAX, MORE_LOSS_KEYS, evaluate, format_value
from lossviz.lesson import load_lesson


def open_advanced(window, qtbot):
    button = window.readout.advanced_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the keyboard opens it
    qtbot.waitUntil(window.readout.advanced.isVisible)
    return window.readout.advanced


def type_into(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def legend_names(plot):
    return [label.text for _, label in plot.getPlotItem().legend.items]


def test_off_by_default_nothing_new_is_shown(window):
    readout = window.readout
    assert not readout.badge.isVisible() and not readout.advanced.isVisible()
    assert [readout.names[i].isVisible() for i in range(8)] == [True] * 5 + [False] * 3
    assert legend_names(window.probability_plot) == ["y (output)", "t (one-hot target)"]
    assert len(legend_names(window.gradient_plot)) == 2 and len(legend_names(window.log_loss_plot)) == 2


def test_temperature_and_smoothing_from_the_keyboard_show_everywhere(window, qtbot):
    strip = open_advanced(window, qtbot)
    assert strip.temperature_spin.hasFocus()
    qtbot.keyClick(strip.temperature_spin, Qt.Key.Key_Up)  # 1 → 1.5, the logarithmic ladder
    qtbot.keyClick(strip.temperature_spin, Qt.Key.Key_Up)  # → 2
    assert window.controller.state.temperature == 2.0
    type_into(qtbot, strip.smoothing_spin, "0.1")
    state = window.controller.state
    assert state.smoothing == pytest.approx(0.1)

    badge = window.readout.badge
    assert badge.isVisible() and "T = 2" in badge.text() and "ε = 0.1" in badge.text() and "0.91" in badge.text()
    # The target diamonds stand at the smoothed t: 0.91 for the correct class, 0.01 elsewhere.
    _, heights = window.probability_plot.target_line.getData()
    expected = np.full(10, 0.01)
    expected[state.target] = 0.91
    np.testing.assert_allclose(heights, expected)
    assert legend_names(window.probability_plot) == ["y = softmax(z / 2)", "t (smoothed, ε = 0.1)"]
    # The read-out's numbers are the readout's at T and ε; its formulas write z/T.
    truth = evaluate(state)
    assert window.readout.value_text("cross_entropy_error") == format_value(truth.loss("cross_entropy_error"))
    assert window.readout.value_text("sparse_cross_entropy_error") == "n/a"
    assert "/T" in window.readout.formulas[4].text()
    # The gradient bars carry the 1/T.
    np.testing.assert_allclose(window.gradient_plot.cross_entropy_bars.opts["height"], (truth.y - truth.t) / 2)
    assert window.gradient_plot.cross_entropy_bars.opts["height"] is not None


def test_a_low_temperature_widens_the_gradient_plot(window, qtbot):
    window.controller.set_logit(0, 4.0)
    strip = open_advanced(window, qtbot)
    type_into(qtbot, strip.temperature_spin, "0.2")
    low, high = window.gradient_plot.getPlotItem().getViewBox().viewRange()[1]
    grads = window.controller.readout.grad_cross_entropy
    assert np.abs(grads).max() > 1 and low <= grads.min() and high >= grads.max()


@pytest.mark.parametrize("key, legend_word, curve_word", [("kl_divergence", "KL", "KL (= −log y)"), ("focal_loss", "focal", "−(1 − y)^2 log y"),
                                                         ("multiclass_hinge", "hinge", None)])
def test_each_more_loss_brings_its_row_curve_and_bars(window, qtbot, key, legend_word, curve_word):
    strip = open_advanced(window, qtbot)
    window.controller.set_logit(4, 2.5)
    box = strip.checks[key]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert window.controller.state.more_losses == (key,)
    readout = window.controller.readout
    shown = window.readout
    assert shown.values[5].isVisible() and shown.value_text(key) == format_value(readout.loss(key))
    assert any(legend_word in name for name in legend_names(window.gradient_plot))
    bars = window.gradient_plot.more_bars[key]
    np.testing.assert_allclose(bars.opts["height"], np.clip(readout.more_gradients[key], -1.05, 1.05))
    curves = legend_names(window.log_loss_plot)
    if curve_word is None:  # the hinge is a loss of the logits: no curve of y
        assert len(curves) == 2
    else:
        assert curve_word in curves and len(curves) == 3
    if key == "kl_divergence":
        assert shown.kl_identity.isVisible()
        ce, h = readout.exact_cross_entropy_of_t, readout.target_entropy
        assert shown.kl_identity.text() == f"= {ce:.6f} − {h:.6f}"
    qtbot.keyClick(box, Qt.Key.Key_Space)  # and off again
    assert not shown.values[5].isVisible() and len(legend_names(window.gradient_plot)) == 2


def test_kl_with_smoothing_is_cross_entropy_minus_entropy_on_screen(window, qtbot):
    strip = open_advanced(window, qtbot)
    type_into(qtbot, strip.smoothing_spin, "0.2")
    strip.checks["kl_divergence"].setChecked(True)
    shown = window.readout
    kl = float(shown.value_text("kl_divergence"))
    ce, h = (float(v.replace("−", "-")) for v in shown.kl_identity.text().removeprefix("= ").split(" − "))
    assert h > 0 and kl == pytest.approx(ce - h, abs=2e-6)
    # KL is no function of the correct class's y alone once t is smoothed: no curve claims to be it.
    assert not any("KL" in name for name in legend_names(window.log_loss_plot))
    assert not window.log_loss_plot.kl_curve.isVisible()


def test_focal_gamma_changes_the_curve_and_the_formula(window, qtbot):
    strip = open_advanced(window, qtbot)
    strip.checks["focal_loss"].setChecked(True)
    type_into(qtbot, strip.gamma_spin, "0")
    assert window.controller.state.focal_gamma == 0
    readout = window.controller.readout
    assert readout.loss("focal_loss") == pytest.approx(readout.loss("cross_entropy_error"))  # γ = 0 is cross-entropy
    x, y = window.log_loss_plot.focal_curve.getData()
    np.testing.assert_allclose(y, -np.log(x))
    assert "γ = 0" in window.readout.formulas[5].text()


def test_reset_turns_temperature_and_smoothing_off(window, qtbot):
    strip = open_advanced(window, qtbot)
    type_into(qtbot, strip.temperature_spin, "3")
    type_into(qtbot, strip.smoothing_spin, "0.3")
    strip.checks["focal_loss"].setChecked(True)
    window.reset_action.trigger()
    state = window.controller.state
    assert (state.temperature, state.smoothing) == (1.0, 0.0) and state.more_losses == ("focal_loss",)
    assert (strip.temperature_spin.value(), strip.smoothing_spin.value()) == (1.0, 0.0)
    assert not window.readout.badge.isVisible()


def test_binary_mode_disables_them_and_says_so(window, qtbot):
    strip = open_advanced(window, qtbot)
    type_into(qtbot, strip.temperature_spin, "2")
    window.mode_combo.setCurrentIndex(1)
    assert not strip.temperature_spin.isEnabled() and not strip.checks["focal_loss"].isEnabled()
    assert "softmax" in strip.softmax_note.text() and not window.readout.badge.isVisible()
    window.mode_combo.setCurrentIndex(0)
    assert strip.temperature_spin.isEnabled() and "T = 2" in window.readout.badge.text()


def test_typed_logits_move_the_sliders_and_keep_from_logits(window, qtbot):
    entry = window.entry
    entry.set_kind("logits")
    assert "logits" in entry.caption.text()
    entry.line_edit.setFocus()
    qtbot.keyClicks(entry.line_edit, "2, 1, 0.5, 0, 0, 0, 0, 0, 0, 12")
    with qtbot.waitSignal(window.controller.readout_changed):
        qtbot.keyClick(entry.line_edit, Qt.Key.Key_Return)
    state = window.controller.state
    assert state.logits[:3] == (2.0, 1.0, 0.5) and state.logits[9] == LOGIT_MAX and state.entered is None
    assert window.sliders.sliders[0].value() == 200
    assert entry.clamp_label.isVisible() and "12 → 10" in entry.clamp_label.text()
    assert window.readout.value_text("cross_entropy_from_logits") != "n/a"
    window.controller.set_logit(0, 0.0)  # a slider moved: the typed text no longer applies
    assert entry.line_edit.text() == "" and not entry.clamp_label.isVisible()


def test_a_percentage_is_refused_as_a_logit(window, qtbot):
    entry = window.entry
    entry.set_kind("logits")
    entry.line_edit.setFocus()
    qtbot.keyClicks(entry.line_edit, "10%, 1, 1, 1, 1, 1, 1, 1, 1, 1")
    before = window.controller.state
    qtbot.keyClick(entry.line_edit, Qt.Key.Key_Return)
    assert entry.error_label.isVisible() and "percentage" in entry.error_label.text()
    assert window.controller.state == before


def test_a_lesson_keeps_them(window, qtbot, tmp_path):
    strip = open_advanced(window, qtbot)
    type_into(qtbot, strip.temperature_spin, "0.5")
    type_into(qtbot, strip.smoothing_spin, "0.15")
    for key in MORE_LOSS_KEYS:
        strip.checks[key].setChecked(True)
    saved = window.controller.state
    path = tmp_path / "t.lossviz"
    assert window.lessons.save_to(path)
    assert load_lesson(path).explorer == saved
    window.reset_action.trigger()
    for key in MORE_LOSS_KEYS:
        strip.checks[key].setChecked(False)
    assert window.lessons.open_from(path)
    assert window.controller.state == saved and all(box.isChecked() for box in strip.checks.values())
    assert "T = 0.5" in window.readout.badge.text()
