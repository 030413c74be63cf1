"""Per-token strings from a parse's arrays (geowire.nlp.columns)."""

from __future__ import annotations

import numpy as np

from geowire.nlp.columns import string_column, string_columns


def test_each_value_is_its_string_cased_and_zero_is_none() -> None:
    strings = {7: "Iran", 9: "met"}
    arr = np.array([[7, 9], [0, 9], [7, 0]], dtype=np.uint64)
    assert string_column(arr, 0, strings) == ["Iran", "", "Iran"]
    assert string_column(arr, 1, strings, str.upper) == ["MET", "MET", ""]


def test_a_store_that_is_not_spacys_is_asked_each_time() -> None:
    # only a spaCy string store's ids are its strings' hashes, the same everywhere: the ids
    # of any other mapping are not remembered from one call to the next
    arr = np.array([[7]], dtype=np.uint64)
    assert string_column(arr, 0, {7: "Iran"}, str.upper) == ["IRAN"]
    assert string_column(arr, 0, {7: "Iraq"}, str.upper) == ["IRAQ"]


def test_a_spacy_store_gives_the_same_strings_each_call_and_casing() -> None:
    from spacy.strings import StringStore

    store = StringStore(["Tehran", "talks", "TALKS"])
    ids = [store["Tehran"], store["talks"], 0, store["TALKS"], store["Tehran"]]
    arr = np.array([[i] for i in ids], dtype=np.uint64)
    for _ in range(2):
        assert string_column(arr, 0, store) == ["Tehran", "talks", "", "TALKS", "Tehran"]
        assert string_column(arr, 0, store, str.lower) == ["tehran", "talks", "", "talks", "tehran"]
        assert string_columns(arr, 0, store, (str.upper, None)) == [
            ["TEHRAN", "TALKS", "", "TALKS", "TEHRAN"],
            ["Tehran", "talks", "", "TALKS", "Tehran"],
        ]
