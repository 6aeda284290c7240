"""The HTML of a report, for ``QTextDocument`` (no Qt here).

``QTextDocument`` lays table columns out left to right whatever the text direction, so for
right-to-left languages the cells of every row are emitted in reverse order: the first
logical column (the item) ends up at the right edge of the page. Long tables have a
``<thead>``, which Qt turns into a header row repeated on every page.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape
from importlib import resources

from tracker.domain import messages
from tracker.domain.dates import count_days
from tracker.domain.enums import Status
from tracker.domain.months import long_date
from tracker.services.reports import Part, Report, Section, label
from tracker.store.reports import ReportRow

OVERDUE_BG = "#f9dcdc"
HEAD_BG = "#e4ebe4"
BAR_FILL = "#2e7d4f"
BAR_EMPTY = "#e6e6e6"


def stylesheet() -> str:
    return resources.files("tracker.resources").joinpath("report.css").read_text(encoding="utf-8")


_LONG_RUN = re.compile(r"\S{40,}")
_ZWSP = "\u200b"


def _breakable(run: re.Match[str]) -> str:
    """A zero-width space every 20 characters of a very long unbroken run (a pasted link,
    a string of digits): the printer wraps at word boundaries only, which is faster."""
    text = run[0]
    return _ZWSP.join(text[i : i + 20] for i in range(0, len(text), 20))


def _e(text: object) -> str:
    return escape(_LONG_RUN.sub(_breakable, str(text)), quote=True)


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


def bar_url(percent: int, rtl: bool) -> str:
    """The image name of a completion bar: ``bar:65:rtl`` (the printer draws it)."""
    return f"bar:{max(0, min(100, percent))}:{'rtl' if rtl else 'ltr'}"


BAR_URL = re.compile(r"bar:(\d{1,3}):(rtl|ltr)")


def _bar(percent: int, rtl: bool) -> str:
    """A horizontal bar that fills from the start side of the reading direction.

    An image (drawn by ``ui.printing`` from its name) rather than a nested table: a table
    per bar made the layout of a report with hundreds of resolutions several times slower.
    """
    return f'<img src="{bar_url(percent, rtl)}"/>'


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


def _rollup(r: ReportRow, lang: str) -> str:
    """Under a fanned-out directive's title: how many of its communes are done."""
    if r.rollup_total is None:
        return ""
    figure = messages.text("rollup.figure", lang, done=r.rollup_done or 0, total=r.rollup_total)
    return f"<br/><i>{_e(figure)}</i>"


def _items_table(sec: Section, part: Part, today: date, lang: str, rtl: bool) -> str:
    cols: list[tuple[str, str]] = [("no", "4%"), ("item", "30%")]
    if part.show_owner:
        cols.append(("owner", "15%"))
    cols += [("due", "13%"), ("status", "13%"), ("progress", "8%")]
    cols.append(("note", "17%" if part.show_owner else "32%"))
    head = _row([_th(label(k, lang), w) for k, w in cols], rtl)
    body = []
    for i, r in enumerate(sec.rows, start=1):
        bg = OVERDUE_BG if r.overdue else ""
        values = {
            "no": str(i),
            "item": _e(r.title) + _rollup(r, lang),
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


def render(report: Report) -> str:
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
