"""The file's province and its territories: choosing it, its communes, aliases, owners.

A file belongs to one province (or prefecture), kept as the setting ``territory.province``
(its HCP code). Choosing it loads the province, its cercles and its communes from the
register (``tracker.services.register``) into the ``territory`` table, idempotently (rows
are keyed by HCP code, names are the register's), and links the owners whose free-text
commune names one of its communes. Users' own spellings are aliases of a commune; they
never change the register's names.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.enums import OwnerKind
from tracker.domain.errors import InvalidInput
from tracker.domain.text import clean_line, normalize
from tracker.services import register
from tracker.store import repo
from tracker.store import territories as tstore
from tracker.store.db import Unit
from tracker.store.models import Owner, Territory

PROVINCE_KEY = "territory.province"
SECRETARIAT_PREFIX = "الأمانة المحلية ب"  # as the demo names them: «الأمانة المحلية بتيسة»
MAX_ALIAS = 100


@dataclass(frozen=True)
class TerritoryRecord:
    id: int
    code: str
    kind: str
    parent_id: int | None
    name_ar: str
    name_fr: str
    urban: bool | None = None
    aliases: tuple[str, ...] = ()
    cercle_id: int | None = None  # communes: their cercle (None for a municipality)
    cercle_ar: str = ""
    cercle_fr: str = ""

    def name(self, lang: str = "ar") -> str:
        return self.name_ar if lang == "ar" else self.name_fr


@dataclass(frozen=True)
class ProvinceInfo:
    code: str
    name_ar: str
    name_fr: str
    subkind: str  # province, prefecture…
    communes: int
    urban: int
    cercles: int

    def name(self, lang: str = "ar") -> str:
        return self.name_ar if lang == "ar" else self.name_fr


@dataclass(frozen=True)
class ProvinceResult:
    province: ProvinceInfo
    added: int  # territories added to the file by this call (0 the second time)
    linked: int  # owners whose commune text was linked to a commune
    unmatched: tuple[str, ...]  # "owner: commune text" of owners whose text matched none


@dataclass(frozen=True)
class SecretariatsResult:
    created: int
    adopted: int  # existing owners linked to their commune
    total: int  # communes of the province


def _info(place: register.Place) -> ProvinceInfo:
    inside = register.register().of_province(place.code)
    communes = [p for p in inside if p.kind == register.COMMUNE]
    return ProvinceInfo(
        place.code,
        place.name_ar,
        place.name_fr,
        place.subkind,
        len(communes),
        sum(1 for p in communes if p.urban),
        sum(1 for p in inside if p.kind == register.CERCLE),
    )


def province_code(s: Unit) -> str | None:
    code = repo.get_setting(s, PROVINCE_KEY)
    return code or None


def get_province(s: Unit) -> ProvinceInfo | None:
    """The file's province, or None when none was chosen."""
    code = province_code(s)
    if code is None or code not in register.register().by_code:
        return None
    return _info(register.register().by_code[code])


def set_province(s: Unit, wanted: str, lang: str = "ar") -> ProvinceResult:
    """Choose the file's province by HCP code or name; load its territories; link owners."""
    place = register.find_province(wanted, lang)
    repo.set_setting(s, PROVINCE_KEY, place.code)
    added = load_territories(s, place.code)
    linked, unmatched = link_owners(s)
    return ProvinceResult(_info(place), added, linked, tuple(unmatched))


def load_territories(s: Unit, code: str) -> int:
    """Add the province ``code``, its cercles and communes that the file lacks."""
    reg = register.register()
    places = [reg.by_code[code], *reg.of_province(code)]
    have = tstore.by_code(s, [p.code for p in places])
    added = 0
    for p in places:  # register order: the province, then cercles, then communes
        row = have.get(p.code)
        if row is None:
            parent = have.get(p.parent_code) if p.kind != register.PROVINCE else None
            row = Territory(
                code=p.code,
                kind=p.kind,
                parent_id=parent.id if parent is not None else None,
                name_ar=p.name_ar,
                name_fr=p.name_fr,
                urban=p.urban,
            )
            s.add(row)
            s.flush()
            have[p.code] = row
            added += 1
    return added


def _records(s: Unit, code: str | None) -> list[TerritoryRecord]:
    if code is None:
        return []
    rows = [t for t in tstore.all_territories(s) if t.code.startswith(code + ".")]
    by_id = {t.id: t for t in rows}
    out = []
    for t in rows:
        cercle = by_id.get(t.parent_id) if t.parent_id is not None else None
        if cercle is not None and cercle.kind != register.CERCLE:
            cercle = None
        out.append(
            TerritoryRecord(
                t.id,
                t.code,
                t.kind,
                t.parent_id,
                t.name_ar,
                t.name_fr,
                t.urban,
                tuple(a for a in t.aliases.split("\n") if a),
                cercle.id if cercle else None,
                cercle.name_ar if cercle else "",
                cercle.name_fr if cercle else "",
            )
        )
    return out


def _order(t: TerritoryRecord) -> tuple[int, str, str]:
    # Municipalities first, then the rural communes cercle by cercle.
    return (0 if t.urban else 1, t.cercle_ar, t.name_ar)


def communes(s: Unit) -> list[TerritoryRecord]:
    """The province's communes: municipalities first, then by cercle and name."""
    rows = [t for t in _records(s, province_code(s)) if t.kind == register.COMMUNE]
    return sorted(rows, key=_order)


def cercles(s: Unit) -> list[TerritoryRecord]:
    rows = [t for t in _records(s, province_code(s)) if t.kind == register.CERCLE]
    return sorted(rows, key=lambda t: t.name_ar)


def _keys(t: TerritoryRecord) -> set[str]:
    return {normalize(n) for n in (t.name_ar, t.name_fr, *t.aliases)} - {""}


def match_commune(rows: list[TerritoryRecord], text: str) -> TerritoryRecord | None:
    """The one commune of ``rows`` that ``text`` names (name or alias, normalised)."""
    key = normalize(text)
    found = [t for t in rows if key and key in _keys(t)]
    return found[0] if len(found) == 1 else None


def find_communes(s: Unit, names: list[str]) -> list[TerritoryRecord]:
    """The communes named (Arabic, French or alias); an unknown name is refused."""
    rows = communes(s)
    out: list[TerritoryRecord] = []
    for name in names:
        t = match_commune(rows, name)
        if t is None:
            raise InvalidInput("commune_unknown", value=name)
        if t not in out:
            out.append(t)
    return out


def match_names(s: Unit, names: list[str]) -> tuple[list[TerritoryRecord], list[str]]:
    """The communes ``names`` name (in their order, once each) and the names that match none
    (a communiqué draft's communes, before they are fanned out to)."""
    rows = communes(s)
    found: list[TerritoryRecord] = []
    unknown: list[str] = []
    for name in names:
        t = match_commune(rows, name)
        if t is None:
            unknown.append(name)
        elif t not in found:
            found.append(t)
    return found, unknown


def link_owners(s: Unit) -> tuple[int, list[str]]:
    """Link owners whose commune text names one of the province's communes."""
    rows = communes(s)
    if not rows:
        return 0, []
    linked, unmatched = 0, []
    for owner in tstore.owners_with_commune_text(s):
        t = match_commune(rows, owner.commune)
        if t is None:
            unmatched.append(f"{owner.name}: {owner.commune}")
        else:
            owner.territory_id = t.id
            linked += 1
    s.flush()
    return linked, unmatched


def relink_owner(s: Unit, owner: Owner) -> None:
    """After an owner's commune text changed: link it to the commune it names, or unlink."""
    rows = communes(s)
    if rows:
        t = match_commune(rows, owner.commune) if owner.commune else None
        owner.territory_id = t.id if t is not None else None


def add_alias(s: Unit, territory_id: int, alias: str) -> TerritoryRecord:
    """Add a user's spelling of a commune (searched and matched like its names)."""
    row = repo.get(s, Territory, territory_id)
    text = clean_line(alias or "").strip()
    if not text:
        raise InvalidInput("alias_empty")
    if len(text) > MAX_ALIAS:
        raise InvalidInput("alias_too_long", max=MAX_ALIAS)
    others = [t for t in communes(s) if t.id != territory_id]
    if any(normalize(text) in _keys(t) for t in others):
        raise InvalidInput("alias_taken", value=text)
    aliases = [a for a in row.aliases.split("\n") if a]
    if normalize(text) not in {normalize(a) for a in (row.name_ar, row.name_fr, *aliases)}:
        row.aliases = "\n".join([*aliases, text])
        s.flush()
        link_owners(s)  # an owner's commune text may name it this way
    return next(t for t in _records(s, province_code(s)) if t.id == territory_id)


def secretariat_name(commune: TerritoryRecord) -> str:
    return f"{SECRETARIAT_PREFIX}{commune.name_ar}"


def secretariats(s: Unit, rows: list[TerritoryRecord]) -> tuple[dict[int, Owner], int, int]:
    """The local secretariat of each commune of ``rows``, adopted or created if missing:
    ``({territory id: owner}, created, adopted)``."""
    found: dict[int, Owner] = {}
    for o in tstore.owners_of_territories(s, [t.id for t in rows]):
        if o.kind == OwnerKind.LOCAL_SECRETARIAT and o.territory_id not in found:
            found[o.territory_id] = o  # type: ignore[index]
    created = adopted = 0
    for t in rows:
        if t.id in found:
            continue
        name = secretariat_name(t)
        owner = repo.owner_by_name(s, normalize(name))
        if owner is not None:
            owner.territory_id = t.id
            if not owner.commune:
                owner.commune = t.name_ar
            adopted += 1
        else:
            owner = repo.add(
                s,
                Owner(
                    name=name,
                    kind=OwnerKind.LOCAL_SECRETARIAT,
                    commune=t.name_ar,
                    territory_id=t.id,
                ),
            )
            created += 1
        found[t.id] = owner
    s.flush()
    return found, created, adopted


def create_secretariats(s: Unit) -> SecretariatsResult:
    """Make sure every commune of the province has its local secretariat (one command)."""
    rows = communes(s)
    if not rows:
        raise InvalidInput("province_not_set")
    _, created, adopted = secretariats(s, rows)
    return SecretariatsResult(created, adopted, len(rows))
