"""Settings for the whole suite, free of Qt so that the core and MNIST
tests run where only numpy is installed (``pytest tests/core tests/mnist``).

The environment is set before anything imports Qt: the offscreen platform,
PySide6 for pyqtgraph, a fixed English locale, and data and settings
folders of the suite's own, so no test depends on the user's files or ever
changes them.  The Qt fixtures are ``tests/helpers/qt.py``, taken in by the
conftest of each folder whose tests draw.
"""

import atexit
import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

_HOME = tempfile.mkdtemp(prefix="lossviz-tests-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ.pop("LOSSVIZ_MNIST_MIRRORS", None)
