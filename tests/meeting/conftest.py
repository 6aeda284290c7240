"""The window fixtures of tests/gui, for the meeting cycle's window tests."""

from tests.gui.conftest import arabic, make_window  # noqa: F401  (fixtures)
