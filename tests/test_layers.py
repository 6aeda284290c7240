"""The architecture, checked: import contracts, no hidden imports, modules of a readable size.

The contracts themselves live in ``pyproject.toml`` (``[tool.importlinter]``) and are run by
import-linter here, so that the README's one test command checks them.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracker"
MAX_LINES = 450


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports"
    )
    assert exe is not None, "import-linter is a test dependency: pip install -e '.[test]'"
    run = subprocess.run(
        [exe, "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "broken" not in run.stdout.lower().split("contracts:")[-1].replace("0 broken", "")


def _string_imports(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        if name in ("import_module", "__import__", "lazy", "LazyModule"):
            found.append(f"{name} (line {node.lineno})")
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_by_string(path: Path) -> None:
    """Deferred imports are written inside functions, where every tool sees them."""
    assert not _string_imports(ast.parse(path.read_text(encoding="utf-8"))), path


def test_no_module_over_the_size_limit() -> None:
    too_long = {
        str(p.relative_to(PACKAGE)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"split by what the pieces are (limit {MAX_LINES} lines): {too_long}"


def test_the_string_import_check_finds_one() -> None:
    """The checker itself: a module importing by name is caught."""
    sample = "import importlib\ndef f():\n    return importlib.import_module('tracker.store')\n"
    assert _string_imports(ast.parse(sample)) == ["import_module (line 3)"]


def test_the_frame_needs_no_sql() -> None:
    """The window's frame and the core's entry point load without SQLAlchemy (first paint)."""
    code = (
        "import sys\n"
        "import tracker.services.core, tracker.services.views, tracker.ui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel',"
        " 'alembic') or m.startswith('tracker.store.db'))\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
