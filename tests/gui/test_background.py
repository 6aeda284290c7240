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


def test_a_failure_comes_back_as_a_message_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from tracker.domain.errors import TrackerError

    job = BackgroundJob("test")
    seen: dict[str, object] = {}

    def boom() -> None:
        raise ZeroDivisionError("division by zero")

    def fail(error: TrackerError) -> None:
        seen["error"] = error
        seen["thread"] = threading.current_thread() is threading.main_thread()

    with qtbot.waitSignal(job.failed, timeout=20_000):
        assert job.start(boom, done=lambda _r: seen.setdefault("done", True), fail=fail)
    error = seen["error"]
    assert isinstance(error, TrackerError) and error.code == "unexpected_error"
    assert "غير متوقع" in error.message("ar") and "ZeroDivisionError" in error.message("ar")
    assert seen["thread"] is True and "done" not in seen


def test_writes_never_overlap(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time

    inside, overlaps = [0], []
    guard = threading.Lock()

    def write() -> None:
        with guard:
            inside[0] += 1
            overlaps.append(inside[0])
        time.sleep(0.05)
        with guard:
            inside[0] -= 1

    jobs = [BackgroundJob(f"w{i}") for i in range(3)]
    for job in jobs:
        assert job.start(write, writes=True)
    for job in jobs:
        job.wait(5)
    assert overlaps == [1, 1, 1]  # each write ran alone


def test_the_signals_come_before_the_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A callback may open a modal dialog (the print preview) whose loop can end the job's
    life: everything the job itself has to say is said before the callback runs."""
    job = BackgroundJob("preview")
    order: list[str] = []
    job.finished.connect(lambda _r: order.append("finished"))
    job.failed.connect(lambda _e: order.append("failed"))
    assert job.start(lambda: 7, done=lambda _r: order.append("done"))
    qtbot.waitUntil(lambda: "done" in order, timeout=20_000)
    assert order == ["finished", "done"]

    order.clear()
    job.wait()

    def boom() -> None:
        raise ValueError("x")

    assert job.start(boom, fail=lambda _e: order.append("fail"))
    qtbot.waitUntil(lambda: "fail" in order, timeout=20_000)
    assert order == ["failed", "finished", "fail"]
