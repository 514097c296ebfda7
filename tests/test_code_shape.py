"""Guard rails for the shape of the code: no module of the product over 450
lines, no class over 350, no function over 60.  They are symptoms, not the
goal: a part that outgrows them is doing more than one job, and is split
along its responsibilities, not to meet a number."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lossviz"
LIMITS = {"module": 450, "class": 350, "function": 60}


def _sizes(path: Path):
    text = path.read_text(encoding="utf-8")
    yield "module", path.stem, len(text.splitlines())
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            yield "class", node.name, node.end_lineno - node.lineno + 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield "function", node.name, node.end_lineno - node.lineno + 1


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_class_or_function_outgrows_its_limit(path):
    too_long = [f"{kind} {name}: {lines} lines (limit {LIMITS[kind]})" for kind, name, lines in _sizes(path) if lines > LIMITS[kind]]
    assert not too_long, "; ".join(too_long)


def test_the_guard_sees_the_whole_package():
    assert len(MODULES) > 40 and (PACKAGE / "losses.py") in MODULES
