"""A communiqué's decision for communes becomes a fan-out when the secretary asks for it
(issues 14 and 15): the communes are those of the file's province, "جميع جماعات الإقليم"
means all of them, and nothing is fanned out unless ticked."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import TODAY
from tests.draft_samples import seed_text
from tracker.domain.communique import read_communique
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View

TAOUNATE = "03.531"

NAMED = """اجتماع الأمانة الإقليمية

عقدت الأمانة الإقليمية اجتماعها يوم الاثنين 2 فبراير 2026 بتاونات.

وقررت الأمانة الإقليمية ما يلي:
- تكليف الأمانات المحلية بجماعة غفساي وجماعة تيسة بتجديد مكاتبها خلال شهرين.
- عقد لقاء تواصلي مع الشباب في أقرب الآجال.
"""


def live_items(db: Tracker) -> list:  # type: ignore[type-arg]
    return db.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)


def test_a_directive_to_all_the_communes_is_recognised() -> None:
    draft = read_communique(seed_text())
    acts = [r for r in draft.resolutions if r.actionable]
    assert acts[0].all_communes and not any(r.all_communes for r in acts[1:])
    fr = read_communique(
        "Le bureau s'est réuni le 3 mars 2026 à Taounate.\n"
        "Le bureau a décidé :\n"
        "- de renouveler les bureaux dans toutes les communes de la province avant le 30 juin 2026 ;\n"
    )
    assert [r.all_communes for r in fr.resolutions] == [True]


def test_the_communes_looked_for_are_the_province_s_with_their_aliases(db: Tracker) -> None:
    db.territories.set_province(TAOUNATE)
    commune = next(c for c in db.territories.communes() if c.name_ar == "غفساي")
    db.territories.add_alias(commune.id, "Ghafsai")
    draft = db.drafts.read(NAMED.replace("بجماعة غفساي", "بجماعة Ghafsai"))
    assert draft.resolutions[0].communes[:1] == ("Ghafsai",)
    found, unknown = db.territories.match_communes(list(draft.resolutions[0].communes))
    assert [c.name_ar for c in found] == ["غفساي", "تيسة"] and unknown == []


def test_a_ticked_directive_is_fanned_out_to_every_commune_in_the_same_save(db: Tracker) -> None:
    db.territories.set_province(TAOUNATE)
    text = seed_text()
    draft = db.drafts.read(text)
    choices = db.drafts.propose(draft)
    assert not any(d.fans_out for d in choices.decisions)  # never without asking
    first = replace(choices.decisions[0], fan_out_all=True)
    choices = replace(choices, decisions=(first, *choices.decisions[1:]))
    saved = db.drafts.save(draft, choices, text=text)
    assert saved.fanned_out == 49
    assert "49" in saved.message("ar")
    items = live_items(db)
    assert len(items) == saved.items + 49
    parent = next(i for i in items if i.id == saved.item_ids[0])
    children = db.territories.children(parent.id)
    assert len(children) == 49 and {c.commune_ar for c in children} >= {"غفساي", "تيسة"}
    # Undo takes the fanned-out items back with the meeting.
    db.drafts.take_back(saved)
    assert live_items(db) == []


def test_only_the_communes_a_decision_names_when_those_are_ticked(db: Tracker) -> None:
    db.territories.set_province(TAOUNATE)
    draft = db.drafts.read(NAMED)
    choices = db.drafts.propose(draft)
    first = replace(choices.decisions[0], fan_out=draft.resolutions[0].communes)
    saved = db.drafts.save(
        draft, replace(choices, decisions=(first, *choices.decisions[1:])), text=NAMED
    )
    assert saved.fanned_out == 2
    names = sorted(c.commune_ar for c in db.territories.children(saved.item_ids[0]))
    assert names == ["تيسة", "غفساي"]
