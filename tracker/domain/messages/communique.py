"""The communiqué reader's messages (issue 14): its warnings (``draft.warn.*``) and how a
deadline was computed (``draft.rule.*``, shown by the review dialog). The parameters are
already formatted in the reader's language: ``base``, ``due``, ``start`` (long dates), ``day`` ("30 يونيو"),
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
    # -- how a deadline was computed: the arithmetic, without the date it gives (the caller
    # shows it: "«خلال ثلاثة أشهر»: 3 أشهر بعد 17 يناير 2026، أي 17 أبريل 2026") ------------------
    "draft.rule.within": (
        "{delta} بعد {base}",
        "{delta} après le {base}",
        "{delta} after {base}",
    ),
    "draft.rule.date": (
        "التاريخ المذكور في النص",
        "la date écrite dans le texte",
        "the date written in the text",
    ),
    "draft.rule.date_next": (
        "أول {day} بعد {base}",
        "le premier {day} après le {base}",
        "the first {day} after {base}",
    ),
    "draft.rule.on_date": (
        "يوم التنفيذ المذكور في النص",
        "le jour d'exécution écrit dans le texte",
        "the day of execution written in the text",
    ),
    "draft.rule.month_end": (
        "آخر يوم من شهر {month} بعد {base}",
        "le dernier jour de {month} après le {base}",
        "the last day of {month} after {base}",
    ),
    "draft.rule.mid_month": (
        "منتصف شهر {month} بعد {base}",
        "la mi-{month} après le {base}",
        "mid-{month} after {base}",
    ),
    "draft.rule.week_of_month": (
        "نهاية الأسبوع {week} من شهر {month}",
        "la fin de la semaine {week} de {month}",
        "the end of week {week} of {month}",
    ),
    "draft.rule.year_end": (
        "نهاية سنة {year}",
        "la fin de l'année {year}",
        "the end of the year {year}",
    ),
    "draft.rule.week_end": (
        "نهاية الأسبوع المقصود انطلاقا من {base}",
        "la fin de la semaine visée, à partir du {base}",
        "the end of the week meant, from {base}",
    ),
    "draft.rule.next_weekday": (
        "أول يوم من هذا الاسم بعد {base}",
        "le premier jour de ce nom après le {base}",
        "the first such weekday after {base}",
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
