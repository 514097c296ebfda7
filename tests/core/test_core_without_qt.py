"""Everything outside lossviz.ui is plain numpy: it imports, and ``lossviz
train`` runs, where Qt and pyqtgraph cannot be imported at all."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lossviz"

#: Run first in the child: any import of Qt or pyqtgraph fails, as it would
#: in a virtual environment holding numpy alone.
NO_QT = """
import importlib.abc, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            raise ImportError(f"{name} is not installed here")
sys.meta_path.insert(0, NoQt())
"""


def _modules_outside_ui() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "ui" not in parts[1:2] and parts[-1] != "__main__":
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NO_QT + code, *args], capture_output=True, text=True, timeout=120)


def test_every_module_outside_the_ui_imports_without_qt():
    modules = _modules_outside_ui()
    assert "lossviz.cli.main" in modules and "lossviz.mnist.training" in modules and not any(".ui" in m for m in modules)
    result = _run("import importlib\nfor name in " + repr(modules) + ": importlib.import_module(name)")
    assert result.returncode == 0, result.stderr


def test_lossviz_train_runs_without_qt():
    result = _run("import sys; from lossviz.cli import main; sys.exit(main(sys.argv[1:]))", "train", "--epochs", "1")
    assert result.returncode == 0, result.stderr
    assert '"epoch": 1' in result.stdout and "validation_accuracy" in result.stdout
