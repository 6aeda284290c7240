"""The one catalogue of the messages of the core and the command line (issue 11).

Every text that the core or the command line shows is here, keyed by a code, each with its
Arabic, French and English template (``str.format`` placeholders). What the window shows is
translated by Qt Linguist (``.ts``/``.qm``), not here.

The entries live in small tables, one per feature:

- ``errors``: the messages of ``TrackerError`` (database, backups, input checks, export…),
- ``imports``: those of importing a csv or xlsx file (also ``TrackerError`` codes),
- ``fields``: field names as they appear in those messages (``field.<name>``),
- ``labels``: statuses, priorities, owner kinds (``status.<value>``, ``priority.<n>``,
  ``owner_kind.<value>``),
- ``reports``: the labels of the printed reports (``report.<key>``),
- ``cli``: what the command line prints (``cli.<key>``),
- ``drafts``: a communiqué read into a draft and saved as a meeting (``drafts.<key>``).
- ``territories``: the province, fan-out and coverage grid (issue 15).
- ``meeting``: the follow-up agenda, the changes since a meeting, the follow-up minutes and
  their commands (``meeting.<key>``).
- ``communique``: the communiqué reader's warnings and deadline rules (``draft.<key>``).

A code appears in exactly one table (``tests/unit/test_messages.py`` checks it, with the
three languages and their placeholders). Nothing outside this package is imported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from tracker.domain.messages import (
    cli,
    communique,
    drafts,
    errors,
    fields,
    imports,
    labels,
    meeting,
    reports,
    territories,
)

Templates = tuple[str, str, str]  # (ar, fr, en)

LANGUAGES = ("ar", "fr", "en")

TABLES: dict[str, dict[str, Templates]] = {
    "errors": errors.MESSAGES,
    "imports": imports.MESSAGES,
    "fields": fields.MESSAGES,
    "labels": labels.MESSAGES,
    "reports": reports.MESSAGES,
    "cli": cli.MESSAGES,
    "drafts": drafts.MESSAGES,
    "territories": territories.MESSAGES,
    "meeting": meeting.MESSAGES,
    "communique": communique.MESSAGES,
}


def _merge(tables: dict[str, dict[str, Templates]]) -> dict[str, Templates]:
    merged: dict[str, Templates] = {}
    for name, table in tables.items():
        for code, templates in table.items():
            if code in merged:
                raise ValueError(f"message code {code!r} of {name!r} is defined twice")
            merged[code] = templates
    return merged


CATALOGUE: Mapping[str, Templates] = MappingProxyType(_merge(TABLES))  # read-only


def language(lang: str | None) -> str:
    """``"ar"``, ``"fr"`` or ``"en"``; anything else (``"fr_MA"`` → ``"fr"``) falls back to Arabic."""
    short = (lang or "")[:2].lower()
    return short if short in LANGUAGES else "ar"


def has(code: str) -> bool:
    return code in CATALOGUE


def template(code: str, lang: str = "ar") -> str:
    """The raw template of ``code`` in ``lang``; ``KeyError`` for an unknown code."""
    return CATALOGUE[code][LANGUAGES.index(language(lang))]


def text(code: str, lang: str = "ar", **params: object) -> str:
    """The message ``code`` in ``lang``, filled with ``params``.

    An unknown language gives Arabic; a missing or unusable parameter gives the template as
    written rather than an exception (a message must never be what fails). An unknown code is
    a bug in the caller: ``KeyError``.
    """
    t = template(code, lang)
    try:
        return t.format(**params)
    except (KeyError, IndexError, ValueError):
        return t
