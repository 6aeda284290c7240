"""The wheel carries what the app reads at run time, and the app runs from it.

resources/ and seeds/ sit at the top of the repository; pyproject.toml maps them into the
package as ``tracker.resources`` and ``tracker.seeds``. These tests build the wheel the way a
release would (no network: the installed setuptools, no build isolation), look inside it, and
run the command line from the installed files, away from the repository.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a build must not see: caches, earlier builds, local databases.
_NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".pytest_cache",
    ".ruff_cache", ".hypothesis", ".data", "out", "*.sqlite", "*.sqlite-wal", "*.sqlite-shm",
)  # fmt: skip


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a clean copy of the working tree (no stale build/ folder)."""
    base = tmp_path_factory.mktemp("wheel")
    src, out = base / "src", base / "dist"
    shutil.copytree(ROOT, src, ignore=_NOT_SOURCES)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-index",
         "--no-build-isolation", "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    (found,) = out.glob("*.whl")
    return found


def test_the_package_reads_the_top_level_folders() -> None:
    """In the development install, tracker.resources and tracker.seeds are resources/ and
    seeds/ of this checkout (a tracker/resources/ left behind by the move would shadow them)."""
    for package, folder in (("tracker.resources", "resources"), ("tracker.seeds", "seeds")):
        where = Path(str(resources.files(package)))
        assert where == ROOT / folder, (
            f"{package} is read from {where}, not {ROOT / folder}: delete a leftover "
            f"tracker/{folder}/ folder (e.g. its __pycache__) and reinstall with pip install -e ."
        )


def test_wheel_carries_resources_seeds_and_migrations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
        wanted = {
            "tracker/resources/report.css",
            "tracker/resources/fonts/NotoSansArabic-Regular.ttf",
            "tracker/resources/fonts/NotoSansArabic-Bold.ttf",
            "tracker/resources/fonts/NotoNaskhArabic-Regular.ttf",
            "tracker/resources/fonts/NotoNaskhArabic-Bold.ttf",
            "tracker/resources/translations/tracker_ar.qm",
            "tracker/resources/translations/tracker_fr.qm",
            "tracker/seeds/taounate-2026-01-17.communique.txt",
            "tracker/seeds/taounate-2026-01-17.json",
            "tracker/store/migrations/env.py",
            "tracker/store/migrations/script.py.mako",
        }
        assert wanted <= names, sorted(wanted - names)
        # Every file of resources/ (but the .ts sources) and seeds/, byte for byte.
        shipped = [
            (p, "tracker/resources/" + rel)
            for p in _files(ROOT / "resources")
            if not (rel := p.relative_to(ROOT / "resources").as_posix()).startswith(
                "translations/src/"
            )
        ]
        shipped += [
            (p, "tracker/seeds/" + p.relative_to(ROOT / "seeds").as_posix())
            for p in _files(ROOT / "seeds")
        ]
        for path, name in shipped:
            assert name in names, name
            assert whl.read(name) == path.read_bytes(), name
        # Every module of tracker/ and every migration (the package list is explicit).
        modules = {
            p.relative_to(ROOT).as_posix() for p in _files(ROOT / "tracker") if p.suffix == ".py"
        }
        assert any(m.startswith("tracker/store/migrations/versions/") for m in modules)
        assert modules <= names, (
            f"missing from the wheel: {sorted(modules - names)}; "
            "add the new folder to [tool.setuptools] packages in pyproject.toml"
        )
        assert not [n for n in names if n.endswith((".ts", ".pyc")) or "__pycache__" in n]
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "tracker = tracker.cli:main" in whl.read(entry_points).decode()


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="needs pdftotext and pdffonts from poppler-utils (apt install poppler-utils)",
)
def test_installed_wheel_runs_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel (not editable), run from elsewhere: the demo loads the seed,
    the report shapes Arabic with the shipped fonts, the translations load."""
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(site),  # ahead of the development install
        "QT_QPA_PLATFORM": "offscreen",
        "TRACKER_LANG": "ar",
    }

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, *args],
            cwd=work, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = run(
        "-c",
        "import tracker; from importlib import resources\n"
        "print(tracker.__file__)\n"
        "print(resources.files('tracker.resources'))\n"
        "print(resources.files('tracker.seeds'))\n"
        # Qt is given the translations folder as a path: it must be a real folder.
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QApplication([])\n"
        "from tracker.ui import i18n\n"
        "i18n.install_language(app, 'fr')\n"
        "print(QCoreApplication.translate('app', 'Resolution Tracker'))\n",
    ).splitlines()
    assert where[0] == str(site / "tracker" / "__init__.py")
    assert where[1:3] == [str(site / "tracker" / "resources"), str(site / "tracker" / "seeds")]
    assert where[3] == "Suivi des résolutions"

    db, pdf = work / "t.sqlite", work / "r.pdf"
    run("-m", "tracker", "demo", "--db", str(db))
    run("-m", "tracker", "report", "--db", str(db), "--today", "2026-11-29", "--out", str(pdf))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = re.sub(
        r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", text)
    )
    for words in ("إقليم تاونات", "تقرير تتبع تنفيذ المقررات", "تحديث لوائح المنخرطين"):
        assert words.replace(" ", "") in text, words
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansArabic" in fonts  # the bundled report font (keeps lam-alef whole)
