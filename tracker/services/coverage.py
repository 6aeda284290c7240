"""The coverage grid: the province's communes × fanned-out items, each cell a child's status.

Rows are the province's communes (municipalities first, then each cercle's rural communes),
columns the fanned-out items of a meeting (or one item alone), each cell the status and
progress of the item of that commune; totals per commune and per item. Plain data for the
window's grid, the PDF (``coverage_html`` + ``ui.coverage_print``) and the xlsx sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.enums import CLOSED_STATUSES, Status
from tracker.domain.errors import InvalidInput
from tracker.services import territories
from tracker.store import repo
from tracker.store import territories as tstore
from tracker.store.db import Unit
from tracker.store.models import ActionItem, Meeting, Resolution

# Cell fills, light enough to read dark text on (the window, the PDF and the xlsx agree).
FILLS = {
    Status.NOT_STARTED: "#eceff1",
    Status.IN_PROGRESS: "#cfe3f7",
    Status.DONE: "#c8e6c9",
    Status.STALLED: "#f8cdcd",
    Status.POSTPONED: "#ffe0b2",
    Status.CANCELLED: "#e0e0e0",
}
NO_CHILD_FILL = "#ffffff"


@dataclass(frozen=True)
class Cell:
    item_id: int
    uid: str
    status: Status
    progress: int
    overdue: bool


@dataclass(frozen=True)
class Column:
    item_id: int
    uid: str
    title: str
    resolution_ordinal: int | None
    done: int
    total: int  # communes with a child (cancelled ones out)
    mean_progress: int


@dataclass(frozen=True)
class Row:
    territory_id: int
    name_ar: str
    name_fr: str
    urban: bool
    cercle_id: int | None
    cercle_ar: str
    cercle_fr: str
    cells: tuple[Cell | None, ...]
    done: int
    total: int

    def name(self, lang: str = "ar") -> str:
        return self.name_ar if lang == "ar" else self.name_fr

    def group(self, lang: str = "ar") -> str:
        """The group label key: "" for municipalities, else the cercle's name."""
        if self.urban:
            return ""
        return self.cercle_ar if lang == "ar" else self.cercle_fr


@dataclass(frozen=True)
class Grid:
    province_ar: str
    province_fr: str
    meeting_title: str
    meeting_held_on: date | None
    today: date
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    meeting_id: int | None = None
    item_id: int | None = None  # the grid of one item alone

    def province(self, lang: str = "ar") -> str:
        return self.province_ar if lang == "ar" else self.province_fr


def coverage(
    s: Unit, today: date, meeting_id: int | None = None, item_id: int | None = None
) -> Grid:
    info = territories.get_province(s)
    if info is None:
        raise InvalidInput("province_not_set")
    if item_id is not None:
        item = repo.get(s, ActionItem, item_id)
        parents = [item] if item.rollup_total is not None and item.deleted_at is None else []
        meeting = repo.get(s, Meeting, item.meeting_id)
    else:
        if meeting_id is None:
            latest = repo.latest_meeting(s)
            if latest is None:
                raise InvalidInput("coverage_empty")
            meeting = latest
        else:
            meeting = repo.get(s, Meeting, meeting_id)
        parents = tstore.rollups_of_meeting(s, meeting.id)  # type: ignore[arg-type]
    if not parents:
        raise InvalidInput("coverage_empty")
    ordinals: dict[int | None, int | None] = {None: None}
    for p in parents:
        if p.resolution_id not in ordinals:
            ordinals[p.resolution_id] = repo.get(s, Resolution, p.resolution_id).ordinal
    parents.sort(key=lambda p: (ordinals[p.resolution_id] or 10**6, p.id))
    index = {p.id: n for n, p in enumerate(parents)}
    communes = territories.communes(s)
    at: dict[tuple[int, int], Cell] = {}
    for parent_id, cid, uid, tid, status, progress, due_on in tstore.children_of(s, list(index)):
        if tid is None or (tid, parent_id) in at:
            continue
        st = Status(status)
        late = due_on is not None and due_on < today and st not in CLOSED_STATUSES
        at[(tid, parent_id)] = Cell(cid, uid, st, int(progress), late)
    rows = []
    for c in communes:
        cells = tuple(at.get((c.id, p.id)) for p in parents)
        counted = [x for x in cells if x is not None and x.status is not Status.CANCELLED]
        done = sum(1 for x in counted if x.status is Status.DONE)
        rows.append(
            Row(
                c.id,
                c.name_ar,
                c.name_fr,
                bool(c.urban),
                c.cercle_id,
                c.cercle_ar,
                c.cercle_fr,
                cells,
                done,
                len(counted),
            )
        )
    columns = []
    for n, p in enumerate(parents):
        counted = [
            r.cells[n]
            for r in rows
            if r.cells[n] is not None and r.cells[n].status is not Status.CANCELLED  # type: ignore[union-attr]
        ]
        done = sum(1 for x in counted if x.status is Status.DONE)  # type: ignore[union-attr]
        mean = (
            sum(100 if x.status is Status.DONE else x.progress for x in counted) // len(counted)  # type: ignore[union-attr]
            if counted
            else 0
        )
        columns.append(
            Column(p.id, p.uid, p.title, ordinals[p.resolution_id], done, len(counted), mean)  # type: ignore[arg-type]
        )
    return Grid(
        info.name_ar,
        info.name_fr,
        meeting.title,
        meeting.held_on,
        today,
        tuple(columns),
        tuple(rows),
        meeting.id,
        item_id,
    )


def short_title(title: str, words: int = 4) -> str:
    """The first words of a title, "…" when cut (the full title is in the legend)."""
    parts = title.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
