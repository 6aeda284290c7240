"""A length-aware fold of the communiqué's text, so that rules match whatever the spelling.

``fold`` applies the app's normalisation one character at a time (hamza forms of alif → ا,
ة → ه, ى → ي, Eastern digits → Western, diacritics and tatweel dropped, Latin lower-cased
and unaccented) and keeps, for every folded character, its offset in the original text, so
that a match in the folded text gives back the exact span of the words as written.
Vocabulary is written in ordinary spelling in :mod:`vocab` and folded with ``fold_word``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",
    "ی": "ي",
    "ڭ": "ك",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\xa0": " ",
    "\u202f": " ",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "«": '"',
    "»": '"',
    "٫": ",",
    "٬": ",",
    "œ": "oe",  # two letters: handled below
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

_DROP = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _fold_char(ch: str) -> str:
    """One character folded to exactly one character ("" when it carries no meaning)."""
    if _DROP.match(ch):
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped[0]
    if ch.isascii():
        return ch.lower()
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if "\u00c0" <= low <= "\u024f":
        base = unicodedata.normalize("NFD", low)[0]
        return base if base.isascii() else low
    if not low.isprintable() and low != "\n":
        return " "
    return low


_CACHE: dict[str, str] = {}


def fold(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset in ``text``; the list has
    one more entry, ``len(text)``, so that an end offset maps too."""
    out: list[str] = []
    index: list[int] = []
    cache = _CACHE
    for i, ch in enumerate(text):
        f = cache.get(ch)
        if f is None:
            f = _fold_char(ch)
            if len(cache) < 4096:
                cache[ch] = f
        if f:
            out.append(f)
            index.append(i)
    index.append(len(text))
    folded = "".join(out)
    # "الجمعة 04 مارس 2022 - 21:23قررت …": a web page's time glued to the text, a space put in
    glued = [m.end() for m in _GLUED_TIME.finditer(folded)]
    for at in reversed(glued):
        folded = folded[:at] + " " + folded[at:]
        index.insert(at, index[at])
    return folded, index


_GLUED_TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?=[\u0620-\u064a])")


def fold_word(text: str) -> str:
    """A vocabulary entry folded the same way (white space collapsed)."""
    return " ".join(fold(text)[0].split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded ``words``, longest first, spaces matching any run."""
    folded = {fold_word(w) for w in words if w.strip()}
    parts = sorted(folded, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
