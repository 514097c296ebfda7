"""The ``lossviz`` command line: parsing and dispatch.

Qt is imported only once the arguments are understood (``lossviz.cli.render``),
so ``--help`` and a bad argument answer at once, and the picture-making
options can choose the offscreen platform before Qt starts.  Every path is
checked before work begins (``lossviz.cli.checks``), and every refusal is one
line on standard error with exit status 2 (1 for a download that failed).
"""

from __future__ import annotations

import sys

from lossviz.cli.checks import CommandError, check_paths
from lossviz.cli.parser import build_parser
from lossviz.names import LESSON_SUFFIX


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0].lower().endswith(LESSON_SUFFIX) and not argv[0].startswith("-"):
        # ``lossviz lesson.lossviz``: how a file manager opens a lesson (the desktop entry's %f).
        argv = ["--open", *argv]
    args = build_parser().parse_args(argv)
    try:
        check_paths(args)
        return _dispatch(args)
    except CommandError as error:
        print(error.line(args.command), file=sys.stderr, flush=True)
        return error.status
    except OSError as error:
        # A file or folder the checks could not foresee (it changed meanwhile,
        # a disk filled up): the system's reason, not a traceback.
        print(CommandError(error).line(args.command), file=sys.stderr, flush=True)
        return 1 if args.command == "download" else 2


def _dispatch(args) -> int:
    if args.command == "download":
        from lossviz.cli.download import download_command

        return download_command(args)
    if args.command in ("train", "evaluate"):
        from lossviz.cli import train

        return train.train_command(args) if args.command == "train" else train.evaluate_command(args)
    if args.command in ("compare", "predict"):
        return _dispatch_digit_commands(args)
    from lossviz.cli import render

    if args.lesson and (args.export or args.screenshot):
        _check_lesson(args.lesson)
    if args.self_test:
        return render.self_test()
    if args.export:
        return render.export(args)
    if args.screenshot:
        return render.screenshot(args)
    return render.window(args)


def _dispatch_digit_commands(args) -> int:
    """The slowdown experiment, and digits read from image files."""
    if args.command == "compare":
        from lossviz.cli.compare import compare_command

        return compare_command(args)
    from lossviz.cli.predict import predict_command

    return predict_command(args)


def _check_lesson(path: str) -> None:
    """A picture of a lesson that cannot be opened would be a picture of something else."""
    from lossviz.lesson import LessonError, load_lesson

    try:
        load_lesson(path)
    except LessonError as error:
        raise CommandError(error) from None


if __name__ == "__main__":
    sys.exit(main())
