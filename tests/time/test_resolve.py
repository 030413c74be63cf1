"""Detection and TIMEX3 normalisation without a parse: text -> expected tables."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.time import resolve_text

MON_2007_12_10 = dt.date(2007, 12, 10)  # a Monday
FRI_1998_08_07 = dt.date(1998, 8, 7)  # a Friday
THU_1989_11_02 = dt.date(1989, 11, 2)  # a Thursday


def table(text: str, published: dt.date | None) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in resolve_text(text, published)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # absolute dates, with and without a year
        (
            "It was signed on March 1, 2011.",
            MON_2007_12_10,
            [("March 1, 2011", "DATE", "2011-03-01")],
        ),
        ("He wrote in December 1994 that", MON_2007_12_10, [("December 1994", "DATE", "1994-12")]),
        ("on 18 December 2007", None, [("18 December 2007", "DATE", "2007-12-18")]),
        ("The deal closed 2007-11-30.", None, [("2007-11-30", "DATE", "2007-11-30")]),
        ("Troops left in 1990.", None, [("1990", "DATE", "1990")]),
        ("the fighting of the 1990s", None, [("the 1990s", "DATE", "199")]),
        ("in the early 1980s", None, [("the early 1980s", "DATE", "198")]),
        ("the 20th century", None, [("the 20th century", "DATE", "19")]),
        ("mid-1996", None, [("mid-1996", "DATE", "1996")]),
        ("the winter of 1994", None, [("the winter of 1994", "DATE", "1994-WI")]),
        # month-days resolved against the publication date, by tense
        (
            "A week earlier, on December 3, he urged",
            MON_2007_12_10,
            [("A week earlier", "DATE", "2007-12-03"), ("December 3", "DATE", "2007-12-03")],
        ),
        (
            "Officials are meeting in Damascus on December 18.",
            MON_2007_12_10,
            [("December 18", "DATE", "2007-12-18")],
        ),
        ("The dividend is payable Dec. 15.", THU_1989_11_02, [("Dec. 15", "DATE", "1989-12-15")]),
        ("The talks collapsed on Nov. 25.", MON_2007_12_10, [("Nov. 25", "DATE", "2007-11-25")]),
        ("They will meet on Jan. 4.", MON_2007_12_10, [("Jan. 4", "DATE", "2008-01-04")]),
        ("a date without an anchor: December 3", None, [("December 3", "DATE", "XXXX-12-03")]),
        # weekdays: past by default, future with "will", the article's own day is that day
        ("Sunday's conference showed it.", MON_2007_12_10, [("Sunday", "DATE", "2007-12-09")]),
        ("Bombs exploded Friday.", FRI_1998_08_07, [("Friday", "DATE", "1998-08-07")]),
        ("The ministers met Wednesday.", FRI_1998_08_07, [("Wednesday", "DATE", "1998-08-05")]),
        (
            "The ministers will meet Wednesday.",
            FRI_1998_08_07,
            [("Wednesday", "DATE", "1998-08-12")],
        ),
        ("last Wednesday", FRI_1998_08_07, [("last Wednesday", "DATE", "1998-08-05")]),
        ("next Friday", FRI_1998_08_07, [("next Friday", "DATE", "1998-08-14")]),
        ("He spoke Thursday night.", FRI_1998_08_07, [("Thursday night", "TIME", "1998-08-06TNI")]),
        # deictic
        (
            "Iran halted the program four years ago.",
            MON_2007_12_10,
            [("four years ago", "DATE", "2003")],
        ),
        ("It happened two days ago.", MON_2007_12_10, [("two days ago", "DATE", "2007-12-08")]),
        ("He resigned yesterday.", MON_2007_12_10, [("yesterday", "DATE", "2007-12-09")]),
        ("She arrives tomorrow.", MON_2007_12_10, [("tomorrow", "DATE", "2007-12-11")]),
        ("It rained last night.", MON_2007_12_10, [("last night", "TIME", "2007-12-09TNI")]),
        ("this morning", MON_2007_12_10, [("this morning", "TIME", "2007-12-10TMO")]),
        ("the fourth round of talks this year", MON_2007_12_10, [("this year", "DATE", "2007")]),
        ("Sales fell last year.", MON_2007_12_10, [("last year", "DATE", "2006")]),
        ("They meet next month.", MON_2007_12_10, [("next month", "DATE", "2008-01")]),
        ("It was agreed last week.", MON_2007_12_10, [("last week", "DATE", "2007-W49")]),
        ("They met last June.", MON_2007_12_10, [("last June", "DATE", "2007-06")]),
        ("in early December", MON_2007_12_10, [("early December", "DATE", "2007-12")]),
        ("It rained last fall.", dt.date(1998, 2, 6), [("last fall", "DATE", "1997-FA")]),
        ("earlier this year", MON_2007_12_10, [("earlier this year", "DATE", "2007")]),
        ("early next year", MON_2007_12_10, [("early next year", "DATE", "2008")]),
        # quarters and financial periods
        ("third-quarter profit", THU_1989_11_02, [("third-quarter", "DATE", "1989-Q3")]),
        (
            "in the fourth quarter",
            dt.date(1998, 1, 26),
            [("the fourth quarter", "DATE", "1997-Q4")],
        ),
        (
            "next year's first quarter",
            THU_1989_11_02,
            [("next year's first quarter", "DATE", "1990-Q1")],
        ),
        ("the first half of 1990", None, [("the first half of 1990", "DATE", "1990-H1")]),
        # durations
        ("for five years", None, [("five years", "DURATION", "P5Y")]),
        ("a five-year plan", None, [("five-year", "DURATION", "P5Y")]),
        ("in the past three months", None, [("the past three months", "DURATION", "P3M")]),
        ("nearly forty years", None, [("nearly forty years", "DURATION", "P40Y")]),
        ("for 2 1/2 years", None, [("2 1/2 years", "DURATION", "P2Y6M")]),
        ("a minute and a half", None, [("a minute and a half", "DURATION", "PT1M30S")]),
        ("more than four hours", None, [("more than four hours", "DURATION", "PT4H")]),
        ("for several weeks", None, [("several weeks", "DURATION", "PXW")]),
        ("two decades", None, [("two decades", "DURATION", "P20Y")]),
        # references and sets
        ("Now the U.S. feels it can act.", MON_2007_12_10, [("Now", "DATE", "PRESENT_REF")]),
        ("It was recently reported.", None, [("recently", "DATE", "PAST_REF")]),
        ("in the near future", None, [("the near future", "DATE", "FUTURE_REF")]),
        ("in recent years", None, [("recent years", "DATE", "PAST_REF")]),
        ("It is published daily.", None, [("daily", "SET", "P1D")]),
        ("every week", None, [("every week", "SET", "P1W")]),
        ("each Thursday", None, [("each Thursday", "SET", "XXXX-WXX-4")]),
        ("on Tuesdays", None, [("Tuesdays", "SET", "XXXX-WXX-2")]),
        # clock times
        (
            "at 5 p.m. EST Nov. 9",
            THU_1989_11_02,
            [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")],
        ),
        ("around 7:15 p.m.", MON_2007_12_10, [("around 7:15 p.m.", "TIME", "2007-12-10T19:15")]),
        ("at noon Saturday", MON_2007_12_10, [("noon Saturday", "TIME", "2007-12-08T12:00")]),
        # holidays
        ("on Thanksgiving Day", dt.date(2000, 1, 7), [("Thanksgiving Day", "DATE", "1999-11-25")]),
        ("on Christmas Day 2001", None, [("Christmas Day 2001", "DATE", "2001-12-25")]),
        # movable feasts, counted from Easter Sunday
        ("a lockdown over Easter 2021", None, [("Easter 2021", "DATE", "2021-04-04")]),
        ("on Good Friday 1998", None, [("Good Friday 1998", "DATE", "1998-04-10")]),
        ("on Easter Monday, 2019", None, [("Easter Monday, 2019", "DATE", "2019-04-22")]),
        ("during Easter week 2000", None, [("Easter week 2000", "DATE", "2000-W16")]),
        # a stretch of units told up to the time of its clause
        ("Over the years, prices rose.", None, [("the years", "DURATION", "PXY")]),
        ("It grew through the months.", None, [("the months", "DURATION", "PXM")]),
        ("He quit months ago.", MON_2007_12_10, [("months ago", "DATE", "PAST_REF")]),
        # a day told from a time known only to its month or year: an unknown day of it
        (
            "He left in October 1998. He returned that same day.",
            MON_2007_12_10,
            [("October 1998", "DATE", "1998-10"), ("that same day", "DATE", "1998-10-XX")],
        ),
        (
            "It began in 2008. The night before, he left.",
            MON_2007_12_10,
            [("2008", "DATE", "2008"), ("The night before", "DATE", "2008-XX-XX")],
        ),
        (
            "He left on Monday. The night before, he packed.",
            MON_2007_12_10,
            [("Monday", "DATE", "2007-12-10"), ("The night before", "DATE", "2007-12-09")],
        ),
        ("two years ago", MON_2007_12_10, [("two years ago", "DATE", "2005")]),
    ],
)
def test_resolve(text: str, published: dt.date | None, expected: list[tuple]) -> None:
    assert table(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The president may decide to march on.",  # modal "may", verb "march"
        "The army will march to the border.",
        "He is 52 years old.",  # an age
        "Iraq imports about three-quarters of its food.",  # a fraction
        "It costs $5 a day.",  # a rate
        "They sold 1,990 cars and 2,000 trucks.",  # numbers, not years
        "He rode Flight 1990 home.",
        "The current account deficit grew.",
        "No time words here at all.",
        "They flew to Easter Island.",  # a holiday's name naming a thing
        "They lit the Christmas tree.",
        "He wrote of the Easter Rising.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert table(text, MON_2007_12_10) == []


def test_spans_index_the_text() -> None:
    text = "On Sunday, officials said talks would resume on December 18 after four years."
    for t in resolve_text(text, MON_2007_12_10):
        assert text[t.span[0] : t.span[1]] == t.text


def test_sorted_and_non_overlapping() -> None:
    text = "Last week, on Monday, Dec. 3, 2007, and again three days later, at 10 a.m. Friday."
    times = resolve_text(text, MON_2007_12_10)
    spans = [t.span for t in times]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_anaphora_follow_the_last_date() -> None:
    text = "The accord was signed on March 3, 1995. The following year, it collapsed."
    assert table(text, MON_2007_12_10)[-1] == ("The following year", "DATE", "1996")


@pytest.mark.parametrize(
    "text, expected",
    [
        # of the day the story is telling, when it names one
        ("Rebels struck on Tuesday. Later in the day, troops arrived.", "1998-08-04"),
        ("On Tuesday the envoy said a bomb went off earlier in the day.", "1998-08-04"),
        # else of the publication date
        ("Troops arrived later in the day.", "1998-08-07"),
        ("Rebels struck in 1996. Later in the day, troops arrived.", "1998-08-07"),
    ],
)
def test_earlier_or_later_in_the_day_is_of_the_story_day(text: str, expected: str) -> None:
    assert table(text, FRI_1998_08_07)[-1][2] == expected


def test_month_after_an_explicit_year_takes_that_year() -> None:
    text = "In 1990 the company was sold, and in March it moved."
    assert table(text, MON_2007_12_10)[-1] == ("March", "DATE", "1990-03")


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2001",  # no such day
        "on 2/30/1999",
        "in the 99th century",
        "0000-00-00",
        "Monday, Dec. 32",
        "the year 1000000",
        "25:99 p.m. Friday",
    ],
)
def test_malformed_dates_do_not_raise(text: str) -> None:
    for t in resolve_text(text, MON_2007_12_10):
        assert text[t.span[0] : t.span[1]] == t.text


def test_never_raises_on_arbitrary_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(
        [
            "last",
            "next",
            "the",
            "Friday",
            "May",
            "March",
            "3",
            "1990",
            "a",
            "year",
            "ago",
            "early",
            "quarter",
            "third",
            "of",
            "2007",
            "12:30",
            "p.m.",
            ",",
            "days",
            "Dec.",
            "30",
            "mid-",
            "s",
            "'",
            "twenty",
            "four",
            "hours",
            "every",
            "Sunday",
            "now",
            "-",
        ]
    )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=25), st.sampled_from([None, MON_2007_12_10]))
    def check(tokens: list[str], published: dt.date | None) -> None:
        text = " ".join(tokens)
        times = resolve_text(text, published)
        for t in times:
            assert text[t.span[0] : t.span[1]] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")

    check()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three days later, he left.", [("Three days", "DURATION", "P3D")]),
        ("A few hours earlier, it rained.", [("A few hours", "DURATION", "PTXH")]),
        ("A year earlier, it rained.", [("A year earlier", "DATE", "2006")]),
        ("in recent weeks", [("recent weeks", "DURATION", "PXW")]),
    ],
)
def test_signals_outside_the_expression(text: str, expected: list[tuple]) -> None:
    assert table(text, MON_2007_12_10) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an uncounted stretch of weeks or more one act lies from another
        ("Weeks after the vote, the army attacked.", [("Weeks", "DURATION", "PXW")]),
        ("He quit just months before the vote.", [("months", "DURATION", "PXM")]),
        # a counted one keeps its count
        ("Two weeks after the vote, the army attacked.", [("Two weeks", "DURATION", "P2W")]),
        # uncounted days are no time TimeBank tags throughout ("a matter of days before")
        ("It is a matter of days before he returns.", []),
    ],
)
def test_uncounted_units_after_or_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert table(text, MON_2007_12_10) == expected
