"""What the communiqué reader gives back: a draft meeting with its resolutions (issue 14).

Plain frozen data, nothing written anywhere: the review dialog and ``tracker draft`` show it,
the core saves it only when the secretary confirms. Offsets (``span``) are character
positions in the text as it was given to the reader (``text[start:end]``), so that the
review dialog can highlight them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Deadline:
    """How a due date was read: the phrase, where it is, and the arithmetic behind it.

    ``rule`` is a message code of the ``communique`` table (e.g. ``draft.rule.within``) and
    ``params`` its parameters, so that "17 يناير 2026 + 3 أشهر" can be shown in the user's
    language; ``base`` is the date the rule counted from (the meeting's, usually).
    """

    phrase: str
    span: Span
    due_on: date | None = None
    starts_on: date | None = None
    base: date | None = None
    rule: str | None = None
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class DraftResolution:
    text: str  # the decision, cleaned (no bullet, number, or introducing phrase)
    span: Span  # where the decision is in the text
    due_on: date | None = None
    due_phrase: str | None = None  # the exact words the deadline was read from (kept when no date)
    starts_on: date | None = None
    deadline: Deadline | None = None
    owners: tuple[str, ...] = ()  # owners named in the decision, as written
    communes: tuple[str, ...] = ()  # communes named in the decision (register names)
    all_communes: bool = False  # for every commune of the province ("جميع جماعات الإقليم")
    actionable: bool = True  # False: a position (يثمن، يندد…) drafted unticked


@dataclass(frozen=True)
class DraftMeeting:
    held_on: date | None = None
    title: str = ""
    location: str | None = None
    chaired_by: str | None = None
    attendees: tuple[str, ...] = ()
    hijri: str | None = None  # a Hijri date written beside the Gregorian one, kept as written
    date_span: Span | None = None
    location_span: Span | None = None
    chair_span: Span | None = None
    attendees_span: Span | None = None


@dataclass(frozen=True)
class Draft:
    meeting: DraftMeeting = field(default_factory=DraftMeeting)
    resolutions: tuple[DraftResolution, ...] = ()
    warnings: tuple[str, ...] = ()  # in the language asked of the reader
    language: str = "ar"  # the communiqué's language: "ar" or "fr"

    def to_json(self) -> dict[str, Any]:
        """The shape ``tracker draft --json`` prints (fixed: scripts rely on it).

        Only the decisions to act on are listed: positions (``actionable=False``: يثمن،
        يندد…) are shown unticked in the review dialog but are not resolutions of the draft.
        """

        def iso(d: date | None) -> str | None:
            return d.isoformat() if d else None

        m = self.meeting
        return {
            "meeting": {
                "held_on": iso(m.held_on),
                "title": m.title,
                "location": m.location,
                "chaired_by": m.chaired_by,
                "attendees": list(m.attendees),
            },
            "resolutions": [
                {
                    "text": r.text,
                    "due_on": iso(r.due_on),
                    "due_phrase": r.due_phrase,
                    "starts_on": iso(r.starts_on),
                    "owners": list(r.owners),
                    "communes": list(r.communes),
                    "span": [r.span[0], r.span[1]],
                }
                for r in self.resolutions
                if r.actionable
            ],
            "warnings": list(self.warnings),
        }
