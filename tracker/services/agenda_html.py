"""The HTML of the follow-up agenda, for ``QTextDocument`` (no Qt here).

The same letterhead, fonts, stylesheet and right-to-left column order as the other reports
(``services.report_html``): cells emitted in reverse order for Arabic, a ``<thead>`` on
every table (repeated on each page by ``ui.pagination``, which never splits a row). The
summary is the first page; the items start on the second, with an empty column where the
decision is written by hand at the meeting.
"""

from __future__ import annotations

from tracker.domain.months import long_date
from tracker.services.agenda import Agenda, AgendaGroup, AgendaItem
from tracker.services.meeting_docs import late_text, text
from tracker.services.report_html import (
    OVERDUE_BG,
    _e,
    _letterhead,
    _row,
    _td,
    _th,
    stylesheet,
)
from tracker.services.reports import label


def page(doc_title: str, body: str, rtl: bool) -> str:
    """A whole document around ``body`` (the shape of ``report_html.render``)."""
    direction = "rtl" if rtl else "ltr"
    align = "right" if rtl else "left"
    return (
        f'<html dir="{direction}"><head><meta charset="utf-8"/>'
        f"<title>{_e(doc_title)}</title><style>{stylesheet()}"
        f"p, h2, h3, td, th {{ text-align: {align}; }}"
        "td.decision { height: 40px; }</style></head>"
        f'<body dir="{direction}">{body}</body></html>'
    )


def figures_table(pairs: list[tuple[str, int]], rtl: bool, late_at: int = -1) -> str:
    head = _row([_th(k) for k, _ in pairs], rtl)
    body = _row(
        [
            _td(f"<b>{v}</b>", align="center", bg=OVERDUE_BG if i == late_at and v else "")
            for i, (_, v) in enumerate(pairs)
        ],
        rtl,
    )
    return (
        '<table class="summary" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{head}</thead>{body}</table>"
    )


def _summary(doc: Agenda) -> str:
    lang, rtl, s = doc.lang, doc.rtl, doc.summary
    done_head = (
        text("done_since", lang, date=long_date(s.last_meeting_on, lang))
        if s.last_meeting_on is not None
        else text("done_since_none", lang)
    )
    out = [
        f"<h2>{_e(label('summary', lang))}</h2>",
        figures_table(
            [
                (text("open", lang), s.open),
                (text("overdue", lang), s.overdue),
                (done_head, s.done_since),
            ],
            rtl,
            late_at=1,
        ),
    ]
    if s.by_owner:
        head = _row(
            [
                _th(label("owner", lang), "60%"),
                _th(text("open", lang), "20%"),
                _th(label("overdue", lang), "20%"),
            ],
            rtl,
        )
        rows = "".join(
            _row(
                [
                    _td(_e(o.name)),
                    _td(str(o.open), align="center", cls="num"),
                    _td(str(o.overdue), align="center", bg=OVERDUE_BG if o.overdue else ""),
                ],
                rtl,
            )
            for o in s.by_owner
        )
        out.append(f"<h3>{_e(text('by_owner', lang))}</h3>")
        out.append(
            '<table class="items" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<thead>{head}</thead><tbody>{rows}</tbody></table>"
        )
    return "".join(out)


def status_cell(item: AgendaItem, lang: str) -> str:
    out = _e(item.status.label(lang))
    if item.overdue:
        out += f"<br/><b>{_e(late_text(item.days_late, lang))}</b>"
    return out


def _item_cell(item: AgendaItem, lang: str) -> str:
    out = _e(item.title)
    if item.rollup is not None:
        r = item.rollup
        out += f"<br/><b>{_e(text('rollup', lang, done=r.done, total=r.total))}</b>"
        if r.late:
            out += f"<br/>{_e(text('rollup_late', lang, names='، '.join(r.late) if lang == 'ar' else ', '.join(r.late)))}"
    return out


def _group_title(g: AgendaGroup, lang: str) -> str:
    if g.resolution_ordinal is None:
        return label("other", lang)
    return f"{label('resolution', lang)} {g.resolution_ordinal}: {g.resolution_text or ''}"


def _table(g: AgendaGroup, lang: str, rtl: bool, start: int) -> str:
    cols = [
        ("no", "4%"),
        ("item", "25%"),
        ("owner", "13%"),
        ("due", "10%"),
        ("status", "13%"),
        ("progress", "6%"),
        ("note", "13%"),
        ("decision", "16%"),
    ]
    heads = {k: text("decision", lang) if k == "decision" else label(k, lang) for k, _ in cols}
    head = _row([_th(heads[k], w) for k, w in cols], rtl)
    body = []
    for n, item in enumerate(g.items, start=start):
        bg = OVERDUE_BG if item.overdue else ""
        values = {
            "no": str(n),
            "item": _item_cell(item, lang),
            "owner": _e(item.owner_name),
            "due": _e(long_date(item.due_on, lang)),
            "status": status_cell(item, lang),
            "progress": f"{item.progress}%",
            "note": _e(item.latest_note),
            "decision": "&nbsp;",
        }
        cls = {"no": "num", "progress": "num", "due": "date", "decision": "decision"}
        body.append(
            _row(
                [
                    _td(values[k], bg="" if k == "decision" else bg, cls=cls.get(k, ""))
                    for k, _ in cols
                ],
                rtl,
            )
        )
    return (
        '<table class="items" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    )


def render(doc: Agenda) -> str:
    lang, rtl = doc.lang, doc.rtl
    out = [
        _letterhead(doc),  # type: ignore[arg-type]  (the same page decoration as a Report)
        f'<h1 align="center">{_e(doc.title)}</h1>',
    ]
    if doc.meeting_title:
        out.append(f'<p class="subtitle" align="center">{_e(doc.meeting_title)}</p>')
    out.append(
        f'<p class="subtitle" align="center">'
        f"{_e(text('agenda_for', lang, date=long_date(doc.today, lang)))}</p>"
    )
    out.append(_summary(doc))
    if not doc.groups:
        out.append(f"<p>{_e(text('nothing_open', lang))}</p>")
    meeting, n, first = None, 1, True
    for g in doc.groups:
        if g.meeting_id != meeting:
            brk = ' style="page-break-before: always"' if first else ""
            first = False
            when = f"{label('held_on', lang)} {long_date(g.meeting_held_on, lang)}"
            heading = f"{_e(label('meeting', lang))}: {_e(g.meeting_title)}<br/>{_e(when)}"
            out.append(f'<h2 class="meeting"{brk}>{heading}</h2>')
            meeting = g.meeting_id
        out.append(f"<h3>{_e(_group_title(g, lang))}</h3>")
        out.append(_table(g, lang, rtl, n))
        n += len(g.items)
    return page(doc.title, "".join(out), rtl)
