"""Test settings that must hold before Qt is imported anywhere.

The suite runs headless on any machine: Qt's offscreen platform, PySide6 for
pyqtgraph, and a fixed English locale so no test depends on the user's.
"""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"
