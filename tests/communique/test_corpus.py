"""Each communiqué of the corpus against its expected reading (issue 14).

The corpus (tests/communique/corpus) holds communiqués written in the styles the reader
meets — party secretariats and political bureaus, municipal and regional councils, an
association, a sports league, in Arabic and French — each with the expected meeting date and
resolutions (text and due date). The matching is the scorer's (scripts/score_communiques.py).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tracker.domain.communique import read_communique
from tracker.domain.text import normalize

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
NAMES = sorted(p.stem for p in CORPUS.glob("*.txt"))

_spec = importlib.util.spec_from_file_location(
    "score_communiques", ROOT / "scripts" / "score_communiques.py"
)
assert _spec and _spec.loader
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
COMMUNES = scorer.register_communes()


def test_the_corpus_is_wide_enough() -> None:
    assert len(NAMES) >= 14
    for name in NAMES:
        assert (CORPUS / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", NAMES)
def test_a_communique_reads_as_expected(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    draft = read_communique(text, communes=COMMUNES)
    got = draft.to_json()
    assert got["meeting"]["held_on"] == expected["held_on"]
    drafts = got["resolutions"]
    exp = expected["resolutions"]
    pairs = scorer.match(exp, drafts)
    assert len(pairs) == len(exp), [r["text"] for r in drafts]
    assert len(drafts) == len(exp), "a draft too many"
    for i, j in pairs:
        assert drafts[j]["text"] == exp[i]["text"]
        assert drafts[j]["due_on"] == exp[i].get("due_on"), exp[i]["text"]
        if "starts_on" in exp[i]:
            assert drafts[j]["starts_on"] == exp[i]["starts_on"], exp[i]["text"]
        if "communes" in exp[i]:
            assert drafts[j]["communes"] == exp[i]["communes"], exp[i]["text"]
        for owner in exp[i].get("owners", []):
            assert normalize(owner) in [normalize(o) for o in drafts[j]["owners"]], exp[i]["text"]
        # the span points at the decision as written
        s, e = drafts[j]["span"]
        assert " ".join(text[s:e].split()) == drafts[j]["text"]
    if "positions" in expected:
        assert sum(1 for r in draft.resolutions if not r.actionable) == expected["positions"]
    if "hijri" in expected:
        assert draft.meeting.hijri and normalize(expected["hijri"]) in normalize(
            draft.meeting.hijri
        )
    for r in draft.resolutions:
        if r.deadline is not None:
            s, e = r.deadline.span
            assert " ".join(text[s:e].split()) == r.deadline.phrase


def test_the_scorer_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert scorer.main([str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "meeting dates right" in out and "invented" in out
