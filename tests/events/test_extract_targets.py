"""Whom the event coder's verb acts on (geowire/events/extract.py), on invented sentences
with the whole pipeline."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # the thing a free relative names is the object; its maker is acted on
        ("Peru condemned what it called Chilean aggression.", "11", "CHL"),
        ("Peru denounced what it described as Chilean meddling.", "11", "CHL"),
        ("Peru protested what it termed an unprovoked attack by Chilean troops.", "14", "CHLMIL"),
        ("Peru criticized what it said was a hostile act by Chile.", "11", "CHL"),
        # the parser's second object of "called", with the "by" hung on the verb
        ("Peru rejected what it called baseless accusations by Chile.", "12", "CHL"),
    ],
)
def test_free_relative_names_the_thing_acted_on(
    pipe: Pipeline, text: str, root: str, target: str
) -> None:
    got = _dyads(pipe, text)
    assert (root, "PER", target) in got, got


@pytest.mark.model
def test_free_relative_party_it_is_about_is_no_target(pipe: Pipeline) -> None:
    # "the vision of Chile": the one it is about, not its maker
    got = _dyads(pipe, "Peru denounced what it called the pessimistic vision of Chile.")
    assert ("11", "PER", None) in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile sent a letter to Peru asking it to reopen the border.",
        "Chile sent a message to Peru calling for talks.",
    ],
)
def test_words_addressed_to_a_party_act_on_it(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert any(r == "02" and s == "CHL" and t == "PER" for r, s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the press the words are given to
        "Chile sent a letter to The New York Times calling for talks.",
        # a "to" before the words, on the verb that issues them
        "To Peru's surprise, Chile issued a statement asking for talks.",
    ],
)
def test_words_addressed_to_no_party_act_on_no_one(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert not any(r == "02" and t is not None for r, _s, t in got), got


@pytest.mark.model
def test_family_name_on_plural_kin_names_the_kin(pipe: Pipeline) -> None:
    got = _dyads(pipe, "President Obama criticized the Castro brothers.")
    assert any(r == "11" and t is not None for r, _s, t in got), got
    # the one kin or followers are tied to stays another party: the target is the
    # supporters (a group of Castro's country), not Castro
    doc = pipe("President Obama criticized Castro supporters.", published="2011-05-04")
    targets = [e.target.name for e in doc.events if e.cameo[:2] == "11" and e.target]
    assert targets and all("Castro" not in t for t in targets), targets


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A truck bomb attack outside the Chilean consulate killed four guards on Friday.",
        "A suicide bombing near the Chilean embassy wounded ten people on Friday.",
    ],
)
def test_where_an_act_noun_subject_happened_names_no_doer(pipe: Pipeline, text: str) -> None:
    # "outside the consulate": where the attack was, not who attacked
    assert not {s for _r, s, _t in _dyads(pipe, text) if s is not None and s.startswith("CHL")}


@pytest.mark.model
def test_a_force_noun_subject_names_whom_it_struck_when_the_verb_names_no_one(
    pipe: Pipeline,
) -> None:
    # the verb acts on things ("buildings"): the noun's "at" phrase names the party struck,
    # not the country of the place it happened
    text = "Rebel bombings at Chilean consulates in Peru blew apart buildings and cars."
    assert {t for r, _s, t in _dyads(pipe, text) if r == "18"} == {"CHLGOV"}


@pytest.mark.model
def test_the_parties_of_a_passives_reason_are_not_acted_on(pipe: Pipeline) -> None:
    # the passive subject (an uncoded man) is arrested, not the embassies bombed
    got = _dyads(
        pipe,
        "Another man has been arrested in connection with the bombings of Chilean "
        "embassies in Peru.",
    )
    assert not any(root == "17" and tgt == "CHLGOV" for root, _src, tgt in got), got


@pytest.mark.model
def test_demonym_on_an_object_names_the_state_acted_on(pipe: Pipeline) -> None:
    # an object no actor names: its demonym is the state whose act is opposed
    assert ("11", "PER", "CHL") in _dyads(pipe, "Peru opposes Chilean investment in the province.")
    # never the source's own state
    got = _dyads(pipe, "Chile defended Chilean investment in Peru.")
    assert not any(s == t == "CHL" for _r, s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The president visited a Mexican restaurant in Texas.",
        "The French president praised Italian food.",
    ],
)
def test_demonym_on_a_thing_no_state_has_names_no_target(pipe: Pipeline, text: str) -> None:
    # a demonym that only describes the thing ("a Mexican restaurant") names no state
    got = _dyads(pipe, text)
    assert not any(t in ("MEX", "ITA") for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # the "with" the parser hangs on the topic noun names the one talked with
        (
            "The Peruvian president discussed the crisis with Chilean President Michelle Bachelet.",
            {"CHL"},
        ),
        ("Peruvian President Alan Garcia discussed the situation with Chilean officials.", {"CHL"}),
        # a relation's "with" that names a person, no state, is the one talked with
        (
            "Peruvian President Alan Garcia discussed bilateral ties with Chilean President "
            "Michelle Bachelet.",
            {"CHL"},
        ),
    ],
)
def test_the_one_talked_with_past_the_topic_noun(
    pipe: Pipeline, text: str, targets: set[str]
) -> None:
    found = {t[:3] for r, s, t in _dyads(pipe, text) if r == "04" and s == "PERGOV" and t}
    assert found == targets, found


@pytest.mark.model
def test_the_press_a_conference_is_held_with_is_its_audience(pipe: Pipeline) -> None:
    # reporters are told, they do not meet the host: no act of the press
    found = _dyads(pipe, "Obama held a news conference with reporters at the White House.")
    assert not any(s and s.endswith("MED") for _r, s, _t in found), found
    # (the parser hangs this "with" on the topic noun)
    found = _dyads(
        pipe, "The Iranian foreign minister discussed the crisis with reporters in Tehran."
    )
    assert not any(t and t.endswith("MED") for _r, _s, t in found), found
    # a party that is no press still meets
    found = _dyads(pipe, "Obama held a news conference with Merkel at the White House.")
    assert ("04", "DEUGOV", "USAGOV") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president discussed the trade deal with Chile.",
        # plural partner nouns, whose lemma is the singular
        "The Peruvian president discussed trade relations with Chile.",
        "The Peruvian president discussed tensions with Chile.",
    ],
)
def test_the_other_side_of_a_deal_is_the_topic(pipe: Pipeline, text: str) -> None:
    # a noun whose "with" is its own other side keeps that side in the topic
    found = _dyads(pipe, text)
    assert not any(r == "04" for r, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a light verb's object that is a sum of money measured in an event noun: the noun's
        # event ("announced $10 million in aid": aid, 07, not a statement)
        ("Peru announced $10 million in emergency aid for Chile.", "07"),
        ("Peru approved $10 million in aid for Chile.", "07"),
    ],
)
def test_a_sum_in_an_event_noun_is_that_event(pipe: Pipeline, text: str, root: str) -> None:
    found = _dyads(pipe, text)
    assert (root, "PER", "CHL") in found, found


@pytest.mark.model
def test_a_sum_in_no_event_noun_stays_none(pipe: Pipeline) -> None:
    found = _dyads(pipe, "Peru announced $10 million in profits for Chile.")
    assert not any(r == "07" for r, _, _ in found), found


@pytest.mark.model
def test_a_sum_in_a_noun_is_that_noun_not_its_compound(pipe: Pipeline) -> None:
    # "sanctions relief" is relief: no sanction, the announcement stays a statement
    found = _dyads(pipe, "The European Union announced $2 billion in sanctions relief for Iran.")
    assert not any(r == "16" for r, _, _ in found), found
