"""Work off the GUI thread: one job at a time, its answer back on the GUI thread."""

from __future__ import annotations

import threading

from tracker.ui.background import BackgroundJob


def test_one_job_at_a_time_and_its_result_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    job = BackgroundJob("test")
    got: list[tuple[object, bool]] = []
    job.finished.connect(
        lambda r: got.append((r, threading.current_thread() is threading.main_thread()))
    )
    release = threading.Event()
    assert job.start(lambda: release.wait(5) and 42)
    assert job.busy() and not job.start(lambda: 0)  # still running: refused
    release.set()
    job.wait()
    assert got == [(42, True)] and not job.busy()


def test_a_failing_job_reports_none_and_the_next_one_runs(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    job = BackgroundJob("test")
    got: list[object] = []
    job.finished.connect(got.append)
    job.start(lambda: 1 / 0)
    job.wait()
    assert got == [None] and "test failed" in caplog.text
    job.start(lambda: "again")
    job.wait()
    assert got == [None, "again"]
