from datetime import date

from tracker.domain.enums import Status
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View


def test_demo_is_the_taounate_meeting(db: Tracker) -> None:
    result = db.load_demo()
    summary = db.meetings.get(result.meeting_id)
    assert summary.meeting.held_on == date(2026, 1, 17)
    assert "الحجيرة" in summary.meeting.chaired_by and "النجاري" in summary.meeting.chaired_by
    assert "الأمناء المحليون" in summary.meeting.attendees
    assert "تاونات" in summary.meeting.source_text
    texts = [r.text for r in summary.resolutions]
    assert texts[0].startswith("جعل الهيكلة التنظيمية أولوية المرحلة")
    assert any("للاستحقاقات التشريعية لسنة 2026" in t for t in texts)
    rows = db.items.list(ItemFilter(today=date(2026, 1, 18), view=View.ALL), limit=None)
    rollout = next(r for r in rows if r.title == "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم")
    assert rollout.due_on == date(2026, 4, 17)
    milestones = {r.title for r in rows if r.resolution_id is None}
    assert "تنظيم يوم دراسي حول التمكين السياسي للنساء" in milestones
    assert "عقد المؤتمر الإقليمي لمنظمة نساء الحزب بإقليم تاونات" in milestones
    assert {r.status for r in rows} == set(Status)  # every status appears
    names = {o.name for o in db.owners.list()}
    assert {"منظمة نساء الحزب بإقليم تاونات", "الدكتور محمد النجاري"} <= names


def test_loading_twice_adds_nothing(db: Tracker) -> None:
    first = db.load_demo()
    count = db.items.count(ItemFilter(today=date(2026, 11, 29), view=View.ALL))
    second = db.load_demo()
    assert first.added > 0 and second.added == 0
    assert second.meeting_id == first.meeting_id
    assert db.items.count(ItemFilter(today=date(2026, 11, 29), view=View.ALL)) == count
    assert len(db.meetings.list()) == 1
