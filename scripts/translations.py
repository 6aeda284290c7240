"""Qt translations: one .ts source per UI module, compiled into one .qm per language.

    python scripts/translations.py update    # extract tr() strings into src/<module>_<lang>.ts
    python scripts/translations.py release   # compile src/*_<lang>.ts -> tracker_<lang>.qm
    python scripts/translations.py check     # list messages still unfinished (exit 1 if any)

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


def check() -> int:
    missing = 0
    for ts in sorted(SRC.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            tr = message.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "vanished", "obsolete")
                or not ((tr.text or "").strip() or tr.findall("numerusform"))
            ):
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                missing += 1
                print(f"{ts.name}: {message.findtext('source')!r}")
    return 1 if missing else 0


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
