"""The core is plain numpy: importing it must not import Qt."""

import subprocess
import sys


def test_core_imports_without_qt():
    code = (
        "import sys; import lossviz.losses, lossviz.explorer, lossviz.worked_examples, lossviz.resources, lossviz.mnist.bundled, "
        "lossviz.mnist.mlp, lossviz.mnist.training, lossviz.mnist.session, lossviz.mnist.datasets, lossviz.mnist.model_file, "
        "lossviz.cli.train, lossviz.mnist.download; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))]; "
        "print(bad); assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
