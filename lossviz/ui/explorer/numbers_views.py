"""The explorer's numbers area: one of several views of the numbers (the
losses, the softmax chain, the derivation…), chosen on a tab bar over them
or from the View menu, each taking the room the losses take.

Only the view shown is visible: a hidden one keeps only the newest readout
(``ShownWhenVisible``), and the area's size hint is the shown one's alone,
so the explorer's arrangement (``lossviz.ui.explorer.arrangement``) sizes
the area for the view on show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QSizePolicy, QTabBar, QToolButton, QVBoxLayout, QWidget

from lossviz.ui.common.i18n import Retranslated

#: A text to translate: (context, English source), as the action table keeps them.
Source = tuple[str, str]


@dataclass(frozen=True)
class NumbersView:
    key: str
    title: Source
    page: QWidget
    #: Wide (the derivation): may take the whole width under the plots.
    wide: bool = False


def framed(widget: QWidget) -> QGroupBox:
    """A view in the frame the losses have (its name is on its tab)."""
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box


def name_scroll_buttons(bar: QTabBar) -> None:
    """Qt names a tab bar's scroll buttons for screen readers once, when it
    makes them: name them again in Qt's own words for this language."""
    for name, text in (("ScrollLeftButton", "Scroll Left"), ("ScrollRightButton", "Scroll Right")):
        button = bar.findChild(QToolButton, name)
        if button is not None:
            button.setAccessibleName(QCoreApplication.translate("QTabBar", text))


class NumbersViews(Retranslated, QWidget):
    """The tab bar over a scroll area holding the views' pages, one shown.

    ``add_view(key, title, page, wide)`` adds a view (its title a
    (context, source) pair, translated here); ``show_view(key)`` shows it;
    ``current`` is the key shown; ``view_chosen`` says when it changes."""

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: list[NumbersView] = []
        self.bar = QTabBar()
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.bar.setDrawBase(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.bar.currentChanged.connect(self._on_current_changed)
        pages = QWidget()
        self.pages = QVBoxLayout(pages)
        self.pages.setContentsMargins(0, 0, 0, 0)
        # The numbers scroll only when even the best arrangement cannot give
        # them their height (zoomed far on a small screen).
        self.area = QScrollArea()
        self.area.setWidget(pages)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.area, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def add_view(self, key: str, title: Source, page: QWidget, wide: bool = False) -> None:
        if any(view.key == key for view in self.views):
            raise ValueError(f"the view {key!r} is there already")
        self.views.append(NumbersView(key, title, page, wide))
        self.pages.addWidget(page)
        page.setVisible(len(self.views) == 1)
        self.bar.addTab(QCoreApplication.translate(*title))

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(view.key for view in self.views)

    @property
    def shown(self) -> NumbersView:
        return self.views[max(0, self.bar.currentIndex())]

    @property
    def current(self) -> str:
        return self.shown.key

    def show_view(self, key: str) -> None:
        self.bar.setCurrentIndex(self.keys.index(key))

    def scroll_sideways(self, on: bool) -> None:
        """A wide view scrolls sideways where it cannot have its width; the others never do."""
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if on else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.area.horizontalScrollBarPolicy() != policy:
            self.area.setHorizontalScrollBarPolicy(policy)

    def header_height(self) -> int:
        return self.bar.sizeHint().height()

    def _on_current_changed(self, index: int) -> None:
        if index < 0:
            return
        # The new page first, then the old one hidden: the area is never empty for a layout pass.
        for position, view in enumerate(self.views):
            if position == index:
                view.page.setVisible(True)
        for position, view in enumerate(self.views):
            if position != index:
                view.page.setVisible(False)
        self.area.verticalScrollBar().setValue(0)
        self.view_chosen.emit(self.views[index].key)

    def retranslate(self) -> None:
        for index, view in enumerate(self.views):
            self.bar.setTabText(index, QCoreApplication.translate(*view.title))
        name_scroll_buttons(self.bar)
