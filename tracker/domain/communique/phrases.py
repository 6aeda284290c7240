"""The reader's phrases, as data: what introduces decisions, positions, speech, the meeting's
chair, attendees and place, titles, owner nouns and commune markers (Arabic and French).
Written in ordinary spelling; the rules fold them (``fold.fold_word``). Dates, numbers and
deadline phrases are in :mod:`vocab`.
"""

from __future__ import annotations

# -- decisions -----------------------------------------------------------------------------
# Verbs by which the body decides (the decision follows the verb and its subject).
DECIDE_VERBS: tuple[str, ...] = (
    "قرر",
    "قررت",
    "يقرر",
    "تقرر",
    "قرروا",
    "أقر",  # approved; the present "يقر/تقر" mostly acknowledges ("تقر بصعوبة الوضع")
    "أقرت",
)
# Complete phrases that introduce decisions ("تم الاتفاق على …").
LIST_INTRO_PHRASES: tuple[str, ...] = (
    "تم الاتفاق على",
    "تم الاتفاق كذلك على",
    "تمت المصادقة على",
    "تمت الموافقة على",
    "تم التوافق على",
    "تم التصويت بالإجماع على",
    "تم التصويت على",
    "تم كذلك التصويت على",
    "تم كذلك الاتفاق على",
    "تقرر",
    "il a été convenu de",
    "il a été décidé de",
)
# Verbal nouns that make "تم/تمت …" a decision ("تم تحديد يوم …"، "تمت دعوة الأندية إلى …");
# not تنظيم, عقد, إعداد, عرض…: those also tell what was done before or at the meeting.
PASSIVE_DECISIONS: tuple[str, ...] = (
    "تحديد", "تعيين", "تشكيل", "إحداث", "دعوة", "اعتماد", "برمجة", "تأجيل", "إرجاء", "إلغاء",
    "إحالة", "انتداب", "تخصيص", "تفويض", "توجيه",
    # a disciplinary committee's sanctions ("تم توقيف اللاعب …"، "تم تغريم الفريق …")
    "توقيف", "إيقاف", "تغريم",
    # "كما تمت الدعوة إلى تعبئة كافة المناضلين …": the body mobilising its own members
    "الدعوة إلى تعبئة", "الدعوة إلى التعبئة",
)  # fmt: skip
# Outcomes that are decisions only when they name them ("خرج الاجتماع بالتوصيات…").
OUTCOME_VERBS: tuple[str, ...] = ("أسفر", "أسفرت", "تمخض", "تمخضت", "خرج", "خرجت", "توج", "توجت")
# Phrases that introduce a list of decisions (split on commas, bullets, numbers, ordinals).
LIST_INTRO_AR: tuple[str, ...] = (
    "خلص",
    "خلصت",
    "خلصوا",
    "اتفق",
    "اتفقت",
    "اتفقوا",
    "توافق",
    "توافقت",
    "صادق",
    "تمت المصادقة",
    "تمت الموافقة",
    "تم الاتفاق",
    "تم التوافق",
    "صوت",
    "صوتت",
    "صادقت",
    "وافق",
    "وافقت",
    "انتهى",
    "انتهت",
    "اتخذ",
    "اتخذت",
    "أوصى",
    "أوصت",
)
SECTION_NOUNS: tuple[str, ...] = (
    "المقررات",
    "القرارات",
    "التوصيات",
    "الخلاصات",
    "التوجهات",
    "الإجراءات",
    "التدابير",
    "التوجيهات",
    "مقررات",
    "قرارات",
    "توصيات",
    "خلاصات",
)
INTRO_FR: tuple[str, ...] = (
    "a décidé",
    "ont décidé",
    # "le Bureau politique a tenu à prendre les mesures nécessaires pour …"
    "a tenu à prendre",
    "ont tenu à prendre",
    "a été décidé",
    "il a été décidé",
    "a convenu",
    "ont convenu",
    "sont convenus",
    "a été convenu",
    "a également été convenu",
    "a aussi été convenu",
    "a en outre été convenu",
    "a également été décidé",
    "a aussi été décidé",
    "a en outre été décidé",
    "a par ailleurs été décidé",
    "a chargé",
    "a annoncé",
    "a validé",
    "ont voté",
    "a voté",
    "ont validé",
    "a procédé à",
    "il a été procédé à",
    "a fixé",
    "ont fixé",
    "ont procédé à",
    "ont annoncé",
    "ont chargé",
    "a mandaté",
    "ont mandaté",
    "a arrêté",
    "ont arrêté",
    "a adopté",
    "ont adopté",
    "a approuvé",
    "ont approuvé",
    "a entériné",
    "a retenu",
    "ont retenu",
    "décide",
    "décident",
    "a recommandé",
    "ont recommandé",
    "recommande",
    "recommandent",
    "décisions suivantes",
    "recommandations suivantes",
    "résolutions suivantes",
    "mesures suivantes",
)
# Bodies that speak for the meeting ("أكدت الأمانة على ضرورة …" is the body; "أكد الأمين"
# is a person, reported speech).
BODY_NOUNS: tuple[str, ...] = (
    "المكتب",
    "الأمانة",
    "المجلس",
    "اللجنة",
    "الاجتماع",
    "المجتمعون",
    "الحاضرون",
    "الجمع العام",
    "الكتابة",
    "الهيئة",
    "الفرع",
    "العصبة",
    "الجامعة",
    "التنسيقية",
    "الدورة",
    "le bureau",
    "le conseil",
    "le comité",
    "la commission",
    "l'assemblée",
    "le secrétariat",
)
# Verbs of a body stressing something: a decision only when followed by an action word.
STRESS_VERBS: tuple[str, ...] = ("أكد", "أكدت", "يؤكد", "تؤكد", "شدد", "شددت", "يشدد", "تشدد")
ACTION_AFTER_STRESS: tuple[str, ...] = ("ضرورة", "وجوب", "العمل على", "الإسراع في", "الإسراع ب")
# Lead-ins of an agenda or a review, not decisions.
AGENDA_WORDS: tuple[str, ...] = (
    "تدارس",
    "تناول",
    "ناقش",
    "استعرض",
    "تداول",
    "جدول الأعمال",
    "جدول أعمال",
    "تضمن",
    "يتضمن",
    "المدرجة",
    "النقط المدرجة",
    "تطرق",
    "تطرقت",
    "عرض",
    "شمل",
    "شملت",
    "همت",
    "تمحور",
    "تمحورت",
    "انصب",
    "تناولت",
    "خصص",
    "خصصت",
    "عالج",
    "بحث",
    "المحاور",
    "محاور",
    "تمثلت",
    "ordre du jour",
    "a porté sur",
    "portant sur",
    "a traité",
    "a passé en revue",
    "a examiné",
    "ont examiné",
    "a débattu",
    "a abordé",
)
# Positions: what the body says, not what it does (drafted unticked, not in the JSON).
POSITION_VERBS: tuple[str, ...] = (
    "يثمن", "تثمن", "ثمن", "ثمنت", "يشيد", "تشيد", "أشاد", "أشادت", "ينوه", "تنوه", "نوه",
    "نوهت", "يندد", "تندد", "ندد", "نددت", "يستنكر", "تستنكر", "استنكر", "استنكرت", "يدين",
    "تدين", "أدان", "أدانت", "يشجب", "تشجب", "يعبر", "تعبر", "عبر", "عبرت", "يعرب", "تعرب",
    "أعرب", "أعربت", "يعلن تضامنه", "تعلن تضامنها", "يجدد", "تجدد", "جدد", "جددت", "يدعو",
    "تدعو", "دعا", "دعت", "يطالب", "تطالب", "طالب", "طالبت", "يحيي", "تحيي", "حيا", "يهنئ",
    "تهنئ", "هنأ", "يترحم", "تترحم", "يعتبر", "تعتبر", "اعتبر", "اعتبرت", "يرفض", "ترفض",
    "يسجل", "تسجل", "سجل", "سجلت", "يستغرب", "تستغرب", "يحمل", "تحمل", "يناشد", "تناشد",
    "يهيب", "تهيب", "يتابع", "تتابع", "ينبه", "تنبه", "يحذر", "تحذر", "يؤكد", "تؤكد", "يعلن",
    "تعلن", "يشكر", "تشكر", "يتقدم", "تتقدم", "يعتز", "تعتز", "يأسف", "تأسف", "يتأسف",
    "يسجل", "يرحب", "ترحب", "يلتمس", "تلتمس", "يستحضر", "يشير", "يذكر", "يتشبث", "يجدد",
    "تذكر", "تستحضر", "تشير", "تتشبث", "تلفت", "يلفت", "تعتذر", "يعتذر", "تخبر", "يخبر",
    "أكد", "أكدت", "شدد", "شددت", "أشار", "أشارت",
    "salue", "saluent", "se félicite", "se félicitent", "félicite", "condamne", "condamnent",
    "dénonce", "dénoncent", "exprime", "expriment", "réaffirme", "réaffirment", "réitère",
    "appelle", "appellent", "exhorte", "invite", "rend hommage", "déplore", "s'indigne",
    "rejette", "affirme", "considère", "estime", "tient à", "remercie", "exprime sa",
    "saluer", "condamner", "dénoncer", "exprimer", "réaffirmer", "réitérer", "féliciter",
    "rendre hommage", "remercier", "déplorer", "appeler", "exhorter", "ont salué", "a salué",
    "ont exprimé", "a exprimé", "ont condamné", "a condamné", "ont dénoncé", "a dénoncé",
)  # fmt: skip
# The same positions as verbal nouns ("تثمينه"، "التنديد ب"): a position when the noun opens
# the item with a pronoun, or, for the calls, when the government is addressed.
POSITION_NOUNS: tuple[str, ...] = (
    "تثمين", "الإشادة", "إشادة", "التنويه", "تنويه", "الإدانة", "إدانة", "التنديد", "تنديد",
    "الاستنكار", "استنكار", "شجب", "التعبير", "تعبير", "التضامن", "تضامن", "تحية", "تهنئة",
    "الترحم", "ترحم", "الاعتزاز", "اعتزاز", "الارتياح", "ارتياح", "القلق", "قلق", "انشغال",
    "الانشغال",
    "استغراب", "التأكيد", "تأكيد", "تشبث", "التشبث",
    "شكر", "الشكر", "أهمية", "الأهمية",
    "salut", "condamnation", "solidarité", "soutien indéfectible", "hommage", "félicitations",
)  # fmt: skip
PRONOUN_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "نا")
CALL_NOUNS: tuple[str, ...] = ("دعوة", "مطالبة", "مناشدة", "الدعوة", "المطالبة", "مناشدة")
GOVERNMENT: tuple[str, ...] = (
    "الحكومة", "السلطات", "الدولة", "الوزارة", "وزارة", "الجهات", "المسؤولين", "الرأي العام",
    "المنتظم", "المجتمع الدولي", "القطاعات", "le gouvernement", "les autorités", "l'état",
    "les pouvoirs publics", "le ministère",
)  # fmt: skip
# Where a list of decisions ends: the closing lines of a communiqué.
CLOSING: tuple[str, ...] = (
    "وفي الختام", "وفي ختام", "في الختام", "في ختام", "حرر", "وحرر", "عاش", "والسلام", "السلام",
    "عن المكتب", "عن الأمانة", "عن المجلس", "عن اللجنة", "الإمضاء", "التوقيع", "اترك رد",
    "fait à", "vive", "pour le bureau", "pour le conseil", "signé", "le président", "la présidente",
    "le secrétaire", "والله ولي التوفيق", "والله الموفق",
)  # fmt: skip
# A narrative sentence that ends a list of un-numbered decisions ("وأكد …", "وقد …").
NARRATIVE_STARTS: tuple[str, ...] = (
    "وقد", "وفي", "وأكد", "وشدد", "ودعا", "وثمن", "وأشاد", "واعتبر", "واختتم", "واختتمت",
    "وانتهى", "وانتهت", "ورفعت", "ورفع", "وتم", "وبعد", "وأكدت", "وعبر", "وعبرت", "كما",
    "من جانبه", "من جانبها", "من جهته", "من جهتها", "من جهتهم", "وبدوره", "وبدورها", "وعلى",
    "وبخصوص", "وبشأن", "وحول", "أما", "وأما", "ثم", "وتميز", "وتميزت", "وتخلل", "وشهد", "وعرف",
    "وعرفت", "واستهل", "واستهلت", "وافتتح", "وافتتحت", "وأشار", "وأبرز", "واعتبر", "وسجل",
)  # fmt: skip
# A decision's first word starting with و where the و is part of the word.
WAW_ROOTS: tuple[str, ...] = (
    "وضع", "وقف", "وصل", "وجه", "وجيه", "وفر", "وزع", "وثق", "وحد", "وسع", "وطد", "ولوج", "وجوب",
    "ودي", "وطن", "وقت", "وكال", "وزار", "ولاي", "وداد", "وثيق", "وعي", "وفد", "ورش", "وفاء",
    "وسائل", "وقاي", "وظيف", "ورق", "واجه", "واقع", "واد", "وسيط", "وضعي", "وفق",
)  # fmt: skip
# A fragment that continues the previous decision rather than starting a new one.
CONTINUATIONS: tuple[str, ...] = (
    "وذلك", "ذلك", "بما في ذلك", "بما فيها", "خاصة", "خصوصا", "لا سيما", "ولا سيما", "بما", "من",
    "في", "على", "إلى", "مع", "عبر", "حيث", "التي", "الذي", "الذين", "سواء", "أو", "بهدف", "قصد",
    "من أجل", "بغية", "لفائدة", "تحت", "باعتبار", "وفق", "وفقا", "طبقا", "حسب", "بعد", "قبل",
    "بين", "بكل", "بجميع", "لكل", "كل", "ثم", "بل", "لتمكين", "ليكون", "لتكون", "بمشاركة",
    "وبحضور", "بحضور", "بتنسيق", "بتعاون", "بشراكة", "بدعم", "تحت إشراف", "وتحت", "وهي",
    "الشيء", "الأمر", "مما", "وهو", "وهو ما", "إضافة", "بالإضافة", "فضلا", "علاوة", "مؤكدا",
    "مشيرا", "معتبرا", "داعيا", "مبرزا", "مضيفا", "نظرا", "لأن", "لكون", "إذ", "حتى", "كي", "لكي",
    "أي", "خصوصا", "وخاصة", "وخصوصا", "ولاسيما", "لاسيما", "قصد", "ضمانا", "تفعيلا", "انسجاما",
    # what was scheduled ("…، المبرمجة يوم …"): the same thing
    "المبرمجة", "المبرمج", "مبرمجة", "مبرمجين", "مبرمجتين", "المقررة", "المزمع", "لأجل",
    # "…، لما لها من نتائج مهمة": why, the same thing
    "لما",
    # a time phrase goes with the decision it dates ("…، خلال الأيام المقبلة")
    "خلال", "في غضون", "غضون", "في أجل", "داخل أجل", "ابتداء", "ابتداءا", "انطلاقا", "اعتبارا",
    "اليوم", "يوم", "أمس", "غدا", "صباح", "مساء",
    "et", "ou", "notamment", "en", "dans", "par", "avec", "pour", "afin", "qui", "dont",
    "ce qui", "soit", "y compris", "ainsi", "conformément", "selon", "sans",
)  # fmt: skip

# -- meeting -------------------------------------------------------------------------------
MEETING_VERBS: tuple[str, ...] = (
    "عقد", "عقدت", "يعقد", "تعقد", "انعقد", "انعقدت", "المنعقد", "المنعقدة", "اجتمع", "اجتمعت",
    "التأم", "التأمت", "اجتماعه", "اجتماعها", "اجتماعا", "اجتماع", "دورته", "دورتها", "لقاء",
    "نظمت", "نظم", "réuni", "réunie", "réunis", "réunies", "tenu", "tenue", "tenu sa",
    "s'est tenu", "s'est tenue", "réunion", "session", "assemblée", "se sont réunis",
)  # fmt: skip
# Around a date, words that make it another event's date.
OTHER_EVENT: tuple[str, ...] = (
    "السابق", "السابقة", "المقبل", "المقبلة", "القادم", "القادمة",
    "سيعقد", "ستعقد", "سينعقد", "ستنعقد", "موعد", "المزمع", "المرتقب", "المقرر", "المبرمج",
    "الموالي", "محضر", "procès-verbal", "قرر", "تقرر", "يقرر", "قررت", "تحديد", "تنفيذ مقررات", "تتبع", "حصيلة",
    "prochain", "prochaine", "précédent", "précédente", "aura lieu", "se tiendra", "fixé",
    "fixée", "décidé", "convoqu", "dernière réunion", "suivi des",
    # a law or decree cited with its date ("الظهير الشريف … الصادر في … الموافق ل 7 يوليوز 2015")
    "الصادر", "الظهير", "المرسوم", "الجريدة الرسمية", "dahir", "décret", "bulletin officiel",
    # decisions of an earlier meeting recalled ("les modifications approuvées lors de la réunion
    # du 1er août 2024"، "المصادق عليها خلال اجتماع …")
    "approuvées lors", "adoptées lors", "décidées lors", "prises lors", "validées lors", "rappel",
    "المصادق عليها", "المتخذة خلال", "تذكير", "حدد", "حددت", "يحدد", "تحدد", "prévu", "prévue", "prévus", "programmé", "programmée",
)  # fmt: skip
PUBLICATION: tuple[str, ...] = (
    "حرر", "وحرر", "fait à", "fait a", "publié", "نشر", "تحديث", "آخر تحديث", "mis à jour",
)  # fmt: skip
TITLES: tuple[str, ...] = (
    "الدكتور", "الدكتورة", "د.", "السيد", "السيدة", "السادة", "الأستاذ", "الأستاذة", "الحاج",
    "الحاجة", "المهندس", "المهندسة", "الأخ", "الأخت", "الرفيق", "الرفيقة", "الشيخ",
    "M.", "Mme", "Mlle", "Dr", "Dr.", "Pr", "Pr.", "Me", "Monsieur", "Madame", "Docteur",
)  # fmt: skip
CHAIR_INTRO: tuple[str, ...] = (
    "ترأس الاجتماع", "ترأست الاجتماع", "ترأس أشغال", "ترأست أشغال", "ترأس اللقاء", "ترأس",
    "ترأست", "ترأسه", "ترأسها", "برئاسة", "تحت رئاسة", "وترأس", "présidé par", "présidée par",
    "sous la présidence de", "sous la présidence du", "sous la présidence de la", "présidé",
    "présidée",
)  # fmt: skip
ATTEND_INTRO: tuple[str, ...] = (
    "حضر الاجتماع", "حضره", "حضرها", "وحضر", "بحضور", "وبحضور", "شارك في الاجتماع",
    "شارك فيه", "en présence de", "en présence des", "en présence du", "étaient présents", "ont pris part", "ont assisté", "ont participé",
    "a réuni", "ont été présents",
)  # fmt: skip
PLACE_NOUNS: tuple[str, ...] = (
    "مقر", "المقر", "قاعة", "القاعة", "فندق", "دار", "مركز", "المركز", "مدرج", "رحاب", "فضاء",
    "مقرها", "مقره", "الملعب", "مكتب", "مدينة", "المدينة", "مقاطعة", "عمالة", "مدرسة", "ثانوية", "siège", "salle", "hôtel", "centre", "local", "maison",
    "complexe", "espace",
)  # fmt: skip
FUNCTION_NOUNS: tuple[str, ...] = (
    "الأمين", "الأمينة", "الكاتب", "الكاتبة", "رئيس", "رئيسة", "عضو", "المنسق", "المنسقة",
    "نائب", "نائبة", "المدير", "المديرة", "المندوب", "عامل", "والي", "الأمين العام", "président",
    "présidente", "secrétaire", "directeur", "coordinateur",
)  # fmt: skip

# -- owners and communes -------------------------------------------------------------------
OWNER_INTRO: tuple[str, ...] = (
    "تكليف", "وتكليف", "يكلف", "تكلف", "كلف", "كلفت", "يتولى", "تتولى", "تحت إشراف", "يعهد إلى",
    "تعهد إلى", "عهد إلى", "العهد إلى", "إسناد", "charge", "charger", "confie à", "confier à",
    "sous la responsabilité de", "sous la supervision de",
)  # fmt: skip
OWNER_NOUNS: tuple[str, ...] = (
    "لجنة", "اللجنة", "الأمانة", "الأمانات", "المكتب", "مكتب", "الكاتب", "الأمين", "رئيس",
    "المنسق", "الكتابة", "الفرع", "الفروع", "الخلية", "المصالح", "مصالح", "القسم", "فريق",
    "الفريق", "منظمة", "شبيبة", "الشبيبة", "مندوب", "المدير", "الإدارة", "أمين", "أمينة",
    "المنتخبين", "المجلس", "مجلس", "النائب", "نائب", "المفتشية", "المفتش", "المنسقية",
    "التنسيقية", "الهيئة", "المديرية", "المندوبية", "الجمعية", "العصبة", "النادي", "الرئيس",
    "أمين المال", "المستشار", "المكلف", "عضو", "أعضاء", "اللجان", "الكاتب العام", "commission", "comité", "bureau",
    "secrétariat", "président", "direction", "service", "cellule", "trésorier", "coordination",
    "section", "coordinateur", "secrétaire", "la commission", "le bureau", "la coordination",
    "le comité", "le secrétariat", "la direction", "le président", "la section",
)  # fmt: skip
# A decision for every commune of the province (a fan-out to all, issue 15): matched on the
# decision's normalised text (tracker.domain.text.normalize: hamza, ta marbuta folded).
ALL_COMMUNES: tuple[str, ...] = (
    "جميع جماعات الاقليم", "كافة جماعات الاقليم", "كل جماعات الاقليم", "مجموع جماعات الاقليم",
    "جميع الجماعات الترابية للاقليم", "كافة الجماعات الترابية للاقليم",
    "جميع جماعات العماله", "كافة جماعات العماله", "جميع الجماعات الترابية بالاقليم",
    "جميع جماعات ومقاطعات", "كل الجماعات الترابية للاقليم", "جميع الجماعات بالاقليم",
    "toutes les communes de la province", "l'ensemble des communes de la province",
    "toutes les communes de la prefecture", "l'ensemble des communes",
    "chacune des communes de la province",
)  # fmt: skip
COMMUNE_MARKERS: tuple[str, ...] = (
    "جماعة", "بجماعة", "لجماعة", "الجماعة الترابية", "بالجماعة الترابية", "للجماعة الترابية",
    "الجماعة القروية", "بالجماعة القروية", "جماعتي", "بلدية", "ببلدية", "لبلدية", "مدينة",
    "بمدينة", "commune de", "commune d'", "municipalité de", "commune rurale de",
    "commune urbaine de", "ville de",
)  # fmt: skip
