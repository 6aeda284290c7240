"""Morocco's territorial register (HCP, RGPH 2024), read from the shipped CSV files.

``resources/territories/`` holds the regions, provinces and prefectures, cercles and
communes with the HCP's codes and their Arabic and French names, exactly as published (see
its SOURCE.md). They are read once, through ``importlib.resources``, into plain frozen
:class:`Place` records; nothing here touches a tracker file.

Finding a province by what a user typed (:func:`find_province`) compares names folded by
``tracker.domain.text.normalize`` (hamza forms, ta marbuta, diacritics, case ignored).
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources

from tracker.domain.errors import InvalidInput, TrackerError
from tracker.domain.text import normalize

REGION, PROVINCE, CERCLE, COMMUNE = "region", "province", "cercle", "commune"
KINDS = (REGION, PROVINCE, CERCLE, COMMUNE)


@dataclass(frozen=True)
class Place:
    """One row of the register."""

    code: str  # the HCP code: "03", "03.531", "03.531.07", "03.531.01.05"
    kind: str  # region, province, cercle, commune
    parent_code: str  # the province of a cercle or an urban commune, the cercle of a rural one
    name_ar: str
    name_fr: str
    urban: bool | None = None  # communes only: municipality (True) or rural commune (False)
    province_code: str = ""  # provinces, cercles and communes: the province they are in
    subkind: str = ""  # provinces: province, prefecture…

    def name(self, lang: str = "ar") -> str:
        return self.name_ar if lang == "ar" else self.name_fr


@dataclass(frozen=True)
class Register:
    places: tuple[Place, ...]
    by_code: dict[str, Place]

    def provinces(self) -> list[Place]:
        return [p for p in self.places if p.kind == PROVINCE]

    def of_province(self, code: str) -> list[Place]:
        """The cercles and communes of the province ``code`` (register order)."""
        return [p for p in self.places if p.province_code == code and p.kind != PROVINCE]


def _rows(name: str) -> list[dict[str, str]]:
    folder = resources.files("tracker.resources").joinpath("territories")
    text = folder.joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@functools.cache
def register() -> Register:
    """The whole register (read once)."""
    try:
        places: list[Place] = []
        for r in _rows("regions.csv"):
            places.append(Place(r["code"], REGION, "", r["name_ar"], r["name_fr"]))
        for r in _rows("provinces.csv"):
            places.append(
                Place(
                    r["code"],
                    PROVINCE,
                    r["region_code"],
                    r["name_ar"],
                    r["name_fr"],
                    province_code=r["code"],
                    subkind=r["kind"],
                )
            )
        for r in _rows("cercles.csv"):
            places.append(
                Place(
                    r["code"],
                    CERCLE,
                    r["province_code"],
                    r["name_ar"],
                    r["name_fr"],
                    province_code=r["province_code"],
                )
            )
        for r in _rows("communes.csv"):
            places.append(
                Place(
                    r["code"],
                    COMMUNE,
                    r["cercle_code"] or r["province_code"],
                    r["name_ar"],
                    r["name_fr"],
                    urban=r["kind"] == "urban",
                    province_code=r["province_code"],
                )
            )
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        raise TrackerError("register_damaged", detail=exc) from exc
    return Register(tuple(places), {p.code: p for p in places})


def province(code: str) -> Place:
    """The province or prefecture ``code`` (``InvalidInput`` if the register has none)."""
    p = register().by_code.get(code.strip())
    if p is None or p.kind != PROVINCE:
        raise InvalidInput("province_unknown", value=code, candidates="—")
    return p


def _keys(p: Place) -> set[str]:
    return {normalize(p.name_ar), normalize(p.name_fr)} - {""}


def find_province(text: str, lang: str = "ar") -> Place:
    """The province a user named: its HCP code, or its Arabic or French name (normalised).

    An unknown or ambiguous name is refused with one line naming the closest provinces.
    """
    wanted = text.strip()
    reg = register()
    if wanted in reg.by_code and reg.by_code[wanted].kind == PROVINCE:
        return reg.by_code[wanted]
    key = normalize(wanted)
    provinces = reg.provinces()
    if not key:
        raise InvalidInput("province_unknown", value=text, candidates="—")
    exact = [p for p in provinces if key in _keys(p)]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [p for p in provinces if any(_starts(k, key) for k in _keys(p))]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise InvalidInput("province_ambiguous", value=text, candidates=_names(partial, lang))
    raise InvalidInput("province_unknown", value=text, candidates=_closest(key, provinces, lang))


def _starts(name: str, key: str) -> bool:
    """``key`` begins ``name`` or one of its words ("fes" in "fes-meknes", "سلا" in "سلا")."""
    words = name.replace("-", " ").split()
    return name.startswith(key) or any(w.startswith(key) for w in words)


def _names(places: list[Place], lang: str, limit: int = 8) -> str:
    shown = [f"{p.name(lang)} ({p.code})" for p in places[:limit]]
    if len(places) > limit:
        shown.append("…")
    return "، ".join(shown) if lang == "ar" else ", ".join(shown)


def _closest(key: str, places: list[Place], lang: str) -> str:
    import difflib

    scored = sorted(
        places,
        key=lambda p: -max(difflib.SequenceMatcher(None, key, k).ratio() for k in _keys(p)),
    )
    return _names(scored[:5], lang)
