"""Dates an act takes from a neighbouring sentence or the text's opening lines."""

from __future__ import annotations

import pytest


def _dates(text: str, root: str, published: str = "2025-03-14") -> list[str | None]:
    import geowire

    doc = geowire.extract(text, published=published)
    return [e.date for e in doc.events if e.root == root]


@pytest.mark.model
def test_an_agency_dateline_dates_the_untimed_news() -> None:
    text = (
        "\n\nRIGA, March 13 (Baltic News) --\n\n"
        "The presidents of Latvia and Estonia have signed a border treaty in Riga."
    )
    assert _dates(text, "05") == ["2025-03-13", "2025-03-13"]
    # a dateline with no day: the paper's day
    assert _dates(text.replace(", March 13", ""), "05") == ["2025-03-14", "2025-03-14"]


@pytest.mark.model
def test_a_headline_does_not_hide_the_lede_s_news_day() -> None:
    text = (
        "Latvian Farmers Block The Roads. Here Is Why.\n\n"
        "Hundreds of farmers blocked highways around Riga on Wednesday to protest fuel prices. "
        "Their leader, Janis Ozols, said the government had ignored them for months. "
        "Police closed two bridges. Heavy snow fell in Riga. "
        "Ozols also accused the government of lying to farmers."
    )
    assert _dates(text, "11") == ["2025-03-12"]


@pytest.mark.model
def test_a_day_still_ahead_is_no_news_day() -> None:
    # "go to the polls Monday": a scheduled day, which a bare weekday may be counted
    # back to; the story's untimed acts are not of it
    text = (
        "Latvian Farmers Block The Roads\n\n"
        "Farmers blocked highways around Riga to protest fuel prices. "
        "The protest comes before Latvians go to the polls Monday. "
        "Their leader, Janis Ozols, said the government had ignored them for months. "
        "Police closed two bridges. Heavy snow fell in Riga. "
        "Ozols also accused the government of lying to farmers."
    )
    assert _dates(text, "11") == ["2025-03-14"]


@pytest.mark.model
def test_a_dateline_line_fills_no_place_of_the_lede() -> None:
    # the body's second sentence is the lede's, under an agency's dateline or not: its
    # present perfect is the news of the day, not an undated act of the background
    body = (
        "Latvia's president met the Estonian prime minister in Riga on Thursday. "
        "Estonia has also accused Russia of jamming signals over the Baltic Sea."
    )
    assert _dates(body, "11") == ["2025-03-14"]
    assert _dates("TALLINN, Estonia (Baltic News) _\n\n" + body, "11") == ["2025-03-14"]



@pytest.mark.model
def test_a_day_of_what_the_act_is_done_to_is_no_news_day() -> None:
    # "criticized Sunday's election": the reaction came after the vote, on a day the story
    # does not give; the paper's day, not Sunday
    text = "The European Union criticized Sunday's parliamentary election in Latvia as unfair."
    assert _dates(text, "11") == ["2025-03-14"]
    # the day of the occasion an act is told at stays the news day
    text = "At Sunday's debate in Riga, the opposition leader attacked the prime minister."
    assert _dates(text, "11") == ["2025-03-09"]


@pytest.mark.model
def test_a_day_of_the_event_an_act_of_force_is_done_in_stays_the_news_day() -> None:
    # "stormed Tuesday's wedding": the storming is done within the wedding, on its day
    # (a material act, not a reaction to the event)
    text = "Armed men stormed Tuesday's market fair in Valmiera, killing four people."
    assert _dates(text, "18") == ["2025-03-11"]
    text = "Latvian troops repelled Tuesday's assault on the border post, officials said."
    assert _dates(text, "19") == ["2025-03-11"]


@pytest.mark.model
def test_a_headline_s_present_is_the_news_of_the_lede_s_day() -> None:
    # a headline's simple present tells the news done, on the day the lede names, not on
    # the paper's day, whatever its stop
    text = (
        "Latvia accuses Moscow of sabotage.\n\n"
        "RIGA - An undersea cable between Latvia and Sweden was cut on Wednesday, "
        "officials said. Divers found damage on the sea floor."
    )
    assert _dates(text, "11") == ["2025-03-12"]
