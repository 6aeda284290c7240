"""The frozen app's entry point (PyInstaller runs this; ``packaging/tracker.spec``).

The same command line as the installed ``tracker`` (``tracker.cli:main``). The windowed
Windows executable (``ResolutionTracker.exe``, no console) has no standard streams: they go
to the null device, so that a message written to them is dropped instead of failing; the
log in the data folder still gets everything worth keeping.
"""

import os
import sys

if sys.stdout is None or sys.stderr is None:  # a windowed executable: no console
    _null = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)
    sys.stdout = sys.stdout or _null
    sys.stderr = sys.stderr or _null

try:
    from tracker.cli import main
except KeyboardInterrupt:  # Ctrl+C while Python was still loading: nothing was started
    raise SystemExit(130) from None

raise SystemExit(main())
