"""The ``lossviz`` command's arguments: every option and subcommand with
its help, built without Qt so that ``--help`` and a bad argument answer at once."""

from __future__ import annotations

import argparse
import math
import re

from lossviz import __version__, quiz
from lossviz.mnist.experiment import CONFIDENTLY_WRONG, EXPERIMENT_EPOCHS, STARTS, WRONG_BIAS
from lossviz.mnist.training import TrainingConfig
from lossviz.names import BATCH_RANGE, EPOCHS_RANGE, EXPORT_TARGETS, HIDDEN_RANGE, LANGUAGES, PICTURE_VIEWS, SEED_RANGE, THEMES, TRAINING_LOSSES
from lossviz.worked_examples import WORKED_EXAMPLES, known_key

#: Each side of a picture, in pixels: from an icon's size to 8K.  Without a
#: bound, 99999x99999 asks Qt for a 40 GB image and the process dies.
SIDE_RANGE = (16, 7680)
#: Digits read at most: int() of a thousands-digit string is slow, and no
#: setting here needs more.
MAX_DIGITS = 9
#: ``lossviz evaluate --worst``: at most this many digits listed.
MAX_WORST = 100000


VIEW_HELP = ("the view to show, also for --screenshot and --export: the explorer's numbers as losses (the default), chain "
             "(the softmax chain in numbers) or derivation (∂E/∂z step by step); training, experiment (why cross-entropy?), draw, mistakes "
             "and weights open that page of the MNIST panel (View menu, Alt+1…); quiz starts quiz mode on a built-in question (--quiz)")

QUIZ_HELP = ("with --view quiz (which it implies), the built-in question to ask: " + ", ".join(q.key for q in quiz.QUESTIONS)
             + f" (default: {quiz.QUESTIONS[0].key})")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(rf"\s*(\d{{1,{MAX_DIGITS}}})\s*[xX×]\s*(\d{{1,{MAX_DIGITS}}})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, got {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    low, high = SIDE_RANGE
    if not (low <= width <= high and low <= height <= high):
        raise argparse.ArgumentTypeError(f"each side must be {low} to {high} pixels, got {width}x{height}")
    return width, height


def _whole_number(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high``, inclusive."""

    def parse(text: str) -> int:
        stripped = text.strip()
        if not re.fullmatch(rf"[+-]?\d{{1,{MAX_DIGITS}}}", stripped):
            raise argparse.ArgumentTypeError(f"must be a whole number from {low} to {high}, got {text!r}")
        value = int(stripped)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {low} to {high}, got {value}")
        return value

    return parse


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text!r}")
    return value


class _Parser(argparse.ArgumentParser):
    """Refuses a bad argument in one line, as every other refusal is made
    (the usage, many lines long, is one ``--help`` away); exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lossviz", description="See what a neural network's loss function measures.",
                                     epilog="lossviz LESSON.lossviz opens a saved lesson, as --open does.")
    parser.add_argument("--version", action="version", version=f"LossViz {__version__}")
    parser.add_argument("--screenshot", metavar="PATH", help="render the main window to a PNG offscreen and exit")
    parser.add_argument("--export", metavar="PATH.png|PATH.svg",
                        help="render the window or one plot (--plot) offscreen to a PNG at 2x or an SVG, and exit")
    parser.add_argument("--plot", choices=EXPORT_TARGETS, default="window", help="what --export draws (default: the whole window)")
    # An old key (seed000-wrong) is read as its tutorial… key before the choices are checked.
    parser.add_argument("--example", choices=[e.key for e in WORKED_EXAMPLES], metavar="KEY",
                        type=lambda key: known_key(key) or key,
                        help="show a tutorial's worked example first: "
                        + ", ".join(e.key for e in WORKED_EXAMPLES) + " (the old seed… keys work too)")
    parser.add_argument("--open", metavar="LESSON.lossviz", dest="lesson",
                        help="start on a saved lesson (File > Save lesson); with --screenshot or --export, draw it")
    parser.add_argument("--mnist", action="store_true", help="open with the MNIST training panel shown")
    parser.add_argument("--view", choices=PICTURE_VIEWS, default=None, help=VIEW_HELP)
    parser.add_argument("--quiz", choices=[q.key for q in quiz.QUESTIONS], metavar="KEY", default=None, help=QUIZ_HELP)
    parser.add_argument("--presentation", action="store_true",
                        help="presentation mode: full screen, large text, thick lines (F5 in the window)")
    parser.add_argument("--theme", choices=THEMES, default=None,
                        help="colours for this run: light (for projectors), dark or high-contrast")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="the interface's language for this run: English, Japanese or Korean (default: the one last chosen "
                        "under View > Language, else the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen (resources, bundled data, one training step, the window, translations) and exit")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH",
                        help=f"the window's size, also for --screenshot and --export, each side {SIDE_RANGE[0]} to {SIDE_RANGE[1]} (default 1600x900)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands (without one, the window opens)")

    download = commands.add_parser("download", help="fetch full MNIST (70,000 images) into the user's data directory")
    download.add_argument("--to", metavar="DIR", help="put the files here instead of the user's data directory")

    train = commands.add_parser("train", help="train the MNIST network headless; one JSON line per epoch")
    train.add_argument("--data", default="bundled", metavar="bundled|full|DIR",
                       help="the bundled 5,000-image subset (default), downloaded full MNIST, or a folder of IDX files")
    defaults = TrainingConfig()
    train.add_argument("--epochs", type=_whole_number(*EPOCHS_RANGE), default=defaults.epochs, metavar="N",
                       help=f"passes over the training images, {EPOCHS_RANGE[0]} to {EPOCHS_RANGE[1]} (default: %(default)s)")
    train.add_argument("--hidden", type=_whole_number(*HIDDEN_RANGE), default=defaults.hidden, metavar="H",
                       help=f"hidden units, {HIDDEN_RANGE[0]} to {HIDDEN_RANGE[1]} (default: %(default)s)")
    train.add_argument("--lr", type=_positive_number, default=defaults.lr, metavar="LR", help="learning rate (default: %(default)s)")
    train.add_argument("--batch", type=_whole_number(*BATCH_RANGE), default=defaults.batch, metavar="B",
                       help=f"mini-batch size, {BATCH_RANGE[0]} to {BATCH_RANGE[1]} (default: %(default)s)")
    train.add_argument("--loss", choices=TRAINING_LOSSES, default=defaults.loss,
                       help="ce: cross-entropy, sse: sum of squared error (default: %(default)s)")
    train.add_argument("--seed", type=_whole_number(*SEED_RANGE), default=defaults.seed, metavar="S",
                       help=f"random seed, {SEED_RANGE[0]} to {SEED_RANGE[1]} (default: %(default)s)")
    train.add_argument("--save", metavar="MODEL.npz", help="save the trained weights (npz, no pickle)")

    evaluate = commands.add_parser("evaluate", help="print the accuracy of saved weights as one JSON line")
    evaluate.add_argument("model", metavar="MODEL.npz")
    evaluate.add_argument("--data", default="bundled", metavar="bundled|full|DIR",
                          help="the data to measure on (default: the bundled subset's validation part)")
    _add_mistakes_options(evaluate)
    _add_compare(commands)
    _add_predict(commands)
    return parser


def _add_mistakes_options(evaluate) -> None:
    evaluate.add_argument("--confusion", action="store_true",
                          help='add "confusion": 10 rows of 10 counts, row = the true digit, column = the prediction')
    evaluate.add_argument("--worst", type=_whole_number(0, MAX_WORST), default=0, metavar="N",
                          help=f'add "worst": the N digits with the largest loss (--worst-by), 0 to {MAX_WORST} (default: %(default)s)')
    evaluate.add_argument("--worst-by", choices=TRAINING_LOSSES, default=TRAINING_LOSSES[0],
                          help="rank --worst by ce: cross-entropy, or sse: sum of squared error; they rank differently (default: %(default)s)")


def _add_compare(commands) -> None:
    compare = commands.add_parser("compare", help="the slowdown experiment: cross-entropy against squared error from the "
                                  "same weights on the same batches; one JSON line per epoch")
    compare.add_argument("--start", choices=STARTS, default=CONFIDENTLY_WRONG,
                         help="the networks' start: as initialised, or one class's output bias raised by "
                         f"{WRONG_BIAS:g} so every digit is called that class (default: %(default)s)")
    compare.add_argument("--data", default="bundled", metavar="bundled|full|DIR",
                         help="the bundled 5,000-image subset (default), downloaded full MNIST, or a folder of IDX files")
    defaults = TrainingConfig()
    compare.add_argument("--epochs", type=_whole_number(*EPOCHS_RANGE), default=EXPERIMENT_EPOCHS, metavar="N",
                         help=f"passes over the training images, {EPOCHS_RANGE[0]} to {EPOCHS_RANGE[1]} (default: %(default)s); "
                         "the learning rate falls along a cosine over them, as in the window")
    compare.add_argument("--seed", type=_whole_number(*SEED_RANGE), default=defaults.seed, metavar="S",
                         help=f"random seed, {SEED_RANGE[0]} to {SEED_RANGE[1]} (default: %(default)s)")
    compare.add_argument("--hidden", type=_whole_number(*HIDDEN_RANGE), default=defaults.hidden, metavar="H",
                         help=f"hidden units, {HIDDEN_RANGE[0]} to {HIDDEN_RANGE[1]} (default: %(default)s)")
    compare.add_argument("--lr", type=_positive_number, default=defaults.lr, metavar="LR", help="learning rate (default: %(default)s)")
    compare.add_argument("--batch", type=_whole_number(*BATCH_RANGE), default=defaults.batch, metavar="B",
                         help=f"mini-batch size, {BATCH_RANGE[0]} to {BATCH_RANGE[1]} (default: %(default)s)")


def _add_predict(commands) -> None:
    predict = commands.add_parser("predict", help="read digits from image files (PNG, JPEG, any size, dark ink on light "
                                  "paper or the reverse) with saved weights; one JSON line per image")
    predict.add_argument("images", nargs="+", metavar="IMAGE")
    predict.add_argument("--model", required=True, metavar="MODEL.npz", help="weights saved by lossviz train --save")
    predict.add_argument("--label", type=_whole_number(0, 9), metavar="K",
                         help="the digit the images should be: adds both losses (cross-entropy and sum of squared error)")
