"""The cues the decisions are found by (compiled once), and how a decision's words are
cleaned: bullets, numbers and ordinals, a leading conjunction, the body's name after a
deciding verb. The rule that uses them is in :mod:`segment`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain.communique import phrases
from tracker.domain.communique.dates import DATE_BODY, NUMERIC_BODY
from tracker.domain.communique.fold import alternation

_A = alternation
_W = r"(?<![\w'])"  # a word starts here
_E = r"(?![\w])"  # a word ends here

ASSIGN = re.compile(
    r"(?<![\w'])(?:[وف]\s*)?(?:كما\s+)?تم\s+(?=تكليف(?!\w))"
    # "تم خلال هذا الاجتماع تحديد يوم …"، "وتمت دعوة الأندية إلى …": a decision in the passive
    r"|(?<![\w'])(?:[وف]\s*)?(?:كما\s+)?(?:قد\s+)?(?:تم|تمت)\s+(?:(?:خلال|في)\s+(?:هذا|هذه)\s+\S+\s+)?"
    rf"(?=(?:{_A(phrases.PASSIVE_DECISIONS)})(?!\w))"
    # "سيتم (كذلك) تنظيم وقفة احتجاجية يوم …": what the body will do
    rf"|(?<![\w'])(?:[وف]\s*)?(?:انه\s+)?(?:سيتم|ستتم)\s+(?:كذلك\s+|ايضا\s+)?"
    rf"(?=(?:{_A((*phrases.PASSIVE_DECISIONS, 'تنظيم', 'عقد', 'إطلاق', 'خوض'))})(?!\w))"
    # "وكلفت الأمانة العامة اللجنة التحضيرية بإعداد …": the body assigns; the verb stays
    rf"|(?<![\w'])(?:[وف]\s*|كما\s+)?(?=(?:كلف|كلفت|يكلف|تكلف|عين|عينت)\s+(?:{_A(phrases.BODY_NOUNS)}|حزب|الحزب)(?!\w))"
    # "حددت العصبة … تاريخ/موعد/يوم …" (not "حدد المجلس 3 جلسات")
    rf"|(?<![\w'])(?:[وف]\s*|كما\s+)?(?=(?:حدد|حددت|يحدد|تحدد)\s+(?:{_A(phrases.BODY_NOUNS)}|حزب|الحزب)(?!\w)"
    r"[^.\n]{0,60}?(?:موعد|تاريخ|اجل))"
    # the subject first, as a news report quotes the communiqué: "أن الأمانة العامة للحزب عينت …"
    rf"|(?:(?<=\sان\s)|(?<=\sبان\s))(?:{_A(phrases.BODY_NOUNS)})(?:\s+\S+){{0,3}}?\s+(?=(?:كلف|كلفت|عين|عينت)\s)"
    # "وأضاف الحزب أن \"مهمة إعداد … أوكلت للجنة …\"": a task given, its subject first, passive
    r"|(?:(?<=\sان\s)|(?<=\sبان\s))[\"«]?(?=مهمه\s[^.\n]{5,150}?\s(?:اوكلت|اسندت)\s+(?:ل|الي))"
    # "وأكد الحزب أنه شرع في إعداد مذكرة …": a step the body reports it has begun
    rf"|(?<![\w'])(?:[وف]\s*|كما\s+)?(?:اكد|اكدت|اعلن|اعلنت)\s+(?:{_A(phrases.BODY_NOUNS)}|الحزب)(?:\s+\S+){{0,3}}?"
    r"\s+(?:ان|بان)(?:ه|ها)?\s+(?:قد\s+)?(?=(?:شرع|شرعت|باشر|باشرت)(?!\w))"
    # a disciplinary committee sanctioning: "وغرمت اللجنة فريق …"، "كما أوقف …"، "وقامت بتغريم …"
    r"|(?<![\w'])(?:[وف]\s*|كما\s+)?(?:(?:قام|قامت)\s+ب(?=(?:تغريم|توقيف|ايقاف)\s)"
    r"|(?=(?:غرم|غرمت|اوقف|اوقفت)\s+\S))"
)
DECIDE = re.compile(rf"{_W}(?:[وف]\s*|كما\s+)?(?:قد\s+)?(?:{_A(phrases.DECIDE_VERBS)}){_E}")
LIST_INTRO = re.compile(
    # "وتمت المصادقة موازاة مع ذلك بتوفير وعاء عقاري"، "كما تمت المصادقة أيضا على …"
    r"(?<![\w'])(?:[وف]|كما\s+)?(?:تم|تمت)\s+(?:ال)?(?:مصادقه|موافقه)\s+"
    r"(?:(?:ايضا|كذلك|موازاه\s+مع\s+ذلك|بالموازاه|بالاجماع|بالاغلبيه)\s+){1,2}(?:علي\s+|ب(?=\w{3}))|"
    # "كما تم التصويت، خلال الجلسة …، بالإجماع على …"، "وعرفت هذه الدورة المصادقة بالإجماع على …"
    r"(?<![\w'])(?:[وف]|كما\s+)?(?:تم|تمت)\s+(?:ال)?(?:تصويت|مصادقه)\s*[،,][^،,.\n]{1,80}[،,]\s*(?:بالاجماع\s+)?علي(?=\s)|"
    r"(?<![\w'])(?:[وف])?(?:عرفت|شهدت)\s+(?:هذه\s+)?(?:ال)?(?:دوره|جلسه)\s+(?:ال)?(?:مصادقه|تصويت)\s+(?:بالاجماع\s+)?علي(?=\s)|"
    # "وتعلق الأمر بالمصادقة على A، وB": the points approved, named
    r"(?<![\w'])(?:[وف])?(?:تعلق|يتعلق)\s+الامر\s+ب(?:ال)?(?:مصادقه\s+علي\s+)?(?=\S)|"
    # "واتخذت بشأنها القرارات المناسبة، وهمت بالخصوص …" (before the general "اتخذ … على")
    r"(?<![\w'])(?:[وف]|كما\s+)?(?:اتخذ|اتخذت)\s+(?:(?:بشانها|بخصوصها|في\s+شانها)\s+)?(?:ال)?قرارات\s+"
    r"(?:ال)?(?:مناسبه|لازمه|ضروريه)\s*[،,]?\s*(?:و)?(?:همت|تهم|شملت|منها|ابرزها|اهمها)"
    r"(?:\s+(?:بالخصوص|خاصه|علي\s+الخصوص|بالاساس))?(?=\s)|"
    # "صادق المجلس خلال هذه الدورة، التي ترأسها … وعدد من رؤساء المصالح، على A": a long aside
    r"(?<![\w'])(?:[وف]|كما\s+)?(?:صادق|صادقت|وافق|وافقت)\s(?:(?!علي\s)[^.:\n،,]){0,80}[،,]"
    r"(?:(?!\sعلي\s)[^.:\n]){100,220}?[،,]\s*(?:بالاجماع\s+|بالاغلبيه\s+)?علي(?=\s)|"
    rf"{_W}(?:[وف]|كما\s+)?(?:{_A(phrases.LIST_INTRO_AR)}){_E}[^.:\n]{{0,130}}?"
    # not "واتخذ القرار، على إثر …": a cause, not the decision
    rf"(?:{_W}(?:علي(?!\s+(?:اثر|خلفيه|ضوء|اساس|هامش|اعتبار))|الي|عن)(?!\w))"
    rf"|{_W}(?:[وف]|كما\s+)?(?:{_A(phrases.LIST_INTRO_PHRASES)})(?:\s+ما\s+يلي)?{_E}"
    # "ومن أبرز ما تقرر خلال هذا الاجتماع:"
    r"|(?<![\w'])(?:و)?(?:من\s+)?(?:ابرز|اهم)\s+ما\s+(?:تقرر|تم\s+الاتفاق\s+عليه|تم\s+اتخاذه|خلص\s+اليه)"
    r"[^.:\n]{0,50}:"
    # "أعلنت الجامعة أن البطولة … ستنطلق يوم 13 شتنبر": a competition's date, fixed by the body
    r"|(?<![\w'])(?:[وف]|كما\s+)?(?:اعلن|اعلنت|يعلن|تعلن)\s+(?![^.:\n]{0,40}?(?:الحكومه|وزاره|الوزاره|السلطات))"
    r"(?:[^.:\n]{0,80}?\s)?(?:ان|بان)\s+"
    r"(?=[^.\n]{0,120}?\s(?:ست|سي)(?:نطلق|قام|جري|ختتم|عقد|نظم)\s+(?:[^.\n]{0,30}?\s)?(?:يوم|في|بتاريخ)\s)"
    # "عقد المكتب اجتماعه …، وحدد يوم 13 شتنبر موعدا لانطلاق البطولة": the meeting's own date
    r"|[،,]\s*و(?=(?:حدد|حددت)\s+(?:يوم|تاريخ)\s[^.\n]{0,40}?موعدا)"
    # "Le championnat démarrera le 13 septembre 2019": the same, in French
    r"|(?:(?<=\.)|(?<=\n))\s*(?![^.\n]{0,100}?(?:parlement|legislati|gouvernement|elections?\b))"
    r"(?=(?:le|la|les|l'|un|une)\s*(?:championnat|botola|coupe|saison|competition"
    r"|tournoi|assemblee\s+generale|congres|rencontre|reunion|session|journee|stage)[^.\n]{0,100}?\s"
    r"(?:demarrera|debutera|reprendra|se\s+tiendra|aura\s+lieu|se\s+deroulera|commencera|est\s+prevue?"
    r"|sera\s+organisee?)\s+(?:le|du|a\s+partir\s+du)\s+(?:[a-z]+di\s+|dimanche\s+)?\S*\d)"
    # "كما ستعقد الجامعة لقاء تشاوريا … يوم الأربعاء 07 ماي 2025": the body's own next step
    r"|(?<![\w'])(?:[وف]|كما\s+)(?=(?:ست|سي)(?:عقد|نظم)\s+(?:ال)?(?:جامعه|عصبه|مكتب|لجنه|كتابه|امانه|حزب)(?!\w))"
    # "أعلنت العصبة، عبر بلاغ رسمي، عن تأجيل …": an announced decision
    r"|(?<![\w'])(?:[وف]|كما\s+)?(?:اعلن|اعلنت|يعلن|تعلن)\s+(?:[^.:\n]{0,80}?\s)?(?:عن\s+)?"
    r"(?=(?:ال)?(?:تاجيل|الغاء|تحديد|تنظيم|اطلاق|فتح|عقد|احداث|تشكيل|اعتماد|برمجه)(?!\w))"
    # "اتخذ المكتب قرارا بتنظيم …": the decision follows its ب
    r"|(?<![\w'])(?:[وف]|كما\s+)?(?:اتخذ|اتخذت|يتخذ|اتخاذ)\s+(?:[^\s.:]+\s+){0,4}?(?:قرارا|قرار|القرار)"
    r"\s+(?:يقضي\s+|تقضي\s+)?ب(?=\w{3})"
    # "أوصى المشاركون بإحداث …": the recommendation follows its ب
    r"|(?<![\w'])(?:[وف]|كما\s+)?(?:اوصي|اوصت|يوصي|توصي|اوصوا)\s+(?:[^\s.:]+\s+){0,7}?"
    r"ب(?!عد\s|ين\s|كل\s|الاجماع|الاغلبيه|حضور|مناسبه)(?=\w{3})"
    rf"|{_W}(?:{_A(phrases.INTRO_FR)}){_E}"
    # "Le Conseil a, par ailleurs, adopté …", "Les élus ont également voté …"
    r"|(?<![\w'])(?:a|ont)\s*(?:,\s*[^,.;]{1,30},|\s+(?:egalement|aussi|en\s+outre|enfin|encore|ensuite|par\s+ailleurs))\s*"
    r"(?:adopte|approuve|decide|arrete|retenu|valide|charge|mandate|vote)(?![a-z])"
    # "Le RNI vient de fixer la date …", "Elle vient également de mettre en place une commission"
    r"|(?<![\w'])vien(?:t|nent)\s+(?:(?:egalement|aussi|en\s+outre|par\s+ailleurs)\s+)?de\s+"
    r"(?:fixer|mettre\s+en\s+place|creer|constituer|designer|nommer)(?![a-z])"
    # "Le parti a de surcroît pris, à l'unanimité, la décision de renvoyer …"
    r"|(?<![\w'])(?:a|ont)\s+(?:[^\s.,]+\s+){0,3}?pris\s*(?:,\s*[^,.;]{1,30},\s*|\s+)la\s+decision\s+(?:de\s+|d')"
    rf"|{_W}(?:[وبل])?(?:{_A(phrases.SECTION_NOUNS)})\s+(?:\S+\s+){{0,2}}?(?:التاليه|الاتيه){_E}"
    rf"|{_W}(?:[وف])?(?:{_A(phrases.OUTCOME_VERBS)}){_E}[^.:\n]{{0,50}}?(?:عن|ب|الي)\s*"
    rf"(?:(?:مجموعه|جمله|عده|عدد)\s+(?:من\s+)?)?(?:ال)?(?:{_A(phrases.SECTION_NOUNS)})[^.:\n]{{0,40}}?"
    rf"(?:(?:اهمها|ابرزها|منها|من بينها|نذكر منها|التاليه|الاتيه)\s*:|:)"
    rf"|{_W}(?:[وبل])?(?:{_A(phrases.SECTION_NOUNS)})[^.:\n]{{0,40}}?(?:اهمها|ابرزها|من بينها|نذكر منها)\s*:"
)
REFERENCE = re.compile(
    r"^(?:(?:جميع|كافه|كل|باقي|مختلف|بقيه|مجموعه من|عده|عدد من|جمله من|غالبيه|اغلب|معظم)\s*)?"
    r"(?:ال)?(?:نقط|نقاط|نقطه|نقطتين|نقطتان|مشاريع|اتفاقيات|ملفات|قرارات|مقررات|توصيات)"
    r"(?:\s+(?:ال)?(?:مدرجه|مدرجتين|المعروضه|التاليه))?(?:\s+(?:(?:في|ضمن|ب)\s*)?جدول\s+(?:ال)?اعمال(?!\w).*)?"
    r"(?:\s+(?:بالاجماع|بالاغلبيه))?\s*$"
    r"|^(?:en\s+faveur\s+(?:de\s+|d'))?(?:plusieurs|de\s+nombreux|divers|diverses|les|l'ensemble\s+des|tous\s+les|des)\s+"
    r"(?:projets|points|conventions|dossiers|decisions|recommandations)"
    r"(?:\s+(?:suivants?|proposes|presentes|soumis\b.*|inscrit\w*\s+a\s+l'ordre\s+du\s+jour.*))?\s*$"
    r"|^(?:l'|son\s+|le\s+)?ordre\s+du\s+jour\s*$"
    # "صادق على اتفاقيات شراكة تهم عددا من المجالات": the lead's summary, the details follow
    r"|^(?:ال)?(?:اتفاقيات|مشاريع|نقط|نقاط|قرارات|مقررات)(?:\s+(?:ال)?(?:شراكه|تعاون|شراكه\s+وتعاون))?\s+"
    r"(?:تهم|في|متعدده|مختلفه|تشمل|همت)\s+(?:عددا\s+من\s+|مختلف\s+|عده\s+)?(?:ال)?(?:مجالات|قطاعات|ميادين)\s*$"
    # "صادق المجلس على هذه النقطة": the point itself is read where it is named
    r"|^(?:(?:تاجيل|ارجاء|سحب|reporter|report\s+de)\s+)?(?:هذه|هذا|تلك|ذلك|ce|cet|cette|ces)\s+(?:ال)?(?:نقطه|نقط|مشروع|اتفاقيه|اقتراح|مقرر|point|projet|convention)"
)
HIGHLIGHT = re.compile(
    r"^(?:ابرزها|اهمها|من بينها|منها|ومنها|خاصه|لا سيما|ولا سيما|notamment|dont|بالاجماع|بالاغلبيه"
    r"|a\s+l'unanimite|a\s+la\s+majorite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+"
)
HEADING = re.compile(
    rf"^\s*(?:{_A(phrases.SECTION_NOUNS)}|decisions|recommandations|resolutions)(?:\s+[^\s.]+){{0,12}}\s*:?\s*$"
)
STRESS = re.compile(
    rf"{_W}(?:[وف]|كما\s+)?(?:{_A(phrases.STRESS_VERBS)})\s+(?:{_A(phrases.BODY_NOUNS)})(?:\s+\S+){{0,4}}?\s+"
    rf"(?:علي\s+)?(?=(?:{_A(phrases.ACTION_AFTER_STRESS)}){_E})"
)
GENERIC_LIST = re.compile(
    r"(?:ما\s+يلي|التالي(?:ه)?|الاتي(?:ه)?|ce\s+qui\s+suit|suivant(?:e|es|s)?"
    # "Au terme de la réunion :", "وفي ختام الاجتماع:" — what the meeting came to, listed
    r"|(?:au\s+terme|a\s+l'issue)\s+de\s+(?:la|sa|cette)\s+(?:reunion|seance|session)"
    r"|(?:في\s+)?(?:ختام|نهايه)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:اجتماع|لقاء|دوره|جلسه)"
    # "plusieurs nominations internes ont été annoncées conformément aux statuts :", "التعيينات التالية"
    r"|(?<![\w'])nominations\s[^.:\n]{0,40}?(?:ont\s+ete|sont)\s+(?:annoncees|decidees|arretees|approuvees)"
    r"[^.:\n]{0,100}|proced\w*\s+aux\s+nominations[^.:\n]{0,80}|(?:تم|تمت)\s+(?:ال)?تعيينات\s[^.:\n]{0,80})\s*:\s*$"
)
AGENDA = re.compile(rf"{_W}(?:[وف])?(?:{_A(phrases.AGENDA_WORDS)})")
ITEM = re.compile(
    r"^\s*(?:[-•–—*▪►●◾✓·>]+|[^\w\s\"'«»()\[\]#@.,،:؛;!?؟%$]{1,3}(?=\s)|(?:[ابجدهوزحط]|i{1,3}|iv|vi{0,3}|ix|x)\s*[-)–.](?=\s)|\(?\d{1,2}\s*(?:[-.)–:/]|\))(?!\d)|\(?[a-h]\s*\)"
    r"|(?:ال)?(?:مقرر|قرار|توصيه)\s+(?:رقم\s*)?\d{1,2}\s*[:\-–.]"
    r"|(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|حادي عشر|ثاني عشر|اخيرا)\s*[:\-–.،,]?"
    r"|(?:premierement|deuxiemement|troisiemement|quatriemement|cinquiemement|sixiemement"
    r"|septiemement|enfin|\d{1,2}\s*°)\s*[:\-–.,]?)\s*"
)
INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\s*[-)–]\s+(?=\S)")
POSITION_START = re.compile(
    rf"^(?:[وف]|كما\s+)?(?:{_A(phrases.POSITION_VERBS)}){_E}"
    rf"|^(?:[وف])?(?:{_A(phrases.POSITION_NOUNS)})(?:{_A(phrases.PRONOUN_SUFFIXES)})?{_E}"
    r"|^(?:[وف])?تجديد\s+(?:ال)?(?:تضامن|دعم|اعتزاز|تشبث|تاكيد|دعوه|تعبئه|مطالبه|ثقه|رفض|تنديد|ادانه|شكر|تهنئه)"
    rf"|^(?:[وف])?(?:{_A(phrases.CALL_NOUNS)})\s+(?:كل\s+|كافه\s+|جميع\s+)?(?:{_A(phrases.GOVERNMENT)})"
    # "منوهين بالنتائج …": the members' praise after a vote
    r"|^(?:منوهين|منوهات|مشيدين|مثمنين|معربين|مهنئين)(?!\w)"
    # French, the body named first: "Le Bureau politique salue …", "Il condamne …"
    rf"|^(?:il|elle|ils|elles|(?:le|la|les|l')\s*[a-z\-]+(?:\s+[a-z\-]+){{0,2}})\s+"
    rf"(?:{_A(phrases.POSITION_VERBS)}){_E}"
)
POSITION_NOUN_PRONOUN = re.compile(
    rf"^(?:[وف])?(?:{_A(phrases.POSITION_NOUNS)}|دعوت|مطالبت|دعم|انخراط|التزام|تجديد|رفض|اعتبار)(?:{_A(phrases.PRONOUN_SUFFIXES)}){_E}"
)
GOVERNMENT = re.compile(rf"{_W}(?:[وبل]|لل)?(?:{_A(phrases.GOVERNMENT)}){_E}")
CLOSING = re.compile(rf"^\s*(?:{_A(phrases.CLOSING)}){_E}")
NARRATIVE = re.compile(rf"^\s*(?:{_A(phrases.NARRATIVE_STARTS)}){_E}")
CONTINUATION = re.compile(rf"^(?:{_A(phrases.CONTINUATIONS)}){_E}")
SUBJECT = re.compile(
    rf"^(?:(?:اعضاء|عضوات)\s+)?(?:{_A(phrases.BODY_NOUNS)}|بالاجماع|الاجتماع|المجلس|الحاضرون|المجتمعون|المشاركون|المكتب المسير|اللجنه المديريه)(?!\w)"
    rf"(?:\s+(?:ال\w*(?:يه|يين|يون|ين|ون|ي)|لل\w+|بالاجماع|بالاغلبيه|ل(?!ل)\w+(?:\s+و?ال\w+){{0,3}}|المسير|المديريه|العام|العامه|التنفيذي|الوطني|للحزب|ذاتها|نفسها|ذاته|نفسه)(?!\w)){{0,5}}\s*"
)
WAW_ROOT = re.compile(rf"^(?:{_A(phrases.WAW_ROOTS)})")  # the roots begin with their و
MEETING_CLAUSE = re.compile(
    r"^(?:في|خلال|lors\s+de|au\s+cours\s+de)\s+(?:(?:sa|son|la)\s+)?"
    r"(?:اجتماع|دوره|دورت|جلس|لقاء|reunion|session|seance)\S*(?:\s+[^\s،,.]+){0,7}?\s+"
    r"(?:(?:المنعقد|المنعقده|tenue?)\s+)?(?:(?:يوم|بتاريخ|le|en\s+date\s+du)\s+)?"
    rf"(?:{DATE_BODY}|{NUMERIC_BODY})(?:\s+(?:ب|a\s+)(?!رياسه|حضور)\S+)?"
    # "… 9 يناير 2025 برئاسة الأمين العام نزار بركة، عقد …": who chaired it, to its comma
    r"(?:\s+(?:برياسه|بحضور|sous\s+la\s+presidence|en\s+presence)\s[^،,.\n]{1,80}?(?=[،,]))?\s*[،,]?\s*"
)
LEAD_FR = re.compile(
    r"^(?:et\s+)?(?:(?:egalement|aussi|donc|ainsi|en outre|par ailleurs|a ce sujet|a cet effet)\s*,?\s+)?"
    r"(?:de\s+|d'|qu[e']\s*)(?=\S)"
)
# "Il a approuvé également le budget": the adverb after the verb is no part of the decision
FR_ADVERB = re.compile(r"^(?:egalement|aussi|en outre|par ailleurs|enfin)\s*,?\s+(?=[a-z])")
SPLIT_WAW = re.compile(
    r"\s*[،؛;,]\s*(?=و ?(?!ي)\w\w)|\s*[؛;]\s*"
    # "…الخروج من الحكومة، معلنا أنه سيوجه الدعوة …": a second decision, in the future
    r"|\s*[،,]\s*(?:معلنا|معلنه|مقررا|مقرره)\s+(?:انه|انها|ان)\s+(?=س[يت]\w)"
    # "…، بالإضافة إلى تغريم الدفاع مبلغ …": another sanction, another decision
    r"|\s*[،,]\s*(?=(?:بالاضافه|اضافه)\s+(?:الي\s+|ل)(?:ال)?(?:تغريم|توقيف|ايقاف|عقد|تنظيم|احداث|تشكيل)\s)"
)
_INFINITIVE = (
    r"(?:(?:se\s+|s'|les\s+|la\s+|l'|leur\s+|y\s+|en\s+)?(?:[a-z\-]+(?:er|ir)|[a-z]*(?:faire|mettre|prendre"
    r"|suivre|elire|ecrire|inscrire|duire|truire|promouvoir|recevoir|prevoir|soudre|joindre|tendre"
    r"|rendre|fendre)))(?![a-z])"
)
_FR_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d|1er|premier)"
SPLIT_INLINE = re.compile(
    # "…, de convoquer …" is a second decision; "…, de l'urbanisme et …" goes on with the first;
    # "…, le mercredi 13 juin, …" is a date
    r"\s*[،؛;]\s*|\s*,\s*(?=(?:et\s+)?(?:d(?:e\s+|')"
    + _INFINITIVE
    + rf"|la\s|le\s+(?!{_FR_WEEKDAY})|l'|les\s+(?!{_FR_WEEKDAY})|notamment\s|dont\s))"
    r"|\s*,\s*(?:ainsi\s+que|et)\s+(?=(?:la|le|les|l'|un|une|des)\b)|\s*,\s*ainsi\s+qu'(?=une?\b)"
    # "a validé A, revu B, puis adopté C": each participle is a decision of its own
    r"|\s*,\s*(?:puis\s+|et\s+)?(?=(?:revu|valide|adopte|approuve|donne|elu|decide|mandate|charge|fixe|reporte"
    r"|arrete|entérine|retenu|mis\s+a\s+jour)\s)"
    # "… et reporté, à lundi prochain, l'élection …"
    r"|\s+et\s+(?=(?:reporte|decide|charge|mandate|fixe|adopte|approuve)\s*,)"
    # "plusieurs conventions, dont la convention A et la convention B": two items
    r"|\s+et\s+(?=(?:la|le|l')\s*(?:convention|accord|projet|contrat)\s+(?:de|d'|du|relati|portant|pour)\S*\s)"
    # "décidé de convoquer … et de charger …": a second infinitive is a second decision
    r"|\s+et\s+(?=d(?:e\s+|')[a-z]+(?:er|ir|re)\b)"
)


@dataclass(frozen=True)
class Piece:
    start: int  # folded offsets of the cleaned text
    end: int
    actionable: bool
    context_end: int = -1  # a table row: its other cells (owner, deadline) run to here

    @property
    def context(self) -> tuple[int, int]:
        return self.start, max(self.end, self.context_end)


RELATED_LEAD = re.compile(
    r"^و?(?:(?:المتعلقه|المتعلق|الخاصه|الخاص)\s+ب(?=\w{3})"
    r"|(?:تعلق|يتعلق)\s+الامر\s+ب(?:ال)?(?:(?:مصادقه|موافقه|تصويت)\s+علي\s+)?(?=\S))"
)
APPROVAL_LEAD = re.compile(
    r"^(?:و?كما\s+|و)?(?:(?:تمت|تم)\s+(?:كذلك\s+|ايضا\s+)?(?:ال)?(?:مصادقه|موافقه|تصويت)|صادق|وافق)\s+"
    r"(?:بالاجماع\s+|بالاغلبيه\s+)?علي\s+"
)


def strip_span(folded: str, s: int, e: int) -> tuple[int, int]:
    """Trim white space and punctuation around [s, e)."""
    junk = " \n\t.،,:؛;-–—•*\"'()«»"
    while s < e and folded[s] in junk:
        s += 1
    while e > s and folded[e - 1] in " \n\t.،,:؛;-–—•*\"'(«»":
        e -= 1
    return s, e


def clean_piece(folded: str, s: int, e: int, after_verb: bool = False) -> tuple[int, int]:
    """Drop a bullet/number, a leading conjunction, the body's name after a deciding verb."""
    s, e = strip_span(folded, s, e)
    m = ITEM.match(folded[s:e])
    if m and m.end() > 0:
        s += m.end()
    s, e = strip_span(folded, s, e)
    for _ in range(2):
        text = folded[s:e]
        if text.startswith(("وكذا ", "وايضا ", "كذلك ")):
            s += text.index(" ") + 1
            continue
        m = RELATED_LEAD.match(text)  # "…، والمتعلقة ببرمجة الفائض": برمجة الفائض
        if m and m.end() < len(text):
            s += m.end()
            continue
        m = APPROVAL_LEAD.match(text)  # "…، كما تمت المصادقة على B": B
        if m and m.end() < len(text):
            s += m.end()
            continue
        m = HIGHLIGHT.match(text)
        if m:
            s += m.end()
            continue
        if after_verb:
            m = SUBJECT.match(text)
            if m and m.end() < len(text):
                s += m.end()
                after_verb = False
                aside = re.match(r"^\s*[،,][^،,.]{1,50}[،,]\s*", folded[s:e])  # "، في هذا الصدد،"
                if aside:
                    s += aside.end()
                clause = MEETING_CLAUSE.match(folded[s:e])  # "في اجتماعه المنعقد يوم … بالرباط"
                if clause and clause.end() < e - s:
                    s += clause.end()
                continue
        m = LEAD_FR.match(text) or FR_ADVERB.match(text)
        if m:
            s += m.end()
            continue
        if text.startswith("و ") and len(text) > 4:  # "، و تنظيم": a conjunction set apart
            s += 2
            continue
        if (
            text.startswith("و")
            and len(text) > 3
            and not text.startswith("و ")
            and text[1] != " "
            and not WAW_ROOT.match(text)
        ):
            s += 1
        break
    return strip_span(folded, s, e)


# "في الشق الوطني، ثمن الحزب …"، "Sur le plan national, le BP salue …": a topic before the verb
TOPIC_LEAD = re.compile(
    r"^(?:[وف]?(?:في|علي)\s+(?:ال)?(?:شق|مستوي|صعيد|جانب|مجال)\s+\S+(?:\s+\S+)?"
    r"|(?:au\s+niveau|sur\s+le\s+plan|au\s+plan)\s+\S+(?:\s+\S+)?)\s*[،,]\s*"
)


def is_position(text: str) -> bool:
    lead = TOPIC_LEAD.match(text)
    if lead:
        text = text[lead.end() :]
    return bool(POSITION_START.match(text) or POSITION_NOUN_PRONOUN.match(text))


BODY_AFTER_VERB = re.compile(
    rf"^(?:[وف]|كما\s+)?(?:{_A(phrases.POSITION_VERBS)})\s+(?:{_A(phrases.BODY_NOUNS)}){_E}"
)
SENTENCE_END = re.compile(r"\.(?=\s|$)|[!؟?](?=\s|$)|\n")


def line_spans(folded: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in folded.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


SEPARATORS = ("-", "–", "—", "•", "*")


def sentence_end(folded: str, pos: int, limit: int) -> int:
    """Where the sentence from ``pos`` ends (at most ``limit``, and 1,500 characters on)."""
    limit = min(limit, pos + 1500)
    for m in SENTENCE_END.finditer(folded, pos, limit):
        if m.group() == ".":
            before = folded[max(0, m.start() - 3) : m.start()]
            if re.search(r"(?:^|\s)(?:\w|\d{1,2})$", before):  # "M." or "1." is no sentence end
                continue
            if _FR_SAME_EVENT.match(folded, m.end()):  # "… fixer une date. Ce sera le 7 novembre"
                continue
        return m.start()
    return limit


_FR_SAME_EVENT = re.compile(
    r"\s+(?:ce\s+sera|il\s+s'agit|elle\s+aura\s+lieu|il\s+aura\s+lieu)\s+(?:le|du)\s"
)


# A sub-heading inside a list ("ثانيا: على المستوى التنظيمي"; a sanctions list's "بالنسبة
# للبطولة الاحترافية 1"، "الجولة 19"), not a decision.
TOPIC = re.compile(
    r"^(?:علي|في)\s+(?:ال)?(?:مستوي|صعيد|مجال|جانب)\s+\S+(?:\s+\S+)?\s*:?\s*$"
    r"|^(?:[وف]?اما\s+)?(?:بالنسبه\s+|فيما\s+يخص\s+|في\s+ما\s+يخص\s+)[^،,:.]{1,90}:?\s*$"
    r"|^en\s+(?:botola|ligue|championnat|coupe|division|d\d)[^,.:]{0,40}:?\s*$"
    r"|^(?:ال)?(?:جوله|دوره|مرحله|مجموعه)\s+(?:\d{1,3}|\S+)\s*:?\s*$"
    r"|^(?:au\s+niveau|sur\s+le\s+plan|au\s+plan|dans\s+le\s+domaine)\s+\S+(?:\s+\S+)?\s*:?\s*$"
)


def clean_text(folded: str, s: int, e: int) -> str:
    a, b = clean_piece(folded, s, e)
    return folded[a:b]


# The minutes of a council: "النقطة الأولى: الدراسة والتصويت على …" then "وبعد المناقشة صادق
# المجلس بالإجماع على هذه النقطة": the point approved is a decision.
POINT = re.compile(
    r"^\s*(?:ال)?نقطه\s+(?:رقم\s*\d{1,2}|\d{1,2}|ال\w+(?:\s+عشر(?:ه)?)?|فريده|وحيده)\s*[:\-–]\s*"
    r"|^\s*point\s+(?:n°\s*)?\d{1,2}\s*[:\-–]\s*"
)
APPROVED = re.compile(
    r"(?:صادق|وافق|صوت)\S*\s+[^.\n]{0,80}?(?:علي|لصالح)\s+(?:هذه\s+)?(?:النقطه|المشروع|الاتفاقيه|الاقتراح)"
    r"|(?:تمت|وتمت)\s+(?:المصادقه|الموافقه)|(?:approuve|adopte)e?s?\s+(?:a\s+l'unanimite|ce\s+point)"
)


# The whole agenda approved ("وبعد المناقشة صودق على جميع النقط"، "تمت المصادقة على هذه
# النقطة"، "tous les points ont été approuvés"): the agenda's points are then the decisions.
APPROVED_ALL = re.compile(
    r"(?:صادق|صودق|المصادقه|وافق|صوت|التصويت)\S*\s+[^.\n]{0,60}?(?:علي|لصالح)\s+"
    r"(?:(?:جميع|كافه|كل|مجموع)\s+(?:ال)?(?:نقط|نقاط|اتفاقيات|مشاريع)|(?:هذه|تلك)\s+(?:ال)?(?:نقط|نقطه)|(?:ال)?نقطه\s+(?:ال)?فريده"
    r"|(?:ال)?(?:نقطتين|نقطتان|نقط|نقاط)\s+(?:ال)?(?:مدرج\w*|معروض\w*|ثلاث|اربع|خمس))"
    r"|(?:tous\s+les|l'ensemble\s+des|ces|ce)\s+points?\s+[^.\n]{0,40}?(?:approuve|adopte)"
    r"|(?:approuve|adopte)\S*\s+(?:a\s+l'unanimite\s+)?(?:tous\s+les|l'ensemble\s+des|ce|ces)\s+points?"
)


# The body calling on its own people ("ودعا المكتب كافة المناضلين إلى …"، "a appelé l'ensemble
# des militants … à …"): a directive to act, unlike a call on the government (a position).
OWN_CALL = re.compile(
    r"(?<![\w'])(?:[وف]|كما\s+)?(?:(?:a|ont)\s+(?:(?:en\s+outre|egalement|aussi|par\s+ailleurs|enfin)\s+)?)?"
    r"(?P<verb>دعا|دعت|يدعو|تدعو|اهاب|اهابت|يهيب|تهيب|appele|appelle|appellent|exhorte|invite)"
    r"\s+(?P<between>(?:[^\s.]+\s+){0,4}?)(?:ب?(?:كافه|جميع|كل)\s+|l'ensemble\s+des\s+|tous\s+les\s+|toutes\s+les\s+|ses\s+)?"
    r"(?:ال|بال)?(?:مناضلات|مناضلين|مناضلي|منخرطات|منخرطين|منخرطي|فروع|هياكل|اجهزه|قواعد"
    # "ودعا المنسق الجهوي أعضاء المكتب الجهوي إلى التعبئة …": the body's own members
    r"|اعضاء\s+(?:ال)?(?:مكتب|مجلس|لجنه|امانه|كتابه|تنسيقيه|حزب)"
    r"|militant|militantes|militants|adherent\w*|structures\s+du\s+parti|sections)(?!\w)"
    # a union's or a body's call to strike or protest: its own programme
    r"|(?<![\w'])(?:[وف]|كما\s+)?(?P<verb2>دعا|دعت|يدعو|تدعو)\s+(?:[^.\n]{0,160}?\s)?(?:الي|ل)\s*"
    r"(?=(?:ال)?(?:خوض|مشاركه\s+في|انخراط\s+في|تنظيم)\s+(?:ال)?(?:اضراب|وقف|مسير|اعتصام|مسيره|وقفه|احتجاج)|(?:ال)?(?:اضراب|وقفه|مسيره|اعتصام)\s)"
)


# A general assembly's formalities, done at the meeting and followed by nothing: the reports
# approved, the quitus, officers elected ("تمت المصادقة على التقريرين الأدبي والمالي"، "أعيد
# انتخاب السيد … رئيسا"، "validé les rapports moral et financier et donné quitus").
FORMALITY = re.compile(
    r"^(?:(?:تم|تمت|كما\s+تم|كما\s+تمت)\s+)?(?:(?:ال)?(?:مصادقه|موافقه|تصويت)\s+(?:بالاجماع\s+)?علي\s+)?"
    r"(?:ال)?(?:تقرير(?:ين)?\s+(?:ال)?(?:ادبي|مالي)|تقريرين)"
    r"|^(?:(?:تم|كما\s+تم)\s+)?(?:(?:اعاده|تجديد)\s+)?انتخاب\s+(?:السيد|السيده|الاخ|الاخت|\S+\s+\S+\s+رئيسا)"
    r"|^(?:(?:valide|approuve|adopte)\w*\s+)?(?:l'approbation\s+(?:a\s+l'unanimite\s+)?des\s+|les\s+)?"
    r"rapports?\s+(?:mora(?:l|ux)|financiers?|d'activite)"
    r"|^\S+(?:\s+\S+){0,3}\s+a\s+ete\s+reelue?\s"
    # the minutes of the previous session approved
    r"|^(?:(?:ال)?دراسه\s+و)?(?:ال)?(?:مصادقه|موافقه|تصويت)\s+علي\s+(?:ال)?محضر"
    r"|^(?:(?:l'|son\s+)?(?:approbation|adoption)\s+d[ue]\s+)?(?:du\s+|le\s+)?proces-verbal"
)
# An agenda item that only informs ("عرض تقرير حول …"، "تقديم حصيلة …", "communication du
# président"): not a decision even when the whole agenda is approved.
AGENDA_INFO = re.compile(
    r"^\W*(?:\d{1,2}\s*[-.)]\s*)?(?:[وف])?(?:عرض|تقديم|تلاوه|الاستماع|الاطلاع|اخبار|مناقشه|تدارس|"
    r"informations?|presentation|communication|expose|compte\s+rendu)(?!\w)"
)


# A table's header row ("القرار | المسؤول | الأجل"): no decision.
TABLE_HEADER = re.compile(
    r"^\W*(?:(?:ال)?(?:قرار|مقرر|مسؤول|جهه المكلفه|اجل|اجال|اجراء|ملاحظات|رقم|توصيه|مهمه)"
    r"|decision|responsable|echeance|delai|action|observations|n°)"
    r"(?:\s*[\t|]\s*\S+(?:\s+\S+)?){1,5}\s*$"
)
CELL = re.compile(r"\t|\s+\|\s+")


# An item that is the body acting, in the present ("يصادق على …"، "يكلف المكتب …"): a decision
# even under a colon that did not announce decisions ("إن المجلس الوطني، …:").
ACTION_VERB = re.compile(
    r"^(?:[وف])?(?:يصادق|تصادق|يكلف|تكلف|يعتمد|تعتمد|يحدد|تحدد|يوافق|توافق|يفوض|تفوض|يعين|تعين"
    r"|يشكل|تشكل|يحدث|تحدث|يطلق|تطلق|ينظم|تنظم|يعقد|تعقد|يلتزم|تلتزم|يقرر|تقرر"
    r"|approuve|adopte|decide|charge|mandate|convoque|fixe|cree|lance|organise)(?!\w)"
)
