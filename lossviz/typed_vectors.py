"""Vectors typed or pasted into the explorer: probabilities, or logits (no Qt).

One reader for both (``parse_probabilities``, ``parse_logits``): commas,
spaces, semicolons and the Japanese 、 ，, the brackets of a pasted Python
list or ``np.array([...])``, full-width digits as an input method types them
(NFKC), a length cap read before anything else.  Percentages are for
probabilities only: a logit of 10% means nothing.  Refusals are ValueErrors
carrying a ``Message`` the window translates.
"""

from __future__ import annotations

import math
import re
import unicodedata

from lossviz.messages import QT_TRANSLATE_NOOP, Message

_SEPARATORS = re.compile(r"[\s,;、，､]+")
#: After NFKC, what a Japanese input method in kana mode still types for
#: the decimal point: the ideographic full stop 。 (０。１ for ０．１).
_KANA_POINT = str.maketrans({"。": "."})
_OPENING = re.compile(r"(np\.)?(array)?[\s\[\(]*")
#: Far longer than ten probabilities however written; longer text is
#: refused before it is read.
MAX_VECTOR_CHARS = 10_000


def _unwrapped(text: str) -> str:
    """``text`` without a pasted list's or np.array's brackets around it.

    Each end is trimmed in one pass: a regex anchored at the end (``\\s*$``)
    would be retried from every blank in the middle, quadratic in the blanks.
    """
    start = _OPENING.match(text).end()
    end = len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in "])"):
        end -= 1
    return text[start:end]


def _tokens(text: str) -> list[str]:
    """The values of a typed vector as text, after the length cap and NFKC."""
    if len(text) > MAX_VECTOR_CHARS:
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "The text is too long ({length} characters); type at most {limit}"),
                       length=len(text), limit=MAX_VECTOR_CHARS)
    body = _unwrapped(unicodedata.normalize("NFKC", text).translate(_KANA_POINT))
    return _with_percent_signs([tok for tok in _SEPARATORS.split(body) if tok])


def _finite(tok: str, percent: bool) -> float:
    if not percent and tok.endswith("%"):
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "“{token}”: a logit is a plain number, not a percentage"), token=tok)
    try:
        value = _number(tok)
    except ValueError:
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "“{token}” is not a number"), token=tok) from None
    if not math.isfinite(value):
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "“{token}” is not a finite number"), token=tok)
    return value


def _check_count(values: list[float], expected_count: int) -> None:
    if len(values) != expected_count:
        template = (QT_TRANSLATE_NOOP("explorer", "Expected 1 value, but got {got}") if expected_count == 1
                    else QT_TRANSLATE_NOOP("explorer", "Expected {count} values, one per class, but got {got}"))
        raise _refusal(template, count=expected_count, got=len(values))


def parse_probabilities(text: str, expected_count: int) -> tuple[float, ...]:
    """Read a typed or pasted probability vector such as ``0.1, 0.05, 0.6``.

    Accepts commas, spaces, semicolons (and the Japanese 、 ，), percentages
    (``10%`` is 0.1), and the brackets of a pasted Python list or
    ``np.array([...])``; full-width digits and punctuation, as a Japanese or
    Korean input method types them (``０．１、０．０５``, ``１０％``, and the
    ``０。１`` of kana mode), are read as their ASCII forms (NFKC).  Values need not
    sum to 1 (the seeds' own do not always); anything that is not a
    probability vector of the expected length raises ValueError with a
    message for the user.
    """
    tokens = _tokens(text)
    if not tokens:
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "Type {count} probabilities separated by commas, e.g. 0.1, 0.05, 0.6"),
                       count=expected_count)
    values = []
    for tok in tokens:
        value = _finite(tok, percent=True)
        if value < 0:
            raise _refusal(QT_TRANSLATE_NOOP("explorer", "{token} is negative; a probability is between 0 and 1"), token=tok)
        if value > 1:
            raise _refusal(QT_TRANSLATE_NOOP("explorer", "{token} is above 1; a probability is between 0 and 1"), token=tok)
        values.append(value)
    _check_count(values, expected_count)
    if expected_count > 1 and not any(values):
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "All values are 0; at least one class needs a probability above 0"))
    return tuple(values)


def parse_logits(text: str, expected_count: int) -> tuple[float, ...]:
    """Read typed or pasted logits such as ``2.0, 1.0, −0.5``: the same
    rules as ``parse_probabilities`` but any finite number, no percentages.
    The values are returned as typed; the explorer clamps them to its sliders."""
    tokens = _tokens(text)
    if not tokens:
        raise _refusal(QT_TRANSLATE_NOOP("explorer", "Type {count} logits separated by commas, e.g. 2.0, 1.0, 0.1"),
                       count=expected_count)
    values = [_finite(tok, percent=False) for tok in tokens]
    _check_count(values, expected_count)
    return tuple(values)


def _with_percent_signs(tokens: list[str]) -> list[str]:
    """A per cent sign set apart (``10 %``) joined to its number."""
    joined: list[str] = []
    for tok in tokens:
        if tok == "%" and joined and not joined[-1].endswith("%"):
            joined[-1] += tok
        else:
            joined.append(tok)
    return joined


def _number(token: str) -> float:
    """One typed value: ``0.1``, ``1e-2``, or a percentage ``10%`` (0.1)."""
    token = token.replace("−", "-")
    if token.endswith("%"):
        return float(token[:-1]) / 100
    return float(token)


def _refusal(template: str, **values) -> ValueError:
    """Why a typed vector is refused, translatable by the window (lossviz.messages)."""
    return ValueError(Message("explorer", template, **values))
