"""The date arithmetic of the events' dating rules (geowire.events.dating)."""

from __future__ import annotations

import pytest

from geowire.events.dating import _calendar, _shift, is_date


@pytest.mark.parametrize(
    ("value", "text", "link", "expected"),
    [
        # "on Wednesday, a day after the attack": the attack was the day before
        ("2025-03-12", "a day after", "after", "2025-03-11"),
        ("2025-03-12", "two weeks after", "after", "2025-02-26"),
        ("2025-03-12", "three days before", "before", "2025-03-15"),
        ("2025-03-12", "the day after", "after", "2025-03-11"),
        # the words count from the other side, or the value is no day: unchanged
        ("2025-03-12", "a day before", "after", "2025-03-12"),
        ("2025-03", "a day after", "after", "2025-03"),
    ],
)
def test_a_day_counted_from_another(value: str, text: str, link: str, expected: str) -> None:
    assert _shift(value, text, link) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-W20", "2021-05"),  # the week's Thursday, 20 May
        ("2020-W53", "2020-12"),  # a 53-week year
        ("2021-W53", "2021-W53"),  # no such week: left as it is
        ("2021-05-04", "2021-05-04"),
    ],
)
def test_a_week_is_dated_by_its_month(value: str, expected: str) -> None:
    assert _calendar(value) == expected


def test_is_date_wants_a_whole_day() -> None:
    assert is_date("2025-02-28")
    assert not is_date("2025-02-30")
    assert not is_date("2025-02")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's day is the later act's: the invasion before it is undated
        ("Oil prices rose on Tuesday after the Iraqi invasion of Kuwait.", None),
        ("Oil prices rose on Tuesday despite the Iraqi invasion of Kuwait.", None),
        # its own phrase dates it
        ("Oil prices rose on Tuesday after the 2014 Iraqi invasion of Kuwait.", "2014"),
    ],
)
def test_an_act_told_as_before_another_is_not_of_its_day(text: str, expected: str | None) -> None:
    import geowire

    doc = geowire.extract(text, published="2025-03-14")
    assert [e.date for e in doc.events if e.root == "19"] == [expected]
