"""The slowdown experiment's per-batch curves as drawn: every batch's point
while they are sparse; denser than the screen's pixel columns, each column's
lowest and highest batch (every batch inside what is drawn, none left out,
the last ones included), while clicks and lessons keep every batch as measured.
And the record takes a progress's batches and epochs in the run's order."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz.mnist.experiment import ExperimentBatch, ExperimentEpoch, NetworkBatch, NetworkEpoch
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR
from lossviz.ui.mnist.experiment_plots import GradientPlot, RelativeLossPlot, _Points
from lossviz.ui.mnist.experiment_record import ExperimentRecord


def drawn_after(values: np.ndarray, every: int, chunks: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """What is drawn after adding ``values`` in chunks of these sizes (as the worker's emits bring them)."""
    points, start = _Points(), 0
    for size in chunks:
        size = min(size, len(values) - start)
        points.extend(np.arange(start, start + size), values[start : start + size], lambda y: y)
        points.drawn(every)  # drawn after each emit: what it keeps must not go stale
        start += size
    points.extend(np.arange(start, len(values)), values[start:], lambda y: y)
    return points.drawn(every)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=300), every=st.integers(1, 12),
       cuts=st.lists(st.integers(0, 40), max_size=8))
def test_each_run_of_points_is_drawn_as_its_lowest_and_highest_in_order(values, every, cuts):
    y = np.array(values)
    x, drawn = drawn_after(y, every, cuts)
    assert np.all(np.diff(x) >= 0)  # in the run's order
    if every <= 2:
        np.testing.assert_array_equal(drawn, y)  # sparse: every point as it is
        return
    for start in range(0, len(y), every):
        run = y[start : start + every]
        inside = (x >= start) & (x < start + every)
        # The run's lowest and highest, at their own batches (a short run: its points themselves).
        expected = run if len(run) <= 2 else [run.min(), run.max()]
        assert sorted(drawn[inside]) == sorted(expected)
        assert all(y[int(i)] == v for i, v in zip(x[inside], drawn[inside]))
    assert len(x) <= 2 * math.ceil(len(y) / every)


@pytest.mark.parametrize("plot_class", [RelativeLossPlot, GradientPlot])
def test_a_long_run_is_drawn_at_most_about_two_points_a_pixel_column_and_clicked_as_measured(qtbot, plot_class):
    plot = plot_class()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    rng = np.random.default_rng(0)
    steps_per_epoch, epochs = 500, 4
    x = np.arange(1, steps_per_epoch * epochs + 1) / steps_per_epoch
    y = np.exp(rng.normal(-4, 1, len(x)))
    plot.set_epochs(epochs)
    for chunk in np.array_split(np.arange(len(x)), 37):  # as a run's emits bring them
        plot.extend_curve(CROSS_ENTROPY, x[chunk], y[chunk], draw=False)
        plot.redraw()
    drawn_x, drawn_y = plot.drawn_points(CROSS_ENTROPY)
    columns = plot.plot_item.getViewBox().width()
    assert 50 < len(drawn_x) <= 2 * columns + 4
    if plot.log_y:
        drawn_y = 10**drawn_y
    # Every batch lies within what is drawn of its pixel column; the highest and the lowest are drawn.
    assert drawn_y.max() == pytest.approx(y.max()) and drawn_y.min() == pytest.approx(y.min())
    column = (plot.plot_item.getViewBox().viewRange()[0][1] - plot.plot_item.getViewBox().viewRange()[0][0]) / columns
    assert drawn_x[-1] > x[-1] - column  # the latest batches too
    # Clicks and lessons see every batch as measured.
    measured_x, measured_y = plot.points(CROSS_ENTROPY)
    np.testing.assert_array_equal(measured_y, y)
    np.testing.assert_array_equal(measured_x, x)
    # Wider, fewer batches a column: drawn afresh at the new width.
    plot.resize(1200, 300)
    qtbot.waitUntil(lambda: plot.plot_item.getViewBox().width() > 1000)
    assert len(plot.drawn_points(CROSS_ENTROPY)[0]) > len(drawn_x)


def batch(step: int, sse_gradient: float) -> ExperimentBatch:
    epoch = (step - 1) // 10 + 1
    return ExperimentBatch(epoch, step, {CROSS_ENTROPY: NetworkBatch(1.0, 0.1), SQUARED_ERROR: NetworkBatch(1.0, sse_gradient)})


def epoch(number: int, sse_accuracy: float) -> ExperimentEpoch:
    return ExperimentEpoch(number, {CROSS_ENTROPY: NetworkEpoch(1.0, 0.1, 0.9, 0.9, 0.0),
                                    SQUARED_ERROR: NetworkEpoch(1.0, 1e-5, sse_accuracy, sse_accuracy, 0.0)})


def test_an_epoch_reported_between_batches_counts_from_its_own_last_batch():
    """Two epochs' batches in one progress: squared error's network, learnt
    by the end of epoch 1, left its plateau there, not at the progress's end."""
    record = ExperimentRecord()
    record.steps_per_epoch, record.epochs = 10, 2
    record.add([batch(s, 1e-5) for s in range(1, 21)], [epoch(1, 0.5)])
    assert record.plateau_seen and record.plateau_ended_at == 1.0
    assert record.networks[SQUARED_ERROR].validation_accuracy == [0.5]
    # As a lesson replays the same curves.
    assert ExperimentRecord.from_curves(record.curves()).plateau_ended_at == 1.0


def test_a_title_that_would_be_cut_off_is_shortened(qtbot):
    plot = RelativeLossPlot()
    qtbot.addWidget(plot)
    plot.resize(900, 300)
    plot.show()
    qtbot.waitExposed(plot)
    assert plot.plot_item.titleLabel.text == "Loss ÷ its first batch's"
    plot.resize(150, 300)
    qtbot.waitUntil(lambda: plot.plot_item.titleLabel.text == "Relative loss")
    assert plot.accessibleName() == "Loss ÷ its first batch's"  # a screen reader still hears the whole title
    plot.resize(900, 300)
    qtbot.waitUntil(lambda: plot.plot_item.titleLabel.text == "Loss ÷ its first batch's")
