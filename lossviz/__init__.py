"""LossViz: see what a neural network's loss function measures.

The package is split so that its architecture shows in the folder names:
``losses``, ``explorer`` and ``presets`` are the numpy-only core (importable
and testable with no Qt and no display); ``ui`` is the Qt layer, which only
presents the core's results and forwards the user's input to it.
"""

from importlib import metadata as _metadata

try:
    # The one version string: pyproject.toml, read back from the installed
    # package's metadata (also bundled into frozen builds).
    __version__ = _metadata.version("lossviz")
except _metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
