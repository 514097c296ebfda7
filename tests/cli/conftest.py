"""The Qt fixtures for the tests here (tests/helpers/qt.py)."""

from tests.helpers.qt import fresh_settings, qapp, window  # noqa: F401 (fixtures, found by name)
