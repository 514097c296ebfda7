"""The built-in question bank: every question sets up a valid state, and its
answer and explanation are the numbers lossviz.losses computes for it."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from lossviz import losses, quiz
from lossviz.explorer import Mode, evaluate, format_value
from lossviz.messages import Message
from lossviz.worked_examples import example_by_key, state_for_sample

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_the_bank_has_at_least_twelve_questions_with_unique_keys():
    assert len(quiz.QUESTIONS) >= 12
    assert len({q.key for q in quiz.QUESTIONS}) == len(quiz.QUESTIONS)


@pytest.mark.parametrize("question", quiz.QUESTIONS, ids=lambda q: q.key)
def test_every_question_sets_up_a_valid_state_and_hides_something(question):
    readout = evaluate(question.state)  # a state the explorer can show
    assert np.all(np.isfinite(readout.y))
    assert question.hidden and set(question.hidden) <= set(quiz.PARTS)
    if question.example is not None:
        # The question is about the tutorial's own numbers: the state is the example's first sample.
        assert question.state == state_for_sample(example_by_key(question.example), 0, question.state.n_classes)
    for message in (quiz.answer(question), quiz.explanation(question)):
        assert isinstance(message, Message) and message.context == quiz.CONTEXT
        text = str(message)  # every placeholder filled
        assert "{" not in text and text.endswith(".")


def test_which_is_larger_follows_the_losses():
    for key in ("larger-loss-wrong", "larger-loss-right"):
        question = quiz.question_by_key(key)
        example = example_by_key(question.example)
        y, t = np.array(example.outputs[0]), losses.one_hot(example.targets[0], example.n_classes)
        ce, sse = losses.cross_entropy_error(y, t), losses.sum_squared_error(y, t)
        text = str(quiz.answer(question))
        assert text.startswith("Cross-entropy" if ce > sse else "The squared error")
        assert format_value(ce) in text and format_value(sse) in text


def test_the_negative_gradient_is_the_correct_class_and_only_it():
    question = quiz.question_by_key("negative-gradient")
    state = question.state
    grad = losses.softmax_cross_entropy_grad(np.array(state.logits), losses.one_hot(state.target, state.n_classes))
    assert [k for k, g in enumerate(grad) if g < 0] == [state.target]
    assert str(quiz.answer(question)).startswith(f"Class {state.target}:")
    assert format_value(grad[state.target]) in str(quiz.answer(question))


def test_one_step_is_one_step_of_gradient_descent_on_the_logits():
    question = quiz.question_by_key("one-step")
    state = question.state
    z, t = np.array(state.logits), losses.one_hot(state.target, state.n_classes)
    y0 = losses.softmax(z)[state.target]
    after_ce = losses.softmax(z - (losses.softmax(z) - t))[state.target]
    after_sse = losses.softmax(z - losses.softmax_squared_error_grad(z, t))[state.target]
    assert quiz.one_step(state, "ce") == pytest.approx(after_ce)
    assert quiz.one_step(state, "sse") == pytest.approx(after_sse)
    assert after_ce - y0 > after_sse - y0 > 0  # the seeds' point: cross-entropy learns faster when wrong
    assert str(quiz.answer(question)).startswith("With cross-entropy")
    assert f"{after_ce:.4f}" in str(quiz.answer(question))


def test_the_loss_at_y_one_is_minus_log_one_plus_delta():
    text = str(quiz.answer(quiz.question_by_key("loss-at-one")))
    assert format_value(-np.log(1 + losses.DELTA)) in text
    assert "−1.00 × 10⁻⁷" in text


@pytest.mark.parametrize("key, expected", [("loss-at-0.2", -np.log(0.2 + 1e-7)), ("loss-at-0.9", -np.log(0.9 + 1e-7)),
                                           ("untrained", -np.log(0.1 + 1e-7))])
def test_cross_entropy_answers_are_minus_log_y(key, expected):
    assert format_value(expected) in str(quiz.answer(quiz.question_by_key(key)))


def test_the_squared_error_stays_below_one_however_wrong():
    question = quiz.question_by_key("squared-error-bound")
    readout = evaluate(question.state)
    assert readout.loss("sum_squared_error") < 1 < readout.loss("cross_entropy_error")
    assert format_value(readout.loss("sum_squared_error")) in str(quiz.answer(question))


def test_the_largest_gradient_and_the_shift():
    question = quiz.question_by_key("largest-gradient")
    k = int(np.argmax(question.state.logits))  # the largest logit, and not the correct class's
    assert k != question.state.target
    assert str(quiz.answer(question)).startswith(f"Class {k}:")
    shift = quiz.question_by_key("shift-logits")
    assert str(quiz.answer(shift)).startswith("No:")


def test_binary_and_gradient_sum():
    assert format_value(-np.log(0.9)) in str(quiz.answer(quiz.question_by_key("binary-0.9")))
    assert quiz.question_by_key("binary-0.9").state.mode is Mode.BINARY
    assert str(quiz.answer(quiz.question_by_key("gradient-sum"))).startswith("0 ")


def test_an_unknown_key_is_named():
    with pytest.raises(KeyError, match="no question named 'nope'"):
        quiz.question_by_key("nope")
    assert not quiz.known_question(["x"]) and quiz.known_question("one-step")


def _templates() -> set[str]:
    """Every template quiz.py marks for translation."""
    source = Path(quiz.__file__).read_text(encoding="utf-8")
    found = re.findall(r'QT_TRANSLATE_NOOP\("quiz",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', source)
    return {"".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literal)) for literal in found}


@pytest.mark.parametrize("language", ["ja", "ko"])
def test_every_text_is_translated_with_its_placeholders(language):
    root = ET.parse(TRANSLATIONS / f"lossviz_{language}.ts").getroot()
    translations = {message.findtext("source"): message.find("translation") for context in root
                    if context.findtext("name") == "quiz" for message in context.iter("message")}
    templates = _templates()
    assert len(templates) >= 30
    for template in templates:
        translation = translations.get(template)
        assert translation is not None and translation.get("type") != "unfinished" and translation.text, template
        assert set(re.findall(r"\{\w+\}", translation.text)) == set(re.findall(r"\{\w+\}", template)), template
