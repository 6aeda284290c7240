"""The communiqué reader: a meeting's communiqué (Arabic or French) read into a draft.

Pure rules, no Qt, no SQL, no model to download (issue 14). ``read_communique`` never raises.

The text is folded once (:mod:`fold`: hamza, ta marbuta, diacritics, Eastern digits…) with a
map back to the original offsets; every rule matches the folded text and every span given
back is in the original. The parts:

- :mod:`dates` — dates and which one is the meeting's (never the previous or next meeting's,
  a decision's, the publication's; a Hijri date is kept in ``meeting.hijri``);
- :mod:`meeting` — title, place, chair (names without titles), attendees;
- :mod:`segment` — where the decisions are (the rule about speeches and positions is in its
  docstring), with :mod:`cues` (the cues, compiled) and :mod:`splitting` (how one sentence of
  decisions is cut);
- :mod:`deadlines` — each decision's deadline and start (:mod:`numbers` for the durations);
- :mod:`tails` — what a decision may end with and is not it; :mod:`wrapping` — line breaks
  that are not the text's (wrapped lines, a list flattened into one paragraph);
- :mod:`parties` — owners and communes named in a decision;
- :mod:`vocab` — the vocabulary, as data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tracker.domain import messages
from tracker.domain.communique.dates import find_dates, find_hijri, pick_meeting_date
from tracker.domain.communique.deadlines import Found, find_deadline
from tracker.domain.communique.draft import Deadline, Draft, DraftMeeting, DraftResolution
from tracker.domain.communique.fold import fold
from tracker.domain.communique.meeting import attendees_of, chair_of, place_of, title_of
from tracker.domain.communique.parties import (
    commune_index,
    communes_in,
    known_owner_index,
    names_all_communes,
    owner_cells,
    owners_in,
)
from tracker.domain.communique.segment import find_pieces
from tracker.domain.communique.wrapping import unwrap
from tracker.domain.months import long_date, month_name

__all__ = ["Deadline", "Draft", "DraftMeeting", "DraftResolution", "read_communique"]

_UNITS = {
    "fr": {"days": ("jour", "jours"), "weeks": ("semaine", "semaines"),
           "months": ("mois", "mois"), "years": ("an", "ans")},
    "en": {"days": ("day", "days"), "weeks": ("week", "weeks"),
           "months": ("month", "months"), "years": ("year", "years")},
}  # fmt: skip
# Arabic: (one, two, 3–10, 11+)
_AR_UNITS = {
    "days": ("يوم واحد", "يومان", "أيام", "يوما"),
    "weeks": ("أسبوع واحد", "أسبوعان", "أسابيع", "أسبوعا"),
    "months": ("شهر واحد", "شهران", "أشهر", "شهرا"),
    "years": ("سنة واحدة", "سنتان", "سنوات", "سنة"),
}


def _delta(amount: int, unit: str, lang: str) -> str:
    if lang == "ar":
        one, two, few, many = _AR_UNITS.get(unit, _AR_UNITS["days"])
        if amount == 1:
            return one
        if amount == 2:
            return two
        return f"{amount} {few if 3 <= amount % 100 <= 10 else many}"
    sing, plur = _UNITS[lang].get(unit, _UNITS[lang]["days"])
    return f"{amount} {sing if amount == 1 else plur}"


def _params(found: Found, lang: str, phrase: str) -> tuple[tuple[str, object], ...]:
    raw = dict(found.params)
    out: dict[str, object] = {"phrase": phrase}
    if found.base is not None:
        out["base"] = long_date(found.base, lang)
    if found.due_on is not None:
        out["due"] = long_date(found.due_on, lang)
    if found.starts_on is not None:
        out["start"] = long_date(found.starts_on, lang)
    if "amount" in raw:
        out["delta"] = _delta(int(raw["amount"]), str(raw["unit"]), lang)
    if raw.get("month"):
        out["month"] = month_name(int(raw["month"]), lang)
    if found.due_on is not None:
        out["day"] = f"{found.due_on.day} {month_name(found.due_on.month, lang)}"
    if raw.get("year"):
        out["year"] = raw["year"]
    if raw.get("week"):
        out["week"] = raw["week"]
    return tuple(out.items())


def _language(text: str) -> str:
    arabic = sum(1 for ch in text[:4000] if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text[:4000] if ch.isascii() and ch.isalpha())
    return "fr" if latin > arabic else "ar"


def read_communique(
    text: str,
    *,
    owners: Iterable[str] = (),
    communes: Iterable[str] = (),
    lang: str = "ar",
) -> Draft:
    """Read ``text`` into a draft. ``owners``: the file's owner names (matched with the app's
    Arabic normalisation; a match is returned by the owner's own name); ``communes``: commune
    names to look for (Arabic and French); ``lang``: the language of the warnings and of the
    deadline rules' parameters."""
    text = text if isinstance(text, str) else ""
    lang = messages.language(lang)
    folded, index = fold(text)
    folded = unwrap(folded)  # same length: the offsets still map

    def span(s: int, e: int) -> tuple[int, int]:
        if e <= s:
            return (index[s], index[s])
        return (index[s], index[e - 1] + 1)

    def original(s: int, e: int) -> str:
        a, b = span(s, e)
        return " ".join(text[a:b].split())

    warnings: list[str] = []
    # -- the meeting ---------------------------------------------------------------------------
    pieces = find_pieces(folded)
    hits = find_dates(folded)
    picked = pick_meeting_date(folded, hits, [(p.start, p.end) for p in pieces if p.actionable])
    held_on: date | None = picked[1] if picked else None
    near = picked[0].start if picked else None
    hijri = None
    hijris = find_hijri(folded)
    if hijris:
        if near is not None:
            close = [h for h in hijris if abs(h[0] - near) <= 120]
            chosen = close[0] if close else None
        else:
            chosen = hijris[0]
        hijri = original(*chosen) if chosen else None
    place = place_of(folded, (picked[0].start, picked[0].end) if picked else None)
    chair = chair_of(folded)
    attend = attendees_of(folded)
    meeting = DraftMeeting(
        held_on=held_on,
        title=title_of(text),
        location=original(*place) if place else None,
        chaired_by="، ".join(original(*n) for n in chair[1]) if chair else None,
        attendees=tuple(original(*a) for a in attend[1]) if attend else (),
        hijri=hijri,
        date_span=span(picked[0].start, picked[0].end) if picked else None,
        location_span=span(*place) if place else None,
        chair_span=span(*chair[0]) if chair else None,
        attendees_span=span(*attend[0]) if attend else None,
    )
    if held_on is None:
        warnings.append(messages.text("draft.warn.no_date", lang))
    # -- the decisions -------------------------------------------------------------------------
    known = known_owner_index(owners)
    commune_names = commune_index(communes)
    resolutions: list[DraftResolution] = []
    vague: list[str] = []
    for p in pieces:
        cs, ce = p.context
        due, start = find_deadline(folded[cs:ce], cs, held_on)
        deadline = None
        phrase = None
        main = due or start
        if main is not None:
            phrase = original(main.start, main.end)
            deadline = Deadline(
                phrase=phrase,
                span=span(main.start, main.end),
                due_on=due.due_on if due else None,
                starts_on=start.starts_on if start else None,
                base=main.base,
                rule=main.rule,
                params=_params(main, lang, phrase),
            )
            if due is not None and due.due_on is None and p.actionable:
                vague.append(original(due.start, due.end))
        names = []
        for name, s, e in owners_in(folded, cs, ce, known):
            names.append(name or original(s, e))
        if ce > p.end:  # a table row: its owner column
            names += [original(s, e) for s, e in owner_cells(folded, p.end, ce)]
        resolutions.append(
            DraftResolution(
                text=original(p.start, p.end),
                span=span(p.start, p.end),
                due_on=due.due_on if due else None,
                due_phrase=original(due.start, due.end) if due else None,
                starts_on=start.starts_on if start else None,
                deadline=deadline,
                owners=tuple(dict.fromkeys(names)),
                communes=tuple(communes_in(folded, cs, ce, commune_names)),
                all_communes=names_all_communes(original(cs, ce)),
                actionable=p.actionable,
            )
        )
    actionable = sum(1 for r in resolutions if r.actionable)
    if not actionable:
        warnings.append(messages.text("draft.warn.no_decisions", lang))
    positions = len(resolutions) - actionable
    if positions:
        warnings.append(messages.text("draft.warn.positions", lang, n=positions))
    for phrase in vague:
        warnings.append(messages.text("draft.warn.vague_deadline", lang, phrase=phrase))
    return Draft(
        meeting=meeting,
        resolutions=tuple(resolutions),
        warnings=tuple(warnings),
        language=_language(text),
    )
