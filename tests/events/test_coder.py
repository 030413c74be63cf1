"""The event coder on parsed sentences with hand-made actors (no actors component)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.document import Actor, Document, TimeExpression
from geowire.events import EventCoder

pytestmark = pytest.mark.model

NAMES = {
    "Iran": "IRN",
    "Iranian": "IRN",
    "U.S.": "USA",
    "Iraq": "IRQ",
    "Iraqi": "IRQ",
    "Gulf Cooperation Council": "IGOGCC",
    "Robert Gates": "USAGOV",
    "Mahmoud Ahmadinejad": "IRNGOV",
    "Israel": "ISR",
    "Hamas": "PSEHMS",
    "Syria": "SYR",
    "Russia": "RUS",
    "China": "CHN",
    "United States": "USA",
}


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


#: acts told only as possible are left out by default
KEEP_HYPOTHETICAL = Config(settings={"geowire.events.v1": {"hypothetical_events": True}})


def code(parse: Pipeline, text: str, config: Config | None = None, **kw: object) -> Document:
    doc = with_named_actors(parse(text, published="2007-12-10"), NAMES)
    if kw.get("times"):
        doc = doc.replace(times=kw["times"])
    return EventCoder(config or Config())(doc)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Robert Gates criticized Iran.", {("USAGOV", "111", "IRN", "asserted")}),
        ("Syria was attacked by Israel.", {("ISR", "190", "SYR", "asserted")}),
        ("Israel did not attack Hamas.", {("ISR", "190", "PSEHMS", "negated")}),
        ("Iraq said that Iran attacked Syria.", {("IRN", "190", "SYR", "reported")}),
        # a planned act keeps its own code, modality planned (planned_as_intent off)
        (
            "Russia will meet China.",
            {("RUS", "040", "CHN", "planned"), ("CHN", "040", "RUS", "planned")},
        ),
        # an intention or a threat a verb states is itself what happened
        ("Iran offered to mediate.", {("IRN", "039", None, "asserted")}),
        ("Iran threatened to impose a curfew on Syria.", {("IRN", "1323", "SYR", "asserted")}),
        ("Iran promised to provide aid to Syria.", {("IRN", "033", "SYR", "asserted")}),
        (
            "Mahmoud Ahmadinejad urged the Gulf Cooperation Council to establish economic pacts.",
            {("IRNGOV", "0211", "IGOGCC", "asserted")},
        ),
        (
            "U.S. and Iranian officials are meeting in Damascus.",
            {("USA", "040", "IRN", "asserted"), ("IRN", "040", "USA", "asserted")},
        ),
        (
            "There were talks between Russia and China.",
            {("RUS", "046", "CHN", "asserted"), ("CHN", "046", "RUS", "asserted")},
        ),
        # relying on someone is a dependence, no appeal made (022 is an appeal)
        ("Iraq is relying on Iran.", set()),
        ("Syria said it will not accept aid from Iran.", {("SYR", "122", "IRN", "asserted")}),
        ("Iran refused to meet Russia.", {("IRN", "125", "RUS", "asserted")}),
        # a plan of another party's that the speaker tells: the act to come, no threat
        ("Iraq said Israel will attack Syria.", {("ISR", "190", "SYR", "planned")}),
        # with "would" a party of another country foretold: hypothetical, left out
        ("Iraq said Israel would attack Syria.", set()),
        ("Israel said it would attack Syria.", {("ISR", "138", "SYR", "asserted")}),
        # the parser hangs the subject on the aux when a word in quotation marks splits them
        (
            "Iraq said Israel is \u201copenly\u201d attacking Syria.",
            {("ISR", "190", "SYR", "reported")},
        ),
        # a relative pronoun's antecedent names no actor: the name it describes; a "by"
        # agent hung on the "as" phrase
        (
            "Hamas is a group that is designated as a terrorist organization by Israel.",
            {("ISR", "163", "PSEHMS", "asserted")},
        ),
        (
            "Hamas, a group that attacked Israel, said nothing.",
            {("PSEHMS", "190", "ISR", "asserted")},
        ),
        ("Israel is said to have attacked Syria.", {("ISR", "190", "SYR", "reported")}),
        (
            "Russia-China talks ended.",
            {("RUS", "046", "CHN", "asserted"), ("CHN", "046", "RUS", "asserted")},
        ),
        (
            "The talks will be the fourth round of U.S.-Iranian talks.",
            {("USA", "046", "IRN", "planned"), ("IRN", "046", "USA", "planned")},
        ),
    ],
)
def test_events(parse: Pipeline, text: str, expected: set[tuple[str, ...]]) -> None:
    doc = code(parse, text)
    got = {
        (e.source and e.source.code, e.cameo, e.target and e.target.code, e.modality)
        for e in doc.events
    }
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran warned it would attack Syria.", {("IRN", "138", "SYR")}),
        ("Iran warned Syria that it would retaliate.", {("IRN", "138", "SYR")}),
        # a reply with no act named: a threat against the one warned or replied to
        ("Iran warned that it would respond to any Syrian move.", {("IRN", "130", "SYR")}),
        ("Iran warned Iraq that it would take action.", {("IRN", "130", "IRQ")}),
        # someone else's act foretold is not a threat by the one who warns
        ("Iran warned that Syria would attack Iraq.", {("SYR", "190", "IRQ")}),
    ],
)
def test_a_warning_of_ones_own_force_is_a_threat(
    parse: Pipeline, text: str, expected: set[tuple[str, ...]]
) -> None:
    doc = with_named_actors(parse(text, published="2007-12-10"), NAMES)
    it = [(m.start(), m.end()) for m in re.finditer(r"\bit\b", doc.text)]
    actors = tuple(
        dataclasses.replace(a, mentions=a.mentions + tuple(it)) if a.code == "IRN" else a
        for a in doc.actors
    )
    doc = EventCoder(KEEP_HYPOTHETICAL)(doc.replace(actors=actors))
    got = {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}
    assert expected <= got
    assert not any(
        e.cameo.startswith("19") and e.source and e.source.code == "IRN" for e in doc.events
    )


def test_a_reply_foretold_of_another_is_no_threat(parse: Pipeline) -> None:
    doc = code(parse, "Iran warned that the Syrian markets would react badly.")
    assert not [e for e in doc.events if e.root == "13"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran visited Syria, where Syria hosted Iran.",
        "Syria hosted Iran, which visited Syria for talks.",
    ],
)
def test_a_visit_told_twice_in_a_sentence_is_one_event(parse: Pipeline, text: str) -> None:
    visits = [e for e in code(parse, text).events if e.cameo[:3] in ("042", "043")]
    assert len(visits) == 1


def test_event_fields_follow_the_codebook(parse: Pipeline) -> None:
    (ev,) = code(parse, "Robert Gates criticized Iran.").events
    assert (ev.root, ev.plover, ev.quad_class, ev.goldstein) == ("11", "ACCUSE", 3, -2.0)
    assert ev.evidence == "Robert Gates criticized Iran."
    assert ev.date == "2007-12-10"  # the publication date, no time expression
    assert 0 < ev.confidence <= 1


def test_date_from_the_governing_time_expression(parse: Pipeline) -> None:
    text = "On December 3, Robert Gates criticized Iran."
    start = text.index("December 3")
    times = (TimeExpression("December 3", (start, start + 10), "DATE", "2007-12-03"),)
    (ev,) = code(parse, text, times=times).events
    assert ev.date == "2007-12-03"


@pytest.mark.parametrize(
    "text",
    [
        "Israel could attack Syria.",
        "If Israel attacks Syria, ...",
        "Israel can attack Syria.",
        "Analysts said that Israel may attack Syria.",
        # a clause under a word of foreseeing is a prediction, not a plan
        "Analysts expect that Israel will attack Syria.",
        "The raids make it likely that Israel will attack Syria.",
    ],
)
def test_hypothetical_acts_kept_only_on_request(parse: Pipeline, text: str) -> None:
    assert code(parse, text).events == ()
    got = {
        (e.source and e.source.code, e.cameo, e.target and e.target.code, e.modality)
        for e in code(parse, text, KEEP_HYPOTHETICAL).events
    }
    assert got == {("ISR", "190", "SYR", "hypothetical")}


@pytest.mark.parametrize(
    "text", ["Israel may attack Syria.", "As talks stall, Israel might attack Syria."]
)
def test_predicted_act_of_a_party_is_kept(parse: Pipeline, text: str) -> None:
    # a prediction in the sentence's main clause: coders record it as hypothetical
    got = {
        (e.source and e.source.code, e.cameo, e.target and e.target.code, e.modality)
        for e in code(parse, text).events
    }
    assert got == {("ISR", "190", "SYR", "hypothetical")}


def test_an_act_expected_as_an_infinitive_stays_planned(parse: Pipeline) -> None:
    (ev,) = code(parse, "Israel is expected to attack Syria.").events
    assert (ev.cameo[:2], ev.modality) == ("19", "planned")


def test_perceived_act_is_no_possibility(parse: Pipeline) -> None:
    (ev,) = code(parse, "Israeli troops could be seen attacking Syria.").events
    assert (ev.cameo[:2], ev.modality) == ("19", "asserted")


def test_hypothetical_one_sided_event(parse: Pipeline) -> None:
    text = "As the United States looks for a way out, Iran may just take over."
    (ev,) = code(parse, text, KEEP_HYPOTHETICAL).events
    assert (ev.source.code, ev.target, ev.modality) == ("IRN", None, "hypothetical")  # type: ignore[union-attr]


def test_require_dyad_drops_one_sided_events(parse: Pipeline) -> None:
    cfg = Config(settings={"geowire.events.v1": {"require_dyad": True}})
    doc = code(parse, "As the United States looks for a way out, Iran may just take over.", cfg)
    assert doc.events == ()
    assert doc.uncoded and "no source/target" in doc.uncoded[0].reason


def test_no_default_code(parse: Pipeline) -> None:
    doc = code(parse, "Iran enjoyed the weather with Syria.")
    assert doc.events == ()
    assert doc.uncoded[0].reason == "no verb of the sentence is in the verb dictionary"


def test_sentences_without_actors_are_not_uncoded(parse: Pipeline) -> None:
    doc = code(parse, "The weather was fine.")
    assert doc.events == () and doc.uncoded == ()


def test_loaded_petrarch_dictionary_drives_coding(parse: Pipeline, tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(
        "&CURRENCY\n+DOLLARS\n\n--- CONTRIBUTE [070] ---\nCONTRIBUTE\n- * &CURRENCY [903]\n"
        "--- MEET [031:032] ---\nMEET\n",
        encoding="utf-8",
    )
    cfg = Config(verbs=(verbs,), builtin_dictionaries=False)
    # 903 is not a CAMEO code: by default it is uncoded, with the reason
    doc = code(parse, "Iran will contribute a million dollars to Syria.", cfg)
    assert doc.events == ()
    assert any("903" in u.reason and "not CAMEO" in u.reason for u in doc.uncoded)
    permissive = cfg.replace(settings={"geowire.events.v1": {"allow_unknown_codes": True}})
    doc = code(parse, "Iran will contribute a million dollars to Syria.", permissive)
    got = {(e.source.code, e.cameo, e.target.code) for e in doc.events}  # type: ignore[union-attr]
    assert got == {("IRN", "903", "SYR")}
    doc = code(parse, "Iran met Syria.", cfg)
    got = {(e.source.code, e.cameo, e.target.code) for e in doc.events}  # type: ignore[union-attr]
    assert got == {("IRN", "031", "SYR"), ("SYR", "032", "IRN")}
    # the built-in dictionary is off: its verbs code nothing
    assert code(parse, "Robert Gates criticized Iran.", cfg).events == ()


def test_skip_marker_passes_over_one_actor_phrase(parse: Pipeline, tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(
        "--- CELEBRATE [181] ---\nCELEBRATE\n- * HOLIDAY IN ^ + [045]\n", encoding="utf-8"
    )
    cfg = Config(
        verbs=(verbs,),
        builtin_dictionaries=False,
        settings={"geowire.events.v1": {"require_dyad": True}},
    )
    doc = code(parse, "Iran celebrated the holiday in Syria with the leaders of Israel.", cfg)
    got = {(e.source.code, e.cameo, e.target.code) for e in doc.events}  # type: ignore[union-attr]
    assert got == {("IRN", "045", "ISR")}


def test_petrarch_words_are_not_stemmed_but_synset_members_are(
    parse: Pipeline, tmp_path: Path
) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(
        "&REVOLT\n+REVOLUTION\n\n--- ADOPT [081] ---\nADOPT\n- * RESOLUTION [102]\n"
        "- * &REVOLT [802]\n",
        encoding="utf-8",
    )
    cfg = Config(  # 802 is a PETRARCH test code, not CAMEO
        verbs=(verbs,),
        builtin_dictionaries=False,
        settings={"geowire.events.v1": {"allow_unknown_codes": True}},
    )
    got = code(parse, "Iran adopted resolutions with Syria.", cfg).events
    assert [e.cameo for e in got] == ["081"]
    got = code(parse, "Iran adopted a revolutionary manifesto with Syria.", cfg).events
    assert [e.cameo for e in got] == ["802"]


def test_date_counted_back_from_the_day_after(parse: Pipeline) -> None:
    text = "The protests came the very day after Robert Gates criticized Iran."
    start = text.index("the very day after")
    span = (start, start + len("the very day after"))
    times = (TimeExpression("the very day after", span, "DATE", "2007-12-09"),)
    (ev,) = code(parse, text, times=times).events
    assert (ev.cameo, ev.date) == ("111", "2007-12-08")


@pytest.mark.parametrize(
    "length, expected",
    [
        (0, set()),
        (4, {('"THE MINISTRY OF DEFENSE"', "190", "IRN")}),
        (3, set()),
    ],
)
def test_new_actor_length(
    parse: Pipeline, tmp_path: Path, length: int, expected: set[tuple[str, ...]]
) -> None:
    text = "The Ministry of Defense attacked Iran."
    doc = with_named_actors(parse(text), NAMES)
    start = text.index("The Ministry")
    uncoded = Actor("u1", "Ministry of Defense", None, None, mentions=((start, start + 23),))
    doc = doc.replace(actors=(*doc.actors, uncoded))
    cfg = Config(settings={"geowire.events.v1": {"require_dyad": True, "new_actor_length": length}})
    got = {(e.source.code, e.cameo, e.target.code) for e in EventCoder(cfg)(doc).events}  # type: ignore[union-attr]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the source a sentence cites is no party of the act it tells
        ("Israel attacked Hamas on Monday, according to Syria.", {("ISR", "190", "PSEHMS")}),
        ("According to Russia, Iran detained the men.", {("IRN", "173", None)}),
    ],
)
def test_a_cited_source_is_no_party(
    parse: Pipeline, text: str, expected: set[tuple[str | None, str, str | None]]
) -> None:
    got = {
        (e.source and e.source.code, e.cameo, e.target and e.target.code)
        for e in code(parse, text).events
    }
    assert got == expected


def test_pattern_word_check_changes_no_coding(
    parse: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test of a row's needed words (_needs_met, in code_verb and _may_match) only
    spares match_pattern work: with it always passing, the same events and notes come out,
    and it does turn rows away."""
    from geowire.events import extract

    texts = [
        "Aid to Iran was suspended by the United States after a cease-fire collapsed.",
        "Israel accused Hamas of breaking the truce and threatened a military response.",
        "China and Russia signed a trade agreement, and Iraq hosted talks with Syria.",
        "The sanctions imposed on Iran by the U.S. were lifted as Iraq demanded.",
    ]

    def coded(text: str) -> tuple[object, object]:
        doc = code(parse, text, KEEP_HYPOTHETICAL)
        return doc.events, doc.uncoded

    turned_away = []
    real = extract._needs_met

    def spy(*args: object) -> bool:
        got = real(*args)  # type: ignore[arg-type]
        turned_away.append(not got)
        return got

    monkeypatch.setattr(extract, "_needs_met", spy)
    checked = [coded(t) for t in texts]
    assert any(turned_away)
    monkeypatch.setattr(extract, "_needs_met", lambda *args: True)
    assert [coded(t) for t in texts] == checked


@pytest.mark.model
def test_a_visit_with_no_one_named_visited_is_to_the_country_of_its_place(pipe: Pipeline) -> None:
    doc = pipe(
        "The Iraqi prime minister arrived in Tehran on a two-day visit.", published="2025-03-12"
    )
    assert [
        (e.cameo, e.source and e.source.code, e.target and e.target.code) for e in doc.events
    ] == [("042", "IRQGOV", "IRN")]
    # a trip at home names no one visited
    doc = pipe(
        "The Iraqi prime minister arrived in Basra on a two-day visit.", published="2025-03-12"
    )
    assert [e.target for e in doc.events] == [None]
    # "the visit" told before may be someone else's
    doc = pipe("Iraq's prime minister spoke of trade during the visit.", published="2025-03-12")
    assert [e for e in doc.events if e.root == "04"] == []


@pytest.mark.model
def test_aid_sent_to_a_place_no_actor_names_is_for_its_country(pipe: Pipeline) -> None:
    doc = pipe("The European Union sent food aid to Gaza on Monday.", published="2025-03-12")
    assert [(e.root, e.target and e.target.code) for e in doc.events] == [("07", "PSE")]
    # a place the aid is approved in is no one aided
    doc = pipe("The European Union approved an aid package in Brussels.", published="2025-03-12")
    assert [(e.root, e.target) for e in doc.events] == [("07", None)]


@pytest.mark.model
def test_force_aimed_at_a_thing_no_actor_names_is_against_the_country_it_lies_in(
    pipe: Pipeline,
) -> None:
    text = "Turkish jets carried out air strikes against militant bases in Iraq on Sunday."
    doc = pipe(text, published="2025-03-12")
    assert [(e.root, e.target and e.target.code) for e in doc.events] == [("19", "IRQ")]
    assert doc.events[0].location is not None and doc.events[0].location.country == "IRQ"
    # the thing struck may be the place itself
    doc = pipe("Syrian forces stepped up their shelling on Idlib.", published="2025-03-12")
    assert {e.target and e.target.code for e in doc.events if e.root in ("18", "19")} == {"SYR"}
    # a protest against a war in a place is not done to that place
    doc = pipe("Students marched against the war in Yemen.", published="2025-03-12")
    assert all(e.target is None or e.target.code != "YEM" for e in doc.events)


@pytest.mark.model
def test_an_act_told_again_without_its_target_is_one_event(pipe: Pipeline) -> None:
    text = "Retaliating for the raid, Turkish jets bombed militant bases in Iraq on Sunday."
    doc = pipe(text, published="2025-03-12")
    coded = [(e.source and e.source.code, e.target and e.target.code) for e in doc.events]
    assert coded == [("TUR", "IRQ")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian dengue outbreak has killed 40 people since March.",
        "A cholera epidemic in Yemen has killed 300 people.",
        "Floods in Bangladesh destroyed thousands of homes.",
        "Seasonal flu kills thousands of Canadians every year.",
    ],
)
def test_a_disease_or_a_disaster_does_not_act(pipe: Pipeline, text: str) -> None:
    events = pipe(text, published="2025-03-12").events
    assert [e.cameo for e in events if e.root in ("17", "18", "19", "20")] == []


@pytest.mark.model
def test_fire_and_bombings_still_kill(pipe: Pipeline) -> None:
    doc = pipe("Israeli fire killed two Palestinians near Gaza.", published="2025-03-12")
    assert [(e.root, e.source and e.source.code) for e in doc.events] == [("19", "ISR")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The council demanded that Turkey withdraw its troops from the island.",
        "The envoy urged that Venezuela release the detained activists.",
        "A judge ordered that the two reporters be freed.",
        "The senators asked that the sanctions should be lifted.",
    ],
)
def test_an_act_called_for_in_a_subjunctive_clause_is_not_done(pipe: Pipeline, text: str) -> None:
    doc = pipe(text, published="2025-03-12")
    assert [e.cameo for e in doc.events if e.root in ("08", "16", "17", "19")] == []


@pytest.mark.model
def test_an_act_told_as_done_under_a_verb_of_demand_is_still_coded(pipe: Pipeline) -> None:
    doc = pipe(
        "The minister insisted that the army had withdrawn from Kobani.", published="2025-03-12"
    )
    assert [e.root for e in doc.events if e.root == "08"] == ["08"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a stance toward an idea whose content is told with it ("the idea of X") is no
        # support or opposition of a party
        ("Donald Trump did support the idea of such a database on Thursday.", "05"),
        ("Senator Bernie Sanders opposed the idea that taxes should rise.", "11"),
    ],
)
def test_stance_toward_an_idea_told_is_no_act(pipe: Pipeline, text: str, root: str) -> None:
    events = pipe(text, published="2016-06-01").events
    assert not any(e.cameo.startswith(root) for e in events), [e.cameo for e in events]


@pytest.mark.model
def test_stance_toward_a_partys_policy_stays(pipe: Pipeline) -> None:
    text = "Senator Bernie Sanders opposed the policy of the Obama administration."
    assert any(e.cameo.startswith("11") for e in pipe(text, published="2016-06-01").events)


@pytest.mark.parametrize(
    "text",
    [
        # what an opinion poll finds is statistics, no act of the people counted
        "The poll found that 43% of Ohio voters support former Democratic governor Ted "
        "Strickland.",
        "Americans overwhelmingly oppose cutting off federal funds for Planned Parenthood, a "
        "new USA TODAY/Suffolk University Poll finds.",
        "Most Germans support sending more troops to Lithuania, according to a survey "
        "published on Monday.",
        "Americans overwhelmingly oppose cutting off federal funds for Planned Parenthood, a "
        "new USA TODAY/Suffolk University Poll finds, a debate that is likely to come to a "
        "head this week between the Republican-controlled Congress and the White House.",
    ],
)
def test_poll_finding_is_no_act(pipe: Pipeline, text: str) -> None:
    acts = [e.cameo for e in pipe(text, published="2016-05-12").events if e.root != "01"]
    assert not acts, acts


@pytest.mark.parametrize(
    "text",
    [
        "Germany criticized Russia on Monday, citing a poll of Baltic voters.",
        # an act hung on the poll's verb, not what the poll finds
        "As Germany criticized Russia on Monday, a new poll showed that most Germans want "
        "talks.",
        # "polls" that closed or tightened tell when or why, not a finding
        "Hillary Clinton conceded defeat to Bernie Sanders when polls closed at 8 p.m.",
        "Ted Cruz says Donald Trump is attacking him because the polls have tightened.",
    ],
)
def test_act_beside_a_poll_stays(pipe: Pipeline, text: str) -> None:
    acts = [e.cameo for e in pipe(text, published="2016-05-12").events if e.root in ("08", "11")]
    assert acts
