"""Learning, not only speed: what the default run reaches on the bundled data.

For each of ``--seeds`` seeds, the panel's default settings (TrainingConfig())
train on the bundled 4,000 images and are measured on the 1,000 held-out
ones (load_bundled + stratified_split(labels, 0.2, seed=0), as the app
splits them).  Printed, as medians over the seeds:
  - the validation accuracy after the whole default run;
  - the time to first reach 90% validation accuracy: compute time (the
    training steps, as EpochReport.seconds counts them) and wall time
    (from the start of train(), including each epoch's accuracy
    evaluation).  Accuracy is measured once an epoch, so this is the time
    to the end of the first epoch that reaches 90%;
  - the same for the whole run.
For comparison: "plain SGD", the issue's straightforward MLP (no momentum,
constant learning rate 0.1, no shifts: about 92%), and the defaults without
each of their additions.

The defaults were chosen with ``--tuning``, which holds out 1,000 of the
4,000 training images instead (stratified_split(..., 0.25, seed=1)) and
never looks at the validation images: a setting picked for doing well on
the validation set would make its figure optimistic.

    python benchmarks/bench_learning.py [--seeds N] [--tuning] [--set lr=0.2 --set shift=2 ... [--only-set]]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import fields, replace

from lossviz.mnist.bundled import load_bundled, stratified_split
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import Diverged, EpochReport, TrainingConfig, train

TARGET = 0.90


def variants(extra: dict) -> dict[str, TrainingConfig]:
    defaults = TrainingConfig()
    out = {
        "defaults": defaults,
        "no shifts": replace(defaults, shift=0),
        "constant lr": replace(defaults, schedule="constant"),
        "no shifts, constant lr": replace(defaults, shift=0, schedule="constant"),
        "plain SGD (lr 0.1)": replace(defaults, lr=0.1, momentum=0.0, schedule="constant", shift=0),
    }
    if extra:
        out = {"defaults with " + ", ".join(f"{k}={v}" for k, v in extra.items()): replace(defaults, **extra), **out}
    return out


def data(tuning: bool):
    images, labels = load_bundled()
    train_idx, val_idx = stratified_split(labels, 0.2, seed=0)
    if tuning:  # held out from the training images; the validation images are not used at all
        inner_train, inner_val = stratified_split(labels[train_idx], 0.25, seed=1)
        train_idx, val_idx = train_idx[inner_train], train_idx[inner_val]
    return images[train_idx], labels[train_idx], images[val_idx], labels[val_idx]


def run(config: TrainingConfig, split) -> dict:
    compute, to_target, accuracy, diverged = 0.0, None, None, False
    began = time.perf_counter()
    for report in train(Mlp(config.hidden, config.seed), *split, config):
        if isinstance(report, EpochReport):
            compute += report.seconds
            accuracy = report.validation_accuracy
            if to_target is None and accuracy >= TARGET:
                to_target = (compute, time.perf_counter() - began)
        elif isinstance(report, Diverged):
            diverged = True
    return {"accuracy": accuracy, "to_target": to_target, "compute": compute, "wall": time.perf_counter() - began,
            "diverged": diverged}


def parse_setting(text: str) -> tuple[str, object]:
    name, _, value = text.partition("=")
    kinds = {f.name: f.type for f in fields(TrainingConfig)}
    if name not in kinds:
        raise SystemExit(f"--set: no setting {name!r}; there are {', '.join(kinds)}")
    kind = {"int": int, "float": float, "str": str}[kinds[name]]
    return name, kind(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--tuning", action="store_true", help="measure on 1,000 held-out training images, not the validation set")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="also run the defaults with this changed")
    parser.add_argument("--only-set", action="store_true", help="run only the defaults changed by --set")
    args = parser.parse_args()
    split = data(args.tuning)
    configs = variants(dict(parse_setting(s) for s in args.set))
    if args.only_set:
        configs = dict(list(configs.items())[:1])
    results = {name: [run(replace(config, seed=seed), split) for seed in range(args.seeds)] for name, config in configs.items()}
    where = "1,000 training images held out for tuning" if args.tuning else "the 1,000 validation images"
    print(f"learning on the bundled MNIST subset: {len(split[0]):,} training images, accuracy on {where}; "
          f"medians over {args.seeds} seeds")
    summary = {}
    for name, runs in results.items():
        config = configs[name]
        accuracy = statistics.median(r["accuracy"] for r in runs)
        reached = [r["to_target"] for r in runs if r["to_target"]]
        compute_90 = statistics.median(c for c, _ in reached) if len(reached) == len(runs) else None
        wall_90 = statistics.median(w for _, w in reached) if len(reached) == len(runs) else None
        compute, wall = statistics.median(r["compute"] for r in runs), statistics.median(r["wall"] for r in runs)
        per_seed = " ".join(f"{100 * r['accuracy']:.1f}" for r in runs)
        to_90 = (f"{compute_90:.3f} s compute, {wall_90:.3f} s wall" if compute_90 is not None
                 else f"reached by {len(reached)} of {len(runs)} seeds")
        print(f"  {name}: lr {config.lr:g} {config.schedule}, momentum {config.momentum:g}, shift {config.shift}, "
              f"batch {config.batch}, {config.epochs} epochs")
        print(f"      accuracy {100 * accuracy:.1f}% (per seed: {per_seed}){' DIVERGED' if any(r['diverged'] for r in runs) else ''}; "
              f"to 90%: {to_90}; whole run {compute:.2f} s compute, {wall:.2f} s wall")
        summary[name] = {"accuracy": accuracy, "compute_to_90": compute_90, "wall_to_90": wall_90,
                         "run_compute": round(compute, 3), "run_wall": round(wall, 3)}
    print(json.dumps({"benchmark": "learning", "seeds": args.seeds, "tuning": args.tuning, **summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
