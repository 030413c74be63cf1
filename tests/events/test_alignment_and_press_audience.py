"""Two readings of the event extractor (geowire/events/extract.py) that keep descriptions out
of the events: a verb of standing with or against someone (``alignment_verbs``) said of a
noun in a relative clause or a participle with no time of its own ("lawmakers who are
backing the governor", "militias opposed to the truce") tells the side the noun's people
hold, no act (:func:`_alignment_of_noun`), while the same verb with a time, in the present
perfect, with a "by" agent or as the clause's own verb stays an act; and a call with the
press ("during a conference call with reporters", CAMEO 041) is words to the press, a
statement (010), as a meeting with it is (geowire/events/senses.py, ``_public_words``),
while a meeting of two governments stays a consultation. The sentences are made up."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2021-03-10")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two Chilean businessmen who are backing President Sebastian Pinera gave money to "
        "the fund.",
        "Chilean lawmakers supporting President Sebastian Pinera left the chamber.",
        "A Peruvian banker who had supported President Pedro Castillo left the country.",
        # an age inside the object is no time of the backing
        "Two Peruvian businessmen who are backing the 10-year-old Bolivian government gave "
        "money to the fund.",
    ],
)
def test_alignment_of_a_noun_is_no_act(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert not any(r == "05" for r, _s, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a time of its own: an act told
        "Pinera, who backed President Pedro Castillo last week, met voters in Lima.",
        # the clause's own verb
        "Chile's government backed President Pedro Castillo of Peru.",
        # the present perfect reports a recent act
        "Chile discussed the crisis with the one ally that has backed its plan, Peru.",
        # words issued: their issuer's act
        "Peru's parties issued statements supporting Chile's membership in the alliance.",
    ],
)
def test_backing_told_as_an_act_stays(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert any(r == "05" for r, _s, _t in got), got


@pytest.mark.model
def test_opposition_told_of_a_clause_subject_stays(pipe: Pipeline) -> None:
    # the clause's own subject is the party whose side is told: "which Peru opposed"
    got = _dyads(pipe, "Chile signed the treaty with Bolivia, which Peru strongly opposed.")
    assert any(r == "11" and s == "PER" for r, s, _t in got), got


@pytest.mark.model
def test_militia_opposed_to_a_truce_is_no_act(pipe: Pipeline) -> None:
    got = _dyads(pipe, "Bolivian militias opposed to the truce left the town.")
    assert not any(r in ("11", "12") for r, _s, _t in got), got


@pytest.mark.model
def test_call_with_reporters_is_no_consultation(pipe: Pipeline) -> None:
    text = (
        "During a conference call with reporters on Tuesday, Chile's foreign minister "
        "criticized Peru."
    )
    got = _dyads(pipe, text)
    assert not any(r == "04" for r, _s, _t in got), got
    assert any(r == "11" for r, _s, _t in got), got


@pytest.mark.model
def test_meeting_of_governments_stays(pipe: Pipeline) -> None:
    got = _dyads(pipe, "Chile's foreign minister met Peru's president in Lima on Tuesday.")
    assert any(r == "04" for r, _s, _t in got), got
