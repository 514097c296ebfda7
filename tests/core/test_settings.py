"""What LossViz remembers between runs, as typed values (no Qt): the
settings file and the window that starts from it are tests/ui/test_settings_store.py."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossviz import settings as core
from lossviz.names import PANEL_LOSSES
from lossviz.settings import Settings, TrainingParams
from lossviz.worked_examples import WORKED_EXAMPLES

training_params = st.builds(
    TrainingParams, hidden=st.integers(1, 4096), lr=st.floats(1e-6, 1e3), batch=st.integers(1, 60000), epochs=st.integers(1, 1000),
    seed=st.integers(0, 99999), loss=st.sampled_from(PANEL_LOSSES), speed=st.integers(0, core.SPEED_STOPS - 1))
all_settings = st.builds(
    Settings, language=st.none() | st.sampled_from(["en", "ja", "ko"]), theme=st.sampled_from(core.THEMES),
    zoom=st.integers(core.ZOOM_MIN, core.ZOOM_MAX), n_classes=st.integers(2, 10),
    preset=st.none() | st.sampled_from([e.key for e in WORKED_EXAMPLES]), training=training_params)


def as_an_ini_file_holds_them(values: dict) -> dict:
    """What QSettings hands back from an ini file: strings, and no removed keys."""
    return {key: str(value) for key, value in values.items() if value is not None}


@given(all_settings)
def test_settings_come_back_from_their_text(chosen):
    back, problems = core.from_store(as_an_ini_file_holds_them(core.to_store(chosen)))
    assert problems == [] and back == chosen


@given(st.dictionaries(st.sampled_from(list(core.KEYS.values())), st.text(max_size=12) | st.integers() | st.floats() | st.none()))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_values_at_all_give_valid_settings(values):
    settings, problems = core.from_store(values)
    assert settings.theme in core.THEMES and core.ZOOM_MIN <= settings.zoom <= core.ZOOM_MAX
    assert 2 <= settings.n_classes <= 10 and 1 <= settings.training.hidden <= 4096
    # Only keys that were given are named, each once.
    named = [problem.split(" = ")[0] for problem in problems]
    assert len(named) == len(set(named)) and set(named) <= {key for key, value in values.items() if value is not None}


def test_bad_values_fall_back_one_by_one():
    settings, problems = core.from_store({"ui/theme": "purple", "ui/zoom": "180", "explorer/classes": "12", "mnist/lr": "fast",
                                          "mnist/hidden": "64"})
    assert settings.theme == "light" and settings.zoom == 180 and settings.n_classes == 10
    assert settings.training == TrainingParams(hidden=64)
    assert problems == ["ui/theme = 'purple'", "explorer/classes = '12'", "mnist/lr = 'fast'"]
