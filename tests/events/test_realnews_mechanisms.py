"""Event-coding mechanisms for real news: each act once, irregular force, only acts, dates
read from tense. Parsed sentences with hand-made actors (no actors component)."""

from __future__ import annotations

import re

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.document import Actor, Document, TimeExpression
from geowire.errors import DictionaryError
from geowire.events import EventCoder
from geowire.events.irregular import is_armed, is_irregular, parse_irregular_table

NAMES = {
    "Iran": "IRN",
    "Iraq": "IRQ",
    "Russia": "RUS",
    "Gunmen": "SOMUAF",
    "militants": "SOMINS",
    "soldiers": "SOMMIL",
    "the army": "SOMMIL",
    "Islamic State": "IMGMUSISI",
    "the hotel": "SOMBUS",
    "Ahmadinejad": "IRNGOV",
    "Maliki": "IRQGOV",
    "Malaysia": "MYS",
    "the Maldives": "MDV",
    "Sri Lanka": "LKA",
    "the Gambia": "GMB",
}


def _with_actors(doc: Document) -> Document:
    return with_named_actors(doc, NAMES, countries={"IMGMUSISI": None})  # a group of no state


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


def _code(parse: Pipeline, text: str, times: tuple[TimeExpression, ...] = ()) -> Document:
    doc = _with_actors(parse(text, published="2025-03-12"))
    return EventCoder(Config())(doc.replace(times=times))


@pytest.mark.parametrize(
    "code, irregular, armed",
    [
        ("SOMINS", True, True),
        ("IMGMUSISI", True, True),
        ("NGAUAF", True, True),
        ("USAMIL", False, True),
        ("NGACOP", False, True),
        ("NGAGOV", False, True),
        ("PAK", False, True),
        ("NGACVL", False, False),
        (None, False, False),
    ],
)
def test_irregular_and_armed_codes(code: str | None, irregular: bool, armed: bool) -> None:
    assert is_irregular(code) is irregular
    assert is_armed(code) is armed


def test_irregular_table_checks_codes() -> None:
    good = parse_irregular_table("# t, version 1\naction\tirregular\n190\t180\n", "t")
    assert good.map("190") == "180" and good.map("1931") == "1931"
    with pytest.raises(DictionaryError):
        parse_irregular_table("# t, version 1\naction\tirregular\n190\t999\n", "t")


@pytest.mark.model
def test_militants_attacking_a_hotel_is_assault_not_fight(parse: Pipeline) -> None:
    doc = _code(parse, "Gunmen attacked the hotel.")
    assert [(e.source.code if e.source else None, e.root) for e in doc.events] == [("SOMUAF", "18")]


@pytest.mark.model
def test_armed_forces_and_clashes_stay_fight(parse: Pipeline) -> None:
    doc = _code(parse, "Soldiers attacked the hotel.")
    assert {e.root for e in doc.events} == {"19"}
    doc = _code(parse, "The militants attacked the soldiers.")
    assert {e.root for e in doc.events} == {"19"}


@pytest.mark.model
def test_a_visit_is_one_event(parse: Pipeline) -> None:
    doc = _code(parse, "Ahmadinejad visited Iraq on Sunday.")
    assert [e.cameo[:3] for e in doc.events] == ["042"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia sent troops to Iraq to fight the Islamic State.",  # one act: the sending
        "Iran praised the Russia-funded projects in Iraq.",  # one act: the praise
    ],
)
def test_purposes_and_participles_are_not_acts(parse: Pipeline, text: str) -> None:
    doc = _code(parse, text)
    verbs = {doc.text[e.span[0] : e.span[1]].split()[0] for e in doc.events}
    assert all(not v.startswith(("to", "Russia-funded")) for v in verbs)
    assert not any(e.root == "19" for e in doc.events)  # "to fight" is a purpose
    assert not any(e.root == "07" for e in doc.events)  # "Russia-funded" is an adjective


LEDE = "Russia met Iraq on Monday. Iraq praised Russia on Monday. "


def _mondays(text: str) -> tuple[TimeExpression, ...]:
    """Every "Monday" of ``text``, the Monday before the test's publication date."""
    return tuple(
        TimeExpression("Monday", (m.start(), m.end()), "DATE", "2025-03-10")
        for m in re.finditer("Monday", text)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Iran has criticized Iraq.", None),  # an undated past, after the lede
        ("Iran has now criticized Iraq.", "2025-03-12"),  # marked as current
        # a saying told in the simple present by the narrator is the news, dated like
        # "says" (dating._untimed_date); a stance of lasting_verbs stays undated
        ("Iran criticizes Iraq.", "2025-03-12"),
        ("Iran criticized Iraq.", "2025-03-10"),  # the narrative's Monday
        ("Iran has been criticizing Iraq.", None),  # a present perfect progressive too
        ("Iran often criticized Iraq.", None),  # a habit
        ("Iran seldom praised Russia and instead criticized Iraq.", None),
        ("Iran has so far criticized Iraq.", "2025-03-12"),  # marked as current
        ("Iran still criticizes Iraq.", "2025-03-12"),
        ("Iraq is criticized by Iran.", None),  # a present passive: a standing state
        # what others expect is a plan of no date told
        ("Iran is expected to criticize Iraq.", None),
    ],
)
def test_dates_read_from_tense(parse: Pipeline, sentence: str, date: str | None) -> None:
    text = LEDE + sentence
    monday = _mondays(text)
    doc = _code(parse, text, times=monday)
    assert [(e.root, e.date) for e in doc.events if e.root == "11"] == [("11", date)]


@pytest.mark.model
def test_an_infinitive_takes_the_tense_of_its_governing_verb(parse: Pipeline) -> None:
    text = LEDE + "Iran threatened to attack Iraq."
    monday = _mondays(text)
    doc = _code(parse, text, times=monday)
    assert [(e.root, e.date) for e in doc.events if e.sentence == 2] == [("13", "2025-03-10")]


@pytest.mark.model
def test_the_lede_is_the_news_of_the_day(parse: Pipeline) -> None:
    doc = _code(parse, "Iran has criticized Iraq.")
    assert [(e.root, e.date) for e in doc.events] == [("11", "2025-03-12")]


@pytest.mark.model
def test_a_week_is_dated_by_its_month(parse: Pipeline) -> None:
    week = (TimeExpression("this week", (21, 30), "DATE", "2025-W11"),)
    doc = _code(parse, "Iran criticized Iraq this week.", times=week)
    assert [e.date for e in doc.events] == ["2025-03"]


@pytest.mark.model
def test_simple_past_continues_the_narrative_date(parse: Pipeline) -> None:
    text = "On Tuesday, the militants seized a train. Maliki condemned the militants."
    tuesday = TimeExpression("Tuesday", (3, 10), "DATE", "2025-03-11")
    doc = _code(parse, text, times=(tuesday,))
    dates = {e.root: e.date for e in doc.events}
    assert dates.get("11") == "2025-03-11"


@pytest.mark.model
def test_a_planned_act_keeps_its_code_unless_told(parse: Pipeline) -> None:
    doc = _code(parse, "Ahmadinejad will visit Iraq on Sunday.")
    assert [(e.cameo[:3], e.modality) for e in doc.events] == [("042", "planned")]
    strict = Config(settings={"geowire.events.v1": {"planned_as_intent": True}})
    doc = EventCoder(strict)(_with_actors(parse("Ahmadinejad will visit Iraq on Sunday.")))
    # the intention is what is told (the guide codes intentions as asserted)
    assert [(e.cameo[:2], e.modality) for e in doc.events] == [("03", "asserted")]
    doc = _code(parse, "Ahmadinejad promised to visit Iraq.")
    assert [e.cameo[:2] for e in doc.events] == ["03"]


@pytest.mark.model
def test_claiming_an_attack_codes_the_attack_by_the_claimer(parse: Pipeline) -> None:
    doc = _code(parse, "The militants claimed responsibility for the attack on the hotel.")
    attacks = [e for e in doc.events if e.root in ("18", "19")]
    assert attacks and attacks[0].source is not None
    assert attacks[0].source.code == "SOMINS" and attacks[0].root == "18"


@pytest.mark.model
def test_an_attack_without_a_named_target_is_on_the_country_where_it_happened(
    parse: Pipeline,
) -> None:
    from geowire.document import Place

    text = "Gunmen attacked a market in Mogadishu."
    doc = _with_actors(parse(text, published="2025-03-12"))
    start = text.index("Mogadishu")
    place = Place("Mogadishu", (start, start + 9), "Mogadishu", "SOM", 2.04, 45.34, 53654, "city")
    doc = EventCoder(Config())(doc.replace(places=(place,)))
    assert [(e.root, e.target.code if e.target else None) for e in doc.events] == [("18", "SOM")]
    off = Config(settings={"geowire.events.v1": {"place_targets": False}})
    doc = EventCoder(off)(_with_actors(parse(text)).replace(places=(place,)))
    assert [e.target for e in doc.events] == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, town, expected",
    [
        # force against a place the verb takes as its object is done to its country
        ("Russia shelled Osgiliath overnight.", "Osgiliath", ("19", "GON")),
        # seizing or capturing a place is taking territory (192), not property or people
        ("Iran seized Osgiliath in June.", "Osgiliath", ("192", "GON")),
        ("Iran captured the town of Osgiliath.", "Osgiliath", ("192", "GON")),
    ],
)
def test_a_place_a_verb_of_force_takes_is_its_target(
    parse: Pipeline, text: str, town: str, expected: tuple[str, str]
) -> None:
    from geowire.document import Place

    doc = _with_actors(parse(text, published="2025-03-12"))
    start = text.index(town)
    place = Place(town, (start, start + len(town)), town, "GON", 1.0, 1.0, 1, "city")
    doc = EventCoder(Config())(doc.replace(places=(place,)))
    got = [
        (e.root if len(expected[0]) == 2 else e.cameo, e.target.code if e.target else None)
        for e in doc.events
    ]
    assert got == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maliki welcomed the visit to Iraq by Ahmadinejad.", ("IRNGOV", "IRQ")),
        ("The criticism of Iran from Russia grew.", ("RUS", "IRN")),
    ],
)
def test_a_noun_event_takes_its_agent_from_by_or_from(
    parse: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    doc = _code(parse, text)
    pairs = {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    }
    assert expected in pairs


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Russia carried out a suicide bombing in Iraq.", "1831"),  # two-word noun
        ("Iran held a phone call with Iraq.", "041"),
        ("Russia launched a series of airstrikes against Iraq.", "195"),  # a quantifier
    ],
)
def test_two_word_and_counted_event_nouns(parse: Pipeline, text: str, code: str) -> None:
    doc = _code(parse, text)
    assert code in {e.cameo for e in doc.events}


@pytest.mark.model
def test_a_passive_participle_on_a_noun_runs_from_its_agent(parse: Pipeline) -> None:
    doc = _code(parse, "The militants backed by Iran attacked Iraq.")
    support = [e for e in doc.events if e.root == "05"]
    assert [
        (e.source.code if e.source else None, e.target.code if e.target else None) for e in support
    ] == [("IRN", "SOMINS")]


@pytest.mark.model
def test_planned_support_is_an_intention(parse: Pipeline) -> None:
    doc = _code(parse, "Iran will support Iraq in the talks.")
    assert [(e.cameo[:2], e.modality) for e in doc.events] == [("03", "asserted")]
    # the same plan told by someone else is that party's report of the act to come
    doc = _code(parse, "Russian media said Iran will support Iraq in the talks.")
    assert [(e.cameo[:2], e.modality) for e in doc.events] == [("05", "planned")]


@pytest.mark.model
def test_words_in_quotation_marks_are_speech_not_acts(parse: Pipeline) -> None:
    from geowire.document import Quote

    text = "Maliki said: \u201cWe will attack Iran.\u201d Iran criticized Iraq."
    start = text.index("We")
    quote = Quote("We will attack Iran.", (start, start + 20), "direct", None, "said")
    doc = _with_actors(parse(text, published="2025-03-12")).replace(quotes=(quote,))
    assert {e.root for e in EventCoder(Config())(doc).events} == {"11"}
    keep = Config(settings={"geowire.events.v1": {"skip_quoted": False}})
    assert {e.root for e in EventCoder(keep)(doc).events} == {"11", "13"}


@pytest.mark.model
def test_charged_with_a_gerund_is_a_duty(parse: Pipeline) -> None:
    assert _code(parse, "Maliki was charged with halting the violence in Iraq.").events == ()
    assert [e.root for e in _code(parse, "Iraq charged Maliki with fraud.").events] == ["17"]


@pytest.mark.model
def test_advice_is_no_act(parse: Pipeline) -> None:
    assert _code(parse, "Iraq should negotiate with Iran.").events == ()
    assert {e.root for e in _code(parse, "Iraq will negotiate with Iran.").events} == {"04"}


@pytest.mark.model
def test_a_count_of_events_is_a_statistic(parse: Pipeline) -> None:
    assert _code(parse, "The militants launched 504 attacks on Iraq in 2024.").events == ()
    assert [e.root for e in _code(parse, "The militants launched an attack on Iraq.").events] == [
        "19"
    ]
    # a measure of events is a statistic too; "a number of attacks" tells several
    assert _code(parse, "The number of attacks by Iran on Iraq doubled.").events == ()
    assert _code(parse, "Iraq reported a rise in attacks by Iran.").events == ()
    doc = _code(parse, "A number of attacks by Iran on Iraq were reported.")
    assert [e.root for e in doc.events] == ["19"]


@pytest.mark.model
def test_a_force_that_reports_an_agentless_attack_claims_it(parse: Pipeline) -> None:
    doc = _code(parse, "On Monday the army said the militants were attacked in Iraq.")
    assert [(e.source.code if e.source else None) for e in doc.events if e.root == "19"] == [
        "SOMMIL"
    ]
    doc = _code(parse, "Iran said the militants were attacked in Iraq.")  # a state, not its force
    assert [(e.source.code if e.source else None) for e in doc.events if e.root == "19"] == [None]


@pytest.mark.model
def test_a_force_does_not_claim_an_agentless_attack_on_its_own_side(parse: Pipeline) -> None:
    # the army reports, and does not do, what was done to its own soldiers
    doc = _code(parse, "On Monday the army said the soldiers were attacked in Iraq.")
    assert [(e.source.code if e.source else None) for e in doc.events if e.root == "19"] == [None]
    # another state's forces are an enemy it claims the act against
    doc = _code(parse, "On Monday Maliki said the soldiers were attacked in Iraq.")
    assert [(e.source.code if e.source else None) for e in doc.events if e.root == "19"] == [
        "IRQGOV"
    ]


@pytest.mark.model
def test_an_event_needs_a_coded_party(parse: Pipeline) -> None:
    text = "The train was attacked near the tunnel."
    doc = _with_actors(parse(text, published="2025-03-12"))
    train = Actor("t", "train", None, None, mentions=((4, 9),))
    assert EventCoder(Config())(doc.replace(actors=(train,))).events == ()


@pytest.mark.model
def test_the_same_coded_act_twice_in_a_sentence_is_one_event(parse: Pipeline) -> None:
    text = "Ahmadinejad and other Iranian officials criticized Iraq."
    doc = _with_actors(parse(text, published="2025-03-12"))
    officials = Actor("o", "Iranian officials", "IRNGOV", "IRN", mentions=((22, 39),))
    doc = EventCoder(Config())(doc.replace(actors=(*doc.actors, officials)))
    assert [(e.source.code if e.source else None, e.root) for e in doc.events] == [("IRNGOV", "11")]


@pytest.mark.model
def test_a_demonym_on_an_event_noun_is_its_actor(parse: Pipeline) -> None:
    doc = _code(parse, "Maliki condemned the Russian offensive against Iraq.")
    pairs = {
        (e.source.code if e.source else None, e.target.code if e.target else None, e.root)
        for e in doc.events
    }
    assert ("RUS", "IRQ", "19") in pairs
    doc = _code(parse, "The Russian attack on the city killed five.")  # no named target
    assert [(e.source.code if e.source else None, e.root) for e in doc.events] == [("RUS", "19")]
    assert doc.events[0].source is not None and doc.events[0].source.actor is None


@pytest.mark.model
def test_the_news_day_of_the_lede_dates_the_storys_past_acts(parse: Pipeline) -> None:
    # published Wednesday 2025-03-12; the lede's news happened on Tuesday
    text = (
        "Iran warned Iraq on Tuesday. Iran is angry. Iraq is calm. "
        "Later, Russia met Iraq. Iran says Russia is praising Iraq."
    )
    tuesday = TimeExpression("Tuesday", (20, 27), "DATE", "2025-03-11")
    doc = _code(parse, text, times=(tuesday,))  # the narrative's two sentences do not reach
    dates = {e.root: e.date for e in doc.events}
    assert dates["04"] == "2025-03-11"  # a past act of the story: its news day
    assert dates["05"] == "2025-03-12"  # a present act: the paper's day
    off = Config(settings={"geowire.events.v1": {"news_day": False}})
    doc = EventCoder(off)(
        _with_actors(parse(text, published="2025-03-12")).replace(times=(tuesday,))
    )
    assert {e.root: e.date for e in doc.events}["04"] == "2025-03-12"


@pytest.mark.model
def test_a_news_day_is_never_after_publication_nor_long_before(parse: Pipeline) -> None:
    text = "Iran warned Iraq on Friday. Later, Russia met Iraq."
    coder = EventCoder(Config(settings={"geowire.events.v1": {"narrative_sentences": 0}}))
    for value, date in (
        ("2025-03-14", "2025-03-12"),
        ("2025-03-01", "2025-03-12"),
        ("2025-03-07", "2025-03-07"),
    ):
        friday = TimeExpression("Friday", (20, 26), "DATE", value)
        doc = coder(_with_actors(parse(text, published="2025-03-12")).replace(times=(friday,)))
        assert {e.root: e.date for e in doc.events}["04"] == date


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sources",
    [
        # the first item of a list the parser hangs on the verb ("Malaysia" as npadvmod)
        (
            "Malaysia, the Maldives and Sri Lanka contest Iraq's claims in the sea.",
            {"MYS", "MDV", "LKA"},
        ),
        # a list read as a name with an apposition, or in apposition to a plural
        (
            "Iran, the Gambia and Russia contest Iraq's claims in the sea.",
            {"IRN", "GMB", "RUS"},
        ),
        ("Council members Iran, Iraq and Russia also supported the call.", {"IRN", "IRQ", "RUS"}),
        # "X, along with Y, acted": Y acts too
        ("Iran, along with Russia, praised the militants.", {"IRN", "RUS"}),
        # one person's two titles are not a list
        ("Maliki, a lawyer and president of a club, praised the militants.", {"IRQGOV"}),
    ],
)
def test_every_member_of_a_listed_subject_acts(
    parse: Pipeline, text: str, sources: set[str]
) -> None:
    doc = _code(parse, text)
    assert {e.source.code for e in doc.events if e.root in ("05", "11") and e.source} == sources


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # talks "with X" are had by the clause's agent
        (
            "Iran said that talks with Russia are progressing well.",
            {("IRN", "RUS"), ("RUS", "IRN")},
        ),
        (
            "Iraq hopes to settle the dispute during talks with Iran.",
            {("IRQ", "IRN"), ("IRN", "IRQ")},
        ),
        # a coded verb's event covers its object's noun
        ("Iran will not attend the talks with Iraq.", set()),
    ],
)
def test_consultations_named_by_nouns_take_the_clause_agent(
    parse: Pipeline, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = _code(parse, text)
    got = {
        (e.source.code, e.target.code)
        for e in doc.events
        if e.root == "04" and e.source and e.target
    }
    assert got == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonym on a subject that names no actor names the state that acted
        ("An Israeli airstrike killed five militants.", ("ISR", "19", "SOMINS")),
        ("Turkish shelling killed three militants.", ("TUR", "19", "SOMINS")),
        # a use of force as the subject of a verb that codes nothing itself
        ("A Russian missile attack hit Iraq overnight.", ("RUS", "19", "IRQ")),
        # the owner or author of an infinitive's object is its target
        ("Iran refused to attend a hearing by Russia.", ("IRN", "12", "RUS")),
        # a place the gazetteer may not know, told by its country's demonym
        ("Gunmen stormed a clinic in the Iraqi city of Xanadu.", ("SOMUAF", "18", "IRQ")),
        # a gerund after a verb's preposition is done by the verb's object, or by its
        # passive subject, else by its subject
        ("Iran accused Iraq of attacking Russia.", ("IRQ", "19", "RUS")),
        ("Iraq was accused of attacking Russia.", ("IRQ", "19", "RUS")),
        ("Iran succeeded in attacking Iraq.", ("IRN", "19", "IRQ")),
    ],
)
def test_agents_and_targets_named_indirectly(
    parse: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    doc = _code(parse, text)
    got = {(e.source and e.source.code, e.root, e.target and e.target.code) for e in doc.events}
    assert expected in got


@pytest.mark.model
def test_an_agentless_attack_subject_is_not_coded(parse: Pipeline) -> None:
    doc = _code(parse, "An attack hit Iraq overnight.")
    assert not [e for e in doc.events if e.root in ("18", "19")]


@pytest.mark.model
def test_quoted_words_that_tell_a_past_act_are_a_report(parse: Pipeline) -> None:
    from geowire.document import Quote, Speaker

    said = "Maliki said: \u201cThe militants were killed. We must attack Iran.\u201d"
    start = said.index("The")
    end = said.index("\u201d")
    doc = _with_actors(parse(said, published="2025-03-12"))
    maliki = next(a for a in doc.actors if a.name == "Maliki")
    speaker = Speaker("Maliki", "IRQGOV", "IRQ", maliki.id, (0, 6))
    quote = Quote(said[start:end], (start, end), "direct", speaker, "said")
    events = EventCoder(Config())(doc.replace(quotes=(quote,))).events
    # the past act is kept, its agent the state official who tells it; the wish is not
    assert {(e.source and e.source.code, e.root) for e in events} == {("IRQGOV", "19")}


@pytest.mark.model
def test_militants_force_with_no_target_is_done_in_their_country(parse: Pipeline) -> None:
    doc = _code(parse, "The militants claimed responsibility for the attack.")
    assert {
        (e.source.code, e.root, e.target and e.target.code) for e in doc.events if e.source
    } >= {("SOMINS", "18", "SOM")}
    # a state's force is not presumed to strike its own country
    doc = _code(parse, "The army said it had carried out an attack.")
    assert all(e.target is None for e in doc.events if e.root in ("18", "19"))


def _quoted(
    parse: Pipeline, text: str, words: str, speaker_name: str, config: Config | None = None
):
    from geowire.document import Quote, Speaker

    doc = _with_actors(parse(text, published="2025-03-12"))
    who = next(a for a in doc.actors if a.name == speaker_name)
    start = text.index(words)
    speaker = Speaker(who.name, who.code, who.country, who.id, who.mentions[0])
    quote = Quote(words, (start, start + len(words)), "direct", speaker, "said", "speech")
    return EventCoder(config or Config())(doc.replace(quotes=(quote,))).events


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # an act told as done recklessly censures its doer
        "Russia has recklessly seized the port,",
        # a view called ignorant
        "The Russian view of Iraq is ignorant,",
    ],
)
def test_censure_words_of_an_act_or_a_view(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    events = _quoted(parse, text, words, "Maliki")
    assert ("IRQGOV", "111", "RUS") in {(e.source.code, e.cameo, e.target.code) for e in events}


@pytest.mark.model
def test_criticism_said_in_a_quote_is_an_event(parse: Pipeline) -> None:
    text = "\u201cThe Russian plan is illegal and a disaster,\u201d Maliki said."
    words = "The Russian plan is illegal and a disaster,"
    events = _quoted(parse, text, words, "Maliki")
    assert {(e.source.code, e.cameo, e.target.code) for e in events if e.root == "11"} == {
        ("IRQGOV", "111", "RUS")
    }
    off = Config(settings={"geowire.events.v1": {"quoted_criticism": False}})
    assert not [e for e in _quoted(parse, text, words, "Maliki", off) if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, words",
    [
        # no word of censure
        ("\u201cThe Russian plan is bold,\u201d Maliki said.", "The Russian plan is bold,"),
        # censure of no named party but the speaker's own side
        ("\u201cOur plan was a disaster,\u201d Maliki said.", "Our plan was a disaster,"),
        # a party named in another clause than the word of censure
        (
            "Maliki urged Russia to sign pacts that would bring peace \u201cwithout foreign "
            "interference.\u201d",
            "Russia to sign pacts that would bring peace \u201cwithout foreign interference.",
        ),
        # a word of censure denied
        (
            "\u201cThe Russian plan is not illegal,\u201d Maliki said.",
            "The Russian plan is not illegal,",
        ),
        (
            "\u201cRussia is no more corrupt than Iran,\u201d Maliki said.",
            "Russia is no more corrupt than Iran,",
        ),
    ],
)
def test_a_quote_without_censure_of_another_party_is_no_criticism(
    parse: Pipeline, text: str, words: str
) -> None:
    assert not [e for e in _quoted(parse, text, words, "Maliki") if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Ahmadinejad called Iraq a puppet of foreign powers.", ("IRNGOV", "111", "IRQ")),
        ("Maliki called the Iranian plan dangerous and reckless.", ("IRQGOV", "111", "IRN")),
        ("Maliki called Russia's strikes a betrayal.", ("IRQGOV", "111", "RUS")),
        ("Ahmadinejad labelled the Iraqi vote a sham.", ("IRNGOV", "111", "IRQ")),
    ],
)
def test_a_word_of_censure_a_party_is_called_by_is_criticism(
    parse: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    doc = _code(parse, text)
    assert {
        (e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events
    } == {dyad}
    off = Config(settings={"geowire.events.v1": {"quoted_criticism": False}})
    coder = EventCoder(off)(_with_actors(parse(text, published="2025-03-12")))
    assert not [e for e in coder.events if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no word of censure in the name given
        "Ahmadinejad called Iraq a partner in the region.",
        # the word is not in the name given
        "Maliki called Iran on Monday to discuss the illegal border crossings.",
        # a naming denied
        "Maliki did not call the Iranian plan dangerous.",
    ],
)
def test_a_name_without_censure_is_no_criticism(parse: Pipeline, text: str) -> None:
    assert not [e for e in _code(parse, text).events if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("While highly critical of Russia, Maliki met the envoy.", ("IRQGOV", "111", "RUS")),
        ("Maliki, long critical of Iran, met the envoy.", ("IRQGOV", "111", "IRN")),
        ("Ahmadinejad, critical of the Iraqi plan, left early.", ("IRNGOV", "111", "IRQ")),
    ],
)
def test_a_party_told_as_critical_of_another_criticizes_it(
    parse: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    doc = _code(parse, text)
    assert dyad in {
        (e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events
    }


@pytest.mark.model
def test_a_critical_thing_is_no_party_critical(parse: Pipeline) -> None:
    # before its noun the word describes the noun, not a party's stance
    doc = _code(parse, "Maliki read a critical report of Iran on Monday.")
    assert not [e for e in doc.events if e.root == "11"]


@pytest.mark.model
def test_an_agentless_arrest_is_the_act_of_the_state_where_it_happened(parse: Pipeline) -> None:
    doc = _code(parse, "The militants were arrested in the Iraqi city of Xanadu.")
    assert {(e.source and e.source.code, e.root, e.target.code) for e in doc.events} == {
        ("IRQ", "17", "SOMINS")
    }
    # an attack with no agent is not presumed to be the state's
    doc = _code(parse, "The militants were attacked in the Iraqi city of Xanadu.")
    assert all(e.source is None for e in doc.events)


@pytest.mark.model
def test_who_came_under_attack_is_its_target(parse: Pipeline) -> None:
    doc = _code(parse, "Iraq came under attack from the militants.")
    assert {
        (e.source and e.source.code, e.root, e.target and e.target.code) for e in doc.events
    } == {("SOMINS", "19", "IRQ")}


@pytest.mark.model
def test_what_a_noun_does_as_a_rule_is_no_act(parse: Pipeline) -> None:
    # a simple present in a relative clause describes; a past one reports
    assert not [e for e in _code(parse, "Militants who praise Iran gain followers.").events]
    doc = _code(parse, "Militants who praised Iran gained followers.")
    assert [e.root for e in doc.events] == ["05"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia wants to understand what concessions Iraq might be willing to make.",
        "Iran asked whether Iraq would attack the militants.",
    ],
)
def test_an_act_in_an_open_question_is_no_act(parse: Pipeline, text: str) -> None:
    assert not [e for e in _code(parse, text).events if e.root in ("08", "19", "18")]


@pytest.mark.model
def test_a_gerund_takes_the_date_of_the_verb_it_depends_on(parse: Pipeline) -> None:
    text = (
        "Iran praised Iraq on Monday. Russia is calm. Iraq is calm. "
        "Last month, Russia met Iraq. Days later, the militants took credit for attacking Iraq."
    )
    month = text.index("Last month")
    times = (TimeExpression("Last month", (month, month + 10), "DATE", "2025-02"),)
    doc = _code(parse, text, times=times)
    assert {e.date for e in doc.events if e.root in ("18", "19")} == {"2025-02"}


@pytest.mark.model
def test_barring_another_states_officials_is_a_sanction(parse: Pipeline) -> None:
    doc = _code(parse, "Russia banned Maliki from entering Russia.")
    assert {e.cameo for e in doc.events if e.root in ("16", "17")} == {"163"}
    # a business (or people) is not another state's party: an administrative measure
    doc = _code(parse, "Russia banned the hotel from operating.")
    assert {e.cameo for e in doc.events if e.root in ("16", "17")} == {"172"}


@pytest.mark.model
def test_an_act_with_no_coded_party_is_reported_uncoded(parse: Pipeline) -> None:
    doc = parse("The Guild attacked the train.", published="2025-03-12")
    guild = Actor("a1", "The Guild", None, None, kind="organization", mentions=((0, 9),))
    doc = EventCoder(Config())(doc.replace(actors=(guild,)))
    assert not doc.events
    assert [u.reason for u in doc.uncoded] == ["'attacked': no side is a coded party"]


def _times(text: str, *found: tuple[str, str, str]) -> tuple[TimeExpression, ...]:
    """Time expressions (words, type, value) at their first place in ``text``."""
    out = []
    for words, kind, value in found:
        i = text.index(words)
        out.append(TimeExpression(words, (i, i + len(words)), kind, value))
    return tuple(out)


@pytest.mark.model
def test_a_time_that_modifies_a_noun_dates_that_nouns_event_only(parse: Pipeline) -> None:
    text = "Maliki criticized the 2019 agreement with Iran."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    assert [(e.root, e.date) for e in doc.events] == [("11", "2025-03-12")]
    # the noun's own event keeps it
    text = "Iran criticized the 2019 attack by Russia on Iraq."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    dates = {e.root: e.date for e in doc.events}
    assert dates["11"] == "2025-03-12"
    assert dates["19"] == "2019"


@pytest.mark.model
def test_a_time_in_a_gerund_clause_dates_that_clause_only(parse: Pipeline) -> None:
    text = "Maliki blamed Russia for attacking Iran in 2019."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    assert {e.root: e.date for e in doc.events}["11"] == "2025-03-12"
    # unless its preposition places the act in time
    text = "Since meeting Russia in 2019, Iran has praised Iraq."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    assert {e.root: e.date for e in doc.events}["05"] == "2019"


@pytest.mark.model
@pytest.mark.parametrize(
    "words, value, date",
    [
        ("almost a year", "P1Y", None),  # a background state: no date
        ("several weeks", "PXW", None),
        ("three days", "P3D", "2025-03-12"),  # the news of the day
    ],
)
def test_a_long_stretch_of_time_leaves_an_act_undated(
    parse: Pipeline, words: str, value: str, date: str | None
) -> None:
    text = f"Russia detained the militants for {words}."
    doc = _code(parse, text, times=_times(text, (words, "DURATION", value)))
    assert [(e.root, e.date) for e in doc.events] == [("17", date)]
    # a planned act's stretch is how long it is to last
    text = f"Russia will detain the militants for {words}."
    doc = _code(parse, text, times=_times(text, (words, "DURATION", value)))
    assert [e.date for e in doc.events] == ["2025-03-12"]


@pytest.mark.model
@pytest.mark.parametrize(
    "later, day, date",
    [
        ("Officials said Russia attacked the militants on Monday.", "2025-03-10", "2025-03-10"),
        # another target, or a day outside the news window: not the same act
        ("Officials said Russia attacked Iraq on Monday.", "2025-03-10", "2025-03-12"),
        ("Officials said Russia attacked the militants on Monday.", "2025-02-24", "2025-03-12"),
    ],
)
def test_an_undated_act_takes_the_day_the_article_gives_it_later(
    parse: Pipeline, later: str, day: str, date: str
) -> None:
    text = "Russia attacked the militants. Iran is angry. Iraq is calm. " + later
    times = _times(text, ("Monday", "DATE", day))
    doc = _code(parse, text, times=times)
    assert doc.events[0].sentence == 0 and doc.events[0].date == date
    off = Config(settings={"geowire.events.v1": {"same_act_dates": False}})
    doc = EventCoder(off)(_with_actors(parse(text, published="2025-03-12")).replace(times=times))
    assert doc.events[0].date == "2025-03-12"


@pytest.mark.model
def test_a_participle_on_a_noun_takes_the_tense_of_its_clause(parse: Pipeline) -> None:
    text = "Gunmen seized a train last Friday. Iran is angry. The attack drew crowds urging Iraq."
    doc = _code(parse, text, times=_times(text, ("last Friday", "DATE", "2025-03-07")))
    assert {e.root: e.date for e in doc.events}["02"] == "2025-03-07"  # the narrative's day


@pytest.mark.model
def test_the_current_month_is_not_the_narratives_date(parse: Pipeline) -> None:
    text = "Iran is angry this month. Iraq is calm. Later, Russia met Iraq."
    for value, date in (("2025-03", "2025-03-12"), ("2025-02", "2025-02")):
        doc = _code(parse, text, times=_times(text, ("this month", "DATE", value)))
        assert {e.root: e.date for e in doc.events}["04"] == date


@pytest.mark.model
def test_a_participle_describing_a_noun_is_no_act(parse: Pipeline) -> None:
    # who the militants are, not what the sentence reports them doing
    assert _code(parse, "The militants fighting Iraq are well armed.").events == ()
    # on a verb's object the participle tells what the thing did
    doc = _code(parse, "Iran issued a statement condemning Iraq.")
    assert [(e.root, e.target.code if e.target else None) for e in doc.events] == [("11", "IRQ")]


@pytest.mark.model
def test_words_that_a_relative_clause_says_act_for_their_author(parse: Pipeline) -> None:
    # "a statement that condemned Y" does what "a statement condemning Y" does
    for text in (
        "Iran issued a statement that condemned Iraq.",
        "Iran released a letter which accused Iraq of lying.",
    ):
        doc = _code(parse, text)
        assert [(e.root, e.source.code if e.source else None) for e in doc.events] == [
            ("11", "IRN")
        ], text


@pytest.mark.model
def test_the_speakers_own_i_in_quoted_words_is_the_speaker(parse: Pipeline) -> None:
    doc = _code(parse, '"I condemn Iraq," Ahmadinejad said.')
    assert [(e.root, e.source.code if e.source else None) for e in doc.events] == [
        ("11", "IRNGOV")
    ]
    # outside quotation marks "I" is the writer, not the one who said it
    doc = _code(parse, "Ahmadinejad said I would condemn Iraq.")
    assert [e.source for e in doc.events if e.root == "11"] in ([], [None])


@pytest.mark.model
def test_a_thing_used_for_an_act_leaves_the_act_to_the_user(parse: Pipeline) -> None:
    # "used a luncheon to complain": the user does it; a party used does it itself
    doc = _code(parse, "Ahmadinejad used the meeting to criticize Iraq.")
    assert [(e.root, e.source.code if e.source else None) for e in doc.events] == [
        ("11", "IRNGOV")
    ]
    doc = _code(parse, "Ahmadinejad used the militants to attack Iraq.")
    assert {e.source.code for e in doc.events if e.source and e.root == "19"} <= {"SOMINS"}


@pytest.mark.model
def test_talks_that_a_clause_acts_upon_are_not_its_agents(parse: Pipeline) -> None:
    doc = _code(parse, "Iran said the vote would undermine the talks with Iraq.")
    assert [e for e in doc.events if e.root == "04"] == []
    doc = _code(parse, "Iran said the talks with Iraq are progressing.")
    assert {(e.source.code, e.target.code) for e in doc.events if e.source and e.target} == {
        ("IRN", "IRQ"),
        ("IRQ", "IRN"),
    }


def _dyads(parse: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    """(source, target) codes of the events coded from ``text``."""
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in _code(parse, text).events
    ]


@pytest.mark.model
def test_a_name_in_a_participle_modifier_is_a_related_party(parse: Pipeline) -> None:
    assert _dyads(parse, "Iraq held talks with the Russia-based lender.") == [("IRQ", None)]
    assert _dyads(parse, "Iraq attacked a Russia-funded railway.") == [("IRQ", None)]
    assert _dyads(parse, "The Iran-led coalition attacked Iraq.") == [("IRN", "IRQ")]  # its leader


@pytest.mark.model
def test_what_unnamed_people_do_as_a_rule_is_no_act(parse: Pipeline) -> None:
    assert _code(parse, "Analysts blame Iraq for the crisis.").events == ()
    assert [e.root for e in _code(parse, "Analysts blamed Iraq for the crisis.").events] == ["11"]
    assert [e.root for e in _code(parse, "Iran blames Iraq for the crisis.").events] == ["11"]


@pytest.mark.model
def test_a_reduced_passive_is_done_to_the_subject(parse: Pipeline) -> None:
    assert _dyads(parse, "Criticized by Iran, Maliki left the meeting.") == [("IRN", "IRQGOV")]
    # the accusation, and (since session 17) the trial the militants went on (173): both
    # done to the subject
    assert _dyads(parse, "Accused of the bombing, the militants went on trial.") == [
        (None, "SOMINS"),
        (None, "SOMINS"),
    ]


@pytest.mark.model
def test_a_lede_naming_the_day_sources_spoke_and_the_acts_day(parse: Pipeline) -> None:
    # published Wednesday: the sources spoke on Wednesday, the story's act was on Tuesday
    text = (
        "Officials said Wednesday gunmen seized a train on Tuesday. Iran is angry. "
        "Iraq is calm. Later, Russia met Iraq. Maliki announced a deal with Iran."
    )
    times = _times(text, ("Wednesday", "DATE", "2025-03-12"), ("Tuesday", "DATE", "2025-03-11"))
    doc = _code(parse, text, times=times)
    dates = {e.root: e.date for e in doc.events}
    assert dates["04"] == "2025-03-11"  # a past act of the story: the act's day
    assert dates["01"] == "2025-03-12"  # what is said: the day the sources spoke


@pytest.mark.model
def test_an_act_a_day_is_counted_from_is_dated_by_it(parse: Pipeline) -> None:
    for text, words, value, day in (
        (
            "Iran condemned Iraq on Wednesday, a day after the Russian attack on the militants.",
            "a day",
            "P1D",
            "2025-03-11",
        ),
        (
            "Iran met Iraq on Wednesday two days after the Russian attack on the militants.",
            "two days",
            "P2D",
            "2025-03-10",
        ),
    ):
        times = _times(text, ("Wednesday", "DATE", "2025-03-12"), (words, "DURATION", value))
        dates = {e.root: e.date for e in _code(parse, text, times=times).events}
        assert dates["19"] == day
        assert dates["19"] != dates.get("11", dates.get("04"))


@pytest.mark.model
def test_a_subheading_reports_no_act(parse: Pipeline) -> None:
    text = "Iran aid to Iraq on rise While Iran has long enjoyed ties with Russia, the talks ended."
    assert _code(parse, text).events == ()
    text = (
        "Iran aid to Iraq on rise. While Iran has long enjoyed ties with Russia, the talks ended."
    )
    assert [e.root for e in _code(parse, text).events] == ["07"]


@pytest.mark.model
def test_a_time_in_a_conjoined_clause_with_its_own_subject_dates_that_clause(
    parse: Pipeline,
) -> None:
    text = "Russia detained the militants, and in January it criticized Iraq."
    doc = _code(parse, text, times=_times(text, ("January", "DATE", "2025-01")))
    assert {e.root: e.date for e in doc.events} == {"17": "2025-03-12", "11": "2025-01"}
    # a shared subject shares the time
    text = "Russia detained the militants and criticized Iraq in January."
    doc = _code(parse, text, times=_times(text, ("January", "DATE", "2025-01")))
    assert {e.root: e.date for e in doc.events} == {"17": "2025-01", "11": "2025-01"}


@pytest.mark.model
def test_a_recurring_act_is_undated(parse: Pipeline) -> None:
    text = "Russia detained the militants every month."
    doc = _code(parse, text, times=_times(text, ("every month", "SET", "P1M")))
    assert [(e.root, e.date) for e in doc.events] == [("17", None)]


@pytest.mark.model
def test_an_act_another_party_wants_or_expects_done_is_no_act(parse: Pipeline) -> None:
    assert _code(parse, "Iran wants Iraq to negotiate with Russia.").events == ()
    assert _code(parse, "Iran expects Iraq to attack Russia.").events == ()
    # through a light verb too
    assert _code(parse, "Iran wants Russia to step up its opposition to Iraq.").events == ()
    # one's own wish is an intention
    doc = _code(parse, "Iran wants to attack Russia.")
    assert [(e.root, e.modality) for e in doc.events] == [("13", "asserted")]


@pytest.mark.model
def test_what_a_fear_or_prospect_is_of_is_no_act(parse: Pipeline) -> None:
    assert _code(parse, "Fears that Iran will attack Iraq grew on Monday.").events == ()
    assert _code(parse, "Iraq raised the possibility that Iran could attack Russia.").events == ()
    # and the event a threat or fear is of
    assert _code(parse, "The threat of an attack by Iran on Iraq grew.").events == ()
    # a report's content is reported, still an act
    doc = _code(parse, "Reports that Iran attacked Iraq angered Russia.")
    assert [e.root for e in doc.events] == ["19"]


@pytest.mark.model
def test_a_pattern_does_not_read_into_an_adverbial_clause_of_its_own(parse: Pipeline) -> None:
    # "troops" belongs to the "as" clause: nothing military was dispatched
    # (the "as" clause's troops moving into Iraq are an incursion of their own, 190)
    text = "Iran dispatched coffins to the border as troops moved into Iraq."
    assert [e.root for e in _code(parse, text).events if e.root == "15"] == []
    assert [e.root for e in _code(parse, "Iran dispatched troops to Iraq.").events] == ["15"]


@pytest.mark.model
def test_a_pattern_does_not_read_into_a_gerund_of_manner_or_a_clause_under_a_preposition(
    parse: Pipeline,
) -> None:
    # "case" is what the arguing is about: Iran filed material, no lawsuit
    text = "Iran filed material with Iraq in arguing its side of the case."
    assert [e.root for e in _code(parse, text).events if e.root == "11"] == []
    assert [e.root for e in _code(parse, "Iran filed a case against Iraq.").events] == ["11"]
    # "for lifting sanctions": the gerund is the verb's complement, still read
    events = _code(parse, "Iran called for lifting sanctions on Russia.").events
    assert "0254" in [e.cameo for e in events]


@pytest.mark.model
def test_the_subject_of_a_for_to_clause_is_the_one_called_on(parse: Pipeline) -> None:
    # "for Iraq to withdraw" is the verb's complement, not an adverbial clause of its own
    events = _code(parse, "Iran called for Iraq to withdraw its troops.").events
    assert [(e.source and e.source.code, e.root, e.target and e.target.code) for e in events] == [
        ("IRN", "02", "IRQ")
    ]


@pytest.mark.model
def test_a_gerund_on_a_noun_is_done_by_its_owner_or_light_verb_subject(parse: Pipeline) -> None:
    doc = _code(parse, "Iran's goal of arming Iraq was clear.")
    assert [(e.source and e.source.code, e.cameo) for e in doc.events] == [("IRN", "072")]
    doc = _code(parse, "Iran made no apologies for accusing Iraq of aggression.")
    assert ("IRN", "11", "IRQ") in {
        (e.source and e.source.code, e.root, e.target and e.target.code) for e in doc.events
    }
    # what a story is about is not done by its teller
    doc = _code(parse, "Iran's story about arming Iraq was false.")
    assert all(e.source is None for e in doc.events)


@pytest.mark.model
def test_an_event_noun_claimed_by_an_actor_is_its_act(parse: Pipeline) -> None:
    for text in (
        "The bombing in Iraq, which was claimed by Islamic State, killed ten.",
        "The bombing, claimed by Islamic State, hit a market in Iraq.",
        "Islamic State claimed the bombing of a market in Iraq.",
    ):
        sources = {(e.source and e.source.code, e.root) for e in _code(parse, text).events}
        assert ("IMGMUSISI", "18") in sources, text


@pytest.mark.model
def test_a_threat_to_yield_is_a_threat(parse: Pipeline) -> None:
    doc = _code(parse, "Iran threatened to withdraw its troops from Iraq.")
    assert [(e.source and e.source.code, e.cameo) for e in doc.events] == [("IRN", "131")]


@pytest.mark.model
def test_a_party_in_a_time_phrase_is_no_target(parse: Pipeline) -> None:
    # the occasion of an act ("during a summit of X", "after a visit by X") is not acted on
    for text in (
        "Iran and Iraq met during a summit hosted by Russia.",
        "Iran attacked the convoy after a visit by Russia.",
    ):
        targets = {e.target and e.target.code for e in _code(parse, text).events}
        assert "RUS" not in targets, text


def _root_dates(parse: Pipeline, text: str, *found: tuple[str, str, str]) -> dict[str, str | None]:
    """CAMEO root -> date of the events coded from ``text`` with the time expressions
    ``found`` (words, type, value)."""
    return {e.root: e.date for e in _code(parse, text, times=_times(text, *found)).events}


@pytest.mark.model
def test_a_plan_without_a_time_is_undated_unless_the_story_names_its_day(parse: Pipeline) -> None:
    doc = _code(parse, "Iran is calm. Iraq is calm. Ahmadinejad will meet Maliki.")
    assert [e.date for e in doc.events if e.root == "04"] == [None, None]
    text = "Ahmadinejad is due to travel to Iraq on Sunday. He is expected to meet Maliki."
    doc = _code(parse, text, times=_times(text, ("Sunday", "DATE", "2025-03-16")))
    assert {e.date for e in doc.events if e.sentence == 1} == {"2025-03-16"}


@pytest.mark.model
def test_a_hypothetical_act_is_undated(parse: Pipeline) -> None:
    keep = Config(settings={"geowire.events.v1": {"hypothetical_events": True}})
    text = "Iran is calm. Iraq is calm. Iran could attack Iraq."
    doc = EventCoder(keep)(_with_actors(parse(text, published="2025-03-12")))
    assert [(e.root, e.modality, e.date) for e in doc.events] == [("19", "hypothetical", None)]


@pytest.mark.model
def test_a_definite_gathering_takes_the_day_an_earlier_sentence_gives_it(
    parse: Pipeline,
) -> None:
    text = "The summit will be held in Baghdad on Sunday. Ahmadinejad will attend the summit."
    doc = _code(parse, text, times=_times(text, ("Sunday", "DATE", "2025-03-16")))
    assert [e.date for e in doc.events if e.root == "04"] == ["2025-03-16"]
    # the time of a clause that merely names the summit is not the summit's
    text = "On Sunday Iraq criticized the summit. Ahmadinejad will attend the summit."
    doc = _code(parse, text, times=_times(text, ("Sunday", "DATE", "2025-03-09")))
    assert [e.date for e in doc.events if e.root == "04"] == [None]


@pytest.mark.model
def test_a_definite_gathering_refers_back_to_its_verb_and_its_day(parse: Pipeline) -> None:
    # "the meeting" after "are meeting on Sunday"; a year said of it in between does
    # not hide the day
    text = (
        "Iran and Iraq are meeting in Baghdad on Sunday. The meeting will be the third "
        "round of talks this year. Maliki will attend the meeting."
    )
    found = (("Sunday", "DATE", "2025-03-16"), ("this year", "DATE", "2025"))
    doc = _code(parse, text, times=_times(text, *found))
    assert {e.date for e in doc.events if e.sentence == 2} == {"2025-03-16"}


@pytest.mark.model
def test_a_past_perfect_is_undated_unless_a_source_reports_it(parse: Pipeline) -> None:
    doc = _code(parse, "Iran is calm. Iraq is calm. Maliki signed the deal Iran had rejected.")
    assert {e.root: e.date for e in doc.events}["12"] is None
    # (a story of a day: in one whose lede names no news day, a reported past is undated)
    text = "Iran is calm on Wednesday. Iraq is calm. Maliki said Iran had attacked Iraq."
    doc = _code(parse, text, times=_times(text, ("Wednesday", "DATE", "2025-03-12")))
    assert {e.root: e.date for e in doc.events}["19"] == "2025-03-12"


@pytest.mark.model
def test_a_time_of_day_continues_the_narrative(parse: Pipeline) -> None:
    text = "Gunmen seized a train at 10 p.m. Tuesday. Iran is calm. Maliki condemned the militants."
    assert (
        _root_dates(parse, text, ("10 p.m. Tuesday", "TIME", "2025-03-11T22:00"))["11"]
        == "2025-03-11"
    )


@pytest.mark.model
def test_an_intention_or_an_appeal_is_of_when_it_is_made(parse: Pipeline) -> None:
    text = "Iran vowed to attack Iraq next month."
    doc = _code(parse, text, times=_times(text, ("next month", "DATE", "2025-04")))
    assert [(e.root, e.date) for e in doc.events] == [("13", "2025-03-12")]
    text = "Maliki urged Iran to meet Russia on Sunday."
    doc = _code(parse, text, times=_times(text, ("Sunday", "DATE", "2025-03-16")))
    assert [(e.root, e.modality, e.date) for e in doc.events if e.root == "02"] == [
        ("02", "asserted", "2025-03-12")
    ]


@pytest.mark.model
def test_a_conjoined_clause_in_another_tense_has_no_time_of_the_other(parse: Pipeline) -> None:
    text = "Iran has been calm since 2001, but it now criticizes Iraq."
    doc = _code(parse, text, times=_times(text, ("2001", "DATE", "2001")))
    assert [e.date for e in doc.events if e.root == "11"] == ["2025-03-12"]


@pytest.mark.model
def test_a_clause_of_the_same_occasion_gives_its_time(parse: Pipeline) -> None:
    text = "Iran criticized Iraq when it was revealed in January that Iraq had lied."
    assert _root_dates(parse, text, ("January", "DATE", "2025-01"))["11"] == "2025-01"
    text = "Iran is calm. Speaking to reporters on Monday, Maliki criticized Iran."
    assert _root_dates(parse, text, ("Monday", "DATE", "2025-03-10"))["11"] == "2025-03-10"


@pytest.mark.model
def test_a_plan_is_not_of_the_day_it_was_announced(parse: Pipeline) -> None:
    text = "Iran is calm. Iraq is calm. Maliki said on Monday that he will visit Iran."
    doc = _code(parse, text, times=_times(text, ("Monday", "DATE", "2025-03-10")))
    assert [e.date for e in doc.events if e.root == "04"] == [None]


@pytest.mark.model
def test_a_time_of_the_stating_verb_or_of_an_expected_act_stays(parse: Pipeline) -> None:
    text = "Iran is calm. Iraq is calm. In April, Iran plans to release Iraqi prisoners."
    doc = _code(parse, text, times=_times(text, ("April", "DATE", "2025-04")))
    assert [e.date for e in doc.events] == ["2025-04"]
    text = "Iran is calm. Iraq is calm. Iran is expected to support Iraq in April."
    doc = _code(parse, text, times=_times(text, ("April", "DATE", "2025-04")))
    assert [e.date for e in doc.events] == ["2025-04"]


@pytest.mark.model
def test_days_later_are_counted_from_the_storys_last_day(parse: Pipeline) -> None:
    text = "Gunmen seized a train on Monday. Iran is calm. Maliki condemned them two days later."
    found = (("Monday", "DATE", "2025-03-03"), ("two days", "DURATION", "P2D"))
    assert _root_dates(parse, text, *found)["11"] == "2025-03-05"
    # a conjoined act with a time of its own takes that time, not its partner's
    text = "Iran met Iraq on Monday, and two days later Russia criticized Iraq."
    dates = _root_dates(
        parse, text, ("Monday", "DATE", "2025-03-03"), ("two days", "DURATION", "P2D")
    )
    assert (dates["04"], dates["11"]) == ("2025-03-03", "2025-03-05")


@pytest.mark.model
def test_an_agentless_arrest_is_the_act_of_the_articles_state(parse: Pipeline) -> None:
    names = {"Kenya": "KEN", "Kenyan": "KEN", "Ruto": "KENGOV", "Odhiambo": "KEN", "Li Wei": "CHN"}
    text = (
        "Kenya's president Ruto met ministers in Kenya on Monday. "
        "Odhiambo, a critic of Ruto, was sentenced to ten years on Tuesday. "
        "Li Wei was detained on Wednesday."
    )
    doc = with_named_actors(parse(text, published="2025-03-12"), names)

    def sides(coder: EventCoder) -> list[tuple[str, str | None, str | None]]:
        return [
            (e.root, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder(doc).events
            if e.root in ("11", "17")
        ]

    # the Kenyan sentenced (imprisoned, 173) by Kenya; the Chinese held by no one the
    # text tells
    assert sides(EventCoder(Config())) == [("17", "KEN", "KEN"), ("17", None, "CHN")]
    off = Config(settings={"geowire.events.v1": {"home_jurisdiction": False}})
    assert sides(EventCoder(off)) == [("17", None, "KEN"), ("17", None, "CHN")]


@pytest.mark.model
def test_force_or_protest_by_unnamed_people_is_given_the_country_of_its_place() -> None:
    import geowire

    def sides(text: str) -> set[tuple[str | None, str, str | None]]:
        doc = geowire.extract(text, published="2024-05-02")
        return {
            (e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events
        }

    assert (None, "183", "AFG") in sides("A man set off a bomb at a market in Kabul on Monday.")
    # with no place told, no party: nothing to code
    assert not sides("A man shot his neighbour after an argument on Monday.")
    # a protest by unnamed people is by the civilians of the country of its place
    assert ("KENCVL", "141", None) in sides("Thousands marched in Nairobi on Monday.")
    assert not sides("Thousands marched on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(
    "setting, date",
    [
        ("In 2019, Iran was angry.", "2019"),  # a past year the story is at
        ("Last year, Iran was angry.", "2024"),
        ("Iran has been angry since 2019.", "2025-03-12"),  # a stretch's bound
        ("Iran remembers the 2019 attack.", "2025-03-12"),  # a noun's own year
        ("Iran, which was angry in 2019, is calm.", "2025-03-12"),  # a description
    ],
)
def test_a_past_year_continues_the_narrative(parse: Pipeline, setting: str, date: str) -> None:
    text = f"Iraq is calm. Russia is calm. {setting} Maliki condemned Iran."
    year = ("2019", "DATE", "2019") if "2019" in setting else ("Last year", "DATE", "2024")
    doc = _code(parse, text, times=_times(text, year))
    assert {e.root: e.date for e in doc.events}["11"] == date


@pytest.mark.model
def test_a_year_in_the_lede_is_no_narrative(parse: Pipeline) -> None:
    text = "In 2019, Iran was angry. Maliki condemned Iran."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    assert {e.root: e.date for e in doc.events}["11"] == "2025-03-12"


@pytest.mark.model
def test_a_time_of_an_act_told_as_earlier_is_not_the_clauses(parse: Pipeline) -> None:
    text = "Iraq is calm. Russia is calm. Iran criticized Iraq after a lockdown in 2019."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    assert {e.root: e.date for e in doc.events}["11"] == "2025-03-12"
    text = "Iraq is calm. Russia is calm. Iran criticized Iraq in 2019 after a lockdown."
    doc = _code(parse, text, times=_times(text, ("2019", "DATE", "2019")))
    assert {e.root: e.date for e in doc.events}["11"] == "2019"


@pytest.mark.model
@pytest.mark.parametrize(
    "when, date",
    [
        ("months ago", None),  # before, on no day told
        ("in the past", None),
        ("recently", "2025-03-12"),  # the news
    ],
)
def test_a_vague_time_before_leaves_an_act_undated(
    parse: Pipeline, when: str, date: str | None
) -> None:
    text = f"Iraq is calm. Russia is calm. Iran criticized Iraq {when}."
    words = when.removeprefix("in ")
    doc = _code(parse, text, times=_times(text, (words, "DATE", "PAST_REF")))
    assert {e.root: e.date for e in doc.events}["11"] == date


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # an infinitive on a rank said of a party tells the act that party did
        ("Malaysia was the first to reject the plan.", ("MYS", "12", "asserted")),
        ("Malaysia became the first state to recognize Sri Lanka.", ("MYS", "05", "asserted")),
        (
            "Iran, the first country to impose sanctions on Russia, said they worked.",
            ("IRN", "16", "asserted"),
        ),
        (
            "Malaysia will be the first state to impose sanctions on Iran.",
            ("MYS", "13", "asserted"),
        ),
    ],
)
def test_an_act_told_by_a_rank(parse: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    events = [e for e in _code(parse, text).events if e.cameo[:2] == expected[1]]
    assert [(e.source and e.source.code, e.cameo[:2], e.modality) for e in events] == [expected]


@pytest.mark.model
def test_a_purpose_infinitive_on_a_noun_is_no_act(parse: Pipeline) -> None:
    doc = _code(parse, "Malaysia sent an envoy to criticize Iran.")
    assert not [e for e in doc.events if e.cameo[:2] == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a request, offer, proposal or demand told by the answer to it is its owner's act
        ("Iraq rejected Iran's request to send monitors.", ("IRN", "02", "IRQ")),
        ("Iraq turned down Iran's offer of talks.", ("IRN", "03", "IRQ")),
        ("Malaysia accepted Russia's proposal for a truce.", ("RUS", "03", "MYS")),
        ("Iraq ignored Iran's demand to close the border.", ("IRN", "10", "IRQ")),
    ],
)
def test_a_proposal_told_by_its_answer(
    parse: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    got = {
        (e.source and e.source.code, e.cameo[:2], e.target and e.target.code)
        for e in _code(parse, text).events
    }
    assert expected in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iraq praised Iran's request to send monitors.",  # no answer to it
        "Iraq rejected the request to send monitors.",  # no owner named
    ],
)
def test_a_proposal_not_told_by_an_answer(parse: Pipeline, text: str) -> None:
    assert not [e for e in _code(parse, text).events if e.cameo[:2] == "02"]


@pytest.mark.model
def test_a_gerund_claimed_is_the_claimers_act(parse: Pipeline) -> None:
    doc = _code(parse, "Islamic State claimed responsibility for attacking soldiers in Iraq.")
    assert ("IMGMUSISI", "19") in {(e.source and e.source.code, e.cameo[:2]) for e in doc.events}


@pytest.mark.model
def test_no_party_claims_an_act_done_to_itself(parse: Pipeline) -> None:
    import geowire

    doc = geowire.extract("The Iranian army said it had been attacked.", published="2000-01-10")
    (ev,) = doc.events
    assert ev.source is None
    assert ev.target is not None and ev.target.code == "IRNMIL"
