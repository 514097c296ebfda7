"""Pasted probability vectors: linear time, bounded length, IME input."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz.explorer import MAX_VECTOR_CHARS, parse_probabilities


def test_blanks_are_read_in_linear_time(monkeypatch):
    import lossviz.typed_vectors as explorer

    monkeypatch.setattr(explorer, "MAX_VECTOR_CHARS", 10**7)
    text = "0.1" + " " * 200_000 + ", 0.1" * 9 + " " * 200_000  # took minutes when the trim was quadratic
    start = time.perf_counter()
    assert parse_probabilities(text, 10) == (0.1,) * 10
    assert time.perf_counter() - start < 1.0


def test_long_text_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="too long"):
        parse_probabilities("0.1," * MAX_VECTOR_CHARS, 10)


@pytest.mark.parametrize("text, expected", [
    ("０．１、０．０５、０．８５", (0.1, 0.05, 0.85)),
    ("０．５，０．５，０", (0.5, 0.5, 0.0)),
    ("［0.2；0.3；0.5］", (0.2, 0.3, 0.5)),
    ("np.array([0.2, 0.3, 0.5])", (0.2, 0.3, 0.5)),
])
def test_full_width_input_is_read(text, expected):
    assert parse_probabilities(text, 3) == expected


@given(st.text(alphabet=st.sampled_from(list("0123456789.,;、，０．e-+−[]() \t\nnpary_")), max_size=300), st.integers(1, 10))
def test_any_text_is_read_or_refused_with_a_value_error(text, count):
    try:
        values = parse_probabilities(text, count)
    except ValueError:
        return
    assert len(values) == count and all(0 <= v <= 1 for v in values)
