"""Actor resolution (geowire.actors.resolve): a titled official's country inferred from
their sentence leaves out countries named inside quotation marks the official is outside
of ('"Russia will pay," Senator X said': what is said, not the speaker's country)."""

from __future__ import annotations

import pytest
from factories import actor_code

from geowire import Pipeline

pytestmark = pytest.mark.model




def test_a_country_in_the_quoted_words_is_not_the_officials(full: Pipeline) -> None:
    text = (
        "Congress debated the budget for a second week in Washington. "
        '"We cannot let Iran build a bomb," Senator Dana Whitlock, Republican of Ohio, said.'
    )
    doc = full(text, published="2015-06-02")
    assert actor_code(doc, "Dana Whitlock") == "USALEG"


def test_a_country_outside_the_quote_still_places_the_official(full: Pipeline) -> None:
    doc = full(
        'Kenya held talks on Monday. "The talks went well," Vice-President Moody Awori said '
        "in Kenya.",
        published="2004-06-02",
    )
    assert actor_code(doc, "Moody Awori") == "KENGOV"


def test_an_official_inside_the_quoted_words_keeps_its_country(full: Pipeline) -> None:
    doc = full(
        'The statement read: "Minister Ana Ruiz of Chile and Chile\'s envoy met today."',
        published="2004-06-02",
    )
    assert actor_code(doc, "Ana Ruiz") == "CHLGOV"


def test_a_country_in_what_the_official_reports_is_not_theirs(full: Pipeline) -> None:
    # the clause a verb of saying reports is what is said, as quoted words are
    text = (
        "WASHINGTON — Trade is a big issue in Alabama and Ohio this year. "
        "Representative Dana Whitlock has said "
        "that he favored imposing heavy tariffs on China to punish Beijing."
    )
    doc = full(text, published="2016-04-27")
    assert actor_code(doc, "Dana Whitlock") == "USALEG"


def test_a_country_the_officials_report_names_is_theirs_in_its_own_story(full: Pipeline) -> None:
    doc = full(
        "Health Minister Jane Odhiambo said Kenya had recorded ten new cases.",
        published="2020-06-02",
    )
    assert actor_code(doc, "Jane Odhiambo") == "KENGOV"


def test_a_country_possessing_what_the_official_reports_may_be_theirs(full: Pipeline) -> None:
    doc = full(
        "LONDON — A student was first infected in Nottingham, England. Health Minister Jane "
        "Odhiambo reported that it was Kenya's first case of the virus.",
        published="2009-06-02",
    )
    assert actor_code(doc, "Jane Odhiambo") == "KENGOV"
