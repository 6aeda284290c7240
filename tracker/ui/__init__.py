"""Everything Qt: widgets, item models over service queries, dialogs, printing, tray."""

from tracker.ui import pyside_fix  # noqa: F401  (shiboken6 6.12 / Python 3.11 None refcount)
