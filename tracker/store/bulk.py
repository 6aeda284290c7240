"""Fast bulk loading of many rows in one transaction (benchmark data, large imports).

Rows are plain dicts keyed by column name. They go through the tables' own column types
(enums stored by value, dates and timestamps in SQLAlchemy's text format), so a bulk-loaded
file is indistinguishable from one the app wrote row by row. ``search_text`` is computed by
the models' own ``refresh_search`` unless given, and ``uid``/``created_at``/``updated_at``
get the same defaults as the models.

Validation is the caller's business: use this only with rows built from trusted input.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table

from tracker.store import models
from tracker.store.db import Database

_MODELS: dict[str, type[models.SQLModel]] = {
    m.__tablename__: m  # type: ignore[misc]
    for m in (
        models.Meeting,
        models.Owner,
        models.Resolution,
        models.ActionItem,
        models.ProgressUpdate,
        models.ReminderState,
        models.Setting,
    )
}


@functools.cache
def _defaults(table: str) -> dict[str, Any]:
    return {
        name: info.default
        for name, info in _MODELS[table].model_fields.items()
        if isinstance(info.default, str | int | None)
    }


def search_text_for(table: str, row: Mapping[str, Any]) -> str:
    """What the app stores in ``search_text`` for ``row`` of ``table`` (the same code path)."""
    model = _MODELS[table]
    probe = SimpleNamespace(**{**_defaults(table), **row})
    model.refresh_search(probe)  # type: ignore[attr-defined]  # the model's own code, unbound
    return str(probe.search_text)


def _complete(table: str, row: dict[str, Any]) -> dict[str, Any]:
    now = models.utcnow()
    row.setdefault("uid", models.new_uid())
    row.setdefault("created_at", now)
    row.setdefault("updated_at", row["created_at"])
    if "search_text" in _MODELS[table].model_fields and "search_text" not in row:
        row["search_text"] = search_text_for(table, row)
    return row


def insert_rows(db: Database, batches: Iterable[tuple[str, Iterable[dict[str, Any]]]]) -> int:
    """Insert ``(table name, rows)`` batches with ``executemany``, all in one transaction.

    Returns the number of rows inserted. Nothing is inserted if anything fails.
    """
    total = 0
    with db.engine.begin() as conn:
        for table_name, rows in batches:
            table: Table = models.SQLModel.metadata.tables[table_name]
            defaults = {
                c.name: c.default.arg
                for c in table.columns
                if c.default is not None and c.default.is_scalar and c.name != "search_text"
            }
            chunk: list[dict[str, Any]] = []
            for row in rows:
                chunk.append(_complete(table_name, {**defaults, **row}))
                if len(chunk) >= 5000:
                    conn.execute(table.insert(), chunk)
                    total += len(chunk)
                    chunk = []
            if chunk:
                conn.execute(table.insert(), chunk)
                total += len(chunk)
    return total
