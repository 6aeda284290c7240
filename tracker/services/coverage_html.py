"""The coverage grid as HTML for the report printer (``ui.coverage_print``): A4 landscape,
right to left (columns built in reverse: QTextDocument never mirrors them), numbered item
columns with their first words, the full titles in a legend under the grid."""

from __future__ import annotations

from tracker.domain import messages
from tracker.domain.months import long_date
from tracker.services.coverage import FILLS, NO_CHILD_FILL, Grid, short_title
from tracker.services.report_html import HEAD_BG, _e, _row, _td, stylesheet

GRID_CSS = """
table.grid { border-color: #7a7a7a; border-collapse: collapse; }
table.grid th { font-size: 7.5pt; vertical-align: bottom; }
table.grid td { font-size: 7.5pt; vertical-align: middle; }
table.dense td { font-size: 6.5pt; }
td.name, td.group { white-space: nowrap; }
td.group { font-size: 8.5pt; font-weight: bold; }
table.legend td { font-size: 8.5pt; vertical-align: top; }
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
    sep = " · " if wide else "<br/>"  # narrow columns: the percent under the status
    name_w, total_w = 15, 7
    col_w = f"{max(3.0, (100 - name_w - total_w) / max(1, n)):.1f}%"

    def th(text: str, width: str) -> str:
        return f'<th width="{width}" bgcolor="{HEAD_BG}">{text}</th>'

    head = [th(_e(_t("commune", lang)), f"{name_w}%")]
    for i, col in enumerate(grid.columns, start=1):
        # Many columns: their numbers only (the titles are in the legend under the grid).
        words = f"<br/>{_e(short_title(col.title))}" if wide else ""
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
            cells = [_td(_e(label), cls="group", bg="#f1f1f1")]
            cells += [_td("", bg="#f1f1f1") for _ in range(n + 1)]
            body.append(_row(cells, rtl))
        cells = [_td(_e(row.name(lang)), cls="name")]
        for cell in row.cells:
            if cell is None:
                cells.append(_td("—", align="center", bg=NO_CHILD_FILL))
                continue
            text = f"{_e(cell.status.label(lang))}{sep}{_percent(cell.progress)}"
            cells.append(_td(text, align="center", bg=FILLS[cell.status]))
        total = _done_of(row.done, row.total, lang, wide) if row.total else "—"
        cells.append(_td(f"<b>{_e(total)}</b>", align="center"))
        body.append(_row(cells, rtl))
    foot = [_td(f"<b>{_e(_t('total', lang))}</b>")]
    for col in grid.columns:
        done = _done_of(col.done, col.total, lang, wide)
        foot.append(_td(f"<b>{_e(done)}</b>{sep}{_percent(col.mean_progress)}", align="center"))
    foot.append(_td(""))
    body.append(_row(foot, rtl))
    table = (
        f'<table class="grid{"" if wide else " dense"}" width="100%" border="1"'
        ' cellspacing="0" cellpadding="2">'
        f"<thead>{_row(head, rtl)}</thead><tbody>{''.join(body)}</tbody></table>"
    )
    legend_rows = "".join(
        _row(
            [
                _td(f"<b>{i}</b>", width="4%", align="center"),
                _td(_e(_legend_title(col.title, col.resolution_ordinal, lang)), width="96%"),
            ],
            rtl,
        )
        for i, col in enumerate(grid.columns, start=1)
    )
    legend = (
        f"<h3>{_e(_t('legend', lang))}</h3>"
        f'<table class="legend" width="100%" cellspacing="0" cellpadding="2">{legend_rows}</table>'
    )
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
