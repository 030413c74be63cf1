"""Bare agents take their country from the article (geowire.actors.context.v1)."""

from __future__ import annotations

import pytest
from factories import span

from geowire import Config, Document
from geowire.actors.context import ActorCountries, Cue, main_country
from geowire.document import Actor, Place
from geowire.errors import ConfigError

TEXT = (
    "Police in Lagos arrested ten protesters. "  # 0..40
    "Officials said the vote was fair. "  # 41..74
    "Oyelaran met the French envoy. "  # 75..105
    "Nigeria and Nigeria again. "  # 106..132
)


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    return span(TEXT, word, nth)


def _doc(*actors: Actor, places: tuple[Place, ...] = ()) -> Document:
    sents, start = [], 0
    for part in TEXT.split(". ")[:-1]:
        end = start + len(part) + 1
        sents.append((start, end))
        start = end + 1
    return Document(text=TEXT, sentences=tuple(sents), actors=actors, places=places)


def _nigeria() -> Actor:
    mentions = (_span("Nigeria"), _span("Nigeria", 1))
    return Actor("a9", "Nigeria", "NGA", "NGA", (), "state", mentions)


def _lagos() -> Place:
    return Place("Lagos", _span("Lagos"), "Lagos", "NGA", 6.45, 3.39, 2332459, "city")


def test_role_takes_the_country_of_its_sentence() -> None:
    police = Actor("a1", "Police", "COP", None, ("COP",), "group", (_span("Police"),))
    doc = ActorCountries()(_doc(police, places=(_lagos(),)))
    (coded,) = [a for a in doc.actors if a.name == "Police"]
    assert (coded.code, coded.country) == ("NGACOP", "NGA")


def test_role_without_cue_takes_the_main_country() -> None:
    officials = Actor("a1", "officials", "GOV", None, ("GOV",), "group", (_span("Officials"),))
    doc = ActorCountries()(_doc(officials, _nigeria()))
    (coded,) = [a for a in doc.actors if a.name == "officials"]
    assert coded.code == "NGAGOV"


def test_person_without_code_gets_the_country_alone() -> None:
    person = Actor("a1", "Oyelaran", None, None, (), "person", (_span("Oyelaran"),))
    doc = ActorCountries()(_doc(person, _nigeria()))
    (coded,) = [a for a in doc.actors if a.name == "Oyelaran"]
    assert (coded.code, coded.country) == ("NGA", "NGA")


def test_persons_setting_off_leaves_them() -> None:
    person = Actor("a1", "Oyelaran", None, None, (), "person", (_span("Oyelaran"),))
    config = Config(settings={"geowire.actors.context.v1": {"persons": False}})
    doc = ActorCountries(config)(_doc(person, _nigeria()))
    (coded,) = [a for a in doc.actors if a.name == "Oyelaran"]
    assert coded.code is None


def test_international_roles_and_coded_actors_are_left_alone() -> None:
    ngo = Actor("a1", "aid agencies", "NGO", None, ("NGO",), "group", (_span("protesters"),))
    envoy = Actor("a2", "envoy", "FRAGOV", "FRA", ("GOV",), "person", (_span("envoy"),))
    doc = ActorCountries()(_doc(ngo, envoy, _nigeria()))
    codes = {a.name: a.code for a in doc.actors}
    assert codes["aid agencies"] == "NGO"
    assert codes["envoy"] == "FRAGOV"


def test_one_role_in_two_countries_is_split_and_ids_renumbered() -> None:
    mentions = (_span("Police"), _span("envoy"))
    role = Actor("a1", "authorities", "GOV", None, ("GOV",), "group", mentions)
    france = Actor("a2", "France", "FRA", "FRA", (), "state", (_span("French"),))
    doc = ActorCountries()(_doc(role, france, places=(_lagos(),)))
    codes = sorted(a.code or "" for a in doc.actors if a.name == "authorities")
    assert codes == ["FRAGOV", "NGAGOV"]
    assert [a.id for a in doc.actors] == [f"a{n}" for n in range(1, len(doc.actors) + 1)]
    starts = [min(s for s, _e in a.mentions) for a in doc.actors]
    assert starts == sorted(starts)


def test_a_role_of_a_known_state_takes_that_state_without_any_cue() -> None:
    # a holder out of office read through a title ("the former president, X"): the
    # person's state is known, the code carries the role alone
    person = Actor("a1", "Oyelaran", "GOV", "NGA", ("GOV",), "person", (_span("Oyelaran"),))
    (coded,) = ActorCountries()(_doc(person)).actors
    assert (coded.code, coded.country) == ("NGAGOV", "NGA")


def test_no_cue_no_change() -> None:
    officials = Actor("a1", "officials", "GOV", None, ("GOV",), "group", (_span("Officials"),))
    doc = _doc(officials)
    assert ActorCountries()(doc) is doc


@pytest.mark.parametrize(
    "cues, expected",
    [
        ([Cue(0, "NGA"), Cue(50, "USA"), Cue(60, "NGA")], "NGA"),
        ([Cue(50, "USA"), Cue(60, "NGA")], None),  # a tie names no country
        ([Cue(0, "NGA"), Cue(50, "USA")], "NGA"),  # the lede counts double
        ([], None),
    ],
)
def test_main_country(cues: list[Cue], expected: str | None) -> None:
    assert main_country(cues, lede_end=40) == expected


@pytest.mark.parametrize(
    "settings",
    [{"persons": "maybe"}, {"main_share": "x"}, {"bogus": 1}],
)
def test_bad_settings_are_config_errors(settings: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        ActorCountries(Config(settings={"geowire.actors.context.v1": settings}))


@pytest.mark.model
def test_pipeline_codes_bare_agents() -> None:
    import geowire

    doc = geowire.extract(
        "Nigerian troops fought rebels in Borno. Nigeria's army said the region was calm. "
        "Officials in Abuja said security forces arrested ten suspects.",
        published="2021-03-02",
    )
    coded = {a.name.lower(): a.code for a in doc.actors}
    assert coded.get("security forces", "").startswith("NGA")


@pytest.mark.model
def test_a_person_takes_the_country_of_their_own_description() -> None:
    import geowire

    doc = geowire.extract(
        "Russia sent ships to the disputed strait. Russia said the strait was its own. "
        "Paul Lindqvist, who lives in Sweden, said Russia would go on.",
        published="2021-05-07",
    )
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("Paul Lindqvist") == "SWE"  # not the article's Russia


@pytest.mark.model
def test_a_role_a_persons_own_verb_gives_them_is_their_own_description() -> None:
    import geowire

    # "elected as mayor of London", "stepped down as a member of Britain's Parliament": who
    # they are, over an article about another country
    doc = geowire.extract(
        "Trump offered to let Obi Kaye into the United States. Trump said the United States "
        "would make an exception. Kaye was elected as mayor of London last week. Kaye said "
        "the United States should drop the ban.",
        published="2016-05-11",
    )
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("Obi Kaye") == "GBR"


def test_news_media_are_no_country_cue() -> None:
    from geowire.actors.context import cues_of

    voa = Actor("a1", "VOA", "USAMED", "USA", ("MED",), "organization", (_span("envoy"),))
    assert cues_of((voa, _nigeria()), ()) == [
        Cue(_span("Nigeria")[0], "NGA"),
        Cue(_span("Nigeria", 1)[0], "NGA"),
    ]


def test_a_mention_of_two_parties_of_two_countries_is_no_cue() -> None:
    from geowire.actors.context import cues_of

    # "the two sides" is a mention of both: it says no place the sentence is about
    pair = (40, 53)
    india = Actor("a1", "India", "IND", "IND", (), "state", ((0, 5), pair))
    pakistan = Actor("a2", "Pakistan", "PAK", "PAK", (), "state", ((10, 18), pair))
    assert cues_of((india, pakistan), ()) == [Cue(0, "IND"), Cue(10, "PAK")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Iran's U.N. ambassador said the council was wrong.", "Iran's U.N. ambassador", "IRNGOV"),
        ("French Deputy U.N. Ambassador Claire Dumont spoke.", "Claire Dumont", "FRAGOV"),
        ("The UN envoy for Syria said the talks failed.", "The UN envoy", "IGOUNOGOV"),
        (
            "Security sources in Pakistan said the attack was over.",
            "Security sources in Pakistan",
            "PAKMIL",
        ),
    ],
)
def test_a_states_delegate_to_an_organisation_is_the_states(
    text: str, name: str, code: str
) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-11")
    assert {a.name: a.code for a in doc.actors}.get(name) == code


@pytest.mark.model
def test_a_role_takes_the_country_of_the_name_that_modifies_it() -> None:
    import geowire

    doc = geowire.extract("Kenji Morita blamed the Trump administration.", published="2025-03-13")
    assert {a.name: a.code for a in doc.actors}.get("administration") == "USAGOV"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Egyptian-led forces shelled a rebel camp in Sudan on Monday.", "EGYMIL"),
        ("Turkish-led coalition troops seized a town in Syria.", "TURMIL"),
        ("Hamas-led militants shelled a town in Egypt.", "PSEREB"),
        # a backer is no leader: the place the group is in still tells whose it is
        ("Iranian-backed fighters shelled a rebel camp in Sudan on Monday.", "SDNREB"),
    ],
)
def test_a_force_a_country_leads_is_that_countrys(text: str, code: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2024-05-06")
    roles = [a.code for a in doc.actors if a.name in ("forces", "troops", "fighters", "militants")]
    assert roles == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        (
            "Pakistan says attacks rose sharply last year. Security sources have said those "
            "involved in the bombing are based in Afghanistan.",
            "Security sources",
            "PAKMIL",
        ),
        (
            "Farmers in Texas remember the drought. \u201cMy grandfather came from two "
            "villages in Mexico,\u201d said Rosa Alvarez.",
            "Rosa Alvarez",
            "USA",
        ),
    ],
)
def test_what_someone_says_does_not_place_them(text: str, name: str, code: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    assert {a.name: a.code for a in doc.actors}.get(name) == code


@pytest.mark.model
def test_where_a_role_sends_or_goes_does_not_place_it() -> None:
    import geowire

    text = (
        "Chile tightened its border rules on Monday. President Boric said the border was "
        "in crisis. The government deported hundreds of migrants to Peru last month."
    )
    doc = geowire.extract(text, published="2021-05-07")
    assert {a.name: a.code for a in doc.actors}.get("government") == "CHLGOV"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        # a country a person works on, writes about or is sent to is not theirs
        ("Ingrid Sola, a former adviser on Peru, said the talks had failed.", None),
        ("Tomas Brek, an expert on Chile, said the deal would hold.", None),
        ("Dara Holm, a Turkey analyst, said the vote was close.", None),
        ("Paul Grey, the ambassador to Chile, said talks would resume.", None),
        # ... but a demonym, a possessive, a government served or a birthplace is
        ("Ingrid Sola, a Peruvian adviser, said the talks had failed.", "PER"),
        ("Ingrid Sola, Peru's adviser, said the talks had failed.", "PER"),
        ("Ingrid Sola, an adviser to the Peruvian government, said the talks had failed.", "PER"),
        ("Ingrid Sola, a Peru-born analyst, said the talks had failed.", "PER"),
        # a demonym or a possessive country is not the preposition's object
        ("Ingrid Sola, director of a center for Peruvian women, said the talks had failed.", "PER"),
        ("Ingrid Sola, a spokeswoman for Peru's ruling party, said the talks had failed.", "PER"),
        # where a person arrived is not theirs
        (
            "SANTIAGO, Chile (AP) _ Ingrid Sola arrived in Peru on Monday and said the talks "
            "had failed.",
            "CHL",
        ),
    ],
)
def test_a_country_that_is_a_persons_topic_is_not_theirs(text: str, country: str | None) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    assert [a.country for a in doc.actors if a.kind == "person"] == [country]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        # where a trip set out from is not the traveller's country
        (
            "Chile's police detained two union leaders on Monday. Union leader Ada Obi was "
            "detained as she arrived on a flight from Peru.",
            "CHL",
        ),
        (
            "Chile's police detained two union leaders on Monday. Union leader Ada Obi was "
            "detained after returning from Peru.",
            "CHL",
        ),
        # ... but where someone came from, by a verb of origin, still is
        (
            "Chile's police detained two union leaders on Monday. Union leader Ada Obi, who "
            "came from Peru, was detained.",
            "PER",
        ),
    ],
)
def test_where_a_trip_set_out_from_is_not_the_travellers_country(text: str, country: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    assert [a.country for a in doc.actors if a.name == "Ada Obi"] == [country]


def _named(text: str, name: str, published: str = "2021-03-02") -> list[Actor]:
    """The actors the whole pipeline finds in ``text`` under ``name``."""
    import geowire

    return [a for a in geowire.extract(text, published=published).actors if a.name == name]


@pytest.mark.model
def test_a_role_in_the_two_countries_is_the_role_of_each() -> None:
    officials = _named(
        "Norway and Sweden signed a fishing deal on Monday. "
        "Officials in the two countries said the deal would create jobs.",
        "Officials",
    )
    assert sorted(a.code or "" for a in officials) == ["NORGOV", "SWEGOV"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Norway said on Friday that the embassy in Kenya would stay closed.",
        "A Norwegian court ruled on Friday. The embassy in Kenya was closed.",
    ],
)
def test_a_mission_is_not_its_hosts(text: str) -> None:
    assert [a.code for a in _named(text, "embassy")] == ["NORGOV"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, role",
    [
        ("Syria said on Monday that foreign fighters had entered Syria.", "fighters"),
        ("Iraq invaded Kuwait. Allied troops have mobilized in Iraq since then.", "troops"),
        ("Arab foreign ministers condemned Syria on Monday.", "foreign ministers"),
        ("Syria hosted Iraq. African leaders met in Syria on Monday.", "leaders"),
    ],
)
def test_a_role_of_several_states_takes_none_of_the_articles(text: str, role: str) -> None:
    codes = [a.code for a in _named(text, role, "1991-02-25")]
    assert codes and all(c and c[:3] not in ("SYR", "IRQ", "KWT") for c in codes), codes


@pytest.mark.model
def test_a_demonym_of_one_state_is_no_region() -> None:
    found = _named("South African officials met in Syria.", "South African officials")
    assert [a.code for a in found] == ["ZAFGOV"]


@pytest.mark.model
def test_a_counterpart_takes_no_country_from_the_article() -> None:
    text = "Norway's prime minister met his counterpart in Oslo on Monday."
    assert [a.country for a in _named(text, "counterpart")] == [None]


def test_a_name_read_as_a_place_of_one_country_is_that_country() -> None:
    # the NER took "Lagos" for a person; the places component read it as Nigeria's city
    lagos = Actor("a1", "Lagos", None, None, (), "person", (_span("Lagos"),))
    doc = ActorCountries()(_doc(lagos, _nigeria(), places=(_lagos(),)))
    (coded,) = [a for a in doc.actors if a.name == "Lagos"]
    assert (coded.code, coded.country, coded.kind) == ("NGA", "NGA", "state")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        # a place that names a body, a deal or an event is not where a person is from
        (
            "Senators in Ohio voted on the budget. Mara Quill, who chairs the Kabul committee, "
            "praised the vote.",
            "USA",
        ),
        (
            "Senators in Ohio voted on the budget. Gil Pratt criticized the Iran deal on Tuesday.",
            "USA",
        ),
        # ... but one that modifies a person's own title or an actor still is
        (
            "Senators in Ohio voted on the budget. Bea Lund, a Berlin resident, praised the vote.",
            "DEU",
        ),
    ],
)
def test_a_place_naming_a_thing_is_no_persons_country(text: str, country: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    assert [a.country for a in doc.actors if a.kind == "person"] == [country]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        # what a person did (a past or perfect relative clause) is not who they are
        ("a veteran who served three combat tours in Iraq", "USA"),
        ("who has fought in Afghanistan", "USA"),
        ("who lived in Japan for a decade", "USA"),
        # ... where they come from or live now is
        ("who grew up in Mexico", "MEX"),
        ("who was born in Mexico", "MEX"),
        ("who lives in Mexico", "MEX"),
    ],
)
def test_what_a_person_did_somewhere_does_not_place_them(text: str, country: str) -> None:
    people = _named(
        f"Voters in Ohio went to the polls. Mark Dillard, {text}, said the town was calm.",
        "Mark Dillard",
    )
    assert [a.country for a in people] == [country]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tim Rowe of Harmon University suggested that Germany's banks were too weak.",
        "Tim Rowe, a professor at Harmon University, argued that Japan had lost a decade.",
    ],
)
def test_what_its_staff_says_does_not_place_an_institution(text: str) -> None:
    institutions = _named(f"Economists in Chicago were worried on Monday. {text}", "University")
    assert [a.code for a in institutions] == ["USAEDU"]


@pytest.mark.model
def test_a_person_at_a_named_company_takes_its_country_but_no_one_else_does() -> None:
    import geowire

    doc = geowire.extract(
        "Lena Moser, an analyst at Glencore, said officials in Peru were worried.",
        published="2024-05-06",
    )
    codes = {a.name: a.country for a in doc.actors}
    assert codes.get("Lena Moser") == "CHE"
    assert codes.get("officials in Peru") == "PER"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        ("European officials criticized Iran on Monday.", "European officials", "EURGOV"),
        ("Western diplomats said Iran was stalling.", "Western diplomats", "WSTGOV"),
        ("Southeast Asian officials criticized China.", "Southeast Asian officials", "SEAGOV"),
        # a country's adjective is no region's, even with a region's word in it
        ("South African police arrested five men in Chile.", "South African police", "ZAFCOP"),
        # a group named by its examples is theirs
        (
            "West African leaders, such as Ghana's president, criticized the coup in Niger.",
            "West African leaders",
            "GHAGOV",
        ),
    ],
)
def test_a_role_a_regions_word_modifies_is_that_regions(text: str, name: str, code: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2024-05-06")
    found = {a.code for a in doc.actors if name.split()[-1] in a.name}
    assert found == {code}, [(a.name, a.code) for a in doc.actors]


def test_the_region_table_loads_with_cameo_codes() -> None:
    from geowire.actors import data

    codes = {r.code: r.demonyms for r in data.regions()}
    assert "European" in codes["EUR"] and "Western" in codes["WST"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Erdogan spokesman Ibrahim Kalin criticized Israel.", "Ibrahim Kalin", "TURGOV"),
        ("Obama adviser Ben Rhodes criticized Israel on Monday.", "Ben Rhodes", "USAGOV"),
    ],
)
def test_a_title_after_a_party_makes_its_holder_that_partys(
    text: str, name: str, code: str
) -> None:
    # the person or body named right before a title is whom its holder serves
    assert [a.code for a in _named(text, name, published="2016-04-06")] == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        # non-combatants an armed doer strikes are of the place, not of the doer's country
        (
            "Lebanon's health ministry said on Monday that hospitals in Beirut were full. "
            "Syrian soldiers shot three farmers near the border, witnesses said.",
            "farmers",
            "LBNAGR",
        ),
        (
            "Lebanon's health ministry said on Monday that hospitals in Beirut were full. "
            "Three farmers were shot by Syrian soldiers near the border, witnesses said.",
            "farmers",
            "LBNAGR",
        ),
        (
            "Lebanon's health ministry said on Monday that hospitals in Beirut were full. "
            "Three farmers were killed in a U.S. drone strike near the border, witnesses said.",
            "farmers",
            "LBNAGR",
        ),
        # the doer of a participle or of a joined verb is the subject of the verb it
        # hangs from
        (
            "Lebanon's health ministry said on Monday that hospitals in Beirut were full. "
            "Syrian soldiers shelled a farm near the border, killing three farmers, "
            "witnesses said.",
            "farmers",
            "LBNAGR",
        ),
        (
            "Lebanon's health ministry said on Monday that hospitals in Beirut were full. "
            "Syrian soldiers crossed the border and shot three farmers, witnesses said.",
            "farmers",
            "LBNAGR",
        ),
    ],
)
def test_non_combatants_an_armed_doer_strikes_are_not_of_its_country(
    text: str, name: str, code: str
) -> None:
    assert [a.code for a in _named(text, name, published="2023-05-01")] == [code]


@pytest.mark.model
def test_non_combatants_police_act_on_keep_the_police_s_country() -> None:
    # police act at home: "Syrian police arrested protesters" are Syrians
    text = (
        "Lebanon's health ministry said on Monday that hospitals in Beirut were full. "
        "Syrian police arrested three protesters on Sunday, witnesses said."
    )
    assert [a.code for a in _named(text, "protesters", published="2023-05-01")] == ["SYROPP"]


def test_a_country_named_in_an_institution_of_the_storys_own_state_is_the_state() -> None:
    from geowire.actors.context import _home_division, _home_division_name

    school = Actor(
        "a2", "Georgia Southern University", "GEOEDU", "GEO", ("EDU",), "organization", ()
    )
    assert _home_division_name(school, "USA")  # Georgia is also a US state
    assert _home_division(school, "USA").code == "USAEDU"
    assert not _home_division_name(school, "GEO")
    assert not _home_division_name(school, "FRA")  # Georgia is no French region
    georgia = Actor("a3", "Georgia", "GEO", "GEO", (), "state", ())
    assert not _home_division_name(georgia, "USA")  # the country's own name is left alone


@pytest.mark.model
def test_a_professor_at_a_us_states_university_in_an_american_story_is_american() -> None:
    import geowire

    doc = geowire.extract(
        "Donald Trump held a rally in Ohio on Tuesday. Trump supporters in Ohio cheered. "
        '"They were angry," said Jared Sexton, who teaches at Georgia Southern University.',
        published="2016-03-01",
    )
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("Georgia Southern University") == "USAEDU"
    assert not (coded.get("Jared Sexton") or "").startswith("GEO")


def test_a_country_named_before_a_persons_title_in_a_story_of_its_namesake_state() -> None:
    from geowire.actors.context import _home_division_name

    text = "Georgia businessman Bruce LeVell said so. Georgia President Ana Beridze said so."
    one, two = text.index("Georgia"), text.index("Georgia President")
    trader = Actor(
        "a1", "Bruce LeVell", "GEOBUS", "GEO", ("BUS",), "person", ((one, text.index(" said")),)
    )
    head = Actor("a2", "Ana Beridze", "GEOGOV", "GEO", ("GOV",), "person", ((two, len(text) - 9),))
    assert _home_division_name(trader, "USA", text)
    assert not _home_division_name(head, "USA", text)  # a state's own office is the state's
    assert not _home_division_name(trader, "GEO", text)


def test_a_possessive_namesake_state_before_or_after_a_state_office_is_the_state() -> None:
    from geowire.actors.context import _home_division_name

    text = (
        "Georgia's governor said so. Brad Raffensperger, Georgia's secretary of state, agreed. "
        "Georgia's president said so."
    )
    gov = Actor("a1", "Georgia's governor", "GEOGOV", "GEO", ("GOV",), "person", ((0, 18),))
    start = text.index("Brad")
    sec = Actor(
        "a2", "Brad Raffensperger", "GEOGOV", "GEO", ("GOV",), "person", ((start, start + 18),)
    )
    pres = text.index("Georgia's president")
    head = Actor(
        "a3", "Georgia's president", "GEOGOV", "GEO", ("GOV",), "person", ((pres, pres + 19),)
    )
    assert _home_division_name(gov, "USA", text)
    assert _home_division_name(sec, "USA", text)
    assert not _home_division_name(head, "USA", text)  # the country's president is its own
    assert not _home_division_name(gov, "GEO", text)


@pytest.mark.model
def test_a_nationality_in_a_persons_apposition_is_theirs() -> None:
    import geowire

    doc = geowire.extract(
        '"This is a disaster," said Marta Kowalski, a Polish economist. '
        '"We must act," a German diplomat said. Germany will decide next week.',
        published="2024-03-01",
    )
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("Marta Kowalski") == "POL"  # not the article's Germany


@pytest.mark.model
def test_a_heritage_nationality_in_a_persons_apposition_is_the_later_one() -> None:
    import geowire

    doc = geowire.extract(
        '"The embargo has failed," said Jorge Perez, a Cuban-American political scientist. '
        "Cuba's government rejected the claim.",
        published="2024-03-01",
    )
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("Jorge Perez") == "USA"


@pytest.mark.model
def test_the_country_guessed_from_the_last_state_named_is_no_persons_own() -> None:
    import geowire

    doc = geowire.extract(
        "American workers in Ohio lost jobs. Washington debated trade with American unions. "
        "Economists agree that the rise of China as a manufacturing powerhouse hurt the "
        "heartland. Nor are tariffs likely to bring jobs back, said David Autor, a professor "
        "of economics, who is one of the country’s foremost specialists on free trade.",
        published="2016-03-21",
    )
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("David Autor") == "USAEDU"  # the article's country, not China


def test_a_local_office_after_a_country_named_like_a_state_of_the_story_is_the_state() -> None:
    from geowire.actors.context import _home_division_name

    text = (
        "Georgia Gov. Nathan Deal said so. Gov. Sonny Perdue of Georgia said so. "
        "Georgia President Ana Beridze said so."
    )

    def person(name: str, at: str, end: str) -> Actor:
        s = text.index(at)
        return Actor("a1", name, "GEOGOV", "GEO", ("GOV",), "person", ((s, text.index(end, s)),))

    governor = person("Nathan Deal", "Georgia Gov.", " said")
    after = person("Sonny Perdue", "Gov. Sonny", " of Georgia")
    head = person("Ana Beridze", "Georgia President", " said")
    assert _home_division_name(governor, "USA", text)  # a US state's governor
    assert _home_division_name(after, "USA", text)  # "Gov. X of Georgia"
    assert not _home_division_name(head, "USA", text)  # a national office stays the country's
    assert not _home_division_name(governor, "GEO", text)
    minister = Actor("a4", "Ana Beridze", "GEOMIL", "GEO", ("MIL",), "person", governor.mentions)
    assert not _home_division_name(minister, "USA", text)  # no office of a state's forces


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        # a country named only as what something else is about, marks or acts on
        (
            "OTTAWA (AP) _ Canada's election campaign tightened on Monday. Farmers in "
            "districts hardest hit by Brazilian imports tended to back the opposition.",
            "Farmers",
            "CANAGR",
        ),
        (
            "OTTAWA (AP) _ Canada's election campaign tightened on Monday. The attack on "
            "Madrid has pushed security up the agenda, prompting voters to rethink.",
            "voters",
            "CANCVL",
        ),
        (
            "OTTAWA (AP) _ Canada's car industry is shrinking. The firm will lay off 300 "
            "workers as it moves production to a Vietnam factory.",
            "workers",
            "CANLAB",
        ),
        (
            "OTTAWA (AP) _ Canada's election campaign tightened on Monday. Residents angry "
            "about the trade deal with Japan protested.",
            "Residents",
            "CANCVL",
        ),
        # linked to the people by their own phrase: theirs
        (
            "OTTAWA (AP) _ Canada's election campaign tightened on Monday. Workers at a "
            "Vietnam factory went on strike.",
            "Workers",
            "VNMLAB",
        ),
        (
            "OTTAWA (AP) _ Canada's election campaign tightened on Monday. Students from "
            "Vietnam rallied outside parliament.",
            "Students from Vietnam",
            "VNMEDU",
        ),
    ],
)
def test_a_country_named_as_a_topic_is_not_the_peoples(text: str, name: str, code: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    assert {a.name: a.code for a in doc.actors}.get(name) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Cook County Board approved the plan.", "the cook county board", "USAGOV"),
        (
            "Louisville, Kentucky, has a plan. The Louisville Metro Council voted to approve it.",
            "the louisville metro council",
            "USAGOV",
        ),
    ],
)
def test_a_local_government_named_after_its_place_is_that_countrys_government(
    text: str, name: str, code: str
) -> None:
    import geowire

    doc = geowire.extract(text, published="2016-04-01")
    assert {a.name.lower(): a.code for a in doc.actors}.get(name) == code


@pytest.mark.model
def test_a_club_or_firm_named_after_a_place_is_no_local_government() -> None:
    import geowire

    doc = geowire.extract(
        "The Kansas City Chiefs signed a quarterback. Orange County Choppers sued the bank.",
        published="2016-04-01",
    )
    assert not any((a.code or "").endswith("GOV") for a in doc.actors)


@pytest.mark.model
def test_a_local_government_of_a_place_of_several_countries_needs_the_articles_country() -> None:
    import geowire

    # "Mayo": towns of the US, the Philippines and Canada, none told by the article
    doc = geowire.extract("The Mayo County Council approved the plan.", published="2016-04-01")
    assert not any((a.code or "").endswith("GOV") for a in doc.actors)


@pytest.mark.parametrize(
    "cues, expected",
    [
        # one sentence deep in the story names France: no article's country
        ([Cue(50, "FRA"), Cue(55, "FRA"), Cue(120, "CHN")], None),
        # named in two sentences: the article's
        ([Cue(50, "FRA"), Cue(80, "FRA"), Cue(120, "CHN")], "FRA"),
        # named in the lede: the article's
        ([Cue(0, "FRA"), Cue(120, "CHN")], "FRA"),
    ],
)
def test_a_main_country_is_cued_in_the_lede_or_in_two_sentences(
    cues: list[Cue], expected: str | None
) -> None:
    assert main_country(cues, lede_end=40, starts=[0, 41, 75, 106]) == expected


def test_a_persons_name_read_as_a_town_is_no_cue() -> None:
    from geowire.actors.context import cues_of

    # "Oyelaran" is also a town of another country; the person is named in full elsewhere
    person = Actor(
        "a1", "Ade Oyelaran", None, None, (), "person", (_span("Oyelaran"), _span("Police"))
    )
    town = Place("Oyelaran", _span("Oyelaran"), "Oyelaran", "ITA", 41.0, 12.0, 1, "city")
    assert cues_of((person,), (town, _lagos())) == [Cue(_span("Lagos")[0], "NGA")]
    # a name the NER took for a person that is only ever the place stays a cue
    kharkiv = Actor("a2", "Oyelaran", None, None, (), "person", (_span("Oyelaran"),))
    assert Cue(_span("Oyelaran")[0], "ITA") in cues_of((kharkiv,), (town,))


def test_a_sentence_that_describes_the_country_counts_twice() -> None:
    # "... in Kisumu and Eldoret, the country's two largest cities": one sentence that
    # speaks of its country as "the country" tells what the story is about
    cues = [Cue(50, "KEN"), Cue(60, "KEN"), Cue(120, "FRA")]
    assert main_country(cues, lede_end=40, starts=[0, 41, 75, 106], described=frozenset({2})) == (
        "KEN"
    )
    text = "The vote went ahead. Crowds filled Kisumu, the country's third city. More."
    from geowire.actors.context import _described

    starts = [0, 21, 68]
    assert _described(text, starts) == frozenset({2})


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        # filed from a base the story never names again: its officials are the country
        # of the first party the lede names
        (
            "BANGKOK — Myanmar's junta bombed a village on Tuesday, residents said. The army "
            "denied the report.",
            "army",
            "MMRMIL",
        ),
        (
            "NAIROBI, Kenya — Ethiopian authorities arrested three reporters on Friday, their "
            "lawyer said. Police accused them of spreading rumors.",
            "Police",
            "ETHCOP",
        ),
        # a base the story names again stays the officials' country
        (
            "NAIROBI, Kenya — Ethiopian authorities arrested three Kenyan reporters on "
            "Friday. Police accused them of spreading rumors.",
            "Police",
            "KENCOP",
        ),
        # a lede opening with an international body tells no country
        (
            "GENEVA — The U.N. human rights office accused Russia of abuses on Tuesday. "
            "Officials said the abuses were systematic.",
            "Officials",
            "CHEGOV",
        ),
        # a foreign party's lede that acts on, with or through the base's officials named
        # bare: the story is the base's, whose officials it goes on with
        (
            "BANGKOK — Vietnam's foreign minister urged the government to curb smuggling on "
            "Friday. Police raided two warehouses.",
            "Police",
            "THACOP",
        ),
        (
            "BEIRUT — Jordan's king met the president on Monday. The army closed the border.",
            "army",
            "LBNMIL",
        ),
        # the lede's party at home, a place of its own named: its officials, bare or not
        (
            "NAIROBI, Kenya — Uganda's president dissolved the cabinet in Kampala on Monday. "
            "Police arrested two ministers.",
            "Police",
            "UGACOP",
        ),
        # the officials who tell of the lede's act, or whose act it tells, are no party
        # it acts on: the lede's party acts at home
        (
            "NAIROBI, Kenya — Uganda's army killed 40 rebels on Monday, officials said. "
            "Police arrested two men.",
            "Police",
            "UGACOP",
        ),
        (
            "BEIRUT — The Syrian Observatory for Human Rights said government forces killed "
            "12 civilians. Police arrested two men.",
            "Police",
            "SYRCOP",
        ),
    ],
)
def test_a_story_filed_from_a_base_it_never_names_is_about_its_lede(
    text: str, name: str, code: str
) -> None:
    assert [a.code for a in _named(text, name)] == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, country",
    [
        # a name apposed to a title that carries its own complement: the title's state,
        # not the state the complement or the sentence names
        (
            "The new Ukrainian ambassador to Poland, Vasyl Dorosh, met Polish officials in "
            "Warsaw on Monday.",
            "Vasyl Dorosh",
            "UKR",
        ),
        (
            "The U.S. special envoy for Sudan, Tom Perrin, met Sudanese army officials in "
            "Port Sudan on Wednesday.",
            "Tom Perrin",
            "USA",
        ),
    ],
)
def test_a_name_apposed_to_a_states_title_is_of_that_state(
    text: str, name: str, country: str
) -> None:
    assert [a.country for a in _named(text, name)] == [country]


@pytest.mark.model
def test_a_pronoun_after_a_named_body_is_not_that_bodys_staff() -> None:
    # "told VOA she": the body ends the verb's object, it owns no title of hers
    text = (
        "Afghan officials met a U.S. delegation in Kabul on Monday. "
        "Lawmaker Amina Rahimi told VOA she pressed the delegation for more aid."
    )
    assert [a.country for a in _named(text, "Amina Rahimi")] == ["AFG"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # where talks are held is not whose the bare roles holding them are
        (
            "Fighting between Chile's army and the rebels went on. Negotiators from both "
            "sides have been meeting in Uruguay for talks on a truce.",
            "CHLGOV",
        ),
        (
            "Fighting between Chile's army and the rebels went on. Negotiators held talks "
            "in Uruguay on Monday.",
            "CHLGOV",
        ),
        # ... but a place the bare role acts in, by no word of meeting, still is theirs
        (
            "Fighting between Chile's army and the rebels went on. Negotiators in Uruguay "
            "appealed for calm.",
            "URYGOV",
        ),
    ],
)
def test_a_meeting_venue_is_not_the_country_of_those_meeting(text: str, code: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    assert [a.code for a in doc.actors if a.name.lower().startswith("negotiators")] == [code]
