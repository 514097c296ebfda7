"""Presentation mode and zoom on the real window: keys pressed, then what
is shown measured (font sizes, line widths, marker sizes, full screen)."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from lossviz.ui.actions.presentation import LARGE_VALUES_WIDTH, ZOOM_MAX, ZOOM_MIN, clamp_zoom, presentation_zoom
from lossviz.ui.common import style


@pytest.fixture
def shown(window):
    yield window
    window.presentation.set_presenting(False)
    window.presentation.set_zoom(ZOOM_MIN)


def sizes(window):
    readout = window.readout
    return {
        "label": window.readout.delta_note.font().pointSizeF(),
        "loss value": readout.values[0].font().pointSizeF(),
        "slider name": window.sliders._names[0].font().pointSizeF(),
        "plot title": float(window.probability_plot.getPlotItem().titleLabel.opts["size"].rstrip("pt")),
        "tick": window.probability_plot.getPlotItem().getAxis("left").style["tickFont"].pointSizeF(),
        "curve width": window.log_loss_plot.log_curve.opts["pen"].widthF(),
        "marker": window.log_loss_plot.log_marker.rect().width(),
        "bar height": window.sliders.bars[0].maximumHeight(),
    }


def test_zoom_keys_scale_every_font_and_marker(shown, qtbot):
    window = shown
    before = sizes(window)
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.zoom == 150
    after = sizes(window)
    for name in before:
        assert after[name] == pytest.approx(1.5 * before[name], rel=0.05), name
    assert "150%" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.zoom == 140
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.zoom == 100
    assert sizes(window) == pytest.approx(before)
    assert window.controller.state.target == 2  # Ctrl+0 is not the digit 0



def test_a_new_window_starts_unzoomed_whatever_an_earlier_one_was_zoomed_to(window, qtbot):
    from lossviz.ui.app import create_window

    unzoomed = sizes(window)
    window.presentation.set_zoom(200)
    second = create_window()
    qtbot.addWidget(second)
    try:
        assert second.presentation.zoom == ZOOM_MIN
        assert sizes(second) == pytest.approx(unzoomed)
    finally:
        second.shutdown()
        window.presentation.set_zoom(ZOOM_MIN)

def test_zoom_stays_between_100_and_250_percent(shown, qtbot):
    window = shown
    window.presentation.set_zoom(240)
    window.presentation.zoom_in_action.trigger()
    window.presentation.zoom_in_action.trigger()
    assert window.presentation.zoom == ZOOM_MAX
    assert not window.presentation.zoom_in_action.isEnabled()
    window.presentation.set_zoom(20)
    assert window.presentation.zoom == ZOOM_MIN
    assert clamp_zoom(137) == 140


def test_f5_presents_full_screen_with_thick_lines_and_esc_leaves(shown, qtbot):
    window = shown
    width_before = window.log_loss_plot.log_curve.opts["pen"].widthF()
    value_before = window.readout.values[0].font().pointSizeF()
    handle_before = window.sliders.sliders[0].sizeHint().height()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.presenting
    assert window.isFullScreen()
    assert window.presentation.action.isChecked()
    zoom = window.presentation.zoom / 100
    # Lines half as thick again as the zoom alone would make them; the loss
    # values larger than zoomed text where the screen has the room (this
    # offscreen screen is 800 pixels wide: there, as zoomed text).
    assert window.log_loss_plot.log_curve.opts["pen"].widthF() == pytest.approx(1.5 * zoom * width_before)
    roomy = window.screen().size().width() >= LARGE_VALUES_WIDTH * zoom
    assert window.presentation.look.large_values == roomy
    assert window.readout.values[0].font().pointSizeF() == pytest.approx((2.0 / 1.6 if roomy else 1.0) * zoom * value_before)
    assert window.sliders.sliders[0].sizeHint().height() > handle_before  # large handles
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.presenting
    assert not window.isFullScreen()
    assert window.presentation.zoom == 100
    assert window.log_loss_plot.log_curve.opts["pen"].widthF() == pytest.approx(width_before)
    assert window.readout.values[0].font().pointSizeF() == pytest.approx(value_before)
    assert window.sliders.sliders[0].sizeHint().height() == handle_before


def test_presentation_keeps_a_larger_zoom_and_gives_it_back(shown):
    window = shown
    window.presentation.set_zoom(200)
    window.presentation.set_presenting(True)
    assert window.presentation.zoom == 200
    window.presentation.set_presenting(False)
    assert window.presentation.zoom == 200


def test_escape_does_nothing_outside_presentation_mode(shown, qtbot):
    window = shown
    assert not window.presentation.leave_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_presentation_zoom_fits_the_screen():
    assert presentation_zoom(1080) == 150
    assert presentation_zoom(768) == 100
    assert presentation_zoom(2160) == 250
    assert presentation_zoom(600) == 100


def test_new_widgets_are_built_at_the_current_zoom(shown):
    window = shown
    window.presentation.set_zoom(200)
    assert style.current().zoom == 2.0
    window.show_mnist_panel(True)
    loss_plot = window.mnist_panel.loss_plot
    assert float(loss_plot.getPlotItem().titleLabel.opts["size"].rstrip("pt")) == pytest.approx(24)


def test_the_toolbar_has_the_presentation_button(shown):
    from PySide6.QtWidgets import QToolBar

    assert shown.presentation.action in shown.findChild(QToolBar).actions()
    assert shown.presentation.action in shown.view_menu.actions()


def test_screenshot_in_presentation_mode_from_the_command_line(tmp_path):
    import struct
    import subprocess
    import sys

    out = tmp_path / "present.png"
    result = subprocess.run(
        [sys.executable, "-m", "lossviz", "--screenshot", str(out), "--size", "1920x1080", "--presentation", "--example", "seed000-wrong"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (1920, 1080)


@pytest.fixture
def themed(window):
    yield window
    window.presentation.set_theme("light")


def plot_background(plot):
    return plot.backgroundBrush().color().name()


def test_themes_change_the_palette_and_every_plot(themed):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window = themed
    assert plot_background(window.probability_plot) == "#ffffff"
    window.presentation.theme_actions["dark"].trigger()
    assert style.theme().key == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert plot_background(window.probability_plot) == "#161616"
    assert pg.mkBrush(window.probability_plot.output_bars.opts["brush"]).color().name() == "#56b4e9"
    assert window.log_loss_plot.log_curve.opts["pen"].color().name() == "#56b4e9"
    # Text on the plots is light on dark.
    assert window.log_loss_plot.getPlotItem().getAxis("left").textPen().color().lightness() > 200
    window.presentation.set_theme("high-contrast")
    assert plot_background(window.gradient_plot) == "#000000"
    assert pg.mkBrush(window.probability_plot.target_line.opts["symbolBrush"]).color().name() == "#f0e442"
    assert window.presentation.theme_actions["high-contrast"].isChecked()
    window.presentation.set_theme("light")
    assert plot_background(window.probability_plot) == "#ffffff"
    assert window.log_loss_plot.log_curve.opts["pen"].color().name() == "#0072b2"


def test_muted_and_warning_labels_follow_the_theme(themed):
    from PySide6.QtGui import QPalette

    window = themed
    note = window.readout.delta_note
    light = note.palette().color(QPalette.ColorRole.WindowText).name()
    window.presentation.set_theme("dark")
    dark = note.palette().color(QPalette.ColorRole.WindowText).name()
    assert light == "#555555" and dark == "#a8a8a8"


def test_every_theme_tells_output_and_target_apart_without_colour(themed):
    # Bars against diamonds joined by a dashed line, in every theme.
    for key in style.THEMES:
        themed.presentation.set_theme(key)
        assert themed.probability_plot.target_line.opts["symbol"] == "d"
        assert themed.probability_plot.target_line.opts["pen"].style() == Qt.PenStyle.DashLine
        colours = {pg.mkBrush(themed.probability_plot.output_bars.opts["brush"]).color().name(),
                   pg.mkBrush(themed.probability_plot.target_line.opts["symbolBrush"]).color().name()}
        assert len(colours) == 2


def test_theme_from_the_command_line(tmp_path):
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "dark.png"
    result = subprocess.run([sys.executable, "-m", "lossviz", "--export", str(out), "--plot", "probabilities", "--theme", "dark"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.pixelColor(image.width() - 4, image.height() // 2).lightness() < 40  # the dark plot background
