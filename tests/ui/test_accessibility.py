"""Every control can be named by a screen reader, and every plot explains
itself in plain words (tooltip and Help > What am I looking at?)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QGraphicsView, QLineEdit, QMessageBox, QTableWidget

CONTROLS = (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox, QLineEdit, QTableWidget, QGraphicsView)


def unnamed_controls(window):
    missing = []
    for kind in CONTROLS:
        for widget in window.findChildren(kind):
            if not widget.isVisibleTo(window) or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                continue  # a spin box's own text field is named by the spin box
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            name = widget.accessibleName() or text
            if not name.strip() or name.strip() in ("◀", "▶"):  # a symbol is not a name
                missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_visible_control_has_a_name(window):
    window.show_mnist_panel(True)
    assert unnamed_controls(window) == []


def test_every_plot_has_a_plain_words_tooltip(window):
    window.show_mnist_panel(True)
    for plot in window.findChildren(QGraphicsView):
        if plot.isVisibleTo(window):
            assert len(plot.toolTip()) > 40, plot.accessibleName()


def test_f1_explains_each_plot(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    for plot in (window.probability_plot, window.log_loss_plot, window.gradient_plot):
        assert plot.accessibleName() in text
    assert "−log y" in text
    box.close()
