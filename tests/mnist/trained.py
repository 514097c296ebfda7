"""One network trained with the app's default settings on the bundled data,
trained once per test session and shared (never change it)."""

from functools import cache

from lossviz.mnist.datasets import Dataset, load_bundled_dataset
from lossviz.mnist.mlp import Mlp
from lossviz.mnist.training import TrainingConfig, train


@cache
def bundled() -> Dataset:
    return load_bundled_dataset()


@cache
def trained_network() -> Mlp:
    data = bundled()
    net = Mlp(100, 0)
    for _ in train(net, data.train_images, data.train_labels, data.validation_images, data.validation_labels, TrainingConfig()):
        pass
    return net
