"""The first layer's two big products, and the update of every weight.

x·W1 (forward) and xᵀ·δh (backward) are each 784 × 100 × B multiply-adds:
nearly all the arithmetic of a training step.  ``Mlp`` leaves them, and
the momentum update that follows, to one of two classes here:

``NumpyFirstLayer``: np.matmul, then momentum as numpy passes over the
flat arrays of all parameters.  Works with any numpy.

``SplitFirstLayer``: numpy's own OpenBLAS called directly
(lossviz.mnist.blas), the work split between two cores so that each core
always handles the same half of W1:
  - W1's rows (one per input pixel) are cut in two.  Forward, the calling
    thread computes x[:, :r]·W1[:r] while OpenBLAS's worker thread computes
    x[:, r:]·W1[r:] (one sgemm_batch call), and the two partial sums are
    added.
  - Backward, the same two threads compute the velocity of their own rows,
    momentum included in the product (sgemm's β): V ← m·V − xᵀ·δh.
  - Then W += V is one saxpy over all parameters, which OpenBLAS cuts into
    two halves, the caller taking the first.  Parameters are laid out
    (b1, W2, b2, W1) and r chosen so that these halves fall where the
    products' halves do.
So each half of W1, of its velocity and of each batch of x is only ever
touched by one core.  numpy's matmul on two threads splits the forward and
the backward product along different axes instead: every step, each core
had to fetch what the other had just written, and two threads ran slower
than one.  benchmarks/bench_training_throughput.py measures both (the
README's "Benchmarks" has the figures).

OpenBLAS 0.3.31 (numpy 2.4's) crashes in sgemm_batch on products of at most
100³ multiply-adds (it calls a small-matrix kernel through a table of
offsets as if they were addresses, under DYNAMIC_ARCH: OpenBLAS pull
request 5980).  Products that small are made one sgemm call at a time.
"""

from __future__ import annotations

import ctypes

import numpy as np

from lossviz.mnist.blas import NO_TRANS, ROW_MAJOR, TRANS, Cblas

#: sgemm_batch sends products of at most this many multiply-adds to the kernel that crashes.
SMALL_PRODUCT = 100**3
FLOAT32_BYTES = 4


class NumpyFirstLayer:
    def __init__(self, flat: np.ndarray, velocity: np.ndarray, w1: np.ndarray, velocity_w1: np.ndarray, grad_w1: np.ndarray) -> None:
        self.flat, self.velocity = flat, velocity
        self.w1, self.velocity_w1, self.grad_w1 = w1, velocity_w1, grad_w1

    def prepare(self, hidden: np.ndarray, delta_hidden: np.ndarray) -> None:
        return None

    def hidden(self, x: np.ndarray, hidden: np.ndarray, _prepared: None) -> None:
        np.matmul(x, self.w1, out=hidden)

    def velocity_step(self, x: np.ndarray, delta_hidden: np.ndarray, momentum: float, _prepared: None) -> None:
        """V ← m·V − xᵀ·δh (δh already carries the learning rate)."""
        np.matmul(x.T, delta_hidden, out=self.grad_w1)
        if momentum:
            self.velocity_w1 *= momentum
            self.velocity_w1 -= self.grad_w1
        else:
            np.negative(self.grad_w1, out=self.velocity_w1)

    def add_velocity(self) -> None:
        """Every parameter += its velocity."""
        self.flat += self.velocity


class _Products:
    """Two row-major float32 products C = α·op(A)·op(B) + β·C, in the argument
    arrays of one sgemm_batch call (two groups of one product each, as the
    two differ in size)."""

    def __init__(self, cblas: Cblas, trans_a: int, sizes: list[tuple[int, int, int]], b: list[int], ldb: int,
                 c: list[int], ldc: int, lda: int) -> None:
        integer, number, pointer, enum = cblas.integer, ctypes.c_float, ctypes.c_void_p, ctypes.c_int
        pair = lambda kind, values: (kind * 2)(*values)  # noqa: E731
        self.cblas = cblas
        self.trans_a, self.trans_b = pair(enum, [trans_a] * 2), pair(enum, [NO_TRANS] * 2)
        self.m, self.n, self.k = (pair(integer, [size[i] for size in sizes]) for i in range(3))
        self.alpha, self.beta = pair(number, [1, 1]), pair(number, [0, 0])
        self.a, self.lda = pair(pointer, [0, 0]), pair(integer, [lda] * 2)
        self.b, self.ldb = pair(pointer, b), pair(integer, [ldb] * 2)
        self.c, self.ldc = pair(pointer, c), pair(integer, [ldc] * 2)
        self.group_sizes = pair(integer, [1, 1])
        self.batched = all(m * n * k > SMALL_PRODUCT for m, n, k in sizes)

    def run(self) -> None:
        if self.batched:
            self.cblas.sgemm_batch(ROW_MAJOR, self.trans_a, self.trans_b, self.m, self.n, self.k, self.alpha, self.a, self.lda,
                                   self.b, self.ldb, self.beta, self.c, self.ldc, 2, self.group_sizes)
        else:
            for i in range(2):
                self.cblas.sgemm(ROW_MAJOR, self.trans_a[i], NO_TRANS, self.m[i], self.n[i], self.k[i], self.alpha[i], self.a[i],
                                 self.lda[i], self.b[i], self.ldb[i], self.beta[i], self.c[i], self.ldc[i])


class _SplitBuffers:
    def __init__(self, forward: _Products, backward: _Products, partial: np.ndarray) -> None:
        self.forward, self.backward, self.partial = forward, backward, partial


class SplitFirstLayer:
    def __init__(self, cblas: Cblas, flat: np.ndarray, velocity: np.ndarray, w1: np.ndarray, velocity_w1: np.ndarray) -> None:
        n_in, n_hidden = w1.shape
        tail = FLOAT32_BYTES * (flat.size - w1.size)
        if flat.dtype != np.float32 or w1.ctypes.data != flat.ctypes.data + tail or velocity_w1.ctypes.data != velocity.ctypes.data + tail:
            raise ValueError("the split first layer needs float32 parameters with W1 at the end of the flat array")
        self.cblas, self.flat, self.velocity, self.w1, self.velocity_w1 = cblas, flat, velocity, w1, velocity_w1
        # saxpy gives its caller the first ceil(n/2) numbers; the caller's rows of W1 are those among them.
        others = flat.size - w1.size
        self.rows_first = min(max(round(((flat.size + 1) // 2 - others) / n_hidden), 1), n_in - 1)
        integer, number, pointer = cblas.integer, ctypes.c_float, ctypes.c_void_p
        self._saxpy_args = (integer(flat.size), number(1.0), pointer(velocity.ctypes.data), integer(1),
                            pointer(flat.ctypes.data), integer(1))

    def _row_halves(self, matrix: np.ndarray) -> list[int]:
        """Addresses of the first row of each half of a (n_in, n_hidden) matrix."""
        return [matrix.ctypes.data, matrix[self.rows_first :].ctypes.data]

    def prepare(self, hidden: np.ndarray, delta_hidden: np.ndarray) -> _SplitBuffers:
        """The argument arrays for one batch size; ``hidden`` and ``delta_hidden``
        must live as long as they do (Mlp keeps them together)."""
        batch, n_hidden = hidden.shape
        n_in = self.w1.shape[0]
        rows = [self.rows_first, n_in - self.rows_first]
        partial = np.empty_like(hidden)
        # Forward: hidden = x[:, :r]·W1[:r], partial = x[:, r:]·W1[r:].
        forward = _Products(self.cblas, NO_TRANS, [(batch, n_hidden, r) for r in rows], self._row_halves(self.w1), n_hidden,
                            [hidden.ctypes.data, partial.ctypes.data], n_hidden, lda=n_in)
        # Backward: V[:r] = m·V[:r] − x[:, :r]ᵀ·δh, and the same for the rows from r.
        backward = _Products(self.cblas, TRANS, [(r, n_hidden, batch) for r in rows], [delta_hidden.ctypes.data] * 2, n_hidden,
                             self._row_halves(self.velocity_w1), n_hidden, lda=n_in)
        backward.alpha[0] = backward.alpha[1] = -1.0
        return _SplitBuffers(forward, backward, partial)

    def _point_at(self, products: _Products, x: np.ndarray) -> None:
        products.a[0] = x.ctypes.data
        products.a[1] = products.a[0] + FLOAT32_BYTES * self.rows_first  # x[:, r:]: the same rows, from column r

    def hidden(self, x: np.ndarray, hidden: np.ndarray, prepared: _SplitBuffers) -> None:
        self._point_at(prepared.forward, x)
        prepared.forward.run()
        hidden += prepared.partial

    def velocity_step(self, x: np.ndarray, delta_hidden: np.ndarray, momentum: float, prepared: _SplitBuffers) -> None:
        """V ← m·V − xᵀ·δh (δh already carries the learning rate)."""
        backward = prepared.backward
        self._point_at(backward, x)
        backward.beta[0] = backward.beta[1] = momentum
        backward.run()

    def add_velocity(self) -> None:
        """Every parameter += its velocity: one saxpy, in the two halves described above."""
        self.cblas.saxpy(*self._saxpy_args)
