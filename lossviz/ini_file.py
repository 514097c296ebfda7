"""Reading the settings file as text, so that Qt never deserialises it (no Qt).

QSettings turns an ini value such as ``@Variant(...)`` into a QVariant by
running Qt's data-stream decoder over the bytes in it, and PySide answers a
``PySide::PyObjectWrapper`` there with pickle: one ASCII line in the
settings file would run code at start-up, another (a list "of four billion
entries") makes Qt abort.  LossViz itself only ever writes plain strings
and numbers, so this reader takes the file as text, bounded in size, and
calls any ``@Word(`` value (Qt's serialised forms, however escaped) damage:
the store then sets the file aside before QSettings is asked for anything.

The values are unescaped as Qt writes them: surrounding quotes, backslash
escapes, and unquoted commas making a list of strings.
"""

from __future__ import annotations

import os
import re

from lossviz.safe_read import read_regular

#: Far more than the few dozen lines LossViz writes; a larger file is damage.
MAX_INI_BYTES = 2**20
#: The start of a value Qt would deserialise: ``@Variant(``, ``@ByteArray(``,
#: ``@Rect(``...  (``@@`` is Qt's escape for a literal "@").
_SERIALISED = re.compile(r"(?<!@)@\w*\(")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "?": "?", "'": "'", "\\": "\\"}
_NUMERIC = re.compile(r"x([0-9a-fA-F]+)|([0-7]{1,3})")


class DamagedIni(ValueError):
    """A settings file to set aside; the message says why (English, for logs)."""


def read_ini(path: str | os.PathLike) -> dict[str, str | list[str]]:
    """Every key in the ini file at ``path`` ("section/key") and its value,
    a string or a list of strings; {} if there is no file yet.  Raises
    DamagedIni for a file that is not small UTF-8 text, or holds a value
    Qt would deserialise; OSError if it cannot be read."""
    try:
        data = read_regular(path, MAX_INI_BYTES)
    except FileNotFoundError:
        return {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DamagedIni("not UTF-8 text") from None
    if "\x00" in text:
        raise DamagedIni("not text (it holds NUL bytes)")
    return parse_ini(text)


def parse_ini(text: str) -> dict[str, str | list[str]]:
    values: dict[str, str | list[str]] = {}
    section = ""
    for line in _logical_lines(text):
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
            section = "" if section.lower() == "general" else section
            continue
        key, equals, raw = line.partition("=")
        if not equals:
            continue
        if _SERIALISED.search(raw):
            raise DamagedIni(f"{key.strip()} holds a serialised Qt value")
        key = key.strip()
        values[f"{section}/{key}" if section else key] = _unescaped(raw, key)
    return values


def _logical_lines(text: str) -> list[str]:
    # A backslash at the end of a line continues the value on the next, as in Qt.
    # Only CR and LF end lines, as in Qt (str.splitlines would also split at U+0085 and U+2028).
    return re.split(r"\r\n|\r|\n", re.sub(r"\\\r?\n", "", text))


def _unescaped(raw: str, key: str) -> str | list[str]:
    """Qt's ini value syntax: quotes, backslash escapes, unquoted commas."""
    items: list[str] = []
    current: list[str] = []
    kept = 0  # current[:kept] ends in an escape: trailing blanks before it are not trimmed
    quoted = in_quotes = False
    raw = raw.strip(" \t")
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\\" and i + 1 < n:
            decoded, i = _escape(raw, i + 1)
            if decoded == "@":  # an escaped "@" can only be meant to hide a serialised value
                raise DamagedIni(f"{key} holds an escaped serialised Qt value")
            current.append(decoded)
            kept = len(current)
            continue
        if ch == '"':
            quoted, in_quotes = True, not in_quotes
        elif ch == "," and not in_quotes:
            items.append(_element(current, kept, quoted, key))
            current, kept, quoted = [], 0, False
            while i + 1 < n and raw[i + 1] in " \t":
                i += 1
        else:
            current.append(ch)
        i += 1
    last = _element(current, kept, quoted, key)
    return items + [last] if items else last


def _escape(raw: str, i: int) -> tuple[str, int]:
    """The character an escape at ``raw[i]`` (after the backslash) stands
    for, and where the text goes on."""
    if raw[i] in _ESCAPES:
        return _ESCAPES[raw[i]], i + 1
    numeric = _NUMERIC.match(raw, i)
    if numeric:
        code = int(numeric.group(1), 16) if numeric.group(1) else int(numeric.group(2), 8)
        return (chr(code) if code <= 0x10FFFF else "\ufffd"), numeric.end()
    return "", i + 1  # Qt drops an unknown escape's backslash and letter


def _element(chars: list[str], kept: int, quoted: bool, key: str) -> str:
    text = "".join(chars) if quoted else "".join(chars[:kept]) + "".join(chars[kept:]).rstrip(" \t")
    if text.startswith("@") and not text.startswith("@@"):
        raise DamagedIni(f"{key} holds a serialised Qt value")
    return text[1:] if text.startswith("@@") else text
