"""One table, ``negative_words``, serves both tests of a party negated: every word negates
an act ("neither X nor Y attacked Z" too), and its column tells the words that name no one
(not "neither", which negates the parties it names)."""

from __future__ import annotations

import pytest

from geowire.errors import DictionaryError
from geowire.events.words import EventWords, _negatives
from geowire.language import language


def test_every_word_negates_and_only_the_no_one_words_name_no_one() -> None:
    w = language().view(EventWords)
    assert {"no", "none", "nobody", "neither"} <= w.negatives
    assert {"no", "none", "nobody"} <= w.no_one_words
    assert "neither" not in w.no_one_words
    assert w.no_one_words < w.negatives


def test_the_column_is_read_from_each_row() -> None:
    every, no_one = _negatives(("nobody:no_one", "neither:named"))
    assert every == {"nobody", "neither"}
    assert no_one == {"nobody"}


@pytest.mark.parametrize("row", ["nobody", "nobody:someone", ":no_one"])
def test_a_row_without_a_known_column_is_an_error(row: str) -> None:
    with pytest.raises(DictionaryError):
        _negatives((row,))
