import pytest

from tracker.domain.text import like_pattern, normalize, search_blob


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("الهيكله", "الهيكلة"),  # ta marbuta / ha
        ("اعادة", "إعادة"),  # hamza below
        ("احمد", "أحمد"),  # hamza above
        ("القران", "القرآن"),  # madda
        ("الاستحقاقات", "ٱلاستحقاقات"),  # alif wasla
        ("مستوي", "مستوى"),  # alif maqsura / ya
        ("مسؤول", "مسوول"),  # waw with hamza
        ("الهيكلة", "الهيـــكلة"),  # tatweel
        ("مدرسة", "مَدْرَسَةٌ"),  # diacritics
        ("equipe", "Équipe"),  # Latin case and accents
        ("2026", "٢٠٢٦"),  # Arabic-Indic digits
    ],
)
def test_variants_normalise_to_the_same_text(typed: str, stored: str) -> None:
    assert normalize(typed) == normalize(stored)


def test_distinct_words_stay_distinct() -> None:
    assert normalize("شباب") != normalize("نساء")
    assert normalize("باب") != normalize("بات")


def test_invisible_marks_and_spaces_are_folded() -> None:
    assert normalize("  تحديث\u200f   الهياكل\n") == "تحديث الهياكل"


def test_empty_and_none() -> None:
    assert normalize("") == "" and normalize(None) == ""


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_a") == "%50\\%\\_a%"


def test_search_blob_joins_normalised_parts() -> None:
    assert search_blob("إعادة", None, "الهيكلة") == "اعاده | الهيكله"
