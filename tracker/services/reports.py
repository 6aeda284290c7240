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
from html import escape
from importlib import resources
from typing import Any

from tracker.domain.dates import count_days
from tracker.domain.enums import OVERDUE_LABEL, Status
from tracker.domain.errors import InvalidInput, NotFound, register_messages
from tracker.domain.months import long_date
from tracker.store import repo
from tracker.store import reports as q
from tracker.store.db import Database
from tracker.store.models import Meeting, Owner
from tracker.store.reports import GroupStat, ReportRow, Scope

register_messages(
    {
        "report_no_such_meeting": (
            "لا يوجد اجتماع بالرقم {id}",
            "Aucune réunion n° {id}",
            "there is no meeting number {id}",
        ),
        "report_no_such_owner": (
            "لا يوجد مسؤول بالرقم {id}",
            "Aucun responsable n° {id}",
            "there is no owner number {id}",
        ),
        "no_meeting": (
            "لا يوجد أي اجتماع بعد؛ أضف اجتماعاً أو حمّل الاجتماع التجريبي",
            "Aucune réunion pour l'instant",
            "there is no meeting yet",
        ),
    }
)

HEADER_KEYS = ("report.party", "report.region", "report.province", "report.secretariat")
DEFAULT_HEADER = {
    "report.party": "حزب الأصالة والمعاصرة",
    "report.region": "جهة فاس - مكناس",
    "report.province": "إقليم تاونات",
    "report.secretariat": "الأمانة الإقليمية",
}
DUE_HORIZON_DAYS = 30

_L: dict[str, dict[str, str]] = {
    "ar": {
        "meeting_title": "تقرير تتبع تنفيذ المقررات",
        "owner_title": "تقرير تتبع المهام المسندة",
        "due_title": "المهام المتأخرة والمقبلة",
        "owner": "المسؤول",
        "meeting": "الاجتماع",
        "held_on": "المنعقد بتاريخ",
        "summary": "ملخص",
        "total": "مجموع المهام",
        "completion": "متوسط نسبة الإنجاز",
        "overdue": "المتأخرة",
        "no": "ر.ت",
        "item": "المهمة",
        "due": "الأجل",
        "status": "الحالة",
        "progress": "الإنجاز",
        "note": "آخر ملاحظة",
        "resolution": "المقرر",
        "other": "محطات ومهام أخرى",
        "by_resolution": "الإنجاز حسب المقرر",
        "by_owner": "الإنجاز حسب المسؤول",
        "late_section": "المهام المتأخرة",
        "upcoming_section": "المهام التي يحل أجلها خلال {days}",
        "none": "لا توجد مهام.",
        "page": "صفحة {n} من {m}",
        "printed": "تاريخ الطبع: {date}",
        "as_of": "الوضعية في {date}",
        "late": "متأخر {days}",
        "done_of": "{done} منجزة من {total}",
    },
    "fr": {
        "meeting_title": "Rapport de suivi des résolutions",
        "owner_title": "Rapport de suivi des actions confiées",
        "due_title": "Actions en retard et à venir",
        "owner": "Responsable",
        "meeting": "Réunion",
        "held_on": "tenue le",
        "summary": "Synthèse",
        "total": "Total des actions",
        "completion": "Avancement moyen",
        "overdue": "En retard",
        "no": "N°",
        "item": "Action",
        "due": "Échéance",
        "status": "Statut",
        "progress": "Avanc.",
        "note": "Dernière note",
        "resolution": "Résolution",
        "other": "Autres échéances et actions",
        "by_resolution": "Avancement par résolution",
        "by_owner": "Avancement par responsable",
        "late_section": "Actions en retard",
        "upcoming_section": "Actions à échéance dans {days}",
        "none": "Aucune action.",
        "page": "Page {n} sur {m}",
        "printed": "Imprimé le {date}",
        "as_of": "Situation au {date}",
        "late": "en retard de {days}",
        "done_of": "{done} réalisées sur {total}",
    },
    "en": {
        "meeting_title": "Resolution follow-up report",
        "owner_title": "Follow-up report of assigned items",
        "due_title": "Overdue and upcoming items",
        "owner": "Owner",
        "meeting": "Meeting",
        "held_on": "held on",
        "summary": "Summary",
        "total": "Items",
        "completion": "Mean progress",
        "overdue": "Overdue",
        "no": "No.",
        "item": "Item",
        "due": "Due",
        "status": "Status",
        "progress": "Progress",
        "note": "Latest note",
        "resolution": "Resolution",
        "other": "Other milestones and items",
        "by_resolution": "Progress by resolution",
        "by_owner": "Progress by owner",
        "late_section": "Overdue items",
        "upcoming_section": "Items due within {days}",
        "none": "No items.",
        "page": "Page {n} of {m}",
        "printed": "Printed on {date}",
        "as_of": "As of {date}",
        "late": "{days} late",
        "done_of": "{done} done of {total}",
    },
}


def _lang(lang: str) -> str:
    return lang[:2] if lang[:2] in _L else "ar"


def label(key: str, lang: str = "ar", **params: object) -> str:
    return _L[_lang(lang)][key].format(**params)


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


@dataclass(frozen=True)
class Report:
    kind: str  # "meeting", "owner", "owners", "due"
    title: str
    today: date
    header: Header
    lang: str
    parts: list[Part] = field(default_factory=list)

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

    def row_count(self) -> int:
        return sum(len(s.rows) for p in self.parts for s in p.sections)


# -- building the data ------------------------------------------------------------------


def report_header(db: Database) -> Header:
    """The header configured once in the settings, with the Taounate defaults."""
    with db.unit() as s:
        values = {k: repo.get_setting(s, k) for k in HEADER_KEYS}
    v = {k: (values[k] if values[k] is not None else DEFAULT_HEADER[k]).strip() for k in values}
    return Header(
        v["report.party"], v["report.region"], v["report.province"], v["report.secretariat"]
    )


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


def meeting_report(
    db: Database, today: date, meeting_id: int | None = None, lang: str = "ar"
) -> Report:
    """The follow-up report of a meeting (the latest one when ``meeting_id`` is None)."""
    lang = _lang(lang)
    header = report_header(db)
    with db.unit() as s:
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


def owner_report(db: Database, today: date, owner_id: int, lang: str = "ar") -> Report:
    """Everything one owner owes, by meeting and resolution."""
    lang = _lang(lang)
    header = report_header(db)
    with db.unit() as s:
        owner = _get(s, Owner, owner_id, "report_no_such_owner")
        part = _owner_part(s, today, (owner.id, owner.name), lang)  # type: ignore[arg-type]
    return Report("owner", part.title, today, header, lang, [part])


def all_owners_report(db: Database, today: date, lang: str = "ar") -> Report:
    """One part per owner who has items, each to start on a new page."""
    lang = _lang(lang)
    header = report_header(db)
    with db.unit() as s:
        owners = q.owners_with_items(s, Scope(today=today))
        parts = [_owner_part(s, today, o, lang) for o in owners]
    return Report("owners", label("owner_title", lang), today, header, lang, parts)


def due_report(db: Database, today: date, days: int = DUE_HORIZON_DAYS, lang: str = "ar") -> Report:
    """Overdue items (most late first), then open items due within ``days`` days."""
    lang = _lang(lang)
    header = report_header(db)
    scope = Scope(today=today, due_to=today + timedelta(days=days))
    with db.unit() as s:
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


# -- HTML ---------------------------------------------------------------------------------

OVERDUE_BG = "#f9dcdc"
HEAD_BG = "#e4ebe4"
BAR_FILL = "#2e7d4f"
BAR_EMPTY = "#e6e6e6"


def stylesheet() -> str:
    return resources.files("tracker.resources").joinpath("report.css").read_text(encoding="utf-8")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _row(cells: list[str], rtl: bool) -> str:
    """One table row; reversed for right-to-left (QTextDocument never mirrors columns)."""
    return "<tr>" + "".join(reversed(cells) if rtl else cells) + "</tr>"


def _td(text: str, *, width: str = "", bg: str = "", align: str = "", cls: str = "") -> str:
    attrs = ""
    if width:
        attrs += f' width="{width}"'
    if bg:
        attrs += f' bgcolor="{bg}"'
    if align:
        attrs += f' align="{align}"'
    if cls:
        attrs += f' class="{cls}"'
    return f"<td{attrs}>{text}</td>"


def _th(text: str, width: str = "") -> str:
    w = f' width="{width}"' if width else ""
    return f'<th{w} bgcolor="{HEAD_BG}">{_e(text)}</th>'


def _letterhead(report: Report, page_break: bool = False) -> str:
    rtl = report.rtl
    lines = "<br/>".join(f"<b>{_e(x)}</b>" for x in report.header.lines())
    place = report.header.province.replace("إقليم", "").strip() if rtl else ""
    when = long_date(report.today, report.lang)
    dated = f"{_e(place)} في {_e(when)}" if place and rtl else _e(when)
    start, end = ("right", "left") if rtl else ("left", "right")
    cells = [
        _td(lines, width="60%", align=start, cls="letterhead"),
        _td(dated, width="40%", align=end, cls="dated"),
    ]
    brk = ' style="page-break-before: always"' if page_break else ""
    return (
        f'<table class="head" width="100%" cellspacing="0" cellpadding="0"{brk}>'
        f"{_row(cells, rtl)}</table>"
    )


def _summary_html(part: Part, lang: str, rtl: bool) -> str:
    s = part.summary
    heads = [label("total", lang), *(st.label(lang) for st in Status), label("overdue", lang)]
    values = [s.total, *(s.by_status.get(st, 0) for st in Status), s.overdue]
    head = _row([_th(h) for h in heads], rtl)
    body = _row(
        [
            _td(
                f"<b>{v}</b>",
                align="center",
                bg=OVERDUE_BG if i == len(values) - 1 and v else "",
            )
            for i, v in enumerate(values)
        ],
        rtl,
    )
    table = (
        f'<table class="summary" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{head}</thead>{body}</table>"
    )
    done = s.by_status.get(Status.DONE, 0)
    counted = s.total - s.by_status.get(Status.CANCELLED, 0)
    line = (
        f'<p class="completion">{_e(label("completion", lang))}: <b>{s.completion}%</b>'
        f" — {_e(label('done_of', lang, done=done, total=counted))}</p>"
    )
    return f"<h2>{_e(label('summary', lang))}</h2>{table}{line}"


def _bar(percent: int, rtl: bool) -> str:
    """A horizontal bar that fills from the start side of the reading direction."""
    p = max(0, min(100, percent))
    if p == 0:
        cells = [_td("&nbsp;", width="100%", bg=BAR_EMPTY)]
    elif p == 100:
        cells = [_td("&nbsp;", width="100%", bg=BAR_FILL)]
    else:
        cells = [
            _td("&nbsp;", width=f"{p}%", bg=BAR_FILL),
            _td("&nbsp;", width=f"{100 - p}%", bg=BAR_EMPTY),
        ]
    return f'<table class="bar" width="100%" cellspacing="0" cellpadding="0">{_row(cells, rtl)}</table>'


def _bars_html(part: Part, rtl: bool) -> str:
    if not part.bars:
        return ""
    rows = "".join(
        _row(
            [
                _td(_e(name), width="45%"),
                _td(_bar(p, rtl), width="45%"),
                _td(f"{p}%", width="10%", align="center"),
            ],
            rtl,
        )
        for name, p in part.bars
    )
    return (
        f"<h3>{_e(part.bars_title)}</h3>"
        f'<table class="bars" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
    )


def _status_text(r: ReportRow, today: date, lang: str) -> str:
    text = r.status.label(lang)
    if r.overdue and r.due_on is not None:
        late = label("late", lang, days=count_days((today - r.due_on).days, lang))
        return f"{_e(text)}<br/><b>{_e(late)}</b>"
    return _e(text)


def _items_table(sec: Section, part: Part, today: date, lang: str, rtl: bool) -> str:
    cols: list[tuple[str, str]] = [("no", "4%"), ("item", "30%")]
    if part.show_owner:
        cols.append(("owner", "15%"))
    cols += [("due", "13%"), ("status", "13%"), ("progress", "7%")]
    cols.append(("note", "18%" if part.show_owner else "33%"))
    head = _row([_th(label(k, lang), w) for k, w in cols], rtl)
    body = []
    for i, r in enumerate(sec.rows, start=1):
        bg = OVERDUE_BG if r.overdue else ""
        values = {
            "no": str(i),
            "item": _e(r.title),
            "owner": _e(r.owner_name),
            "due": _e(long_date(r.due_on, lang)),
            "status": _status_text(r, today, lang),
            "progress": f"{r.progress}%",
            "note": _e(r.latest_note),
        }
        cls = {"no": "num", "progress": "num", "due": "date"}
        body.append(_row([_td(values[k], bg=bg, cls=cls.get(k, "")) for k, _ in cols], rtl))
    return (
        '<table class="items" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    )


def _part_html(part: Part, report: Report, first: bool) -> str:
    lang, rtl = report.lang, report.rtl
    out = [
        _letterhead(report, page_break=not first),
        f'<h1 align="center">{_e(part.title)}</h1>',
        f'<p class="subtitle" align="center">{_e(part.subtitle)}</p>',
        _summary_html(part, lang, rtl),
        _bars_html(part, rtl),
    ]
    if not any(sec.rows for sec in part.sections):
        out.append(f"<p>{_e(label('none', lang))}</p>")
    for sec in part.sections:
        if not sec.rows and report.kind != "due":
            continue
        if sec.meeting_heading:
            out.append(f'<h2 class="meeting">{_e(sec.meeting_heading)}</h2>')
        out.append(f"<h3>{_e(sec.title)}</h3>")
        if sec.rows:
            out.append(_items_table(sec, part, report.today, lang, rtl))
        else:
            out.append(f"<p>{_e(label('none', lang))}</p>")
    return "".join(out)


def build_html(report: Report) -> str:
    """The report body as HTML for ``QTextDocument`` (page header and footer excluded)."""
    direction = "rtl" if report.rtl else "ltr"
    align = "right" if report.rtl else "left"
    parts = "".join(_part_html(p, report, i == 0) for i, p in enumerate(report.parts))
    if not report.parts:
        parts = (
            _letterhead(report)
            + f'<h1 align="center">{_e(report.title)}</h1>'
            + (f"<p>{_e(label('none', report.lang))}</p>")
        )
    return (
        f'<html dir="{direction}"><head><meta charset="utf-8"/>'
        f"<title>{_e(report.title)}</title><style>{stylesheet()}"
        f"p, h2, h3, td, th {{ text-align: {align}; }}</style></head>"
        f'<body dir="{direction}">{parts}</body></html>'
    )


def overdue_label(lang: str = "ar") -> str:
    return OVERDUE_LABEL.get(_lang(lang), OVERDUE_LABEL["ar"])
