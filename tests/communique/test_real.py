"""Real communiqués against their expected readings (issue 14).

tests/communique/real holds public Moroccan communiqués (party secretariats and political
bureaus, municipal and regional councils, a football federation and league, associations;
Arabic and French), some as a user would paste them with the web page around them. Each
``NAME.json`` names its SOURCE and was written before the reader was run on the text; the
first runs are kept beside them (FIRST_RUN*.txt). A miss the reader is known to make is
documented on the expected resolution as ``"known_miss": "why"`` (an extra draft in
``"known_extra"``, a wrong meeting date in ``"held_on_known_miss"``): it is left out of these assertions, never silently, and still counted by
``scripts/score_communiques.py``. Invented deadlines have no exception.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tracker.domain.communique import read_communique

ROOT = Path(__file__).resolve().parents[2]
REAL = Path(__file__).resolve().parent / "real"
NAMES = sorted(p.stem for p in REAL.glob("*.txt") if (REAL / f"{p.stem}.json").exists())

_spec = importlib.util.spec_from_file_location(
    "score_communiques", ROOT / "scripts" / "score_communiques.py"
)
assert _spec and _spec.loader
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
COMMUNES = scorer.register_communes()


def _expected(name: str) -> dict:
    return json.loads((REAL / f"{name}.json").read_text(encoding="utf-8"))


def _draft(name: str) -> dict:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    return read_communique(text, communes=COMMUNES).to_json()


def test_the_real_set_is_wide_enough_and_sourced() -> None:
    assert len(NAMES) >= 10
    for name in NAMES:
        expected = _expected(name)
        assert expected.get("source"), name
        assert "held_on" in expected and "resolutions" in expected, name
        for r in expected["resolutions"]:
            assert r["text"] and "due_on" in r, name


@pytest.mark.parametrize("name", NAMES)
def test_a_real_communique_reads_as_expected(name: str) -> None:
    expected = _expected(name)
    got = _draft(name)
    if not expected.get("held_on_known_miss"):
        assert got["meeting"]["held_on"] == expected["held_on"]
    exp = expected["resolutions"]
    drafts = got["resolutions"]
    pairs = dict(scorer.match(exp, drafts))
    for i, r in enumerate(exp):
        miss = r.get("known_miss", "")
        if miss.startswith("found"):
            continue
        assert i in pairs, f"not found: {r['text']}"
        if not miss.startswith("due"):
            assert drafts[pairs[i]]["due_on"] == r["due_on"], r["text"]
    extra = len(drafts) - len(pairs)
    assert extra <= len(expected.get("known_extra", [])), [d["text"] for d in drafts]


@pytest.mark.parametrize("name", NAMES)
def test_no_deadline_is_invented_on_a_real_communique(name: str) -> None:
    expected = _expected(name)
    exp = expected["resolutions"]
    drafts = _draft(name)["resolutions"]
    pairs = dict(scorer.match(exp, drafts))
    matched = set(pairs.values())
    for i, j in pairs.items():
        if not exp[i]["due_on"]:
            assert drafts[j]["due_on"] is None, exp[i]["text"]
    for j, d in enumerate(drafts):
        if j not in matched:
            assert d["due_on"] is None, d["text"]
