"""Text the numpy core shows the user, marked for translation without Qt.

The core must not import Qt, yet what it tells the user (a worked example's
title, why a folder of images cannot be used, why training stopped) appears
in the window in the user's language.  So the core marks each such text
with ``QT_TRANSLATE_NOOP(context, text)``, which returns the text unchanged
and which pyside6-lupdate finds like Qt's own macro; and a text with values
to fill in travels as a ``Message``: the English template as marked, and
the values.  The Qt layer translates the template, then fills it in
(``lossviz.ui.common.i18n.translated``).  ``str()`` of a Message is its English
text, for the command line, logs and exceptions.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark ``source_text`` for translation in ``context``; return it as it is."""
    return source_text


class Message:
    """A template in ``str.format`` style (``{name}``) and its values, which
    may be Messages or exceptions themselves (translated in turn)."""

    __slots__ = ("context", "template", "values")

    def __init__(self, context: str, template: str, **values: object) -> None:
        self.context = context
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**self.values)

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.context, self.template, self.values) == (other.context, other.template, other.values)

    __hash__ = None  # the values may be unhashable
