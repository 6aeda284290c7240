"""``benchmarks/bench.py --json`` runs end to end and prints the promised shape (no timings
are asserted: the figures go to the README)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--items", "2000", "--runs", "1", "--json"]
OPERATIONS = {
    "first_paint",
    "first_screen",
    "search",
    "sort_due",
    "counts",
    "item_detail",
    "report_1000",
}


@pytest.mark.slow
def test_bench_json_has_every_operation(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), *ARGS],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["items"] == 2000
    assert isinstance(result["machine"], str) and result["machine"]
    assert result["peak_rss_mb"] > 0
    ops = {op["name"]: op for op in result["operations"]}
    assert set(ops) == OPERATIONS
    for name, op in ops.items():
        assert set(op) >= {"name", "app_s", "baseline_s", "ratio"}
        if op["app_s"] is None:  # only the report, while reports are not in this build
            assert name == "report_1000" and "n/a" in op.get("note", "")
            continue
        assert op["app_s"] > 0 and op["baseline_s"] > 0
        # bench.py reports the figures at full precision (JSON floats round-trip exactly),
        # so the ratio must be their quotient, not merely close to it.
        assert op["ratio"] == pytest.approx(op["app_s"] / op["baseline_s"], rel=1e-12)
