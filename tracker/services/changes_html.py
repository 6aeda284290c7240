"""The HTML of "what changed since a meeting" and of the follow-up minutes, for
``QTextDocument`` (no Qt here): the agenda's page shape, letterhead and column order."""

from __future__ import annotations

from tracker.domain.months import long_date
from tracker.services.agenda_html import figures_table, page
from tracker.services.changes import Changes, ChangeSection, Minutes
from tracker.services.meeting_docs import text
from tracker.services.report_html import _e, _letterhead, _row, _td, _th
from tracker.services.reports import label


def _table(
    heads: list[tuple[str, str]], rows: list[list[str]], rtl: bool, cls: dict[int, str]
) -> str:
    head = _row([_th(h, w) for h, w in heads], rtl)
    body = "".join(_row([_td(v, cls=cls.get(i, "")) for i, v in enumerate(r)], rtl) for r in rows)
    return (
        '<table class="items" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{head}</thead><tbody>{body}</tbody></table>"
    )


def _item(title: str, where: str) -> str:
    return f"{_e(title)}<br/><small>{_e(where)}</small>"


def _section(sec: ChangeSection, lang: str, rtl: bool) -> str:
    out = f"<h3>{_e(sec.title)} ({len(sec.rows)})</h3>"
    if not sec.rows:
        return out + f"<p>{_e(label('none', lang))}</p>"
    heads = [
        (label("no", lang), "4%"),
        (label("item", lang), "38%"),
        (label("owner", lang), "18%"),
        (text("change", lang), "20%"),
        (text("reported", lang), "20%"),
    ]
    rows = [
        [
            str(n),
            _item(r.title, r.where),
            _e(r.owner_name),
            _e(r.change),
            "<br/>".join(_e(x) for x in (r.reported_by, long_date(r.when, lang)) if x),
        ]
        for n, r in enumerate(sec.rows, start=1)
    ]
    return out + _table(heads, rows, rtl, {0: "num"})


def render_changes(doc: Changes) -> str:
    lang, rtl = doc.lang, doc.rtl
    period = text(
        "changes_period",
        lang,
        title=doc.meeting_title,
        start=long_date(doc.start, lang),
        end=long_date(doc.end, lang),
    )
    out = [
        _letterhead(doc),  # type: ignore[arg-type]  (the page decoration of a Report)
        f'<h1 align="center">{_e(doc.title)}</h1>',
        f'<p class="subtitle" align="center">{_e(period)}</p>',
        f"<h2>{_e(label('summary', lang))}</h2>",
        figures_table([(s.title, len(s.rows)) for s in doc.sections], rtl),
    ]
    out += [_section(s, lang, rtl) for s in doc.sections]
    return page(doc.title, "".join(out), rtl)


def render_minutes(doc: Minutes) -> str:
    lang, rtl = doc.lang, doc.rtl
    out = [
        _letterhead(doc),  # type: ignore[arg-type]
        f'<h1 align="center">{_e(doc.title)}</h1>',
        '<p class="subtitle" align="center">'
        f"{_e(text('minutes_of', lang, title=doc.meeting_title, date=long_date(doc.held_on, lang)))}"
        "</p>",
        f"<p>{_e(text('minutes_count', lang, n=len(doc.rows)))}</p>",
    ]
    if not doc.rows:
        out.append(f"<p>{_e(text('nothing_reviewed', lang))}</p>")
    else:
        heads = [
            (label("no", lang), "4%"),
            (label("item", lang), "29%"),
            (label("owner", lang), "15%"),
            (text("decision", lang), "12%"),
            (label("progress", lang), "7%"),
            (text("new_due", lang), "12%"),
            (text("note", lang), "21%"),
        ]
        rows = [
            [
                str(n),
                _item(r.title, r.where),
                _e(r.owner_name),
                _e(r.status.label(lang)),
                f"{r.progress}%",
                _e(long_date(r.new_due, lang)),
                _e(r.note),
            ]
            for n, r in enumerate(doc.rows, start=1)
        ]
        out.append(_table(heads, rows, rtl, {0: "num", 4: "num", 5: "date"}))
    if doc.discuss:
        out.append(f"<h3>{_e(text('for_discussion', lang))}</h3>")
        heads = [
            (label("no", lang), "4%"),
            (label("item", lang), "66%"),
            (label("owner", lang), "30%"),
        ]
        rows = [
            [str(n), _item(r.title, r.where), _e(r.owner_name)]
            for n, r in enumerate(doc.discuss, start=1)
        ]
        out.append(_table(heads, rows, rtl, {0: "num"}))
    return page(doc.title, "".join(out), rtl)
