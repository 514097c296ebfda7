"""The command line against hostile arguments: each refusal is one line on
standard error starting with "lossviz", exit status 2, and no traceback;
nothing slow (a window, a training run) starts before the refusal."""

import contextlib
import io
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossviz.cli import main

LONG = "a" * 300  # one name past every common file system's 255


def run(*argv, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "lossviz", *argv], capture_output=True, text=True, timeout=60, cwd=cwd,
                          env={**os.environ, **(env or {})})


def assert_refused(result, status=2):
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lossviz"), result.stderr


@pytest.fixture
def places(tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    (tmp_path / "damaged.lossviz").write_text("{not json")
    return tmp_path


CASES = {
    "size too large": ["--screenshot", "x.png", "--size", "99999x99999"],
    "size too small": ["--export", "x.png", "--size", "8x8"],
    "size with a million digits": ["--screenshot", "x.png", "--size", "9" * 5000 + "x10"],
    "screenshot to a folder": ["--screenshot", "."],
    "screenshot to a missing folder": ["--screenshot", "missing/x.png"],
    "screenshot inside a file": ["--screenshot", "a file/x.png"],
    "screenshot name too long": ["--screenshot", LONG + ".png"],
    "screenshot in /proc": ["--screenshot", "/proc/lossviz.png"],
    "export name too long": ["--export", LONG + ".svg"],
    "export to a missing folder": ["--export", "missing/x.svg"],
    "lesson name too long": ["--open", LONG + ".lossviz", "--screenshot", "x.png"],
    "damaged lesson": ["damaged.lossviz", "--export", "x.png"],
    "seed below range": ["train", "--seed", "-1"],
    "seed above range": ["train", "--seed", "100000"],
    "epochs zero": ["train", "--epochs", "0"],
    "hidden huge": ["train", "--hidden", "99999999999999999999"],
    "batch not a number": ["train", "--batch", "ten"],
    "learning rate nan": ["train", "--lr", "nan"],
    "learning rate infinite": ["train", "--lr", "1e999"],
    "save to a missing folder": ["train", "--save", "/missing/dir/m.npz"],
    "save name too long": ["train", "--save", LONG + ".npz"],
    "save to a folder": ["train", "--save", "."],
    "data folder name too long": ["train", "--data", LONG],
    "model name too long": ["evaluate", LONG + ".npz"],
    "download to a name too long": ["download", "--to", LONG],
}


@pytest.mark.parametrize("argv", CASES.values(), ids=CASES.keys())
def test_each_refusal_is_one_line_and_status_2(places, argv):
    assert_refused(run(*argv, cwd=places))
    assert not list(places.glob("*.png")) and not list(places.glob("*.svg"))


def test_a_mirror_that_is_not_http_is_refused(places):
    assert_refused(run("download", "--to", str(places / "mnist"), cwd=places, env={"LOSSVIZ_MNIST_MIRRORS": "file:///etc/"}))
    assert not (places / "mnist").exists()


@pytest.mark.slow
def test_the_self_test_says_nothing_of_qts_offscreen_platform(places):
    result = run("--self-test", cwd=places)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "propagateSizeHints" not in result.stderr


NUMERIC = ["--epochs", "--hidden", "--lr", "--batch", "--seed"]
JUNK = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["", " ", "-0", "+5", "1e3", "0x10", "١٢", "1_000", "nan", "-inf", "9" * 5000]),
)


@settings(max_examples=150, deadline=None)
@given(option=st.sampled_from(NUMERIC), value=JUNK)
def test_junk_numbers_are_refused_by_the_parser_or_accepted_within_range(option, value):
    """Parsed only: a value the parser takes must be one training accepts
    (the command is not run, so this is fast)."""
    from lossviz.cli.parser import build_parser
    from lossviz.mnist.training import TrainingConfig

    try:
        args = build_parser().parse_args(["train", f"{option}={value}"])
    except SystemExit as exit:
        assert exit.code == 2
        return
    overrides = {name: getattr(args, name) for name in ("hidden", "lr", "batch", "epochs", "seed")}
    TrainingConfig(**overrides).validate()
    assert 0 <= args.seed <= 99999


@settings(max_examples=30, deadline=None)
@given(value=JUNK)
def test_junk_sizes_never_reach_qt(value):
    """A junk size stops in the parser; a good one at the missing folder."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            status = main(["--screenshot", "/nonexistent-folder/x.png", "--size", value])
        except SystemExit as exit:
            status = exit.code
    assert status == 2
    assert len(err.getvalue().splitlines()) == 1 and err.getvalue().startswith("lossviz")
