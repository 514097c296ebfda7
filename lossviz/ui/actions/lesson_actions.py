"""File > Open lesson, Save lesson, Save lesson as: the whole lesson in one
``.lossviz`` file (``lossviz.lesson``), and back.

A lesson is what the class sees: the explorer's sliders or typed vector,
the target, the mode, the worked example, the MNIST panel's settings and
data, and the trained network if there is one.  Opening a file that cannot
be used shows why in a message box and changes nothing; opening a good one
replaces the lesson on screen (a training run is stopped first).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lossviz.lesson import SUFFIX, Lesson, LessonError, load_lesson, save_lesson
from lossviz.ui.common.i18n import translated
from lossviz.worked_examples import example_by_key

translate = QCoreApplication.translate  # not a QObject: no tr() of its own


class FileOpenRelay(QObject):
    """Opens the lesson a desktop hands over as a QFileOpenEvent (macOS's
    Finder does, instead of passing the file on the command line)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.lessons.open_from(event.file())
            return True
        return super().eventFilter(watched, event)


class LessonActions:
    def __init__(self, window) -> None:
        self.window = window
        #: The file the lesson was last opened from or saved to (Save writes there).
        self.path: Path | None = None
        #: The last refusal shown (a window-modal box, not blocking the event loop).
        self.message_box: QMessageBox | None = None
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.ask_and_open)
        self.save_action = QAction(window)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction(window)
        self.save_as_action.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.save_as_action.triggered.connect(self.ask_and_save)
        self.weights_action = QAction(window, checkable=True, checked=True)
        menu, first = window.file_menu, window.file_menu.actions()[0] if window.file_menu.actions() else None
        for action in (self.open_action, self.save_action, self.save_as_action, self.weights_action):
            menu.insertAction(first, action)
            window.addAction(action)
        menu.insertSeparator(first)
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.retranslate()

    def retranslate(self) -> None:
        self.open_action.setText(translate("LessonActions", "&Open lesson…"))
        self.save_action.setText(translate("LessonActions", "&Save lesson"))
        self.save_as_action.setText(translate("LessonActions", "Save lesson &as…"))
        self.weights_action.setText(translate("LessonActions", "Keep the trained network in saved lessons"))
        self.weights_action.setToolTip(translate("LessonActions", "Save the MNIST network's weights with the lesson, so it opens trained"))

    def _filter(self) -> str:
        return translate("LessonActions", "LossViz lessons (*%1)").replace("%1", SUFFIX)

    # -- the lesson on screen ----------------------------------------------------

    def current_lesson(self) -> Lesson:
        """The lesson the window shows (training settings that are not valid
        now are saved as they were last valid: the settings file's)."""
        window, panel = self.window, self.window.mnist_panel
        try:
            training = panel.training_params()
        except ValueError:
            training = window.settings.settings.training if window.settings else Lesson().training
        weights = panel.trained_network() if self.weights_action.isChecked() else None
        if weights is not None and weights.w1.shape[1] != training.hidden:  # the fields were edited after training
            training = replace(training, hidden=weights.w1.shape[1])
        return Lesson(explorer=window.controller.state, example=window.example.key if window.example else None,
                      training=training, data=panel.data_spec, weights=weights)

    def show_lesson(self, lesson: Lesson) -> None:
        window, panel = self.window, self.window.mnist_panel
        panel.show_training_params(lesson.training)
        if not panel.use_data(lesson.data):
            window.statusBar().showMessage(translate("LessonActions", "The lesson's data is not on this computer; the MNIST panel "
                                                                     "keeps its own."), 8000)
        if lesson.weights is not None:
            panel.show_trained_network(lesson.weights)
        if lesson.example is not None:
            window.load_example(example_by_key(lesson.example))
        else:
            window.clear_example()
        window.controller.set_state(lesson.explorer)
        if lesson.explorer.entered is not None:
            window.entry.set_text(", ".join(f"{v:g}" for v in lesson.explorer.entered))

    # -- files -------------------------------------------------------------------

    def open_from(self, path: str | Path) -> bool:
        """Open a lesson file; a bad one is refused with a message and nothing changes."""
        try:
            lesson = load_lesson(path)
        except LessonError as error:
            self._refuse(translate("LessonActions", "The lesson was not opened"), translated(error))
            return False
        self.show_lesson(lesson)
        self._now_at(Path(path), translate("LessonActions", "Opened %1"))
        return True

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            save_lesson(path, self.current_lesson())
        except OSError as error:
            self._refuse(translate("LessonActions", "The lesson was not saved"),
                         translate("LessonActions", "%1 could not be written: %2").replace("%1", str(path)).replace(
                             "%2", error.strerror or str(error)))
            return False
        self._now_at(path, translate("LessonActions", "Saved %1"))
        return True

    def save(self) -> None:
        if self.path is None:
            self.ask_and_save()
        else:
            self.save_to(self.path)

    def ask_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("LessonActions", "Open a lesson"), self._folder, self._filter())
        if path:
            self.open_from(path)

    def ask_and_save(self) -> None:
        suggested = str(self.path or Path(self._folder) / f"lesson{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("LessonActions", "Save the lesson"), suggested, self._filter())
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.save_to(path)

    def _now_at(self, path: Path, what: str) -> None:
        self.path, self._folder = path, str(path.parent)
        self.window.setWindowFilePath(str(path))
        self.window.show_title()
        self.window.statusBar().showMessage(what.replace("%1", path.name), 5000)

    def _refuse(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.open()  # window-modal, and the event loop (a running training, a test) goes on
        self.message_box = box
