"""Start-up as fresh processes, for ``bench.py``: the app's first paint and first screen
against a bare Qt window, or (``--frozen``) the package against the installed app."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STARTUP_OPS = ("first_paint", "first_screen")


# -- start-up, as fresh processes ---------------------------------------------------------
def _launch(cmd: list[str], env: dict[str, str], marker: str) -> float:
    t0 = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "BENCH" and parts[1] == marker:
            return float(parts[2]) - t0
    raise RuntimeError(
        f"{' '.join(cmd[-3:])}: no '{marker}' mark (exit {proc.returncode}): "
        f"{proc.stderr.strip()[-400:]}"
    )


def startup(db_file: Path, data_dir: Path, runs: int) -> list[dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_DATA_DIR=str(data_dir))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    app_cmd = [sys.executable, "-m", "tracker", "--db", str(db_file)]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    results = []
    for op in STARTUP_OPS:
        app_env = dict(env, TRACKER_BENCH_EXIT_AFTER=op)
        _launch(app_cmd, app_env, op)  # warm the file cache, not counted
        _launch(bare_cmd, env, "first_paint")
        app_t, base_t = [], []
        for _ in range(runs):  # interleaved, so that noise hits both alike
            app_t.append(_launch(app_cmd, app_env, op))
            base_t.append(_launch(bare_cmd, env, "first_paint"))
        results.append(_result(op, app_t, base_t))
    return results


def startup_frozen(
    db_file: Path, data_dir: Path, runs: int, frozen: Path, python: Path | None
) -> list[dict[str, Any]]:
    """The frozen app (``dist/tracker/tracker``, built by scripts/build-package) against the
    installed one (the ``tracker`` command of this Python's install, or ``python``'s, e.g. the
    non-editable install scripts/build-package made), each launched the same way with the
    same probe, interleaved. Both run without Python's variables (no PYTHONPATH)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_DATA_DIR=str(data_dir))
    env = {k: v for k, v in env.items() if not k.startswith("PYTHON")}
    installed_env = frozen_env = env
    # The installed command itself (the `tracker` script pip made beside that Python): what a
    # user runs; `python -m tracker` would also put the working folder first on sys.path.
    script = Path(python or sys.executable).parent / (
        "tracker.exe" if os.name == "nt" else "tracker"
    )
    installed_cmd = [str(script), "--db", str(db_file)]
    frozen_cmd = [str(frozen), "--db", str(db_file)]
    results = []
    for op in STARTUP_OPS:
        f_env = dict(frozen_env, TRACKER_BENCH_EXIT_AFTER=op)
        i_env = dict(installed_env, TRACKER_BENCH_EXIT_AFTER=op)
        _launch(frozen_cmd, f_env, op)  # warm the file cache, not counted
        _launch(installed_cmd, i_env, op)
        frozen_t, installed_t = [], []
        for _ in range(runs):
            frozen_t.append(_launch(frozen_cmd, f_env, op))
            installed_t.append(_launch(installed_cmd, i_env, op))
        results.append(_result(f"{op}_frozen", frozen_t, installed_t))
    return results


def _result(name: str, app_t: list[float], base_t: list[float] | None) -> dict[str, Any]:
    # Full precision: a baseline of some 35 µs rounded to 6 decimals is off by up to 1.4 %,
    # and the ratio is app_s / baseline_s of exactly these figures (the table rounds them).
    app_s = statistics.median(app_t)
    base_s = statistics.median(base_t) if base_t else None
    return {
        "name": name,
        "app_s": app_s,
        "baseline_s": base_s,
        "ratio": None if not base_s else app_s / base_s,
    }
