"""Decks: slides saved in a lesson and read back; old lessons as one slide."""

import io
import json
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz import deck, quiz
from lossviz.deck import MAX_NOTE_CHARS, MAX_PROMPT_CHARS, MAX_SLIDES, Slide, slides_of
from lossviz.explorer import LOGIT_MAX, LOGIT_MIN, MAX_CLASSES, MIN_CLASSES, ExplorerState, Mode
from lossviz.lesson import MAX_MEMBER_BYTES, VERSION, Lesson, LessonError, lesson_bytes, read_lesson
from lossviz.names import QUIZ_VIEW, VIEWS
from lossviz.worked_examples import WORKED_EXAMPLES

logits = st.floats(LOGIT_MIN, LOGIT_MAX, allow_nan=False)
texts = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=40)


@st.composite
def explorer_states(draw):
    if draw(st.booleans()):
        n = draw(st.integers(MIN_CLASSES, MAX_CLASSES))
        state = ExplorerState(Mode.MULTICLASS, n, tuple(draw(st.lists(logits, min_size=n, max_size=n))), draw(st.integers(0, n - 1)))
        if draw(st.booleans()):
            state = state.with_entered(draw(st.lists(st.floats(0.01, 1.0), min_size=n, max_size=n)))
        return state
    return ExplorerState(Mode.BINARY, draw(st.integers(MIN_CLASSES, MAX_CLASSES)), (draw(logits),), draw(st.integers(0, 1)))


slides = st.builds(
    Slide, explorer_states(), st.none() | st.sampled_from([e.key for e in WORKED_EXAMPLES]),
    st.lists(st.sampled_from(quiz.PARTS), unique=True).map(tuple), st.none() | st.sampled_from([q.key for q in quiz.QUESTIONS]),
    texts, texts, texts, st.booleans(), st.none() | st.integers(0, deck.MAX_DIGIT - 1), st.none() | st.sampled_from(VIEWS))


@given(st.lists(slides, min_size=1, max_size=6).map(tuple))
@settings(deadline=None, max_examples=80)
def test_a_deck_comes_back_as_it_was_saved(deck_slides):
    lesson = Lesson(slides=deck_slides)
    assert read_lesson(lesson_bytes(lesson)).slides == deck_slides


def _document(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return json.loads(archive.read("lesson.json"))


def test_a_deck_is_format_2_and_a_plain_lesson_stays_format_1():
    assert _document(lesson_bytes(Lesson()))["version"] == VERSION == 1
    assert "slides" not in _document(lesson_bytes(Lesson()))
    document = _document(lesson_bytes(Lesson(slides=(Slide(),))))
    assert document["version"] == deck.VERSION == 2
    assert document["slides"][0]["explorer"] == _document(lesson_bytes(Lesson()))["explorer"]


def test_an_old_lesson_opens_as_one_slide_of_its_own_state():
    state = ExplorerState(target=7).with_logit(3, 2.5)
    lesson = read_lesson(lesson_bytes(Lesson(explorer=state, example="tutorial000-wrong")))
    assert lesson.slides == ()
    assert slides_of(lesson) == (Slide(state, "tutorial000-wrong"),)


def test_the_largest_deck_fits_in_a_lesson():
    longest = Slide(ExplorerState(), "tutorial000-wrong", quiz.PARTS, "one-step", "問" * MAX_PROMPT_CHARS,
                    "答" * deck.MAX_ANSWER_CHARS, "注" * MAX_NOTE_CHARS, True, deck.MAX_DIGIT - 1)
    data = lesson_bytes(Lesson(slides=(longest,) * MAX_SLIDES))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo("lesson.json").file_size <= MAX_MEMBER_BYTES["lesson.json"]
    assert len(read_lesson(data).slides) == MAX_SLIDES


def _with_first_slide(data: bytes, **changes) -> bytes:
    """A deck's file with its first slide's lesson.json values changed (``None``: the key removed)."""
    document = _document(data)
    for key, value in changes.items():
        document["slides"][0].pop(key, None)
        if value is not None:
            document["slides"][0][key] = value
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = json.dumps(document) if info.filename == "lesson.json" else source.read(info)
            target.writestr(info, content)
    return buffer.getvalue()


def test_a_slide_keeps_its_view_and_an_older_slide_has_none():
    data = lesson_bytes(Lesson(slides=(Slide(view="derivation"), Slide(view="draw", mnist=True), Slide())))
    assert [s.view for s in read_lesson(data).slides] == ["derivation", "draw", None]
    assert _document(data)["slides"][2]["view"] is None
    older = _with_first_slide(data, view=None)  # a deck saved before slides kept their view
    assert "view" not in _document(older)["slides"][0]
    assert read_lesson(older).slides[0].view is None


@pytest.mark.parametrize("view", [QUIZ_VIEW, "Losses", "", 3, ["chain"], {"view": "chain"}, True])
def test_a_slides_unknown_view_is_refused_naming_the_file_and_the_slide(view):
    data = _with_first_slide(lesson_bytes(Lesson(slides=(Slide(view="chain"), Slide()))), view=view)
    with pytest.raises(LessonError) as caught:
        read_lesson(data, "lecture.lossviz")
    message = str(caught.value)
    assert "lecture.lossviz" in message and "slide 1" in message and "view" in message
