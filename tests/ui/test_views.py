"""The window's views: the explorer's numbers as the losses, the softmax
chain or the derivation, and the MNIST panel's pages; each chosen from the
View menu, by its key and on its tab, showing the controller's numbers now;
``--view`` draws each differently; a lesson reopens on its view; F6 shows
the plots only."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from lossviz.explorer import format_value
from lossviz.lesson import Lesson, LessonError, lesson_json, load_lesson, read_lesson, save_lesson
from lossviz.names import EXPLORER_VIEWS, VIEWS
from lossviz.softmax_chain import number_text
from lossviz.ui.actions.table import VIEW_TEXTS
from lossviz.worked_examples import example_by_key
from tests.ui.test_layout import data_area, settle


def shown_page(window):
    return window.view.numbers.shown.page


def test_every_view_has_a_menu_entry_with_its_own_key(window):
    keys = [window.menu_actions[f"view.{key}"].shortcut().toString() for key in VIEWS]
    assert len(set(keys)) == len(keys) and all(keys)
    assert window.menu_actions["focus"].shortcut().toString() == "F6"
    # No other action of the window has any of these keys.
    others = {sequence.toString() for action_id, action in window.menu_actions.actions.items()
              if not action_id.startswith("view.") and action_id != "focus" for sequence in action.shortcuts()}
    assert not others & {*keys, "F6"}
    view_menu = window.view_menu.actions()
    assert all(window.menu_actions[f"view.{key}"] in view_menu for key in VIEWS)


@pytest.mark.parametrize("key", ["chain", "derivation"])
def test_a_view_chosen_from_the_menu_shows_the_numbers_now(window, qtbot, key):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.controller.set_logit(3, 2.5)  # while the view is hidden
    window.menu_actions[f"view.{key}"].trigger()
    settle(window)
    assert window.view.current_view == key and window.menu_actions[f"view.{key}"].isChecked()
    readout = window.controller.readout
    if key == "chain":
        table = window.view.chain_table
        assert table.isVisible() and not window.readout.isVisible()
        assert table.cell_text("z", 3) == number_text(2.5)
        assert table.cell_text("y", 3) == number_text(readout.y[3])
    else:
        panel = window.view.derivation_panel
        assert panel.isVisible()
        assert panel.softmax_steps.ce_sum.text() == number_text(readout.y[2] - 1.0)
    # A slider's move reaches the view shown.
    window.sliders.sliders[3].setValue(window.sliders.sliders[3].minimum())
    if key == "chain":
        qtbot.waitUntil(lambda: window.view.chain_table.cell_text("z", 3) == number_text(window.controller.state.logits[3]))
    else:
        qtbot.waitUntil(lambda: panel.softmax_steps.ce_sum.text() == number_text(window.controller.readout.y[2] - 1.0))
    window.menu_actions["view.losses"].trigger()
    assert window.readout.isVisible() and not window.view.chain_table.isVisible()


def test_the_keys_alt_1_to_3_switch_the_views(window, qtbot):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for key in ("chain", "derivation", "losses"):
        qtbot.keyClick(window, VIEW_TEXTS[key][1][-1], Qt.KeyboardModifier.AltModifier)
        assert window.view.current_view == key
    # In presentation mode too (the menu bar may be hidden: the window's own actions).
    window.presentation.set_presenting(True, full_screen=False)
    try:
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        assert window.view.current_view == "chain"
    finally:
        window.presentation.set_presenting(False, full_screen=False)
        window.show_view("losses")


def test_a_tab_clicked_checks_its_menu_entry(window, qtbot):
    window.show()
    window.view.numbers.bar.setCurrentIndex(EXPLORER_VIEWS.index("derivation"))
    assert window.menu_actions["view.derivation"].isChecked()
    window.show_view("losses")
    assert window.menu_actions["view.losses"].isChecked()


def test_the_training_view_opens_the_panel(window, qtbot):
    window.resize(1366, 768)
    window.show()
    window.menu_actions["view.training"].trigger()
    assert window.mnist_dock.isVisible() and window.mnist_pages.currentWidget() is window.mnist_panel
    window.show_mnist_panel(False)


def test_a_page_added_to_the_panel_gets_its_tab(window, qtbot):
    from PySide6.QtWidgets import QLabel

    count = window.mnist_pages.count()
    window.add_mnist_view("later", QLabel("a later view"), ("Views", "Later"))
    window.show()
    assert not window.mnist_pages.tabBar().isHidden() and window.mnist_pages.tabText(count) == "Later"
    with pytest.raises(ValueError):
        window.add_mnist_view("later", QLabel())


def test_a_lesson_saved_with_a_view_reopens_on_it(window, qtbot, tmp_path):
    window.show()
    window.show_view("derivation")
    path = tmp_path / "derivation.lossviz"
    assert window.lessons.save_to(path)
    assert load_lesson(path).view == "derivation"
    window.show_view("losses")
    assert window.lessons.open_from(path)
    assert window.view.current_view == "derivation" and window.menu_actions["view.derivation"].isChecked()
    # A lesson from before views opens on the losses.
    old = tmp_path / "old.lossviz"
    save_lesson(old, Lesson())
    assert window.lessons.open_from(old)
    assert window.view.current_view == "losses"


def test_a_lessons_view_is_checked(tmp_path):
    import io
    import json
    import zipfile

    def with_view(value) -> bytes:
        document = lesson_json(Lesson())
        document["view"] = value
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("lesson.json", json.dumps(document))
        return buffer.getvalue()

    assert read_lesson(with_view("chain")).view == "chain"
    assert read_lesson(with_view(None)).view is None
    for bad in ("nope", 3, ["chain"], "", True):
        with pytest.raises(LessonError, match="view"):
            read_lesson(with_view(bad))


def test_f6_shows_the_plots_only_and_again_everything(window, qtbot):
    window.resize(1366, 768)
    window.show()
    window.show_mnist_panel(True)
    settle(window)
    before = data_area(window.probability_plot)
    training_before = data_area(window.mnist_panel.loss_plot)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    settle(window)
    try:
        assert window.menu_actions["focus"].isChecked()
        assert not window.slider_box.isVisible() and not window.view.numbers.isVisible()
        assert not window.mnist_panel.controls.isVisible() and not window.mnist_panel.digit_view.isVisible()
        after = data_area(window.probability_plot)
        assert after.height() > 1.5 * before.height() or after.width() > 1.5 * before.width()
        assert data_area(window.mnist_panel.loss_plot).height() > 1.3 * training_before.height()
    finally:
        qtbot.keyClick(window, Qt.Key.Key_F6)
        settle(window)
    assert window.slider_box.isVisible() and window.view.numbers.isVisible() and window.mnist_panel.controls.isVisible()
    assert abs(data_area(window.probability_plot).height() - before.height()) <= 2
    window.show_mnist_panel(False)


def _screenshot(tmp_path, name: str, *options: str) -> QImage:
    path = tmp_path / f"{name}.png"
    subprocess.run([sys.executable, "-m", "lossviz", "--screenshot", str(path), "--size", "1366x768", *options],
                   check=True, capture_output=True, timeout=120)
    return QImage(str(path))


def test_view_option_draws_each_view(qapp, tmp_path):
    default = _screenshot(tmp_path, "default")
    pictures = {view: _screenshot(tmp_path, view, "--view", view) for view in ("chain", "derivation")}
    assert not default.isNull()
    for view, picture in pictures.items():
        assert picture.size() == default.size() and picture != default, view
    assert pictures["chain"] != pictures["derivation"]


def test_view_option_is_refused_when_unknown():
    result = subprocess.run([sys.executable, "-m", "lossviz", "--view", "nope", "--screenshot", "x.png"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--view" in result.stderr


def test_the_losses_behind_another_tab_show_the_newest_state_when_they_come_back(window, qtbot):
    window.show_view("chain")
    before = window.readout.value_text("cross_entropy_error")
    window.sliders.sliders[2].setValue(window.sliders.sliders[2].value() + 150)
    assert window.readout.value_text("cross_entropy_error") == before  # hidden: the move cost it nothing
    window.show_view("losses")
    truth = window.controller.readout.loss("cross_entropy_error")
    assert window.readout.value_text("cross_entropy_error") == format_value(truth) != before
    # The regression example chosen behind the tab, after a move there, covers the losses when they come back.
    window.show_view("chain")
    window.sliders.sliders[2].setValue(window.sliders.sliders[2].value() - 150)
    window.load_example(example_by_key("tutorial002-regression"))
    window.show_view("losses")
    assert window.readout.value_text("cross_entropy_error") == "—"


def test_the_derivation_never_scrolls_sideways_on_a_projector_with_the_panel_open(window, qtbot):
    window.resize(1366, 768)
    window.show_mnist_panel(True)
    window.show_view("derivation")
    panel = window.view.derivation_panel
    qtbot.waitUntil(lambda: panel.one_loss_at_a_time)
    area = window.view.numbers.area
    assert panel.width() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisible()
    window.show_mnist_panel(False)
    qtbot.waitUntil(lambda: not panel.one_loss_at_a_time)  # the whole width again: both side by side
    window.show_view("losses")


def test_the_plots_are_painted_before_the_numbers_of_the_chain_and_the_derivation(window, qtbot):
    """A slider's move paints the three plots first; the chain's or the
    derivation's numbers follow (ShownAfterThePlots): the plots never wait for them."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class PaintOrder(QObject):
        def __init__(self, watched):
            super().__init__()
            self.names, self.order = {}, []
            for name, widgets in watched.items():
                for widget in widgets:
                    self.names[widget] = name
                    widget.installEventFilter(self)

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.order.append(self.names[obj])
            return False

    plots = [plot.viewport() for plot in (window.probability_plot, window.log_loss_plot, window.gradient_plot)]
    for key, view in (("chain", window.view.chain_table), ("derivation", window.view.derivation_panel)):
        window.show_view(key)
        settle(window)
        order = PaintOrder({"plot": plots, "numbers": [view, *view.findChildren(QWidget)]})
        slider = window.sliders.sliders[3]
        slider.setValue(slider.value() + 120)
        qtbot.waitUntil(lambda o=order: o.order.count("plot") >= 3 and "numbers" in o.order)
        assert order.order.index("numbers") > max(i for i, name in enumerate(order.order) if name == "plot"), order.order[:12]
        truth = window.controller.readout
        if key == "chain":
            assert view.cell_text("y", 3) == number_text(truth.y[3])
        else:
            assert view.softmax_steps.ce_sum.text() == number_text(truth.grad_cross_entropy[2])
        for widget in order.names:
            widget.removeEventFilter(order)
    window.show_view("losses")
