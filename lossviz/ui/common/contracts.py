"""What the window and its helpers may ask of a view, declared once.

Each is a ``typing.Protocol``: a view fulfils it by having the method, with
no base class to inherit (pyqtgraph's and Qt's own bases are enough), and
a caller that walks a window's children asks ``isinstance(widget,
FollowsLook)`` instead of looking the method up by name."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from lossviz.explorer import Readout
from lossviz.ui.common.style import Look


@runtime_checkable
class ShowsReadout(Protocol):
    """A view of the explorer's state: shown again on every change."""

    def show_readout(self, readout: Readout) -> None: ...


@runtime_checkable
class FollowsLook(Protocol):
    """A widget that draws sizes or colours of its own: told when the zoom,
    presentation mode or the theme change."""

    def apply_look(self, look: Look) -> None: ...


@runtime_checkable
class Retranslatable(Protocol):
    """A widget with texts: sets them again in the current language
    (``lossviz.ui.common.i18n.Retranslated`` calls it on LanguageChange)."""

    def retranslate(self) -> None: ...
