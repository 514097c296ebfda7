"""The ``lossviz`` command line.

Qt is imported only once the arguments are understood, so ``--help`` and a
bad argument answer at once, and ``--screenshot`` can choose the offscreen
platform before Qt starts.
"""

from __future__ import annotations

import os
import sys

from lossviz.cli.parser import build_parser
from lossviz.names import LESSON_SUFFIX


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0].lower().endswith(LESSON_SUFFIX) and not argv[0].startswith("-"):
        # ``lossviz lesson.lossviz``: how a file manager opens a lesson (the desktop entry's %f).
        argv = ["--open", *argv]
    args = build_parser().parse_args(argv)
    if args.command == "download":
        from lossviz.cli.download import download_command

        return download_command(args)
    if args.command in ("train", "evaluate"):
        from lossviz.cli import train

        return train.train_command(args) if args.command == "train" else train.evaluate_command(args)
    if args.lesson and (args.export or args.screenshot):
        # A picture of a lesson that cannot be opened would be a picture of something else.
        from lossviz.lesson import LessonError, load_lesson

        try:
            load_lesson(args.lesson)
        except LessonError as error:
            print(f"lossviz: {error}", file=sys.stderr)
            return 2
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from lossviz.cli.self_test import run_self_test

        return run_self_test()
    if args.export:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from lossviz.ui.app import export_picture
        from lossviz.ui.common.export import ExportError

        try:
            export_picture(args.export, *args.size, plot=args.plot, mnist=args.mnist, example=args.example, presentation=args.presentation, theme=args.theme,
                           lang=args.lang, lesson=args.lesson)
        except (ExportError, OSError) as error:
            print(f"lossviz: {error}", file=sys.stderr)
            return 2
        print(args.export)
        return 0
    if args.screenshot:
        # No display is needed to render a picture.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from lossviz.ui.app import save_screenshot

        save_screenshot(args.screenshot, *args.size, mnist=args.mnist, example=args.example, presentation=args.presentation, theme=args.theme,
                        lang=args.lang, lesson=args.lesson)
        print(args.screenshot)
        return 0
    from lossviz.ui.app import run

    return run(mnist=args.mnist, presentation=args.presentation, theme=args.theme, lang=args.lang, lesson=args.lesson)


if __name__ == "__main__":
    sys.exit(main())
