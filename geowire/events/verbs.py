"""geowire's own verb dictionary (``geowire/data/verbs/verbs.tsv``) as a VerbDictionary.

The TSV is written for geowire from the CAMEO codebook: one row a verb lemma (or a
nominal event noun) with an optional TABARI-style pattern, its CAMEO code, an optional
paired code for the reverse direction and a flag for symmetric actions. Rows become the
same :class:`~geowire.dictionaries.verbs.VerbDictionary` that loaded PETRARCH dictionaries
give, so one matcher codes both. Nominal rows are kept apart (:class:`NominalRule`); a
nominal row whose preposition is "*" is the noun's event when a light verb (an ``L`` row:
"launch", "hold", "put") governs it, with or without a target.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from ..dictionaries.lexicon import VERB_TABLE, VERB_TABLE_COLUMNS, verb_table_text
from ..dictionaries.verbs import (
    Verb,
    VerbBlock,
    VerbDictionary,
    VerbPattern,
    build_verbs,
    parse_pattern,
    verb_forms,
)
from ..errors import DictionaryError
from ..tables import parse_table
from .codebook import codebook

__all__ = [
    "NominalRule",
    "BuiltinVerbs",
    "builtin_verbs",
    "exchange_nominals",
    "parse_builtin_verbs",
]



@dataclass(frozen=True, slots=True)
class NominalRule:
    """A nominal event: ``talks between X and Y``, ``an attack on X``."""

    noun: str
    prep: str
    code: str | None
    paired: str | None
    symmetric: bool
    #: what the act is of, when the row is for that only ("the suspension of aid": "to
    #: @&AIDWORD"): the words (lower case; two-word ones joined by a space) its "of",
    #: "in" or "on" object, or a compound before the noun ("the aid freeze"), must be;
    #: empty for a row of any object
    objects: frozenset[str] = frozenset()
    #: written "=*": the noun must head the light verb's object, not modify its head as a
    #: compound ("conducted a cyberattack simulation" conducts no cyberattack)
    head: bool = False


@dataclass(frozen=True)
class BuiltinVerbs:
    """The built-in dictionary: verbs (as a VerbDictionary), symmetric verbs, nominal rules."""

    version: str
    verbs: VerbDictionary
    symmetric: frozenset[tuple[str, str]]  # (lemma, pattern text) of symmetric actions
    nominals: dict[str, tuple[NominalRule, ...]]
    #: light verbs: "held talks", "launched an attack", "put under investigation" carry the
    #: event of their object (or of the object of their preposition)
    light: frozenset[str] = frozenset()
    #: a verb's symmetric rows of its object alone ("exchange * fire", "trade * &INSULTS"):
    #: lemma -> (the object's words, lower case, two-word ones joined by a space; code)
    shared_objects: dict[str, tuple[tuple[frozenset[str], str], ...]] = dataclasses.field(
        default_factory=dict
    )


def parse_builtin_verbs(text: str, origin: str) -> BuiltinVerbs:
    """Parse the TSV; a bad row raises DictionaryError with file and line."""
    cb = codebook()
    table = parse_table(text, origin, VERB_TABLE_COLUMNS)
    synsets: dict[str, list[tuple[str, ...]]] = {}
    rows: dict[str, list[tuple[str, VerbPattern | None, str | None, str | None]]] = {}
    symmetric: set[tuple[str, str]] = set()
    nominals: dict[str, list[NominalRule]] = {}
    light: set[str] = set()
    pending: list[tuple[int, str, str, str, str | None, str, str]] = []
    shared: list[tuple[str, str, str]] = []
    for lineno, cells in table.rows:
        kind, lemma, pattern, code, paired, sym = cells
        if kind == "S":
            if not lemma.startswith("&") or not pattern:
                raise DictionaryError(f"{origin}:{lineno}: a synset row needs &NAME and members")
            members = [tuple(m.upper().split()) for m in pattern.split("|") if m.strip()]
            synsets.setdefault(lemma[1:].upper(), []).extend(members)
            continue
        if kind == "L":
            if not lemma or code != "-":
                raise DictionaryError(f"{origin}:{lineno}: a light-verb row needs a lemma, code -")
            light.add(lemma.lower())
            continue
        if kind not in ("V", "N") or not lemma:
            raise DictionaryError(f"{origin}:{lineno}: kind must be V, N, L or S, with a lemma")
        code_v = None if code == "-" else code
        for c in (code_v, paired or None):
            if c is not None and c not in cb:
                raise DictionaryError(f"{origin}:{lineno}: {c!r} is not a CAMEO code")
        if sym not in ("", "y"):
            raise DictionaryError(f"{origin}:{lineno}: sym must be empty or 'y'")
        if kind == "N":
            prep, _, obj = pattern.lower().partition(" @")
            if obj and not obj.strip():
                raise DictionaryError(f"{origin}:{lineno}: '@' needs the words of the object")
            pending.append((lineno, lemma.lower(), prep.strip(), obj.strip(), code_v, paired, sym))
            continue
        pat: VerbPattern | None = None
        if pattern and pattern.strip() != "*":
            body = f"- {pattern} [{code if code_v else '---'}{':' + paired if paired else ''}]"
            pat = parse_pattern(body, origin, lineno)
        rows.setdefault(lemma.lower(), []).append((pattern, pat, code_v, paired or None))
        if sym == "y":
            symmetric.add((lemma.lower(), pattern))
            slots = pattern.split()
            if code_v and len(slots) == 2 and slots[0] == "*" and not slots[1].endswith("_"):
                shared.append((lemma.lower(), slots[1], code_v))
    for lineno, noun, prep, obj, code_v, paired, sym in pending:
        objects: set[str] = set()
        for word in obj.split("|") if obj else ():
            if word.startswith("&"):
                listed = synsets.get(word[1:].upper())
                if listed is None:
                    raise DictionaryError(f"{origin}:{lineno}: unknown synset {word!r}")
                objects.update(" ".join(m).lower() for m in listed)
            else:
                objects.add(word)
        head = prep == "=*"
        prep = "*" if head else prep
        rule = NominalRule(noun, prep, code_v, paired or None, sym == "y", frozenset(objects), head)
        nominals.setdefault(noun, []).append(rule)
    blocks: list[VerbBlock] = []
    for lemma, entries in rows.items():
        words = tuple(w.upper() for w in lemma.split())
        default = next(((c, p) for pt, pat, c, p in entries if pat is None), (None, None))
        verb = Verb(
            words=words,
            head=0,
            forms=verb_forms(words[0]),
            code=default[0],
            paired=default[1],
            has_code=True,
        )
        blocks.append(
            VerbBlock(
                name=lemma.upper(),
                code=default[0],
                paired=default[1],
                verbs=(verb,),
                patterns=tuple(pat for _pt, pat, _c, _p in entries if pat is not None),
                origin=origin,
                line=0,
            )
        )
    verbs = build_verbs(blocks, {k: tuple(v) for k, v in synsets.items()})
    shared_objects: dict[str, list[tuple[frozenset[str], str]]] = {}
    for lemma, word, code in shared:
        if word.startswith("&"):
            members = synsets.get(word[1:].upper(), [])
            names = frozenset(" ".join(m).lower() for m in members)
        else:
            names = frozenset({word.lower()})
        if names:
            shared_objects.setdefault(lemma, []).append((names, code))
    return BuiltinVerbs(
        version=table.version,
        verbs=verbs,
        symmetric=frozenset(symmetric),
        nominals={k: tuple(v) for k, v in nominals.items()},
        light=frozenset(light),
        shared_objects={k: tuple(v) for k, v in shared_objects.items()},
    )


def exchange_nominals(
    builtin: BuiltinVerbs, exchange_nouns: frozenset[str]
) -> dict[str, tuple[NominalRule, ...]]:
    """The nominal rules with those of the nouns of a two-way exchange (``exchange_nouns``
    of events.tsv: "exchange", "swap") added from their verb's symmetric rows of its object
    alone: "an exchange of fire between X and Y" (or "with Y") is coded as "X and Y
    exchanged fire", "a prisoner swap between X and Y" as "swapped prisoners"; the noun's
    "of" object, or a compound before it, must be the row's object (``NominalRule.objects``)."""
    out = dict(builtin.nominals)
    for noun in sorted(exchange_nouns):
        made = [
            NominalRule(noun, prep, code, None, True, names)
            for names, code in builtin.shared_objects.get(noun, ())
            for prep in ("between", "with")
        ]
        if made:
            out[noun] = (*out.get(noun, ()), *made)
    return out


@functools.cache
def builtin_verbs() -> BuiltinVerbs:
    """The built-in verb dictionary (loaded once per process)."""
    return parse_builtin_verbs(verb_table_text(), VERB_TABLE)
