"""A whole working session with the network forbidden: the app never needs a connection."""

import socket
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker.cli import build_parser, main
from tracker.services import backups
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network use attempted: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return set(sub.choices)  # type: ignore[attr-defined]


def test_the_network_guard_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))


def test_a_whole_session_works_offline(
    qapp: object, tmp_path: Path, no_network: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp: the in-process report reuses the suite's QApplication (it would otherwise make
    # a QGuiApplication that later widget tests cannot use)
    path = tmp_path / "tracker.sqlite"
    db = Tracker.open(path, lock=True)  # as the window opens it: the instance lock first
    db.load_demo()
    policy = db.backups.automatic()
    assert policy.at_start() is not None
    m = db.meetings.create({"title": "اجتماع الأمانة", "held_on": date(2026, 3, 1)})
    o = db.owners.find_or_create("منظمة الشبيبة")
    it = db.items.create(
        {"title": "تنظيم قافلة الشباب بغفساي", "owner_id": o.id, "meeting_id": m.id}
    )
    db.items.record_progress(it.id, {"status": "in_progress", "progress": 50, "note": "تقدم"})
    rows = db.items.list(ItemFilter(today=TODAY, view=View.ALL, search="قافله الشباب بغفساي"))
    assert [r.id for r in rows] == [it.id]
    saved = backups.take_backup(path, "manual")
    db.items.delete(it.id)
    db.backups.restore(saved)
    assert db.items.detail(it.id).item.deleted_at is None
    db.close()  # releases the instance lock

    capsys.readouterr()
    assert main(["due", "--db", str(path), "--today", "2026-11-29"]) == 0
    assert main(["check", "--db", str(path)]) == 0
    assert main(["backup", "--db", str(path), "--out", str(tmp_path / "copy.sqlite")]) == 0
    commands = _commands()
    if "report" in commands:  # written in parallel; checked here once merged
        out = tmp_path / "report.pdf"
        assert main(["report", "--db", str(path), "--today", "2026-11-29", "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    if "export" in commands:
        out = tmp_path / "items.csv"
        assert main(["export", "--db", str(path), "--format", "csv", "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    assert no_network == []
