"""File > Open lesson, Save lesson, Save lesson as: the whole lesson in one
``.lossviz`` file (``lossviz.lesson``), and back.

A lesson is what the class sees: the explorer's sliders or typed vector,
the target, the mode, the worked example, the MNIST panel's settings and
data, and the trained network if there is one, with the loss and accuracy
curves of its training; the drawn digit and the slowdown experiment's curves.  Opening a file that cannot
be used shows why in a message box and changes nothing; opening a good one
replaces the lesson on screen (a training run is stopped first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lossviz.lesson import SUFFIX, Lesson, LessonError, load_lesson, save_lesson
from lossviz.lesson_pages import drawing_bytes, drawing_image, kept_experiment
from lossviz.names import DEFAULT_VIEW
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.actions.host import ShowsLessons
from lossviz.ui.common.i18n import fill, translated
from lossviz.ui.common.settings_store import SettingsStore
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.probability_entry import ProbabilityEntry
from lossviz.ui.mnist.pages import MnistPages
from lossviz.ui.mnist.panel import MnistPanel
from lossviz.worked_examples import example_by_key


class FileOpenRelay(QObject):
    """Opens the lesson a desktop hands over as a QFileOpenEvent (macOS's
    Finder does, instead of passing the file on the command line)."""

    def __init__(self, lessons: LessonActions, parent: QObject) -> None:
        super().__init__(parent)
        self.lessons = lessons
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.lessons.open_from(event.file())
            return True
        return super().eventFilter(watched, event)


# Not a QObject, so no tr() of its own: QCoreApplication.translate("LessonActions", …) keeps the texts' context.
class LessonActions:
    """What File > Open, Save and Save as do (the menu: ``table.py``)."""

    def __init__(self, window: ShowsLessons, dialog_parent: QWidget, controller: ExplorerController, panel: MnistPanel,
                 entry: ProbabilityEntry, actions: MenuActions) -> None:
        self.window = window
        self.dialog_parent = dialog_parent
        self.controller = controller
        self.panel = panel
        self.entry = entry
        #: The settings file, when the window keeps its settings there.
        self.settings: SettingsStore | None = None
        #: The file the lesson was last opened from or saved to (Save writes there).
        self.path: Path | None = None
        #: The last refusal shown (a window-modal box, not blocking the event loop).
        self.message_box: QMessageBox | None = None
        self.open_action = actions["lesson.open"]
        self.save_action = actions["lesson.save"]
        self.save_as_action = actions["lesson.save_as"]
        self.weights_action = actions["lesson.keep_weights"]
        #: The deck's slides, to save, and where an opened lesson's go (quiz mode's; none without it).
        self.deck: Callable[[], tuple] = tuple
        self.deck_shown: Callable[[tuple], None] = lambda slides: None
        #: The MNIST dock's pages: the drawing and the experiment's curves to save, and where an opened lesson's go.
        self.pages: MnistPages | None = None
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def handlers(self) -> dict[str, Callable]:
        return {"lesson.open": self.ask_and_open, "lesson.save": self.save, "lesson.save_as": self.ask_and_save}

    def _filter(self) -> str:
        return fill(QCoreApplication.translate("LessonActions", "LossViz lessons (*%1)"), SUFFIX)

    # -- the lesson on screen ----------------------------------------------------

    def current_lesson(self) -> Lesson:
        """The lesson the window shows (training settings that are not valid
        now are saved as they were last valid: the settings file's)."""
        window, panel = self.window, self.panel
        try:
            training = panel.training_params()
        except ValueError:
            training = self.settings.settings.training if self.settings else Lesson().training
        weights = panel.trained_network() if self.weights_action.isChecked() else None
        if weights is not None and weights.w1.shape[1] != training.hidden:  # the fields were edited after training
            training = replace(training, hidden=weights.w1.shape[1])
        # The curves go with the network they trained: a lesson without it shows the untrained one and no curves.
        history = panel.training_history() if weights is not None else None
        lesson = Lesson(explorer=self.controller.state, example=window.example.key if window.example else None,
                        training=training, data=panel.data_spec, weights=weights, history=history, slides=self.deck(),
                        view=window.current_view())
        if self.pages is None:
            return lesson
        drawing = self.pages.draw_pad.drawing()
        return replace(lesson, drawing=drawing_bytes(drawing) if drawing.any() else None,
                       experiment=kept_experiment(self.pages.experiment.experiment_curves()))

    def show_lesson(self, lesson: Lesson) -> None:
        window, panel = self.window, self.panel
        panel.show_training_params(lesson.training)
        if not panel.use_data(lesson.data):
            window.statusBar().showMessage(QCoreApplication.translate("LessonActions", "The lesson's data is not on this computer; the MNIST panel "
                                                                     "keeps its own."), 8000)
        if lesson.weights is not None:
            panel.show_trained_network(lesson.weights)
        if lesson.history is not None:
            panel.show_training_history(lesson.history)
        self._show_pages(lesson)  # before the explorer's state: the drawing's answer would replace it
        if lesson.example is not None:
            window.load_example(example_by_key(lesson.example))
        else:
            window.clear_example()
        self.controller.set_state(lesson.explorer)
        if lesson.explorer.entered is not None:
            self.entry.set_text(", ".join(f"{v:g}" for v in lesson.explorer.entered))
        window.show_view(lesson.view or DEFAULT_VIEW)
        self.deck_shown(lesson.slides)  # after the lesson's view: a deck's first slide shows its own

    def _show_pages(self, lesson: Lesson) -> None:
        if self.pages is None:
            return
        if lesson.drawing is not None:
            self.pages.draw_pad.show_drawing(drawing_image(lesson.drawing))
        else:
            self.pages.draw_pad.clear()
        if lesson.experiment is not None:
            self.pages.experiment.show_experiment_curves(lesson.experiment)
        else:
            self.pages.experiment.reset()

    # -- files -------------------------------------------------------------------

    def open_from(self, path: str | Path) -> bool:
        """Open a lesson file; a bad one is refused with a message and nothing changes."""
        try:
            lesson = load_lesson(path)
        except LessonError as error:
            self._refuse(QCoreApplication.translate("LessonActions", "The lesson was not opened"), translated(error))
            return False
        self.show_lesson(lesson)
        self._now_at(Path(path), QCoreApplication.translate("LessonActions", "Opened %1"))
        return True

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            save_lesson(path, self.current_lesson())
        except OSError as error:
            self._refuse(QCoreApplication.translate("LessonActions", "The lesson was not saved"),
                         fill(QCoreApplication.translate("LessonActions", "%1 could not be written: %2"), path, error.strerror or str(error)))
            return False
        self._now_at(path, QCoreApplication.translate("LessonActions", "Saved %1"))
        return True

    def save(self) -> None:
        if self.path is None:
            self.ask_and_save()
        else:
            self.save_to(self.path)

    def ask_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, QCoreApplication.translate("LessonActions", "Open a lesson"), self._folder, self._filter())
        if path:
            self.open_from(path)

    def ask_and_save(self) -> None:
        suggested = str(self.path or Path(self._folder) / f"lesson{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, QCoreApplication.translate("LessonActions", "Save the lesson"), suggested, self._filter())
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.save_to(path)

    def _now_at(self, path: Path, what: str) -> None:
        self.path, self._folder = path, str(path.parent)
        self.window.show_lesson_path(path)
        self.window.statusBar().showMessage(fill(what, path.name), 5000)

    def _refuse(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.dialog_parent)
        box.open()  # window-modal, and the event loop (a running training, a test) goes on
        self.message_box = box
