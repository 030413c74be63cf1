"""One act, one event: the copies of an act a sentence's rules coded twice are dropped;
separate parties keep an event each. Parsed sentences with hand-made actors."""

from __future__ import annotations

import dataclasses

import pytest
from factories import span, with_named_actors

from geowire import Config, Pipeline
from geowire.document import Actor, ActorRef, Document, Event
from geowire.events import EventCoder
from geowire.events.copies import one_act
from geowire.events.extract import TokenActors

NAMES = {
    "rebels": "IRQREB",
    "settlers": "IRQSET",
    "workers": "IRQLAB",
    "soldiers": "IRQMIL",
    "Rouhani": "IRNGOV",
    "Karimi": "IRNOPP",
    "Iraq": "IRQ",
    "envoy": "IRNGOV",
    "Baghdad": "IRQGOV",
    "officials": "IRNGOV",
}


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


def _acts(doc: Document, *, one_act: bool = True) -> list[tuple[str, str | None, str | None]]:
    coder = EventCoder(Config(settings={"geowire.events.v1": {"one_act": one_act}}))
    return [
        (e.cameo, e.source.name if e.source else None, e.target.name if e.target else None)
        for e in coder(doc).events
    ]


def _named(parse: Pipeline, text: str) -> Document:
    return with_named_actors(parse(text, published="2025-03-12"), NAMES)


@pytest.mark.model
def test_coordinated_unnamed_groups_of_one_kind_are_one_party(parse: Pipeline) -> None:
    doc = _named(parse, "The rebels attacked settlers and workers on Monday.")
    assert _acts(doc) == [("180", "rebels", "settlers")]
    assert len(_acts(doc, one_act=False)) == 2  # the copy the setting removes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # two kinds of party: a state's forces and civilians
        "The rebels attacked soldiers and workers on Monday.",
        # named parties each do the act
        "Rouhani and Karimi condemned Iraq on Monday.",
    ],
)
def test_separate_parties_keep_an_event_each(parse: Pipeline, text: str) -> None:
    doc = _named(parse, text)
    assert len(_acts(doc)) == 2
    assert _acts(doc) == _acts(doc, one_act=False)


@pytest.mark.model
def test_coordinated_things_coded_as_no_party_are_one_target(parse: Pipeline) -> None:
    # "Medicare and Social Security": named things the actors component codes as no party
    doc = _named(parse, "Rouhani supported Medicare and Social Security cuts for years.")
    things = tuple(
        Actor(f"t{n}", name, None, None, kind="organization", mentions=(span(doc.text, name),))
        for n, name in enumerate(("Medicare", "Social Security"))
    )
    doc = doc.replace(actors=doc.actors + things)
    assert _acts(doc) == [("051", "Rouhani", "Medicare")]
    assert len(_acts(doc, one_act=False)) == 2
    # coded parties told the same way stay two: "Rouhani supported Iraq and Karimi"
    doc = _named(parse, "The rebels condemned Rouhani and Karimi on Monday.")
    assert len(_acts(doc)) == 2


@pytest.mark.model
def test_a_named_party_and_other_members_of_its_country_are_one_party(parse: Pipeline) -> None:
    # "Karimi and other officials": the others are of Karimi's country and kind
    doc = _named(parse, "The rebels condemned Karimi and other officials on Monday.")
    assert _acts(doc) == [("111", "rebels", "Karimi")]
    assert len(_acts(doc, one_act=False)) == 2
    # without "other" the officials are a second party, one event each
    doc = _named(parse, "The rebels condemned Karimi and officials on Monday.")
    assert len(_acts(doc)) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # the others told by the name of their nation are of the named one's party
        ("Rebels killed a Peruvian general and three other Peruvians in Tacna.", 1),
        ("The Chilean consul and two other Chileans were killed by rebels in Tacna.", 1),
        # without "other" they are a party of their own
        ("Rebels killed a Peruvian general and three Chileans in Tacna.", 2),
    ],
)
def test_a_party_and_other_people_of_its_nation_are_one_party(text: str, n: int) -> None:
    doc = Pipeline()(text, published="2025-03-12")
    force = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert len(force) == n, force


@pytest.mark.model
def test_an_act_told_again_in_a_phrase_set_off_is_one_act(parse: Pipeline) -> None:
    # the second object restates the sanctions, naming the target again
    doc = _named(
        parse, "Iraq imposed sanctions on Rouhani on Monday, the latest sanctions against Karimi."
    )
    assert [(c, s) for c, s, _t in _acts(doc)] == [("163", "Iraq")]
    assert len(_acts(doc, one_act=False)) == 2
    # an apposition that names a party in a list is that party, an event of its own
    doc = _named(parse, "The rebels condemned Karimi and a colleague, Rouhani, on Monday.")
    assert len(_acts(doc)) == 2


@pytest.mark.model
def test_a_visit_and_its_hosting_by_the_same_country_are_one_visit(parse: Pipeline) -> None:
    # the host is coded as a government, the place visited as its country
    doc = _named(parse, "The envoy visited Iraq on Monday, and Baghdad hosted the envoy.")
    assert _acts(doc) == [("042", "envoy", "Iraq")]
    assert [a[0] for a in _acts(doc, one_act=False)] == ["042", "043"]


@pytest.mark.model
def test_a_hosting_and_its_guests_visit_read_from_the_host_are_one_visit(
    parse: Pipeline,
) -> None:
    # "his visit" read as the host's, to a place that is no party: the hosting told again
    doc = _named(parse, "Baghdad welcomed the envoy on Monday on his first visit to the region.")
    assert _acts(doc) == [("043", "Baghdad", "envoy")]
    assert [a[0] for a in _acts(doc, one_act=False)] == ["043", "042"]


@pytest.mark.model
def test_two_visits_of_one_party_to_one_country_are_one_visit(parse: Pipeline) -> None:
    # the verb's visit to the country and the noun's visit with its government
    doc = _named(parse, "Rouhani flew to Iraq on Monday on a visit with Baghdad.")
    assert _acts(doc) == [("042", "Rouhani", "Baghdad")]  # the more specific code
    assert [a[0] for a in _acts(doc, one_act=False)] == ["042", "042"]


@pytest.mark.model
def test_one_name_read_as_two_actors_is_one_party(parse: Pipeline) -> None:
    text = "Washington thanked Iraq on Monday."
    doc = parse(text, published="2025-03-12")
    name, iraq = span(text, "Washington"), span(text, "Iraq")
    doc = doc.replace(
        actors=(
            Actor("a1", "Washington", "USAGOV", "USA", mentions=(name,)),
            Actor("a2", "Dana Washington", "USA", "USA", mentions=(name,)),
            Actor("a3", "Iraq", "IRQ", "IRQ", mentions=(iraq,)),
        )
    )
    assert _acts(doc) == [("051", "Washington", "Iraq")]  # the more specific code
    assert len(_acts(doc, one_act=False)) == 2


def _event(doc: Document, source: ActorRef, target: ActorRef) -> Event:
    return Event(
        source=source, target=target, cameo="051", root="05", plover=None, quad_class=1,
        goldstein=3.4, date=None, modality="asserted", location=None, sentence=0,
        span=(0, len(doc.text)), evidence=doc.text, confidence=0.5,
    )


@pytest.mark.model
@pytest.mark.parametrize("first", ["Rethinking Iraq", "Iraq"])
def test_one_mention_read_as_parties_of_two_countries_is_the_one_it_names(
    parse: Pipeline, first: str
) -> None:
    # the word "Iraq" read as Iraq and as a title that holds it ("Rethinking Iraq", coded
    # for the author's country): one party, the reading whose name the word is
    text = "Washington thanked Iraq on Monday."
    doc = parse(text, published="2025-03-12")
    iraq = span(text, "Iraq")
    actors = (
        Actor("a1", "Washington", "USAGOV", "USA", mentions=(span(text, "Washington"),)),
        Actor("a2", "Rethinking Iraq", "USA", "USA", mentions=(iraq,)),
        Actor("a3", "Iraq", "IRQ", "IRQ", mentions=(iraq,)),
    )
    refs = {a.name: ActorRef(a.name, a.code, a.country, a.id) for a in actors}
    second = "Iraq" if first != "Iraq" else "Rethinking Iraq"
    source = refs["Washington"]
    events = [_event(doc, source, refs[first]), _event(doc, source, refs[second])]
    parsed = doc.parse
    kept, _ = one_act(parsed, TokenActors(parsed, actors), events, [1, 1])
    assert [e.target.name for e in kept if e.target] == ["Iraq"]


@pytest.mark.model
def test_parties_of_two_countries_at_two_places_of_one_word_stay_two(parse: Pipeline) -> None:
    # "U.S.-Iranian": two mentions inside one word are two parties
    text = "Oman welcomed U.S.-Iranian talks on Monday."
    doc = parse(text, published="2025-03-12")
    us, iran = span(text, "U.S."), span(text, "Iranian")
    actors = (
        Actor("a1", "Oman", "OMN", "OMN", kind="state", mentions=(span(text, "Oman"),)),
        Actor("a2", "United States", "USA", "USA", kind="state", mentions=(us,)),
        Actor("a3", "Iran", "IRN", "IRN", kind="state", mentions=(iran,)),
    )
    refs = {a.id: ActorRef(a.name, a.code, a.country, a.id) for a in actors}
    events = [_event(doc, refs["a1"], refs["a2"]), _event(doc, refs["a1"], refs["a3"])]
    parsed = doc.parse
    tok = next(t.i for t in parsed if t.lower_ == "welcomed")
    kept, _ = one_act(parsed, TokenActors(parsed, actors), events, [tok, tok])
    assert len(kept) == 2


@pytest.mark.model
def test_a_party_named_inside_anothers_phrase_is_that_party(parse: Pipeline) -> None:
    # "Iraq's soldiers": a rule that took the possessor as a second source copies the act
    text = "Iraq's soldiers attacked Rouhani on Monday."
    doc = _named(parse, text)
    (ev,) = EventCoder(Config())(doc).events
    iraq = next(a for a in doc.actors if a.name == "Iraq")
    copy = dataclasses.replace(ev, source=ActorRef.of(iraq))
    verb = next(t.i for t in doc.parse if t.text == "attacked")
    actors = TokenActors(doc.parse, doc.actors)
    for events in ([ev, copy], [copy, ev]):
        kept, _ = one_act(doc.parse, actors, events, [verb, verb])
        assert [e.source.name for e in kept if e.source] == ["soldiers"]
    # coordinated named parties are two
    text = "Rouhani and Karimi attacked Iraq on Monday."
    doc = _named(parse, text)
    events = list(
        EventCoder(Config(settings={"geowire.events.v1": {"one_act": False}}))(doc).events
    )
    verb = next(t.i for t in doc.parse if t.text == "attacked")
    kept, _ = one_act(doc.parse, TokenActors(doc.parse, doc.actors), events, [verb] * len(events))
    assert len(kept) == len(events) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # "the latest in a wave of arrests" tells the detention again
        (
            "Ethiopian police detained four reporters in Addis Ababa on Monday, the latest "
            "in a wave of arrests of Ethiopian journalists.",
            1,
        ),
        # a time phrase tells another act, the one the act came after
        (
            "A Pakistani military operation killed 30 militants, a day after an attack on a "
            "train in Pakistan's Balochistan province.",
            2,
        ),
    ],
)
def test_a_phrase_after_a_comma_restating_the_act_is_that_act(text: str, n: int) -> None:
    doc = Pipeline()(text, published="2025-03-12")
    assert len([e for e in doc.events if e.root in ("17", "19")]) == n


@pytest.mark.model
def test_an_act_quoted_and_narrated_of_one_speaker_is_one_act() -> None:
    text = (
        '"We condemn the bombing of our embassy," the Turkish foreign minister said on '
        "Monday, condemning Syria."
    )
    doc = Pipeline()(text, published="2025-03-12")
    # the narrated act, with the party it names, is kept; not the quote's act on the victim
    assert [(e.cameo, e.target.code if e.target else None) for e in doc.events] == [("111", "SYR")]


@pytest.mark.model
def test_an_act_named_by_the_subject_of_its_verb_is_one_act() -> None:
    # the strikes are the killing: one event, the verb's, which names those struck
    pipe = Pipeline(Config())
    text = (
        "Chilean airstrikes killed at least 20 people in the city of Tacna overnight, health "
        "officials said Wednesday."
    )
    force = [e for e in pipe(text, published="2020-05-06").events if e.root in ("18", "19")]
    assert len(force) == 1, force


@pytest.mark.model
def test_an_act_told_again_without_its_doer_is_one_act() -> None:
    doc = Pipeline()("Peru agreed a new package of sanctions on Bolivia.", published="2010-05-05")
    found = [(e.cameo, e.source.code if e.source else None) for e in doc.events]
    assert found == [("163", "PER")], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # the later verb's pronoun object stands for the earlier's: one act
        (
            "Peruvian President Dina Boluarte criticized the Chilean president and accused "
            "him of meddling in Peru's affairs.",
            1,
        ),
        # another object named by name is another act
        (
            "Peruvian President Dina Boluarte criticized the Chilean president and accused "
            "Chilean lawmakers of meddling in Peru's affairs.",
            2,
        ),
    ],
)
def test_a_joined_verb_told_of_a_pronoun_for_the_same_object_is_one_act(
    text: str, n: int
) -> None:
    doc = Pipeline()(text, published="2025-03-12")
    assert len([e for e in doc.events if e.root == "11"]) == n, doc.events


@pytest.mark.model
def test_a_participle_of_the_same_act_with_no_coded_target_is_that_act() -> None:
    text = (
        "Chilean President Gabriel Boric lashed out at his critics on Sunday, accusing them "
        "of lying about the economy."
    )
    doc = Pipeline()(text, published="2025-03-12")
    assert len([e for e in doc.events if e.root == "11"]) == 1, doc.events


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # the dead and the wounded of one attack, in joined passive verbs: one act
        (
            "Four people were also killed and at least 30 injured in a car bomb attack on "
            "Friday outside the Chilean consulate in Tacna.",
            1,
        ),
        # victims named apart are each their own
        (
            "Peruvian troops killed four rebels and wounded ten civilians in Tacna.",
            2,
        ),
        # each verb with its own object: two acts
        ("The army has been shelling villages and attacking farmers near Tacna.", 2),
    ],
)
def test_joined_verbs_of_one_attack_on_one_party_are_one_act(text: str, n: int) -> None:
    doc = Pipeline()(text, published="2025-03-12")
    force = [e for e in doc.events if e.root in ("18", "19")]
    assert len(force) == n, force


@pytest.mark.model
def test_a_force_noun_naming_whom_it_struck_wins_over_the_place_of_its_verb() -> None:
    # the killing's target is only where it happened (Peru); the bombing names the party
    doc = Pipeline()(
        "Rebel bombings at Chilean consulates in Peru killed 20 people.", published="2025-03-12"
    )
    force = [(e.root, e.target.code if e.target else None) for e in doc.events if e.root == "18"]
    assert force == [("18", "CHLGOV")], force


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rouhani strongly condemned and firmly rejected Karimi on Monday.",
        "Rouhani rejected and condemned Karimi on Monday.",
    ],
)
def test_joined_verbs_sharing_one_object_are_one_stance(parse: Pipeline, text: str) -> None:
    # two verbs of verbal conflict, the first with no object of its own: one act, the
    # earlier verb's code (one code per act and clause)
    doc = _named(parse, text)
    assert len(_acts(doc, one_act=False)) == 2
    acts = _acts(doc)
    assert len(acts) == 1
    assert acts[0][1:] == ("Rouhani", "Karimi")
    assert acts[0][0] == _acts(doc, one_act=False)[0][0]


@pytest.mark.model
def test_joined_verbs_each_with_its_own_object_stay_two(parse: Pipeline) -> None:
    doc = _named(parse, "Rouhani condemned the rebels and rejected Karimi on Monday.")
    assert len(_acts(doc)) == 2


@pytest.mark.model
def test_bare_title_joined_to_a_name_is_one_person(parse: Pipeline) -> None:
    doc = _named(
        parse, "Former interior minister and party chief Karimi criticized Rouhani on Monday."
    )
    doc = with_named_actors(
        doc, {"interior minister": "IRNELI", "party chief Karimi": "IRNOPP", "Rouhani": "IRNGOV"}
    )
    assert len(_acts(doc, one_act=False)) == 2
    assert _acts(doc) == [("111", "party chief Karimi", "Rouhani")]
    # a title with a determiner names a party of its own: "the minister and Karimi"
    doc = with_named_actors(
        parse(
            "The interior minister and Karimi criticized Rouhani on Monday.", published="2025-03-12"
        ),
        {"interior minister": "IRNGOV", "Karimi": "IRNOPP", "Rouhani": "IRNGOV"},
    )
    assert len(_acts(doc)) == 2


@pytest.mark.model
def test_a_stance_a_participle_of_speech_says_of_no_party_is_the_verbs_act(
    parse: Pipeline,
) -> None:
    # '..., saying it "firmly opposes" the move': the act the speaker says it takes, told
    # of no party, is the act the verb told of its party (one act, the verb's kept)
    doc = _named(parse, 'Rouhani denounced the Iraq decision, saying he "firmly opposes" the move.')
    assert len(_acts(doc, one_act=False)) == 2
    assert _acts(doc) == [("111", "Rouhani", "Iraq")]


@pytest.mark.model
def test_a_stance_the_speaker_says_after_with_is_the_verbs_act(parse: Pipeline) -> None:
    # 'with the envoy saying "..."': the act the verb's party tells in its own words again;
    # the verb's act, which names whom it is aimed at, is kept
    doc = _named(
        parse, 'Rouhani rejected the Iraq proposal, with the envoy saying "we reject this plan."'
    )
    assert len(_acts(doc, one_act=False)) == 2
    assert [(c[:2], s, t) for c, s, t in _acts(doc)] == [("12", "Rouhani", "Iraq")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # a participle telling the verb's criticism again as an accusation
        (
            "Chilean President Gabriel Boric unloaded on the Peruvian president on Sunday, "
            "accusing him of lying about the economy.",
            "112",
        ),
        # and a verb joined to it, of a pronoun for its object
        (
            "Chilean President Gabriel Boric criticized the Peruvian president on Sunday and "
            "accused him of lying about the economy.",
            "112",
        ),
    ],
)
def test_the_more_specific_code_of_one_disapproval_is_kept(text: str, code: str) -> None:
    # 111 (criticize or denounce) is the root's catch-all: the accusation tells more of the
    # one act, and is the code kept
    doc = Pipeline()(text, published="2025-03-12")
    found = [e.cameo for e in doc.events if e.root == "11"]
    assert found == [code], doc.events


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # "others" are more of the party the killing struck: one attack's toll
        ("Rebels killed four Peruvian soldiers and wounded two others in Tacna.", 1),
        ("Militants killed two Chilean policemen and injured several others on Monday.", 1),
        # victims named apart, or another act done to others, stay two
        ("Peruvian troops killed four rebels and wounded ten civilians in Tacna.", 2),
        ("Rebels killed three Peruvian soldiers and abducted two others in Tacna.", 2),
    ],
)
def test_a_toll_of_others_joined_to_a_killing_is_one_attack(text: str, n: int) -> None:
    doc = Pipeline()(text, published="2025-03-12")
    force = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert len(force) == n, force


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # the clause of the same moment tells who did it: one attack, the doer's
        ("Three Peruvian soldiers were killed when militants attacked a checkpoint.", 1),
        ("A Chilean officer was shot dead when gunmen attacked a Chilean military base.", 1),
        # the ones killed are the attackers, not those they struck: two acts
        ("Two Peruvians were killed when they attacked Chilean soldiers.", 2),
    ],
)
def test_a_use_of_force_told_with_its_attack_in_a_when_clause_is_one_act(
    text: str, n: int
) -> None:
    doc = Pipeline()(text, published="2025-03-12")
    force = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert len(force) == n, force
    if n == 1:
        assert force[0].source is not None and force[0].target is not None, force
