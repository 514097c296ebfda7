"""Every menu and action of the main window, declared once, in order.

The menu bar, its submenus and the toolbar's buttons are built from this
table (``lossviz.ui.actions.builder``), so their order is the table's, never
the order in which the helpers that handle the actions were made.  Within a
menu, entries keep the table's order and a separator falls between groups.
Texts are English source strings with their translation context; the
builder translates them, and again on every language change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from lossviz import quiz
from lossviz.explorer import MAX_CLASSES
from lossviz.names import EXPORT_TARGETS, MNIST_VIEWS, VIEWS

#: A text to translate: (context, English source).
Source = tuple[str, str]
Key = QKeySequence.StandardKey | str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Source:
    """Mark ``source`` for translation in ``context`` (pyside6-lupdate looks
    for this name); kept as the pair the builder translates."""
    return context, source


@dataclass(frozen=True)
class MenuSpec:
    id: str
    title: Source
    parent: str | None = None  # a submenu's menu; None: the menu bar
    group: int = 0


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: Source | str  # a plain str is shown as it is, in every language
    group: int = 0
    shortcuts: tuple[Key, ...] = ()
    #: A key the widgets handle themselves: shown beside the text, in the
    #: language's own name for it, without becoming a shortcut.
    menu_key: str | None = None
    tooltip: Source | None = None
    icon_text: Source | None = None  # a toolbar button's shorter text
    fill: tuple[object, ...] = ()  # values for the text's %1…
    checkable: bool = False
    checked: bool = False
    enabled: bool = True
    exclusive: str | None = None  # the radio group of a checkable action
    #: Also the window's own action: its key works while the menu bar is hidden or the menu closed.
    window_wide: bool = False
    toolbar: int | None = None  # its place among the toolbar's buttons
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole
    toggles: bool = False  # the handler takes the new checked state (toggled), else nothing (triggered)


_EXPORT_TEXTS: dict[str, Source] = {
    "window": QT_TRANSLATE_NOOP("ExportActions", "Whole window…"),
    "probabilities": QT_TRANSLATE_NOOP("ExportActions", "Plot: output y against target t…"),
    "log-loss": QT_TRANSLATE_NOOP("ExportActions", "Plot: loss of the correct class's y…"),
    "gradients": QT_TRANSLATE_NOOP("ExportActions", "Plot: gradients…"),
    "loss-curve": QT_TRANSLATE_NOOP("ExportActions", "Plot: MNIST training loss…"),
    "accuracy": QT_TRANSLATE_NOOP("ExportActions", "Plot: MNIST accuracy…"),
}

_THEME_TEXTS: dict[str, Source] = {
    "light": QT_TRANSLATE_NOOP("Presentation", "Light (for projectors)"),
    "dark": QT_TRANSLATE_NOOP("Presentation", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Presentation", "High contrast"),
}

#: Each view's name in the View menu and on its tab, and its key: Alt and
#: the view's place (Alt+1 the losses … Alt+9), free in every menu and
#: widget (the menus' mnemonics are letters); a new view takes the next.
VIEW_TEXTS: dict[str, tuple[Source, str]] = {
    "losses": (QT_TRANSLATE_NOOP("Views", "Losses"), "Alt+1"),
    "chain": (QT_TRANSLATE_NOOP("Views", "Softmax chain"), "Alt+2"),
    "derivation": (QT_TRANSLATE_NOOP("Views", "Derivation ∂E/∂z"), "Alt+3"),
    "training": (QT_TRANSLATE_NOOP("Views", "Training"), "Alt+4"),
    "experiment": (QT_TRANSLATE_NOOP("Views", "Why cross-entropy?"), "Alt+5"),
    "draw": (QT_TRANSLATE_NOOP("Views", "Draw a digit"), "Alt+6"),
    "mistakes": (QT_TRANSLATE_NOOP("Views", "Mistakes"), "Alt+7"),
    "weights": (QT_TRANSLATE_NOOP("Views", "Inside the network"), "Alt+8"),
}

#: Each language under its own name, in its own script: never translated, so each reader finds their own.
LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "ko": "한국어"}

# -- Quiz: predict, then reveal (lossviz.ui.actions.quiz) ---------------------------------
#: What quiz mode can hide, each a checkable entry.
QUIZ_HIDE_TEXTS: dict[str, Source] = {
    quiz.LOSS_VALUES: QT_TRANSLATE_NOOP("QuizMode", "Loss values"),
    quiz.PROBABILITIES: QT_TRANSLATE_NOOP("QuizMode", "Plot: output y against target t"),
    quiz.LOG_LOSS: QT_TRANSLATE_NOOP("QuizMode", "Plot: loss of the correct class's y"),
    quiz.GRADIENTS: QT_TRANSLATE_NOOP("QuizMode", "Plot: gradients"),
    quiz.DIGIT_ANSWER: QT_TRANSLATE_NOOP("QuizMode", "The network's answer for the validation digit"),
    quiz.DRAWING_ANSWER: QT_TRANSLATE_NOOP("QuizMode", "The network's answer for the drawing"),
}
# Page Down, Page Up and B are a presenter clicker's keys.  They are the
# quiz's only while quiz mode is on (the actions are enabled then): outside
# it Page Up and Page Down move the selected slider's logit by 1, as before.
QUIZ_ACTIONS: tuple[ActionSpec | MenuSpec, ...] = (
    ActionSpec("quiz.mode", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Quiz mode"), 0, ("F7",),
               tooltip=QT_TRANSLATE_NOOP("QuizMode", "Hide the chosen parts while the class guesses, then reveal them (F7)"),
               checkable=True, window_wide=True, toggles=True),
    MenuSpec("quiz.hide", QT_TRANSLATE_NOOP("QuizMode", "Hide in quiz mode"), parent="quiz", group=0),
    *(ActionSpec(f"quiz.hide.{part}", "quiz.hide", text, checkable=True, checked=part == quiz.LOSS_VALUES, toggles=True)
      for part, text in QUIZ_HIDE_TEXTS.items()),
    ActionSpec("quiz.reveal", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Reveal the next part, then the next slide"), 1, ("PgDown",),
               icon_text=QT_TRANSLATE_NOOP("QuizMode", "Reveal ▶"), enabled=False, window_wide=True),
    ActionSpec("quiz.back", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Back: hide the last part again, then the previous slide"), 1,
               ("PgUp",), icon_text=QT_TRANSLATE_NOOP("QuizMode", "◀ Back"), enabled=False, window_wide=True),
    ActionSpec("quiz.reveal_all", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Reveal all, or hide all again"), 1, ("B",),
               enabled=False, window_wide=True),
    MenuSpec("quiz.questions", QT_TRANSLATE_NOOP("QuizMode", "Built-in questions"), parent="quiz", group=2),
    *(ActionSpec(f"quiz.question.{question.key}", "quiz.questions", (quiz.CONTEXT, question.prompt)) for question in quiz.QUESTIONS),
    ActionSpec("quiz.own", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Write your own question…"), 2),
    ActionSpec("slide.add", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Add this as a slide"), 3),
    ActionSpec("slide.remove", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Remove this slide"), 3),
    ActionSpec("slide.next", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Next slide"), 3),
    ActionSpec("slide.previous", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Previous slide"), 3),
    ActionSpec("quiz.note", "quiz", QT_TRANSLATE_NOOP("QuizMode", "Teacher's note window"), 3,
               tooltip=QT_TRANSLATE_NOOP("QuizMode", "The slide's note in a small window of its own, for the laptop's screen"),
               checkable=True, toggles=True),
)

# -- The teacher's settings: T, ε and the Advanced strip (lossviz.ui.explorer.view.ExplorerView.setting_handlers) --
# Lecture keys like R, N and P: single letters no other action, menu mnemonic
# (those take Alt) or widget uses; a text field or spin box with the focus
# keeps the letters typed into it.  T for the temperature, E for ε; Shift goes down.
LECTURE_SETTING_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("temperature.raise", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Raise the temperature T"), 3, ("T",),
               window_wide=True),
    ActionSpec("temperature.lower", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Lower the temperature T"), 3, ("Shift+T",),
               window_wide=True),
    ActionSpec("smoothing.raise", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "More label smoothing ε"), 3, ("E",),
               window_wide=True),
    ActionSpec("smoothing.lower", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Less label smoothing ε"), 3, ("Shift+E",),
               window_wide=True),
    ActionSpec("advanced", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Show or hide the Advanced strip"), 3, ("A",),
               tooltip=QT_TRANSLATE_NOOP("LectureKeys", "The temperature T, label smoothing ε and the more losses, under the Losses (A)"),
               window_wide=True),
)

#: The menu bar's menus, left to right.
MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("LossExplorerWindow", "&File")),
    MenuSpec("view", QT_TRANSLATE_NOOP("LossExplorerWindow", "&View")),
    MenuSpec("explorer", QT_TRANSLATE_NOOP("LossExplorerWindow", "&Explorer")),
    MenuSpec("quiz", QT_TRANSLATE_NOOP("QuizMode", "&Quiz")),  # its entries: QUIZ_ACTIONS, below
    MenuSpec("help", QT_TRANSLATE_NOOP("LossExplorerWindow", "&Help")),
)

#: Every action, and each submenu where it sits in its menu.
ACTIONS: tuple[ActionSpec | MenuSpec, ...] = (
    # File: the lesson, then what leaves the app, then Quit.
    ActionSpec("lesson.open", "file", QT_TRANSLATE_NOOP("LessonActions", "&Open lesson…"), 0,
               (QKeySequence.StandardKey.Open,), window_wide=True),
    ActionSpec("lesson.save", "file", QT_TRANSLATE_NOOP("LessonActions", "&Save lesson"), 0,
               (QKeySequence.StandardKey.Save,), window_wide=True),
    ActionSpec("lesson.save_as", "file", QT_TRANSLATE_NOOP("LessonActions", "Save lesson &as…"), 0,
               (QKeySequence.StandardKey.SaveAs,), window_wide=True),
    ActionSpec("lesson.keep_weights", "file", QT_TRANSLATE_NOOP("LessonActions", "Keep the trained network in saved lessons"), 0,
               tooltip=QT_TRANSLATE_NOOP("LessonActions", "Save the MNIST network's weights with the lesson, so it opens trained"),
               checkable=True, checked=True, window_wide=True),
    MenuSpec("export", QT_TRANSLATE_NOOP("ExportActions", "&Export for slides"), parent="file", group=1),
    *(ActionSpec(f"export.{name}", "export", text, shortcuts=("Ctrl+E",) if name == "window" else ())
      for name, text in _EXPORT_TEXTS.items()),
    ActionSpec("export.copy", "file", QT_TRANSLATE_NOOP("ExportActions", "Copy the numbers as text"), 1, ("Ctrl+Shift+C",),
               tooltip=QT_TRANSLATE_NOOP("ExportActions", "The output vector, the target and every loss, for a worksheet")),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("LossExplorerWindow", "&Quit"), 2, (QKeySequence.StandardKey.Quit,),
               role=QAction.MenuRole.QuitRole),
    # View: presentation and zoom, the MNIST panel, the language.
    ActionSpec("present", "view", QT_TRANSLATE_NOOP("Presentation", "Presentation mode"), 0, ("F5",),
               tooltip=QT_TRANSLATE_NOOP("Presentation", "Full screen, large text and thick lines for a projector (F5; Esc leaves)"),
               icon_text=QT_TRANSLATE_NOOP("Presentation", "Present"),  # short, so it fits a laptop's toolbar
               checkable=True, window_wide=True, toolbar=1, toggles=True),  # before the optional buttons: never in the overflow
    # Esc belongs to dialogs and menus while not presenting.
    ActionSpec("present.leave", "view", QT_TRANSLATE_NOOP("Presentation", "Leave presentation mode"), 0, ("Esc",),
               enabled=False, window_wide=True),
    ActionSpec("zoom.in", "view", QT_TRANSLATE_NOOP("Presentation", "Zoom in"), 0, (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
               window_wide=True),
    ActionSpec("zoom.out", "view", QT_TRANSLATE_NOOP("Presentation", "Zoom out"), 0, (QKeySequence.StandardKey.ZoomOut,),
               window_wide=True),
    ActionSpec("zoom.reset", "view", QT_TRANSLATE_NOOP("Presentation", "Actual size (100%)"), 0, ("Ctrl+0",), window_wide=True),
    MenuSpec("theme", QT_TRANSLATE_NOOP("Presentation", "Theme"), parent="view", group=0),
    *(ActionSpec(f"theme.{key}", "theme", text, checkable=True, exclusive="theme") for key, text in _THEME_TEXTS.items()),
    # Plots only, for the projector: F6 again brings the rest back.
    ActionSpec("focus", "view", QT_TRANSLATE_NOOP("Views", "Plots only"), 0, ("F6",),
               tooltip=QT_TRANSLATE_NOOP("Views", "Only the plots, as large as they can be (F6 again shows the rest)"),
               checkable=True, window_wide=True, toggles=True),
    ActionSpec("mnist", "view", QT_TRANSLATE_NOOP("LossExplorerWindow", "Train on MNIST"), 1, ("Ctrl+M",),
               tooltip=QT_TRANSLATE_NOOP("LossExplorerWindow", "Show or hide the panel that trains a network on MNIST (Ctrl+M)"),
               checkable=True, toolbar=2, toggles=True),
    # The slowdown experiment at once: its page, started confidently wrong (F8: a key free in every widget).
    ActionSpec("experiment.run", "view", QT_TRANSLATE_NOOP("Views", "Why cross-entropy? Run the experiment"), 1, ("F8",),
               tooltip=QT_TRANSLATE_NOOP("Views", "Train two networks from the same confidently wrong start, one with "
                                                  "cross-entropy and one with squared error, and watch which learns (F8)"),
               icon_text=QT_TRANSLATE_NOOP("Views", "Why cross-entropy?"), window_wide=True, toolbar=3),
    # The views: the explorer's numbers (one checked) and the MNIST panel's pages (one checked).
    *(ActionSpec(f"view.{key}", "view", text, 3, (key_name,), checkable=True,
                 exclusive="mnist-view" if key in MNIST_VIEWS else "explorer-view", window_wide=True)
      for key, (text, key_name) in VIEW_TEXTS.items()),
    MenuSpec("language", QT_TRANSLATE_NOOP("LanguageMenu", "&Language"), parent="view", group=2),
    *(ActionSpec(f"language.{code}", "language", name, checkable=True, exclusive="language") for code, name in LANGUAGE_NAMES.items()),
    # Explorer: the lecture keys (lossviz.ui.actions.lecture_keys).
    ActionSpec("reset", "explorer", QT_TRANSLATE_NOOP("LossExplorerWindow", "Reset"), 0, ("Ctrl+R", "R"),
               tooltip=QT_TRANSLATE_NOOP("LossExplorerWindow", "Every logit back to 0: the uniform answer of an untrained network (Ctrl+R)"),
               toolbar=0),
    MenuSpec("target", QT_TRANSLATE_NOOP("LectureKeys", "Correct class"), parent="explorer", group=0),
    *(ActionSpec(f"target.{digit}", "target", QT_TRANSLATE_NOOP("LectureKeys", "Class %1"), shortcuts=(str(digit),), fill=(digit,),
                 window_wide=True) for digit in range(MAX_CLASSES)),
    ActionSpec("class.previous", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Select the class above"), 1, menu_key="Up"),
    ActionSpec("class.next", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Select the class below"), 1, menu_key="Down"),
    ActionSpec("logit.raise", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Raise the selected logit"), 1, menu_key="Right"),
    ActionSpec("logit.lower", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Lower the selected logit"), 1, menu_key="Left"),
    ActionSpec("example.next", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Next worked example"), 2, ("N",), window_wide=True),
    ActionSpec("example.previous", "explorer", QT_TRANSLATE_NOOP("LectureKeys", "Previous worked example"), 2, ("P",),
               window_wide=True),
    *LECTURE_SETTING_ACTIONS,
    *QUIZ_ACTIONS,
    # Help.
    ActionSpec("explain", "help", QT_TRANSLATE_NOOP("LossExplorerWindow", "What am I looking at?"), 0,
               (QKeySequence.StandardKey.HelpContents,)),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("LossExplorerWindow", "&About LossViz"), 0, role=QAction.MenuRole.AboutRole),
)

assert set(_EXPORT_TEXTS) == set(EXPORT_TARGETS), "an export target without its menu entry"
assert tuple(VIEW_TEXTS) == VIEWS, "a view without its menu entry and key"
