"""The messages of ``TrackerError``: what the user reads instead of a traceback.

Codes carry no prefix (``TrackerError("db_missing", path=...)``); ``{field}`` is replaced by
the field's name from ``fields`` before formatting. Import messages are in ``imports``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- the database file -------------------------------------------------------------------
    "db_missing": (
        "ملف قاعدة البيانات غير موجود: {path}",
        "Le fichier de base de données n'existe pas : {path}",
        "database file does not exist: {path}",
    ),
    "db_is_directory": (
        "المسار مجلد وليس ملف قاعدة بيانات: {path}",
        "Le chemin est un dossier, pas une base de données : {path}",
        "path is a directory, not a database file: {path}",
    ),
    "db_not_sqlite": (
        "الملف ليس قاعدة بيانات SQLite: {path}",
        "Le fichier n'est pas une base SQLite : {path}",
        "not an SQLite database: {path}",
    ),
    "db_not_tracker": (
        "الملف قاعدة بيانات لبرنامج آخر، وليس ملف متابعة المقررات: {path}",
        "La base appartient à un autre programme : {path}",
        "database belongs to another program, not Resolution Tracker: {path}",
    ),
    "db_damaged": (
        "ملف قاعدة البيانات تالف ({detail}): {path}. لم يتم تغيير أي شيء؛ استرجع نسخة احتياطية.",
        "Base de données endommagée ({detail}) : {path}. Rien n'a été modifié.",
        "database is damaged ({detail}): {path}; nothing was changed, restore a backup",
    ),
    "db_unreadable": (
        "تعذرت قراءة ملف قاعدة البيانات ({detail}): {path}",
        "Impossible de lire la base de données ({detail}) : {path}",
        "cannot read the database ({detail}): {path}",
    ),
    "db_too_new": (
        "أنشئ هذا الملف بإصدار أحدث من البرنامج؛ حدّث البرنامج لفتحه: {path}",
        "Ce fichier vient d'une version plus récente du programme : {path}",
        "this file was made by a newer version of the program; update to open it: {path}",
    ),
    "db_in_use": (
        "قاعدة البيانات مفتوحة في نسخة أخرى من البرنامج: {path}",
        "La base est déjà ouverte par une autre instance du programme : {path}",
        "the database is in use by another copy of the program: {path}",
    ),
    "db_busy": (
        "قاعدة البيانات مشغولة حالياً، حاول بعد قليل: {path}",
        "La base est occupée, réessayez : {path}",
        "the database is busy, try again: {path}",
    ),
    "db_write_failed": (
        "تعذر حفظ التغيير ({detail})؛ لم يُحفظ شيء.",
        "Échec de l'enregistrement ({detail}) ; rien n'a été enregistré.",
        "could not save the change ({detail}); nothing was saved",
    ),
    "upgrade_failed": (
        "تعذر تحديث بنية قاعدة البيانات ({detail})؛ بقي الملف كما كان.",
        "La mise à niveau de la base a échoué ({detail}) ; le fichier est inchangé.",
        "database upgrade failed ({detail}); the file is unchanged",
    ),
    # -- backups and restore (store/backup.py) -----------------------------------------------
    "backup_failed": (
        "تعذر إنشاء النسخة الاحتياطية ({detail})",
        "La sauvegarde a échoué ({detail})",
        "backup failed ({detail})",
    ),
    "backup_not_usable": (
        "النسخة الاحتياطية غير صالحة للاسترجاع ({detail}): {path}",
        "La sauvegarde n'est pas utilisable ({detail}) : {path}",
        "the backup cannot be restored ({detail}): {path}",
    ),
    "restore_failed": (
        "تعذر الاسترجاع ({detail})؛ الملف الحالي محفوظ في: {saved}",
        "La restauration a échoué ({detail}) ; le fichier actuel est conservé : {saved}",
        "restore failed ({detail}); the current file is kept at: {saved}",
    ),
    # -- input checks (services/schemas.py, settings, items…) --------------------------------
    "not_found": (
        "العنصر المطلوب غير موجود ({what} رقم {id})",
        "Élément introuvable ({what} n° {id})",
        "{what} {id} not found",
    ),
    "required": (
        "الحقل «{field}» إجباري",
        "Le champ « {field} » est obligatoire",
        "{field} is required",
    ),
    "too_long": (
        "الحقل «{field}» أطول من المسموح ({max} حرف)",
        "Le champ « {field} » est trop long ({max} caractères au plus)",
        "{field} is too long (at most {max} characters)",
    ),
    "progress_range": (
        "نسبة الإنجاز يجب أن تكون بين 0 و100",
        "L'avancement doit être entre 0 et 100",
        "progress must be between 0 and 100",
    ),
    "done_needs_100": (
        "المقرر المنجز يجب أن تكون نسبة إنجازه 100٪",
        "Une action réalisée doit être à 100 %",
        "a done item must be at 100 %",
    ),
    "invalid_value": (
        "قيمة غير صالحة في «{field}»: {value}",
        "Valeur invalide pour « {field} » : {value}",
        "invalid value for {field}: {value}",
    ),
    "bad_date": (
        "تاريخ غير مقروء: «{value}» (الصيغة المطلوبة: 2026-04-17)",
        "Date illisible : « {value} » (format attendu : 2026-04-17)",
        "unreadable date: {value!r} (expected YYYY-MM-DD)",
    ),
    "date_out_of_range": ("التاريخ خارج المجال المقبول", "Date hors limites", "date out of range"),
    "negative_offset": (
        "المدة لا يمكن أن تكون سالبة ({amount})",
        "La durée ne peut pas être négative ({amount})",
        "the offset cannot be negative ({amount})",
    ),
    "unreadable_relative_date": (
        "تعذرت قراءة المدة «{text}» (مثال: خلال ثلاثة أشهر، 10 أيام)",
        "Durée illisible « {text} » (ex. : 3 mois, 10 jours)",
        "unreadable offset {text!r} (e.g. 3 months, 10 days)",
    ),
    "bad_recurrence": (
        "قاعدة التكرار غير صالحة: {value}",
        "Règle de récurrence invalide : {value}",
        "invalid recurrence rule: {value}",
    ),
    "bad_days": (
        "عدد الأيام يجب أن يكون عدداً صحيحاً بين 0 و3650: {value}",
        "Le nombre de jours doit être un entier entre 0 et 3650 : {value}",
        "days must be a whole number between 0 and 3650: {value}",
    ),
    # -- owners ------------------------------------------------------------------------------
    "owner_in_use": (
        "لا يمكن حذف المسؤول «{name}» لأن له مهاماً مفتوحة",
        "Impossible de supprimer « {name} » : il a des actions ouvertes",
        "cannot delete owner {name}: they have open items",
    ),
    "duplicate_owner": (
        "يوجد مسؤول بنفس الاسم: {name}",
        "Un responsable porte déjà ce nom : {name}",
        "an owner with this name already exists: {name}",
    ),
    # -- meetings and their resolutions (services/meeting_edit.py) ---------------------------
    "resolution_required": (
        "نص المقرر رقم {n} فارغ: اكتب نصه أو احذفه",
        "Le texte de la résolution n° {n} est vide : saisissez-le ou supprimez-la",
        "resolution {n} has no text: type it or remove the resolution",
    ),
    "resolution_too_long": (
        "نص المقرر رقم {n} أطول من المسموح",
        "Le texte de la résolution n° {n} est trop long",
        "resolution {n} is too long",
    ),
    # -- reminders (services/reminders.py) ---------------------------------------------------
    "snooze_not_future": (
        "يجب أن يكون تاريخ التذكير الجديد بعد اليوم ({value})",
        "La nouvelle date de rappel doit être postérieure à aujourd'hui ({value})",
        "the new reminder date must be after today ({value})",
    ),
    "snooze_too_far": (
        "لا يمكن تأجيل التذكير أكثر من عشر سنوات ({value})",
        "Un rappel ne peut pas être reporté de plus de dix ans ({value})",
        "a reminder cannot be snoozed more than ten years ({value})",
    ),
    # -- reports (services/reports.py) -------------------------------------------------------
    "report_no_such_meeting": (
        "لا يوجد اجتماع بالرقم {id}",
        "Aucune réunion n° {id}",
        "there is no meeting number {id}",
    ),
    "report_no_such_owner": (
        "لا يوجد مسؤول بالرقم {id}",
        "Aucun responsable n° {id}",
        "there is no owner number {id}",
    ),
    "no_meeting": (
        "لا يوجد أي اجتماع بعد؛ أضف اجتماعاً أو حمّل الاجتماع التجريبي",
        "Aucune réunion pour l'instant",
        "there is no meeting yet",
    ),
    # -- export (services/exchange.py) -------------------------------------------------------
    "out_exists_dir": (
        "مسار الإخراج مجلد: {path}",
        "Le chemin de sortie est un dossier : {path}",
        "output path is a directory: {path}",
    ),
    "export_format": (
        "صيغة تصدير غير معروفة: {value} (المقبول: csv أو xlsx أو ics)",
        "Format d'export inconnu : {value} (csv, xlsx ou ics)",
        "unknown export format: {value} (csv, xlsx or ics)",
    ),
    "export_failed": (
        "تعذرت كتابة الملف ({detail}): {path}",
        "Impossible d'écrire le fichier ({detail}) : {path}",
        "cannot write the file ({detail}): {path}",
    ),
    # -- demo data (services/demo.py) --------------------------------------------------------
    "seed_damaged": (
        "ملف البيانات التجريبية تالف ({detail})",
        "Le fichier de démonstration est endommagé ({detail})",
        "the demo data file is damaged ({detail})",
    ),
    # -- anything else (ui/background.py: work that failed off the GUI thread) ---------------
    "unexpected_error": (
        "حدث خطأ غير متوقع، وما حُفظ قبله باقٍ كما هو ({detail})",
        "Une erreur inattendue s'est produite ; ce qui était enregistré avant reste intact ({detail})",
        "an unexpected error occurred; what was saved before is kept ({detail})",
    ),
    # -- paths and files (issue 12: store/files.py, store/outfile.py) ------------------------
    "db_url_refused": (
        "مكان قاعدة البيانات يجب أن يكون مسار ملف، وليس عنواناً: {value} (قواعد PostgreSQL المشتركة غير مدعومة بعد)",
        "L'emplacement de la base doit être un chemin de fichier, pas une adresse : {value} (les bases PostgreSQL partagées ne sont pas encore prises en charge)",
        "the database location must be a file path, not a URL: {value} (shared PostgreSQL databases are not supported yet)",
    ),
    "db_not_regular": (
        "هذا المسار ليس ملفاً عادياً (بل أنبوب أو مقبس أو جهاز)، فلا يمكن أن يكون قاعدة بيانات: {path}",
        "Ce chemin n'est pas un fichier ordinaire (tube, socket ou périphérique) et ne peut pas être une base de données : {path}",
        "not a regular file (a pipe, socket or device), so it cannot be a database: {path}",
    ),
    "file_not_regular": (
        "ملف الاستيراد ليس ملفاً عادياً (بل أنبوب أو مقبس أو جهاز)؛ لم يُقرأ منه شيء: {path}",
        "Le fichier à importer n'est pas un fichier ordinaire (tube, socket ou périphérique) ; rien n'a été lu : {path}",
        "the file to import is not a regular file (a pipe, socket or device); nothing was read: {path}",
    ),
    "db_empty_file": (
        "الملف فارغ، وليس ملفاً من ملفات متابعة المقررات: {path}",
        "Le fichier est vide : ce n'est pas un fichier de suivi des résolutions : {path}",
        "the file is empty: it is not a Resolution Tracker file: {path}",
    ),
    "disk_full": (
        "لم تبق مساحة فارغة على القرص؛ لم يتغير أي شيء: {path}",
        "Plus d'espace libre sur le disque ; rien n'a été modifié : {path}",
        "no space left on the device; nothing was changed: {path}",
    ),
    "out_is_database": (
        "لا يمكن الكتابة فوق قاعدة البيانات المفتوحة أو أحد ملفاتها أو مجلد نسخها الاحتياطية: {path}. اختر اسماً أو مكاناً آخر.",
        "Impossible d'écrire sur la base de données ouverte, l'un de ses fichiers ou son dossier de sauvegardes : {path}. Choisissez un autre nom ou un autre emplacement.",
        "refusing to write over the open database, one of its files or its backups folder: {path}; choose another name or place",
    ),
    "out_in_use": (
        "هذا الملف مفتوح حالياً في البرنامج، فلا يمكن الكتابة فوقه: {path}",
        "Ce fichier est ouvert par le programme ; impossible d'écrire dessus : {path}",
        "this file is open in the program; it cannot be written over: {path}",
    ),
    "out_is_sqlite": (
        "هذا الملف قاعدة بيانات، ولن يُكتب فوقه بملف تصدير أو تقرير: {path}. اختر اسماً آخر.",
        "Ce fichier est une base de données ; un export ou un rapport ne l'écrasera pas : {path}. Choisissez un autre nom.",
        "this file is a database; an export or a report will not overwrite it: {path}; choose another name",
    ),
    "out_read_only": (
        "الملف الموجود للقراءة فقط، ولن يُستبدل: {path}",
        "Le fichier existant est en lecture seule ; il ne sera pas remplacé : {path}",
        "the existing file is read-only; it will not be replaced: {path}",
    ),
    "out_not_regular": (
        "مسار الإخراج ليس ملفاً عادياً (بل أنبوب أو مقبس أو جهاز): {path}",
        "Le chemin de sortie n'est pas un fichier ordinaire (tube, socket ou périphérique) : {path}",
        "the output path is not a regular file (a pipe, socket or device): {path}",
    ),
    "out_folder_missing": (
        "المجلد غير موجود: {path}. اختر مجلداً موجوداً.",
        "Le dossier n'existe pas : {path}. Choisissez un dossier existant.",
        "the folder does not exist: {path}; choose an existing folder",
    ),
    "out_incomplete": (
        "تعذرت كتابة الملف كاملاً، فلم يُحفظ؛ بقي ما كان موجوداً كما هو: {path}",
        "Le fichier n'a pas pu être écrit en entier ; il n'a pas été enregistré et l'ancien reste intact : {path}",
        "the file could not be written completely, so it was not saved; what was there is kept: {path}",
    ),
    "db_permissions_tightened": (
        "كان ملف قاعدة البيانات مقروءاً لمستخدمين آخرين على هذا الجهاز؛ أصبح الآن لصاحبه وحده: {path}",
        "La base de données était lisible par d'autres utilisateurs de cet ordinateur ; elle est désormais réservée à son propriétaire : {path}",
        "the database was readable by other users of this computer; it is now its owner's only: {path}",
    ),
    "db_foreign_objects": (
        "تنبيه: البيانات سليمة، لكن الملف يحتوي على عناصر لم ينشئها البرنامج ({names}): {path}",
        "Attention : les données sont saines, mais le fichier contient des objets que le programme n'a pas créés ({names}) : {path}",
        "warning: the data is sound, but the file holds objects the program did not create ({names}): {path}",
    ),
    "db_dangling_link": (
        "المسار رابط رمزي إلى ملف غير موجود، ولن يُنشأ ملف عبره: {path}",
        "Le chemin est un lien symbolique vers un fichier qui n'existe pas ; aucun fichier ne sera créé à travers lui : {path}",
        "the path is a symbolic link to a file that does not exist; no file will be created through it: {path}",
    ),
}
