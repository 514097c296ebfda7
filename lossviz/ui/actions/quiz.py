"""Quiz mode: predict, then reveal (the Quiz menu; the menu itself: ``table.py``).

While quiz mode is on (F7), the parts chosen under Quiz > Hide are covered
by curtains (``lossviz.ui.actions.curtain``) and the bar under the explorer
asks the question.  A presenter clicker's keys then step through the lesson:

- Page Down reveals the next covered part (the curtain slides away), then
  the answer, then goes to the next slide;
- Page Up undoes one Page Down: covers the last part revealed again, or goes
  back to the previous slide, shown revealed as it was left;
- B reveals everything on the slide, or, with nothing left covered, covers it all again.

Outside quiz mode these actions are disabled, and Page Up and Page Down are
the sliders' own keys again (the selected logit ±1).

A deck is the lesson's list of slides (``lossviz.deck``): Quiz > Add this as
a slide keeps what the window shows, with what is hidden, the question and
the teacher's note.  ``QuizMode.start(key)`` shows a question of the
built-in bank from code (the command line's ``--view quiz``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import QMainWindow

from lossviz import quiz
from lossviz.deck import Slide
from lossviz.names import DEFAULT_VIEW, EXPLORER_VIEWS, MNIST_VIEWS
from lossviz.reveal import Guess, guessed_loss
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.actions.curtain import RIGHT, Curtain, union_of
from lossviz.ui.actions.quiz_bar import NoteWindow, OwnQuestionDialog, QuizBar
from lossviz.ui.actions.quiz_reveal import RevealAnimation
from lossviz.ui.actions.table import QUIZ_HIDE_TEXTS
from lossviz.ui.common.i18n import fill, translated
from lossviz.worked_examples import example_by_key


class QuizMode(QObject):
    """Quiz mode and the deck of one window."""

    def __init__(self, window: QMainWindow, actions: MenuActions) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.on = False
        self.slides: list[Slide] = []
        self.index = 0
        #: The question on screen: a built-in one's key, else the teacher's own prompt and answer.
        self.question: str | None = None
        self.prompt = self.answer_text = self.note = ""
        self.revealed: list[str] = []  # parts revealed on this slide, in order
        self.answer_shown = False
        self.curtains: dict[str, list[Curtain]] = {}
        self._add_window_parts()
        self.hide_actions = {part: actions[f"quiz.hide.{part}"] for part in QUIZ_HIDE_TEXTS}
        self.key_actions = [actions[key] for key in ("quiz.reveal", "quiz.back", "quiz.reveal_all")]
        self.bar = QuizBar(actions["quiz.back"], actions["quiz.reveal"])
        #: Bars growing, numbers counting: the reveal from the class's guess to the truth.
        self.growing = RevealAnimation(window)
        self.bar.guess.changed.connect(lambda _guess: self._show_guess())
        window.controller.readout_changed.connect(lambda _readout: self.on and self._show_guess())  # the truth beside the guess
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self.bar.hide()
        self.note_window = NoteWindow(window)
        self.note_window.edited.connect(self._on_note_edited)
        window.presentation.look_changed.connect(lambda _look: self._show_bar())
        actions.retranslated.connect(self._show_bar)

    def _add_window_parts(self) -> None:
        w = self.window
        readout = w.readout
        self.add_part(quiz.LOSS_VALUES, Curtain(readout, lambda: union_of(readout.values, readout), readout.values, RIGHT))
        # A worked example prints the same losses beside them (and says them in its note).
        self.add_part(quiz.LOSS_VALUES, Curtain(w.example_box, title=w.example_box.title))
        for part, plot in ((quiz.PROBABILITIES, w.probability_plot), (quiz.LOG_LOSS, w.log_loss_plot), (quiz.GRADIENTS, w.gradient_plot)):
            self.add_part(part, Curtain(plot, title=plot.accessibleName))
        self.add_part(quiz.DIGIT_ANSWER, Curtain(w.mnist_panel.digit_view.answer_label))

    def add_part(self, part: str, curtain: Curtain) -> None:
        """A part quiz mode can hide (a drawing's answer, once the window has
        one), or one more curtain for a part: all of a part's move together."""
        self.curtains.setdefault(part, []).append(curtain)

    def handlers(self) -> dict[str, Callable]:
        return {
            "quiz.mode": self.set_on,
            **{f"quiz.hide.{part}": lambda on, p=part: self._on_hide_toggled(p, on) for part in QUIZ_HIDE_TEXTS},
            "quiz.reveal": self.reveal_next,
            "quiz.back": self.back,
            "quiz.reveal_all": self.reveal_all_or_hide,
            **{f"quiz.question.{q.key}": lambda k=q.key: self.start(k) for q in quiz.QUESTIONS},
            "quiz.own": self.ask_own_question,
            "slide.add": self.add_slide,
            "slide.remove": self.remove_slide,
            "slide.next": lambda: self.go_to(self.index + 1),
            "slide.previous": lambda: self.go_to(self.index - 1),
            "quiz.note": self.note_window.setVisible,
        }

    # -- quiz mode ----------------------------------------------------------------

    def start(self, question_key: str | None = None) -> None:
        """Quiz mode on, showing a built-in question (``lossviz.quiz``) by its key, covered."""
        if question_key is not None:
            question = quiz.question_by_key(question_key)
            # The state without its worked example: the example's title and notes print the answers.
            # The MNIST panel and the view stay as they are.
            self._show_state(Slide(question.state, None, question.hidden, question.key, mnist=self.window.mnist_dock.isVisible(),
                                   view=self.window.current_view()))
        self.set_on(True)

    def set_on(self, on: bool) -> None:
        if on != self.actions["quiz.mode"].isChecked():
            self.actions["quiz.mode"].setChecked(on)  # toggled: back here
            return
        self.growing.finish()
        self.on = on
        for action in self.key_actions:
            action.setEnabled(on)
        self.bar.setVisible(on)
        self.revealed, self.answer_shown = [], False
        self._cover()
        self._show_bar()

    @property
    def hidden(self) -> tuple[str, ...]:
        return tuple(part for part, action in self.hide_actions.items() if action.isChecked())

    def covered(self) -> list[str]:
        return [part for part in self.hidden if part in self.curtains and part not in self.revealed] if self.on else []

    def _cover(self) -> None:
        """Every curtain as the state says: down over what is hidden and not yet revealed, else away."""
        covered = self.covered()
        for part, curtains in self.curtains.items():
            for curtain in curtains:
                if part in covered:
                    if not curtain.covering:
                        curtain.cover()
                else:
                    curtain.reveal(animated=False)

    def _on_hide_toggled(self, part: str, on: bool) -> None:
        if part in self.revealed and on:
            self.revealed.remove(part)
        self._cover()
        self._show_guess()
        if self.slides:
            self.slides[self.index] = replace(self.slides[self.index], hidden=self.hidden)

    def reveal_next(self) -> None:
        """Page Down: the next part, then the answer, then the next slide."""
        self.growing.finish()
        covered = self.covered()
        if covered:
            self._reveal([covered[0]])
            self.answer_shown = len(covered) == 1
            self._show_bar()
        elif not self.answer_shown and self._answer():
            self.answer_shown = True
            self._show_bar()
        elif self.index + 1 < len(self.slides):
            self.go_to(self.index + 1)
        else:
            self.window.statusBar().showMessage(QCoreApplication.translate("QuizMode", "This is the last slide."), 3000)

    def _reveal(self, parts: list[str]) -> None:
        """The curtains over ``parts`` away: over a part that grows (a plot, the
        loss values), at once, as it starts from the guess; over the others, sliding."""
        self.revealed.extend(parts)
        guess = self.guess()
        self.growing.start(parts, guess)
        for part in parts:
            view = self.growing.views.get(part)
            for curtain in self.curtains[part]:
                curtain.reveal(animated=curtain.part is not view)

    def guess(self) -> Guess | None:
        """What the class called out, for the loss the question asks for."""
        value = self.bar.guess.guess()
        return None if value is None else Guess(guessed_loss(self.question, self.window.controller.state.mode), value)

    def _show_guess(self) -> None:
        """The guess box while a loss value or the −log y plot is hidden; once
        revealed, the guess beside the truth, and a guess of the cross-entropy
        as a ring on the −log y curve beside the point."""
        parts = [part for part in (quiz.LOSS_VALUES, quiz.LOG_LOSS) if part in self.hidden and part in self.curtains]
        visible = self.on and bool(parts)
        if self.bar.guess_action.isVisible() != visible:
            self.bar.guess_action.setVisible(visible)
        guess = self.guess() if visible and quiz.LOG_LOSS in self.revealed else None
        self.window.log_loss_plot.show_guess(guess.value if guess is not None and guess.is_cross_entropy else None)
        if not visible:
            return
        readout = self.window.controller.readout
        loss = guessed_loss(self.question, readout.state.mode)
        self.bar.guess.show_guess(loss, None if parts[0] in self.covered() else readout.loss(loss))

    def back(self) -> None:
        """Page Up: cover the last part revealed again, else the previous slide."""
        self.growing.finish()
        if self.revealed:
            for curtain in self.curtains[self.revealed.pop()]:
                curtain.cover()
            self.answer_shown = False
            self._show_bar()
        elif self.index > 0 and self.slides:
            self.go_to(self.index - 1, revealed=True)
        else:
            self.window.statusBar().showMessage(QCoreApplication.translate("QuizMode", "This is the first slide."), 3000)

    def reveal_all_or_hide(self) -> None:
        """B: everything revealed, or, with nothing left covered, everything covered again."""
        self.growing.finish()
        covered = self.covered()
        if covered:
            self._reveal(covered)
            self.answer_shown = True
        else:
            self.revealed, self.answer_shown = [], False
            self._cover()
        self._show_bar()

    # -- the question ---------------------------------------------------------------

    def _prompt(self) -> str:
        if self.question is not None:
            return QCoreApplication.translate(quiz.CONTEXT, quiz.question_by_key(self.question).prompt)
        return self.prompt

    def _answer(self) -> str:
        """The answer and why, computed from what the explorer shows now; the
        question's own state if the teacher has moved it to one the question
        cannot be asked of (a binary output for a softmax question)."""
        if self.question is None:
            return self.answer_text
        question = quiz.question_by_key(self.question)
        readout = self.window.controller.readout
        if readout.state.mode is not question.state.mode:
            return f"{translated(quiz.answer(question))} {translated(quiz.explanation(question))}"
        return f"{translated(question.answer(readout))} {translated(question.explanation(readout))}"

    def _show_bar(self) -> None:
        self.bar.show_slide(self.index + 1, len(self.slides))
        self.bar.show_question(self._prompt(), self._answer() if self.answer_shown else None)
        self.bar.show_note(self.note, visible=not self.window.presentation.presenting)
        self.note_window.show_note(self.note)
        self._show_guess()

    def _on_note_edited(self, note: str) -> None:
        self.note = note
        if self.slides:
            self.slides[self.index] = replace(self.slides[self.index], note=note)
        self.bar.show_note(note, visible=not self.window.presentation.presenting)

    def ask_own_question(self) -> None:
        dialog = OwnQuestionDialog(self.window, self.prompt, self.answer_text, self.note)
        dialog.accepted.connect(lambda: self.set_own_question(*dialog.values()))
        dialog.open()

    def set_own_question(self, prompt: str, answer: str, note: str) -> None:
        """The teacher's question for what is on screen (and for the slide, on a deck)."""
        self.question, self.prompt, self.answer_text, self.note = None, prompt, answer, note
        self.bar.guess.clear()
        if self.slides:
            self.slides[self.index] = replace(self.slides[self.index], question=None, prompt=prompt, answer=answer, note=note)
        self._show_bar()

    # -- the deck -------------------------------------------------------------------

    def current_slide(self) -> Slide:
        """What the window shows, as a slide."""
        w = self.window
        digits = w.mnist_panel.digit_view
        mnist = w.mnist_dock.isVisible()
        digit = digits.index if mnist and digits.follow_box.isChecked() else None
        return Slide(w.controller.state, w.example.key if w.example else None, self.hidden, self.question,
                     self.prompt, self.answer_text, self.note, mnist, digit, w.current_view())

    def add_slide(self) -> None:
        """What the window shows, as a slide after the one on screen."""
        at = self.index + 1 if self.slides else 0
        self.slides.insert(at, self.current_slide())
        self.index = at
        self._show_bar()
        self.window.statusBar().showMessage(fill(QCoreApplication.translate("QuizMode", "Slide %1 of %2 added"), at + 1,
                                                    len(self.slides)), 3000)

    def remove_slide(self) -> None:
        if not self.slides:
            return
        del self.slides[self.index]
        if self.slides:
            self.go_to(min(self.index, len(self.slides) - 1))
        else:
            self.index = 0
            self._show_bar()

    def go_to(self, index: int, revealed: bool = False) -> None:
        """Slide ``index``, covered (``revealed``: as left, everything shown)."""
        if not 0 <= index < len(self.slides):
            return
        self.growing.finish()
        self.index = index
        self._show_state(self.slides[index])
        self.revealed = list(self.covered()) if revealed else []
        self.answer_shown = revealed
        self._cover()
        self._show_bar()

    def _show_state(self, slide: Slide) -> None:
        w = self.window
        if slide.example is not None:
            w.load_example(example_by_key(slide.example))
        else:
            w.clear_example()
        w.controller.set_state(slide.explorer)
        if slide.explorer.entered is not None:
            w.entry.set_text(", ".join(f"{v:g}" for v in slide.explorer.entered))
        w.show_mnist_panel(slide.mnist)
        self._show_view(slide)
        spin = w.mnist_panel.digit_view.index_spin
        if slide.mnist and slide.digit is not None and slide.digit < spin.maximum():
            spin.setValue(slide.digit + 1)
        for part, action in self.hide_actions.items():
            with QSignalBlocker(action):
                action.setChecked(part in slide.hidden)
        self.question, self.prompt, self.answer_text, self.note = slide.question, slide.prompt, slide.answer, slide.note
        self.bar.guess.clear()  # the class guesses anew

    def _show_view(self, slide: Slide) -> None:
        """The slide's view (an older deck's: the default).  A slide keeps the
        explorer's view only while the panel was closed or on its training
        page (``current_view``), so with the panel open that page comes back too."""
        view = slide.view or DEFAULT_VIEW
        if view in EXPLORER_VIEWS and slide.mnist:
            self.window.show_view(MNIST_VIEWS[0])
        self.window.show_view(view)

    def show_deck(self, slides: tuple[Slide, ...]) -> None:
        """A lesson's deck, opened: a lesson of one state has none; a deck starts on its first slide, covered."""
        self.slides, self.index = list(slides), 0
        if self.slides:
            self.go_to(0)
            self.set_on(True)
        else:
            self.question, self.prompt, self.answer_text, self.note = None, "", "", ""
            self._show_bar()

    def deck(self) -> tuple[Slide, ...]:
        return tuple(self.slides)
