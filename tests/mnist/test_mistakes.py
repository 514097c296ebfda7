"""The network's mistakes: the confusion matrix and the worst-first galleries."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossviz.losses import sparse_cross_entropy_error, sum_squared_error
from lossviz.mnist.mistakes import (
    confusion_matrix,
    find_mistakes,
    mistakes_from_outputs,
    rankings_differ,
    row_shares,
    worst_first,
)
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR
from tests.mnist.trained import bundled, trained_network


@pytest.fixture(scope="module")
def mistakes():
    data = bundled()
    return find_mistakes(trained_network(), data.validation_images, data.validation_labels)


def test_the_confusion_matrix_counts_every_image_once_and_its_trace_is_the_accuracy(mistakes):
    data, net = bundled(), trained_network()
    assert mistakes.confusion.shape == (10, 10) and mistakes.confusion.sum() == len(data.validation_images) == 1000
    assert mistakes.accuracy == net.accuracy(data.validation_images, data.validation_labels)
    np.testing.assert_array_equal(mistakes.confusion.sum(axis=1), np.bincount(data.validation_labels, minlength=10))
    assert mistakes.accuracy > 0.9


def test_each_cell_holds_its_digits_and_row_shares_sum_to_one(mistakes):
    shares = mistakes.row_shares()
    np.testing.assert_allclose(shares.sum(axis=1), 1)
    for label in range(10):
        for prediction in range(10):
            cell = mistakes.cell(label, prediction)
            assert len(cell) == mistakes.confusion[label, prediction]
            assert (mistakes.labels[cell] == label).all() and (mistakes.predictions[cell] == prediction).all()
            assert (np.diff(mistakes.cross_entropy[cell]) <= 0).all()


def test_the_galleries_go_worst_first_by_either_loss_and_they_differ(mistakes):
    for loss, values in ((CROSS_ENTROPY, mistakes.cross_entropy), (SQUARED_ERROR, mistakes.squared_error)):
        order = mistakes.worst_first(loss)
        assert sorted(order) == list(range(1000)) and (np.diff(values[order]) <= 0).all()
        np.testing.assert_array_equal(mistakes.worst_first(loss, 20), order[:20])
    # The very worst are mistakes by either loss; the two rankings are not the same.
    assert (mistakes.labels[mistakes.worst_first(CROSS_ENTROPY, 5)] != mistakes.predictions[mistakes.worst_first(CROSS_ENTROPY, 5)]).all()
    assert not np.array_equal(mistakes.worst_first(CROSS_ENTROPY), mistakes.worst_first(SQUARED_ERROR))
    differ = rankings_differ(mistakes, 20)
    print(f"{differ} of the 20 worst by cross-entropy are not among the 20 worst by squared error")
    assert 0 <= differ <= 20


def test_each_digits_losses_are_the_explorers_losses(mistakes):
    net, data = trained_network(), bundled()
    y = net.predict_proba(data.validation_images[:30]).astype(np.float64)
    for i in range(30):
        label = int(data.validation_labels[i])
        # y of a digit read surely is within a few float32 steps (6e-8) of 1, and so
        # −log y within a few 1e-7 of 0: two float32 forward passes (their sums split
        # by BLAS threads as the machine's load has it) agree to that, not to 1e-5 of it.
        assert mistakes.cross_entropy[i] == pytest.approx(sparse_cross_entropy_error(y[i], label), rel=1e-5, abs=1e-6)
        assert mistakes.squared_error[i] == pytest.approx(sum_squared_error(y[i], np.eye(10)[label]), rel=1e-5, abs=1e-9)


def test_squared_error_and_cross_entropy_rank_two_wrong_answers_differently():
    """A digit split between two wrong answers against one given to a single wrong answer."""
    outputs = np.array([[0.05, 0.9, 0.05] + [0] * 7,  # a 0 called 1, sure
                        [0.02, 0.49, 0.49] + [0] * 7])  # a 0 called 1 or 2
    m = mistakes_from_outputs(outputs, np.array([0, 0]))
    assert m.worst_first(CROSS_ENTROPY).tolist() == [1, 0] and m.worst_first(SQUARED_ERROR).tolist() == [0, 1]


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=200))
def test_confusion_matrix_counts(pairs):
    labels = np.array([p[0] for p in pairs], int)
    predictions = np.array([p[1] for p in pairs], int)
    matrix = confusion_matrix(labels, predictions)
    assert matrix.sum() == len(pairs) and np.trace(matrix) == int(np.sum(labels == predictions))
    for (label, prediction) in set(pairs):
        assert matrix[label, prediction] == pairs.count((label, prediction))
    assert (row_shares(matrix)[matrix.sum(axis=1) == 0] == 0).all()


@given(st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0]), min_size=1, max_size=60), st.integers(0, 70))
def test_the_n_worst_are_the_full_rankings_first_n(losses, count):
    values = np.array(losses)
    np.testing.assert_array_equal(worst_first(values, count), worst_first(values)[:count])


def test_bad_labels_are_refused():
    with pytest.raises(ValueError):
        confusion_matrix(np.array([0, 10]), np.array([0, 1]))
    with pytest.raises(ValueError):
        confusion_matrix(np.array([0]), np.array([0, 1]))
