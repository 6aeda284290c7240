"""Validated input shapes. Rows are built only from these (table models skip validation)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any, TypeVar

from pydantic import BeforeValidator, ValidationError, field_validator, model_validator
from sqlmodel import Field, SQLModel

from tracker.domain.enums import OwnerKind, Priority, Status
from tracker.domain.errors import InvalidInput, TrackerError, ValidationFailed
from tracker.domain.recurrence import check_rule
from tracker.domain.text import clean_line, clean_text

_INVISIBLE_CATEGORIES = {"Cf", "Zs", "Zl", "Zp", "Cc"}

# Length caps shared with the importer (a file is held to the dialogs' limits).
MAX_TITLE = 500
MAX_MEETING_TITLE = 300
MAX_OWNER_NAME = 200
MAX_NOTE = 100_000
MAX_ORDINAL = 10_000


class FieldProblem(ValueError):
    """A field validator's refusal that carries the message the user reads."""

    def __init__(self, problem: TrackerError) -> None:
        super().__init__(problem.code)
        self.problem = problem


def _finish(value: str) -> str:
    value = value.strip()
    if all(unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in value):
        return ""
    return value


def _clean(value: Any) -> Any:
    """Text that may hold several lines: trimmed, control characters (C0 except tab and new
    line, DEL, C1: NUL, ESC, BEL…) dropped, line ends made ``\\n``.

    Text made only of invisible marks (bidi controls, zero-width spaces) counts as empty.
    """
    if isinstance(value, str):
        return _finish(clean_text(value))
    if value is None:
        return ""
    return value


def _clean_line(value: Any) -> Any:
    """Text of a single-line field: as :func:`_clean`, and a new line or tab (with the
    spaces around it) becomes one space."""
    if isinstance(value, str):
        return _finish(clean_line(value))
    if value is None:
        return ""
    return value


def clean_field(value: Any, *, line: bool) -> Any:
    """What a field keeps of ``value``: :func:`_clean_line` (``line``) or :func:`_clean`."""
    return _clean_line(value) if line else _clean(value)


Text = Annotated[str, BeforeValidator(_clean)]
Line = Annotated[str, BeforeValidator(_clean_line)]


class MeetingIn(SQLModel):
    title: Line = Field(min_length=1, max_length=MAX_MEETING_TITLE)
    held_on: date
    location: Line = Field(default="", max_length=300)
    kind: Line = Field(default="", max_length=200)
    chaired_by: Line = Field(default="", max_length=1000)
    attendees: Text = Field(default="", max_length=5000)
    notes: Text = Field(default="", max_length=100_000)
    source_text: Text = Field(default="", max_length=1_000_000)


class ResolutionIn(SQLModel):
    text: Text = Field(min_length=1, max_length=5000)
    theme: Line = Field(default="", max_length=200)
    ordinal: int | None = Field(default=None, ge=1, le=MAX_ORDINAL)


class OwnerIn(SQLModel):
    name: Line = Field(min_length=1, max_length=MAX_OWNER_NAME)
    kind: OwnerKind = OwnerKind.OTHER
    commune: Line = Field(default="", max_length=200)
    phone: Line = Field(default="", max_length=50)
    email: Line = Field(default="", max_length=200)
    notes: Text = Field(default="", max_length=10_000)
    active: bool = True

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if v and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError("invalid email")
        return v


class ItemIn(SQLModel):
    title: Line = Field(min_length=1, max_length=MAX_TITLE)
    owner_id: int
    meeting_id: int
    resolution_id: int | None = None
    details: Text = Field(default="", max_length=MAX_NOTE)
    due_on: date | None = None
    status: Status = Status.NOT_STARTED
    progress: int = Field(default=0, ge=0, le=100)
    priority: Priority = Priority.NORMAL
    recurrence: Line = Field(default="", max_length=500)
    remind_days_before: int | None = Field(default=None, ge=0, le=3650)

    @field_validator("recurrence")
    @classmethod
    def _rrule(cls, v: str) -> str:
        """Daily, weekly, monthly or yearly, occurring within ten years (the item dialog
        and the importer both come through here)."""
        if v:
            try:
                return check_rule(v)
            except TrackerError as exc:
                raise FieldProblem(exc) from None
        return v

    @model_validator(mode="after")
    def _done_is_complete(self) -> ItemIn:
        if self.status is Status.DONE and self.progress != 100:
            raise ValueError("done_needs_100")
        return self


class ProgressIn(SQLModel):
    status: Status
    progress: int = Field(ge=0, le=100)
    note: Text = Field(default="", max_length=MAX_NOTE)
    reported_by: Line = Field(default="", max_length=200)
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
        if isinstance(ctx.get("error"), FieldProblem):
            out[field] = ctx["error"].problem
        elif "done_needs_100" in msg:
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
