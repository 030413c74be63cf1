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
