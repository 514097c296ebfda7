"""The slowdown experiment's words: the note that names squared error's
plateau while it lasts and says why in one sentence (and says something
else once it ends, or if there never was one), a line on how the networks
started, and a line on the moment shown in the loss explorer.

Every text is made afresh from the record in ``retranslate()``, so a
language change mid-run says the same in the new language.

Cheap while the experiment runs (the texts change with every update): a
text is set only when it changed, and the two lines are placed by hand,
not by a layout, in room kept during a run (``keep_room``) for the
longest they can say at this width (``_room``): a new text, a new phase or a number growing a
digit never makes Qt lay out the window again, nor moves the plots below
mid-run.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from lossviz.mnist.experiment import CONFIDENTLY_WRONG, DEFAULT_START
from lossviz.names import TRAINING_LOSSES
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill
from lossviz.ui.mnist.experiment_record import ENDED, NO_PLATEAU, PLATEAU, WAITING, ExperimentRecord
from lossviz.ui.mnist.training_plots import loss_name

#: Between the start line and the note (a layout's spacing).
SPACING = 6


def _percent(fraction: float) -> str:
    return "–" if not math.isfinite(fraction) else f"{100 * fraction:.1f}%"


def _epochs(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


class ExperimentNotes(Retranslated, QWidget):
    """``note_label``: the plateau; ``start_label``: the start and progress;
    ``moment_label`` (laid out by the view, beside the digit): the explorer's moment."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.note_label = QLabel()
        self.start_label = QLabel()
        self.moment_label = QLabel()
        for label in (self.note_label, self.start_label, self.moment_label):
            label.setWordWrap(True)
        self.note_label.setMargin(6)
        self.start_label.setParent(self)
        self.note_label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._tinted_as: tuple | None = None
        self._record = ExperimentRecord()
        self._shown = None
        self._finished = False
        self._error: str | None = None
        self._moment: tuple | None = None
        self._moment_problem: bool | None = None
        self._rooms: dict[int, int] = {}  # by width: the height the longest texts take
        self._keep_room = False
        self._measure = QLabel()  # lays out texts that are not shown, to measure them
        self._measure.setWordWrap(True)
        self.phase = WAITING
        style.tint(self.start_label, style.MUTED)
        style.tint(self.moment_label, style.MUTED)

    def apply_look(self, _look: style.Look) -> None:
        self._rooms.clear()  # another font size
        self._tinted_as = None  # the theme's colours, afresh
        self._tint()
        self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _set_text(self, label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
            self._place()

    def _place(self) -> None:
        """The start line above the note, each as tall as its wrapped text
        at this width; this widget's height changes only when theirs do."""
        width, top = max(self.width(), 1), 0
        for label in (self.start_label, self.note_label):
            height = label.heightForWidth(width) if label.text() else 0
            height = max(height, 0) or (label.sizeHint().height() if label.text() else 0)
            if label.geometry().getRect() != (0, top, width, height):
                label.setGeometry(0, top, width, height)
            top += height + (SPACING if height else 0)
        # Before a run only what is said: no blank room under the invitation to press Train.
        top = max(top - SPACING, self._room(width) if self._keep_room else 0)
        if top != self.height() or self.minimumHeight() != top:
            self.setFixedHeight(top)

    def keep_room(self, on: bool) -> None:
        """From a run's start to its reset: room for the longest texts (``_room``)."""
        if on != self._keep_room:
            self._keep_room = on
            self._place()

    def _room(self, width: int) -> int:
        """The height of the longest start line and note at ``width``: every
        phase's note, with numbers as wide as they get."""
        if width not in self._rooms:
            if len(self._rooms) > 8:
                self._rooms.clear()
            starts = [self._start_text(start, 99999, 99999, 1.0, dict.fromkeys(TRAINING_LOSSES, 1.0), True)
                      for start in (CONFIDENTLY_WRONG, DEFAULT_START)]
            notes = [self._note_text(phase, 1.0, 9.99e6, 99.99) for phase in (WAITING, PLATEAU, ENDED, NO_PLATEAU)]
            heights = []
            for texts, label in ((starts, self.start_label), (notes, self.note_label)):
                self._measure.setFont(label.font())
                self._measure.setMargin(label.margin())
                heights.append(max(self._measured(text, width) for text in texts))
            self._rooms[width] = sum(heights) + SPACING
        return self._rooms[width]

    def _measured(self, text: str, width: int) -> int:
        self._measure.setText(text)
        height = self._measure.heightForWidth(width)
        return height if height > 0 else self._measure.sizeHint().height()

    def show_record(self, record: ExperimentRecord, shown, finished: bool = False) -> None:
        self._record, self._shown, self._finished, self._error = record, shown, finished, None
        self._show_note()

    def show_error(self, text: str) -> None:
        self._error = text
        self._show_note()

    def show_moment(self, record: ExperimentRecord | None, loss: str | None = None, step: int = 0,
                    digit: Callable[[], str] = str) -> None:
        """The moment in the explorer: the digit (``digit()`` names it in the
        current language) after ``step`` batches of ``loss``'s network."""
        self._moment = None if record is None else (loss, step, digit)
        self._moment_problem = None
        self._show_moment()

    def show_moment_unavailable(self, no_explorer: bool) -> None:
        self._moment_problem = no_explorer
        self._show_moment()

    def retranslate(self) -> None:
        self._rooms.clear()  # other words
        self._show_note()
        self._show_moment()

    def _show_note(self) -> None:
        record = self._record
        self.phase = record.phase()
        self._set_text(self.note_label, self._error or self._note_text(
            self.phase, record.squared_error_accuracy(), record.gradient_ratio(), record.plateau_ended_at or 0.0))
        accuracies = {loss: n.validation_accuracy[-1] for loss, n in record.networks.items() if n.validation_accuracy}
        self._set_text(self.start_label, self._start_text(record.start, record.steps, record.steps_per_epoch * record.epochs,
                                                          record.start_accuracy, accuracies, self._finished))
        self._tint()

    def _tint(self) -> None:
        on_plateau = self.phase == PLATEAU and not self._error
        tinted_as = (bool(self._error), on_plateau)
        if tinted_as != self._tinted_as:  # a new palette repaints: only when the colours change
            self._tinted_as = tinted_as
            style.tint(self.note_label, style.ERROR_FG if self._error else None, style.WARNING_BG if on_plateau else None)

    def _note_text(self, phase: str, accuracy: float, ratio: float, ended_at: float) -> str:
        """The note for ``phase``: squared error's validation ``accuracy``,
        cross-entropy's recent gradient ``ratio`` to it, where its plateau ``ended_at``."""
        if phase == WAITING:
            return self.tr("Press Train: two networks start from the same weights and learn from the very same batches, "
                           "one with cross-entropy, the other with squared error.")
        if phase == PLATEAU:
            return fill(self.tr(
                "Plateau: the squared error's network is stuck at %1 validation accuracy, its gradient at the outputs %2 times "
                "smaller than cross-entropy's. Why: through the softmax its gradient carries the factors yⱼ(δⱼₖ − yₖ), which "
                "vanish when y saturates near 0 or 1, while cross-entropy's gradient y − t stays large exactly when the answer "
                "is wrong."), _percent(accuracy), f"{ratio:,.0f}")
        if phase == ENDED:
            return fill(self.tr(
                "The plateau ended at epoch %1: the squared error's softmax is no longer saturated, so its gradient has grown "
                "and its network learns (now %2 validation accuracy)."),
                _epochs(ended_at), _percent(accuracy))
        return self.tr("No plateau: neither network's softmax is saturated, so both losses give gradients large enough "
                       "to learn. Start confidently wrong to see the difference.")

    def _start_text(self, start: str, steps: int, total: int, start_accuracy: float, accuracies: dict[str, float],
                    finished: bool) -> str:
        """How the networks started, how far they are, and each one's latest validation accuracy (by loss)."""
        if not math.isfinite(start_accuracy):
            return self.tr("Why cross-entropy? The same network, the same data, two losses.")
        started = (self.tr("Started confidently wrong (one output's bias raised by 12)") if start == CONFIDENTLY_WRONG
                   else self.tr("Started as initialised"))
        now = ", ".join(fill(self.tr("%1: %2"), loss_name(loss), _percent(accuracy)) for loss, accuracy in accuracies.items())
        progress = fill(self.tr("%1: batch %2 of %3, validation accuracy %4 at the start"), started, steps, total,
                        _percent(start_accuracy))
        return progress + (fill(self.tr("; now %1"), now) if now else "") + (self.tr(" (finished)") if finished else "")

    def _show_moment(self) -> None:
        if self._moment_problem is not None:
            text = (self.tr("No loss explorer is connected to this view.") if self._moment_problem
                    else self.tr("Nothing to show yet: the digits' outputs are recorded while the experiment runs "
                                 "(a lesson's curves do not keep them)."))
        elif self._moment is None:
            text = self.tr("Click a moment on any curve to see this digit's output then, in the loss explorer, "
                           "from the network whose curve you clicked.")
        else:
            loss, step, name = self._moment
            digit, record = name(), self._record
            if step == 0:
                text = fill(self.tr("In the explorer: %1, as both networks answered at the start."), digit)
            else:
                text = fill(self.tr("In the explorer: %1, as the %2 network answered after batch %3 (epoch %4). "
                                    "Moving anything in the explorer lets go."),
                            digit, loss_name(loss), step, _epochs(step / record.steps_per_epoch))
        if self.moment_label.text() != text:
            self.moment_label.setText(text)

