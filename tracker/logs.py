"""The log: where what the user need not read goes, instead of the terminal (issue 12).

The command line and the window say what went wrong in one line of the user's language;
the details (a traceback, Python's warnings such as openpyxl's, exceptions Python could not
raise such as a ``ZipFile.__del__`` failing on a full disk, Qt's own warnings) go to a log
file in the user's data folder: ``<data folder>/logs/tracker.log`` (``TRACKER_DATA_DIR``
moves it with the data). The file is created at the first record only (nothing logged,
nothing written), owner-only (0600, its folder 0700), and kept small: past
``MAX_BYTES`` it is renamed ``tracker.log.1`` (one old file kept) when next opened.

A log that cannot be written (a full disk, a read-only home) is silently given up: the log
is never what fails, and it never writes to the terminal.

Qt-free: the window's Qt message handler (``tracker.ui.process``) logs through here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from tracker import config

LOGGER = "tracker"
MAX_BYTES = 1_000_000
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """Where the log is written (the folder is created only when something is logged)."""
    return config.data_dir() / "logs" / "tracker.log"


def get(name: str = "") -> logging.Logger:
    """The logger ``tracker.<name>`` (or ``tracker``)."""
    return logging.getLogger(f"{LOGGER}.{name}" if name else LOGGER)


class LogFileHandler(logging.Handler):
    """Appends records to :func:`log_file`, opened at the first record; never raises."""

    def __init__(self, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.setFormatter(logging.Formatter(FORMAT))
        self._stream: IO[str] | None = None
        self._broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._broken:
            return
        try:
            text = self.format(record)
            with self.lock or contextlib.nullcontext():
                if self._stream is None:
                    self._stream = _open_log(log_file())
                self._stream.write(text + "\n")
                self._stream.flush()
        except Exception:  # a full disk, a read-only folder: give the log up, quietly
            self._broken = True

    def handleError(self, record: logging.LogRecord) -> None:  # never "--- Logging error ---"
        self._broken = True

    def close(self) -> None:
        with self.lock or contextlib.nullcontext():
            stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
        super().close()


def _open_log(path: Path) -> IO[str]:
    folder = path.parent
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    with contextlib.suppress(OSError):
        if path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    return os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace")


def _unraisable(hook: Any) -> None:
    """``sys.unraisablehook``: an exception Python could not raise (a ``__del__``), logged."""
    exc = hook.exc_value
    what = hook.err_msg or "Exception ignored in"
    get("unraisable").warning(
        "%s: %r",
        what,
        hook.object,
        exc_info=(hook.exc_type, exc, hook.exc_traceback) if exc is not None else None,
    )


def _thread_exception(hook: Any) -> None:
    """``threading.excepthook``: a thread that died of an exception, logged."""
    if hook.exc_type is SystemExit:
        return
    name = hook.thread.name if hook.thread is not None else "?"
    get("thread").error(
        "thread %s failed", name, exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback)
    )


_installed: list[LogFileHandler] = []


def install() -> Callable[[], None]:
    """Send the log, Python's warnings, unraisable exceptions and dying threads' exceptions
    to the log file instead of the terminal; returns what undoes it (for callers inside a
    longer-lived process, such as the tests). Installing twice does nothing the second time.
    """
    if _installed:
        return lambda: None
    handler = LogFileHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    _installed.append(handler)
    previous_showwarning = warnings.showwarning
    logging.captureWarnings(True)
    previous_unraisable, previous_thread = sys.unraisablehook, threading.excepthook
    sys.unraisablehook = _unraisable
    threading.excepthook = _thread_exception

    def undo() -> None:
        sys.unraisablehook = previous_unraisable
        threading.excepthook = previous_thread
        logging.captureWarnings(False)
        warnings.showwarning = previous_showwarning
        root.removeHandler(handler)
        handler.close()
        _installed.clear()

    return undo
