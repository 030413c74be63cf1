"""Coreference inside a document: names, surnames, descriptions, pronouns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from geowire import Config, Document, Pipeline
from geowire.actors import actor_at, actors_at
from geowire.actors.coref import same_person
from geowire.actors.resolve import ActorWords
from geowire.language import language


def _mentions(doc: Document) -> dict[str, list[str]]:
    return {a.name: [doc.text[s:e] for s, e in a.mentions] for a in doc.actors}


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Mouaffak al-Rubaie", "Al-Rubaie", True),
        ("Robert Gates", "Gates", True),
        ("Robert Gates", "Mr. Gates", True),
        ("George W. Bush", "George Bush", True),
        ("George Bush", "Jeb Bush", False),
        ("Bill de Blasio", "De Blasio", True),
        ("James O\u2019Neill", "O'Neill", True),
        ("Robert Gates", "Bill Gates", False),
        ("Hoshyar Zebari", "Tariq al-Hashimi", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b, w=language("en").view(ActorWords)) is same


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname later in the text, and "he" after a quote
        (
            "Iraqi National Security Adviser Mouaffak al-Rubaie stressed the need for a pact. "
            "Al-Rubaie further stressed that Iran matters. \u201cIt is feasible,\u201d he said.",
            {
                "Mouaffak al-Rubaie": [
                    "Iraqi National Security Adviser Mouaffak al-Rubaie",
                    "Al-Rubaie",
                    "he",
                ],
                "Iran": ["Iran"],
            },
        ),
        # a pronoun goes to the last person outside the quotation, not to one inside it
        (
            "Iraqi Vice President Tariq al-Hashimi told reporters that Iran matters. "
            "\u201cWe talked to Robert Gates yesterday,\u201d he said.",
            {
                "Tariq al-Hashimi": ["Iraqi Vice President Tariq al-Hashimi", "he"],
                "reporters": ["reporters"],
                "Iran": ["Iran"],
                "Robert Gates": ["Robert Gates"],
            },
        ),
        # a definite description with a country
        (
            "Ahmadinejad urged the Gulf states to cooperate. "
            "The Iranian president said he wanted peace.",
            {
                "Mahmoud Ahmadinejad": ["Ahmadinejad", "Iranian president", "he"],
                "Persian Gulf": ["Gulf states"],
            },
        ),
        # a definite description without one, and a vice president is not the president
        (
            "Iraqi Vice President Tariq al-Hashimi met Iranian President Mahmoud Ahmadinejad. "
            "The vice president said Iran matters.",
            {
                "Tariq al-Hashimi": ["Iraqi Vice President Tariq al-Hashimi", "vice president"],
                "Mahmoud Ahmadinejad": ["Iranian President Mahmoud Ahmadinejad"],
                "Iran": ["Iran"],
            },
        ),
        (
            "President Bush met Prime Minister Gordon Brown. The president said he was pleased.",
            {
                "George W. Bush": ["President Bush", "president", "he"],
                "Gordon Brown": ["Prime Minister Gordon Brown"],
            },
        ),
        # "they" for the last group
        (
            "Iraqi officials met the envoy. They asked for help.",
            {"Iraqi officials": ["Iraqi officials", "They"], "envoy": ["envoy"]},
        ),
        # "they" after parties named together as one subject is all of them
        (
            "Norway and Kenya held talks on Monday. They signed a border treaty.",
            {"Norway": ["Norway", "They"], "Kenya": ["Kenya", "They"]},
        ),
        # an organisation named on a plural noun is its people
        (
            "FBI agents searched the house. They seized documents.",
            {"FBI": ["FBI", "They"]},
        ),
        # a collective the text treats as plural is "they"; one treated as singular is not
        (
            "The Iraqi government were divided over the plan. They rejected it.",
            {"Iraqi government": ["Iraqi government", "They"]},
        ),
        (
            "The Iraqi government was divided over the plan. They rejected it.",
            {"Iraqi government": ["Iraqi government"]},
        ),
        # no guess: a generic "they say", two subjects as near, two persons not named together
        (
            "The army shelled the town. They call it a security operation.",
            {"army": ["army"]},
        ),
        (
            "The rebels fought the soldiers, and the police detained the protesters. "
            "They demanded talks.",
            {
                "rebels": ["rebels"],
                "soldiers": ["soldiers"],
                "police": ["police"],
                "protesters": ["protesters"],
            },
        ),
        (  # a plural subject no actor names stands nearer
            "Senator Dana Voss and Senator Tom Reed explained how volunteers would rank "
            "the voters they met.",
            {
                "Dana Voss": ["Senator Dana Voss"],
                "Tom Reed": ["Senator Tom Reed"],
                "voters": ["voters"],
            },
        ),
        (  # a list after a preposition is not named as one party
            "The envoy welcomed letters from Norway and Kenya. They urged calm.",
            {"envoy": ["envoy"], "Norway": ["Norway"], "Kenya": ["Kenya"]},
        ),
        (
            "Obama met Putin in Geneva. They agreed to cut arsenals.",
            {"Barack Obama": ["Obama"], "Vladimir Putin": ["Putin"]},
        ),
        # the subject is preferred, and a chain of pronouns carries on
        (
            "President Barack Obama met Vladimir Putin on Monday. He said the talks were "
            "useful. He added that more work was needed. Later he left for Paris.",
            {
                "Barack Obama": ["President Barack Obama", "He", "He", "he"],
                "Vladimir Putin": ["Vladimir Putin"],
            },
        ),
        # a relative pronoun that is the subject of its clause
        (
            "Iraqi Foreign Minister Hoshyar Zebari, who will also attend the meeting, "
            "commented on Iran.",
            {
                "Hoshyar Zebari": ["Iraqi Foreign Minister Hoshyar Zebari", "who"],
                "Iran": ["Iran"],
            },
        ),
        # the parser's organisation is a surname
        (
            "U.S. Secretary of Defense Robert Gates expressed concerns. Gates said more.",
            {"Robert Gates": ["U.S. Secretary of Defense Robert Gates", "Gates"]},
        ),
    ],
)
def test_mentions(
    with_model: Callable[..., Document], text: str, expected: dict[str, list[str]]
) -> None:
    assert _mentions(with_model(text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, named, description",
    [
        # the holder's own form carries the title ("President Clinton"): the lawyer is new
        (
            "Former President Clinton spoke to donors in Denver. "
            "A former White House lawyer said the talk was private.",
            "Bill Clinton",
            "White House lawyer",
        ),
        (
            "Former President Clinton spoke to donors in Denver. "
            "Another former president said the talk was private.",
            "Bill Clinton",
            "president",
        ),
        (
            "Russian Prime Minister Ilya Varkov met the envoy. "
            "A Russian minister said the talks were useful.",
            "Ilya Varkov",
            "Russian minister",
        ),
        (
            "Russian Prime Minister Ilya Varkov met the envoy. "
            "One Russian minister said the talks were useful.",
            "Ilya Varkov",
            "Russian minister",
        ),
        (
            "President Putin visited Minsk on Monday. "
            "A Russian president had never done so, an aide said.",
            "Vladimir Putin",
            "Russian president",
        ),
    ],
)
def test_an_indefinite_description_is_someone_new(
    with_model: Callable[..., Document], text: str, named: str, description: str
) -> None:
    mentions = _mentions(with_model(text, published="2005-03-01"))
    assert description not in mentions[named]
    assert [description] in mentions.values()


@pytest.mark.model
def test_an_indefinite_apposition_is_the_named_person(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Mikhail Kasyanov, a former Russian prime minister, criticised the plan.",
        published="2005-03-01",
    )
    assert [(a.name, a.code) for a in doc.actors] == [("Mikhail Kasyanov", "RUSELI")]


def test_actor_at_prefers_the_closest_mention(no_model: Callable[..., Document]) -> None:
    doc = no_model("Iraqi officials met Iran and the U.S. in Geneva.")
    iraq = actor_at(doc, 0, 5)
    assert iraq is not None and iraq.code == "IRQGOV"
    assert [a.code for a in actors_at(doc, 0, 40)] == ["IRQGOV", "IRN", "USA"]
    assert actor_at(doc, 40, 46) is None


@pytest.mark.model
def test_coordinated_actors_share_the_head(with_model: Callable[..., Document]) -> None:
    doc = with_model("U.S. and Iranian officials met.")
    head = doc.text.index("officials")
    assert {a.code for a in actors_at(doc, head, head + 9)} == {"USAGOV", "IRNGOV"}
    first = actor_at(doc, 0, 4)
    assert first is not None and first.code == "USAGOV"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, description",
    [
        (
            "Hamas fired rockets at Israel on Monday. The militant group said more would follow.",
            "Hamas",
            "The militant group",
        ),
        (
            "Japan signed a pact with Fiji. The island nation will host the navy.",
            "Fiji",
            "The island nation",
        ),
    ],
)
def test_descriptions_refer_back(
    with_model: Callable[..., Document], text: str, name: str, description: str
) -> None:
    doc = with_model(text)
    mentions = _mentions(doc)
    owner = next(k for k in mentions if k.startswith(name[:5]))
    assert description in mentions[owner]


@pytest.mark.model
def test_a_description_next_to_a_name_is_that_organisation(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "The charity Doctors Without Borders reports that thousands of Sudanese lack clean water. "
        "Amnesty International agreed."
    )
    msf = next(a for a in doc.actors if a.code == "NGOMSF")
    assert [doc.text[s:e] for s, e in msf.mentions] == ["charity", "Doctors Without Borders"]
    assert not any(a.code == "NGO" for a in doc.actors)


@pytest.mark.model
def test_a_surname_takes_the_full_name_the_tagger_missed(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "A rescue team has arrived from Chile. Quinn Kolm, a senior medic from Santiago, "
        "has joined it. \u201cWe are ready,\u201d said Kolm."
    )
    kolm = next((a for a in doc.actors if a.name.endswith("Kolm")), None)
    assert kolm is not None and kolm.name == "Quinn Kolm"
    assert [doc.text[s:e] for s, e in kolm.mentions][0] == "Quinn Kolm"


@pytest.mark.model
def test_a_description_needs_a_referent_of_its_kind(with_model: Callable[..., Document]) -> None:
    doc = with_model("Officials met on Monday. The group said more would follow.")
    assert not any("The group" in ms for ms in _mentions(doc).values())


@pytest.mark.model
def test_an_object_it_takes_a_party_of_its_own_sentence(
    with_model: Callable[..., Document],
) -> None:
    # "it", the object of "accusing", cannot be its clause's subject (Hamas); the party its
    # own sentence names before it is, not the subject of the sentence before (Chile)
    doc = with_model(
        "Chile urged the United Nations to act on Monday. Hamas has long fought a war "
        "against Israel, accusing it of seizing land."
    )
    mentions = _mentions(doc)
    assert "it" in mentions["Israel"]
    assert "it" not in mentions["Chile"]


@pytest.mark.model
def test_a_predicate_description_is_its_subject(with_model: Callable[..., Document]) -> None:
    # not the latest state named before it
    doc = with_model("Norway and Peru signed the accord. Chile became the last country to sign.")
    mentions = _mentions(doc)
    assert "the last country" in mentions["Chile"]
    assert "the last country" not in mentions["Peru"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, description",
    [
        # a description its own "of" phrase names or sorts names no party told before
        ("Peru sent doctors on Monday. The nation of Ghana sent tents.", "The nation"),
        (
            "Amnesty International sent doctors to Peru. The first group of volunteers left.",
            "The first group",
        ),
        # a party named in its own words tells whose it is
        ("Peru criticized Chile on Monday. Troops guard the Saudi kingdom.", "the Saudi kingdom"),
    ],
)
def test_a_description_that_refers_to_nothing_before_is_no_mention(
    with_model: Callable[..., Document], text: str, description: str
) -> None:
    doc = with_model(text)
    assert not any(description in ms for ms in _mentions(doc).values())


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["CNN aired the debate on Monday.", "Harvard University hosted the debate."]
)
def test_a_group_is_no_office_of_a_state_nor_a_medium(
    with_model: Callable[..., Document], text: str
) -> None:
    doc = with_model(text + " The group said more would follow.")
    assert not any("The group" in ms for ms in _mentions(doc).values())


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party, description",
    [
        # a backer named on a participle is the group's patron, not the group
        (
            "The Houthis seized a cargo ship on Monday. The Iran-backed group said it would "
            "free the crew.",
            "Houthis",
            "The Iran-backed group",
        ),
        # "the group" is the usual anaphor for a company
        (
            "Siemens closed a plant in Ohio on Monday. The group said demand had fallen.",
            "Siemens",
            "The group",
        ),
        # a state counted by its people still refers back
        (
            "Peru closed its border on Monday. The nation of 33 million people asked Chile "
            "for help.",
            "Peru",
            "The nation",
        ),
        # a predicate whose subject is a pronoun refers back as the pronoun does
        (
            "Chile rejected the treaty on Monday. It is the only country that voted against "
            "the text.",
            "Chile",
            "the only country",
        ),
    ],
)
def test_a_description_still_refers_back(
    with_model: Callable[..., Document], text: str, party: str, description: str
) -> None:
    mentions = _mentions(with_model(text))
    assert any(description in m for name, ms in mentions.items() if party in name for m in ms)


@pytest.mark.model
def test_a_led_body_is_no_earlier_party(with_model: Callable[..., Document]) -> None:
    # "the Saudi-led coalition": its leader is its own party (leader_participles), so the
    # description is not the rebels named before it, as "the Iran-backed group" would be
    doc = with_model(
        "Houthi rebels fired missiles at Riyadh on Sunday. The Saudi-led coalition said it "
        "intercepted them."
    )
    mentions = _mentions(doc)
    assert not any(
        "coalition" in m for name, ms in mentions.items() if "Houthi" in name for m in ms
    )


@pytest.mark.model
def test_it_takes_no_party_of_a_setting_phrase(with_model: Callable[..., Document]) -> None:
    # "at the United Nations" places the criticism: "it" is the expeller told before
    doc = with_model(
        "Peru expelled the Bolivian envoy on Monday. Chile criticized the expulsion at the "
        "United Nations, accusing it of breaking the law."
    )
    mentions = _mentions(doc)
    assert "it" not in mentions.get("United Nations", [])


@pytest.mark.parametrize(
    "table, bad_row, noun, refers",
    [
        ("descriptions", "group\tperson", "group", "group"),
        ("pair_nouns", "leaders\tgroup", "leaders", "person"),
    ],
)
def test_description_tables_are_checked(
    tmp_path: Path, table: str, bad_row: str, noun: str, refers: str
) -> None:
    from geowire.actors import data
    from geowire.errors import DictionaryError

    load = getattr(data, table)
    bad = tmp_path / "d.tsv"
    bad.write_text(f"# d, version 1\nnoun\trefers\n{bad_row}\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        load(bad)
    assert load()[noun] == refers


@pytest.mark.model
def test_it_and_its_refer_to_a_state_or_organisation(with_model: Callable[..., Document]) -> None:
    doc = with_model("Kenya refused to attend the hearing. It said its case was strong.")
    mentions = _mentions(doc)
    assert mentions["Kenya"][:1] == ["Kenya"]
    assert "It" in mentions["Kenya"] and "its" in mentions["Kenya"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, guest",
    [
        ("Ruto flew to Lima, where Boluarte welcomed him.", "Ruto"),
        ("Ruto met Lula and thanked him for the talks.", "Lula"),
        # a participle with no subject of its own has its governor's: "him" is not Ruto
        ("Ruto wrote to President Lula on Monday, urging him to visit Nairobi.", "Lula"),
        # nor anyone that subject is named as before: "him" is not Ruto of the first sentence
        (
            "President Ruto met Lula in Nairobi on Monday. Ruto later thanked him for the talks.",
            "Lula",
        ),
        ("Erdogan met Putin in Sochi. The Turkish president later criticized him.", "Putin"),
    ],
)
def test_an_object_pronoun_is_not_its_own_clauses_subject(
    with_model: Callable[..., Document], text: str, guest: str
) -> None:
    mentions = _mentions(with_model(text))
    assert "him" in mentions[next(k for k in mentions if guest in k)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party",
    [
        # the object 'it' of a verb whose object is always a party refers back like a
        # subject 'it', never to the clause's own subject
        ("The rebels fought the Ghanaian army for years, accusing it of abuses.", "army"),
        ("Peru criticized Chile on Monday, accusing it of spying.", "Chile"),
        ("Chile expelled two diplomats. Peru urged it to reconsider.", "Chile"),
    ],
)
def test_an_object_it_of_an_accusing_verb_is_a_party(
    with_model: Callable[..., Document], text: str, party: str
) -> None:
    mentions = _mentions(with_model(text))
    assert "it" in mentions[next(k for k in mentions if party in k)]


@pytest.mark.model
def test_an_object_it_casts_no_second_country_vote_for_the_person_acting() -> None:
    # "it" is China again, the one acted on: it does not make the admiral Chinese (the
    # whole pipeline: the person's country is geowire.actors.context's)
    doc = Pipeline()(
        "Adm. John Smith spoke in Hawaii on Monday. "
        "He called China reckless, accusing it of militarizing the sea.",
        published="2016-05-09",
    )
    smith = next(a for a in doc.actors if a.name == "John Smith")
    china = next(a for a in doc.actors if a.name == "China")
    assert "it" in [doc.text[s:e] for s, e in china.mentions]
    assert not (smith.code or "").startswith("CHN")


@pytest.mark.model
def test_an_object_it_of_another_verb_is_no_party(with_model: Callable[..., Document]) -> None:
    mentions = _mentions(with_model("Peru signed the treaty with Chile and ratified it in May."))
    assert all("it" not in m for m in mentions.values())


@pytest.mark.model
def test_a_surname_with_a_lower_case_particle_and_a_curly_apostrophe(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model("Police named Omar Sa'idi as the leader. They said al-Sa\u2019idi fled.")
    assert "Sa\u2019idi" in _mentions(doc)["Omar Sa'idi"]


@pytest.mark.model
def test_a_states_delegation_named_through_a_pronoun_is_the_states(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model("Peru's U.N. ambassador spoke first, and later his U.N. mission left.")
    codes = {doc.text[s:e]: a.code for a in doc.actors for s, e in a.mentions}
    assert codes["U.N. mission"] == "PERGOV"
    doc = with_model("The U.N. envoy spoke first, and later his U.N. mission left.")
    codes = {doc.text[s:e]: a.code for a in doc.actors for s, e in a.mentions}
    assert codes["U.N. mission"].startswith("IGOUNO")


@pytest.mark.model
def test_a_dummy_it_refers_to_nothing(with_model: Callable[..., Document]) -> None:
    doc = with_model("Kenya refused to attend the hearing. It is clear that talks failed.")
    assert "It" not in _mentions(doc)["Kenya"]


def test_two_organisations_sharing_a_mention_do_not_break_descriptions() -> None:
    # a loaded dictionary and the built-in tables may both name the same words
    from geowire.actors.coref import Build, _named_descriptions

    text = "The charity Doctors Without Borders said it would leave."
    span = (12, 35)
    a = Build("Doctors Without Borders", "NGOMSF", None, "organization", [span])
    b = Build("Doctors Without Borders", "NGO", None, "organization", [span])
    generic = Build("charity", "NGO", None, "organization", [(4, 11)])
    builds = [a, b, generic]
    _named_descriptions(text, builds)  # must not compare two Builds
    assert any(span in x.mentions and (4, 11) in x.mentions for x in builds)


def test_two_bodies_sharing_a_mention_do_not_break_short_names() -> None:
    # "the Commission" after a full name two tables both know
    from geowire.actors.coref import Build, _short_names
    from geowire.actors.resolve import ActorWords
    from geowire.language import language

    text = "The European Commission fined Acme. The Commission said it would appeal."
    span = (4, 23)
    a = Build("European Commission", "IGOEEC", None, "organization", [span])
    b = Build("European Commission", "IGOEECGOV", None, "organization", [span])
    short = Build("Commission", None, None, "organization", [(40, 50)])
    builds = [a, b, short]
    _short_names(text, builds, w=language().view(ActorWords))  # must not compare two Builds
    assert any((40, 50) in x.mentions and span in x.mentions for x in builds)


def _owner(doc: Document, mention: str) -> list[str | None]:
    """The codes of the actors that have ``mention`` (its last occurrence) as a mention."""
    at = doc.text.rindex(mention)
    return [a.code for a in doc.actors if (at, at + len(mention)) in a.mentions]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mention, codes",
    [
        # the last party of that role, not the country named later in the sentence
        (
            "Chile's foreign ministry summoned the Peruvian ambassador. "
            "The ministry accused Lima of spying.",
            "ministry",
            ["CHLGOV"],
        ),
        # the army is the troops', the militants the armed group's
        (
            "Kenyan troops attacked al-Shabab bases near Kismayo on Monday. "
            "The army said the militants had ambushed a convoy.",
            "army",
            ["KENMIL"],
        ),
        (
            "Kenyan troops attacked al-Shabab bases near Kismayo on Monday. "
            "The army said the militants had ambushed a convoy.",
            "militants",
            ["SOMINS"],
        ),
        # a place before an armed description tells where the story is told from, not
        # whose fighters they are: the armed group named before
        (
            "Houthi rebels attacked a cargo ship in the Red Sea. "
            "In London, the foreign secretary condemned the rebels.",
            "rebels",
            ["YEMREB"],
        ),
        (
            "Islamic State fighters attacked a prison in Hasakah. "
            "In Damascus, the government said the militants were killed.",
            "militants",
            ["IMGMUSISIREB"],
        ),
    ],
)
def test_a_role_description_is_the_last_party_of_that_role(
    with_model: Callable[..., Document], text: str, mention: str, codes: list[str]
) -> None:
    assert _owner(with_model(text), mention) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mention, not_code",
    [
        # a place named before it in its own sentence says whose government it is
        (
            "Kenya's government closed the border. In Uganda, the government kept it open.",
            "government",
            "KENGOV",
        ),
        # two ministries of different states in the last sentence: no guess
        (
            "Russia's defence ministry and Ukraine's defence ministry gave different figures. "
            "The ministry said twenty soldiers died.",
            "ministry",
            "UKRGOV",
        ),
    ],
)
def test_a_role_description_does_not_guess(
    with_model: Callable[..., Document], text: str, mention: str, not_code: str
) -> None:
    assert not_code not in _owner(with_model(text), mention)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mention, codes",
    [
        (
            "Modi met Mauritian Prime Minister Navin Ramgoolam on Tuesday. "
            "Both leaders reaffirmed their commitment to open sea lanes.",
            "Both leaders",
            ["IND", "MUS"],
        ),
        (
            "Israel and Hamas, in talks mediated by Egypt, agreed to a truce. "
            "The two sides later accused each other of violations.",
            "The two sides",
            ["ISR", "PSE"],
        ),
        # an adjective between "the two" and the noun
        (
            "Norway and Sweden signed a fishing deal on Monday. "
            "The two Nordic countries will meet again in May.",
            "The two Nordic countries",
            ["NOR", "SWE"],
        ),
        # three leaders, none of them a coordinated subject: which two is a guess
        (
            "Putin met Erdogan and Rouhani in Tehran. The two leaders signed a deal.",
            "The two leaders",
            [],
        ),
        # the two persons, not the office beside them
        (
            "The White House said no meeting was planned between President Barack Obama "
            "and his Iranian counterpart, Hassan Rouhani. Last year, the two leaders spoke "
            "by phone.",
            "the two leaders",
            ["IRN", "USA"],
        ),
        # one subject phrase naming two parties
        (
            "Earlier this week, U.S. and Iranian diplomats held talks on Iran's nuclear "
            "program. The two sides reached a deal in Geneva.",
            "The two sides",
            ["IRN", "USA"],
        ),
        # the two ends of "between"
        (
            "The army said fighting broke out in Tripoli between Libya's police and "
            "Egyptian troops, a Tunisian official said. The two sides exchanged fire for "
            "hours.",
            "The two sides",
            ["EGY", "LBY"],
        ),
        # a speaker's words name no side of the story
        (
            "\u201cOlmert is weak,\u201d said Shlomo Gazit, a retired Israeli general. "
            "The two sides met in Ankara on Monday.",
            "The two sides",
            [],
        ),
    ],
)
def test_the_two_leaders_are_the_two_parties_just_named(
    with_model: Callable[..., Document], text: str, mention: str, codes: list[str]
) -> None:
    assert sorted((c or "")[:3] for c in _owner(with_model(text), mention)) == codes


@pytest.mark.model
def test_they_may_be_a_group_named_by_its_relation_to_a_person(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Thousands of supporters of President Mohamed Morsi filled the streets of Cairo on "
        "Friday. Waving flags, they marched to the palace.",
        published="2013-07-05",
    )
    assert [(c or "")[:3] for c in _owner(doc, "they")] == ["EGY"], _mentions(doc)


@pytest.mark.model
def test_they_after_parties_named_together_is_an_event_each() -> None:
    doc = Pipeline(Config())(
        "Norway and Kenya met on Monday. They signed a border treaty.", published="2023-04-12"
    )
    signers = {e.source.code for e in doc.events if e.cameo == "057" and e.source}
    assert signers == {"NOR", "KEN"}


@pytest.mark.model
def test_a_surname_two_persons_share_is_the_one_named_last(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Anna Schmidt's uncle said on Monday that he wants diplomats to visit her. "
        "\u201cWe are worried,\u201d Peter Schmidt wrote in a letter to the newspaper. "
        "Schmidt also wrote to the foreign minister.",
        published="2005-03-01",
    )
    mentions = _mentions(doc)
    assert "Schmidt" in mentions["Peter Schmidt"], mentions
    assert "Schmidt" not in mentions["Anna Schmidt"], mentions


@pytest.mark.model
def test_he_is_not_a_person_the_text_tells_is_a_woman(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "Dana Voss toured the port on Monday. Voss said she would rebuild it. "
        "The head of the police inquiry, Kurt Almen, said ten people had been questioned. "
        "He would not comment on the suspects.",
        published="2005-03-01",
    )
    mentions = _mentions(doc)
    assert "He" not in mentions["Dana Voss"], mentions


@pytest.mark.model
def test_a_description_is_not_the_subject_of_its_own_clause(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Madeleine Albright arrived in Dar es Salaam on Tuesday. "
        "Albright told the foreign minister that the embassy would reopen.",
        published="1998-08-18",
    )
    mentions = _mentions(doc)
    assert "foreign minister" not in mentions["Madeleine Albright"], mentions


@pytest.mark.model
def test_a_possessive_takes_a_person_of_its_own_sentence_first(
    with_model: Callable[..., Document],
) -> None:
    text = (
        "Chancellor Olaf Scholz spoke in Berlin on Monday. Officials said that by freezing "
        "Vladimir Putin's assets they hope to weaken his government."
    )
    mentions = _mentions(with_model(text))
    assert "his" in mentions["Vladimir Putin"] and "his" not in mentions["Olaf Scholz"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a noun of a role only a woman holds
        "David Mendes met the party's spokeswoman, Kal Wester, on Monday. "
        "Wester praised the plan. He said the vote would be held in May.",
        # a subject pronoun already resolved to her
        "Kal Wester toured the port on Monday. She praised the workers. "
        "Wester had backed David Mendes's campaign for a year. He thanked her for the support.",
    ],
)
def test_he_is_not_a_person_the_text_has_told_is_a_woman(
    text: str, with_model: Callable[..., Document]
) -> None:
    mentions = _mentions(with_model(text, published="2016-08-01"))
    assert "He" not in mentions["Kal Wester"], mentions
    assert "He" in mentions["David Mendes"], mentions


@pytest.mark.model
def test_a_surname_with_an_honorific_is_not_a_person_of_the_other_sex(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Wilma Lutz met reporters at the farm on Monday. Her son, David Lutz, joined her. "
        "Mrs. Lutz said the farm would stay open.",
        published="2016-08-01",
    )
    mentions = _mentions(doc)
    assert "Lutz" in mentions["Wilma Lutz"], mentions
    assert "Lutz" not in mentions["David Lutz"], mentions


@pytest.mark.model
def test_a_pronoun_in_an_attribution_is_its_speaker_of_that_gender(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "David Ortiz spoke at the rally on Monday. Congresswoman Kal Wester, whose brother "
        "was killed in the war, said she does not believe Ortiz should be spared.",
        published="2016-08-01",
    )
    mentions = _mentions(doc)
    assert "she" in mentions["Kal Wester"], mentions


@pytest.mark.model
def test_a_pronoun_prefers_the_main_clause_subject_of_the_sentence_before(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Chilean President Ada Obi said Peruvian President Ana Ruiz would resign. "
        "She added that talks would go on."
    )
    mentions = _mentions(doc)
    obi = next(k for k in mentions if k.endswith("Obi"))
    ruiz = next(k for k in mentions if k.endswith("Ruiz"))
    assert "She" in mentions[obi]
    assert "She" not in mentions[ruiz]


@pytest.mark.model
def test_an_embedded_pronoun_keeps_the_nearest_subject(with_model: Callable[..., Document]) -> None:
    # only a main clause's pronoun prefers the main clause's subject before
    doc = with_model(
        "Chilean President Ada Obi said Peruvian President Ana Ruiz sent the email. "
        "Aides told reporters that she had written it herself."
    )
    mentions = _mentions(doc)
    ruiz = next(k for k in mentions if k.endswith("Ruiz"))
    assert "she" in mentions[ruiz]


@pytest.mark.model
def test_the_two_leaders_may_be_named_over_two_sentences(
    with_model: Callable[..., Document],
) -> None:
    # one leader named here, the other in the sentence before; "the presidents" with no
    # "two" is the pair too
    doc = with_model(
        "Chilean President Ada Obi arrived in Lima on Tuesday. "
        "After talks with Peruvian President Ana Ruiz, both leaders praised the accord. "
        "Peru gave Obi a medal, and the presidents signed four pacts."
    )
    mentions = _mentions(doc)
    for name in ("Ada Obi", "Ana Ruiz"):
        assert "both leaders" in mentions[name], mentions
        assert "the presidents" in mentions[name], mentions


@pytest.mark.model
def test_the_official_is_the_unnamed_official_just_introduced(
    with_model: Callable[..., Document],
) -> None:
    # a definite description goes to the unnamed person its title just introduced, not
    # to an office holder known by name only (GOV, no title) named before
    doc = with_model(
        "Vladimir Putin warned the West again on Monday. Western leaders met in Brussels. "
        '"He is testing us," says one senior administration official involved in the talks. '
        "The official adds that Washington will not back down.",
        published="2016-08-01",
    )
    mentions = _mentions(doc)
    putin = next(k for k in mentions if k.endswith("Putin"))
    assert "official" not in mentions[putin], mentions
    assert any("official" in ms and len(ms) == 2 and k != putin for k, ms in mentions.items()), (
        mentions
    )


@pytest.mark.model
def test_a_sentence_initial_the_is_no_place_of_a_title(
    with_model: Callable[..., Document],
) -> None:
    # 'The president' shares the capitalised 'The' with 'The Iraqi leader' (Saddam
    # Hussein): a determiner says no place, so the president is the one named last
    doc = with_model(
        "Iraq's Saddam Hussein rejected the demand on Sunday. The Iraqi leader said he would "
        "not withdraw. Allied officials said ships may be stopped. President Bush said as much "
        "yesterday when reporters asked about food. The president responded that the embargo "
        "covered everything.",
        published="1990-08-13",
    )
    mentions = _mentions(doc)
    bush = next(k for k in mentions if k.endswith("Bush"))
    saddam = next(k for k in mentions if "Saddam" in k)
    assert "president" in mentions[bush], mentions
    assert "president" not in mentions[saddam], mentions


@pytest.mark.model
def test_it_is_no_state_that_only_modifies_a_noun(with_model: Callable[..., Document]) -> None:
    # no subject within reach, the latest state only a modifier ('its U.S. stores'): the
    # subject 'It' of the next sentence is not the United States
    doc = with_model(
        "Ratners, which controls a quarter of the British jewelry market, would increase "
        "the number of its U.S. stores to about 450. It has said it hopes to grow further."
    )
    mentions = _mentions(doc)
    assert "It" not in mentions.get("United States", []), mentions


@pytest.mark.model
def test_a_description_prefers_a_party_of_a_clause_to_a_possessor(
    with_model: Callable[..., Document],
) -> None:
    # 'Clinton has a reply to Trump's tax proposal ... The presidential candidate': the
    # subject named before, not the possessor named since
    doc = with_model(
        "Hillary Clinton has a short reply to Donald Trump's tax proposal: No. The "
        "presidential candidate attacked the proposal in Iowa on Wednesday.",
        published="2015-11-11",
    )
    mentions = _mentions(doc)
    clinton = next(k for k in mentions if k.endswith("Clinton"))
    assert any("candidate" in m for m in mentions[clinton]), mentions


@pytest.mark.model
def test_a_bare_surname_is_the_bearer_it_named_before_not_a_namesake_named_in_full(
    with_model: Callable[..., Document],
) -> None:
    # the writer names the namesake in full each time ('Bill Clinton'); the bare surname
    # stays the one it named first (coref._latest_named)
    doc = with_model(
        "Hillary Clinton met voters in Iowa on Sunday. Clinton said she would win the state.\n\n"
        "Asked about Bill Clinton, Mark Hale said the former president was a great asset.\n\n"
        "The caucuses are on Monday. Polls show a close race in the state, where turnout "
        "among young voters is expected to decide the result, and both campaigns have spent "
        "heavily on advertising in the last month.\n\n"
        "Later, Clinton said the economy was her first concern."
    )
    text = doc.text
    pos = text.index("Later, Clinton") + len("Later, ")
    found = actor_at(doc, pos, pos + len("Clinton"))
    assert found is not None and found.name == "Hillary Clinton"


@pytest.mark.model
def test_a_bare_surname_right_after_a_namesakes_full_name_is_the_namesakes(
    with_model: Callable[..., Document],
) -> None:
    # 'Bill Clinton spoke with voters ... Clinton said': named in full just before, the
    # namesake keeps the bare surname (coref._NAMESAKE_REACH)
    doc = with_model(
        "Hillary Clinton campaigned in Boston on Tuesday. Clinton said she would win.\n\n"
        "Bill Clinton spoke with voters outside the polling place. At one point, a woman "
        "asked for a photo and Clinton said yes."
    )
    text = doc.text
    pos = text.index("and Clinton said") + len("and ")
    found = actor_at(doc, pos, pos + len("Clinton"))
    assert found is not None and found.name == "Bill Clinton"


@pytest.mark.model
def test_a_common_noun_before_a_surname_names_no_namesake_in_full(
    with_model: Callable[..., Document],
) -> None:
    # 'Team Clinton's contention' (a group noun before the surname, not opening a
    # sentence) is no full name of a namesake: the bare surname long after the person's
    # full name is the person's (coref._not_given), not the group's it was first used for
    doc = with_model(
        "Hillary Clinton is struggling in New Hampshire.\n\n"
        "Sanders hopes to prove that Team Clinton's contention about his voters is nothing "
        "but an excuse. He says he would be a stronger nominee than Clinton.\n\n"
        "Asked about Hillary Clinton, voters in Dayton were divided. The caucuses are on "
        "Monday. Polls show a close race in the state, where turnout among young voters is "
        "expected to decide the result, and both campaigns have spent heavily on advertising "
        "in the last month.\n\n"
        "Later, Clinton said the economy was her first concern."
    )
    text = doc.text
    pos = text.index("Later, Clinton") + len("Later, ")
    found = actor_at(doc, pos, pos + len("Clinton"))
    assert found is not None and found.name == "Hillary Clinton", _mentions(doc)


@pytest.mark.model
def test_a_group_named_by_a_surname_takes_no_bare_surname_of_its_bearer(
    with_model: Callable[..., Document],
) -> None:
    # 'Team Clinton' is a group, no namesake: the bare surname right after it is the person
    # named in full before (coref._group_named)
    doc = with_model(
        "Hillary Clinton is struggling in New Hampshire.\n\n"
        "Sanders hopes to prove that Team Clinton's contention about his voters is nothing "
        "but an excuse. He says he would be a stronger nominee than Clinton."
    )
    text = doc.text
    pos = text.index("than Clinton") + len("than ")
    found = actor_at(doc, pos, pos + len("Clinton"))
    assert found is not None and found.name == "Hillary Clinton", _mentions(doc)


@pytest.mark.model
def test_a_bare_surname_of_namesakes_of_two_countries_is_the_passages_countrys(
    with_model: Callable[..., Document],
) -> None:
    # 'Saddam Hussein' (Iraq) and 'King Hussein' (Jordan): a bare 'Hussein' in a passage
    # that names Jordan, not Iraq, is the king (coref._of_the_passage), though Saddam was
    # mentioned last
    doc = with_model(
        "Iraq's Saddam Hussein defied the embargo on Thursday.\n\n"
        "President Bush met King Hussein of Jordan at his home in Maine. Bush's aim in his "
        "meeting with Hussein was to press the king to close the port of Aqaba.\n\n"
        "Saddam called Bush a liar in a speech on Iraqi television. Saddam said Iraq would "
        "not retreat from Kuwait.\n\n"
        'Jordan says the port is its only outlet. "It\'s our only outlet to the sea," '
        "Hussein said.",
        published="1990-08-16",
    )
    text = doc.text
    pos = text.index("Hussein said")
    found = actor_at(doc, pos, pos + len("Hussein"))
    assert found is not None and found.name == "King Hussein", _mentions(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, pronoun, owner",
    [
        # the party the attribution says the quote is of
        (
            'Donald Trump spoke in Iowa on Tuesday. "He failed miserably," Trump said of Jeb Bush.',
            "He",
            "Jeb Bush",
        ),
        # the person the quote itself named before it, not its speaker
        (
            'Marco Rubio spoke on Tuesday. "Donald Trump does not know what he is doing," '
            "Rubio said.",
            "he",
            "Donald Trump",
        ),
        (
            'Donald Trump spoke on Tuesday. "Hillary Clinton lied, and she knows it," he said.',
            "she",
            "Hillary Clinton",
        ),
        # a person named before the quote is left: as often not the one meant
        ('Ted Cruz met Donald Trump. "He lied," Cruz said.', "He", None),
        # a quoted "they" is left: as often people in general
        (
            'Taliban militants attacked the town on Monday. "They killed my brother," '
            "a resident said.",
            "They",
            None,
        ),
        # never the speaker, who is "I": the pronoun stays unresolved
        ('Donald Trump spoke in Iowa on Tuesday. "He will win," Trump said.', "He", None),
        # two persons as near, neither a subject: nobody guessed
        ('Donald Trump criticized Jeb Bush and Ted Cruz. "He failed," Trump said.', "He", None),
    ],
)
def test_a_pronoun_inside_a_quote_is_not_its_speaker(
    with_model: Callable[..., Document], text: str, pronoun: str, owner: str | None
) -> None:
    doc = with_model(text)
    at = text.index(pronoun, text.index('"'))
    owners = [a.name for a in doc.actors if any(s == at for s, _e in a.mentions)]
    assert owners == ([owner] if owner else [])


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party, pronoun",
    [
        # a pronoun that does not open its sentence's main clause takes a fitting person its
        # own sentence names before it over a subject of a sentence before
        (
            "Mark Kirk withdrew his support. Ayotte has tangled with Trump once, saying she "
            "was appalled that he would disparage the parents of a soldier.",
            "Trump",
            "he",
        ),
        (
            "Mr. Trump has repudiated free trade. Opposition to trade deals has also galvanized "
            "supporters of Mr. Sanders, helping him win the Michigan primary.",
            "Sanders",
            "him",
        ),
    ],
)
def test_a_pronoun_takes_a_person_its_own_sentence_names_before_it(
    with_model: Callable[..., Document], text: str, party: str, pronoun: str
) -> None:
    mentions = _mentions(with_model(text))
    assert pronoun in mentions[next(k for k in mentions if party in k)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party, pronoun",
    [
        # a subject pronoun opening its main clause still goes on from the subject before,
        # and the owner of its clause's subject is no antecedent of an object pronoun
        (
            "Obama spoke on Monday. In a call with Putin, he said the talks would go on.",
            "Obama",
            "he",
        ),
        ("Obama arrived on Monday. Putin's aide greeted him warmly.", "Obama", "him"),
        # a description in the pronoun's sentence ("as president") is no named person
        (
            "Donald Trump spoke in Ohio. One of his talking points is that as president he "
            "would stop the outflow of jobs.",
            "Trump",
            "he",
        ),
    ],
)
def test_a_pronoun_opening_its_main_clause_goes_on_from_the_subject_before(
    with_model: Callable[..., Document], text: str, party: str, pronoun: str
) -> None:
    mentions = _mentions(with_model(text))
    assert pronoun in mentions[next(k for k in mentions if party in k)]


@pytest.mark.model
def test_a_description_holding_a_place_name_is_no_named_person(
    with_model: Callable[..., Document],
) -> None:
    # "prisoner in Iran" is a description, not a named person the pronoun's sentence names
    mentions = _mentions(
        with_model(
            "When President Obama flew to Boise, Idaho, for a speech last winter, he met "
            "privately with the wife of an Iranian-American pastor held prisoner in Iran since "
            "2012. Freeing her husband, he promised, was one of his top priorities."
        )
    )
    obama = mentions[next(k for k in mentions if "Obama" in k)]
    assert obama.count("he") == 2 and "his" in obama


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party, pronoun",
    [
        # the sentence before has a woman as its subject: "he" is the man it names beside
        # her, not a man who was the subject of a sentence further back
        (
            "Finance Minister Carlos Mendez signed the loan on Monday. Foreign Minister Maria "
            "Lopez invited Ambassador Pedro Ruiz to the capital. He will travel there on "
            "Friday.",
            "Pedro Ruiz",
            "He",
        ),
        (
            "General Carlos Vega spoke in the morning. Senator Maria Torres met Mayor Luis "
            "Ortega later that day. He thanked her for the visit.",
            "Luis Ortega",
            "He",
        ),
    ],
)
def test_a_pronoun_after_a_subject_of_the_other_sex_takes_the_person_beside_her(
    with_model: Callable[..., Document], text: str, party: str, pronoun: str
) -> None:
    mentions = _mentions(with_model(text))
    assert pronoun in mentions[next(k for k in mentions if party in k)]


@pytest.mark.model
def test_a_bare_description_owning_its_clauses_subject_is_the_subject_before(
    with_model: Callable[..., Document],
) -> None:
    # "The group's director said": the group that spoke in the sentence before, not the
    # armed group it accused there
    text = (
        "Amnesty International accused Chad's army of burning villages. "
        "The group's regional director said the attacks had lasted a month."
    )
    mentions = _mentions(with_model(text))
    assert "The group" in mentions["Amnesty International"], mentions


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party",
    [
        # the sentence before names two men beside the woman, one of them carried on by a
        # pronoun: the running topic goes on, not the other man
        (
            "General Carlos Vega flew to Lima. There, Senator Maria Torres introduced him "
            "to Mayor Luis Ortega. He urged Peru to buy more beef.",
            "Carlos Vega",
        ),
        # two men named together beside her: neither stands out over the subject before
        (
            "Governor Pedro Ruiz visited Madrid. Senator Maria Torres hosted a dinner for "
            "Ruiz and Mayor Luis Ortega. He thanked Spain for its support.",
            "Pedro Ruiz",
        ),
    ],
)
def test_a_pronoun_after_a_subject_of_the_other_sex_keeps_the_topic_when_none_stands_out(
    with_model: Callable[..., Document], text: str, party: str
) -> None:
    mentions = _mentions(with_model(text))
    assert "He" in mentions[next(k for k in mentions if party in k)], mentions


@pytest.mark.model
def test_a_country_description_owning_its_subject_is_the_country_whose_thing_was_hit(
    with_model: Callable[..., Document],
) -> None:
    # "The country's minister said" after "Serbia shelled Kosovo's power plants": the
    # country whose plants were hit speaks, not the one that shelled them
    text = (
        "Serbia shelled Kosovo's power plants on Monday. "
        "The country's energy minister said repairs would take weeks."
    )
    mentions = _mentions(with_model(text))
    assert "The country" in mentions["Kosovo"], mentions


@pytest.mark.model
@pytest.mark.parametrize(
    "text, party",
    [
        (
            "Chile protested Peru's new fishing limits. "
            "The country's trade minister called the limits unfair.",
            "Chile",
        ),
        (
            "Spain welcomed Morocco's decision. "
            "The country's foreign minister said relations would improve.",
            "Spain",
        ),
        (
            "Greece condemned Turkey's naval patrols. "
            "The country's defense minister said more ships would be sent.",
            "Greece",
        ),
    ],
)
def test_a_country_description_after_a_reaction_to_anothers_thing_is_the_one_reacting(
    with_model: Callable[..., Document], text: str, party: str
) -> None:
    # words about another country's thing hurt no one: "the country's minister" in the
    # next sentence is the reacting country's, not the possessor's
    mentions = _mentions(with_model(text))
    assert "The country" in mentions[party], mentions


@pytest.mark.model
def test_a_lower_case_description_tagged_a_proper_noun_refers_back(
    with_model: Callable[..., Document],
) -> None:
    # 'a spokesman for the bloc': the tagger takes 'bloc' for a proper noun; in lower
    # case it is still the description of the body named before
    doc = with_model(
        "The Arab League suspended Syria's membership on Saturday. A spokesman for the "
        "bloc said the decision would stand.",
        published="2020-05-01",
    )
    league = next(a for a in doc.actors if a.name == "Arab League")
    assert "the bloc" in [doc.text[s:e] for s, e in league.mentions]


@pytest.mark.model
def test_a_lower_case_description_with_a_nearer_same_noun_is_not_the_body_named_before(
    with_model: Callable[..., Document],
) -> None:
    # another 'bloc' told since the league was named may be the one 'the bloc' goes on from
    doc = with_model(
        "The Arab League urged calm in Lebanon. The opposition bloc walked out of "
        "parliament. A spokesman for the bloc said the session was illegal.",
        published="2020-05-01",
    )
    league = next(a for a in doc.actors if a.name == "Arab League")
    assert "the bloc" not in [doc.text[s:e] for s, e in league.mentions], league.mentions


@pytest.mark.model
def test_a_lower_case_description_after_the_named_bloc_itself_refers_to_it(
    with_model: Callable[..., Document],
) -> None:
    # the noun the name hangs on ('The BRICS bloc') is that body, no nearer other one
    doc = with_model(
        "The BRICS bloc met in Brazil. A spokesman for the bloc said new members would join.",
        published="2020-05-01",
    )
    brics = next(a for a in doc.actors if "the bloc" in [doc.text[s:e] for s, e in a.mentions])
    assert brics.code and brics.code.startswith("IGO"), brics


@pytest.mark.model
@pytest.mark.parametrize(
    "text, bare, full",
    [
        (
            "Vietnamese Prime Minister Pham Minh Chinh arrived in Washington on Sunday. "
            "Pham met American business leaders on Monday.",
            "Pham met",
            "Pham Minh Chinh",
        ),
        (
            "Chinese dissident Liu Xiaobo was sentenced in 2009. Liu said he would appeal.",
            "Liu said",
            "Liu Xiaobo",
        ),
    ],
)
def test_a_bare_family_name_of_a_family_first_country_is_the_full_name_before(
    with_model: Callable[..., Document], text: str, bare: str, full: str
) -> None:
    # Chinese, Korean, Vietnamese names put the family name first: the bare name is the
    # full name's first word (actors.tsv family_first_countries, coref._family_name_of)
    doc = with_model(text, published="2023-09-10")
    pos = doc.text.index(bare)
    found = actor_at(doc, pos, pos + len(bare.split()[0]))
    assert found is not None and found.name == full


@pytest.mark.model
def test_a_bare_first_name_of_a_given_first_country_is_no_family_name(
    with_model: Callable[..., Document],
) -> None:
    # in English names the first word is the given name: 'Robert' is not Robert Gates
    doc = with_model(
        "U.S. Defense Secretary Robert Gates arrived in Kabul on Sunday. Robert Smith, a "
        "local trader, said he had not heard of the visit.",
        published="2009-05-10",
    )
    gates = next(a for a in doc.actors if a.name == "Robert Gates")
    assert all("Smith" not in doc.text[s:e] for s, e in gates.mentions)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mention, not_code",
    [
        (
            "Al-Shabab fighters ambushed a convoy near Baidoa. "
            "In Ethiopia, the rebels clashed with federal troops.",
            "rebels",
            "SOMINSREB",
        ),
        (
            "Al-Shabab fighters raided a village. "
            "In Kenya, the militants attacked a police station.",
            "militants",
            "SOMINSREB",
        ),
        (
            "Houthi rebels attacked a tanker. In Sudan, the rebels seized a town in Darfur.",
            "rebels",
            "YEMREB",
        ),
    ],
)
def test_an_armed_description_doing_the_act_in_a_named_place_is_not_the_earlier_group(
    with_model: Callable[..., Document], text: str, mention: str, not_code: str
) -> None:
    # the subject of the sentence's own act in the place named first is of that place,
    # not the armed group named before (which stays so in a report or as an object)
    assert not_code not in _owner(with_model(text), mention)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Angela Merkel's campaign accused Olaf Scholz of lying on Monday. On Tuesday the "
            "campaign urged him to apologize.",
            "Angela Merkel",
        ),
        (
            "The campaign of Olaf Scholz sued the broadcaster on Monday. The campaign's "
            "lawyers said the debate rules were unfair.",
            "Olaf Scholz",
        ),
    ],
)
def test_the_campaign_is_the_one_whose_campaign_was_named(
    with_model: Callable[..., Document], text: str, owner: str
) -> None:
    mentions = _mentions(with_model(text))
    assert any(m.lower().startswith("the campaign") for m in mentions[owner])


@pytest.mark.model
def test_the_campaign_as_the_race_is_no_party(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "Angela Merkel's campaign accused Olaf Scholz of lying. He attacked her during the "
        "campaign."
    )
    assert not any("campaign" in m for m in _mentions(doc)["Angela Merkel"][1:])


@pytest.mark.model
def test_the_campaign_needs_a_named_campaign(with_model: Callable[..., Document]) -> None:
    doc = with_model("Olaf Scholz criticized Angela Merkel. The campaign later accused her.")
    assert not any("campaign" in m.lower() for ms in _mentions(doc).values() for m in ms)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "owner", "description"),
    [
        (
            "The State Department released the cables on Monday. A judge had urged the "
            "department to release them in May.",
            "The State Department",
            "the department",
        ),
        (
            "The International Monetary Fund urged Greece to cut spending. Athens criticized "
            "the fund.",
            "International Monetary Fund",
            "the fund",
        ),
    ],
)
def test_a_body_named_again_by_its_names_last_noun(
    with_model: Callable[..., Document], text: str, owner: str, description: str
) -> None:
    mentions = _mentions(with_model(text))
    assert description in mentions[owner]


@pytest.mark.model
def test_the_last_noun_needs_a_body_of_that_name(with_model: Callable[..., Document]) -> None:
    doc = with_model("Hamas fired rockets at Israel. The department condemned the attack.")
    assert not any("department" in m for ms in _mentions(doc).values() for m in ms)
