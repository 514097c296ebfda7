"""The numpy MLP: hand-written backpropagation checked against finite
differences, learning, reproducibility, and a step that allocates nothing
in proportion to its batch."""

import tracemalloc

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lossviz.mnist import blas
from lossviz.mnist.bundled import load_bundled, stratified_split
from lossviz.mnist.first_layer import SMALL_PRODUCT
from lossviz.mnist.mlp import Mlp, images_to_inputs

needs_openblas = pytest.mark.skipif(blas.cblas() is None, reason="numpy's OpenBLAS cannot be called directly here")


def _small_problem(seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((5, 6))
    labels = rng.integers(0, 3, size=5)
    return x, labels


@pytest.mark.parametrize("loss", ["ce", "sse"])
def test_gradients_match_finite_differences(loss):
    x, labels = _small_problem()
    net = Mlp(n_hidden=4, seed=1, n_in=6, n_out=3, dtype=np.float64)
    _, grads = net.loss_and_gradients(x, labels, loss)
    grads = [g.copy() for g in grads]
    h = 1e-6
    for param, grad in zip(net.parameters(), grads):
        numeric = np.zeros_like(param)
        for index in np.ndindex(param.shape):
            keep = param[index]
            param[index] = keep + h
            up = net.loss_and_gradients(x, labels, loss)[0]
            param[index] = keep - h
            down = net.loss_and_gradients(x, labels, loss)[0]
            param[index] = keep
            numeric[index] = (up - down) / (2 * h)
        np.testing.assert_allclose(grad, numeric, atol=1e-6)


@pytest.mark.parametrize("loss", ["ce", "sse"])
def test_loss_decreases_on_a_fixed_batch(loss):
    images, labels = load_bundled()
    x, y = images_to_inputs(images[:64]), labels[:64]
    net = Mlp(seed=0)
    first = net.train_step(x, y, lr=0.1, momentum=0.9, loss=loss)
    for _ in range(30):
        last = net.train_step(x, y, lr=0.1, momentum=0.9, loss=loss)
    assert last < 0.5 * first


def test_same_seed_same_weights_and_curve():
    images, labels = load_bundled()
    x, y = images_to_inputs(images[:200]), labels[:200]

    def run(seed):
        net = Mlp(seed=seed)
        curve = [net.train_step(x[i : i + 50], y[i : i + 50], lr=0.1, momentum=0.9) for i in range(0, 200, 50)]
        return curve, net.copy_weights()

    (curve_a, weights_a), (curve_b, weights_b) = run(7), run(7)
    assert curve_a == curve_b
    for a, b in zip(weights_a, weights_b):
        np.testing.assert_array_equal(a, b)
    assert run(8)[0] != curve_a


def test_learns_real_digits():
    """A few epochs on the bundled 4,000 training images: well above chance
    (10%) on the 1,000 held-out ones."""
    images, labels = load_bundled()
    x = images_to_inputs(images)
    train, validation = stratified_split(labels, 0.2, seed=0)
    net = Mlp(seed=0)
    rng = np.random.default_rng(0)
    for _ in range(5):
        order = rng.permutation(train)
        for start in range(0, len(order), 32):
            batch = order[start : start + 32]
            net.train_step(x[batch], labels[batch], lr=0.05, momentum=0.9)
    assert net.accuracy(x[validation], labels[validation]) > 0.85


def test_set_weights_refuses_wrong_shapes():
    net = Mlp(n_hidden=10)
    with pytest.raises(ValueError, match="does not fit"):
        net.set_weights([np.zeros((784, 20)), net.b1, net.w2, net.b2])


@pytest.mark.parametrize("split", [False, pytest.param(True, marks=needs_openblas)])
def test_a_batch_that_does_not_fit_is_refused(split):
    """Refused with a message, before any product: the split first layer
    gives OpenBLAS bare addresses, which would read past the inputs."""
    net = Mlp(n_hidden=8, split=split)
    with pytest.raises(ValueError, match="does not fit a network with 784 inputs"):
        net.train_step(np.zeros((4, 785), np.float32), np.zeros(4, int), 0.1)
    with pytest.raises(ValueError, match="does not fit"):
        net.train_step(np.zeros((4, 784), np.float32), np.zeros(3, int), 0.1)


def test_unknown_loss():
    net = Mlp(n_hidden=3)
    with pytest.raises(ValueError, match="loss must be one of"):
        net.loss_and_gradients(np.zeros((1, 784), np.float32), np.array([0]), "hinge")


def test_byte_labels_work_for_batches_of_more_than_255():
    """Labels come as uint8 from the data files; the step turns them into
    positions in a 10 × B array, which would wrap round in uint8 arithmetic."""
    images, labels = load_bundled()
    x, y = images_to_inputs(images[:300]), labels[:300]
    assert y.dtype == np.uint8
    with_bytes, grads_bytes = Mlp(seed=0).loss_and_gradients(x, y, "ce")
    grads_bytes = [g.copy() for g in grads_bytes]
    with_ints, grads_ints = Mlp(seed=0).loss_and_gradients(x, y.astype(np.int64), "ce")
    assert with_bytes == with_ints
    for a, b in zip(grads_bytes, grads_ints):
        np.testing.assert_array_equal(a, b)


def test_predictions_for_images_and_rows_agree():
    images, labels = load_bundled()
    images, labels = images[:50], labels[:50]
    net = Mlp(seed=4)
    proba = net.predict_proba(images)
    assert proba.shape == (50, 10) and proba.dtype == np.float32 and proba.flags.c_contiguous
    np.testing.assert_allclose(proba.sum(axis=1), 1, rtol=1e-5)
    np.testing.assert_array_equal(proba, net.predict_proba(images_to_inputs(images)))
    expected = float(np.mean(proba.argmax(axis=1) == labels))
    assert net.accuracy(images, labels) == net.accuracy(images, labels, chunk=7) == expected
    assert net.accuracy(images_to_inputs(images), labels, chunk=7) == expected


def _step_allocation_peak(batch, loss):
    """Peak bytes allocated during 20 steps, after buffers exist."""
    images, labels = load_bundled()
    x, y = images_to_inputs(images[:batch]), labels[:batch]
    net = Mlp(seed=0)
    net.train_step(x, y, lr=0.1, momentum=0.9, loss=loss)
    tracemalloc.start()
    try:
        for _ in range(20):
            net.train_step(x, y, lr=0.1, momentum=0.9, loss=loss)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("loss", ["ce", "sse"])
def test_a_step_allocates_nothing_that_grows_with_the_batch(loss):
    """Every array of a step is made once per batch size.  What a step does
    allocate is numpy's own fixed-size iteration buffers and a few numbers
    per example; an array like the ReLU mask `hidden > 0` (100 bytes an
    example), `lr * grad` (318 KB) or a (B, 10) copy (40 bytes an example)
    shows up as growth with the batch."""
    small, large = _step_allocation_peak(200, loss), _step_allocation_peak(800, loss)
    assert small < 48_000, f"{small:,} bytes allocated"
    assert large - small < 600 * 12, f"{(large - small) / 600:.0f} bytes allocated per extra example"


def test_momentum_never_leaves_subnormal_velocities():
    """A weight whose gradient is exactly 0 (here: pixels blank in the whole
    batch) has its velocity multiplied by 0.9 each step; it is set to 0
    before it can sink into the subnormal floats, which this CPU handles
    some 30 times slower (Mlp._flush_tiny_velocities)."""
    from lossviz.mnist.mlp import FLUSH_EVERY

    net = Mlp(16, seed=0)
    x = np.zeros((8, 784), np.float32)
    x[:, 400] = 1.0  # one lit pixel: every other row of w1 gets exactly zero gradient
    labels = np.arange(8) % 10
    w1_velocity = net.velocities()[0]
    w1_velocity[0] = 1e-31  # on its way down: the flush takes it
    w1_velocity[1] = 1e-3  # still moving its weight: kept
    for _ in range(FLUSH_EVERY * 20):
        net.train_step(x, labels, lr=0.1, momentum=0.9)
        every = np.concatenate([v.ravel() for v in net.velocities()])
        smallest = np.abs(every[every != 0]).min(initial=np.inf)
        assert smallest >= np.finfo(np.float32).smallest_normal
    assert not w1_velocity[0].any()
    assert w1_velocity[400].any()  # the lit pixel's weights still learn


@needs_openblas
@settings(max_examples=40, deadline=None)
@given(hidden=st.integers(1, 130), batch=st.integers(1, 140), n_in=st.sampled_from([2, 37, 784]),
       loss=st.sampled_from(["ce", "sse"]), momentum=st.sampled_from([0.0, 0.9]), seed=st.integers(0, 2**16))
@example(hidden=100, batch=100, n_in=784, loss="ce", momentum=0.9, seed=0)  # the default network, in one sgemm_batch
@example(hidden=101, batch=37, n_in=784, loss="sse", momentum=0.9, seed=1)  # halves of unequal size, batched
def test_the_split_first_layer_makes_the_momentum_step_of_its_gradients(hidden, batch, n_in, loss, momentum, seed):
    """The two cores' halves of W1 (lossviz.mnist.first_layer), whether their
    products go out in one sgemm_batch or, when small, one at a time, give
    the loss numpy's matmul gives and move every weight by exactly the
    momentum step of the network's gradients, to float32 rounding.

    (The gradients are the split network's own: summed in another order, a
    hidden unit's input a hair from 0 may land on the other side of the
    ReLU in a plain network, and then its gradient rightly differs.)"""
    rng = np.random.default_rng(seed)
    split, plain = Mlp(hidden, seed, n_in=n_in, split=True), Mlp(hidden, seed, n_in=n_in, split=False)
    assert split.split and not plain.split
    velocities = [np.zeros_like(p) for p in split.parameters()]
    for step in range(3):
        x = rng.random((batch, n_in), dtype=np.float32) * (rng.random((batch, n_in)) < 0.3)  # mostly blank, as digits are
        labels = rng.integers(0, 10, batch)
        lr = np.float32(0.1 / (step + 1))
        plain.set_weights(split.parameters())
        value, grads = split.loss_and_gradients(x, labels, loss)
        assert value == pytest.approx(plain.loss_and_gradients(x, labels, loss)[0], rel=1e-5, abs=1e-6)
        expected = []
        for param, velocity, grad in zip(split.parameters(), velocities, grads):
            velocity *= np.float32(momentum)
            velocity -= lr * grad
            expected.append(param + velocity)
        assert split.train_step(x, labels, lr, momentum, loss) == value
        for mine, theirs in zip(split.parameters() + split.velocities(), expected + velocities):
            np.testing.assert_allclose(mine, theirs, rtol=1e-5, atol=1e-6)


@needs_openblas
def test_the_split_cuts_w1_where_the_update_does():
    """saxpy gives its caller the first half of the parameters (rounded up);
    W1 comes last, and the caller's rows of it end within one row of there,
    so each core updates the rows it computed.  The products at batch 100
    are large enough for sgemm_batch; those of a batch of 2 go one by one."""
    net = Mlp(100, 0)
    layer = net.first_layer
    size = sum(p.size for p in net.parameters())
    half = (size + 1) // 2
    w1_start = size - net.w1.size
    assert abs(w1_start + layer.rows_first * 100 - half) <= 100 / 2
    assert net.products_batched(100)
    assert 2 * 100 * layer.rows_first <= SMALL_PRODUCT and not net.products_batched(2)
