"""``lossviz download``: full MNIST into the data folder, progress on
standard error.  Exit codes: 0 done, 1 a file could not be had (each named
with its reason), 2 a mirror that is not an http(s) URL, 130 interrupted."""

from __future__ import annotations

import sys
from pathlib import Path

from lossviz.data_folder import mnist_dir
from lossviz.mnist import download
from lossviz.mnist.download import BadMirror, DownloadCancelled, DownloadFailed, check_mirrors, download_files, mirrors


def download_command(args) -> int:
    """``lossviz download [--to DIR]``."""
    target = Path(args.to) if args.to else mnist_dir()
    sources = mirrors()
    try:
        check_mirrors(sources)
    except BadMirror as bad:  # before anything is said or made
        print(f"lossviz download: {bad}", file=sys.stderr)
        return 2
    print(f"downloading full MNIST into {target}", file=sys.stderr, flush=True)
    shown = [-1]

    def report(done: int, total: int) -> None:
        tenth = 10 * done // max(total, 1)
        if tenth != shown[0]:
            shown[0] = tenth
            print(f"  {done / 1e6:5.1f} of {total / 1e6:.1f} MB", file=sys.stderr, flush=True)

    try:
        download_files(target, sources, download.MNIST_FILES, progress=report)
    except DownloadFailed as failed:
        for name, why in failed.failures.items():
            print(f"lossviz download: {name}: {why}", file=sys.stderr)
        return 1
    except (DownloadCancelled, KeyboardInterrupt):
        print("lossviz download: interrupted; what arrived is kept and the next download goes on from there", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"lossviz download: {error}", file=sys.stderr)
        return 1
    print(target)
    return 0
