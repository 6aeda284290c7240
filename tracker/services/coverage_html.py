"""The coverage grid as HTML for the report printer (``ui.coverage_print``): A4 landscape,
right to left (columns built in reverse: QTextDocument never mirrors them), numbered item
columns with their first words, the full titles in a legend under the grid."""

from __future__ import annotations

from tracker.domain import messages
from tracker.domain.enums import Status
from tracker.domain.months import long_date
from tracker.services.coverage import FILLS, NO_CHILD_FILL, Grid, short_title
from tracker.services.report_html import HEAD_BG, _e, _row, _td, stylesheet

# The bundled Arabic font's natural line spacing is more than twice its size: the grid's
# cells (and the two-column legend) draw their lines at a fixed height instead, which the
# pagination and the painter allow for (``ui.pagination``, ``ui.printing.region``). Texts
# on a coloured cell sit in a transparent span: Qt would paint the cell colour behind the
# glyphs at the natural line height, over the border above.
GRID_CSS = """
table.grid { border-color: #7a7a7a; border-collapse: collapse; }
table.grid th { font-size: 7.5pt; vertical-align: bottom; }
table.grid td { font-size: 7.5pt; vertical-align: middle;
  line-height: 12.5px; -qt-line-height-type: fixed; }
table.dense td { font-size: 6.5pt; line-height: 10.5px; -qt-line-height-type: fixed; }
table.dense td.name { font-size: 7pt; }
td.name, td.group { white-space: nowrap; }
td.group { font-size: 8pt; font-weight: bold; }
table.statuses td { font-size: 8pt; }
table.legend td { font-size: 8.5pt; vertical-align: top; }
table.legend2 td { font-size: 8pt; vertical-align: top;
  line-height: 14px; -qt-line-height-type: fixed; }
p.meta { font-size: 9.5pt; margin-bottom: 4px; }
"""


def _t(code: str, lang: str, **kw: object) -> str:
    return messages.text(f"coverage.{code}", lang, **kw)


def title(grid: Grid, lang: str) -> str:
    return f"{_t('title', lang)} — {grid.province(lang)}"


def render(grid: Grid, lang: str = "ar") -> str:
    rtl = lang == "ar"
    direction, align = ("rtl", "right") if rtl else ("ltr", "left")
    n = len(grid.columns)
    wide = n <= 6
    # Narrow columns: a short label, the percent under it, the lines drawn close together
    # (the Arabic font's line spacing is twice its size); the status legend explains them.
    sep = " · " if wide else "<br/>"
    name_w, total_w = (15, 7) if wide else (16, 5)
    col_w = f"{max(3.0, (100 - name_w - total_w) / max(1, n)):.1f}%"

    def th(text: str, width: str) -> str:
        return f'<th width="{width}" bgcolor="{HEAD_BG}">{text}</th>'

    head = [th(_e(_t("commune", lang)), f"{name_w}%")]
    for i, col in enumerate(grid.columns, start=1):
        # Many columns: their numbers only (the titles are in the legend under the grid).
        words = f" {_e(short_title(col.title))}" if wide else ""
        head.append(th(f"<b>{i}</b>{words}", col_w))
    head.append(th(_e(_t("total", lang)), f"{total_w}%"))
    body: list[str] = []
    group: str | None = None
    for row in grid.rows:
        label = (
            _t("municipalities", lang) if row.urban else f"{_t('cercle', lang)}: {row.group(lang)}"
        )
        if label != group:
            group = label
            cells = [_td(_clear(_e(label)), cls="group", bg="#f1f1f1")]
            cells += [_td("", bg="#f1f1f1") for _ in range(n + 1)]
            body.append(_row(cells, rtl))
        cells = [_td(_e(row.name(lang)), cls="name")]
        for cell in row.cells:
            if cell is None:
                cells.append(_td("—", align="center", bg=NO_CHILD_FILL))
                continue
            text = f"{_e(_status(cell.status, lang, wide))}{sep}{_percent(cell.progress)}"
            cells.append(_td(_clear(text), align="center", bg=FILLS[cell.status], cls="cell"))
        total = _done_of(row.done, row.total, lang, wide) if row.total else "—"
        cells.append(_td(f"<b>{_e(total)}</b>", align="center"))
        body.append(_row(cells, rtl))
    foot = [_td(f"<b>{_e(_t('total', lang))}</b>")]
    for col in grid.columns:
        done = _done_of(col.done, col.total, lang, wide)
        text = f"<b>{_e(done)}</b>{sep}{_percent(col.mean_progress)}"
        foot.append(_td(text, align="center", cls="cell"))
    foot.append(_td(""))
    body.append(_row(foot, rtl))
    table = (
        f'<table class="grid{"" if wide else " dense"}" width="100%" border="1"'
        f' cellspacing="0" cellpadding="{2 if wide else 1}">'
        f"<thead>{_row(head, rtl)}</thead><tbody>{''.join(body)}</tbody></table>"
    )
    legend = _column_legend(grid, lang, rtl, pairs=1 if n == 1 else 2)
    if not wide:
        legend = _status_legend(lang, rtl) + legend
    when = long_date(grid.meeting_held_on, lang) if grid.meeting_held_on else ""
    meta = (
        f'<p class="meta"><b>{_e(_t("province", lang))}:</b> {_e(grid.province(lang))}'
        f" — <b>{_e(_t('meeting', lang))}:</b> {_e(grid.meeting_title)} ({_e(when)})"
        f" — <b>{_e(_t('date', lang))}:</b> {_e(long_date(grid.today, lang))}</p>"
    )
    return (
        f'<html dir="{direction}"><head><meta charset="utf-8"/>'
        f"<title>{_e(title(grid, lang))}</title><style>{stylesheet()}{GRID_CSS}"
        f"p, h2, h3, td, th {{ text-align: {align}; }}</style></head>"
        f'<body dir="{direction}"><h1 align="center">{_e(title(grid, lang))}</h1>{meta}'
        f"{table}{legend}</body></html>"
    )


def _column_legend(grid: Grid, lang: str, rtl: bool, pairs: int) -> str:
    """Each column's number and full title; with ``pairs`` 2, two columns of them side by
    side (1…k then k+1…n), the lines drawn close together."""
    entries = [
        (f"<b>{i}</b>", _e(_legend_title(col.title, col.resolution_ordinal, lang)))
        for i, col in enumerate(grid.columns, start=1)
    ]
    height = -(-len(entries) // pairs)
    num_w, text_w = (4, 96) if pairs == 1 else (3, 47)
    rows = []
    for r in range(height):
        cells = []
        for k in range(pairs):
            i = k * height + r
            number, text = entries[i] if i < len(entries) else ("", "")
            cells.append(_td(number, width=f"{num_w}%", align="center"))
            cells.append(_td(text, width=f"{text_w}%"))
        rows.append(_row(cells, rtl))
    cls = "legend" if pairs == 1 else "legend2"
    return (
        f"<h3>{_e(_t('legend', lang))}</h3>"
        f'<table class="{cls}" width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'
    )


def _clear(html: str) -> str:
    """``html`` without a background of its own (see ``GRID_CSS``)."""
    return f'<span style="background-color: transparent">{html}</span>'


def _status(status: Status, lang: str, wide: bool) -> str:
    return status.label(lang) if wide else _t(f"short_{status.value}", lang)


def _status_legend(lang: str, rtl: bool) -> str:
    """The short labels with their colours and full names, on one line."""
    cells = []
    for status in Status:
        short, full = _status(status, lang, False), status.label(lang)
        text = f"<b>{_e(short)}</b>" + (f" = {_e(full)}" if short != full else "")
        cells.append(_td(text, bg=FILLS[status]))
    return (
        f"<h3>{_e(_t('status_legend', lang))}</h3>"
        '<table class="statuses" border="1" cellspacing="0" cellpadding="3">'
        f"{_row(cells, rtl)}</table>"
    )


def _done_of(done: int, total: int, lang: str, wide: bool) -> str:
    """ "3 من 5" where there is room, else "3/5"."""
    return _t("done_of", lang, done=done, total=total) if wide else f"{done}/{total}"


def _percent(value: int) -> str:
    """``65%`` kept left to right in Arabic (an isolate, as the window writes it)."""
    return f"\u2066{int(value)}%\u2069"


def _legend_title(text: str, ordinal: int | None, lang: str) -> str:
    if ordinal is None:
        return text
    return f"{messages.text('report.resolution', lang)} {ordinal}: {text}"
