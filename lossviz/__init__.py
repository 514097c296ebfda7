"""LossViz: see what a neural network's loss function measures.

The modules here are the core, importable with numpy alone: ``losses`` (the
mathematics), ``explorer`` (what the user set, turned into everything the
window shows), ``worked_examples`` (the tutorials' examples and the numbers
they print), ``names`` (names and limits shared by every layer), the
``lesson`` and ``settings`` file formats, and the plumbing that reads and
writes files safely (``safe_read``, ``ini_file``, ``atomic``), finds
resources (``resources``) and the data folder (``data_folder``), and marks
text for translation (``messages``).

Above the core: ``mnist`` (data, the network and its training), ``ui`` (the
Qt window) and ``cli`` (the ``lossviz`` command); each may import only what
lies below it (pyproject.toml's import-linter contracts).
"""

from importlib import metadata as _metadata

try:
    # The one version string: pyproject.toml, read back from the installed
    # package's metadata (also bundled into frozen builds).
    __version__ = _metadata.version("lossviz")
except _metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
