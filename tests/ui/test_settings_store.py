"""The settings file (a real ini file in a folder of the test's own) and the
window that starts from it."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lossviz import settings as core
from lossviz.settings import Settings, TrainingParams
from lossviz.ui.common import settings_store, style
from lossviz.worked_examples import WORKED_EXAMPLES

# -- the file ------------------------------------------------------------------


def test_the_store_writes_an_ini_file_and_reads_it_back(qapp, fresh_settings):
    store = settings_store.store()
    assert store.path.parent.parent == fresh_settings and store.path.suffix == ".ini"
    store.remember(theme="dark", zoom=150, training=TrainingParams(hidden=32, loss="compare"))
    text = store.path.read_text()
    assert "theme=dark" in text and "zoom=150" in text and "hidden=32" in text
    settings_store.forget_store()
    again = settings_store.store()
    assert again.notice is None
    assert (again.settings.theme, again.settings.zoom, again.settings.training.hidden) == ("dark", 150, 32)


def test_a_damaged_file_is_set_aside_and_the_app_starts_on_defaults(qapp, fresh_settings):
    path = settings_store.store().path
    path.parent.mkdir(parents=True, exist_ok=True)
    damaged = b"\x00\xff\xfe[ui\nzoom=abc\n\x00\x00"
    path.write_bytes(damaged)
    settings_store.forget_store()
    store = settings_store.store()
    assert store.settings == Settings()
    assert "could not be read" in store.notice and "LossViz.ini.damaged" in store.notice
    assert path.with_name("LossViz.ini.damaged").read_bytes() == damaged  # kept, not lost
    store.remember(theme="dark")
    settings_store.forget_store()
    assert settings_store.store().settings.theme == "dark" and settings_store.store().notice is None


def test_a_bad_value_is_named_in_the_notice(qapp, fresh_settings):
    QSettings().setValue("ui/zoom", "enormous")
    QSettings().setValue("ui/theme", "dark")
    settings_store.forget_store()
    store = settings_store.store()
    assert store.settings.theme == "dark" and store.settings.zoom == 100
    assert "ui/zoom = 'enormous'" in store.notice


# -- the window ------------------------------------------------------------------


@pytest.fixture
def restarted(qtbot):
    """Build the app's window as a start of the app does, as often as asked."""
    from lossviz.ui.app import create_window

    windows = []

    def start():
        if windows:
            windows[-1].close()
            settings_store.forget_store()
        window = create_window(restore=True)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.shutdown()
    from lossviz.ui.actions.presentation import Presentation

    if windows:
        Presentation.set_theme(windows[-1].presentation, "light")
    assert style.theme().key == "light"


def test_what_the_user_chose_is_there_after_a_restart(restarted, qtbot):
    window = restarted()
    window.presentation.theme_actions["dark"].trigger()
    window.presentation.zoom_in_action.trigger()
    window.presentation.zoom_in_action.trigger()
    window.classes_spin.setValue(4)
    window.mnist_panel.hidden_spin.setValue(48)
    window.mnist_panel.loss_combo.setCurrentIndex(window.mnist_panel.loss_combo.findData("sse"))
    window.mnist_panel.loss_combo.activated.emit(window.mnist_panel.loss_combo.currentIndex())
    window.mnist_panel.speed_slider.setValue(3)

    again = restarted()
    assert again.presentation.theme_actions["dark"].isChecked()
    assert QApplication.palette() == style.palette(style.THEMES["dark"])
    assert again.presentation.zoom == 120 and again.font().pointSizeF() > window.presentation.base_points
    assert again.classes_spin.value() == 4 and sum(s.isVisibleTo(again) for s in again.sliders.sliders) == 4
    panel = again.mnist_panel
    assert (panel.hidden_spin.value(), panel.loss_combo.currentData(), panel.speed_slider.value()) == (48, "sse", 3)


def test_the_last_worked_example_is_there_after_a_restart(restarted):
    window = restarted()
    window.lecture_keys.next_example_action.trigger()
    window.lecture_keys.next_example_action.trigger()
    key = window.example.key
    assert key == WORKED_EXAMPLES[1].key
    again = restarted()
    assert again.example is not None and again.example.key == key
    assert again.example_combo.currentData() == key


def test_presentation_zoom_is_not_kept_as_the_users_zoom(restarted):
    window = restarted()
    window.presentation.set_presenting(True, full_screen=False)
    window.presentation.zoom_in_action.trigger()
    window.presentation.set_presenting(False)
    assert restarted().presentation.zoom == 100


def test_a_damaged_settings_file_starts_the_window_with_a_notice(restarted, fresh_settings):
    folder = fresh_settings / "LossViz"
    folder.mkdir(parents=True)
    (folder / "LossViz.ini").write_bytes(b"\x00\xff[[[ui\ntheme=\x00dark\n")
    window = restarted()
    assert "could not be read" in window.statusBar().currentMessage()
    assert window.presentation.theme_actions["light"].isChecked() and window.classes_spin.value() == 10


def test_the_stored_speed_and_training_defaults_are_the_panels_own():
    from lossviz.mnist.training import TrainingConfig
    from lossviz.ui.mnist.panel import SPEEDS

    assert len(SPEEDS) == core.SPEED_STOPS
    trainer, params = TrainingConfig(), TrainingParams()
    assert (params.hidden, params.lr, params.batch, params.epochs, params.seed, params.loss) == (
        trainer.hidden, trainer.lr, trainer.batch, trainer.epochs, trainer.seed, trainer.loss)
