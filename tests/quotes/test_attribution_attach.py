"""Contents the parser hung on the wrong side of a cue, or that look like a request for
anonymity (sentences made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest
from factories import quote_texts as contents

from geowire.config import Config
from geowire.nlp.backbone import NLP


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


@pytest.mark.model
@pytest.mark.parametrize("scope", ["speech", "attribution"])
def test_clause_before_colon_is_not_the_content(nlp: NLP, scope: str) -> None:
    text = (
        "Mendez has kept attacking the mayor on the radio because it works: "
        "he said he has raised about $40,000 since the scandal broke."
    )
    got = contents(nlp, text, scope)
    assert any(c.startswith("he has raised about $40,000") for c in got)
    assert not any("kept attacking" in c for c in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Okafor, who has voted in every election since 1990, says she identifies as a "
            "moderate.",
            "she identifies as a moderate",
        ),
        (
            "The chairman said he named a new treasurer after the audit.",
            "he named a new treasurer",
        ),
    ],
)
def test_an_act_of_naming_is_no_request_for_anonymity(nlp: NLP, text: str, content: str) -> None:
    assert any(c.startswith(content) for c in contents(nlp, text, "speech"))


@pytest.mark.model
def test_request_for_anonymity_is_still_no_quote(nlp: NLP) -> None:
    text = "The official asked not to be named because the talks are private."
    assert not any("named" in c for c in contents(nlp, text, "speech"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "aside"),
    [
        (
            "The senator backed the new fisheries treaty \u2014 a key goal of the coastal states.",
            "the new fisheries treaty",
            "a key goal",
        ),
        (
            "The mayor said the harbour tax would be cut \u2014 a move that may anger the port "
            "unions.",
            "the harbour tax would be cut",
            "a move that may anger",
        ),
    ],
)
def test_description_after_a_dash_is_the_reporters(
    nlp: NLP, text: str, content: str, aside: str
) -> None:
    got = contents(nlp, text)
    assert any(c.endswith(content) for c in got)
    assert not any(aside in c for c in got)


@pytest.mark.model
def test_hyphen_inside_a_word_is_no_dash(nlp: NLP) -> None:
    text = "The mayor said the city would keep re-opening the old harbour."
    assert "the city would keep re-opening the old harbour" in contents(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "first",
    ["The new pier is a start, she said.", 'The new pier is "a start," she said.'],
)
def test_quotation_going_on_after_an_attribution_is_one_attribution(nlp: NLP, first: str) -> None:
    text = f'The mayor spoke at the harbour. {first} "But the fleet needs a dry dock too."'
    got = contents(nlp, text)
    assert any(c.startswith("The new pier is") and c.endswith("dry dock too.") for c in got)
    # the speech scope keeps each statement of its own
    speech = contents(nlp, text, "speech")
    assert any(c.startswith("The new pier is") and "dry dock" not in c for c in speech)


@pytest.mark.model
def test_quotation_in_a_new_paragraph_is_an_attribution_of_its_own(nlp: NLP) -> None:
    text = (
        "The mayor spoke at the harbour. The new pier is a start, she said.\n\n"
        '"But the fleet needs a dry dock too."'
    )
    got = contents(nlp, text)
    assert not any(c.startswith("The new pier") and "dry dock" in c for c in got)
