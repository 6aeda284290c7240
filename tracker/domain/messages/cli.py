"""What the command line prints on success: ``cli.<key>`` (its errors are ``TrackerError``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- tracker demo ------------------------------------------------------------------------
    "cli.demo_loaded": (
        "تم تحميل الاجتماع التجريبي (عدد السجلات: {n})",
        "Réunion de démonstration chargée ({n} lignes)",
        "demo meeting loaded ({n} rows)",
    ),
    "cli.demo_already_loaded": (
        "الاجتماع التجريبي محمّل من قبل؛ لم يُضف شيء",
        "La réunion de démonstration est déjà chargée",
        "demo meeting already loaded; nothing added",
    ),
    # -- tracker due: the second column ({days} is count_days(n, lang)) ----------------------
    "cli.due_late": ("متأخر {days}", "en retard de {days}", "{days} late"),
    "cli.due_today": ("اليوم", "aujourd'hui", "today"),
    "cli.due_in": ("بعد {days}", "dans {days}", "in {days}"),
    # -- tracker check -----------------------------------------------------------------------
    "cli.check_ok": (
        "قاعدة البيانات سليمة: {path}",
        "Base de données intègre: {path}",
        "database is sound: {path}",
    ),
    "cli.check_ok_upgrade_pending": (
        "قاعدة البيانات سليمة: {path} (ستُحدَّث البنية عند الفتح)",
        "Base de données intègre: {path} (mise à niveau à l'ouverture)",
        "database is sound: {path} (schema will be upgraded when opened)",
    ),
    # -- tracker backup ----------------------------------------------------------------------
    "cli.backup_written": (
        "نسخة احتياطية: {path}",
        "Sauvegarde: {path}",
        "backup written: {path}",
    ),
    # -- tracker report, export --------------------------------------------------------------
    "cli.report_written": (
        "كُتب التقرير (عدد الصفحات: {pages}): {path}",
        "Rapport écrit ({pages} pages) : {path}",
        "report written ({pages} pages): {path}",
    ),
    "cli.exported": (
        "صُدّرت {n} مهمة إلى {path}",
        "{n} actions exportées vers {path}",
        "{n} items exported to {path}",
    ),
    # -- failures of any command (issue 12: one line on standard error) ----------------------
    "cli.interrupted": (
        "أُوقف الأمر قبل إتمامه، ولم يُحفظ منه شيء ناقص",
        "Commande interrompue ; rien d'inachevé n'a été enregistré",
        "interrupted; nothing half-done was saved",
    ),
    "cli.unexpected_error": (
        "خطأ غير متوقع ({detail})، وما حُفظ قبله باقٍ كما هو؛ التفاصيل في السجل: {log}",
        "Erreur inattendue ({detail}) ; ce qui était enregistré reste intact ; "
        "détails dans le journal : {log}",
        "unexpected error ({detail}); what was saved before is kept; details in the log: {log}",
    ),
    "cli.system_error": (
        "تعذّر إتمام العملية ({detail}): {path}",
        "Opération impossible ({detail}) : {path}",
        "the operation failed ({detail}): {path}",
    ),
    "cli.system_error_plain": (
        "تعذّر إتمام العملية ({detail})",
        "Opération impossible ({detail})",
        "the operation failed ({detail})",
    ),
    "cli.out_folder_missing": (
        "المجلد غير موجود: {path}؛ لم يُكتب شيء",
        "Le dossier n'existe pas : {path} ; rien n'a été écrit",
        "the folder does not exist: {path}; nothing was written",
    ),
    "cli.out_not_a_folder": (
        "ليس مجلداً: {path}؛ لم يُكتب شيء",
        "Ce n'est pas un dossier : {path} ; rien n'a été écrit",
        "not a folder: {path}; nothing was written",
    ),
    "cli.screenshot_failed": (
        "تعذّرت كتابة الصورة: {path}",
        "Impossible d'écrire l'image : {path}",
        "cannot write the picture: {path}",
    ),
    "cli.qt_fatal": (
        "تعذّر تشغيل الواجهة الرسومية (Qt): {detail}",
        "Impossible de démarrer l'interface graphique (Qt) : {detail}",
        "the graphical interface (Qt) cannot start: {detail}",
    ),
    "cli.bad_id": (
        "رقم غير صالح: «{value}» (المنتظر عدد صحيح موجب)",
        "Numéro invalide : « {value} » (un entier positif est attendu)",
        "invalid number: '{value}' (expected a positive whole number)",
    ),
    # -- tracker --help (cli.help_*) ---------------------------------------------------------
    "cli.help_description": (
        "متابعة المقررات: تتبّع تنفيذ مقررات اجتماعات الكتابة الإقليمية.\n"
        "بدون أمر، يفتح «tracker» التطبيق على الملف الافتراضي (أو على ملف --db).",
        "Suivi des résolutions des réunions du secrétariat.\n"
        "Sans commande, « tracker » ouvre l'application sur le fichier par défaut "
        "(ou celui de --db).",
        "Resolution Tracker: follow up the resolutions of the secretariat's meetings.\n"
        "Without a command, 'tracker' opens the app on the default file (or the --db file).",
    ),
    "cli.help_epilog": (
        "الملف الافتراضي على هذا الجهاز: {db}\n"
        "متغيرات البيئة:\n"
        "  TRACKER_LANG      لغة الرسائل والمساعدة: ar أو fr أو en (الافتراضية: ar)\n"
        "  TRACKER_DATA_DIR  مجلد البيانات (فيه الملف الافتراضي والسجل) بدل المجلد المعتاد\n"
        "تفاصيل الأخطاء تُكتب في السجل: {log}",
        "Fichier par défaut sur cet ordinateur : {db}\n"
        "Variables d'environnement :\n"
        "  TRACKER_LANG      langue des messages et de l'aide : ar, fr ou en\n"
        "                    (par défaut : ar)\n"
        "  TRACKER_DATA_DIR  dossier des données (fichier par défaut et journal)\n"
        "                    à la place du dossier habituel\n"
        "Le détail des erreurs est écrit dans le journal : {log}",
        "Default file on this machine: {db}\n"
        "Environment variables:\n"
        "  TRACKER_LANG      language of messages and help: ar, fr or en (default: ar)\n"
        "  TRACKER_DATA_DIR  data folder (the default file and the log) instead of\n"
        "                    the usual one\n"
        "Details of errors are written to the log: {log}",
    ),
    "cli.help_db": (
        "ملف قاعدة البيانات (الافتراضي: tracker.sqlite في مجلد البيانات، انظر tracker --help)",
        "fichier de base de données (par défaut : tracker.sqlite dans le dossier des données, "
        "voir tracker --help)",
        "database file (default: tracker.sqlite in the data folder, see tracker --help)",
    ),
    "cli.help_screenshot": (
        "يفتح التطبيق ويحمّل الملف ويحفظ صورة للنافذة الرئيسية ثم يخرج",
        "ouvrir l'application, charger le fichier, enregistrer une image de la fenêtre, quitter",
        "open, load, save a picture of the main window, exit",
    ),
    "cli.help_commands": ("الأوامر", "commandes", "commands"),
    "cli.help_command_metavar": ("الأمر", "COMMANDE", "COMMAND"),
    "cli.help_demo": (
        "يحمّل الاجتماع التجريبي (مرة واحدة)",
        "charger la réunion de démonstration (une seule fois)",
        "load the seed meeting (idempotent)",
    ),
    "cli.help_due": (
        "يعرض المهام المتأخرة والتي يحلّ أجلها قريباً",
        "lister les actions en retard et bientôt dues",
        "list overdue and soon-due items",
    ),
    "cli.help_days": (
        "المدة بالأيام (الافتراضية: {n})",
        "horizon en jours (par défaut : {n})",
        "horizon in days (default: {n})",
    ),
    "cli.help_today": (
        "تاريخ اليوم بصيغة YYYY-MM-DD (الافتراضي: اليوم)",
        "date du jour au format AAAA-MM-JJ (par défaut : aujourd'hui)",
        "today's date as YYYY-MM-DD (default: today)",
    ),
    "cli.help_check": (
        "يفحص سلامة الملف وبنيته",
        "vérifier l'intégrité et le schéma du fichier",
        "integrity and schema check",
    ),
    "cli.help_backup": (
        "يأخذ نسخة احتياطية متّسقة من قاعدة البيانات",
        "faire une copie cohérente de la base de données",
        "consistent copy of the database",
    ),
    "cli.help_backup_out": (
        "ملف النسخة (الافتراضي: مجلد النسخ الاحتياطية بجانب قاعدة البيانات)",
        "fichier de la copie (par défaut : le dossier des sauvegardes, à côté de la base)",
        "backup file (default: the backups folder beside the database)",
    ),
    "cli.help_report": (
        "يكتب تقرير تتبع تنفيذ المقررات بصيغة PDF",
        "écrire un rapport de suivi en PDF",
        "write a progress report as PDF",
    ),
    "cli.help_report_meeting": (
        "رقم الاجتماع (الافتراضي: آخر اجتماع)",
        "numéro de la réunion (par défaut : la dernière)",
        "meeting (default: the latest)",
    ),
    "cli.help_report_owner": (
        "كل ما على مسؤول واحد",
        "tout ce que doit un responsable",
        "everything one owner owes",
    ),
    "cli.help_report_all_owners": (
        "صفحات مستقلة لكل مسؤول",
        "des pages pour chaque responsable",
        "one page set per owner",
    ),
    "cli.help_report_due": (
        "المهام المتأخرة والمقبلة",
        "les actions en retard et à venir",
        "overdue and upcoming items",
    ),
    "cli.help_report_out": (
        "ملف PDF المطلوب كتابته، في مجلد موجود",
        "fichier PDF à écrire, dans un dossier existant",
        "the PDF file to write, in an existing folder",
    ),
    "cli.help_export": (
        "يصدّر المهام إلى ملف csv أو xlsx أو ics",
        "exporter les actions en csv, xlsx ou ics",
        "export items to csv, xlsx or ics",
    ),
    "cli.help_format": ("صيغة الملف", "format du fichier", "file format"),
    "cli.help_export_out": (
        "الملف المطلوب كتابته",
        "fichier à écrire",
        "the file to write",
    ),
    "cli.help_import": (
        "يستورد مهامّ من ملف csv أو xlsx",
        "importer des actions depuis un fichier csv ou xlsx",
        "import items from csv or xlsx",
    ),
    "cli.help_import_file": (
        "الملف المطلوب استيراده",
        "fichier à importer",
        "the file to import",
    ),
    "cli.help_create_owners": (
        "ينشئ المسؤولين غير المعروفين بعد",
        "créer les responsables encore inconnus",
        "create owners not yet known",
    ),
    # -- argparse's own words (tracker.cli_parser; {x} filled with argparse's %(x)s) ---------
    "cli.argparse_usage": ("الاستعمال: ", "usage : ", "usage: "),
    "cli.argparse_positionals": ("الوسائط", "arguments positionnels", "positional arguments"),
    "cli.argparse_options": ("الخيارات", "options", "options"),
    "cli.argparse_help": (
        "يعرض هذه المساعدة ثم يخرج",
        "afficher cette aide et quitter",
        "show this help message and exit",
    ),
    "cli.argparse_version": (
        "يعرض رقم الإصدار ثم يخرج",
        "afficher le numéro de version et quitter",
        "show program's version number and exit",
    ),
    "cli.argparse_argument": (
        "الوسيط {argument_name}: {message}",
        "argument {argument_name} : {message}",
        "argument {argument_name}: {message}",
    ),
    "cli.argparse_required": (
        "هذه الوسائط إلزامية: {args}",
        "les arguments suivants sont obligatoires : {args}",
        "the following arguments are required: {args}",
    ),
    "cli.argparse_one_required": (
        "يلزم أحد هذه الوسائط: {args}",
        "l'un des arguments suivants est obligatoire : {args}",
        "one of the arguments {args} is required",
    ),
    "cli.argparse_unrecognized": (
        "وسائط غير معروفة: {args}",
        "arguments non reconnus : {args}",
        "unrecognized arguments: {args}",
    ),
    "cli.argparse_not_allowed": (
        "لا يجتمع مع الوسيط {other}",
        "incompatible avec l'argument {other}",
        "not allowed with argument {other}",
    ),
    "cli.argparse_ignored": (
        "قيمة زائدة لا يقبلها هذا الخيار: {value}",
        "valeur en trop, ignorée par cette option : {value}",
        "ignored explicit argument {value}",
    ),
    "cli.argparse_expected_one": (
        "ينتظر قيمة واحدة",
        "une valeur est attendue",
        "expected one argument",
    ),
    "cli.argparse_expected_at_most_one": (
        "ينتظر قيمة واحدة على الأكثر",
        "une valeur au plus est attendue",
        "expected at most one argument",
    ),
    "cli.argparse_expected_at_least_one": (
        "ينتظر قيمة واحدة على الأقل",
        "au moins une valeur est attendue",
        "expected at least one argument",
    ),
    "cli.argparse_ambiguous": (
        "خيار ملتبس: {option} قد يعني {matches}",
        "option ambiguë : {option} peut correspondre à {matches}",
        "ambiguous option: {option} could match {matches}",
    ),
    "cli.argparse_invalid_value": (
        "قيمة غير صالحة ({type}): {value}",
        "valeur invalide ({type}) : {value}",
        "invalid {type} value: {value}",
    ),
    "cli.argparse_invalid_choice": (
        "اختيار غير صالح: {value} (المتاح: {choices})",
        "choix invalide : {value} (au choix : {choices})",
        "invalid choice: {value} (choose from {choices})",
    ),
}
