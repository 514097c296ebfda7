"""The MNIST panel on the real window (pytest-qt, offscreen): buttons are
clicked, fields typed into, and assertions read the plots, the labels and
the loss explorer."""

import hashlib
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit

from lossviz.mnist.bundled import load_bundled
from lossviz.mnist.idx import write_idx_gz
from lossviz.ui.app import create_window
from lossviz.ui.mnist.panel import SPEEDS, State
from lossviz.worked_examples import example_by_key

WAIT_MS = 60_000  # a bound, so a stuck worker fails the test instead of hanging it


@pytest.fixture
def panel(window, qtbot):
    window.show_mnist_panel(True)
    panel = window.mnist_panel
    panel.speed_slider.setValue(len(SPEEDS) - 1)  # full speed: the tests wait for results, not for the class
    # At 900 lines the panel folds its data and settings away for the plots'
    # sake (tests/ui/test_layout.py); open them, as a user would, to use them.
    panel.setup_box.choose(True)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out before a test measures
    qtbot.waitUntil(panel.hidden_spin.isVisible)
    return panel


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def train_to_end(qtbot, panel):
    with qtbot.waitSignal(panel.session_ended, timeout=WAIT_MS):
        click(qtbot, panel.train_button)


def test_starts_on_the_bundled_data_with_an_untrained_network(panel):
    assert "4,000" in panel.data_label.text() and "1,000" in panel.data_label.text()
    assert panel.data_combo.currentData() == "bundled"
    assert panel.state is State.IDLE and panel.train_button.text() == "Train"
    assert "the network says" in panel.digit_view.answer_label.text()
    assert panel.speed_label.text() == "full speed"


def test_the_panel_is_hidden_at_first_and_ctrl_m_toggles_it(qtbot):
    win = create_window()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    with qtbot.waitActive(win):  # shortcuts go to the active window
        win.show()
        win.activateWindow()
    # No worked example chosen: its box takes no room, panel or not.
    assert not win.mnist_dock.isVisible() and not win.example_box.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert win.mnist_dock.isVisible() and win.mnist_action.isChecked()
    # Room is made on a laptop screen: the window keeps its size.
    assert win.width() == 1366 and not win.example_box.isVisible()
    win.load_example(example_by_key("seed002-batch-a"))
    assert win.example_box.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not win.mnist_dock.isVisible() and not win.mnist_action.isChecked() and win.example_box.isVisible()


def test_the_default_speed_is_paced(window):
    assert SPEEDS[window.mnist_panel.speed_slider.value()] is not None
    assert "batches/s" in window.mnist_panel.speed_label.text()


def test_paced_training_runs_on_one_core_and_full_speed_on_two(window, qtbot):
    """The speed slider tells the run whether it is paced: paced steps take a
    millisecond, and a second OpenBLAS thread would only spin between them
    (TrainingControl.full_speed)."""
    window.show_mnist_panel(True)
    panel = window.mnist_panel
    batches = lambda: len(panel.loss_plot.points("ce")[1])  # noqa: E731
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: batches() >= 1, timeout=WAIT_MS)
    assert not panel.session.full_speed
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    seen = batches()
    qtbot.waitUntil(lambda: batches() > seen + 1, timeout=WAIT_MS)
    assert panel.session.full_speed
    click(qtbot, panel.train_button)  # Pause
    qtbot.waitUntil(panel.worker.control.waiting.is_set, timeout=WAIT_MS)
    QCoreApplication.processEvents()  # the last batches, emitted before the worker waited
    seen = batches()
    click(qtbot, panel.step_button)
    # The step's batch is shown only after it ran, and the pace is set before it runs.
    qtbot.waitUntil(lambda: batches() == seen + 1, timeout=WAIT_MS)
    assert not panel.session.full_speed  # a step by hand is paced too
    click(qtbot, panel.reset_button)


def test_training_draws_every_batch_and_each_epochs_accuracy(panel, qtbot):
    panel.epochs_spin.setValue(2)
    train_to_end(qtbot, panel)
    epochs, losses = panel.loss_plot.points("ce")
    assert len(losses) == 2 * 40  # 4,000 images in batches of 100
    assert epochs[-1] == pytest.approx(2.0)
    assert np.mean(losses[-10:]) < 0.5 * np.mean(losses[:5])
    validation = panel.accuracy_plot.validation_points("ce")
    assert len(validation) == 2 and validation[-1] > 85
    assert panel.state is State.ENDED and panel.train_button.text() == "Train"
    assert panel.status_label.text().startswith("Finished")
    assert f"{validation[-1]:.1f}%" in panel.status_label.text()
    assert panel.hidden_spin.isEnabled()


def test_step_pause_resume_and_reset(panel, qtbot):
    click(qtbot, panel.step_button)
    qtbot.waitUntil(lambda: len(panel.loss_plot.points("ce")[1]) == 1, timeout=WAIT_MS)
    assert panel.state is State.PAUSED and panel.train_button.text() == "Resume"
    assert not panel.hidden_spin.isEnabled()
    click(qtbot, panel.step_button)
    qtbot.waitUntil(lambda: len(panel.loss_plot.points("ce")[1]) == 2, timeout=WAIT_MS)
    # Paused means paused: the worker is waiting, and no third batch came.
    qtbot.waitUntil(panel.worker.control.waiting.is_set, timeout=WAIT_MS)
    QCoreApplication.processEvents()  # anything already sent has arrived
    assert len(panel.loss_plot.points("ce")[1]) == 2
    assert "batch 2 of 800" in panel.status_label.text()

    click(qtbot, panel.train_button)  # Resume
    assert panel.train_button.text() == "Pause"
    qtbot.waitUntil(lambda: len(panel.loss_plot.points("ce")[1]) > 2, timeout=WAIT_MS)
    click(qtbot, panel.reset_button)
    assert panel.state is State.IDLE and panel.worker is None
    assert len(panel.loss_plot.points("ce")[1]) == 0 if "ce" in panel.loss_plot.raw else not panel.loss_plot.raw
    assert panel.hidden_spin.isEnabled() and panel.train_button.text() == "Train"


def test_the_settings_make_room_for_the_plots_during_a_session(panel, qtbot):
    height = panel.loss_plot.height()
    click(qtbot, panel.step_button)
    assert not panel.hidden_spin.isVisible() and panel.summary_label.isVisible()
    assert "784-100-10 network, cross-entropy" in panel.summary_label.text() and "batch 100" in panel.summary_label.text()
    qtbot.waitUntil(lambda: panel.loss_plot.height() > height, timeout=WAIT_MS)
    click(qtbot, panel.reset_button)
    assert panel.hidden_spin.isVisible() and not panel.summary_label.isVisible()


def test_a_learning_rate_of_50_diverges_with_a_message_and_keeps_good_weights(panel, qtbot):
    type_into(qtbot, panel.lr_edit, "50")
    train_to_end(qtbot, panel)
    assert panel.message_label.isVisible()
    assert "diverged" in panel.message_label.text() and "50" in panel.message_label.text()
    assert all(np.isfinite(p).all() for p in panel.network.parameters())
    assert panel.state is State.ENDED
    # The status agrees with the message: it stopped, at the step the message names, and shows no loss the message does not.
    status = panel.status_label.text()
    step = int(re.search(r"step (\d+)", panel.message_label.text()).group(1))
    assert status.startswith("Stopped: the training diverged") and "Finished" not in status
    assert f"batch {step:,} of" in status and f"diverged, stopped at batch {step:,}" in status
    assert "loss " not in status.split("\n", 1)[1]


def test_a_malformed_learning_rate_is_refused_with_a_message(panel, qtbot):
    type_into(qtbot, panel.lr_edit, "0.1.2")
    click(qtbot, panel.train_button)
    assert panel.state is State.IDLE and panel.worker is None
    assert "learning rate" in panel.message_label.text() and "0.1.2" in panel.message_label.text()
    type_into(qtbot, panel.lr_edit, "0")
    click(qtbot, panel.train_button)
    assert panel.state is State.IDLE and "positive" in panel.message_label.text()


def test_compare_mode_draws_both_losses_from_the_same_start(panel, qtbot):
    panel.epochs_spin.setValue(1)
    panel.loss_combo.setCurrentIndex(panel.loss_combo.findData("compare"))
    train_to_end(qtbot, panel)
    _, ce = panel.loss_plot.points("ce")
    _, sse = panel.loss_plot.points("sse")
    assert len(ce) == len(sse) == 40
    # Each drawn divided by its first batch's loss: the two scales differ (ln 10 against about 0.45).
    _, raw_ce = panel.loss_plot.batch_losses("ce")
    _, raw_sse = panel.loss_plot.batch_losses("sse")
    assert raw_ce[0] == pytest.approx(np.log(10), abs=0.5) and raw_sse[0] == pytest.approx(0.45, abs=0.05)
    assert ce[0] == sse[0] == pytest.approx(1.0)
    np.testing.assert_allclose(ce, raw_ce / raw_ce[0])
    np.testing.assert_allclose(sse, raw_sse / raw_sse[0])
    assert "Relative loss" in panel.loss_plot.plot_item.titleLabel.text
    assert "first batch" in panel.loss_plot.plot_item.getAxis("left").labelText
    ce_accuracy, sse_accuracy = (panel.accuracy_plot.validation_points(loss) for loss in ("ce", "sse"))
    assert len(ce_accuracy) == len(sse_accuracy) == 1
    status = panel.status_label.text()
    assert "cross-entropy" in status and "sum of squared error" in status
    # Which learned more is said by validation accuracy, not by the losses' values.
    verdict = status.splitlines()[-1]
    if f"{ce_accuracy[0]:.1f}" == f"{sse_accuracy[0]:.1f}":
        assert verdict == f"Both get {ce_accuracy[0]:.1f}% of the validation digits right (epoch 1)."
    else:
        better = "Cross-entropy" if ce_accuracy[0] > sse_accuracy[0] else "Sum of squared error"
        high, low = max(ce_accuracy[0], sse_accuracy[0]), min(ce_accuracy[0], sse_accuracy[0])
        assert verdict == f"{better} learned more: {high:.1f}% of the validation digits right, against {low:.1f}% (epoch 1)."


def test_one_loss_is_drawn_as_it_is(panel, qtbot):
    panel.epochs_spin.setValue(1)
    train_to_end(qtbot, panel)
    _, drawn = panel.loss_plot.points("ce")
    np.testing.assert_array_equal(drawn, panel.loss_plot.batch_losses("ce")[1])
    assert panel.loss_plot.plot_item.getAxis("left").labelText == "loss"
    assert "learned more" not in panel.status_label.text()


def test_a_validation_digit_drives_the_loss_explorer(window, panel, qtbot):
    panel.epochs_spin.setValue(1)
    train_to_end(qtbot, panel)
    click(qtbot, panel.digit_view.next_button)
    assert panel.digit_view.follow_box.isChecked()
    label = int(panel.dataset.validation_labels[1])
    logits = panel.network.logits(panel.dataset.validation_images[1:2])[0]
    expected = softmax(logits)
    np.testing.assert_allclose(expected, panel.network.predict_proba(panel.dataset.validation_images[1:2])[0], atol=1e-6)
    assert window.controller.state.target == label
    assert window.target_combo.currentText() == str(label)
    np.testing.assert_allclose(window.controller.readout.y, expected, rtol=1e-9)
    shown = float(window.readout.value_text("cross_entropy_error"))
    assert shown == pytest.approx(-np.log(expected[label] + 1e-7), abs=1e-5)
    assert f"Label <b>{label}</b>" in panel.digit_view.answer_label.text()
    if np.ptp(logits) <= 20:  # the network's own logits on the sliders (moved by one constant at most): "from logits" is its loss
        assert window.controller.state.entered is None
        from_logits = float(window.readout.value_text("cross_entropy_from_logits"))
        assert from_logits == pytest.approx(logsumexp(logits) - logits[label], abs=1e-5)
        positions = np.array([slider.value() for slider in window.sliders.sliders[:10]]) / 100
        np.testing.assert_allclose(positions - positions.max(), logits - logits.max(), atol=0.006)

    # Moving an explorer slider by hand lets go of the digit.
    window.sliders.sliders[0].setValue(window.sliders.sliders[0].value() + 5)
    assert not panel.digit_view.follow_box.isChecked()


def test_a_confident_networks_wide_logits_keep_its_exact_losses_and_say_so(window, panel, qtbot):
    """Logits spread wider than the sliders' 20: the sliders cannot hold
    them, the losses are still the network's, and the panel says so."""
    network = panel.network
    network.w2 *= 40  # an untrained network made sure of itself: its logits span far more than 20
    network.b2 *= 40
    panel.show_trained_network(network)
    click(qtbot, panel.digit_view.next_button)
    label = int(panel.dataset.validation_labels[1])
    logits = network.logits(panel.dataset.validation_images[1:2])[0]
    assert np.ptp(logits) > 20
    np.testing.assert_allclose(window.controller.readout.y, softmax(logits), rtol=1e-9, atol=1e-300)
    assert float(window.readout.value_text("cross_entropy_error")) == pytest.approx(
        -np.log(softmax(logits)[label] + 1e-7), abs=1e-5)
    assert window.readout.value_text("cross_entropy_from_logits") == "n/a"
    note = panel.digit_view.answer_label.text()
    assert f"The logits span {np.ptp(logits):.1f}, more than the sliders' 20" in note and "exact probabilities" in note
    assert max(slider.value() for slider in window.sliders.sliders[:10]) == 1000  # the largest at +10


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def logsumexp(z):
    return z.max() + np.log(np.exp(z - z.max()).sum())


def test_an_idx_folder_is_opened_and_a_broken_one_refused(panel, qtbot, tmp_path):
    images, labels = load_bundled()
    write_idx_gz(tmp_path / "train-images-idx3-ubyte.gz", images[:600])
    write_idx_gz(tmp_path / "train-labels-idx1-ubyte.gz", labels[:600])
    write_idx_gz(tmp_path / "t10k-images-idx3-ubyte.gz", images[600:800])
    write_idx_gz(tmp_path / "t10k-labels-idx1-ubyte.gz", labels[600:800])
    assert panel.open_folder(tmp_path)
    assert "600" in panel.data_label.text() and "200" in panel.data_label.text()
    assert panel.data_combo.currentText() == f"Folder: {tmp_path.name}"
    panel.epochs_spin.setValue(1)
    train_to_end(qtbot, panel)
    assert len(panel.loss_plot.points("ce")[1]) == 6

    broken = tmp_path / "broken"
    broken.mkdir()
    write_idx_gz(broken / "train-images-idx3-ubyte.gz", images[:50])
    (broken / "train-labels-idx1-ubyte.gz").write_bytes(b"\x1f\x8b\x08 not really gzip")
    assert not panel.open_folder(broken)
    assert "train-labels-idx1-ubyte.gz" in panel.message_label.text()
    assert "600" in panel.data_label.text()  # the data in use is kept


def test_full_mnist_not_yet_downloaded_says_how_to_get_it(panel, qtbot):
    index = panel.data_combo.findData("full")
    panel.data_combo.setCurrentIndex(index)
    panel.data_combo.activated.emit(index)
    assert "download" in panel.message_label.text().lower()
    assert panel.data_combo.currentData() == "bundled" and "4,000" in panel.data_label.text()


def test_closing_the_window_during_training_stops_the_worker(window, panel, qtbot):
    panel.epochs_spin.setValue(1000)
    click(qtbot, panel.train_button)
    qtbot.waitUntil(lambda: len(panel.loss_plot.points("ce")[1]) > 0, timeout=WAIT_MS)
    worker = panel.worker
    window.close()
    assert panel.worker is None and worker.isFinished()


def test_download_full_mnist_from_a_local_mirror_then_train_on_it(panel, qtbot, monkeypatch, tmp_path):
    """The download action against a real HTTP server on 127.0.0.1, serving
    real IDX files (made from the bundled images) under MNIST's names."""
    from lossviz.data_folder import mnist_dir
    from lossviz.mnist import download
    from tests.helpers.mnist_server import MirrorServer

    images, labels = load_bundled()
    contents = {}
    for remote, array in zip(download.MNIST_FILES, (images[:900], labels[:900], images[900:1100], labels[900:1100])):
        path = tmp_path / remote.name
        write_idx_gz(path, array)
        contents[remote.name] = path.read_bytes()
    files = tuple(download.RemoteFile(name, hashlib.md5(data).hexdigest(), len(data)) for name, data in contents.items())
    monkeypatch.setattr(download, "MNIST_FILES", files)
    server = MirrorServer(contents)
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", server.base)
    try:
        click(qtbot, panel.source.download_button)
        assert panel.source.download_bar.isVisible() and panel.source.cancel_download_button.isVisible()
        qtbot.waitUntil(lambda: panel.downloader is None, timeout=WAIT_MS)
    finally:
        server.close()
    assert not panel.source.download_bar.isVisible() and panel.source.download_button.isEnabled()
    assert panel.data_combo.currentData() == "full"
    assert "full MNIST: 900 training, 200 validation images" == panel.data_label.text()
    assert sorted(p.name for p in mnist_dir().iterdir()) == sorted(contents)
    panel.epochs_spin.setValue(1)
    train_to_end(qtbot, panel)
    assert len(panel.loss_plot.points("ce")[1]) == 9
    for path in mnist_dir().iterdir():
        path.unlink()


def test_a_failed_download_says_why_in_one_line_and_which_files_on_demand(window, panel, qtbot, monkeypatch):
    from tests.helpers.mnist_server import MirrorServer

    server = MirrorServer({})  # a mirror that has nothing: 404 for every file
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", server.base)
    try:
        click(qtbot, panel.source.download_button)
        qtbot.waitUntil(lambda: panel.downloader is None, timeout=WAIT_MS)
    finally:
        server.close()
    text = panel.message_label.text()
    assert text == "Full MNIST was not downloaded: every mirror answered “HTTP 404 Not Found”."
    assert panel.data_combo.currentData() == "bundled"
    click(qtbot, panel.status.details_button)
    dialog = panel.status.details_dialog
    assert dialog.isVisible()
    details = dialog.findChild(QPlainTextEdit).toPlainText()
    assert "could not be downloaded" in details and "train-images-idx3-ubyte.gz" in details and server.base in details
    dialog.close()


def test_no_connection_to_any_mirror_is_one_line_and_leaves_the_plots_their_room(window, panel, qtbot, monkeypatch):
    """Two mirrors on 127.0.0.1 that refuse every connection (their servers
    closed): one short line in red, the URLs only behind Details…"""
    from tests.helpers.mnist_server import MirrorServer

    refusing = []
    for _ in range(2):
        server = MirrorServer({})
        refusing.append(server.base)
        server.close()
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", ",".join(refusing))
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: panel.loss_plot.height() > 0)
    heights = panel.loss_plot.height(), panel.accuracy_plot.height()
    click(qtbot, panel.source.download_button)
    qtbot.waitUntil(lambda: panel.downloader is None, timeout=WAIT_MS)
    assert panel.message_label.text() == "Full MNIST was not downloaded: no connection to any mirror. Is this computer online?"
    assert "http" not in panel.message_label.text() and panel.status.details_button.isVisible()
    QCoreApplication.processEvents()
    assert panel.message_label.height() <= 3 * panel.message_label.fontMetrics().lineSpacing() + 4
    assert panel.loss_plot.height() >= heights[0] - 3 * panel.fontMetrics().lineSpacing()
    assert panel.accuracy_plot.height() >= 0.5 * heights[1]
    panel.status.show_details()
    details = panel.status.details_dialog.findChild(QPlainTextEdit).toPlainText()
    assert all(base in details for base in refusing) and "could not connect" in details
    panel.status.details_dialog.close()
