"""The command's Qt side: the window, ``--screenshot``, ``--export`` and
``--self-test``.

Qt is imported inside each function, never at module level, so that
``lossviz --help``, ``lossviz train`` and a bad argument never load it; the
ones that make pictures choose Qt's offscreen platform first, as no display
is needed (nor may be present).  Targets are checked by the caller
(``lossviz.cli.checks``) before any of these builds a window.
"""

from __future__ import annotations

import os
import sys

from lossviz.cli.checks import CommandError

#: What Qt's offscreen platform says whenever a window is shown: true, and of
#: no use to someone who asked for a picture.
IGNORED_QT_MESSAGE = "This plugin does not support propagateSizeHints()"


def _offscreen() -> None:
    """Qt's offscreen platform (unless the user chose one) and its one
    meaningless message silenced; every other message still reaches stderr."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if IGNORED_QT_MESSAGE in message:
            return
        # Qt's own handler is not reachable from Python (PySide6 returns None
        # for it), so print as it would: the formatted message, one line.
        print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)


def _view(args) -> str | None:
    """``--quiz KEY`` asks for quiz mode even without ``--view quiz``."""
    return "quiz" if args.quiz and not args.view else args.view


def self_test() -> int:
    _offscreen()
    from lossviz.cli.self_test import run_self_test

    return run_self_test()


def export(args) -> int:
    _offscreen()
    from lossviz.ui.app import export_picture

    try:
        export_picture(args.export, *args.size, plot=args.plot, mnist=args.mnist, example=args.example, presentation=args.presentation,
                       theme=args.theme, lang=args.lang, lesson=args.lesson, view=_view(args), question=args.quiz)
    except OSError as error:  # ExportError is one
        raise CommandError(error) from None
    print(args.export)
    return 0


def screenshot(args) -> int:
    _offscreen()
    from lossviz.ui.app import save_screenshot

    try:
        save_screenshot(args.screenshot, *args.size, mnist=args.mnist, example=args.example, presentation=args.presentation,
                        theme=args.theme, lang=args.lang, lesson=args.lesson, view=_view(args), question=args.quiz)
    except OSError as error:
        raise CommandError(error) from None
    print(args.screenshot)
    return 0


def window(args) -> int:
    from lossviz.cli.platform_check import window_problems

    # Before Qt loads its platform plugin: Qt names one missing library (not
    # always the one missing) and aborts; this names each, with its package.
    problems = window_problems()
    if problems:
        for problem in problems:
            print(f"lossviz: {problem}", file=sys.stderr, flush=True)
        return 2
    from lossviz.ui.app import run

    return run(mnist=args.mnist, presentation=args.presentation, theme=args.theme, lang=args.lang, lesson=args.lesson,
               example=args.example, size=args.size, view=_view(args), question=args.quiz)
