"""Fan-out and coverage grid at the size of Morocco's largest province (issue 15).

    python benchmarks/territories.py            # a readable table
    python benchmarks/territories.py --json     # one JSON object

Taroudannt (09.541) has 89 communes. A fresh file gets a meeting with 20 directives; the
figures are medians of ``--runs`` runs (default 5):

- ``fanout_89``: ``tracker.territories.fanout(item, "all")`` of one directive (89 children
  and, the first time, their local secretariats created) — each run on a new directive;
- ``refanout_89``: the same call again (adds nothing: reads and compares);
- ``grid_data``: ``tracker.territories.coverage`` of the meeting, 20 items × 89 communes;
- ``grid_window``: the coverage dialog built and painted offscreen (model, spans, columns).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 29)


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TRACKER_DATA_DIR", tempfile.mkdtemp(prefix="tracker-bench-"))
    from tracker.services.core import Tracker

    folder = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    t = Tracker.open(folder / "taroudannt.sqlite")
    t.territories.set_province("09.541")
    n_items = 20 + args.runs
    meeting = t.meetings.create(
        {"title": "اجتماع الأمانة الإقليمية", "held_on": date(2026, 10, 1)},
        [{"text": f"توجيه رقم {i}"} for i in range(1, n_items + 1)],
    )
    owner = t.owners.find_or_create("الأمانة الإقليمية بتارودانت")
    resolutions = t.meetings.resolutions(meeting.id)
    items = [
        t.items.create(
            {
                "title": f"تعميم التوجيه {r.ordinal} على جماعات الإقليم",
                "owner_id": owner.id,
                "meeting_id": meeting.id,
                "resolution_id": r.id,
                "due_on": date(2027, 1, 1),
            }
        ).id
        for r in resolutions
    ]
    fan, refan = [], []
    for item_id in items[: args.runs]:
        start = time.perf_counter()
        result = t.territories.fanout(item_id, "all", today=TODAY)
        fan.append(time.perf_counter() - start)
        assert result.total == 89, result
        start = time.perf_counter()
        again = t.territories.fanout(item_id, "all", today=TODAY)
        refan.append(time.perf_counter() - start)
        assert again.created == 0
    for item_id in items[args.runs : args.runs + 20 - min(args.runs, 20)]:
        t.territories.fanout(item_id, "all", today=TODAY)
    data = []
    for _ in range(args.runs):
        start = time.perf_counter()
        grid = t.territories.coverage(today=TODAY, meeting_id=meeting.id)
        data.append(time.perf_counter() - start)
    columns, rows = len(grid.columns), len(grid.rows)

    from PySide6.QtWidgets import QApplication

    from tracker.ui.coverage_view import CoverageDialog

    app = QApplication.instance() or QApplication([])
    window = []
    for _ in range(args.runs):
        start = time.perf_counter()
        dialog = CoverageDialog(grid)
        dialog.show()
        app.processEvents()
        dialog.grab()
        window.append(time.perf_counter() - start)
        dialog.close()
        dialog.deleteLater()
    t.close()
    ops = {
        "fanout_89": _median(fan),
        "refanout_89": _median(refan),
        "grid_data": _median(data),
        "grid_window": _median(window),
    }
    if args.json:
        print(
            json.dumps(
                {
                    "communes": 89,
                    "columns": columns,
                    "rows": rows,
                    "runs": args.runs,
                    "seconds": ops,
                }
            )
        )
    else:
        print(f"Taroudannt: {rows} communes × {columns} fanned-out items, median of {args.runs}")
        for name, value in ops.items():
            print(f"  {name:12s} {value * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
