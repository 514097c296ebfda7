"""What the explorer shows is true (issue 15), on the real window: the typed
field never shows a vector that is not plotted, gradients are not drawn where
there are no logits, δ's cap is explained, binary mode names p and its one
logit, the regression example leaves no classification numbers beside it, the
loss plot's cursor keeps off its legend and label, the tutorials' keys."""

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from lossviz.explorer import ExplorerState, Mode, parse_probabilities
from lossviz.worked_examples import example_by_key

ISSUE_VECTOR = "0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0"


def type_vector(window, qtbot, text):
    edit = window.entry.line_edit
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # as a Japanese or Korean input method commits it
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(edit, event)
    with qtbot.waitSignal(window.controller.readout_changed):
        qtbot.keyClick(window.entry.line_edit, Qt.Key.Key_Return)


def field_matches_plot(window) -> bool:
    """The field is empty, or reads as exactly the vector plotted."""
    text = window.entry.line_edit.text()
    if not text:
        return True
    plotted = window.controller.readout.y if window.controller.state.mode is Mode.MULTICLASS else window.controller.readout.y[1:]
    values = parse_probabilities(text, len(plotted))
    return window.controller.state.entered is not None and np.allclose(values, plotted, rtol=1e-5, atol=1e-9)


def scene_rect(item):
    """Where ``item`` is drawn, in scene coordinates (an item that ignores
    the view's scale, as the label and the markers do, included)."""
    view = item.scene().views()[0]
    return view.mapToScene(item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect()).toAlignedRect()).boundingRect()


def on_screen(plot, item):
    """Where ``item`` is drawn in the plot's pixels (markers ignore the view's scale)."""
    return item.deviceTransform(plot.viewportTransform()).mapRect(item.boundingRect())


# --- the gradient plot without logits ---------------------------------------

def test_a_typed_vector_off_one_shows_a_note_and_no_gradient_bars(window, qtbot):
    window.target_combo.setCurrentIndex(7)
    type_vector(window, qtbot, ISSUE_VECTOR)
    plot = window.gradient_plot
    assert plot.note.isVisible()
    assert "not defined" in plot.note.toPlainText() and "1.5" in plot.note.toPlainText()
    for bars in (plot.cross_entropy_bars, plot.squared_error_bars):
        visible = np.asarray(bars.opts["x"]) > -1
        assert not np.any(np.asarray(bars.opts["height"])[visible])
    assert window.readout.value_text("cross_entropy_from_logits") == "n/a"
    # Renormalised, it has logits (log y): the bars come back, y − t.
    with qtbot.waitSignal(window.controller.readout_changed):
        qtbot.mouseClick(window.entry.renormalise_button, Qt.MouseButton.LeftButton)
    assert not plot.note.isVisible()
    np.testing.assert_allclose(plot.cross_entropy_bars.opts["height"], [1 / 3] * 3 + [0] * 4 + [-1] + [0] * 2)


def test_a_typed_vector_summing_to_one_keeps_its_gradient(window, qtbot):
    type_vector(window, qtbot, "0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0")
    assert not window.gradient_plot.note.isVisible()
    assert np.asarray(window.gradient_plot.cross_entropy_bars.opts["height"])[2] == pytest.approx(-0.4)


# --- the typed field ---------------------------------------------------------

def test_the_field_follows_renormalise_sliders_mode_and_classes(window, qtbot):
    type_vector(window, qtbot, ISSUE_VECTOR)
    assert window.entry.line_edit.text() == ISSUE_VECTOR  # as typed: that is what is plotted
    with qtbot.waitSignal(window.controller.readout_changed):
        qtbot.mouseClick(window.entry.renormalise_button, Qt.MouseButton.LeftButton)
    assert window.entry.line_edit.text().startswith("0.333333, 0.333333, 0.333333, 0")
    assert field_matches_plot(window)

    with qtbot.waitSignal(window.controller.readout_changed):
        window.sliders.sliders[4].setValue(250)
    assert window.entry.line_edit.text() == "" and field_matches_plot(window)

    type_vector(window, qtbot, ISSUE_VECTOR)
    with qtbot.waitSignal(window.controller.readout_changed):
        window.classes_spin.setValue(4)
    assert window.entry.line_edit.text() == ""

    type_vector(window, qtbot, "0.25, 25%, ０．２５、0.25")
    assert field_matches_plot(window) and window.entry.line_edit.text()
    with qtbot.waitSignal(window.controller.readout_changed):
        window.mode_combo.setCurrentIndex(1)  # binary
    assert window.entry.line_edit.text() == ""
    type_vector(window, qtbot, "70%")
    assert field_matches_plot(window)
    with qtbot.waitSignal(window.controller.readout_changed):
        window.sliders.sliders[0].setValue(-200)
    assert window.entry.line_edit.text() == ""


def test_a_worked_example_fills_the_field_and_a_slider_empties_it(window, qtbot):
    window.load_example(example_by_key("tutorial004-ce1"))
    assert field_matches_plot(window) and window.entry.line_edit.text()
    with qtbot.waitSignal(window.controller.readout_changed):
        window.sliders.sliders[0].setValue(100)
    assert window.entry.line_edit.text() == ""


# --- δ near y = 0 -------------------------------------------------------------

def test_near_zero_the_screen_says_why_three_cross_entropies_differ(window, qtbot):
    window.controller.set_state(ExplorerState(logits=(10.0,) + (0.0,) * 6 + (-10.0,) + (0.0,) * 2, target=7))
    assert window.readout.value_text("cross_entropy_error") == "16.097701"
    assert window.readout.value_text("cross_entropy_from_logits") == "20.000363"
    label = window.log_loss_plot.label.toPlainText()
    assert "−log y = 20.0004" in label and "−log(y + δ) = 16.0977" in label
    note = window.readout.delta_note.text()
    assert "caps" in note and "16.1" in note and window.readout.delta_note.isVisible()
    # Back at a uniform answer, the plain note, and the label shows −log y alone.
    with qtbot.waitSignal(window.controller.readout_changed):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "caps" not in window.readout.delta_note.text()
    assert "δ" not in window.log_loss_plot.label.toPlainText()


# --- binary mode ---------------------------------------------------------------

def test_binary_mode_names_p_and_one_logit(window, qtbot):
    legend_texts = lambda plot: [label.text for _, label in plot.getPlotItem().legend.items]  # noqa: E731
    assert "cross-entropy  y − t" in legend_texts(window.gradient_plot)
    assert window.gradient_plot.titles[0] == "Gradient ∂E/∂z for each logit"
    with qtbot.waitSignal(window.controller.readout_changed):
        window.mode_combo.setCurrentIndex(1)
    assert "cross-entropy  p − t" in legend_texts(window.gradient_plot)
    assert not any("y − t" in text for text in legend_texts(window.gradient_plot))
    assert window.gradient_plot.titles[0] == "Gradient ∂E/∂z for the logit"
    with qtbot.waitSignal(window.controller.readout_changed):
        window.mode_combo.setCurrentIndex(0)
    assert "cross-entropy  y − t" in legend_texts(window.gradient_plot)


# --- the regression example ------------------------------------------------------

def test_the_regression_example_leaves_no_classification_numbers_on_screen(window, qtbot):
    window.load_example(example_by_key("tutorial000-wrong"))
    assert window.readout.value_text("sum_squared_error") == "0.456000"
    window.load_example(example_by_key("tutorial002-regression"))
    values = [window.readout.value_text(key) for key in ("sum_squared_error", "cross_entropy_error")]
    assert values == ["—", "—"]
    assert "0.456" not in window.readout.summary.text() and "Worked example" in window.readout.delta_note.text()
    for plot in (window.probability_plot, window.log_loss_plot, window.gradient_plot):
        assert plot.note.isVisible(), type(plot).__name__
    shown = np.asarray(window.probability_plot.output_bars.opts["x"])
    assert np.all(shown < -1)  # the bars of 0.2 and 0.5 are gone
    assert not window.log_loss_plot.log_marker.isVisible() and "0.2" not in window.log_loss_plot.label.toPlainText()
    assert not np.any(np.asarray(window.gradient_plot.cross_entropy_bars.opts["x"]) > -1)
    # Its table in both notations: the tutorial's y is our t.
    headers = [window.worked_example.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert "Output ŷ\n(our y)" in headers and "Target y\n(our t)" in headers
    # Another example, or a slider, brings the explorer back.
    window.load_example(example_by_key("tutorial000-right"))
    assert not any(plot.note.isVisible() for plot in (window.probability_plot, window.log_loss_plot, window.gradient_plot))
    assert window.readout.value_text("sum_squared_error") == "0.025800"
    window.load_example(example_by_key("tutorial002-regression"))
    with qtbot.waitSignal(window.controller.readout_changed):
        window.sliders.sliders[1].setValue(150)
    assert not window.probability_plot.note.isVisible()
    assert window.readout.value_text("sum_squared_error") != "—"


def test_the_regression_cover_survives_a_language_change(window):
    from PySide6.QtCore import QEvent

    window.load_example(example_by_key("tutorial002-regression"))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.readout.value_text("sum_squared_error") == "—"
    assert window.probability_plot.note.isVisible()


# --- the loss plot's cursor, legend, label and markers -----------------------------

def test_the_cursor_never_crosses_the_legend_or_the_label(window, qtbot):
    window.target_combo.setCurrentIndex(7)
    plot = window.log_loss_plot
    legend = plot.getPlotItem().legend
    assert legend.isVisible() and plot.label.isVisible()
    for logit in range(340, 531, 10):  # the correct class's y from about 0.77 to 0.96
        with qtbot.waitSignal(window.controller.readout_changed):
            window.sliders.sliders[7].setValue(logit)
        y = window.controller.readout.y_correct
        cursor = scene_rect(plot.cursor)
        assert not cursor.intersects(scene_rect(legend)), y
        assert not cursor.intersects(scene_rect(plot.label)), y
    assert 0.95 < y < 0.97



@pytest.mark.parametrize("size", [(1600, 900), (1366, 768), (1000, 620), (760, 520)])
def test_the_label_is_never_drawn_over_the_curve(window, qtbot, size):
    """On a small plot the read-out of y and −log y keeps its −log y line
    alone, or hides (the losses' read-out has both); never over the curve."""
    window.resize(*size)
    plot = window.log_loss_plot
    box = plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: abs(box.width() - plot.viewport().width()) < plot.width())  # laid out
    QCoreApplication.processEvents()
    if plot.label_mode != "none":
        assert plot.label.isVisible()
        corner = box.mapSceneToView(scene_rect(plot.label).bottomLeft())
        assert 0 < corner.x() and corner.y() >= -np.log(corner.x()), (size, plot.label_mode, corner)
        assert ("y = " in plot.label.toPlainText().split("\n")[0]) == (plot.label_mode == "full")
    else:
        assert not plot.label.isVisible()
    if size == (1600, 900):
        assert plot.label_mode == "full"
    window.resize(1600, 900)

def test_markers_at_y_one_are_whole(window, qtbot):
    window.controller.set_state(ExplorerState(logits=(-10.0,) * 9 + (10.0,), target=9))
    plot = window.log_loss_plot
    view = on_screen(plot, plot.getPlotItem().getViewBox())
    for marker in (plot.log_marker, plot.square_marker):
        assert view.contains(on_screen(plot, marker)), (on_screen(plot, marker), view)
    # And the triangle at the top edge, for y near 0.
    window.controller.set_state(ExplorerState(logits=(10.0,) * 9 + (-10.0,), target=9))
    assert plot.off_plot_marker.isVisible()
    assert view.contains(on_screen(plot, plot.off_plot_marker))


# --- tutorials, not seeds -----------------------------------------------------------

def test_the_english_interface_says_tutorial_and_old_keys_load(window):
    assert window.example_combo.itemText(0) == "Choose a tutorial example…"
    window.load_example(example_by_key("seed000-wrong"))
    assert window.example.key == "tutorial000-wrong"
    assert window.example_combo.currentData() == "tutorial000-wrong"
    header = window.worked_example.table.horizontalHeaderItem(4).text()
    assert header == "Tutorial prints" and "Tutorial prints" in window.worked_example.totals.text()


def test_long_printed_floats_fit_their_cell_and_show_in_full_on_hover(window):
    window.load_example(example_by_key("tutorial002-batch-a"))
    table = window.worked_example.table
    cell = table.item(0, 4)
    assert cell.text() == "1.203973"
    assert "1.2039728043259361" in cell.toolTip()
    assert "0.8634223884819422" not in window.worked_example.totals.text()
    assert "0.8634223884819422" in window.worked_example.totals.toolTip()
    assert table.fontMetrics().horizontalAdvance(cell.text()) < table.columnWidth(4)
