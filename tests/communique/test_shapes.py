"""Shapes of real communiqués: wrapped lines, relative days, speech, headlines (issue 14)."""

from __future__ import annotations

from datetime import date

from tracker.domain.communique import read_communique


def _todo(text: str) -> list[tuple[str, date | None]]:
    return [(r.text, r.due_on) for r in read_communique(text).resolutions if r.actionable]


def test_text_wrapped_by_hand_or_by_a_pdf() -> None:
    text = (
        "بلاغ\n"
        "عقدت الأمانة الإقليمية اجتماعها يوم الأحد 8 فبراير 2026 بمقر الحزب، وبعد نقاش مستفيض قرر\n"
        "المجتمعون ما يلي:\n"
        "- تنظيم لقاء تواصلي مع المنخرطين بجماعة تيسة خلال\n"
        "شهر مارس المقبل؛\n"
        "- إعداد تقرير حول وضعية الفروع.\n"
    )
    assert _todo(text) == [
        ("تنظيم لقاء تواصلي مع المنخرطين بجماعة تيسة خلال شهر مارس المقبل", date(2026, 3, 31)),
        ("إعداد تقرير حول وضعية الفروع", None),
    ]


def test_yesterday_counts_from_the_publication_line() -> None:
    text = (
        "الرباط في 11 فبراير 2026\nبلاغ\n"
        "عقد المكتب السياسي اجتماعه الأسبوعي، أمس الثلاثاء، برئاسة الأمين العام.\n"
        "وقرر المكتب تنظيم ندوة وطنية خلال شهر.\n"
    )
    d = read_communique(text)
    assert d.meeting.held_on == date(2026, 2, 10)
    assert _todo(text) == [("تنظيم ندوة وطنية خلال شهر", date(2026, 3, 10))]
    # a weekday that disagrees: no date rather than a wrong one
    assert read_communique(text.replace("الثلاثاء", "الأحد")).meeting.held_on is None


def test_the_publication_date_alone_is_not_the_meeting_date() -> None:
    d = read_communique("Rabat, le 12 mars 2026\n\nLe bureau a décidé d'organiser un séminaire.")
    assert d.meeting.held_on is None
    assert [r.text for r in d.resolutions] == ["organiser un séminaire"]


def test_reported_speech_and_discussion_are_not_decisions() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 5 مارس 2026.\n"
        "وأكد الكاتب الإقليمي على ضرورة تنظيم حملة للانخراط خلال شهرين.\n"
        "وشدد على أهمية التواصل.\n"
        "وأكد المشاركون على تسريع الهيكلة.\n"
        "وأكد أن المكتب قرر سابقا تنظيم ندوة.\n"
    )
    d = read_communique(text)
    assert [r for r in d.resolutions if r.actionable] == []


def test_the_body_stressing_an_action_is_a_decision_when_nothing_else_decides() -> None:
    text = "عقد المكتب اجتماعه يوم 5 مارس 2026.\nوأكد المكتب على ضرورة تحيين لوائح المنخرطين قبل متم شهر أبريل."
    assert _todo(text) == [("ضرورة تحيين لوائح المنخرطين قبل متم شهر أبريل", date(2026, 4, 30))]


def test_a_headline_repeating_a_decision_is_not_drafted_twice() -> None:
    text = (
        "المكتب السياسي يقرر عقد المجلس الوطني\n\n"
        "عقد المكتب السياسي اجتماعه يوم الاثنين 19 يناير 2026 بالرباط.\n"
        "وقرر المكتب السياسي عقد الدورة العادية للمجلس الوطني يوم السبت 14 فبراير 2026.\n"
    )
    assert _todo(text) == [
        ("عقد الدورة العادية للمجلس الوطني يوم السبت 14 فبراير 2026", date(2026, 2, 14))
    ]


def test_an_agenda_is_not_a_list_of_decisions() -> None:
    text = (
        "عقد المجلس الجماعي دورته يوم 5 ماي 2026 بقاعة الاجتماعات.\n"
        "وتضمن جدول أعمال الدورة النقط التالية:\n"
        "1- الدراسة والتصويت على الميزانية\n"
        "2- الدراسة والتصويت على اتفاقية الشراكة\n"
        "وتميزت الدورة بنقاش مستفيض بين الأغلبية والمعارضة.\n"
    )
    assert _todo(text) == []


def test_an_agenda_approved_as_a_whole_gives_its_points() -> None:
    # real council reports list the agenda, then "صودق على جميع النقط": the points approved
    # are the council's decisions, as in point-by-point minutes
    text = (
        "عقد المجلس الجماعي دورته يوم 5 ماي 2026 بقاعة الاجتماعات.\n"
        "وتضمن جدول أعمال الدورة النقط التالية:\n"
        "1- الدراسة والتصويت على الميزانية\n"
        "2- الدراسة والتصويت على اتفاقية الشراكة\n"
        "وقد صادق المجلس بالإجماع على جميع النقط المدرجة في جدول الأعمال.\n"
    )
    assert _todo(text) == [
        ("الدراسة والتصويت على الميزانية", None),
        ("الدراسة والتصويت على اتفاقية الشراكة", None),
    ]


def test_chair_titles_and_functions() -> None:
    m = read_communique(
        "انعقد الاجتماع يوم 3 مارس 2026 برئاسة السيد رئيس المجلس الجماعي، بحضور الأعضاء."
    ).meeting
    assert m.chaired_by == "رئيس المجلس الجماعي"
    m = read_communique(
        "La réunion s'est tenue le 3 mars 2026 sous la présidence de Mme Nadia Amrani, présidente."
    ).meeting
    assert m.chaired_by == "Nadia Amrani"
    m = read_communique(
        "وترأس الاجتماع الأستاذة فاطمة الزهراء العلوي والحاج أحمد بناني يوم 2 ماي 2026."
    ).meeting
    assert m.chaired_by == "فاطمة الزهراء العلوي، أحمد بناني"


def test_owners_are_matched_with_the_apps_normalisation() -> None:
    text = "اجتمعت الأمانة يوم 3 مارس 2026.\nوقررت الأمانة تكليف الامانة المحلية بغفساي بعقد الجمع العام."
    d = read_communique(text, owners=["الأمانة المحلية بغفساي"])
    assert d.resolutions[0].owners == ("الأمانة المحلية بغفساي",)
    d = read_communique(text)
    assert d.resolutions[0].owners == ("الامانة المحلية بغفساي",)  # as written: a new owner


def test_communes_need_a_marker_or_two_words() -> None:
    text = (
        "اجتمعت الأمانة يوم 3 مارس 2026.\nوقررت الأمانة تنظيم لقاء بجماعة تيسة وبقرية با محمد "
        "وتعميم الهيكلة على جميع جماعات الإقليم وفتح مقر بتاونات."
    )
    d = read_communique(text, communes=["تيسة", "قرية با محمد", "تاونات", "Tissa"])
    assert d.resolutions[0].communes == ("تيسة", "قرية با محمد")
    fr = read_communique(
        "Le conseil a décidé d'équiper la commune de Tissa et Rabat.", communes=["Tissa", "Rabat"]
    )
    assert fr.resolutions[0].communes == ("Tissa",)


def test_a_list_under_a_deciding_verb_without_a_colon_and_numbered_decisions() -> None:
    text = (
        "عقد المكتب السياسي اجتماعه يوم 2 مارس 2026.\n"
        "وقرر المكتب السياسي في هذا الإطار\n"
        "- تنظيم ندوة وطنية حول الشباب قبل متم شهر أبريل؛\n"
        "- إحداث لجنة للتواصل.\n"
        "المقررات:\n"
        "المقرر رقم 1: تنظيم قافلة طبية.\n"
        "المقرر رقم 2: تأهيل المقر.\n"
    )
    assert _todo(text) == [
        ("تنظيم ندوة وطنية حول الشباب قبل متم شهر أبريل", date(2026, 4, 30)),
        ("إحداث لجنة للتواصل", None),
        ("تنظيم قافلة طبية", None),
        ("تأهيل المقر", None),
    ]


def test_the_place_is_the_meetings_not_a_decisions() -> None:
    text = (
        "انعقد الاجتماع يوم الخميس 5 مارس 2026 بطنجة، بحضور الأعضاء.\n"
        "وقرر المكتب عقد المؤتمر بالمقر المركزي للحزب بالرباط."
    )
    assert read_communique(text).meeting.location == "طنجة"
    text = "اجتمع المكتب يوم 5 مارس 2026.\nوقرر المكتب عقد المؤتمر بالمقر المركزي للحزب بالرباط."
    assert read_communique(text).meeting.location is None


def test_a_demand_on_the_government_is_no_decision() -> None:
    text = "عقد المكتب اجتماعه يوم 5 مارس 2026.\nويؤكد المكتب على ضرورة تدخل الحكومة لحماية القدرة الشرائية."
    assert _todo(text) == []


def test_council_highlights_after_a_long_lead() -> None:
    text = (
        "صادق المجلس الجماعي لمدينة تازة، خلال دورته العادية لشهر ماي المنعقدة يوم الثلاثاء 5 ماي 2026، "
        "على مجموعة من النقط، أبرزها اتفاقية الشراكة المتعلقة بتأهيل المدينة العتيقة، "
        "وبرمجة الفائض المالي لسنة 2025."
    )
    assert [t for t, _ in _todo(text)] == [
        "اتفاقية الشراكة المتعلقة بتأهيل المدينة العتيقة",
        "برمجة الفائض المالي لسنة 2025",
    ]


def test_topic_headings_and_a_signature_under_a_list_are_not_decisions() -> None:
    text = (
        "عقد المكتب السياسي اجتماعه يوم 2 مارس 2026، وقرر ما يلي:\n"
        "أولا: على المستوى التنظيمي:\n"
        "- عقد المجلس الوطني يوم 28 مارس 2026؛\n"
        "ثانيا: على المستوى الإعلامي\n"
        "- إطلاق الموقع الإلكتروني الجديد للحزب.\n"
        "الرباط في 3 مارس 2026\n"
    )
    assert _todo(text) == [
        ("عقد المجلس الوطني يوم 28 مارس 2026", date(2026, 3, 28)),
        ("إطلاق الموقع الإلكتروني الجديد للحزب", None),
    ]


def test_an_assignment_is_a_decision() -> None:
    text = "اجتمعت الأمانة يوم 3 مارس 2026.\nكما تم تكليف لجنة التنظيم بإعداد لوائح المنخرطين خلال شهر."
    d = read_communique(text)
    assert [(r.text, r.due_on, r.owners) for r in d.resolutions] == [
        ("تكليف لجنة التنظيم بإعداد لوائح المنخرطين خلال شهر", date(2026, 4, 3), ("لجنة التنظيم",))
    ]


def test_other_bodies_decisions_are_not_the_meetings() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 5 مارس 2026.\n"
        "وسجل المكتب أن الحكومة قررت الزيادة في الأسعار، وبعد أن قررت الوزارة إغلاق المدرسة.\n"
        "واتفق الأعضاء على أهمية العمل المشترك.\n"
        "Le bureau regrette que le gouvernement a décidé de geler les salaires.\n"
    )
    assert _todo(text) == []


def test_unnumbered_decisions_stop_at_the_next_paragraph_of_narrative() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 2 مارس 2026، وقرر ما يلي:\n"
        "تنظيم الجامعة الصيفية للشبيبة خلال شهر يوليوز.\n"
        "إحداث لجنة للتواصل الرقمي.\n"
        "من جانبه، أكد الكاتب الإقليمي أهمية التعبئة.\n"
        "وعلى المستوى التنظيمي، قرر المكتب تجديد الفروع المحلية قبل نهاية السنة الجارية.\n"
    )
    assert _todo(text) == [
        ("تنظيم الجامعة الصيفية للشبيبة خلال شهر يوليوز", date(2026, 7, 31)),
        ("إحداث لجنة للتواصل الرقمي", None),
        ("تجديد الفروع المحلية قبل نهاية السنة الجارية", date(2026, 12, 31)),
    ]


def test_a_first_line_that_heads_the_decisions_or_speaks_at_length_is_read() -> None:
    text = "مقررات المجلس الوطني\n1- عقد المؤتمر الوطني قبل متم شهر ماي 2026\n2- تشكيل اللجنة التحضيرية\n\n"
    assert [t for t, _ in _todo(text)] == [
        "عقد المؤتمر الوطني قبل متم شهر ماي 2026",
        "تشكيل اللجنة التحضيرية",
    ]
    body = (
        "قرر المكتب السياسي في اجتماعه المنعقد يوم 3 مارس 2026 بالرباط تنظيم ندوة وطنية حول التشغيل "
        "والتكوين المهني لفائدة الشباب خلال شهر أبريل المقبل\nعاش الحزب\n\n\n"
    )
    assert _todo(body) and _todo(body)[0][1] == date(2026, 4, 30)


def test_recommendations_after_their_ba() -> None:
    text = (
        "عقدت الجمعية جمعها العام يوم 3 مارس 2026.\n"
        "وأوصى المشاركون في ختام الجمع العام بإحداث خلية للتواصل، وتنظيم دوري رياضي خلال شهر أبريل.\n"
    )
    assert _todo(text) == [
        ("إحداث خلية للتواصل", None),
        ("تنظيم دوري رياضي خلال شهر أبريل", date(2026, 4, 30)),
    ]


def test_emoji_bullets_under_a_verb_without_colon() -> None:
    text = (
        "اجتمعت الكتابة المحلية يوم الجمعة 6 مارس 2026 بمقر الحزب\n\n"
        "وبعد التداول قررت الكتابة المحلية\n"
        "✅ إطلاق حملة تضامنية لفائدة الأسر المعوزة\n"
        "✅ عقد الجمع العام يوم الأحد 19 أبريل 2026\n\n"
        "#الحزب #تيسة\n"
    )
    assert _todo(text) == [
        ("إطلاق حملة تضامنية لفائدة الأسر المعوزة", None),
        ("عقد الجمع العام يوم الأحد 19 أبريل 2026", date(2026, 4, 19)),
    ]


def test_council_minutes_point_by_point() -> None:
    text = (
        "محضر الدورة العادية لشهر ماي\n"
        "انعقدت الدورة العادية للمجلس الجماعي لتيسة يوم الخميس 7 ماي 2026 بقاعة الاجتماعات.\n"
        "النقطة الأولى: الدراسة والتصويت على اتفاقية شراكة لتهيئة الطريق الرابطة بين تيسة وعين عائشة.\n"
        "وبعد المناقشة، صادق المجلس بالإجماع على هذه النقطة.\n"
        "النقطة الثانية: الدراسة والتصويت على تحويل اعتمادات مالية.\n"
        "وقد تم تأجيل هذه النقطة إلى الدورة المقبلة.\n"
        "النقطة الثالثة: الدراسة والتصويت على برنامج عمل الجماعة.\n"
        "وتمت المصادقة على هذه النقطة بأغلبية الأعضاء الحاضرين.\n"
    )
    assert [t for t, _ in _todo(text)] == [
        "الدراسة والتصويت على اتفاقية شراكة لتهيئة الطريق الرابطة بين تيسة وعين عائشة",
        "الدراسة والتصويت على برنامج عمل الجماعة",
    ]


def test_a_decision_taken_by_name_and_an_acknowledgement() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 3 مارس 2026.\n"
        "وتقر الأمانة بصعوبة الوضع التنظيمي.\n"
        "واتخذ المكتب قرارا بتنظيم المؤتمر الإقليمي خلال شهر ماي.\n"
    )
    assert _todo(text) == [("تنظيم المؤتمر الإقليمي خلال شهر ماي", date(2026, 5, 31))]


def test_a_table_of_decisions_from_a_word_file() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 3 مارس 2026.\n"
        "المقررات:\n"
        "القرار\tالمسؤول\tالأجل\n"
        "تنظيم قافلة طبية\tلجنة التضامن\tقبل 30 أبريل 2026\n"
        "تحيين لوائح المنخرطين\tالكاتب العام\tفي أقرب الآجال\n"
    )
    d = read_communique(text, owners=["لجنة التضامن"])
    assert [(r.text, r.due_on, r.due_phrase, r.owners) for r in d.resolutions] == [
        ("تنظيم قافلة طبية", date(2026, 4, 30), "قبل 30 أبريل 2026", ("لجنة التضامن",)),
        ("تحيين لوائح المنخرطين", None, "في أقرب الآجال", ("الكاتب العام",)),
    ]


def test_more_ways_to_open_the_decisions() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 3 مارس 2026.\n"
        "ومن أبرز ما تقرر خلال هذا الاجتماع:\n"
        "- تنظيم ندوة حول الشباب خلال شهر أبريل\n"
        "- إحداث خلية للتواصل\n"
        "وفي الأخير تمت المصادقة بالإجماع على ما يلي:\n"
        "- برنامج العمل السنوي\n"
    )
    assert _todo(text) == [
        ("تنظيم ندوة حول الشباب خلال شهر أبريل", date(2026, 4, 30)),
        ("إحداث خلية للتواصل", None),
        ("برنامج العمل السنوي", None),
    ]


def test_a_decisions_date_is_not_the_meetings_even_when_the_meeting_verb_comes_after() -> None:
    text = (
        "Le vendredi 20 février 2026, à 16 heures, le conseil d'administration s'est réuni à son siège.\n"
        "Les décisions suivantes ont été prises :\n"
        "- Convocation de l'assemblée générale ordinaire le samedi 30 mai 2026 ;\n"
    )
    d = read_communique(text)
    assert d.meeting.held_on == date(2026, 2, 20)
    assert [(r.text, r.due_on) for r in d.resolutions] == [
        ("Convocation de l'assemblée générale ordinaire le samedi 30 mai 2026", date(2026, 5, 30))
    ]


def test_sanctions_under_team_sub_headings() -> None:
    text = (
        "اجتمعت اللجنة المركزية للتأديب يوم الثلاثاء 3 مارس 2026 وقررت ما يلي:\n"
        "الجيش الملكي:\n"
        "غرامة مالية قدرها 10.000 درهم بسبب سوء سلوك الجمهور.\n"
        "الوداد الرياضي:\n"
        "توقيف اللاعب محمد أمين لمباراتين.\n"
        "وتذكر اللجنة الأندية بضرورة احترام الضوابط.\n"
    )
    assert [t for t, _ in _todo(text)] == [
        "غرامة مالية قدرها 10.000 درهم بسبب سوء سلوك الجمهور",
        "توقيف اللاعب محمد أمين لمباراتين",
    ]
