"""The messages of importing a csv or xlsx file (``TrackerError`` codes, no prefix)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- the file as a whole (services/import_read.py) ---------------------------------------
    "import_missing": (
        "الملف غير موجود: {path}",
        "Fichier introuvable : {path}",
        "file not found: {path}",
    ),
    "import_format": (
        "صيغة ملف غير مدعومة: {path} (المقبول: ‎.csv أو ‎.xlsx)",
        "Format non pris en charge : {path} (.csv ou .xlsx)",
        "unsupported file type: {path} (.csv or .xlsx)",
    ),
    "import_empty": (
        "الملف فارغ: {path}",
        "Le fichier est vide : {path}",
        "the file is empty: {path}",
    ),
    "import_no_rows": (
        "لا يحتوي الملف على أي مهمة بعد سطر العناوين: {path}",
        "Le fichier ne contient aucune ligne après les en-têtes : {path}",
        "the file has no rows after the header: {path}",
    ),
    "import_too_big": (
        "الملف كبير جداً ({size})؛ الحد الأقصى {limit}. قسّمه إلى ملفات أصغر.",
        "Fichier trop volumineux ({size}) ; maximum {limit}. Découpez-le.",
        "the file is too big ({size}); the limit is {limit}. Split it.",
    ),
    "import_not_utf8": (
        "ترميز الملف ليس UTF-8 (السطر {row}): {path}. احفظه من Excel بصيغة «CSV UTF-8» أو xlsx.",
        "Le fichier n'est pas en UTF-8 (ligne {row}) : {path}. Enregistrez-le en « CSV UTF-8 » ou xlsx.",
        "the file is not UTF-8 (row {row}): {path}; save it as 'CSV UTF-8' or xlsx",
    ),
    "import_bad_csv": (
        "تعذرت قراءة ملف CSV ({detail}): {path}",
        "CSV illisible ({detail}) : {path}",
        "cannot read the CSV file ({detail}): {path}",
    ),
    "import_bad_xlsx": (
        "تعذرت قراءة ملف Excel (ليس ملف xlsx سليماً): {path}",
        "Fichier Excel illisible (xlsx invalide) : {path}",
        "cannot read the Excel file (not a valid xlsx): {path}",
    ),
    # -- one cell (services/import_read.py) --------------------------------------------------
    "unknown_status": (
        "حالة غير معروفة «{value}» (المقبول: لم يبدأ، قيد الإنجاز، منجز، متعثر، مؤجل، ملغى)",
        "Statut inconnu « {value} » (Non commencé, En cours, Réalisé, Bloqué, Reporté, Annulé)",
        "unknown status {value!r} (not started, in progress, done, stalled, postponed, cancelled)",
    ),
    "unknown_priority": (
        "أولوية غير معروفة «{value}» (المقبول: عالية، عادية، منخفضة)",
        "Priorité inconnue « {value} » (Haute, Normale, Basse)",
        "unknown priority {value!r} (high, normal, low)",
    ),
    "bad_number": (
        "قيمة غير عددية «{value}»",
        "Valeur non numérique « {value} »",
        "not a number: {value!r}",
    ),
    # -- the header row (services/importing.py) ----------------------------------------------
    "import_missing_columns": (
        "أعمدة إجبارية ناقصة في سطر العناوين: {columns}",
        "Colonnes obligatoires absentes de la ligne d'en-tête : {columns}",
        "required columns missing from the header row: {columns}",
    ),
    "import_unknown_columns": (
        "أعمدة غير معروفة في سطر العناوين: {columns} (انظر الأعمدة المقبولة في دليل الاستعمال)",
        "Colonnes inconnues dans l'en-tête : {columns}",
        "unknown columns in the header row: {columns}",
    ),
    "import_duplicate_column": (
        "العمود «{column}» مكرر في سطر العناوين",
        "La colonne « {column} » apparaît deux fois",
        "column {column} appears twice in the header",
    ),
    # -- the rows (services/importing.py) ----------------------------------------------------
    "import_cell": (
        "السطر {row}، العمود «{column}»: {problem}",
        "Ligne {row}, colonne « {column} » : {problem}",
        "row {row}, column {column}: {problem}",
    ),
    "unknown_owner": (
        "مسؤول غير معروف «{name}» (أضفه أولاً أو فعّل خيار إنشاء المسؤولين الناقصين)",
        "Responsable inconnu « {name} » (créez-le ou cochez « créer les responsables »)",
        "unknown owner {name!r} (add them first or allow creating missing owners)",
    ),
    "bad_uid": (
        "معرف غير صالح «{value}» (اتركه فارغاً للمهام الجديدة)",
        "Identifiant invalide « {value} » (laissez vide pour une nouvelle action)",
        "invalid uid {value!r} (leave it empty for new items)",
    ),
    "duplicate_uid": (
        "المعرف نفسه مستعمل في السطر {other}",
        "Le même identifiant figure à la ligne {other}",
        "the same uid is used on row {other}",
    ),
    "unknown_resolution": (
        "لا يوجد المقرر رقم {value} في هذا الاجتماع",
        "La réunion n'a pas de résolution n° {value}",
        "the meeting has no resolution number {value}",
    ),
    "import_required": ("خانة إجبارية فارغة", "Case obligatoire vide", "required cell is empty"),
    # -- the verdict (services/importing.py) -------------------------------------------------
    "import_failed": (
        "لم يُستورد أي شيء: {count} خطأ في الملف. {first}",
        "Rien n'a été importé : {count} erreur(s). {first}",
        "nothing was imported: {count} error(s). {first}",
    ),
    "import_done": (
        "تم الاستيراد: {created} مهمة جديدة، {updated} محدثة، {unchanged} دون تغيير{extra}",
        "Import terminé : {created} créée(s), {updated} mise(s) à jour, {unchanged} inchangée(s){extra}",
        "imported: {created} new, {updated} updated, {unchanged} unchanged{extra}",
    ),
    "import_done_extra": (
        "؛ مسؤولون جدد: {o}، اجتماعات جديدة: {m}",
        " ; nouveaux responsables : {o}, nouvelles réunions : {m}",
        "; new owners: {o}, new meetings: {m}",
    ),
    # -- what an import creates (services/importing.py) --------------------------------------
    "resolution_placeholder": ("المقرر رقم {n}", "Résolution n° {n}", "Resolution {n}"),
    # -- hostile files and cells (issue 12) ---------------------------------------------------
    "import_too_many_rows": (
        "الملف كبير جداً: فيه أكثر من {limit} سطر من المهام، وهو الحد الأقصى. لم يُستورد أي شيء؛ قسّمه إلى ملفات أصغر.",
        "Fichier trop volumineux : plus de {limit} lignes d'actions, le maximum. Rien n'a été importé ; découpez-le.",
        "the file is too big: more than {limit} item rows, the limit. Nothing was imported; split it.",
    ),
    "import_too_many_columns": (
        "في السطر {row} بيانات بعد العمود {limit}: ليس هذا ملف مهام. لم يُستورد أي شيء.",
        "La ligne {row} a des données au-delà de la colonne {limit} : ce n'est pas un fichier d'actions. Rien n'a été importé.",
        "row {row} has data beyond column {limit}: this is not a file of items. Nothing was imported.",
    ),
    "import_xlsx_too_big": (
        "ملف Excel كبير جداً بعد فك ضغطه ({size}؛ الحد الأقصى {limit}). لم يُقرأ ولم يُستورد أي شيء: {path}",
        "Fichier Excel trop volumineux une fois décompressé ({size} ; maximum {limit}). Il n'a pas été lu, rien n'a été importé : {path}",
        "the Excel file is too big once unpacked ({size}; the limit is {limit}). It was not read; nothing was imported: {path}",
    ),
    "import_xlsx_ratio": (
        "ملف Excel مريب: الجزء «{part}» يتضخم {ratio} مرة عند فك ضغطه (الحد {limit})، وهذا لا يكون في جدول عادي. لم يُقرأ ولم يُستورد أي شيء: {path}",
        "Fichier Excel suspect : la partie « {part} » grossit {ratio} fois une fois décompressée (maximum {limit}), ce qu'aucun tableau ordinaire ne fait. Il n'a pas été lu, rien n'a été importé : {path}",
        "suspicious Excel file: part {part} grows {ratio} times when unpacked (the limit is {limit}), which no ordinary sheet does. It was not read; nothing was imported: {path}",
    ),
    "import_xlsx_parts": (
        "ملف Excel مريب: يضم {count} جزءاً (الحد {limit}). لم يُقرأ ولم يُستورد أي شيء: {path}",
        "Fichier Excel suspect : {count} parties (maximum {limit}). Il n'a pas été lu, rien n'a été importé : {path}",
        "suspicious Excel file: {count} parts (the limit is {limit}). It was not read; nothing was imported: {path}",
    ),
    "number_range": (
        "العدد {value} خارج المجال المقبول (من {min} إلى {max})",
        "Le nombre {value} est hors des limites (de {min} à {max})",
        "the number {value} is out of range ({min} to {max})",
    ),
    "cell_too_long": (
        "النص أطول من المسموح ({max} حرف على الأكثر)",
        "Texte trop long ({max} caractères au plus)",
        "the text is too long (at most {max} characters)",
    ),
    "import_item_in_trash": (
        "هذه المهمة في سلة المهملات («{title}»): استرجعها أولاً ثم أعد الاستيراد",
        "Cette action est dans la corbeille (« {title} ») : restaurez-la d'abord, puis relancez l'import",
        "this item is in the trash ({title!r}): restore it first, then import again",
    ),
    "recurrence_unsupported": (
        "قاعدة التكرار «{value}» غير مقبولة: يكون التكرار يومياً أو أسبوعياً أو شهرياً أو سنوياً، دون ساعات ولا دقائق",
        "Règle de récurrence « {value} » non acceptée : la répétition est quotidienne, hebdomadaire, mensuelle ou annuelle, sans heures ni minutes",
        "recurrence rule {value!r} not accepted: repeat daily, weekly, monthly or yearly, without hours or minutes",
    ),
    "recurrence_interval": (
        "قاعدة التكرار «{value}»: الفاصل بين موعدين أطول من عشر سنوات",
        "Règle de récurrence « {value} » : l'intervalle dépasse dix ans",
        "recurrence rule {value!r}: the interval is longer than ten years",
    ),
    "recurrence_never": (
        "قاعدة التكرار «{value}» لا يقع لها أي موعد خلال عشر سنوات",
        "La règle de récurrence « {value} » ne tombe à aucune date en dix ans",
        "recurrence rule {value!r} falls on no date within ten years",
    ),
}
