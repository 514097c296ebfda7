"""Reading and writing the settings file as text, so that Qt never
deserialises it (no Qt).

QSettings turns an ini value such as ``@Variant(...)`` into a QVariant by
running Qt's data-stream decoder over the bytes in it, and PySide answers a
``PySide::PyObjectWrapper`` there with pickle: one ASCII line in the
settings file would run code at start-up, another (a list "of four billion
entries") makes Qt abort.  LossViz itself only ever writes plain strings
and numbers, so this reader takes the file as text, bounded in size, and
calls any ``@Word(`` value (Qt's serialised forms, however escaped) damage:
the store then sets the file aside before QSettings is asked for anything.

The values are unescaped as Qt writes them: surrounding quotes, backslash
escapes, and unquoted commas making a list of strings.  ``write_ini`` writes
plain strings the way QSettings' ini format does (so the old reader and Qt
itself read the same values back), through a temporary file and a rename:
QSettings would re-read, and so deserialise, the file before writing it.
"""

from __future__ import annotations

import os
import re

from lossviz.atomic import write_atomically
from lossviz.safe_read import read_regular

#: Far more than the few dozen lines LossViz writes; a larger file is damage.
MAX_INI_BYTES = 2**20
#: The start of a value Qt would deserialise: ``@Variant(``, ``@ByteArray(``,
#: ``@Rect(``...  (``@@`` is Qt's escape for a literal "@").
_SERIALISED = re.compile(r"(?<!@)@\w*\(")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "?": "?", "'": "'", "\\": "\\"}
_NUMERIC = re.compile(r"x([0-9a-fA-F]+)|([0-7]{1,3})")
#: The section and key names LossViz writes; Qt would percent-encode others.
_NAME = re.compile(r"[A-Za-z0-9_.-]+")
#: Qt's short escapes, as its ini writer uses them.
_WRITE_ESCAPES = {"\0": "\\0", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                  "\v": "\\v", '"': '\\"', "\\": "\\\\"}
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


class DamagedIni(ValueError):
    """A settings file to set aside; the message says why (English, for logs)."""


class UnwritableValue(ValueError):
    """A key or value that would not read back as written (a name Qt would
    encode, a value ``read_ini`` would call serialised)."""


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


# -- writing ---------------------------------------------------------------------


def write_ini(path: str | os.PathLike, values: dict[str, str | list[str]]) -> None:
    """Replace the file at ``path`` by one holding exactly ``values`` (as
    ``read_ini`` returns them), atomically: a reader, or a crash, sees the
    old file or the whole new one.  Raises UnwritableValue before touching
    anything, OSError if it cannot be written (the old file then stays)."""
    write_atomically(path, format_ini(values).encode("utf-8"))


def format_ini(values: dict[str, str | list[str]]) -> str:
    """The text of an ini file holding ``values``, as QSettings writes it:
    keys without a section under [General] first, then each section, names
    in sorted order.  Every value reads back unchanged, or UnwritableValue."""
    sections: dict[str, list[str]] = {}
    for name in sorted(values):
        section, _, key = name.rpartition("/")
        if not (_NAME.fullmatch(key) and (not section or _NAME.fullmatch(section))) or section.lower() == "general":
            raise UnwritableValue(f"{name!r} is not a key LossViz writes")
        sections.setdefault(section, []).append(f"{key}={format_value(values[name], name)}")
    blocks = [f"[{section or 'General'}]\n" + "".join(line + "\n" for line in lines) for section, lines in sorted(sections.items())]
    return "\n".join(blocks)


def format_value(value: str | list[str], key: str = "value") -> str:
    """One value as Qt's ini writer escapes it: a string, or a list of two
    or more strings joined by ", "."""
    if any(_lone_surrogate(item) for item in ([value] if isinstance(value, str) else value if isinstance(value, (list, tuple)) else [])
           if isinstance(item, str)):
        # No UTF-8 holds one: Qt reads its escape back as nothing.
        raise UnwritableValue(f"{key} holds a lone surrogate, which no settings file can keep")
    if isinstance(value, str):
        text = _escaped(value)
    elif isinstance(value, (list, tuple)) and len(value) >= 2 and all(isinstance(item, str) for item in value):
        text = ", ".join(_escaped(item) for item in value)
    else:
        raise UnwritableValue(f"{key} is not a string nor a list of two or more")
    if _SERIALISED.search(text):
        # read_ini refuses the whole file for this pattern anywhere in a line.
        raise UnwritableValue(f"{key} would read as a serialised Qt value")
    return text


def _lone_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def _escaped(text: str) -> str:
    """Qt's QSettingsPrivate::iniEscapedString for a plain string, UTF-8 kept as is."""
    if text.startswith("@"):
        text = "@" + text  # Qt's escape for a string that merely starts with "@"
    out: list[str] = []
    hex_follows = False  # after a numeric escape a hex digit would be read as part of it
    for ch in text:
        if hex_follows and ch in _HEX_DIGITS:
            out.append(f"\\x{ord(ch):x}")
            continue
        hex_follows = ch == "\0"
        if ch in _WRITE_ESCAPES:
            out.append(_WRITE_ESCAPES[ch])
        elif ord(ch) <= 0x1F:
            out.append(f"\\x{ord(ch):x}")
            hex_follows = True
        else:
            out.append(ch)
    escaped = "".join(out)
    if any(c in text for c in ";,=") or escaped.startswith(" ") or escaped.endswith(" "):
        escaped = f'"{escaped}"'
    return escaped
