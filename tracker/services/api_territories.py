"""``tracker.territories``: the file's province, its communes, and fanning items out to them.

Like the service objects of ``tracker.services.api``: each method runs one use case in one
unit of work and returns plain data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.services.api import _Service

if TYPE_CHECKING:
    from tracker.services.coverage import Grid
    from tracker.services.fanout import Child, FanoutResult
    from tracker.services.register import Place
    from tracker.services.territories import (
        ProvinceInfo,
        ProvinceResult,
        SecretariatsResult,
        TerritoryRecord,
    )


class Territories(_Service):
    """The province (a setting), its cercles and communes, aliases, fan-out and roll-ups."""

    def provinces(self) -> list[Place]:
        """Every province and prefecture of the register (no file needed)."""
        from tracker.services import register

        return register.register().provinces()

    def province(self) -> ProvinceInfo | None:
        from tracker.services import territories

        return self._t.read(territories.get_province)

    def set_province(self, name_or_code: str, lang: str = "ar") -> ProvinceResult:
        """Choose the file's province (idempotent: its territories are loaded once)."""
        from tracker.services import territories

        return self._t.write(territories.set_province, name_or_code, lang)

    def header_lines(self) -> dict[str, str]:
        """The report header's province and region lines for the file's province."""
        from tracker.services import reports

        return self._t.read(reports.province_header)

    def communes(self) -> list[TerritoryRecord]:
        from tracker.services import territories

        return self._t.read(territories.communes)

    def cercles(self) -> list[TerritoryRecord]:
        from tracker.services import territories

        return self._t.read(territories.cercles)

    def match_communes(self, names: list[str]) -> tuple[list[TerritoryRecord], list[str]]:
        """``(communes named, names matching none)``: e.g. a communiqué draft's communes,
        then ``fanout(item_id, commune_ids=[c.id for c in found])``."""
        from tracker.services import territories

        return self._t.read(territories.match_names, list(names))

    def add_alias(self, territory_id: int, alias: str) -> TerritoryRecord:
        from tracker.services import territories

        return self._t.write(territories.add_alias, territory_id, alias)

    def create_secretariats(self) -> SecretariatsResult:
        """Every commune of the province gets its local secretariat (existing ones kept)."""
        from tracker.services import territories

        return self._t.write(territories.create_secretariats)

    def fanout(
        self,
        item_id: int,
        to: str = "all",
        *,
        communes: list[str] | None = None,
        commune_ids: list[int] | None = None,
        replace: bool = False,
        today: date | None = None,
    ) -> FanoutResult:
        """One child per commune: ``to`` is all, urban, rural, ``cercle:NAME`` or
        ``communes:A,B``; or ``communes`` (names) / ``commune_ids``. Idempotent."""
        from tracker.services import fanout

        return self._t.write(
            fanout.fanout,
            item_id,
            to,
            communes,
            commune_ids=commune_ids,
            replace=replace,
            today=today,
        )

    def children(self, item_id: int) -> list[Child]:
        from tracker.services import fanout

        return self._t.read(fanout.children, item_id)

    def refresh_rollups(self, today: date) -> int:
        from tracker.services import fanout

        return self._t.write(fanout.refresh_rollups, today)

    def coverage(
        self, *, today: date, meeting_id: int | None = None, item_id: int | None = None
    ) -> Grid:
        """The coverage grid of a meeting's fanned-out items (default: the latest meeting)
        or of one item."""
        from tracker.services import coverage

        return self._t.read(coverage.coverage, today, meeting_id, item_id)

    def write_coverage_xlsx(self, grid: Grid, out: Path, lang: str = "ar") -> None:
        from tracker.services import coverage_xlsx
        from tracker.store.outfile import write_output

        write_output(
            Path(out), lambda tmp: coverage_xlsx.write(grid, tmp, lang), protect=self._t.path
        )

    def item_id(self, uid: str) -> int:
        """The id of the item ``uid`` (``InvalidInput`` when there is none)."""
        from tracker.services import fanout

        return self._t.read(fanout.item_id_of, uid)
