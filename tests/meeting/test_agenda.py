"""The follow-up agenda (issue 16): selection and order on the demo with a fixed today."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput
from tracker.services.core import Tracker

DAY = date(2026, 6, 1)


def _by_title(t: Tracker) -> dict[str, int]:
    from tracker.services.views import ItemFilter, View

    return {r.title: r.id for r in t.items.list(ItemFilter(today=DAY, view=View.ALL), limit=None)}


def test_open_items_only_grouped_overdue_first_with_days_late(demo_db: Tracker) -> None:
    agenda = demo_db.review.agenda(DAY, "ar")
    items = agenda.items
    statuses = {i.status for i in items}
    assert Status.DONE not in statuses and Status.CANCELLED not in statuses
    assert len(items) == 14  # 18 demo items, 3 done and 1 cancelled left out
    assert agenda.summary.open == 14 and agenda.summary.overdue == 7
    assert agenda.summary.done_since == 3  # since the demo meeting (17 January)
    assert agenda.summary.last_meeting_on == date(2026, 1, 17)
    # grouped by resolution (items without one last), overdue first within each group
    keys = [(g.resolution_ordinal or 99) for g in agenda.groups]
    assert keys == sorted(keys) and agenda.groups[-1].resolution_ordinal is None
    for g in agenda.groups:
        flags = [i.overdue for i in g.items]
        assert flags == sorted(flags, reverse=True), g.resolution_ordinal
        late = [i.days_late for i in g.items if i.overdue]
        assert late == sorted(late, reverse=True)  # most late first
    second = next(g for g in agenda.groups if g.resolution_ordinal == 2)
    first = second.items[0]
    assert first.overdue and first.days_late == 76 and first.due_on == date(2026, 3, 17)
    assert [i.days_late for i in second.items] == [76, 62, 0]
    assert second.items[-1].status is Status.POSTPONED  # open, not late: after the late ones
    assert all(i.owner_name for i in items)
    noted = next(i for i in items if i.latest_note)
    assert noted.latest_note
    # by owner: the most late first
    owners = agenda.summary.by_owner
    assert sum(o.open for o in owners) == 14 and sum(o.overdue for o in owners) == 7
    assert owners[0].overdue >= owners[-1].overdue


def test_trashed_items_and_later_meetings_are_left_out(demo_db: Tracker) -> None:
    ids = _by_title(demo_db)
    victim = ids["هيكلة الأمانة المحلية بتيسة"]
    demo_db.items.delete(victim)
    assert victim not in {i.id for i in demo_db.review.agenda(DAY).items}
    # the agenda for a meeting: only the meetings held before that one's day
    early = demo_db.meetings.create({"title": "اجتماع سابق", "held_on": date(2026, 1, 10)})
    assert demo_db.review.agenda(DAY, meeting_id=early.id).items == []
    new = demo_db.meetings.create({"title": "اجتماع يونيو", "held_on": DAY})
    owner = demo_db.owners.list()[0]
    demo_db.items.create(
        {"meeting_id": new.id, "title": "مهمة الاجتماع الجديد", "owner_id": owner.id}
    )
    for_new = demo_db.review.agenda(DAY, meeting_id=new.id)
    assert len(for_new.items) == 13
    assert "مهمة الاجتماع الجديد" not in {i.title for i in for_new.items}
    assert "اجتماع يونيو" in for_new.meeting_title
    with pytest.raises(InvalidInput):
        demo_db.review.agenda(DAY, meeting_id=999)


def test_the_agenda_is_plain_data_knowing_its_file(demo_db: Tracker) -> None:
    agenda = demo_db.review.agenda(DAY, "fr")
    assert agenda.source == demo_db.path and agenda.lang == "fr"
    html = agenda.html()
    assert "Ordre du jour du suivi des résolutions" in html and "Décision" in html
    assert agenda.row_count() == 14


def test_a_progress_update_can_name_the_meeting_and_a_due_change_is_kept(
    demo_db: Tracker,
) -> None:
    ids = _by_title(demo_db)
    item = ids["هيكلة الأمانة المحلية بتيسة"]
    meeting = demo_db.meetings.create({"title": "اجتماع يونيو", "held_on": DAY})
    update = demo_db.items.record_progress(
        item, {"status": "in_progress", "progress": 30, "note": "بدأ"}, meeting_id=meeting.id
    )
    assert update.meeting_id == meeting.id
    detail = demo_db.items.detail(item)
    assert detail.history[0].meeting_id == meeting.id
    demo_db.items.update(item, {"due_on": date(2026, 9, 30)}, reported_by="الكاتب")
    with pytest.raises(InvalidInput):
        demo_db.items.record_progress(
            item, {"status": "in_progress", "progress": 40}, meeting_id=12345
        )


def test_a_fanned_out_directive_appears_once_with_its_roll_up(demo_db: Tracker) -> None:
    """A directive fanned out to communes appears once, as its roll-up: "1 of 3 done" and
    the communes that are late."""
    ids = _by_title(demo_db)
    parent = ids["تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"]
    children = [
        ids["هيكلة الأمانة المحلية بغفساي"],
        ids["هيكلة الأمانة المحلية بتيسة"],
        ids["هيكلة الأمانة المحلية بقرية با محمد"],
    ]
    done = demo_db.territories.fanout(parent, communes=["غفساي", "تيسة", "قرية با محمد"])
    assert done.adopted == 3, done
    demo_db.items.record_progress(children[1], {"status": "done", "progress": 100})
    items = demo_db.review.agenda(DAY).items
    listed = [i.id for i in items]
    assert parent in listed and not set(children) & set(listed)
    rolled = next(i for i in items if i.id == parent)
    assert rolled.rollup is not None
    assert (rolled.rollup.total, rolled.rollup.done) == (3, 1)
    assert rolled.rollup.late == ("غفساي", "قرية با محمد")  # the late communes
    html = demo_db.review.agenda(DAY).html()
    assert "1 من 3 منجزة" in html and "قرية با محمد" in html
