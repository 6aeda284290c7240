"""Line breaks that are not the text's: wrapped lines joined, a list flattened into one
paragraph by a web page put back one item a line — on the folded text, offsets unchanged."""

from __future__ import annotations

import re

from tracker.domain.communique.cues import CLOSING, DECIDE, ITEM, NARRATIVE, SEPARATORS


def unwrap(folded: str) -> str:
    """The folded text with the line breaks inside a sentence (text wrapped by hand or by a
    PDF) turned into spaces, offsets unchanged: a break counts as wrapping when its line is
    long, ends without punctuation, is not the first line nor under a bare "-" (a title), and the next line goes
    on without a bullet, a closing formula or a new narrative sentence."""
    lines = folded.split("\n")
    out = list(folded)
    pos = 0
    seen_text = False
    prev = ""
    for i, line in enumerate(lines[:-1]):
        nl = pos + len(line)
        text = line.strip()
        nxt = lines[i + 1].strip()
        if (
            seen_text
            and prev not in SEPARATORS  # a web page's headline under its "-": a title
            and len(text) >= 40
            and "\t" not in text  # a table row
            and " | " not in text
            and text[-1] not in ".؛;:!?؟"
            and nxt
            and not ITEM.match(nxt)
            and not CLOSING.match(nxt)
            and not NARRATIVE.match(nxt)
            and not DECIDE.match(nxt)
            # "1. الدراسة والمصادقة على …" then "تم التداول حول …": the point, then its account
            and not (ITEM.match(text) and re.match(r"(?:تم|تمت)\s", nxt))
        ):
            out[nl] = " "
        seen_text = seen_text or bool(text)
        prev = text or prev
        pos = nl + 1
    # "قرر ما يلي: - A. - B.": a list flattened into one paragraph by a web page, one a line
    for m in INLINE_LIST.finditer(folded):
        bullets = list(INLINE_BULLET.finditer(folded, m.start(), m.end()))
        if len(bullets) >= 2:
            for b in bullets:
                out[b.start()] = "\n"
    return "".join(out)


INLINE_LIST = re.compile(r"[^\n]*:\s[-–•]\s[^\n]*")
INLINE_BULLET = re.compile(r"(?<=[.:؛;])\s(?=\s*[-–•]\s+\w)")
