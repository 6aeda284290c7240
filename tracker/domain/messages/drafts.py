"""A communiqué read into a draft, then saved as a meeting: ``drafts.<key>`` (issue 14).

Reading the file (``tracker draft``, the review dialog), refusing what cannot be read or
saved, and what the command line prints about a draft. The reader's own words (the rules
behind a deadline, its warnings) are in the ``communique`` table.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- reading the input -------------------------------------------------------------------
    "drafts.empty": (
        "لا نص في البلاغ: الصق نصه أو افتح ملفه (.txt أو .docx)",
        "Le communiqué est vide : collez son texte ou ouvrez son fichier (.txt ou .docx)",
        "the communiqué is empty: paste its text or open its file (.txt or .docx)",
    ),
    "drafts.missing": (
        "الملف غير موجود: {path}",
        "Fichier introuvable : {path}",
        "no such file: {path}",
    ),
    "drafts.not_a_file": (
        "ليس ملفاً يمكن قراءته: {path}",
        "Ce n'est pas un fichier lisible : {path}",
        "not a file that can be read: {path}",
    ),
    "drafts.unreadable": (
        "تعذرت قراءة الملف {path}: {detail}",
        "Impossible de lire le fichier {path} : {detail}",
        "cannot read the file {path}: {detail}",
    ),
    "drafts.not_utf8": (
        "الملف {path} ليس نصاً بترميز UTF-8: احفظه بترميز UTF-8 أو بصيغة Word (.docx)",
        "Le fichier {path} n'est pas du texte UTF-8 : enregistrez-le en UTF-8 ou en Word (.docx)",
        "{path} is not UTF-8 text: save it as UTF-8 or as Word (.docx)",
    ),
    "drafts.too_big": (
        "الملف {path} أكبر من أن يكون بلاغاً ({size}، والحد {limit})",
        "Le fichier {path} est trop grand pour un communiqué ({size}, limite {limit})",
        "{path} is too large for a communiqué ({size}, limit {limit})",
    ),
    "drafts.bad_docx": (
        "تعذرت قراءة {path} كملف Word (.docx): الملف تالف أو ليس بهذه الصيغة",
        "Impossible de lire {path} comme fichier Word (.docx) : fichier endommagé ou d'un autre format",
        "cannot read {path} as a Word file (.docx): it is damaged or not in that format",
    ),
    "drafts.docx_too_big": (
        "الملف {path} يتجاوز حجم بلاغ بعد فك ضغطه ({size}، والحد {limit})",
        "Le fichier {path} dépasse la taille d'un communiqué une fois décompressé ({size}, limite {limit})",
        "{path} unpacks to more than a communiqué ({size}, limit {limit})",
    ),
    "drafts.old_doc": (
        "الملف {path} بصيغة Word القديمة (.doc): احفظه بصيغة .docx أو كنص .txt",
        "Le fichier {path} est au format Word ancien (.doc) : enregistrez-le en .docx ou en .txt",
        "{path} is an old Word file (.doc): save it as .docx or as .txt",
    ),
    # -- saving ------------------------------------------------------------------------------
    "drafts.no_date": (
        "لم يُعثر على تاريخ الاجتماع في البلاغ: حدده قبل الحفظ",
        "La date de la réunion n'a pas été trouvée dans le communiqué : indiquez-la avant d'enregistrer",
        "the meeting's date was not found in the communiqué: give it before saving",
    ),
    "drafts.no_date_cli": (
        "لم يُعثر على تاريخ الاجتماع في البلاغ، ولا يُحفظ اجتماع دون تاريخ: أضفه إلى النص أو احفظ المسودة من نافذة البرنامج",
        "La date de la réunion n'est pas dans le communiqué et une réunion ne s'enregistre pas sans date : ajoutez-la au texte ou enregistrez depuis la fenêtre du programme",
        "the meeting's date is not in the communiqué and a meeting is not saved without one: add it to the text or save from the program's window",
    ),
    "drafts.no_title": (
        "عنوان الاجتماع مطلوب",
        "Le titre de la réunion est requis",
        "the meeting's title is required",
    ),
    "drafts.duplicate": (
        "هذا البلاغ مستورد من قبل: اجتماع «{title}» بتاريخ {date}؛ لم يُحفظ شيء",
        "Ce communiqué est déjà importé : réunion « {title} » du {date} ; rien n'a été enregistré",
        "this communiqué was already imported: meeting “{title}” of {date}; nothing was saved",
    ),
    "drafts.nothing_kept": (
        "لم يُختر أي مقرر: سيُحفظ الاجتماع وحده",
        "Aucune décision retenue : seule la réunion sera enregistrée",
        "no decision kept: only the meeting will be saved",
    ),
    "drafts.no_owner": (
        "المقرر {n}: اختر المسؤول عن تنفيذه",
        "Décision {n} : choisissez son responsable",
        "decision {n}: choose who owes it",
    ),
    "drafts.gone": (
        "لم يعد الاجتماع المستورد موجوداً؛ لا شيء للتراجع عنه",
        "La réunion importée n'existe plus ; rien à annuler",
        "the imported meeting is gone; nothing to take back",
    ),
    # -- what an item keeps of the draft ---------------------------------------------------------
    "drafts.default_owner": (
        "الأمانة الإقليمية",
        "Secrétariat provincial",
        "Provincial secretariat",
    ),
    "drafts.detail_phrase": (
        "الأجل كما ورد في البلاغ: «{phrase}»",
        "Délai tel qu'écrit dans le communiqué : « {phrase} »",
        "deadline as the communiqué writes it: “{phrase}”",
    ),
    "drafts.detail_starts": (
        "يبدأ التنفيذ في {date}",
        "Début : {date}",
        "starts on {date}",
    ),
    # -- how a deadline was computed (until the reader's own rule texts exist) -------------------
    "drafts.explain_computed": (
        "«{phrase}»: {due}، محسوباً من {base}",
        "« {phrase} » : {due}, compté à partir du {base}",
        "“{phrase}”: {due}, counted from {base}",
    ),
    "drafts.explain_rule": (
        "«{phrase}»: {rule}، أي {due}",
        "« {phrase} » : {rule} = {due}",
        "“{phrase}”: {rule} = {due}",
    ),
    "drafts.explain_date": (
        "«{phrase}»: الأجل {due}",
        "« {phrase} » : {due}",
        "“{phrase}”: {due}",
    ),
    "drafts.explain_vague": (
        "«{phrase}»: لا يحدد البلاغ تاريخاً، فبقي الأجل فارغاً",
        "« {phrase} » : le communiqué ne donne pas de date, l'échéance reste vide",
        "“{phrase}”: the communiqué gives no date, so the deadline stays empty",
    ),
    "drafts.explain_none": (
        "لا أجل في نص هذا المقرر",
        "Pas de délai dans le texte de cette décision",
        "no deadline in this decision's text",
    ),
    "drafts.explain_starts": (
        "يبدأ في {date}",
        "à partir du {date}",
        "from {date}",
    ),
    # -- tracker draft: the summary and the saved line -----------------------------------------
    "drafts.cli_meeting": ("الاجتماع: {title}", "Réunion : {title}", "meeting: {title}"),
    "drafts.cli_date": ("التاريخ: {date}", "Date : {date}", "date: {date}"),
    "drafts.cli_no_date": (
        "التاريخ: غير موجود في البلاغ",
        "Date : absente du communiqué",
        "date: not in the communiqué",
    ),
    "drafts.cli_place": ("المكان: {place}", "Lieu : {place}", "place: {place}"),
    "drafts.cli_chair": ("الرئاسة: {chair}", "Présidence : {chair}", "chaired by: {chair}"),
    "drafts.cli_attendees": ("الحضور: {names}", "Présents : {names}", "attendees: {names}"),
    "drafts.cli_decisions": (
        "المقررات ({n}):",
        "Décisions ({n}) :",
        "decisions ({n}):",
    ),
    "drafts.cli_no_decisions": (
        "لم يُعثر على أي مقرر في البلاغ",
        "Aucune décision trouvée dans le communiqué",
        "no decision found in the communiqué",
    ),
    "drafts.cli_due": (
        "الأجل: {due} («{phrase}»)",
        "Échéance : {due} (« {phrase} »)",
        "due: {due} (“{phrase}”)",
    ),
    "drafts.cli_due_vague": (
        "الأجل: دون تاريخ («{phrase}»)",
        "Échéance : sans date (« {phrase} »)",
        "due: no date (“{phrase}”)",
    ),
    "drafts.cli_starts": ("البداية: {date}", "Début : {date}", "starts: {date}"),
    "drafts.cli_owners": ("المسؤول: {names}", "Responsable : {names}", "owner: {names}"),
    "drafts.cli_communes": ("الجماعات: {names}", "Communes : {names}", "communes: {names}"),
    "drafts.cli_positions": (
        "مواقف لا تُدرج كمهام: {n}",
        "Prises de position non reprises comme tâches : {n}",
        "positions not drafted as items: {n}",
    ),
    "drafts.cli_warning": ("تنبيه: {text}", "Attention : {text}", "warning: {text}"),
    "drafts.cli_hint": (
        "لم يُكتب شيء. للحفظ: tracker draft {file} --save",
        "Rien n'a été écrit. Pour enregistrer : tracker draft {file} --save",
        "nothing written. To save it: tracker draft {file} --save",
    ),
    "drafts.saved": (
        "أُنشئ اجتماع «{title}» بتاريخ {date}: عدد المقررات {resolutions}، وعدد المهام {items}",
        "Réunion « {title} » du {date} créée : {resolutions} décision(s), {items} tâche(s)",
        "created meeting “{title}” of {date}: {resolutions} resolution(s), {items} item(s)",
    ),
    "drafts.saved_fanned": (
        "، ووُزّع على الجماعات في {children} مهمة جماعية",
        ", réparties entre les communes en {children} tâche(s) communale(s)",
        ", fanned out to the communes as {children} commune item(s)",
    ),
    "drafts.saved_owners": (
        "أُنشئ اجتماع «{title}» بتاريخ {date}: عدد المقررات {resolutions}، وعدد المهام {items}، ومسؤولون جدد: {owners}",
        "Réunion « {title} » du {date} créée : {resolutions} décision(s), {items} tâche(s), nouveaux responsables : {owners}",
        "created meeting “{title}” of {date}: {resolutions} resolution(s), {items} item(s), new owners: {owners}",
    ),
    # -- tracker draft --help ------------------------------------------------------------------
    "drafts.help": (
        "يقرأ بلاغ اجتماع (.txt أو .docx أو - للمدخل القياسي) ويعرض مسودة الاجتماع دون كتابة شيء",
        "lire le communiqué d'une réunion (.txt, .docx, ou - pour l'entrée standard) et afficher le brouillon sans rien écrire",
        "read a meeting's communiqué (.txt, .docx, or - for standard input) and show the draft without writing anything",
    ),
    "drafts.help_file": (
        "ملف البلاغ، أو - لقراءته من المدخل القياسي",
        "le fichier du communiqué, ou - pour le lire sur l'entrée standard",
        "the communiqué's file, or - to read it from standard input",
    ),
    "drafts.help_json": (
        "يطبع المسودة بصيغة JSON",
        "afficher le brouillon en JSON",
        "print the draft as JSON",
    ),
    "drafts.help_save": (
        "يحفظ الاجتماع ومقرراته ومهامه في قاعدة البيانات",
        "enregistrer la réunion, ses décisions et ses tâches dans la base",
        "save the meeting, its resolutions and items into the database",
    ),
}
