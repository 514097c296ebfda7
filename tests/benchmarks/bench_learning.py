"""Learning, not only speed: what the default run reaches on the bundled data.

For each of ``--seeds`` seeds, the panel's default settings (TrainingConfig())
train on the bundled 4,000 images and are measured on the 1,000 held-out
ones: the validation accuracy after the whole default run, and the compute
time (the training steps, as EpochReport.seconds counts them) until the
validation accuracy first reaches 90%.  For comparison, the same network
trained plainly: SGD without momentum at a constant learning rate 0.1, everything else
the same; and the defaults without each of their two additions (random
shifts of the images, the cosine learning-rate schedule).  Medians over seeds.

    python tests/benchmarks/bench_learning.py [--seeds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import replace

from lossviz.mnist.datasets import load_bundled_dataset
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import EpochReport, TrainingConfig, train

VARIANTS = {
    "defaults": TrainingConfig(),
    "no shifts": replace(TrainingConfig(), shift=0),
    "no shifts, constant lr": replace(TrainingConfig(), shift=0, schedule="constant"),
    "plain SGD": replace(TrainingConfig(), shift=0, schedule="constant", momentum=0.0),
}


def run(config: TrainingConfig, data) -> dict:
    spent, to_90, accuracy = 0.0, None, None
    for report in train(Mlp(config.hidden, config.seed), data.train_images, data.train_labels,
                        data.validation_images, data.validation_labels, config):
        if isinstance(report, EpochReport):
            spent += report.seconds
            accuracy = report.validation_accuracy
            if to_90 is None and accuracy >= 0.90:
                to_90 = spent
    return {"accuracy": accuracy, "seconds_to_90": to_90, "seconds": spent}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    data = load_bundled_dataset()
    results = {name: [run(replace(config, seed=seed), data) for seed in range(args.seeds)] for name, config in VARIANTS.items()}
    print(f"learning on {data.describe()}; medians over {args.seeds} seeds")
    summary = {}
    for name, runs in results.items():
        accuracy = statistics.median(r["accuracy"] for r in runs)
        reached = [r["seconds_to_90"] for r in runs if r["seconds_to_90"] is not None]
        to_90 = statistics.median(reached) if len(reached) == len(runs) else None
        seconds = statistics.median(r["seconds"] for r in runs)
        config = VARIANTS[name]
        per_seed = " ".join(f"{100 * r['accuracy']:.1f}" for r in runs)
        print(f"  {name:<24} lr {config.lr:g} {config.schedule}, momentum {config.momentum:g}, shift {config.shift}: accuracy "
              f"{100 * accuracy:.1f}% (per seed: {per_seed}), "
              f"compute to 90%: {'not reached by every seed' if to_90 is None else f'{to_90:.3f} s'}, whole run {seconds:.2f} s")
        summary[name] = {"validation_accuracy": accuracy, "seconds_to_90": to_90, "run_seconds": seconds}
    print(json.dumps({"benchmark": "learning", "seeds": args.seeds, **summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
