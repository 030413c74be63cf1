"""Attribution-scope cues: texts put out and words put to something, responses, aims,
stance nouns of people, 'seems like', and reports nested in another attribution
(sentences made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest
from factories import SPEECH
from factories import quotes_in as run

from geowire.nlp.backbone import NLP


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue_type"),
    [
        ("The mayor outlined her plan for the harbor.", "her plan for the harbor", "speech"),
        ("The senator likened the deal to a surrender.", "the deal to a surrender", "speech"),
        (
            "The governor issued a statement on the flooding.",
            "a statement on the flooding",
            "writing",
        ),
        ("The minister has not responded to the union's demands.", "the union's demands", "speech"),
        ("The council member pointed to the rising rents.", "the rising rents", "speech"),
        ("The party is looking to win back the suburbs.", "to win back the suburbs", "belief"),
    ],
)
def test_cue_verbs_take_their_content(nlp: NLP, text: str, content: str, cue_type: str) -> None:
    quotes = run(nlp, text)
    assert [(q.text, q.cue_type) for q in quotes] == [(content, cue_type)]
    assert quotes[0].speaker is not None


@pytest.mark.model
def test_a_stance_noun_of_a_person_is_held_by_whom_it_describes(nlp: NLP) -> None:
    quotes = run(nlp, "Ana Ruiz, a critic of the mining law, spoke first.")
    assert [q.text for q in quotes] == ["the mining law"]
    assert quotes[0].speaker is not None and "Ruiz" in quotes[0].speaker.name


@pytest.mark.model
def test_seems_like_is_a_stance_no_one_holds(nlp: NLP) -> None:
    text = "This election seems like a turning point for the party."
    assert [q.text for q in run(nlp, text)] == [text[:-1]]
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_a_report_nested_in_an_attribution_is_part_of_it(nlp: NLP) -> None:
    text = "The coach said the players told him they were tired."
    # attribution scope: one attribution, the coach's
    assert [q.text for q in run(nlp, text)] == ["the players told him they were tired"]
    # speech scope: the players' words are words said too
    assert "they were tired" in [q.text for q in run(nlp, text, SPEECH)]


@pytest.mark.model
def test_a_text_put_out_is_no_quote_in_the_speech_scope(nlp: NLP) -> None:
    text = "The governor issued a statement on the flooding."
    assert [q.text for q in run(nlp, text)] == ["a statement on the flooding"]
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_an_intention_noun_put_forward_carries_its_own_content(nlp: NLP) -> None:
    quotes = run(nlp, "The mayor outlined a plan to widen the harbor road.")
    assert [q.text for q in quotes] == ["to widen the harbor road"]


def test_a_plus_frame_is_read_in_the_attribution_scope_only() -> None:
    from geowire.quotes.cues import scope_frames

    frames = frozenset({"clause", "+to", "direct"})
    assert scope_frames(frames, True) == {"clause", "to", "direct"}
    assert scope_frames(frames, False) == {"clause", "direct"}


@pytest.mark.model
def test_a_response_to_something_is_no_quote_in_the_speech_scope(nlp: NLP) -> None:
    text = "The minister has not responded to the union's demands."
    assert run(nlp, text, SPEECH) == []
