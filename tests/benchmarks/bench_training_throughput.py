"""Training throughput of the MNIST network, in samples per second.

For a 784-100-10 MLP (float32, cross-entropy, SGD with momentum 0.9) at
batch 32, 100 and 256, on the same batches of real MNIST (the bundled
images as float rows, prepared up front), three contenders are timed in
interleaved rounds, so machine noise hits them alike:
  - ours: ``Mlp.train_step``;
  - PyTorch on CPU, the same model and batches (a benchmark-only
    dependency: ``pip install torch==2.13.0``; skipped if absent), with as
    many threads as numpy's BLAS;
  - the bound: just the five matrix products of one step (x·W1, h·W2,
    hᵀ·δ, δ·W2ᵀ, xᵀ·δh) into preallocated arrays, timed alone.
Figures are medians over rounds.  Also timed: the real ``train()`` loop on
uint8 images at batch 100, as the app runs it (batch gathering, uint8 to
float conversion and momentum included; accuracy evaluation not).

Targets (issue 3): ≥ 2× PyTorch at batch 100, ≥ 3× at batch 32, and
≥ 80% of the bound at batch 100.

    python tests/benchmarks/bench_training_throughput.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

import numpy as np

from lossviz.mnist.bundled import load_bundled
from lossviz.mnist.mlp import Mlp, images_to_inputs
from lossviz.mnist.training import EpochReport, TrainingConfig, train

BATCHES = (32, 100, 256)
LR, MOMENTUM = 0.1, 0.9
SECONDS_PER_TIMING = 0.25


def blas_threads() -> int:
    try:
        from threadpoolctl import threadpool_info

        return max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
    except Exception:  # threadpoolctl is not a dependency; numpy's OpenBLAS uses every core by default
        return int(os.environ.get("OPENBLAS_NUM_THREADS", os.cpu_count() or 1))


def batches_of(x: np.ndarray, y: np.ndarray, size: int, count: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        idx = rng.choice(len(x), size, replace=False)
        out.append((np.ascontiguousarray(x[idx]), y[idx].astype(np.int64)))
    return out


def timed(step, batches, size: int) -> float:
    """Samples per second over as many passes as fill SECONDS_PER_TIMING."""
    for xb, yb in batches[:3]:  # warm-up: buffers, caches
        step(xb, yb)
    done, start = 0, time.perf_counter()
    while True:
        for xb, yb in batches:
            step(xb, yb)
        done += len(batches)
        elapsed = time.perf_counter() - start
        if elapsed >= SECONDS_PER_TIMING:
            return done * size / elapsed


def ours(size: int):
    net = Mlp(100, seed=0)
    return lambda xb, yb: net.train_step(xb, yb, LR, MOMENTUM, "ce")


def bound(size: int):
    """The five products of one step, with outputs preallocated."""
    rng = np.random.default_rng(0)
    w1 = rng.standard_normal((784, 100), dtype=np.float32)
    w2 = rng.standard_normal((100, 10), dtype=np.float32)
    h = np.empty((size, 100), np.float32)
    y = np.empty((size, 10), np.float32)
    gw2 = np.empty((100, 10), np.float32)
    dh = np.empty((size, 100), np.float32)
    gw1 = np.empty((784, 100), np.float32)

    def step(xb, _yb):
        np.matmul(xb, w1, out=h)
        np.matmul(h, w2, out=y)
        np.matmul(h.T, y, out=gw2)
        np.matmul(y, w2.T, out=dh)
        np.matmul(xb.T, dh, out=gw1)

    return step


def pytorch(size: int, threads: int):
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(threads)
    model = torch.nn.Sequential(torch.nn.Linear(784, 100), torch.nn.ReLU(), torch.nn.Linear(100, 10))
    loss_fn = torch.nn.CrossEntropyLoss()
    optimiser = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    cache = {}

    def step(xb, yb):
        key = id(xb)
        if key not in cache:  # tensors share the numpy memory: made once per batch
            cache[key] = (torch.from_numpy(xb), torch.from_numpy(yb))
        tx, ty = cache[key]
        optimiser.zero_grad(set_to_none=True)
        loss = loss_fn(model(tx), ty)
        loss.backward()
        optimiser.step()

    return step


def train_loop_samples_per_second(images, labels) -> float:
    """The app's own loop: uint8 batches gathered, converted and stepped."""
    config = TrainingConfig(epochs=3, batch=100)
    seconds = sum(r.seconds for r in train(Mlp(100, 0), images, labels, images[:100], labels[:100], config)
                  if isinstance(r, EpochReport))
    return 3 * len(images) / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    images, labels = load_bundled()
    x = images_to_inputs(images)
    threads = blas_threads()
    try:
        import torch

        torch_version = torch.__version__
    except ImportError:
        torch_version = None
        print("PyTorch is not installed (pip install torch==2.13.0): its column is skipped")

    contenders = {"ours": ours, "bound": bound}
    if torch_version:
        contenders["torch"] = lambda size: pytorch(size, threads)
    samples = {(name, size): [] for name in contenders for size in BATCHES}
    loop = []
    batch_sets = {size: batches_of(x, labels, size, max(8, 3200 // size)) for size in BATCHES}
    for _ in range(args.rounds):
        for size in BATCHES:
            for name, make in contenders.items():
                samples[(name, size)].append(timed(make(size), batch_sets[size], size))
        loop.append(train_loop_samples_per_second(images, labels))

    med = {key: statistics.median(values) for key, values in samples.items()}
    print(f"training throughput, samples/s, median of {args.rounds} interleaved rounds; numpy {np.__version__}, "
          f"torch {torch_version or 'absent'}, {threads} BLAS/torch threads")
    print(f"  {'batch':>5} {'ours':>10} {'torch':>10} {'bound':>10} {'ours/torch':>11} {'ours/bound':>11}")
    result = {"benchmark": "training_throughput", "rounds": args.rounds, "threads": threads}
    for size in BATCHES:
        o, b = med[("ours", size)], med[("bound", size)]
        t = med.get(("torch", size))
        print(f"  {size:>5} {o:>10,.0f} {t or float('nan'):>10,.0f} {b:>10,.0f} {(o / t) if t else float('nan'):>10.2f}× "
              f"{100 * o / b:>10.0f}%")
        result[f"batch_{size}"] = {"ours": round(o), "torch": round(t) if t else None, "bound": round(b),
                                   "ours_over_torch": round(o / t, 3) if t else None, "ours_over_bound": round(o / b, 3)}
    print(f"  the app's train() loop on uint8 images, batch 100: {statistics.median(loop):,.0f} samples/s")
    result["train_loop_batch_100"] = round(statistics.median(loop))
    if torch_version:
        checks = [("≥ 2× torch at 100", med[("ours", 100)] / med[("torch", 100)] >= 2),
                  ("≥ 3× torch at 32", med[("ours", 32)] / med[("torch", 32)] >= 3)]
    else:
        checks = []
    checks.append(("≥ 80% of bound at 100", med[("ours", 100)] / med[("bound", 100)] >= 0.8))
    print("  targets: " + ", ".join(f"{name} {'met' if ok else 'NOT met'}" for name, ok in checks))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
