"""Field names as error messages show them: ``field.<name>`` (see ``errors.field_label``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- fields of items, meetings, owners, progress notes -----------------------------------
    "field.title": ("العنوان", "Titre", "title"),
    "field.owner": ("المسؤول", "Responsable", "owner"),
    "field.owner_id": ("المسؤول", "Responsable", "owner"),
    "field.name": ("الاسم", "Nom", "name"),
    "field.held_on": ("تاريخ الاجتماع", "Date de la réunion", "meeting date"),
    "field.due_on": ("تاريخ الاستحقاق", "Échéance", "due date"),
    "field.text": ("نص المقرر", "Texte de la résolution", "resolution text"),
    "field.status": ("الحالة", "Statut", "status"),
    "field.progress": ("نسبة الإنجاز", "Avancement", "progress"),
    "field.priority": ("الأولوية", "Priorité", "priority"),
    "field.kind": ("النوع", "Type", "kind"),
    "field.email": ("البريد الإلكتروني", "Courriel", "email"),
    "field.phone": ("الهاتف", "Téléphone", "phone"),
    "field.recurrence": ("التكرار", "Récurrence", "recurrence"),
    "field.remind_days_before": ("أيام التذكير", "Jours de rappel", "reminder days"),
    "field.meeting_id": ("الاجتماع", "Réunion", "meeting"),
    "field.resolution_id": ("المقرر", "Résolution", "resolution"),
    "field.note": ("الملاحظة", "Note", "note"),
    "field.reported_by": ("المبلّغ", "Rapporté par", "reported by"),
    # kinds of records, as "not found" messages name them (``record.<class>``)
    "field.record.ActionItem": ("المهمة", "Action", "action item"),
    "field.record.Meeting": ("الاجتماع", "Réunion", "meeting"),
    "field.record.Owner": ("المسؤول", "Responsable", "owner"),
    "field.record.Resolution": ("المقرر", "Décision", "resolution"),
    "field.record.Territory": ("الجماعة", "Commune", "commune"),
    "field.record.ProgressUpdate": ("تحيين التقدم", "Point d'avancement", "progress update"),
}
