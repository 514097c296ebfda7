"""The mistakes view's work after an epoch, for 10,000 validation images
(full MNIST's test set; the bundled 5,000 real images twice over).

Timed, as medians over ``--rounds`` rounds:
  - all of it (``find_mistakes``: the forward pass, a chunk of 1,000 at a
    time, the confusion matrix, both losses of every digit) and then both
    worst-first rankings in full and the row shares;
  - the part after the forward pass alone (``mistakes_from_outputs`` and
    the rankings), which is what the view adds to the epoch's own
    accuracy pass.
Also printed, for a network trained with the default settings on the
bundled data: its accuracy, and how many of the 20 worst digits by
cross-entropy are not among the 20 worst by squared error.

Target (issue 16): under 100 ms for 10,000 images.

    python -m benchmarks.bench_mistakes [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from lossviz.mnist.datasets import load_bundled_dataset
from lossviz.mnist.mistakes import find_mistakes, mistakes_from_outputs, rankings_differ
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import TrainingConfig, train
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR

IMAGES = 10_000


def _work(net, images, labels):
    mistakes = find_mistakes(net, images, labels)
    mistakes.worst_first(CROSS_ENTROPY), mistakes.worst_first(SQUARED_ERROR), mistakes.row_shares()
    return mistakes


def _after_forward(probabilities, labels):
    mistakes = mistakes_from_outputs(probabilities, labels)
    mistakes.worst_first(CROSS_ENTROPY), mistakes.worst_first(SQUARED_ERROR), mistakes.row_shares()


def _median_ms(function, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    data = load_bundled_dataset()
    net = Mlp(100, 0)
    for _ in train(net, data.train_images, data.train_labels, data.validation_images, data.validation_labels, TrainingConfig()):
        pass
    validation = find_mistakes(net, data.validation_images, data.validation_labels)
    images = np.concatenate([data.train_images, data.validation_images] * 2)[:IMAGES]
    labels = np.concatenate([data.train_labels, data.validation_labels] * 2)[:IMAGES]
    probabilities = net.predict_proba(images)
    _work(net, images, labels)  # buffers made once, as after the first epoch
    print(json.dumps({
        "images": IMAGES,
        "all_ms_median": round(_median_ms(lambda: _work(net, images, labels), args.rounds), 2),
        "after_forward_ms_median": round(_median_ms(lambda: _after_forward(probabilities, labels), args.rounds), 2),
        "bundled_validation_accuracy": validation.accuracy,
        "top20_differ": rankings_differ(validation, 20),
    }))


if __name__ == "__main__":
    main()
