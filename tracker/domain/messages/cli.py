"""What the command line prints on success: ``cli.<key>`` (its errors are ``TrackerError``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- tracker demo ------------------------------------------------------------------------
    "cli.demo_loaded": (
        "تم تحميل الاجتماع التجريبي ({n} سجلاً)",
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
}
