"""The package a secretary installs (issue 17): dist/tracker/, built by scripts/build-package.

The tests marked ``slow`` build the Linux package (``scripts/build-package --if-stale``:
reused only when it was built from exactly the files of this working tree, never a stale
one) and run the frozen app the way a laptop without Python would: an environment with
nothing but PATH (an empty folder: no Python to find), HOME, the offscreen platform and a
data folder. They need the build (about 1–2 minutes), so they run only when asked:
``scripts/test-package``, or ``TRACKER_TEST_PACKAGE=1`` (``.ci/run`` sets it); otherwise
they are skipped, saying so. The installer definition and the icon are checked always.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tracker import __version__, config

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "scripts" / "build-package"
APP_DIR = ROOT / "dist" / "tracker"
ISS = ROOT / "packaging" / "windows" / "tracker.iss"
TODAY = "2026-03-01"
MAX_BYTES = 200 * 1000 * 1000  # the 200 MB, in the smaller (decimal) unit


def _wanted() -> bool:
    return os.environ.get("TRACKER_TEST_PACKAGE", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="module")
def app() -> Path:
    """The frozen executable, built from this working tree (rebuilt when anything changed)."""
    if not _wanted():
        pytest.skip(
            "the package tests build dist/tracker/ (1-2 minutes): run scripts/test-package "
            "or set TRACKER_TEST_PACKAGE=1 (.ci/run does)"
        )
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--if-stale"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    fingerprint = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--fingerprint"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    info = json.loads((APP_DIR / "BUILD-INFO.json").read_text(encoding="utf-8"))
    assert info["fingerprint"] == fingerprint, "dist/tracker/ was not built from this tree"
    return APP_DIR / "tracker"


@pytest.fixture
def run(app: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the frozen app with no Python on PATH and no Python variables."""
    empty = tmp_path / "bin"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": str(empty),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "TRACKER_DATA_DIR": str(tmp_path / "data"),
    }
    assert shutil.which("python3", path=env["PATH"]) is None

    def _run(*args: str, ok: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(app), *args],
            cwd=tmp_path, env={**env, **extra}, capture_output=True, text=True,
            encoding="utf-8", timeout=180,
        )  # fmt: skip
        if ok:
            assert done.returncode == 0, f"{args}: exit {done.returncode}: {done.stderr}"
        return done

    return _run


# -- the build's content --------------------------------------------------------------------------
@pytest.mark.slow
def test_the_folder_carries_what_the_app_reads_and_stays_small(app: Path) -> None:
    internal = APP_DIR / "_internal"
    bundled = internal / "tracker"
    # Every file of resources/ (but the .ts sources and the package's __init__) and seeds/,
    # byte for byte, wherever new ones are added.
    for folder, package in (("resources", "resources"), ("seeds", "seeds")):
        for path in sorted((ROOT / folder).rglob("*")):
            rel = path.relative_to(ROOT / folder)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix in (".py", ".pyc"):
                continue
            if rel.parts[:2] == ("translations", "src"):
                continue
            shipped = bundled / package / rel
            assert shipped.is_file(), f"missing from the package: {folder}/{rel}"
            assert shipped.read_bytes() == path.read_bytes(), f"{folder}/{rel} differs"
    # The migrations as source files, every one of them (Alembic reads them by path).
    migrations = ROOT / "tracker" / "store" / "migrations"
    versions = sorted((migrations / "versions").glob("*.py"))
    for path in [migrations / "env.py", migrations / "script.py.mako", *versions]:
        shipped = bundled / "store" / "migrations" / path.relative_to(migrations)
        assert shipped.is_file() and shipped.read_bytes() == path.read_bytes(), path.name
    # Qt: its Arabic and French translations, and none of the modules the app does not use.
    qt = internal / "PySide6"
    assert {p.name for p in qt.rglob("qtbase_*.qm")} == {"qtbase_ar.qm", "qtbase_fr.qm"}
    names = [p.name for p in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Multimedia", "Wayland", "Pdf"):
        assert not [n for n in names if unused in n], f"{unused} is in the package"
    plugins = {p.parent.name + "/" + p.name for p in qt.rglob("plugins/*/*")}
    assert {p for p in plugins if p.startswith("platforms/")} >= {
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
    }
    # Every runtime dependency is inside (python-docx and its lxml included once declared).
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared_names = {
        re.split(r"[<>=!~; \[]", dep, maxsplit=1)[0].lower()
        for dep in declared["project"]["dependencies"]
    }
    info = json.loads((APP_DIR / "BUILD-INFO.json").read_text(encoding="utf-8"))
    modules = set(info["modules"])
    import_names = {"python-docx": "docx", "python-dateutil": "dateutil"}
    for name in declared_names:
        module = import_names.get(name, name.replace("-", "_"))
        if name.startswith("pyside6"):
            module = "PySide6"
        assert module.lower() in {m.lower() for m in modules}, f"{name} is not in the package"
    if "python-docx" in declared_names:
        assert "lxml" in modules
        assert (internal / "docx" / "templates" / "default.docx").is_file()
    # The size (the bar: under 200 MB on Linux).
    size = sum(p.stat().st_size for p in APP_DIR.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BYTES, f"{size / 1e6:.0f} MB"
    # The Windows version resource, made from tracker.__version__ on every platform.
    version_file = ROOT / "build" / "package" / "work" / "tracker" / "version_info.txt"
    text = version_file.read_text(encoding="utf-8")
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    numbers = tuple(int(n) for n in re.findall(r"\d+", __version__)[:4])
    assert f"filevers={(*numbers, 0, 0, 0, 0)[:4]!r}" in text


# -- the frozen app behaves like the installed one ----------------------------------------------
@pytest.mark.slow
def test_version_demo_due_check(run) -> None:  # type: ignore[no-untyped-def]
    assert run("--version").stdout.strip() == f"tracker {__version__}"
    demo = run("demo", "--db", "d.sqlite")
    assert "الاجتماع التجريبي" in demo.stdout + demo.stderr
    due = run("due", "--db", "d.sqlite", "--today", TODAY, "--days", "60").stdout
    assert "هيكلة الأمانة المحلية" in due
    assert "يوماً" in due
    run("check", "--db", "d.sqlite")
    bad = run("due", "--db", "missing/x.sqlite", ok=False)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_report_reads_back_in_arabic_with_the_bundled_fonts(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("demo", "--db", "d.sqlite")
    run("report", "--db", "d.sqlite", "--today", TODAY, "--out", "r.pdf")
    pdf = tmp_path / "r.pdf"
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    words = unicodedata.normalize("NFKC", raw).split()
    text = " ".join(words)
    assert "تقرير تتبع تنفيذ المقررات" in text
    assert "الأمانة" in words or any(w.startswith("الأمانة") for w in words)  # lam-alef whole
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansArabic" in fonts


@pytest.mark.slow
def test_export_then_import_gives_the_same_items(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("demo", "--db", "d.sqlite")
    for fmt in ("csv", "xlsx", "ics"):
        run("export", "--db", "d.sqlite", "--format", fmt, "--out", f"e.{fmt}")
        assert (tmp_path / f"e.{fmt}").stat().st_size > 0
    imported = run("import", "--db", "n.sqlite", "--create-owners", "e.xlsx")
    assert "18" in imported.stderr + imported.stdout
    args = ("--today", TODAY, "--days", "3650")
    assert (
        run("due", "--db", "n.sqlite", *args).stdout == run("due", "--db", "d.sqlite", *args).stdout
    )


@pytest.mark.slow
def test_screenshot_is_the_installed_apps_arabic_window(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Pixel for pixel what the installed app draws from the same file: the Arabic menus, the
    bundled fonts, right to left (an English or box-font fallback differs everywhere)."""
    run("demo", "--db", "d.sqlite")
    run("--db", "d.sqlite", "--screenshot", "frozen.png")
    installed = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", "d.sqlite", "--screenshot", "installed.png"],
        cwd=tmp_path, capture_output=True, text=True, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "TRACKER_DATA_DIR": str(tmp_path / "data-installed")},
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    from PySide6.QtGui import QImage

    frozen, expected = QImage(str(tmp_path / "frozen.png")), QImage(str(tmp_path / "installed.png"))
    assert not frozen.isNull() and frozen.size() == expected.size()
    width, height = frozen.width(), frozen.height()
    differ = sum(
        frozen.pixel(x, y) != expected.pixel(x, y)
        for y in range(0, height, 2)
        for x in range(0, width, 2)
    )
    assert differ <= 0.005 * (width // 2) * (height // 2), f"{differ} pixels differ"


@pytest.mark.slow
def test_the_window_opens_paints_and_quits(run) -> None:  # type: ignore[no-untyped-def]
    run("demo", "--db", "d.sqlite")
    done = run("--db", "d.sqlite", TRACKER_BENCH_EXIT_AFTER="first_screen")
    assert re.search(r"^BENCH first_screen \d+\.\d+$", done.stdout, re.M), done.stdout


@pytest.mark.slow
def test_migrations_run_from_inside_the_package(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file made by the first schema is upgraded by the frozen app (a backup first)."""
    from tracker.store.migrate import create_at_revision, known_revisions

    revisions = known_revisions()
    old = tmp_path / "old.sqlite"
    create_at_revision(old, revisions[0])
    run("check", "--db", "old.sqlite")
    run("due", "--db", "old.sqlite")
    with sqlite3.connect(old) as conn:
        (now,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert now == revisions[-1]
    if len(revisions) > 1:
        assert list((tmp_path / "backups").glob("*")), "no backup before the upgrade"


# -- Windows: what can be checked here ----------------------------------------------------------
def test_the_installer_is_per_user_and_leaves_the_data_alone() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads Arabic only from UTF-8 with a BOM"
    text = raw.decode("utf-8-sig")
    settings = dict(
        re.findall(r"^(\w+)=(.*)$", text.split("[Setup]", 1)[1].split("\n[", 1)[0], re.M)
    )
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    # The installed folder is not the data folder (platformdirs: %LOCALAPPDATA%\APP_NAME).
    assert settings["DefaultDirName"] != "{localappdata}\\" + config.APP_NAME
    icons = text.split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', icons, re.M)
    assert '#define AppName "متابعة المقررات"' in text
    # Nothing deletes anything at uninstall but what was installed.
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith(";")]
    body = "\n".join(lines)
    assert "[UninstallDelete]" not in body and "[InstallDelete]" not in body
    for data_folder in ("{localappdata}\\" + config.APP_NAME, "{userappdata}", "{userdocs}"):
        assert data_folder not in body


def test_the_icon_is_a_windows_icon_up_to_256_pixels() -> None:
    data = (ROOT / "packaging" / "windows" / "tracker.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
