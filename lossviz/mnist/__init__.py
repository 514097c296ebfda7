"""The MNIST side, numpy only: the data (``idx`` files, the ``bundled``
subset, ``datasets`` from a folder, the ``download`` of full MNIST), the
network (``mlp``, its ``first_layer`` split between two cores over numpy's
own OpenBLAS in ``blas``, saved by ``model_file``), and its training
(``training``: a run as a generator; ``session``: one network or two in
lockstep)."""
