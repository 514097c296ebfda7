"""The MNIST panel's training session: one network or two in lockstep."""

import math

import numpy as np
import pytest

from lossviz.mnist.bundled import load_bundled, stratified_split
from lossviz.mnist.session import TrainingSession
from lossviz.mnist.training import BatchReport, Diverged, EpochReport, TrainingConfig


@pytest.fixture(scope="module")
def data():
    images, labels = load_bundled()
    train_idx, val_idx = stratified_split(labels, 0.2, seed=0)
    # 950 training images: the last batch of each epoch is short (950 = 9 × 100 + 50).
    return images[train_idx[:950]], labels[train_idx[:950]], images[val_idx[:200]], labels[val_idx[:200]]


def run_to_end(session):
    reports = []
    while not session.finished:
        reports.extend(session.advance())
    return reports


def test_each_advance_is_one_batch_and_epochs_arrive_with_their_last_batch(data):
    session = TrainingSession(*data, TrainingConfig(epochs=2, batch=100))
    assert session.steps_per_epoch == 10 and session.total_steps == 20
    for step in range(1, 21):
        reports = session.advance()
        batches = [r for _, r in reports if isinstance(r, BatchReport)]
        epochs = [r for _, r in reports if isinstance(r, EpochReport)]
        assert [b.step for b in batches] == [step]
        assert [e.epoch for e in epochs] == ([step // 10] if step % 10 == 0 else [])
    assert session.finished and session.advance() == []


def test_compare_mode_trains_each_loss_exactly_as_alone(data):
    config = TrainingConfig(epochs=1, batch=100, hidden=20)
    both = TrainingSession(*data, config, compare=True)
    assert both.losses == ("ce", "sse")
    reports = run_to_end(both)
    curves = {loss: [r.loss for i, r in reports if isinstance(r, BatchReport) and both.losses[i] == loss] for loss in both.losses}
    for index, loss in enumerate(both.losses):
        alone = TrainingSession(*data, TrainingConfig(epochs=1, batch=100, hidden=20, loss=loss))
        alone_curve = [r.loss for _, r in run_to_end(alone) if isinstance(r, BatchReport)]
        assert curves[loss] == alone_curve
        for a, b in zip(both.runs[index].net.parameters(), alone.runs[0].net.parameters()):
            np.testing.assert_array_equal(a, b)
    # Same start, different losses: cross-entropy starts near ln 10, the
    # squared error (½Σ) near ½(0.9² + 9 × 0.1²) = 0.45.
    assert curves["ce"][0] == pytest.approx(math.log(10), abs=0.5)
    assert curves["sse"][0] == pytest.approx(0.45, abs=0.05)


def test_a_diverging_run_stops_and_the_other_goes_on(data):
    session = TrainingSession(*data, TrainingConfig(epochs=2, batch=100, lr=30.0), compare=True)
    reports = run_to_end(session)
    diverged = [(i, r) for i, r in reports if isinstance(r, Diverged)]
    assert diverged, "a learning rate of 30 should make at least one loss diverge"
    for index, report in diverged:
        assert session.runs[index].diverged is report and "diverged" in report.message
        assert all(np.isfinite(p).all() for p in session.runs[index].net.parameters())


def test_bad_settings_are_refused_before_anything_runs(data):
    with pytest.raises(ValueError, match="learning rate"):
        TrainingSession(*data, TrainingConfig(lr=-1))
    with pytest.raises(ValueError, match="at least one"):
        TrainingSession(data[0][:0], data[1][:0], data[2], data[3], TrainingConfig())
