"""The sentence coder's acts of material conflict (CAMEO 14 to 20) named by a noun with no
light verb, by a light verb in the noun's own relative clause, and by the verbs of protest,
riot, force posture and repression. Parsed sentences with hand-made actors."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Pipeline
from geowire.events import EventCoder

NAMES = {
    "Qatar": "QAT",
    "Armenia": "ARM",
    "Azerbaijan": "AZE",
    "Iran": "IRN",
    "Peru": "PER",
    "Bolivia": "BOL",
    "Chile": "CHL",
    "Lawmakers": "USALEG",
    "Protesters": "CHLOPP",
    "the police": "CHLCOP",
    "Troops": "RUSMIL",
    "Senator Dupont": "USALEG",
    "the Bolivian envoy": "BOLGOV",
    "Peruvian rebels": "PERREB",
}


def coded(parse: Pipeline, coder: EventCoder, text: str) -> set[tuple[object, ...]]:
    doc = coder(with_named_actors(parse(text, published="2011-05-10"), NAMES))
    return {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # no agent in the clause: done all the same, by no one named here
        ("Food prices rose sharply after the blockade of Qatar.", {(None, "191", "QAT")}),
        ("The talks stalled amid the sanctions on Iran.", {(None, "163", "IRN")}),
        # the doer named on the noun alone: a demonym or an actor
        ("Thousands of families fled the Peruvian invasion.", {("PER", "192", None)}),
        ("Thousands of families fled the Peruvian incursion.", {("PER", "190", None)}),
        ("Bolivia's crackdown lasted for three months.", {("BOL", "175", None)}),
    ],
)
def test_a_conflict_act_named_by_its_noun_alone(
    parse: Pipeline, coder: EventCoder, text: str, expected: set[tuple[object, ...]]
) -> None:
    assert coded(parse, coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # opposed, not done; a possible or coming act (132: a planned sanction, a threat);
        # a name compounded with sanctions is their target
        ("Lawmakers oppose new sanctions on Iran.", "163"),
        ("Any blockade of Qatar would hurt trade.", "191"),
        ("Chile does not believe a ban on Peruvian beef will come soon.", "132"),
        ("The Iran sanctions hurt exporters.", "163"),
        # the manner of a coded act is that act, not a second one
        ("Peru killed five soldiers in the blockade of Bolivia.", "191"),
    ],
)
def test_a_conflict_noun_not_told_as_done_is_no_act(
    parse: Pipeline, coder: EventCoder, text: str, code: str
) -> None:
    assert code not in {e[1] for e in coded(parse, coder, text)}


@pytest.mark.model
def test_the_grounds_of_a_criticism_are_done(parse: Pipeline, coder: EventCoder) -> None:
    got = coded(parse, coder, "Senator Dupont criticized Chile for the blockade of Bolivia.")
    assert (None, "191", "BOL") in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # the preposition the parser hangs on the verb of the event's happening
        (
            "Heavy fighting broke out between Armenia and Azerbaijan on Sunday.",
            {("ARM", "190", "AZE"), ("AZE", "190", "ARM")},
        ),
        # a gerund subject names the event as a noun does
        (
            "Fighting between Armenia and Azerbaijan continued on Sunday.",
            {("ARM", "190", "AZE"), ("AZE", "190", "ARM")},
        ),
        # the party a thing acted upon belongs to, by its demonym
        ("The embargo on Peruvian copper took effect on Monday.", {(None, "163", "PER")}),
        # the doer the article told before
        (
            "Chile imposed an embargo on Peru in May. The embargo on Peru hurt its miners.",
            {("CHL", "163", "PER")},
        ),
    ],
)
def test_the_parties_of_a_conflict_noun_around_it(
    parse: Pipeline, coder: EventCoder, text: str, expected: set[tuple[object, ...]]
) -> None:
    assert coded(parse, coder, text) == expected


@pytest.mark.model
def test_a_light_verb_in_the_nouns_relative_clause(parse: Pipeline, coder: EventCoder) -> None:
    got = coded(parse, coder, "Chile denounced the blockade that Peru imposed on Bolivia.")
    assert ("PER", "191", "BOL") in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protesters threw stones at the police on Sunday.", ("CHLOPP", "145", "CHLCOP")),
        ("On Sunday the police sprayed tear gas at the crowd.", ("CHLCOP", "175", None)),
        ("Protesters gathered outside the parliament on Sunday.", ("CHLOPP", "141", None)),
        ("Troops gathered near the border on Sunday.", ("RUSMIL", "150", None)),
        ("Chile halted imports from Peru on Sunday.", ("CHL", "163", "PER")),
        ("Chile shut down Bolivia's oil outlets on Sunday.", ("CHL", "163", "BOL")),
    ],
)
def test_verbs_of_riot_repression_protest_force_posture_and_embargo(
    parse: Pipeline, coder: EventCoder, text: str, expected: tuple[object, ...]
) -> None:
    assert expected in coded(parse, coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # unnamed people arrested with no agent: the state where it happened arrests
        ("Five men were arrested in Santiago on Monday.", [("CHL", "173")]),
        ("Dozens were detained in Lima on Monday.", [("PER", "173")]),
        ("Four people were placed under arrest in Santiago on Monday.", [("CHL", "173")]),
        # a small group of people broken up is arrested too
        ("A smuggling cell was dismantled in Santiago on Monday.", [("CHL", "173")]),
        # a thing seized is no coercion of people
        ("The documents were seized in Santiago on Monday.", []),
    ],
)
def test_an_agentless_arrest_of_unnamed_people(
    pipe: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = pipe(text, published="2011-05-10")
    assert [(e.source and e.source.code, e.cameo) for e in doc.events] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # unnamed people killed in an act of force its noun names: done by no one named, to
        # the country where it happened
        ("At least nine people were killed in a car bombing in Santiago on Monday.", ["18"]),
        ("Three civilians were killed in an airstrike in Lima on Monday.", ["19"]),
        # not a bare killing with no act of force named
        ("Five people were killed in a traffic accident in Lima on Monday.", []),
    ],
)
def test_unnamed_people_killed_in_a_named_act_of_force(
    pipe: Pipeline, text: str, expected: list[str]
) -> None:
    doc = pipe(text, published="2011-05-10")
    assert [e.cameo[:2] for e in doc.events] == expected
    assert all(e.source is None for e in doc.events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a bombing named by its noun that killed people: by no one named, where it was,
        # on the civilians of that place's country (the unnamed people it killed)
        ("A bomb attack killed five people in Santiago on Monday.", [(None, "183", "CHLCVL")]),
        # or told by a relative clause of killing, also as the grounds of a blame
        (
            "The bombing that killed five people in Santiago shocked the city.",
            [(None, "183", "CHLCVL")],
        ),
        # a storm is no attack
        ("A storm killed five people in Santiago on Monday.", []),
    ],
)
def test_an_attack_noun_that_killed(
    pipe: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    doc = pipe(text, published="2011-05-10")
    got = [(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events]
    assert got == expected


@pytest.mark.model
def test_forces_sent_are_the_means_not_the_target(pipe: Pipeline) -> None:
    doc = pipe("Peru sent troops to Bolivia on Monday.", published="2011-05-10")
    got = {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}
    assert got == {("PER", "150", "BOL")}


@pytest.mark.model
def test_a_conflict_noun_ended_or_prevented_is_no_act(parse: Pipeline, coder: EventCoder) -> None:
    for text in ("The blockade of Qatar was lifted in June.", "The attack on Qatar was foiled."):
        assert not {e for e in coded(parse, coder, text) if e[1][:2] in ("16", "19")}, text


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # with no agent, the forces moved (their state) show the force, toward where they go
        ("Peruvian troops were sent to Bolivia on Monday.", ("PERMIL", "150", "BOL")),
        # (a state's warships are its military, as its troops are: roles.tsv)
        ("Peruvian warships were sent to the border on Monday.", ("PERMIL", "150", None)),
    ],
)
def test_forces_sent_in_the_passive_show_the_force(
    pipe: Pipeline, text: str, expected: tuple[object, ...]
) -> None:
    doc = pipe(text, published="2011-05-10")
    got = {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}
    assert expected in got


@pytest.mark.model
def test_people_alerted_in_the_passive_show_no_force(pipe: Pipeline) -> None:
    doc = pipe("Chilean police were alerted to the fire in Santiago on Saturday.")
    assert not [e for e in doc.events if e.root == "15" and e.source is not None]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # the consequence of a cause happened: the object of "lead to", "result in",
        # "spark", "trigger" (``consequence_verbs``)
        ("The raid led to the arrest of Peruvian rebels.", {(None, "173", "PERREB")}),
        ("The search resulted in the arrest of Peruvian rebels.", {(None, "173", "PERREB")}),
        ("The dispute triggered the blockade of Qatar.", {(None, "191", "QAT")}),
        # a killing of a person is force, not words (unlike "the attacks on the senator");
        # of a person who bears no arms by no one named, an assault (180)
        ("The killing of the Bolivian envoy sparked outrage.", {(None, "180", "BOLGOV")}),
        ("Officials confirmed the killing of the Bolivian envoy.", {(None, "180", "BOLGOV")}),
    ],
)
def test_a_conflict_act_told_as_a_consequence(
    parse: Pipeline, coder: EventCoder, text: str, expected: set[tuple[object, ...]]
) -> None:
    assert coded(parse, coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The raid could lead to the arrest of Peruvian rebels.",
        "The dispute led to calls for the arrest of Peruvian rebels.",
        "Senator Dupont condemned the attacks on the Bolivian envoy.",
    ],
)
def test_a_consequence_not_told_as_done(parse: Pipeline, coder: EventCoder, text: str) -> None:
    assert all(
        e.cameo[:2] not in ("17", "19")
        for e in coder(with_named_actors(parse(text, published="2011-05-10"), NAMES)).events
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a protest named with its protesters after "by", told as done
        ("Despite protests by Protesters, the bill passed.", {("CHLOPP", "141", None)}),
        ("Demonstrations by Protesters continued on Monday.", {("CHLOPP", "141", None)}),
        # not one only wanted or opposed, nor a rally (as often a campaign's)
        ("Lawmakers called for protests by Protesters.", set()),
        ("A rally by Protesters drew thousands.", set()),
    ],
)
def test_a_protest_by_named_protesters(
    parse: Pipeline, coder: EventCoder, text: str, expected: set[tuple[object, ...]]
) -> None:
    assert {c for c in coded(parse, coder, text) if c[1][:2] == "14"} == expected
