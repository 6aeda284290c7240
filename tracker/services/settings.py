"""Secretariat-wide settings kept in the database file (the ``setting`` table).

These travel with the secretariat's data (a copied or restored file keeps its report header
and reminder defaults), unlike the per-user interface settings in ``tracker.ui.settings``.

Keys, their types and defaults::

    report.party           str   ""   the party's name, first line of every report header
    report.region          str   ""   the region (الجهة)
    report.province        str   ""   the province (الإقليم)
    report.secretariat     str   ""   the secretariat (الأمانة الإقليمية)
    reminders.lead_days    int   3    days before the due date an item is first reminded
    reminders.overdue_every int  7    while overdue, remind again every N days

Read one value with :func:`get` (typed, default when unset), several with
:func:`report_header` / :func:`reminder_defaults`; write with :func:`set_many` (all values
validated first, then saved in one transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tracker.domain.errors import InvalidInput, TrackerError, ValidationFailed
from tracker.domain.text import clean_line
from tracker.store import repo
from tracker.store.db import Unit

REPORT_PARTY = "report.party"
REPORT_REGION = "report.region"
REPORT_PROVINCE = "report.province"
REPORT_SECRETARIAT = "report.secretariat"
REMINDER_LEAD_DAYS = "reminders.lead_days"
REMINDER_OVERDUE_EVERY = "reminders.overdue_every"

DEFAULTS: dict[str, str | int] = {
    REPORT_PARTY: "",
    REPORT_REGION: "",
    REPORT_PROVINCE: "",
    REPORT_SECRETARIAT: "",
    REMINDER_LEAD_DAYS: 3,
    REMINDER_OVERDUE_EVERY: 7,
}
_INT_RANGES = {REMINDER_LEAD_DAYS: (0, 365), REMINDER_OVERDUE_EVERY: (1, 365)}
_MAX_TEXT = 300


@dataclass(frozen=True)
class ReportHeader:
    party: str
    region: str
    province: str
    secretariat: str


@dataclass(frozen=True)
class ReminderDefaults:
    lead_days: int
    overdue_every: int


def _parse(key: str, value: Any) -> str | int:
    """The typed value for ``key`` or ``InvalidInput``; unknown keys are refused."""
    if key not in DEFAULTS:
        raise InvalidInput("invalid_value", field=key, value=key)
    default = DEFAULTS[key]
    if isinstance(default, int):
        try:
            number = int(str(value).strip())
        except ValueError:
            raise InvalidInput("bad_days", value=value) from None
        low, high = _INT_RANGES[key]
        if not low <= number <= high:
            raise InvalidInput("bad_days", value=value)
        return number
    text = "" if value is None else clean_line(str(value)).strip()  # one line, no controls
    if len(text) > _MAX_TEXT:
        raise InvalidInput("too_long", field=key, max=_MAX_TEXT)
    return text


def get(s: Unit, key: str) -> Any:
    """The value of ``key`` (int or str as in :data:`DEFAULTS`); the default when unset."""
    if key not in DEFAULTS:
        raise InvalidInput("invalid_value", field=key, value=key)
    raw = repo.get_setting(s, key)
    if raw is None:
        return DEFAULTS[key]
    try:
        return _parse(key, raw)
    except TrackerError:
        return DEFAULTS[key]  # a damaged value never stops the app


def get_all(s: Unit) -> dict[str, Any]:
    raw = {key: repo.get_setting(s, key) for key in DEFAULTS}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            out[key] = DEFAULTS[key] if value is None else _parse(key, value)
        except TrackerError:
            out[key] = DEFAULTS[key]
    return out


def set_value(s: Unit, key: str, value: Any) -> None:
    set_many(s, {key: value})


def set_many(s: Unit, values: dict[str, Any]) -> None:
    """Validate every value, then save them all in one transaction (or none)."""
    parsed: dict[str, str | int] = {}
    errors: dict[str, TrackerError] = {}
    for key, value in values.items():
        try:
            parsed[key] = _parse(key, value)
        except TrackerError as exc:
            errors[key] = exc
    if errors:
        raise ValidationFailed(errors)
    for key, value in parsed.items():
        repo.set_setting(s, key, str(value))


def report_header(s: Unit) -> ReportHeader:
    v = get_all(s)
    return ReportHeader(
        v[REPORT_PARTY], v[REPORT_REGION], v[REPORT_PROVINCE], v[REPORT_SECRETARIAT]
    )


def reminder_defaults(s: Unit) -> ReminderDefaults:
    v = get_all(s)
    return ReminderDefaults(v[REMINDER_LEAD_DAYS], v[REMINDER_OVERDUE_EVERY])
