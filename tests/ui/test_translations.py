"""English, Japanese and Korean: the translation files are complete and
current, the real window shows no English left over in Japanese, and the
language switches while the app runs (View > Language) and from ``--lang``."""

import importlib.util
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QProgressBar, QTableWidget, QWidget

from lossviz.messages import Message
from lossviz.names import LANGUAGES
from lossviz.ui.common import i18n, settings_store
from lossviz.worked_examples import example_by_key

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TARGETS = [code for code in LANGUAGES if code != i18n.SOURCE_LANGUAGE]


def _update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path):
    """(context, source, translation element) of every message in a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.fixture
def back_to_english(qapp):
    """Every test here ends in English with no language chosen, as the rest of the suite expects."""
    yield
    i18n.install_language(qapp, "en")  # the settings file is the test's own (conftest)


# -- the files ---------------------------------------------------------------


@pytest.mark.parametrize("code", TARGETS)
def test_every_string_has_a_finished_translation_that_keeps_its_placeholders(code):
    ts = TRANSLATIONS / f"lossviz_{code}.ts"
    placeholders = re.compile(r"%\d|%p|\{[^}]*\}|<[^>]+>")
    problems = []
    count = 0
    for context, source, translation in _messages(ts):
        count += 1
        forms = translation.findall("numerusform")  # a %n string: one form per plural of the language
        text = " ".join(form.text or "" for form in forms) if forms else translation.text or ""
        if translation.get("type") is not None or not text.strip() or any(not (form.text or "").strip() for form in forms):
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(placeholders.findall(source)) != sorted(placeholders.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders or tags differ")
        elif source.count("&") != text.count("&"):
            problems.append(f"{context}: {source!r} -> {text!r}: the menu mnemonic (&) is lost")
    assert count > 250, f"{ts.name} holds only {count} strings"
    assert not problems, "\n".join(problems)


def test_the_code_has_no_string_missing_from_the_translations(tmp_path):
    """lupdate over the code finds nothing new: run tools/update_translations.py
    and translate what it lists if this fails."""
    script = _update_script()
    for code in [*TARGETS, *script.PLURALS_ONLY]:
        ts = tmp_path / f"lossviz_{code}.ts"
        ts.write_bytes((TRANSLATIONS / ts.name).read_bytes())
        script.lupdate(ts, plurals_only=code in script.PLURALS_ONLY)
        committed = {(context, source) for context, source, _ in _messages(TRANSLATIONS / ts.name)}
        current = {(context, source) for context, source, _ in _messages(ts)}
        assert current == committed, f"{ts.name}: new {sorted(current - committed)}, gone {sorted(committed - current)}"


@pytest.mark.parametrize("code", [*TARGETS, "en"])
def test_the_compiled_translations_are_built_from_the_sources(tmp_path, code):
    script = _update_script()
    built = tmp_path / f"lossviz_{code}.qm"
    script.lrelease(TRANSLATIONS / f"lossviz_{code}.ts", built)
    assert built.read_bytes() == (TRANSLATIONS / built.name).read_bytes(), "run tools/update_translations.py"


# -- the window in Japanese ----------------------------------------------------

#: Words allowed in a Japanese or Korean window: names (of the app, the data
#: set, a file format, a language in its own menu entry), keys, abbreviations
#: of loss names as the seeds write them, and words inside formulas and the
#: seeds' own code and labels (softmax_cee, "sample data 1").
ALLOWED_WORDS = {
    "LossViz", "MNIST", "Fashion", "IDX", "MB", "English", "Ctrl", "Esc",
    "CE", "BCE", "CEE", "KL", "log", "max", "label", "softmax_cee", "sigmoid_cee", "mse", "y_i", "sample", "data",
    "ReLU",  # the activation's name, as the tutorials write it
}
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z_']+")


def _plot_texts(plot: pg.PlotWidget) -> list[str]:
    item = plot.getPlotItem()
    texts = [item.titleLabel.text, item.getAxis("bottom").labelText, item.getAxis("left").labelText]
    if item.legend is not None:
        texts += [label.text for _, label in item.legend.items]
    return texts


def visible_texts(window) -> list[str]:
    """What the window can show a user: labels, buttons, titles, menus, combo
    items, tooltips, accessible names, table headers, plot texts."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QGroupBox,)):
            texts.append(widget.title())
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                texts += [widget.itemText(index), widget.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QProgressBar):
            texts.append(widget.format())
        elif isinstance(widget, QTableWidget):
            texts += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())]
        if isinstance(widget, pg.PlotWidget):
            texts += _plot_texts(widget)
    for action in reachable_actions(window):
        texts += [action.text(), action.iconText(), action.toolTip()]
    return [text for text in texts if text]


def reachable_actions(window) -> list:
    """The actions in the menu bar (submenus too), the toolbar and the
    window's own shortcuts; not pyqtgraph's plot menus, which are switched off."""
    actions, menus = [*window.toolbar.actions(), *window.actions()], [window.menuBar()]
    while menus:
        for action in menus.pop().actions():
            actions.append(action)
            if action.menu() is not None:
                menus.append(action.menu())
    return actions


def english_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>|&\w+;", " ", text)  # rich text: the tags and entities (&nbsp;) are not shown
    return [word for word in ENGLISH_WORD.findall(plain) if word not in ALLOWED_WORDS]


@pytest.mark.parametrize("code", TARGETS)
def test_no_english_is_left_in_the_window(window, qapp, back_to_english, code):
    window.mnist_panel.reset()  # a status line
    window.load_example(example_by_key("seed002-batch-a"))  # the worked-example table and totals
    i18n.install_language(qapp, code)
    texts = visible_texts(window)
    window.load_example(example_by_key("seed002-binary"))  # binary mode's own texts
    texts += visible_texts(window)
    left = {text: words for text in texts if (words := english_words(text))}
    assert not left, "\n".join(f"{text!r}: {words}" for text, words in left.items())


def test_the_check_itself_finds_english(window):
    """In English the same collection is full of English words (the test above can fail)."""
    texts = visible_texts(window)
    assert "Losses" in texts and "Reset" in texts and any(english_words(text) for text in texts)


# -- switching -----------------------------------------------------------------


def test_the_language_menu_switches_every_widget_at_once(window, qtbot, back_to_english):
    panel = window.mnist_panel
    panel.reset()
    window.entry.line_edit.setText("0.5, x")
    window.entry.apply_button.click()
    assert window.view.numbers.bar.tabText(0) == "Losses" and window.reset_action.text() == "Reset"

    expected = {
        "ja": ("損失", "リセット", "学習", "準備完了", "訓練画像 4,000 枚", "「x」は数値ではありません", "多クラス (ソフトマックス)"),
        "ko": ("손실", "초기화", "학습", "준비 완료", "훈련 이미지 4,000장", "“x”은(는) 숫자가 아닙니다", "다중 클래스 (소프트맥스)"),
        "en": ("Losses", "Reset", "Train", "Ready", "4,000 training", "“x” is not a number", "Several classes (softmax)"),
    }
    for code in ("ja", "ko", "en"):
        window.languages.actions[code].trigger()
        losses, reset, train, ready, described, refusal, mode = expected[code]
        assert window.languages.actions[code].isChecked()
        assert window.view.numbers.bar.tabText(0) == losses  # the losses' tab names them
        assert window.reset_action.text() == reset
        assert window.mode_combo.itemText(0) == mode
        assert panel.train_button.text() == train
        assert panel.status_label.text().startswith(ready)  # dynamic texts are said again
        assert described in panel.data_label.text()
        assert refusal in window.entry.error_label.text()
        assert QSettings().value("ui/language") == code  # remembered for the next start
        settings_store.forget_store()
        assert i18n.stored_language() == code


def test_plots_and_the_worked_example_follow_the_language(window, qapp, back_to_english):
    window.load_example(example_by_key("seed000-right"))
    i18n.install_language(qapp, "ja")
    assert window.probability_plot.getPlotItem().getAxis("bottom").labelText == "クラス"
    assert window.gradient_plot.accessibleName() == "各ロジットの勾配 ∂E/∂z"
    assert window.example_combo.itemText(1) == "正解で自信あり: クラス 2 が 0.8"
    assert "教材 000" in window.worked_example.heading.text()
    assert "0.0258" in window.worked_example.totals.text()  # the seed's number, as printed
    i18n.install_language(qapp, "en")
    assert window.probability_plot.getPlotItem().getAxis("bottom").labelText == "class"
    assert "Tutorial 000" in window.worked_example.heading.text()


def test_core_messages_are_translated_after_formatting():
    message = Message("datasets", "{name}: {train:,} training, {validation:,} validation images",
                      name=Message("datasets", "bundled MNIST subset"), train=4000, validation=1000)
    assert str(message) == "bundled MNIST subset: 4,000 training, 1,000 validation images"
    assert i18n.translated(ValueError(message)) == str(message)  # English: no translator
    assert i18n.translated("plain text") == "plain text"


def test_core_messages_in_japanese(qapp, back_to_english):
    i18n.install_language(qapp, "ja")
    message = Message("datasets", "{name}: {train:,} training, {validation:,} validation images",
                      name=Message("datasets", "bundled MNIST subset"), train=4000, validation=1000)
    assert i18n.translated(message) == "同梱の MNIST サブセット: 訓練画像 4,000 枚、検証画像 1,000 枚"
    assert QCoreApplication.translate("presets", "Tutorial 001, 交差エントロピー誤差の計算_1") == "教材 001、交差エントロピー誤差の計算_1"


def test_a_missing_cjk_font_is_named_in_english():
    notice = i18n.missing_font_notice("ja", [])
    assert "Japanese" in notice and "fonts-noto-cjk" in notice
    assert "Korean" in i18n.missing_font_notice("ko", [])
    assert i18n.missing_font_notice("ja", ["Noto Sans CJK JP"]) is None
    assert i18n.missing_font_notice("en", []) is None
    assert i18n.missing_font_notice("ko", ["Noto Sans CJK KR"]) is None


def test_the_window_shows_the_font_notice_and_takes_it_back(window, back_to_english, monkeypatch):
    real = i18n.missing_font_notice
    monkeypatch.setattr(i18n, "missing_font_notice", lambda code, families=None: real(code, []))
    window.languages.actions["ko"].trigger()
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()
    window.languages.actions["en"].trigger()
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize(("locale", "expected"), [("ja_JP.UTF-8", "ja"), ("ko_KR.UTF-8", "ko"), ("de_DE.UTF-8", "en"), ("C.UTF-8", "en")])
def test_the_first_start_follows_the_system_locale(locale, expected):
    env = {"PATH": "", "LC_ALL": locale, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    code = "from lossviz.ui.common.i18n import system_language; print(system_language())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == expected, result.stderr


# -- the command line ----------------------------------------------------------


@pytest.mark.slow
def test_lang_with_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "日本語.png"
    result = subprocess.run([sys.executable, "-m", "lossviz", "--screenshot", str(out), "--size", "1024x640", "--lang", "ja"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    with open(out, "rb") as f:
        header = f.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1024, 640)


def test_an_unknown_language_is_refused(capsys):
    from lossviz.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--screenshot", "x.png", "--lang", "fr"])
    assert exc.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_english_says_one_epoch_and_twenty_epochs(qapp, back_to_english):
    """Qt's own plurals in the source language: lossviz_en.qm holds the forms of each %n string."""
    from PySide6.QtCore import QCoreApplication

    i18n.install_language(qapp, "ja")
    i18n.install_language(qapp, "en")
    source = "784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epoch(s) · seed %5"
    assert "· 1 epoch ·" in QCoreApplication.translate("SessionSummary", source, None, 1)
    assert "· 20 epochs ·" in QCoreApplication.translate("SessionSummary", source, None, 20)
