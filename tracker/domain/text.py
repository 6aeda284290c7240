"""Arabic-aware text normalisation for search.

The same function normalises what is stored (the ``search_text`` columns) and what the user
types, so that a plain SQL ``LIKE`` finds "الهيكلة" when the user types "الهيكله" and
"إعادة" when they type "اعادة".
"""

from __future__ import annotations

import re
import unicodedata

_HAMZA_ALIF = str.maketrans(
    {
        "أ": "ا",  # alif with hamza above
        "إ": "ا",  # alif with hamza below
        "آ": "ا",  # alif with madda
        "ٱ": "ا",  # alif wasla
        "ة": "ه",  # ta marbuta -> ha
        "ى": "ي",  # alif maqsura -> ya
        "ؤ": "و",  # waw with hamza
        "ئ": "ي",  # ya with hamza
        "ـ": None,  # tatweel
        # Arabic-Indic and Eastern Arabic-Indic digits -> Western digits
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)

# Harakat, tanwin, shadda, sukun, superscript alif, Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
# Bidi controls and zero-width characters carry no meaning for search.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """Fold ``text`` to the form used for searching.

    Hamza forms of alif become bare alif, ta marbuta becomes ha, alif maqsura becomes ya,
    diacritics, tatweel and invisible marks are removed, Latin is case-folded and accents
    dropped, runs of white space become one space.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _DIACRITICS.sub("", text)
    text = text.translate(_HAMZA_ALIF)
    # Drop Latin accents (é -> e) without touching Arabic letters.
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and ord(ch) < 0x0600))
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACES.sub(" ", text).strip()


def search_blob(*parts: str | None) -> str:
    """Normalise and join several fields into one searchable text."""
    return " | ".join(p for p in (normalize(x) for x in parts) if p)


def like_pattern(query: str) -> str:
    """A ``LIKE`` pattern (escape character ``\\``) matching the normalised ``query``."""
    q = normalize(query)
    q = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"


# -- cleaning text where it enters -----------------------------------------------------------

# C0 controls except tab and new line, DEL, and the C1 controls (U+0080–U+009F): ESC, BEL,
# NUL, CSI… never mean anything in a title, a name or a note, and some drive a terminal.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# In a single-line field: a run of white space holding a tab or a line break (one match per
# run, so the time stays linear even for a field of 100,000 spaces).
_WHITE_RUN = re.compile(r"\s+")
_BREAK_CHARS = frozenset("\t\n\u2028\u2029")


def clean_text(text: str) -> str:
    """Text of a field that may hold several lines (details, notes, attendees…).

    Windows and old Mac line ends (and NEL, U+0085) become ``\\n``; tabs and new lines stay;
    every other control character (C0, DEL, C1) is dropped. Nothing else changes.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """Text of a single-line field (a title, a name, a place): :func:`clean_text`, then each
    tab or line break (U+2028 and U+2029 too), with the white space around it, becomes one
    space."""
    return _WHITE_RUN.sub(_one_space, clean_text(text))


def _one_space(m: re.Match[str]) -> str:
    run = m.group()
    return " " if _BREAK_CHARS.intersection(run) else run
