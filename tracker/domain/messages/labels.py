"""The names of statuses, priorities and owner kinds (``status.<value>``, ``priority.<n>``,
``owner_kind.<value>``) and the overdue mark, as reports, exports and the CLI print them."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (ar, fr, en)
    # -- statuses (Status) -------------------------------------------------------------------
    "status.not_started": ("لم يبدأ", "Non commencé", "Not started"),
    "status.in_progress": ("قيد الإنجاز", "En cours", "In progress"),
    "status.done": ("منجز", "Réalisé", "Done"),
    "status.stalled": ("متعثر", "Bloqué", "Stalled"),
    "status.postponed": ("مؤجل", "Reporté", "Postponed"),
    "status.cancelled": ("ملغى", "Annulé", "Cancelled"),
    "status.overdue": ("متأخر", "En retard", "Overdue"),
    # -- priorities (Priority) ---------------------------------------------------------------
    "priority.1": ("عالية", "Haute", "High"),
    "priority.2": ("عادية", "Normale", "Normal"),
    "priority.3": ("منخفضة", "Basse", "Low"),
    # -- owner kinds (OwnerKind) -------------------------------------------------------------
    "owner_kind.person": ("عضو", "Membre", "Member"),
    "owner_kind.secretariat": ("أمانة إقليمية أو جهوية", "Secrétariat", "Secretariat"),
    "owner_kind.local_secretariat": ("أمانة محلية", "Secrétariat local", "Local secretariat"),
    "owner_kind.organisation": ("منظمة موازية", "Organisation", "Organisation"),
    "owner_kind.committee": ("لجنة", "Commission", "Committee"),
    "owner_kind.other": ("أخرى", "Autre", "Other"),
}
