"""What the MNIST panel says in words: the status line with the message
under it, and the one-line summary of a session's settings.

Each text is kept as how to say it (a function, a core Message), not as
the words, so that a language change says it again in the new language.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from lossviz.messages import Message
from lossviz.mnist.datasets import Dataset
from lossviz.mnist.session import TrainingSession
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill, translated
from lossviz.ui.mnist.download_worker import DownloadWorker
from lossviz.ui.mnist.training_plots import loss_name
from lossviz.ui.mnist.training_worker import Progress


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wrapped text must not set the panel's width
    return label


class SessionStatus(Retranslated, QWidget):
    """The status line and, under it, a message (an error, a divergence),
    with a Details… button when there is more to it than one line.

    Interface: ``say(text)``, ``show_message(message, details)``,
    ``show_download(worker, in_session)``; for a session,
    ``begin(session)``, ``record(progress)`` and ``show_session(finished)``,
    and ``step``, the batches done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = _wrapping_label()
        self.message_label = _wrapping_label()
        style.tint(self.message_label, style.ERROR_FG)
        self.message_label.hide()
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        self.details_dialog: QDialog | None = None
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addLayout(message_row)
        self._status: Callable[[], str] = str
        self._message: object = None
        self._details: Callable[[], str] | None = None
        self._session: TrainingSession | None = None
        self.step = 0
        self._last_losses: dict[str, float] = {}
        self._epochs_done: dict[str, object] = {}
        self._diverged_at: dict[str, int] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("Everything that went wrong, in full"))
        self.say(self._status)
        self.show_message(self._message, self._details)

    def say(self, text: Callable[[], str]) -> None:
        """The status line from ``text()``, which is called again on a language change."""
        self._status = text
        shown = text()
        self.status_label.setText(shown)
        self.status_label.setVisible(bool(shown))  # an empty line would take the plots' height

    def show_message(self, message: object, details: Callable[[], str] | None = None) -> None:
        """A message under the status, or none (None or ""): a function
        giving the text, or a core Message or exception, translated;
        ``details()``, if given, is what the Details… button shows."""
        self._message = message or None
        text = "" if message is None or message == "" else message() if callable(message) else translated(message)
        self._details = details if text else None
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.details_button.setVisible(self._details is not None)

    def show_details(self) -> None:
        """The message's details in a dialog of their own, to read, scroll and copy."""
        if self._details is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Details"))
        text = QPlainTextEdit(self._details())
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.message_label.text()))
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(dialog.fontMetrics().averageCharWidth() * 90, dialog.fontMetrics().height() * 20)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal; the event loop (a training run) goes on
        self.details_dialog = dialog

    def show_download(self, worker: DownloadWorker, in_session: bool) -> None:
        """How the download of full MNIST ended (``in_session``: it cannot be chosen until a reset)."""
        if worker.cancelled:
            self.say(lambda: self.tr("Download cancelled; what arrived is kept, and the next download goes on from there."))
        elif worker.error:
            # One line on screen (the full list names every file at every mirror: a screenful of URLs); the rest on demand.
            self.show_message(lambda problems=worker.problems: self._download_headline(problems),
                              lambda problems=worker.problems: fill(self.tr("Full MNIST could not be downloaded:\n%1"),
                                                                    "\n\n".join(translated(problem) for problem in problems)))
        elif in_session:
            self.say(lambda: self.tr("Full MNIST downloaded. Reset, then choose it under Data."))
        else:
            self.say(lambda: self.tr("Full MNIST downloaded and checked."))

    def _download_headline(self, problems: list[object]) -> str:
        """The one most useful reason a download failed: no connection at
        all, the one thing every mirror answered, or the first problem."""
        attempts = [why for problem in problems for why in _reasons_per_mirror(problem)]
        if attempts and all(isinstance(why, Message) and why.template.startswith("could not connect") for why in attempts):
            return self.tr("Full MNIST was not downloaded: no connection to any mirror. Is this computer online?")
        answers = {translated(why) for why in attempts}
        if len(answers) == 1:
            return fill(self.tr("Full MNIST was not downloaded: every mirror answered “%1”."), answers.pop())
        first = translated(attempts[0]) if attempts else translated(problems[0]) if problems else ""
        return fill(self.tr("Full MNIST was not downloaded: %1"), _first_line(first))

    def begin(self, session: TrainingSession | None) -> None:
        """A new session (None: none) whose progress ``record`` will tally."""
        self._session = session
        self.step = 0
        losses = session.losses if session is not None else ()
        self._last_losses = {loss: math.nan for loss in losses}
        self._epochs_done = {loss: None for loss in losses}
        self._diverged_at = {}

    def record(self, progress: Progress) -> None:
        """Tally what the session did since the last progress, and say any divergence."""
        session = self._session
        for index, loss in enumerate(session.losses):
            if progress.steps[index]:
                self.step = max(self.step, progress.steps[index][-1])
                self._last_losses[loss] = progress.losses[index][-1]
        for index, report in progress.epochs:
            self._epochs_done[session.losses[index]] = report
        for index, report in progress.diverged:
            self._diverged_at[session.losses[index]] = report.step
            self.step = max(self.step, report.step)  # the batch that diverged ran, though it sent no loss
            # In compare mode, say which of the two networks it was; the other goes on.
            who = session.losses[index] if len(session.losses) > 1 else None
            self.show_message(lambda who=who, reason=report.reason: (f"{loss_name(who).capitalize()}: " if who else "") + translated(reason))

    def show_session(self, finished: bool = False) -> None:
        """Where the session is, and each loss with its latest validation accuracy."""
        if self._session is not None:
            self.say(lambda session=self._session: self._session_text(session, finished))

    def _session_text(self, session: TrainingSession, finished: bool) -> str:
        lines = [self._where(session, finished) + " · " + fill(self.tr("batch %1 of %2"), f"{self.step:,}", f"{session.total_steps:,}")]
        for loss in session.losses:
            if loss in self._diverged_at:
                # Its last batch's loss is not the smoothed loss the message under it names: say only that it stopped.
                lines.append(fill(self.tr("%1: diverged, stopped at batch %2"), loss_name(loss), f"{self._diverged_at[loss]:,}"))
                continue
            text = fill(self.tr("%1: loss %2"), loss_name(loss), f"{self._last_losses[loss]:.4f}")
            report = self._epochs_done[loss]
            if report is not None:
                text += fill(self.tr(", validation accuracy %1%"), f"{100 * report.validation_accuracy:.1f}")
            lines.append(text)
        verdict = self._which_learned_more(session)
        if verdict:
            lines.append(verdict)
        return "\n".join(lines)

    def _where(self, session: TrainingSession, finished: bool) -> str:
        if self._diverged_at and len(self._diverged_at) == len(session.losses):
            return self.tr("Stopped: the training diverged")
        if finished:
            return self.tr("Finished")
        epochs = session.config.epochs
        return fill(self.tr("Epoch %1 of %2"), min(epochs, self.step // session.steps_per_epoch + 1), epochs)

    def _which_learned_more(self, session: TrainingSession) -> str:
        """In compare mode, once both networks have finished an epoch: which
        one gets more validation digits right (their losses are not comparable)."""
        reports = [self._epochs_done[loss] for loss in session.losses]
        if len(reports) < 2 or any(report is None for report in reports) or self._diverged_at:
            return ""
        epoch = min(report.epoch for report in reports)
        if any(report.epoch != epoch for report in reports):
            return ""  # one is an epoch ahead: wait until they can be compared
        (first, a), (_second, b) = sorted(zip(session.losses, (r.validation_accuracy for r in reports)), key=lambda pair: -pair[1])
        if f"{100 * a:.1f}" == f"{100 * b:.1f}":
            return fill(self.tr("Both get %1% of the validation digits right (epoch %2)."), f"{100 * a:.1f}", epoch)
        return fill(self.tr("%1 learned more: %2% of the validation digits right, against %3% (epoch %4)."),
                    loss_name(first).capitalize(), f"{100 * a:.1f}", f"{100 * b:.1f}", epoch)


def _reasons_per_mirror(problem: object) -> list[object]:
    """Why each mirror failed, from the download's nested messages (each attempt is "{url}: {why}")."""
    if not isinstance(problem, Message):
        return []
    if problem.template == "{url}: {why}":
        return [problem.values["why"]]
    return [why for value in problem.values.values() for why in _reasons_per_mirror(value)]


def _first_line(text: str, limit: int = 160) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class SessionSummary(Retranslated, QLabel):
    """One line for the settings while they are put away during a session
    (the data they train on under it).  Interface: ``show_session(session, dataset)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._shown: tuple[TrainingSession, Dataset] | None = None

    def retranslate(self) -> None:
        if self._shown is not None:
            self.show_session(*self._shown)

    def show_session(self, session: TrainingSession, dataset: Dataset) -> None:
        self._shown = (session, dataset)
        config = session.config
        losses = " / ".join(loss_name(loss) for loss in session.losses)
        self.setText(fill(self.tr("784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epoch(s) · seed %5", None, config.epochs),
                          config.hidden, losses, f"{config.lr:g}", config.batch, config.seed)
                     + "\n" + translated(dataset.description()))
