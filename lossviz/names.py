"""The names and limits that the core, the window and the command line
share, each written once.

Everything a user can choose by name (a theme, a language, a loss, a
picture to export) and every range a setting is held to lives here, so
that a spin box, a settings file, a lesson file and ``--help`` can never
disagree.  Plain Python: importable by every layer.
"""

from __future__ import annotations

from lossviz.messages import QT_TRANSLATE_NOOP

#: The interface's languages: English (the source language), Japanese and
#: Korean, the languages of the tutorials the app is built from.
LANGUAGES = ("en", "ja", "ko")

#: The colour themes, light first: the default, for projectors.
THEMES = ("light", "dark", "high-contrast")

#: Zoom in percent, outside presentation mode (Ctrl+plus and Ctrl+minus
#: move by one step).
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 250, 10

#: A lesson file's suffix (File > Save lesson; the desktop's file type).
LESSON_SUFFIX = ".lossviz"

#: What ``--export`` and File > Export can draw, by name.
EXPORT_TARGETS = ("window", "probabilities", "log-loss", "gradients", "loss-curve", "accuracy")

#: The losses a network can be trained with, by the key that settings,
#: lesson and model files and ``lossviz train --loss`` use.
CROSS_ENTROPY = "ce"
SQUARED_ERROR = "sse"
TRAINING_LOSSES = (CROSS_ENTROPY, SQUARED_ERROR)
#: The MNIST panel's third choice: one network for each loss, side by side.
COMPARE = "compare"
PANEL_LOSSES = (*TRAINING_LOSSES, COMPARE)

#: Each training loss's name in running text (translated where shown), and
#: the shorter one a plot's title has room for.
LOSS_NAMES = {
    CROSS_ENTROPY: QT_TRANSLATE_NOOP("names", "cross-entropy"),
    SQUARED_ERROR: QT_TRANSLATE_NOOP("names", "sum of squared error"),
}
LOSS_SHORT_NAMES = {
    CROSS_ENTROPY: QT_TRANSLATE_NOOP("names", "cross-entropy"),
    SQUARED_ERROR: QT_TRANSLATE_NOOP("names", "squared error"),
}

#: The MNIST network and its training: the limits of every whole-number
#: setting, inclusive.  The hidden layer's bound keeps a saved model's
#: weights (784 × H floats) a realistic size.
IMAGE_PIXELS, DIGIT_CLASSES = 28 * 28, 10
HIDDEN_RANGE = (1, 4096)
BATCH_RANGE = (1, 60000)
EPOCHS_RANGE = (1, 1000)
SEED_RANGE = (0, 99999)

#: The window's views, by the name ``--view``, a lesson's "view" and the
#: View menu use.  The explorer's numbers area shows one of its views (the
#: losses by default); the MNIST panel shows one of its pages.  A new view
#: adds its key here, its menu entry in lossviz.ui.actions.table (VIEW_TEXTS)
#: and its widget through LossExplorerWindow.add_explorer_view or
#: add_mnist_view.
EXPLORER_VIEWS = ("losses", "chain", "derivation")
MNIST_VIEWS = ("training", "experiment", "draw", "mistakes", "weights")
VIEWS = (*EXPLORER_VIEWS, *MNIST_VIEWS)
DEFAULT_VIEW = "losses"
#: ``--view quiz``: quiz mode on a built-in question, for a picture.  A mode,
#: not a view: no View menu entry, and a lesson keeps it as its deck.
QUIZ_VIEW = "quiz"
PICTURE_VIEWS = (*VIEWS, QUIZ_VIEW)
