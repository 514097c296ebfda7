"""A sentence in the middle of a plot, shown in place of what the plot
cannot truthfully draw: gradients of a typed vector that has no logits,
classification plots beside the regression example."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from lossviz.ui.common import style

#: The share of the plot's width the note may fill before it wraps.
NOTE_WIDTH = 0.86


class PlotNote(pg.TextItem):
    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(anchor=(0.5, 0.5))
        self._plot = plot
        self.setZValue(30)  # above bars, markers and the legend
        plot.getPlotItem().addItem(self, ignoreBounds=True)
        plot.getPlotItem().getViewBox().sigResized.connect(self._fit)
        self.hide()
        self.apply_look()

    def show_text(self, text: str | None) -> None:
        """The note (None: no note), centred and wrapped to the plot."""
        if text is None:
            if self.isVisible():
                self.hide()
            return
        self.setHtml(f"<div style='text-align:center'>{text}</div>")
        self.show()
        self._fit()

    def apply_look(self) -> None:
        self.fill = pg.mkBrush(QColor(style.PLOT_BACKGROUND))
        self.border = style.pen(style.INK, 1)
        self.setColor(QColor(style.INK))
        self.setFont(style.scaled_font(self._plot.font(), 1.05))
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        if not self.isVisible():
            return
        box = self._plot.getPlotItem().getViewBox()
        self.setTextWidth(max(60.0, box.width() * NOTE_WIDTH))
        (x0, x1), (y0, y1) = box.viewRange()
        self.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def scene_rect(self):
        """Where the note is drawn, in scene coordinates (the tests check it)."""
        return self.mapRectToScene(self.boundingRect())


class CoveredForRegression:
    """A classification plot that the regression example covers with a note:
    that example has no classes and no probabilities to draw here.  The
    next readout (a slider moved, another example) uncovers it."""

    note: PlotNote
    covered = False

    def data_items(self) -> list:
        """What the plot draws for the explorer's state, hidden while covered."""
        raise NotImplementedError

    def regression_note(self) -> str:
        return self.tr("The regression example has no classes or probabilities: "
                       "its outputs ŷ, targets y and squared differences are in the Worked example table.")

    def cover_for_regression(self, covered: bool) -> None:
        self.covered = covered
        for item in self.data_items():
            item.setVisible(not covered)
        self.note.show_text(self.regression_note() if covered else self.note_for_state())

    def note_for_state(self) -> str | None:
        """The note the explorer's state itself calls for (none by default)."""
        return None
