"""A training run: reports, divergence, and control from another thread."""

import queue
import threading

import numpy as np
import pytest

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


def test_the_cosine_schedule_falls_from_lr_to_nearly_zero():
    config = TrainingConfig(lr=0.2)
    rates = [config.learning_rate(step, 100) for step in range(1, 101)]
    assert rates[0] == 0.2 and rates[50] == pytest.approx(0.1) and 0 < rates[-1] < 1e-3
    assert all(a > b for a, b in zip(rates, rates[1:]))
    assert TrainingConfig(lr=0.2, schedule="constant").learning_rate(77, 100) == 0.2
    with pytest.raises(ValueError, match="schedule"):
        TrainingConfig(schedule="exponential").validate()


def test_shifted_images_move_by_whole_pixels_and_depend_on_the_seed_only(monkeypatch):
    """Record what the network is given: every training image shifted by at
    most 2 pixels, the same for both losses, different for another seed."""
    images, labels = load_bundled()
    seen = {}

    def recording_step(self, x, labels, lr, momentum=0.0, loss="ce"):
        seen.setdefault((self.seed_used, loss), []).append(x.copy())
        return 1.0

    monkeypatch.setattr(Mlp, "train_step", recording_step)
    for seed in (0, 1):
        for loss in ("ce", "sse"):
            net = Mlp(seed=seed)
            net.seed_used = seed
            for _ in train(net, images[:200], labels[:200], images[:10], labels[:10], TrainingConfig(epochs=1, batch=50, seed=seed,
                                                                                                       loss=loss)):
                pass
    first = seen[(0, "ce")][0].reshape(-1, 28, 28)
    assert all(np.array_equal(a, b) for a, b in zip(seen[(0, "ce")], seen[(0, "sse")]))
    assert not np.array_equal(first, seen[(1, "ce")][0].reshape(-1, 28, 28))
    # Each shown image is one of the 25 shifts of some original: find it.
    originals = images[:200].astype(np.float32) / 255
    padded = np.pad(originals, ((0, 0), (2, 2), (2, 2)))
    shifted = {(dy, dx): padded[:, dy : dy + 28, dx : dx + 28] for dy in range(5) for dx in range(5)}
    for image in first:
        assert any((np.abs(candidates - image).sum(axis=(1, 2)) == 0).any() for candidates in shifted.values())
    assert any(not (np.abs(originals - image).sum(axis=(1, 2)) == 0).any() for image in first)  # some really moved
