from tracker.domain.enums import Priority, Status


def test_every_status_has_three_labels() -> None:
    for status in Status:
        labels = {status.label(lang) for lang in ("ar", "fr", "en")}
        assert len(labels) == 3
    assert Status.IN_PROGRESS.label() == "قيد الإنجاز"
    assert Status.STALLED.label("fr") == "Bloqué"


def test_closed_statuses() -> None:
    assert {s for s in Status if s.is_closed} == {Status.DONE, Status.CANCELLED}


def test_priority_sorts_high_first() -> None:
    assert sorted([Priority.LOW, Priority.HIGH, Priority.NORMAL])[0] is Priority.HIGH
