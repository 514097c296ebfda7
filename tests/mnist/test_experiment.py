"""The slowdown experiment: the effect is measured, not staged."""

import numpy as np
import pytest

from lossviz.mnist.datasets import load_bundled_dataset
from lossviz.mnist.experiment import (
    CONFIDENTLY_WRONG,
    DEFAULT_START,
    ExperimentBatch,
    ExperimentConfig,
    ExperimentDiverged,
    ExperimentEpoch,
    SlowdownExperiment,
    starting_networks,
)
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import TrainingConfig
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR


@pytest.fixture(scope="module")
def data():
    d = load_bundled_dataset()
    return d.train_images, d.train_labels, d.validation_images, d.validation_labels


def first_epoch(experiment):
    """The first epoch of a run of the experiment's default length (its
    learning rate schedule spans them all), the rest left unrun."""
    for report in experiment.run():
        if isinstance(report, ExperimentEpoch):
            experiment.close()
            return report


@pytest.mark.parametrize("seed", [0, 7])
def test_confidently_wrong_squared_error_learns_nothing_while_cross_entropy_learns(data, seed):
    config = ExperimentConfig(training=TrainingConfig(epochs=4, seed=seed))
    experiment = SlowdownExperiment(*data, config)
    assert experiment.start.mean_y_wrong_class > 0.99 and experiment.start.called_wrong_class == 1.0
    epoch = first_epoch(experiment)
    ce, sse = epoch.networks[CROSS_ENTROPY], epoch.networks[SQUARED_ERROR]
    assert sse.mean_abs_grad_z < ce.mean_abs_grad_z / 10
    assert sse.mean_abs_grad_z < 1e-3 < 0.05 < ce.mean_abs_grad_z
    assert ce.validation_accuracy > 0.75 and sse.validation_accuracy < 0.15


def test_from_the_default_start_both_losses_learn(data):
    experiment = SlowdownExperiment(*data, ExperimentConfig(start=DEFAULT_START))
    assert experiment.start.mean_y_wrong_class < 0.5
    epoch = first_epoch(experiment)
    print({loss: n.validation_accuracy for loss, n in epoch.networks.items()})
    assert all(n.validation_accuracy > 0.6 for n in epoch.networks.values())


def test_both_networks_start_identical_and_only_the_wrong_class_bias_differs_from_a_plain_network():
    config = ExperimentConfig(start=CONFIDENTLY_WRONG, wrong_class=3)
    nets = starting_networks(config)
    plain = Mlp(100, 0)
    for a, b, p in zip(nets[CROSS_ENTROPY].parameters(), nets[SQUARED_ERROR].parameters(), plain.parameters()):
        np.testing.assert_array_equal(a, b)
        if a.shape != (10,):
            np.testing.assert_array_equal(a, p)
    assert nets[CROSS_ENTROPY].b2[3] == pytest.approx(12.0) and nets[CROSS_ENTROPY].b2[[0, 1, 2, 4]].tolist() == [0] * 4


def test_every_advance_is_one_batch_of_each_network_and_epochs_arrive_with_their_last_batch(data):
    small = (data[0][:450], data[1][:450], data[2][:100], data[3][:100])
    experiment = SlowdownExperiment(*small, ExperimentConfig(training=TrainingConfig(epochs=2, batch=100)))
    assert experiment.steps_per_epoch == 5
    kinds = []
    while not experiment.finished:
        reports = experiment.advance()
        batch = reports[0]
        assert isinstance(batch, ExperimentBatch) and set(batch.networks) == {CROSS_ENTROPY, SQUARED_ERROR}
        kinds.append([type(r).__name__ for r in reports])
    assert len(kinds) == 10 and [k for k in kinds if len(k) == 2] == [["ExperimentBatch", "ExperimentEpoch"]] * 2
    assert experiment.advance() == []


def test_the_gradient_measured_is_that_of_the_loss_each_network_trains_with():
    """Mlp.mean_abs_grad_z against the explicit formulas, on one batch."""
    rng = np.random.default_rng(1)
    x, labels = rng.random((20, 784), dtype=np.float32), rng.integers(0, 10, 20)
    for loss in (CROSS_ENTROPY, SQUARED_ERROR):
        net = Mlp(30, 2, split=False)
        net.watch_output_gradient = True
        y = net.predict_proba(x).astype(np.float64)
        t = np.eye(10)[labels]
        if loss == CROSS_ENTROPY:
            expected = np.abs(y - t).mean()
        else:
            d = y - t
            expected = np.abs(y * (d - (y * d).sum(axis=1, keepdims=True))).mean()
        net.train_step(x, labels, lr=0.1, momentum=0.9, loss=loss)
        assert net.mean_abs_grad_z == pytest.approx(expected, rel=1e-4)


def test_a_network_not_watched_measures_nothing():
    net = Mlp(10, 0, split=False)
    net.train_step(np.zeros((4, 784), np.float32), np.arange(4), 0.1)
    assert np.isnan(net.mean_abs_grad_z)


def test_a_diverging_network_ends_the_experiment_with_its_reason(data):
    small = (data[0][:2000], data[1][:2000], data[2][:100], data[3][:100])
    config = ExperimentConfig(start=DEFAULT_START, training=TrainingConfig(epochs=3, lr=50.0))
    reports = list(SlowdownExperiment(*small, config).run())
    assert isinstance(reports[-1], ExperimentDiverged) and "diverged" in reports[-1].report.message


@pytest.mark.parametrize("change", [dict(start="upside-down"), dict(wrong_class=10), dict(wrong_bias=float("inf"))])
def test_settings_that_cannot_work_are_refused(data, change):
    with pytest.raises(ValueError):
        SlowdownExperiment(*data, ExperimentConfig(**change))


def test_watched_digits_outputs_come_with_every_batch_and_move_only_for_cross_entropy(data):
    small = (data[0][:1000], data[1][:1000], data[2], data[3])
    watched = data[2][:3]
    experiment = SlowdownExperiment(*small, ExperimentConfig(), watched_images=watched)
    batches = [r for r in experiment.run() if isinstance(r, ExperimentBatch)]
    assert len(batches) == experiment.total_steps == 40
    first, last = batches[0].outputs, batches[-1].outputs
    assert all(o.shape == (3, 10) for b in (first, last) for o in b.values())
    # Squared error still calls every watched digit 0, sure of it; cross-entropy has moved on.
    assert (last[SQUARED_ERROR][:, 0] > 0.99).all() and (last[CROSS_ENTROPY][:, 0] < 0.9).any()
    np.testing.assert_allclose(last[CROSS_ENTROPY], experiment.networks[CROSS_ENTROPY].predict_proba(watched), rtol=1e-5)


def test_watched_digits_logits_come_with_their_outputs(data):
    small = (data[0][:200], data[1][:200], data[2][:100], data[3][:100])
    experiment = SlowdownExperiment(*small, ExperimentConfig(), watched_images=data[2][:3])
    batch = experiment.advance()[0]
    for loss in (CROSS_ENTROPY, SQUARED_ERROR):
        z = batch.logits[loss]
        y = np.exp(z - z.max(axis=1, keepdims=True))
        np.testing.assert_allclose(y / y.sum(axis=1, keepdims=True), batch.outputs[loss], atol=1e-6)
    experiment.close()
