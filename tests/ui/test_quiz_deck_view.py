"""A deck's slides keep the view they were added on (the losses, the softmax
chain, the derivation, a page of the MNIST panel), and stepping through them
with a clicker shows each one's again, on the real window."""

from PySide6.QtCore import Qt

from lossviz import quiz
from lossviz.deck import Slide
from lossviz.explorer import ExplorerState
from lossviz.lesson import load_lesson


def press(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    slider = window.sliders.sliders[2]
    slider.setFocus()
    qtbot.keyClick(slider, key, modifier)


def shown(window):
    """The view the class sees: the MNIST page when the panel shows another than training, else the explorer's tab."""
    return window.current_view(), window.view.numbers.current, window.mnist_dock.isVisible()


def checked_view(window):
    """The View menu's checked entries: one of the explorer's views, one of the MNIST panel's pages."""
    return [key for key, action in window.views.view_actions.items() if action.isChecked()]


def test_slides_remember_their_view_and_page_down_shows_it_again(window, qtbot, tmp_path):
    press(window, qtbot, Qt.Key.Key_F7)
    assert window.quiz.on
    press(window, qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # the derivation
    window.menu_actions["slide.add"].trigger()
    window.controller.set_target(5)
    press(window, qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # the softmax chain
    window.menu_actions["slide.add"].trigger()
    press(window, qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)  # draw a digit: the MNIST panel opens on it
    window.menu_actions["slide.add"].trigger()
    assert [slide.view for slide in window.quiz.deck()] == ["derivation", "chain", "draw"]
    assert window.quiz.deck()[2].mnist

    press(window, qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # the teacher wanders off to the losses
    window.quiz.go_to(0)
    assert shown(window) == ("derivation", "derivation", False) and checked_view(window) == ["derivation", "draw"]
    while window.quiz.index == 0:  # the loss values (hidden by default), then the next slide
        press(window, qtbot, Qt.Key.Key_PageDown)
    assert window.quiz.index == 1 and window.controller.state.target == 5
    assert shown(window) == ("chain", "chain", False) and checked_view(window) == ["chain", "draw"]
    while window.quiz.index == 1:
        press(window, qtbot, Qt.Key.Key_PageDown)
    assert shown(window)[0] == "draw" and window.mnist_dock.isVisible() and checked_view(window) == ["chain", "draw"]
    press(window, qtbot, Qt.Key.Key_PageUp)  # back to the chain's slide: the panel closes again
    assert shown(window) == ("chain", "chain", False)

    # Saved in the lesson, and each slide's view back when it is opened.
    assert window.lessons.save_to(tmp_path / "views.lossviz")
    assert [slide.view for slide in load_lesson(tmp_path / "views.lossviz").slides] == ["derivation", "chain", "draw"]
    window.quiz.show_deck(())
    press(window, qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert window.lessons.open_from(tmp_path / "views.lossviz")
    assert window.quiz.index == 0 and shown(window) == ("derivation", "derivation", False)


def test_an_explorer_view_with_the_panel_open_brings_back_the_training_page(window, qtbot):
    window.show_view("chain")
    window.show_mnist_panel(True)
    window.quiz.add_slide()  # the chain, the panel open on its training page
    window.show_view("weights")
    window.quiz.add_slide()
    assert [slide.view for slide in window.quiz.deck()] == ["chain", "weights"]
    window.quiz.go_to(0)
    assert window.mnist_view == "training" and shown(window) == ("chain", "chain", True)
    window.quiz.go_to(1)
    assert shown(window)[0] == "weights"


def test_an_older_deck_without_views_opens_on_the_default_view(window, qtbot):
    window.show_view("derivation")
    window.quiz.show_deck((Slide(ExplorerState(target=1), hidden=(quiz.GRADIENTS,)), Slide(ExplorerState(target=2))))
    assert shown(window) == ("losses", "losses", False) and checked_view(window) == ["losses", "training"]
    window.show_view("chain")
    window.quiz.go_to(1)
    assert shown(window) == ("losses", "losses", False)
