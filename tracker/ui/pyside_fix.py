"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

With shiboken6 6.12.0 on CPython 3.11, every call of a Qt method returning ``void``
(``QPainter.translate``, ``QColor.setRed``, ``QTextDocument.setHtml``…) releases one reference
to ``None`` that it never took. ``None`` starts with a few thousand references, so after a
few thousand such calls the interpreter aborts with "Fatal Python error: none_dealloc"
(measured: ``for _ in range(10000): QColor().setRed(1)`` aborts; a 288-page report too).
From Python 3.12 on, ``None`` is immortal and the bug is harmless. On older versions this
gives ``None`` a reference count so large that it behaves as immortal, which is what 3.12
does. Call :func:`protect` once, before painting.

Only the shiboken6 versions that have the bug get the workaround. Checked on CPython 3.11.7
by counting ``None``'s references across 1,000 ``QColor().setRed(1)`` calls: shiboken6
6.7.0 and 6.11.3 lose none, 6.12.0 loses 1,000. pyproject.toml keeps PySide6 below 6.13;
whoever lifts that bound checks the new version the same way (and
``tests/gui/test_report_printing.py`` aborts if the bug is there without the workaround).
"""

from __future__ import annotations

import ctypes
import sys

import shiboken6  # loaded by PySide6 anyway: no extra start-up cost

_BOOST = 1 << 40
AFFECTED = ((6, 12), (6, 13))  # shiboken6 versions with the bug: from, up to (excluded)


def affected(version: tuple[int, ...] | None = None) -> bool:
    """Does this shiboken6 (on this Python) drop references to ``None``?"""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if version is None:
        version = tuple(shiboken6.__version_info__[:2])
    low, high = AFFECTED
    return low <= tuple(version[:2]) < high


def protect() -> None:
    if not affected():
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, first field of PyObject
    if refcount.value < _BOOST:
        refcount.value += _BOOST


protect()
