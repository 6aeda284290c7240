"""What an import says back: the bad cells, the verdict, the preview before anything is
written. Plain data, cheap to import (the import dialog and the command line use it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain import messages
from tracker.domain.errors import InvalidInput, TrackerError


class CellError:
    """What is wrong in one cell: the row (as a spreadsheet numbers it), the column, why."""

    def __init__(self, row: int, column: str, key: str, problem: TrackerError) -> None:
        self.row = row
        self.column = column  # the header as written in the file
        self.key = key  # machine key of the column ("" when not one of ours)
        self.problem = problem

    def message(self, lang: str = "ar") -> str:
        return TrackerError(
            "import_cell", row=self.row, column=self.column, problem=self.problem.message(lang)
        ).message(lang)

    def __repr__(self) -> str:
        return f"CellError({self.message('en')!r})"


class ImportFailed(InvalidInput):
    """Some cells are wrong: nothing was written. ``errors`` lists them (up to 200)."""

    def __init__(self, errors: list[CellError], count: int) -> None:
        self.errors = errors
        self.count = count
        super().__init__("import_failed", count=count)

    def message(self, lang: str = "ar") -> str:
        first = self.errors[0].message(lang) if self.errors else ""
        return TrackerError("import_failed", count=self.count, first=first).message(lang)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    owners_created: int = 0
    meetings_created: int = 0
    resolutions_created: int = 0

    def message(self, lang: str = "ar") -> str:
        more = (
            messages.text("import_done_extra", lang, o=self.owners_created, m=self.meetings_created)
            if self.owners_created or self.meetings_created
            else ""
        )
        return TrackerError(
            "import_done",
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            extra=more,
        ).message(lang)


@dataclass
class ImportPreview:
    """A file read and checked, nothing written: what the GUI shows before importing."""

    path: Path
    headers: list[str] = field(default_factory=list)  # as written in the file
    keys: list[str] = field(default_factory=list)  # machine key per column ("" if unknown)
    rows: list[list[str]] = field(default_factory=list)  # cell texts as shown
    row_numbers: list[int] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    error_count: int = 0
    error: TrackerError | None = None  # the file as a whole cannot be imported
    result: ImportResult = field(default_factory=ImportResult)  # what importing would do

    @property
    def ok(self) -> bool:
        return self.error is None and self.error_count == 0

    def cell_error(self, row_index: int, column_index: int) -> CellError | None:
        return self._by_cell().get((row_index, column_index))

    def _by_cell(self) -> dict[tuple[int, int], CellError]:
        cache = getattr(self, "_cells", None)
        if cache is None:
            index = {n: i for i, n in enumerate(self.row_numbers)}
            col = {k: i for i, k in enumerate(self.keys) if k}
            cache = {}
            for e in self.errors:
                if e.row in index:
                    cache.setdefault((index[e.row], col.get(e.key, 0)), e)
            self._cells = cache
        return cache
