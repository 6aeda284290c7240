"""How the window writes a percentage and a resolution's number: one way everywhere (the
table, the detail pane, the history, the item dialog).

Both are built to survive the bidirectional algorithm: in Arabic "65%" must not turn into
"%65", and a resolution's number must not run into a number that begins its text
("2. 2026 لسنة…" read as one number).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right / first-strong isolate, end


def format_percent(value: int) -> str:
    """``65%`` in any language: digits then the sign, kept left to right in Arabic."""
    return f"{LRI}{int(value)}%{PDI}"


def resolution_label(ordinal: int) -> str:
    """The heading of resolution ``ordinal``: «المقرر 2», « Résolution 2 »."""
    return QCoreApplication.translate("format", "Resolution %1").replace("%1", str(ordinal))


def format_resolution(ordinal: int, text: str) -> str:
    """The resolution's heading, a separator and its text, the text isolated so that a
    number it begins with stays its own (never "2. 2026 …")."""
    head = resolution_label(ordinal)
    if not text:
        return head
    sep = QCoreApplication.translate("format", ": ", "between a resolution's number and text")
    return f"{head}{sep}{FSI}{text}{PDI}"
