"""Words of an actor's name read as no verb, a "when"/"where" relative clause fills no slot
of the pattern of the verb whose phrase it hangs in, and criticism come under "from" a party
is theirs (geowire/events/extract.py, verbs/verbs.tsv; made-up sentences, needs the
model)."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
def test_word_of_a_body_s_name_is_no_verb(pipe: Pipeline) -> None:
    # "Fund" of the International Monetary Fund is no act of funding
    got = _dyads(pipe, "Loans from the World Bank and the International Monetary Fund were late.")
    assert not any(r == "07" for r, _s, _t in got), got


@pytest.mark.model
def test_when_clause_names_no_partner(pipe: Pipeline) -> None:
    text = (
        "The Czech diplomat was working with the local underground in 1968 when Russian "
        "troops swept through Prague."
    )
    got = _dyads(pipe, text)
    assert not any(r == "06" and t == "RUSMIL" for r, _s, t in got), got


@pytest.mark.model
def test_where_clause_names_no_partner(pipe: Pipeline) -> None:
    text = (
        "The Kenyan minister was working with the local underground in Garissa, where Somali "
        "militants attacked a church."
    )
    got = _dyads(pipe, text)
    assert not any(r == "06" and t == "SOMREB" for r, _s, t in got), got


@pytest.mark.model
def test_criticism_come_under_from_a_party(pipe: Pipeline) -> None:
    got = _dyads(pipe, "The Iranian government came under criticism from France on Monday.")
    assert ("11", "FRA", "IRNGOV") in got, got


@pytest.mark.model
def test_subject_relative_clause_fills_no_slot(pipe: Pipeline) -> None:
    # the relative clause tells what the constituency did: Peru is no one spoken to
    text = "The Chilean minister spoke to a constituency that had long distrusted Peru."
    got = _dyads(pipe, text)
    assert not any(t == "PER" for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # the governor's own complement the parser hung on the relative clause's verb
        (
            "Peru asked Chilean lawmakers who oppose the bill to reconsider.",
            ("02", "PER", "CHLLEG"),
        ),
        (
            "Chile allowed the refugees who were stranded at the border to enter.",
            ("08", "CHL", "CHLREF"),
        ),
        (
            "Chile asked the countries that attended the conference for humanitarian aid.",
            ("02", "CHL", None),
        ),
        (
            "Chile handed the suspects who fled Peru over to the Bolivian authorities.",
            ("08", "CHL", None),
        ),
    ],
)
def test_subject_relative_clause_keeps_the_governor_s_complement(
    pipe: Pipeline, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    got = _dyads(pipe, text)
    assert expected in got, got
