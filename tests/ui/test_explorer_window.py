"""The real loss explorer window, driven as a user drives it (pytest-qt,
offscreen): sliders, the target, seed examples, typed vectors, binary mode.
Assertions read what is shown: labels, plot data, the table."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lossviz.explorer import Mode
from lossviz.worked_examples import WORKED_EXAMPLES, example_by_key


def shown_probabilities(window):
    n = window.controller.state.n_classes
    return np.array([float(bar.text()) for bar in window.sliders.bars[:n]])


def plotted_outputs(window):
    return np.asarray(window.probability_plot.output_bars.opts["height"])


def test_starts_uniform_with_ten_classes(window):
    np.testing.assert_allclose(shown_probabilities(window), 0.1)
    assert window.readout.value_text("cross_entropy_from_logits") == "2.302585"
    assert window.target_combo.currentText() == "2"


def test_moving_a_slider_updates_everything(window, qtbot):
    with qtbot.waitSignal(window.controller.readout_changed):
        window.sliders.sliders[2].setValue(300)  # logit 3.0 for class 2
    expected = np.exp([0.0] * 2 + [3.0] + [0.0] * 7)
    expected /= expected.sum()
    np.testing.assert_allclose(shown_probabilities(window), expected, atol=5e-5)
    np.testing.assert_allclose(plotted_outputs(window), expected)
    assert shown_probabilities(window).sum() == pytest.approx(1.0, abs=1e-3)
    assert window.readout.value_text("cross_entropy_error") == f"{-np.log(expected[2] + 1e-7):.6f}"
    # The marker on the −log(y) curve sits at the correct class's y.
    marker = window.log_loss_plot.log_marker.pos()
    assert marker.x() == pytest.approx(expected[2])
    assert marker.y() == pytest.approx(-np.log(expected[2]))
    # Gradients: cross-entropy is y − t.
    t = np.eye(10)[2]
    np.testing.assert_allclose(window.gradient_plot.cross_entropy_bars.opts["height"], expected - t)


def test_keyboard_moves_the_focused_slider(window, qtbot):
    slider = window.sliders.sliders[0]
    slider.setFocus()
    before = shown_probabilities(window)[0]
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert slider.value() == 100
    assert shown_probabilities(window)[0] > before


def test_picking_a_target_moves_the_one_hot_target(window, qtbot):
    window.target_combo.setCurrentIndex(7)
    _, t = window.probability_plot.target_line.getData()
    np.testing.assert_array_equal(t, np.eye(10)[7])
    assert window.sliders._names[7].text() == "▶ 7"
    assert window.sliders._names[2].text() == "2"


def test_loading_each_seed_example_shows_its_numbers(window):
    for index, example in enumerate(WORKED_EXAMPLES, start=1):
        window.example_combo.setCurrentIndex(index)
        assert window.worked_example.table.isVisible()
        assert "Tutorial prints" in window.worked_example.totals.text()
        if example.kind.value == "multiclass" and not example.is_batch:
            for key, printed in example.printed.items():
                shown = window.readout.value_text(key)
                if printed == -1e-7:
                    assert shown == "−1.00 × 10⁻⁷"
                else:
                    # Compared at the precision the seed printed (0.105, 0.0258, 1.6094374…).
                    places = min(len(repr(printed).split(".")[1]), 6)
                    assert round(float(shown), places) == pytest.approx(round(printed, places)), (example.key, key)


def test_seed004_vector_shown_as_written_with_warning_and_renormalise(window, qtbot):
    window.load_example(example_by_key("seed004-ce1"))
    assert window.readout.value_text("cross_entropy_error") == "0.010050"
    assert window.entry.warning_label.isVisible()
    assert "1.46" in window.entry.warning_label.text()
    assert window.readout.value_text("cross_entropy_from_logits") == "n/a"
    qtbot.mouseClick(window.entry.renormalise_button, Qt.MouseButton.LeftButton)
    assert not window.entry.warning_label.isVisible()
    assert sum(plotted_outputs(window)) == pytest.approx(1.0)
    assert float(window.readout.value_text("cross_entropy_error")) == pytest.approx(-np.log(0.99 / 1.46), abs=1e-6)


def test_batch_example_table_and_choosing_a_sample(window, qtbot):
    window.load_example(example_by_key("seed002-batch-a"))
    table = window.worked_example.table
    assert table.rowCount() == 3
    # −log(0.3 + δ): the seed's own code omits δ and prints 1.2039728…
    assert table.item(0, 3).text() == "1.203972"
    assert table.item(0, 4).text() == "1.203973"  # rounded as the CE column beside it
    assert "1.2039728043259361" in table.item(0, 4).toolTip()
    assert "0.863422" in window.worked_example.totals.text()
    # Clicking the third sample shows it in the explorer.
    rect = table.visualItemRect(table.item(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    np.testing.assert_allclose(plotted_outputs(window), [0.4, 0.1, 0.5])
    assert window.target_combo.currentText() == "2"
    assert window.readout.value_text("cross_entropy_error") == "0.693147"


def test_binary_example(window):
    window.load_example(example_by_key("seed002-binary"))
    assert window.controller.state.mode is Mode.BINARY
    assert Mode(window.mode_combo.currentData()) is Mode.BINARY
    assert "0.348613" in window.worked_example.totals.text()
    assert window.readout.value_text("binary_cross_entropy") == "0.693147"
    assert window.sliders.sliders[0].isVisible() and not window.sliders.sliders[1].isVisible()


def test_regression_example(window):
    window.load_example(example_by_key("seed002-regression"))
    totals = window.worked_example.totals.text()
    assert "5.500000" in totals and "2.200000" in totals
    assert window.worked_example.table.rowCount() == 5


def test_typing_a_vector(window, qtbot):
    window.entry.line_edit.clear()
    qtbot.keyClicks(window.entry.line_edit, "0.01, 0.1, 0.8, 0.03, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01")
    qtbot.keyClick(window.entry.line_edit, Qt.Key.Key_Return)
    assert window.readout.value_text("sum_squared_error") == "0.025800"
    assert window.readout.value_text("cross_entropy_error") == "0.223143"
    assert not window.entry.warning_label.isVisible()
    assert not window.entry.error_label.isVisible()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0.1, 0.2, banana", "“banana” is not a number"),
        ("0.5, -0.5, 0, 0, 0, 0, 0, 0, 0, 0", "negative"),
        ("0.5, 0.5", "Expected 10 values"),
        ("0, 0, 0, 0, 0, 0, 0, 0, 0, 0", "All values are 0"),
    ],
)
def test_bad_vector_shows_error_and_changes_nothing(window, qtbot, text, message):
    before = window.controller.state
    shown_before = shown_probabilities(window)
    window.entry.line_edit.setText(text)
    qtbot.mouseClick(window.entry.apply_button, Qt.MouseButton.LeftButton)
    assert window.entry.error_label.isVisible()
    assert message in window.entry.error_label.text()
    assert window.controller.state == before
    np.testing.assert_array_equal(shown_probabilities(window), shown_before)
    # Typing again clears the message.
    qtbot.keyClicks(window.entry.line_edit, "0")
    assert not window.entry.error_label.isVisible()


def test_fewer_classes(window):
    window.classes_spin.setValue(3)
    assert window.target_combo.count() == 3
    assert len(plotted_outputs(window)) == 3
    assert not window.sliders.sliders[3].isVisible()
    np.testing.assert_allclose(shown_probabilities(window), 1 / 3, atol=1e-4)


def test_a_preset_sets_sliders_with_one_recompute(window, qtbot):
    """Setting sliders from code must not echo back into more changes."""
    emitted = []
    window.controller.readout_changed.connect(emitted.append)
    window.load_example(example_by_key("seed000-right"))
    assert len(emitted) == 1
    # The sliders were moved to ln(y) (shifted), and the state still uses y as written.
    assert window.controller.state.entered is not None
    assert window.sliders.sliders[2].value() == 0
    assert window.sliders.sliders[0].value() == round(np.log(0.01 / 0.8) * 100)


def test_reset(window, qtbot):
    window.sliders.sliders[4].setValue(500)
    window.reset_action.trigger()
    np.testing.assert_allclose(shown_probabilities(window), 0.1)
    assert all(s.value() == 0 for s in window.sliders.sliders)


def test_binary_mode_by_hand(window, qtbot):
    window.mode_combo.setCurrentIndex(window.mode_combo.findData(Mode.BINARY))
    window.target_combo.setCurrentIndex(1)
    window.sliders.sliders[0].setValue(-300)  # z = −3: confidently "no" when the label is 1
    p = 1 / (1 + np.exp(3.0))
    assert float(window.sliders.bars[0].text()) == pytest.approx(p, abs=5e-5)
    assert float(window.readout.value_text("binary_cross_entropy")) == pytest.approx(-np.log(p), abs=1e-5)
    grads = window.gradient_plot.cross_entropy_bars.opts["height"]
    assert grads[0] == pytest.approx(p - 1)


def test_confidently_wrong_marks_the_loss_above_the_plot(window, qtbot):
    """−log y beyond the plot's top: an arrow at the top edge, the value in the label."""
    window.sliders.sliders[0].setValue(1000)  # class 0 at logit 10; the target, class 2, at 0
    plot = window.log_loss_plot
    y = window.controller.readout.y_correct
    assert not plot.log_marker.isVisible()
    assert plot.off_plot_marker.isVisible()
    assert plot.off_plot_marker.pos().y() == pytest.approx(6.0)
    assert f"−log y = {-np.log(y):.4f}" in plot.label.toPlainText()
    window.reset_action.trigger()
    assert plot.log_marker.isVisible() and not plot.off_plot_marker.isVisible()


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_plot_titles_are_whole_on_a_small_screen_beside_the_mnist_panel(window, qtbot, qapp, language):
    """At 1280×720 with the MNIST panel open each plot keeps about 300 pixels
    (the panel takes its share, not its pixels); narrower still (an older
    projector's 1024 pixels, which the window with the panel fits in every
    language: the read-out's summary takes two lines there), each title
    falls back to a shorter one (down to "y, t", "Loss", "∂E/∂z") rather
    than being cut."""
    from lossviz.ui.common.i18n import install_language

    install_language(qapp, language)
    try:
        window.resize(1280, 720)
        window.show_mnist_panel(True)
        plots = (window.probability_plot, window.log_loss_plot, window.gradient_plot)
        qtbot.waitUntil(lambda: window.mnist_dock.width() <= 0.4 * window.width())  # the panel settles at about a third
        qtbot.waitUntil(lambda: all(plot.width() >= 280 for plot in plots))
        for width in (1280, 1024):
            window.resize(width, 720)
            qtbot.waitUntil(lambda w=width: window.width() == w)
            for plot in plots:
                item = plot.getPlotItem()
                assert item.titleLabel.text in plot.titles
                shown = plot.mapFromScene(item.titleLabel.item.sceneBoundingRect()).boundingRect()
                assert 0 <= shown.left() and shown.right() <= plot.width(), f"{item.titleLabel.text!r} is cut at {width} px"
    finally:
        install_language(qapp, "en")


def test_the_summary_takes_two_lines_only_where_one_would_not_fit(window, qtbot):
    """y of the correct class and Σ y over the losses: one line in a wide
    read-out, two in a narrow one (a small screen with the MNIST panel open),
    never cut, and a slider's move changes the numbers, not the lines."""
    summary = window.readout.summary
    for width, lines in ((1600, 1), (1024, 2)):
        window.resize(width, 720)
        window.show_mnist_panel(width < 1600)
        qtbot.waitUntil(lambda n=lines: summary.text().count("\n") == n - 1)
        assert "y₂ = 0.100000" in summary.text() and "Σ y = 1.000000" in summary.text()
        needed = summary.sizeHint()
        assert needed.width() <= summary.width() and needed.height() <= summary.height(), f"the summary is cut at {width} px"
        window.sliders.sliders[2].setValue(300)
        assert "y₂ = " in summary.text() and summary.text().count("\n") == lines - 1
        window.sliders.sliders[2].setValue(0)
