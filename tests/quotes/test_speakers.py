"""Issue 16: speakers are people, groups, organisations, states or texts; chains resolve
('a spokesman for X', "X's envoy", 'his mother', 'the former minister'); needs the model."""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest

from geowire import Pipeline
from geowire.config import Config
from geowire.document import Actor, Document, Quote
from geowire.nlp.backbone import NLP
from geowire.quotes import QuoteExtractor

pytestmark = pytest.mark.model

SPEECH = Config()
ATTRIBUTION = Config(settings={"geowire.quotes.v1": {"scope": "attribution"}})


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


def actor(text: str, aid: str, name: str, code: str, country: str, *words: str) -> Actor:
    spans = []
    for w in words:
        at = text.index(w)
        spans.append((at, at + len(w)))
    kind = "state" if code == country else "person"
    return Actor(aid, name, code, country, (), kind, tuple(spans))  # type: ignore[arg-type]


def run(
    nlp: NLP, text: str, actors: tuple[Actor, ...] = (), config: Config = SPEECH
) -> list[Quote]:
    doc = nlp(Document(text=text)).replace(actors=actors)
    return list(QuoteExtractor(config)(doc).quotes)


@functools.cache
def _actors_pipeline() -> Pipeline:
    return Pipeline(Config(components=("geowire.nlp.v1", "geowire.actors.v1", "geowire.quotes.v1")))


def with_actors(text: str) -> list[Quote]:
    """The quotes of ``text`` with the actors component's own actors."""
    pipe = _actors_pipeline()
    return list(pipe(pipe.make_document(text)).quotes)


def test_a_spokesman_for_x_is_the_spokesman_coded_as_x(nlp: NLP) -> None:
    text = "A spokesman for Erdogan said on Monday that Turkey would not retreat."
    erdogan = actor(text, "a1", "Recep Tayyip Erdogan", "TURGOV", "TUR", "Erdogan")
    [quote] = run(nlp, text, (erdogan,))
    assert quote.speaker is not None
    assert text[quote.speaker.span[0] : quote.speaker.span[1]] == "A spokesman for Erdogan"
    assert quote.speaker.name != "Recep Tayyip Erdogan" and quote.speaker.actor != "a1"
    assert quote.speaker.code == "TURGOV"


def test_x_s_envoy_takes_x_s_country(nlp: NLP) -> None:
    text = "China's U.N. ambassador Fu Cong said that the vote was unfair."
    china = actor(text, "a1", "China", "CHN", "CHN", "China")
    fu = actor(text, "a2", "Fu Cong", "IGOUNOGOV", "", "U.N. ambassador Fu Cong")
    [quote] = run(nlp, text, (china, fu))
    assert quote.speaker is not None and quote.speaker.name == "Fu Cong"
    assert quote.speaker.code == "CHNGOV"


def test_a_possessor_is_not_the_speaker(nlp: NLP) -> None:
    text = "Obama's former campaign strategist said the plan was outrageous."
    obama = actor(text, "a1", "Barack Obama", "USAELI", "USA", "Obama")
    [quote] = run(nlp, text, (obama,))
    assert quote.speaker is not None
    assert quote.speaker.actor != "a1" and quote.speaker.name != "Barack Obama"


def test_his_mother_is_not_her_son(nlp: NLP) -> None:
    text = "Ali Hassan was killed in May. His mother has said that he was innocent."
    son = actor(text, "a1", "Ali Hassan", "IRQCVL", "IRQ", "Ali Hassan", "His")
    [quote] = run(nlp, text, (son,))
    assert quote.speaker is not None
    assert quote.speaker.name == "His mother" and quote.speaker.actor is None
    assert quote.speaker.code == "IRQCVL"


def test_the_former_minister_is_the_person_named_before(nlp: NLP) -> None:
    text = (
        "Michel Barnier said on Tuesday that immigration should stop for three years. "
        "The former foreign minister told France Television that Schengen needed reform."
    )
    barnier = actor(text, "a1", "Michel Barnier", "FRAOPP", "FRA", "Michel Barnier")
    minister = actor(text, "a2", "foreign minister", "FRAGOV", "FRA", "foreign minister")
    quotes = run(nlp, text, (barnier, minister))
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Michel Barnier",
        "Michel Barnier",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an abstract noun, or a clause the parser took for a subject
        "The idea warned that integration fails.",
        # a pronoun with no one before it to stand for
        "\u201cWe will never give up this land,\u201d he said.",
    ],
)
def test_words_that_name_no_one_are_no_speaker(nlp: NLP, text: str) -> None:
    quotes = run(nlp, text)
    assert quotes and all(q.speaker is None for q in quotes)
    # PARC-style attribution keeps the source as written
    assert all(q.speaker is not None for q in run(nlp, text, config=ATTRIBUTION))


@pytest.mark.parametrize(
    "text, words",
    [
        ("The charity said that a million people were out of reach.", "The charity"),
        ("The report said that attacks rose by half in 2024.", "The report"),
        ("Environmentalists say the new turbines will harm birds.", "Environmentalists"),
        ("Some said that the bombing was a plot.", "Some"),
    ],
)
def test_groups_texts_and_people_are_speakers(nlp: NLP, text: str, words: str) -> None:
    [quote] = run(nlp, text)
    assert quote.speaker is not None
    assert text[quote.speaker.span[0] : quote.speaker.span[1]] == words


def test_it_is_the_organisation_named_before(nlp: NLP) -> None:
    text = (
        "The Baloch Liberation Army attacked the train on Tuesday. "
        "It said that the hostages were soldiers."
    )
    bla = Actor(
        "a1",
        "Baloch Liberation Army",
        "PAKSEP",
        "PAK",
        (),
        "organization",
        ((4, 26),),
    )
    [quote] = run(nlp, text, (bla,))
    assert quote.speaker is not None and quote.speaker.actor == "a1"


def test_a_description_with_no_actor_is_the_person_named_before(nlp: NLP) -> None:
    text = (
        "Michel Barnier spoke in Paris on Tuesday. "
        "The French politician said that immigration should stop for three years."
    )
    [quote] = run(nlp, text)
    assert quote.speaker is not None and quote.speaker.name == "Michel Barnier"
    assert text[quote.speaker.span[0] : quote.speaker.span[1]] == "The French politician"


def test_the_charity_is_the_organisation_named_before(nlp: NLP) -> None:
    text = (
        "Doctors Without Borders runs clinics in the northeast. "
        "The charity said that a million people were out of reach."
    )
    msf = actor(text, "a1", "Doctors Without Borders", "NGOMSF", "", "Doctors Without Borders")
    charity = actor(text, "a2", "charity", "NGO", "", "charity")
    msf = Actor(msf.id, msf.name, msf.code, None, (), "organization", msf.mentions)
    charity = Actor(
        charity.id, charity.name, charity.code, None, (), "organization", charity.mentions
    )
    [quote] = run(nlp, text, (msf, charity))
    assert quote.speaker is not None and quote.speaker.actor == "a1"
    assert quote.speaker.code == "NGOMSF"


def test_a_named_person_of_an_organisation_is_coded_as_it(nlp: NLP) -> None:
    text = "Janusz Bugajski of the Jamestown Foundation said that Washington was right."
    person = actor(text, "a1", "Janusz Bugajski", "ALB", "ALB", "Janusz Bugajski")
    foundation = Actor(
        "a2", "Jamestown Foundation", "USANGO", "USA", (), "organization", ((23, 43),)
    )
    assert text[23:43] == "Jamestown Foundation"
    [quote] = run(nlp, text, (person, foundation))
    assert quote.speaker is not None and quote.speaker.name == "Janusz Bugajski"
    assert quote.speaker.code == "USANGO"


def test_a_title_with_a_name_apposed_is_that_person(nlp: NLP) -> None:
    text = (
        "The court's president, Judge Joan Donoghue, opened the hearing on Monday. "
        "She said that the court regrets the decision of Kenya."
    )
    president = actor(text, "a1", "president", "KENGOV", "KEN", "president", "She")
    [quote] = run(nlp, text, (president,))
    assert quote.speaker is not None and quote.speaker.name == "Joan Donoghue"


def test_a_speaker_in_capitals_is_a_person_he_may_stand_for(nlp: NLP) -> None:
    text = (
        "Malaysia responded too late, said Oh Ei Sun, a senior fellow. "
        "\u201cThey have tried to be safe on the legal side,\u201d he said."
    )
    quotes = run(nlp, text)
    assert quotes[-1].speaker is not None and "Oh" in quotes[-1].speaker.name


def test_a_surname_the_tagger_missed_is_still_the_speaker(nlp: NLP) -> None:
    text = "Malaysia has lost access at sea by responding too late, Oh said."
    [quote] = run(nlp, text)
    assert quote.speaker is not None
    assert text[quote.speaker.span[0] : quote.speaker.span[1]] == "Oh"


def test_an_institution_no_table_knows_is_coded_by_its_own_words(nlp: NLP) -> None:
    # the country the article lent the person gives way to the institution's, at every
    # mention of the person
    text = (
        "Malaysia responded too late, said Carl Thayer, a senior fellow with the Singapore "
        "Institute of International Affairs. Beijing has rejected the ruling, Thayer said."
    )
    person = replace(
        actor(text, "a1", "Carl Thayer", "MYS", "MYS", "Carl Thayer", "Thayer said"),
        kind="person",
    )
    quotes = run(nlp, text, (person,))
    assert [q.speaker.code if q.speaker else None for q in quotes] == ["SGPEDU", "SGPEDU"]


def test_a_think_tank_of_no_known_country_is_an_ngo(nlp: NLP) -> None:
    # 'on China' names the alliance's topic, not its home
    text = (
        "Mauritius is vulnerable to influence from Beijing, noted Evan Fowler of the "
        "Inter-Parliamentary Alliance on China."
    )
    person = replace(actor(text, "a1", "Evan Fowler", "CHN", "CHN", "Evan Fowler"), kind="person")
    [quote] = run(nlp, text, (person,))
    assert quote.speaker is not None and quote.speaker.code == "NGO"


def test_a_titled_person_keeps_a_role_an_unplaced_institution_cannot_replace(nlp: NLP) -> None:
    text = "Voters were unhappy, said Alexander Vuving, a professor at the Asia-Pacific Center."
    person = actor(text, "a1", "Alexander Vuving", "USAEDU", "USA", "Alexander Vuving")
    [quote] = run(nlp, text, (person,))
    assert quote.speaker is not None and quote.speaker.code == "USAEDU"


def test_he_is_the_speaker_the_actors_coreference_did_not_see(nlp: NLP) -> None:
    # the actors linked 'he' to Mahathir: Oh, no actor, was named as a subject after him
    text = (
        "Mahathir Mohamad wants more sway over China. \u201cMalaysia responded too late,\u201d "
        "said Oh Ei Sun. \u201cThey have tried to be safe on the legal side,\u201d he said."
    )
    he = text.index("he said")
    mahathir = replace(
        actor(text, "a1", "Mahathir Mohamad", "MYSGOV", "MYS", "Mahathir Mohamad"),
        mentions=((0, 16), (he, he + 2)),
    )
    quotes = run(nlp, text, (mahathir,))
    assert quotes[-1].speaker is not None and quotes[-1].speaker.actor is None
    assert "Oh" in quotes[-1].speaker.name


def test_the_institution_in_an_apposition_is_not_the_speaker(nlp: NLP) -> None:
    text = (
        "Malaysia responded too late, said Oh Ei Sun, senior fellow with the Singapore "
        "Institute of International Affairs. China has rejected the ruling, Oh said."
    )
    singapore = actor(text, "a1", "Singapore", "SGP", "SGP", "Singapore")
    quotes = run(nlp, text, (singapore,))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Oh Ei Sun", "Oh Ei Sun"]
    assert [q.speaker.code if q.speaker else None for q in quotes] == ["SGPEDU", "SGPEDU"]


def test_a_participle_hung_on_the_content_speaks_for_the_outer_subject(nlp: NLP) -> None:
    text = (
        "Viktor Orban spoke on Monday. He rejected the idea migration can lead to cultural "
        "enrichment, arguing integration fails and warned migration brings problems."
    )
    quotes = run(nlp, text)
    said = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert said.get("integration fails") == "Viktor Orban"


def test_an_analyst_takes_the_country_of_a_known_think_tank() -> None:
    text = (
        "\u201cThe timing is not good,\u201d said Janusz Bugajski of the Jamestown Foundation "
        "in Tirana. Bugajski said the move was unwise."
    )
    quotes = with_actors(text)
    assert [q.speaker.code if q.speaker else None for q in quotes] == ["USAEDU", "USAEDU"]


def test_a_bracket_in_a_quotation_is_not_the_speaker(nlp: NLP) -> None:
    # the parser gave 'said' two subjects, '[the farmers]' inside the quotation and Smith
    text = (
        "\u201cThe farmers are already receiving all the seed they need. I think the pause is "
        "something we can fix,\u201d Smith told reporters. \u201cWe're not going to be sitting "
        "in a room drawing lines on a map but just get a sense of what is possible for them "
        "[the farmers],\u201d Smith said, adding that there is no quick solution to the drought."
    )
    quotes = run(nlp, text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Smith"] * 3


def test_an_uncoded_speaker_takes_the_country_its_sentence_names(nlp: NLP) -> None:
    text = (
        "Hotels in Italy are half empty. \u201cPeople just want to travel,\u201d a receptionist "
        "in Italy told me."
    )
    second = text.rindex("Italy")
    italy = replace(
        actor(text, "a1", "Italy", "ITA", "ITA", "Italy"), mentions=((10, 15), (second, second + 5))
    )
    [quote] = run(nlp, text, (italy,))
    assert quote.speaker is not None and quote.speaker.name == "a receptionist"
    assert quote.speaker.code == "ITA"


def test_a_former_official_of_an_organisation_speaks_for_his_country(nlp: NLP) -> None:
    text = (
        "Former top European Union official Michel Barnier visited Paris. France must stop "
        "immigration, he said on French television."
    )
    barnier = replace(
        actor(text, "a1", "Michel Barnier", "IGOEECGOV", "", "European Union official Michel"),
        mentions=((11, 49), (text.index("he said"), text.index("he said") + 2)),
    )
    france = actor(text, "a2", "France", "FRA", "FRA", "France")
    assert text[11:49] == "European Union official Michel Barnier"
    [quote] = run(nlp, text, (barnier, france))
    assert quote.speaker is not None and quote.speaker.actor == "a1"
    assert quote.speaker.code == "FRA"


def test_a_group_known_by_its_role_is_named_by_its_own_words(nlp: NLP) -> None:
    # one actor for every mention coded ITAGOV, named by its first ('authority')
    text = (
        "The authority closed the museums. Government ministers say they hope to reopen "
        "them soon, but they stress it will depend on vaccinations."
    )
    ministers = text.index("Government ministers")
    theys = [i for i in range(len(text)) if text.startswith(" they ", i)]
    group = Actor(
        "a1",
        "authority",
        "ITAGOV",
        "ITA",
        ("GOV",),
        "organization",
        ((4, 13), (ministers, ministers + 20), *((i + 1, i + 5) for i in theys)),
    )
    quotes = run(nlp, text, (group,))
    assert quotes and {q.speaker.name for q in quotes if q.speaker} == {"Government ministers"}


def test_the_report_is_the_source_that_spoke_before(nlp: NLP) -> None:
    text = (
        "According to the Global Terrorism Index 2025, terrorism deaths rose by 45% last year. "
        "According to the report, the group launched 504 attacks in 2024."
    )
    quotes = run(nlp, text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "the Global Terrorism Index",
        "the Global Terrorism Index",
    ]


def test_a_clause_parsed_onto_an_apposition_is_said_by_the_name() -> None:
    text = (
        "Barnier wants to suspend immigration. British politician Nigel Farage, a key Brexit "
        "figure, joked in response on Twitter that Barnier, who for years has been seen as a "
        "europhile hero, is becoming a \u201ceuroskeptic.\u201d"
    )
    [quote] = with_actors(text)
    assert quote.speaker is not None and quote.speaker.name == "Nigel Farage"
    words = text[quote.speaker.span[0] : quote.speaker.span[1]]
    assert words == "British politician Nigel Farage, a key Brexit figure"


def test_it_is_the_text_that_spoke_before(nlp: NLP) -> None:
    # the actors' coreference linked 'It' to China; the law spoke in between
    text = (
        "China revised its maritime law. Foreign ships must obtain permission first, "
        "the law says. It cites traffic safety as a reason, and it says ships must comply."
    )
    it = text.index("It cites")
    china = replace(
        actor(text, "a1", "China", "CHN", "CHN", "China"), mentions=((0, 5), (it, it + 2))
    )
    quotes = run(nlp, text, (china,))
    assert quotes and all(q.speaker is not None and q.speaker.name == "the law" for q in quotes)


def test_a_cue_conjoined_to_a_passive_content_speaks_for_the_outer_subject(nlp: NLP) -> None:
    text = (
        "Marcus Detrez became famous in 2024. He claimed the images were taken by his "
        "grandfather and said he wanted to donate them to China."
    )
    quotes = run(nlp, text)
    said = {q.text: q.speaker.name if q.speaker else None for q in quotes}
    assert said == {
        "the images were taken by his grandfather": "Marcus Detrez",
        "he wanted to donate them to China": "Marcus Detrez",
    }


def test_a_named_person_s_nationality_in_apposition_codes_them(nlp: NLP) -> None:
    text = (
        "One popular foreigner in China is a French national, Marcus Detrez. He said that "
        "he wanted to donate the photographs to China."
    )
    detrez = replace(
        actor(text, "a1", "Marcus Detrez", "CHN", "CHN", "Marcus Detrez", "He said"),
        kind="person",
    )
    [quote] = run(nlp, text, (detrez,))
    assert quote.speaker is not None and quote.speaker.code == "FRA"


def test_his_is_the_person_the_actors_linked_it_to(nlp: NLP) -> None:
    text = (
        "British envoy James Kariuki spoke first. Iran's U.N. ambassador participated in "
        "the meeting, but his U.N. mission criticized it, saying that the move was dangerous."
    )
    kariuki = actor(text, "a1", "James Kariuki", "GBRGOV", "GBR", "British envoy James Kariuki")
    his = text.index("his U.N.")
    envoy = replace(
        actor(text, "a2", "ambassador", "IRNGOV", "IRN", "Iran's U.N. ambassador"),
        mentions=((text.index("Iran's"), text.index(" participated")), (his, his + 3)),
    )
    [quote] = run(nlp, text, (kariuki, envoy))
    assert quote.speaker is not None and quote.speaker.code == "IRNGOV"


def test_some_take_the_country_of_their_sentence(nlp: NLP) -> None:
    text = (
        "Farmers in Kenya are divided, with some telling the radio station they support the "
        "new tax while others call it unfair."
    )
    kenya = actor(text, "a1", "Kenya", "KEN", "KEN", "Kenya")
    quotes = run(nlp, text, (kenya,))
    some = [q for q in quotes if q.speaker is not None and q.speaker.name == "some"]
    assert some and all(q.speaker is not None and q.speaker.code == "KEN" for q in some)


def test_an_unattributed_quote_goes_on_with_the_statement_before_it(nlp: NLP) -> None:
    text = (
        "The answers to veteran suicides are \u201cnot meeting the demand,\u201d says Paul "
        "Rieckhoff, founder of a veterans group. \u201cWe often compare it to the early days "
        "of a crisis, when people were not paying attention.\u201d"
    )
    quotes = run(nlp, text)
    last = quotes[-1]
    assert last.text.startswith("We often compare it")
    assert last.speaker is not None and last.speaker.name == "Paul Rieckhoff"
