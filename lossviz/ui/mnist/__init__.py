"""The MNIST side panel: the data it trains on, its settings form, the run
controls and status, the training plots and validation digit, and the
worker threads that train and download off the GUI thread."""
