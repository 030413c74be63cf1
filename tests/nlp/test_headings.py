import pytest

from geowire import Config
from geowire.document import Document
from geowire.nlp import NLP
from geowire.nlp.headings import is_heading


def _sentences(text: str, subheadings: bool = True) -> list[str]:
    nlp = NLP(Config(settings={"geowire.nlp.v1": {"subheadings": subheadings}}))
    doc = nlp(Document(text=text))
    return [text[s:e] for s, e in doc.sentences]


@pytest.mark.model
def test_a_subheading_run_into_its_paragraph_is_a_sentence_of_its_own():
    text = "The port reopened. Fishing quotas Since the spring, boats have stayed home."
    assert _sentences(text) == [
        "The port reopened.",
        "Fishing quotas",
        "Since the spring, boats have stayed home.",
    ]
    assert len(_sentences(text, subheadings=False)) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a hyphenated word inside the heading
        (
            "The port reopened. Cross-border traders The success of many boats is tied to trade.",
            "Cross-border traders",
        ),
        # a heading that ends in a present-tense verb, before an opener that starts a
        # lower-case phrase
        ("The port reopened. Fishermen return The fishermen came back in May.", "Fishermen return"),
    ],
)
def test_headings_with_hyphens_or_ending_in_names(text, heading):
    assert heading in _sentences(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a title before a name looks like a heading: left alone
        "The port reopened. Harbour master Ana Silva welcomed the boats.",
        # a verb before the capitalised word: a sentence, not a heading
        "The port reopened. Officials told The Daily Star that boats were back.",
        # a name, or a verb in -s, before a title that starts with "The"
        "The port reopened. Ana Silva reads The Daily Star every morning.",
        # a relative clause with no "that": "I" opens it, not a sentence
        "The port reopened. One of the things I like is the quiet.",
    ],
)
def test_a_title_or_a_verb_before_a_capital_is_no_heading(text):
    assert len(_sentences(text)) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a verbless heading ending in a plural noun, before a name with an owner's 's
        (
            "The port reopened. Old friends Kenya's fishing minister, Ann Mwangi, "
            "visited the port.",
            "Old friends",
        ),
        # ... before a one-word name that opens the sentence
        (
            "The port reopened. Helping fishermen Silva said the quotas were fair.",
            "Helping fishermen",
        ),
    ],
)
def test_a_plural_heading_before_a_name_is_a_sentence_of_its_own(text, heading):
    assert heading in _sentences(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a plural title before a list of names
        "The port reopened. Rival skippers Ana Silva and Rui Costa met at the quay.",
        # a day's name after a plural subject
        "The port reopened. Harbour trustees Tuesday approved the plan.",
        # a clause: a verb before the plural noun
        "The port reopened. Officials told reporters Silva would visit.",
        # a relative clause with no "that" after a noun phrase with a determiner
        "The port reopened. One of the reasons Silva left is the quotas.",
        # a headline's verb in -s the tagger may read as a plural noun
        "The port reopened. Mayor demands Silva resign over the quotas.",
        # a name the tagger reads as a verb, before a word in -s it reads as a plural
        "The port reopened. Trump trails Clinton by nine points in the state, a poll showed.",
    ],
)
def test_a_plural_noun_before_a_list_a_day_or_in_a_clause_ends_no_heading(text):
    assert len(_sentences(text)) == 2


@pytest.mark.model
def test_is_heading_needs_a_short_unpunctuated_line_with_text_after_it():
    nlp = NLP(Config())
    doc = nlp(Document(text="Fishing quotas\nBoats stayed home. Port news")).parse
    assert [is_heading(s) for s in doc.sents] == [True, False, False]
