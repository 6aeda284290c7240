"""The one catalogue of the core's and the command line's messages (issue 11)."""

from __future__ import annotations

import ast
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.domain import messages
from tracker.domain.errors import TrackerError, ValidationFailed, field_label

PACKAGE = Path(messages.__file__).resolve().parents[2]  # .../tracker
ARABIC = re.compile("[\u0600-\u06ff]")
ENTRIES = [(code, t) for table in messages.TABLES.values() for code, t in table.items()]


def _placeholders(template: str) -> set[str]:
    names = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            names.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return names


@pytest.mark.parametrize("code, templates", ENTRIES, ids=[c for c, _ in ENTRIES])
def test_every_code_has_ar_fr_en_with_the_same_placeholders(code: str, templates: object) -> None:
    assert isinstance(templates, tuple) and len(templates) == 3, code
    assert all(isinstance(t, str) and t.strip() for t in templates), code
    ar, fr, en = templates
    assert _placeholders(ar) == _placeholders(fr) == _placeholders(en), code
    assert "" not in _placeholders(ar), f"{code}: positional {{}} placeholder"
    assert ARABIC.search(ar), f"{code}: the Arabic template has no Arabic letter"
    assert not ARABIC.search(fr) and not ARABIC.search(en), f"{code}: Arabic in fr/en"


def test_no_code_is_defined_twice() -> None:
    # Read the tables' source: a key repeated in one dict literal is otherwise silently lost.
    seen: dict[str, str] = {}
    folder = Path(messages.__file__).parent
    for name in messages.TABLES:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        dicts = [n for n in ast.walk(tree) if isinstance(n, ast.Dict)]
        assert len(dicts) == 1, name
        for key in dicts[0].keys:
            assert isinstance(key, ast.Constant) and isinstance(key.value, str), name
            assert key.value not in seen, f"{key.value!r} in {seen.get(key.value)} and {name}"
            seen[key.value] = name
    assert set(seen) == {code for code, _ in ENTRIES}
    assert len(messages.CATALOGUE) == len(seen)


def test_prefixes_name_the_table() -> None:
    for code in messages.TABLES["reports"]:
        assert code.startswith("report."), code
    for code in messages.TABLES["cli"]:
        assert code.startswith("cli."), code
    for code in messages.TABLES["fields"]:
        assert code.startswith("field."), code
    for code in messages.TABLES["labels"]:
        assert code.split(".")[0] in ("status", "priority", "owner_kind"), code
    for table in ("errors", "imports"):
        assert not any("." in code for code in messages.TABLES[table]), table


def test_text_fills_falls_back_and_never_fails_on_parameters() -> None:
    assert messages.text("cli.demo_loaded", "fr", n=46) == (
        "Réunion de démonstration chargée (46 lignes)"
    )
    assert messages.text("cli.demo_loaded", "en", n=3) == "demo meeting loaded (3 rows)"
    assert messages.text("cli.demo_loaded", n=3) == "تم تحميل الاجتماع التجريبي (عدد السجلات: 3)"
    assert messages.text("cli.demo_loaded", "de", n=3) == messages.text("cli.demo_loaded", n=3)
    assert messages.text("cli.demo_loaded", "fr_MA", n=3).startswith("Réunion")
    # a missing parameter: the template as written, not an exception
    assert messages.text("cli.demo_loaded", "en") == "demo meeting loaded ({n} rows)"
    with pytest.raises(KeyError):
        messages.text("cli.no_such_message")
    assert messages.language("EN") == "en" and messages.language("") == "ar"


def test_tracker_error_message_comes_from_the_catalogue() -> None:
    err = TrackerError("db_missing", path="x")
    assert err.message("fr") == "Le fichier de base de données n'existe pas : x"
    assert err.message() == "ملف قاعدة البيانات غير موجود: x"
    assert str(err) == "database file does not exist: x"
    assert TrackerError("db_missing").message("en") == "database file does not exist: {path}"
    assert TrackerError("no_such_code", a=1).message("fr") == "no_such_code: {'a': 1}"
    # {value!r} in English, «{value}» in Arabic
    assert TrackerError("bad_date", value="x").message("en") == (
        "unreadable date: 'x' (expected YYYY-MM-DD)"
    )


def test_field_names_are_translated_in_messages() -> None:
    assert field_label("title", "fr") == "Titre"
    assert field_label("report.party", "fr") == "report.party"  # no label: the name itself
    err = ValidationFailed({"title": TrackerError("required", field="title")})
    assert err.message("fr") == "Le champ « Titre » est obligatoire"
    assert err.message("ar") == "الحقل «العنوان» إجباري"


def test_report_labels_come_from_the_catalogue() -> None:
    from tracker.services.reports import label, page_label

    assert page_label(1, 3) == "صفحة 1 من 3"
    assert page_label(1, 3, "fr") == "Page 1 sur 3"
    assert label("upcoming_section", "en", days="30 days") == "Items due within 30 days"


def _modules(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def test_core_and_cli_keep_no_texts_of_their_own() -> None:
    """No inline {"ar": ..., "fr": ..., "en": ...}: their texts are in the catalogue."""
    files = [PACKAGE / "cli.py", *_modules("services"), *_modules("store")]
    for f in files:
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                assert not {"ar", "fr"} <= keys, f"{f}:{node.lineno}"


def _cli(*args: str | Path, lang: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TRACKER_LANG": lang},
        timeout=120,
    )


def test_the_command_line_speaks_french(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    first, second = _cli("demo", "--db", db, lang="fr"), _cli("demo", "--db", db, lang="fr")
    assert first.returncode == 0 and second.returncode == 0, first.stderr
    assert first.stdout.startswith("Réunion de démonstration chargée (")
    assert first.stdout.strip().endswith(" lignes)")
    assert second.stdout.strip() == "La réunion de démonstration est déjà chargée"
    check = _cli("check", "--db", db, lang="fr")
    assert check.stdout.strip() == f"Base de données intègre: {db}"
    missing = _cli("check", "--db", tmp_path / "none.sqlite", lang="en")
    assert missing.returncode != 0
    assert "database file does not exist" in missing.stderr


def test_a_record_not_found_is_named_in_the_user_s_language() -> None:
    from tracker.domain.errors import NotFound

    err = NotFound("not_found", what="Meeting", id=999)
    assert err.message("ar") == "العنصر المطلوب غير موجود (الاجتماع رقم 999)"
    assert err.message("fr") == "Élément introuvable (Réunion n° 999)"
    assert "Meeting" not in err.message("ar")
