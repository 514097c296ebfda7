"""``lossviz train`` and ``lossviz evaluate``: the MNIST network without a window.

Standard output carries only JSON lines, one per epoch (or one result), so
a script can read them; what is meant for people goes to standard error.
Exit codes: 0 done, 1 training diverged, 2 bad settings or unusable files,
130 interrupted.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace

from lossviz.mnist.datasets import DatasetError, load_dataset, load_test_images
from lossviz.mnist.mistakes import find_mistakes
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.model_file import ModelFileError, load_model, save_model
from lossviz.mnist.training import Diverged, EpochReport, TrainingConfig, train

SETTINGS = ("hidden", "lr", "batch", "epochs", "seed", "loss")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _json_line(**fields) -> None:
    rounded = {k: (float(f"{v:.6g}") if isinstance(v, float) else v) for k, v in fields.items()}
    print(json.dumps(rounded), flush=True)


def train_command(args) -> int:
    overrides = {name: getattr(args, name) for name in SETTINGS if getattr(args, name, None) is not None}
    config = replace(TrainingConfig(), **overrides)
    try:
        config.validate()
        data = load_dataset(args.data)
    except (ValueError, DatasetError) as error:
        _say(f"lossviz train: {error}")
        return 2
    _say(f"training a 784-{config.hidden}-10 network on {data.describe()}; loss {config.loss}, learning rate {config.lr:g}, "
         f"batch {config.batch}, {_count(config.epochs, 'epoch')}, seed {config.seed}")
    net = Mlp(config.hidden, config.seed)
    status = 0
    try:
        for report in train(net, data.train_images, data.train_labels, data.validation_images, data.validation_labels, config):
            if isinstance(report, EpochReport):
                _json_line(epoch=report.epoch, loss=report.loss, train_accuracy=report.train_accuracy,
                           validation_accuracy=report.validation_accuracy, seconds=report.seconds)
            elif isinstance(report, Diverged):
                _say(report.message)
                status = 1
    except KeyboardInterrupt:
        _say("lossviz train: interrupted; nothing was saved")
        return 130
    if args.save:
        try:
            save_model(args.save, net, loss=config.loss)
        except OSError as error:
            _say(f"lossviz train: could not save the weights to {args.save}: {error}")
            return 2
        _say(f"saved the {'last good ' if status else ''}weights to {args.save}")
    return status


def evaluate_command(args) -> int:
    try:
        net = load_model(args.model)
        images, labels, description = load_test_images(args.data)
    except (ModelFileError, DatasetError) as error:
        _say(f"lossviz evaluate: {error}")
        return 2
    fields = dict(accuracy=net.accuracy(images, labels), images=len(images), data=description)
    if getattr(args, "confusion", False) or getattr(args, "worst", 0):
        fields.update(mistakes_fields(net, images, labels, args))
    _json_line(**fields)
    return 0


def mistakes_fields(net: Mlp, images, labels, args) -> dict:
    """``--confusion``: 10 rows of 10 counts; ``--worst N``: the N worst digits by ``--worst-by``."""
    mistakes = find_mistakes(net, images, labels)
    fields = {}
    if args.confusion:
        fields["confusion"] = mistakes.confusion.tolist()
    if args.worst:
        fields["worst_by"] = args.worst_by
        fields["worst"] = [
            {"index": int(i), "label": int(mistakes.labels[i]), "prediction": int(mistakes.predictions[i]),
             "cross_entropy": float(f"{mistakes.cross_entropy[i]:.6g}"), "squared_error": float(f"{mistakes.squared_error[i]:.6g}")}
            for i in mistakes.worst_first(args.worst_by, args.worst)
        ]
    return fields
