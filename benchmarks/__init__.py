"""Speed benchmarks: scripts that print their figures (run as
``python -m benchmarks.bench_<name>`` from the checkout).  Not tests."""
