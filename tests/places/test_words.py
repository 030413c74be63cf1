"""The resolver's word lists are data (geowire/data/places/words.tsv), checked on load."""

from __future__ import annotations

import pytest

from geowire.errors import DictionaryError
from geowire.places.resolve import STRONG_LOCATIVE, TITLES, WORD_SETS, load_words

HEAD = "#geowire-data\tplaces.words\t1\nset\tword\n"
ALL = "".join(f"{name}\tx{n}\n" for n, name in enumerate(WORD_SETS))


def test_builtin_lists_load():
    words = load_words()
    assert set(words) == set(WORD_SETS)
    assert "in" in STRONG_LOCATIVE and "mrs." in TITLES
    assert all(words[name] for name in WORD_SETS)


@pytest.mark.parametrize(
    "body, message",
    [
        (ALL + "nowhere\tin\n", "unknown set 'nowhere'"),
        (ALL + "title\tMrs.\n", "must be lower case"),
        (ALL + "title\n", "expected 2 columns, found 1"),
        ("title\tmr\n", "no words for locative"),
    ],
)
def test_bad_rows_are_refused_with_file_and_line(tmp_path, body, message):
    (tmp_path / "words.tsv").write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_words(tmp_path)
