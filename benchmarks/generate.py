"""Realistic benchmark data: years of a province's meetings, in Arabic, made fast.

    python benchmarks/generate.py --items 100000 [--out FILE] [--seed 1]

The file is first created with ``Database.open`` (so the schema is exactly the app's, through
its migrations), then filled in one transaction through ``tracker.store.bulk`` (executemany
over the app's own tables and column types; ``search_text`` by the models' own code).
Generated files are cached under ``benchmarks/.data/`` keyed by their parameters.

Vocabulary comes from the Taounate seed communiqué: communes of the province, the party's
bodies and organisations, and the verbs of its resolutions (تنظيم، تحديث، هيكلة، إعداد…).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA_DIR = Path(__file__).resolve().parent / ".data"
FORMAT_VERSION = 2  # bump when the generated content changes, to invalidate the cache

# Reference "today" of the data set: statuses are realistic relative to it.
TODAY = date(2026, 11, 29)

COMMUNES = [
    "تاونات", "غفساي", "تيسة", "قرية با محمد", "طهر السوق", "تافرانت", "عين عائشة",
    "الورتزاغ", "بوعادل", "راس الواد", "خلاف", "كيسان", "عين مديونة", "مولاي بوشتى",
    "الرتبة", "بني ونجل تافراوت", "فناسة باب الحيط", "أوطابوعبان", "سيدي المخفي",
    "سيدي يحيى بني زروال", "تبودة", "بوهودة", "الودكة", "مزراوة", "أولاد داود الزخنيني",
    "جبابرة", "الزريزر", "بني سنوس", "مكنسة الشرقية", "مكنسة الغربية", "أولاد عياد",
    "سيدي الحاج امحمد", "البسابسة", "عين لكدح", "تمزكانة", "بني وليد", "الوردزاغ",
    "أورتزاغ", "سيدي العابد", "الكيسان",
]  # fmt: skip

BODIES = [
    "الأمانة الإقليمية بتاونات", "الأمانة الجهوية بجهة فاس-مكناس",
    "منظمة نساء الحزب بإقليم تاونات", "منظمة شباب الحزب بجهة فاس-مكناس",
    "منظمة شباب الحزب بإقليم تاونات", "لجنة التنظيم", "لجنة الانتخابات", "لجنة التواصل",
    "لجنة المالية", "لجنة التكوين والتأطير", "لجنة المرأة والأسرة", "لجنة الشؤون القانونية",
    "لجنة التحكيم والأخلاقيات", "خلية الإعلام الرقمي", "فريق المنتخبين بالمجلس الإقليمي",
]  # fmt: skip

FIRST_NAMES = [
    "محمد", "أحمد", "عبد الله", "يوسف", "خديجة", "فاطمة", "سعاد", "مريم", "إدريس",
    "الحسن", "عبد الرحيم", "نادية", "رشيد", "سعيد", "زينب", "حنان", "عبد الإله", "لطيفة",
    "مصطفى", "نور الدين", "كريمة", "عزيز", "سناء", "هشام",
]  # fmt: skip
FAMILY_NAMES = [
    "النجاري", "الحجيرة", "العلمي", "الإدريسي", "الوزاني", "البقالي", "التازي", "الفاسي",
    "الغزاوي", "بنعلي", "الشرقاوي", "العمراني", "الزروالي", "الطاهري", "المرابط", "القاسمي",
    "الصنهاجي", "بوعزة", "اليعقوبي", "الحمومي", "الرحموني", "التاونتي",
]  # fmt: skip
TITLES = ["الدكتور", "الأستاذ", "الأستاذة", "السيد", "السيدة", ""]

VERBS = [
    "تنظيم", "تحديث", "هيكلة", "إعداد", "إعادة تفعيل", "تفعيل", "عقد", "متابعة", "تعبئة",
    "تأطير", "تقييم", "تنسيق", "صياغة", "تعميم", "تحيين", "مواكبة", "إطلاق", "تتبع",
]  # fmt: skip
OBJECTS = [
    "لوائح المنخرطين ب{c}", "الأمانة المحلية ب{c}", "لقاء تواصلي مع المواطنين ب{c}",
    "يوم دراسي حول التمكين السياسي للنساء", "المؤتمر الإقليمي لمنظمة نساء الحزب",
    "خطة الاستعداد للاستحقاقات التشريعية لسنة 2026", "الهيكلة التنظيمية بجماعة {c}",
    "قافلة منظمة نساء الحزب بمحطة {c}", "دورة تكوينية لفائدة المنتخبين ب{c}",
    "حملة التسجيل في اللوائح الانتخابية ب{c}", "اجتماع تنسيقي مع الأمانة الجهوية",
    "تقرير حول وضعية التنظيم ب{c}", "معايير اختيار المرشحين", "الجمع العام للفرع المحلي ب{c}",
    "برنامج الأنشطة الإشعاعية للشباب ب{c}", "مكتب الفرع المحلي ب{c}",
    "البطائق الحزبية للمنخرطين الجدد", "لقاء مع فعاليات المجتمع المدني ب{c}",
]  # fmt: skip
NOTES = [
    "تم عقد اجتماع تحضيري", "في انتظار توجيهات القيادة الوطنية", "تعذر عقد الجمع العام لضعف الحضور",
    "تمت هيكلة نصف الجماعات تقريبا", "انطلاق الهيكلة في جماعات المركز", "تم تحيين لوائح الجماعة",
    "قدم تقرير في اجتماع الأمانة", "تأجيل بسبب تزامن مع نشاط جهوي", "تم تحديد موعد الجمع العام",
    "حملة تواصلية في الأسواق الأسبوعية", "انعقد اللقاء بحضور مكثف", "",
]  # fmt: skip
THEMES = ["التنظيم", "الانتخابات", "الحكامة", "الانضباط", "التنسيق", "التواصل", "التكوين"]
RESOLUTIONS = [
    "جعل {o} أولوية المرحلة وتعميمها على جميع جماعات الإقليم خلال ثلاثة أشهر",
    "الانطلاق المبكر في {o}",
    "اعتماد مقاربة تشاركية في {o}",
    "تعزيز الانضباط الحزبي والالتزام بأخلاقيات العمل السياسي في {o}",
    "تقوية التنسيق بين مستويات التنظيم الحزبي بشأن {o}",
    "إعادة تفعيل {o} وإشراك الشباب والنساء في الهياكل القيادية",
]
MEETING_KINDS = ["اجتماع تنظيمي وتواصلي", "اجتماع عادي", "اجتماع استثنائي", "لقاء تشاوري"]

# (status, weight) for items due in the past / in the future
PAST_MIX = [
    ("done", 58),
    ("in_progress", 12),
    ("not_started", 8),
    ("stalled", 8),
    ("postponed", 6),
    ("cancelled", 8),
]
FUTURE_MIX = [
    ("not_started", 40),
    ("in_progress", 38),
    ("done", 10),
    ("stalled", 4),
    ("postponed", 5),
    ("cancelled", 3),
]
PROGRESS_FOR = {
    "not_started": (0, 0),
    "in_progress": (10, 90),
    "done": (100, 100),
    "stalled": (5, 60),
    "postponed": (0, 40),
    "cancelled": (0, 30),
}


def cache_path(items: int, seed: int) -> Path:
    """Keyed by the parameters, the generator's version and the app's schema revision."""
    from tracker.store.migrate import head_revision

    name = f"tracker-{items}-items-seed{seed}-v{FORMAT_VERSION}-r{head_revision()}.sqlite"
    return DATA_DIR / name


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _at(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randint(0, 59))


def _pick(rng: random.Random, mix: list[tuple[str, int]]) -> str:
    return rng.choices([s for s, _ in mix], weights=[w for _, w in mix])[0]


def build(items: int, seed: int, out: Path) -> dict[str, int]:
    """Create ``out`` with the app's schema and fill it; return the row counts."""
    from tracker.store.bulk import insert_rows
    from tracker.store.db import Database

    rng = random.Random(seed)
    n_meetings = max(1, round(items * 5_000 / 100_000))
    n_owners = min(300, max(10, items // 100))

    owners: list[dict[str, Any]] = []
    names: set[str] = set()
    for c in COMMUNES:
        owners.append({"name": f"الأمانة المحلية ب{c}", "kind": "local_secretariat", "commune": c})
    for b in BODIES:
        kind = "committee" if b.startswith(("لجنة", "خلية", "فريق")) else "organisation"
        if b.startswith("الأمانة"):
            kind = "secretariat"
        owners.append({"name": b, "kind": kind, "commune": "تاونات"})
    names = {o["name"] for o in owners}
    while len(owners) < n_owners:
        name = " ".join(
            p for p in (rng.choice(TITLES), rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES)) if p
        )
        if name in names:
            name = f"{name} ({rng.choice(COMMUNES)})"
            if name in names:
                continue
        names.add(name)
        owners.append({"name": name, "kind": "person", "commune": rng.choice(COMMUNES)})
    owners = owners[:n_owners]
    for i, o in enumerate(owners, start=1):
        o.update(
            id=i,
            uid=_uid(rng),
            phone=f"06{rng.randint(10_000_000, 99_999_999)}" if o["kind"] == "person" else "",
            email="",
            notes="",
            active=rng.random() > 0.03,
            deleted_at=None,
        )

    start = date(2023, 6, 1)
    span = (TODAY - start).days
    meetings: list[dict[str, Any]] = []
    resolutions: list[dict[str, Any]] = []
    for mid in range(1, n_meetings + 1):
        held = start + timedelta(days=rng.randrange(span))
        place = rng.choice(COMMUNES)
        body = rng.choice(
            ["للأمانة الإقليمية", "للأمانة المحلية", "للمكتب الإقليمي", "للجنة التنظيم"]
        )
        at = _at(held, rng)
        meetings.append(
            {
                "id": mid,
                "uid": _uid(rng),
                "created_at": at,
                "updated_at": at,
                "title": f"{rng.choice(MEETING_KINDS)} {body} ب{place}",
                "held_on": held,
                "location": f"مقر الحزب ب{place}",
                "kind": rng.choice(MEETING_KINDS),
                "chaired_by": f"{rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}",
                "attendees": "أعضاء الأمانة، الأمناء المحليون، المنتخبون",
                "notes": "استعراض المستجدات السياسية والتنظيمية والمحطات المقبلة.",
                "source_text": "",
                "deleted_at": None,
            }
        )
        for ordinal in range(1, rng.randint(3, 6) + 1):
            obj = rng.choice(OBJECTS).format(c=rng.choice(COMMUNES))
            resolutions.append(
                {
                    "id": len(resolutions) + 1,
                    "uid": _uid(rng),
                    "created_at": at,
                    "updated_at": at,
                    "meeting_id": mid,
                    "ordinal": ordinal,
                    "text": rng.choice(RESOLUTIONS).format(o=obj),
                    "theme": rng.choice(THEMES),
                    "deleted_at": None,
                }
            )
    res_by_meeting: dict[int, list[int]] = {}
    for r in resolutions:
        res_by_meeting.setdefault(r["meeting_id"], []).append(r["id"])

    updates: list[dict[str, Any]] = []

    def item_rows() -> Iterator[dict[str, Any]]:
        for iid in range(1, items + 1):
            m = meetings[rng.randrange(n_meetings)]
            held: date = m["held_on"]
            owner = owners[rng.randrange(n_owners)]
            due = held + timedelta(days=rng.choice([7, 14, 30, 45, 60, 90, 90, 180, 365]))
            due = due + timedelta(days=rng.randint(-3, 20))
            has_due = rng.random() > 0.03
            status = _pick(rng, PAST_MIX if due < TODAY else FUTURE_MIX)
            lo, hi = PROGRESS_FOR[status]
            progress = rng.randint(lo, hi) // 5 * 5 if hi else 0
            created = m["created_at"] + timedelta(hours=rng.randint(1, 48))
            n_updates = 0 if status == "not_started" else rng.choice([1, 2, 3, 3, 4, 4, 5])
            last_at = None
            completed = None
            span_days = max(1, (min(due, TODAY) - held).days)
            steps = sorted(rng.randrange(span_days) for _ in range(n_updates))
            for k, offset in enumerate(steps):
                final = k == n_updates - 1
                at = _at(held + timedelta(days=offset + 1), rng)
                at = max(at, created + timedelta(minutes=k + 1))
                st = status if final else "in_progress"
                pr = progress if final else min(95, (progress or 50) * (k + 1) // n_updates)
                updates.append(
                    {
                        "uid": _uid(rng),
                        "created_at": at,
                        "updated_at": at,
                        "action_item_id": iid,
                        "recorded_at": at,
                        "status": st,
                        "progress": pr,
                        "note": rng.choice(NOTES),
                        "reported_by": owner["name"],
                    }
                )
                last_at = at
                if final and status == "done":
                    completed = at.date()
            commune = owner["commune"] or rng.choice(COMMUNES)
            title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS).format(c=commune)}"
            yield {
                "id": iid,
                "uid": _uid(rng),
                "created_at": created,
                "updated_at": last_at or created,
                "meeting_id": m["id"],
                "resolution_id": (
                    rng.choice(res_by_meeting[m["id"]]) if rng.random() > 0.1 else None
                ),
                "title": title,
                "details": rng.choice(NOTES) if rng.random() < 0.3 else "",
                "owner_id": owner["id"],
                "due_on": due if has_due else None,
                "status": status,
                "progress": progress,
                "priority": rng.choices([1, 2, 3], weights=[15, 70, 15])[0],
                "recurrence": "FREQ=MONTHLY" if rng.random() < 0.02 else "",
                "remind_days_before": rng.choice([None, None, 1, 2, 7]),
                "completed_on": completed,
                "last_update_at": last_at,
                "deleted_at": _at(TODAY - timedelta(days=rng.randint(1, 300)), rng)
                if rng.random() < 0.01
                else None,
            }

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    db = Database.open(tmp)
    try:
        item_list = list(item_rows())  # fills ``updates`` as it goes
        insert_rows(
            db,
            [
                ("owner", owners),
                ("meeting", meetings),
                ("resolution", resolutions),
                ("action_item", item_list),
                ("progress_update", updates),
            ],
        )
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.commit()
    finally:
        db.close()
    tmp.replace(out)
    return {
        "owners": len(owners),
        "meetings": len(meetings),
        "resolutions": len(resolutions),
        "items": items,
        "progress_updates": len(updates),
    }


def ensure(items: int, seed: int = 1, *, quiet: bool = False) -> Path:
    """The cached data file for these parameters, generated if missing."""
    out = cache_path(items, seed)
    if out.exists():
        return out
    t0 = time.perf_counter()
    counts = build(items, seed, out)
    if not quiet:
        took = time.perf_counter() - t0
        print(f"generated {out.name} in {took:.1f} s: {counts}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="write here instead of the cache")
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = ap.parse_args(argv)
    if args.out:
        t0 = time.perf_counter()
        counts = build(args.items, args.seed, args.out)
        print(f"{args.out}: {counts} in {time.perf_counter() - t0:.1f} s")
        return 0
    if args.force:
        cache_path(args.items, args.seed).unlink(missing_ok=True)
    print(ensure(args.items, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
