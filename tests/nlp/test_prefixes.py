"""A word of a hyphened prefix ("re-open", "re-elected") is one token; every other split
is the model's own."""

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from geowire import Config
    from geowire.nlp import NLP

    return NLP(Config())


def _parse(nlp, text):
    from geowire.document import Document

    return nlp(Document(text=text)).parse


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("The envoy said the talks will re-open Tuesday in Rome.", "re-open", "reopen"),
        ("Ana Obi was re-elected on Sunday.", "re-elected", "reelect"),
        ("Officials Re-Imposed the curfew.", "Re-Imposed", "reimpose"),
    ],
)
def test_a_prefixed_word_is_one_token_with_the_closed_lemma(nlp, text, word, lemma):
    doc = _parse(nlp, text)
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma
    assert tok.pos_ == "VERB"


def test_the_time_after_a_prefixed_verb_hangs_on_it(nlp):
    doc = _parse(nlp, "The envoy said the talks will re-open Tuesday in Rome.")
    tuesday = next(t for t in doc if t.text == "Tuesday")
    assert tuesday.head.text == "re-open"


@pytest.mark.parametrize(
    "text",
    [
        "The anti-government protesters marched on the U.S.-backed forces' base.",
        "Pro-Russian separatists and self-defense units held a 2-1 vote on re-2 and re- forms.",
        "A co-founder of the well-known group said the ceasefire was e-mailed at 10:30 a.m.",
        "The prime minister-designate met Sen. Obi in Washington.",
    ],
)
def test_other_words_are_split_as_the_model_splits_them(nlp, text):
    from geowire.nlp.backbone import _PrefixedInfixes

    tokenizer = nlp.nlp.tokenizer
    ours = tokenizer.infix_finditer
    assert isinstance(ours, _PrefixedInfixes)
    mine = [t.text for t in tokenizer(text)]
    try:
        tokenizer.infix_finditer = ours.original
        theirs = [t.text for t in tokenizer(text)]
    finally:
        tokenizer.infix_finditer = ours
    assert mine == theirs
