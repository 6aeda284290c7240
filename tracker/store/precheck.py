"""Run the open-time ``PRAGMA quick_check`` early, on another thread.

``quick_check`` reads every page of the file: about a third of a second for 100,000 items.
SQLite releases Python's lock while it works, so the app starts it first thing, on a
background thread, and builds its window meanwhile; ``inspect_file`` then takes the answer
instead of checking again. The answer is used only if the file (and its WAL) is unchanged
since the check began; otherwise the check simply runs again, in line.

Plain ``sqlite3`` and ``threading``: importing this costs nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

_lock = threading.Lock()
_pending: dict[Path, tuple[tuple[object, ...], threading.Thread, list[object]]] = {}


def _signature(path: Path) -> tuple[object, ...]:
    """What changes when the file's content may have: the file, and a non-empty WAL.

    (Opening a WAL database, even read-only, may create an empty ``-wal``: no change.)
    """
    st = path.stat()
    parts: list[object] = [(st.st_ino, st.st_size, st.st_mtime_ns)]
    try:
        wal = path.with_name(path.name + "-wal").stat()
        parts.append((wal.st_ino, wal.st_size, wal.st_mtime_ns) if wal.st_size else None)
    except OSError:
        parts.append(None)
    return tuple(parts)


def quick_check(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute("PRAGMA quick_check").fetchall()


def start(path: Path | str) -> None:
    """Begin checking ``path`` in the background (nothing happens if it is not a file)."""
    path = Path(path).expanduser().resolve()
    try:
        if not path.is_file():
            return
        signature = _signature(path)
    except OSError:
        return
    box: list[object] = []

    def work() -> None:
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                box.append(quick_check(conn))
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # the in-line check will meet the same problem and report it

    thread = threading.Thread(target=work, name="tracker-quick-check", daemon=True)
    with _lock:
        _pending[path] = (signature, thread, box)
    thread.start()


def result_for(path: Path, *, keep: bool = False) -> list[tuple[object, ...]] | None:
    """The early check of ``path`` (waiting for it if it is still running) if the file is
    unchanged since it began, else None. Used once, unless ``keep``."""
    path = Path(path).expanduser().resolve()
    with _lock:
        entry = _pending.get(path) if keep else _pending.pop(path, None)
    if entry is None:
        return None
    signature, thread, box = entry
    thread.join()
    try:
        same = _signature(path) == signature
    except OSError:
        same = False
    return box[0] if box and same else None  # type: ignore[return-value]


def checked(path: Path, conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """The ``quick_check`` answer for ``path``: the early one if the file is unchanged,
    else a fresh one, on ``conn``."""
    found = result_for(path)
    return found if found is not None else quick_check(conn)
