"""How long the communiqué reader takes on a two-page communiqué (issue 14): a figure only.

    python benchmarks/bench_communique.py [--runs 50] [--json]

The text is the seed communiqué (Taounate, about one page and a half) followed by a French
corpus communiqué: about two pages, read with the 1,500 communes of the register and a few
owners, as ``tracker draft`` reads it. The figure is the median of ``--runs`` reads after one
uncounted warm-up (which also pays for the commune index, built once per set of names).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from score_communiques import register_communes  # noqa: E402

from tracker.domain.communique import read_communique  # noqa: E402


def two_pages() -> str:
    seed = resources.files("tracker.seeds").joinpath("taounate-2026-01-17.communique.txt")
    extra = ROOT / "tests" / "communique" / "corpus" / "07_french_party_bureau.txt"
    return seed.read_text(encoding="utf-8") + "\n\n" + extra.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    text = two_pages()
    communes = register_communes()
    owners = ["الأمانة الإقليمية بتاونات", "منظمة نساء الحزب بإقليم تاونات", "لجنة التنظيم"]
    read_communique(text, owners=owners, communes=communes)
    times = []
    for _ in range(max(1, args.runs)):
        t0 = time.perf_counter()
        read_communique(text, owners=owners, communes=communes)
        times.append(time.perf_counter() - t0)
    result = {
        "chars": len(text),
        "words": len(text.split()),
        "runs": len(times),
        "median_ms": round(statistics.median(times) * 1000, 2),
        "max_ms": round(max(times) * 1000, 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"two-page communiqué ({result['words']} words, {result['chars']} characters): "
            f"median {result['median_ms']} ms, max {result['max_ms']} ms over {result['runs']} reads"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
