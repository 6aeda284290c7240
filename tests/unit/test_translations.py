"""The Qt translations are finished, and what ships (.qm) is what the sources (.ts) say.

lrelease drops a message without a word when it is unfinished or one of its plural forms is
empty: the user then reads English. ``scripts/translations.py check`` finds such messages;
these tests keep it passing and keep it honest.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = shutil.which("pyside6-lupdate") or shutil.which(
    "pyside6-lupdate", path=str(Path(sys.executable).parent)
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _script()

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>Ctx</name>
    <message>
        <source>Fine</source>
        <translation>{fine}</translation>
    </message>
{messages}
</context>
</TS>
"""


def _write(folder: Path, name: str, lang: str, messages: str) -> Path:
    fine = "حسن" if lang.startswith("ar") else "Bien"
    path = folder / name
    path.write_text(TS.format(lang=lang, fine=fine, messages=messages), encoding="utf-8")
    return path


def _numerus(source: str, forms: list[str]) -> str:
    body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    return (
        f'<message numerus="yes"><source>{source}</source>'
        f"<translation>{body}</translation></message>"
    )


def test_every_shipped_translation_is_finished(capsys) -> None:  # type: ignore[no-untyped-def]
    assert translations.problems() == []
    assert translations.check() == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("lang", "message", "why"),
    [
        ("ar_MA", _numerus("and %n more", ["", "a", "b", "c", "d", "e"]), "empty plural"),
        ("ar_MA", _numerus("%n days", ["a", "b"]), "2 plural forms, the language has 6"),
        ("fr_MA", _numerus("%n days", ["%n jour", "", ""]), "empty plural"),
        ("fr_MA", _numerus("%n days", ["%n jour"]), "1 plural forms, the language has 2"),
        (
            "fr_MA",
            '<message><source>Save</source><translation type="unfinished">Enr.'
            "</translation></message>",
            "unfinished",
        ),
        ("ar_MA", "<message><source>Save</source><translation/></message>", "empty"),
        ("ar_MA", "<message><source>Save</source><translation>  </translation></message>", "empty"),
        ("ar_MA", "<message><source>Save</source></message>", "no translation"),
    ],
)
def test_check_fails_naming_file_and_source(
    tmp_path: Path, monkeypatch, capsys, lang: str, message: str, why: str
) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "ui_ok_ar.ts", "ar_MA", "")
    suffix = lang.split("_")[0]
    _write(tmp_path, f"ui_bad_{suffix}.ts", lang, message)
    monkeypatch.setattr(translations, "SRC", tmp_path)
    assert translations.check() == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1, out
    assert out[0].startswith(f"ui_bad_{suffix}.ts: [Ctx] ")
    source = ET.fromstring(message).findtext("source")
    assert repr(source) in out[0] and why in out[0]


def test_release_refuses_unfinished_translations(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "ui_bad_ar.ts", "ar_MA", _numerus("x %n", ["", "1", "2", "3", "4", "5"]))
    monkeypatch.setattr(translations, "SRC", tmp_path)
    monkeypatch.setattr(translations, "OUT", tmp_path)
    with pytest.raises(SystemExit) as exit_:
        translations.release()
    assert "ui_bad_ar.ts" in str(exit_.value)
    assert not list(tmp_path.glob("*.qm"))


def test_vanished_and_obsolete_messages_are_ignored(tmp_path: Path) -> None:
    old = (
        '<message><source>Old</source><translation type="vanished"></translation></message>'
        '<message><source>Older</source><translation type="obsolete"></translation></message>'
    )
    _write(tmp_path, "ui_old_fr.ts", "fr_MA", old)
    assert translations.problems(tmp_path) == []


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate not found")
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_plural_form_counts_are_qts(tmp_path: Path, lang: str) -> None:
    """The expected number of forms per language is the number lupdate itself writes."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("Probe", "%n day(s)", "", 3)\n',
        encoding="utf-8",
    )
    target = tmp_path / f"probe_{lang}.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", str(source), "-ts", str(target)],
        check=True,
    )
    forms = ET.parse(target).getroot().findall(".//numerusform")
    assert len(forms) == translations.NUMERUS_FORMS[lang]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_compiled_qm_holds_every_message(lang: str) -> None:
    """The .qm is rebuilt from the sources: every message translates as the .ts says."""
    qm = QTranslator()
    assert qm.load(f"tracker_{lang}", str(ROOT / "resources" / "translations"))
    stale: list[str] = []
    for ts in sorted((ROOT / "resources" / "translations" / "src").glob(f"*_{lang}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment")
                tr = message.find("translation")
                assert tr is not None
                if message.get("numerus") == "yes":
                    expected = (tr.findall("numerusform")[-1].text or "").replace("%n", "100")
                    got = qm.translate(name, source, comment, 100)
                    got = got.replace("%n", "100")
                else:
                    expected, got = tr.text or "", qm.translate(name, source, comment)
                if got != expected:
                    stale.append(f"{ts.name}: {source!r}: {got!r} != {expected!r}")
    assert stale == [], "\n".join(stale) + "\nrun: python scripts/translations.py release"
