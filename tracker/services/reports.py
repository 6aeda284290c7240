"""The three progress reports as data, and their HTML for printing (no Qt here).

- the follow-up report of a meeting (default: the latest meeting),
- the report of one owner (everything they owe), or of every owner, each on a new page,
- the list of overdue items and of open items falling due within a horizon.

Each report is built from SQL queries over one scope (``tracker.store.reports``), then
rendered to HTML that ``QTextDocument`` understands. ``QTextDocument`` lays table columns out
left to right whatever the text direction, so for right-to-left languages the cells of every
row are emitted in reverse order: the first logical column (the item) ends up at the right
edge of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tracker.domain import messages
from tracker.domain.dates import count_days
from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput, NotFound
from tracker.domain.months import long_date
from tracker.store import repo
from tracker.store import reports as q
from tracker.store.db import Unit
from tracker.store.models import Meeting, Owner
from tracker.store.reports import GroupStat, ReportRow, Scope

HEADER_KEYS = ("report.party", "report.region", "report.province", "report.secretariat")
DEFAULT_HEADER = {
    "report.party": "حزب الأصالة والمعاصرة",
    "report.region": "جهة فاس - مكناس",
    "report.province": "إقليم تاونات",
    "report.secretariat": "الأمانة الإقليمية",
}
DUE_HORIZON_DAYS = 30


def _lang(lang: str) -> str:
    return messages.language(lang)


def label(key: str, lang: str = "ar", **params: object) -> str:
    """A report label (``report.<key>`` in the catalogue, ``tracker.domain.messages``)."""
    return messages.text(f"report.{key}", lang, **params)


def page_label(n: int, m: int, lang: str = "ar") -> str:
    """ "صفحة 1 من 3" for the page footer."""
    return label("page", lang, n=n, m=m)


@dataclass(frozen=True)
class Header:
    party: str
    region: str
    province: str
    secretariat: str

    def lines(self) -> list[str]:
        return [x for x in (self.party, self.region, self.province, self.secretariat) if x]


@dataclass(frozen=True)
class Summary:
    by_status: dict[Status, int]
    overdue: int
    total: int
    completion: int  # mean progress of the items that are not cancelled, 0-100


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[ReportRow]
    meeting_heading: str = ""  # set on the first section of each meeting (owner reports)
    short_title: str = ""  # for the completion bars


@dataclass(frozen=True)
class Part:
    """What one reader gets: a title, a summary, bars, then the items by section."""

    title: str
    subtitle: str
    summary: Summary
    bars_title: str
    bars: list[tuple[str, int]]  # (label, percent)
    sections: list[Section]
    show_owner: bool = True


class Printed:
    """What every printed document shows around its body (the one renderer, ``ui.printing``,
    asks for these): its reading direction, the running head, the printing date, the page
    label. A subclass is a dataclass with ``title``, ``today``, ``header`` and ``lang``."""

    title: str
    today: date
    header: Header
    lang: str

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    @property
    def running_head(self) -> str:
        return " — ".join(x for x in (self.header.party, self.header.province, self.title) if x)

    @property
    def printed_on(self) -> str:
        return label("printed", self.lang, date=long_date(self.today, self.lang))

    def page_label(self, n: int, m: int) -> str:
        return page_label(n, m, self.lang)


@dataclass(frozen=True)
class Report(Printed):
    kind: str  # "meeting", "owner", "owners", "due"
    title: str
    today: date
    header: Header
    lang: str
    parts: list[Part] = field(default_factory=list)
    source: Path | None = None  # the database it was read from: its PDF never goes there

    def row_count(self) -> int:
        return sum(len(s.rows) for p in self.parts for s in p.sections)

    def html(self) -> str:
        from tracker.services.report_html import render

        return render(self)


# -- building the data ------------------------------------------------------------------


def report_header(s: Unit) -> Header:
    """The header configured once in the settings, with the Taounate defaults."""
    values = {k: repo.get_setting(s, k) for k in HEADER_KEYS}
    defaults = {**DEFAULT_HEADER, **province_header(s)}
    v = {k: (values[k] if values[k] is not None else defaults[k]).strip() for k in values}
    return Header(
        v["report.party"], v["report.region"], v["report.province"], v["report.secretariat"]
    )


def province_header(s: Unit) -> dict[str, str]:
    """The header's province and region lines from the file's province, when one is set."""
    from tracker.services import register, territories

    code = territories.province_code(s)
    place = register.register().by_code.get(code or "")
    if place is None:
        return {}
    kind = "إقليم" if place.subkind == "province" else "عمالة"
    out = {"report.province": f"{kind} {place.name_ar}"}
    region = register.register().by_code.get(place.parent_code)
    if region is not None:
        out["report.region"] = f"جهة {region.name_ar}"
    return out


def _summary(s: object, scope: Scope, stats: list[GroupStat]) -> Summary:
    by_status, overdue = q.status_counts(s, scope)  # type: ignore[arg-type]
    counted = sum(g.total for g in stats)
    progress = sum(g.mean_progress * g.total for g in stats)
    return Summary(
        by_status=by_status,
        overdue=overdue,
        total=sum(by_status.values()),
        completion=round(progress / counted) if counted else 0,
    )


def _resolution_title(ordinal: int | None, text: str | None, lang: str) -> str:
    if ordinal is None:
        return label("other", lang)
    return f"{label('resolution', lang)} {ordinal}: {text or ''}"


def _by_resolution(rows: list[ReportRow], lang: str, with_meeting: bool) -> list[Section]:
    """Consecutive rows of the same meeting and resolution (the query orders them so)."""
    sections: list[Section] = []
    key: tuple[int, int | None] | None = None
    for r in rows:
        k = (r.meeting_id, r.resolution_id)
        if k != key:
            title = _resolution_title(r.resolution_ordinal, r.resolution_text, lang)
            short = (
                label("other", lang)
                if r.resolution_ordinal is None
                else f"{label('resolution', lang)} {r.resolution_ordinal}"
            )
            heading = ""
            if with_meeting:
                short = f"{short} — {long_date(r.meeting_held_on, lang)}"
                if key is None or key[0] != r.meeting_id:
                    heading = (
                        f"{label('meeting', lang)}: {r.meeting_title} — "
                        f"{long_date(r.meeting_held_on, lang)}"
                    )
            sections.append(Section(title, [], heading, short))
            key = k
        sections[-1].rows.append(r)
    return sections


def _get(s: Any, model: type, row_id: int, code: str) -> Any:
    """A live meeting or owner, or a clear message naming the number asked for."""
    try:
        row = repo.get(s, model, row_id)
    except NotFound:
        row = None
    if row is None or row.deleted_at is not None:
        raise InvalidInput(code, id=row_id)
    return row


def meeting_report(s: Unit, today: date, meeting_id: int | None = None, lang: str = "ar") -> Report:
    """The follow-up report of a meeting (the latest one when ``meeting_id`` is None)."""
    lang = _lang(lang)
    header = report_header(s)
    if meeting_id is None:
        meeting = repo.latest_meeting(s)
        if meeting is None:
            raise InvalidInput("no_meeting")
    else:
        meeting = _get(s, Meeting, meeting_id, "report_no_such_meeting")
    scope = Scope(today=today, meeting_id=meeting.id)
    rows = q.rows(s, scope, order="resolution")
    stats = q.group_stats(s, scope, "resolution")
    summary = _summary(s, scope, stats)
    bars = [(_bar_label(g, lang), round(g.mean_progress)) for g in stats if g.total]
    subtitle = (
        f"{label('meeting', lang)}: {meeting.title} — {label('held_on', lang)} "
        f"{long_date(meeting.held_on, lang)}"
    )
    part = Part(
        title=label("meeting_title", lang),
        subtitle=subtitle,
        summary=summary,
        bars_title=label("by_resolution", lang),
        bars=bars,
        sections=_by_resolution(rows, lang, with_meeting=False),
    )
    return Report("meeting", part.title, today, header, lang, [part])


def _bar_label(g: GroupStat, lang: str) -> str:
    if g.ordinal is None and g.key is None:
        return label("other", lang)
    if g.ordinal is None:
        return g.label
    return f"{label('resolution', lang)} {g.ordinal}"


def _owner_part(s: object, today: date, owner: tuple[int, str], lang: str) -> Part:
    scope = Scope(today=today, owner_id=owner[0])
    rows = q.rows(s, scope, order="resolution")  # type: ignore[arg-type]
    stats = q.group_stats(s, scope, "resolution")  # type: ignore[arg-type]
    summary = _summary(s, scope, stats)
    sections = _by_resolution(rows, lang, with_meeting=True)
    bars = [
        (sec.short_title, _mean([r.progress for r in sec.rows if r.status is not Status.CANCELLED]))
        for sec in sections
    ]
    return Part(
        title=label("owner_title", lang),
        subtitle=f"{label('owner', lang)}: {owner[1]}",
        summary=summary,
        bars_title=label("by_resolution", lang),
        bars=[(t, p) for t, p in bars if p is not None],
        sections=sections,
        show_owner=False,
    )


def _mean(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def owner_report(s: Unit, today: date, owner_id: int, lang: str = "ar") -> Report:
    """Everything one owner owes, by meeting and resolution."""
    lang = _lang(lang)
    header = report_header(s)
    owner = _get(s, Owner, owner_id, "report_no_such_owner")
    part = _owner_part(s, today, (owner.id, owner.name), lang)  # type: ignore[arg-type]
    return Report("owner", part.title, today, header, lang, [part])


def all_owners_report(s: Unit, today: date, lang: str = "ar") -> Report:
    """One part per owner who has items, each to start on a new page."""
    lang = _lang(lang)
    header = report_header(s)
    owners = q.owners_with_items(s, Scope(today=today))
    parts = [_owner_part(s, today, o, lang) for o in owners]
    return Report("owners", label("owner_title", lang), today, header, lang, parts)


def due_report(s: Unit, today: date, days: int = DUE_HORIZON_DAYS, lang: str = "ar") -> Report:
    """Overdue items (most late first), then open items due within ``days`` days."""
    lang = _lang(lang)
    header = report_header(s)
    scope = Scope(today=today, due_to=today + timedelta(days=days))
    rows = q.rows(s, scope, order="due")
    stats = q.group_stats(s, scope, "owner")
    summary = _summary(s, scope, stats)
    late = [r for r in rows if r.overdue]
    upcoming = [r for r in rows if not r.overdue]
    part = Part(
        title=label("due_title", lang),
        subtitle=label("as_of", lang, date=long_date(today, lang)),
        summary=summary,
        bars_title=label("by_owner", lang),
        bars=[(g.label, round(g.mean_progress)) for g in stats if g.total],
        sections=[
            Section(label("late_section", lang), late),
            Section(label("upcoming_section", lang, days=count_days(days, lang)), upcoming),
        ],
    )
    return Report("due", part.title, today, header, lang, [part])


def build_html(report: Report) -> str:
    """The report body as HTML for ``QTextDocument`` (page header and footer excluded).

    Any printable document with the page decoration of a ``Report`` and an ``html()`` (the
    meeting cycle's agenda, changes and minutes: ``services.meeting_docs.Document``)."""
    return report.html()
