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
}
