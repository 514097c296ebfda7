"""What quiz mode shows besides its curtains: the bar under the explorer
with the slide counter, the question (then its answer) and the clicker's
two buttons; the teacher's note in a small window of its own; and the
dialog in which a teacher writes a question."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QToolBar, QVBoxLayout, QWidget

from lossviz.deck import MAX_ANSWER_CHARS, MAX_NOTE_CHARS, MAX_PROMPT_CHARS
from lossviz.ui.actions.quiz_reveal import GuessBox
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text is at its own width: Qt's
    guesses a narrow width, and a toolbar would keep three lines' height for one."""

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class QuizBar(Retranslated, QToolBar):
    """Slide counter · question (and, once revealed, the answer) · ◀ Back · Reveal ▶."""

    def __init__(self, back, reveal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz-bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.counter = QLabel()
        self.question = WrappedLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer = WrappedLabel()  # shown once revealed, lighter than the question: the plots keep their height
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.hide()
        self.note = WrappedLabel()  # the teacher's, shown only while not presenting
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        style.tint(self.note, style.MUTED)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(2)
        layout.addWidget(self.question)
        layout.addWidget(self.answer)
        layout.addWidget(self.note)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        #: What the class guessed (shown while a loss value or the −log y plot is hidden on the slide).
        self.guess = GuessBox()
        self.addWidget(self.counter)
        self.addSeparator()
        self.addWidget(column)
        self.guess_action = self.addWidget(self.guess)  # a toolbar's widget is shown and hidden by its action
        self.addAction(back)
        self.addAction(reveal)
        self.apply_look(style.current())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quiz"))
        self.counter.setAccessibleName(self.tr("Slide"))
        self.question.setAccessibleName(self.tr("Question"))

    def apply_look(self, look: style.Look) -> None:
        self.counter.setFont(style.scaled_font(self.font(), 1.2, bold=True))
        self.question.setFont(style.scaled_font(self.font(), 1.3 if look.thick else 1.2, bold=True))
        self.answer.setFont(style.scaled_font(self.font(), 1.1))

    def show_slide(self, number: int, count: int) -> None:
        self.counter.setText(f"{number} / {count}" if count else self.tr("Quiz"))

    def show_question(self, prompt: str, answer: str | None) -> None:
        """The question, and under it the answer once revealed (None: not yet)."""
        self.question.setText(prompt or self.tr("What do you expect? Guess, then reveal."))
        self.answer.setText(answer or "")
        self.answer.setVisible(bool(answer))

    def show_note(self, note: str, visible: bool) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note) and visible)


class NoteWindow(Retranslated, QWidget):
    """The slide's note for the teacher, in a small window to keep on the
    laptop's screen while the projector shows the lesson.  Editing it
    changes the slide's note."""

    edited = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("teacher-note")
        self.text = QPlainTextEdit()
        self.text.textChanged.connect(lambda: self.edited.emit(self.text.toPlainText()[:MAX_NOTE_CHARS]))
        QVBoxLayout(self).addWidget(self.text)
        self.resize(360, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Teacher's note"))
        self.text.setPlaceholderText(self.tr("A note for this slide, for your eyes only"))

    def show_note(self, note: str) -> None:
        if note != self.text.toPlainText():
            self.text.blockSignals(True)
            self.text.setPlainText(note)
            self.text.blockSignals(False)


class OwnQuestionDialog(Retranslated, QDialog):
    """A question of the teacher's own for the slide on screen: the prompt,
    the answer revealed after it, and a note."""

    def __init__(self, parent: QWidget, prompt: str = "", answer: str = "", note: str = "") -> None:
        super().__init__(parent)
        self.prompt = QLineEdit(prompt)
        self.prompt.setMaxLength(MAX_PROMPT_CHARS)
        self.answer = QLineEdit(answer)
        self.answer.setMaxLength(MAX_ANSWER_CHARS)
        self.note = QPlainTextEdit(note)
        self.form = QFormLayout()
        self.form.addRow("", self.prompt)
        self.form.addRow("", self.answer)
        self.form.addRow("", self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your own question"))
        for row, text in enumerate((self.tr("Question:"), self.tr("Answer:"), self.tr("Teacher's note:"))):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)

    def values(self) -> tuple[str, str, str]:
        return self.prompt.text().strip(), self.answer.text().strip(), self.note.toPlainText()[:MAX_NOTE_CHARS]
