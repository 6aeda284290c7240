"""Dates and deadline phrases, one by one (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.communique.dates import find_dates, find_hijri, pick_meeting_date
from tracker.domain.communique.deadlines import find_deadline
from tracker.domain.communique.fold import fold

BASE = date(2026, 1, 17)  # a Saturday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("17 يناير 2026", date(2026, 1, 17)),
        ("يوم السبت 17 يناير 2026", date(2026, 1, 17)),
        ("فاتح أبريل 2026", date(2026, 4, 1)),
        ("الفاتح من ماي 2026", date(2026, 5, 1)),
        ("12/03/2026", date(2026, 3, 12)),
        ("12-03-2026", date(2026, 3, 12)),
        ("١٢/٠٣/٢٠٢٦", date(2026, 3, 12)),
        ("يوم الأحد ١٥ شتنبر ٢٠٢٥", date(2025, 9, 15)),
        ("5 يوليوز 2026", date(2026, 7, 5)),
        ("5 يوليو 2026", date(2026, 7, 5)),
        ("10 غشت 2025", date(2025, 8, 10)),
        ("10 أغسطس 2025", date(2025, 8, 10)),
        ("3 نونبر 2025", date(2025, 11, 3)),
        ("3 نوفمبر 2025", date(2025, 11, 3)),
        ("20 دجنبر 2025", date(2025, 12, 20)),
        ("20 ديسمبر 2025", date(2025, 12, 20)),
        ("12 كانون الثاني 2026", date(2026, 1, 12)),
        ("12 آذار 2026", date(2026, 3, 12)),
        ("9 تشرين الأول 2025", date(2025, 10, 9)),
        ("12 مارس (آذار) 2026", date(2026, 3, 12)),
        ("le samedi 1er août 2026", date(2026, 8, 1)),
        ("14 février 2026", date(2026, 2, 14)),
        ("14 fevrier 2026", date(2026, 2, 14)),
        ("2026-03-12", date(2026, 3, 12)),
        ("17 يناير 2026م", date(2026, 1, 17)),
    ],
)
def test_a_date_is_read(text: str, expected: date) -> None:
    f = fold(text)[0]
    hits = find_dates(f)
    assert len(hits) == 1
    assert hits[0].resolve() == expected


@pytest.mark.parametrize(
    "text",
    [
        "كأس إفريقيا 2025",
        "استحقاقات 2026",
        "لسنة 2026",
        "ممارسة 12 مرة",
        "الدورة 31/2026",
        "28 رجب 1447",
    ],
)
def test_not_a_gregorian_date(text: str) -> None:
    assert find_dates(fold(text)[0]) == []


@pytest.mark.parametrize(
    "text", ["28 رجب 1447 هـ", "فاتح رمضان 1447", "الموافق لـ 12 شعبان 1447هـ", "15/07/1447"]
)
def test_a_hijri_date_is_recognised(text: str) -> None:
    assert find_hijri(fold(text)[0])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("عقد المكتب اجتماعه يوم الخميس 5 فبراير 2026 بالرباط.", date(2026, 2, 5)),
        ("الرباط في 6 فبراير 2026\nبلاغ\nاجتمع المكتب يوم 5 فبراير 2026.", date(2026, 2, 5)),
        ("Rabat, le 6 février 2026\nLe bureau s'est réuni le 5 février 2026.", date(2026, 2, 5)),
        (
            "انعقد الاجتماع يوم 12 مارس 2026، وتتبع تنفيذ مقررات الاجتماع السابق المنعقد يوم 5 فبراير 2026.",
            date(2026, 3, 12),
        ),
        (
            "تتبع مقررات اجتماع 5 فبراير 2026 السابق. وعقد المكتب اجتماعه يوم 12 مارس 2026.",
            date(2026, 3, 12),
        ),
        ("وقرر عقد اجتماعه المقبل يوم 20 مارس 2026.", None),
        ("حرر بالرباط في 6 فبراير 2026", None),
        ("عقدت الأمانة اجتماعها يوم 28 رجب 1447 هـ الموافق 17 يناير 2026.", date(2026, 1, 17)),
    ],
)
def test_the_meeting_date_is_the_meetings(text: str, expected: date | None) -> None:
    f = fold(text)[0]
    got = pick_meeting_date(f, find_dates(f))
    assert (got[1] if got else None) == expected


@pytest.mark.parametrize(
    "text, due, phrase",
    [
        ("تعميمها على جميع الجماعات خلال ثلاثة أشهر", date(2026, 4, 17), "خلال ثلاثه اشهر"),
        ("خلال شهرين", date(2026, 3, 17), "خلال شهرين"),
        ("خلال أسبوعين", date(2026, 1, 31), "خلال اسبوعين"),
        ("خلال 10 أيام", date(2026, 1, 27), "خلال 10 ايام"),
        ("خلال عشرة أيام", date(2026, 1, 27), "خلال عشره ايام"),
        ("خلال شهر", date(2026, 2, 17), "خلال شهر"),
        ("خلال شهر واحد", date(2026, 2, 17), "خلال شهر واحد"),
        ("في غضون ستة أشهر", date(2026, 7, 17), "في غضون سته اشهر"),
        ("في أجل أقصاه 15 يوما", date(2026, 2, 1), "في اجل اقصاه 15 يوما"),
        ("خلال خمسة عشر يوما", date(2026, 2, 1), "خلال خمسه عشر يوما"),
        ("في أجل أقصاه 30 يونيو", date(2026, 6, 30), "في اجل اقصاه 30 يونيو"),
        ("في موعد أقصاه 20 فبراير 2026", date(2026, 2, 20), "في موعد اقصاه 20 فبراير 2026"),
        ("قبل متم شهر مارس", date(2026, 3, 31), "قبل متم شهر مارس"),
        ("قبل متم شهر مارس المقبل", date(2026, 3, 31), "قبل متم شهر مارس المقبل"),
        ("قبل نهاية شهر يناير", date(2026, 1, 31), "قبل نهايه شهر يناير"),
        ("قبل نهاية السنة الجارية", date(2026, 12, 31), "قبل نهايه السنه الجاريه"),
        ("قبل متم سنة 2026", date(2026, 12, 31), "قبل متم سنه 2026"),
        ("قبل نهاية الشهر الجاري", date(2026, 1, 31), "قبل نهايه الشهر الجاري"),
        ("نهاية الأسبوع المقبل", date(2026, 1, 25), "نهايه الاسبوع المقبل"),
        ("الأسبوع الأول من شهر يونيو", date(2026, 6, 7), "الاسبوع الاول من شهر يونيو"),
        ("منتصف شهر يوليوز", date(2026, 7, 15), "منتصف شهر يوليوز"),
        ("خلال شهر مارس المقبل", date(2026, 3, 31), "خلال شهر مارس المقبل"),
        ("قبل 30 أبريل 2026", date(2026, 4, 30), "قبل 30 ابريل 2026"),
        ("قبل 30/04/2026", date(2026, 4, 30), "قبل 30/04/2026"),
        ("dans un délai de trois mois", date(2026, 4, 17), "dans un delai de trois mois"),
        ("dans un délai de 15 jours", date(2026, 2, 1), "dans un delai de 15 jours"),
        ("dans un délai d'un mois", date(2026, 2, 17), "dans un delai d'un mois"),
        ("avant la fin du mois d'avril", date(2026, 4, 30), "avant la fin du mois d'avril"),
        ("au plus tard le 31 mars 2026", date(2026, 3, 31), "au plus tard le 31 mars 2026"),
        ("d'ici la fin de l'année", date(2026, 12, 31), "d'ici la fin de l'annee"),
        ("avant le 30 juin", date(2026, 6, 30), "avant le 30 juin"),
        ("sous quinzaine", date(2026, 2, 1), "sous quinzaine"),
        ("à la mi-mars", date(2026, 3, 15), "mi-mars"),
    ],
)
def test_a_deadline_is_computed(text: str, due: date, phrase: str) -> None:
    f = fold(text)[0]
    found, start = find_deadline(f, 0, BASE)
    assert found is not None and start is None
    assert found.due_on == due
    assert phrase in f[found.start : found.end]
    assert found.rule and found.rule.startswith("draft.rule.")


def test_a_month_already_past_is_next_years() -> None:
    f = fold("قبل متم شهر يناير")[0]
    found, _ = find_deadline(f, 0, date(2026, 3, 10))
    assert found is not None and found.due_on == date(2027, 1, 31)


@pytest.mark.parametrize(
    "text",
    [
        "في أقرب الآجال",
        "في الآجال المحددة",
        "في الأجل المحدد من طرف الوزارة",
        "قبل المؤتمر الوطني",
        "قبل انعقاد الدورة المقبلة",
        "في أفق 2030",
        "dans les meilleurs délais",
        "avant la tenue du congrès",
        "خلال شهر رمضان المقبل",
    ],
)
def test_a_vague_deadline_keeps_its_phrase_and_no_date(text: str) -> None:
    f = fold(text)[0]
    found, _ = find_deadline(f, 0, BASE)
    assert found is not None and found.due_on is None and found.end > found.start


@pytest.mark.parametrize(
    "text",
    [
        "الاستعداد لاستحقاقات 2026",
        "الانطلاق المبكر في الاستعداد للاستحقاقات التشريعية لسنة 2026",
        "خلال سنة 2026",
        "كأس إفريقيا 2025",
        "تنظيم لقاءات تواصلية مع المواطنين",
        "خلال الأشهر الثلاثة الأخيرة",
        "خلال شهر يناير الماضي",
    ],
)
def test_no_deadline_is_invented(text: str) -> None:
    f = fold(text)[0]
    found, start = find_deadline(f, 0, BASE)
    assert start is None
    assert found is None or found.due_on is None


@pytest.mark.parametrize(
    "text, starts",
    [
        ("ابتداء من فاتح مارس 2026", date(2026, 3, 1)),
        ("انطلاقا من 15 فبراير", date(2026, 2, 15)),
        ("à partir du 1er février 2026", date(2026, 2, 1)),
        ("dès le 3 mars", date(2026, 3, 3)),
    ],
)
def test_a_start_is_not_a_deadline(text: str, starts: date) -> None:
    f = fold(text)[0]
    found, start = find_deadline(f, 0, BASE)
    assert found is None
    assert start is not None and start.starts_on == starts


def test_start_and_deadline_together() -> None:
    f = fold("ابتداء من فاتح فبراير 2026 وإلى غاية 30 أبريل 2026")[0]
    found, start = find_deadline(f, 0, BASE)
    assert start is not None and start.starts_on == date(2026, 2, 1)
    assert found is not None and found.due_on == date(2026, 4, 30)


def test_relative_deadline_without_meeting_date_keeps_the_phrase() -> None:
    f = fold("خلال ثلاثة أشهر")[0]
    found, _ = find_deadline(f, 0, None)
    assert found is not None and found.due_on is None


@pytest.mark.parametrize(
    "text, due",
    [
        ("خلال 48 ساعة", date(2026, 1, 19)),
        ("في موعد لا يتجاوز 20 فبراير 2026", date(2026, 2, 20)),
        ("le 15 avril au plus tard", date(2026, 4, 15)),
        ("يوم 20 مارس المقبل", date(2026, 3, 20)),
        ("خلال ثلاثة أشهر من تاريخه", date(2026, 4, 17)),
        ("في أواخر شهر مارس", date(2026, 3, 31)),
        ("d'ici fin avril", date(2026, 4, 30)),
    ],
)
def test_more_deadline_shapes(text: str, due: date) -> None:
    found, _ = find_deadline(fold(text)[0], 0, BASE)
    assert found is not None and found.due_on == due


@pytest.mark.parametrize(
    "text",
    [
        "في أجل لا يتعدى 48 ساعة من تاريخ التوصل بهذا البلاغ",
        "خلال الأسابيع القليلة المقبلة",
        "في بداية شهر أبريل",
        "début avril",
        "في شهر مارس الماضي",
    ],
)
def test_more_phrases_without_a_date(text: str) -> None:
    found, _ = find_deadline(fold(text)[0], 0, BASE)
    assert found is None or found.due_on is None


def test_two_days_give_the_first() -> None:
    hits = find_dates(fold("يومي 24 و25 أبريل 2026")[0])
    assert [h.resolve() for h in hits] == [date(2026, 4, 24)]


def test_a_date_before_the_meeting_is_no_deadline() -> None:
    f = fold("تنفيذ توصيات المؤتمر المنعقد في 12 مارس 2025")[0]
    found, _ = find_deadline(f, 0, BASE)
    assert found is None


@pytest.mark.parametrize(
    "text, due",
    [
        ("يوم السبت المقبل", date(2026, 1, 24)),
        ("الأربعاء القادم", date(2026, 1, 21)),
        ("samedi prochain", date(2026, 1, 24)),
        ("le lundi prochain", date(2026, 1, 19)),
    ],
)
def test_next_weekday(text: str, due: date) -> None:
    found, _ = find_deadline(fold(text)[0], 0, BASE)
    assert found is not None and found.due_on == due and found.rule == "draft.rule.next_weekday"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "الرباط في 3 يناير 2027\nعقد المكتب اجتماعه يوم السبت 27 دجنبر الماضي.",
            date(2026, 12, 27),
        ),
        (
            "عقد المكتب اجتماعه يوم 17 يناير الجاري.\nوقرر عقد المؤتمر يوم 20 مارس 2026.",
            date(2026, 1, 17),
        ),
        (
            "الرباط في 20 يناير 2026\nعقد المكتب اجتماعه يوم الإثنين 19 يناير الجاري.",
            date(2026, 1, 19),
        ),
        (
            "وكان المكتب قد عقد يوم 24 فبراير 2026 اجتماعا تحضيريا. وعقد المكتب اجتماعه العادي يوم 3 مارس 2026.",
            date(2026, 3, 3),
        ),
        (
            "بلاغ اجتماع المكتب السياسي ليوم الأربعاء 4 مارس 2026\nاجتمع المكتب السياسي برئاسة الأمين العام.",
            date(2026, 3, 4),
        ),
        ("يومه السبت08 مارس 2014 عقدت الفروع لقاء تواصليا", date(2014, 3, 8)),
        ("عقدت الأمانة اجتماعها يوم الأربعاء الواقع في 30\\3\\2022م", date(2022, 3, 30)),
    ],
)
def test_meeting_dates_in_the_wild(text: str, expected: date) -> None:
    from tracker.domain.communique import read_communique

    assert read_communique(text).meeting.held_on == expected


@pytest.mark.parametrize(
    "text, due",
    [
        ("خلال النصف الثاني من شهر يوليوز 2026", date(2026, 7, 31)),
        ("خلال النصف الأول من شهر مارس", date(2026, 3, 15)),
        ("dans la première quinzaine de mars", date(2026, 3, 15)),
        ("خلال هذا الأسبوع", date(2026, 1, 18)),
    ],
)
def test_halves_and_this_week(text: str, due: date) -> None:
    found, _ = find_deadline(fold(text)[0], 0, BASE)
    assert found is not None and found.due_on == due
