"""The territorial register, the file's province and its communes (issue 15)."""

import sqlite3
from pathlib import Path

import pytest

from tracker.domain.enums import OwnerKind
from tracker.domain.errors import InvalidInput
from tracker.services import register
from tracker.services.core import Tracker
from tracker.store import migrate

TAOUNATE = "03.531"
URBAN = {"تاونات", "قرية با محمد", "غفساي", "طهر السوق", "تيسة"}


def test_register_is_whole_and_consistent() -> None:
    reg = register.register()
    kinds = [p.kind for p in reg.places]
    assert kinds.count("region") == 12 and kinds.count("province") == 83
    assert kinds.count("cercle") == 213 and kinds.count("commune") == 1503
    for p in reg.places:
        if p.kind == "commune":
            assert reg.by_code[p.province_code].kind == "province", p
            parent = reg.by_code[p.parent_code]
            assert parent.kind == ("province" if p.urban else "cercle"), p
        elif p.kind == "cercle":
            assert reg.by_code[p.parent_code].kind == "province", p
        elif p.kind == "province":
            assert reg.by_code[p.parent_code].kind == "region", p
    communes = [p for p in reg.of_province(TAOUNATE) if p.kind == "commune"]
    assert len(communes) == 49
    assert {p.name_ar for p in communes if p.urban} == URBAN


@pytest.mark.parametrize("typed", ["تاونات", "Taounate", "taounate ", "TAOUNATE", "03.531"])
def test_a_province_is_found_by_arabic_or_french_name_or_code(typed: str) -> None:
    assert register.find_province(typed).code == TAOUNATE


def test_hamza_and_ta_marbuta_are_ignored_when_naming_a_province() -> None:
    assert register.find_province("الحسيمه").name_fr == "Al Hoceima"
    assert register.find_province("fès").name_fr == "Fès"


def test_an_ambiguous_or_unknown_province_names_candidates() -> None:
    with pytest.raises(InvalidInput) as amb:
        register.find_province("Ta")
    assert amb.value.code == "province_ambiguous" and "تاونات" in amb.value.message("ar")
    with pytest.raises(InvalidInput) as unk:
        register.find_province("Tounate")
    assert unk.value.code == "province_unknown" and "تاونات (03.531)" in unk.value.message("ar")


def test_setting_the_province_loads_its_territories_once(db: Tracker) -> None:
    assert db.territories.province() is None
    first = db.territories.set_province("Taounate")
    assert first.added == 1 + 4 + 49 and first.province.communes == 49
    again = db.territories.set_province("تاونات")
    assert again.added == 0
    assert db.territories.province().code == TAOUNATE  # type: ignore[union-attr]
    communes = db.territories.communes()
    assert len(communes) == 49 and len(db.territories.cercles()) == 4
    assert {c.name_ar for c in communes[:5]} == URBAN  # municipalities first
    rural = communes[5:]
    assert all(c.cercle_id is not None for c in rural)
    assert [c.cercle_ar for c in rural] == sorted(c.cercle_ar for c in rural)


def test_the_demo_sets_taounate_and_links_its_secretariats(demo_db: Tracker) -> None:
    assert demo_db.territories.province().code == TAOUNATE  # type: ignore[union-attr]
    linked = {o.name: o.territory_id for o in demo_db.owners.list() if o.territory_id}
    assert "الأمانة المحلية بغفساي" in linked and "الأمانة المحلية بتيسة" in linked
    by_id = {c.id: c.name_fr for c in demo_db.territories.communes()}
    assert by_id[linked["الأمانة المحلية بغفساي"]] == "Rhafsai"
    header = demo_db.reports.header()
    assert header.province == "إقليم تاونات"


def test_owner_text_that_matches_no_commune_is_kept_and_listed(db: Tracker) -> None:
    db.owners.create(
        {"name": "الأمانة المحلية بتيسة", "kind": "local_secretariat", "commune": "تيسه"}
    )
    db.owners.create({"name": "منظمة الشباب", "kind": "organisation", "commune": "فاس"})
    result = db.territories.set_province(TAOUNATE)
    assert result.linked == 1
    assert result.unmatched == ("منظمة الشباب: فاس",)
    kept = {o.name: (o.commune, o.territory_id) for o in db.owners.list()}
    assert kept["منظمة الشباب"] == ("فاس", None)


def test_an_alias_finds_and_matches_a_commune_without_renaming_it(db: Tracker) -> None:
    db.territories.set_province(TAOUNATE)
    rhafsai = next(c for c in db.territories.communes() if c.name_fr == "Rhafsai")
    db.territories.add_alias(rhafsai.id, "Ghafsai")
    after = next(c for c in db.territories.communes() if c.id == rhafsai.id)
    assert after.name_fr == "Rhafsai" and after.aliases == ("Ghafsai",)
    owner = db.owners.create({"name": "مكتب غفساي", "commune": "ghafsai"})
    assert owner.territory_id == rhafsai.id
    with pytest.raises(InvalidInput) as taken:
        db.territories.add_alias(rhafsai.id, "Tissa")
    assert taken.value.code == "alias_taken"
    with pytest.raises(InvalidInput):
        db.territories.add_alias(rhafsai.id, "  ")


def test_local_secretariats_of_all_communes_adopt_existing_ones(demo_db: Tracker) -> None:
    before = {o.name for o in demo_db.owners.list()}
    result = demo_db.territories.create_secretariats()
    assert (result.total, result.created) == (49, 45)
    locals_ = [o for o in demo_db.owners.list() if o.kind is OwnerKind.LOCAL_SECRETARIAT]
    assert len(locals_) == 49 and len({o.territory_id for o in locals_}) == 49
    assert "الأمانة المحلية بتاونات" in before
    assert "الأمانة المحلية بطهر السوق" in {o.name for o in locals_}
    assert demo_db.territories.create_secretariats().created == 0


def test_upgrade_from_0002_keeps_owners_and_items_and_links_after(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    migrate.create_at_revision(path, "0002")
    conn = sqlite3.connect(path)
    now = "2026-01-17 20:00:00"
    conn.execute(
        "INSERT INTO meeting (id, uid, created_at, updated_at, title, held_on, location, kind,"
        " chaired_by, attendees, notes, source_text, search_text)"
        " VALUES (1, 'm1', ?, ?, 'اجتماع', '2026-01-17', '', '', '', '', '', '', '')",
        (now, now),
    )
    conn.execute(
        "INSERT INTO owner (id, uid, created_at, updated_at, name, kind, commune, phone, email,"
        " notes, active, search_text) VALUES (1, 'o1', ?, ?, 'الأمانة المحلية بغفساي',"
        " 'local_secretariat', 'غفساي', '', '', '', 1, '')",
        (now, now),
    )
    conn.execute(
        "INSERT INTO action_item (id, uid, created_at, updated_at, meeting_id, title, details,"
        " owner_id, status, progress, priority, recurrence, search_text)"
        " VALUES (1, 'i1', ?, ?, 1, 'هيكلة', '', 1, 'in_progress', 40, 2, '', '')",
        (now, now),
    )
    conn.commit()
    conn.close()
    with Tracker.open(path) as t:
        owner = t.owners.get(1)
        assert (owner.commune, owner.territory_id) == ("غفساي", None)
        item = t.items.detail(1).item
        assert (item.title, item.progress, item.parent_id, item.rollup_total) == (
            "هيكلة",
            40,
            None,
            None,
        )
        t.territories.set_province(TAOUNATE)
        assert t.owners.get(1).territory_id is not None
    conn = sqlite3.connect(path)
    fks = conn.execute("PRAGMA foreign_key_list('action_item')").fetchall()
    assert any(r[3] == "parent_id" and r[2] == "action_item" for r in fks)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_names_from_a_draft_are_matched_and_the_unknown_listed(demo_db: Tracker) -> None:
    found, unknown = demo_db.territories.match_communes(["غفساي", "تيسه", "Paris", "Tissa"])
    assert [c.name_fr for c in found] == ["Rhafsai", "Tissa"] and unknown == ["Paris"]
