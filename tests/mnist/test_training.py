"""A training run: reports, divergence, control from another thread, the
learning-rate schedule, the random shifts, and what a run allocates."""

import math
import queue
import threading
import tracemalloc

import numpy as np
import pytest

from lossviz.mnist import training
from lossviz.mnist.bundled import load_bundled, stratified_split
from lossviz.mnist.mlp import Mlp, images_to_inputs
from lossviz.mnist.training import BatchReport, Diverged, EpochReport, TrainingConfig, TrainingControl, train

WAIT = 30  # seconds: a bound so a broken control fails instead of hanging


@pytest.fixture(scope="module")
def data():
    images, labels = load_bundled()
    x = images_to_inputs(images)
    train_idx, val_idx = stratified_split(labels, 0.2, seed=0)
    return x[train_idx[:1000]], labels[train_idx[:1000]], x[val_idx[:300]], labels[val_idx[:300]]


def test_reports_and_learning(data):
    config = TrainingConfig(epochs=3, batch=50, lr=0.05)
    reports = list(train(Mlp(seed=0), *data, config))
    batches = [r for r in reports if isinstance(r, BatchReport)]
    epochs = [r for r in reports if isinstance(r, EpochReport)]
    assert len(batches) == 3 * 20 and [e.epoch for e in epochs] == [1, 2, 3]
    assert epochs[-1].loss < epochs[0].loss
    assert epochs[-1].validation_accuracy > 0.7
    assert all(e.seconds > 0 for e in epochs)


def test_same_seed_same_curve(data):
    config = TrainingConfig(epochs=1, batch=100)
    curve = lambda: [r.loss for r in train(Mlp(seed=1), *data, config) if isinstance(r, BatchReport)]  # noqa: E731
    assert curve() == curve()


@pytest.mark.parametrize("loss", ["ce", "sse"])
def test_divergence_stops_with_message_and_keeps_good_weights(data, loss):
    net = Mlp(seed=0)
    reports = list(train(net, *data, TrainingConfig(lr=50.0, epochs=5, loss=loss, momentum=0.9)))
    last = reports[-1]
    assert isinstance(last, Diverged), last
    assert "learning rate 50 is too large" in last.message
    assert all(np.isfinite(p).all() for p in net.parameters())
    # The kept weights are the untrained start or better, not the wreck: no
    # worse than chance, as the diverged network was (about 10%).
    assert net.accuracy(data[2], data[3]) >= 0.05


def test_a_healthy_run_is_never_called_diverged(data):
    for loss in ("ce", "sse"):
        reports = list(train(Mlp(seed=2), *data, TrainingConfig(epochs=4, batch=20, lr=0.1, loss=loss)))
        assert not any(isinstance(r, Diverged) for r in reports), loss


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lr": 0}, "learning rate"),
        ({"lr": float("nan")}, "learning rate"),
        ({"batch": 0}, "batch size"),
        ({"hidden": 0}, "hidden units"),
        ({"loss": "hinge"}, "loss must be one of"),
        ({"momentum": 1.0}, "momentum"),
        ({"schedule": "exponential"}, "schedule"),
        ({"shift": -1}, "shift"),
        ({"shift": 5}, "shift"),
    ],
)
def test_bad_settings_are_refused(data, change, message):
    with pytest.raises(ValueError, match=message):
        next(train(Mlp(seed=0), *data, TrainingConfig(**change)))


def _run_in_thread(data, control, config):
    out = queue.Queue()

    def work():
        for report in train(Mlp(seed=0), *data, config, control):
            out.put(report)
        out.put("done")

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return out, thread


def test_pause_step_resume_cancel_from_another_thread(data):
    control = TrainingControl()
    control.pause()
    out, thread = _run_in_thread(data, control, TrainingConfig(epochs=50, batch=50))
    assert control.waiting.wait(WAIT)
    assert out.empty()  # paused before the first batch
    control.step()
    first = out.get(timeout=WAIT)
    assert isinstance(first, BatchReport) and first.step == 1
    assert control.waiting.wait(WAIT)
    assert out.empty()  # exactly one batch per step
    control.resume()
    assert out.get(timeout=WAIT).step == 2
    control.cancel()
    thread.join(WAIT)
    assert not thread.is_alive()
    remaining = []
    while not out.empty():
        remaining.append(out.get())
    assert remaining[-1] == "done"
    assert len(remaining) < 50 * 20  # it stopped long before the end


def test_weights_that_go_non_finite_are_never_kept(data, monkeypatch):
    """An update that leaves NaN in the first layer, taken while the loss was
    still finite, must not be kept as the 'last good' weights."""
    net = Mlp(seed=0)
    real_step = Mlp.train_step
    calls = {"n": 0}

    def poisoned_step(self, *args, **kwargs):
        loss = real_step(self, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 20:  # exactly at a snapshot, after a healthy loss
            self.w1[0, 0] = np.nan
        return loss

    monkeypatch.setattr(Mlp, "train_step", poisoned_step)
    reports = list(train(net, *data, TrainingConfig(epochs=2, batch=50)))
    assert isinstance(reports[-1], Diverged)
    assert all(np.isfinite(p).all() for p in net.parameters())


def test_uint8_images_train_exactly_as_their_float_rows(data):
    images, labels = load_bundled()
    train_idx, val_idx = stratified_split(labels, 0.2, seed=0)
    as_bytes = (images[train_idx[:1000]], labels[train_idx[:1000]], images[val_idx[:300]], labels[val_idx[:300]])
    config = TrainingConfig(epochs=1, batch=100, shift=0)  # shifts apply to images, not to rows
    from_bytes = [r for r in train(Mlp(seed=3), *as_bytes, config)]
    from_floats = [r for r in train(Mlp(seed=3), *data, config)]
    assert [r.loss for r in from_bytes if isinstance(r, BatchReport)] == [r.loss for r in from_floats if isinstance(r, BatchReport)]
    assert from_bytes[-1].validation_accuracy == from_floats[-1].validation_accuracy


# -- the learning-rate schedule ---------------------------------------------


def test_the_cosine_schedule_falls_from_lr_to_nearly_zero():
    config = TrainingConfig(lr=0.2)
    rates = [config.learning_rate(step, 100) for step in range(1, 101)]
    assert rates[0] == 0.2  # the first step at the full rate
    assert rates[50] == pytest.approx(0.1, abs=1e-15)  # half way, half the rate
    assert rates[25] == pytest.approx(0.1 * (1 + math.cos(math.pi / 4)), abs=1e-15)
    assert rates[-1] == pytest.approx(0.1 * (1 + math.cos(math.pi * 99 / 100)), abs=1e-15)  # the last: above 0, tiny
    assert 0 < rates[-1] < 1e-4
    assert all(a > b for a, b in zip(rates, rates[1:]))
    assert rates == [config.learning_rate(step, 100) for step in range(1, 101)]  # a function of the step alone
    assert TrainingConfig(lr=0.2, schedule="constant").learning_rate(77, 100) == 0.2


@pytest.mark.parametrize("schedule", ["cosine", "constant"])
def test_every_step_uses_the_scheduled_rate(schedule, monkeypatch):
    images, labels = load_bundled()
    used = []

    def recording_step(self, x, labels, lr, momentum=0.0, loss="ce"):
        used.append(lr)
        return 1.0

    monkeypatch.setattr(Mlp, "train_step", recording_step)
    config = TrainingConfig(epochs=3, batch=64, lr=0.3, schedule=schedule)
    list(train(Mlp(seed=0), images[:300], labels[:300], images[:10], labels[:10], config))
    total = 3 * math.ceil(300 / 64)  # the last batch of an epoch is short, and still a step
    assert used == [config.learning_rate(step, total) for step in range(1, total + 1)]


# -- random shifts --------------------------------------------------------


def _moved(image, dy, dx):
    """The reference: image moved down dy and right dx, blanks coming in."""
    out = np.zeros_like(image)
    out[max(dy, 0) : 28 + min(dy, 0), max(dx, 0) : 28 + min(dx, 0)] = image[max(-dy, 0) : 28 + min(-dy, 0), max(-dx, 0) : 28 + min(-dx, 0)]
    return out


@pytest.mark.parametrize("dtype", [np.uint8, np.float32])
def test_the_shifter_moves_each_image_by_its_own_amount_exactly(dtype, monkeypatch):
    """Ink up to every edge, so a pixel carried round a row's end (as a plain
    offset in the flat image would carry it) shows; one call moves every image
    by a different (dy, dx), in chunks smaller than the batch."""
    monkeypatch.setattr(training, "SHIFT_CHUNK", 7)
    moves = [(dy, dx) for dy in range(-2, 3) for dx in range(-2, 3)]
    rng = np.random.default_rng(0)
    images = rng.integers(1, 256, size=(len(moves), 28, 28)).astype(dtype)
    dy, dx = np.array(moves).T
    shifter = training._Shifter(len(moves), 2, dtype)
    out = np.full((len(moves), 784), 7, dtype)
    result = shifter(images.reshape(len(moves), 784), dy, dx, out)
    assert result is out and out.dtype == dtype and out.shape == (len(moves), 784)
    for image, moved, (y, x) in zip(images, out.reshape(-1, 28, 28), moves):
        np.testing.assert_array_equal(moved, _moved(image, y, x), err_msg=f"moved by dy={y}, dx={x}")


def _record_runs(monkeypatch, images, labels, configs):
    """What train() hands the network at each step, for each config: (inputs, labels) pairs."""
    seen = {}

    def recording_step(self, x, labels, lr, momentum=0.0, loss="ce"):
        seen[self.run].append((x.copy(), labels.copy()))
        return 1.0

    monkeypatch.setattr(Mlp, "train_step", recording_step)
    for key, config in configs.items():
        net = Mlp(seed=config.seed)
        net.run = key
        seen[key] = []
        list(train(net, images, labels, images[:10], labels[:10], config))
    return seen


def test_every_image_is_moved_by_up_to_one_pixel_each_its_own_way(monkeypatch):
    images, labels = load_bundled()
    images, labels = images[:400], labels[:400]
    seen = _record_runs(monkeypatch, images, labels, {"run": TrainingConfig(epochs=1, batch=100)})["run"]
    all_moves = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
    moved = {}  # every original, moved every way, by its bytes
    for index, image in enumerate(images):
        for move in all_moves:
            moved.setdefault(_moved(image, *move).tobytes(), []).append((index, move))
    shown_images, moves_in_batch = [], []
    for inputs, batch_labels in seen:
        assert inputs.shape == (100, 784) and inputs.dtype == np.float32
        found = [moved.get(np.rint(row * 255).astype(np.uint8).tobytes()) for row in inputs]
        assert all(found), "an input that is no original moved by at most 1 pixel"
        assert all(labels[index] == label for matches, label in zip(found, batch_labels) for index, _ in matches)
        shown_images += [matches[0][0] for matches in found]
        moves_in_batch.append({matches[0][1] for matches in found})
    assert sorted(shown_images) == list(range(400))  # an epoch shows each image once
    assert all(len(moves) > 1 for moves in moves_in_batch)  # each image its own move, not one for a whole batch
    assert set().union(*moves_in_batch) == set(all_moves)


def test_both_losses_see_the_same_images_and_another_seed_does_not(monkeypatch):
    """Compare mode trains a cross-entropy and a squared-error network side by
    side: their batches and shifts must come from the seed alone."""
    images, labels = load_bundled()
    configs = {(seed, loss): TrainingConfig(epochs=2, batch=50, seed=seed, loss=loss) for seed in (0, 1) for loss in ("ce", "sse")}
    seen = _record_runs(monkeypatch, images[:200], labels[:200], configs)
    for (x_ce, y_ce), (x_sse, y_sse) in zip(seen[(0, "ce")], seen[(0, "sse")], strict=True):
        np.testing.assert_array_equal(x_ce, x_sse)
        np.testing.assert_array_equal(y_ce, y_sse)
    assert not np.array_equal(seen[(0, "ce")][0][0], seen[(1, "ce")][0][0])
    # and the networks start alike: Mlp's weights depend on its seed alone
    for a, b in zip(Mlp(seed=0).parameters(), Mlp(seed=0).parameters()):
        np.testing.assert_array_equal(a, b)


def test_uint8_images_and_their_float_rows_are_shifted_alike(data):
    images, labels = load_bundled()
    train_idx, val_idx = stratified_split(labels, 0.2, seed=0)
    as_bytes = (images[train_idx[:1000]], labels[train_idx[:1000]], images[val_idx[:300]], labels[val_idx[:300]])
    config = TrainingConfig(epochs=1, batch=100)
    assert config.shift > 0
    from_bytes = [r.loss for r in train(Mlp(seed=3), *as_bytes, config) if isinstance(r, BatchReport)]
    from_floats = [r.loss for r in train(Mlp(seed=3), *data, config) if isinstance(r, BatchReport)]
    assert from_bytes == from_floats


def test_pausing_and_stepping_do_not_change_the_run(data):
    """Nothing depends on timing: a run taken one allowed step at a time gives the same curve."""
    config = TrainingConfig(epochs=1, batch=100)
    free = [r.loss for r in train(Mlp(seed=5), *data, config) if isinstance(r, BatchReport)]
    control = TrainingControl()
    control.pause()
    for _ in range(len(free)):
        control.step()  # granted in advance, so this thread never blocks
    stepped = [r.loss for r in train(Mlp(seed=5), *data, config, control) if isinstance(r, BatchReport)]
    assert stepped == free


# -- allocation ----------------------------------------------------------


def _run_allocation_peak(batch):
    """Peak bytes allocated during 4 steps of a run on uint8 images with shifts, inside its first epoch."""
    images, labels = load_bundled()
    reports = train(Mlp(seed=0), images, labels, images[:10], labels[:10], TrainingConfig(batch=batch, epochs=1))
    next(reports)
    tracemalloc.start()
    try:
        for _ in range(4):
            assert isinstance(next(reports), BatchReport)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_run_allocates_nothing_that_grows_with_the_batch():
    """Gathering, shifting and scaling a batch go into buffers made once: no
    `x_train[batch]` (784 bytes an example, 3,136 as float), no temporary of
    np.take's default mode.  Numpy's own fixed-size buffers and a few
    numbers per example are all a step allocates."""
    small, large = _run_allocation_peak(200), _run_allocation_peak(800)
    assert small < 48_000, f"{small:,} bytes allocated"
    assert large - small < 600 * 24, f"{(large - small) / 600:.0f} bytes allocated per extra example"


def test_steps_train_on_two_blas_threads_and_give_the_threads_back(data, monkeypatch):
    """A step's products run on two threads, one core each for the two
    halves of the split first layer (lossviz.mnist.first_layer); the
    accuracy's large products, and everything after the run, get OpenBLAS's
    own count again (here made 3, so that the two differ on any machine)."""
    from lossviz.mnist import blas

    if blas.threads() is None:
        pytest.skip("numpy's OpenBLAS does not expose its thread functions here")
    real_default = blas.default_threads()
    monkeypatch.setattr(blas, "default_threads", lambda: 3)
    step_threads = 2 if Mlp(16, 0).split else 1
    try:
        blas.set_threads(3)
        run = train(Mlp(16, 0), *data, TrainingConfig(hidden=16, batch=32, epochs=2))
        assert isinstance(next(run), BatchReport)
        assert blas.threads() == step_threads
        while not isinstance(next(run), EpochReport):
            pass
        assert blas.threads() == 3  # the epoch's accuracy
        assert isinstance(next(run), BatchReport) and blas.threads() == step_threads
        run.close()  # the window's Reset: the run is dropped half-way
        assert blas.threads() == 3

        # Paced by the panel, or stepped by hand: one thread for everything,
        # as OpenBLAS's second would only spin between batches.
        control = TrainingControl()
        control.full_speed = False
        run = train(Mlp(16, 0), *data, TrainingConfig(hidden=16, batch=32, epochs=2), control)
        assert isinstance(next(run), BatchReport) and blas.threads() == 1
        while not isinstance(next(run), EpochReport):
            pass
        assert blas.threads() == 1
        control.full_speed = True
        assert isinstance(next(run), BatchReport) and blas.threads() == step_threads
        run.close()
        assert blas.threads() == 3
    finally:
        blas.set_threads(real_default)
