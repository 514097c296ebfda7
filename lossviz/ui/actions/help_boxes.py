"""Help: what each plot means (Help > What am I looking at?, F1) and About,
in the window's language (their texts keep the main window's translation
context, where they were first written)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lossviz import __version__
from lossviz.ui.common.i18n import fill

# Each text is written out in a QCoreApplication.translate() call, where lupdate
# finds it, in the context the main window gave it first.


def explanation(plots: tuple[QWidget, ...]) -> str:
    """Each plot and the read-out in plain words: the plots' own tooltips,
    so the two never disagree."""
    parts = [(plot.accessibleName(), plot.toolTip()) for plot in plots]
    parts.append((QCoreApplication.translate("LossExplorerWindow", "Losses"), QCoreApplication.translate("LossExplorerWindow",
        "Every loss of the output y against the target t, each with its formula. Cross-entropy looks only at the "
        "correct class's y; the squared error looks at every class. The tutorials' worked examples (Example above) "
        "show the numbers the tutorials print beside the ones computed here.")))
    parts.append((QCoreApplication.translate("LossExplorerWindow", "Train on MNIST"), QCoreApplication.translate("LossExplorerWindow",
        "A small network learns to read handwritten digits by lowering one of these losses, a mini-batch at a time. "
        "Pick a digit to see the network's answer for it in the plots above.")))
    return "".join(f"<h4>{title}</h4><p>{text.replace(chr(10), '<br>')}</p>" for title, text in parts)


def show_explanation(parent: QWidget, plots: tuple[QWidget, ...]) -> None:
    title = QCoreApplication.translate("LossExplorerWindow", "What am I looking at?")
    box = QMessageBox(QMessageBox.Icon.Information, title, explanation(plots), parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()  # not modal to the lesson: the teacher can keep it beside the window


def about_text() -> str:
    return fill(QCoreApplication.translate("LossExplorerWindow",
        "<h3>LossViz %1</h3><p>See what a neural network's loss function measures: "
        "softmax outputs against a one-hot target, every loss with its formula, "
        "and a tiny network learning MNIST.</p>"
        "<p>MNIST: Yann LeCun and Corinna Cortes, CC BY-SA 3.0.</p>"
    ), __version__)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("LossExplorerWindow", "About LossViz"), about_text())
