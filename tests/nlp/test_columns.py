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


def _text_doc(words: list[str]) -> object:
    import spacy

    from geowire.nlp.backbone import text_doc_class

    vocab = spacy.blank("en").vocab  # (a vocabulary with the lower-case forms)
    doc = text_doc_class()(vocab, words=words, pos=["PROPN", "VERB", "PROPN"])
    doc._geowire_text = " ".join(words)
    return doc


def test_a_parse_column_is_read_once_per_parse_and_shared() -> None:
    from geowire.nlp.columns import parse_memo, parse_strings

    doc = _text_doc(["Iran", "met", "Iraq"])
    lower = parse_strings(doc, "LOWER")
    assert lower == ["iran", "met", "iraq"]
    assert parse_strings(doc, "LOWER") is lower  # the same list: read once
    assert parse_strings(doc, "ORTH", str.upper) == ["IRAN", "MET", "IRAQ"]
    assert parse_strings(doc, "POS") == ["PROPN", "VERB", "PROPN"]
    memo = parse_memo(doc)
    assert memo is not None and memo is parse_memo(doc)
    # another parse has a table of its own
    other = _text_doc(["Chad", "met", "Mali"])
    assert parse_strings(other, "LOWER") == ["chad", "met", "mali"]
    assert parse_memo(other) is not memo


def test_a_plain_spacy_doc_keeps_no_table_and_is_read_each_time() -> None:
    import spacy
    from spacy.tokens import Doc

    from geowire.nlp.columns import parse_memo, parse_strings

    doc = Doc(spacy.blank("en").vocab, words=["Iran", "met"])
    assert parse_memo(doc) is None
    assert parse_strings(doc, "LOWER") == ["iran", "met"]


def test_the_actor_parse_view_is_made_once_per_parse() -> None:
    from geowire.actors.parse import ParseView

    doc = _text_doc(["Iran", "met", "Iraq"])
    view = ParseView.of("Iran met Iraq", doc)
    assert view is ParseView.of("Iran met Iraq", doc)
    assert view.lower == ["iran", "met", "iraq"] and view.pos == ["PROPN", "VERB", "PROPN"]
    assert view.starts == [0, 5, 9] and view.ends == [4, 8, 13]
