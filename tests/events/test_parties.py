"""Who an event is done to: not the forces an actor moves. Whole pipeline on invented
sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2020-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # the troops moved are the actor's instrument, not the one aimed at
        ("Norway deployed 4,000 soldiers to the region on Monday.", ("15", "NOR", None)),
        ("Chile and Peru also committed ground troops on Monday.", ("15", "CHL", None)),
        # withdrawing from a country: the country, not the troops
        ("Norway promised to withdraw its troops from Sweden.", ("03", "NOR", "SWE")),
    ],
)
def test_the_forces_an_actor_moves_are_no_target(
    pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]
) -> None:
    got = _dyads(pipe, text)
    assert want in got, got
    assert not any(t and t.endswith("MIL") for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # coordinated modifiers of one noun: one party each
        (
            "Peru talked with Chilean and Bolivian officials on Monday.",
            {("04", "PER", "CHLGOV"), ("04", "PER", "BOLGOV")},
        ),
        # one who faces criticism is its target, never also its source
        (
            "Chilean President Ada Obi faced criticism from rivals that the tone of her campaign"
            " has hurt her party.",
            {("11", None, "CHLGOV")},
        ),
    ],
)
def test_the_parties_a_phrase_names(
    pipe: Pipeline, text: str, want: set[tuple[str, str | None, str | None]]
) -> None:
    got = _dyads(pipe, text)
    assert want <= got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a phrase before the verb that tells when or why names no target, nor a place
        "In the wake of the talks with Chile, Peru launched an offensive.",
        "In response to demands from Chile, Peru opened an investigation.",
        "In the aftermath of the bombing in Santiago, Peru launched an offensive.",
    ],
)
def test_a_framing_phrase_names_no_target(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert got and all(s == "PER" and t is None for _r, s, t in got), got


@pytest.mark.model
def test_an_occasion_before_the_verb_still_names_the_party(pipe: Pipeline) -> None:
    assert ("03", "IRN", "SYR") in _dyads(pipe, "On a visit to Syria, Iran pledged more aid.")


@pytest.mark.model
def test_people_struck_at_a_place_are_its_people(pipe: Pipeline) -> None:
    # a role with no country of its own, in a sentence of two states: the place's
    assert ("19", "ISRMIL", "PSECVL") in _dyads(
        pipe, "Israeli troops shot two civilians near Hebron."
    )
    # an Islamist is a radical of the state its demonym names
    text = "A knife-wielding French Islamist killed a police officer in a Paris suburb, Obama said."
    assert ("19", "FRARAD", "FRACOP") in _dyads(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        ("The Taliban detained two tourists in Kabul.", "AFGCVL"),
        ("Police in Lagos arrested dozens of worshippers after the clashes.", "NGACVL"),
        ("Government officials met local elders in Baidoa on Sunday.", "SOMCVL"),
    ],
)
def test_people_named_by_what_they_are_are_civilians(pipe: Pipeline, text: str, want: str) -> None:
    assert want in {t for _r, _s, t in _dyads(pipe, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # the article's country lent to "protesters" is not theirs when a state of another
        # coerces them and their sentence does not name the article's country
        (
            "American lobbyists in Washington took money from a party in Kyiv. The U.S. Justice"
            " Department and American firms were slow to act. The unrest followed the Ukrainian"
            " government's crackdown on protesters and its ties to Russia.",
            ("17", "UKRGOV", "UKROPP"),
        ),
        # a role whose own words tell its country keeps it
        ("Iranian police arrested two British tourists in Tehran.", ("17", "IRNCOP", "GBRCVL")),
    ],
)
def test_people_a_state_coerces_are_its_own_unless_told(
    pipe: Pipeline, text: str, want: tuple[str, str, str]
) -> None:
    assert want in _dyads(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, side, absent",
    [
        # the one a noun of adversaries is named by is the one they oppose
        ("Ada Obi's opponents accused the Peruvian government of fraud.", "source", "Obi"),
        ("Critics of Chile accused Peru of fraud.", "source", "CHL"),
        ("Peru arrested Chile's enemies in Lima.", "target", "CHL"),
    ],
)
def test_a_party_named_on_its_adversaries_is_not_their_actor(
    pipe: Pipeline, text: str, side: str, absent: str
) -> None:
    doc = pipe(text, published="2020-05-04")
    assert doc.events, text
    for e in doc.events:
        ref = e.source if side == "source" else e.target
        assert ref is None or absent not in f"{ref.code} {ref.name}", (e.source, e.target)


@pytest.mark.model
def test_the_source_state_owning_a_thing_is_not_the_target(pipe: Pipeline) -> None:
    got = _dyads(
        pipe, "The Chilean president praised Chile's defense ties with the Peruvian government."
    )
    assert ("05", "CHLGOV", "PERGOV") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        ("The hostages were freed by their captors in Peru on Monday.", "CRM"),
        ("A Chilean warship paid a visit to Peru on Monday.", "CHLMIL"),
        # a state's military aircraft are its military, as its warships
        ("Chilean warplanes bombed rebel camps in Peru on Monday.", "CHLMIL"),
        ("A Peruvian helicopter gunship fired on the rebels on Monday.", "PERMIL"),
        ("The Chilean president said he would not bow to pressure from criminal groups.", "CRM"),
    ],
)
def test_captors_warships_and_criminal_groups_are_parties(
    pipe: Pipeline, text: str, want: str
) -> None:
    got = _dyads(pipe, text)
    assert any(want in (s or "") or want in (t or "") for _r, s, t in got), got


@pytest.mark.model
def test_a_former_official_of_an_international_body_no_longer_acts_for_it(
    pipe: Pipeline,
) -> None:
    got = _dyads(
        pipe, "Former top United Nations official Ada Obi of Chile urged Peru to release the men."
    )
    assert got, got
    assert not any(s and s.startswith("IGO") for _r, s, _t in got), got


@pytest.mark.model
def test_a_group_based_in_a_country_is_of_that_country(pipe: Pipeline) -> None:
    # the sentence names two countries and the article is Chile's: "based in Peru" decides
    doc = pipe(
        "Chile's army said on Monday that it killed 20 people near Arica. "
        "Santiago has blamed the attacks on militants based in Peru.",
        published="2020-05-04",
    )
    codes = {a.code for a in doc.actors if a.name == "militants"}
    assert codes == {"PERREB"}, [(a.name, a.code) for a in doc.actors]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # going to a place abroad visits its country
        ("Norway's foreign minister arrived in Lima on Monday.", ("04", "NORGOV", "PER")),
        ("The Chilean president headed to Osaka after the summit.", ("04", "CHLGOV", "JPN")),
        ("The Danish prime minister left for Ottawa on Sunday.", ("04", "DNKGOV", "CAN")),
        # the place visited, named as "the town of"
        ("The Swedish king visited the town of Bergen on Monday.", ("04", "SWEGOV", "NOR")),
    ],
)
def test_a_trip_abroad_visits_the_country_of_its_place(
    pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]
) -> None:
    got = _dyads(pipe, text)
    assert want in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Norway's foreign minister flew to Bergen on Monday.",  # a trip at home
        "Norway's foreign minister headed to the polls on Monday.",  # nowhere abroad
        "Thousands of migrants arrived in Lima last year.",  # no public party
    ],
)
def test_a_trip_home_or_to_nowhere_is_no_visit(pipe: Pipeline, text: str) -> None:
    assert not any(r == "04" for r, _s, _t in _dyads(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the preposition repeated for the second party, joined to the first ...
        "The Peruvian foreign minister met with Chilean officials and with envoys of Norway.",
        # ... or, after an adverb, to the verb
        "The Peruvian foreign minister met with Chilean officials and later with envoys of Norway.",
    ],
)
def test_a_repeated_preposition_names_a_second_party(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert ("04", "PERGOV", "CHLGOV") in got, got
    assert ("04", "PERGOV", "NORGOV") in got, got


@pytest.mark.model
def test_militants_force_at_sea_is_not_done_to_their_own_country(pipe: Pipeline) -> None:
    # a place of no state is named: the act is not presumed done in the group's country
    got = _dyads(pipe, "Houthi rebels attacked a cargo ship in the Red Sea on Monday.")
    assert ("18", "YEMREB", None) in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the people a passive participle is said of undergo it, not the one its
        # complement names (the officers were not accused, the soldier not convicted)
        "Police in Lima arrested a man accused of attacking two Peruvian officers.",
        "Chile freed a woman convicted of killing a Peruvian soldier in 2010.",
    ],
)
def test_a_participle_on_people_is_done_to_them(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert not any(r in ("11", "17") and t and t.startswith("PER") for r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # weapons given are military aid (072) ...
        ("Norway has given Chile air defense systems worth millions.", ("07", "NOR", "CHL")),
        # ... and aid "for" a place no actor names is for its country
        ("Norway announced a new aid package for Santiago on Monday.", ("07", "NOR", "CHL")),
    ],
)
def test_aid_given_and_aid_for_a_place(
    pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]
) -> None:
    got = _dyads(pipe, text)
    assert want in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # parties that agree together with no one else named agree with each other
        (
            "Chile and Peru agreed to set up a joint commission on Monday.",
            {("03", "CHL", "PER"), ("03", "PER", "CHL")},
        ),
        # two parties coded alike make no dyad: each agrees, on no one named
        ("Chilean and Peruvian officials agreed to meet on Monday.", None),
    ],
)
def test_coordinated_parties_agree_with_each_other(
    pipe: Pipeline, text: str, want: set[tuple[str, str | None, str | None]] | None
) -> None:
    got = _dyads(pipe, text)
    if want is not None:
        assert want <= got, got
    assert not any(s is not None and s == t for _r, s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # the people two parties exchange are no party: each releases to the other
        (
            "Chile and Peru exchanged 40 prisoners of war on Monday.",
            {("08", "CHL", "PER"), ("08", "PER", "CHL")},
        ),
        # an agreement to act on their own bodies together: each agrees with the other
        (
            "Chile and Peru agreed to reopen embassies within two months.",
            {("03", "CHL", "PER"), ("03", "PER", "CHL")},
        ),
        # "along the border" is where they fought, no co-agent "along with"
        (
            "Chile and Peru traded fire along their border on Monday.",
            {("19", "CHL", "PER"), ("19", "PER", "CHL")},
        ),
    ],
)
def test_coordinated_parties_act_on_each_other_not_on_what_they_share(
    pipe: Pipeline, text: str, want: set[tuple[str, str | None, str | None]]
) -> None:
    got = _dyads(pipe, text)
    assert want <= got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, other",
    [
        # what two parties agree to do to a third party is not done to each other
        ("Chile and Peru agreed to fight jihadists along their common border.", "PER"),
        ("Chile and Peru agreed to send aid to the region.", "PER"),
    ],
)
def test_an_agreed_act_on_a_third_party_is_not_aimed_at_each_other(
    pipe: Pipeline, text: str, other: str
) -> None:
    got = _dyads(pipe, text)
    assert not any(s == "CHL" and t == other for _r, s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "killed" on the subject as a participle; with an object it is
        # the subject's own act, not one done to it
        "Chilean airstrikes killed at least 20 people in Tacna, health officials said.",
        "Chilean airstrikes killed at least 20 people in Tacna.",
    ],
)
def test_a_participle_with_an_object_is_its_nouns_act(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert any(s == "CHL" for r, s, _t in got if r in ("18", "19")), got
    assert not any(t == "CHL" for r, _s, t in got if r in ("18", "19")), got


@pytest.mark.model
def test_an_act_told_before_officials_said_is_reported(pipe: Pipeline) -> None:
    # the parser makes the clause's subject a second subject of "said"
    text = (
        "Chilean airstrikes killed at least 20 people in the city of Tacna overnight, health "
        "officials said Wednesday."
    )
    doc = pipe(text, published="2020-05-06")
    killed = [e for e in doc.events if e.cameo == "190"]
    assert killed and all(e.modality == "reported" for e in killed), killed
