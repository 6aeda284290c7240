"""The labels of the printed reports: ``report.<key>`` (``services.reports.label(key, lang)``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- titles ------------------------------------------------------------------------------
    "report.meeting_title": (
        "تقرير تتبع تنفيذ المقررات",
        "Rapport de suivi des résolutions",
        "Resolution follow-up report",
    ),
    "report.owner_title": (
        "تقرير تتبع المهام المسندة",
        "Rapport de suivi des actions confiées",
        "Follow-up report of assigned items",
    ),
    "report.due_title": (
        "المهام المتأخرة والمقبلة",
        "Actions en retard et à venir",
        "Overdue and upcoming items",
    ),
    # -- headings and subtitles --------------------------------------------------------------
    "report.owner": ("المسؤول", "Responsable", "Owner"),
    "report.meeting": ("الاجتماع", "Réunion", "Meeting"),
    "report.held_on": ("المنعقد بتاريخ", "tenue le", "held on"),
    "report.resolution": ("المقرر", "Résolution", "Resolution"),
    "report.other": (
        "محطات ومهام أخرى",
        "Autres échéances et actions",
        "Other milestones and items",
    ),
    "report.by_resolution": (
        "الإنجاز حسب المقرر",
        "Avancement par résolution",
        "Progress by resolution",
    ),
    "report.by_owner": ("الإنجاز حسب المسؤول", "Avancement par responsable", "Progress by owner"),
    "report.late_section": ("المهام المتأخرة", "Actions en retard", "Overdue items"),
    "report.upcoming_section": (
        "المهام التي يحل أجلها خلال {days}",
        "Actions à échéance dans {days}",
        "Items due within {days}",
    ),
    "report.as_of": ("الوضعية في {date}", "Situation au {date}", "As of {date}"),
    # -- the summary -------------------------------------------------------------------------
    "report.summary": ("ملخص", "Synthèse", "Summary"),
    "report.total": ("مجموع المهام", "Total des actions", "Items"),
    "report.completion": ("متوسط نسبة الإنجاز", "Avancement moyen", "Mean progress"),
    "report.overdue": ("المتأخرة", "En retard", "Overdue"),
    "report.done_of": (  # the total leaves cancelled items out, and says so
        "{done} منجزة من {total} (دون الملغاة)",
        "{done} réalisées sur {total} (hors annulées)",
        "{done} done of {total} (cancelled left out)",
    ),
    # -- the columns of the item tables ------------------------------------------------------
    "report.no": ("ر.ت", "N°", "No."),
    "report.item": ("المهمة", "Action", "Item"),
    "report.due": ("الأجل", "Échéance", "Due"),
    "report.status": ("الحالة", "Statut", "Status"),
    "report.progress": ("الإنجاز", "Avanc.", "Progress"),
    "report.note": ("آخر ملاحظة", "Dernière note", "Latest note"),
    # -- cells and notes ---------------------------------------------------------------------
    "report.late": ("متأخر {days}", "en retard de {days}", "{days} late"),
    "report.none": ("لا توجد مهام.", "Aucune action.", "No items."),
    # -- page header and footer --------------------------------------------------------------
    "report.page": ("صفحة {n} من {m}", "Page {n} sur {m}", "Page {n} of {m}"),
    "report.printed": ("تاريخ الطبع: {date}", "Imprimé le {date}", "Printed on {date}"),
}
