"""The Qt layer: widgets that present the core's results and forward input.

``common`` holds what every part shares (styles, translation, plot kit,
export, the settings file); ``explorer`` the loss explorer; ``mnist`` the
training panel and its worker threads; ``actions`` what menus, toolbar and
keys do; ``main_window`` puts them together and ``app`` starts it.

PySide6 is imported before pyqtgraph, and pyqtgraph is told to use it, so a
machine that also has PyQt6 installed does not get a mixed-binding window.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6  # noqa: F401  (must come before pyqtgraph)
