"""Bring the translations up to date with the code, and compile them.

    python tools/update_translations.py           # lupdate, then lrelease
    python tools/update_translations.py --check   # also fail if anything is untranslated

pyside6-lupdate reads every ``lossviz/**/*.py`` (``self.tr()``,
``QCoreApplication.translate()``, and the core's ``QT_TRANSLATE_NOOP``,
see ``lossviz/messages.py``) and merges what it finds into
``resources/translations/lossviz_<code>.ts``, keeping the translations
already there: a new or changed string arrives "unfinished", to be
translated (Qt Linguist, ``pyside6-linguist``, or any editor).  Strings no
longer in the code are dropped.  pyside6-lrelease then compiles each .ts
into the .qm the app loads.  Both are committed: ``pip install`` cannot run
lrelease.  Source locations are left out of the .ts, so that editing the
code does not churn the translation files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
#: Every language but English, the source language (lossviz.names.LANGUAGES)...
TARGETS = ("ja", "ko")
#: ...and English's plural forms alone: "%n image(s)" in the code becomes
#: "1 image" and "2 images" through lossviz_en.qm (Qt's own plurals).
PLURALS_ONLY = ("en",)


def tool(name: str) -> str:
    """A Qt for Python tool: beside this Python (a virtualenv's bin), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6) into this Python's environment")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "lossviz").rglob("*.py"))


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"lossviz_{code}.ts"


def lupdate(ts: Path, plurals_only: bool = False) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", *(["-pluralonly"] if plurals_only else []),
                    "-source-language", "en", "-target-language", ts.stem.split("_")[-1], "-ts", str(ts)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    # lupdate takes every "#:" comment (our documentation of constants and
    # attributes) for a note to translators on the next string: drop them.
    text = ts.read_text(encoding="utf-8")
    ts.write_text(re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.DOTALL), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")  # a %n string: one text per plural form
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""] if translation is not None else [""]
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(text.strip() for text in texts):
            missing.append(message.findtext("source"))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit with 1 if any string is untranslated")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for code in TARGETS + PLURALS_ONLY:
        ts = ts_path(code)
        lupdate(ts, plurals_only=code in PLURALS_ONLY)
        lrelease(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.relative_to(ROOT)}: {total - len(missing)} of {total} translated")
        for text in missing:
            print(f"    untranslated: {text!r}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
