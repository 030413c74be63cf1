"""Subheadings run into the next sentence.

Extracted article text often loses the line break after a subheading, so the heading
runs into the paragraph it heads: "Fishing quotas Since the spring, ...". The
parser then reads heading and sentence as one clause. A short run of words at a
sentence start, with no punctuation, ending in a lower-case noun or adjective and
followed by a capitalised word that opens sentences ("The", "While", "During"), is
such a heading: the sentence starts again at that word. Runs before a name ("British
politician Nigel Farage") are left alone: a title before a name looks the same; but a
verbless run that ends in a lower-case plural noun, before a capitalised word that starts
no list of names, is a heading ("Old friends Malaysia's former prime minister ...",
"Helping newcomers Wu said ..."): a title is singular, or its plural heads a list
("rival candidates Trump and Cruz").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["MAX_HEADING_WORDS", "is_heading", "mark_heading_breaks"]

#: the longest subheading, in words
MAX_HEADING_WORDS = 6

_CONTENT_TAGS = ("NN", "NNS", "JJ")
#: tags of a finite verb, a modal or a determiner: a run with one before a name is a
#: clause or a noun phrase ("One of the reasons Perez is ...", a relative clause with no
#: "that"), not a heading
_CLAUSE_TAGS = ("VBD", "VBZ", "VBP", "MD", "DT")
#: words after a name that make it one of a list ("candidates Trump and Cruz")
_LIST_WORDS = (",", "and", "&", "or")
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


# Tags the tagger gives a capitalised name it does not know ("Trump" read as a verb at the
# start of a sentence): such a word before a plural is no heading's adjective.
_NAME_MISTAGS = frozenset({"NN", "VB", "VBP", "VBZ"})


def _plural_heading_end(
    run: Any, nxt: Any, times: Collection[str], verb_forms: Collection[str]
) -> bool:
    """May ``run`` (the words from a sentence start up to ``nxt``, a capitalised word that
    opens no sentence by itself) be a heading?

    Only a run of two or more words that has no finite verb nor determiner and does not
    open with a preposition ("Officials told reporters Trump ...", "Within weeks Iran ...",
    "One of the reasons Perez is ..." are clauses),
    ending in a lower-case plural noun, before a capitalised word that heads no list: a
    plural noun before a name is no title unless names follow in a list ("Democratic
    candidates Clinton and Sanders"); nor is a day or a month one of ``times`` after a
    plural subject ("Trustees Tuesday approved"); nor does a plural that is also the -s
    form of a verb of ``verb_forms`` (a headline's verb the tagger read as a noun: "Trump
    demands Ginsburg resign"), or one right after a name or a capitalised word the tagger
    read as a common noun or a verb (``_NAME_MISTAGS``: "Trump trails Clinton by nine
    points")."""
    last = run[-1]
    if len(run) < 2 or not (last.text.islower() and last.tag_ == "NNS"):
        return False
    if last.lower_ in verb_forms:
        return False
    if run[0].tag_ == "IN" or any(t.tag_ in _CLAUSE_TAGS for t in run):
        return False
    before = run[-2]
    if before.tag_ in ("NNP", "NNPS") or (
        before.text[0].isupper() and before.tag_ in _NAME_MISTAGS
    ):
        return False  # a name (the tagger reads some as a common noun or a verb: "Trump
        # trails Clinton") and a word in -s: a headline's subject and verb, maybe
    if not (nxt.is_alpha and nxt.text[0].isupper() and nxt.tag_ in ("NNP", "NNPS")):
        return False  # only before a name ("One of the things I like": a relative clause)
    if nxt.lower_ in times:
        return False
    doc = nxt.doc
    i = nxt.i
    while i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[0].isupper():
        i += 1  # the rest of the name ("Nigel Farage")
    return i + 1 < len(doc) and doc[i + 1].lower_ not in _LIST_WORDS


def _joined(tok: Any) -> bool:
    """Is ``tok`` a hyphen inside a word ("third-party")?"""
    if tok.text != "-" or tok.whitespace_ or tok.i == 0:
        return False
    return not tok.doc[tok.i - 1].whitespace_


def mark_heading_breaks(
    doc: Any,
    openers: Collection[str],
    times: Collection[str] = frozenset(),
    verb_forms: Collection[str] = frozenset(),
) -> list[int]:
    """Start a sentence after each run-on subheading in the tagged, unparsed ``doc``;
    the indices of the tokens that now start one. ``times``: names of days and months,
    which no heading ends before; ``verb_forms``: the -s forms of verbs, which end no
    heading before a name (they may be a headline's verb)."""
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
            if _plural_heading_end(doc[start:k], nxt, times, verb_forms):
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
