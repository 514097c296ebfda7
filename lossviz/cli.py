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


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lossviz", description="See what a neural network's loss function measures.")
    parser.add_argument("--version", action="version", version=f"LossViz {__version__}")
    parser.add_argument("--screenshot", metavar="PATH", help="render the main window to a PNG offscreen and exit")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH", help="window size for --screenshot (default 1600x900)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.screenshot:
        # No display is needed to render a picture.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from lossviz.app import save_screenshot

        save_screenshot(args.screenshot, *args.size)
        print(args.screenshot)
        return 0
    from lossviz.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
