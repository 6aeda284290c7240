"""How fast is the app at scale, against the limits (raw sqlite3, a bare Qt window)?

    python benchmarks/bench.py --items 100000 [--runs 5] [--json] [--show-sql]

Every operation is timed through the app's own path and against its baseline, several
times in this same run; the figure is the median. Start-up operations launch fresh
processes (``python -m tracker --db F`` with ``TRACKER_BENCH_EXIT_AFTER``, against
``bare_window.py``); the others run in one worker process that opens the database as the
app does and replays, through a plain ``sqlite3`` connection, exactly the SELECT statements
the app sent to SQLite for the same operation, through SQLAlchemy or straight on the
driver's connection (``--show-sql`` prints them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import generate  # noqa: E402
from startup import _result, startup, startup_frozen  # noqa: E402

SEARCH_TERM = "هيكلة"  # normalised to "هيكله": matches items, resolutions (and some owners)
REPORT_ITEMS = 1000
# Targets: (max ratio, max app seconds); None = no such target.
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "first_paint": (1.5, None),
    "first_screen": (4.0, None),
    "search": (2.0, 0.1),
    "sort_due": (2.0, 0.1),
    "counts": (2.0, 0.1),
    "item_detail": (2.0, 0.1),
    "report_1000": (None, 5.0),
    # --frozen: the packaged app (dist/tracker/) against the installed one, same probe. "No
    # slower" allowing for the noise of fresh processes on a shared machine (tens of ms).
    "first_paint_frozen": (1.1, None),
    "first_screen_frozen": (1.1, None),
}
PEAK_RSS_TARGET_MB = 200


# -- machine ------------------------------------------------------------------------------
def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3

    try:
        from PySide6 import __version__ as qt
    except ImportError:
        qt = "?"
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {qt}"
    )


# -- query-backed operations, in a worker process --------------------------------------------
def _time(
    fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> list[float]:
    """Wall-clock seconds of ``fn`` (after an uncounted warm-up); ``setup`` is not timed."""
    out = []
    for i in range(runs + 1):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        fn()
        if i:  # run 0 warms statement and page caches
            out.append(time.perf_counter() - t0)
    return out


class _Recorder:
    """Collects the SELECTs the app sends to SQLite while ``recording`` is on, from any engine
    (the core keeps its own private): those SQLAlchemy executes, with their parameters, and
    those read straight on the driver's connection (hot plain-SQL reads), as SQLite ran them.
    Make it before the file is opened: it watches every connection from the first."""

    def __init__(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.statements: list[tuple[str, tuple[Any, ...]]] = []
        self.recording = False
        self._in_sqlalchemy = False
        event.listen(Engine, "before_cursor_execute", self._seen)
        event.listen(Engine, "after_cursor_execute", self._done)
        event.listen(Engine, "connect", self._watch)

    @staticmethod
    def _select(statement: str) -> bool:
        return statement.lstrip().upper().startswith(("SELECT", "WITH"))

    def _seen(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        self._in_sqlalchemy = True
        if self.recording and self._select(statement):
            self.statements.append((statement, tuple(parameters or ())))

    def _done(self, *_args: object) -> None:
        self._in_sqlalchemy = False

    def _watch(self, dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.set_trace_callback(self._traced)

    def _traced(self, statement: str) -> None:  # values inlined by SQLite: no parameters
        if self.recording and not self._in_sqlalchemy and self._select(statement):
            self.statements.append((statement, ()))

    def capture(self, fn: Callable[[], object]) -> list[tuple[str, tuple[Any, ...]]]:
        self.statements, self.recording = [], True
        try:
            fn()
        finally:
            self.recording = False
        return self.statements


def worker(db_file: Path, runs: int, show_sql: bool) -> dict[str, Any]:
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tracker.services.core import Tracker
    from tracker.services.views import ItemFilter, View
    from tracker.ui.item_model import ItemTableModel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    today = generate.TODAY
    rec = _Recorder()
    db = Tracker.open(db_file)
    raw = sqlite3.connect(str(db_file))
    sql_log: dict[str, list[str]] = {}

    def against_raw(
        name: str,
        app_op: Callable[[], object],
        setup: Callable[[], object] | None = None,
        replay: list[tuple[str, tuple[Any, ...]]] | None = None,
    ) -> dict[str, Any]:
        """``replay``: the statements the operation sends on the store's own read-only
        connection (not seen by the recorder), given as the store writes them."""
        if setup is not None:
            setup()
        statements = rec.capture(app_op) if replay is None else replay
        sql_log[name] = [s for s, _ in statements]

        def baseline() -> None:
            for sql, params in statements:
                raw.execute(sql, params).fetchall()

        app_t = _time(app_op, runs, setup)
        base_t = _time(baseline, runs)
        return _result(name, app_t, base_t)

    results = []
    open_filter = ItemFilter(today=today, view=View.OPEN)
    model = ItemTableModel(db, open_filter)

    def search() -> None:
        model.set_filter(ItemFilter(today=today, view=View.OPEN, search=SEARCH_TERM))
        assert model.rowCount() > 0, "the search found nothing"

    results.append(against_raw("search", search))

    model.set_filter(open_filter)

    def sort_due() -> None:  # the user clicks the "due date" header of the open items
        model.sort(ItemTableModel.DUE, Qt.SortOrder.AscendingOrder)
        assert model.rowCount() > 0

    def sorted_by_title() -> None:
        model.sort(ItemTableModel.TITLE, Qt.SortOrder.AscendingOrder)

    results.append(against_raw("sort_due", sort_due, setup=sorted_by_title))

    def counts() -> None:
        db.items.counts(today)
        db.items.completion("meeting", today)
        db.items.completion("owner", today)

    results.append(against_raw("counts", counts))

    item_id = int(
        raw.execute(
            "SELECT id FROM action_item ORDER BY id LIMIT 1 OFFSET ?",
            (raw.execute("SELECT count(*) FROM action_item").fetchone()[0] // 2,),
        ).fetchone()[0]
    )

    def detail() -> None:
        d = db.items.detail(item_id)  # one read of plain data
        assert d.history is not None

    from tracker.store.detail import DETAIL_SQL, HISTORY_SQL

    results.append(
        against_raw(
            "item_detail",
            detail,
            replay=[(DETAIL_SQL, (item_id,)), (HISTORY_SQL, (item_id,))],
        )
    )
    results.append(report_1000(today, runs))
    db.close()
    raw.close()
    del app
    return {"operations": results, "sql": sql_log if show_sql else {}}


def report_1000(today: Any, runs: int) -> dict[str, Any]:
    """The PDF of a report covering 1,000 items, against sqlite3 fetching the same rows.

    The report is the heaviest kind, "all owners" (one part per owner, each on a new page),
    over a generated file of REPORT_ITEMS items: built through the reports service and
    written by ``ui.printing.write_pdf``, as ``tracker report`` and the GUI do.
    """
    import sqlite3

    from tracker.services.core import Tracker
    from tracker.ui import i18n
    from tracker.ui.printing import write_pdf

    name = "report_1000"
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        small = work / "report.sqlite"
        shutil.copyfile(generate.ensure(REPORT_ITEMS, quiet=True), small)
        out = work / "report.pdf"
        i18n.load_fonts()
        rdb = Tracker.open(small)
        try:

            def render() -> None:
                write_pdf(rdb.reports.all_owners(today), out)

            app_t = _time(render, min(runs, 3))
        finally:
            rdb.close()
        conn = sqlite3.connect(small)
        sql = (
            "SELECT a.*, o.name, r.ordinal, r.text, m.title, m.held_on, "
            "(SELECT p.note FROM progress_update p WHERE p.action_item_id = a.id "
            "AND p.note != '' ORDER BY p.recorded_at DESC, p.id DESC LIMIT 1) "
            "FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
            "JOIN owner o ON o.id = a.owner_id LEFT JOIN resolution r ON r.id = a.resolution_id "
            "WHERE a.deleted_at IS NULL AND m.deleted_at IS NULL "
            "ORDER BY o.name, m.held_on, r.ordinal, a.id"
        )
        base_t = _time(lambda: conn.execute(sql).fetchall(), runs)
        conn.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return _result(name, app_t, base_t)


# -- output --------------------------------------------------------------------------------
def verdict(op: dict[str, Any]) -> str:
    max_ratio, max_s = TARGETS.get(op["name"], (None, None))
    if op.get("app_s") is None:
        return "n/a"
    parts, ok = [], True
    if max_ratio is not None and op["ratio"] is not None:
        parts.append(f"≤{max_ratio:g}×")
        ok &= op["ratio"] <= max_ratio
    if max_s is not None:
        parts.append(f"<{max_s * 1000:g} ms" if max_s < 1 else f"<{max_s:g} s")
        ok &= op["app_s"] < max_s
    return f"{' & '.join(parts)}: {'met' if ok else 'MISSED'}"


def _fmt(s: float | None) -> str:
    if s is None:
        return "n/a"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def table(result: dict[str, Any]) -> str:
    lines = [
        f"Resolution Tracker benchmark: {result['items']:,} action items, "
        f"median of {result['runs']} runs",
        f"machine: {result['machine']}",
        "",
        f"{'operation':<20}{'app':>11}{'baseline':>12}{'ratio':>8}   target",
    ]
    for op in result["operations"]:
        ratio = "n/a" if op.get("ratio") is None else f"{op['ratio']:.2f}"
        note = op.get("note")
        lines.append(
            f"{op['name']:<20}{_fmt(op.get('app_s')):>11}{_fmt(op.get('baseline_s')):>12}"
            f"{ratio:>8}   {note or verdict(op)}"
        )
    rss = result["peak_rss_mb"]
    ok = "met" if rss < PEAK_RSS_TARGET_MB else "MISSED"
    lines.append(f"{'peak memory':<20}{rss:>8.0f} MB{'':>20}   <{PEAK_RSS_TARGET_MB} MB: {ok}")
    return "\n".join(lines)


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)  # largest child


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the app against raw SQLite and Qt.")
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--show-sql", action="store_true", help="print the SQL the app emitted")
    ap.add_argument("--skip-startup", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--frozen",
        type=Path,
        metavar="EXE",
        help="only the start-up: this frozen app (dist/tracker/tracker) against the installed one",
    )
    ap.add_argument(
        "--installed",
        type=Path,
        metavar="PYTHON",
        help="with --frozen: the Python whose installed tracker is the baseline (default: this)",
    )
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    if args.worker:  # the child that runs the query-backed operations
        out = worker(args.worker, args.runs, args.show_sql)
        print(json.dumps(out, ensure_ascii=False))
        return 0

    data = generate.ensure(args.items, args.seed, quiet=args.json)
    work = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    try:
        db_file = work / "tracker.sqlite"
        shutil.copyfile(data, db_file)  # the cache has no -wal: a plain copy is whole
        data_dir = work / "data"
        data_dir.mkdir()
        ops: list[dict[str, Any]] = []
        if args.frozen:
            ops = startup_frozen(
                db_file, data_dir, args.runs, args.frozen.resolve(), args.installed
            )
            result = {"items": args.items, "machine": machine(), "runs": args.runs}
            result |= {"peak_rss_mb": _peak_mb(), "operations": ops}
            print(json.dumps(result, ensure_ascii=False) if args.json else table(result))
            return 0
        if not args.skip_startup:
            ops += startup(db_file, data_dir, args.runs)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_DATA_DIR=str(data_dir))
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(db_file)]
        cmd += ["--runs", str(args.runs)] + (["--show-sql"] if args.show_sql else [])
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        worker_out = json.loads(proc.stdout.strip().splitlines()[-1])
        ops += worker_out["operations"]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    result = {
        "items": args.items,
        "machine": machine(),
        "runs": args.runs,
        "peak_rss_mb": _peak_mb(),
        "operations": ops,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(table(result))
    if args.show_sql:
        for name, statements in worker_out["sql"].items():
            print(f"\n-- {name}: {len(statements)} statement(s)", file=sys.stderr)
            for s in statements:
                print(s.strip() + ";", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
