"""The ``lossviz`` command: parsing and dispatch (``main``), the headless
MNIST commands (``train``, ``evaluate``, ``download``) and the ones that
draw (the window, ``--screenshot``, ``--export``, ``--self-test``), which
import Qt only once they run."""

from lossviz.cli.main import main
from lossviz.cli.parser import build_parser

__all__ = ["build_parser", "main"]
