"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

With shiboken6 6.12.0 on CPython 3.11, every call of a Qt method returning ``void``
(``QPainter.translate``, ``QColor.setRed``, ``QTextDocument.setHtml``…) releases one reference
to ``None`` that it never took. ``None`` starts with a few thousand references, so after a
few thousand such calls the interpreter aborts with "Fatal Python error: none_dealloc"
(measured: ``for _ in range(10000): QColor().setRed(1)`` aborts; a 288-page report too).
From Python 3.12 on, ``None`` is immortal and the bug is harmless. On older versions this
gives ``None`` a reference count so large that it behaves as immortal, which is what 3.12
does. Call :func:`protect` once, before painting.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40


def protect() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, first field of PyObject
    if refcount.value < _BOOST:
        refcount.value += _BOOST


protect()
