"""Territories, fan-out and the coverage grid (issue 15): errors, command-line lines and
the labels of the printed grid."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- errors (TrackerError codes) ---------------------------------------------------------
    "register_damaged": (
        "سجل التقسيم الترابي المرفق بالبرنامج تالف؛ أعد تثبيت البرنامج ({detail})",
        "Le référentiel territorial livré avec l'application est endommagé ; réinstallez-la ({detail})",
        "the territorial register shipped with the app is damaged; reinstall it ({detail})",
    ),
    "province_unknown": (
        "لا يوجد إقليم أو عمالة باسم «{value}»؛ الأقرب: {candidates}",
        "Aucune province ou préfecture « {value} » ; les plus proches : {candidates}",
        "no province or prefecture called “{value}”; closest: {candidates}",
    ),
    "province_ambiguous": (
        "«{value}» يطابق أكثر من إقليم: {candidates}؛ اكتب الاسم كاملاً أو الرمز",
        "« {value} » correspond à plusieurs provinces : {candidates} ; donnez le nom complet ou le code",
        "“{value}” matches several provinces: {candidates}; give the full name or the code",
    ),
    "province_not_set": (
        "لم يُحدَّد إقليم هذا الملف بعد؛ اختره أولاً (tracker province الاسم)",
        "La province de ce fichier n'est pas encore choisie ; choisissez-la d'abord (tracker province NOM)",
        "this file has no province yet; choose it first (tracker province NAME)",
    ),
    "commune_unknown": (
        "لا توجد جماعة باسم «{value}» في إقليم هذا الملف",
        "Aucune commune « {value} » dans la province de ce fichier",
        "no commune called “{value}” in this file's province",
    ),
    "cercle_unknown": (
        "لا توجد دائرة باسم «{value}» في إقليم هذا الملف؛ الدوائر: {candidates}",
        "Aucun cercle « {value} » dans la province de ce fichier ; cercles : {candidates}",
        "no cercle called “{value}” in this file's province; cercles: {candidates}",
    ),
    "alias_empty": (
        "الاسم البديل فارغ",
        "L'autre nom est vide",
        "the alias is empty",
    ),
    "alias_too_long": (
        "الاسم البديل أطول من المسموح ({max} حرفاً)",
        "L'autre nom est trop long ({max} caractères au plus)",
        "the alias is too long (at most {max} characters)",
    ),
    "alias_taken": (
        "«{value}» اسم لجماعة أخرى من الإقليم",
        "« {value} » est déjà le nom d'une autre commune de la province",
        "“{value}” already names another commune of the province",
    ),
    "fanout_bad_target": (
        "وجهة التعميم غير مفهومة: «{value}» (all أو urban أو rural أو cercle:الاسم أو communes:أ,ب)",
        "Cible de la répartition incomprise : « {value} » (all, urban, rural, cercle:NOM ou communes:A,B)",
        "fan-out target not understood: “{value}” (all, urban, rural, cercle:NAME or communes:A,B)",
    ),
    "fanout_of_child": (
        "المهمة «{title}» جزء من تعميم على الجماعات؛ عمّم المهمة الأم",
        "La tâche « {title} » fait déjà partie d'une répartition ; répartissez la tâche mère",
        "“{title}” is already part of a fan-out; fan out its parent item",
    ),
    "fanout_in_trash": (
        "المهمة «{title}» في سلة المحذوفات؛ استرجعها أولاً",
        "La tâche « {title} » est dans la corbeille ; restaurez-la d'abord",
        "“{title}” is in the trash; restore it first",
    ),
    "item_uid_unknown": (
        "لا توجد مهمة بالمعرّف {uid}",
        "Aucune tâche d'identifiant {uid}",
        "no item with uid {uid}",
    ),
    "coverage_empty": (
        "لا توجد مهام معمّمة على الجماعات في هذا الاجتماع",
        "Aucune tâche répartie sur les communes dans cette réunion",
        "no item of this meeting is fanned out to communes",
    ),
    "coverage_format": (
        "صيغة غير معروفة لملف التغطية: {path} (‎.pdf أو ‎.xlsx)",
        "Format inconnu pour la grille : {path} (.pdf ou .xlsx)",
        "unknown format for the coverage file: {path} (.pdf or .xlsx)",
    ),
    # -- command line ----------------------------------------------------------------------
    "cli.province_none": (
        "لم يُحدَّد إقليم هذا الملف بعد",
        "Aucune province choisie pour ce fichier",
        "no province chosen for this file",
    ),
    "cli.province_shown": (
        "{name} ({hcp}): الجماعات {communes}، منها الحضرية {urban}؛ الدوائر {cercles}",
        "{name} ({hcp}) : communes : {communes} (urbaines : {urban}) ; cercles : {cercles}",
        "{name} ({hcp}): communes: {communes} (urban: {urban}); cercles: {cercles}",
    ),
    "cli.province_set": (
        "إقليم الملف: {name} ({hcp})؛ التقسيمات المضافة: {added}؛ المسؤولون المربوطون بجماعاتهم: {linked}",
        "Province du fichier : {name} ({hcp}) ; territoires ajoutés : {added} ; responsables rattachés à leur commune : {linked}",
        "file's province: {name} ({hcp}); territories added: {added}; owners linked to their commune: {linked}",
    ),
    "cli.unmatched": (
        "لم تُطابق أي جماعة (بقيت نصاً): {names}",
        "Sans commune correspondante (gardé en texte) : {names}",
        "matched no commune (kept as text): {names}",
    ),
    "cli.fanout_done": (
        "عُمّمت «{title}» على الجماعات ({total}): المهام المنشأة {created}، الموجودة المضمومة {adopted}، المنقولة إلى سلة المحذوفات {removed}",
        "« {title} » répartie sur les communes ({total}) : créées {created}, existantes reprises {adopted}, mises à la corbeille {removed}",
        "“{title}” fanned out to the communes ({total}): created {created}, adopted {adopted}, moved to the trash {removed}",
    ),
    "cli.coverage_written": (
        "كُتبت شبكة التغطية (الجماعات {communes} × المهام {items}): {path}",
        "Grille de couverture écrite (communes : {communes} × tâches : {items}) : {path}",
        "coverage grid written (communes: {communes} × items: {items}): {path}",
    ),
    "cli.help_province": (
        "يعرض إقليم الملف أو يحدّده (بالاسم العربي أو الفرنسي، أو برمز المندوبية السامية للتخطيط) ويحمّل دوائره وجماعاته",
        "afficher ou choisir la province du fichier (nom arabe ou français, ou code HCP) et charger ses cercles et communes",
        "show or set the file's province (Arabic or French name, or HCP code) and load its cercles and communes",
    ),
    "cli.help_province_name": (
        "اسم الإقليم أو رمزه (مثلاً: تاونات أو 03.531)",
        "nom ou code de la province (par ex. Taounate ou 03.531)",
        "the province's name or code (e.g. Taounate or 03.531)",
    ),
    "cli.help_fanout": (
        "يعمّم مهمة على جماعات الإقليم: مهمة لكل جماعة تسند إلى أمانتها المحلية",
        "répartir une tâche sur les communes : une tâche par commune, confiée à son secrétariat local",
        "fan an item out to the communes: one item per commune, owned by its local secretariat",
    ),
    "cli.help_fanout_uid": ("معرّف المهمة (uid)", "identifiant (uid) de la tâche", "the item's uid"),
    "cli.help_fanout_to": (
        "الجماعات: all (الكل، افتراضياً) أو urban أو rural أو cercle:الاسم أو communes:أ,ب",
        "communes : all (toutes, par défaut), urban, rural, cercle:NOM ou communes:A,B",
        "communes: all (default), urban, rural, cercle:NAME or communes:A,B",
    ),
    "cli.help_coverage": (
        "يكتب شبكة تغطية الجماعات (الجماعات × المهام المعمّمة) بصيغة PDF أو xlsx",
        "grille de couverture des communes (communes × tâches réparties) en PDF ou xlsx",
        "the communes' coverage grid (communes × fanned-out items) as PDF or xlsx",
    ),
    "cli.help_coverage_meeting": (
        "رقم الاجتماع (افتراضياً: آخر اجتماع)",
        "numéro de la réunion (par défaut : la dernière)",
        "the meeting's id (default: the latest)",
    ),
    "cli.help_coverage_item": (
        "شبكة مهمة واحدة (معرّفها uid)",
        "la grille d'une seule tâche (son uid)",
        "the grid of one item (its uid)",
    ),
    "cli.help_coverage_out": (
        "الملف المراد كتابته (‎.pdf أو ‎.xlsx)",
        "fichier à écrire (.pdf ou .xlsx)",
        "file to write (.pdf or .xlsx)",
    ),
    # -- the roll-up and the grid -----------------------------------------------------------
    "rollup.figure": (
        "الجماعات المنجزة: {done} من {total}",
        "communes terminées : {done} sur {total}",
        "communes done: {done} of {total}",
    ),
    "coverage.title": (
        "شبكة تغطية الجماعات",
        "Grille de couverture des communes",
        "Coverage of the communes",
    ),
    "coverage.commune": ("الجماعة", "Commune", "Commune"),
    "coverage.cercle": ("الدائرة", "Cercle", "Cercle"),
    "coverage.municipalities": ("الجماعات الحضرية", "Municipalités", "Municipalities"),
    "coverage.total": ("المجموع", "Total", "Total"),
    "coverage.done_of": ("{done} من {total}", "{done} sur {total}", "{done} of {total}"),
    "coverage.legend": ("مفتاح الأعمدة", "Légende des colonnes", "Columns"),
    "coverage.status_legend": ("مفتاح الحالات", "Légende des statuts", "Statuses"),
    # Short status labels for narrow columns (the status legend gives the full ones).
    "coverage.short_not_started": ("لم يبدأ", "Non c.", "Not st."),
    "coverage.short_in_progress": ("جارٍ", "En c.", "In pr."),
    "coverage.short_done": ("منجز", "Réal.", "Done"),
    "coverage.short_stalled": ("متعثر", "Bloq.", "Stall."),
    "coverage.short_postponed": ("مؤجل", "Rep.", "Postp."),
    "coverage.short_cancelled": ("ملغى", "Ann.", "Canc."),
    "coverage.province": ("الإقليم", "Province", "Province"),
    "coverage.meeting": ("الاجتماع", "Réunion", "Meeting"),
    "coverage.date": ("التاريخ", "Date", "Date"),
    "coverage.item": ("المهمة", "Tâche", "Item"),
    "coverage.page": (
        "الصفحة {page} من {pages}",
        "Page {page} sur {pages}",
        "Page {page} of {pages}",
    ),
}
