"""Temperature, label smoothing, KL divergence, focal loss and the multi-class
hinge: values against references written out by hand (plain Python and the
math module, not the code under test), gradients against central finite
differences, and the invariants (hypothesis)."""

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from lossviz import losses
from lossviz import more_losses as more
from lossviz.loss_checks import FOCAL_GAMMA_RANGE, SMOOTHING_RANGE, TEMPERATURE_RANGE

# -- references, one formula each, written differently from lossviz --------


def ref_softmax(z, temperature=1.0):
    """yₖ = 1 / Σⱼ exp((zⱼ − zₖ)/T): the same value, without a max shift."""
    return [1.0 / math.fsum(math.exp((zj - zk) / temperature) for zj in z) for zk in z]


def ref_smoothed(label, k, epsilon):
    return [(1.0 - epsilon) + epsilon / k if j == label else epsilon / k for j in range(k)]


def ref_entropy(t):
    return -math.fsum(tk * math.log(tk) for tk in t if tk > 0)


def ref_kl(t, y):
    return math.fsum(tk * math.log(tk / yk) for tk, yk in zip(t, y) if tk > 0)


def ref_cross_entropy(t, y, delta=0.0):
    return -math.fsum(tk * math.log(yk + delta) for tk, yk in zip(t, y) if tk > 0)


def ref_focal(y, t, gamma, delta=losses.DELTA):
    return -math.fsum(tk * (1.0 - yk) ** gamma * math.log(yk + delta) for tk, yk in zip(t, y) if tk > 0)


def ref_hinge(z, label, margin=1.0):
    total = 0.0
    for j, zj in enumerate(z):
        if j != label:
            total += max(0.0, zj - z[label] + margin)
    return total


def numerical_gradient(f, z, h=1e-6):
    """Central differences, one logit at a time (float64)."""
    z = np.asarray(z, dtype=np.float64)
    grad = np.zeros_like(z)
    for k in range(len(z)):
        step = np.zeros_like(z)
        step[k] = h
        grad[k] = (f(z + step) - f(z - step)) / (2 * h)
    return grad


# -- strategies -------------------------------------------------------------

logits = arrays(np.float64, st.integers(2, 10), elements=st.floats(-5, 5))
temperatures = st.floats(*TEMPERATURE_RANGE)
gammas = st.floats(*FOCAL_GAMMA_RANGE)
epsilons = st.floats(*SMOOTHING_RANGE)
margins = st.floats(0.0, 3.0)


@st.composite
def distributions(draw, k):
    """A target distribution of K classes: one-hot, label-smoothed, or any."""
    kind = draw(st.sampled_from(["one-hot", "smoothed", "any"]))
    label = draw(st.integers(0, k - 1))
    if kind == "one-hot":
        return losses.one_hot(label, k)
    if kind == "smoothed":
        return losses.smooth_labels(label, draw(epsilons), n_classes=k)
    weights = np.array(draw(st.lists(st.floats(0, 1), min_size=k, max_size=k)))
    assume(weights.sum() > 1e-3)
    return weights / weights.sum()


@st.composite
def smoothed_targets(draw, k):
    """One-hot or label-smoothed: what cross-entropy accepts."""
    return losses.smooth_labels(draw(st.integers(0, k - 1)), draw(epsilons), n_classes=k)


# -- values against the references -----------------------------------------


class TestValues:
    def test_seed000_kl_of_a_one_hot_target_is_cross_entropy(self):
        right = [0.01, 0.1, 0.8, 0.03, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]
        t = np.eye(10)[2]
        assert more.kl_divergence(t, right) == pytest.approx(-math.log(0.8), rel=1e-15)
        assert more.entropy(t) == 0.0

    def test_kl_of_label_smoothing_by_hand(self):
        # K = 2, ε = 0.2: t = (0.9, 0.1); y = (0.6, 0.4).
        t = losses.smooth_labels([1, 0], 0.2)
        np.testing.assert_allclose(t, [0.9, 0.1], rtol=1e-15)
        expected = 0.9 * math.log(0.9 / 0.6) + 0.1 * math.log(0.1 / 0.4)
        assert more.kl_divergence(t, [0.6, 0.4]) == pytest.approx(expected, rel=1e-14)

    def test_focal_by_hand(self):
        # y_correct = 0.8, γ = 2: −(0.2)² log 0.8 = −0.04 · log 0.8.
        y, t = [0.8, 0.15, 0.05], [1, 0, 0]
        assert more.focal_loss(y, t, 2.0, delta=0.0) == pytest.approx(-0.04 * math.log(0.8), rel=1e-14)

    def test_cs231n_hinge_example(self):
        # CS231n's example: scores (13, −7, 11), correct class 0, Δ = 10 → 8.
        assert more.multiclass_hinge([13.0, -7.0, 11.0], 0, margin=10.0) == 8.0
        np.testing.assert_array_equal(more.multiclass_hinge_grad([13.0, -7.0, 11.0], 0, margin=10.0), [-1.0, 0.0, 1.0])

    @given(logits, temperatures)
    def test_softmax_at_temperature(self, z, temperature):
        np.testing.assert_allclose(losses.softmax(z, temperature), ref_softmax(z, temperature), rtol=1e-12, atol=1e-300)

    @given(st.integers(2, 10), st.data(), epsilons)
    def test_smooth_labels(self, k, data, epsilon):
        label = data.draw(st.integers(0, k - 1))
        expected = ref_smoothed(label, k, epsilon)
        np.testing.assert_allclose(losses.smooth_labels(label, epsilon, n_classes=k), expected, rtol=1e-15)
        np.testing.assert_allclose(losses.smooth_labels(np.eye(k)[label], epsilon), expected, rtol=1e-15)

    @given(logits, st.data())
    def test_kl_entropy_and_cross_entropy(self, z, data):
        t = data.draw(distributions(len(z)))
        y = losses.softmax(z)
        assert more.entropy(t) == pytest.approx(ref_entropy(t), rel=1e-12, abs=1e-15)
        assert more.kl_divergence(t, y) == pytest.approx(ref_kl(t, y), rel=1e-9, abs=1e-12)
        assert more.kl_divergence_from_logits(z, t) == pytest.approx(ref_kl(t, ref_softmax(z)), rel=1e-9, abs=1e-12)

    @given(logits, st.data(), gammas)
    def test_focal(self, z, data, gamma):
        t = data.draw(distributions(len(z)))
        y = losses.softmax(z)
        assert more.focal_loss(y, t, gamma) == pytest.approx(ref_focal(y, t, gamma), rel=1e-12, abs=1e-15)

    @given(logits, st.data(), margins)
    def test_hinge(self, z, data, margin):
        label = data.draw(st.integers(0, len(z) - 1))
        assert more.multiclass_hinge(z, label, margin) == pytest.approx(ref_hinge(list(z), label, margin), rel=1e-12, abs=1e-12)


# -- the identities and invariants ------------------------------------------


@given(logits, st.data(), temperatures)
def test_kl_is_cross_entropy_minus_entropy(z, data, temperature):
    """The pair that explains label smoothing, with the exact cross-entropy
    (no δ): from logits, and from probabilities with delta=0."""
    t = data.draw(smoothed_targets(len(z)))
    h = more.entropy(t)
    kl = more.kl_divergence_from_logits(z, t, temperature)
    assert kl == pytest.approx(losses.cross_entropy_from_logits(z, t, temperature) - h, rel=1e-12, abs=1e-12)
    y = losses.softmax(z, temperature)
    assert more.kl_divergence(t, y) == pytest.approx(losses.cross_entropy_error(y, t, delta=0.0) - h, rel=1e-12, abs=1e-12)
    assert more.kl_divergence(t, y) == pytest.approx(kl, rel=1e-9, abs=1e-12)


@given(st.integers(2, 10), st.data())
def test_kl_is_never_negative_and_zero_only_at_t_equals_y(k, data):
    t = data.draw(distributions(k))
    y = data.draw(distributions(k))
    assume(np.all(y[t > 0] > 0))
    kl = more.kl_divergence(t, y)
    assert more.kl_divergence(t, t) == 0.0
    # Pinsker's inequality, KL ≥ ½ ‖t − y‖₁²: positive as soon as t ≠ y.
    assert kl >= 0.5 * np.abs(t - y).sum() ** 2 - 1e-12
    if np.abs(t - y).sum() > 1e-5:
        assert kl > 0


def test_kl_is_infinite_where_y_is_zero_but_t_is_not():
    assert more.kl_divergence([0.5, 0.5], [1.0, 0.0]) == math.inf
    assert more.kl_divergence([1.0, 0.0], [1.0, 0.0]) == 0.0  # 0 log 0 = 0


@given(logits, st.data(), gammas)
def test_focal_is_never_above_cross_entropy_and_falls_with_gamma(z, data, gamma):
    t = data.draw(smoothed_targets(len(z)))
    y = losses.softmax(z)
    assert more.focal_loss(y, t, gamma, delta=0.0) <= losses.cross_entropy_error(y, t, delta=0.0)
    # With the seeds' δ only where yₖ > 1 − δ can it pass by a hair.
    assert more.focal_loss(y, t, gamma) <= losses.cross_entropy_error(y, t) + losses.DELTA
    assert more.focal_loss(y, t, min(gamma + 0.5, 5.0), delta=0.0) <= more.focal_loss(y, t, gamma, delta=0.0)


@given(logits, st.data())
def test_focal_at_gamma_zero_is_cross_entropy(z, data):
    t = data.draw(smoothed_targets(len(z)))
    y = losses.softmax(z)
    assert more.focal_loss(y, t, 0.0) == losses.cross_entropy_error(y, t)
    np.testing.assert_allclose(more.softmax_focal_loss_grad(z, t, 0.0), losses.softmax_cross_entropy_grad(z, t), atol=1e-15)


@given(arrays(np.float64, st.integers(1, 9), elements=st.floats(-5, 5)), st.data(), margins, st.floats(0, 5))
def test_hinge_is_zero_when_the_margin_holds(others, data, margin, extra):
    label = data.draw(st.integers(0, len(others)))
    z = np.insert(others, label, others.max() + margin + extra)
    assume(np.all(np.delete(z, label) - z[label] + margin <= 0))
    assert more.multiclass_hinge(z, label, margin) == 0.0
    assert not more.multiclass_hinge_grad(z, label, margin).any()
    # Move one wrong logit past the margin: the loss is positive again.
    j = (label + 1) % len(z)
    z[j] = z[label] - margin + 0.5
    assert more.multiclass_hinge(z, label, margin) == pytest.approx(0.5)


@given(st.integers(1, 10), epsilons, st.data())
def test_smoothed_labels_sum_to_one_within_their_bounds(k, epsilon, data):
    label = data.draw(st.integers(0, k - 1))
    t = losses.smooth_labels(label, epsilon, n_classes=k)
    assert t.sum() == pytest.approx(1.0, abs=1e-15)
    assert np.all(t >= epsilon / k - 1e-17) and np.all(t <= 1 - epsilon + epsilon / k + 1e-16)
    assert int(np.argmax(t)) == label


@given(logits, temperatures, st.floats(-100, 100))
def test_softmax_sums_to_one_and_ignores_a_constant(z, temperature, shift):
    y = losses.softmax(z, temperature)
    assert y.sum() == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_allclose(losses.softmax(z + shift, temperature), y, rtol=1e-9, atol=1e-300)


@given(logits)
def test_softmax_at_temperature_one_is_todays_softmax(z):
    np.testing.assert_array_equal(losses.softmax(z, 1.0), losses.softmax(z))


@given(logits)
def test_low_temperature_sharpens_and_high_temperature_flattens(z):
    k = len(z)
    top = [losses.softmax(z, temperature).max() for temperature in (0.1, 1.0, 10.0)]
    assert top[0] >= top[1] - 1e-12 and top[1] >= top[2] - 1e-12
    gap = np.sort(z)[-1] - np.sort(z)[-2]
    if gap >= 1.0:  # at T = 0.1 the others share at most (K − 1) e^(−gap/T)
        assert top[0] >= 1.0 - (k - 1) * math.exp(-gap / 0.1) - 1e-15
    spread = z.max() - z.min()  # at T = 10, yₖ/yⱼ ≤ e^(spread/T)
    y = losses.softmax(z, 10.0)
    assert np.all(y <= math.exp(spread / 10) / k + 1e-12) and np.all(y >= math.exp(-spread / 10) / k - 1e-12)


def test_softmax_of_huge_logits_at_any_temperature():
    for temperature in (0.1, 1.0, 10.0):
        y = losses.softmax([1000.0, -1000.0, 999.0], temperature)
        assert np.all(np.isfinite(y)) and y.sum() == pytest.approx(1.0)


# -- gradients against central finite differences ---------------------------


@settings(max_examples=80)
@given(logits, st.data(), temperatures)
def test_cross_entropy_and_squared_error_gradients_at_temperature(z, data, temperature):
    t = data.draw(smoothed_targets(len(z)))
    numeric = numerical_gradient(lambda v: losses.cross_entropy_from_logits(v, t, temperature), z)
    np.testing.assert_allclose(losses.softmax_cross_entropy_grad(z, t, temperature), numeric, rtol=1e-5, atol=1e-6)
    numeric = numerical_gradient(lambda v: losses.sum_squared_error(losses.softmax(v, temperature), t), z)
    np.testing.assert_allclose(losses.softmax_squared_error_grad(z, t, temperature), numeric, rtol=1e-5, atol=1e-6)


@settings(max_examples=80)
@given(logits, st.data(), temperatures)
def test_kl_gradient(z, data, temperature):
    t = data.draw(distributions(len(z)))
    numeric = numerical_gradient(lambda v: more.kl_divergence(t, losses.softmax(v, temperature)), z)
    np.testing.assert_allclose(more.softmax_kl_divergence_grad(z, t, temperature), numeric, rtol=1e-5, atol=1e-6)


@settings(max_examples=120)
@given(logits, st.data(), gammas, temperatures)
def test_focal_gradient(z, data, gamma, temperature):
    t = data.draw(distributions(len(z)))
    numeric = numerical_gradient(lambda v: more.focal_loss(losses.softmax(v, temperature), t, gamma, delta=0.0), z)
    np.testing.assert_allclose(more.softmax_focal_loss_grad(z, t, gamma, temperature), numeric, rtol=1e-5, atol=1e-6)


def test_focal_gradient_when_one_class_has_all_the_probability():
    """y rounds to 1: (1 − y)^(γ−1) alone would be ∞ for γ < 1."""
    for gamma in (0.0, 0.5, 2.0):
        grad = more.softmax_focal_loss_grad([60.0, 0.0, 0.0], [1.0, 0.0, 0.0], gamma)
        assert np.all(np.isfinite(grad)) and np.abs(grad).max() < 1e-20
        grad = more.softmax_focal_loss_grad([60.0, 0.0, 0.0], [0.0, 1.0, 0.0], gamma)
        assert np.all(np.isfinite(grad)) and grad[1] < 0 < grad[0]


@settings(max_examples=80)
@given(logits, st.data(), margins)
def test_hinge_gradient_away_from_its_kinks(z, data, margin):
    label = data.draw(st.integers(0, len(z) - 1))
    assume(np.all(np.abs(np.delete(z - z[label] + margin, label)) > 1e-3))
    numeric = numerical_gradient(lambda v: more.multiclass_hinge(v, label, margin), z)
    np.testing.assert_allclose(more.multiclass_hinge_grad(z, label, margin), numeric, atol=1e-6)


# -- batches ----------------------------------------------------------------


@given(st.integers(1, 5), st.integers(2, 8), st.data(), gammas, temperatures, margins)
def test_batch_is_the_mean_of_its_samples(n, k, data, gamma, temperature, margin):
    z = data.draw(arrays(np.float64, (n, k), elements=st.floats(-5, 5)))
    labels = data.draw(arrays(np.int64, n, elements=st.integers(0, k - 1)))
    t = losses.smooth_labels(labels, data.draw(epsilons), n_classes=k)
    y = losses.softmax(z, temperature)
    rows = range(n)
    for batch, one in [
        (more.kl_divergence(t, y), lambda i: more.kl_divergence(t[i], y[i])),
        (more.kl_divergence_from_logits(z, t, temperature), lambda i: more.kl_divergence_from_logits(z[i], t[i], temperature)),
        (more.entropy(t), lambda i: more.entropy(t[i])),
        (more.focal_loss(y, t, gamma), lambda i: more.focal_loss(y[i], t[i], gamma)),
        (more.multiclass_hinge(z, labels, margin), lambda i: more.multiclass_hinge(z[i], labels[i], margin)),
        (losses.cross_entropy_error(y, t), lambda i: losses.cross_entropy_error(y[i], t[i])),
    ]:
        assert batch == pytest.approx(math.fsum(one(i) for i in rows) / n, rel=1e-12, abs=1e-12)
    for batch, one in [
        (more.softmax_kl_divergence_grad(z, t, temperature), lambda i: more.softmax_kl_divergence_grad(z[i], t[i], temperature)),
        (more.softmax_focal_loss_grad(z, t, gamma, temperature), lambda i: more.softmax_focal_loss_grad(z[i], t[i], gamma, temperature)),
        (more.multiclass_hinge_grad(z, labels, margin), lambda i: more.multiclass_hinge_grad(z[i], labels[i], margin)),
        (losses.softmax_squared_error_grad(z, t, temperature), lambda i: losses.softmax_squared_error_grad(z[i], t[i], temperature)),
    ]:
        np.testing.assert_allclose(batch, [one(i) for i in rows], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(losses.smooth_labels(losses.one_hot(labels, k), 0.1), losses.smooth_labels(labels, 0.1, n_classes=k))


# -- refusals ---------------------------------------------------------------

Y3, T3 = [0.7, 0.2, 0.1], [1.0, 0.0, 0.0]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: losses.softmax([1.0, 2.0], temperature=0), "temperature must be a positive"),
        (lambda: losses.softmax([1.0, 2.0], temperature=-1), "temperature must be a positive"),
        (lambda: losses.softmax([1.0, 2.0], temperature=math.nan), "temperature must be a finite"),
        (lambda: losses.softmax([1.0, 2.0], temperature=math.inf), "temperature must be a finite"),
        (lambda: losses.softmax([1.0, 2.0], temperature="hot"), "temperature must be a number"),
        (lambda: losses.softmax([1.0, math.inf]), "logits z contains an infinite value at index 1"),
        (lambda: losses.smooth_labels(T3, 0.6), "epsilon must be from 0 to 0.5, got 0.6"),
        (lambda: losses.smooth_labels(T3, -0.1), "epsilon must be from 0 to 0.5"),
        (lambda: losses.smooth_labels(T3, math.nan), "epsilon must be a finite number"),
        (lambda: losses.smooth_labels([0.5, 0.5], 0.1), "target t must be one-hot"),
        (lambda: losses.smooth_labels(3, 0.1, n_classes=3), "label 3 is out of range"),
        (lambda: losses.smooth_labels(0.5, 0.1, n_classes=3), "whole class indices"),
        (lambda: losses.smooth_labels([[0, 1]], 0.1, n_classes=3), "class indices t must be one index or a 1-D"),
        (lambda: losses.smooth_labels(0, 0.1, n_classes=0), "n_classes must be a whole number"),
        (lambda: more.kl_divergence([1.0, 0.0], Y3), "output y has shape"),
        (lambda: more.kl_divergence([0.5, 0.6, 0.0], Y3), "target t must be a probability distribution that sums to 1"),
        (lambda: more.kl_divergence(T3, [0.7, 0.2, math.nan]), "output y contains NaN at index 2"),
        (lambda: more.kl_divergence(T3, [1.2, -0.1, 0.1]), "output y contains a negative value"),
        (lambda: more.kl_divergence(T3, [1.2, 0.0, 0.1]), "output y contains a value above 1"),
        (lambda: more.kl_divergence([[1.0, 0.0], [0.3, 0.3]], [[0.5, 0.5]] * 2), r"target t must be .* \(sample 1\)"),
        (lambda: more.kl_divergence_from_logits([1.0, 2.0], [0.0, 0.0]), "target t must be a probability distribution"),
        (lambda: more.entropy([0.5, 1.5]), "target t contains a value above 1"),
        (lambda: more.focal_loss(Y3, T3, gamma=5.5), "focal gamma must be from 0 to 5, got 5.5"),
        (lambda: more.focal_loss(Y3, T3, gamma=-1), "focal gamma must be from 0 to 5"),
        (lambda: more.focal_loss(Y3, T3, gamma=math.inf), "focal gamma must be a finite number"),
        (lambda: more.focal_loss(Y3, [1.0, 0.0], 2.0), "output y has shape"),
        (lambda: more.focal_loss([0.7, 0.2, math.inf], T3), "output y contains an infinite value"),
        (lambda: more.softmax_focal_loss_grad([1.0, 2.0], [1.0, 0.0], gamma=6), "focal gamma"),
        (lambda: more.softmax_focal_loss_grad([1.0, 2.0], [1.0, 0.0], temperature=0), "temperature"),
        (lambda: more.softmax_kl_divergence_grad([1.0, 2.0], [1.0, 0.0, 0.0]), "logits z has shape"),
        (lambda: more.multiclass_hinge([1.0, 2.0], 2), "label 2 is out of range"),
        (lambda: more.multiclass_hinge([1.0, 2.0], -1), "label -1 is out of range"),
        (lambda: more.multiclass_hinge([1.0, 2.0], 0.5), "label must be whole class indices"),
        (lambda: more.multiclass_hinge([[1.0, 2.0]] * 2, [0]), r"label must be one class index per sample \(2\), got 1"),
        (lambda: more.multiclass_hinge([1.0, 2.0], 0, margin=-1), "margin must be at least 0, got -1"),
        (lambda: more.multiclass_hinge([1.0, 2.0], 0, margin=math.nan), "margin must be a finite number"),
        (lambda: more.multiclass_hinge([1.0, math.nan], 0), "logits z contains NaN"),
        (lambda: more.multiclass_hinge_grad([1.0, 2.0], 5), "label 5 is out of range"),
    ],
)
def test_every_bad_input_is_refused_by_name(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# -- PyTorch, where it is installed -----------------------------------------


def test_against_pytorch():
    torch = pytest.importorskip("torch")
    functional = torch.nn.functional
    rng = np.random.default_rng(17)
    z = rng.normal(0.0, 3.0, size=(6, 5))
    labels = rng.integers(0, 5, size=6)
    zt = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    lt = torch.tensor(labels)
    for temperature, epsilon in [(1.0, 0.0), (0.5, 0.1), (3.0, 0.3)]:
        t = losses.smooth_labels(labels, epsilon, n_classes=5)
        np.testing.assert_allclose(losses.softmax(z, temperature), torch.softmax(zt / temperature, -1).detach().numpy(), rtol=1e-12)
        ce = functional.cross_entropy(zt / temperature, lt, label_smoothing=epsilon)
        assert losses.cross_entropy_from_logits(z, t, temperature) == pytest.approx(ce.item(), rel=1e-12)
        kl = functional.kl_div(torch.log_softmax(zt / temperature, -1), torch.tensor(t), reduction="batchmean")
        assert more.kl_divergence_from_logits(z, t, temperature) == pytest.approx(kl.item(), rel=1e-10)
        (grad,) = torch.autograd.grad(kl * len(z), zt)  # per sample: the sum, not the mean
        np.testing.assert_allclose(more.softmax_kl_divergence_grad(z, t, temperature), grad.numpy(), rtol=1e-10, atol=1e-14)
    # torch's multi_margin_loss divides the Weston–Watkins sum by K.
    hinge = functional.multi_margin_loss(zt, lt, margin=1.0) * 5
    assert more.multiclass_hinge(z, labels) == pytest.approx(hinge.item(), rel=1e-12)


# -- the explorer's read-out --------------------------------------------------


def test_explorer_readout_has_the_new_losses_on_demand():
    from lossviz.explorer import ExplorerState, Mode, evaluate

    state = ExplorerState(n_classes=3, logits=(2.0, 1.0, -1.0), target=1)
    readout = evaluate(state)
    assert "more_losses" not in vars(readout)  # a slider's move does not compute them
    z, y = np.array(state.logits), ref_softmax(state.logits)
    assert readout.loss("kl_divergence") == pytest.approx(-math.log(y[1]), rel=1e-12)
    assert readout.loss("focal_loss") == pytest.approx(ref_focal(y, [0, 1, 0], 2.0), rel=1e-12)
    assert readout.loss("multiclass_hinge") == ref_hinge(list(z), 1) == 2.0
    np.testing.assert_array_equal(readout.more_gradients["multiclass_hinge"], [1.0, -1.0, 0.0])
    np.testing.assert_allclose(readout.more_gradients["kl_divergence"], readout.grad_cross_entropy)
    np.testing.assert_allclose(readout.more_gradients["focal_loss"], more.softmax_focal_loss_grad(z, [0, 1, 0]))
    typed = evaluate(state.with_entered((0.5, 0.5, 0.0)))
    assert typed.loss("kl_divergence") == pytest.approx(math.log(2)) and typed.loss("multiclass_hinge") is None
    assert typed.more_gradients == dict.fromkeys(["kl_divergence", "focal_loss", "multiclass_hinge"])
    binary = evaluate(ExplorerState().with_mode(Mode.BINARY))
    with pytest.raises(KeyError):
        binary.loss("kl_divergence")
