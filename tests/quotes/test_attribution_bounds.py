"""Attribution-scope content boundaries: a phrase of place or venue after a cue's object
is the reporter's frame, and a clause conjoined after a comma is the writer's next
statement (sentences made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest

from geowire.config import Config
from geowire.document import Document, Quote
from geowire.nlp.backbone import NLP
from geowire.quotes import QuoteExtractor

ATTRIBUTION = Config(settings={"geowire.quotes.v1": {"scope": "attribution"}})


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


def contents(nlp: NLP, text: str) -> list[str]:
    doc = next(iter(nlp.pipe([Document(text=text)])))
    quotes: list[Quote] = list(QuoteExtractor(ATTRIBUTION)(doc).quotes)
    return [q.text for q in quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the firefighters at a rally on Main Street.", "the firefighters"),
        ("The senator criticized the new budget on the radio.", "the new budget"),
        ("The governor thanked the volunteers in Ohio.", "the volunteers"),
    ],
)
def test_place_phrase_after_object_is_frame(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
def test_object_phrase_after_frame_stays() -> None:
    nlp = NLP(Config())
    got = contents(nlp, "The mayor thanked the nurses on the radio for their long shifts.")
    assert any(c.startswith("the nurses") and c.endswith("their long shifts") for c in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister argued that taxes must rise, and the opposition walked out of the room.",
            "that taxes must rise",
        ),
        (
            "The union believes the plant will close, but the company hired new workers.",
            "the plant will close",
        ),
    ],
)
def test_clause_after_comma_and_is_not_content(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("scope", ["speech"])
@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            "The health minister said the outbreak was under control and called for an end "
            "to the panic buying.",
            "the outbreak was under control",
            "an end to the panic buying",
        ),
        (
            "The mayor says the bridge will not reopen this year and calls on drivers to "
            "use the ferry.",
            "the bridge will not reopen this year",
            "drivers to use the ferry",
        ),
    ],
)
def test_next_act_conjoined_to_content_ends_it(
    nlp: NLP, scope: str, text: str, content: str, act: str
) -> None:
    from factories import scoped_quotes

    got = {q.text: q for q in scoped_quotes(nlp, text, scope)}
    assert content in got
    assert act in got
    speaker = got[act].speaker
    assert speaker is not None and speaker.name.startswith("The")


@pytest.mark.model
def test_next_act_takes_the_first_speaker(nlp: NLP) -> None:
    from factories import quote_texts, scoped_quotes

    text = "The council said the border had been closed and warned other envoys not to meddle."
    got = {q.text: q for q in scoped_quotes(nlp, text, "speech")}
    assert "the border had been closed" in quote_texts(nlp, text, "speech")
    warned = got["other envoys not to meddle"].speaker
    assert warned is not None and "council" in warned.name


@pytest.mark.model
@pytest.mark.parametrize("scope", ["speech"])
def test_content_ends_before_a_dangling_conjunction(nlp: NLP, scope: str) -> None:
    from factories import quote_texts

    got = quote_texts(
        nlp, "The envoy acknowledged that the talks had stalled but declined to say why.", scope
    )
    assert "that the talks had stalled" in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            "The junta said the elections will go ahead and accused rebel groups of sabotage.",
            "the elections will go ahead",
            "rebel groups of sabotage",
        ),
        (
            "The ministry said the rebels would never lay down their arms and accused the "
            "West of arming them.",
            "the rebels would never lay down their arms",
            "the West of arming them",
        ),
    ],
)
def test_next_act_in_another_form_than_the_content_verb(
    nlp: NLP, text: str, content: str, act: str
) -> None:
    # the content's subject may act, but a verb sharing it would share its auxiliary
    # ('will go ahead and accuse'): the conjunct is the speaker's next act
    from factories import quote_texts

    got = quote_texts(nlp, text, "speech")
    assert content in got
    assert act in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bloc said the sanctions would target oil revenues and approved a new package.",
            "the sanctions would target oil revenues",
        ),
        (
            "The council said foreign troops must leave and expelled the ambassador.",
            "foreign troops must leave",
        ),
    ],
)
def test_content_ends_before_the_speakers_next_deed(nlp: NLP, text: str, content: str) -> None:
    from factories import quote_texts

    assert content in quote_texts(nlp, text, "speech")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police said the journalist was arrested and charged with spreading false news.",
            "the journalist was arrested and charged with spreading false news",
        ),
        (
            "The army said its forces had captured two villages and destroyed a depot.",
            "its forces had captured two villages and destroyed a depot",
        ),
        (
            "The lawyers noted that both men were born abroad and raised questions.",
            "that both men were born abroad and raised questions",
        ),
        (
            "The campaign said that the senator won't be bullied or distracted by the attacks.",
            "that the senator won't be bullied or distracted by the attacks",
        ),
        (
            "The student told the paper that he couldn't remember his password and hasn't "
            "visited the site in months.",
            "that he couldn't remember his password and hasn't visited the site in months",
        ),
        (
            "The governor notes that he was the first to act and has the most experience.",
            "that he was the first to act and has the most experience",
        ),
    ],
)
def test_conjunct_sharing_the_auxiliary_stays_in_content(
    nlp: NLP, text: str, content: str
) -> None:
    from factories import quote_texts

    assert content in quote_texts(nlp, text, "speech")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a past habit told by witnesses: the conjunct is the content subject's deed
        (
            "Farmers said the raiders would arrive before dawn and stole their cattle.",
            "the raiders would arrive before dawn and stole their cattle",
        ),
        (
            "Shopkeepers said the gang would return every month and smashed their windows.",
            "the gang would return every month and smashed their windows",
        ),
        # a participle that shares the modal's linking verb or passive
        (
            "The navy said the strait would stay closed and patrolled until the spring.",
            "the strait would stay closed and patrolled until the spring",
        ),
        (
            "The mayor said the bridge would remain open and guarded by soldiers.",
            "the bridge would remain open and guarded by soldiers",
        ),
        # a verb whose base and past are the same shares the modal
        (
            "The treasury said the state would cut pension costs and put the money into schools.",
            "the state would cut pension costs and put the money into schools",
        ),
    ],
)
def test_conjunct_that_may_share_the_modal_stays_in_content(
    nlp: NLP, text: str, content: str
) -> None:
    from factories import quote_texts

    assert content in quote_texts(nlp, text, "speech")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a plan's date tells no habit; a past deed with its object (tagged a participle)
        (
            "The premier said the country would vote in March and dismissed the cabinet.",
            "the country would vote in March",
        ),
    ],
)
def test_deed_after_a_planned_date_ends_the_content(nlp: NLP, text: str, content: str) -> None:
    from factories import quote_texts

    got = quote_texts(nlp, text, "speech")
    assert content in got
    assert not any("dismissed" in q for q in got)
