"""What reaches the process from outside the window: Qt's own messages and the OS's signals.

- Qt's messages (``QPainter::begin(): Returned false``, font and platform warnings…) are
  for us, not for the user: :func:`log_qt_messages` sends them to the log file
  (``tracker.logs``), never to the terminal. Only a fatal one, after which Qt aborts the
  process, is also written to standard error, as one line, so that the user sees why.
- Ctrl+C in the terminal (SIGINT), a logout or a shutdown (SIGTERM) and a closed terminal
  (SIGHUP) close the window the way File › Quit does (:class:`QuitOnSignals`): pending
  writes finish, the file is closed and the lock released cleanly. A second signal while
  closing is the operating system's default (the process ends at once; SQLite keeps the
  file whole and the next start runs the full check).

Python runs its signal handlers only between bytecodes, and Qt's event loop runs none while
it waits: the signal's byte is written to a socket pair (``signal.set_wakeup_fd``) whose
reading end a ``QSocketNotifier`` watches, which wakes the loop and lets Python run the
handler at once. Where that cannot be set up, a short timer gives Python the chance.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable, Iterator
from types import FrameType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

from tracker import logs

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    try:
        category = context.category if context is not None else None
        where = f"[{category}] " if category and category != "default" else ""
        logs.get("qt").log(_LEVELS.get(mode, logging.WARNING), "%s%s", where, message)
        if mode == QtMsgType.QtFatalMsg:  # Qt aborts next: the user must see why
            from tracker import config
            from tracker.domain import messages

            detail = " ".join(str(message).split())
            line = messages.text("cli.qt_fatal", config.language(), detail=detail)
            sys.stderr.write(f"tracker: {line}\n")
            sys.stderr.flush()
    except Exception:  # a message about a message must never be what fails
        pass


def install_qt_message_handler() -> Callable[[], None]:
    """Qt's messages go to the log from now on; returns what puts the previous handler back."""
    previous = qInstallMessageHandler(_qt_message)

    def undo() -> None:
        qInstallMessageHandler(previous)

    return undo


@contextlib.contextmanager
def qt_messages_logged() -> Iterator[None]:
    """Qt's messages go to the log while inside (the command line's reports)."""
    undo = install_qt_message_handler()
    try:
        yield
    finally:
        undo()


QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class QuitOnSignals(QObject):
    """Calls ``quit()`` on the GUI thread, once, when SIGINT, SIGTERM or SIGHUP arrives.

    :meth:`install` before the event loop runs (a signal that arrives before it starts is
    acted on as soon as it does), :meth:`uninstall` when the app has closed.
    """

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self.received: int | None = None  # the signal that asked to quit
        self._previous: dict[int, object] = {}
        self._previous_fd: int | None = None
        self._pair: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._poll: QTimer | None = None

    def install(self) -> QuitOnSignals:
        try:
            for sig in QUIT_SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)
        except ValueError:  # not the main thread: nothing to do here
            self._restore_handlers()
            return self
        try:
            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
            self._pair = (reader, writer)
            self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        except (OSError, ValueError):  # no socket pair here: let Python look five times a second
            self._poll = QTimer(self)
            self._poll.setInterval(200)
            self._poll.timeout.connect(lambda: None)
            self._poll.start()
        return self

    def uninstall(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._poll is not None:
            self._poll.stop()
            self._poll = None
        if self._pair is not None:
            with contextlib.suppress(ValueError, OSError):
                signal.set_wakeup_fd(-1 if self._previous_fd is None else self._previous_fd)
            for end in self._pair:
                end.close()
            self._pair = None
        self._restore_handlers()

    def _restore_handlers(self) -> None:
        previous, self._previous = self._previous, {}
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, TypeError, OSError):
                signal.signal(sig, handler)  # type: ignore[arg-type]

    def _drain(self) -> None:
        """The loop woke up for a signal: Python has run its handler on the way here."""
        if self._pair is not None:
            with contextlib.suppress(OSError):
                while self._pair[0].recv(512):
                    pass

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        del frame
        if self.received is not None:
            return
        self.received = signum
        logs.get("app").info("signal %s: quitting", signum)
        # From now on the operating system's default: asked again, the process ends at once.
        for sig in QUIT_SIGNALS:
            with contextlib.suppress(ValueError, OSError):
                signal.signal(sig, signal.SIG_DFL)
        QTimer.singleShot(0, self._quit)
