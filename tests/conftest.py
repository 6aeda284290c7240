"""Hermetic test set-up: a temporary data folder, offscreen Qt, GUI tests marked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis: in CI (which sets CI=true) the same examples every run, so that a red run is
# reproducible, with the failing example's blob printed (replay it with
# ``@reproduce_failure``); elsewhere random examples, to keep finding new ones. No deadline
# and no "too slow" health check in either: timing-based verdicts make CI flaky. Loaded
# here, before any test module builds its own ``settings(...)`` on top of the profile;
# ``pytest --hypothesis-profile=ci`` runs the CI profile locally.
settings.register_profile(
    "ci",
    derandomize=True,  # implies database=None: nothing carried over from an earlier run
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    "ci" if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no") else "dev"
)

# Set before Qt is imported anywhere: GUI tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TRACKER_LANG", "ar")

TODAY = date(2026, 11, 29)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder: every test gets its own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("TRACKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tracker.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """The file at ``db_path``, opened through the core (a ``Tracker``)."""
    from tracker.services.core import Tracker

    tracker = Tracker.open(db_path)
    yield tracker
    tracker.close()


@pytest.fixture
def demo_db(db: object) -> object:
    db.load_demo()  # type: ignore[attr-defined]
    return db


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as ``gui`` (run the rest with -m 'not gui')."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if {"qtbot", "qapp", "qtmodeltester"} & set(fixtures) or "/gui/" in str(item.path):
            item.add_marker(pytest.mark.gui)
