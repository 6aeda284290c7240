"""ui -> services -> store/domain, in one direction (DESIGN.md, Architecture)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _files(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "store", "services"])
def test_no_qt_below_the_ui(layer: str) -> None:
    for f in _files(layer):
        assert not {n for n in _imports(f) if n.startswith("PySide6")}, f


@pytest.mark.parametrize("layer", ["ui", "services", "domain"])
def test_no_sql_outside_the_store(layer: str) -> None:
    banned = ("sqlite3", "sqlalchemy", "alembic")
    for f in _files(layer):
        bad = {n for n in _imports(f) if n.split(".")[0] in banned}
        # services build validated shapes with SQLModel (pydantic), never sessions or select
        bad |= {n for n in _imports(f) if n.startswith("sqlmodel") and layer != "services"}
        assert not bad, f"{f}: {bad}"
        text = f.read_text(encoding="utf-8")
        assert "Session(" not in text and "select(" not in text, f


def test_domain_depends_on_nothing_of_ours() -> None:
    for f in _files("domain"):
        ours = {
            n
            for n in _imports(f)
            if n.startswith("tracker.") and not n.startswith("tracker.domain")
        }
        assert not ours, f


def test_store_and_services_never_import_the_ui() -> None:
    for f in _files("store") + _files("services"):
        assert not {n for n in _imports(f) if n.startswith("tracker.ui") or n == "tracker.app"}, f
