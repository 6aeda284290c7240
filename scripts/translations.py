"""Qt translations: one .ts source per UI module, compiled into one .qm per language.

    python scripts/translations.py update    # extract tr() strings into src/<module>_<lang>.ts
    python scripts/translations.py release   # compile src/*_<lang>.ts -> tracker_<lang>.qm
    python scripts/translations.py check     # unfinished or empty messages/forms (exit 1)

Source strings are English; Arabic (ar) and French (fr) are translations. Keep every
message finished: lrelease silently drops unfinished ones, and the user would see English.
One .ts per module keeps parallel work on different modules free of merge conflicts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tracker" / "app.py", *sorted((ROOT / "tracker" / "ui").rglob("*.py"))]
OUT = ROOT / "resources" / "translations"  # shipped in the package as tracker.resources
SRC = OUT / "src"
LANGS = ("ar", "fr")


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}")
    if exe is None:
        sys.exit(f"pyside6-{name} not found (pip install PySide6-Essentials)")
    return exe


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT / "tracker").with_suffix("")
    return "_".join(rel.parts)


def update() -> None:
    SRC.mkdir(parents=True, exist_ok=True)
    for source in SOURCES:
        text = source.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text:
            continue
        targets = [str(SRC / f"{_module_name(source)}_{lang}.ts") for lang in LANGS]
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                str(source),
                "-ts",
                *targets,
            ],
            check=True,
        )
        for target in targets:
            if ET.parse(target).getroot().find(".//message") is None:
                Path(target).unlink()


def release() -> None:
    found = problems()
    if found:  # lrelease would drop these without a word: the user would read English
        sys.exit("\n".join([*found, "unfinished translations: nothing compiled"]))
    for lang in LANGS:
        sources = sorted(SRC.glob(f"*_{lang}.ts"))
        if sources:
            subprocess.run(
                [
                    _tool("lrelease"),
                    "-silent",
                    *map(str, sources),
                    "-qm",
                    str(OUT / f"tracker_{lang}.qm"),
                ],
                check=True,
            )


# How many plural forms a numerus message has in each language: Qt's plural rules
# (qtbase src/corelib/kernel/qtranslator_p.h / linguist numerus.cpp), the forms in the order
# lupdate writes them. Arabic: n == 0, 1, 2, n % 100 in 3..10, n % 100 >= 11, the rest
# (100, 101, 102, 200...); French: n < 2, the rest. tests/unit/test_translations.py
# checks this table against what lupdate itself generates.
NUMERUS_FORMS = {"ar": 6, "fr": 2, "en": 2}


def _language(ts: Path, root: ET.Element) -> str:
    lang = (root.get("language") or "").split("_")[0]
    return lang or ts.stem.rsplit("_", 1)[-1]


def problems(folder: Path | None = None) -> list[str]:
    """Every message lrelease would drop or ship half done, as "file: 'source': why".

    A message is finished when it is not marked unfinished and every form is non-empty;
    a numerus message has exactly as many forms as its language's plural rule (lrelease
    drops the whole message, silently, when any form is empty).
    """
    found: list[str] = []
    for ts in sorted((folder or SRC).glob("*.ts")):
        root = ET.parse(ts).getroot()
        lang = _language(ts, root)
        expected = NUMERUS_FORMS.get(lang)
        if expected is None:
            found.append(f"{ts.name}: no plural rule known for language {lang!r}")
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                why = _unfinished(message, expected)
                if why:
                    source = message.findtext("source")
                    found.append(f"{ts.name}: [{name}] {source!r}: {why}")
    return found


def _unfinished(message: ET.Element, expected: int | None) -> str | None:
    tr = message.find("translation")
    if tr is None:
        return "no translation"
    kind = tr.get("type")
    if kind in ("vanished", "obsolete"):
        return None
    if kind == "unfinished":
        return "unfinished"
    if message.get("numerus") == "yes":
        forms = [(form.text or "").strip() for form in tr.findall("numerusform")]
        empty = [i for i, form in enumerate(forms) if not form]
        if empty:
            return f"empty plural form(s) {empty} of {len(forms)}"
        if expected is not None and len(forms) != expected:
            return f"{len(forms)} plural forms, the language has {expected}"
        return None
    if not (tr.text or "").strip():
        return "empty translation"
    return None


def check() -> int:
    """Print every unfinished, empty or incomplete message; 1 if there is any."""
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "release"
    if action == "update":
        update()
    elif action == "release":
        release()
    elif action == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
