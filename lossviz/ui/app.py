"""Building the Qt application and its main window.

``create_window()`` returns the main window built but not shown, with no
event loop started: the tests, the ``--screenshot`` option and outside
checks all use it.  ``run()`` is what the ``lossviz`` command does.
"""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from lossviz import ui  # noqa: F401  (binds pyqtgraph to PySide6 before it is imported)
from lossviz.explorer import ExplorerState
from lossviz.resources import resource_path
from lossviz.ui.actions.lesson_actions import FileOpenRelay
from lossviz.ui.common import i18n, settings_store, style
from lossviz.ui.main_window import LossExplorerWindow

#: Base font size in points: larger than desktop defaults, for a projector.
BASE_POINT_SIZE = 11


def application(lang: str | None = None) -> QApplication:
    """The one QApplication, created on first use and configured once; its
    language ``lang`` (``--lang``), else the one chosen last time, else the
    system's.  The tests' QApplication keeps English unless ``lang`` is given."""
    app = QApplication.instance()
    if app is not None and lang is not None:
        i18n.install_language(app, lang)
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("LossViz")
        app.setOrganizationName("LossViz")
        app.setDesktopFileName("lossviz")
        settings_store.use_ini_files()
        # Fusion draws every widget from the palette, on every platform: the
        # themes (lossviz.ui.actions.presentation) then look the same everywhere.
        app.setStyle("Fusion")
        app.setPalette(style.palette(style.theme()))
        app.setWindowIcon(QIcon(str(resource_path("icons", "lossviz.svg"))))
        font = QFont(app.font())
        font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
        app.setFont(font)
        # Antialiasing is turned on per item, for curves and markers only:
        # bars, axes and grid lines are straight and cost more with it.
        pg.setConfigOptions(antialias=False, background="w", foreground="k")
        i18n.install_language(app, lang or i18n.stored_language() or i18n.system_language())
    return app


def create_window(state: ExplorerState | None = None, lang: str | None = None, restore: bool = False) -> LossExplorerWindow:
    """The main window; with ``restore`` (the app, not a picture or a test)
    it starts from the settings file and writes the user's changes back."""
    application(lang)
    window = LossExplorerWindow(state)
    if restore:
        window.keep_settings(settings_store.store())
    return window


#: The window's size when none is given (``--size``).
DEFAULT_SIZE = (1600, 900)


def run(mnist: bool = False, presentation: bool = False, theme: str | None = None, lang: str | None = None,
        lesson: str | None = None, example: str | None = None, size: tuple[int, int] = DEFAULT_SIZE, view: str | None = None,
        question: str | None = None) -> int:
    """The ``lossviz`` command: the window as the options ask, then Qt's event
    loop.  ``theme`` and ``lang`` hold for this run only (the settings file
    keeps the user's own); ``example`` is shown as if chosen from the menu."""
    app = application(lang)
    window = create_window(restore=True)
    FileOpenRelay(window.lessons, window)
    _prepare(window, *size, mnist, example, presentation, theme, lesson, picture=False, view=view, question=question)
    return app.exec()


def _prepare(window, width: int, height: int, mnist: bool, example: str | None, presentation: bool, theme: str | None,
             lesson: str | None = None, picture: bool = True, view: str | None = None, question: str | None = None) -> None:
    """The window at width × height with what the options ask for, as the
    window opens (``picture=False``) and as --screenshot and --export draw it.

    One code path for both, so an option the pictures honour cannot be
    forgotten by the window.  A picture of a lesson that cannot be opened
    would be a picture of something else: refused; the window says why over
    itself and goes on.  ``view`` "quiz" starts quiz mode on built-in
    question ``question`` (the bank's first by default; a key not in it
    raises KeyError naming the bank's keys)."""
    from lossviz import quiz
    from lossviz.names import QUIZ_VIEW
    from lossviz.worked_examples import example_by_key

    if theme:
        window.presentation.set_theme(theme)
    window.resize(width, height)
    window.show()
    window.show_mnist_panel(mnist)
    if lesson and not window.lessons.open_from(lesson) and picture:
        raise OSError(window.lessons.message_box.text())
    if example:
        window.load_example(example_by_key(example))
    if view == QUIZ_VIEW:
        window.quiz.start(question or quiz.QUESTIONS[0].key)
    elif view:  # after the lesson's own view: the option is asked for now
        window.show_view(view)
    # A picture's size stands for the screen: presentation mode's look, not full screen.
    window.presentation.set_presenting(presentation, full_screen=not picture)
    if picture:
        # The size stands for the screen, as full screen would hold it: the
        # zoomed fonts' first layout may grow the window past it, and Qt
        # never shrinks a window back by itself.
        QApplication.processEvents()
        window.resize(width, height)
        if window.mnist_dock.isVisible() and window.mnist_view == "mistakes":
            window.pages.count_mistakes_now()  # a picture cannot wait for the worker: the shown network's, counted here
        QApplication.processEvents()


def save_screenshot(path: str, width: int, height: int, mnist: bool = False, example: str | None = None,
                    presentation: bool = False, theme: str | None = None, lang: str | None = None, lesson: str | None = None,
                    view: str | None = None, question: str | None = None) -> None:
    """Render the main window at width × height to a PNG, with no display."""
    application(lang)
    window = create_window()
    _prepare(window, width, height, mnist, example, presentation, theme, lesson, view=view, question=question)
    if not window.grab().save(path):
        raise OSError(f"could not write the screenshot to {path}")
    window.close()  # which also stops the MNIST panel's threads


def export_picture(path: str, width: int, height: int, plot: str = "window", mnist: bool = False, example: str | None = None,
                   presentation: bool = False, theme: str | None = None, lang: str | None = None, lesson: str | None = None,
                   view: str | None = None, question: str | None = None) -> None:
    """Export the window at width × height, or one of its plots (``--export``)."""
    from lossviz.ui.actions.export_actions import export_target
    from lossviz.ui.common.export import export_widget

    application(lang)
    window = create_window()
    try:
        _prepare(window, width, height, mnist or plot in ("loss-curve", "accuracy"), example, presentation, theme, lesson, view=view,
                 question=question)
        export_widget(export_target(window, plot), path)
    finally:
        window.close()
