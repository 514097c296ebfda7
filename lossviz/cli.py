"""The ``lossviz`` command line.

Qt is imported only once the arguments are understood, so ``--help`` and a
bad argument answer at once, and ``--screenshot`` can choose the offscreen
platform before Qt starts.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

from lossviz import __version__
from lossviz.messages import LANGUAGES
from lossviz.presets import WORKED_EXAMPLES

#: What --export can draw, by name (lossviz.ui.export_actions maps each to
#: its widget; named here so that --help needs no Qt).
#: A lesson file's suffix (lossviz.lesson.SUFFIX, named here so that --help needs nothing else).
LESSON_SUFFIX = ".lossviz"
EXPORT_TARGETS = ("window", "probabilities", "log-loss", "gradients", "loss-curve", "accuracy")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lossviz", description="See what a neural network's loss function measures.",
                                     epilog="lossviz LESSON.lossviz opens a saved lesson, as --open does.")
    parser.add_argument("--version", action="version", version=f"LossViz {__version__}")
    parser.add_argument("--screenshot", metavar="PATH", help="render the main window to a PNG offscreen and exit")
    parser.add_argument("--export", metavar="PATH.png|PATH.svg",
                        help="render the window or one plot (--plot) offscreen to a PNG at 2x or an SVG, and exit")
    parser.add_argument("--plot", choices=EXPORT_TARGETS, default="window", help="what --export draws (default: the whole window)")
    parser.add_argument("--example", choices=[e.key for e in WORKED_EXAMPLES], metavar="KEY",
                        help="show a seed's worked example first (with --export or --screenshot): "
                        + ", ".join(e.key for e in WORKED_EXAMPLES))
    parser.add_argument("--open", metavar="LESSON.lossviz", dest="lesson",
                        help="start on a saved lesson (File > Save lesson); with --screenshot or --export, draw it")
    parser.add_argument("--mnist", action="store_true", help="open with the MNIST training panel shown")
    parser.add_argument("--presentation", action="store_true",
                        help="presentation mode: full screen, large text, thick lines (F5 in the window)")
    parser.add_argument("--theme", choices=("light", "dark", "high-contrast"), default=None,
                        help="colours for this run: light (for projectors), dark or high-contrast")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="the interface's language for this run: English, Japanese or Korean (default: the one last chosen "
                        "under View > Language, else the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen (resources, bundled data, one training step, the window, translations) and exit")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH", help="window size for --screenshot (default 1600x900)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands (without one, the window opens)")

    download = commands.add_parser("download", help="fetch full MNIST (70,000 images) into the user's data directory")
    download.add_argument("--to", metavar="DIR", help="put the files here instead of the user's data directory")

    train = commands.add_parser("train", help="train the MNIST network headless; one JSON line per epoch")
    train.add_argument("--data", default="bundled", metavar="bundled|full|DIR",
                       help="the bundled 5,000-image subset (default), downloaded full MNIST, or a folder of IDX files")
    train.add_argument("--epochs", type=int, default=None, metavar="N")
    train.add_argument("--hidden", type=int, default=None, metavar="H", help="hidden units")
    train.add_argument("--lr", type=float, default=None, metavar="LR", help="learning rate")
    train.add_argument("--batch", type=int, default=None, metavar="B", help="mini-batch size")
    train.add_argument("--loss", choices=("ce", "sse"), default=None, help="cross-entropy or sum of squared error")
    train.add_argument("--seed", type=int, default=None, metavar="S")
    train.add_argument("--save", metavar="MODEL.npz", help="save the trained weights (npz, no pickle)")

    evaluate = commands.add_parser("evaluate", help="print the accuracy of saved weights as one JSON line")
    evaluate.add_argument("model", metavar="MODEL.npz")
    evaluate.add_argument("--data", default="bundled", metavar="bundled|full|DIR",
                          help="the data to measure on (default: the bundled subset's validation part)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0].lower().endswith(LESSON_SUFFIX) and not argv[0].startswith("-"):
        # ``lossviz lesson.lossviz``: how a file manager opens a lesson (the desktop entry's %f).
        argv = ["--open", *argv]
    args = build_parser().parse_args(argv)
    if args.command == "download":
        from lossviz.mnist.download import download_command

        return download_command(args)
    if args.command in ("train", "evaluate"):
        from lossviz.mnist import commands

        return commands.train_command(args) if args.command == "train" else commands.evaluate_command(args)
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
        from lossviz.self_test import run_self_test

        return run_self_test()
    if args.export:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from lossviz.app import export_picture
        from lossviz.ui.export import ExportError

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
        from lossviz.app import save_screenshot

        save_screenshot(args.screenshot, *args.size, mnist=args.mnist, example=args.example, presentation=args.presentation, theme=args.theme,
                        lang=args.lang, lesson=args.lesson)
        print(args.screenshot)
        return 0
    from lossviz.app import run

    return run(mnist=args.mnist, presentation=args.presentation, theme=args.theme, lang=args.lang, lesson=args.lesson)


if __name__ == "__main__":
    sys.exit(main())
