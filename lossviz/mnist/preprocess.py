"""A picture of a digit made into an MNIST image (numpy only).

MNIST's own preprocessing, as LeCun, Cortes and Burges describe it: the
ink's bounding box scaled to fit 20 × 20 pixels, keeping its aspect ratio,
anti-aliased; then placed in a 28 × 28 frame so that its centre of mass
sits at the frame's centre; ink light (up to 255) on a dark (0) ground,
uint8.  The picture may be any size, and either dark ink on light paper
or light ink on a dark pad: the ground is the median of the picture's
border, where a person leaves paper blank.

Resampling averages areas: each output pixel is the mean of the input it
covers, pixels cut by its edges counted by the share of them it covers.
That is anti-aliasing when shrinking (every input pixel counts) and plain
enlargement when growing.  It is done as two products with small weight
matrices (rows, then columns), a band of rows at a time, so a picture of
tens of megapixels never has to exist as floats all at once.
"""

from __future__ import annotations

import functools

import numpy as np

SIDE = 28  # the frame
BOX = 20  # the longest side of the ink's bounding box, once scaled
#: Where MNIST's centres of mass lie, in pixel indices (the bundled
#: images' mean is (13.99, 14.00)).
CENTRE = 14.0
#: Ink fainter than this share of the darkest (or lightest) stroke is taken
#: for paper: grain, JPEG ringing, a shadow.  MNIST's own faintest edge
#: pixels (a few levels out of 255) sit below it, which moves nothing but
#: the box's edge by a pixel at most.
NOISE = 0.1
#: A picture whose darkest and lightest pixels differ by less than this
#: share of the full range (0–255) holds no ink: it gives an empty frame.
MIN_CONTRAST = 0.05
#: Rows resampled at once (a band of 1,024 rows of a 10,000-pixel-wide
#: picture is 40 MB of float32).
BAND_ROWS = 1024


#: Pictures up to this many pixels a side keep their weight matrices for
#: many sizes (a drawing pad's raster: the ink's box grows through one size
#: after another as a digit is drawn, and the next digit goes through them
#: again; such matrices are at most 20 × 160 floats), larger ones for few.
SMALL = 160


def area_weights(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in): row i averages the input cells that output cell i
    covers, [i·n_in/n_out, (i+1)·n_in/n_out), by the length of each overlap.
    Kept for the next call with the same sizes, so read-only."""
    return _weights(n_in, n_out)[0]


def _weights(n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    """``area_weights`` and its transpose (contiguous: the products then sum
    in the same order, hence round alike, for every picture)."""
    return (_small_weights if n_in <= SMALL else _large_weights)(n_in, n_out)


def _both(n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    edges = np.arange(n_out + 1) * (n_in / n_out)
    low, high = edges[:-1, None], edges[1:, None]
    cells = np.arange(n_in, dtype=np.float64)
    overlap = np.minimum(high, cells + 1)
    overlap -= np.maximum(low, cells)
    np.maximum(overlap, 0, out=overlap)
    overlap /= high - low
    weights = overlap.astype(np.float32)
    transposed = weights.T.copy()
    weights.flags.writeable = transposed.flags.writeable = False
    return weights, transposed


_small_weights = functools.lru_cache(maxsize=1024)(_both)
_large_weights = functools.lru_cache(maxsize=16)(_both)


def dark_ink(grey: np.ndarray) -> bool:
    """Whether the ink is darker than the paper: the border's median is on the
    light side of the picture's range."""
    border = np.concatenate([grey[0], grey[-1], grey[1:-1, 0], grey[1:-1, -1]])
    ground = float(np.median(border))
    return ground - float(grey.min()) >= float(grey.max()) - ground


def to_mnist(grey: np.ndarray, dark: bool | None = None) -> np.ndarray:
    """A 2-D grey picture (uint8 or numbers in 0–255, any size, ink of either
    polarity) as a 28 × 28 uint8 MNIST image; an empty frame if it holds no ink.
    ``dark``: whether the ink is darker than the paper, when the caller knows
    (a drawing pad, whose strokes may cover most of its border); None: found
    from the border (``dark_ink``)."""
    grey = np.asarray(grey)
    _check(grey)
    frame = np.zeros((SIDE, SIDE), np.uint8)
    low, high = float(grey.min()), float(grey.max())
    if high - low < MIN_CONTRAST * 255:
        return frame
    if dark is None:
        dark = dark_ink(grey)
    # Ink from 0 (paper) to 1 (the strongest stroke).
    paper, strongest = (high, low) if dark else (low, high)
    threshold = paper + NOISE * (strongest - paper)
    inked = grey < threshold if dark else grey > threshold
    rows = np.flatnonzero(inked.any(axis=1))
    top, bottom = rows[0], rows[-1] + 1
    columns = np.flatnonzero(inked[top:bottom].any(axis=0))  # the rows with ink hold every inked column
    left, right = columns[0], columns[-1] + 1
    height, width = bottom - top, right - left
    scale = BOX / max(height, width)
    out_h, out_w = max(1, round(height * scale)), max(1, round(width * scale))
    patch = _resample(grey[top:bottom, left:right], paper, strongest, threshold, out_h, out_w)
    peak = patch.max()
    if peak <= 0:
        return frame
    patch *= 255 / peak
    _place(frame, np.rint(patch).astype(np.uint8), patch)
    return frame


def _check(grey: np.ndarray) -> None:
    if grey.dtype == np.uint8 and grey.ndim == 2 and grey.size:
        return  # a picture as pads and files give it: nothing more to look at
    if grey.ndim != 2 or grey.size == 0:
        raise ValueError(f"a grey picture is a 2-D array of pixels, got shape {grey.shape}")
    if not np.issubdtype(grey.dtype, np.number) or np.issubdtype(grey.dtype, np.complexfloating):
        raise ValueError(f"a grey picture holds numbers, got {grey.dtype}")
    if grey.dtype.kind == "f" and not np.isfinite(grey).all():
        raise ValueError("a grey picture holds finite numbers only")


def _resample(crop: np.ndarray, paper: float, strongest: float, threshold: float, out_h: int, out_w: int) -> np.ndarray:
    """The crop's ink (0 to 1, noise below the threshold set to 0), area-averaged to out_h × out_w."""
    rows_w = _weights(crop.shape[0], out_h)[0]
    columns_w = _weights(crop.shape[1], out_w)[1]
    span = np.float32(strongest - paper)
    floor = np.float32((threshold - paper) / (strongest - paper))
    patch = None
    for start in range(0, crop.shape[0], BAND_ROWS):
        band = crop[start : start + BAND_ROWS].astype(np.float32)
        band -= np.float32(paper)
        band /= span
        band *= band >= floor
        part = rows_w[:, start : start + BAND_ROWS] @ (band @ columns_w)
        patch = part if patch is None else patch + part
    return patch


def _place(frame: np.ndarray, patch: np.ndarray, weights: np.ndarray) -> None:
    """Put ``patch`` into ``frame`` with its centre of mass at CENTRE, moved
    by whole pixels (no further blur), and never out of the frame."""
    h, w = patch.shape
    by_row = weights.sum(axis=1)
    total = float(by_row.sum())
    com_y = float(by_row @ np.arange(h, dtype=np.float32)) / total
    com_x = float(weights.sum(axis=0) @ np.arange(w, dtype=np.float32)) / total
    top = min(max(round(CENTRE - com_y), 0), SIDE - h)
    left = min(max(round(CENTRE - com_x), 0), SIDE - w)
    frame[top : top + h, left : left + w] = patch
