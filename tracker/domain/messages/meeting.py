"""The meeting cycle (issue 16): the follow-up agenda, what changed since a meeting, the
follow-up minutes, and what the command line says about them (``meeting.<key>``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- the follow-up agenda ---------------------------------------------------------------
    "meeting.agenda_title": (
        "جدول أعمال تتبع تنفيذ المقررات",
        "Ordre du jour du suivi des résolutions",
        "Follow-up agenda",
    ),
    "meeting.agenda_for": (
        "المهام المفتوحة من الاجتماعات السابقة — الوضعية في {date}",
        "Actions ouvertes des réunions précédentes — situation au {date}",
        "Open items of earlier meetings — as of {date}",
    ),
    "meeting.agenda_for_meeting": (
        "للاجتماع: {title} — {date}",
        "Pour la réunion : {title} — {date}",
        "For the meeting: {title} — {date}",
    ),
    "meeting.open": ("المهام المفتوحة", "Actions ouvertes", "Open items"),
    "meeting.overdue": ("منها متأخرة", "Dont en retard", "Of which overdue"),
    "meeting.done_since": (
        "أنجزت منذ الاجتماع الأخير ({date})",
        "Réalisées depuis la dernière réunion ({date})",
        "Done since the last meeting ({date})",
    ),
    "meeting.done_since_none": (
        "أنجزت (لا اجتماع سابق)",
        "Réalisées (aucune réunion précédente)",
        "Done (no earlier meeting)",
    ),
    "meeting.by_owner": ("حسب المسؤول", "Par responsable", "By owner"),
    "meeting.decision": ("القرار", "Décision", "Decision"),
    "meeting.rollup": (
        "{done} من {total} منجزة",
        "{done} sur {total} réalisées",
        "{done} of {total} done",
    ),
    "meeting.rollup_late": ("المتأخرة: {names}", "En retard : {names}", "Late: {names}"),
    "meeting.nothing_open": (
        "لا توجد مهام مفتوحة من الاجتماعات السابقة.",
        "Aucune action ouverte des réunions précédentes.",
        "No open item of an earlier meeting.",
    ),
    # -- what changed since a meeting ------------------------------------------------------
    "meeting.changes_title": (
        "ما تغير منذ الاجتماع",
        "Ce qui a changé depuis la réunion",
        "What changed since the meeting",
    ),
    "meeting.changes_period": (
        "الاجتماع: {title} — من {start} إلى {end}",
        "Réunion : {title} — du {start} au {end}",
        "Meeting: {title} — from {start} to {end}",
    ),
    "meeting.section_done": ("المهام المنجزة", "Actions réalisées", "Items done"),
    "meeting.section_progressed": (
        "المهام التي تقدمت",
        "Actions qui ont avancé",
        "Items progressed",
    ),
    "meeting.section_slipped": (
        "المهام التي تأخر أجلها",
        "Actions dont l'échéance a glissé",
        "Items whose due date slipped",
    ),
    "meeting.section_overdue": (
        "المهام التي صارت متأخرة",
        "Actions passées en retard",
        "Items newly overdue",
    ),
    "meeting.section_postponed": ("المهام المؤجلة", "Actions reportées", "Items postponed"),
    "meeting.section_new": ("المهام الجديدة", "Nouvelles actions", "New items"),
    "meeting.change": ("التغيير", "Changement", "Change"),
    "meeting.reported": ("أفاد به / التاريخ", "Signalé par / le", "Reported by / on"),
    "meeting.due_moved": ("من {old} إلى {new}", "du {old} au {new}", "from {old} to {new}"),
    "meeting.no_date": ("دون أجل", "sans échéance", "no due date"),
    "meeting.percent_moved": (
        "من {old}% إلى {new}%",
        "de {old} % à {new} %",
        "from {old}% to {new}%",
    ),
    "meeting.at_meeting": (
        "في اجتماع {date}",
        "à la réunion du {date}",
        "at the meeting of {date}",
    ),
    "meeting.created": ("أضيفت في {date}", "ajoutée le {date}", "added on {date}"),
    # -- the follow-up minutes -------------------------------------------------------------
    "meeting.minutes_title": ("محضر التتبع", "Procès-verbal de suivi", "Follow-up minutes"),
    "meeting.minutes_of": (
        "الاجتماع: {title} — المنعقد بتاريخ {date}",
        "Réunion : {title} — tenue le {date}",
        "Meeting: {title} — held on {date}",
    ),
    "meeting.minutes_count": (
        "عدد المهام التي تمت مراجعتها: {n}",
        "Actions examinées : {n}",
        "Items reviewed: {n}",
    ),
    "meeting.note": ("ملاحظة", "Note", "Note"),
    "meeting.new_due": ("الأجل الجديد", "Nouvelle échéance", "New due date"),
    "meeting.for_discussion": (
        "مهام للمناقشة",
        "Actions à discuter",
        "Items for discussion",
    ),
    "meeting.nothing_reviewed": (
        "لم تسجل أي مراجعة في هذا الاجتماع.",
        "Aucun examen enregistré à cette réunion.",
        "Nothing was reviewed at this meeting.",
    ),
    # -- the command line ------------------------------------------------------------------
    "meeting.help_agenda": (
        "جدول أعمال تتبع المهام المفتوحة للاجتماع المقبل (PDF)",
        "L'ordre du jour du suivi des actions ouvertes pour la prochaine réunion (PDF)",
        "the follow-up agenda of the open items for the next meeting (PDF)",
    ),
    "meeting.help_changes": (
        "ما تغير منذ اجتماع (PDF): المنجز، المتقدم، المتأخر أجله، المؤجل، الجديد",
        "Ce qui a changé depuis une réunion (PDF) : réalisé, avancé, glissé, reporté, nouveau",
        "what changed since a meeting (PDF): done, progressed, slipped, postponed, new",
    ),
    "meeting.help_minutes": (
        "محضر تتبع اجتماع (PDF): المهام التي روجعت فيه والقرار المسجل لكل منها",
        "Le procès-verbal de suivi d'une réunion (PDF) : les actions examinées et leur décision",
        "the follow-up minutes of a meeting (PDF): the items reviewed and each decision",
    ),
    "meeting.help_since": (
        "رقم الاجتماع",
        "le numéro de la réunion",
        "the meeting's number",
    ),
    "meeting.help_agenda_meeting": (
        "رقم الاجتماع الذي يعد له جدول الأعمال (مهام الاجتماعات السابقة لتاريخه)",
        "la réunion préparée (les actions des réunions antérieures à sa date)",
        "the meeting it is prepared for (the items of the meetings before its day)",
    ),
    "meeting.help_out": (
        "ملف PDF المراد كتابته (في مجلد موجود)",
        "le fichier PDF à écrire (dans un dossier existant)",
        "the PDF file to write (in a folder that exists)",
    ),
}
