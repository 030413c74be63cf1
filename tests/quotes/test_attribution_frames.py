"""Issue 16, PolNeAR goal: attribution-scope frames (as-asides, passive views, objects of
attitudes) that the speech scope leaves out (needs the spaCy model)."""

from __future__ import annotations

import pytest
from factories import ATTRIBUTION, SPEECH
from factories import quotes_in as run

from geowire.document import Document, Quote
from geowire.nlp.backbone import NLP
from geowire.quotes.labels import label_colon


def texts(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes]


@pytest.mark.model
def test_an_as_aside_attributes_the_clause_around_it(nlp: NLP) -> None:
    text = (
        "As the senator pointed out, the new rules have done little to curb "
        "spending by the large campaigns."
    )
    quotes = run(nlp, text, ATTRIBUTION)
    assert any(
        q.text.startswith("the new rules have done little") and q.speaker is not None
        for q in quotes
    ), texts(quotes)


@pytest.mark.model
def test_a_passive_view_needs_no_holder(nlp: NLP) -> None:
    text = "The other two states are widely seen as Clinton strongholds."
    quotes = run(nlp, text, ATTRIBUTION)
    assert any(
        q.text.startswith("The other two states") and "strongholds" in q.text for q in quotes
    ), texts(quotes)
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Democratic voters in all five states see Clinton as the stronger candidate.",
            "Clinton as the stronger candidate",
        ),
        ("Union leaders have never trusted the governor.", "the governor"),
        ("Many conservatives embraced the senator's plan.", "the senator's plan"),
    ],
)
def test_objects_of_attitudes(nlp: NLP, text: str, content: str) -> None:
    quotes = run(nlp, text, ATTRIBUTION)
    assert content in texts(quotes), texts(quotes)
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_an_endorsement_names_what_is_endorsed(nlp: NLP) -> None:
    text = "The governor's endorsement of the new trade agreement surprised lawmakers."
    quotes = run(nlp, text, ATTRIBUTION)
    assert "the new trade agreement" in texts(quotes), texts(quotes)


@pytest.mark.model
def test_a_passive_speech_verb_is_no_view(nlp: NLP) -> None:
    text = "The former director has not yet been held personally accountable for the attacks."
    quotes = run(nlp, text, ATTRIBUTION)
    assert quotes == [], texts(quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content",
    [
        # an object runs on through the phrases that follow it ...
        (
            "Critics demanded more force and clarity from the president on the border.",
            "more force and clarity from the president on the border",
        ),
        ("The poll showed Ruiz in third at 11 percent.", "Ruiz in third at 11 percent"),
        # ... but not through a time or a setting
        ("The senator praised the mayor after a long meeting on policy.", "the mayor"),
        # a reason the parser hangs on the cue is part of what is said
        (
            "Hale decided to sell the company because it was a good business move.",
            "to sell the company because it was a good business move",
        ),
    ],
)
def test_the_content_is_the_whole_complement(nlp: NLP, text: str, content: str) -> None:
    assert content in texts(run(nlp, text, ATTRIBUTION))


@pytest.mark.model
def test_a_transcript_label_after_a_quote_mark_is_a_label(nlp: NLP) -> None:
    # a transcript quoted as a block opens each turn with a quote mark: '"HALE: ...'
    text = '"HALE: We will cut the fuel tax in the spring.'
    parse = nlp(Document(text=text)).parse
    head = label_colon(parse, 0, len(text), text.index(":"))
    assert head is not None and head.text == "HALE"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        (
            "The mayor is confident that the new bridge will open in May.",
            "that the new bridge will open in May",
            "mayor",
        ),
        ("Local farmers are worried about the early frost.", "the early frost", "farmers"),
        (
            "The minister was eager to settle the strike quickly.",
            "to settle the strike",
            "minister",
        ),
        ("Several senators remain critical of the trade pact.", "the trade pact", "senators"),
    ],
)
def test_attitude_adjectives(nlp: NLP, text: str, content: str, holder: str) -> None:
    quotes = run(nlp, text, ATTRIBUTION)
    hit = [q for q in quotes if q.text.startswith(content)]
    assert hit and hit[0].speaker is not None and holder in hit[0].speaker.name, texts(quotes)
    assert hit[0].cue_type in ("belief", "stance")
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_an_adjective_with_no_holder_is_no_attribution(nlp: NLP) -> None:
    assert run(nlp, "It is certain that prices will rise.", ATTRIBUTION) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        (
            "The governor's plan to close two prisons angered the guards.",
            "to close two prisons",
            "governor",
        ),
        ("The council outlined a decision to raise bus fares.", "to raise bus fares", "council"),
    ],
)
def test_intention_nouns_take_their_infinitive(
    nlp: NLP, text: str, content: str, holder: str
) -> None:
    quotes = run(nlp, text, ATTRIBUTION)
    hit = [q for q in quotes if q.text.startswith(content)]
    assert hit and hit[0].speaker is not None and holder in hit[0].speaker.name, texts(quotes)
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_an_intention_mocked_by_another_is_not_theirs(nlp: NLP) -> None:
    text = "The opposition leader mocked the decision to raise bus fares."
    quotes = run(nlp, text, ATTRIBUTION)
    assert not any(
        q.text.startswith("to raise bus fares") and q.speaker is not None for q in quotes
    ), texts(quotes)


@pytest.mark.model
def test_a_by_phrase_names_who_holds_a_cue_noun(nlp: NLP) -> None:
    text = "A decision by the board to close the plant surprised workers."
    quotes = run(nlp, text, ATTRIBUTION)
    hit = [q for q in quotes if q.text.startswith("to close the plant")]
    assert hit and hit[0].speaker is not None and "board" in hit[0].speaker.name, texts(quotes)


@pytest.mark.model
def test_a_gerund_clause_is_the_object_of_a_stance(nlp: NLP) -> None:
    text = "The new mayor supports raising the tax on fuel."
    quotes = run(nlp, text, ATTRIBUTION)
    assert "raising the tax on fuel" in texts(quotes), texts(quotes)
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_a_passive_stance_is_held_by_its_agent(nlp: NLP) -> None:
    text = "The harbour bill was endorsed by the dock workers union."
    quotes = run(nlp, text, ATTRIBUTION)
    hit = [q for q in quotes if q.text == "The harbour bill"]
    assert hit and hit[0].speaker is not None and "union" in hit[0].speaker.name, texts(quotes)
    assert run(nlp, "The harbour bill was endorsed on Friday.", ATTRIBUTION) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor wants the council to approve the budget.", "the council to approve the budget"),
        ("Farmers want the ministry to lower the fuel tax.", "the ministry to lower the fuel tax"),
    ],
)
def test_an_object_with_its_infinitive_parsed_as_one_clause(
    nlp: NLP, text: str, content: str
) -> None:
    # the parser may make 'X to do Y' after 'want' a clause with its own subject: it is
    # still the object and infinitive the cue's infinitive frame reads
    quotes = run(nlp, text, ATTRIBUTION)
    assert content in texts(quotes), texts(quotes)
