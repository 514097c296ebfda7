"""``lossviz compare``: the slowdown experiment without a window
(lossviz.mnist.experiment), one JSON line per epoch on standard output.

Exit codes as ``lossviz train``: 0 done, 1 a network diverged, 2 bad
settings or unusable files, 130 interrupted.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace

from lossviz.mnist.datasets import DatasetError, load_dataset
from lossviz.mnist.experiment import ExperimentConfig, ExperimentDiverged, ExperimentEpoch, SlowdownExperiment
from lossviz.mnist.training import TrainingConfig
from lossviz.names import CROSS_ENTROPY, SQUARED_ERROR

#: The JSON keys of each network, by loss.
KEYS = {CROSS_ENTROPY: "cross_entropy", SQUARED_ERROR: "squared_error"}
SETTINGS = ("hidden", "lr", "batch", "epochs", "seed")


def say(text: object) -> None:
    print(text, file=sys.stderr, flush=True)


def rounded(value):
    """Floats to 6 significant digits, inside lists and dicts too."""
    if isinstance(value, float):
        return float(f"{value:.6g}")
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    return value


def json_line(fields: dict) -> None:
    print(json.dumps(rounded(fields), ensure_ascii=False), flush=True)


def compare_command(args) -> int:
    training = replace(TrainingConfig(epochs=args.epochs), **{name: getattr(args, name) for name in SETTINGS})
    config = ExperimentConfig(start=args.start, training=training)
    try:
        config.validate()
        data = load_dataset(args.data)
        experiment = SlowdownExperiment(data.train_images, data.train_labels, data.validation_images,
                                        data.validation_labels, config)
    except (ValueError, DatasetError) as error:
        say(f"lossviz compare: {error}")
        return 2
    start = experiment.start
    say(f"{data.describe()}; two 784-{training.hidden}-10 networks from the same weights, on the same batches: "
        f"cross-entropy and squared error; learning rate {training.lr:g} ({training.schedule}), momentum {training.momentum:g}, "
        f"batch {training.batch}, shifts up to {training.shift} px, seed {training.seed}")
    say(f"start {start.start}: mean y of class {start.wrong_class} {start.mean_y_wrong_class:.4f}, "
        f"{start.called_wrong_class:.1%} of the validation digits called {start.wrong_class}, "
        f"validation accuracy {start.validation_accuracy:.1%}")
    status = 0
    try:
        for report in experiment.run():
            if isinstance(report, ExperimentEpoch):
                json_line(epoch_fields(report))
            elif isinstance(report, ExperimentDiverged):
                say(f"{KEYS[report.loss]}: {report.report.message}")
                status = 1
    except KeyboardInterrupt:
        say("lossviz compare: interrupted")
        return 130
    return status


def epoch_fields(report: ExperimentEpoch) -> dict:
    fields: dict = {"epoch": report.epoch}
    for loss, network in report.networks.items():
        fields[KEYS[loss]] = {"loss": network.loss, "validation_accuracy": network.validation_accuracy,
                              "mean_abs_grad_z": network.mean_abs_grad_z}
    fields["seconds"] = report.seconds
    return fields
