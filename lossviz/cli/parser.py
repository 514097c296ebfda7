"""The ``lossviz`` command's arguments: every option and subcommand with
its help, built without Qt so that ``--help`` and a bad argument answer at once."""

from __future__ import annotations

import argparse
import re

from lossviz import __version__
from lossviz.names import EXPORT_TARGETS, LANGUAGES, THEMES, TRAINING_LOSSES
from lossviz.worked_examples import WORKED_EXAMPLES


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
    parser.add_argument("--theme", choices=THEMES, default=None,
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
    train.add_argument("--loss", choices=TRAINING_LOSSES, default=None, help="cross-entropy or sum of squared error")
    train.add_argument("--seed", type=int, default=None, metavar="S")
    train.add_argument("--save", metavar="MODEL.npz", help="save the trained weights (npz, no pickle)")

    evaluate = commands.add_parser("evaluate", help="print the accuracy of saved weights as one JSON line")
    evaluate.add_argument("model", metavar="MODEL.npz")
    evaluate.add_argument("--data", default="bundled", metavar="bundled|full|DIR",
                          help="the data to measure on (default: the bundled subset's validation part)")
    return parser
