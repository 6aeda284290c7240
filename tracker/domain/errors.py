"""Errors that reach the user, each with a message in Arabic, French and English.

Lower layers raise these with a code and parameters; the GUI and the command line show
``message(lang)``. A ``TrackerError`` is never a bug: it is what the user gets instead of a
traceback.
"""

from __future__ import annotations

_MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
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
    "backup_failed": (
        "تعذر إنشاء النسخة الاحتياطية ({detail})",
        "La sauvegarde a échoué ({detail})",
        "backup failed ({detail})",
    ),
    "out_exists_dir": (
        "مسار الإخراج مجلد: {path}",
        "Le chemin de sortie est un dossier : {path}",
        "output path is a directory: {path}",
    ),
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
    "date_out_of_range": (
        "التاريخ خارج المجال المقبول",
        "Date hors limites",
        "date out of range",
    ),
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
    "seed_damaged": (
        "ملف البيانات التجريبية تالف ({detail})",
        "Le fichier de démonstration est endommagé ({detail})",
        "the demo data file is damaged ({detail})",
    ),
}

_LANG_INDEX = {"ar": 0, "fr": 1, "en": 2}


def register_messages(messages: dict[str, tuple[str, str, str]]) -> None:
    """Add message templates (code -> (ar, fr, en)) from a feature's own module.

    Each feature keeps its messages beside its code, so features can grow independently.
    """
    for code, templates in messages.items():
        if code in _MESSAGES and _MESSAGES[code] != templates:
            raise ValueError(f"message code {code!r} registered twice")
        _MESSAGES[code] = templates


FIELD_LABELS: dict[str, tuple[str, str, str]] = {
    "title": ("العنوان", "Titre", "title"),
    "owner": ("المسؤول", "Responsable", "owner"),
    "owner_id": ("المسؤول", "Responsable", "owner"),
    "name": ("الاسم", "Nom", "name"),
    "held_on": ("تاريخ الاجتماع", "Date de la réunion", "meeting date"),
    "due_on": ("تاريخ الاستحقاق", "Échéance", "due date"),
    "text": ("نص المقرر", "Texte de la résolution", "resolution text"),
    "status": ("الحالة", "Statut", "status"),
    "progress": ("نسبة الإنجاز", "Avancement", "progress"),
    "priority": ("الأولوية", "Priorité", "priority"),
    "kind": ("النوع", "Type", "kind"),
    "email": ("البريد الإلكتروني", "Courriel", "email"),
    "phone": ("الهاتف", "Téléphone", "phone"),
    "recurrence": ("التكرار", "Récurrence", "recurrence"),
    "remind_days_before": ("أيام التذكير", "Jours de rappel", "reminder days"),
    "meeting_id": ("الاجتماع", "Réunion", "meeting"),
    "resolution_id": ("المقرر", "Résolution", "resolution"),
    "note": ("الملاحظة", "Note", "note"),
    "reported_by": ("المبلّغ", "Rapporté par", "reported by"),
}


def field_label(field: str, lang: str = "ar") -> str:
    labels = FIELD_LABELS.get(field)
    return labels[_LANG_INDEX.get(lang[:2], 0)] if labels else field


class TrackerError(Exception):
    """An error the user can act on. ``code`` selects the message; ``params`` fill it."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "ar") -> str:
        templates = _MESSAGES.get(self.code)
        if templates is None:
            return f"{self.code}: {self.params}"
        i = _LANG_INDEX.get(lang[:2], 0)
        params = dict(self.params)
        if "field" in params:
            params["field"] = field_label(str(params["field"]), lang)
        try:
            return templates[i].format(**params)
        except (KeyError, IndexError, ValueError):
            return templates[i]


class InvalidInput(TrackerError):
    """Bad input from the user: nothing was changed."""


class ValidationFailed(InvalidInput):
    """One or more fields are invalid. ``errors`` maps field names to TrackerErrors."""

    def __init__(self, errors: dict[str, TrackerError]) -> None:
        self.errors = errors
        first = next(iter(errors.values()))
        super().__init__(first.code, **first.params)

    def message(self, lang: str = "ar") -> str:
        return "\n".join(e.message(lang) for e in self.errors.values())


class DatabaseError(TrackerError):
    """The database file cannot be used as asked; it was left unchanged."""


class NotFound(InvalidInput):
    pass
