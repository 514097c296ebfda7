"""The interface's language: English, Japanese or Korean, switched while the
app runs.

Qt's own translation system throughout: the widgets' strings go through
``tr()`` (``QCoreApplication.translate`` where there is no QObject), the
core's go through ``lossviz.messages``; their translations are
``resources/translations/lossviz_<code>.ts``, compiled to ``.qm`` by
``tools/update_translations.py``.  Installing a language installs the
app's QTranslator and Qt's own (``qtbase_<code>.qm``: standard buttons, key
names), and Qt then sends every widget a LanguageChange event, on which each
sets its texts again in ``retranslate()``.

English is the source language: it needs no translator.  The choice is kept
in QSettings under ``ui/language``; the first start follows the system's
locale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QStatusBar

from lossviz.messages import Message
from lossviz.names import LANGUAGES
from lossviz.resources import resource_path

SOURCE_LANGUAGE = "en"
#: Where a language needs a font that many Linux installations lack.
_WRITING_SYSTEMS = {"ja": QFontDatabase.WritingSystem.Japanese, "ko": QFontDatabase.WritingSystem.Korean}
_ENGLISH_NAMES = {"ja": "Japanese", "ko": "Korean"}
FONT_PACKAGE = "fonts-noto-cjk"

_installed: list[QTranslator] = []  # kept referenced: a deleted translator uninstalls itself
_current: str | None = None  # None until a language is installed (English's plurals too)


def system_language() -> str:
    """The language for a first start: the system locale's, if it is one of ours."""
    language = QLocale.system().language()
    return {QLocale.Language.Japanese: "ja", QLocale.Language.Korean: "ko"}.get(language, SOURCE_LANGUAGE)


def stored_language() -> str | None:
    """The language chosen last time (View > Language), if any."""
    from lossviz.ui.common.settings_store import store

    return store().settings.language


def remember_language(code: str) -> None:
    from lossviz.ui.common.settings_store import store

    store().remember(language=code)


def current_language() -> str:
    return _current or SOURCE_LANGUAGE


def install_language(app: QCoreApplication, code: str) -> str:
    """Make ``code`` the interface's language; every widget retranslates
    itself before this returns.  Returns the language now in use (English if
    the app's translation file is missing from this installation)."""
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {', '.join(LANGUAGES)}")
    if code == _current:
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        _install_english_plurals(app)
    else:
        try:
            ours = resource_path("translations", f"lossviz_{code}.qm")
        except FileNotFoundError as error:
            print(f"lossviz: {error}; the interface stays in English", file=sys.stderr)
            _install_english_plurals(app)
        else:
            # Qt's own first: the app's, installed last, is searched first.
            qt = QTranslator()
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _installed.append(qt)
            translator = QTranslator()
            if translator.load(str(ours)):
                app.installTranslator(translator)
                _installed.append(translator)
                _current = code
    # Qt posts LanguageChange to the application, which posts it on to each
    # window: deliver both now, so that the window has its new texts when
    # this returns (a screenshot taken next, a test's next line).
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return _current


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """``text``, already translated, with Qt's placeholders %1 … %9 replaced
    by ``values`` in one pass (a value holding "%2" is not filled again).
    Numbers that decide a word's form go through Qt's own plurals instead:
    ``self.tr("%n image(s)", None, n)``, translated per language, and in
    English by ``lossviz_en.qm``'s plural forms."""
    return _PLACEHOLDER.sub(lambda match: str(values[int(match.group(1)) - 1]) if int(match.group(1)) <= len(values) else match.group(0),
                            text)


def _install_english_plurals(app: QCoreApplication) -> None:
    """English is the source language, but "%n image(s)" still needs its
    forms ("1 image", "2 images"): lossviz_en.qm holds only those."""
    translator = QTranslator()
    try:
        loaded = translator.load(str(resource_path("translations", "lossviz_en.qm")))
    except FileNotFoundError:
        loaded = False
    if loaded:
        app.installTranslator(translator)
        _installed.append(translator)


def translated(message: object) -> str:
    """Text from the core in the current language: a ``Message`` (its
    template translated, then filled in), an exception raised with one, or
    anything else as ``str()``."""
    if isinstance(message, BaseException) and len(message.args) == 1 and isinstance(message.args[0], Message):
        message = message.args[0]
    if not isinstance(message, Message):
        return str(message)
    values = {name: translated(value) if isinstance(value, (Message, BaseException)) else value for name, value in message.values.items()}
    try:
        return QCoreApplication.translate(message.context, message.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a mistyped {name}: English rather than nothing
        return message.template.format(**values)


def missing_font_notice(code: str, families: list[str] | None = None) -> str | None:
    """A one-line notice when ``code`` needs a font that no installed family
    covers (``families``: those covering its script; asked of Qt if None),
    else None.  In English: without the font the language's own words would
    be the empty boxes the notice warns of."""
    system = _WRITING_SYSTEMS.get(code)
    if system is None:
        return None
    if families is None:
        families = QFontDatabase.families(system)
    if families:
        return None
    return (f"No {_ENGLISH_NAMES[code]} font is installed, so its text shows as empty boxes: install a CJK font "
            f"(Debian/Ubuntu: sudo apt install {FONT_PACKAGE}) and restart LossViz.")


class Retranslated:
    """For a widget with a ``retranslate()`` that sets its texts (the
    ``Retranslatable`` contract): Qt's LanguageChange event, sent to every
    widget when a translator is installed, calls it.  The one way a widget
    follows the language; the window's actions follow it through their
    table (``lossviz.ui.actions.builder``).  Put it before the Qt class in
    the bases."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguageMenu:
    """What View > Language does: English, 日本語, 한국어, one checked.
    Choosing one switches at once and is remembered for the next start.
    The menu and its actions are the window's action table's; ``show_current``
    runs after each of its retranslations."""

    def __init__(self, actions: Mapping[str, QAction], status_bar: Callable[[], QStatusBar]) -> None:
        #: Each language's action, by its code.
        self.actions = dict(actions)
        self._status_bar = status_bar  # asked only when there is a notice: a main window's status bar takes room
        self._notice: str | None = None

    def handlers(self) -> dict[str, Callable]:
        return {f"language.{code}": lambda c=code: self.choose(c) for code in self.actions}

    def choose(self, code: str) -> None:
        remember_language(code)
        install_language(QCoreApplication.instance(), code)
        self.show_current()  # also when the language was already in use

    def show_current(self) -> None:
        """The language in use checked, and the notice if its font is missing."""
        code = current_language()
        self.actions[code].setChecked(True)
        self._show_font_notice(missing_font_notice(code))

    def _show_font_notice(self, notice: str | None) -> None:
        if notice == self._notice:
            return
        bar = self._status_bar()
        if notice:
            bar.showMessage(notice)
        elif bar.currentMessage() == self._notice:
            bar.clearMessage()
        self._notice = notice
