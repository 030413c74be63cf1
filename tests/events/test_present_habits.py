"""A simple present, active or passive, with an adverb of habit ("police routinely arrest
journalists", "the prime minister regularly meets with lawmakers", "journalists are often
detained") tells what is done as a rule, no act of the news (``extract._habit``); a past
("often detained journalists last year") or a present perfect tells acts done. The
sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    return {e.cameo[:2] for e in pipe(text, published="2016-06-01").events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Police in Nigeria routinely arrest journalists.", "17"),
        ("The Freedonian prime minister regularly meets with Sylvanian lawmakers.", "04"),
        ("Journalists are often detained by Freedonian police.", "17"),
    ],
)
def test_habit_in_the_present_is_no_act(pipe: Pipeline, text: str, root: str) -> None:
    assert root not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Freedonian police often detained journalists last year.", "17"),
        ("Police in Nigeria arrested journalists on Monday.", "17"),
        ("The Freedonian prime minister met with Sylvanian lawmakers on Monday.", "04"),
        ("Kenya has repeatedly accused Uganda of spying.", "11"),
    ],
)
def test_acts_told_done_stay(pipe: Pipeline, text: str, root: str) -> None:
    assert root in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chilean jets twice strike Peru after rocket fire", "19"),
        ("Chile repeatedly shells Peruvian towns as talks stall", "19"),
    ],
)
def test_a_count_of_occasions_in_a_headline_present_is_news(
    pipe: Pipeline, text: str, root: str
) -> None:
    # "twice", "repeatedly" count acts (habitual_adverbs, for dating), they tell no habit
    # (habit_adverbs): in a headline's present they are the news
    assert root in _roots(pipe, text)
