"""The downloader against hostile mirrors, real HTTP servers on 127.0.0.1:
no length, a false length, endless bodies, trickles, stalls, redirects to
other schemes, and Cancel while a read waits.  The limits are lowered so
that every test takes a second or two; every wait in a test has a timeout."""

import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from lossviz.cli import main
from lossviz.mnist import download, transfer
from lossviz.mnist.download import BadMirror, DownloadCancelled, DownloadFailed, download_files
from tests.helpers.mnist_server import Hostile, MirrorServer, small_files

TIMEOUT = 5  # seconds per request
NAME = "train-labels-idx1-ubyte.gz"  # 2,000 bytes


@pytest.fixture(autouse=True)
def quick_limits(monkeypatch):
    monkeypatch.setattr(transfer, "WATCH_INTERVAL", 0.02)
    monkeypatch.setattr(transfer, "RATE_GRACE", 0.3)
    monkeypatch.setattr(transfer, "RATE_WINDOW", 0.3)
    monkeypatch.setattr(transfer, "MIN_RATE", 1_000)
    monkeypatch.setattr(transfer, "FILE_DEADLINE", 3.0)


@pytest.fixture
def files():
    remote, contents = small_files()
    return [f for f in remote if f.name == NAME], contents


@pytest.fixture
def hostile(files):
    """A hostile first mirror and a good second one."""
    started = [MirrorServer(files[1]), MirrorServer(files[1])]
    yield started
    for server in started:
        server.close()


def fetch(target, servers, files, **options):
    return download_files(target, [s.base for s in servers], files[0], timeout=TIMEOUT, **options)


def failure(target, server, files) -> str:
    """Why the one hostile mirror gave no copy; nothing of it may be kept but a part within the size."""
    with pytest.raises(DownloadFailed) as failed:
        fetch(target, [server], files)
    part = target / (NAME + ".part")
    assert not (target / NAME).exists()
    assert not part.exists() or part.stat().st_size <= files[0][0].size
    return failed.value.failures[NAME]


@pytest.mark.parametrize("how, words", [
    (Hostile(length="none", extra=10_000), "more than the published 2,000 bytes"),
    (Hostile(length="none", endless=True), "more than the published 2,000 bytes"),
    (Hostile(length=+1), "announced 2001 bytes where 2,000 were due"),
    (Hostile(length=-1), "announced 1999 bytes where 2,000 were due"),
])
def test_a_body_is_never_kept_past_its_published_size(tmp_path, hostile, files, how, words):
    hostile[0].hostile[NAME] = how
    assert words in failure(tmp_path, hostile[0], files)
    fetch(tmp_path, hostile, files)  # and the next mirror gives the good copy
    assert (tmp_path / NAME).read_bytes() == files[1][NAME]


def test_a_body_without_a_length_but_the_right_size_is_kept(tmp_path, hostile, files):
    hostile[0].hostile[NAME] = Hostile(length="none")
    fetch(tmp_path, hostile[:1], files)
    assert (tmp_path / NAME).read_bytes() == files[1][NAME]


def test_a_trickle_is_given_up_after_the_grace_period(tmp_path, hostile, files):
    hostile[0].hostile[NAME] = Hostile(step=1, interval=0.1)  # 10 bytes a second, under the 1,000 allowed
    start = time.monotonic()
    assert "given up: under 1 kB/s" in failure(tmp_path, hostile[0], files)
    assert time.monotonic() - start < 2.5


def test_a_mirror_fast_enough_but_never_done_meets_the_deadline(tmp_path, hostile, files, monkeypatch):
    monkeypatch.setattr(transfer, "FILE_DEADLINE", 0.5)
    monkeypatch.setattr(transfer, "MIN_RATE", 100)
    hostile[0].hostile[NAME] = Hostile(step=50, interval=0.05)  # 1,000 bytes a second: 2 s for the file
    start = time.monotonic()
    assert "given up after 0.5 s" in failure(tmp_path, hostile[0], files)
    assert time.monotonic() - start < 2


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/mnist/" + NAME, "javascript:alert(1)", "data:,hello"])
def test_a_redirect_leads_only_to_http(tmp_path, hostile, files, location):
    hostile[0].hostile[NAME] = Hostile(redirect=location)
    why = failure(tmp_path, hostile[0], files)
    assert "HTTP 302" in why and location[:10] in why


def test_a_redirect_to_another_http_mirror_is_followed(tmp_path, hostile, files):
    hostile[0].hostile[NAME] = Hostile(redirect=hostile[1].base + NAME)
    fetch(tmp_path, hostile[:1], files)
    assert (tmp_path / NAME).read_bytes() == files[1][NAME]
    assert hostile[1].names_requested() == [NAME]


def test_cancel_ends_a_stalled_read_at_once_and_keeps_the_part(tmp_path, hostile, files, monkeypatch):
    monkeypatch.setattr(transfer, "MIN_RATE", 0)  # only Cancel may end this one
    monkeypatch.setattr(transfer, "FILE_DEADLINE", 60.0)
    hostile[0].hostile[NAME] = Hostile(stall_after=500)
    cancel, ended = threading.Event(), threading.Event()
    outcome = []

    def run():
        try:
            fetch(tmp_path, hostile[:1], files, cancel=cancel)
        except BaseException as error:  # what the test checks
            outcome.append(error)
        finally:
            ended.set()

    threading.Thread(target=run, daemon=True).start()
    assert hostile[0].stalled.wait(TIMEOUT)
    assert not ended.wait(0.3)  # the read waits on a silent server...
    start = time.monotonic()
    cancel.set()
    assert ended.wait(TIMEOUT)
    assert time.monotonic() - start < 2  # ...until Cancel
    assert len(outcome) == 1 and isinstance(outcome[0], DownloadCancelled)
    assert (tmp_path / (NAME + ".part")).stat().st_size == 500


def test_a_part_larger_than_the_file_is_discarded(tmp_path, hostile, files):
    (tmp_path / (NAME + ".part")).write_bytes(b"\0" * (files[0][0].size + 10))
    fetch(tmp_path, hostile[:1], files)
    assert hostile[0].requests == [(NAME, None)]  # asked for the whole file, not a range past its end
    assert (tmp_path / NAME).read_bytes() == files[1][NAME]


@pytest.mark.parametrize("mirror", ["file:///tmp/mnist/", "ftp://example.org/mnist/", "javascript:alert(1)", "/tmp/mnist", "http://",
                                    "http://exa mple.org/", "http://example.org:99999/"])
def test_only_http_mirrors_are_used(tmp_path, mirror):
    with pytest.raises(BadMirror, match="only http and https mirrors can be used"):
        download_files(tmp_path / "mnist", ["https://example.org/mnist/", mirror])
    assert not (tmp_path / "mnist").exists()  # refused before anything was made


def test_the_command_refuses_a_mirror_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", "file:///etc/")
    assert main(["download", "--to", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "lossviz download: only http and https mirrors can be used, not “file:///etc/”\n"


def test_the_default_mirrors_are_https_and_documented():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert download.DEFAULT_MIRRORS
    for url in download.DEFAULT_MIRRORS:
        assert urlsplit(url).scheme == "https"
        assert url in readme
