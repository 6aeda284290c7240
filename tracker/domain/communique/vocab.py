"""The reader's vocabulary, as data: month names, numbers, phrases that introduce decisions,
position verbs, deadline phrases, titles and owner nouns (Arabic as Moroccan communiqués
write it, and French). Written in ordinary spelling; the rules fold it (``fold.fold_word``)
so that hamza, ta marbuta, alif maqsura and diacritics never matter.
"""

from __future__ import annotations

# -- months ------------------------------------------------------------------------------------
# month number -> every way it is written (Moroccan, Egyptian/Middle-East, Levantine, French)
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "janvier", "janv"),
    2: ("فبراير", "فبرابر", "فبرير", "شباط", "février", "fevrier", "fév"),
    3: ("مارس", "آذار", "mars"),
    4: ("أبريل", "ابريل", "إبريل", "أفريل", "نيسان", "avril"),
    5: ("ماي", "مايو", "أيار", "mai"),
    6: ("يونيو", "يونيه", "يونيوز", "حزيران", "juin"),
    7: ("يوليوز", "يوليو", "يوليه", "جويلية", "تموز", "juillet"),
    8: ("غشت", "أغسطس", "اغسطس", "أوت", "آب", "août", "aout"),
    9: ("شتنبر", "سبتمبر", "أيلول", "septembre", "sept"),
    10: ("أكتوبر", "تشرين الأول", "octobre", "oct"),
    11: ("نونبر", "نوفمبر", "تشرين الثاني", "novembre", "nov"),
    12: ("دجنبر", "ديسمبر", "دجمبر", "كانون الأول", "décembre", "decembre", "déc"),
}
HIJRI_MONTHS: tuple[str, ...] = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الثاني",
    "ربيع الآخر",
    "ربيع الاول",
    "جمادى الأولى",
    "جمادى الأول",
    "جمادى الثانية",
    "جمادى الآخرة",
    "جمادى الاخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذي القعدة",
    "ذو الحجة",
    "ذي الحجة",
)
WEEKDAYS: tuple[str, ...] = (
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)
FIRST_DAY: tuple[str, ...] = ("فاتح", "الفاتح", "1er", "premier")

# -- numbers in words ----------------------------------------------------------------------
# Arabic: masculine, feminine and case forms; French.
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1,
    "واحدة": 1,
    "اثنين": 2,
    "اثنان": 2,
    "اثنتين": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانية": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
    "أحد عشر": 11,
    "إحدى عشرة": 11,
    "اثنا عشر": 12,
    "اثني عشر": 12,
    "ثلاثة عشر": 13,
    "أربعة عشر": 14,
    "خمسة عشر": 15,
    "خمس عشرة": 15,
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "أربعين": 40,
    "أربعون": 40,
    "خمسة وأربعين": 45,
    "ستين": 60,
    "ستون": 60,
    "تسعين": 90,
    "تسعون": 90,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante-cinq": 45,
    "quarante cinq": 45,
    "soixante": 60,
    "quatre-vingt-dix": 90,
}
# unit -> words (singular, plural, accusative); duals give the number themselves
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "days": ("يوم", "يوما", "يوماً", "أيام", "jour", "jours", "jours ouvrables"),
    "weeks": ("أسبوع", "أسبوعا", "أسابيع", "semaine", "semaines"),
    "months": ("شهر", "شهرا", "أشهر", "شهور", "mois"),
    "years": ("سنة", "سنوات", "عام", "عاما", "أعوام", "an", "ans", "année", "années"),
}
DUALS: dict[str, tuple[int, str]] = {
    "يومين": (2, "days"),
    "يومان": (2, "days"),
    "أسبوعين": (2, "weeks"),
    "أسبوعان": (2, "weeks"),
    "شهرين": (2, "months"),
    "شهران": (2, "months"),
    "سنتين": (2, "years"),
    "سنتان": (2, "years"),
    "عامين": (2, "years"),
    "عامان": (2, "years"),
    "quinzaine": (15, "days"),
    "huitaine": (8, "days"),
}

# -- deadline phrases ----------------------------------------------------------------------
WITHIN: tuple[str, ...] = (
    "خلال",
    "في غضون",
    "غضون",
    "في ظرف",
    "في أجل",
    "في أجل أقصاه",
    "في أجل لا يتعدى",
    "في أجل لا يتجاوز",
    "في أجل لا يتعدي",
    "داخل أجل",
    "داخل أجل أقصاه",
    "في مدة",
    "في مدة أقصاها",
    "في مدة لا تتعدى",
    "في موعد أقصاه",
    "في أقل من",
    "dans un délai de",
    "dans un délai d'",
    "dans un délai maximum de",
    "dans un délai maximal de",
    "dans un délai n'excédant pas",
    "dans un délai ne dépassant pas",
    "dans les",
    "d'ici",
    "sous",
    "en l'espace de",
    "au plus tard dans",
)
BEFORE: tuple[str, ...] = (
    "قبل",
    "قبل يوم",
    "في أجل أقصاه",
    "أجل أقصاه",
    "في موعد أقصاه",
    "في أجل لا يتعدى",
    "في أجل لا يتجاوز",
    "أقصاه",
    "إلى غاية",
    "الى حدود",
    "في حدود",
    "في أفق",
    "au plus tard le",
    "au plus tard",
    "avant le",
    "avant",
    "d'ici le",
    "d'ici au",
    "jusqu'au",
    "pour le",
)
ON: tuple[str, ...] = ("يوم", "في", "بتاريخ", "le", "ليوم")
START: tuple[str, ...] = (
    "ابتداء من",
    "ابتداءا من",
    "ابتداءً من",
    "انطلاقا من",
    "اعتبارا من",
    "بدءا من",
    "à partir du",
    "à partir de",
    "à compter du",
    "à compter de",
    "dès le",
)
END_WORDS: tuple[str, ...] = ("متم", "نهاية", "أواخر", "آخر", "انتهاء", "اختتام")
MID_WORDS: tuple[str, ...] = ("منتصف", "أواسط", "وسط")
NEXT_WORDS: tuple[str, ...] = ("المقبل", "القادم", "المقبلة", "القادمة", "الموالي", "الموالية")
CURRENT_WORDS: tuple[str, ...] = ("الجاري", "الجارية", "الحالي", "الحالية", "هذا", "هذه")
PAST_WORDS: tuple[str, ...] = (
    "الماضي",
    "الماضية",
    "المنصرم",
    "المنصرمة",
    "الأخيرة",
    "الفارط",
    "الفارطة",
    "السابق",
    "السابقة",
    "dernier",
    "derniere",
    "passé",
    "écoulé",
)
# A deadline the text does not give: kept as a phrase, never a date.
VAGUE: tuple[str, ...] = (
    "في أقرب الآجال",
    "في أقرب الأوقات",
    "في أقرب وقت",
    "في أقرب وقت ممكن",
    "في أقرب فرصة",
    "في أسرع وقت",
    "في أسرع الآجال",
    "في الآجال المحددة",
    "في الأجل المحدد",
    "في الآجال القانونية",
    "في الأجل القانوني",
    "في الآجال المعقولة",
    "في أجل معقول",
    "في أجل قريب",
    "في القريب العاجل",
    "في الأيام المقبلة",
    "في الأيام القليلة المقبلة",
    "خلال الأيام المقبلة",
    "خلال الأيام القليلة المقبلة",
    "خلال الأسابيع المقبلة",
    "في الأسابيع المقبلة",
    "خلال الأشهر المقبلة",
    "في الأشهر المقبلة",
    "خلال السنوات المقبلة",
    "في حينه",
    "في وقته",
    "dans les meilleurs délais",
    "dans les plus brefs délais",
    "dans les délais impartis",
    "dans les délais requis",
    "dans les délais légaux",
    "dans les délais fixés",
    "dans les prochains jours",
    "dans les prochaines semaines",
    "dans les semaines à venir",
    "dans les jours à venir",
    "en temps opportun",
    "dès que possible",
)
# "before" + an event without a date ("قبل المؤتمر الوطني"): a phrase, never a date.
EVENT_NOUNS: tuple[str, ...] = (
    "انعقاد",
    "موعد",
    "المؤتمر",
    "مؤتمر",
    "الدورة",
    "دورة",
    "الجمع العام",
    "الاستحقاقات",
    "الانتخابات",
    "الدخول",
    "بداية",
    "انطلاق",
    "حلول",
    "عيد",
    "شهر رمضان",
    "الموسم",
    "la tenue",
    "le congrès",
    "la rentrée",
    "les élections",
    "la session",
    "l'assemblée",
    "le début",
    "le lancement",
)
HORIZON: tuple[str, ...] = ("في أفق", "أفق", "à l'horizon", "horizon")

# -- decisions -----------------------------------------------------------------------------
# Verbs by which the body decides (the decision follows the verb and its subject).
DECIDE_VERBS: tuple[str, ...] = (
    "قرر",
    "قررت",
    "يقرر",
    "تقرر",
    "قرروا",
    "أقر",
    "أقرت",
    "يقر",
    "تقر",
    "تقرر",
)
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
    "تم الاتفاق على",
    "صادق",
    "صادقت",
    "تمت المصادقة على",
    "وافق",
    "وافقت",
    "أسفر",
    "أسفرت",
    "تمخض",
    "تمخضت",
    "انتهى",
    "انتهت",
    "خرج",
    "خرجت",
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
    "a été décidé",
    "il a été décidé",
    "a convenu",
    "ont convenu",
    "sont convenus",
    "a été convenu",
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
    "النقط المدرجة",
    "ordre du jour",
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
    "أكد", "أكدت", "شدد", "شددت", "أشار", "أشارت",
    "salue", "saluent", "se félicite", "se félicitent", "félicite", "condamne", "condamnent",
    "dénonce", "dénoncent", "exprime", "expriment", "réaffirme", "réaffirment", "réitère",
    "appelle", "appellent", "exhorte", "invite", "rend hommage", "déplore", "s'indigne",
    "rejette", "affirme", "considère", "estime", "tient à", "remercie", "exprime sa",
)  # fmt: skip
# The same positions as verbal nouns ("تثمينه"، "التنديد ب"): a position when the noun opens
# the item with a pronoun, or, for the calls, when the government is addressed.
POSITION_NOUNS: tuple[str, ...] = (
    "تثمين", "الإشادة", "إشادة", "التنويه", "تنويه", "الإدانة", "إدانة", "التنديد", "تنديد",
    "الاستنكار", "استنكار", "شجب", "التعبير", "تعبير", "التضامن", "تضامن", "تحية", "تهنئة",
    "الترحم", "ترحم", "الاعتزاز", "اعتزاز", "الارتياح", "ارتياح", "القلق", "قلق", "انشغال",
    "استغراب", "الرفض", "رفض", "تجديد", "التأكيد", "تأكيد", "تشبث", "التشبث", "اعتبار",
    "شكر", "الشكر", "التشبث",
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
)  # fmt: skip
# A decision's first word starting with و where the و is part of the word.
WAW_ROOTS: tuple[str, ...] = (
    "وضع", "وقف", "وصل", "وجه", "وجيه", "وفر", "وزع", "وثق", "وحد", "وسع", "وطد", "ولوج", "وجوب",
    "ودي", "وطن", "وقت", "وكال", "وزار", "ولاي", "وداد", "وثيق", "وعي", "وفد", "ورش", "وفاء",
    "وسائل", "وقاي", "وظيف", "ورق", "واجه", "واقع", "واد", "وسيط", "وضعي",
)  # fmt: skip
# A fragment that continues the previous decision rather than starting a new one.
CONTINUATIONS: tuple[str, ...] = (
    "وذلك", "ذلك", "بما في ذلك", "بما فيها", "خاصة", "خصوصا", "لا سيما", "ولا سيما", "بما", "من",
    "في", "على", "إلى", "مع", "عبر", "حيث", "التي", "الذي", "الذين", "سواء", "أو", "بهدف", "قصد",
    "من أجل", "بغية", "لفائدة", "تحت", "باعتبار", "وفق", "وفقا", "طبقا", "حسب", "بعد", "قبل",
    "بين", "بكل", "بجميع", "لكل", "كل", "ثم", "بل", "لتمكين", "ليكون", "لتكون", "بمشاركة",
    "وبحضور", "بحضور", "بتنسيق", "بتعاون", "بشراكة", "بدعم", "تحت إشراف", "وتحت", "وهي",
    "et", "ou", "notamment", "en", "dans", "par", "avec", "pour", "afin", "qui", "dont",
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
    "السابق", "السابقة", "الماضي", "الماضية", "الفارط", "المقبل", "المقبلة", "القادم", "القادمة",
    "سيعقد", "ستعقد", "سينعقد", "ستنعقد", "موعد", "المزمع", "المرتقب", "المقرر", "المبرمج",
    "الموالي", "قرر", "تقرر", "يقرر", "قررت", "تحديد", "تنفيذ مقررات", "تتبع", "حصيلة",
    "prochain", "prochaine", "précédent", "précédente", "aura lieu", "se tiendra", "fixé",
    "fixée", "décidé", "convoqu", "dernière réunion", "suivi des",
)  # fmt: skip
PUBLICATION: tuple[str, ...] = ("حرر", "وحرر", "fait à", "fait a", "publié", "نشر")
TITLES: tuple[str, ...] = (
    "الدكتور", "الدكتورة", "د.", "السيد", "السيدة", "السادة", "الأستاذ", "الأستاذة", "الحاج",
    "الحاجة", "المهندس", "المهندسة", "الأخ", "الأخت", "الرفيق", "الرفيقة", "الشيخ",
    "M.", "Mme", "Mlle", "Dr", "Dr.", "Pr", "Pr.", "Me", "Monsieur", "Madame", "Docteur",
)  # fmt: skip
CHAIR_INTRO: tuple[str, ...] = (
    "ترأس الاجتماع", "ترأست الاجتماع", "ترأس أشغال", "ترأست أشغال", "ترأس اللقاء", "ترأس",
    "ترأست", "ترأسه", "ترأسها", "برئاسة", "تحت رئاسة", "وترأس", "présidé par", "présidée par",
    "sous la présidence de", "présidé", "présidée",
)  # fmt: skip
ATTEND_INTRO: tuple[str, ...] = (
    "حضر الاجتماع", "حضره", "حضرها", "وحضر", "بحضور", "وبحضور", "شارك في الاجتماع",
    "شارك فيه", "en présence de", "ont pris part", "ont assisté", "ont participé",
    "a réuni", "ont été présents",
)  # fmt: skip
PLACE_NOUNS: tuple[str, ...] = (
    "مقر", "المقر", "قاعة", "القاعة", "فندق", "دار", "مركز", "المركز", "مدرج", "رحاب", "فضاء",
    "مقرها", "مقره", "الملعب", "مكتب", "siège", "salle", "hôtel", "centre", "local", "maison",
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
    "المنتخبين", "المجلس", "مجلس", "النائب", "نائب", "commission", "comité", "bureau",
    "secrétariat", "président", "direction", "service", "cellule", "trésorier",
)  # fmt: skip
COMMUNE_MARKERS: tuple[str, ...] = (
    "جماعة", "بجماعة", "لجماعة", "الجماعة الترابية", "بالجماعة الترابية", "للجماعة الترابية",
    "الجماعة القروية", "بالجماعة القروية", "جماعتي", "بلدية", "ببلدية", "لبلدية", "مدينة",
    "بمدينة", "commune de", "commune d'", "municipalité de", "commune rurale de",
    "commune urbaine de", "ville de",
)  # fmt: skip
