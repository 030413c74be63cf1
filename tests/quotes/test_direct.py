"""Direct quotes (geowire/quotes/direct.py): statements after a quotation that ended its
sentence (sentences made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest
from factories import quotes_in as run

from geowire.nlp.backbone import NLP


@pytest.mark.model
def test_statement_after_a_title_closed_by_two_apostrophes(nlp: NLP) -> None:
    # ''...'' quotes (NYT style): the statement after ''Meet the Press.'' goes on
    text = (
        "''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' "
        "''She lies about everything and everybody knows that.''"
    )
    quotes = [q for q in run(nlp, text) if q.kind == "direct"]
    assert any("She lies about everything" in q.text for q in quotes)


def test_capitalised_subject_tagged_a_verb_after_a_quotation(nlp: NLP) -> None:
    # '"...," Trump shot back.' with the name tagged a verb and hung on the cue as its subject
    from factories import speaker_of

    text = '"Jeb wants to be a tough guy tonight," Trump shot back. "Let me talk."'
    for words in ("tough guy", "Let me talk"):
        found = speaker_of(text, words)
        assert found is not None and found.name.endswith("Trump")


def test_a_clause_running_into_the_quotation_keeps_its_trailing_cue(nlp: NLP) -> None:
    # 'It's not, "because ...," she said': the clause before the quotation runs on into it
    # (direct._has_own_clause), so 'she said' after it is this quotation's own cue, not
    # the quotation a continuation of the speaker before
    from factories import speaker_of

    text = (
        'Her son Harrison held a plate. "It\'s a seder plate," he said. Rabbi Sharyn Henry '
        "fielded a question about whether soy sauce is kosher. It's not, \"because soy "
        'sauce has wheat in it," she said.'
    )
    found = speaker_of(text, "wheat")
    assert found is not None and found.name == "Sharyn Henry"


@pytest.mark.model
def test_paragraphs_of_a_quotation_with_lost_line_breaks_keep_its_speaker(nlp: NLP) -> None:
    # each paragraph of a long quotation opened anew, the line breaks lost: the parts are
    # all the first speaker's, not the speaker of a quotation in a later paragraph
    from factories import speaker_of

    text = (
        "Councillor Tom Hale, the cabinet member for transport, said it was part of the "
        'plan. "The use of bio-fuel from cooking oil adds extra value. The council runs its '
        "fleet on this fuel and this is a natural progression. \u201cThe message is clear "
        "and changes in the way we travel are needed. It is better to act while we still "
        "have a choice. \u201cUnder the scheme one pool car will carry up to eight council "
        "officers.\u201d\n\nCouncil leader Peter Thompson said: \u201cWe have invested an "
        "extra 280,000 pounds to wipe out graffiti.\u201d"
    )
    for words in ("The message is clear", "one pool car"):
        found = speaker_of(text, words)
        assert found is not None and found.name.endswith("Tom Hale"), words


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump's own manifesto, ''Crippled America,'' has sold 235,000 hardcover "
        "copies in eight months, according to Nielsen.",
        "The vast majority of Americans say they prefer lower prices instead of paying a "
        "premium for items labeled \u201cMade in the U.S.A.,\u201d even if it means those "
        "cheaper items are made abroad, according to a poll released Thursday.",
    ],
)
def test_according_to_across_a_verb_cites_the_clause_not_the_quotation(nlp: NLP, text: str) -> None:
    # 'according to X' after a clause of its own attributes that clause, the quoted title
    # nested in it (direct._according_to), not the quotation alone
    # (a phrase quoted inside the content is one attribution with it: a nested partial)
    quotes = [q for q in run(nlp, text) if q.kind != "partial"]
    assert [q.cue for q in quotes] == ["according to"], [q.text for q in quotes]
    assert quotes[0].kind == "indirect" and quotes[0].span[0] == 0


@pytest.mark.model
def test_according_to_right_after_a_quotation_attributes_it(nlp: NLP) -> None:
    quotes = run(
        nlp, "\u201cWe will win this state,\u201d according to a statement from the campaign."
    )
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "according to")]
