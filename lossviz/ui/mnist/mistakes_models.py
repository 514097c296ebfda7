"""What the mistakes view's table and gallery show, as Qt models: the
confusion matrix (counts or shares of each row, coloured on one Okabe–Ito
hue), and a gallery of validation digits, each with its label, the
network's answer and both losses with its rank under each."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from lossviz.names import CROSS_ENTROPY, DIGIT_CLASSES, SQUARED_ERROR, TRAINING_LOSSES
from lossviz.ui.common import style
from lossviz.ui.common.i18n import fill
from lossviz.ui.mnist.mistakes_worker import MistakesResult

#: Each loss as the gallery writes it: its formula, the same in every language.
FORMULAS = {CROSS_ENTROPY: "−log y", SQUARED_ERROR: "½Σ(y−t)²"}
THUMBNAIL = 56  # pixels at 100 %: 28 × 2


def scale_colour(fraction: float) -> QColor:
    """A sequential scale on one hue: from the plots' background (0) to the
    Okabe–Ito blue of the theme (1)."""
    theme = style.theme()
    low, high = QColor(theme.plot_background), QColor(theme.output)
    f = min(max(fraction, 0.0), 1.0)
    return QColor.fromRgbF(*(a + (b - a) * f for a, b in zip(low.getRgbF()[:3], high.getRgbF()[:3])))


def readable_on(colour: QColor) -> QColor:
    """Black or white text, whichever reads better on ``colour`` (its relative luminance)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in colour.getRgbF()[:3])
    return QColor("#000000") if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.18 else QColor("#ffffff")


class ConfusionModel(QAbstractTableModel):
    """Rows the true digit, columns the network's answer."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.confusion = np.zeros((DIGIT_CLASSES, DIGIT_CLASSES), np.int64)
        self.shares = np.zeros((DIGIT_CLASSES, DIGIT_CLASSES))
        self.show_shares = False

    def set_confusion(self, confusion: np.ndarray, shares: np.ndarray) -> None:
        self.confusion, self.shares = confusion, shares
        self._changed()

    def set_show_shares(self, on: bool) -> None:
        self.show_shares = on
        self._changed()

    def _changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(DIGIT_CLASSES - 1, DIGIT_CLASSES - 1))

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else DIGIT_CLASSES

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else DIGIT_CLASSES

    def text(self, row: int, column: int) -> str:
        if not self.show_shares:
            return str(int(self.confusion[row, column]))
        share = self.shares[row, column]
        return "0" if share == 0 else f"{100 * share:.1f}"

    def intensity(self, row: int, column: int) -> float:
        """Where a cell sits on the colour scale: by the logarithm of its
        count, so that a handful of mistakes shows beside a diagonal of hundreds."""
        top = float(self.confusion.max())
        return math.log1p(self.confusion[row, column]) / math.log1p(top) if top > 0 else 0.0

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(scale_colour(self.intensity(row, column)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(readable_on(scale_colour(self.intensity(row, column))))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row == column:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return fill(self.tr("True digit %1, the network answered %2: %3 of the %4 digits %1 (%5%)"), row, column,
                        int(self.confusion[row, column]), int(self.confusion[row].sum()), f"{100 * self.shares[row, column]:.1f}")
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Vertical:
                return fill(self.tr("True digit %1"), section)
            return fill(self.tr("The network answered %1"), section)
        return None


class GalleryModel(QAbstractListModel):
    """Digits of one result, in a given order; the chosen loss first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: MistakesResult | None = None
        self.indices = np.empty(0, np.intp)
        self.loss = CROSS_ENTROPY
        self._thumbnails: dict[int, QPixmap] = {}
        self.thumbnail = THUMBNAIL

    def show(self, result: MistakesResult | None, indices: np.ndarray, loss: str) -> None:
        self.beginResetModel()
        if result is not self.result:
            self._thumbnails.clear()
        self.result, self.indices, self.loss = result, indices, loss
        self.endResetModel()

    def set_thumbnail(self, pixels: int) -> None:
        self.beginResetModel()
        self.thumbnail = pixels
        self._thumbnails.clear()
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.indices)

    def digit(self, row: int) -> int:
        return int(self.indices[row])

    def lines(self, row: int) -> list[tuple[str, str | None]]:
        """The lines under a thumbnail: (text, loss or None), the chosen loss's first."""
        i, m = self.digit(row), self.result.mistakes
        lines = [(f"{m.labels[i]} → {m.predictions[i]}", None)]
        for loss in sorted(TRAINING_LOSSES, key=lambda name: name != self.loss):
            value = m.losses(loss)[i]
            lines.append((fill(self.tr("%1 %2 · #%3"), FORMULAS[loss], _value(value), self.result.rank[loss][i] + 1), loss))
        return lines

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self.result is None:
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(self.digit(row))
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(text for text, _ in self.lines(row))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            i, m = self.digit(row), self.result.mistakes
            return fill(self.tr("Validation digit %1: label %2, the network answered %3. Cross-entropy %4 (worst-first rank %5), "
                                "squared error %6 (worst-first rank %7)."), i + 1, m.labels[i], m.predictions[i],
                        _value(m.cross_entropy[i]), self.result.rank[CROSS_ENTROPY][i] + 1,
                        _value(m.squared_error[i]), self.result.rank[SQUARED_ERROR][i] + 1)
        if role == Qt.ItemDataRole.UserRole:
            return self.digit(row)
        return None

    def _thumbnail(self, i: int) -> QPixmap:
        pixmap = self._thumbnails.get(i)
        if pixmap is None:
            image = np.ascontiguousarray(self.result.images[i])
            picture = QImage(image.data, 28, 28, 28, QImage.Format.Format_Grayscale8)
            pixmap = QPixmap.fromImage(picture.scaled(self.thumbnail, self.thumbnail))  # whole pixels, not smoothed
            self._thumbnails[i] = pixmap
        return pixmap


class DigitDelegate(QStyledItemDelegate):
    """A thumbnail with its lines under it: the answer, then each loss in
    its colour, the chosen one in bold."""

    PADDING = 4

    def sizeHint(self, option, index) -> QSize:
        model = index.model()
        metrics = option.fontMetrics
        lines = model.lines(index.row()) if model.result is not None else []
        width = max([model.thumbnail, *(metrics.horizontalAdvance(text) * 1.1 for text, _ in lines)])
        return QSize(int(width) + 2 * self.PADDING, model.thumbnail + len(lines) * self.line_height(option) + 2 * self.PADDING)

    @staticmethod
    def line_height(option) -> int:
        """A line's height, with room for a bold font's descenders (a CJK font's are deeper)."""
        bold = QFont(option.font)
        bold.setBold(True)
        return max(option.fontMetrics.lineSpacing(), QFontMetrics(bold).lineSpacing()) + 2

    def paint(self, painter, option, index) -> None:
        model = index.model()
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        size = model.thumbnail
        painter.drawPixmap(rect.left() + (rect.width() - size) // 2, rect.top(), model.data(index, Qt.ItemDataRole.DecorationRole))
        y = rect.top() + size
        line_height = self.line_height(option)
        colours = {CROSS_ENTROPY: style.BLUE, SQUARED_ERROR: style.VERMILLION}
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        for number, (text, loss) in enumerate(model.lines(index.row())):
            font = QFont(option.font)
            font.setBold(number < 2)  # the answer, and the loss the gallery is ranked by
            painter.setFont(font)
            if selected:
                colour = option.palette.highlightedText().color()
            else:
                colour = option.palette.text().color() if loss is None else colours[loss]
            painter.setPen(colour)
            painter.drawText(QRect(rect.left(), y, rect.width(), line_height), Qt.AlignmentFlag.AlignHCenter, text)
            y += line_height
        painter.restore()


def _value(value: float) -> str:
    return f"{value:.3g}" if value >= 0.001 else f"{value:.1e}"
