"""From a communiqué to a meeting: read it into a draft, propose who owes each decision, and
save what the secretary kept in one transaction (issue 14).

Nothing is written until :func:`save`: reading (``read_draft``) and proposing
(``propose``) only read. :func:`save` creates the meeting (with the communiqué as its
source text), one resolution per kept decision and one action item per kept decision; a
new owner is created only when the choices name it (the secretary confirmed it). The same
communiqué (same date and title, or the same text) is refused. :func:`take_back` and
:func:`bring_back` are the window's Undo and Redo of a whole import.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

from tracker.domain import messages
from tracker.domain.communique import Draft, DraftResolution, read_communique
from tracker.domain.errors import InvalidInput, TrackerError
from tracker.domain.months import long_date
from tracker.domain.text import normalize
from tracker.services import draft_input
from tracker.services.records import OwnerRecord
from tracker.services.schemas import (
    MAX_MEETING_TITLE,
    MAX_OWNER_NAME,
    MAX_TITLE,
    OwnerIn,
    validate,
)
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import Meeting, Owner, utcnow


@functools.lru_cache(maxsize=1)
def commune_names() -> tuple[str, ...]:
    """The commune names the reader looks for in a decision (Arabic and French).

    Every commune of the register for now; once the file has a province (its setting), only
    that province's communes: change this one function.
    """
    try:
        folder = resources.files("tracker.resources").joinpath("territories")
        data = folder.joinpath("communes.csv").read_text(encoding="utf-8")
    except (OSError, ValueError):
        return ()
    names: dict[str, None] = {}
    for row in csv.DictReader(io.StringIO(data)):
        for key in ("name_ar", "name_fr"):
            name = (row.get(key) or "").strip()
            if name:
                names[name] = None
    return tuple(names)


def read_draft(text: str, owners: Iterable[str] = (), lang: str = "ar") -> Draft:
    """``text`` (already cleaned: ``draft_input.require_text``) read into a draft."""
    return read_communique(text, owners=tuple(owners), communes=commune_names(), lang=lang)


def read(s: Unit, text: str, lang: str = "ar") -> Draft:
    """The draft of ``text``, its owners matched against the file's, the communes looked
    for those of the file's province (names and aliases) once it has one, else the whole
    register's."""
    from tracker.services import territories

    owners = tuple(o.name for o in repo.owners(s))
    mine = territories.communes(s)
    if not mine:
        return read_draft(text, owners, lang)
    names = [n for t in mine for n in (t.name_ar, t.name_fr, *t.aliases) if n]
    return read_communique(text, owners=owners, communes=tuple(names), lang=lang)


# -- what the secretary keeps ---------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """One decision of the draft as it will be saved (a row of the review table)."""

    keep: bool
    text: str
    owner_id: int | None = None  # an existing owner…
    new_owner: str = ""  # …or the name of one to create (confirmed by the secretary)
    due_on: date | None = None
    starts_on: date | None = None
    due_phrase: str | None = None
    # Fanned out to communes when saved (issue 15; the file must have a province): the
    # communes the decision names, or every commune of the province. Off unless asked.
    fan_out: tuple[str, ...] = ()
    fan_out_all: bool = False

    @property
    def fans_out(self) -> bool:
        return self.fan_out_all or bool(self.fan_out)


@dataclass(frozen=True)
class Choices:
    """The meeting and its decisions as the secretary confirmed them."""

    held_on: date | None
    title: str
    location: str = ""
    chaired_by: str = ""
    attendees: str = ""
    kind: str = ""
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True)
class DraftSaved:
    """What :func:`save` created (plain data: the window's Undo keeps it)."""

    meeting_id: int
    title: str
    held_on: date
    resolutions: int
    items: int
    new_owners: tuple[str, ...] = ()
    new_owner_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = field(default=(), repr=False)
    fanned_out: int = 0  # the communes' items made by fanning decisions out

    def message(self, lang: str = "ar") -> str:
        params: dict[str, Any] = {
            "title": self.title,
            "date": long_date(self.held_on, lang),
            "resolutions": self.resolutions,
            "items": self.items,
        }
        if self.new_owners:
            sep = "، " if lang == "ar" else ", "
            line = messages.text(
                "drafts.saved_owners", lang, owners=sep.join(self.new_owners), **params
            )
        else:
            line = messages.text("drafts.saved", lang, **params)
        if self.fanned_out:
            line += messages.text("drafts.saved_fanned", lang, children=self.fanned_out)
        return line


def default_owner_names() -> tuple[str, ...]:
    """The body a decision that names nobody falls to (the secretariat), in each language."""
    code = "drafts.default_owner"
    return tuple(messages.text(code, lang) for lang in messages.LANGUAGES)


def match_owner(name: str, owners: Sequence[OwnerRecord]) -> OwnerRecord | None:
    """The existing owner called ``name`` (hamza, ta marbuta… ignored), else one whose name
    contains it or is contained in it (the longest such name)."""
    wanted = normalize(name)
    if not wanted:
        return None
    for o in owners:
        if normalize(o.name) == wanted:
            return o
    close = [o for o in owners if (n := normalize(o.name)) and (n in wanted or wanted in n)]
    return max(close, key=lambda o: len(o.name), default=None)


def _default_owner(owners: Sequence[OwnerRecord], lang: str) -> tuple[int | None, str]:
    for name in default_owner_names():
        key = normalize(name)
        for o in owners:
            if normalize(o.name).startswith(key):
                return o.id, ""
    return None, messages.text("drafts.default_owner", lang)


def propose_decision(
    r: DraftResolution, owners: Sequence[OwnerRecord], lang: str = "ar"
) -> Decision:
    owner_id, new = None, ""
    for name in r.owners:
        found = match_owner(name, owners)
        if found is not None:
            owner_id = found.id
            break
    if owner_id is None and r.owners:
        new = r.owners[0][:MAX_OWNER_NAME]
    if owner_id is None and not new:
        owner_id, new = _default_owner(owners, lang)
    return Decision(
        keep=r.actionable,
        text=r.text,
        owner_id=owner_id,
        new_owner=new,
        due_on=r.due_on,
        starts_on=r.starts_on,
        due_phrase=r.due_phrase,
    )


def propose(draft: Draft, owners: Sequence[OwnerRecord], lang: str = "ar") -> Choices:
    """What the review shows first: the meeting as read, the decisions to act on kept
    (positions unticked), each with its owner (matched, else proposed as new). ``lang``:
    the user's language (kept for what a proposal may come to say)."""
    del lang
    m = draft.meeting
    sep = "، " if draft.language == "ar" else ", "
    return Choices(
        held_on=m.held_on,
        title=m.title,
        location=m.location or "",
        chaired_by=m.chaired_by or "",
        attendees=sep.join(m.attendees),
        # A body nobody named is called in the communiqué's language, whatever the window's.
        decisions=tuple(propose_decision(r, owners, draft.language) for r in draft.resolutions),
    )


def proposal(s: Unit, draft: Draft, lang: str = "ar") -> Choices:
    from tracker.services.records import records

    return propose(draft, records(OwnerRecord, repo.owners(s)), lang)


# -- saving -----------------------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    """``text`` on at most ``limit`` characters, cut at a space with "…" when longer."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head[limit // 2 :]:
        head = head[: head.rindex(" ")]
    return head + "…"


def find_duplicate(s: Unit, held_on: date, title: str, text: str) -> Meeting | None:
    """A live meeting of the same communiqué: same date and title (normalised), or the
    same text."""
    key = normalize(title)
    for meeting in repo.live_meetings_on(s, held_on):
        if normalize(meeting.title) == key:
            return meeting
    return repo.live_meeting_with_source(s, text)


def _details(d: Decision, lang: str) -> str:
    lines = []
    if d.due_phrase:
        lines.append(messages.text("drafts.detail_phrase", lang, phrase=d.due_phrase))
    if d.starts_on:
        lines.append(messages.text("drafts.detail_starts", lang, date=long_date(d.starts_on, lang)))
    return "\n".join(lines)


def save(
    s: Unit,
    draft: Draft,
    choices: Choices | None = None,
    *,
    text: str,
    lang: str = "ar",
) -> DraftSaved:
    """Create the meeting, its resolutions and one item per kept decision, all or nothing.

    ``choices`` None: the draft as proposed (the command line). ``text`` is the communiqué,
    kept as the meeting's source text.
    """
    from tracker.services import items, meetings

    if choices is None:
        choices = proposal(s, draft, lang)
    text = draft_input.clean(text)
    if choices.held_on is None:
        raise InvalidInput("drafts.no_date")
    title = _cut(choices.title, MAX_MEETING_TITLE)
    if not title:
        raise InvalidInput("drafts.no_title")
    same = find_duplicate(s, choices.held_on, title, text)
    if same is not None:
        raise InvalidInput(
            "drafts.duplicate", title=same.title, date=long_date(same.held_on, lang), id=same.id
        )
    kept = [d for d in choices.decisions if d.keep and d.text.strip()]
    for n, d in enumerate(kept, start=1):
        if d.owner_id is None and not d.new_owner.strip():
            raise InvalidInput("drafts.no_owner", n=n)
    meeting = meetings.create_meeting(
        s,
        {
            "title": title,
            "held_on": choices.held_on,
            "location": choices.location,
            "chaired_by": choices.chaired_by,
            "attendees": choices.attendees,
            "kind": choices.kind,
            "source_text": text,
        },
        [{"text": d.text, "ordinal": n} for n, d in enumerate(kept, start=1)],
    )
    resolutions = repo.resolutions(s, meeting.id)
    created: dict[str, Owner] = {}
    new_names: list[str] = []
    new_ids: list[int] = []
    item_ids: list[int] = []
    children = 0
    for d, res in zip(kept, resolutions, strict=True):
        owner_id = d.owner_id
        if owner_id is None:
            name = " ".join(d.new_owner.split())[:MAX_OWNER_NAME]
            key = normalize(name)
            owner = created.get(key) or repo.owner_by_name(s, key)
            if owner is None:
                owner = repo.add(s, Owner(**validate(OwnerIn, {"name": name}).model_dump()))
                new_names.append(name)
                new_ids.append(owner.id)
            created[key] = owner
            owner_id = owner.id
        item = items.create_item(
            s,
            {
                "title": _cut(d.text, MAX_TITLE),
                "details": _details(d, lang),
                "owner_id": owner_id,
                "meeting_id": meeting.id,
                "resolution_id": res.id,
                "due_on": d.due_on,
            },
        )
        item_ids.append(item.id)
        if d.fans_out:
            from tracker.services import fanout

            spread = fanout.fanout(
                s,
                item.id,
                "all" if d.fan_out_all else "",
                None if d.fan_out_all else list(d.fan_out),
            )
            children += spread.total
    return DraftSaved(
        meeting_id=meeting.id,
        title=meeting.title,
        held_on=meeting.held_on,
        resolutions=len(kept),
        items=len(item_ids),
        new_owners=tuple(new_names),
        new_owner_ids=tuple(new_ids),
        item_ids=tuple(item_ids),
        fanned_out=children,
    )


def take_back(s: Unit, saved: DraftSaved) -> None:
    """Undo an import: the meeting and its items to the trash, and the owners it created
    with them (while they owe nothing else)."""
    meeting = s.get(Meeting, saved.meeting_id)
    if meeting is None:
        raise TrackerError("drafts.gone")
    from tracker.services import meetings

    meetings.delete_meeting(s, saved.meeting_id)
    s.flush()
    now = utcnow()
    for owner_id in saved.new_owner_ids:
        owner = s.get(Owner, owner_id)
        if (
            owner is not None
            and owner.deleted_at is None
            and not repo.open_items_of_owner(s, owner_id)
        ):
            owner.deleted_at = now


def bring_back(s: Unit, saved: DraftSaved) -> None:
    """Redo an import taken back: the meeting, its items and its new owners out of the
    trash."""
    meeting = s.get(Meeting, saved.meeting_id)
    if meeting is None:
        raise TrackerError("drafts.gone")
    for owner_id in saved.new_owner_ids:
        owner = s.get(Owner, owner_id)
        if owner is not None:
            owner.deleted_at = None
    from tracker.services import meetings

    meetings.restore_meeting(s, saved.meeting_id)


# -- how a deadline was read --------------------------------------------------------------------


def explain(
    r: DraftResolution, due_on: date | None = None, lang: str = "ar", *, isolate: bool = False
) -> str:
    """One line saying how the deadline of ``r`` was computed (or that the text gives no
    date), for the review dialog's tooltip and the command line.

    ``due_on``: the date shown now (the secretary may have changed it); the draft's own
    otherwise. ``isolate``: the phrase between Unicode isolates, so that an Arabic phrase in
    a French line (or the reverse) keeps its place (for the window; a terminal may show
    them)."""
    due_on = due_on if due_on is not None else r.due_on
    phrase = r.due_phrase or (r.deadline.phrase if r.deadline else "")
    if phrase and isolate:
        phrase = f"\u2068{phrase}\u2069"
    starts = (
        " — " + messages.text("drafts.explain_starts", lang, date=long_date(r.starts_on, lang))
        if r.starts_on
        else ""
    )
    if not phrase:
        if due_on is None:
            return messages.text("drafts.explain_none", lang) + starts
        return long_date(due_on, lang) + starts
    if due_on is None:
        return messages.text("drafts.explain_vague", lang, phrase=phrase) + starts
    due = long_date(due_on, lang)
    d = r.deadline
    if d is not None and d.rule and messages.has(d.rule) and due_on == r.due_on:
        params = {k: _param(v, lang) for k, v in d.params}
        if d.base is not None:
            params.setdefault("base", long_date(d.base, lang))
        params.setdefault("due", due)
        rule = messages.text(d.rule, lang, **params)
        return (
            messages.text("drafts.explain_rule", lang, phrase=phrase, rule=rule, due=due) + starts
        )
    if d is not None and d.base is not None and due_on == r.due_on:
        base = long_date(d.base, lang)
        return (
            messages.text("drafts.explain_computed", lang, phrase=phrase, base=base, due=due)
            + starts
        )
    return messages.text("drafts.explain_date", lang, phrase=phrase, due=due) + starts


def _param(value: Any, lang: str) -> Any:
    return long_date(value, lang) if isinstance(value, date) else value
