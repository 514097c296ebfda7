"""Quiz mode on the real window: parts covered while the class guesses,
revealed with a presenter clicker's keys; a deck's slides stepped through."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor

from lossviz import quiz
from lossviz.deck import Slide
from lossviz.explorer import ExplorerState
from lossviz.lesson import load_lesson
from lossviz.ui.common import style

#: A bound, so a stuck animation fails the test instead of hanging it; a reveal takes 0.6 s.
WAIT_MS = 20_000


def curtain(window, part):
    return window.quiz.curtains[part][0]


def press(window, qtbot, key):
    """A clicker's key, sent where a teacher's focus is: the selected slider."""
    slider = window.sliders.sliders[2]
    slider.setFocus()
    qtbot.keyClick(slider, key)


def values_area(window):
    readout = window.readout
    area = QRect()
    for label in readout.values:
        if label.isVisibleTo(readout):
            area = area.united(QRect(label.mapTo(readout, QPoint(0, 0)), label.size()))
    return area


def test_hidden_loss_values_are_covered_and_do_not_show_through(window, qtbot):
    window.menu_actions["quiz.mode"].trigger()
    cover = curtain(window, quiz.LOSS_VALUES)
    qtbot.waitUntil(cover.isVisible)
    area = values_area(window)
    assert cover.geometry().contains(area)
    before = window.readout.grab(area).toImage()
    window.controller.set_logit(2, 5.0)  # every loss value changes under the curtain
    assert window.readout.value_text("cross_entropy_error") != ""
    after = window.readout.grab(area).toImage()
    assert before == after
    # Away from the "?" in the middle, the curtain is one colour: the theme's.
    strip = window.readout.grab(QRect(area.left() + 8, area.top() + 8, area.width() - 16, 6)).toImage()
    colours = {strip.pixelColor(x, y).name() for x in range(strip.width()) for y in range(strip.height())}
    assert colours == {QColor(style.theme().window).name()}


def test_page_down_reveals_the_part_then_shows_the_answer(window, qtbot):
    window.quiz.start("untrained")
    cover = curtain(window, quiz.LOSS_VALUES)
    assert cover.isVisible() and window.quiz.bar.isVisible()
    assert "every logit is 0" in window.quiz.bar.question.text()
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert window.controller.state.logits[2] == 0.0  # the slider kept still: the key was the quiz's
    # The loss values count up from "no idea" under no curtain (tests/ui/test_quiz_reveal.py).
    assert not cover.isVisible() and window.quiz.growing.running
    qtbot.waitUntil(lambda: not window.quiz.growing.running, timeout=WAIT_MS)
    # The log-loss plot was hidden too: the second Page Down reveals it, and the answer with it.
    assert curtain(window, quiz.LOG_LOSS).isVisible()
    press(window, qtbot, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: not curtain(window, quiz.LOG_LOSS).isVisible(), timeout=WAIT_MS)
    assert window.readout.value_text("cross_entropy_error") in window.quiz.bar.answer.text()
    assert window.quiz.bar.answer.isVisible()
    # Page Up covers the last part again; B reveals all, then covers all again.
    press(window, qtbot, Qt.Key.Key_PageUp)
    assert curtain(window, quiz.LOG_LOSS).isVisible()
    press(window, qtbot, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: not curtain(window, quiz.LOG_LOSS).isVisible(), timeout=WAIT_MS)
    press(window, qtbot, Qt.Key.Key_B)
    assert cover.isVisible() and curtain(window, quiz.LOG_LOSS).isVisible()


def test_the_answer_follows_what_the_explorer_shows(window, qtbot):
    window.quiz.start("negative-gradient")
    window.controller.set_target(3)
    window.quiz.reveal_all_or_hide()
    assert window.quiz.bar.answer.text().startswith("Class 3:")


def test_outside_quiz_mode_the_clickers_keys_keep_their_meaning(window, qtbot):
    press(window, qtbot, Qt.Key.Key_PageUp)
    assert window.controller.state.logits[2] == pytest.approx(1.0)
    press(window, qtbot, Qt.Key.Key_B)  # nothing: B is the quiz's only
    window.quiz.start("untrained")
    window.menu_actions["quiz.mode"].trigger()  # off again
    assert not window.quiz.bar.isVisible() and not curtain(window, quiz.LOSS_VALUES).isVisible()
    press(window, qtbot, Qt.Key.Key_PageDown)
    assert window.controller.state.logits[2] == pytest.approx(-1.0)


def test_page_down_steps_a_decks_slides_and_the_explorer_follows(window, qtbot, tmp_path):
    first, second = ExplorerState(target=4), ExplorerState(n_classes=3, logits=(1.0, 2.0, 3.0), target=1)
    window.quiz.show_deck((Slide(first, hidden=(quiz.GRADIENTS,), prompt="Which bar is negative?", answer="Class 4's", note="Wait"),
                           Slide(second, question="gradient-sum")))
    assert window.quiz.on and window.quiz.bar.counter.text() == "1 / 2"
    assert curtain(window, quiz.GRADIENTS).isVisible()
    assert window.quiz.bar.note.text() == "Wait" and window.quiz.bar.note.isVisible()  # not presenting
    assert window.controller.state == first
    press(window, qtbot, Qt.Key.Key_PageDown)  # reveals the gradients, and the answer
    assert window.quiz.bar.question.text() == "Which bar is negative?" and window.quiz.bar.answer.text() == "Class 4's"
    press(window, qtbot, Qt.Key.Key_PageDown)  # the next slide, covered
    assert window.controller.state == second and window.quiz.bar.counter.text() == "2 / 2"
    assert not curtain(window, quiz.GRADIENTS).isVisible()  # the second slide hides nothing
    press(window, qtbot, Qt.Key.Key_PageUp)  # back: the first slide, as it was left
    assert window.controller.state == first and not curtain(window, quiz.GRADIENTS).covering
    window.presentation.set_presenting(True, full_screen=False)
    assert not window.quiz.bar.note.isVisible()  # the teacher's note never reaches the projector
    window.presentation.set_presenting(False)
    # Saved with the lesson, and opened again.
    window.quiz.add_slide()
    assert window.lessons.save_to(tmp_path / "deck.lossviz")
    slides = load_lesson(tmp_path / "deck.lossviz").slides
    assert [s.explorer for s in slides] == [first, first, second]
    window.quiz.show_deck(())
    assert window.lessons.open_from(tmp_path / "deck.lossviz")
    assert window.quiz.bar.counter.text() == "1 / 3" and window.controller.state == first


def test_the_curtains_follow_zoom_and_theme(window, qtbot):
    window.quiz.start("gradient-sum")
    cover = curtain(window, quiz.GRADIENTS)
    window.presentation.set_zoom(200)
    qtbot.waitUntil(lambda: cover.geometry() == window.gradient_plot.rect())
    window.presentation.set_theme("dark")
    image = cover.grab().toImage()
    assert image.pixelColor(image.width() // 5, image.height() - 10).name() == QColor(style.THEMES["dark"].window).name()
    window.presentation.set_theme("light")
