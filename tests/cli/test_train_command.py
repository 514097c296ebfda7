"""``lossviz train`` and ``lossviz evaluate``, as a script would run them."""

import json
import subprocess
import sys

import pytest

from lossviz.cli import main
from lossviz.mnist.bundled import load_bundled
from lossviz.mnist.idx import write_idx_gz

KEYS = ["epoch", "loss", "train_accuracy", "validation_accuracy", "seconds"]


def json_lines(text):
    return [json.loads(line) for line in text.splitlines()]


def test_train_prints_an_epoch_per_line_saves_and_evaluate_agrees(tmp_path, capsys):
    model = tmp_path / "m.npz"
    assert main(["train", "--epochs", "2", "--hidden", "50", "--save", str(model)]) == 0
    out, err = capsys.readouterr()
    epochs = json_lines(out)
    assert [list(e) for e in epochs] == [KEYS, KEYS] and [e["epoch"] for e in epochs] == [1, 2]
    assert epochs[1]["loss"] < epochs[0]["loss"] and epochs[1]["validation_accuracy"] > 0.8
    assert "784-50-10" in err and str(model) in err and model.exists()

    assert main(["evaluate", str(model)]) == 0
    result = json_lines(capsys.readouterr().out)
    assert result == [{"accuracy": epochs[1]["validation_accuracy"], "images": 1000,
                       "data": "bundled MNIST subset, validation images"}]


def test_train_and_evaluate_on_a_folder_of_idx_files(tmp_path, capsys):
    images, labels = load_bundled()
    for prefix, part in (("train", slice(0, 800)), ("t10k", slice(800, 1000))):
        write_idx_gz(tmp_path / f"{prefix}-images-idx3-ubyte.gz", images[part])
        write_idx_gz(tmp_path / f"{prefix}-labels-idx1-ubyte.gz", labels[part])
    assert main(["train", "--data", str(tmp_path), "--epochs", "1", "--save", str(tmp_path / "m.npz")]) == 0
    assert "800 training, 200 validation" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "m.npz"), "--data", str(tmp_path)]) == 0
    assert json_lines(capsys.readouterr().out)[0]["images"] == 200


def test_a_diverging_run_exits_1_and_says_why(capsys):
    assert main(["train", "--lr", "50", "--epochs", "2"]) == 1
    assert "diverged" in capsys.readouterr().err


def test_a_setting_out_of_range_is_refused_before_training(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["train", "--hidden", "0"])
    assert exit.value.code == 2
    assert capsys.readouterr().err == "lossviz train: argument --hidden: must be 1 to 4096, got 0 (see lossviz train --help)\n"


def test_help_shows_each_default(capsys):
    with pytest.raises(SystemExit):
        main(["train", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for default in ("(default: 20)", "(default: 100)", "(default: 0.1)", "(default: ce)", "(default: 0)"):
        assert default in out


def test_one_epoch_is_said_in_the_singular(capsys):
    assert main(["train", "--epochs", "1", "--hidden", "10"]) == 0
    err = capsys.readouterr().err
    assert ", 1 epoch, " in err and "1 epochs" not in err


@pytest.mark.parametrize("argv, words", [
    (["train", "--data", "/nonexistent/folder"], "not a folder"),
    (["evaluate", "/nonexistent/m.npz"], "no such file"),
])
def test_bad_input_exits_2_with_a_message(argv, words, capsys):
    assert main(argv) == 2
    assert words in capsys.readouterr().err


def test_the_installed_command_prints_only_json_on_stdout(tmp_path):
    result = subprocess.run([sys.executable, "-m", "lossviz", "train", "--epochs", "1", "--hidden", "20"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [e["epoch"] for e in json_lines(result.stdout)] == [1]
