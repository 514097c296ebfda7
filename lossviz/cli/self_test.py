"""``lossviz --self-test``: check an installation offscreen, in a few seconds.

Six checks, each printing one line (``ok   name: detail`` or
``FAIL name: reason``) and each run even when an earlier one failed:

  - resources: the resource folder is found and the app's icon loads;
  - data: the bundled MNIST subset loads and the numpy trainer takes one
    mini-batch step with a finite loss; where the first layer runs split
    between two cores through numpy's OpenBLAS, a step that way must give
    the weights a step on numpy alone gives;
  - window: the main window builds and renders to a picture;
  - translations: the Japanese and Korean translation files load;
  - text: collation and case mapping work (they use ICU's data, which
    the Linux build trims);
  - version: the package knows its version (a frozen build that lost its
    metadata reports "0+unknown").

Nothing is written anywhere but standard output, so it runs from a read-only
install with an empty or missing home directory, and needs no display
(``lossviz --self-test`` picks Qt's offscreen platform).  The app's settings
(QSettings) are pointed at a scratch folder for the run, removed afterwards:
the user's own settings are neither read nor changed, so a self-test gives
the same answer whatever was chosen in the app.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from typing import TextIO

#: The window is drawn at this size; the picture must be larger than MIN_GRAB.
WINDOW_SIZE = (1024, 700)
MIN_GRAB = (400, 300)
LANGUAGES = ("ja", "ko")


class CheckFailed(Exception):
    """A check's expected failure: its message is the reason printed."""


def _check_resources() -> str:
    from lossviz.resources import resource_path, resource_root

    root = resource_root()
    if not root.is_dir():
        raise CheckFailed(f"{root} is not a folder")
    icon_path = resource_path("icons", "lossviz.svg")
    _qt_application()
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icon_path))
    if not renderer.isValid():
        raise CheckFailed(f"{icon_path}: Qt's SVG renderer cannot read it (is the QtSvg module missing?)")
    icon = QIcon(str(icon_path))
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        raise CheckFailed(f"{icon_path}: QIcon is null (is the svg icon engine plugin missing?)")
    return str(root)


def _check_data() -> str:
    import numpy as np

    from lossviz.mnist.datasets import load_bundled_dataset
    from lossviz.mnist.mlp import Mlp
    from lossviz.mnist.training import BatchReport, TrainingConfig, train

    data = load_bundled_dataset()
    images = np.concatenate([data.train_images, data.validation_images])
    labels = np.concatenate([data.train_labels, data.validation_labels])
    if images.shape != (5000, 28, 28) or images.dtype != np.uint8:
        raise CheckFailed(f"bundled images are {images.dtype} {images.shape}, expected uint8 (5000, 28, 28)")
    if labels.shape != (5000,) or set(np.unique(labels).tolist()) != set(range(10)):
        raise CheckFailed(f"bundled labels: shape {labels.shape}, digits {sorted(set(np.unique(labels).tolist()))}")
    config = TrainingConfig(hidden=32, batch=100, epochs=1, seed=0)
    net = Mlp(config.hidden, seed=config.seed)
    run = train(net, data.train_images, data.train_labels, data.validation_images, data.validation_labels, config)
    try:
        report = next(run)
    finally:
        run.close()
    if not isinstance(report, BatchReport):
        raise CheckFailed(f"the first training step reported {report!r}")
    if not math.isfinite(report.loss):
        raise CheckFailed(f"the first mini-batch's loss is {report.loss}")
    return f"{len(images):,} images 28x28, one mini-batch of {config.batch}: loss {report.loss:.3f}; " + _check_split(images, labels)


def _check_split(images, labels) -> str:
    import numpy as np

    from lossviz.mnist.mlp import Mlp, images_to_inputs

    if not Mlp().split:
        return "first layer on numpy alone"
    x, y = images_to_inputs(images[:100]), labels[:100]
    split, plain = Mlp(seed=0, split=True), Mlp(seed=0, split=False)
    for _ in range(2):
        split.train_step(x, y, 0.1, 0.9)
        plain.train_step(x, y, 0.1, 0.9)
    for name, mine, theirs in zip(("w1", "b1", "w2", "b2"), split.parameters(), plain.parameters()):
        if not np.allclose(mine, theirs, rtol=1e-4, atol=1e-6):
            raise CheckFailed(f"the split first layer's step gives {name} unlike numpy's (largest difference {np.abs(mine - theirs).max():.3g})")
    return "first layer split between two cores"


def _qt_application():
    """The app's own QApplication (lossviz.ui.app.application), made once."""
    from lossviz.ui.app import application

    return application()


def _check_window() -> str:
    from PySide6.QtWidgets import QApplication

    from lossviz.ui.app import create_window

    app = _qt_application()
    window = create_window()
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        QApplication.processEvents()
        picture = window.grab()
    finally:
        window.close()  # also stops the MNIST panel's threads
        window.deleteLater()
        QApplication.processEvents()
    if picture.isNull():
        raise CheckFailed("grabbing the window gave an empty picture")
    width, height = picture.width(), picture.height()
    if width <= MIN_GRAB[0] or height <= MIN_GRAB[1]:
        raise CheckFailed(f"the window rendered at only {width}x{height}")
    return f"{width}x{height} on Qt platform {app.platformName()}"


def _check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from lossviz.resources import resource_path

    found = []
    problems = []
    for code in LANGUAGES:
        try:
            path = resource_path("translations", f"lossviz_{code}.qm")
        except FileNotFoundError as error:
            problems.append(str(error))
            continue
        translator = QTranslator()
        if not translator.load(str(path)):
            problems.append(f"{path}: QTranslator could not load it")
        elif translator.isEmpty():
            problems.append(f"{path}: loaded but holds no translations")
        else:
            # Qt's own translations (standard buttons): good to have, not required.
            qt = QTranslator()
            has_qt = qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            found.append(f"{code}{'' if has_qt else ' (without qtbase_' + code + ')'}")
    if problems:
        raise CheckFailed("; ".join(problems))
    return ", ".join(found)


def _check_text() -> str:
    """Qt's text services that come from ICU's data (a packaged app carries
    a trimmed copy of it: packaging/linux/trim_icu_data.py)."""
    from PySide6.QtCore import QCollator, QLocale

    _qt_application()
    words = ["b", "ä", "a"]
    for locale in ("en_US", "de_DE", "ja_JP", "ko_KR"):
        collator = QCollator(QLocale(locale))
        ordered = sorted(words, key=collator.sortKey)
        if ordered != ["a", "ä", "b"]:  # code-point order would put ä last
            raise CheckFailed(f"collation for {locale} sorts {words} as {ordered}, not a, ä, b")
    if QLocale("tr_TR").toUpper("i") != "İ" or QLocale("en_US").toUpper("straße") != "STRASSE":
        raise CheckFailed("locale case mapping does not work (ICU data missing?)")
    return "collation (en, de, ja, ko) and case mapping"


def _check_version() -> str:
    import lossviz

    version = lossviz.__version__
    if version == "0+unknown":
        raise CheckFailed("0+unknown: the package's metadata is missing from this installation")
    return version


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("resources", _check_resources),
    ("data", _check_data),
    ("window", _check_window),
    ("translations", _check_translations),
    ("text", _check_text),
    ("version", _check_version),
]


def _isolate_settings() -> str | None:
    """Point QSettings (every format, user and system scope) at a new scratch
    folder, before any is made; returns the folder, or None where no
    temporary folder can be made (a read-only system: nothing is written then
    either)."""
    try:
        folder = tempfile.mkdtemp(prefix="lossviz-self-test-")
    except OSError:
        return None
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)
    return folder


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 if all passed, else 1."""
    out = out if out is not None else sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = None
    try:
        scratch = _isolate_settings()
        return _run_checks(out)
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def _run_checks(out: TextIO) -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except CheckFailed as error:
            failed += 1
            print(f"FAIL {name}: {error}", file=out, flush=True)
        except Exception as error:
            failed += 1
            where = traceback.extract_tb(error.__traceback__)[-1]
            print(f"FAIL {name}: {type(error).__name__}: {error} ({os.path.basename(where.filename)}:{where.lineno})",
                  file=out, flush=True)
        else:
            print(f"ok   {name}: {detail}", file=out, flush=True)
    if failed:
        print(f"self-test FAILED: {failed} of {len(CHECKS)} checks", file=out, flush=True)
        return 1
    print(f"self-test passed ({len(CHECKS)} checks)", file=out, flush=True)
    return 0
