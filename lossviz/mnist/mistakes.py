"""The network's mistakes on a validation set (numpy only): the confusion
matrix, and every digit ranked worst first by either loss.

The two losses rank differently, which is the lesson: cross-entropy,
−log(y_label + δ), grows without bound as the right answer's y goes to 0,
so it puts first the digits the network is most confidently wrong about;
the sum of squared error, ½ Σ (yₖ − tₖ)², is at most 1 and also counts how
the wrong answers' y are spread, so it ranks a digit split between two
wrong answers differently from one given to a single wrong answer.

``find_mistakes`` runs the network forward over the images (a chunk at a
time, reusing the network's buffers for that chunk size, as
``Mlp.accuracy`` does).  It uses the network's buffers, so it must run on
the thread that trains it, between two steps (a worker does so after
each epoch); everything after the forward pass is a few vectorised
passes over N × 10 numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lossviz.mnist.mlp import DELTA, Mlp
from lossviz.names import CROSS_ENTROPY, DIGIT_CLASSES, SQUARED_ERROR, TRAINING_LOSSES

CHUNK = 1000


@dataclass(frozen=True, eq=False)
class Mistakes:
    labels: np.ndarray  # (N,) the true digits
    predictions: np.ndarray  # (N,) the network's answers (its largest output)
    confusion: np.ndarray  # (10, 10) counts: row the true digit, column the answer
    cross_entropy: np.ndarray  # (N,) each digit's −log(y_label + δ)
    squared_error: np.ndarray  # (N,) each digit's ½ Σ (yₖ − tₖ)²

    @property
    def accuracy(self) -> float:
        """The confusion matrix's trace over its sum: the share answered right."""
        return float(np.trace(self.confusion)) / max(int(self.confusion.sum()), 1)

    def losses(self, loss: str) -> np.ndarray:
        if loss not in TRAINING_LOSSES:
            raise ValueError(f"the loss must be one of {', '.join(TRAINING_LOSSES)}, got {loss!r}")
        return self.cross_entropy if loss == CROSS_ENTROPY else self.squared_error

    def worst_first(self, loss: str = CROSS_ENTROPY, count: int | None = None) -> np.ndarray:
        """Indices of the digits by their loss, largest first (ties: the lower
        index first); only the ``count`` worst when given."""
        return worst_first(self.losses(loss), count)

    def cell(self, label: int, prediction: int) -> np.ndarray:
        """Indices of the digits in one cell of the confusion matrix, worst (by cross-entropy) first."""
        members = np.flatnonzero((self.labels == label) & (self.predictions == prediction))
        return members[worst_first(self.cross_entropy[members])]

    def row_shares(self) -> np.ndarray:
        return row_shares(self.confusion)


def confusion_matrix(labels: np.ndarray, predictions: np.ndarray, classes: int = DIGIT_CLASSES) -> np.ndarray:
    """(classes, classes) counts: row the true label, column the prediction."""
    labels, predictions = np.asarray(labels, np.intp), np.asarray(predictions, np.intp)
    if labels.shape != predictions.shape:
        raise ValueError(f"{labels.shape[0]} labels and {predictions.shape[0]} predictions")
    for name, values in (("labels", labels), ("predictions", predictions)):
        if values.size and not (0 <= values.min() and values.max() < classes):
            raise ValueError(f"{name} must be 0 to {classes - 1}")
    return np.bincount(labels * classes + predictions, minlength=classes * classes).reshape(classes, classes)


def row_shares(confusion: np.ndarray) -> np.ndarray:
    """Each row divided by its sum (the share of each true digit given each
    answer); a row with no digits stays 0."""
    totals = confusion.sum(axis=1, keepdims=True)
    return np.divide(confusion, totals, out=np.zeros(confusion.shape), where=totals > 0)


def per_image_losses(probabilities: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(cross-entropy, sum of squared error) of each row of softmax outputs, as float64."""
    y = np.asarray(probabilities, np.float64)
    right = y[np.arange(len(y)), labels]
    cross_entropy = -np.log(right + DELTA)
    # ½ Σ (yₖ − tₖ)² = ½ (Σ yₖ² − 2 y_label + 1), without building t.
    squared_error = 0.5 * (np.einsum("nk,nk->n", y, y) - 2 * right + 1)
    return cross_entropy, squared_error


def worst_first(losses: np.ndarray, count: int | None = None) -> np.ndarray:
    """Indices by loss, largest first, ties in index order."""
    losses = np.asarray(losses)
    if count is not None and count < len(losses):
        if count <= 0:
            return np.empty(0, np.intp)
        # Only the count largest need sorting: the rest are cut off first.
        cut = np.partition(losses, len(losses) - count)[len(losses) - count]
        candidates = np.flatnonzero(losses >= cut)
        return candidates[np.argsort(-losses[candidates], kind="stable")][:count]
    return np.argsort(-losses, kind="stable")


def find_mistakes(net: Mlp, images: np.ndarray, labels: np.ndarray, chunk: int = CHUNK) -> Mistakes:
    """The network's answers on ``images`` (uint8 (N, 28, 28) or float rows), and what they cost."""
    labels = np.asarray(labels)
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images and {len(labels)} labels")
    probabilities = np.empty((len(images), net.w2.shape[1]), np.float32)
    for start in range(0, len(images), chunk):
        probabilities[start : start + chunk] = net.predict_proba(images[start : start + chunk])
    return mistakes_from_outputs(probabilities, labels)


def mistakes_from_outputs(probabilities: np.ndarray, labels: np.ndarray) -> Mistakes:
    labels = np.asarray(labels, np.intp)
    predictions = probabilities.argmax(axis=1)
    cross_entropy, squared_error = per_image_losses(probabilities, labels)
    return Mistakes(labels, predictions, confusion_matrix(labels, predictions, probabilities.shape[1]),
                    cross_entropy, squared_error)


def rankings_differ(mistakes: Mistakes, count: int = 20) -> int:
    """How many of the ``count`` worst by cross-entropy are not among the ``count`` worst by squared error."""
    by_ce = mistakes.worst_first(CROSS_ENTROPY, count)
    by_sse = mistakes.worst_first(SQUARED_ERROR, count)
    return len(np.setdiff1d(by_ce, by_sse))

