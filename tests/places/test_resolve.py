"""Toponym detection and disambiguation."""

from __future__ import annotations

import pytest

from geowire import Actor, Config, Document
from geowire.language import language
from geowire.places import (
    Mention,
    PlaceResolver,
    Settings,
    haversine_km,
    load_gazetteer,
    location_of,
    resolve_mentions,
)
from geowire.places.resolve import PlaceWords, to_places

WORDS = language("en").view(PlaceWords)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def mention(gaz, text: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, gaz.rows(text), "GPE")


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert 110 < haversine_km(0, 0, 1, 0) < 112


@pytest.mark.parametrize(
    "names, target, country, admin1",
    [
        (["Damascus"], "Damascus", "SYR", None),
        (["Maryland", "Damascus"], "Damascus", "USA", "MD"),
        (["Baghdad", "Basra"], "Basra", "IRQ", None),
        (["Louisiana", "Alexandria"], "Alexandria", "USA", "LA"),
        (["Alexandria"], "Alexandria", "EGY", None),
        (["Georgia"], "Georgia", "GEO", None),
        (["Atlanta", "Macon", "Georgia"], "Georgia", "USA", "GA"),
        # a transliteration one letter from the gazetteer's own "Janīn" is that city,
        # not a village written exactly so
        (["Jenin"], "Jenin", "PSE", None),
    ],
)
def test_context_decides(gaz, names, target, country, admin1) -> None:
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms)
    m = next(m for m in ms if m.text == target)
    e = gaz.entry(m.choice)
    assert e.country == country
    if admin1:
        assert e.admin1 == admin1


@pytest.mark.parametrize(
    "names, target, admin1",
    [
        (["Paris", "Henry County"], "Henry County", "TN"),
        (["Athens", "Clarke County"], "Clarke County", "GA"),
    ],
)
def test_ambiguous_names_meet_in_one_state(gaz, names, target, admin1) -> None:
    """Two ambiguous names pick the division they share (the home region)."""
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms)
    assert {gaz.entry(m.choice).admin1 for m in ms} == {admin1}
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms, settings=Settings(home_bonus=0.0, near_bonus=0.0, county_bonus=0.0))
    m = next(m for m in ms if m.text == target)
    assert gaz.entry(m.choice).admin1 != admin1  # without home region and nearness: lost


@pytest.mark.parametrize(
    "names, target, expected",
    [
        (["Indiana", "Boone County", "Ohio"], "Ohio", "Ohio"),
        (["Indiana", "Boone County", "Kentucky", "Ohio"], "Ohio", "Ohio"),
    ],
)
def test_state_names_are_states_not_counties(gaz, names, target, expected) -> None:
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms)
    m = next(m for m in ms if m.text == target)
    assert gaz.entry(m.choice).name == expected


@pytest.mark.parametrize("names", [["Paris", "London"], ["Dublin", "Cork"]])
def test_home_region_leaves_capitals(gaz, names) -> None:
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms)
    assert all(gaz.entry(m.choice).country != "USA" for m in ms)


@pytest.mark.parametrize(
    "names, paragraphs, target, country",
    [
        # an American story's states lift no small namesake over a world city
        (["Ohio", "Florida", "Michigan", "Paris"], (), "Paris", "FRA"),
        # its state in another paragraph is no local evidence either
        (["Ohio", "Indiana", "Dublin"], ((0, 199), (200, 300)), "Dublin", "IRL"),
        (["Iowa", "Illinois", "Paris"], ((0, 199), (200, 300)), "Paris", "FRA"),
        # its state or a town of its state in the same paragraph is
        (["Iowa", "Illinois", "Paris"], ((0, 300),), "Paris", "USA"),
        (["Dallas", "Texarkana", "Paris"], ((0, 300),), "Paris", "USA"),
    ],
)
def test_world_city_over_small_namesake(gaz, names, paragraphs, target, country) -> None:
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms, paragraphs=paragraphs)
    m = next(m for m in ms if m.text == target)
    assert gaz.entry(m.choice).country == country


@pytest.mark.parametrize("label", ["HINT", "WEAK"])
def test_hints_are_never_output(gaz, label) -> None:
    ms = [
        mention(gaz, "Decatur"),
        Mention(100, 114, "Stone Mountain", gaz.rows("Stone Mountain"), label),
    ]
    resolve_mentions(gaz, ms)
    assert ms[1].choice is not None
    assert [p.text for p in to_places(gaz, ms)] == ["Decatur"]


def test_actor_countries_are_context(gaz) -> None:
    ms = [mention(gaz, "Tripoli")]
    resolve_mentions(gaz, ms)
    assert gaz.entry(ms[0].choice).country == "LBY"
    lebanese = Actor(id="a1", name="Lebanese Army", code="LBNMIL", country="LBN")
    ms = [mention(gaz, "Tripoli")]
    resolve_mentions(gaz, ms, [lebanese, lebanese])
    assert gaz.entry(ms[0].choice).country == "LBN"


def test_qualifier_restricts(gaz) -> None:
    q = Mention(20, 23, "La.", (gaz.states["LA"],), "QUAL", qualifies=True)
    m = Mention(0, 10, "Alexandria", gaz.rows("Alexandria"), "GPE", qualifier=q)
    resolve_mentions(gaz, [m, q])
    e = gaz.entry(m.choice)
    assert (e.country, e.admin1) == ("USA", "LA")


def test_one_reading_per_name(gaz) -> None:
    ms = [mention(gaz, "Paris", 0), mention(gaz, "Texas", 50), mention(gaz, "Paris", 100)]
    resolve_mentions(gaz, ms)
    assert ms[0].choice == ms[2].choice


def test_without_parse_places_stay_empty() -> None:
    doc = PlaceResolver(Config())(Document(text="Talks in Damascus."))
    assert doc.places == ()


# --- with the spaCy model -------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Council refinances city debt. MANSFIELD -- The City Council on Monday voted.",
            ["MANSFIELD"],
        ),
        (
            "Crash victim upgraded. MIDDLETOWN \u2014 A student's condition has been upgraded.",
            ["MIDDLETOWN"],
        ),
        ("Council refinances city debt. THE COUNCIL -- voted on Monday.", []),
        # after a byline and its date
        (
            "Council refinances city debt. BY ANA DIAZ Staff Writer May 3, 2010 MANSFIELD "
            "-- The City Council on Monday voted.",
            ["MANSFIELD"],
        ),
        ("Council votes. BY ANA DIAZ Staff Writer May 3, 2010 THE COUNCIL -- voted.", []),
    ],
)
def test_dateline_after_headline(run, text, expected) -> None:
    assert [p.text for p in run(text).places] == expected


@pytest.fixture(scope="module")
def run():
    from geowire.nlp import NLP

    nlp = NLP(Config())
    resolver = PlaceResolver(Config())

    def _run(text: str) -> Document:
        return resolver(nlp(Document(text=text)))

    return _run


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "U.S. and Iranian officials are meeting in Damascus on December 18.",
            {"U.S.": ("USA", "country"), "Damascus": ("SYR", "city")},
        ),
        (
            "Iraq is relying on Iran to secure the Persian Gulf region.",
            {
                "Iraq": ("IRQ", "country"),
                "Iran": ("IRN", "country"),
                "Persian Gulf": (None, "water"),
            },
        ),
        (
            "Pirates seized a tanker in the Gulf of Aden, off Somalia.",
            {"Gulf of Aden": (None, "water"), "Somalia": ("SOM", "country")},
        ),
        (
            "The fire was reported in Alexandria, La., on Tuesday.",
            {"Alexandria": ("USA", "city"), "La.": ("USA", "admin")},
        ),
        (  # the NER cuts the name in two; 'Congo' alone would be the other Congo
            "Officials in Kinshasa, Democratic Republic of the Congo, said.",
            {
                "Kinshasa": ("COD", "city"),
                "Democratic Republic of the Congo": ("COD", "country"),
            },
        ),
    ],
)
def test_places_in_sentences(run, text, expected) -> None:
    doc = run(text)
    got = {p.text: (p.country, p.feature) for p in doc.places}
    assert got == expected
    for p in doc.places:
        assert doc.text[p.span[0] : p.span[1]] == p.text
    assert [p.span for p in doc.places] == sorted(p.span for p in doc.places)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iraqi officials and Syrian diplomats met reporters.",
        "Jordan Peterson spoke to the Washington Post about the book.",
    ],
)
def test_demonyms_people_and_organisations_are_not_places(run, text) -> None:
    assert run(text).places == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("U.S. and Iranian officials are meeting in Damascus on Monday.", "meeting", "Damascus"),
        ("Zebari will attend the Damascus meeting next week.", "meeting", "Damascus"),
        ("Rebels attacked a convoy near Kirkuk, Iraq on Sunday.", "attacked", "Kirkuk"),
        ("Iran criticised Israel on Monday.", "criticised", None),
        # a country modifying the noun of the act is whose it is, not where it was
        ("The commander was killed in a U.S. drone strike on Monday.", "killed", None),
        ("Two soldiers were killed in an Israeli raid in Jenin.", "killed", "Jenin"),
    ],
)
def test_location_of(run, text, phrase, expected) -> None:
    doc = run(text)
    start = text.index(phrase)
    place = location_of(doc, start, start + len(phrase))
    assert (place.text if place else None) == expected


def test_location_of_without_parse() -> None:
    from geowire import Place

    text = "Officials met in Damascus."
    damascus = Place("Damascus", (17, 25), "Damascus", "SYR", 33.5, 36.3, 170654, "city")
    doc = Document(text=text, places=(damascus,))
    assert location_of(doc, 0, len(text)) == damascus
    assert location_of(doc, 0, 13) is None


@pytest.mark.parametrize(
    "text, name, feature",
    [
        ("L.A.", "Los Angeles", "city"),
        ("La.", "Louisiana", "admin"),
        ("EU", "European Union", "region"),
        ("UK", "United Kingdom", "country"),
    ],
)
def test_abbreviations(gaz, text, name, feature) -> None:
    from geowire.places.resolve import _lookup

    ms = [Mention(0, len(text), text, _lookup(gaz, text, WORDS), "GPE")]
    resolve_mentions(gaz, ms)
    e = gaz.entry(ms[0].choice)
    assert (e.name, e.feature) == (name, feature)


@pytest.mark.parametrize("text", ["EU", "UN", "US"])
def test_short_capitals_never_name_a_town(gaz, text) -> None:
    from geowire.places.resolve import _lookup

    assert all(gaz.feature[r] != 0 for r in _lookup(gaz, text, WORDS))


def tagged(words: list[tuple[str, str]]):
    """A hand-built spaCy Doc: words with their part of speech, no entities."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=[w for w, _ in words], pos=[p for _, p in words])


@pytest.mark.parametrize(
    "words, expected",
    [
        # untagged runs of proper nouns: a county, a state abbreviation, a town
        (
            [("Roads", "NOUN"), ("closed", "VERB"), ("across", "ADP"), ("rural", "ADJ")]
            + [("Kanawha", "PROPN"), ("County", "PROPN"), (".", "PUNCT")],
            [("Kanawha County", "RUN")],
        ),
        (
            [("He", "PRON"), ("lives", "VERB"), ("-", "PUNCT"), ("W.", "PROPN")]
            + [("Va.", "PROPN"), (".", "PUNCT")],
            [("W. Va.", "RUN")],
        ),
        (
            [("The", "DET"), ("Grand", "PROPN"), ("Prairie", "PROPN"), ("Family", "PROPN")]
            + [("Court", "PROPN"), ("met", "VERB"), (".", "PUNCT")],
            [("Grand Prairie", "HINT")],
        ),
        # a town named before its police
        (
            [("Roselle", "PROPN"), ("police", "NOUN"), ("arrested", "VERB"), ("two", "NUM")],
            [("Roselle", "LOCAL")],
        ),
        ([("Metro", "PROPN"), ("police", "NOUN"), ("arrested", "VERB")], []),
        (
            [("Williston", "PROPN"), ("man", "NOUN"), (",", "PUNCT"), ("87", "NUM")]
            + [(",", "PUNCT"), ("killed", "VERB")],
            [("Williston", "LOCAL")],
        ),
        # an untagged famous city, but not a sentence's capitalised first word
        (
            [("Troops", "NOUN"), ("left", "VERB"), ("and", "CCONJ"), ("Tbilisi", "PROPN")]
            + [("accused", "VERB"), ("them", "PRON")],
            [("Tbilisi", "NAME")],
        ),
        ([("Man", "PROPN"), ("booked", "VERB"), ("for", "ADP"), ("assault", "NOUN")], []),
        ([("Jane", "PROPN"), ("Smith", "PROPN"), ("left", "VERB")], []),
    ],
)
def test_untagged_names(gaz, words, expected) -> None:
    from geowire.places import find_mentions

    ms = find_mentions(tagged(words), gaz)
    assert [(m.text, m.label) for m in ms] == expected


@pytest.mark.model
def test_a_name_that_speaks_is_a_person(run) -> None:
    text = (
        "Kristina and Tim Jones met doctors. \u201cIt went fast,\u201d Kristina said. "
        "Kristina recalled the day. Doctors advised Kristina to wait."
    )
    assert "Kristina" not in [p.text for p in run(text).places]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # datelines the NER took for an organisation, or written in ordinary capitals
        (
            "Audit finds errors. HAMILTON \u2014 The county is drafting policies, officials said.",
            ["HAMILTON"],
        ),
        (
            "Police arrest suspect. Albany \u2014 An Albany man was taken into custody.",
            ["Albany", "Albany"],
        ),
        # a part of a place names the place ("Northeast Georgia" names Georgia) ...
        (
            "Schools in Northeast Georgia and Atlanta are reviewing policies.",
            ["Georgia", "Atlanta"],
        ),
        ("He grew up in South Philadelphia and moved to Boston.", ["Philadelphia", "Boston"]),
        # ... unless the whole is a name of its own
        ("Officials in the Central Plateau region met on Monday.", []),
        # an institution named after a county is not a place
        ("The inmate was taken to the Boone County Jail on Friday.", []),
    ],
)
def test_datelines_and_parts(run, text, expected) -> None:
    assert [p.text for p in run(text).places] == expected


@pytest.mark.model
def test_part_of_a_state_in_a_local_article(run) -> None:
    doc = run("Schools in Northeast Georgia and Atlanta are reviewing policies.")
    georgia = doc.places[0]
    assert (georgia.country, georgia.feature) == ("USA", "admin")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, admin1",
    [
        (
            "The Texas Department of Transportation told Lamar County commissioners on "
            "Monday that the bridge repair process is simpler.",
            "Lamar County",
            "TX",
        ),
        (
            "The Nebraska State Baseball Association honoured players from Cedar County.",
            "Cedar County",
            "NE",
        ),
    ],
)
def test_long_organisation_names_tell_the_state(run, text, name, admin1) -> None:
    doc = run(text)
    place = next(p for p in doc.places if p.text == name)
    gaz = load_gazetteer()
    assert {e.admin1 for e in gaz.lookup(name) if e.lat == place.lat} == {admin1}
    assert all(p.text != "Texas" and p.text != "Nebraska" for p in doc.places)


@pytest.mark.parametrize(
    "names, admin1",
    [
        (["Decatur", "DeKalb County"], "GA"),
        (["Huntsville", "Walker County"], "TX"),
        (["Richmond", "Madison County"], "KY"),
    ],
)
def test_a_town_and_its_county_meet(gaz, names, admin1) -> None:
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms)
    assert {gaz.entry(m.choice).admin1 for m in ms} == {admin1}
    ms = [mention(gaz, n, i * 100) for i, n in enumerate(names)]
    resolve_mentions(gaz, ms, settings=Settings(county_bonus=0.0))
    assert {gaz.entry(m.choice).admin1 for m in ms} != {admin1}


@pytest.mark.parametrize(
    "words, expected",
    [
        # a capital the NER took for a person
        ([("Troops", "NOUN"), ("reached", "VERB"), ("Tbilisi", "PROPN"), (".", "PUNCT")], True),
        # a small town's name the NER took for a person stays a person's
        ([("Officers", "NOUN"), ("saw", "VERB"), ("Bingham", "PROPN"), (".", "PUNCT")], False),
    ],
)
def test_famous_places_labelled_as_people(gaz, words, expected) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    doc = tagged(words)
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert bool(find_mentions(doc, gaz)) == expected


@pytest.mark.parametrize(
    "org, expected",
    [
        ("Gainesville Police", True),  # a town's own body: the town's name stays a place
        ("Toyota Motor", False),  # a company named after a town: the name is the company's
    ],
)
def test_local_bodies_do_not_hide_their_town(gaz, org, expected) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    first, second = org.split()
    words = [(first, "PROPN"), (second, "PROPN"), ("said", "VERB"), (".", "PUNCT")]
    words += [("Crews", "NOUN"), ("left", "VERB"), (first, "PROPN"), (".", "PUNCT")]
    doc = tagged(words)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 6, 7, label="ORG")]
    found = [m.text for m in find_mentions(doc, gaz) if m.label not in ("HINT", "WEAK")]
    assert (first in found) == expected


def test_a_province_and_its_city_support_each_other(gaz) -> None:
    ms = [mention(gaz, "Toronto", 0), mention(gaz, "Ontario", 100), mention(gaz, "Mason", 200)]
    resolve_mentions(gaz, ms)
    assert gaz.entry(ms[1].choice).country == "CAN"
    assert gaz.admin1[ms[1].choice] == "Ontario"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Senate Tax Chairman Tom Bakk, DFL-Cook, said the bill passed.", "Cook"),
        ("House Majority Whip James Clyburn, D-S.C., added the language.", "S.C."),
        ("State Rep. Jay Roberts (R-Ocilla) chairs the caucus.", "Ocilla"),
    ],
)
def test_a_legislators_home(run, text, expected) -> None:
    places = {p.text: p for p in run(text).places}
    assert places[expected].country == "USA"


@pytest.mark.model
def test_d_day_is_no_home(run) -> None:
    assert run("Veterans marked the D-Day landings in France.").places[0].text == "France"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The metro area - Clarke, Madison, Oconee and Oglethorpe counties - lost jobs.",
            {"Clarke", "Madison", "Oconee", "Oglethorpe"},
        ),
        ("Boone County is near the middle of Indiana counties in jobless rates.", set()),
    ],
)
def test_lists_of_counties(run, text, expected) -> None:
    counties = {p.text for p in run(text).places if p.name.endswith(" County")} - {"Boone County"}
    assert counties >= expected and (expected or not counties)


@pytest.mark.parametrize("words", [[], [(",", "PUNCT")], [("Ohio", "PROPN")]])
def test_tiny_documents(gaz, words) -> None:
    from geowire.places import find_mentions

    assert isinstance(find_mentions(tagged(words), gaz), list)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The cow came from a Washington state farm, officials said.",
        "The first case was found in the state of Washington in 2003.",
        "Officials are investigating cases in Washington, Pennsylvania and California.",
    ],
)
def test_wording_makes_a_state(run, text) -> None:
    washington = next(p for p in run(text).places if p.text == "Washington")
    assert (washington.feature, washington.name) == ("admin", "Washington")


@pytest.mark.model
def test_washington_alone_is_the_capital(run) -> None:
    washington = next(p for p in run("Talks resumed in Washington on Monday.").places)
    assert washington.feature == "city"


@pytest.mark.parametrize(
    "after, expected",
    [(",", [("Lafayette", "EXTRA")]), ("Street", [])],
)
def test_a_persons_home_town(gaz, after, expected) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    words = [("Machinist", "NOUN"), ("Norb", "PROPN"), ("Mages", "PROPN"), ("of", "ADP")]
    words += [("Lafayette", "PROPN"), (after, "PUNCT" if after == "," else "PROPN")]
    words += [("spoke", "VERB"), (".", "PUNCT")]
    doc = tagged(words)
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert [(m.text, m.label) for m in find_mentions(doc, gaz)] == expected


def test_a_township_is_a_town_not_a_county(gaz) -> None:
    from geowire.places.resolve import _lookup

    rows = _lookup(gaz, "Jackson Township", WORDS)
    assert rows and all(gaz.feature[r] == 0 for r in rows)
    assert all(gaz.feature[r] == 4 for r in _lookup(gaz, "Anbar Governorate", WORDS))


@pytest.mark.parametrize(
    "name, after, expected",
    [
        ("Marburg", "virus", []),
        ("Lassa", "fever", []),
        ("Marburg", "officials", ["Marburg"]),
    ],
)
def test_diseases_named_after_places(gaz, name, after, expected) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    doc = tagged([("The", "DET"), (name, "PROPN"), (after, "NOUN"), ("spread", "VERB")])
    doc.ents = [Span(doc, 1, 2, label="GPE")]
    assert [m.text for m in find_mentions(doc, gaz)] == expected


def test_only_transliterated_names_have_spelling_variants() -> None:
    from geowire.places.resolve import _transliterated

    assert _transliterated("Janīn", "janin", "jenin")
    assert not _transliterated("Grantsville", "grantsville", "grantville")
    assert not _transliterated("Ḩamāh", "hamah", "homs")


@pytest.mark.model
def test_a_region_of_one_country_the_ner_took_for_an_organisation_is_a_place() -> None:
    from geowire import Pipeline

    doc = Pipeline(Config())("Russian forces occupied Crimea in 2014.")
    assert ("Crimea", "UKR") in {(p.text, p.country) for p in doc.places}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        (
            "Senators in Washington argued on Tuesday. Voters in Ohio, Florida and Michigan"
            " watched.\n\nThe governor criticised the Paris climate agreement.",
            "FRA",
        ),
        ("Officials in Dallas and Texarkana said the storm hit Paris on Friday.", "USA"),
    ],
)
def test_a_world_city_in_an_american_story(run, text, country) -> None:
    paris = next(p for p in run(text).places if p.text == "Paris")
    assert paris.country == country


@pytest.mark.parametrize(
    "before, expected",
    [
        ("in", ["Khan Younis"]),  # a GeoNames alias of a big city after a locative
        ("saw", []),  # no locative: the name stays the NER's person
    ],
)
def test_a_city_alias_labelled_as_a_person_after_a_locative(gaz, before, expected) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    words = [("Shells", "NOUN"), ("fell", "VERB"), (before, "ADP" if before == "in" else "VERB")]
    words += [("Khan", "PROPN"), ("Younis", "PROPN"), (".", "PUNCT")]
    doc = tagged(words)
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    assert [m.text for m in find_mentions(doc, gaz)] == expected


def test_a_city_alias_named_as_a_person_elsewhere_stays_a_person(gaz) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    words = [("Khan", "PROPN"), ("Younis", "PROPN"), ("Ahmed", "PROPN"), ("spoke", "VERB")]
    words += [("in", "ADP"), ("Khan", "PROPN"), ("Younis", "PROPN"), (".", "PUNCT")]
    doc = tagged(words)
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 5, 7, label="PERSON")]
    assert find_mentions(doc, gaz) == []


@pytest.mark.parametrize(
    "after, times, expected",
    [
        (".", 1, ["Baalbek"]),  # a town's one-word name labelled a person once, after "in"
        (".", 2, []),  # labelled a person twice in the article: a person's name
        ("-", 1, []),  # cut off before a hyphen: part of a longer name
    ],
)
def test_a_one_word_town_labelled_as_a_person_after_a_locative(gaz, after, times, expected) -> None:
    from spacy.tokens import Span

    from geowire.places import find_mentions

    words = [("Jets", "NOUN"), ("struck", "VERB"), ("in", "ADP"), ("Baalbek", "PROPN")]
    words += [(after, "PUNCT")]
    if times == 2:
        words += [("Officers", "NOUN"), ("saw", "VERB"), ("Baalbek", "PROPN"), (".", "PUNCT")]
    doc = tagged(words)
    ents = [Span(doc, 3, 4, label="PERSON")]
    if times == 2:
        ents.append(Span(doc, 7, 8, label="PERSON"))
    doc.ents = ents
    assert [m.text for m in find_mentions(doc, gaz)] == expected
