"""Report data and HTML (no Qt): what the secretary reads, in the right order."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import TODAY
from tracker.domain.enums import Status
from tracker.domain.errors import TrackerError
from tracker.services import report_html, reports


def _cells(row_html: str) -> list[str]:
    return [re.sub("<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row_html)]


def test_meeting_report_defaults_to_latest_meeting(demo_db) -> None:
    rep = demo_db.reports.meeting(TODAY)
    part = rep.parts[0]
    assert "الاجتماع التنظيمي والتواصلي" in part.subtitle and "17 يناير 2026" in part.subtitle
    assert part.summary.total == 18 and part.summary.overdue == 8
    assert part.summary.by_status[Status.DONE] == 3
    titles = [s.title for s in part.sections]
    assert titles[0].startswith("المقرر 1: جعل الهيكلة التنظيمية")
    assert titles[-1] == "محطات ومهام أخرى"  # items without a resolution come last
    first = part.sections[0].rows[0]
    assert first.latest_note == "تمت هيكلة نصف الجماعات تقريبا" and first.overdue
    assert [b[1] for b in part.bars][:2] == [47, 13]  # mean progress per resolution


def test_header_defaults_and_settings(demo_db) -> None:
    assert demo_db.reports.header().province == "إقليم تاونات"
    demo_db.settings.set_value("report.province", "إقليم صفرو")
    html = reports.build_html(demo_db.reports.meeting(TODAY))
    assert "<b>إقليم صفرو</b>" in html and "<b>إقليم تاونات</b>" not in html
    assert "صفرو في 29 نونبر 2026" in html
    assert "حزب الأصالة والمعاصرة" in html


def test_columns_are_reversed_for_arabic_not_for_french(demo_db) -> None:
    ar = reports.build_html(demo_db.reports.meeting(TODAY))
    head = re.search(r'<table class="items".*?<thead>(.*?)</thead>', ar).group(1)
    assert _cells(head) == ["آخر ملاحظة", "الإنجاز", "الحالة", "الأجل", "المسؤول", "المهمة", "ر.ت"]
    fr = reports.build_html(demo_db.reports.meeting(TODAY, lang="fr"))
    head = re.search(r'<table class="items".*?<thead>(.*?)</thead>', fr).group(1)
    assert _cells(head)[:2] == ["N°", "Action"]
    assert "<thead>" in ar  # header rows repeat on every page


def test_overdue_rows_highlighted_with_days_late(demo_db) -> None:
    html = reports.build_html(demo_db.reports.meeting(TODAY))
    row = re.search(r"<tr>(?:(?!</tr>).)*هيكلة الأمانة المحلية بتيسة.*?</tr>", html).group(0)
    assert report_html.OVERDUE_BG in row and "متأخر 226 يوماً" in row
    done = re.search(r"<tr>(?:(?!</tr>).)*هيكلة الأمانة المحلية بتاونات.*?</tr>", html).group(0)
    assert report_html.OVERDUE_BG not in done
    assert "17 أبريل 2026" in html and "15 دجنبر 2026" in html  # Moroccan month names


def test_owner_and_all_owners(demo_db) -> None:
    owners = demo_db.reports.all_owners(TODAY)
    names = [p.subtitle for p in owners.parts]
    # every owner who owes something, one part each; the regional secretary owes nothing
    assert len(names) == 9 and all(n.startswith("المسؤول: ") for n in names)
    assert "المسؤول: الدكتور محمد الحجيرة" not in names
    html = reports.build_html(owners)
    assert html.count("page-break-before: always") == len(names) - 1
    one = demo_db.reports.owner(TODAY, 5)  # the women's organisation
    rows = [r for s in one.parts[0].sections for r in s.rows]
    assert {r.owner_name for r in rows} == {"منظمة نساء الحزب بإقليم تاونات"}
    assert len(rows) == 3 and not one.parts[0].show_owner


def test_due_report_lists_late_then_upcoming(demo_db) -> None:
    rep = demo_db.reports.due(TODAY, days=30)
    late, upcoming = rep.parts[0].sections
    assert len(late.rows) == 8 and all(r.overdue for r in late.rows)
    assert [r.due_on for r in upcoming.rows] == sorted(r.due_on for r in upcoming.rows)
    assert upcoming.rows[0].due_on == date(2026, 12, 2)
    assert all(r.due_on <= date(2026, 12, 29) for r in upcoming.rows)
    assert all(r.status not in (Status.DONE, Status.CANCELLED) for r in late.rows + upcoming.rows)


def test_no_meeting_is_a_clear_error(db) -> None:
    with pytest.raises(TrackerError) as err:
        db.reports.meeting(TODAY)
    assert "لا يوجد أي اجتماع" in err.value.message("ar")
    assert reports.page_label(1, 3) == "صفحة 1 من 3"


def test_the_done_count_says_cancelled_items_are_left_out(demo_db) -> None:
    from tracker.services.reports import build_html

    html = build_html(demo_db.reports.meeting(TODAY))
    assert "3 منجزة من 17 (دون الملغاة)" in html  # 18 items, one cancelled
    fr = build_html(demo_db.reports.meeting(TODAY, lang="fr"))
    assert "3 réalisées sur 17 (hors annulées)" in fr
