"""The MNIST downloader against real HTTP servers on 127.0.0.1: mirrors in
turn, checksums, resuming, cancelling, and the ``lossviz download`` command."""

import threading

import pytest

from lossviz.cli import main
from lossviz.mnist import download
from lossviz.mnist.download import DownloadCancelled, DownloadFailed, download_files, mirrors
from tests.helpers.mnist_server import MirrorServer, small_files

TIMEOUT = 5  # seconds per request: a bug fails instead of hanging


@pytest.fixture
def files():
    return small_files()


@pytest.fixture
def servers(files):
    started = [MirrorServer(files[1]), MirrorServer(files[1])]
    yield started
    for server in started:
        server.close()


def fetch(target, servers, files, **options):
    return download_files(target, [s.base for s in servers], files[0], timeout=TIMEOUT, **options)


def assert_all_present(target, files):
    for remote in files[0]:
        assert (target / remote.name).read_bytes() == files[1][remote.name]
    assert not list(target.glob("*.part")) and not list(target.glob(".*"))


def test_all_files_arrive_checked_and_with_progress(tmp_path, servers, files):
    seen = []
    paths = fetch(tmp_path / "mnist", servers, files, progress=lambda done, total: seen.append((done, total)))
    assert [p.name for p in paths] == [f.name for f in files[0]]
    assert_all_present(tmp_path / "mnist", files)
    total = sum(f.size for f in files[0])
    assert seen[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))  # never goes backwards
    assert servers[1].requests == []  # the first mirror was enough


def test_a_missing_file_is_fetched_from_the_next_mirror(tmp_path, servers, files):
    servers[0].missing.add("t10k-images-idx3-ubyte.gz")
    fetch(tmp_path, servers, files)
    assert_all_present(tmp_path, files)
    assert servers[1].names_requested() == ["t10k-images-idx3-ubyte.gz"]


def test_a_wrong_checksum_is_never_kept_and_the_next_mirror_is_tried(tmp_path, servers, files):
    name = "train-labels-idx1-ubyte.gz"
    servers[0].files[name] = b"x" * len(servers[0].files[name])
    fetch(tmp_path, servers, files)
    assert_all_present(tmp_path, files)


def test_bad_everywhere_names_the_file_and_keeps_the_others(tmp_path, servers, files):
    name = "train-labels-idx1-ubyte.gz"
    for server in servers:
        server.files[name] = b"tampered".ljust(len(server.files[name]), b"!")  # the right length, the wrong bytes
    with pytest.raises(DownloadFailed) as failed:
        fetch(tmp_path, servers, files)
    assert list(failed.value.failures) == [name]
    why = failed.value.failures[name]
    assert "MD5" in why and servers[0].base in why and servers[1].base in why
    assert not (tmp_path / name).exists() and not (tmp_path / (name + ".part")).exists()
    assert (tmp_path / "train-images-idx3-ubyte.gz").read_bytes() == files[1]["train-images-idx3-ubyte.gz"]


def test_an_interrupted_transfer_resumes_where_it_stopped(tmp_path, files):
    name = "train-images-idx3-ubyte.gz"
    server = MirrorServer(files[1])
    try:
        server.cut_after[name] = 100_000
        with pytest.raises(DownloadFailed):  # one mirror only: this call fails
            fetch(tmp_path, [server], files)
        part = tmp_path / (name + ".part")
        assert part.stat().st_size == 100_000 and not (tmp_path / name).exists()
        server.requests.clear()
        fetch(tmp_path, [server], files)
        assert server.requests == [(name, "bytes=100000-")]  # only the rest was asked for; the others were kept
        assert_all_present(tmp_path, files)
    finally:
        server.close()


def test_a_server_that_ignores_range_gives_a_clean_restart(tmp_path, files):
    name = "train-images-idx3-ubyte.gz"
    server = MirrorServer(files[1])
    try:
        (tmp_path / (name + ".part")).write_bytes(files[1][name][:5000])
        server.ignore_range = True
        fetch(tmp_path, [server], files)
        assert_all_present(tmp_path, files)
    finally:
        server.close()


def test_a_resumed_part_that_was_wrong_is_fetched_again_whole(tmp_path, servers, files):
    name = "train-images-idx3-ubyte.gz"
    (tmp_path / (name + ".part")).write_bytes(b"\0" * 5000)  # not the file's first bytes
    fetch(tmp_path, servers[:1], files)
    assert_all_present(tmp_path, files)
    assert [r for r in servers[0].requests if r[0] == name] == [(name, "bytes=5000-"), (name, None)]


def test_files_already_good_are_not_fetched_again(tmp_path, servers, files):
    fetch(tmp_path, servers, files)
    servers[0].requests.clear()
    (tmp_path / "t10k-labels-idx1-ubyte.gz").write_bytes(b"corrupt")  # a damaged copy is replaced
    fetch(tmp_path, servers, files)
    assert servers[0].names_requested() == ["t10k-labels-idx1-ubyte.gz"]
    assert_all_present(tmp_path, files)


def test_cancelling_keeps_the_part_and_no_final_file(tmp_path, servers, files):
    cancel = threading.Event()
    with pytest.raises(DownloadCancelled):
        fetch(tmp_path, servers, files, cancel=cancel, progress=lambda done, total: cancel.set())
    assert not (tmp_path / "train-images-idx3-ubyte.gz").exists()
    fetch(tmp_path, servers, files)  # and a later download completes
    assert_all_present(tmp_path, files)


def test_the_environment_overrides_the_setting_which_overrides_the_defaults(monkeypatch):
    monkeypatch.delenv("LOSSVIZ_MNIST_MIRRORS", raising=False)
    assert mirrors() == list(download.DEFAULT_MIRRORS)
    assert mirrors("http://a/, http://b/") == ["http://a/", "http://b/"]
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", " http://c/ ,, http://d ")
    assert mirrors("http://a/") == ["http://c/", "http://d"]


def test_the_command_downloads_into_the_given_folder(tmp_path, servers, files, monkeypatch, capsys):
    monkeypatch.setattr(download, "MNIST_FILES", tuple(files[0]))
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", servers[0].base)
    assert main(["download", "--to", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path)
    assert_all_present(tmp_path, files)


def test_the_command_names_each_file_it_could_not_get(tmp_path, servers, files, monkeypatch, capsys):
    # The real MNIST checksums: the stand-in files served here fail them all.
    monkeypatch.setenv("LOSSVIZ_MNIST_MIRRORS", ",".join(s.base for s in servers))
    assert main(["download", "--to", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    for remote in download.MNIST_FILES:
        assert f"lossviz download: {remote.name}: no mirror gave a good copy" in err
    assert not [p for p in tmp_path.iterdir() if not p.name.endswith(".part")]
