"""Hand-made drafts of communiqués, as the reader is meant to give them (issue 14).

The review dialog, the core's save and ``tracker draft --save`` are tested with these, not
with the reader's own figures (the reader is written and tested on its own).
"""

from __future__ import annotations

from datetime import date
from importlib import resources

from tracker.domain.communique import Deadline, Draft, DraftMeeting, DraftResolution
from tracker.services import draft_input

SEED = "taounate-2026-01-17.communique.txt"
HELD_ON = date(2026, 1, 17)
TITLE = "اجتماع تنظيمي وتواصلي للأمانة الإقليمية بتاونات"
DECISIONS = (
    "جعل الهيكلة التنظيمية أولوية المرحلة وتعميمها على جميع جماعات الإقليم خلال ثلاثة أشهر",
    "الانطلاق المبكر في الاستعداد للاستحقاقات التشريعية لسنة 2026",
    "اعتماد مقاربة تشاركية في صناعة القرار التنظيمي والحزبي",
    "تعزيز الانضباط الحزبي والالتزام بأخلاقيات العمل السياسي",
    "تقوية التنسيق بين مستويات التنظيم الحزبي المختلفة",
)
POSITION = "وأشاد بالقرار الأممي الأخير الذي يؤكد دعم مبادرة الحكم الذاتي المغربية"


def seed_text() -> str:
    raw = resources.files("tracker.seeds").joinpath(SEED).read_text(encoding="utf-8")
    return draft_input.require_text(raw)


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def seed_draft(text: str | None = None, *, held_on: date | None = HELD_ON) -> Draft:
    """The seed's draft: one position (unticked), five decisions, one deadline."""
    text = text if text is not None else seed_text()
    phrase = "خلال ثلاثة أشهر"
    deadline = Deadline(
        phrase=phrase,
        span=span(text, phrase),
        due_on=date(2026, 4, 17),
        base=HELD_ON,
        rule="draft.rule.within",
        params=(("delta", "3 أشهر"),),
    )
    resolutions = [DraftResolution(text=POSITION, span=span(text, POSITION), actionable=False)]
    for n, part in enumerate(DECISIONS):
        if n == 0:
            resolutions.append(
                DraftResolution(
                    text=part,
                    span=span(text, part),
                    due_on=deadline.due_on,
                    due_phrase=phrase,
                    deadline=deadline,
                    communes=("تاونات",),
                )
            )
        elif n == 1:  # a year is not a deadline, and the text gives no date
            vague = "في أقرب الآجال"
            resolutions.append(DraftResolution(text=part, span=span(text, part), due_phrase=vague))
        else:
            resolutions.append(DraftResolution(text=part, span=span(text, part)))
    meeting = DraftMeeting(
        held_on=held_on,
        title=TITLE,
        location="المقر الإقليمي للحزب بتاونات",
        chaired_by="محمد الحجيرة، محمد النجاري",
        attendees=("أعضاء الأمانة الإقليمية", "الأمناء المحليون"),
        date_span=span(text, "يوم السبت 17 يناير 2026"),
        location_span=span(text, "بالمقر الإقليمي للحزب بتاونات"),
        chair_span=span(text, "الدكتور محمد الحجيرة"),
    )
    return Draft(meeting=meeting, resolutions=tuple(resolutions), warnings=())


FRENCH = """Communiqué du bureau provincial

Le bureau provincial s'est réuni le samedi 7 mars 2026 à Settat, sous la présidence de M. Karim Alaoui.

Le bureau a décidé :
- de renouveler les bureaux locaux dans un délai de trois mois ;
- de charger la commission des finances de préparer le budget avant la fin du mois d'avril.
"""


def french_draft(text: str) -> Draft:
    first = "de renouveler les bureaux locaux dans un délai de trois mois"
    second = (
        "de charger la commission des finances de préparer le budget avant la fin du mois d'avril"
    )
    return Draft(
        meeting=DraftMeeting(
            held_on=date(2026, 3, 7),
            title="Réunion du bureau provincial",
            location="Settat",
            chaired_by="Karim Alaoui",
            date_span=span(text, "samedi 7 mars 2026"),
        ),
        resolutions=(
            DraftResolution(
                text=first,
                span=span(text, first),
                due_on=date(2026, 6, 7),
                due_phrase="dans un délai de trois mois",
            ),
            DraftResolution(
                text=second,
                span=span(text, second),
                due_on=date(2026, 4, 30),
                due_phrase="avant la fin du mois d'avril",
                owners=("Commission des finances",),
            ),
        ),
        language="fr",
    )
