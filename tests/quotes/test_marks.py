"""Quote-mark pairing: straight, curly, doubled, across paragraphs, never raising."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.language import language
from geowire.quotes.marks import find_quote_regions, is_title
from geowire.quotes.words import QuoteWords


def contents(text: str) -> list[tuple[str, bool]]:
    return [(text[r.content[0] : r.content[1]], r.closed) for r in find_quote_regions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win" today.', [("we will win", True)]),
        ("\u201cIt is our destiny,\u201d he said.", [("It is our destiny,", True)]),
        ("''Hopefully,'' he said.", [("Hopefully,", True)]),
        ("``Yes,'' she said.", [("Yes,", True)]),
        ("A \u201cscare\u201d and \u201cquotes\u201d.", [("scare", True), ("quotes", True)]),
        # a left mark typed for the right one after a comma closes the open quote
        (
            "\u201cNot at all,\u201c he said. \u201cNever.\u201d",
            [("Not at all,", True), ("Never.", True)],
        ),
        # a paragraph left open and the next opening again: one quote over both
        (
            "\u201cFirst part.\n\n\u201cSecond part.\u201d",
            [("First part.\n\n\u201cSecond part.", True)],
        ),
        # left open, next paragraph does not continue it: closed at the paragraph end
        ("\u201cNever closed\n\nPlain text.", [("Never closed", False)]),
        # a stray closing mark and a lone straight mark are ignored
        ('text\u201d here and 5 " 6', []),
        ("", []),
    ],
)
def test_regions(text: str, expected: list[tuple[str, bool]]) -> None:
    assert contents(text) == expected


def test_odd_number_of_marks_degrades() -> None:
    text = 'One "two" three "four'
    assert contents(text) == [("two", True), ("four", False)]


@settings(deadline=None)  # no timing in unit tests: a loaded machine must not fail them
@given(st.text(alphabet="ab \"\u201c\u201d\n'`", max_size=60))
def test_never_raises_and_spans_are_inside(text: str) -> None:
    for r in find_quote_regions(text):
        assert 0 <= r.start <= r.content[0] <= r.content[1] <= r.end <= len(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("read \u201cIs Iraq about to Fall to Iran\u201d by him", True),
        ("launched \u201cOperation Desert Shield\u201d in August", True),
        ("the group \u201cFisher Families United,\u201d which", True),
        ("he said \u201cwe will not give up\u201d on it", False),
        ("\u201cWe Will Fight. We Will Win.\u201d", False),
        ("the \u201cterror\u201d label", False),  # one word: a scare quote, not a title
        ("\u201cThe plan failed,\u201d he said", False),
    ],
)
def test_is_title(text: str, title: bool) -> None:
    [region] = find_quote_regions(text)
    assert is_title(text, region, w=language("en").view(QuoteWords)) is title


def test_a_quote_reopened_after_a_full_sentence_is_its_next_paragraph() -> None:
    text = "\u201cThe first part ends here. \u201cThe second part,\u201d he said."
    assert contents(text) == [("The first part ends here.", False), ("The second part,", True)]
