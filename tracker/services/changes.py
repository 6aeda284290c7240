"""After the meeting (issue 16): what changed since a meeting, and its follow-up minutes.

What changed between a meeting's day and the next meeting's (or today), from the history
the file keeps: items done, progressed, postponed (their last update in the period), whose
due date slipped (``due_change``, recorded by the core since migration 0010: changes made
before it are not known), newly overdue (due in the period, open and late today), and new
(created in the period, the meeting's own decisions left out); each with who reported it
and when.

The follow-up minutes (محضر التتبع) of a meeting: the items reviewed at it (progress updates
tied to it) with the decision recorded for each (status, percent, note, a new due date),
and those marked for discussion.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from tracker.domain import messages
from tracker.domain.enums import Status
from tracker.domain.months import long_date
from tracker.services.meeting_docs import Document, late_text, text
from tracker.services.reports import report_header
from tracker.services.review import _meeting, _place
from tracker.store import meeting_sql as q
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import Meeting

SECTIONS = ("done", "progressed", "slipped", "overdue", "postponed", "new")


@dataclass(frozen=True)
class ChangeRow:
    item_id: int
    title: str
    owner_name: str
    where: str  # the item's meeting and resolution, short
    change: str
    reported_by: str
    when: date | None


@dataclass(frozen=True)
class ChangeSection:
    key: str  # one of SECTIONS
    title: str
    rows: tuple[ChangeRow, ...]


@dataclass(frozen=True, kw_only=True)
class Changes(Document):
    meeting_title: str
    start: date
    end: date
    sections: tuple[ChangeSection, ...]

    def section(self, key: str) -> ChangeSection:
        return next(s for s in self.sections if s.key == key)

    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sections)

    def html(self) -> str:
        from tracker.services.changes_html import render_changes

        return render_changes(self)


@dataclass(frozen=True)
class MinuteRow:
    item_id: int
    title: str
    owner_name: str
    where: str
    status: Status
    progress: int
    note: str
    new_due: date | None
    when: datetime


@dataclass(frozen=True, kw_only=True)
class Minutes(Document):
    meeting_title: str
    held_on: date
    rows: tuple[MinuteRow, ...]
    discuss: tuple[ChangeRow, ...]

    def row_count(self) -> int:
        return len(self.rows) + len(self.discuss)

    def html(self) -> str:
        from tracker.services.changes_html import render_minutes

        return render_minutes(self)


def _where(row: tuple[Any, ...], lang: str) -> str:
    """ "17 يناير 2026 — المقرر 2" from the item columns of ``store.meeting_sql``."""
    out = long_date(row[5], lang)
    if row[7] is not None:
        out += f" — {messages.text('report.resolution', lang)} {row[7]}"
    return out


def _row(item: tuple[Any, ...], change: str, who: str, when: date | None, lang: str) -> ChangeRow:
    return ChangeRow(item[0], item[2], item[9], _where(item, lang), change, who, when)


def _who(reported_by: str, meeting_id: int | None, held: dict[int, date], lang: str) -> str:
    """Who reported it: the name given, else the meeting it was decided at."""
    if reported_by:
        return reported_by
    if meeting_id is not None and meeting_id in held:
        return text("at_meeting", lang, date=long_date(held[meeting_id], lang))
    return ""


def _meeting_days(s: Unit, ids: set[int]) -> dict[int, date]:
    return {i: repo.get(s, Meeting, i).held_on for i in ids if i is not None}


def changes(s: Unit, meeting_id: int, today: date, lang: str = "ar") -> Changes:
    lang = messages.language(lang)
    meeting = _meeting(s, meeting_id)
    start = meeting.held_on
    end = q.next_meeting_after(s, meeting.id, start) or today
    t0 = datetime.combine(start, time.min)
    t1 = datetime.combine(end + timedelta(days=1), time.min)

    updates = q.updates_between(s, t0, t1)
    last: dict[int, tuple[Any, ...]] = {}
    for u in updates:
        last[u[0]] = u  # oldest first: the last one stays
    moves = q.due_changes_between(s, t0, t1)
    items = q.items_by_id(s, sorted({*last, *(m[0] for m in moves)}))
    before = q.progress_before(s, sorted(last), t0)
    held = _meeting_days(s, {u[6] for u in updates} | {m[5] for m in moves})
    out: dict[str, list[ChangeRow]] = {k: [] for k in SECTIONS}
    for item_id, u in last.items():
        item = items.get(item_id)
        if item is None:  # in the trash
            continue
        status, progress = Status(u[2]), int(u[3])
        who, when = _who(u[5], u[6], held, lang), u[1].date()
        if status is Status.DONE:
            out["done"].append(_row(item, status.label(lang), who, when, lang))
        elif status is Status.POSTPONED:
            change = status.label(lang)
            if item[10] is not None:
                change += f" — {messages.text('report.due', lang)}: {long_date(item[10], lang)}"
            out["postponed"].append(_row(item, change, who, when, lang))
        elif progress > before.get(item_id, 0):
            change = text("percent_moved", lang, old=before.get(item_id, 0), new=progress)
            out["progressed"].append(_row(item, change, who, when, lang))
    first_old: dict[int, date | None] = {}
    last_move: dict[int, tuple[Any, ...]] = {}
    for m in moves:
        first_old.setdefault(m[0], m[2])
        last_move[m[0]] = m
    for item_id, m in last_move.items():
        old, new, item = first_old[item_id], m[3], items.get(item_id)
        if item is None or old is None or new is None or new <= old:
            continue  # set, cleared or brought forward: not a slip
        change = text("due_moved", lang, old=long_date(old, lang), new=long_date(new, lang))
        out["slipped"].append(_row(item, change, _who(m[4], m[5], held, lang), m[1].date(), lang))
    late_until = min(end + timedelta(days=1), today)
    for item in q.newly_overdue(s, start, late_until, today):
        change = late_text((today - item[10]).days, lang)
        out["overdue"].append(_row(item, change, "", item[10], lang))
    for item in q.created_between(s, t0, t1, meeting.id):
        created = item[-1].date()
        change = text("created", lang, date=long_date(created, lang))
        out["new"].append(_row(item, change, "", created, lang))
    sections = tuple(ChangeSection(k, text(f"section_{k}", lang), tuple(out[k])) for k in SECTIONS)
    return Changes(
        kind="changes",
        title=text("changes_title", lang),
        today=today,
        header=report_header(s),
        lang=lang,
        meeting_title=meeting.title,
        start=start,
        end=end,
        sections=sections,
    )


def minutes(s: Unit, meeting_id: int, today: date, lang: str = "ar") -> Minutes:
    lang = messages.language(lang)
    meeting = _meeting(s, meeting_id)
    rows: dict[int, MinuteRow] = {}
    moves = q.due_moves_at(s, meeting.id)
    for r in q.reviewed_at(s, meeting.id):
        rows.pop(r[0], None)  # the last decision on an item, in the order of the last
        rows[r[0]] = MinuteRow(
            r[0],
            r[2],
            r[9],
            _where(r, lang),
            Status(r[14]),
            int(r[15]),
            r[16],
            moves.get(r[0]),
            r[13],
        )
    place = _place(s, meeting)
    marked = q.items_by_id(s, sorted(place.discuss))
    order = place.order or tuple(sorted(marked))  # the review's order
    discuss = tuple(_row(marked[i], "", "", None, lang) for i in order if i in marked)
    return Minutes(
        kind="minutes",
        title=text("minutes_title", lang),
        today=today,
        header=report_header(s),
        lang=lang,
        meeting_title=meeting.title,
        held_on=meeting.held_on,
        rows=tuple(rows.values()),
        discuss=discuss,
    )
