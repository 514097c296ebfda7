"""One slider per class: the slider sets the logit z, the row shows softmax(z).

In binary mode there is a single row, the sigmoid's logit, and the bar shows
p = sigmoid(z).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSlider, QWidget

from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, MAX_CLASSES, Mode, Readout
from lossviz.ui.common import style
from lossviz.ui.common.i18n import Retranslated, fill

#: Slider positions are integers; one step is 0.01 of a logit.
STEPS_PER_LOGIT = 100


def logit_to_position(value: float) -> int:
    return round(value * STEPS_PER_LOGIT)


def position_to_logit(position: int) -> float:
    return position / STEPS_PER_LOGIT


def probability_text(p: float) -> str:
    return f"{p:.4f}" if p >= 1e-4 or p == 0 else f"{p:.0e}"


class ProbabilityBar(QWidget):
    """A class's probability as a bar from 0 to 1 and as a number.

    Painted directly rather than as a QProgressBar and a QLabel: a QLabel
    whose text changes asks for a relayout of the whole window, and all ten
    rows change on every slider move.
    """

    _frame_pen = style.pen(style.GREY, 1)
    _target_pen = style.pen(style.ORANGE, 3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self._is_target = False
        # Opaque: it paints its own background, so Qt need not repaint the
        # group box behind it ten times per slider move.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._number_width = 0
        self.setMinimumWidth(100)
        self.setMaximumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 6)

    def apply_look(self, look: style.Look) -> None:
        self.setMinimumWidth(look.size(100))
        self.setMaximumHeight(look.size(30))
        self._frame_pen = style.pen(style.GREY, look.line(1))
        self._target_pen = style.pen(style.ORANGE, look.line(3))
        self.update()

    def text(self) -> str:
        """The number shown beside the bar."""
        return probability_text(self._value)

    def set_value(self, value: float, is_target: bool) -> None:
        if value != self._value or is_target != self._is_target:
            self._value = value
            self._is_target = is_target
            self.update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._bold = QFont(self.font())
            self._bold.setBold(True)
            self._number_width = 0
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._is_target:
            painter.setFont(self._bold)
        if not self._number_width:
            self._number_width = QFontMetrics(self._bold).horizontalAdvance("0.00000")
        bar = self.rect().adjusted(0, 2, -self._number_width - 8, -2)
        painter.setPen(self._frame_pen)
        painter.drawRect(bar)
        filled = bar.adjusted(1, 1, 0, 0)
        filled.setWidth(round((bar.width() - 1) * min(1.0, max(0.0, self._value))))
        painter.fillRect(filled, style.BLUE)
        if self._is_target:  # the target is marked by an outline too, not colour alone
            painter.setPen(self._target_pen)
            painter.drawRect(bar.adjusted(1, 1, -1, -1))
        painter.setPen(style.INK)
        number = self.rect().adjusted(bar.width() + 8, 0, 0, 0)
        painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.text())


class ClassSliderPanel(Retranslated, QWidget):
    """Emits ``logit_changed(index, value)`` when the user moves a slider."""

    logit_changed = Signal(int, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # An opaque panel: a moving slider repaints the panel behind it, not
        # also the group box, splitter and main window behind that.
        self.setAutoFillBackground(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        self.header = header = [QLabel(), QLabel(), QLabel()]  # their texts: retranslate()
        for column, label in enumerate(header):
            style.tint(label, style.MUTED)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            grid.addWidget(label, 0, column)
        self._names: list[QLabel] = []
        self.sliders: list[QSlider] = []
        self.bars: list[ProbabilityBar] = []
        for index in range(MAX_CLASSES):
            name = QLabel(str(index))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(logit_to_position(LOGIT_MIN), logit_to_position(LOGIT_MAX))
            slider.setSingleStep(10)  # arrow keys: 0.1
            slider.setPageStep(100)  # Page Up/Down: 1.0
            slider.setMinimumWidth(90)
            # Rows share the panel's height (a taller row is an easier target
            # on a touch screen or a projector remote); the handle stays centred.
            slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            slider.valueChanged.connect(lambda position, i=index: self._on_slider_changed(i, position))
            slider.installEventFilter(self)  # Up and Down select another class (lossviz.ui.actions.lecture_keys)
            bar = ProbabilityBar()
            for column, widget in enumerate((name, slider, bar)):
                grid.addWidget(widget, index + 1, column)
            grid.setRowStretch(index + 1, 1)
            self._names.append(name)
            self.sliders.append(slider)
            self.bars.append(bar)
        self._base_names = [str(i) for i in range(MAX_CLASSES)]
        self._shown_rows = -1
        self._shown_mode: Mode | None = None
        self.apply_look(style.current())
        self._shown_target = -1
        self.retranslate()

    def retranslate(self) -> None:
        binary = self._shown_mode is Mode.BINARY
        # Binary: one row, the sigmoid's logit z, and beside it p = sigmoid(z).
        texts = (self.tr("Output"), self.tr("Logit z"), self.tr("Probability p")) if binary else (
            self.tr("Class"), self.tr("Logit z"), self.tr("Probability y"))
        for label, text in zip(self.header, texts):
            label.setText(text)
        self._name_sliders()

    def apply_look(self, look: style.Look) -> None:
        """Zoomed, the sliders get handles as large as the text beside them,
        and the selected class's handle an outline a room can see
        (style.slider_style_sheet)."""
        sheet = style.slider_style_sheet(look)
        for slider, bar in zip(self.sliders, self.bars):
            slider.setStyleSheet(sheet)
            slider.setMinimumWidth(look.size(90))
            bar.apply_look(look)

    def focused_index(self) -> int | None:
        """The selected class: the visible slider with the keyboard focus."""
        for index, slider in enumerate(self.sliders):
            if slider.hasFocus() and slider.isVisible():
                return index
        return None

    def focus_slider(self, index: int) -> None:
        self.sliders[index].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event) -> bool:
        # On a horizontal slider Up and Down would move it like Right and
        # Left; here they move the selection to the class above or below.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and watched in self.sliders:
            index = self.sliders.index(watched) + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= index < self._shown_rows:
                self.focus_slider(index)
            return True
        return super().eventFilter(watched, event)

    def _on_slider_changed(self, index: int, position: int) -> None:
        self.logit_changed.emit(index, position_to_logit(position))

    def show_readout(self, readout: Readout) -> None:
        state = readout.state
        binary = state.mode is Mode.BINARY
        rows = 1 if binary else state.n_classes
        if rows != self._shown_rows or state.mode is not self._shown_mode:
            self._set_row_count(rows, binary)
        # In binary mode the one row is the sigmoid output p = y[1].
        shown_y = readout.y[1:] if binary else readout.y
        target_row = -1 if binary else state.target
        if target_row != self._shown_target:
            self._mark_target(target_row)
        for index in range(rows):
            slider = self.sliders[index]
            position = logit_to_position(state.logits[index])
            if slider.value() != position:
                with QSignalBlocker(slider):
                    slider.setValue(position)
            self.bars[index].set_value(float(shown_y[index]), index == target_row)

    def _set_row_count(self, rows: int, binary: bool) -> None:
        for index in range(MAX_CLASSES):
            visible = index < rows
            for widget in (self._names[index], self.sliders[index], self.bars[index]):
                widget.setVisible(visible)
        self._base_names = ["z"] if binary else [str(i) for i in range(MAX_CLASSES)]
        self._shown_rows = rows
        self._shown_mode = Mode.BINARY if binary else Mode.MULTICLASS
        self.retranslate()  # the header names the row's logit and its probability
        self._shown_target = -2  # force the target mark to be redrawn

    def _name_sliders(self) -> None:
        """Each slider's name for a screen reader."""
        binary = self._shown_mode is Mode.BINARY
        for index, slider in enumerate(self.sliders):
            name = self.tr("Logit of the sigmoid output") if binary else fill(self.tr("Logit of class %1"), index)
            slider.setAccessibleName(name)

    def _mark_target(self, target_row: int) -> None:
        for index, base in enumerate(self._base_names):
            name = self._names[index]
            is_target = index == target_row
            name.setText(f"▶ {base}" if is_target else base)
            font = QFont()  # only the weight: the size still follows the window's zoom
            font.setBold(is_target)
            name.setFont(font)
        self._shown_target = target_row
