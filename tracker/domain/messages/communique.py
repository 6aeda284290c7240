"""The communiqué reader's messages (issue 14): its warnings (``draft.warn.*``) and how a
deadline was computed (``draft.rule.*``, shown by the review dialog). The parameters are
already formatted in the reader's language: ``base``, ``due``, ``start`` (long dates),
``delta`` ("3 أشهر"), ``month`` (a month name), ``year``, ``week``, ``phrase``, ``n``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- warnings ------------------------------------------------------------------------------
    "draft.warn.no_date": (
        "لم يُعثر على تاريخ انعقاد الاجتماع في النص",
        "Date de la réunion introuvable dans le texte",
        "No meeting date found in the text",
    ),
    "draft.warn.no_decisions": (
        "لم يُعثر على أي مقرر في النص",
        "Aucune décision trouvée dans le texte",
        "No decisions found in the text",
    ),
    "draft.warn.positions": (
        "مواقف غير مدرجة كمقررات: {n}",
        "Prises de position non retenues comme décisions : {n}",
        "Positions left out of the decisions: {n}",
    ),
    "draft.warn.vague_deadline": (
        "أجل بلا تاريخ: «{phrase}»",
        "Délai sans date : « {phrase} »",
        "Deadline without a date: “{phrase}”",
    ),
    # -- how a deadline was computed -----------------------------------------------------------
    "draft.rule.within": (
        "الأجل: {base} + {delta} = {due}",
        "Échéance : {base} + {delta} = {due}",
        "Due: {base} + {delta} = {due}",
    ),
    "draft.rule.date": (
        "التاريخ المذكور في النص: {due}",
        "Date écrite dans le texte : {due}",
        "Date written in the text: {due}",
    ),
    "draft.rule.date_next": (
        "أول {due} بعد {base}",
        "Le premier {due} après le {base}",
        "The first {due} after {base}",
    ),
    "draft.rule.on_date": (
        "موعد التنفيذ المذكور في النص: {due}",
        "Date d'exécution écrite dans le texte : {due}",
        "Date of execution written in the text: {due}",
    ),
    "draft.rule.month_end": (
        "آخر يوم من شهر {month} بعد {base}: {due}",
        "Dernier jour de {month} après le {base} : {due}",
        "Last day of {month} after {base}: {due}",
    ),
    "draft.rule.mid_month": (
        "منتصف شهر {month} بعد {base}: {due}",
        "Mi-{month} après le {base} : {due}",
        "Mid-{month} after {base}: {due}",
    ),
    "draft.rule.week_of_month": (
        "نهاية الأسبوع {week} من شهر {month}: {due}",
        "Fin de la semaine {week} de {month} : {due}",
        "End of week {week} of {month}: {due}",
    ),
    "draft.rule.year_end": (
        "نهاية سنة {year}: {due}",
        "Fin de l'année {year} : {due}",
        "End of the year {year}: {due}",
    ),
    "draft.rule.week_end": (
        "نهاية الأسبوع المعني انطلاقا من {base}: {due}",
        "Fin de la semaine visée à partir du {base} : {due}",
        "End of the week meant, counted from {base}: {due}",
    ),
    "draft.rule.next_weekday": (
        "أول يوم من هذا النوع بعد {base}: {due}",
        "Le premier jour de ce nom après le {base} : {due}",
        "The first such weekday after {base}: {due}",
    ),
    "draft.rule.vague": (
        "النص لا يحدد تاريخا: «{phrase}»",
        "Le texte ne donne pas de date : « {phrase} »",
        "The text gives no date: “{phrase}”",
    ),
    "draft.rule.needs_meeting_date": (
        "«{phrase}» يُحسب من تاريخ الاجتماع، ولم يُعثر عليه",
        "« {phrase} » se compte à partir de la date de la réunion, introuvable",
        "“{phrase}” counts from the meeting's date, which was not found",
    ),
    "draft.rule.start": (
        "تاريخ البدء المذكور في النص: {start}",
        "Date de début écrite dans le texte : {start}",
        "Start date written in the text: {start}",
    ),
}
