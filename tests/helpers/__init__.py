"""What the tests share: a local MNIST mirror server and the Qt fixtures."""
