"""Shapes met in real communiqués (tests/communique/real), each pinned by a short text: the
rules were written for them in general, not for one text (issue 14)."""

from __future__ import annotations

from datetime import date

from tracker.domain.communique import read_communique


def _todo(text: str) -> list[tuple[str, date | None]]:
    return [(r.text, r.due_on) for r in read_communique(text).resolutions if r.actionable]


def _held(text: str) -> date | None:
    return read_communique(text).meeting.held_on


def test_a_meeting_day_without_its_year_is_dated_by_its_weekday() -> None:
    # the year is named only with the month of the session; 2 May 2025 was a Friday
    text = (
        "صادق صباح يوم الجمعة 2 ماي الجاري، المجلس الجماعي بالإجماع على جميع النقاط المدرجة "
        "ضمن جدول أعمال دورته العادية لشهر ماي 2025.\n"
        "طبقا للظهير الشريف الصادر في 20 رمضان 1436 الموافق ل 7 يوليوز 2015."
    )
    assert _held(text) == date(2025, 5, 2)
    # the older events the text recalls do not date it: 2 February was a Wednesday in 2022
    text = (
        "Les membres du bureau ont tenu une réunion urgente mercredi 2 février à Rabat. "
        "Le congrès national s'était tenu les 10, 11 et 12 janvier 2020 et le prix lancé le "
        "29 juillet 2021."
    )
    assert _held(text) == date(2022, 2, 2)


def test_a_weekday_that_contradicts_the_year_mends_a_slipped_year() -> None:
    text = (
        "Le Bureau politique a tenu, lundi 18 décembre 2018, sa réunion périodique.\n"
        "Il a été décidé que le comité tienne sa réunion samedi prochain (23 décembre 2017)."
    )
    draft = read_communique(text)
    assert draft.meeting.held_on == date(2017, 12, 18)
    assert [r.due_on for r in draft.resolutions] == [date(2017, 12, 23)]


def test_a_cited_law_a_time_stamp_or_an_announcement_is_not_the_meeting() -> None:
    assert _held("06 شتنبر 2025على الساعة14:35\nقررت العصبة تأجيل انطلاق البطولة.") is None
    text = "كشفت الجامعة، هذا اليوم الإثنين 23 ماي 2022، عن برنامج ربع النهائي."
    assert _held(text) is None
    text = (
        "عقدت الأمانة العامة اجتماعا يوم أمس السبت، واتخذت بشأنها القرارات المناسبة، وهمت "
        "بالخصوص اقتراح عقد الدورة العادية للمجلس الوطني يومي السبت والأحد 29 و30 دجنبر 2012."
    )
    assert _held(text) is None


def test_a_body_assigning_or_setting_a_date_decides() -> None:
    text = (
        "انعقد يوم الخميس 06 يوليوز 2017 اجتماع عادي للأمانة العامة، وقررت الأمانة العامة دعوة "
        "المجلس الوطني للانعقاد يوم السبت 15 يوليوز الجاري، وفي هذا الإطار كلفت الأمانة العامة "
        "اللجنة التحضيرية بإعداد المشاريع.\n"
        "وتم خلال هذا الاجتماع تحديد يوم 15 شتنبر 2017 موعدا للجمع العام."
    )
    assert _todo(text) == [
        ("دعوة المجلس الوطني للانعقاد يوم السبت 15 يوليوز الجاري", date(2017, 7, 15)),
        ("كلفت الأمانة العامة اللجنة التحضيرية بإعداد المشاريع", None),
        ("تحديد يوم 15 شتنبر 2017 موعدا للجمع العام", date(2017, 9, 15)),
    ]


def test_the_old_schedule_of_what_is_postponed_is_no_deadline() -> None:
    text = (
        "عقد المكتب اجتماعه يوم 20 غشت 2020.\n"
        "وقررت العصبة تأجيل مقابلة الفريقين المبرمجة سلفا يوم الأربعاء 26 غشت 2020 إلى موعد "
        "لاحق.\n"
        "كما قررت تأجيل مباريات الدورة التي كانت مقررة نهاية الأسبوع الجاري."
    )
    assert [due for _, due in _todo(text)] == [None, None]


def test_a_call_on_the_body_s_own_members_is_a_directive() -> None:
    text = (
        "عقد المكتب الإقليمي اجتماعه يوم 3 مارس 2026.\n"
        "ودعا المكتب كافة المناضلين إلى الانخراط في حملة التسجيل في اللوائح الانتخابية.\n"
        "ويدعو المكتب الحكومة إلى التراجع عن الزيادات."
    )
    assert _todo(text) == [
        ("دعا المكتب كافة المناضلين إلى الانخراط في حملة التسجيل في اللوائح الانتخابية", None)
    ]


def test_french_decision_clauses_and_agents() -> None:
    text = (
        "Le bureau s'est réuni le mercredi 2 février 2022. Il a été décidé par l'ensemble des "
        "participants, les membres du bureau exécutif, de former un bureau chargé de la phase "
        "transitoire. Il a été décidé que les structures du parti abritent, le mercredi 13 "
        "juin, une rencontre publique dédiée au dossier de l'Habitat, de l'urbanisme et de la "
        "ville. Le Conseil a, par ailleurs, adopté un accord de partenariat pour la morgue "
        "municipale et reporté, à lundi prochain, l'élection de ses délégués."
    )
    assert [t for t, _ in _todo(text)] == [
        "former un bureau chargé de la phase transitoire",
        "les structures du parti abritent, le mercredi 13 juin, une rencontre publique dédiée "
        "au dossier de l'Habitat, de l'urbanisme et de la ville",
        "un accord de partenariat pour la morgue municipale",
        "reporté, à lundi prochain, l'élection de ses délégués",
    ]


def test_a_decision_keeps_the_waw_of_its_first_word() -> None:
    text = "عقد المكتب اجتماعه يوم 3 مارس 2026.\nوقرر المكتب وضع برنامج عمل سنوي، ووضع خطة للتواصل."
    assert [t for t, _ in _todo(text)] == ["وضع برنامج عمل سنوي", "وضع خطة للتواصل"]


def test_a_news_report_quoting_the_communique_keeps_its_decisions() -> None:
    text = (
        "عقد المكتب السياسي اجتماعه يوم 3 مارس 2026.\n"
        "وأضاف البلاغ أن المكتب السياسي قرر تنظيم لقاء وطني للشباب خلال شهر أبريل المقبل.\n"
        "وأكد الأمين العام أن المكتب قرر عقد ندوة."
    )
    assert _todo(text) == [("تنظيم لقاء وطني للشباب خلال شهر أبريل المقبل", date(2026, 4, 30))]


def test_a_general_assembly_s_formalities_are_no_action_items() -> None:
    text = (
        "انعقد يوم الثلاثاء 11 يناير 2022 الجمع العام العادي للجمعية.\n"
        "وقد تمت المصادقة على التقريرين الأدبي والمالي بإجماع الحاضرين، كما تمت المصادقة على "
        "التعديلات المقترحة على القانون الأساسي.\n"
        "وقرر الجمع العام تنظيم رحلة للمنخرطين خلال شهر مارس 2022."
    )
    assert [t for t, _ in _todo(text)] == [
        "التعديلات المقترحة على القانون الأساسي",
        "تنظيم رحلة للمنخرطين خلال شهر مارس 2022",
    ]


def test_a_body_s_own_notice_and_a_postponement_to_a_new_date() -> None:
    text = (
        "تنهي العصبة الجهوية إلى علم كافة الأندية المنضوية تحت لوائها أنه تقرر تأجيل الجمع "
        "العام العادي والذي كان مقررا إجراؤه يوم الجمعة 16 دجنبر 2022 إلى تاريخ يوم الجمعة 30 "
        "دجنبر 2022."
    )
    draft = read_communique(text)
    assert draft.meeting.held_on is None
    assert [r.due_on for r in draft.resolutions if r.actionable] == [date(2022, 12, 30)]


def test_the_chair_is_the_meeting_s_and_a_name_rather_than_a_function() -> None:
    def chair(text: str) -> str | None:
        return read_communique(text).meeting.chaired_by

    assert (
        chair("عقد المكتب اجتماعا ترأسه الكاتب الأول للحزب، الأستاذ إدريس لشكر، استعرض فيه الوضع.")
        == "إدريس لشكر"
    )
    assert (
        chair("عقدت الأمانة اجتماعا تحت رئاسة الأمين العام عبد الإله بنكيران، وتضمن جدول الأعمال …")
        == "عبد الإله بنكيران"
    )
    assert (
        chair("صادق المجلس تحت رئاسة ينجا الخطاط وبإشراف من والي الداخلة على الاتفاقية.")
        == "ينجا الخطاط"
    )
    assert chair("عقد المجلس اجتماعه برئاسة رئيس المجلس الجماعي.") == "رئيس المجلس الجماعي"
    text = (
        "Le bureau s'est réuni le 3 mars 2026. Il a décidé d'organiser une rencontre qui sera "
        "présidée par le secrétaire général."
    )
    assert chair(text) is None
    assert chair("وأوكلت المهمة للجنة موسعة برئاسة فاطمة الزهراء المنصوري.") is None


def test_an_approved_agenda_gives_its_decisions_not_its_formalities() -> None:
    text = (
        "عقد المجلس الجماعي دورته يوم 5 ماي 2026.\n"
        "وتضمن جدول أعمال الدورة النقط التالية:\n"
        "1- الدراسة والمصادقة على محضر الدورة السابقة\n"
        "2- عرض تقرير الرئيس حول الأعمال المنجزة\n"
        "3- الدراسة والمصادقة على اتفاقية شراكة لتأهيل الطرق\n"
        "وقد صادق المجلس بالإجماع على جميع النقط المدرجة في جدول الأعمال."
    )
    assert [t for t, _ in _todo(text)] == ["الدراسة والمصادقة على اتفاقية شراكة لتأهيل الطرق"]


def test_french_a_president_s_words_and_an_earlier_meeting_s_date() -> None:
    text = (
        "Le comité directeur s'est réuni lundi à Rabat. A cette occasion, le président de la "
        "FRMF a annoncé que le Maroc abritera, les 18 et 19 juillet, des journées d'étude.\n"
        "La réunion a permis de faire un rappel des modifications approuvées lors de la réunion "
        "du 1er août 2024, et le tirage au sort est prévu le lundi 27 janvier 2025.\n"
        "Il a été décidé de mettre en place une commission ad hoc qui aura pour mission de "
        "traiter des aspects juridiques et d'adapter les nouvelles dispositions légales."
    )
    draft = read_communique(text)
    assert draft.meeting.held_on is None
    assert [r.text for r in draft.resolutions if r.actionable] == [
        "mettre en place une commission ad hoc qui aura pour mission de traiter des aspects "
        "juridiques et d'adapter les nouvelles dispositions légales"
    ]
    assert read_communique(
        "عقد مجلس الجهة يوم الخميس 25 نونبر الجاري 2021 دورته."
    ).meeting.held_on == date(2021, 11, 25)


def test_a_union_s_call_to_strike_and_a_council_s_points_told_in_prose() -> None:
    text = (
        "دعا كل من التنسيق النقابي للنقابة الوطنية للتعليم والجامعة الوطنية للتعليم، إلى خوض "
        "إضراب وطني في قطاع التعليم الأربعاء 29 يناير 2020.\n"
        "ويدعو المكتب عموم المواطنين إلى التضامن."
    )
    assert _todo(text) == [
        ("خوض إضراب وطني في قطاع التعليم الأربعاء 29 يناير 2020", date(2020, 1, 29))
    ]
    text = (
        "عقد مجلس الجماعة دورته يوم الاثنين 20 أكتوبر 2025.\n"
        "وعرفت هذه الدورة المصادقة بالإجماع على نقطتين مدرجتين في جدول الأعمال، وتعلق الأمر "
        "بالمصادقة على اتفاقية إحداث مجموعة الجماعات، وتحويل الاعتماد المخصص لحفر الآبار.\n"
        "كما تم التصويت، خلال الجلسة الثانية، بالإجماع على باقي نقاط جدول أعمال الدورة، "
        "والمتعلقة ببرمجة الفائض التقديري، وأربع اتفاقيات شراكة مع كل من: جمعية الأمل، وجمعية "
        "دار الطالبة."
    )
    assert [t for t, _ in _todo(text)] == [
        "اتفاقية إحداث مجموعة الجماعات",
        "تحويل الاعتماد المخصص لحفر الآبار",
        "برمجة الفائض التقديري",
        "أربع اتفاقيات شراكة مع كل من: جمعية الأمل، وجمعية دار الطالبة",
    ]


def test_an_announcement_without_an_and_a_narrated_clause() -> None:
    text = (
        "أعلنت العصبة الوطنية، برئاسة عبد السلام بلقشور، إلغاء جميع العقوبات التي اتخذتها لجنة "
        "التأديب، اليوم الثلاثاء، في حق أندية الرجاء وحسنية أكادير.\n"
        "وقررت العصبة اعتبار فريق الشباب منهزما بالقلم، وكان اللقاء قد انتهى بالتعادل يوم 3 "
        "أكتوبر."
    )
    assert _todo(text) == [
        (
            "إلغاء جميع العقوبات التي اتخذتها لجنة التأديب، اليوم الثلاثاء، في حق أندية الرجاء "
            "وحسنية أكادير",
            None,
        ),
        ("اعتبار فريق الشباب منهزما بالقلم", None),
    ]


# -- tenth batch: disciplinary committees, news leads, web pages ---------------------------


def test_a_disciplinary_committees_sanctions_are_decisions_without_their_grounds() -> None:
    # each fine is to be paid and each suspension served: the league's secretary tracks them
    text = (
        "أصدرت اللجنة المركزية للتأديب مجموعة من القرارات التأديبية. وغرمت اللجنة فريق الرجاء "
        "الرياضي مبلغ 5 آلاف درهم لرمي جماهيره القارورات، وذلك بناء على المادة 105 من قانون "
        "العقوبات. وتم إيقاف أمين أبو الفتح، لاعب فريق يوسفية برشيد، لمباراة واحدة. وإيقاف آدم "
        "النفاتي، لاعب فريق الفتح الرياضي، لمباراة واحدة وذلك بعد طرده في المباراة. كما أوقف "
        "مراد حيبور، لاعب فريق سريع واد زم، لمباراة واحدة."
    )
    todo = _todo(text)
    assert [t.split()[0] for t, _ in todo] == ["غرمت", "إيقاف", "إيقاف", "أوقف"]
    assert all("بناء على" not in t and "بعد طرده" not in t and d is None for t, d in todo)


def test_a_sanctions_list_keeps_each_sanction_whole_and_skips_its_headings() -> None:
    text = (
        "بلاغ اللجنة المركزية للتأديب، والتي قررت ما يلي: فيما يخص البطولة الاحترافية (مؤجل "
        "الجولة الخامسة)، فقد قررت اللجنة تغريم فريق حسنية أكادير مبلغ 2000 درهم. فقد تم توقيف "
        "محمد الدويك، لاعب فريق الرجاء الرياضي ل6 مباريات؛ ثلاثة منها موقوفة التنفيذ، وتوقيف "
        "طارق أستاتي لمباراتين، بالإضافة إلى تغريم الدفاع مبلغ 2000 درهما. وعلى مستوى القسم "
        "الثاني، تقرر توقيف صلاح الدين حماني ومحمد أموح، لاعبي شباب قصبة تادلة، لأربع مباريات."
    )
    todo = [t for t, _ in _todo(text)]
    assert len(todo) == 5, todo
    assert not any(t.startswith(("فيما يخص", "بالنسبة")) for t in todo)
    assert any("ثلاثة منها موقوفة التنفيذ" in t for t in todo)
    assert todo[-1].endswith("لأربع مباريات") and "تغريم الدفاع" in todo[-2]
    bullets = "العقوبات كالتالي:\n\nبالنسبة للبطولة الإحترافية 1\n• توقيف هشام لمباراتين.\n"
    assert [t for t, _ in _todo(bullets)] == ["توقيف هشام لمباراتين"]


def test_a_decision_announced_by_a_person_then_quoted_is_drafted_once() -> None:
    text = (
        "أعلن ادريس الأزمي، رئيس المجلس الوطني للحزب، تأجيل الدورة الاستثنائية للمجلس الوطني "
        'بشكل مفاجئ، حيث أوضح "أنه وباتفاق بين مكتب المجلس والأمانة العامة، فقد تقرر تأجيل '
        'الدورة الاستثنائية للمجلس التي كانت مبرمجة يوم الأحد 27 دجنبر إلى موعد لاحق".'
    )
    todo = _todo(text)
    assert len(todo) == 1 and todo[0][0].startswith("تأجيل الدورة الاستثنائية للمجلس التي")
    assert todo[0][1] is None


def test_a_sources_words_and_what_a_meeting_affirms_are_not_decisions() -> None:
    text = (
        "خلص اجتماع خاص للأمانة العامة للحزب إلى التأكيد على أن الحزب يقف وراء قرارات الملك، "
        "وأن الصحراء المغربية تأتي قبل قضية فلسطين.\nوأفاد قيادي في الحزب لهسبريس أن جميع "
        'أعضاء الأمانة العامة للحزب اتفقوا على شعار "القضية الوطنية أولا"، ووضع آليات لذلك.\n'
        "كما تهيب الأمانة العامة للحزب بجميع المناضلات والمناضلين بالمحافظة على التماسك الحزبي."
    )
    assert _todo(text) == []


def test_a_web_pages_other_headlines_and_an_anniversary_date_are_not_the_meeting() -> None:
    text = (
        "Réunion du Bureau politique\n-\nLes communes de Lagouira et Bignona décident de "
        "renforcer leurs capacités institutionnelles\nLes membres du BP ont salué les militants.\n"
        "Ils ont préparé le 67ème anniversaire du Manifeste de l'Indépendance (11 janvier 1944).\n"
        "Le BP a décidé d'inviter de nombreux partis socialistes."
    )
    draft = read_communique(text)
    assert draft.meeting.held_on is None
    assert [r.text for r in draft.resolutions if r.actionable] == [
        "inviter de nombreux partis socialistes"
    ]


def test_a_dateline_with_its_weekday_dates_yesterdays_meeting() -> None:
    text = (
        "الإثنين 4 يناير 2021 – 07:55\nقررت الأمانة العامة للحزب، في اجتماع انعقد مساء أمس "
        "الأحد، عقد دورة المجلس الوطني."
    )
    assert _held(text) == date(2021, 1, 3)


def test_an_appointment_quoted_subject_first_is_one_decision() -> None:
    text = (
        "عقدت الأمانة العامة للحزب اجتماعا عاديا. وأعلن نفس البيان أن الأمانة العامة للحزب "
        "عينت سمية بنخلدون رئيسة للجنة المناصفة، وبهاء الدين أكدي نائبا لأمين المال الوطني."
    )
    assert [t for t, _ in _todo(text)] == [
        "عينت سمية بنخلدون رئيسة للجنة المناصفة، وبهاء الدين أكدي نائبا لأمين المال الوطني"
    ]
    # a member's words stay his: "وأكد عضو الأمانة أن المكتب عين …" is not read as quoted
    assert _todo("وقال عضو في الحزب إن الأمانة العامة عينت لجنة للتحقيق.") == []


def test_french_sanctions_told_as_sentences_are_decisions() -> None:
    text = (
        "LNFP - La Commission de discipline a tranché\nAmendes et mesures disciplinaires "
        "prononcées.\nL'AS FAR a été condamnée à une amende de 25 000 dhs en raison de "
        "l'utilisation de fumigènes, conformément aux articles 105 et 77 du code disciplinaire. "
        "Le SCCM devra payer une amende de 2 000 dhs pour cinq avertissements, tandis que le RCA "
        "écopera d'une amende de 2 000 dhs. Le comité a suspendu pour deux ans Mustapha Sqiri.\n"
        "- Amende de 2.000 dirhams à l'encontre du HUSA après quatre avertissements (art.89 du "
        "code disciplinaire).\n- Amende de 2.000 dirhams à l'encontre du MCO après quatre "
        "avertissements (art.89 du code disciplinaire)."
    )
    todo = [t for t, d in _todo(text) if d is None]
    assert todo[0] == (
        "L'AS FAR a été condamnée à une amende de 25 000 dhs en raison de l'utilisation de fumigènes"
    )
    assert any(t.startswith("le RCA écopera") for t in todo)
    assert any("Mustapha Sqiri" in t for t in todo)
    # two fines of the same amount on two clubs are two decisions, not one drafted twice
    assert sum(t.startswith("Amende de 2.000 dirhams") for t in todo) == 2
    assert not any(t.startswith(("LNFP", "Amendes et mesures")) for t in todo)
    assert len(todo) == 6, todo


def test_a_call_on_the_bodys_own_members_by_name_is_a_directive() -> None:
    text = (
        "والتأم أعضاء المكتب الجهوي للحزب السبت الماضي.\nهذا ودعا المنسق الجهوي أعضاء المكتب "
        "الجهوي للحزب، إلى التعبئة من أجل إنجاح اللقاء التواصلي."
    )
    assert len(_todo(text)) == 1


def test_a_lead_restating_a_decision_in_the_same_words_is_drafted_once() -> None:
    text = (
        "وقرر المكتب الإقليمي تأجيل المؤتمر الإقليمي للحزب.\nوجاء في البلاغ أن المكتب الإقليمي "
        "عقد اجتماعا عاديا، وقرر تأجيل المؤتمر الإقليمي للحزب إلى موعد لاحق."
    )
    assert [t for t, _ in _todo(text)] == ["تأجيل المؤتمر الإقليمي للحزب إلى موعد لاحق"]


# Twelfth batch: party political bureaus (PAM, RNI), councils' sessions, federations.


def test_what_had_been_planned_before_is_not_part_of_a_new_date() -> None:
    text = (
        "أعلنت سكرتارية رئاسة المجلس الوطني عن تحديد يوم 24 يناير 2026 موعدا رسميا لعقد الدورة "
        "الواحدة والثلاثين للمجلس الوطني، بعد أن كان مقررا انعقادها اليوم السبت 22 نونبر."
    )
    assert _todo(text) == [
        (
            "تحديد يوم 24 يناير 2026 موعدا رسميا لعقد الدورة الواحدة والثلاثين للمجلس الوطني",
            date(2026, 1, 24),
        )
    ]


def test_a_single_point_approved_past_its_account_is_the_decision() -> None:
    text = (
        "عقد مجلس الإقليم يومه الجمعة 2 يونيو 2023 دورة استثنائية، وتضمن جدول الاعمال :\n\n"
        "نقطة فريدة: الدراسة والمصادقة على مشاريع اتفاقيات شراكة مع الجمعيات المنتقاة.\n\n"
        "وقد تضمنت هذه النقطة المصادقة على 35 اتفاقية شراكة.\n\n"
        "وبعد نقاش مستفيض صادق أعضاء المجلس على جميع الاتفاقيات بالاجماع ، منوهين بالنتائج "
        "التي حققها البرنامج ، لما لها من نتائج مهمة على ساكنة الاقليم ."
    )
    todo = [t for t, _ in _todo(text)]
    assert len(todo) == 1 and "مشاريع اتفاقيات شراكة" in todo[0], todo


def test_a_topic_before_a_position_verb_keeps_it_a_position() -> None:
    text = (
        "عقد المكتب السياسي للحزب يوم الثلاثاء 11 نونبر 2025 اجتماعه العادي، وأصدر بلاغاً أكد "
        "فيه ما يلي:\nفي الشق الوطني، ثمّن الحزب عالياً الاجتماع الذي دعا إليه جلالة الملك."
    )
    assert _todo(text) == []


def test_french_take_the_decision_to_and_a_call_after_it() -> None:
    text = (
        "Le bureau politique a tenu une réunion ce lundi 27 mars 2017. Aussitôt décidé aussitôt "
        "fait. Le parti a de surcroît pris, à l'unanimité, la décision de renvoyer l'accusé du "
        "parti et a appelé au respect du droit fondamental du procès équitable."
    )
    assert _todo(text) == [("renvoyer l'accusé du parti", None)]


def test_an_approval_with_an_adverb_or_its_b() -> None:
    text = (
        "عقدت دورة فبراير العادية لجماعة المحبس يوم الإثنين 3 فبراير 2025، وتمت المصادقة "
        "موازاةً مع ذلك بتوفير وعاء عقاري لبناء دار الخيمة.\nكما تمت المصادقة أيضا على إتفاقية "
        "لتمويل وتأهيل المحلات التجارية."
    )
    todo = [t for t, _ in _todo(text)]
    assert todo == ["توفير وعاء عقاري لبناء دار الخيمة", "إتفاقية لتمويل وتأهيل المحلات التجارية"]


def test_a_numbered_point_then_its_account_on_the_next_line() -> None:
    text = (
        "انعقدت يوم الثلاثاء 03 فبراير 2026 الدورة العادية لمجلس الجماعة، وأفضى النقاش إلى توافق "
        "شامل حول جميع النقاط المدرجة في جدول الأعمال وصوت المجلس عليها بالإجماع.\n"
        "خلال هذه الدورة، تمت مناقشة خمس نقاط أساسية وهي كالتالي:\n\n"
        "1. الدراسة والمصادقة على برمجة الفائض المالي لسنة 2025\n"
        "تم التداول حول كيفية استثمار الفائض المالي بما يخدم حاجيات الساكنة، مع التركيز على "
        "المشاريع ذات الأولوية."
    )
    assert _todo(text) == [("الدراسة والمصادقة على برمجة الفائض المالي لسنة 2025", None)]


def test_yesterday_under_a_papers_dateline_dates_the_meeting() -> None:
    text = (
        "المنتخب: الرباط الإثنين 22 فبراير 2021 - 12:29\n\n"
        "عقد رئيس الجامعة، مساء أمس الأحد بالرباط، لقاءا تواصليا مع رؤساء الأندية.\n"
        "وفي مقدمتها الانطلاقة الرسمية للبطولة يوم 27 فبراير 2021."
    )
    assert _held(text) == date(2021, 2, 21)


def test_a_federations_decisions_with_their_days() -> None:
    text = (
        "عقد المكتب المديري للجامعة اجتماعا استعجاليا يوم 02 ماي 2025.\n"
        "وأسفر هذا الاجتماع عن اتخاذ قرار بعودة النشاط الرياضي، بعد توقفها بسبب ظروف قاهرة، "
        "في انتظار الإعلان عن التفاصيل.\n"
        "كما ستعقد الجامعة لقاء تشاوريا مع العصب الجهوية يوم الأربعاء 07 ماي 2025.\n"
        "كما قررت الجامعة عقد جمعها العام يوم 24 ماي 2025، إضافة إلى عقد اجتماع تواصلي مع "
        "الأندية يوم السبت 10 ماي 2025."
    )
    assert _todo(text) == [
        ("عودة النشاط الرياضي", None),
        ("ستعقد الجامعة لقاء تشاوريا مع العصب الجهوية يوم الأربعاء 07 ماي 2025", date(2025, 5, 7)),
        ("عقد جمعها العام يوم 24 ماي 2025", date(2025, 5, 24)),
        ("عقد اجتماع تواصلي مع الأندية يوم السبت 10 ماي 2025", date(2025, 5, 10)),
    ]


def test_french_it_was_proceeded_to_and_the_reports_comment() -> None:
    text = (
        "Le bureau fédéral s'est réuni le 3 mars 2009. Il a été procédé à l'adoption du principe "
        "de l'organisation des compétitions dans cinq régions, indique la Fédération, soulignant "
        "que ce principe a pour objectif de multiplier les courses, d'assurer la proximité et "
        "d'élargir la base des pratiquants."
    )
    assert _todo(text) == [
        ("l'adoption du principe de l'organisation des compétitions dans cinq régions", None)
    ]


def test_a_list_flattened_into_one_paragraph_is_read_item_by_item() -> None:
    text = (
        "عقد المكتب الإقليمي اجتماعه يوم 3 مارس 2024 وقرر ما يلي: - تنظيم لقاء تواصلي يوم 20 "
        "مارس 2024. - تكليف الكاتب المحلي بإعداد تقرير. - التنديد بالهجوم الإرهابي."
    )
    assert _todo(text) == [
        ("تنظيم لقاء تواصلي يوم 20 مارس 2024", date(2024, 3, 20)),
        ("تكليف الكاتب المحلي بإعداد تقرير", None),
    ]
    # under "التعبير عن ما يلي": the positions stay positions, the body's own step is drafted
    text = (
        "عقد المكتب السياسي اجتماعه الأسبوعي يوم 23 شتنبر 2013، وتم على إثرها التعبير عن ما "
        "يلي: - الانشغال العميق للحزب بسبب بطء عملية ترميم الأغلبية. - القلق من تنامي "
        "التهديدات. - عقد اجتماع موسع للمكتب السياسي مع الفريقين البرلمانيين."
    )
    assert [t for t, _ in _todo(text)] == ["عقد اجتماع موسع للمكتب السياسي مع الفريقين البرلمانيين"]


def test_a_leads_summary_of_the_conventions_is_no_decision() -> None:
    text = (
        "صادق المجلس الإقليمي، خلال دورته العادية لشهر يناير 2020، على اتفاقيات شراكة تهم عددا "
        "من المجالات.\nكما تمت المصادقة على اتفاقية شراكة مع جماعة أولاد سلمان لتأهيل مركز "
        "الجماعة."
    )
    assert [t for t, _ in _todo(text)] == ["اتفاقية شراكة مع جماعة أولاد سلمان لتأهيل مركز الجماعة"]


def test_a_competitions_start_fixed_by_the_federation_is_a_dated_decision() -> None:
    head = "عقد المكتب المديري للجامعة اجتماعه يوم الجمعة 2 غشت 2019 بالرباط"
    announced = (
        f"{head}. وأعلنت الجامعة أن البطولة الوطنية الاحترافية برسم الموسم الرياضي 2019-2020، "
        "ستنطلق يوم 13 شتنبر 2019، وتختتم في 28 يونيو 2020."
    )
    [(text, due)] = _todo(announced)  # its end goes with it: one decision, dated by its start
    assert text.startswith("البطولة الوطنية الاحترافية") and "وتختتم" in text
    assert due == date(2019, 9, 13)
    fixed = f"{head}، وحدد يوم 13 شتنبر 2019 موعدا لانطلاق البطولة الوطنية."
    assert _todo(fixed) == [
        ("حدد يوم 13 شتنبر 2019 موعدا لانطلاق البطولة الوطنية", date(2019, 9, 13))
    ]
    french = (
        "Le bureau directeur de la FRMF s'est réuni le 2 août 2019. Le championnat démarrera "
        "le 13 septembre 2019 et prendra fin le 28 juin 2020."
    )
    assert [d for _, d in _todo(french)] == [date(2019, 9, 13)]
    # without a year anywhere, the day stays undated
    undated = (
        "أعلنت الجامعة أن البطولة الوطنية الاحترافية ستنطلق يوم 13 شتنبر المقبل، خلال اجتماع "
        "مكتبها المديري الذي انعقد اليوم الجمعة بالرباط."
    )
    assert [d for _, d in _todo(undated)] == [None]


def test_a_council_session_in_french_and_in_arabic() -> None:
    text = (
        "Le conseil de la ville a tenu, mardi 4 février 2025, sa session ordinaire. Le conseil a "
        "approuvé une convention de partenariat avec la SDL. Il a également adopté un transfert "
        "de crédits. Les élus ont par ailleurs approuvé la création d'une société de "
        "développement local."
    )
    assert len(_todo(text)) == 3
    text = (
        "عقد المجلس الجماعي يوم الثلاثاء 4 فبراير 2025 دورته العادية، وصادق المجلس بالإجماع على "
        "تحويل اعتمادات داخل ميزانية التسيير، كما صادق على اتفاقية شراكة مع المجلس الإقليمي."
    )
    assert [t for t, _ in _todo(text)] == [
        "تحويل اعتمادات داخل ميزانية التسيير",
        "اتفاقية شراكة مع المجلس الإقليمي",
    ]


def test_a_french_meeting_to_come_is_dated_but_an_old_schedule_is_not() -> None:
    text = (
        "Le Comité directeur de la FRMB s'est réuni le 2 mai 2025. L'assemblée générale "
        "ordinaire se tiendra le 24 mai 2025. Une rencontre avec les clubs est prévue le samedi "
        "10 mai 2025."
    )
    assert [d for _, d in _todo(text)] == [date(2025, 5, 24), date(2025, 5, 10)]
    text = (
        "Le Comité directeur s'est réuni le 2 mai 2025. Il a décidé de reporter le match prévu "
        "le 10 mai 2025."
    )
    assert [d for _, d in _todo(text)] == [None]


def test_an_item_calling_on_the_partys_own_members_is_a_directive() -> None:
    text = (
        "اجتمعت الأمانة العامة للحزب يوم السبت 11 يناير 2025، فإنها تعلن ما يلي:\n"
        "1. تثمن عاليا المواقف الملكية.\n2. تطالب الحكومة بسحب مشروع القانون.\n"
        "3. تدعو أعضاء الحزب إلى التعبئة لإنجاح المؤتمر الجهوي يوم 25 يناير 2025.\n"
        "4. تهيب بالمناضلين بالمحافظة على وحدة الصف."
    )
    assert _todo(text) == [
        (
            "تدعو أعضاء الحزب إلى التعبئة لإنجاح المؤتمر الجهوي يوم 25 يناير 2025",
            date(2025, 1, 25),
        )
    ]


def test_an_assemblys_programme_gives_its_items() -> None:
    text = (
        "L'association Amal a tenu son assemblée générale ordinaire le dimanche 12 janvier 2025. "
        "Après l'approbation des rapports moral et financier, un nouveau bureau a été élu. "
        "L'assemblée a adopté le programme d'action 2025, qui prévoit notamment une caravane "
        "médicale le 15 février 2025, un tournoi de football et la création d'un club de "
        "lecture avant la fin du mois de mars."
    )
    assert _todo(text) == [
        ("une caravane médicale le 15 février 2025", date(2025, 2, 15)),
        ("un tournoi de football", None),
        ("la création d'un club de lecture avant la fin du mois de mars", date(2025, 3, 31)),
    ]


def test_the_meeting_clause_after_the_verb_dates_the_meeting_and_is_no_decision() -> None:
    text = (
        "الاستقلال يقرر عقد مجلسه الوطني يوم 24 يناير\n\n"
        "قررت اللجنة التنفيذية لحزب الاستقلال، في اجتماعها المنعقد يوم الخميس 9 يناير 2025 "
        "برئاسة الأمين العام نزار بركة، عقد الدورة العادية للمجلس الوطني يوم السبت 24 يناير "
        "2025 بالرباط، كما قررت تشكيل لجنة تحضيرية برئاسة عضو اللجنة التنفيذية."
    )
    assert _held(text) == date(2025, 1, 9)  # the headline above decides nothing
    assert _todo(text) == [
        ("عقد الدورة العادية للمجلس الوطني يوم السبت 24 يناير 2025 بالرباط", date(2025, 1, 24)),
        ("تشكيل لجنة تحضيرية برئاسة عضو اللجنة التنفيذية", None),
    ]
    text = (
        "Le comité exécutif de l'Istiqlal a décidé, lors de sa réunion du jeudi 9 janvier 2025, "
        "de convoquer le Conseil national le samedi 24 janvier 2025 à Rabat."
    )
    assert _held(text) == date(2025, 1, 9)
    assert _todo(text) == [
        ("convoquer le Conseil national le samedi 24 janvier 2025 à Rabat", date(2025, 1, 24))
    ]


def test_the_meeting_after_which_a_league_decided_is_not_a_deadline() -> None:
    text = (
        "قررت العصبة الوطنية لكرة القدم الاحترافية برمجة مباريات الدورة 12 من البطولة أيام 6 "
        "و7 و8 دجنبر 2024، وذلك بعد اجتماع مكتبها المديري المنعقد يوم الإثنين 25 نونبر 2024."
    )
    assert _held(text) == date(2024, 11, 25)
    assert _todo(text) == [("برمجة مباريات الدورة 12 من البطولة أيام 6 و7 و8 دجنبر 2024", None)]


def test_an_event_the_government_or_parliament_fixes_is_not_the_bodys() -> None:
    text = (
        "عقد المكتب السياسي اجتماعه يوم 2 شتنبر 2025. وأعلنت الحكومة أن الحملة ستنطلق يوم 13 "
        "شتنبر 2025."
    )
    assert _todo(text) == []
    text = (
        "Le Bureau politique s'est réuni le 2 septembre 2025. La session parlementaire débutera "
        "le 10 octobre 2025."
    )
    assert _todo(text) == []


def test_a_french_session_clause_with_its_month_and_weekday_dates_the_meeting() -> None:
    text = (
        "Le conseil communal de Tanger a approuvé, lors de sa session ordinaire du mois de "
        "février tenue mardi 4 février 2025, plusieurs conventions, dont une convention de "
        "partenariat pour la mise à niveau des marchés de proximité."
    )
    assert _held(text) == date(2025, 2, 4)
    assert [d for _, d in _todo(text)] == [None]  # the session's day is no deadline


def test_a_session_held_on_a_day_inside_a_decision_is_the_meeting_not_a_deadline() -> None:
    text = (
        "صادق المجلس على الاتفاقية خلال الدورة العادية المنعقدة يوم الثلاثاء 4 فبراير 2025 بمقر "
        "الجماعة، وعلى برمجة الفائض."
    )
    assert _held(text) == date(2025, 2, 4)
    assert [d for _, d in _todo(text)] == [None, None]
    text = (
        "Le conseil a approuvé, lors de la session tenue le mardi 4 février 2025 à la commune de "
        "Tanger, la convention de partenariat avec la région."
    )
    assert _held(text) == date(2025, 2, 4)
    assert all(d is None for _, d in _todo(text))
