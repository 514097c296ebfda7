"""What LossViz remembers between runs, as typed values (no Qt).

The store itself (an ini file, read and written as text) is the Qt layer's business
(``lossviz.ui.common.settings_store``); this module says what each key means, what
it may hold, and turns whatever the store hands back, strings from a file a
user may have edited or a crash may have cut short, into a ``Settings`` with
every value valid.  A value that cannot be used falls back to its default
and is named in ``problems``, so one bad line never costs the rest.

The training parameters here are the MNIST panel's fields, shared with
lesson files (``lossviz.lesson``), which hold the same values.
"""

from __future__ import annotations

import math
import urllib.parse
from dataclasses import dataclass, field, fields, replace

from lossviz.explorer import DEFAULT_CLASSES, MAX_CLASSES, MIN_CLASSES
from lossviz.messages import QT_TRANSLATE_NOOP, Message
from lossviz.mnist.training import TrainingConfig
from lossviz.names import BATCH_RANGE, COMPARE, CROSS_ENTROPY, EPOCHS_RANGE, HIDDEN_RANGE, LANGUAGES, PANEL_LOSSES, SEED_RANGE, THEMES, ZOOM_MAX, ZOOM_MIN
from lossviz.worked_examples import known_key

#: Bumped when a key changes meaning; a store written by a newer LossViz is
#: still read key by key, since an older app can use what it understands.
VERSION = 1
#: The panel's speed control: 0 (two batches a second) to 4 (full speed)
#: (lossviz.ui.mnist.run_controls.SPEEDS); paced by default, so a class can watch.
SPEED_STOPS = 5
DEFAULT_SPEED = 1
#: Mirrors of the MNIST files the user may list (``mnist/mirrors``): a few
#: http(s) base URLs, each of a sensible length.
MAX_MIRRORS, MAX_URL_CHARS = 10, 2048


_TRAINER = TrainingConfig()  # the defaults live with the trainer


@dataclass(frozen=True)
class TrainingParams:
    """The MNIST panel's settings, as the user set them: the trainer's
    (lossviz.mnist.training.TrainingConfig) that the panel shows, with its
    defaults, plus compare mode and the speed."""

    hidden: int = _TRAINER.hidden
    lr: float = _TRAINER.lr
    batch: int = _TRAINER.batch
    epochs: int = _TRAINER.epochs
    seed: int = _TRAINER.seed
    loss: str = _TRAINER.loss  # or another of names.PANEL_LOSSES
    speed: int = DEFAULT_SPEED

    #: The limits of each whole-number field (the panel's spin boxes).
    RANGES = {"hidden": HIDDEN_RANGE, "batch": BATCH_RANGE, "epochs": EPOCHS_RANGE, "seed": SEED_RANGE, "speed": (0, SPEED_STOPS - 1)}

    @staticmethod
    def parse_lr(text: str) -> float:
        """The learning rate as typed into the panel, a decimal comma
        allowed; raises ValueError (with a Message) if it is not a number.
        Whether the number can train is ``training_config``'s to say."""
        text = text.strip().replace(",", ".")
        try:
            return float(text)
        except ValueError:
            # The panel's own words: its translators already have them under MnistPanel.
            raise ValueError(Message("MnistPanel", QT_TRANSLATE_NOOP(
                "MnistPanel", "The learning rate must be a number such as 0.1, not “{text}”."), text=text)) from None


def training_config(params: TrainingParams) -> TrainingConfig:
    """What the trainer is given for ``params``: compare mode trains its
    first network on cross-entropy (the session adds the second).  Raises
    ValueError (with a Message) naming the first setting that cannot work."""
    loss = CROSS_ENTROPY if params.loss == COMPARE else params.loss
    config = replace(TrainingConfig(), hidden=params.hidden, lr=params.lr, batch=params.batch, epochs=params.epochs,
                     seed=params.seed, loss=loss)
    config.validate()
    return config


@dataclass(frozen=True)
class Settings:
    version: int = VERSION
    language: str | None = None  # None: follow the system's, as on a first start
    theme: str = "light"
    zoom: int = ZOOM_MIN  # percent, outside presentation mode
    n_classes: int = DEFAULT_CLASSES
    preset: str | None = None  # the worked example shown last, by key
    training: TrainingParams = field(default_factory=TrainingParams)
    #: Where to download MNIST from, if the user listed mirrors (else the
    #: downloader's defaults): http(s) URLs only, checked here.
    mirrors: tuple[str, ...] = ()


#: Where each setting lives in the store.
KEYS = {
    "version": "version",
    "language": "ui/language",
    "theme": "ui/theme",
    "zoom": "ui/zoom",
    "n_classes": "explorer/classes",
    "preset": "explorer/preset",
    "mirrors": "mnist/mirrors",
    **{f"training.{f.name}": f"mnist/{f.name}" for f in fields(TrainingParams)},
}


class BadValue(ValueError):
    pass


def _integer(value: object, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise BadValue(value)
    if isinstance(value, str):
        value = value.strip()
    try:
        number = int(value)  # "12" and 12, not "12.5" nor 12.5
    except (TypeError, ValueError, OverflowError):
        raise BadValue(value) from None
    if isinstance(value, float) or not low <= number <= high:
        raise BadValue(value)
    return number


def _positive(value: object) -> float:
    if isinstance(value, bool):
        raise BadValue(value)
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError):
        raise BadValue(value) from None
    if not (math.isfinite(number) and 0 < number <= 1e6):
        raise BadValue(value)
    return number


def _choice(value: object, choices) -> str:
    if not isinstance(value, str) or value not in choices:
        raise BadValue(value)
    return value


def _example_key(value: object) -> str:
    """A worked example's current key, from it or its old "seed…" key."""
    key = known_key(value)
    if key is None:
        raise BadValue(value)
    return key


def parse_mirrors(value: object) -> tuple[str, ...]:
    """The mirror URLs in a setting: a comma-separated string, or the list
    an ini file's unquoted commas make of it.  Every one must be an http(s)
    URL with a host, or the whole setting is refused (BadValue)."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise BadValue(value)
    urls = tuple(item.strip() for item in items if isinstance(item, str) and item.strip())
    if len(urls) != len([item for item in items if not isinstance(item, str) or item.strip()]) or len(urls) > MAX_MIRRORS:
        raise BadValue(value)
    for url in urls:
        if len(url) > MAX_URL_CHARS or any(c.isspace() or not c.isprintable() for c in url):
            raise BadValue(value)
        try:
            parts = urllib.parse.urlsplit(url)
            parts.port  # noqa: B018 (a port that is not a number raises here)
        except ValueError:
            raise BadValue(value) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BadValue(value)
    return urls


def parse_training(values: dict, problems: list[str], prefix: str = "") -> TrainingParams:
    """TrainingParams from a mapping of field names to raw values; a missing
    key keeps its default, a bad one too, named in ``problems``."""
    defaults = TrainingParams()
    parsed = {}
    for f in fields(TrainingParams):
        if f.name not in values:
            continue
        raw = values[f.name]
        try:
            if f.name == "lr":
                parsed[f.name] = _positive(raw)
            elif f.name == "loss":
                parsed[f.name] = _choice(raw, PANEL_LOSSES)
            else:
                parsed[f.name] = _integer(raw, *TrainingParams.RANGES[f.name])
        except BadValue:
            problems.append(f"{prefix}{f.name} = {raw!r}")
    return replace(defaults, **parsed)


def from_store(values: dict) -> tuple[Settings, list[str]]:
    """Settings from the store's keys (``KEYS``) and raw values, and the
    keys whose values could not be used (each replaced by its default)."""
    problems: list[str] = []
    parsed: dict = {}

    def take(name: str, parse) -> None:
        key = KEYS[name]
        if key in values and values[key] is not None:
            try:
                parsed[name] = parse(values[key])
            except BadValue:
                problems.append(f"{key} = {values[key]!r}")

    take("version", lambda v: _integer(v, 1, 10**6))
    take("language", lambda v: _choice(v, LANGUAGES))
    take("theme", lambda v: _choice(v, THEMES))
    take("zoom", lambda v: _integer(v, ZOOM_MIN, ZOOM_MAX))
    take("n_classes", lambda v: _integer(v, MIN_CLASSES, MAX_CLASSES))
    take("preset", _example_key)
    take("mirrors", parse_mirrors)
    training = {f.name: values[KEYS[f"training.{f.name}"]] for f in fields(TrainingParams) if values.get(KEYS[f"training.{f.name}"]) is not None}
    parsed["training"] = parse_training(training, problems, prefix="mnist/")
    parsed.pop("version", None)  # the settings now in memory are this version's
    return Settings(**parsed), problems


def to_store(settings: Settings) -> dict:
    """The store's keys and values for ``settings`` (None: remove the key)."""
    values = {KEYS[f.name]: getattr(settings, f.name) for f in fields(Settings) if f.name not in ("training", "mirrors")}
    values[KEYS["mirrors"]] = ", ".join(settings.mirrors) or None
    values.update({KEYS[f"training.{f.name}"]: getattr(settings.training, f.name) for f in fields(TrainingParams)})
    return values
