"""Direct quotes (geowire/quotes/direct.py): statements after a quotation that ended its
sentence (sentences made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest

from geowire.config import Config
from geowire.document import Document, Quote
from geowire.nlp.backbone import NLP
from geowire.quotes import QuoteExtractor

ATTRIBUTION = Config(settings={"geowire.quotes.v1": {"scope": "attribution"}})


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


def run(nlp: NLP, text: str, config: Config = ATTRIBUTION) -> list[Quote]:
    doc = next(iter(nlp.pipe([Document(text=text)])))
    return list(QuoteExtractor(config)(doc).quotes)


@pytest.mark.model
def test_statement_after_a_title_closed_by_two_apostrophes(nlp: NLP) -> None:
    # ''...'' quotes (NYT style): the statement after ''Meet the Press.'' goes on
    text = (
        "''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' "
        "''She lies about everything and everybody knows that.''"
    )
    quotes = [q for q in run(nlp, text) if q.kind == "direct"]
    assert any("She lies about everything" in q.text for q in quotes)
