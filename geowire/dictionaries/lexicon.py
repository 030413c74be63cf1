"""The words of geowire's own verb table (``geowire/data/verbs/verbs.tsv``), for the
components below the event coder.

The event coder reads the table whole (:mod:`geowire.events.verbs`: patterns, codes
checked against the CAMEO codebook). The parser's repairs need only its words: which
tokens are event verbs in their -s form ("Iran Rejects Plan") and which nouns name
events ("Talks", "Sanctions"). They read them here, so the parse layer does not
reach up into the event layer. The table's columns are declared here once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ..tables import parse_table
from .verbs import verb_forms

__all__ = ["VERB_TABLE", "VERB_TABLE_COLUMNS", "VerbLexicon", "verb_lexicon", "verb_table_text"]

#: The verb table's path inside the package, as error messages name it.
VERB_TABLE = "geowire/data/verbs/verbs.tsv"
#: Its columns: row kind (V verb, N nominal event, L light verb, S synset), lemma,
#: pattern, CAMEO code, paired code, symmetric flag.
VERB_TABLE_COLUMNS = ("kind", "lemma", "pattern", "code", "paired", "sym")


@dataclass(frozen=True)
class VerbLexicon:
    """Lower-case words of the verb table."""

    #: -s form of each one-word verb -> its lemma ("rejects" -> "reject")
    s_forms: dict[str, str]
    #: nouns of the nominal-event rows ("sanctions", "attack")
    event_nouns: frozenset[str]


def verb_table_text() -> str:
    """The built-in verb table's text."""
    return (resources.files("geowire") / "data" / "verbs" / "verbs.tsv").read_text(encoding="utf-8")


def lexicon_of(text: str, origin: str) -> VerbLexicon:
    """The words of a verb table's text (a bad header raises DictionaryError)."""
    s_forms: dict[str, str] = {}
    nouns: set[str] = set()
    for _lineno, cells in parse_table(text, origin, VERB_TABLE_COLUMNS).rows:
        kind, lemma = cells[0], cells[1].lower()
        if kind == "N" and lemma:
            nouns.add(lemma)
        elif kind == "V" and lemma and len(lemma.split()) == 1:
            for form in verb_forms(lemma):
                low = form.lower()
                if low != lemma and low.endswith("s") and not low.endswith("ss"):
                    s_forms.setdefault(low, lemma)
    return VerbLexicon(s_forms=s_forms, event_nouns=frozenset(nouns))


@functools.cache
def verb_lexicon() -> VerbLexicon:
    """The words of the built-in verb table (read once per process)."""
    return lexicon_of(verb_table_text(), VERB_TABLE)
