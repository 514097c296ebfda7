"""MNIST data for the training panel (numpy only, no Qt)."""
