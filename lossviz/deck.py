"""Decks: a lesson that steps through slides (no Qt).

A slide is one state of the explorer (the lesson's own explorer part,
written and checked by ``lossviz.lesson``), the worked example beside it,
whether the MNIST panel shows and which validation digit drives the
explorer, the view on show (``lossviz.names.VIEWS``), what quiz mode hides (``lossviz.quiz.PARTS``), a question (one of
the built-in bank's by its key, or the teacher's own prompt and answer)
and a note for the teacher.  ``lesson.json`` holds them as ``"slides"``, in
order; a lesson without them (every lesson before decks) is a deck of one
slide: its own explorer state and example (``slides_of``).

A lesson with slides is written as format 2.  A LossViz that reads only
format 1 ignores keys it does not know, so it would open a deck as its
first state and, saved again, lose every slide without a word; format 2
makes it refuse the file instead, with its existing "saved by a newer
LossViz" message.  A lesson without slides stays format 1, which every
LossViz opens.

Every value is checked as the rest of the lesson is: at most
``MAX_SLIDES`` slides, each text a string of bounded length without NUL
characters, known part and question keys, a digit index in range; any
problem raises ``LessonError`` naming the file and the slide.  A slide
without a view (every deck before slides kept one) shows the default view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lossviz import lesson as lesson_file
from lossviz.explorer import ExplorerState
from lossviz.names import VIEWS
from lossviz.quiz import PARTS, known_question
from lossviz.worked_examples import known_key

#: The format of a lesson with slides (``lossviz.lesson.VERSION`` is a lesson's without).
VERSION = 2
#: More than a lecture has; with every text at its longest, 100 slides of
#: Japanese text (3 bytes a character) stay under lesson.json's 1 MB.
MAX_SLIDES = 100
MAX_PROMPT_CHARS = 300
MAX_ANSWER_CHARS = 300
MAX_NOTE_CHARS = 2000
#: The validation digits of the largest data the panel opens (an IDX
#: folder of a whole MNIST-sized set).
MAX_DIGIT = 70_000


@dataclass(frozen=True)
class Slide:
    explorer: ExplorerState = field(default_factory=ExplorerState)
    #: The worked example on show (its key in lossviz.worked_examples), if any.
    example: str | None = None
    #: What quiz mode covers on this slide (keys of lossviz.quiz.PARTS).
    hidden: tuple[str, ...] = ()
    #: A built-in question (lossviz.quiz) by its key; else the teacher's own prompt and answer.
    question: str | None = None
    prompt: str = ""
    answer: str = ""
    #: For the teacher's eyes only: never shown on the projector.
    note: str = ""
    #: The MNIST panel shows, and the validation digit (from 0) whose answer drives the explorer.
    mnist: bool = False
    digit: int | None = None
    #: The view on show (lossviz.names.VIEWS); None, as in every older deck: the default view.
    view: str | None = None


def slides_of(lesson: lesson_file.Lesson) -> tuple[Slide, ...]:
    """A lesson's slides; an old single-state lesson is one slide."""
    return lesson.slides or (Slide(lesson.explorer, lesson.example),)


# -- writing ---------------------------------------------------------------------


def slide_json(slide: Slide) -> dict:
    return {
        # The lesson's own writer: a slide's explorer is a lesson's explorer, field for field.
        "explorer": lesson_file.lesson_json(lesson_file.Lesson(explorer=slide.explorer))["explorer"],
        "example": slide.example,
        "hidden": list(slide.hidden),
        "question": slide.question,
        "prompt": slide.prompt,
        "answer": slide.answer,
        "note": slide.note,
        "mnist": slide.mnist,
        "digit": slide.digit,
        "view": slide.view,
    }


def with_slides(document: dict, slides: tuple[Slide, ...]) -> dict:
    """lesson.json's document with the deck's slides, as format 2; unchanged without slides."""
    if not slides:
        return document
    return {**document, "version": VERSION, "slides": [slide_json(slide) for slide in slides]}


# -- reading ---------------------------------------------------------------------


def parse_slides(values: object, name: str) -> tuple[Slide, ...]:
    if not isinstance(values, list) or not 1 <= len(values) <= MAX_SLIDES:
        _damaged(name, f"slides must be a list of 1 to {MAX_SLIDES} slides")
    return tuple(_parse_slide(slide, number, name) for number, slide in enumerate(values, 1))


def _parse_slide(values: object, number: int, name: str) -> Slide:
    where = f"slide {number}"
    if not isinstance(values, dict):
        _damaged(name, f"{where} is not a slide")
    explorer = lesson_file._parse_explorer(values.get("explorer"), name)
    example = values.get("example")
    if example is not None:
        example = known_key(example)
        if example is None:
            _damaged(name, f"{where}: example = {values.get('example')!r}")
    hidden = values.get("hidden", [])
    if (not isinstance(hidden, list) or not all(isinstance(part, str) and part in PARTS for part in hidden)
            or len(set(hidden)) != len(hidden)):
        _damaged(name, f"{where}: hidden must name parts among {', '.join(PARTS)}, each once")
    question = values.get("question")
    if question is not None and not known_question(question):
        _damaged(name, f"{where}: question = {question!r:.80}")
    texts = {key: _text(values.get(key, ""), limit, f"{where}: {key}", name)
             for key, limit in (("prompt", MAX_PROMPT_CHARS), ("answer", MAX_ANSWER_CHARS), ("note", MAX_NOTE_CHARS))}
    mnist = values.get("mnist", False)
    if not isinstance(mnist, bool):
        _damaged(name, f"{where}: mnist = {mnist!r:.80}")
    digit = values.get("digit")
    if digit is not None and (not lesson_file._is_int(digit) or not 0 <= digit < MAX_DIGIT):
        _damaged(name, f"{where}: digit = {digit!r:.80}")
    view = values.get("view")
    if view is not None and (not isinstance(view, str) or view not in VIEWS):  # as a lesson's view (lesson._parse_view), naming the slide
        _damaged(name, f"{where}: view = {view!r:.80}")
    return Slide(explorer, example, tuple(hidden), question, texts["prompt"], texts["answer"], texts["note"], mnist, digit, view)


def _text(value: object, limit: int, what: str, name: str) -> str:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        _damaged(name, f"{what} must be text of at most {limit} characters")
    return value


def _damaged(name: str, detail: str):
    lesson_file._damaged(name, detail)
