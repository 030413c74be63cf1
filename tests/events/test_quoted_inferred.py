"""Events inferred from a speaker's words: a name of censure a quote says a party is ("X is
a threat", CAMEO 111), a name of praise a quote says a party is ("X is a hero", 051), and a
name of praise a party is called by ("called X a hero", 051). Parsed sentences with
hand-made actors (no actors component)."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.document import Actor, Document, Event, Quote, Speaker
from geowire.events import EventCoder

NAMES = {
    "Iran": "IRN",
    "Russia": "RUS",
    "Maliki": "IRQGOV",
    "Ahmadinejad": "IRNGOV",
    "Clinton": "USAPTY",
    "Trump": "USAPTY",
    "Obama": "USAGOV",
    "Cruz": "USALEG",
    "America": "USA",
}


def _with_actors(doc: Document) -> Document:
    return with_named_actors(doc, NAMES)


def _code(parse: Pipeline, text: str) -> tuple[Event, ...]:
    doc = _with_actors(parse(text, published="2025-03-12"))
    return tuple(EventCoder(Config())(doc).events)


def _quoted(parse: Pipeline, text: str, words: str, speaker_name: str) -> tuple[Event, ...]:
    doc = _with_actors(parse(text, published="2025-03-12"))
    who = next(a for a in doc.actors if a.name == speaker_name)
    start = text.index(words)
    speaker = Speaker(who.name, who.code, who.country, who.id, who.mentions[0])
    quote = Quote(words, (start, start + len(words)), "direct", speaker, "said", "speech")
    return tuple(EventCoder(Config())(doc.replace(quotes=(quote,))).events)


def _triples(events: tuple[Event, ...]) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source and e.source.code, e.root, e.target and e.target.code)
        for e in events
        if e.root != "01"
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        "Iran is a threat to the whole region,",
        "The Iranian plan is dangerous,",
        # the word before the noun that is what the party is called
        "Iran is a dangerous country,",
        # a word of failure or falsehood said of the party
        "Iran was wrong to close the border,",
    ],
)
def test_a_name_of_censure_a_quote_says_a_party_is_criticizes_it(
    parse: Pipeline, words: str
) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    events = _quoted(parse, text, words, "Maliki")
    assert ("IRQGOV", "11", "IRN") in _triples(events)
    assert {e.cameo for e in events if e.root == "11"} == {"111"}


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # said of no party: it describes
        "This is a dangerous time for the region and Iran,",
        # denied
        "Iran is not a threat to the region,",
        # a name of censure that is not what the party is called
        "The Iranian threat is real,",
        "Iran is the leader of a terrorist group,",
        # doubted or only possible
        "There is no proof that Iran is a threat,",
        "Some might argue that Iran is a threat,",
        # said of the subject, not of a party named in a clause inside it
        "Leaders who visit Iran often are wrong,",
    ],
)
def test_a_name_of_censure_said_of_no_party_is_no_criticism(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    assert not [e for e in _quoted(parse, text, words, "Maliki") if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    ["Iran is a brilliant partner,", "The Iranian leaders are heroes,"],
)
def test_a_name_of_praise_a_quote_says_a_party_is_praises_it(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    events = _quoted(parse, text, words, "Maliki")
    assert ("IRQGOV", "05", "IRN") in _triples(events)
    assert {e.cameo for e in events if e.root == "05"} == {"051"}


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # denied
        "Iran is no hero,",
        "Iran is not a brilliant partner,",
        # said of no party
        "This was a brilliant day for Iran,",
        # praise beside censure of the same party: criticism only
        "Iran is a brilliant liar,",
    ],
)
def test_a_name_of_praise_said_of_no_party_is_no_praise(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    assert not [e for e in _quoted(parse, text, words, "Maliki") if e.root == "05"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, triple",
    [
        ("Maliki called Ahmadinejad a hero of the region.", ("IRQGOV", "05", "IRNGOV")),
        ("Ahmadinejad called Russia's leaders brilliant.", ("IRNGOV", "05", "RUS")),
    ],
)
def test_a_name_of_praise_a_party_is_called_by_is_praise(
    parse: Pipeline, text: str, triple: tuple[str, str, str]
) -> None:
    events = _code(parse, text)
    assert triple in _triples(events)
    assert {e.cameo for e in events if e.root == "05"} == {"051"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no word of praise in the name
        "Maliki called Ahmadinejad a partner in the region.",
        # a naming denied
        "Maliki did not call Ahmadinejad a hero.",
        # praise and censure in one name: censure
        "Maliki called Ahmadinejad a brilliant liar.",
    ],
)
def test_a_name_without_praise_alone_is_no_praise(parse: Pipeline, text: str) -> None:
    assert not [e for e in _code(parse, text) if e.root == "05"]


@pytest.mark.model
@pytest.mark.parametrize(
    "words, triple",
    [
        # a verb of deceit or fraud: its doer is accused (112)
        ("Clinton lied to America again,", ("USAPTY", "112", "USAPTY")),
        ("Iran has cheated on every deal,", ("IRQGOV", "112", "IRN")),
        # a verb of failing or harming done to a party or to what the speaker's side owns
        ("Obama has failed our veterans,", ("USAPTY", "111", "USAGOV")),
        ("Iran has weakened our army,", ("IRQGOV", "111", "IRN")),
        # a verb of betrayal, whoever was wronged; the doer as a possessor
        ("Clinton's policies betrayed the workers,", ("USAPTY", "111", "USAPTY")),
        # the agent of a passive
        ("We were misled by Iran for years,", ("IRQGOV", "112", "IRN")),
        # a denial in a joined clause of its own subject, or of doubt, leaves the wrong told
        ("Iran never wanted peace, and Iran lied to the world,", ("IRQGOV", "112", "IRN")),
        ("There is no doubt that Iran lied to the world,", ("IRQGOV", "112", "IRN")),
    ],
)
def test_a_wrong_a_quote_says_a_party_did_censures_it(
    parse: Pipeline, words: str, triple: tuple[str, str, str]
) -> None:
    speaker = {"USAPTY": "Trump", "IRQGOV": "Maliki"}[triple[0]]
    text = f"\u201c{words}\u201d {speaker} said."
    events = _quoted(parse, text, words, speaker)
    assert triple in {(s, c, t) for s, r, t in _triples(events) for c in _cameos(events, r)}


def _cameos(events: tuple[Event, ...], root: str) -> set[str]:
    return {e.cameo for e in events if e.root == root}


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # denied, doubted, only possible, a condition, a question
        "Clinton did not lie to America,",
        "Clinton would destroy our country,",
        "If Iran cheats on the deal, we will act,",
        "Did Clinton lie to America?",
        # a verb of position, and a subject's owner who deceives no one
        "Iran lies in the heart of the region,",
        "Iran's future lies in talks with the West,",
        # harm done to a thing of no party's
        "Iran destroyed the old bridge,",
        "The plan failed,",
        # the wronged party is not the one censured
        "America was deceived,",
    ],
)
def test_a_wrong_not_told_as_done_by_a_party_censures_no_one(parse: Pipeline, words: str) -> None:
    speaker = "Maliki" if "Iran" in words else "Trump"
    text = f"\u201c{words}\u201d {speaker} said."
    assert not [e for e in _quoted(parse, text, words, speaker) if e.root in ("11", "12")]


@pytest.mark.model
@pytest.mark.parametrize(
    "words, target",
    [
        # a name of censure a rival at home is said to be, or a wrong they are said to own
        ("Clinton is a disgusting fraud,", "USAPTY"),
        ("Cruz's plan is dangerous,", "USALEG"),
    ],
)
def test_a_rival_at_home_a_quote_censures_is_criticized(
    parse: Pipeline, words: str, target: str
) -> None:
    text = f"\u201c{words}\u201d Trump said."
    assert ("USAPTY", "11", target) in _triples(_quoted(parse, text, words, "Trump"))


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # a rival merely named in the clause of a word of censure
        "This is a disaster for Clinton and Cruz,",
        # the speaker named another way
        "Donald Trump is a fraud,",
    ],
)
def test_a_rival_at_home_only_named_is_not_criticized(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Trump said."
    assert not [e for e in _quoted(parse, text, words, "Trump") if e.root == "11"]


@pytest.mark.model
def test_a_rival_said_to_be_possibly_responsible_is_not_accused(parse: Pipeline) -> None:
    words = "Clinton can be held responsible for the emails,"
    text = f"\u201c{words}\u201d Trump said."
    assert not [e for e in _quoted(parse, text, words, "Trump") if e.root in ("11", "12")]


@pytest.mark.model
def test_a_share_of_the_public_censures_no_rival(parse: Pipeline) -> None:
    words = "Clinton is a fraud"
    text = f"Most voters said \u201c{words}\u201d in the poll."
    doc = _with_actors(parse(text, published="2025-03-12"))
    crowd = Actor("g", "voters", "USACVL", "USA", ("CVL",), "group", ((5, 11),))
    doc = doc.replace(actors=(*doc.actors, crowd))
    start = text.index(words)
    speaker = Speaker(crowd.name, crowd.code, crowd.country, crowd.id, crowd.mentions[0])
    quote = Quote(words, (start, start + len(words)), "direct", speaker, "said", "speech")
    events = EventCoder(Config())(doc.replace(quotes=(quote,))).events
    assert not [e for e in events if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "before, words, target",
    [
        # a made thing told before by its author, then called bad with no party named
        ("Obama unveiled a tax plan on Monday.", "The plan is a disaster for families,", "USAGOV"),
        ("Clinton proposed a new policy.", "Her policy is reckless,", "USAPTY"),
        # described by a word of censure, or words the party said (said_things)
        ("Obama proposed a ban.", "We will fight this outrageous ban,", "USAGOV"),
        ("Clinton made the comments on Monday.", "The comments were disgusting,", "USAPTY"),
        # an adjective that judges as it classifies censures as a modifier too
        ("Obama unveiled a tax plan on Monday.", "This extreme plan will hurt families,", "USAGOV"),
    ],
)
def test_a_thing_called_bad_censures_its_author_told_before(
    parse: Pipeline, before: str, words: str, target: str
) -> None:
    text = f"{before} \u201c{words}\u201d Trump said."
    assert ("USAPTY", "11", target) in _triples(_quoted(parse, text, words, "Trump"))


@pytest.mark.model
@pytest.mark.parametrize(
    "before, words",
    [
        # denied, only possible, the speaker's own thing, a new thing with no author told
        ("Obama unveiled a tax plan on Monday.", "The plan is not a disaster,"),
        ("Obama unveiled a tax plan on Monday.", "The plan might be a disaster,"),
        ("Trump unveiled a tax plan on Monday.", "The plan is a disaster for them,"),
        ("Obama unveiled a tax plan on Monday.", "A plan like that is a disaster,"),
        ("Obama proposed a ban.", "If this outrageous ban passes, we will sue,"),
        # an adjective that names a kind of thing (classifying_adjectives)
        ("Obama filed charges on Monday.", "The criminal charges will be reviewed,"),
        ("Obama filed charges on Monday.", "The terrorist charges are serious,"),
    ],
)
def test_a_thing_called_bad_with_no_other_author_censures_no_one(
    parse: Pipeline, before: str, words: str
) -> None:
    text = f"{before} \u201c{words}\u201d Trump said."
    assert not [e for e in _quoted(parse, text, words, "Trump") if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "words, target",
    [
        # a duty left undone, told by its infinitive (dereliction_verbs)
        ("Obama has failed to act,", "USAGOV"),
        ("Cruz neglected to tell the voters,", "USALEG"),
        # any act owed that is no outcome of a contest, a count, a talk or a battle
        ("Obama has repeatedly failed to grasp the threat,", "USAGOV"),
        ("Obama has failed to meet his commitments,", "USAGOV"),
        ("Obama failed to crack down on the lobbyists,", "USAGOV"),
    ],
)
def test_a_duty_a_party_failed_is_censured(parse: Pipeline, words: str, target: str) -> None:
    text = f"\u201c{words}\u201d Trump said."
    assert ("USAPTY", "11", target) in _triples(_quoted(parse, text, words, "Trump"))


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # a failing of no party, a condition, a failing with no duty told
        "The talks failed to produce a deal,",
        "If Obama fails to act, we will,",
        "Obama failed in the end,",
        # an outcome, no duty (attainment_verbs)
        "Cruz has failed to dent her lead,",
        # a failed outcome of a talk or a battle (attainment_verbs): a neutral report
        "Obama and Cruz failed to agree on a budget,",
        "The army failed to recapture the town,",
    ],
)
def test_no_duty_of_a_party_left_undone_is_no_censure(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Trump said."
    assert not [e for e in _quoted(parse, text, words, "Trump") if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "before, words, target",
    [
        # adjectives and nouns of censure said in the party's clause (criticism_words)
        ("", "The Obama administration is in total disarray,", "USAGOV"),
        ("", "Clinton has been disingenuous with voters,", "USAPTY"),
        ("", "The Obama administration's foreign policy is a fiasco,", "USAGOV"),
        # a fraud or cover-up bound to the party whose it is (wrong_words)
        ("", "The Obama administration's coverup must end,", "USAGOV"),
        # what a party or its made thing is called (epithet_words)
        ("", "Clinton is a crook,", "USAPTY"),
        ("Obama unveiled a tax plan on Monday.", "The plan is completely useless,", "USAGOV"),
        ("Clinton made the comments on Monday.", "The comments were incendiary,", "USAPTY"),
    ],
)
def test_censure_words_of_contempt_folly_and_fraud(
    parse: Pipeline, before: str, words: str, target: str
) -> None:
    text = f"{before} \u201c{words}\u201d Trump said.".lstrip()
    assert ("USAPTY", "11", target) in _triples(_quoted(parse, text, words, "Trump"))


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # words of worthlessness that only describe: not what a party is called
        "Clinton met a fiction writer in the town hall,",
        "Obama spoke after an incendiary device exploded,",
        # a scam told of its victims names no one
        "The scam targeted Obama voters,",
    ],
)
def test_descriptive_words_of_worthlessness_censure_no_one(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Trump said."
    assert not [e for e in _quoted(parse, text, words, "Trump") if e.root == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "words, target",
    [
        # a grave wrong a party committed, in the active, the passive, or a participle
        # (perpetration_verbs and perpetrated_wrongs)
        ("Iran has committed war crimes in the region,", "IRN"),
        ("Atrocities were perpetrated by Russia in the east,", "RUS"),
        ("We saw the abuses committed by Iran at the border,", "IRN"),
        # committed where a preposition tells the place, not a verb of position
        ("Russia committed torture in the occupied towns,", "RUS"),
        # a phrasal verb with its particle, or the preposition whose object is the deed
        ("Iran carried out a massacre in the village,", "IRN"),
        ("Russia engaged in torture of prisoners,", "RUS"),
    ],
)
def test_a_grave_wrong_a_quote_says_a_party_committed_accuses_it(
    parse: Pipeline, words: str, target: str
) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    events = _quoted(parse, text, words, "Maliki")
    assert ("IRQGOV", "11", target) in _triples(events)
    assert "112" in _cameos(events, "11")


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # what is committed is no wrong: troops, money, a pledge
        "Russia has committed more troops to the region,",
        "Iran committed $2 billion to the fund,",
        # the phrasal verb without its particle or preposition, or with no wrong
        "Russia carried the wounded to the hospital,",
        "Iran carried out talks with the rebels,",
        "Russia engaged the rebels in the east,",
        # denied, only possible, a question
        "Iran did not commit any abuses,",
        "Russia may commit atrocities,",
        "Did Iran commit war crimes?",
    ],
)
def test_a_deed_that_is_no_wrong_or_not_done_accuses_no_one(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    assert not [e for e in _quoted(parse, text, words, "Maliki") if e.root in ("11", "12")]


#: a state's side and the armed opponents of the same country (made-up quotes)
ARMED = {"Buhari": "NGAGOV", "Boko Haram": "NGAINS", "rebels": "NGAREB", "Punch": "NGAMED"}


def _armed_quote(parse: Pipeline, words: str, speaker_name: str) -> tuple[Event, ...]:
    text = f"\u201c{words}\u201d {speaker_name} said."
    doc = with_named_actors(parse(text, published="2025-03-12"), ARMED)
    who = next(a for a in doc.actors if a.name == speaker_name)
    start = text.index(words)
    speaker = Speaker(who.name, who.code, who.country, who.id, who.mentions[0])
    quote = Quote(words, (start, start + len(words)), "direct", speaker, "said", "speech")
    return tuple(EventCoder(Config())(doc.replace(quotes=(quote,))).events)


@pytest.mark.model
@pytest.mark.parametrize(
    "words, target",
    [
        # blame laid on an armed opponent at home, a wrong it did, a name it is said to be
        ("Boko Haram was responsible for the attack on the school,", "NGAINS"),
        ("The rebels committed atrocities in the villages,", "NGAREB"),
        ("Boko Haram are terrorists,", "NGAINS"),
    ],
)
def test_a_state_censures_an_armed_opponent_at_home(
    parse: Pipeline, words: str, target: str
) -> None:
    assert ("NGAGOV", "11", target) in _triples(_armed_quote(parse, words, "Buhari"))


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # an armed group merely named in the clause of a word of censure
        "The attack by Boko Haram was a tragedy for the families,",
        # not said of it: denied
        "Boko Haram was not responsible for the attack,",
    ],
)
def test_an_armed_opponent_not_censured_alone_is_not_criticized(
    parse: Pipeline, words: str
) -> None:
    events = _armed_quote(parse, words, "Buhari")
    assert not [
        e for e in events if e.root in ("11", "12") and e.target and e.target.code == "NGAINS"
    ]


@pytest.mark.model
def test_a_report_of_what_an_armed_group_did_by_others_at_home_is_no_accusation(
    parse: Pipeline,
) -> None:
    # a newspaper of the same country telling what the group did: news, not the state's
    # accusation (deceit done by them, accusation_verbs)
    events = _armed_quote(parse, "Boko Haram stole the cattle of the villagers,", "Punch")
    assert not [e for e in events if e.root in ("11", "12")]


@pytest.mark.model
@pytest.mark.parametrize(
    "words, target",
    [
        # coercion, harassment, repression ... bound to the party whose it is (wrong_words)
        ("Iran's coercion of its neighbors must end,", "IRN"),
        ("Russia's harassment of our ships continues,", "RUS"),
        ("Iranian provocations threaten the whole region,", "IRN"),
        # a name of censure a party is said to be (epithet_words)
        ("The Russian campaign is genocidal,", "RUS"),
    ],
)
def test_censure_words_of_coercion_and_repression(
    parse: Pipeline, words: str, target: str
) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    assert ("IRQGOV", "11", target) in _triples(_quoted(parse, text, words, "Maliki"))


@pytest.mark.model
@pytest.mark.parametrize(
    "words",
    [
        # a wrong of no party named, or the party that suffers it
        "We will never bow to intimidation,",
        "The harassment of Iranian pilgrims must stop,",
    ],
)
def test_words_of_coercion_bound_to_no_doer_censure_no_one(parse: Pipeline, words: str) -> None:
    text = f"\u201c{words}\u201d Maliki said."
    assert not [e for e in _quoted(parse, text, words, "Maliki") if e.root == "11"]
