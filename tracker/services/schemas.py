"""Validated input shapes. Rows are built only from these (table models skip validation)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any, TypeVar

from dateutil.rrule import rrulestr
from pydantic import BeforeValidator, ValidationError, field_validator, model_validator
from sqlmodel import Field, SQLModel

from tracker.domain.enums import OwnerKind, Priority, Status
from tracker.domain.errors import InvalidInput, TrackerError, ValidationFailed

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE_CATEGORIES = {"Cf", "Zs", "Zl", "Zp", "Cc"}


def _clean(value: Any) -> Any:
    """Trim and drop control characters (NUL and friends) from text; keep new lines.

    Text made only of invisible marks (bidi controls, zero-width spaces) counts as empty.
    """
    if isinstance(value, str):
        value = _CONTROL.sub("", value).strip()
        if all(unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in value):
            return ""
        return value
    if value is None:
        return ""
    return value


Text = Annotated[str, BeforeValidator(_clean)]


class MeetingIn(SQLModel):
    title: Text = Field(min_length=1, max_length=300)
    held_on: date
    location: Text = Field(default="", max_length=300)
    kind: Text = Field(default="", max_length=200)
    chaired_by: Text = Field(default="", max_length=1000)
    attendees: Text = Field(default="", max_length=5000)
    notes: Text = Field(default="", max_length=100_000)
    source_text: Text = Field(default="", max_length=1_000_000)


class ResolutionIn(SQLModel):
    text: Text = Field(min_length=1, max_length=5000)
    theme: Text = Field(default="", max_length=200)
    ordinal: int | None = Field(default=None, ge=1, le=10_000)


class OwnerIn(SQLModel):
    name: Text = Field(min_length=1, max_length=200)
    kind: OwnerKind = OwnerKind.OTHER
    commune: Text = Field(default="", max_length=200)
    phone: Text = Field(default="", max_length=50)
    email: Text = Field(default="", max_length=200)
    notes: Text = Field(default="", max_length=10_000)
    active: bool = True

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if v and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError("invalid email")
        return v


class ItemIn(SQLModel):
    title: Text = Field(min_length=1, max_length=500)
    owner_id: int
    meeting_id: int
    resolution_id: int | None = None
    details: Text = Field(default="", max_length=100_000)
    due_on: date | None = None
    status: Status = Status.NOT_STARTED
    progress: int = Field(default=0, ge=0, le=100)
    priority: Priority = Priority.NORMAL
    recurrence: Text = Field(default="", max_length=500)
    remind_days_before: int | None = Field(default=None, ge=0, le=3650)

    @field_validator("recurrence")
    @classmethod
    def _rrule(cls, v: str) -> str:
        if v:
            rule = v.removeprefix("RRULE:")
            try:
                rrulestr(rule, dtstart=datetime(2000, 1, 1))
            except (ValueError, TypeError) as exc:
                raise ValueError("bad recurrence") from exc
            return rule
        return v

    @model_validator(mode="after")
    def _done_is_complete(self) -> ItemIn:
        if self.status is Status.DONE and self.progress != 100:
            raise ValueError("done_needs_100")
        return self


class ProgressIn(SQLModel):
    status: Status
    progress: int = Field(ge=0, le=100)
    note: Text = Field(default="", max_length=100_000)
    reported_by: Text = Field(default="", max_length=200)
    recorded_at: datetime | None = None

    @model_validator(mode="after")
    def _done_is_complete(self) -> ProgressIn:
        if self.status is Status.DONE and self.progress != 100:
            raise ValueError("done_needs_100")
        return self


S = TypeVar("S", bound=SQLModel)


def validate(shape: type[S], data: dict[str, Any]) -> S:
    """Build ``shape`` from ``data`` or raise ``ValidationFailed`` naming each bad field."""
    try:
        return shape.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(_errors(exc, data)) from None


def _errors(exc: ValidationError, data: dict[str, Any]) -> dict[str, TrackerError]:
    out: dict[str, TrackerError] = {}
    for err in exc.errors():
        loc = err.get("loc") or ()
        field = str(loc[0]) if loc else "__all__"
        kind = err.get("type", "")
        ctx = err.get("ctx") or {}
        value = data.get(field, err.get("input"))
        msg = str(ctx.get("error", err.get("msg", "")))
        if "done_needs_100" in msg:
            out["progress"] = InvalidInput("done_needs_100")
        elif field == "progress" or (
            kind in ("greater_than_equal", "less_than_equal") and field == "progress"
        ):
            out[field] = InvalidInput("progress_range")
        elif kind in ("missing", "string_too_short"):
            out[field] = InvalidInput("required", field=field)
        elif kind == "string_too_long":
            out[field] = InvalidInput("too_long", field=field, max=ctx.get("max_length"))
        elif kind.startswith("date") or kind.startswith("datetime"):
            out[field] = InvalidInput("bad_date", value=_short(value))
        elif field == "recurrence":
            out[field] = InvalidInput("bad_recurrence", value=_short(value))
        elif field == "remind_days_before":
            out[field] = InvalidInput("bad_days", value=_short(value))
        else:
            out.setdefault(field, InvalidInput("invalid_value", field=field, value=_short(value)))
    return out


def _short(value: Any, limit: int = 40) -> str:
    s = str(value)
    return s if len(s) <= limit else s[: limit - 1] + "…"
