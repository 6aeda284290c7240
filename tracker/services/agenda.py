"""The follow-up agenda of the next meeting (issue 16), as plain data.

Every open item (not done, not cancelled, not in the trash) of every live meeting held
before the day of the meeting (``before``, by default today), grouped by meeting (oldest
first) then resolution (items without one last), overdue first within a group (most late
first) with the days late, then by due date. Each with its owner, due date, status,
progress and latest note. A first page sums it up: open, overdue, done since the last
meeting, by owner.

Fanned-out directives (a parent item with one child per commune, issue 15): the children
are left out by the SQL when the schema has ``action_item.parent_id`` and their parent
carries a :class:`Rollup` ("23 of 49 done", the late ones named); see
``store.meeting_sql``.

The review mode walks the same list (:func:`agenda_items` with ``reviewed_at``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput, NotFound
from tracker.domain.months import long_date
from tracker.services.meeting_docs import Document, text
from tracker.services.reports import report_header
from tracker.store import meeting_sql as q
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import Meeting


@dataclass(frozen=True)
class Rollup:
    """A fanned-out directive's children: how many (cancelled left out), how many done,
    the owners (communes) of the late ones."""

    total: int
    done: int
    late: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgendaItem:
    id: int
    uid: str
    title: str
    meeting_id: int
    meeting_title: str
    meeting_held_on: date
    resolution_id: int | None
    resolution_ordinal: int | None
    resolution_text: str | None
    owner_name: str
    due_on: date | None
    status: Status
    progress: int
    overdue: bool
    days_late: int  # 0 when not overdue
    latest_note: str
    rollup: Rollup | None = None


@dataclass(frozen=True)
class AgendaGroup:
    """The items of one resolution of one meeting (resolution None: the other items)."""

    meeting_id: int
    meeting_title: str
    meeting_held_on: date
    resolution_id: int | None
    resolution_ordinal: int | None
    resolution_text: str | None
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class OwnerLine:
    name: str
    open: int
    overdue: int


@dataclass(frozen=True)
class AgendaSummary:
    open: int
    overdue: int
    done_since: int
    last_meeting_on: date | None  # the latest meeting before the one prepared for
    by_owner: tuple[OwnerLine, ...]


@dataclass(frozen=True, kw_only=True)
class Agenda(Document):
    before: date
    meeting_title: str = ""  # the meeting it is prepared for, when known
    summary: AgendaSummary
    groups: tuple[AgendaGroup, ...] = field(default_factory=tuple)

    @property
    def items(self) -> list[AgendaItem]:
        return [i for g in self.groups for i in g.items]

    def row_count(self) -> int:
        return sum(len(g.items) for g in self.groups)

    def html(self) -> str:
        from tracker.services.agenda_html import render

        return render(self)


def _item(row: tuple, today: date) -> AgendaItem:  # type: ignore[type-arg]
    due_on, overdue = row[10], bool(row[13])
    return AgendaItem(
        *row[:11],
        status=Status(row[11]),
        progress=int(row[12]),
        overdue=overdue,
        days_late=(today - due_on).days if overdue and due_on is not None else 0,
        latest_note=row[14],
    )


def agenda_items(
    s: Unit, today: date, before: date | None = None, reviewed_at: int | None = None
) -> list[AgendaItem]:
    """The agenda's items in their order (see the module); ``reviewed_at`` keeps the items
    a meeting's review has already recorded, even once done."""
    items = [_item(r, today) for r in q.agenda_rows(s, today, before or today, reviewed_at)]
    rolled = q.rollups(s, [i.id for i in items], today)
    if rolled:
        items = [_with_rollup(i, Rollup(*rolled[i.id])) if i.id in rolled else i for i in items]
    return items


def _with_rollup(item: AgendaItem, rollup: Rollup) -> AgendaItem:
    from dataclasses import replace

    return replace(item, rollup=rollup)


def _groups(items: list[AgendaItem]) -> tuple[AgendaGroup, ...]:
    groups: list[AgendaGroup] = []
    key: tuple[int, int | None] | None = None
    bucket: list[AgendaItem] = []
    for item in [*items, None]:
        k = None if item is None else (item.meeting_id, item.resolution_id)
        if k != key and bucket:
            first = bucket[0]
            groups.append(
                AgendaGroup(
                    first.meeting_id,
                    first.meeting_title,
                    first.meeting_held_on,
                    first.resolution_id,
                    first.resolution_ordinal,
                    first.resolution_text,
                    tuple(bucket),
                )
            )
            bucket = []
        if item is not None:
            bucket.append(item)
            key = k
    return tuple(groups)


def _summary(s: Unit, items: list[AgendaItem], today: date, before: date) -> AgendaSummary:
    last = q.last_meeting_before(s, before)
    done = (
        q.done_between(s, last[2], today)
        if last is not None
        else q.done_between(s, date.min, today)
    )
    owners: dict[str, list[int]] = {}
    for i in items:
        line = owners.setdefault(i.owner_name, [0, 0])
        line[0] += 1
        line[1] += i.overdue
    by_owner = sorted(
        (OwnerLine(name, n, late) for name, (n, late) in owners.items()),
        key=lambda o: (-o.overdue, -o.open, o.name),
    )
    return AgendaSummary(
        open=len(items),
        overdue=sum(i.overdue for i in items),
        done_since=done,
        last_meeting_on=last[2] if last is not None else None,
        by_owner=tuple(by_owner),
    )


def agenda(s: Unit, today: date, lang: str = "ar", meeting_id: int | None = None) -> Agenda:
    """The agenda as of ``today``; for ``meeting_id`` (a new meeting, or today's), the open
    items of the meetings held before that one's day."""
    from tracker.domain import messages

    lang = messages.language(lang)
    before, meeting_title = today, ""
    if meeting_id is not None:
        try:
            meeting = repo.get(s, Meeting, meeting_id)
        except NotFound:
            meeting = None
        if meeting is None or meeting.deleted_at is not None:
            raise InvalidInput("report_no_such_meeting", id=meeting_id)
        before = meeting.held_on
        meeting_title = text(
            "agenda_for_meeting", lang, title=meeting.title, date=long_date(meeting.held_on, lang)
        )
    items = agenda_items(s, today, before)
    return Agenda(
        kind="agenda",
        title=text("agenda_title", lang),
        today=today,
        header=report_header(s),
        lang=lang,
        before=before,
        meeting_title=meeting_title,
        summary=_summary(s, items, today, before),
        groups=_groups(items),
    )
