"""Subheadings run into the next sentence.

Extracted article text often loses the line break after a subheading, so the heading
runs into the paragraph it heads: "Fishing quotas Since the spring, ...". The
parser then reads heading and sentence as one clause. A short run of words at a
sentence start, with no punctuation, ending in a lower-case noun or adjective and
followed by a capitalised word that opens sentences ("The", "While", "During"), is
such a heading: the sentence starts again at that word. Runs before a name ("British
politician Nigel Farage") are left alone: a title before a name looks the same.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["MAX_HEADING_WORDS", "is_heading", "mark_heading_breaks"]

#: the longest subheading, in words
MAX_HEADING_WORDS = 6

_CONTENT_TAGS = ("NN", "NNS", "JJ")
_ENDS = (".", "?", "!")
_COLUMNS = ["IS_SPACE", "IS_QUOTE", "ORTH"]


def _sentence_starts(doc: Any) -> list[int]:
    """Token indices that may start a sentence before parsing: the first word, a word
    after a line break and one after sentence-final punctuation (and its closing quote)."""
    starts = []
    after_end = True
    # read off the doc's columns (a token's trailing whitespace is at most one space)
    strings = doc.vocab.strings
    end_ids = {strings[e] for e in _ENDS}  # a str gives its id
    for i, (space, quote, orth) in enumerate(doc.to_array(_COLUMNS).tolist()):
        if space:
            after_end = after_end or "\n" in strings[orth]
            continue
        if after_end and quote:
            continue
        if after_end:
            starts.append(i)
        after_end = orth in end_ids
    return starts


def _heading_end(last: Any, nxt: Any) -> bool:
    """May ``last``, a word right before the capitalised opener ``nxt``, end a heading?

    A lower-case noun or adjective may ("Fishing quotas The ..."). A proper noun or a
    lower-case present-tense verb may too ("Porto Novo The ...", "Fishermen return The ..."), but
    only when the opener starts a lower-case phrase: before a capital it may be a name
    that begins with the word ("visited The Hague", "reads The Economist")."""
    if last.text.islower() and last.tag_ in _CONTENT_TAGS:
        return True
    if last.tag_ in ("NNP", "NNPS") or (last.text.islower() and last.tag_ in ("VBZ", "VBP")):
        after = nxt.doc[nxt.i + 1] if nxt.i + 1 < len(nxt.doc) else None
        return after is not None and after.is_alpha and after.text.islower()
    return False


def _joined(tok: Any) -> bool:
    """Is ``tok`` a hyphen inside a word ("third-party")?"""
    if tok.text != "-" or tok.whitespace_ or tok.i == 0:
        return False
    return not tok.doc[tok.i - 1].whitespace_


def mark_heading_breaks(doc: Any, openers: Collection[str]) -> list[int]:
    """Start a sentence after each run-on subheading in the tagged, unparsed ``doc``;
    the indices of the tokens that now start one."""
    marked = []
    for start in _sentence_starts(doc):
        first = doc[start]
        if not (first.is_alpha and first.text[0].isupper()) or first.lower_ in openers:
            continue
        words = 0
        for k in range(start + 1, min(start + 2 * MAX_HEADING_WORDS + 1, len(doc) - 3)):
            last, nxt = doc[k - 1], doc[k]
            if _joined(last) or _joined(nxt):
                continue  # inside a hyphenated word
            words += 1
            if words > MAX_HEADING_WORDS:
                break
            if not (last.is_alpha or last.text.replace("'", "").isalnum()):
                break  # punctuation or a number inside: not a heading
            if nxt.is_alpha and nxt.text[0].isupper() and nxt.lower_ in openers:
                if _heading_end(last, nxt):
                    doc[start].is_sent_start = True
                    nxt.is_sent_start = True
                    marked.append(k)
                break
    return marked


def is_heading(sent: Any) -> bool:
    """Is the sentence ``sent`` (a span) a subheading: at most
    :data:`MAX_HEADING_WORDS` words with no final punctuation, and more text after it (a
    last line, or a one-line text, is not one)?"""
    doc = sent.doc
    # the last word that is not a space first: most sentences end with their punctuation
    last = next(
        (doc[i] for i in range(sent.end - 1, sent.start - 1, -1) if not doc[i].is_space), None
    )
    if last is None or last.text in _ENDS or last.is_quote:
        return False
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    return any(not t.is_space for t in doc[sent.end :])
