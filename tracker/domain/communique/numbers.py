"""Numbers and durations as communiqués write them: "ثلاثة أشهر"، "شهرين"، "15 يوما"، "خمسة
عشر يوما"، "trois mois", "sous quinzaine"."""

from __future__ import annotations

from tracker.domain.communique import vocab
from tracker.domain.communique.fold import alternation, fold_word

NUMBER: dict[str, int] = {fold_word(w): n for w, n in vocab.NUMBER_WORDS.items()}
UNIT: dict[str, str] = {fold_word(w): u for u, ws in vocab.UNIT_WORDS.items() for w in ws}
DUAL: dict[str, tuple[int, str]] = {fold_word(w): v for w, v in vocab.DUALS.items()}

NUMBER_RE = alternation(vocab.NUMBER_WORDS)
UNIT_RE = alternation(w for ws in vocab.UNIT_WORDS.values() for w in ws)
DUAL_RE = alternation(vocab.DUALS)
# "ثلاثة أشهر", "15 يوما", "خمسة وعشرين يوما", "شهرين", "شهر واحد", "un mois", "quinzaine"
DURATION = (
    rf"(?:(?P<num>\d{{1,3}}|(?:{NUMBER_RE})(?:\s+و\s*(?:{NUMBER_RE}))?)\s*\(?\s*(?:\d{{1,3}}\s*\)\s*)?"
    rf"(?P<unit>{UNIT_RE})(?!\w)|(?P<dual>{DUAL_RE})(?!\w)"
    rf"|(?P<single>شهرا|شهر|اسبوعا|اسبوع|سنه|عاما|عام|يوما|يوم)(?:\s+واحد(?:ه)?)?(?!\w))"
)


def duration(groups: dict[str, str | None]) -> tuple[int, str] | None:
    """(amount, unit) from the groups of a ``DURATION`` match, None when unreadable."""
    if groups.get("dual"):
        return DUAL.get(" ".join(str(groups["dual"]).split()))
    if groups.get("single"):
        return 1, UNIT[str(groups["single"])]
    num, unit = groups.get("num"), groups.get("unit")
    if not num or not unit:
        return None
    unit_name = UNIT.get(" ".join(unit.split()))
    if unit_name is None:
        return None
    if num.isdigit():
        amount = int(num)
    else:
        amount = 0
        for part in num.replace("و ", " و").split(" و"):
            value = NUMBER.get(" ".join(part.split()))
            if value is None:
                return None
            amount += value
    if not 0 < amount <= 400:
        return None
    return amount, unit_name
