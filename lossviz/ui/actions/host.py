"""What the action helpers need from the window that holds them, declared
as Protocols: the helpers take these, not the whole window."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from lossviz.worked_examples import WorkedExample


class ShowsExamples(Protocol):
    """The window's worked example: the one on show, and showing another."""

    example: WorkedExample | None

    def load_example(self, example: WorkedExample) -> None: ...

    def clear_example(self) -> None: ...

    # Asked only when there is a message to show: a main window's status
    # bar appears (and takes room) the first time it is asked for.
    def statusBar(self) -> QStatusBar: ...


class ShowsLessons(ShowsExamples, Protocol):
    def current_view(self) -> str:
        """The view on show, for a lesson to keep (lossviz.names.VIEWS)."""
        ...

    def show_view(self, key: str) -> None: ...

    def show_lesson_path(self, path: Path) -> None:
        """The lesson file now open: in the title bar, and for the desktop."""
        ...


class ShowsViews(Protocol):
    """The window's views (lossviz.names.VIEWS): the explorer's numbers and the MNIST panel's pages."""

    def show_view(self, key: str) -> None: ...

    def set_plots_only(self, on: bool) -> None: ...
