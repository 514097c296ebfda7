"""The loss mathematics: the seeds' numbers, the extremes, the errors, and
the invariants every input must satisfy (hypothesis)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from lossviz import losses

T2 = np.eye(10)[2]  # seeds 000 and 004: "index 2 is correct"


class TestSeedNumbers:
    def test_seed000_sum_squared_error_right_and_wrong(self):
        right = [0.01, 0.1, 0.8, 0.03, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]
        wrong = [0.02, 0.1, 0.2, 0.02, 0.01, 0.1, 0.5, 0.03, 0.01, 0.01]
        assert round(losses.sum_squared_error(right, T2), 4) == 0.0258
        assert round(losses.sum_squared_error(wrong, T2), 3) == 0.456
        assert round(losses.cross_entropy_error(right, T2), 4) == 0.2231
        assert round(losses.cross_entropy_error(wrong, T2), 4) == 1.6094

    def test_seed001_three_classes(self):
        t = [1, 0, 0]
        assert round(losses.cross_entropy_error([0.2, 0.5, 0.3], t), 1) == 1.6
        assert round(losses.cross_entropy_error([0.8, 0.1, 0.1], t), 4) == 0.2231
        # y = 1 exactly: −log(1 + δ), a hair below zero because of δ.
        assert losses.cross_entropy_error([1.0, 0.0, 0.0], t) == pytest.approx(-1e-7, rel=1e-6)

    def test_seed002_regression_half_sum_and_mean(self):
        outputs, targets = [3, 2, 7, 5, 8], [1, 3, 5, 6, 7]
        assert losses.sum_squared_error(outputs, targets) == 5.5
        assert losses.mean_squared_error(outputs, targets) == pytest.approx(2.2)

    def test_seed002_batch_means(self):
        t = np.eye(3)
        batch_a = [[0.3, 0.1, 0.6], [0.3, 0.5, 0.2], [0.4, 0.1, 0.5]]
        batch_b = [[0.6, 0.1, 0.3], [0.3, 0.5, 0.2], [0.4, 0.1, 0.5]]
        # The seed takes the log without δ; δ moves the 7th decimal at most.
        assert losses.cross_entropy_error(batch_a, t) == pytest.approx(0.8634223884819422, abs=1e-6)
        assert losses.cross_entropy_error(batch_b, t) == pytest.approx(0.6323733282952938, abs=1e-6)
        assert round(losses.cross_entropy_error([0.05, 0.9, 0.05], [0, 1, 0]), 3) == 0.105

    def test_seed002_binary_mean(self):
        p = [0.5, 0.7, 0.3, 0.2, 0.7, 0.9]
        t = [0, 1, 0, 0, 1, 1]
        assert losses.binary_cross_entropy(p, t) == pytest.approx(0.34861267989136313, rel=1e-12)
        assert losses.binary_cross_entropy(0.9, 1) == pytest.approx(0.10536051565782628, rel=1e-12)

    def test_seed004_vectors_as_written(self):
        sse1 = [0.1, 0.01, 0.6, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04]  # sums to 1.07
        wrong = [0.1, 0.01, 0.2, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.5]  # 1.13
        ce1 = [0.1, 0.01, 0.99, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04]  # 1.46
        assert losses.sum_squared_error(sse1, T2) == 0.10105000000000001
        assert losses.sum_squared_error(wrong, T2) == 0.46525000000000005
        assert losses.cross_entropy_error(ce1, T2) == 0.010050234843405595
        assert losses.cross_entropy_error(wrong, T2) == 1.6094374124342252

    def test_sparse_equals_one_hot(self):
        y = [0.02, 0.1, 0.2, 0.02, 0.01, 0.1, 0.5, 0.03, 0.01, 0.01]
        assert losses.sparse_cross_entropy_error(y, 2) == losses.cross_entropy_error(y, T2)


class TestExtremes:
    def test_softmax_of_huge_logits_is_finite(self):
        y = losses.softmax([1000.0, -1000.0, 0.0])
        assert np.all(np.isfinite(y))
        np.testing.assert_allclose(y, [1.0, 0.0, 0.0])

    def test_cross_entropy_from_logits_of_huge_logits(self):
        assert losses.cross_entropy_from_logits([1000.0, -1000.0], [0, 1]) == pytest.approx(2000.0)
        assert losses.cross_entropy_from_logits([1000.0, -1000.0], [1, 0]) == pytest.approx(0.0, abs=1e-12)

    def test_probability_losses_at_zero_are_finite(self):
        assert losses.cross_entropy_error([0.0, 1.0], [1, 0]) == pytest.approx(-np.log(1e-7))
        assert np.isfinite(losses.binary_cross_entropy(0.0, 1))
        assert np.isfinite(losses.binary_cross_entropy(1.0, 0))

    def test_binary_from_logits_of_huge_logits(self):
        assert losses.binary_cross_entropy_from_logits(-1000.0, 1) == pytest.approx(1000.0)
        assert losses.binary_cross_entropy_from_logits(1000.0, 1) == pytest.approx(0.0)
        np.testing.assert_allclose(losses.sigmoid([-1000.0, 1000.0]), [0.0, 1.0])

    def test_temperature(self):
        z = np.array([2.0, 1.0, 0.0])
        np.testing.assert_allclose(losses.softmax(z, temperature=2.0), losses.softmax(z / 2.0))
        with pytest.raises(ValueError, match="temperature"):
            losses.softmax(z, temperature=0)


class TestBadInput:
    @pytest.mark.parametrize(
        ("call", "message"),
        [
            (lambda: losses.sum_squared_error([0.1, 0.9], [1, 0, 0]), "shape"),
            (lambda: losses.cross_entropy_error([0.5, 0.5], [1, 1]), "one-hot"),
            (lambda: losses.cross_entropy_error([0.5, 0.5], [0.5, 0.5]), "one-hot"),
            (lambda: losses.cross_entropy_error([[0.5, 0.5], [0.5, 0.5]], [[1, 0], [0, 0]]), "sample 1"),
            (lambda: losses.sparse_cross_entropy_error([0.5, 0.5], 2), "out of range"),
            (lambda: losses.sparse_cross_entropy_error([0.5, 0.5], -1), "out of range"),
            (lambda: losses.sparse_cross_entropy_error([0.5, 0.5], 0.5), "whole"),
            (lambda: losses.softmax([0.0, np.nan]), "NaN at index 1"),
            (lambda: losses.cross_entropy_error([np.nan, 1.0], [0, 1]), "NaN"),
            (lambda: losses.cross_entropy_error([-0.1, 1.1], [0, 1]), "negative"),
            (lambda: losses.cross_entropy_error([0.5, 1.5], [0, 1]), "above 1"),
            (lambda: losses.binary_cross_entropy(0.5, 2), "label"),
            (lambda: losses.sum_squared_error("abc", [1.0]), "numbers"),
            (lambda: losses.softmax([]), "empty"),
            (lambda: losses.softmax(np.zeros((2, 2, 2))), "dimensions"),
            (lambda: losses.one_hot(10, 10), "out of range"),
        ],
    )
    def test_clear_value_error(self, call, message):
        with pytest.raises(ValueError, match=message):
            call()


# -- invariants -------------------------------------------------------------

logit_vectors = arrays(np.float64, st.integers(2, 10), elements=st.floats(-1000, 1000))


def _target_for(z, data):
    k = data.draw(st.integers(0, z.shape[-1] - 1))
    return np.eye(z.shape[-1])[k]


@given(logit_vectors, st.floats(0.1, 10))
def test_softmax_is_a_distribution(z, temperature):
    y = losses.softmax(z, temperature)
    assert np.all(np.isfinite(y))
    assert np.all(y >= 0)
    assert np.isclose(y.sum(), 1.0)


@given(logit_vectors, st.data())
def test_losses_are_finite_and_not_below_minus_delta(z, data):
    t = _target_for(z, data)
    y = losses.softmax(z)
    for value in (
        losses.cross_entropy_error(y, t),
        losses.sparse_cross_entropy_error(y, int(np.argmax(t))),
        losses.cross_entropy_from_logits(z, t),
        losses.sum_squared_error(y, t),
        losses.mean_squared_error(y, t),
    ):
        assert np.isfinite(value)
        assert value >= -losses.DELTA


@given(arrays(np.float64, st.integers(1, 8), elements=st.floats(-1000, 1000)), st.data())
def test_binary_losses_finite_and_from_logits_agrees(z, data):
    t = np.array(data.draw(st.lists(st.sampled_from([0.0, 1.0]), min_size=len(z), max_size=len(z))))
    from_logits = losses.binary_cross_entropy_from_logits(z, t)
    assert np.isfinite(from_logits) and from_logits >= 0
    p = losses.sigmoid(z)
    via_p = losses.binary_cross_entropy(p, t)
    assert np.isfinite(via_p)
    if np.all(np.abs(z) < 15):  # away from the clipping at 1e-7, the two agree
        assert via_p == pytest.approx(from_logits, rel=1e-6, abs=1e-9)


@given(arrays(np.float64, st.integers(2, 10), elements=st.floats(-8, 8)), st.data())
def test_from_logits_matches_probabilities_away_from_zero(z, data):
    t = _target_for(z, data)
    y = losses.softmax(z)
    if y[np.argmax(t)] > 1e-3:
        assert losses.cross_entropy_from_logits(z, t) == pytest.approx(losses.cross_entropy_error(y, t), abs=1e-4)


def _numerical_gradient(f, z, h=1e-6):
    grad = np.zeros_like(z)
    for k in range(len(z)):
        step = np.zeros_like(z)
        step[k] = h
        grad[k] = (f(z + step) - f(z - step)) / (2 * h)
    return grad


@settings(max_examples=60)
@given(arrays(np.float64, st.integers(2, 10), elements=st.floats(-6, 6)), st.data())
def test_analytic_gradients_match_finite_differences(z, data):
    t = _target_for(z, data)
    ce_numeric = _numerical_gradient(lambda v: losses.cross_entropy_from_logits(v, t), z)
    np.testing.assert_allclose(losses.softmax_cross_entropy_grad(z, t), ce_numeric, atol=1e-6)
    sse_numeric = _numerical_gradient(lambda v: losses.sum_squared_error(losses.softmax(v), t), z)
    np.testing.assert_allclose(losses.softmax_squared_error_grad(z, t), sse_numeric, atol=1e-6)


@settings(max_examples=60)
@given(st.floats(-10, 10), st.sampled_from([0.0, 1.0]))
def test_sigmoid_gradients_match_finite_differences(z, t):
    h = 1e-6
    bce = lambda v: losses.binary_cross_entropy_from_logits(v, t)  # noqa: E731
    sse = lambda v: losses.sum_squared_error(losses.sigmoid(v), [t])  # noqa: E731
    assert losses.sigmoid_cross_entropy_grad(z, t)[0] == pytest.approx((bce(z + h) - bce(z - h)) / (2 * h), abs=1e-6)
    assert losses.sigmoid_squared_error_grad(z, t)[0] == pytest.approx((sse(z + h) - sse(z - h)) / (2 * h), abs=1e-6)


def test_squared_error_gradient_is_not_y_minus_t():
    """The point of plot 3: confidently wrong, squared error barely pushes."""
    z = np.array([8.0, -8.0, 0.0])  # all mass on class 0; the target is class 1
    t = np.array([0.0, 1.0, 0.0])
    ce = losses.softmax_cross_entropy_grad(z, t)
    sse = losses.softmax_squared_error_grad(z, t)
    assert ce[1] == pytest.approx(-1.0, abs=1e-3)
    assert abs(sse[1]) < 1e-5


@given(st.integers(1, 5), st.integers(2, 10), st.data())
def test_batch_loss_is_mean_of_sample_losses(n, k, data):
    z = data.draw(arrays(np.float64, (n, k), elements=st.floats(-20, 20)))
    labels = data.draw(arrays(np.int64, n, elements=st.integers(0, k - 1)))
    y, t = losses.softmax(z), losses.one_hot(labels, k)
    per_sample = [losses.cross_entropy_error(y[i], t[i]) for i in range(n)]
    assert losses.cross_entropy_error(y, t) == pytest.approx(np.mean(per_sample))
    assert losses.sparse_cross_entropy_error(y, labels) == pytest.approx(np.mean(per_sample))
    assert losses.cross_entropy_from_logits(z, t) == pytest.approx(
        np.mean([losses.cross_entropy_from_logits(z[i], t[i]) for i in range(n)])
    )


# -- label smoothing and temperature in the seeds' losses (issue 17) ---------


class TestSmoothedTargetsAndTemperature:
    def test_cross_entropy_takes_a_label_smoothed_target(self):
        y = [0.7, 0.2, 0.1]
        t = losses.smooth_labels(0, 0.3, n_classes=3)  # (0.8, 0.1, 0.1)
        expected = -(0.8 * np.log(0.7 + 1e-7) + 0.1 * np.log(0.2 + 1e-7) + 0.1 * np.log(0.1 + 1e-7))
        assert losses.cross_entropy_error(y, t) == pytest.approx(expected, rel=1e-14)
        np.testing.assert_allclose(losses.softmax_cross_entropy_grad([1.0, 0.0, -1.0], t), losses.softmax([1.0, 0.0, -1.0]) - t)

    @pytest.mark.parametrize(
        "t",
        [[0.5, 0.5], [0.2, 0.2, 0.6], [0.6, 0.3, 0.1], [0.4, 0.3, 0.3], [1.0, 1.0, 0.0]],
        ids=["halves", "not-one-hot-not-smoothed", "uneven-rest", "epsilon-above-half", "two-ones"],
    )
    def test_cross_entropy_still_refuses_other_targets(self, t):
        with pytest.raises(ValueError, match="one-hot"):
            losses.cross_entropy_error(np.full(len(t), 1 / len(t)), t)

    def test_squared_error_gradient_at_temperature_one_is_unchanged(self):
        z, t = np.array([2.0, -1.0, 0.5]), np.eye(3)[1]
        np.testing.assert_array_equal(losses.softmax_squared_error_grad(z, t, 1.0), losses.softmax_squared_error_grad(z, t))
        np.testing.assert_allclose(losses.softmax_squared_error_grad(z, t, 2.0),
                                   losses.squared_error_grad_through_softmax(losses.softmax(z / 2.0), t) / 2.0)

    def test_labels_of_the_wrong_count_are_refused_by_name(self):
        with pytest.raises(ValueError, match=r"labels must be one class index per sample \(2\), got 3"):
            losses.sparse_cross_entropy_error([[0.5, 0.5], [0.5, 0.5]], [0, 1, 1])
