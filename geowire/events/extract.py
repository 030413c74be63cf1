"""Source - action - target from the dependency parse, coded with a verb dictionary.

For each verb of a sentence found in the dictionary, the most specific matching pattern
gives the code (or the verb's default code; a verb without a code gives nothing: there is
no default event). Sources come from the subject (the ``by`` agent in the passive, the
controller for ``to``-infinitives, the head noun of a relative clause), targets from the
object, the passive subject, prepositional objects or a pattern's ``+`` slot. Coordinated
actors multiply out; symmetric actions between coordinated subjects go both ways.

A nominal event is coded from its noun: with the preposition of a rule ("attack on X"), or,
as the object of a light verb ("launched", "held", "put under"), from the rule whose
preposition is "*", the light verb's subject being the source. A light verb coded only by
its default code leaves the event to its noun, and keeps it when the noun gives none.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..actors.context import role_only
from ..actors.resolve import ActorWords, read_as_place, relation_code, sectors_of
from ..dictionaries.speakers import noun_kind
from ..dictionaries.verbs import PatternToken, Verb, VerbBlock, VerbDictionary, VerbPattern
from ..document import Actor
from ..language import language
from ..nlp.columns import parse_strings
from ..nlp.syntax import agent_objects, comma_before, prep_objects, to_infinitive
from ..places.resolve import PLACE_LABELS
from ..quotes.cues import default_cues
from ..quotes.indirect import next_act_cue
from ..quotes.speaker import names_someone
from ..quotes.words import QuoteWords
from .codebook import codebook
from .irregular import is_armed, is_fighting_force
from .modality import ranked_noun, stranded_subject, subject_denied
from .senses import blast_noun, civilian, crowd_fought, dispersing, doers
from .words import EventWords

__all__ = [
    "FORCE_ROOTS",
    "Action",
    "Coding",
    "TokenActors",
    "SentenceCoder",
    "TokenView",
    "WordMatcher",
    "claimer",
    "clause_verb",
    "in_quote",
    "own_subject",
    "private_act",
    "unknown_place",
]

_SUBJ = ("nsubj", "csubj", "expl")
#: role codes of a state's own bodies: with no country told, the bodies of the states that
#: act ("X and Y agreed to reopen embassies"; see ``_joint_object``)
_STATE_ORGANS = frozenset({"GOV", "MIL", "LEG", "COP", "SPY", "JUD"})
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_ANY_SUBJ = _SUBJ + _PASS_SUBJ
_OBJ = ("dobj", "obj", "dative", "iobj", "attr", "oprd")
#: finite verb tags (a joined verb of its own clause)
_FINITE = ("VBD", "VBZ", "VBP")
_CLAUSAL = ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj")
_NONE: frozenset[int] = frozenset()


#: TABARI codes that mark a pattern as a "complex" event for manual coding, not a code.
_COMPLEX_CODES = frozenset({"+++"})
# CAMEO roots a participle clause after a comma tells as an act of its own (disapprove,
# reject, threaten, reduce relations, coerce): "condemned the raid, accusing X of ..."
_ACCOMPANYING_ROOTS = frozenset({"11", "12", "13", "16", "17"})
# prepositions naming the partner of an infinitive with no object ("refused to work with X")
_PARTNER_PREPOSITIONS = frozenset({"with", "against", "toward", "towards"})
#: CAMEO 051 "praise or endorse": a welcome of another's act or thing approves of it
_APPROVAL = "051"
#: a hyphen inside a word, kept as a part of its own ("SIT-IN" -> "SIT", "-", "IN")
_HYPHEN_RE = re.compile(r"(?<=\w)(-)(?=\w)")


@functools.cache
def _hyphened(toks: TokenView, j: int) -> bool:
    """Token ``j`` is the first part of a hyphened word ("down" of "down-ballot")."""
    doc = toks.doc
    return 0 <= j < len(doc) - 1 and not doc[j].whitespace_ and doc[j + 1].text == "-"


#: named-entity types of counts and times: a token of one is no verb ("in March")
_COUNT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY"})


def _words(value: str) -> tuple[str, ...]:
    """A pattern word's words ("TALKS WITH" -> "TALKS", "WITH"), split once per value."""
    return tuple(value.split())


@functools.cache
def _hyphen_parts(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """``words`` with each hyphened word split into its parts and the hyphen ("sit-in" ->
    "sit", "-", "in"), or None when no word has a hyphen inside it. Cached: the words
    are a dictionary's phrases, tried at every token."""
    if not any("-" in w[1:-1] for w in words):
        return None
    return tuple(p for w in words for p in _HYPHEN_RE.split(w) if p)


#: words one of which a pattern element needs: (upper-case word, by stem, by lemma)
_Choice = tuple[tuple[str, bool, bool], ...]
#: the same choice as three sets: the words matched as written, by lemma, by stem
_ChoiceSets = tuple[frozenset[str], frozenset[str], frozenset[str]]


@functools.lru_cache(maxsize=1 << 16)
def _stems(text: str) -> tuple[str, ...]:
    """The stems a pattern word may match ``text`` by: itself less up to four letters at
    its end, three letters or more (WordMatcher's stem match)."""
    return tuple(text[:k] for k in range(max(3, len(text) - 4), len(text) + 1))


def _choice_sets(choice: _Choice) -> _ChoiceSets:
    """``choice`` as the sets of words a sentence's texts, lemmas and stems are tested
    against (a stem of three letters or more, as WordMatcher matches stems)."""
    return (
        frozenset(w for w, _stem, _lemma in choice),
        frozenset(w for w, _stem, lemma in choice if lemma),
        frozenset(w for w, stem, _lemma in choice if stem and len(w) >= 3),
    )


def _needs_met(
    needs: tuple[_ChoiceSets, ...], near: tuple[set[str], set[str], set[str]]
) -> bool:
    """Whether each choice of ``needs`` has a word among the ``near`` texts, or (by lemma)
    the lemmas, or (by stem) the stems (see SentenceCoder._may_match)."""
    texts, lemmas, stems = near
    return all(
        not (by_text.isdisjoint(texts) and by_lemma.isdisjoint(lemmas))
        or not by_stem.isdisjoint(stems)
        for by_text, by_lemma, by_stem in needs
    )


#: roles of a party a warning of war is a threat to: a state's bodies and armed parties
#: the CAMEO code of returning or releasing persons or property (084x): the party a
#: row's verb itself acts on ("=+") is persons or a group released
_PERSONS_RELEASED = "084"
_WARNED_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "INS", "SEP"})


class TokenActors:
    """Which actor each token belongs to, and where each mention's tokens start and end
    (through the actors' mention spans; the character-level view is
    :class:`~geowire.actors.MentionIndex`)."""

    def __init__(self, parse: Any, actors: Sequence[Actor]) -> None:
        self.by_token: dict[int, list[Actor]] = {}
        self.mention_end: dict[int, int] = {}  # first token of a mention -> last token
        self.mention_start: dict[int, int] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}
        spans = sorted(
            ((m[0], m[1], a) for a in actors for m in a.mentions), key=lambda x: x[1] - x[0]
        )
        # shorter mentions win; actors sharing one mention (a compound) are all kept
        for start, end, actor in spans:
            span = parse.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                have = self.by_token.setdefault(tok.i, [])
                spans_here = self._spans.setdefault(tok.i, [])
                # keep an actor when its mention is the same as one already here (a
                # compound actor) or does not overlap it ("U.S.-Iranian": two in a token)
                if not have or all(
                    (s0, e0) == (start, end) or e0 <= start or end <= s0 for s0, e0 in spans_here
                ):
                    if actor not in have:
                        have.append(actor)
                        spans_here.append((start, end))
            self.mention_end.setdefault(span.start, span.end - 1)
            self.mention_start.setdefault(span.end - 1, span.start)
        # an object relative pronoun stands for the named noun its clause describes ("the
        # rebels, whom the army attacked"; a subject one is already the actor's mention)
        # (found on the parse's TAG column, without a spaCy Token for every word)
        strings = parse.vocab.strings
        relative_tags = {strings[tag] for tag in _RELATIVE_TAGS}
        for i, tag in enumerate(parse.to_array("TAG").tolist()):
            if tag in relative_tags and i not in self.by_token:
                tok = parse[i]
                noun = relative_antecedent(tok)
                if noun is not None and noun.i in self.by_token:
                    self.by_token[tok.i] = list(self.by_token[noun.i])

    def at(self, i: int) -> Actor | None:
        got = self.by_token.get(i)
        return got[0] if got else None

    def all_at(self, i: int) -> list[Actor]:
        return list(self.by_token.get(i, ()))


class TokenView:
    """Upper-case texts and lemmas of a parsed document for matching, filled one sentence
    at a time as patterns need them."""

    __slots__ = ("doc", "texts", "lemmas", "_filled", "_columns")

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        n = len(doc)
        self.texts: list[str] = [""] * n
        self.lemmas: list[str] = [""] * n
        self._filled: set[int] = set()
        self._columns: DocColumns | None = None

    @property
    def columns(self) -> DocColumns:
        """The whole document's columns (read once from the parse's arrays)."""
        if self._columns is None:
            self._columns = DocColumns(self.doc)
        return self._columns

    def fill(self, sent: Any) -> None:
        if sent.start in self._filled:
            return
        self._filled.add(sent.start)
        columns = self.columns
        start, end = sent.start, sent.end
        self.texts[start:end] = columns.upper[start:end]
        self.lemmas[start:end] = columns.upper_lemma[start:end]

    def __len__(self) -> int:
        return len(self.texts)


class DocColumns:
    """Per-token strings of a whole parsed document, read once from the parse's arrays
    (each distinct string looked up and cased once): the upper-case text and lemma (for
    matching), the lower-case text and lemma and the part of speech (to pass over, without
    building a spaCy Token, the words no rule can start at)."""

    __slots__ = ("upper", "upper_lemma", "lower", "lemma", "pos")

    def __init__(self, doc: Any) -> None:
        self.upper: list[str] = []
        self.upper_lemma: list[str] = []
        self.lower: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        if not len(doc):
            return
        # read once per parse and shared with the other components (nlp/columns.py)
        self.upper = parse_strings(doc, "ORTH", str.upper)
        self.upper_lemma = parse_strings(doc, "LEMMA", str.upper)
        self.lemma = parse_strings(doc, "LEMMA", str.lower)
        self.lower = parse_strings(doc, "LOWER")
        self.pos = parse_strings(doc, "POS")


class WordMatcher:
    """Does a token (or a run of tokens) match a dictionary word / synset member?"""

    def __init__(
        self,
        synsets: Mapping[str, tuple[tuple[str, ...], ...]],
        *,
        whole: frozenset[str] = frozenset(),
    ) -> None:
        self.synsets = synsets
        #: whole words (upper case; the verb forms the dictionaries know): a pattern word
        #: among them matches its own forms (by text or lemma) only, never by its beginning
        #: a longer word ("to kill" is not "to end the killings"); a pattern word that is
        #: no word ("succumb * injur") is a stem, and matches the words it begins; with
        #: lemmas off (a dictionary matched by its own stems) every word may be a stem
        self.whole = whole
        self._sorted: dict[str, list[tuple[str, ...]]] = {
            k: sorted(v, key=len, reverse=True) for k, v in synsets.items()
        }

    def word(self, tok: Any, word: str, exact: bool, *, lemma: bool = True) -> bool:
        """``exact``: no stem (prefix) match; ``lemma``: the token's lemma may match."""
        return self._match(tok.text.upper(), tok.lemma_.upper(), word, exact, lemma)

    def _match(self, text: str, lem: str, word: str, exact: bool, lemma: bool) -> bool:
        if word == text or (lemma and word == lem):
            return True
        if exact or len(word) < 3 or (lemma and word in self.whole):
            return False
        return text.startswith(word) and len(text) - len(word) <= 4

    def phrase_at(
        self, toks: TokenView, i: int, words: tuple[str, ...], step: int, *, stem: bool, lemma: bool
    ) -> int | None:
        """Match ``words`` at token ``i`` (forwards if step=1, else ending at i); return the
        index past the match in the direction of travel."""
        hit = self._phrase_at(toks, i, words, step, stem=stem, lemma=lemma)
        if hit is None:
            # the parser splits a hyphened word ("sit-in", "cease-fire") into its parts
            # and the hyphen: match those too
            parts = _hyphen_parts(words)
            if parts is not None:
                hit = self._phrase_at(toks, i, parts, step, stem=stem, lemma=lemma)
        return hit

    def _phrase_at(
        self, toks: TokenView, i: int, words: tuple[str, ...], step: int, *, stem: bool, lemma: bool
    ) -> int | None:
        n = len(words)
        start = i if step == 1 else i - n + 1
        texts = toks.texts
        if start < 0 or start + n > len(texts):
            return None
        lemmas = toks.lemmas
        whole = self.whole
        for k, w in enumerate(words):
            j = start + k
            text = texts[j]
            # _match, written out: this runs at every token a pattern may use
            if w == text or (lemma and w == lemmas[j]):
                continue
            if (
                not stem
                or len(w) < 3
                or (lemma and w in whole)
                or not (text.startswith(w) and len(text) - len(w) <= 4)
            ):
                return None
        return start + n if step == 1 else start - 1

    def element(
        self,
        toks: TokenView,
        i: int,
        tok: PatternToken,
        step: int,
        *,
        loose: bool,
        depth: int = 0,
    ) -> int | None:
        """Match a pattern element. ``loose`` (geowire's own dictionary): words match by
        lemma or stem. Otherwise PETRARCH's rules: a pattern word matches the word as
        written ("RESOLUTION" is not "resolutions"), a synset member also as a stem
        ("REVOLUTION" matches "revolutionary")."""
        if tok.kind == "word":
            words = _words(tok.value)
            hit = self.phrase_at(toks, i, words, step, stem=loose and not tok.exact, lemma=loose)
            if hit is not None and tok.exact and loose and step == 1 and _hyphened(toks, hit - 1):
                return None  # "down-ballot": no particle "down_" (an exact word)
            return hit
        if tok.kind == "synset":
            for member in self._sorted.get(tok.value, ()):
                if len(member) == 1 and member[0].startswith("&") and depth < 4:
                    inner = PatternToken("synset", member[0][1:].rstrip("_"))
                    hit = self.element(toks, i, inner, step, loose=loose, depth=depth + 1)
                else:
                    hit = self.phrase_at(toks, i, member, step, stem=True, lemma=loose)
                if hit is not None:
                    return hit
        return None


@dataclass(frozen=True)
class Coding:
    """A matched verb: which dictionary entry, pattern and code, and the slots it filled."""

    block: VerbBlock
    verb: Verb
    pattern: VerbPattern | None
    code: str | None
    paired: str | None
    sources: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    compound: bool = False


@dataclass(frozen=True)
class Action:
    """A coded action: the verb token, its code and its actors."""

    token: int  # token index of the verb / event noun
    code: str
    sources: tuple[Actor | None, ...]
    targets: tuple[Actor | None, ...]
    rule: str  # the pattern or dictionary entry that gave the code
    specific: bool  # a pattern (not just the verb's default) matched
    paired: bool = False  # the reverse event of a paired code
    builtin: bool = False  # coded from geowire's own dictionary
    stance: str | None = None  # "intent" / "threat" / "refusal": governed by such a verb
    backer: bool = False  # an armed backer of the doer (SentenceCoder._co_combatants)
    mutual: bool = False  # the target does the same act back to the doer: a two-sided fight


class SentenceCoder:
    """Codes one sentence of a parsed document against a verb dictionary."""

    def __init__(
        self,
        verbs: VerbDictionary,
        *,
        symmetric: frozenset[tuple[str, str]] = frozenset(),
        nominals: Mapping[str, Any] | None = None,
        require_dyad: bool = True,
        new_actor_length: int = 0,
        builtin_origin: str | None = None,
        intent_heads: frozenset[str] = frozenset(),
        threat_heads: frozenset[str] = frozenset(),
        refusal_heads: frozenset[str] = frozenset(),
        light: frozenset[str] = frozenset(),
        posture_heads: frozenset[str] = frozenset(),
        demonyms: Mapping[str, str] | None = None,
        words: EventWords | None = None,
        reciprocal: Container[str] = frozenset(),
    ) -> None:
        #: the word lists (English's when not given)
        self.words = words or language().view(EventWords)
        #: verbs of saying whose complement clause is no one's object
        self.reporting = self.words.reporting_verbs | self.words.reply_verbs
        self.posture_heads = posture_heads
        #: demonym -> country, for "the Israeli attack on ...": the demonym is the source
        self.demonyms = demonyms or {}
        self.refusal_heads = refusal_heads
        self.light = light
        self._views: dict[int, tuple[Any, TokenView]] = {}
        #: (verb, window, coded) -> its nested-clause tokens, for the document of _views
        self._nested_of: dict[tuple[int, int, int, bool], frozenset[int]] = {}
        #: sentence -> its words, for the document of _views (see _may_match)
        self._sent_words: dict[tuple[int, int], tuple[set[str], set[str], set[str]]] = {}
        #: id(pattern) -> (pattern, the words it needs, each a choice of (word, by stem,
        #: by lemma) held as the sets of _choice_sets)
        self._needs: dict[int, tuple[VerbPattern, tuple[_ChoiceSets, ...]]] = {}
        #: (verb, undergoer, sentence coded) -> the words near it, of the last verb asked
        self._near: tuple[Any, tuple[set[str], set[str], set[str]]] | None = None
        self._bounds: tuple[int, int] | None = None  # the sentence being coded
        self.builtin_origin = builtin_origin
        self.intent_heads = intent_heads
        self.threat_heads = threat_heads
        self.verbs = verbs
        self.matcher = WordMatcher(verbs.synsets, whole=frozenset(verbs.index))
        self.symmetric_lemmas = {lemma for lemma, _ in symmetric}
        #: codes of acts two parties do together (``data/cameo/reciprocal.tsv``): with
        #: coordinated subjects and no target, each does it with the other
        self.reciprocal = reciprocal
        self.symmetric = frozenset((lemma, " ".join(text.split())) for lemma, text in symmetric)
        #: verbs of a two-way act that take the act to do ("agree to", "meet to")
        self.joint_heads = {lemma for lemma, text in symmetric if text.split()[-1:] == ["to"]}
        self.nominals = nominals or {}
        self.require_dyad = require_dyad
        self.new_actor_length = new_actor_length

    def columns(self, doc: Any) -> DocColumns:
        """Per-token strings of the parsed document ``doc`` (read once per document), to
        pass over the words a rule cannot start at without building a spaCy Token each."""
        return self._view(doc).columns

    # ------------------------------------------------------------------ verbs
    def _view(self, doc: Any) -> TokenView:
        cached = self._views.get(id(doc))
        if cached is None or cached[0] is not doc:
            self._views.clear()  # one document at a time
            self._nested_of.clear()
            self._sent_words.clear()
            self._near = None
            cached = (doc, TokenView(doc))
            self._views[id(doc)] = cached
        return cached[1]

    def candidates(self, tok: Any) -> list[tuple[VerbBlock, Verb]]:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
            if not (tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("ROOT", "conj")):
                return []
            if tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in tok.children):
                return []  # "its partners", "her previous support": a noun, no verb
            if tok.is_sent_start and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
                return []  # "Lynch: no outside influence": a headline's speaker, no verb
            if tok.ent_type_ in _COUNT_ENTITIES:
                return []  # "rallies in March": a month, no march
        if tok.dep_ in ("aux", "auxpass"):
            return []
        hits = self.verbs.lookup(tok.text, tok.lemma_)
        out = []
        doc = tok.doc
        for block, verb in hits:
            if len(verb.words) == 1:
                out.append((block, verb))
                continue
            start = tok.i - verb.head
            words = verb.words
            if start < 0 or start + len(words) > len(doc):
                continue
            ok = all(
                k == verb.head or self.matcher.word(doc[start + k], w, True)
                for k, w in enumerate(words)
            )
            if ok:
                out.append((block, verb))
        out.sort(key=lambda bv: -len(bv[1].words))
        return out

    def window(self, tok: Any) -> tuple[int, int]:
        """Tokens a pattern may use: the verb's clause, with the subject of its chain."""
        top = tok
        while top.dep_ in ("xcomp", "conj", "prep", "pcomp", "ccomp") and top.head.i != top.i:
            if any(c.dep_ in _SUBJ + _PASS_SUBJ for c in top.children) and top.i != tok.i:
                break
            top = top.head
        left = min(top.left_edge.i, tok.left_edge.i)
        right = tok.right_edge.i
        bounds = self._bounds
        if bounds is None or not bounds[0] <= tok.i < bounds[1]:
            sent = tok.sent
            bounds = (sent.start, sent.end)
        return max(left, bounds[0]), min(right, bounds[1] - 1)

    def match_pattern(
        self,
        tok: Any,
        verb: Verb,
        pattern: VerbPattern,
        actors: TokenActors,
        *,
        undergoer: tuple[int, int] | None = None,
    ) -> tuple[list[Actor], list[Actor], bool] | None:
        """The slots of ``pattern`` matched at ``tok``, or None. With ``undergoer`` (the
        first and last token of a passive verb's subject) the words the pattern wants
        after the verb are read there instead ("aid to X was suspended")."""
        doc = tok.doc
        view = self._view(doc)
        if not view.texts[tok.i]:
            view.fill(tok.sent)
        if not self._may_match(tok, pattern, view, undergoer):
            return None
        left, right = self.window(tok)
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.i == tok.i - 1
            and actors.at(tok.head.i) is None
        ):
            # "a report released by X", "sanctions imposed on Y": the thing the participle
            # follows is its object, read by the rows that name it before the verb
            left = min(left, tok.head.i)
        loose = self.builtin_origin is not None and pattern.origin == self.builtin_origin
        v_start = tok.i - verb.head
        if (
            loose
            and tok.tag_ == "VBG"
            and pattern.before
            and pattern.before[-1].joined
            and pattern.before[-1].kind == "word"
            and v_start > 0
            and doc[v_start - 1].dep_ == "aux"
            and doc[v_start - 1].lemma_ == "be"
        ):
            # geowire's rows with a form of "be" joined before the verb are passives ("was
            # met with protests", "aid was suspended"); "is meeting with", a progressive,
            # is the active verb
            return None
        v_end = v_start + len(verb.words) - 1
        start = v_end + 1
        if undergoer is not None:
            start, right = undergoer
        slots: dict[str, list[Actor]] = {"source": [], "target": [], "compound": []}
        # geowire's own patterns read the verb's clause, not an adverbial clause of its own
        # subject under it ("dispatched coffins as forces moved in": no forces dispatched;
        # but "called for X to resign": a "for ... to" clause is the verb's complement),
        # nor a "when"/"where" clause ("worked with the underground in 1968 when Russian
        # troops swept in"); a pattern with an event code does not read, below the verb, an
        # embedded question ("asked whether troops would go to Syria": nothing asked 'to')
        # nor a relative clause its relative pronoun is the subject of ("spoke to a
        # constituency that delivered Republicans the White House")
        nested = self._nested(tok, left, right, pattern.code is not None) if loose else _NONE
        # a release of persons ("release * =+", "hand * over_ =+") is done to persons or a
        # group: the party its verb itself acts on is no state or place ("handed over Hong
        # Kong to China" is territory), and none let off a duty ("released Ukraine from
        # its obligations")
        persons_only = (pattern.code or "").startswith(_PERSONS_RELEASED)
        off_duty = persons_only and _freed_from_duty(tok, self.words)

        def run(elems: tuple[PatternToken, ...], k: int, pos: int, step: int, adj: bool) -> bool:
            if k == len(elems):
                return True
            el = elems[k]
            if el.kind == "skip":
                # "^" skips the next actor phrase ("in ^ +": "in Osgiliath with Gondor")
                q, hops = pos, 0
                while (q <= right if step == 1 else q >= left) and actors.at(q) is None:
                    q += step
                    hops += 1
                if hops > 3:  # no actor phrase right here: nothing to skip
                    after_skip = pos
                elif step == 1 and q <= right:
                    after_skip = actors.mention_end.get(q, q) + 1
                elif step == -1 and q >= left:
                    after_skip = actors.mention_start.get(q, q) - 1
                else:
                    after_skip = pos
                if run(elems, k + 1, after_skip, step, False):
                    return True
                # geowire's own rows: the phrase skipped is optional, and the words the
                # pattern wants may stand before the next actor rather than after it
                # ("warned of retaliation against Israel", "accused X of corruption in Y")
                return loose and after_skip != pos and run(elems, k + 1, pos, step, False)
            must = adj
            limit = right if step == 1 else left
            # the word the previous element ended on (a preposition: "into_ =+")
            prep_i = pos - step if k > 0 and elems[k - 1].kind == "word" else None
            positions = [pos] if must else range(pos, limit + step, step)
            for p in positions:
                if (step == 1 and p > right) or (step == -1 and p < left):
                    break
                if p in nested:
                    continue
                if el.kind in ("source", "target", "compound"):
                    actor = actors.at(p)
                    if actor is None:
                        if (
                            el.head
                            and (
                                # a place name, which a "=+" slot reads when no actor
                                # names it yet
                                doc[p].ent_type_ in PLACE_LABELS
                                # a name the parser gives no type ("into Aleppo")
                                or (doc[p].pos_ == "PROPN" and not doc[p].ent_type_)
                            )
                            # the verb's own object ("release * =+") is persons, no place
                            and not (
                                persons_only
                                and (prep_i is None or doc[prep_i].dep_ == "prt")
                                and doc[p].ent_type_ in PLACE_LABELS
                            )
                            and _heads_object(doc[p], tok, prep_i, direct=prep_i is None)
                            and run(elems, k + 1, p + step, step, False)
                        ):
                            # "=+": a place no actor names yet ("pushed into Aleppo") is
                            # the place the verb acts on all the same
                            return True
                        continue
                    owned = _owned_actor(doc[p], actors)
                    if owned is not None:
                        # "spoke with his Russian counterpart": the phrase the pronoun
                        # owns is the party, not the owner the pronoun stands for
                        actor, p = owned, doc[p].head.i
                    if (
                        loose
                        and _pronoun_owner(doc[p], words=self.words)
                        and actors.at(doc[p].head.i) is None
                    ):
                        break  # "criticism from his own party": not his, nor anyone after
                    edge = (
                        actors.mention_end.get(p, p)
                        if step == 1
                        else actors.mention_start.get(p, p)
                    )
                    nxt = edge + step
                    # "%" after the verb is a compound target ("agrees with X and Y"),
                    # before it the compound subject
                    kind = "target" if el.kind == "compound" and step == 1 else el.kind
                    group = [actor]
                    if el.kind == "compound":
                        group = self.phrase_actors(doc[p], actors, deep=False) or group
                    elif doc[p].dep_ in ("amod", "compound", "nmod") and doc[p].conjuncts:
                        # "talked with Chinese, Japanese and Korean officials": coordinated
                        # modifiers name one party each, as coordinated names do
                        group = (
                            list(
                                dict.fromkeys(
                                    y
                                    for c in (doc[p], *doc[p].conjuncts)
                                    for y in actors.all_at(c.i)
                                )
                            )
                            or group
                        )
                    elif step == 1:
                        # "drew criticism from Berlin, Paris and other capitals", "faced
                        # criticism from Russia, China and Iran": each coordinated name the
                        # slot reads is a party of the same role, not the next slot's
                        group = _with_conjuncts(doc, p, edge, actor, actors)
                    if el.head and not any(
                        # "release * =+": with no preposition before it, the party heads
                        # the verb's direct object ("released three Americans"), not the
                        # object of any preposition ("returned to the U.S.")
                        _heads_object(doc[q], tok, prep_i, direct=prep_i is None)
                        or (undergoer is not None and _undergoer_head(doc[q], tok))
                        for q in range(min(p, edge), max(p, edge) + 1)
                    ):
                        continue  # "=+": the party must head what the verb acts on
                    if (
                        persons_only
                        and el.head
                        and (prep_i is None or doc[prep_i].dep_ == "prt")
                        and (actor.kind in ("state", "place") or off_duty)
                    ):
                        continue  # a release of persons: no state, place or duty let off
                    saved = len(slots[kind])
                    slots[kind].extend(group)
                    if run(elems, k + 1, nxt, step, k + 1 < len(elems) and elems[k + 1].joined):
                        return True
                    del slots[kind][saved:]
                    continue
                matched_end = self.matcher.element(view, p, el, step, loose=loose)
                if matched_end is None:
                    continue
                if el.head and not _heads_object(
                    doc[matched_end - step], tok, prep_i, direct=prep_i is None and step == 1
                ):
                    # "=&AIRBORNE": the phrase's last word heads the verb's object
                    # ("downed 50 Ukrainian drones"), not a word inside a phrase hung on it
                    # ("launched a campaign for drones", "tested a missile defense radar");
                    # with no preposition before it, the direct object, as a "=+" slot's
                    # party must be: "seized a shipment at the airport" takes no airport,
                    # "officers were killed by protesters" has no protesters killed
                    continue
                if loose and el.kind == "word" and _contrast(doc[p], words=self.words):
                    # "topics she wants to talk about, as opposed to defending X": the
                    # participle of a contrast is no word of a stance row ("be * opposed_to")
                    continue
                if (
                    loose
                    and (pattern.code is not None or _force(verb.code))
                    and el.kind == "word"
                    and _time_preposition(doc[p])
                ):
                    # "was fired on June 20", "suspected in 2005": a preposition whose
                    # object is a date or time dates the act; it introduces no party
                    # or object of an event's pattern ("fire on" is shooting only at
                    # someone). A no-event row still reads it ("trained for 18 months"),
                    # but not one of a verb of force: "fighting the government for
                    # years" is fighting that lasted, no "fighting for" a cause
                    continue
                if run(elems, k + 1, matched_end, step, k + 1 < len(elems) and elems[k + 1].joined):
                    return True
            return False

        after = pattern.after
        if not run(after, 0, start, 1, bool(after) and after[0].joined):
            return None
        # before-tokens are matched leftwards from the verb; their "joined" flag means
        # "touches the neighbour nearer the verb", as for after-tokens.
        before = tuple(reversed(pattern.before))
        if before and not run(before, 0, v_start - 1, -1, before[0].joined):
            return None
        compound = bool(slots["compound"])
        return slots["source"], slots["target"], compound

    def _may_match(
        self, tok: Any, pattern: VerbPattern, view: TokenView, undergoer: tuple[int, int] | None
    ) -> bool:
        """False when a word ``pattern`` needs is matched by no word of ``tok``'s sentence
        and passive subject (so match_pattern would find none): every position a pattern
        element is tried at lies in the window or the undergoer, the word next to the verb
        of each of the pattern's phrases (of a word or of one of a synset's members) among
        them. A hyphened phrase, also tried split, is not checked."""
        needs = self._pattern_needs(pattern)
        if not needs:
            return True
        key = (tok.i, undergoer, self._bounds)
        if self._near is not None and self._near[0] == key:
            near = self._near[1]
        else:
            near = self._words_near(tok, view, undergoer)
            self._near = (key, near)
        return _needs_met(needs, near)

    def _pattern_needs(self, pattern: VerbPattern) -> tuple[_ChoiceSets, ...]:
        """The words ``pattern`` needs, one of each choice (see _may_match), kept per row."""
        got = self._needs.get(id(pattern))
        if got is None:
            loose = self.builtin_origin is not None and pattern.origin == self.builtin_origin
            needs = []
            for elems, at in ((pattern.after, 0), (pattern.before, -1)):
                for el in elems:
                    choice = self._choice(el, at, loose)
                    if choice is not None:
                        needs.append(_choice_sets(choice))
            got = self._needs[id(pattern)] = (pattern, tuple(needs))
        return got[1]

    def _choice(self, el: PatternToken, at: int, loose: bool, depth: int = 0) -> _Choice | None:
        """The words one of which ``el`` needs at its end ``at`` (0: the first word, -1:
        the last) as WordMatcher.element matches them, or None when that is not known
        (an actor slot, a skip, a hyphened phrase)."""
        if el.kind == "word":
            words = _words(el.value)
            if not words or _hyphen_parts(words) is not None:
                return None
            return ((words[at], loose and not el.exact, loose),)
        if el.kind != "synset":
            return None
        out: list[tuple[str, bool, bool]] = []
        for member in self.matcher._sorted.get(el.value, ()):
            if len(member) == 1 and member[0].startswith("&") and depth < 4:
                inner = PatternToken("synset", member[0][1:].rstrip("_"))
                got = self._choice(inner, at, loose, depth + 1)
                if got is None:
                    return None
                out.extend(got)
            elif not member or _hyphen_parts(member) is not None:
                return None
            else:
                out.append((member[at], True, loose))
        return tuple(out)

    def _words_near(
        self, tok: Any, view: TokenView, undergoer: tuple[int, int] | None
    ) -> tuple[set[str], set[str], set[str]]:
        """The upper-case texts, lemmas and stems of the words a pattern at ``tok`` may be
        matched on: its sentence, the word before it, the passive's subject."""
        bounds = self._bounds
        if bounds is None or not bounds[0] <= tok.i < bounds[1]:
            sent = tok.sent
            bounds = (sent.start, sent.end)
        # the word a participle follows may be read too (match_pattern's "released by X")
        bounds = (min(bounds[0], max(tok.i - 1, 0)), bounds[1])
        if undergoer is not None:
            bounds = (min(bounds[0], undergoer[0]), max(bounds[1], undergoer[1] + 1))
        have = self._sent_words.get(bounds)
        if have is None:
            columns = view.columns
            texts = set(columns.upper[bounds[0] : bounds[1]])
            stems = set().union(*map(_stems, texts))
            lemmas = set(columns.upper_lemma[bounds[0] : bounds[1]])
            have = self._sent_words[bounds] = (texts, lemmas, stems)
        return have

    def _nested(self, tok: Any, left: int, right: int, coded: bool) -> frozenset[int]:
        """The tokens of the window that belong to a nested clause (see match_pattern),
        computed once per verb and window for all of the verb's patterns."""
        key = (tok.i, left, right, coded)
        got = self._nested_of.get(key)
        if got is None:
            nested: set[int] = set()
            for t in tok.doc[left : right + 1]:
                if coded and _comma_participle(t, tok):
                    # "called for X to quit, calling him a disgrace": the participle's
                    # words are its own act's, not the governor's
                    nested.update(x.i for x in t.subtree)
                    continue
                if coded and _adverbial_gerund(t, tok, words=self.words):
                    # "filed material in arguing its side of the case": what the gerund
                    # does is its own act, no object of the governor's pattern
                    nested.update(x.i for x in t.subtree)
                    continue
                if coded and t.head.i == tok.i and _help_phrase(t, words=self.words):
                    # "shares intelligence with the help of American satellites": whose
                    # help the act is done with is no party a "with" slot reads
                    nested.update(x.i for x in t.subtree)
                    continue
                if t.i == tok.i or not own_subject(t):
                    continue
                if _joined_clause(t, tok):
                    # "met Xi in Beijing, and the two leaders pledged to ...": a clause of
                    # its own joined after the verb tells another act; its words are no
                    # object of the verb's row ("meet * pledge" is no event)
                    nested.update(x.i for x in t.subtree)
                    continue
                # an adverbial clause, or a "when"/"where" clause that tells when or where
                adverbial = (t.dep_ == "advcl" and not _for_clause(t)) or (
                    _adverbial_relative(t) and not t.is_ancestor(tok)
                )
                # a relative clause whose subject is its relative pronoun tells what its
                # noun did ("a constituency that delivered Republicans the White House"):
                # its parties are another act's, as in _parties_subtree
                told = (
                    coded
                    and _pronoun_subject_relative(t)
                    and not t.is_ancestor(tok)
                    and not self._leader_description(t)  # "the man who leads X": X
                )
                if told:
                    # but not what the parser hung on the clause's verb from the governor's
                    # own complement, when the clause is on the governor's object ("asked
                    # lawmakers who oppose the bill to reconsider")
                    kept = (
                        {x.i for c in _trailing_complements(t) for x in c.subtree}
                        if t.head.dep_ == "dobj" and t.head.head.i == tok.i
                        else set()
                    )
                    nested.update(x.i for x in t.subtree if x.i not in kept)
                    continue
                if adverbial or (
                    # "talks about how she pushed X to arm Y": a clause of its own under
                    # the verb's preposition; not a free relative, a party ("work with
                    # whoever is elected")
                    coded
                    and t.dep_ == "pcomp"
                    and t.head.head.i == tok.i
                    and not any(c.dep_ in _ANY_SUBJ and c.tag_ == "WP" for c in t.children)
                ) or (
                    coded
                    and t.dep_ in ("ccomp", "relcl", "acl")
                    and not t.is_ancestor(tok)
                    and _asks(t, words=self.words)
                ):
                    nested.update(x.i for x in t.subtree)
            got = self._nested_of[key] = frozenset(nested)
        return got

    def code_verb(self, tok: Any, actors: TokenActors) -> Coding | None:
        found = self.candidates(tok)
        if not found:
            return None
        undergoer = _undergoer(tok)
        view = self._view(tok.doc)
        # the words near the verb, active and passive: a row needing a word none of them
        # has is passed over before match_pattern (as its _may_match would)
        near = [self._words_near(tok, view, None)]
        if undergoer is not None:
            near.append(self._words_near(tok, view, undergoer))
        for block, verb in found:
            best: tuple[int, int, VerbPattern, tuple[list[Actor], list[Actor], bool]] | None = None
            for passive in (False, True):
                if best is not None or (passive and undergoer is None):
                    break
                words = near[passive]
                for order, pattern in enumerate(block.patterns):
                    if pattern.code in _COMPLEX_CODES:
                        continue  # TABARI's "complex event" marker: not coded by geowire
                    if passive and not self._object_words(pattern):
                        continue
                    if not _needs_met(self._pattern_needs(pattern), words):
                        continue
                    got = self.match_pattern(
                        tok, verb, pattern, actors, undergoer=undergoer if passive else None
                    )
                    if got is None:
                        continue
                    key = (pattern.size, -order)
                    if best is None or key > best[:2]:
                        best = (pattern.size, -order, pattern, got)
            if best is None and undergoer is not None:
                # "Iran was hit with sanctions", "X was held responsible": a row that names
                # its target right after the verb reads, in the passive, the rest of its
                # words there; the subject undergoes it and the "by" agent does it
                for order, pattern in enumerate(block.patterns):
                    shed = self._patient_first(pattern)
                    if shed is None:
                        continue
                    got = self.match_pattern(tok, verb, shed, actors)
                    if got is not None and (best is None or (shed.size, -order) > best[:2]):
                        best = (shed.size, -order, pattern, got)
            if best is not None:
                pattern, (srcs, tgts, comp) = best[2], best[3]
                return Coding(
                    block,
                    verb,
                    pattern,
                    pattern.code,
                    pattern.paired,
                    tuple(srcs),
                    tuple(tgts),
                    comp,
                )
            code = verb.code if verb.has_code or verb.code else block.code
            paired = verb.paired if verb.has_code else block.paired
            if code in _COMPLEX_CODES:
                code, paired = None, None
            if code is None and block.origin == self.builtin_origin:
                hosted = self._received_party(tok, actors)
                if hosted is not None:
                    code, paired = hosted, None
            return Coding(block, verb, None, code, paired)
        return None

    def _received_party(self, tok: Any, actors: TokenActors) -> str | None:
        """The hosting code (``guest_codes``) of a verb of receiving (``guest_verbs``) whose
        own row codes no event, when its object's head is itself a person an actor names,
        owned by no one ("received Zelenskyy", "received the Chinese president"): a
        visitor received. A thing received stays no event, even a party's ("received
        Zelenskyy's letter", "the congressman's photos", "received Iranian aid", "a call
        from Putin": the head is no mention of a person, or a possessive owns it), and so
        does a group ("received all the delegates": a tally as often as a visit)."""
        if tok.lemma_.lower() not in self.words.guest_verbs or not self.words.guest_codes:
            return None
        for obj in tok.children:
            # a possessive on it, or its own "'s" (the owner misread as the object: "received
            # the congressman's photos" with two objects)
            if obj.dep_ != "dobj" or any(c.dep_ in ("poss", "case") for c in obj.children):
                continue
            if any(a.kind == "person" for a in actors.all_at(obj.i)):
                return min(self.words.guest_codes)
        return None

    def _patient_first(self, pattern: VerbPattern) -> VerbPattern | None:
        """A row of geowire's own of disapproval, rejection, threat, reducing relations or
        coercion (CAMEO 11, 12, 13, 16, 17) whose target comes first after the verb, then
        words ("hit * + with_ &SANCTIONS", "hold * + responsible"): the same row without
        that target, to read a passive verb by ("Iran was hit with sanctions"); else None."""
        after = pattern.after
        if (
            pattern.origin != self.builtin_origin
            or pattern.before
            or len(after) < 2
            or after[0].kind != "target"
            or after[1].kind not in ("word", "synset")
            or (pattern.code or "")[:2] not in ("11", "12", "13", "16", "17")
        ):
            return None
        return dataclasses.replace(pattern, after=after[1:])

    def _object_words(self, pattern: VerbPattern) -> bool:
        """A pattern of geowire's own that restricts only the verb's object by its words
        ("suspend * &AIDWORD"): in the passive those words are the verb's subject. Only
        rows of no event ("a report was released"), of force posture ("troops were sent to
        X"), and of reducing relations or coercion ("aid was suspended", "a curfew was
        imposed"), of rejection ("the proposal was rejected") and an official complaint
        ("the ambassador was summoned", 114), and of yielding ("the curfew was lifted",
        "sanctions against X were eased", 08), whose passive is the usual news form;
        elsewhere the passive rows name their subject themselves (an unlabelled-news A/B
        found other rows' passives mostly filings and offers of business). A yielding row
        whose only object is a party heading it ("release * =+": persons released, 0841)
        reads, in the passive, that party as the verb's subject ("three Thai workers were
        released")."""
        if (
            pattern.origin == self.builtin_origin
            and not pattern.before
            and (pattern.code or "")[:2] == "08"
            and len(pattern.after) == 1
            and pattern.after[0].kind == "target"
            and pattern.after[0].head
        ):
            return True
        return (
            pattern.origin == self.builtin_origin
            and not pattern.before
            and bool(pattern.after)
            and all(t.kind in ("word", "synset") for t in pattern.after)
            and (
                pattern.code is None
                or pattern.code[:2] in ("08", "12", "15", "16", "17")
                or pattern.code == "114"
            )
        )

    # ----------------------------------------------------------------- actors
    def phrase_actors(
        self,
        head: Any,
        actors: TokenActors,
        *,
        deep: bool = True,
        owners: bool = True,
        patient: bool = False,
    ) -> list[Actor]:
        """Actors of the noun phrase headed by ``head`` and of its conjuncts
        ("Gondor and Osgiliath", "U.S. and Iranian officials"). With ``owners`` false (a
        phrase that acts), the owner of a possessive pronoun on a noun that names no actor
        is no actor of the phrase ("his supporters", "criticism from his own party"); one
        acted upon keeps it ("condemned his remarks"). With ``patient`` (the phrase a verb
        acts on), the armed force that modifies a noun of force names that act's doer, not
        whom it strikes ("launched a military attack on X": X)."""
        out: list[Actor] = []
        members = [
            head,
            *(h for h in head.conjuncts if h.i > head.i and stolen_subject(h) is None),
        ]
        if len(members) == 1:
            # "Board members Chile, Kenya and Norway": a list in apposition to a
            # plural names the members, and "Chile, Kenya and Norway" with the
            # middle name read as an apposition is a list of names (not "an activist and
            # president of X", one person)
            listed = [
                c
                for c in head.children
                if c.dep_ == "appos"
                and c.conjuncts
                and (head.tag_ in ("NNS", "NNPS") or head.pos_ == c.pos_ == "PROPN")
            ]
            if listed:
                names = [listed[0], *(h for h in listed[0].conjuncts if h.i > listed[0].i)]
                # "The two leaders, Putin and Xi, condemned ...": the plural noun the list
                # is apposed to tells who the named parties are, it is no party beside
                # them (one act of each, not one more of the group); a name first read
                # as the head keeps its place ("Chile, Kenya and Norway"), and so does a
                # plural noun first in a longer list the parser read as appositions in
                # a row ("the media, Murdoch, Fox News and other candidates")
                plural = head.tag_ in ("NNS", "NNPS") and not any(
                    c.dep_ == "appos" for c in listed[0].children
                )
                described = plural and any(_coded_at(n, head, actors) for n in names)
                members = names if described else [head, *names]
        told: set[int] = set()  # a plural noun that tells who the listed names are
        counted = members[0].i == head.i and _counted_names(head, members[1:], actors)
        if len(members) > 1 and counted:
            # "The two leaders, Putin and Xi, met": the parser's list of the counted noun
            # and the names it counts is those names only
            told.add(head.i)
            members = members[1:]
        elif len(members) > 1:
            # "Evil Mordor, the awful Fornost, and good Gondor": in a list, an apposition
            # is one more member (the parser's reading of the middle item); a common noun
            # after the list's last member tells who they all are ("X and Y, two
            # speechwriters of Z's White House"), no party beside coded members (it
            # stands for uncoded ones: "X and Y, attorneys for Z"); a name there names
            # the last ("X and a partner, Sgt. Y")
            last = max(h.i for h in members)
            coded = any(a.code for h in members for a in actors.all_at(h.i))
            members += [
                c
                for c in head.children
                if c.dep_ == "appos"
                and (c.i < last or c.pos_ == "PROPN" or not coded or not comma_before(c))
            ]
            stray = _stranded_first(head)
            if stray is not None:
                members.insert(0, stray)
        for h in members:
            found = self.np_actor(h, actors, deep=deep, owners=owners, patient=patient)
            if found is None:
                continue
            _a, at = found
            here = actors.all_at(at.i)
            if _a not in here:
                here = [_a]  # a group named by its tie to a person (np_actor)
            # "Indian and Pakistani troops": coordinated modifiers name one actor each; a
            # list's first item the parser left unjoined, set off by its comma, is one of
            # them ("Ukrainian, Polish and Lithuanian journalists")
            cands = [
                m for m in at.children if m.dep_ in ("amod", "compound", "nmod") and m.i < at.i
            ]
            mods = [m for m in cands if m.conjuncts]
            if mods or at.dep_ == "conj":
                # (on the list's noun: the actor may be read on its last item)
                mods += [
                    m
                    for m in (h if h.i > at.i else at).children
                    if m.dep_ in ("amod", "compound", "nmod")
                    and not m.conjuncts
                    and m.i < at.i
                    and m.nbor(1).text == ","
                    and m.nbor(1).head.i == m.i
                ]
            for x in (
                *here,
                *(
                    y
                    for c in at.conjuncts
                    if c.i not in told and stolen_subject(c) is None
                    for y in actors.all_at(c.i)
                ),
                *(
                    y
                    for m in mods
                    for c in (m, *m.conjuncts)
                    for y in actors.all_at(c.i)
                    if not _named_role(c, at, y, here)
                ),
            ):
                if x not in out:
                    out.append(x)
        return out

    def _force_doer(self, noun: Any, c: Any, actors: TokenActors) -> bool:
        """Whether ``c``, a modifier right before the event noun ``noun`` of force, names
        armed forces, the doer of that force ("a military attack", "an army offensive")."""
        if c.dep_ not in ("amod", "compound") or c.i != noun.i - 1 or noun.pos_ != "NOUN":
            return False
        a = actors.at(c.i)
        if a is None or not _forces(a):
            return False
        return any(_force(r.code) for r in self.nominal_rules(noun) or ())

    def _patient_phrase(self, noun: Any, c: Any) -> bool:
        """Whether ``c`` is the phrase naming whom or what the force the event noun
        ``noun`` names is done to ("the bombardment of X", "the attack on X"): in a subject
        that acts, no doer of the verb ("the bombardment of Kharkiv killed five": not
        Kharkiv's killing); not of other acts ("the deployment of NATO troops": the
        troops)."""
        if not (
            c.dep_ == "prep"
            and (c.lower_ == "of" or c.lower_ in self.words.strike_prepositions)
            and noun.pos_ == "NOUN"
        ):
            return False
        rules = self.nominal_rules(noun) or ()
        return any(_force(r.code) for r in rules)

    def _place_phrase(self, noun: Any, c: Any) -> bool:
        """Whether ``c`` is the phrase telling where the act the event noun ``noun`` names,
        or a bomb or its blast (``explosion_words``), happened ("a car bomb attack outside
        the embassy", "a protest near the ministry", "the explosions at U.S. embassies":
        ``act_place_prepositions``), which names no doer of it in a subject that acts."""
        return bool(
            c.dep_ == "prep"
            and c.lower_ in self.words.act_place_prepositions
            and noun.pos_ == "NOUN"
            and (self.nominal_rules(noun) or noun.lemma_.lower() in self.words.explosion_words)
        )

    def stray_agent(self, noun: Any, actors: TokenActors) -> Any | None:
        """The "by" phrase of the act an event noun names that the parser hung elsewhere:
        on the place or party it struck ("the attack on the base by Taliban fighters"), or
        on a noun that counts or gathers such acts ("a wave of kidnappings by criminal
        gangs", "a series of raids by the army"); only when that noun is no event of its
        own ("condemnation of the attack by Hamas": Hamas's attack) and the "by" phrase
        names a party. None when there is none."""

        def by_party(x: Any) -> Any | None:
            for b in x.children:
                if b.dep_ == "prep" and b.lower_ == "by" and b.i > noun.i:
                    if any(
                        g.dep_ == "pobj" and self.phrase_actors(g, actors, deep=False)
                        for g in b.children
                    ):
                        return b
            return None

        for c in noun.children:
            if not self._patient_phrase(noun, c) or c.lower_ == "of":
                continue
            for g in c.children:
                if g.dep_ == "pobj" and not self.nominal_rules(g):
                    found = by_party(g)
                    if found is not None:
                        return found
        outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if (
            outer is not None
            and outer.pos_ == "NOUN"
            and outer.i < noun.i
            and not self.nominal_rules(outer)
            and actors.at(outer.i) is None
        ):
            return by_party(outer)
        return None

    def _protest_noun(self, tok: Any) -> bool:
        """Whether the event noun ``tok`` is one of a protest (``protest_act_nouns``), or
        another gathering a compound word before it makes one ("a protest rally", "a
        protest march")."""
        words = self.words.protest_act_nouns
        return tok.lemma_.lower() in words or any(
            c.dep_ == "compound" and c.i == tok.i - 1 and c.lemma_.lower() in words
            for c in tok.children
        )

    def np_actor(
        self, h: Any, actors: TokenActors, *, deep: bool, owners: bool = True, patient: bool = False
    ) -> tuple[Actor, Any] | None:
        """The actor of the phrase headed by ``h`` and the token it was found at (see
        :meth:`phrase_actors` for ``owners`` and ``patient``)."""
        a = actors.at(h.i)
        if a is not None and a.code:
            return a, h
        if a is None:
            noun = relative_antecedent(h)
            if noun is not None:
                # "the alt-right, which Clinton denounced": an object relative pronoun
                # names the noun its clause describes (a subject one is the actors
                # component's mention already)
                return self.np_actor(noun, actors, deep=False, owners=owners, patient=patient)
            led = self._led_party(h, actors)
            if led is not None:
                return led
        # an uncoded name ("EU" in "the European Union (EU)") yields to a coded actor
        # among its modifiers; breadth-first, not into clauses or conjuncts
        fallback: tuple[Actor, Any] | None = (a, h) if a is not None else None
        # "a pro-Rubio super PAC", "Le Pen's niece Marion", "a Sanders supporter": the
        # person the phrase's people are named by, and how they are tied to that person
        tie: tuple[Actor, str] | None = None
        frontier = [h]
        seen = {h.i}
        depth = 0
        while frontier and depth < (4 if deep else 1):
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.i in seen or c.dep_ in (*_CLAUSAL, "conj", "cc", "punct"):
                        continue
                    stance = _stance_prefix(c, words=self.words)
                    relation = stance or _tie_relation(c, words=self.words)
                    if relation is not None:
                        owner = actors.at(c.i)
                        if t is h and tie is None and owner is not None and owner.code:
                            tie = (owner, relation)
                        continue
                    if (
                        _related_party(c, words=self.words)
                        or (not owners and _pronoun_owner(c, words=self.words))
                        or _opposed_party(c, words=self.words)
                        or (not owners and t is h and self._patient_phrase(h, c))
                        or (not owners and t is h and self._place_phrase(h, c))
                        or (patient and t is h and self._force_doer(h, c, actors))
                    ):
                        continue
                    seen.add(c.i)
                    found = actors.at(c.i)
                    if found is not None and (found.code or fallback is None):
                        if found.code or a is None:
                            return found, c
                    if found is not None and fallback is None:
                        fallback = (found, c)
                    nxt.append(c)
            frontier = sorted(nxt, key=lambda t: abs(t.i - h.i))
            depth += 1
        if tie is not None and (fallback is None or not fallback[0].code):
            group = self._tied_group(h, *tie, actors)
            if group is not None:
                return group, h
        return fallback

    def _held_by_other(self, h: Any, actors: TokenActors, exclude: Sequence[Actor]) -> list[Actor]:
        """The holder of the thing or place ``h`` a verb acts on (:meth:`_holder`: "captured
        rebel-held districts", "shelled the government-controlled city of X"), whom the act
        is done to; none when ``h`` names a party itself, or the holder is the doers' own
        party or their bare state ("Israel closed the Israeli-controlled crossing")."""
        a = actors.at(h.i)
        if a is not None and a.kind != "place":
            return []
        held = self._holder(h, actors)
        if held is None:
            return []
        holder = held[0]
        # the doers' own code, or their bare state ("Israeli-controlled" for Israel's
        # troops); a side of the doers' country at war with them is another party
        # ("Syrian troops captured rebel-held districts")
        if holder in exclude or holder.code in {x.code for x in exclude}:
            return []
        if holder.code == holder.country and holder.country in {x.country for x in exclude}:
            return []
        return [holder]

    def _holder(self, h: Any, actors: TokenActors) -> tuple[Actor, Any] | None:
        """The coded party a hyphened participle of holding on ``h`` names ("rebel-held
        districts", "the government-controlled city": ``holder_participles``) and the token
        it is named at, or None."""
        for c in h.children:
            if not _holder_participle(c, words=self.words):
                continue
            for t in c.subtree:
                a = actors.at(t.i)
                if t.i != c.i and a is not None and a.code:
                    return a, t
            whole = actors.at(c.i)  # one token "rebel-held"
            if whole is not None and whole.code:
                return whole, c
        return None

    def _led_party(self, h: Any, actors: TokenActors) -> tuple[Actor, Any] | None:
        """The party a person is described by leading ("the man who leads Hezbollah", "a
        woman who heads the ministry"): a noun of people (``people_nouns`` or a person's
        speaker noun) with a relative clause whose subject is its pronoun and whose verb is
        one of ``leading_verbs``, with a named, coded party as that verb's object. CAMEO
        codes a leader as the party led; the party's own name must carry the code (not
        one found deeper: "the man who ran Trump's campaign" is no Trump)."""
        for c in h.children:
            if not self._leader_description(c):
                continue
            for g in c.children:
                led = actors.at(g.i) if g.dep_ == "dobj" else None
                if led is not None and led.code:
                    return led, g
        return None

    def _leader_description(self, clause: Any) -> bool:
        """Whether ``clause`` is a relative clause that tells whom a person leads ("the man
        who leads Hezbollah"): on a noun of people (``people_nouns`` or a person's speaker
        noun), with its relative pronoun as subject and one of ``leading_verbs``. It names
        the person's party (:meth:`_led_party`), no act of its own."""
        h = clause.head
        lemma = h.lemma_.lower()
        return bool(
            clause.dep_ == "relcl"
            and clause.lemma_.lower() in self.words.leading_verbs
            and h.pos_ == "NOUN"
            and (lemma in self.words.people_nouns or noun_kind(lemma) == "person")
            and any(g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in clause.children)
        )

    def _tied_group(
        self, h: Any, owner: Actor, relation: str, actors: TokenActors
    ) -> Actor | None:
        """The people or group the phrase headed by ``h`` names by their tie to the person
        ``owner`` (a possessor, a compound or a "pro-"/"anti-" modifier): not that person
        but a party of the owner's country, with the sector the tie fixes
        (:func:`~geowire.actors.resolve.relation_code`), when ``h`` names people or a group
        (a noun of ``relation_nouns``, ``adversary_nouns`` or a person's or group's speaker
        noun, or an uncoded organisation's name) and the tie is no kin's or friend's; None
        otherwise ("a pro-Trump rally", "Le Pen's niece Marion")."""
        lemma = h.lemma_.lower()
        here = actors.at(h.i)
        people = (
            lemma in self.words.relation_nouns
            or lemma in self.words.adversary_nouns
            or noun_kind(lemma) in ("person", "group")
            or (here is not None and not here.code and here.kind in ("organization", "person"))
        )
        if not people or relation == "tie":
            # kin and friends ("his Miami relatives", "Elian's father") live in other
            # countries than their kinsman too often: on unseen news their owner's country
            # was wrong for 6 of 20; only the kinsman is left out
            return None
        code = relation_code(relation, owner)
        if code is None:
            return None
        span = (h.idx, h.idx + len(h.text))
        return Actor("", h.text, code, code[:3], sectors_of(code), "group", (span,))

    def _agent_of(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The actors of a passive verb's "by" agent, also where the parser hung it on the
        verb's "as" or "with" phrase ("designated as a terrorist group by X", "hit with
        sanctions by X"); with none, the captor a custody phrase names for a passive
        freeing or holding verb (:meth:`_custodian`: "released from Hamas custody") and
        the doer of a force noun (``_force_noun_agent``)."""
        agent = agent_objects(tok) or self._hands_of(tok)
        if not agent:
            agent = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("as", "with")
                for n in c.children
                if n.dep_ == "pobj"
                for b in n.children
                if b.dep_ == "prep" and b.lower_ == "by"
                for g in b.children
                if g.dep_ == "pobj"
            ]
        if not agent and tok.tag_ == "VBN":
            # "armed and trained by Iran", "arrested and charged by police": joined
            # participles share the agent the last of them names
            agent = [
                g
                for j in tok.conjuncts
                if j.i > tok.i and _bare_participle(j)
                for c in j.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ][:1]
        if agent:
            return self.phrase_actors(agent[0], actors, owners=False)
        if tok.tag_ != "VBN":
            return []
        return (
            self._custodian(tok, actors)
            or self._force_noun_agent(tok, actors)
            or self._force_clause_agent(tok, actors)
        )

    def _hands_of(self, tok: Any) -> list[Any]:
        """The objects of the "of" phrase of a noun of agency (``agency_nouns``) after one
        of ``agency_prepositions`` on a passive verb, the doers of a passive as a "by"
        agent's are ("were killed at the hands of Boko Haram fighters", "tortured at the
        hands of the police"); only on a verb in the passive (not "suffered a defeat at the
        hands of X")."""
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return []
        w = self.words
        return [
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in w.agency_prepositions
            for n in c.children
            if n.dep_ == "pobj" and n.lower_ in w.agency_nouns
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ][:1]

    def _custodian(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The captor of persons a passive freeing verb (``freeing_verbs``) with no "by"
        agent frees: the party modifying the custody noun (``custody_nouns``) of its
        "from" phrase ("were released from Hamas custody", "freed from Russian
        captivity"), or the "by" agent of a participle of holding (``captor_verbs``) on
        the party freed ("the hostages held by Hamas were freed"). Whoever holds a captive
        is the one who lets it go (CAMEO 0841), where news names no releaser; a party
        only named beside the custody ("from custody in Gaza") is none. A passive verb of
        holding itself is done by the party of the custody of its "in" phrase ("are held
        in Israeli jails", "detained in Iranian custody")."""
        w = self.words
        if tok.lemma_.lower() in w.captor_verbs:
            # "are held in Israeli jails", "was detained in Iranian custody": the one
            # holding is the party of the custody the captive is held in
            return self._keepers(custody_keepers(tok, "in", w), actors)
        if tok.lemma_.lower() not in w.freeing_verbs:
            return []
        found = self._keepers(custody_keepers(tok, "from", w), actors)
        if found:
            return found
        freed = [c for c in tok.children if c.dep_ in _PASS_SUBJ]
        if tok.dep_ == "acl":
            freed.append(tok.head)
        for n in freed:
            for p in n.children:
                if p.dep_ != "acl" or p.tag_ != "VBN" or p.lemma_.lower() not in w.captor_verbs:
                    continue
                agent = agent_objects(p)
                if agent:
                    return self.phrase_actors(agent[0], actors, owners=False)
                # "soldiers held in Russian captivity were returned"
                found = self._keepers(custody_keepers(p, "in", w), actors)
                if found:
                    return found
        return []

    def _keepers(self, mods: list[Any], actors: TokenActors) -> list[Actor]:
        """The parties the modifiers of a custody noun name: actors at them ("Hamas
        custody"), else the states their demonyms name ("Russian captivity")."""
        found = list(dict.fromkeys(a for m in mods for a in actors.all_at(m.i)))
        return found or self.demonym_actors(mods)

    def _force_noun_agent(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The doer of a passive participle with no "by" agent that happened in a use of
        force its "in" phrase names, the doer that event noun's modifiers or its own "by"
        phrase name ("was killed in an Israeli air strike", "were wounded in a rebel attack
        on the town": Israel, the rebels), or the side its "with" phrase names when it is a
        noun of fighting with someone ("were killed in clashes with Russian forces"). When
        the noun names whom it was done to as well ("killed in an Israeli strike on Gaza"),
        it is an event of its own and the two are one act (``copies.py`` keeps the verb's,
        which names who was killed)."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in self.words.force_occasion_prepositions:
                continue
            for n in c.children:
                if n.dep_ != "pobj" or n.pos_ != "NOUN":
                    continue
                if not any(_force(r.code) for r in self.nominal_rules(n) or ()):
                    continue
                # "wounded in an attack by al-Shabab militants": the noun's own "by" phrase
                # names its doer, as the modifiers do
                agents = [
                    g
                    for b in n.children
                    if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                    for g in b.children
                    if g.dep_ == "pobj"
                ]
                if agents:
                    return self.phrase_actors(agents[0], actors, owners=False)
                # "were killed in clashes with Russian forces": the side a noun of fighting
                # was fought "with" (a "with" row of force: clashes, fighting, battle, war)
                # is the other side from those it killed
                if any(r.prep == "with" and _force(r.code) for r in self.nominal_rules(n) or ()):
                    foes = prep_objects(n, ("with",))
                    found_foes = self.phrase_actors(foes[0], actors, owners=False) if foes else []
                    if found_foes:
                        return found_foes
                mods = [m for m in n.children if m.dep_ in ("amod", "compound", "nmod", "poss")]
                found: list[Actor] = []
                for m in mods:
                    for a in self.phrase_actors(m, actors, deep=False):
                        if a not in found:
                            found.append(a)
                return found or self.demonym_actors(mods)
        return []

    def _force_clause_agent(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The doer of a passive casualty verb (``casualty_verbs``) or other use of force
        with no "by" agent whose clause of the same occasion (``doer_clause_marks``) tells
        an act of force with a subject of its own: that act's doer, its subject or its
        passive's "by" agent ("three soldiers were killed when militants attacked their
        base", "were wounded as their patrol was attacked by rebels", "after gunmen ambushed
        their convoy": the militants, the rebels, the gunmen). Not a doer of the same party
        as the ones killed ("two soldiers were killed when the army stormed the town":
        soldiers die in their own side's assault, at the other side's hands), nor a clause
        whose subject names no party ("when their vehicle hit a mine")."""
        if tok.lemma_.lower() not in self.words.casualty_verbs:
            # any other use of force undergone ("was shot dead when gunmen attacked")
            own = self.code_verb(tok, actors)
            if own is None or not _force(own.code):
                return []
        for c in tok.children:
            if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or c.i < tok.i:
                continue
            if not any(
                m.dep_ in ("advmod", "mark") and m.lower_ in self.words.doer_clause_marks
                for m in c.children
            ):
                continue
            if not any(s.dep_ in (*_SUBJ, *_PASS_SUBJ) for s in c.children):
                continue
            coding = self.code_verb(c, actors)
            if coding is None or not _force(coding.code):
                continue
            # (its own subject: the clause's doer is its own, never the governor's)
            found = self.subject_of(c, actors)[0]
            hurt = {
                a.code
                for s in tok.children
                if s.dep_ in _PASS_SUBJ
                for a in self._subject_phrase(s, actors, acts=False)
            }
            found = [a for a in found if a.code not in hurt]
            if found:
                return found
        return []

    def _force_occasion(self, tok: Any, prep: Any) -> bool:
        """Whether ``prep`` is the "in" phrase of a passive verb naming the use of force it
        was undergone in ("were killed in clashes with the army", "was wounded in fighting
        between X and Y"): the parties of that fighting are not the ones the verb was done
        to (the passive subject is), and the doer comes from the noun's own modifiers."""
        if prep.lower_ != "in" or prep.dep_ != "prep":
            return False
        # "were reported killed in clashes": the passive subject is the reporting verb's
        clause = tok.head if tok.tag_ == "VBN" and tok.dep_ in ("oprd", "xcomp") else tok
        if not any(c.dep_ in _PASS_SUBJ for c in clause.children):
            return False
        return any(
            n.dep_ == "pobj"
            and n.pos_ == "NOUN"
            and any(_force(r.code) for r in self.nominal_rules(n) or ())
            for n in prep.children
        )

    def _subject_phrase(self, subj: Any, actors: TokenActors, *, acts: bool = True) -> list[Actor]:
        """The actors of a subject; a relative pronoun's are its antecedent's, and those of
        the name an uncoded antecedent describes ("HTS is a group that ...", "HTS, a group
        that ..."). ``acts``: the subject does the act (not a passive one)."""
        found = self.phrase_actors(subj, actors, owners=not acts)
        if found and (listed := self._coordinated_antecedent(subj, found, actors)):
            return listed
        if not found and acts:
            # "armored vehicles carrying French and Malian soldiers entered the town": the
            # ones a vehicle carries (``carrying_verbs``) do what it does
            for c in subj.children:
                if c.dep_ == "acl" and c.lemma_.lower() in self.words.carrying_verbs:
                    for o in c.children:
                        if o.dep_ == "dobj":
                            found += self.phrase_actors(o, actors)
            if found:
                return found
        if found or subj.tag_ not in ("WDT", "WP") or subj.head.dep_ != "relcl":
            return found
        noun = subj.head.head
        found = self.phrase_actors(noun, actors, deep=False)
        if found:
            return found
        if noun.dep_ == "appos":
            return self.phrase_actors(noun.head, actors, deep=False)
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            for c in noun.head.children:
                if c.dep_ == "nsubj":
                    return self.phrase_actors(c, actors, deep=False)
        if (
            acts
            and noun.dep_ == "dobj"
            and noun.pos_ == "NOUN"
            and noun.head.lemma_.lower() in self.words.launch_verbs
            and not any(c.dep_ == "prt" for c in noun.head.children)
        ):
            # "troops fired a missile that killed three", "planted a bomb which wounded
            # ten": what a weapon sent does is done by whoever sent it (not after a
            # phrasal verb: "threw out a law that banned", "shot down a plane that")
            return self.subject_of(noun.head, actors)[0]
        if acts and sentential_which(subj):
            # "Rebels shelled Gao on Monday, which killed three soldiers": a day or a
            # place does nothing; "which" stands for the clause before, done by its subject
            return self.subject_of(clause_verb(noun.head), actors)[0]
        return []

    def _coordinated_antecedent(
        self, subj: Any, found: list[Actor], actors: TokenActors
    ) -> list[Actor]:
        """The parties of a coordinated antecedent a relative pronoun stands for ("Mali and
        Burkina Faso, which expelled French troops": both expelled them), when the
        pronoun was read as one of them: the relative clause hangs on the first conjunct
        and comes after the last one, so the parse reads it on the whole list; one
        hung on the last conjunct is on that one alone, and so is one whose verb is
        singular ("the U.S. and Russia, which has invaded Ukraine"). Empty when that is
        not so."""
        if subj.tag_ not in ("WDT", "WP") or subj.head.dep_ != "relcl":
            return []
        noun = subj.head.head
        later = [h for h in noun.conjuncts if h.i > noun.i]
        if not later or subj.head.i < max(h.i for h in later):
            return []
        verb = subj.head
        if any(
            t.tag_ == "VBZ" or t.lower_ == "was"
            for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
        ):
            return []  # "X and Y, which has ...": a singular verb is of one of them
        listed = self.phrase_actors(noun, actors, deep=False)
        if len(listed) < 2 or not all(a in listed for a in found):
            return []
        return listed

    def subject_of(self, tok: Any, actors: TokenActors) -> tuple[list[Actor], list[Actor]]:
        """(sources, passive targets) of a verb from its own or inherited subject."""
        subj = [c for c in tok.children if c.dep_ in _SUBJ]
        if not subj:
            # "Iran is "flagrantly" defying": the parser may hang the subject on the aux
            subj = [
                g for c in tok.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"
            ]
        fronted = fronted_relative(tok)
        if fronted is not None:
            # "Rubio, who many in the establishment had backed": the pronoun is the object
            subj = [c for c in subj if c.i != fronted.i]
        if len(subj) > 1:  # "Old foes Gondor and Osgiliath": take the one with actors
            subj.sort(key=lambda c: not self.phrase_actors(c, actors))
        psubj = [c for c in tok.children if c.dep_ in _PASS_SUBJ]
        if psubj and self._involved_in_act(tok):
            # "Police were engaged in clashes with militants", "was locked in a battle with
            # X": a participle of involvement tells its subject takes part in the event
            return self._subject_phrase(psubj[0], actors), []
        if psubj and _stance_participle(tok, words=self.words):
            # "China is opposed to the plan": a participle of stance tells its subject's
            # own stance, no act done to it
            return self._subject_phrase(psubj[0], actors), []
        if psubj:
            return self._agent_of(tok, actors), self._subject_phrase(psubj[0], actors, acts=False)
        if subj and _passive_read_active(tok):
            # "Rebels armed and trained by Iran advanced": a reduced relative the parser
            # took for the clause's verb; a bare past participle with a "by" agent is
            # passive, its subject undergoes it
            agent = self._agent_of(tok, actors)
            if agent:
                return agent, self._subject_phrase(subj[0], actors, acts=False)
        if subj:
            found = self._subject_phrase(subj[0], actors)
            if not found and subj[0].pos_ == "NOUN" and actors.at(subj[0].i) is None:
                # "an Israeli airstrike killed", "Turkish shelling hit": a demonym on a
                # subject that names no actor names the state that acted
                found = self.demonym_actors(
                    [c for c in subj[0].children if c.dep_ in ("amod", "compound", "nmod")]
                )
            if not found and subj[0].pos_ == "NOUN" and self.nominal_rules(subj[0]):
                # "the attack on the base by Taliban fighters killed five soldiers", "raids
                # by the army destroyed": what an act does is done by whoever did the act
                by = next(
                    (c for c in subj[0].children if c.dep_ == "prep" and c.lower_ == "by"),
                    None,
                ) or self.stray_agent(subj[0], actors)
                if by is not None:
                    found = [
                        a
                        for g in by.children
                        if g.dep_ == "pobj"
                        for a in self.phrase_actors(g, actors, owners=False)
                    ]
            if (
                not found
                and tok.dep_ == "relcl"
                and subj[0].tag_ in ("WDT", "WP")
                and tok.head.lemma_.lower() in self.words.speech_nouns
            ):
                # "X issued a statement that condemned Y", "a letter which accused Y": the
                # words do what their author does, as "a statement condemning Y" does
                found = self._speaker_of(tok.head, actors)
            if found:
                # "Germany, along with Italy and Spain, called": co-agents
                for c in (*tok.children, *subj[0].children):
                    if c.dep_ == "prep" and c.lower_ in self.words.co_agent_words:
                        for w in c.children:
                            if w.dep_ == "prep" and w.lower_ == "with":
                                for g in w.children:
                                    if g.dep_ == "pobj":
                                        found += [
                                            a
                                            for a in self.phrase_actors(g, actors)
                                            if a not in found
                                        ]
            if (
                not found
                and subj[0].lower_ in self.words.subject_pronouns
                and tok.dep_ == "ccomp"
                and (subj[0].lower_ != "i" or in_quote(subj[0].doc, subj[0].i))
            ):
                # "Ethiopia indicated it would act": the pronoun is the governor's subject
                # (coreference proper belongs to the actors component; this is a fallback);
                # "I" is the speaker's only in their quoted words ('"I condemn it," X said')
                found = self.subject_of(tok.head, actors)[0]
            return found, []
        head = tok.head
        if head.i == tok.i:
            return [], []
        stranded = stranded_subject(tok, words=self.words)
        if stranded is not None:
            # "quoted sources as saying the commander, X, had been detained": the parser
            # took the reported clause's subject for the speech verb's object and left
            # the clause's verb with none; that noun phrase is its subject
            if any(c.dep_ == "auxpass" for c in tok.children):
                return self._agent_of(tok, actors), self._subject_phrase(
                    stranded, actors, acts=False
                )
            return self._subject_phrase(stranded, actors), []
        if tok.dep_ == "pobj" and head.lower_ == "in" and self._involved_in_act(head.head):
            # "the army was locked in fierce fighting with rebels": an act word coded as a
            # verb in the "in" phrase of a participle of involvement is its subject's act
            return self.subject_of(head.head, actors)
        if (
            tok.dep_ in ("acomp", "xcomp")
            and tok.tag_ == "VBN"
            and head.lemma_.lower() in self.words.participle_copulas
            and not any(c.dep_ in ("dobj", "obj") for c in tok.children)
        ):
            # "the opposition leader remains jailed", "got arrested": the subject is in the
            # state the participle tells, done to it (its "by" agent, if any, did it)
            srcs, ptargets = self.subject_of(head, actors)
            return self._agent_of(tok, actors), (ptargets or srcs)
        if tok.dep_ == "attr" and tok.tag_ == "VBG" and head.lemma_.lower() == "be":
            # "Qatar is mediating between Israel and Hamas": a progressive the parser read
            # as a gerund naming what the subject is; the subject of "is" does it
            return self.subject_of(head, actors)
        own = subject_taken(tok)
        if own is not None:
            # "Kidnappers killed a man they took hostage and police found his body": the
            # parser joined "police" to the object before; it is this verb's subject
            taken = self.np_actor(own, actors, deep=True, owners=False)
            return ([taken[0]] if taken is not None else []), []
        if tok.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            named = self.phrase_actors(objs[0], actors) if objs else []
            # "X used a luncheon to complain", "took the opportunity to thank Y": a thing or
            # an occasion used names no one who acts, the user (the verb's own subject: not
            # "groups using tunnels to stage attacks") does
            used = (
                not named
                and head.lemma_.lower() in self.words.instrument_verbs
                and any(c.dep_ in _SUBJ for c in head.children)
            )
            if objs and not used and not _inert_object(objs[0], named, words=self.words):
                ctrl = named
            else:
                # "X asked Y to leave": the object does it; "X spent $5,000 to back Y",
                # "X spent millions attacking Y", "X used the money to hire Y": an object
                # that is a sum names no one who could act, the subject does
                srcs, ptargets = self.subject_of(head, actors)
                # "Arnor is said to restore", "X was forced to leave": the passive subject
                # of the governing verb is the subject of its infinitive
                ctrl = ptargets or srcs
            if any(c.dep_ == "auxpass" for c in tok.children):
                # "Iran is expected to be sanctioned by the EU", "was about to be charged
                # by X": a passive infinitive's subject undergoes it, its "by" agent does it
                return self._agent_of(tok, actors), ctrl
            return ctrl, []
        cue = speakers_act(tok)
        if cue is not None:
            # "Hamas said the proposal was unacceptable and condemned Israel": the
            # speaker's next act, which the parser hung on the content's verb, is the
            # speaker's, not the content's subject's
            return self.subject_of(cue, actors)
        if tok.dep_ in ("conj", "advcl", "pcomp", "acomp") or head.dep_ == "prep":
            base = head.head if head.dep_ == "prep" and tok.dep_ == "pcomp" else head
            if (
                tok.dep_ == "pcomp"
                and base.pos_ in ("ADV", "ADJ")
                and base.dep_ in ("advmod", "acomp")
                and base.head.pos_ in ("VERB", "AUX")
            ):
                # "X stopped short of endorsing Y", "X came close to attacking Y": a
                # gerund on a preposition of the verb's adverb is the verb's subject's act
                base = base.head
            if (
                base.pos_ in ("VERB", "AUX")
                and tok.dep_ in ("advcl", "pcomp")
                and any(c.dep_ == "auxpass" for c in tok.children)
                and not any(c.dep_ in (*_SUBJ, *_PASS_SUBJ) for c in tok.children)
            ):
                # "X was in jail, having been arrested by Y", "X left after being expelled
                # by Y": a passive clause with no subject of its own is done to the
                # governor's subject, by its own "by" agent
                srcs, ptargets = self.subject_of(base, actors)
                return self._agent_of(tok, actors), (ptargets or srcs)
            if base.pos_ in ("VERB", "AUX") and tok.dep_ == "pcomp" and _gerund(tok):
                if head.lower_ not in self.words.subject_gerund_prepositions:
                    # a gerund after a verb's preposition is done by the verb's object or
                    # its passive subject: "accused Iraq of aiding rebels", "Rome was
                    # accused of aiding rebels", "thanked Iran for helping", or by the one
                    # it is aimed at ("lashed out at Iran for helping"); else by its subject
                    objs = [c for c in base.children if c.dep_ == "dobj"] or prep_objects(
                        base, self.words.aim_prepositions
                    )
                    found = self.phrase_actors(objs[0], actors) if objs else []
                    if found:
                        return found, []
                    if objs and objs[0].lemma_.lower() in self.words.people_nouns:
                        # "arrested 20 people for attacking a police station": people the
                        # text does not name did it, not the ones who arrested them
                        return [], []
                # "criticized Israel before condemning Iran", "was suspended after slamming
                # X": a gerund of time or manner (subject_gerund_prepositions) is done by
                # the verb's subject, the one who undergoes a passive verb; so is one after
                # another preposition whose verb has no object naming a party
                srcs, ptargets = self.subject_of(base, actors)
                return (ptargets or srcs), []
            if base.pos_ in ("VERB", "AUX") and _passive_conjunct(tok):
                # "Dupont lost the vote and was condemned by Mexico": a passive conjunct
                # with the subject of its first verb; that subject undergoes it, the "by"
                # agent does it
                srcs, ptargets = self.subject_of(base, actors)
                return self._agent_of(tok, actors), (ptargets or srcs)
            if base.pos_ in ("VERB", "AUX") and _passive_conjunct(base):
                # "... was condemned by Mexico and resigned": the one condemned resigned
                return self.subject_of(base, actors)[1], []
            if tok.dep_ == "conj" and _bare_participle(tok):
                # "backed by Turkey and armed by Qatar": a joined participle with an agent
                # of its own is done by it to what the first one is done to (the first
                # one a participle on a noun, also one the tagger took for an adjective)
                own = self._agent_of(tok, actors)
                undergoes: list[Actor] = []
                if own and base.dep_ == "acl" and base.head.pos_ in ("NOUN", "PROPN"):
                    undergoes = self.phrase_actors(base.head, actors)
                elif own and base.pos_ in ("VERB", "AUX"):
                    undergoes = self.subject_of(base, actors)[1]
                if undergoes:
                    return own, undergoes
            if base.pos_ in ("VERB", "AUX") and _reduced_passive(tok):
                # "Accused of the bombing, the two men stand trial": the governor's subject
                # undergoes the participle, its "by" agent does it
                srcs, ptargets = self.subject_of(base, actors)
                return self._agent_of(tok, actors), (ptargets or srcs)
            if base.pos_ in ("VERB", "AUX"):
                return self.subject_of(base, actors)
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep":
            # a gerund after a noun's preposition is done by the noun's owner or by the
            # subject of the light verb that has the noun: "Gondor's goal of taking in
            # refugees", "Gondor made no apologies for accusing Rohan"; not what a story or
            # a position is about ("Gondor's story about attacking someone")
            if head.lower_ in self.words.gerund_topic_prepositions:
                return [], []
            noun = head.head
            if (
                head.lower_ == "for"
                and noun.lemma_.lower() in self.words.claim_nouns
                and noun.dep_ == "dobj"
                and noun.head.pos_ == "VERB"
                and noun.head.lemma_.lower() in self.words.claim_verbs
            ):
                # "X claimed responsibility for bombing the church": the claimer did it
                return self.subject_of(noun.head, actors)[0], []
            return self._holder_of(noun, actors), []
        if (
            tok.dep_ == "acl"
            and tok.tag_ in ("VBN", "VBD")
            and any(c.dep_ == "dobj" for c in tok.children)
            and not any(c.dep_ in ("agent", "auxpass") for c in tok.children)
            and (head.dep_ in _SUBJ or head.dep_ == "ROOT")
        ):
            # "Israeli airstrikes killed 20 people in Rafah, officials said": a past tense
            # with an object the parser hung on the clause's subject as a participle is
            # that subject's act (a passive participle takes no object)
            found = self.phrase_actors(head, actors)
            if not found and head.pos_ == "NOUN":
                found = self.demonym_actors(
                    [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
                )
            return found, []
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            # a passive participle on a noun: "rebels backed by Turkey", "protesters
            # arrested by the police": the noun undergoes it, the "by" agent does it
            return self._agent_of(tok, actors), self.phrase_actors(head, actors)
        if tok.dep_ in ("relcl", "acl"):
            ranked = ranked_noun(tok, words=self.words)
            if ranked is not None:
                # "X was the first (state) to recognize Y": the one the rank is said of;
                # "X, the only member to oppose it": the name the rank is apposed to
                if ranked.dep_ == "attr":
                    return self.subject_of(ranked.head, actors)[0], []
                return self.phrase_actors(ranked.head, actors), []
            found = self.phrase_actors(head, actors)
            if not found and tok.dep_ == "acl" and _infinitive_of_noun(tok):
                # "Gondor made an attempt to reach Rohan"
                found = self._holder_of(head, actors)
                if not found and head.pos_ == "NOUN":
                    # "the Chinese threat to invade X", "a Russian plan to annex Y": with
                    # no owner and no light verb's subject, a demonym on the noun names
                    # the state whose intention it is (as on a subject: "an Israeli
                    # airstrike killed")
                    found = self.demonym_actors(
                        [c for c in head.children if c.dep_ == "amod" and c.i < head.i]
                    )
            if not found and tok.dep_ == "acl" and head.lemma_.lower() in self.words.speech_nouns:
                found = self._speaker_of(head, actors)
            if not found and _forum_purpose(tok, words=self.words):
                # "held a briefing to rail against X": the one who held it speaks there
                found = self.subject_of(head.head, actors)[0]
            return found, []
        return [], []

    def _holder_of(self, noun: Any, actors: TokenActors) -> list[Actor]:
        """Who holds the intention, effort or stance a noun names: its owner ("Gondor's
        plan"), else the subject of the light verb that has it ("Gondor made an offer")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        for c in noun.children:
            if c.dep_ == "poss":
                return self.phrase_actors(c, actors)
        verb = self.light_governor(noun)
        return self.subject_of(verb, actors)[0] if verb is not None else []

    def _speaker_of(self, noun: Any, actors: TokenActors) -> list[Actor]:
        """Who said or wrote the words a noun names: its owner ("her statement"), else the
        subject of the verb it is the object of or hangs on ("Iran released a statement",
        "in a speech on Monday, Macron called")."""
        found = self._holder_of(noun, actors)
        if not found:
            # its issuer named on the noun itself: "a UN resolution", "a Senate resolution",
            # "an Egyptian statement", "a statement from (by, of) the Indian government"
            for c in noun.children:
                if c.dep_ in ("compound", "amod") and c.i < noun.i:
                    found = self.phrase_actors(c, actors)
                elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    found = [
                        a
                        for g in c.children
                        if g.dep_ == "pobj"
                        for a in self.phrase_actors(g, actors)
                    ]
                if found:
                    break
        if not found:
            # its issuer, the subject of a relative clause that has the words as its
            # object: "a letter the campaign sent", "a statement that the ministry issued"
            for c in noun.children:
                if c.dep_ == "relcl" and any(
                    g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP") for g in c.children
                ):
                    found = self.subject_of(c, actors)[0]
                    if found:
                        break
        verb = noun.head
        if not found and noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if not found and noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
            found = self.subject_of(verb, actors)[0]
        return found

    def _given_things(self, tok: Any, kids: Sequence[Any]) -> set[int]:
        """The direct objects of a verb of giving (``giving_verbs``) that name the thing given
        (headed by a ``given_thing_nouns`` word): "sent fighter jets to Ukraine", "delivered
        Patriot missiles to Ukraine", "sold Leopard tanks to X". Such a phrase names no party,
        neither itself (a military craft is read as the armed forces that fly it) nor through
        a product or maker name before its noun ("Patriot", "Challenger", "Bayraktar"): the
        receiver is the dative or the "to"/"for" phrase the caller reads next."""
        if tok.lemma_.lower() not in self.words.giving_verbs:
            return set()
        return {
            c.i
            for c in kids
            if c.dep_ == "dobj"
            and c.pos_ in ("NOUN", "PROPN")
            and {c.lower_, c.lemma_.lower()} & self.words.given_thing_nouns
        }

    def objects_of(
        self,
        tok: Any,
        actors: TokenActors,
        exclude: Sequence[Actor],
        *,
        code: str | None = None,
    ) -> list[Actor]:
        found: list[Actor] = []

        def add(xs: list[Actor]) -> None:
            for x in xs:
                if x not in found and x not in exclude:
                    found.append(x)

        kids = [c for c in tok.children if not self._frame(c, tok)]
        # particles and the words of a multi-word verb are not objects
        fronted = fronted_relative(tok) or gapped_antecedent(tok)
        given = self._given_things(tok, kids)
        for c in kids if fronted is None else (*kids, fronted):
            if c.i in given:
                continue
            if c.dep_ in _OBJ or (fronted is not None and c.i == fronted.i):
                held = self._held_by_other(c, actors, exclude)
                add(
                    held
                    or self._past_own(
                        c, self.phrase_actors(c, actors, patient=True), actors, exclude
                    )
                )
        for c in kids if not found else ():
            # with no object, the thing a free relative names is one ("condemned what it
            # called Israeli aggression")
            named = self._named_thing(c)
            if named is not None:
                add(self._maker_of(named, actors))
        for c in kids if not found else ():
            if (
                c.dep_ in _OBJ
                and c.i not in given
                and c.pos_ == "NOUN"
                and actors.at(c.i) is None
                and not self.nominal_rules(c)
                and {c.lemma_.lower(), c.lower_} & self.words.state_holding_nouns
            ):
                # "opposes Chinese investment", "seized a British tanker": a demonym on an
                # object no actor names names the state whose thing is acted on, as one on a
                # subject names the state that acted; never the source's own state (an act
                # noun's doer is the authors' to find: events.authors); only on a thing a
                # state has (state_holding_nouns), not "a Mexican restaurant"
                own_states = {a.country for a in exclude}
                add(
                    [
                        a
                        for a in self.demonym_actors(
                            [m for m in c.children if m.dep_ in ("amod", "nmod") and m.i < c.i]
                        )
                        if a.country not in own_states
                    ]
                )
        if found:
            return found
        for c in kids:
            if _fronted_setting(c, tok):
                continue
            if c.dep_ in ("prep", "agent") and c.lemma_.lower() in self.words.target_prepositions:
                if self._force_occasion(tok, c):
                    continue
                # "met with Gondor and with Rohan": the same preposition joined to this one
                # names parties of the same act
                # (the parser joins the second to the first, or to the verb after an "and")
                ands = [k.i for k in kids if k.dep_ == "cc" and k.i > c.i]
                same = [
                    k
                    for k in (*c.conjuncts, *kids)
                    if k.pos_ == "ADP"
                    and k.lower_ == c.lower_
                    and k.i > c.i
                    and (k.dep_ == "conj" or (k.dep_ == "prep" and any(a < k.i for a in ands)))
                ]
                for p in (c, *same):
                    for g in p.children:
                        if g.dep_ in ("pobj", "pcomp"):
                            named = self._named_thing(g)
                            if named is not None:
                                # "railed against what he calls the Washington cartel"
                                add(self._maker_of(named, actors))
                            else:
                                add(self.phrase_actors(g, actors))
            if found:
                return found
        # objects nested in the object phrase ("ties with Gondor", "roads into Mordor"); the
        # source's own state as the owner of a thing is its own ("Gondor's ties with Rohan")
        for c in kids:
            if c.dep_ in _OBJ and c.i not in given:
                nested = [
                    (t, a)
                    for t in self._parties_subtree(c)
                    if (a := actors.at(t.i)) is not None
                    and a not in exclude
                    and t.i != c.i
                    and not self._force_doer(c, t, actors)
                ]
                add(_with_listed(nested, _past_own_state(nested, exclude)[:1], distinct=True))
        if found:
            return found
        for c in kids:
            if c.pos_ not in ("VERB", "AUX"):
                continue
            purpose = c.dep_ == "advcl" and to_infinitive(c)
            if _for_clause(c):
                # "called for Gondor to withdraw its troops": Gondor is the one called on
                for g in c.children:
                    if g.dep_ in _SUBJ + _PASS_SUBJ:
                        add(self.phrase_actors(g, actors))
                if found:
                    return found
            if c.dep_ == "xcomp" or purpose:
                # nor the thing the infinitive gives ("urged Y to send more fighter jets")
                given_there = self._given_things(c, list(c.children))
                for g in c.children:
                    if g.dep_ in _OBJ and g.i not in given_there:
                        add(
                            self._past_own(
                                g, self.phrase_actors(g, actors, deep=False), actors, exclude
                            )
                        )
                        if not found:
                            # the people a count or a crowd is of: "opened fire to
                            # disperse thousands of demonstrators", "used tear gas to
                            # break up a rally of opposition supporters"
                            add(self._past_own(g, self._crowd_of(g, actors), actors, exclude))
                        if not found:
                            # its owner or author: "refused to attend a hearing by the
                            # court", "agreed to study Iran's proposal"
                            for o in g.children:
                                if o.dep_ == "poss":
                                    add(self.phrase_actors(o, actors))
                                elif o.dep_ == "prep" and o.lower_ == "by":
                                    for w in o.children:
                                        if w.dep_ == "pobj":
                                            add(self.phrase_actors(w, actors))
                if (
                    not found
                    and c.dep_ == "xcomp"
                    and self.stance_of(tok) is not None
                    and not any(g.dep_ in _OBJ for g in c.children)
                ):
                    # the partner of an intended, refused or threatened act with no object:
                    # "refused to work with the FBI", "pledged to stand with Kyiv" (not
                    # "called on all states to cooperate with the police": those called on)
                    for g in c.children:
                        if g.dep_ == "prep" and g.lower_ in _PARTNER_PREPOSITIONS:
                            for w in g.children:
                                if w.dep_ == "pobj":
                                    add(self.phrase_actors(w, actors, deep=False))
        if found:
            return found
        # the one words are addressed to, for the act they do: "sent a letter to X asking
        # that ...", "a message to X urging talks"
        add(self._addressee(tok, actors))
        if found:
            return found
        # anywhere in the verb's non-clausal dependents ("florin to Gondor")
        own = _own_complement(
            tok, self.words.means_prepositions | self.words.capacity_prepositions
        )
        for c in sorted(kids, key=lambda c: c.dep_ != "prep"):
            if c.dep_ in (*_SUBJ, *_PASS_SUBJ, *_CLAUSAL, "punct", "aux", "neg", "mark"):
                continue
            if c.dep_ == "conj" and (own_subject(c) or subject_taken(c) is not None):
                # "the army shelled the village and the rebels fled": a joined clause
                # with its own subject names no one this verb acts on
                continue
            if self._not_acted_on(c, own=own, code=code):
                continue
            if self._force_occasion(tok, c):
                continue
            if exclude and c.dep_ == "prep" and c.lower_ in self.words.time_prepositions:
                # "Rohan met during a Gondor summit": the occasion, not the one met (with
                # no source named, its place still tells where an agentless act happened)
                continue
            for t in self._parties_subtree(c):
                a = actors.at(t.i)
                if (
                    a is not None
                    and a not in exclude
                    and t.i != tok.i
                    and not (c.dep_ in _OBJ and self._force_doer(c, t, actors))
                ):
                    add([a])
                    return found
        # "allowed that Mordor is ...": the subject of a complement clause, except after
        # verbs of saying (the one who says is not acted upon)
        if tok.lemma_.lower() not in self.reporting:
            for c in kids:
                if c.dep_ == "ccomp":
                    for g in c.children:
                        if g.dep_ in _SUBJ + _PASS_SUBJ:
                            add(self.phrase_actors(g, actors, deep=False))
        return found

    def _crowd_of(self, noun: Any, actors: TokenActors) -> list[Actor]:
        """The party a noun of counted or gathered people is of, by its own "of" phrase
        ("thousands of demonstrators", "a crowd of protesters", "a rally of opposition
        supporters", "members of the group"): a head of ``people_nouns``,
        ``bare_crowd_nouns`` or ``protest_words`` names no one itself, the people it counts
        or gathers are the party. Only its own "of" phrase ("the rights of farmers" is
        no crowd)."""
        w = self.words
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or not (
            lemma in w.people_nouns or lemma in w.bare_crowd_nouns or lemma in w.protest_words
        ):
            return []
        return [
            a
            for g in prep_objects(noun, ("of",))
            for a in self.phrase_actors(g, actors, deep=False)
        ]

    def _named_thing(self, c: Any) -> Any | None:
        """The noun a free relative clause ``c`` names what a verb acts on by, when it is
        one: "(condemned) what it called Israeli aggression", "what he described as
        interference by X" (``characterizing_verbs``), "what it said was a hostile act by X" (a
        verb of saying whose clause has "what" as its subject). None when it is not."""
        if c.dep_ not in ("ccomp", "pcomp") or c.pos_ not in ("VERB", "AUX"):
            return None
        what = [g for g in c.children if g.lower_ == "what" and g.dep_ in ("dobj", "nsubj")]
        lemma = c.lemma_.lower()
        if what and what[0].dep_ == "dobj" and lemma in self.words.characterizing_verbs:
            for g in c.children:
                # (the parser also reads the name as a second object: "what it called
                # baseless accusations")
                if (
                    g.dep_ in ("oprd", "dobj")
                    and g.i > what[0].i
                    and g.pos_ in ("NOUN", "PROPN")
                ):
                    return g
                if g.dep_ == "prep" and g.lower_ == "as":
                    for w in g.children:
                        if w.dep_ == "pobj" and w.pos_ in ("NOUN", "PROPN"):
                            return w
            return None
        if lemma not in self.words.reporting_verbs:
            return None
        # "what it said was a hostile act": "what" is the subject of the clause said
        for x in c.children:
            if x.dep_ != "ccomp" or not any(
                g.lower_ == "what" and g.dep_ == "nsubj" for g in x.children
            ):
                continue
            for g in x.children:
                if g.dep_ == "attr" and g.pos_ in ("NOUN", "PROPN"):
                    return g
        return None

    def _addressee(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """Whom the words a participle tells the act of are addressed to: a participle on a
        noun of words said or written (``speech_nouns``) whose "to" names a party, on the
        noun ("a letter to X asking ...") or on the verb that sends it ("sent a message to
        X urging ...", also where the parser hangs the participle on that verb); not the
        press the words are given to ("a statement to reporters")."""
        if tok.dep_ == "acl":
            noun = tok.head
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i:
            noun = next((c for c in tok.head.children if c.dep_ in _OBJ), tok)
        else:
            return []
        if noun.lemma_.lower() not in self.words.speech_nouns:
            return []
        preps = [c for c in noun.children if c.dep_ == "prep" and c.i < tok.i]
        if noun.dep_ in _OBJ:
            preps += [
                c
                for c in noun.head.children
                if c.dep_ in ("prep", "dative") and c.pos_ == "ADP" and noun.i < c.i < tok.i
            ]
        return [
            a
            for p in preps
            if p.lower_ == "to"
            for g in p.children
            if g.dep_ == "pobj"
            for a in self.phrase_actors(g, actors, deep=False)
            if not _press(a)
        ][:1]

    def _maker_of(self, thing: Any, actors: TokenActors) -> list[Actor]:
        """Whose the thing a free relative names is, told in its own phrase: its owner or
        the party modifying it ("what it called U.S. interference"), its "by" or "from"
        phrase ("what he described as accusations by Washington", "the rhetoric from X"),
        else the state its demonym names ("Israeli aggression"); not a party it is about
        ("the vision of America") or a clause in it. At most one."""
        for c in thing.children:
            if c.dep_ in ("poss", "compound", "nmod", "amod") and (a := actors.at(c.i)):
                return [a]
        # (a "by" after the name the parser hung on the verb of naming is the name's:
        # "what it called accusations by X")
        hung = [c for c in thing.head.children if c.i > thing.i] if thing.dep_ != "pobj" else []
        for c in (*thing.children, *hung):
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for g in c.children:
                    if g.dep_ == "pobj" and (found := self.phrase_actors(g, actors, deep=False)):
                        return found[:1]
        mods = [m for m in thing.children if m.dep_ in ("amod", "compound")]
        return self.demonym_actors(mods)[:1]

    def _past_own(
        self, c: Any, found: list[Actor], actors: TokenActors, sources: Sequence[Actor]
    ) -> list[Actor]:
        """The actors of the phrase ``c`` acted upon, ``found``, unless they are only the
        source's own state as the owner of a thing ("upgrading Kenya's ties with Rwanda"
        by India's prime minister): then the party named further in the phrase, if any, with
        the parties listed beside it ("its agreements with France and Germany")."""
        if len(found) != 1:
            return found
        own = found[0]
        if own.code != own.country or own.country not in {a.country for a in sources}:
            return found
        if not any(t.dep_ == "poss" and actors.at(t.i) is own for t in c.subtree):
            return found
        nested = [(t, a) for t in self._parties_subtree(c) if (a := actors.at(t.i)) is not None]
        pairs = [(t, a) for t, a in nested if a not in sources]
        rest = _past_own_state(pairs, sources)
        return _with_listed(pairs, rest[:1]) if rest and rest[0] is not own else found

    def allies(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The actors named beside the doer of the act ``tok`` heads, or of its clause
        (``ally_prepositions``: "fought alongside Mali's army"): partners, not acted on."""
        return [
            a
            for h in {tok.i: tok, clause_verb(tok).i: clause_verb(tok)}.values()
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in self.words.ally_prepositions
            for g in p.children
            if g.dep_ == "pobj"
            for a in self.phrase_actors(g, actors)
        ]

    def _co_combatants(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The armed parties who fight beside the doer of the act of force ``tok``: those a
        backing participle on the doer names as its "by" agent (``combat_backing_verbs``:
        "security forces backed by Djiboutian soldiers killed militants", "troops backed by
        U.S. airstrikes") and those an ally preposition names on the verb, on the doer or
        on a participle of the doer's ("troops fighting alongside Burundian soldiers
        clashed with rebels", ``ally_prepositions``). Each of them does the act too (the
        guide codes every party that fights); a backer that bears no arms is support, not
        fighting (only a fighting force, or a backer named by a means of war,
        ``war_means_words``, fights)."""
        allies = self.words.ally_prepositions
        doers = [c for c in tok.children if c.dep_ in _SUBJ] + agent_objects(tok)
        phrases = prep_objects(tok, allies)
        for h in doers:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in allies:
                    phrases += [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ != "acl":
                    continue
                if c.lemma_.lower() in self.words.combat_backing_verbs and c.tag_ == "VBN":
                    phrases += agent_objects(c)
                phrases += prep_objects(c, allies)
        out: list[Actor] = []
        for g in phrases:
            for t in (g, *(c for c in g.children if c.dep_ == "conj")):
                armed_means = t.lemma_.lower() in self.words.war_means_words
                out += [
                    a
                    for a in self.phrase_actors(t, actors, deep=False)
                    if a not in out and (armed_means or is_fighting_force(a.code))
                ]
        return out

    def _not_acted_on(self, c: Any, *, own: bool, code: str | None = None) -> bool:
        """Whether the dependent ``c`` of a verb names no one the verb acts on, read when
        nothing else names one: the doer of a passive ("was raided by police"); and, when
        the verb has an object or complement of its own (``own``), the role its subject acts
        in ("opposed it as a senator", ``capacity_prepositions``) and the means it acts by
        ("fought the charge by suing Rohan", ``means_prepositions`` with a gerund), an act
        of its own with its own parties. With no object of its own the verb acts on theirs
        ("retaliated by raising tariffs on Rohan"), and the office one leaves is the one
        left ("resigned as Rohan's envoy", ``office_prepositions``). A verb joined to it is
        left to share its parties ("slammed the shift and accused X" is most often aimed at
        the same party), and so is a scene before the subject ("In a letter to X, Y asked
        for ...": X is the one asked). Those who act beside the doer in a conflict act
        (``code`` of roots 10-20: "fought alongside Mali's army", ``ally_prepositions``) are
        partners, never acted on; in a cooperative one they are the partner it is done with
        ("held exercises alongside the Philippines")."""
        if c.dep_ == "agent":
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in self.words.ally_prepositions
            and code is not None
            and code[:2] >= "10"
        ):
            return True
        if not own or c.dep_ != "prep":
            return False
        if c.lower_ in self.words.capacity_prepositions:
            return True
        # a means is an act told by a gerund ("by noting that X ..."); a party after "by"
        # is a doer the parser hung on the verb ("complained of interference by X")
        return c.lower_ in self.words.means_prepositions and any(
            g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG") for g in c.children
        )

    def _reason_of_act(self, c: Any, verb: Any) -> bool:
        """Whether ``c`` tells why the verb's act was done to its object, people it does
        not name or a pronoun: a ``reason_prepositions`` phrase of an act ("arrested two men
        for bombing the U.S. embassy", "applauded him for defying X") or a phrase of
        ``reason_nouns`` ("in connection with the attack", "on suspicion of spying for X"):
        the parties of that act are not the ones it is done to. An object that is a feeling
        or a view is no one acted on: its "over" phrase names the target ("voiced alarm
        over the Israeli raid")."""
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.lower_ in self.words.reason_prepositions:
            reason = any(
                g.dep_ == "pcomp" or g.tag_ == "VBG" or bool(self.nominal_rules(g)) for g in objs
            )
        else:
            reason = any(g.lemma_.lower() in self.words.reason_nouns for g in objs)
        # the phrase first (read for every dependent of every verb), then the object
        # (a passive's subject is its object: "a man was arrested in connection with the
        # bombings of U.S. embassies")
        return reason and any(
            k.dep_ in ("dobj", "nsubjpass")
            and (k.pos_ == "PRON" or k.lemma_.lower() in self.words.people_nouns)
            for k in verb.children
        )

    def _frame(self, c: Any, verb: Any) -> bool:
        """Whether ``c`` is a phrase before ``verb`` that tells when or why, naming no one
        the act is aimed at ("In the wake of talks with Gondor, Rohan launched an offensive",
        "In response to Gondor's demands, Rohan opened an inquiry"); not an occasion with a
        party ("On a visit to Gondor, Rohan pledged aid"). Wherever it stands, a phrase of
        what the act is done in spite of (``concessive_prepositions``: "despite objections
        from Gondor"), with whose help (``with`` a noun of ``help_nouns``: "with help from
        Gondor's troops") or for what reason it is done to people it does not name
        (:meth:`_reason_of_act`: "arrested two men for bombing the embassy") names no one
        it is aimed at either."""
        if c.dep_ != "prep":
            return False
        word = c.lower_
        if self._reason_of_act(c, verb):
            return True
        if word in self.words.concessive_prepositions or _help_phrase(c, words=self.words):
            return True
        return c.i < verb.i and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.words.frame_nouns for g in c.children
        )

    def _parties_subtree(self, c: Any) -> list[Any]:
        """The tokens of ``c``'s subtree that may name a party: not those inside a
        participle modifier naming a related one ("the U.S.-based lender"), nor those naming
        the party a noun of adversaries stands against ("Iran's enemies"), nor those of a
        relative clause whose subject is its relative pronoun: it tells what its noun did or
        underwent, its parties are no one this verb acts on ("prosecuting the bombings which
        killed 12 Americans", "freed six medics who were convicted of infecting children"),
        nor those of a time clause with a subject of its own below ``c`` (one directly on
        the verb is never read), nor those of a noun's content clause but its subject: they
        tell another act of its own parties ("bombed two towns and fired at a police station
        since X was expelled from the talks": X is no one fired at; "challenged him over his
        comments that he would be neutral between X and Y"; ``_subordinate_act``)."""
        hidden = {i for m in c.subtree for i in _subordinate_act(m, c, self.words)} | {
            x.i
            for m in c.subtree
            if _related_party(m, words=self.words)
            or _opposed_party(m, words=self.words)
            or stolen_subject(m) is not None
            or self._told_of_people(m)
            or _pronoun_subject_relative(m)
            for x in m.subtree
        }
        return [t for t in c.subtree if t.i not in hidden]

    def _told_of_people(self, m: Any) -> bool:
        """Whether ``m`` is a clause telling what people do or did ("arrested several
        people spying for Israel", "detained men who had fled to Turkey", "freed a woman
        convicted of killing a soldier"): it names no one the act on them is aimed at (a
        passive participle with no act of theirs still tells who they are: "people suspected
        of links to X")."""
        if m.pos_ not in ("VERB", "AUX") or m.head.lemma_.lower() not in self.words.people_nouns:
            return False
        if m.dep_ == "relcl" or (m.dep_ == "acl" and m.tag_ == "VBG"):
            return True
        return (
            m.dep_ == "acl"
            and m.tag_ == "VBN"
            and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG"
                for c in m.children
                if c.dep_ == "prep"
                for g in c.children
            )
        )

    # ------------------------------------------------------------------ coding
    def code(self, sent: Any, actors: TokenActors) -> tuple[list[Action], list[str]]:
        """Every action coded in ``sent`` and, when none, notes on why."""
        doc = sent.doc
        view = self._view(doc)
        view.fill(sent)
        columns = view.columns
        self._bounds = (sent.start, sent.end)
        span = range(sent.start, sent.end)
        actions: list[Action] = []
        notes: list[str] = []
        coded_tokens: set[int] = set()
        stance: dict[int, str] = {}  # verb token -> "intent" / "threat" of its governor
        # warnings of a reply with no act named, with the reply's token
        threats: list[tuple[Action, int]] = []
        deferred: set[int] = set()  # governors whose infinitive carries the action
        # words are read off the document's columns; a spaCy Token is built only for
        # the words a rule can start at
        unless = "unless" in columns.lower[sent.start : sent.end]
        for i in span:
            lemma = columns.lemma[i]
            kind = self._stance_of(lemma, columns.lower[i])
            if kind is None and lemma in self.words.hesitation_heads:
                # "will not hesitate to use force": an intention (a threat of force)
                kind = "intent" if any(c.dep_ == "neg" for c in doc[i].children) else None
            warns = lemma in self.words.warning_heads
            says = not warns and lemma in self.words.reporting_verbs
            if not (unless or warns or kind or says):
                continue
            tok = doc[i]
            if unless and any(
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                for c in tok.children
            ):
                stance[tok.i] = "threat"  # "will withdraw its force unless ...": an ultimatum
            if says or warns:
                for c in _met_with_reply(tok, words=self.words):
                    act = next(g for g in c.children if g.dep_ == "nsubjpass")
                    if not any(_material(r.code) for r in self.nominal_rules(act) or ()):
                        continue  # "any request would be met with a response": no force
                    # "said any attack would be met with a crushing response": a threat
                    # against whoever would attack
                    threats.append((self._threat_of_meeting(tok, c, actors), c.i))
                    deferred.add(tok.i)
            if says:
                for c in _own_future_clauses(tok, actors, words=self.words):
                    if not _response(c, words=self.words) or not (
                        _hostile_reply(c, words=self.words) or self._reply_to_any_act(c)
                    ):
                        continue
                    # "said it would respond if X attacked", "said it would take
                    # countermeasures against X": a reply of its own, made conditional on
                    # or aimed at a party named, is a threat, as under a warning
                    threat = self._threat_of_response(tok, c, actors)
                    if threat.targets[0] is not None:
                        threats.append((threat, c.i))
                        deferred.add(tok.i)
            if warns:
                for c in _own_future_clauses(tok, actors, words=self.words):
                    if self._builtin_act(c, actors):
                        # "warned it would retaliate against X": a threat, not the act
                        stance.setdefault(c.i, "threat")
                        deferred.add(tok.i)
                    elif _response(c, words=self.words):
                        # "warned it would respond to any deployment": a threat, no act named
                        threats.append((self._threat_of_response(tok, c, actors), c.i))
                        deferred.add(tok.i)
                    elif lemma in self.words.own_act_threat_heads:
                        # "warned that it would target X": an act of its own on a party,
                        # whatever the act, is a threat against that party
                        own = self._threat_of_own_act(tok, c, actors)
                        if own is not None:
                            threats.append((own, c.i))
                            deferred.add(tok.i)
                warned = any(g.dep_ in _OBJ for g in tok.children)
                for c in tok.children:
                    if warned or not (_infinitive(c) and _response(c, words=self.words)):
                        continue  # "warned Iran to respond": the one warned would act
                    if not (_hostile_reply(c, words=self.words) or self._reply_to_act(c)):
                        continue  # "vowed to respond to the complaints": no threat
                    # "vowed to respond to any attack by X", "threatened to respond to
                    # X's shelling": a reply of its own to a party's act of force, vowed, is
                    # a threat against that party, as when warned in a clause
                    # ("vowed to respond to the attack", "to respond forcefully": a threat
                    # with no one named, still no intention to cooperate)
                    threat = self._threat_of_response(tok, c, actors)
                    if threat.targets[0] is None or not _victim(threat.targets[0], c):
                        threats.append((threat, c.i))
                        deferred.add(tok.i)
            if kind is None:
                continue
            if kind in ("intent", "posture") and _negated_adjective(tok, self.words):
                kind = "refusal"  # "was not ready to support X": a refusal, no intention
            # the first coded verb down a chain of infinitives ("prepared to resume shelling"),
            # also from a noun of the stance ("Iran's threat to close the strait", "Japan's
            # offer to mediate"): the act is threatened or intended by the noun's holder
            frontier = [c for c in tok.children if _infinitive(c)]
            if lemma in self.words.stance_nouns:
                frontier += [
                    c for c in tok.children if _stance_noun_infinitive(c, words=self.words)
                ]
            if kind == "intent":
                # "is committed to defending X", "committed to working with Y": the
                # gerund after "to" is what is intended, as an infinitive
                frontier += [
                    g
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children
                    if g.dep_ == "pcomp" and g.tag_ == "VBG"
                ]
            for _depth in range(3):
                nxt = []
                for c in frontier:
                    # a verb of geowire's own dictionary, or a light verb whose noun carries
                    # the act ("vowed to continue its attacks on X"), with the governor's
                    # stance
                    if self._builtin_act(c, actors) or self._carries_nominal(c):
                        stance.setdefault(c.i, kind)
                        deferred.add(tok.i)
                    else:
                        nxt += [g for g in c.children if _infinitive(g) or g.dep_ == "xcomp"]
                frontier = nxt

        yielded: list[int] = []  # light verbs that left the event to their object noun
        # verbs whose own row with their object says the phrase is no event ("returned
        # phone calls"): their object noun is no event either
        declined: set[int] = set()

        def code_token(tok: Any, force: bool = False) -> None:
            coding = self.code_verb(tok, actors)
            if coding is None:
                return
            if not force and coding.pattern is None and self._carries_nominal(tok):
                yielded.append(tok.i)
                return  # "announced a suspension of links": the noun's event, not the verb's
            if coding.code is None:
                notes.append(f"'{tok.text}' is in the dictionary with no event code")
                if coding.pattern is not None:
                    declined.add(tok.i)
                return
            why = (
                self._no_act(tok, tok.i in stance, coding.code)
                if self._is_builtin(coding)
                else None
            )
            if why is None and _proposed_on_noun(tok, words=self.words):
                why = "is what a bill proposes or a chance allows ('a bill to impose'), not done"
            if why is None and coding.code[:2] == "02" and _comment_sought(tok, words=self.words):
                why = "asks for comment ('asked for comment'), a reporter's question, no appeal"
            if why is None and _set_off_to_press(tok, coding.code, actors, words=self.words):
                why = "is the occasion of its clause's act ('X, speaking to reporters, said')"
            if why is None and _alignment_of_noun(tok, words=self.words):
                why = "tells the side its noun holds ('donors backing X'), no act told"
            if why is not None:
                notes.append(f"'{tok.text}' {why}, not an act")
                return
            acts = self.assemble(tok, coding, actors)
            if not acts:
                notes.append(f"'{tok.text}' ({coding.code}) has no source/target actors")
                return
            builtin = self._is_builtin(coding)
            if stance.get(tok.i) == "threat" and tok.dep_ == "ccomp":
                # "X warned Y that it would retaliate": the one warned is threatened
                warned = [
                    a
                    for c in tok.head.children
                    if c.dep_ in _OBJ
                    for a in self.phrase_actors(c, actors)
                ]
                if warned:
                    acts = [
                        dataclasses.replace(a, targets=(warned[0],)) if a.targets == (None,) else a
                        for a in acts
                    ]
            if builtin and stance.get(tok.i) == "intent":
                answerers = self._offer_answerers(tok, actors)
                if answerers:
                    # "Iran rejected France's offer to mediate": the offer was made to the
                    # one who answers it (as _answered_proposal reads the noun alone), when
                    # the act names no party of its own ("Greece welcomed Germany's pledge
                    # to send tanks to Ukraine" stays aimed at Ukraine)
                    acts = [
                        b
                        for a in acts
                        for b in (
                            [
                                dataclasses.replace(a, targets=(t,))
                                for t in answerers
                                if t is not a.sources[0]
                            ]
                            if a.targets == (None,)
                            else [a]
                        )
                    ]
            lemma = tok.lemma_.lower()
            if (
                builtin
                and lemma in self.words.enabling_verbs
                and all(a.sources[0] is None for a in acts)
                and (
                    any(c.dep_ in ("nsubj", "csubj") for c in tok.children)
                    or _enabled_act(tok)
                )
            ):
                notes.append(f"'{tok.text}' is done by no party named: a cause, not an act")
                return
            if (
                builtin
                and coding.pattern is None
                and lemma in self.words.intransitive_event_verbs
                and any(
                    c.dep_ in ("dobj", "ccomp") and not self._place_read_as_object(c)
                    for c in tok.children
                )
            ):
                notes.append(f"'{tok.text}' with an object is no demonstration")
                return
            if (
                builtin
                and coding.code[:2] == "10"
                and _own_forces_ordered(tok, acts)
                and self._orders_coded_act(tok, actors)
            ):
                notes.append(f"'{tok.text}' orders its own forces to act: a command, no demand")
                return
            if builtin and _state_member_act(coding, acts, words=self.words) is False:
                notes.append(f"'{tok.text}' is no act between a state and its bloc")
                return
            if builtin and _private_travel(acts, words=self.words):
                notes.append(f"'{tok.text}' is travel between no public parties")
                return
            if builtin and coding.code[:2] == "09" and all(_press(a.sources[0]) for a in acts):
                # "VOA examined the facts": the press's own reporting, the journalist's
                # work the coding guide leaves out, no investigation by a party
                notes.append(f"'{tok.text}' is the press's own reporting, no investigation")
                return
            if builtin and _commercial(tok, acts, words=self.words):
                notes.append(f"'{tok.text}' is a company deal between no public parties")
                return
            if builtin and _force(coding.code) and self._no_force(tok, acts, actors):
                notes.append(f"'{tok.text}' is an effort or a contest of words, not force")
                return
            if (
                builtin
                and lemma in self.words.topic_verbs
                and all(a.targets[0] is None for a in acts)
            ):
                notes.append(f"'{tok.text}' talks about a topic with no one: no consultation")
                return
            if builtin and coding.code.startswith("054") and self._recognizes_thing(tok, actors):
                notes.append(f"'{tok.text}' recognizes a thing no party is named in")
                return
            if builtin and self._done_by_thing(tok, coding.code, acts, actors):
                notes.append(f"'{tok.text}' is done by a thing no party is named in, not an act")
                return
            if builtin and coding.code[:2] == "13" and self._forecast(tok, actors):
                notes.append(f"'{tok.text}' warns of what no party will do, no threat")
                return
            if (
                builtin
                and _generic(tok)
                and not _protest_subject(coding)
                and all(a.sources[0] is None for a in acts)
            ):
                # (a protest noun as the subject of a verb of happening is no people doing
                # something as a rule: "protests continue in Lahore" tells protests now)
                notes.append(f"'{tok.text}' tells what unnamed people do as a rule, not an act")
                return
            coded_tokens.add(tok.i)
            actions.extend(
                dataclasses.replace(a, builtin=builtin, stance=stance.get(tok.i)) for a in acts
            )

        index = self.verbs.index
        for i in span:
            if i in deferred:
                continue
            if columns.upper[i] not in index and columns.upper_lemma[i] not in index:
                continue  # in no verb entry (candidates would find none)
            tok = doc[i]
            if (
                tok.dep_ in ("xcomp", "advcl")
                and self._governed_by(tok, coded_tokens)
                and not self._accompanying(tok, actors)
                and not _finite_clause_of_own(tok, words=self.words)
            ):
                self._lend_victims(tok, actions, actors)
                continue
            if _word_of_actor_name(tok, actors):
                continue  # "the International Monetary Fund": a word of who acts, no verb
            if _noun_read_as_verb(tok) and self.nominal_rules(tok):
                continue  # "Aid from Japan to X arrived": a noun, its rules read it below
            code_token(tok)
        carried: set[int] = set()
        nominals = self.nominals
        for i in span:
            if i in coded_tokens:
                continue
            if (
                columns.lemma[i] not in nominals
                and columns.lower[i] not in nominals
                and (i == 0 or f"{columns.lemma[i - 1]} {columns.lemma[i]}" not in nominals)
            ):
                continue  # a word of no noun rule, alone or after its compound (nominal_rules)
            if columns.pos[i] not in ("NOUN", "PROPN"):
                if columns.pos[i] != "VERB":
                    continue
                tok = doc[i]
                if _noun_read_as_verb(tok):
                    pass  # "Aid from Japan to X arrived": a noun the tagger read as a verb
                elif not columns.lower[i].endswith("ing"):
                    continue
                elif tok.dep_ not in ("nsubj", "csubj") or tok.tag_ != "VBG":
                    continue  # "fighting between X and Y continued": a gerund subject names it
            tok = doc[i]
            if i in deferred and any(
                c.i in coded_tokens
                for c in tok.children
                if _stance_noun_infinitive(c, words=self.words)
            ):
                continue  # "Trump's threat to impose tariffs": the infinitive told the threat
            rules = self.nominal_rules(tok)
            head = tok.head if tok.dep_ == "compound" else tok
            if head.dep_ == "dobj" and head.head.i in declined:
                continue  # "did not return phone calls": the verb's row says no event
            if (
                not rules
                or self._cut_thing(tok)
                or _counted(tok, words=self.words)
                or _foreseen_noun(tok, words=self.words)
                or _rewarded(tok, words=self.words)
                or _in_name(tok, actors)
            ):
                continue
            got = self.nominal(tok, rules, actors, coded_tokens)
            if got and _comment_sought(tok, words=self.words):
                got = [a for a in got if (a.code or "")[:2] != "02"]  # "a request for comment"
            if got and _private_travel(got, words=self.words):
                got = []  # "her first visit to the restaurant"
            if got and _figurative(tok, words=self.words):
                got = [a for a in got if not _force(a.code)]  # "an ideological battle with X"
            if got and _unarmed_sides(tok, got, words=self.words):
                got = []  # "violence between police and protesters": unrest, no force
            halted = _remains_halted(tok.head if tok.dep_ == "compound" else tok, words=self.words)
            if got and halted:
                got = []  # "talks between X and Y remain suspended": none held now
            if got:
                h = tok.head if tok.dep_ == "compound" else tok
                leaning = _leaning_to(h, words=self.words)
                if leaning is not None:
                    # "remains open to talks with X", "ready for dialogue": an intention
                    # to meet or cooperate (03); "opposed to any talks with X": a refusal
                    # (12); not the talks themselves
                    got = [
                        dataclasses.replace(a, stance=leaning) if _cooperative(a.code) else a
                        for a in got
                    ]
                gov = self.light_governor(h)
                if gov is not None and (
                    _averted(gov, words=self.words)
                    or _denied(gov, words=self.words)
                    or _proposed_on_noun(gov, words=self.words)
                ):
                    # "warned against imposing sanctions": none imposed; "denied carrying
                    # out the strike": none told as done
                    got = []
                if gov is not None:
                    carried.add(gov.i)
                    kind = stance.get(gov.i) or self.stance_of(gov)
                    if (
                        kind is not None
                        and h.dep_ in _OBJ
                        and gov.lemma_.lower() not in self.words.reaction_words
                    ):
                        # "is preparing an offensive", "planned an attack on X": the noun's
                        # event is readied or intended, as with an infinitive; not the act a
                        # reply answers ("vowed to avenge the killing of X": done before)
                        got = [dataclasses.replace(a, stance=kind) for a in got]
            actions.extend(dataclasses.replace(a, builtin=True) for a in got)
        for threat, reply in threats:
            actions.append(threat)
            coded_tokens.add(reply)
        for i in sorted(deferred):
            # the infinitive gave no event (no actors of its own): the governor's own code
            # ("agreed to allow access" with the access unattributed is still an agreement)
            tok = sent.doc[i]
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.stance_nouns:
                continue  # a noun of stance keeps its own rules (the nominal events above)
            if not any(
                c.i in coded_tokens or c.i in carried
                for c in tok.children
                if _infinitive(c) or c.dep_ == "ccomp"
            ):
                code_token(tok)
        for i in yielded:
            if i not in carried:  # the noun gave no event: the verb's own code after all
                code_token(sent.doc[i], force=True)
        actions = _one_bombing(sent.doc, actions, self.words)
        if not actions and not notes:
            notes.append("no verb of the sentence is in the verb dictionary")
        self._bounds = None
        return actions, notes

    def _place_read_as_object(self, obj: Any) -> bool:
        """An object the parser made of a place phrase, its preposition read as an adjective
        ("rallied [outside] parliament": ``act_place_prepositions``): where, not whom."""
        first = obj.doc[obj.left_edge.i]
        return (
            first.dep_ == "amod"
            and first.head.i == obj.i
            and first.lower_ in self.words.act_place_prepositions
        )

    def _contest_aim(self, tok: Any) -> bool:
        """Whether a verb of intent's every infinitive (or "that" clause) is an aim in a
        contest or one's own effort (``contest_intent_verbs``: "vowed to win Florida",
        "pledged to compete in every state"; :meth:`_stays_in_contest`) that names no act by
        its noun: no intention to cooperate (03) with anyone."""
        if self.stance_of(tok) != "intent":
            return False
        infs = [
            c
            for c in tok.children
            if (_infinitive(c) or c.dep_ == "ccomp") and c.pos_ in ("VERB", "AUX")
        ]  # "vowed to win Ohio", "promised that he's staying in the race"
        return bool(infs) and all(
            (c.lemma_.lower() in self.words.contest_intent_verbs or self._stays_in_contest(c))
            and not any(
                self.nominal_rules(t) or _aimed_at_party(t) for t in c.subtree if t.i != c.i
            )
            for c in infs
        )  # not "vowed to continue its support for X": an act for a party is intended

    def _stays_in_contest(self, verb: Any) -> bool:
        """Whether a verb of keeping on (``contest_staying_verbs``) keeps on in a contest:
        its "in" phrase or its object is a race, a campaign or an election
        (``contest_arena_nouns``, ``election_nouns``: "stay in the race until the
        convention", "carry their campaigns onward"), not a place ("stay in Iraq"); or a
        struggle (``contest_fight_nouns``: "take our fight to the states", "remain in the
        fight through the primary") with no opponent named by "against" ("remain in the
        fight against the Islamic State" is a war's)."""
        if verb.lemma_.lower() not in self.words.contest_staying_verbs:
            return False
        arena = self.words.contest_arena_nouns | self.words.election_nouns
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += prep_objects(verb, ("in",))
        return any(
            t.lemma_.lower() in arena
            or t.lower_ in arena
            or (
                t.lemma_.lower() in self.words.contest_fight_nouns
                and not prep_objects(t, ("against",))
            )
            for t in things
        )

    def _threat_of_meeting(self, speaker: Any, clause: Any, actors: TokenActors) -> Action:
        """The threat (CAMEO 130) a speaker makes by saying an act "would be met with" a
        reply: against the act's doer, named on its noun ("any Israeli attack", "an attack
        by X"), if any."""
        sources, _ = self.subject_of(speaker, actors)
        act = next(c for c in clause.children if c.dep_ == "nsubjpass")
        mods = [c for c in act.children if c.dep_ in ("amod", "compound", "poss")]
        doers = [a for c in mods if (a := actors.at(c.i)) is not None]
        doers = doers or self.demonym_actors(mods)
        for p in act.children:
            if p.dep_ == "prep" and p.lower_ in ("by", "from") and not doers:
                doers = [
                    a for g in p.children if g.dep_ == "pobj" for a in self.phrase_actors(g, actors)
                ]
        source = sources[0] if sources else None
        target = next((t for t in doers if t is not source), None)
        if target is None:
            # "X warned Y that any attack would be met with force": a warning is aimed at
            # the one it is addressed to when the act's doer goes unnamed
            addressed = [
                a
                for c in speaker.children
                if c.dep_ in ("dobj", "dative")
                for a in self.phrase_actors(c, actors)
            ]
            target = next((t for t in addressed if t is not source), None)
        text = f"{speaker.lemma_} + {clause.lemma_} with [130]"
        return Action(speaker.i, "130", (source,), (target,), text, True, builtin=True)

    def condition_parties(
        self,
        verb: Any,
        actors: TokenActors,
        side: Actor | None = None,
        *,
        terms_only: bool = False,
    ) -> list[Actor]:
        """The parties a condition on ``verb`` is of: the subjects of its "if" or "unless"
        clause ("will impose sanctions if Turkey attacks", "if Israel strikes, Iran will
        retaliate", "will withdraw unless X pays": ``condition_marks``), also on the act a
        stance verb governs or the stance verb over it ("threatened to close the strait if
        X imposed sanctions"); none of ``side``'s own (itself or its state). A clause of
        the term a threatened act lasts until (``threat_term_marks``: "vowed to continue
        protests until the president resigns") is of the party it is aimed at too, and a
        threat told by a noun object ("continue demonstrations") reads its verb's. With
        ``terms_only``, only the parties of such "until" clauses."""
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head
        clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        if verb.dep_ == "xcomp":
            clauses.append(verb.head)
        return [
            a
            for v in clauses
            for c in v.children
            if c.dep_ == "advcl"
            and (
                (not terms_only and _conditional(c, words=self.words))
                or any(
                    m.dep_ == "mark" and m.lower_ in self.words.threat_term_marks
                    for m in c.children
                )
            )
            for g in c.children
            if g.dep_ in _SUBJ
            for a in self.phrase_actors(g, actors)
            if side is None or not _own_side(a, side)
        ]

    def _reply_to_any_act(self, reply: Any) -> bool:
        """Is ``reply`` one "to any" act of material conflict ("would respond to any
        attack", "to any incursion"): a reply to what may come, so a conditional one?"""
        for p in reply.children:
            if p.dep_ != "prep" or p.lower_ != "to":
                continue
            for g in p.children:
                if g.dep_ != "pobj" or not any(
                    d.dep_ == "det" and d.lower_ in self.words.unreal_event_modifiers
                    for d in g.children
                ):
                    continue
                rules = self.nominal_rules(g) or ()
                if any(_material(r.code) for r in rules):
                    return True
        return False

    def _reply_to_act(self, reply: Any) -> bool:
        """Is ``reply`` one "to" an act of material conflict, done or to come ("respond to
        the attack", "to any incursion")?"""
        return any(
            p.dep_ == "prep"
            and p.lower_ == "to"
            and any(
                g.dep_ == "pobj" and any(_material(r.code) for r in self.nominal_rules(g) or ())
                for g in p.children
            )
            for p in reply.children
        )

    def _threat_of_response(self, warning: Any, reply: Any, actors: TokenActors) -> Action:
        """A warning that the speaker will reply ("X warned (Y) it would respond to Z"):
        a threat (CAMEO 130) by the warning's subject, against the one warned or the one
        the reply is "to" or "against"."""
        sources, _ = self.subject_of(warning, actors)
        targets = [
            a for c in warning.children if c.dep_ in _OBJ for a in self.phrase_actors(c, actors)
        ]
        # the reply's own phrase, or its object's ("take countermeasures against X")
        objects = [g for c in reply.children if c.dep_ == "dobj" for g in c.children]
        for p in [*reply.children, *objects] if not targets else ():
            if p.dep_ == "prep" and p.lower_ in ("to", "against"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        # "any NATO deployment", "any Syrian move": named or by demonym
                        targets += self.phrase_actors(g, actors) or self.demonym_actors(
                            list(g.subtree)
                        )
        if not targets:
            # "would respond if Taiwan declared independence": the one the condition is of
            targets += self.condition_parties(reply, actors)
        source = sources[0] if sources else None
        target = next((t for t in targets if t is not source), None)
        text = f"{warning.lemma_} + {reply.lemma_} [130]"
        return Action(warning.i, "130", (source,), (target,), text, True, builtin=True)

    def _threat_of_own_act(
        self, warning: Any, clause: Any, actors: TokenActors
    ) -> Action | None:
        """A warning that the speaker will act on another party ("X warned that it would
        target Y", "that it will continue to exert pressure on Iran"): a threat (CAMEO
        130) by the warning's subject against the party the act is on, named as the
        clause verb's object (or its infinitive's, "would continue to exert") or as the
        object of one of ``own_act_prepositions`` on the verb or on its object ("pressure
        on Iran"); None when the act is on no party but the speaker's own side, which is
        then no threat ("warned it would run out of cash", "would cut jobs"), or when the
        clause is negated ("would not tolerate attacks on X": others' acts), or when someone
        is warned ("warned Y that ..."): the warning's own rows make it a threat to Y. The CAMEO
        codebook's 13: a threat is a warning of the warner's own act, whatever the act,
        so an act in no table is one too."""
        sources, _ = self.subject_of(warning, actors)
        source = sources[0] if sources else None
        if source is None or any(c.dep_ == "neg" for c in clause.children):
            return None  # "warned it would not tolerate attacks on X": no act of its own
        if any(c.dep_ in _OBJ for c in warning.children):
            return None  # "warned Hezbollah that ...": a threat to the one warned, as coded
        verbs = [clause, *(g for g in clause.children if g.dep_ == "xcomp")]
        objects = [
            o
            for v in verbs
            for o in v.children
            if o.dep_ == "dobj"
            # "any aggression against Belarus": an act by anyone; but "any Taiwanese
            # separatists", "any NATO troops" are parties the act is on
            and (actors.at(o.i) is not None or not _any_event(o, words=self.words))
        ]
        heads = [
            o for o in objects if o.head.lemma_.lower() not in self.words.own_act_protective_verbs
        ]
        heads += [
            g
            for t in [*verbs, *objects]
            for p in t.children
            if p.dep_ == "prep" and self._aim_preposition(p)
            for g in p.children
            if g.dep_ == "pobj"
        ]
        parties = [a for h in heads if (a := actors.at(h.i)) is not None]
        target = next((a for a in parties if not _own_side(a, source)), None)
        if target is None:
            return None
        text = f"{warning.lemma_} + {clause.lemma_} [130]"
        return Action(warning.i, "130", (source,), (target,), text, True, builtin=True)

    def _aim_preposition(self, prep: Any) -> bool:
        """Does ``prep`` (one of ``own_act_prepositions``) name the party a warned act is
        aimed at? "against" always ("operations against rebels", "protect Serbs against
        Pristina"); "at" only on a verb with no object ("hit back at X"), as on a noun or
        after an object it is a place ("cut jobs at state firms"); "on" only on a noun or a
        verb with an object ("pressure on Iran", "impose sanctions on X"), as on a verb
        with none it is the verb's own complement ("rely on Washington", "focus on")."""
        word = prep.lower_
        if word not in self.words.own_act_prepositions:
            return False
        head = prep.head
        verb = head.pos_ in ("VERB", "AUX")
        has_object = verb and any(c.dep_ in _OBJ for c in head.children)
        if word == "at":
            return verb and not has_object
        if word == "on":
            return not verb or has_object
        return True

    def stance_of(self, tok: Any) -> str | None:
        """The stance a verb takes to the act it governs: "threat", "refusal", "posture"
        (readiness to use force), "intent", or None."""
        return self._stance_of(tok.lemma_.lower(), tok.lower_)

    def _stance_of(self, lemma: str, lower: str) -> str | None:
        """:meth:`stance_of` of a word by its lower-case lemma and text."""
        if lemma in self.threat_heads:
            return "threat"
        if lemma in self.refusal_heads:
            return "refusal"
        if lemma in self.posture_heads or lower in self.posture_heads:
            return "posture"
        if lemma in self.intent_heads or lower in self.intent_heads:
            return "intent"
        return None

    def _no_act(self, tok: Any, stated: bool, code: str) -> str | None:
        """Why a verb of geowire's own dictionary coded ``code`` reports no act here, or
        None: a purpose, an adjectival participle or a gerund (unless a verb of intent
        governs it: ``stated``), advice, a count of events, a duty, a poll's finding, an
        ability."""
        if (
            not stated
            and not _asserted_form(tok, words=self.words)
            and not (_verbal(code) and _forum_purpose(tok, words=self.words))
        ):
            return "is a purpose, a modifier or a gerund"
        if code[:2] == "03" and self._contest_aim(tok):
            return "is an aim in a contest or one's own effort ('vowed to win Ohio'), no intent"
        if _advice(tok, words=self.words):
            return "is advice ('should')"
        if _label(tok):
            return "is a label before a colon ('Contributing: X, Y'), a credit line, no act"
        if _under_advice(tok, words=self.words):
            return "is part of what is advised ('should refuse to take them in')"
        if code[:2] == "05" and _bodily_position(tok, words=self.words):
            return "is where one stands or stood ('standing behind X'), no support"
        if code[:2] == "04" and _met_reception(tok, words=self.words):
            return "meets a reception ('met with mockery', 'met stiff resistance'), no one"
        if any(
            c.dep_ in _OBJ and _counted(c, words=self.words) and self.nominal_rules(c)
            for c in tok.children
        ):
            return "counts events: a statistic"
        if _duty(tok, words=self.words):
            return "with a gerund gives a duty"
        if _of_any(tok, words=self.words):
            return "describes whatever may come ('any drone that enters its airspace')"
        if _averted(tok, words=self.words):
            return "is kept from happening or warned against ('refrained from attacking')"
        if _held_back(tok, words=self.words):
            return "is held back by reluctance ('was reluctant to endorse X'), not done"
        if _denied(tok, words=self.words):
            return "is denied ('denied supplying arms', 'rejected claims that it shelled')"
        if _attribute(tok, code):
            return "in the simple present of a relative clause describes, not reports"
        if _habit(tok, words=self.words):
            return "is a habit told in the present ('police routinely arrest critics'), no act"
        if _open_question(tok, words=self.words):
            return "is in an open question ('what terms Chile might accept')"
        if _asked(tok):
            return "is asked about in a question ('Does Chile support Peru?')"
        if code[:2] in ("05", "18", "19") and _margin(tok, words=self.words):
            return "is told by a margin of votes or points, an election's or a poll's result"
        if code[:2] in ("05", "11", "12", "18", "19") and _share_split(tok):
            return "is told with shares of people ('backed X, 57 percent to 22'), a poll's result"
        if code[:2] == "02" and _named_as(tok):
            return "names someone as something ('called him a fraud'), no appeal"
        if code[:3] == "014" and _appraisal(tok):
            return "judges what someone is ('considers X a threat'), weighs no option"
        if code[:3] == "014" and _imperative(tok):
            return "bids the reader weigh something ('Consider the case of X'), no act"
        if code[:2] == "02" and _asks_quoted_question(tok):
            return "asks the question quoted before it ('“Why pay?” asked X'), no appeal"
        if code[:2] == "02" and _asked_question(tok, words=self.words):
            return "asks a question ('asked questions about X', 'asked whether'), no appeal"
        if code[:2] == "02" and _questioned(tok, words=self.words):
            return "is a question put to someone ('when asked to comment'), no appeal"
        if code[:2] == "10" and _told_what_is(tok):
            return "insists on what someone is ('X must be a party of ideas'), a view"
        if code[:2] == "02" and _advised_state(tok, words=self.words):
            return "says what someone should be ('X should be able to ...'), a view"
        if _imminent_untold(tok):
            return "was about to happen ('was about to be charged'), not told done"
        if code[:2] == "03" and _promised_quality(tok):
            return "promises what the speaker will be ('vowed to be tougher'), a stance"
        if code[:2] == "12" and _view_refused(tok):
            return "refuses to grant a view ('refused to concede that ...'), no act refused"
        if _wished(tok, words=self.words):
            return "is what another party wants or expects done ('wants X to leave')"
        if any(_proposed_gerund(t, words=self.words) for t in (tok, *_clause_heads(tok))):
            return "is a course of action proposed ('suggested boycotting X'), not done"
        if _prompted(tok, words=self.words, code=code):
            return "is what someone is pushed or asked to do ('pushing X to reject it')"
        if _ceased(tok, words=self.words):
            return "is an act halted or given up ('decided to stop negotiating')"
        if not stated and _foreseen(tok, words=self.words):
            # ("Iran's threat to close the strait" is threatened: a stance, stated)
            return "is the content of a fear or prospect ('fears that X will attack')"
        if _verbal(code) and _polled(tok, words=self.words):
            # "most of the protesters attacked the police" still tells an act
            return "is what a share of people think, a poll's finding ('43% of voters back X')"
        if _degree(tok, words=self.words):
            return "is what someone is able or unable to do ('too weak to defend')"
        if _ability(tok, words=self.words):
            return "is what someone is able or free to do ('will be able to negotiate'), no act"
        if code[:2] in ("05", "12") and _by_voters(tok, words=self.words):
            return "is voters' support or rejection, a vote or a poll's finding"
        if _judged(tok, words=self.words):
            return "is what 'it is easy (right, hard) to do', a judgement, not an act"
        if _alternative(tok, words=self.words):
            return "is the alternative not taken ('rather than arresting them'), not done"
        if _privative(tok, words=self.words):
            return "is what was not done ('left without meeting the president')"
        if _intended_gerund(tok, words=self.words):
            return "is what an intention or a fear is of ('no intention of attacking X')"
        if code[:2] in ("18", "19", "20") and self._toll(tok):
            return "counts casualties with no doer or act named ('5,500 were injured'): a total"
        if _contrast(tok, words=self.words):
            return "is a contrast ('as opposed to'), no opposition"
        if code[:2] in ("03", "05") and _policy_stance(tok, words=self.words):
            return "backs a policy told by a gerund ('supports raising taxes'), no party"
        if _policy_backed(tok, words=self.words):
            return "is a policy someone backs ('backs sending troops'), not done"
        if code[:2] == "08" and _consequence(tok, words=self.words):
            return "tells what a state of things lets happen ('..., allowing X to'), no yielding"
        if code[:2] == "08" and _clause_conceded(tok, words=self.words):
            return "concedes that something is so ('conceded he had fallen short'), no yielding"
        return None

    def _toll(self, tok: Any) -> bool:
        """A casualty toll: a verb of casualties (``casualty_verbs``) in the passive, or
        "die", whose subject is a count of people ("more than 5,500 people were injured",
        "at least 74, including eight Americans, were killed", "hundreds have died"), with
        no "by" agent and no event, weapon or harm named in a phrase of its own ("in the
        blast", "with a rifle", "in clashes"): a total, not an act. So is one counted over
        days or since a point (:func:`_over_span`: "at least 40 have been killed in two
        weeks of protests", "the number of troops killed since the fighting erupted"),
        whatever fighting it names: a running total of many acts (the GUIDE: no totals),
        unless its own phrase names one act (:meth:`_one_act`: "killed in a bombing this
        month", "in an airstrike during the holy month")."""
        if tok.lemma_.lower() not in self.words.casualty_verbs:
            return False
        if _counted_participle(tok, words=self.words):
            # "raises to 34 the number of troops killed since the fighting erupted"
            return self._running_total(tok)
        kids = list(tok.children)
        if tok.lemma_.lower() == "die":
            subjects = [c for c in kids if c.dep_ == "nsubj"]
        else:
            subjects = [c for c in kids if c.dep_ == "nsubjpass"]
            if not subjects or not any(c.dep_ == "auxpass" for c in kids):
                return False
        if len(subjects) != 1 or not people_count(subjects[0], words=self.words):
            return False
        own = {t.i for t in subjects[0].subtree}
        if any(c.dep_ == "agent" for c in kids) or self._hands_of(tok):
            return False  # "killed by X", "at the hands of X"
        if self._running_total(tok):
            # counted over days or since a point ("have been killed since the offensive
            # began", "in two weeks of protests"): a running total of many acts, whatever
            # fighting it names; a clause of its own ("when a bomb went off") tells one
            return not any(c.dep_ == "advcl" and not _since_clause(c) for c in kids)
        if any(c.dep_ == "advcl" for c in kids):
            return False  # "were killed when a bomb went off"
        # no event, weapon or harm named anywhere in its clause, joined words too ("six
        # were killed and 58 injured in a blast")
        return not any(
            g.i not in own and g.pos_ in ("NOUN", "PROPN") and self._harm_named(g)
            for g in tok.subtree
        )

    def _running_total(self, tok: Any) -> bool:
        """Whether a casualty verb counts over a stretch of time or since a point
        (:func:`_over_span`) with no one act named in its own phrase (:meth:`_one_act`)."""
        return not self._one_act(tok) and _over_span(tok, words=self.words)

    def _harm_named(self, noun: Any) -> bool:
        """A noun that names an event, a weapon or a harm (an event noun of the verb
        dictionary, ``harm_words``, ``explosion_words``, ``accident_nouns``)."""
        lemma = noun.lemma_.lower()
        return bool(
            self.nominal_rules(noun)
            or lemma in self.words.harm_words
            or lemma in self.words.explosion_words
            or lemma in self.words.accident_nouns
        )

    def _one_act(self, tok: Any) -> bool:
        """Whether a casualty verb's own "in" ("during", "over" ...) phrase names one act: a
        singular noun of an event, weapon or harm (:meth:`_harm_named`) with "a" or "an"
        ("killed in a bombing", "in an airstrike on a mosque", "in a Taliban attack"). Its
        casualties are that act's, never a running total, whatever stretch of time or
        "since" the sentence also tells ("in a bombing in the last days of the campaign",
        "in a Taliban attack this month")."""
        return any(
            o.tag_ == "NN"
            and any(
                d.dep_ == "det" and d.lower_ in self.words.indefinite_articles for d in o.children
            )
            and self._harm_named(o)
            for o in prep_objects(tok, _SPAN_PREPOSITIONS)
        )

    def _forecast(self, tok: Any, actors: TokenActors) -> bool:
        """A warning (``warning_heads``) that something will happen which no party does:
        its that-clause's subject names no actor, no person, group or text and no event
        ("warned residents that heavy rains will cause landslides", "warned that prices
        would rise"): a forecast, no threat (CAMEO 13 is a threat of one's own act;
        "warned Israel that it would retaliate", "that sanctions would follow" stay)."""
        if tok.lemma_.lower() not in self.words.warning_heads:
            return False
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        # the parser may hang the clause on the one warned ("warned residents that ...")
        clauses += [
            g
            for c in tok.children
            if c.dep_ == "dobj"
            for g in c.children
            if g.dep_ in ("acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        ]
        if len(clauses) != 1:
            return False
        subjects = [c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return False
        subj = subjects[0]
        if self._warned_party_war(tok, clauses[0], actors):
            return False
        return not (
            subj.pos_ == "PRON"
            or names_someone(subj)
            or self.nominal_rules(subj)
            or self.phrase_actors(subj, actors, deep=True)
            or self.demonym_actors([subj, *subj.lefts])
            or subj.lemma_.lower() in self.words.people_nouns
            # a group named by where or whom it is of ("South Florida exiles")
            or any(t.ent_type_ in _NAME_ENTITIES for t in subj.subtree)
        )

    def _warned_party_war(self, tok: Any, clause: Any, actors: TokenActors) -> bool:
        """Whether a warning told to a state or an armed party (its object: a country, a
        government or its forces, a militia) says that something will bring war or a
        price to pay (``warned_outcome_nouns`` in its clause: "warned Taiwan that
        independence means war", "warned Manila that the standoff could spiral into
        conflict"): a threat between parties (CAMEO 13, the codebook's "coercive or
        forceful warnings"), whoever the clause's subject is, no forecast; one to the
        public ("warned residents that rains will cause floods") or about anything else
        ("warned Pakistan that growth would slow") stays a forecast. The warner, when a
        subject names one, is a state or an armed party too (a bank's or an agency's warning
        is a forecast); a price counts only when paid (``warned_cost_nouns`` with
        ``warned_cost_verbs``), and an outcome noun that is the subject of a clause with no
        modal tells a present state, no outcome."""
        def parties(dep: str) -> list[Actor]:
            return [
                a
                for c in tok.children
                if c.dep_ == dep
                for a in self.phrase_actors(c, actors, deep=False)
            ]

        def warring(found: list[Actor]) -> bool:
            """Every one a state or an armed party (true of none found)."""
            return all(
                a.country and (a.kind == "state" or set(sectors_of(a.code)) & _WARNED_ROLES)
                for a in found
            )

        warned = parties("dobj")
        # the warner is a state or an armed party too, when a subject names one: a bank's,
        # an agency's or a monitor's warning ("the World Bank warned Pakistan that prices
        # would rise", "the WHO warned Sudan that the conflict has left hospitals ...") is
        # a forecast
        if not warned or not warring(warned) or not warring(parties("nsubj")):
            return False
        w = self.words
        words = list(clause.subtree)
        paid = any(t.lemma_.lower() in w.warned_cost_verbs for t in words)
        return any(
            (
                t.lemma_.lower() in w.warned_outcome_nouns
                or (paid and t.lemma_.lower() in w.warned_cost_nouns)
            )
            # "the conflict has left hospitals unable to function": an outcome told as
            # a state now is no outcome threatened; one that will come is ("war will
            # follow")
            and not (
                t.dep_ in ("nsubj", "nsubjpass")
                and not any(c.tag_ == "MD" for c in t.head.children)
            )
            for t in words
        )

    def _done_by_thing(
        self, tok: Any, code: str, acts: Sequence[Action], actors: TokenActors
    ) -> bool:
        """Whether an act only a party does (``thing_acts_roots``: words, cooperation,
        demands, threats, a blockade) has for its doer a thing, with no party named: its
        subject (a relative clause's or a participle's noun, a passive's "by" agent) is a
        common noun that names no actor, no person, group or text (``names_someone``) and
        no event ("the passenger form challenged everyone's efforts", "a case that had
        threatened to cripple unions", "the attention surrounding the selection")."""
        if not (code[:2] in self.words.thing_acts_roots or code[:3] in self.words.thing_acts_roots):
            return False
        if code[:2] == "13":
            # "Russia's withdrawal from the deal threatens food supplies", "China's rise
            # threatens the region": an act or a thing that threatens something endangers
            # it, whoever owns it; a threat is a party's own words (or a text's: "the
            # statement threatened retaliation")
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if (
                len(subj) == 1
                and subj[0].pos_ == "NOUN"
                and not names_someone(subj[0])
                and actors.at(subj[0].i) is None
                and subj[0].lemma_.lower() not in self.words.people_nouns
            ):
                return True
        if code[:2] == "07" and tok.lemma_.lower() in self.words.enabling_verbs:
            # "Trump's big win is helping him stretch his lead", "his long tenure helps
            # him", "an issue that helped him win": a thing that helps favours someone,
            # whoever owns it; aid (07) is a party's own giving, told by its own words
            # ("China helped Zambia", "U.S. aid to Haiti")
            owned = self._thing_doers(tok)
            if (
                len(owned) == 1
                and owned[0].pos_ == "NOUN"
                and not names_someone(owned[0])
                and actors.at(owned[0].i) is None
                and owned[0].lemma_.lower() not in self.words.people_nouns
                # "Russia's military support helped Assad", "the IMF's bailout helped
                # Greece": a noun of aid given is its owner's aid, unless it backs a thing
                # ("Dupont's support for ethanol helped him win": a stance)
                and (
                    owned[0].lemma_.lower() not in self.words.aid_nouns
                    or any(
                        actors.at(g.i) is None and not names_someone(g)
                        for g in prep_objects(owned[0], self.words.aid_object_prepositions)
                    )
                    or self._backing_of_electorate(owned[0], actors)
                )
            ):
                return True
        if any(a.sources[0] is not None for a in acts):
            return False
        doers = self._thing_doers(tok)
        if len(doers) != 1:
            return False
        doer = doers[0]
        if doer.lower_ in ("this", "that") and doer.dep_ == "nsubj" and doer.tag_ == "DT":
            return True  # "this threatens the work": a demonstrative stands for a thing
        return (
            doer.pos_ == "NOUN"
            and not doer.ent_type_
            and not names_someone(doer)
            and not self.nominal_rules(doer)
            and not self.phrase_actors(doer, actors, deep=False)
            and not self.demonym_actors([doer, *doer.lefts])
            and doer.lemma_.lower() not in self.words.people_nouns
        )

    def _backing_of_electorate(self, noun: Any, actors: TokenActors) -> bool:
        """Whether a noun of aid is the backing of voters, people or a party ("support from
        evangelical voters helped Trump win Iowa", "the support of farmers helped Modi",
        "Labour's backing helped the government"): its giver (its owner, or the object of
        one of ``aid_giver_prepositions``) is people (``people_nouns``) or a party whose
        roles are those of the public or of politics (``_ELECTORATE_ROLES``), so what it
        helps is won with votes, no aid given (a state's, an international body's or an
        armed group's stays aid)."""
        givers = [c for c in noun.children if c.dep_ == "poss"]
        givers += prep_objects(noun, self.words.aid_giver_prepositions)
        for g in givers:
            if g.lemma_.lower() in self.words.people_nouns:
                return True
            actor = actors.at(g.i)
            if actor is not None and set(sectors_of(actor.code)) & _ELECTORATE_ROLES:
                return True
        return False

    @staticmethod
    def _thing_doers(tok: Any) -> list[Any]:
        """Who or what does the act of ``tok`` by the parse: its subject, a passive's "by"
        agent, the noun a participle or a relative clause is on, or the subject of the
        clause a participle after it belongs to."""
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        if not doers:
            doers = agent_objects(tok)
        if not doers and tok.dep_ == "acl" and tok.tag_ == "VBG":
            doers = [tok.head]  # "the attention surrounding X", "a decision allowing X"
        if len(doers) == 1 and doers[0].tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            doers = [tok.head]  # "a case that had threatened to cripple unions"
        if not doers and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i:
            # "the pressure is growing, threatening further losses": a participle after its
            # clause is done by that clause's subject
            doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        return doers

    def _no_force(self, tok: Any, acts: Sequence[Action], actors: TokenActors) -> bool:
        """Whether a word of force coded by geowire's dictionary uses none: a contest of
        words, votes or courts ("a legal battle"), or an effort (effort_verbs): with a
        to-infinitive or a "for" phrase of what is fought for, by no fighting force or state
        ("relatives fought to keep the boy", "shareholders fought for control of the
        company"; "troops fought to hold the bridge" is force), or with an object that
        names no party and no event ("fight the tax"; a reciprocal pronoun, "fought each
        other", names the doers)."""
        if _figurative(tok, words=self.words):
            return True
        if _retort(tok, words=self.words):
            return True
        if _figure_moved(tok, words=self.words):
            return True
        if _mishap(tok, words=self.words):
            return True
        if _dispute(tok, acts, words=self.words):
            return True
        if _served(tok, words=self.words):
            return True
        if tok.lemma_.lower() not in self.words.effort_verbs:
            return False
        if any(_infinitive(c) and to_infinitive(c) for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" and not _time_preposition(c)
            for c in tok.children
        ):
            # "fought to keep the boy", "fought for control of the party": what is fought
            # for is force only when a fighting force or a state fights ("the army and the
            # rebels fought for control of the airport"); "for years" is how long
            return not any(_fighter(a.sources[0]) for a in acts)
        if self._reciprocal(tok):
            # "Hamas and Fatah fought each other": the object is the doers themselves,
            # each fighting the other (``reciprocal_words``), no thing fought; force when
            # a fighting force or a state fights, as for a fight "for" something ("the two
            # senators fought each other over the bill" is a contest)
            return not any(_fighter(a.sources[0]) for a in acts)
        return any(
            c.dep_ == "dobj"
            and not self.phrase_actors(c, actors)
            and not self.nominal_rules(c)
            and not self.demonym_actors(list(c.subtree))
            for c in tok.children
        )

    def _recognizes_thing(self, tok: Any, actors: TokenActors) -> bool:
        """A recognition (054) of an object no party is named in ("recognized many areas
        of common ground", "recognized the problem"), or only inside the phrase of a thing
        that is none of ``recognized_nouns`` ("recognize the anxiety of workers"), of a
        clause ("recognized that ..."), or of a person honoured (:meth:`_honoured`): an
        admission, no diplomatic recognition, which is of a state, a government or a
        party's claim ("recognized Kosovo's independence")."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if not objs and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            objs = [tok.head]  # "an electorate he no longer recognized"
        if not objs:
            # "recognized long ago that ...": a fact admitted; "was recognized as Citizen
            # of the Year", "is not widely recognized" by no one named: an honour, fame
            return any(c.dep_ == "ccomp" for c in tok.children) or self._honoured(tok, actors)
        if not any(
            actors.at(t.i) is not None or t.pos_ == "PROPN" for o in objs for t in o.subtree
        ):
            return True
        # "recognize the anxiety of workers", "the vile bigotry of X": a party named only
        # inside a thing's phrase is no party recognized, unless the thing is what states
        # recognize (``recognized_nouns``: "recognized Kosovo's independence")
        return all(
            o.pos_ == "NOUN"
            and actors.at(o.i) is None
            and o.lemma_.lower() not in self.words.recognized_nouns
            and o.lower_ not in self.words.recognized_nouns
            for o in objs
        )

    def _honoured(self, tok: Any, actors: TokenActors) -> bool:
        """A passive recognition with no "by" whose subject is a person ("Carr was
        recognized as Agriculturalist of the Year", "Perez is not widely recognized"): an
        honour or fame, no state's recognition."""
        if any(c.dep_ == "agent" for c in tok.children):
            return False
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subjects:
            return False
        for subj in subjects:
            actor = actors.at(subj.i)
            if actor is not None and actor.kind != "person":
                return False
            if actor is None and subj.lemma_.lower() not in self.words.people_nouns:
                return False
        return True

    def nominal_rules(self, tok: Any) -> Any:
        """The noun rules of ``tok``: of its two-word name first ("suicide bombing", "air
        raid", "hunger strike": a compound modifier and the noun), else of the noun; none
        of a date's or a count's word ("in March"), nor of an agreement noun
        (``accord_nouns``) without the preposition of one of its rows ("between")."""
        if tok.ent_type_ in _COUNT_ENTITIES:
            return None
        for c in tok.children:
            if c.dep_ == "compound" and c.i == tok.i - 1:
                rules = self.nominals.get(f"{c.lemma_.lower()} {tok.lemma_.lower()}")
                if rules:
                    return rules
        rules = self.nominals.get(tok.lemma_.lower()) or self.nominals.get(tok.text.lower())
        if (
            rules
            and tok.lemma_.lower() in self.words.accord_nouns
            and not {c.lower_ for c in tok.children if c.dep_ == "prep"} & {r.prep for r in rules}
        ):
            # an agreement is an act only as one between its sides ("a deal between X and
            # Y was signed"); "the deal", "backed the Iran deal" name a thing, no event noun
            return None
        if rules and tok.dep_ == "compound":
            # a row written "=*" codes the noun only as the head of its phrase: "conducted a
            # cyberattack simulation" conducts no cyberattack
            rules = tuple(r for r in rules if not r.head) or None
        if not rules or not any(r.objects for r in rules):
            return rules
        # a row for what the act is of ("the suspension of aid", "a pause in aid", "the
        # aid freeze"): kept alone when the noun's object is its words, else left out
        what = _act_objects(tok)
        fitting = tuple(r for r in rules if r.objects & what)
        return fitting or tuple(r for r in rules if not r.objects) or None

    def _act_noun_sides(
        self, tok: Any, srcs: list[Actor], tgts: list[Actor], actors: TokenActors
    ) -> tuple[list[Actor], list[Actor]]:
        """The sides of a sanction or coercion (CAMEO 16, 17) its verb carries by the noun
        that names it, in the passive: the passive subject's noun ("the EU's sanctions
        against Russia were extended") is aimed at the party of its own target preposition,
        not at its owner, and is done by its owner or demonym when no "by" agent is named;
        so is the noun the undergoer is hit with ("Iran was hit with new U.S. sanctions":
        the United States)."""
        if not any(c.dep_ == "auxpass" for c in tok.children):
            # "Britain extended EU sanctions on Russia": the owner of the sanctions the
            # object names imposed them, not undergoes them
            for noun in (c for c in tok.children if c.dep_ == "dobj"):
                noun_rules = self.nominal_rules(noun) or ()
                if not any((r.code or "")[:2] in ("16", "17") for r in noun_rules):
                    continue
                mods = [
                    c
                    for c in noun.children
                    if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                ]
                own = [a for c in mods if (a := actors.at(c.i)) is not None]
                own = own or self.demonym_actors(mods)
                if own and any(t in own for t in tgts):
                    tgts = [t for t in tgts if t not in own]
                    if not tgts:
                        tgts = [
                            a
                            for c in noun.children
                            if c.dep_ == "prep" and c.lower_ in self.words.target_prepositions
                            for g in c.children
                            if g.dep_ == "pobj"
                            for a in self.phrase_actors(g, actors)
                            if a not in own
                        ]
            return srcs, tgts
        nouns = [c for c in tok.children if c.dep_ == "nsubjpass"]
        nouns += prep_objects(tok, ("with",))
        agent = any(c.dep_ == "agent" for c in tok.children)
        for noun in nouns:
            rules = [
                r
                for r in self.nominal_rules(noun) or ()
                if (r.code or "")[:2] in ("16", "17") and r.prep != "*"
            ]
            if not rules:
                continue
            aimed = [
                a
                for c in noun.children
                if c.dep_ == "prep" and any(c.lower_ == r.prep for r in rules)
                for g in c.children
                if g.dep_ == "pobj"
                for a in self.phrase_actors(g, actors)
            ]
            mods = [
                c
                for c in noun.children
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i
            ]
            own = [a for c in mods if (a := actors.at(c.i)) is not None]
            own = own or self.demonym_actors(mods)
            if noun.dep_ == "nsubjpass" and aimed:
                tgts = aimed
            if own and not agent and not srcs:
                srcs = [a for a in own if a not in tgts]
        return srcs, tgts

    def _sanctioned(self, h: Any, coded: set[int] | None, actors: TokenActors) -> list[Actor]:
        """The parties a sanction noun headed by ``h`` is told done to as the subject that
        undergoes it: the subject of a verb of undergoing whose object it is ("Russia faces
        new sanctions", ``sanctioned_verbs``) or of a copula with "under" it ("Iran has been
        under sanctions", "Venezuela, which remains under an embargo",
        ``sanctioned_copulas``); none when the noun is no act done ("any sanctions")."""
        verb = h.head
        if h.dep_ == "pobj" and verb.lower_ == "under" and verb.dep_ == "prep":
            verb = verb.head
            if verb.lemma_.lower() not in self.words.sanctioned_copulas:
                return []
        elif h.dep_ != "dobj" or verb.lemma_.lower() not in self.words.sanctioned_verbs:
            return []
        if verb.pos_ not in ("VERB", "AUX") or (coded and verb.i in coded):
            return []
        if any(
            c.dep_ in ("det", "amod", "advmod") and c.lower_ in self.words.unreal_event_modifiers
            for c in h.children
        ):
            return []
        return self.subject_of(verb, actors)[0]

    def _cut_thing(self, tok: Any) -> bool:
        """Is ``tok`` what an act of reducing relations named by its noun is of, by a row
        for that thing ("aid" in "the suspension of aid to Egypt", "the aid freeze"): no
        act of its own (no aid given)?"""
        act = tok.head
        if tok.dep_ == "pobj" and act.dep_ == "prep" and act.lower_ in ("of", "in", "on"):
            act = act.head
        elif tok.dep_ != "compound":
            return False
        if act.i == tok.i or act.pos_ != "NOUN":
            return False
        return any(r.objects for r in self.nominal_rules(act) or ())

    def _denier(self, h: Any, code: str) -> Any | None:
        """The verb of denial (``denial_verbs``: reject, deny, dismiss ...) whose object, or
        whose passive subject, is the disapproval noun phrase headed by ``h`` ("rejected
        Pakistan's accusation", "Israel's criticism was dismissed by Y"): the disapproval
        was voiced, whatever the denial says of its content (CAMEO 11)."""
        if code[:2] != "11" or h.dep_ not in ("dobj", "nsubjpass"):
            return None
        v = h.head
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in self.words.denial_verbs:
            return None
        return v

    def light_governor(self, h: Any) -> Any | None:
        """The light verb whose object (or whose preposition's object) the noun phrase
        headed by ``h`` is: "launched an attack", "put under investigation"."""
        if not self.light:
            return None
        h = _quantified(h, words=self.words)
        for c in h.children:
            # "the embargo (that) the U.N. imposed on Iraq": an act of material conflict
            # is the object of a light verb in its own relative clause (not "the criticism
            # he takes", which he suffers)
            if (
                c.dep_ == "relcl"
                and any(_material(r.code) for r in self.nominal_rules(h) or ())
                and c.lemma_.lower() in self.light
                and not any(g.dep_ == "auxpass" for g in c.children)
                and all(g.tag_ in ("WDT", "WP") for g in c.children if g.dep_ in _OBJ)
                and any(g.dep_ in _SUBJ for g in c.children)
            ):
                return c
            if (
                # "the sanctions, announced by X on Monday": its passive participle with
                # the light verb's agent; so a disapproval ("accusations made by X",
                # "criticism voiced by Y": the agent voiced it)
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.i > h.i
                and any(
                    _material(r.code) or (r.code or "")[:2] == "11"
                    for r in self.nominal_rules(h) or ()
                )
                and c.lemma_.lower() in self.light
                and any(g.dep_ == "agent" for g in c.children)
            ):
                return c
        v = h.head
        if h.dep_ == "pobj" and v.dep_ == "prep" and v.lower_ in self.words.light_verb_prepositions:
            v = v.head
            if v.i != h.i and self._involved_in_act(v):
                return v  # "were engaged (locked, embroiled) in clashes with X"
        elif h.dep_ not in _OBJ + _PASS_SUBJ:  # "sanctions were announced by X" too
            return None
        if v.i == h.i or v.pos_ not in ("VERB", "AUX"):
            return None
        return v if v.lemma_.lower() in self.light else None

    def _involved_in_act(self, tok: Any) -> bool:
        """A participle of involvement (``involvement_participles``) after "be", with no "by"
        agent, whose "in" phrase names an event ("were engaged in clashes with X", "was
        locked in a battle with Y"): its subject takes part in the event, as its doer; not
        a definite one ("were involved in the attack"), an act told before."""
        return (
            tok.lower_ in self.words.involvement_participles
            and tok.tag_ == "VBN"
            and any(c.dep_ in _PASS_SUBJ for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(
                    g.dep_ == "pobj"
                    and (self.nominal_rules(g) or self.candidates(g))
                    # "militants who were involved in the assault": a definite act told
                    # before, whose doers the clause names, is no new act
                    and not any(
                        d.dep_ == "det" and d.lower_ in self.words.definite_determiners
                        for d in g.children
                    )
                    for g in c.children
                )
                for c in tok.children
            )
        )

    def _trip_purpose(self, h: Any, gov: Any, rules: Sequence[Any]) -> bool:
        """Whether the event noun phrase headed by ``h`` is a meeting the trip its light
        verb tells is for ("traveled to Canada for meetings with G7 ministers", "arrived
        in Baghdad for talks with Iraqi officials", ``trip_verbs``): a consultation (04)
        of its own at the destination, not the trip."""
        return (
            h.dep_ == "pobj"
            and h.head.lower_ == "for"
            and h.head.head.i == gov.i
            and gov.lemma_.lower() in self.words.trip_verbs
            and any((r.code or "")[:2] == "04" and r.prep != "*" for r in rules)
        )

    def _orders_coded_act(self, tok: Any, actors: TokenActors) -> bool:
        """Whether a to-infinitive of the demand ``tok`` codes an act of its own ("ordered
        troops to withdraw from Syria": 087), directly or through its light verb's noun, so
        that a command to one's own forces leaves an event. Told an act geowire does not
        code ("ordered troops to leave Syria"), the order stays the demand it codes."""
        for c in tok.children:
            if not (_infinitive(c) and to_infinitive(c)):
                continue
            if self._builtin_act(c, actors) or self._carries_nominal(c):
                return True
        return False

    def _carries_nominal(self, verb: Any) -> bool:
        """Is ``verb`` a light verb whose object is a nominal event ("announced sanctions"),
        or the light verb's participle on one ("the sanctions announced by X")?"""
        if verb.lemma_.lower() not in self.light:
            return False
        for c in verb.children:
            heads = [c] if c.dep_ in _OBJ + _PASS_SUBJ else []
            if c.dep_ == "prep" and c.lower_ in self.words.light_verb_prepositions:
                heads = [g for g in c.children if g.dep_ == "pobj"]
            # "announced $10 million in aid": the noun the sum is measured in (_quantified),
            # itself, not a compound on it ("$2 billion in sanctions relief" is relief)
            measured = [
                g
                for h in heads
                if h.ent_type_ == "MONEY"
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for g in p.children
                if g.dep_ == "pobj" and _quantified(g, words=self.words).i == h.i
            ]
            for h in (*heads, *measured):
                compounds = [] if h in measured else [g for g in h.children if g.dep_ == "compound"]
                for n in (h, *compounds):
                    rules = self.nominals.get(n.lemma_.lower()) or self.nominals.get(n.lower_)
                    if rules and n.lemma_.lower() in self.words.accord_nouns:
                        rules = self.nominal_rules(n)  # "extend the deal": no act noun
                    if rules and any(r.code for r in rules):
                        return True
        # "the sanctions, announced by X": the participle of the noun it describes
        if verb.dep_ != "acl":
            return False
        gov = self.light_governor(verb.head)
        return gov is not None and gov.i == verb.i

    def _lend_victims(self, tok: Any, actions: list[Action], actors: TokenActors) -> None:
        """A consequence of force set off by a comma ("attacked a military base, killing
        ten soldiers") is no act of its own, but its victims are whom the governing act of
        force was done to when that act names no one ("a military base"): they become its
        target."""
        gov = tok.head
        if not _comma_participle(tok, gov):
            return
        mine = [n for n, a in enumerate(actions) if a.token == gov.i]
        if not mine or not all(
            _force(actions[n].code) and all(t is None for t in actions[n].targets) for n in mine
        ):
            return
        coding = self.code_verb(tok, actors)
        if coding is None or not coding.code or not _force(coding.code):
            return
        victims = [
            a for c in tok.children if c.dep_ == "dobj" for a in self.phrase_actors(c, actors)
        ]
        if len(victims) != 1:
            return
        for n in mine:
            actions[n] = dataclasses.replace(
                actions[n], targets=tuple(victims[0] for _ in actions[n].targets)
            )

    @staticmethod
    def _governed_by(tok: Any, coded: set[int]) -> bool:
        """Is ``tok`` the infinitive (or purpose clause) of a coded verb, directly or
        through a chain of them ("called for X to be allowed to leave")?"""
        t = tok
        while t.dep_ in ("xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            if t.i in coded:
                return True
        return False

    def _accompanying(self, tok: Any, actors: TokenActors) -> bool:
        """Is ``tok`` a participle clause set off by a comma that tells a disapproval,
        rejection, threat, sanction or coercion of its own beside its governor's act
        ("condemned the raid, accusing X of aggression", "fired a missile, threatening
        Japan"), not the governor's purpose, a consequence of its force ("shelled the town,
        killing five") or a gloss in other words ("spoke, asking him questions", "delivering
        a tribute", "urging voters")?"""
        if not _comma_participle(tok, tok.head):
            return False
        coding = self.code_verb(tok, actors)
        return (
            coding is not None
            and coding.code is not None
            and self._is_builtin(coding)
            and coding.code[:2] in _ACCOMPANYING_ROOTS
        )

    def _reporting_authority(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The police, court or government that tells of an arrest or charge it names no
        one for ("ten men were arrested on arms charges, the Interior Ministry said",
        "police said two suspects were charged"): the authority that reports its own
        coercion did it. Only a passive act the reporting verb governs, and only a state
        authority (police, judiciary, government, intelligence) as its teller."""
        if not any(c.dep_ in _PASS_SUBJ for c in tok.children) or any(
            c.dep_ == "agent" for c in tok.children
        ):
            return []
        head = tok.head
        if (
            tok.dep_ not in ("ccomp", "parataxis")
            or head.i == tok.i
            or head.lemma_.lower() not in self.words.reporting_verbs
        ):
            return []
        speakers, _ = self.subject_of(head, actors)
        return [
            a for a in speakers if a.country and any(sec in _AUTHORITY_SECTORS for sec in a.sectors)
        ]

    def _is_builtin(self, coding: Coding) -> bool:
        return self.builtin_origin is not None and coding.block.origin == self.builtin_origin

    def _builtin_act(self, tok: Any, actors: TokenActors) -> bool:
        """Whether ``tok`` is coded with an event code by geowire's own dictionary."""
        cc = self.code_verb(tok, actors)
        return cc is not None and bool(cc.code) and self._is_builtin(cc)

    def assemble(self, tok: Any, coding: Coding, actors: TokenActors) -> list[Action]:
        rule = (
            f"{coding.block.name}: {coding.pattern.text} [{coding.code}]"
            if coding.pattern
            else f"{coding.block.name} [{coding.code}]"
        )
        subj, ptargets = self.subject_of(tok, actors)
        # a pattern whose target comes before the verb makes the subject its target ("+ *
        # criticism": "X faced criticism"): the subject is no source then
        before = coding.pattern is not None and coding.pattern.text.startswith("+")
        # nor is the one it names a source when the source slot read it past the phrase
        # it wants ("faced criticism from rivals over his rallies": not his own criticism)
        srcs = [a for a in coding.sources if not before or a not in coding.targets] or [
            a for a in subj if not before or a not in coding.targets
        ]
        if coding.compound:
            srcs = subj if len(subj) >= 2 else list(coding.sources)
        builtin = self._is_builtin(coding)
        # symmetric: geowire's own entries say so; in loaded (PETRARCH) dictionaries a
        # "%" compound slot or a paired code [a:b] says so
        sym = (
            tok.lemma_.lower() in self.symmetric_lemmas or (coding.code or "") in self.reciprocal
            if builtin
            else False
        )
        if sym and coding.pattern is not None and (coding.code or "")[:2] in ("18", "19", "20"):
            # force by a row not itself two-way, of a verb two-way in another sense ("enter
            # into talks"): "French and Malian soldiers entered the town" do not enter
            # each other
            sym = (tok.lemma_.lower(), " ".join(coding.pattern.text.split())) in self.symmetric
        if coding.targets:
            tgts = list(coding.targets)
        elif ptargets or _participle_on_people(tok, words=self.words):
            # "a man convicted of killing an officer": the man undergoes the participle
            # (named by no actor here), not the one its complement names
            tgts = list(ptargets)
        else:
            tgts = self.objects_of(tok, actors, srcs, code=coding.code)
        if ptargets and coding.targets and all(t in subj for t in coding.targets):
            # "Japan was warned by China": the object slot read the passive's "by" agent,
            # who acts; the passive subject is the one acted on
            tgts = ptargets
        if builtin and coding.pattern is not None and _undergone(coding.pattern):
            # "X drew criticism from Y", "the Turkish offensive faced criticism from Y":
            # the one who undergoes it is the subject's own party (its head, or the owner
            # or demonym of an act named by it), not a party named deeper in the subject
            # ("Chile's decision to buy Peruvian jets drew criticism": Chile)
            own = [a for a in subj if a not in coding.sources]
            if own:
                tgts = own
                # and no critic of its own: "X's crackdown drew criticism" names none
                srcs = [a for a in srcs if a not in own]
        if not coding.targets and not ptargets and coding.code:
            tgts = self._past_own_forces(tok, coding.code, tgts, srcs, actors)
        if builtin and (coding.code or "")[:2] in ("16", "17") and not coding.targets:
            srcs, tgts = self._act_noun_sides(tok, srcs, tgts, actors)
        tgts = [t for t in tgts if t not in srcs]
        if builtin and sym and _force(coding.code) and srcs and tgts:
            # "fought with Britain against Germany": the "with" party fights beside the
            # doer, against the foe the "against" phrase names, who is the target of both
            allies = self._fought_beside(tok, srcs, tgts, actors)
            if allies:
                foes = [
                    a
                    for g in _against_phrase(tok)
                    for a in self.phrase_actors(g, actors)
                    if a not in srcs and a not in allies
                ]
                tgts = [t for t in tgts if t not in allies] + [f for f in foes if f not in tgts]
                if foes:
                    srcs = srcs + [a for a in allies if a not in srcs]
        backers: list[Actor] = []
        if builtin and _force(coding.code) and srcs and tgts:
            # "security forces backed by Kenyan soldiers killed militants": each armed
            # backer of the doer fights the same foe
            backers = [
                a for a in self._co_combatants(tok, actors) if a not in srcs and a not in tgts
            ]
            srcs = srcs + backers
        if builtin and not srcs and not tgts and (coding.code or "")[:2] == "17":
            srcs = self._reporting_authority(tok, actors)
        if builtin and not tgts and (coding.code or "")[:2] == "11":
            # "the opposition alleged that the military was behind the rigging": an
            # accusation or complaint said as a clause is aimed at the clause's subject
            tgts = [t for t in self._accused(tok, actors) if t not in srcs]
        if builtin and (coding.code or "")[:2] == "13" and not coding.targets:
            # "promised a harsh response to a Palestinian rocket attack", "vowed revenge
            # for the killing of its commander by Israel": a threatened reply is aimed at
            # the doer of the act it answers, not at no one or at the one the act was on
            answered = self._answered_act(tok)
            doers = [t for t in self._act_doers(answered, actors) if t not in srcs]
            if doers and all(_within(t, answered) for t in tgts):
                tgts = doers
        if builtin and not tgts and (coding.code or "")[:2] in _SEIZED_OR_STRUCK:
            tgts = self._owned_thing(tok, actors)
        if builtin and not srcs and not tgts and _force(coding.code):
            tgts = self._blast_site(tok, actors)
        talk = tok.lemma_.lower() in self.words.topic_verbs
        if builtin and not coding.targets and not ptargets and (talk or (sym and len(srcs) >= 2)):
            tgts = self._past_topic(tok, tgts, actors)
        if (
            builtin
            and (coding.code or "")[:2] == "15"
            and not srcs
            and ptargets
            and any(c.dep_ == "auxpass" for c in tok.children)
            and (coding.pattern is not None or all(_forces(t) for t in ptargets))
        ):
            # "U.S. troops were deployed to Poland", "Chinese warships were sent to the
            # strait": with no agent, the forces moved (their state) show the force, toward
            # the place they go; not "the police were alerted to the incident"
            srcs = list(ptargets)
            tgts = [t for t in self.objects_of(tok, actors, srcs) if t not in srcs]
        if self.require_dyad:
            # a dyad is two coded actors; an uncoded one may stand as a new actor named by
            # its noun phrase when that is short enough (PETRARCH's new_actor_length)
            srcs = [a for a in (self.admit(x, tok, actors) for x in srcs) if a is not None]
            tgts = [a for a in (self.admit(x, tok, actors) for x in tgts) if a is not None]
        out: list[Action] = []
        specific = coding.pattern is not None
        code = coding.code or ""
        if builtin and _force(code) and _false_blast(tok, words=self.words):
            # "an explosion of anger shook parliament", "a gas explosion killed five",
            # "bomb threats hit schools": no bomb set off, no act of force
            return []
        if builtin and self._joint_object(tok, coding, srcs, tgts, actors):
            # "X and Y exchanged prisoners", "X and Y agreed to reopen the crossing": what
            # the two pass between them or act on together is no party; each acts with
            # the other
            tgts, sym = [], True
        # "X and Y accused each other": each did it to the other
        mutual = (sym and not self._co_agents(tok)) or (
            not tgts and len(srcs) >= 2 and self._reciprocal(tok)
        )
        if (mutual and not tgts and len(srcs) >= 2) or (coding.compound and len(srcs) >= 2):
            for s in srcs:
                for t in srcs:
                    # (two parties coded alike, "Johnson and Hendricks agreed": no dyad)
                    if s is not t and not (s.code and s.code == t.code):
                        out.append(Action(tok.i, code, (s,), (t,), rule, specific))
            if out:
                return out
        if not srcs and not tgts:
            if (
                builtin
                and (code[:2] == "17" or (_force(code) and specific))
                and _passive_of_people(tok, words=self.words)
            ):
                # "five men were arrested in Seville", "15 people were killed in a car
                # bombing" (force a pattern names, not a bare "were killed"): the act is done
                # all the same; the coder gives it to the state where it happened
                return [Action(tok.i, code, (None,), (None,), rule, specific)]
            if (
                builtin
                and (_force(code) or code[:2] == "14")
                and (_done_by_people(tok, words=self.words) or _protest_subject(coding))
            ):
                # "a man set off a bomb in Lahore", "thousands marched in Tbilisi": force or
                # protest by unnamed people is done all the same; the coder gives it to the
                # country where it happened, if told
                return [Action(tok.i, code, (None,), (None,), rule, specific)]
            if (
                builtin
                and _force(code)
                and unknown_place(tok, lambda e: actors.at(e.start) is None) is not None
            ):
                # "girls were kidnapped at their school in the village of X", "captured the
                # town of X": force on or in a place no gazetteer knows, with no one named,
                # is done all the same; the coder gives it to the article's country, as a
                # known town's is its country's
                return [Action(tok.i, code, (None,), (None,), rule, specific)]
            if builtin and _force(code) and _done_by_blast(tok, words=self.words):
                # "a car bomb exploded near a market in Baghdad", "the blasts killed 257
                # people in Nairobi": a bombing by no one named is done all the same; the
                # coder gives it to the country where it happened, if told
                return [Action(tok.i, code, (None,), (None,), rule, specific)]
            return []
        if builtin and not tgts and code in self.words.guest_codes:
            if not self._welcomed_act(tok, actors):
                return []  # no one hosted: an event put on ("hosted a dinner"), not a visit
            # "Biden welcomed the release", "the EU welcomed the ceasefire": a welcome of
            # an act or a thing made, with no party named, approves of it (the stance rule
            # finds whose act it was), no one hosted
            code = _APPROVAL
        if self.require_dyad and (not srcs or not tgts):
            return []
        s_list: list[Actor | None] = list(srcs) or [None]
        t_list: list[Actor | None] = list(tgts) or [None]
        for src in s_list:
            for tgt in t_list:
                if src is not None and src is tgt:
                    continue
                # (an armed backer of the doer: its act is read as fighting alone)
                backer = src in backers
                out.append(Action(tok.i, code, (src,), (tgt,), rule, specific, backer=backer))
                # one act, one event (the guide's "a visit is coded once"): geowire's own
                # entries name the reverse code for reference only; a loaded PETRARCH
                # dictionary's paired code [a:b] is PETRARCH's convention, kept
                if coding.paired and tgt is not None and not builtin:
                    out.append(Action(tok.i, coding.paired, (tgt,), (src,), rule, specific, True))
        if builtin and sym and _force(code) and not self._co_agents(tok):
            # "X clashed with Y", "X exchanged fire with Y": the fight is each side's (and
            # so is a clash the senses read as words, 111: "clashed with X over taxes"),
            # not a clash with people who bear no arms, by role or by noun (protest and
            # repression: senses.civilian, _crowd_fought)
            out += [
                Action(tok.i, code, (t,), (s,), rule, specific)
                for s in srcs
                for t in self._fought_with(tok, tgts, actors)
                if not (s.code and s.code == t.code)
                and not (civilian(s) or civilian(t))
                and not self._crowd_fought(tok, s, t, actors)
            ]
        return out

    def _apposed_sides(self, noun: Any, obj: Any, actors: TokenActors) -> list[Actor]:
        """The parties named right after ``obj``, the object of a two-sided noun's
        preposition ("between"), that the parser took for the subject of the verb the noun
        is itself the subject of ("Fighting between the rival factions X and Y is
        spreading": X and Y the subject of "spreading", the noun its clausal subject):
        the names are the object's apposition, the sides; two or more, else none."""
        if noun.dep_ not in ("nsubj", "csubj") or obj.right_edge.i + 1 >= len(obj.doc):
            return []
        nxt = obj.doc[obj.right_edge.i + 1]
        if nxt.pos_ != "PROPN" or nxt.dep_ != "nsubj" or nxt.head.i != noun.head.i:
            return []
        sides = self.phrase_actors(nxt, actors)
        return sides if len(sides) >= 2 else []

    def _stranded_side(self, noun: Any, obj: Any, actors: TokenActors) -> list[Actor]:
        """The second side of a two-sided noun's "between X and Y" that the parser cut off
        at the "and", reading Y as the subject of the verb the noun is itself the subject
        of ("Gunbattles between the militants and the army raged for hours": "the army"
        the subject of "raged"): the object keeps the "and" but has no conjunct, and the
        one other subject of that verb starts right after it. Its actors, else none."""
        if noun.dep_ not in ("nsubj", "csubj") or any(c.dep_ == "conj" for c in obj.children):
            return []
        cc = [c for c in obj.children if c.dep_ == "cc" and c.lower_ == "and"]
        if len(cc) != 1 or cc[0].i != obj.right_edge.i:
            return []
        others = [
            c for c in noun.head.children if c.dep_ == "nsubj" and c.i != noun.i and c.i > cc[0].i
        ]
        if len(others) != 1 or others[0].left_edge.i != cc[0].i + 1:
            return []
        return self.phrase_actors(others[0], actors)

    def _fought_beside(
        self, tok: Any, srcs: list[Actor], tgts: list[Actor], actors: TokenActors
    ) -> list[Actor]:
        """The parties a symmetric use of force (fight, battle) names in its "with" phrase
        (:meth:`_fought_with`) that fight beside the doer, not against it: the verb also
        names a foe in an "against" phrase ("fought with Britain against Germany", "who
        fought with coalition forces against the Islamic State"), the doer is named as one
        who goes to fight for another's side (``auxiliary_fighter_nouns``: "Polish
        volunteers fought with Ukrainian forces", "Wagner mercenaries fought with Russian
        troops"). Such a party is an ally, neither the doer's target nor one who fights
        back; any other fight with a party is left to both ways (:meth:`_fought_with`)."""
        withs = self._fought_with(tok, tgts, actors)
        if not withs:
            return []
        if _against_phrase(tok) or any(
            d.lemma_.lower() in self.words.auxiliary_fighter_nouns for d in doers(tok)
        ):
            return withs
        return []

    def _crowd_fought(self, tok: Any, src: Actor, tgt: Actor, actors: TokenActors) -> bool:
        """Whether ``tgt``, a party a fight is "with" (:meth:`_fought_with`), is a crowd
        though its code names no crowd role: the head noun of its "with" phrase is a noun
        of people or of a crowd (:func:`~geowire.events.senses.crowd_fought`: "clashed with
        Palestinian youths", "fought with supporters of the opposition leader", "police
        clashed with ethnic Albanians"). Such a clash is a street's, not a fight each side
        wages: no back copy."""
        return crowd_fought(tok, lambda t: tgt in actors.all_at(t.i), src, tgt, self.words)

    def _fought_with(self, tok: Any, tgts: list[Actor], actors: TokenActors) -> list[Actor]:
        """The targets of a symmetric use of force (``sym`` in verbs.tsv: clash, fight,
        battle, exchange or trade fire) that its "with" phrase names, on the verb, on its
        object or on the noun of its object's "of" phrase ("clashed with rebels", "exchanged
        fire with militants", "exchanged volleys of fire with militants"): a fight
        with a party is done by both sides, as the coding guide codes "fighting between X
        and Y" both ways; a party the fight is done to or for in another phrase ("fought
        for control of Y", "battled the rebels") is not read as fighting back."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        # and the noun of an object's "of" phrase ("volleys of rifle fire with militants")
        heads = [
            tok,
            *objs,
            *(g for o in objs for p in o.children if p.lower_ == "of" for g in p.children),
        ]
        spots = {t.i for h in heads for g in prep_objects(h, ("with",)) for t in g.subtree} - {
            t.i for g in _against_phrase(tok) for t in g.subtree
        }
        return [t for t in tgts if any(t in actors.all_at(i) for i in spots)]

    def _answered_act(self, tok: Any) -> Any | None:
        """The act noun a reply answers, when the reply (``tok`` or its object, a
        ``reaction_words`` noun: "vowed a response", "promised revenge") takes it with "to"
        or "for" ("a response to the rocket attack", "revenge for the killing")."""
        for reply in (tok, *(c for c in tok.children if c.dep_ == "dobj")):
            if reply.lemma_.lower() not in self.words.reaction_words:
                continue
            acts = prep_objects(reply, ("to", "for"))
            if acts:
                return acts[0]
        return None

    def _act_doers(self, act: Any | None, actors: TokenActors) -> list[Actor]:
        """Who did the act noun ``act``: its "by" agent, its owner or its demonym ("the
        attack by the rebels", "India's strikes", "a Palestinian rocket attack"), never a
        party the act is on ("the killing of its commander": the victim)."""
        if act is None:
            return []
        agents = [a for g in prep_objects(act, ("by",)) for a in self.phrase_actors(g, actors)]
        owners = [
            a for c in act.children if c.dep_ == "poss" for a in self.phrase_actors(c, actors)
        ]
        return (
            agents
            or owners
            or self.demonym_actors([c for c in act.children if c.dep_ in ("amod", "compound")])
        )

    def _welcomed_act(self, tok: Any, actors: TokenActors) -> bool:
        """Whether ``tok``, a verb of welcome (``welcome_verbs``), welcomes an act or a
        made thing, not a guest: its object (or its passive subject) is a noun that names
        no party, with a noun rule of its own ("the release", "the truce") or one of
        ``artifact_nouns`` ("the decision", "the plan")."""
        if tok.lemma_.lower() not in self.words.welcome_verbs:
            return False
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(
            o.pos_ == "NOUN"
            and actors.at(o.i) is None
            and (o.lemma_.lower() in self.words.artifact_nouns or bool(self.nominal_rules(o)))
            for o in objs
        )

    def _blast_site(self, verb: Any, actors: TokenActors) -> list[Actor]:
        """The parties a bomb or its blast (``explosion_words``), the subject of a verb of
        force with no party of its own, went off at ("the explosions at U.S. embassies
        killed 110 people", "a blast outside the ministry wounded 20"): the place phrase
        names where the bombing struck, its target (the doer is no one named here)."""
        out: list[Actor] = []
        for subj in verb.children:
            if subj.dep_ != "nsubj" or subj.lemma_.lower() not in self.words.explosion_words:
                continue
            for c in subj.children:
                if c.dep_ == "prep" and (
                    c.lower_ in self.words.act_place_prepositions
                    or c.lower_ in self.words.strike_prepositions
                ):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            out += [a for a in self.phrase_actors(g, actors) if a not in out]
        return out

    def _accused(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The parties an accusation told as a clause is aimed at: the subject of the
        verb's complement clause ("alleged that the military rigged the vote", "charged
        that police were behind it"), not a party named deeper in it."""
        return [
            a
            for c in tok.children
            if c.dep_ == "ccomp"
            for g in c.children
            if g.dep_ in _SUBJ + _PASS_SUBJ and g.pos_ in ("NOUN", "PROPN", "PRON")
            for a in self.phrase_actors(g, actors, deep=False)
        ][:2]

    def _owned_thing(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The state a thing seized or struck belongs to, told by a demonym on the thing
        when the thing names no party ("shot down an American drone", "a Turkish convoy
        was bombed", "seized a British tanker", also in the phrase the force is aimed at:
        "fired at a Philippine vessel"): that state is the one acted upon."""
        things = [
            c
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and actors.at(c.i) is None
        ] + [
            # "fired on a Philippine vessel", "opened fire at an Indian patrol"
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in self.words.strike_prepositions
            for g in c.children
            if g.dep_ == "pobj"
            and g.pos_ == "NOUN"
            and actors.at(g.i) is None
            and g.lemma_.lower() not in self.words.place_nouns  # a town is its people's
        ]
        for thing in things:
            found = self.demonym_actors(
                [c for c in thing.children if c.dep_ in ("amod", "compound", "nmod")]
            )
            if found:
                return found[:1]
        return []

    def _past_own_forces(
        self, tok: Any, code: str, tgts: list[Actor], srcs: list[Actor], actors: TokenActors
    ) -> list[Actor]:
        """The targets of a posture or withdrawal act without the forces it moves
        ("deployed 5,000 troops to the border of X": X, not the troops; "sent 400 police
        officers to Haiti": Haiti, not the police)."""
        if not code.startswith(tuple(self.words.own_force_codes)):
            return tgts
        forces = [t for t in tgts if "MIL" in t.sectors or "COP" in t.sectors]
        if not forces:
            return tgts
        return self.objects_of(tok, actors, [*srcs, *forces])

    def _past_topic(self, tok: Any, tgts: list[Actor], actors: TokenActors) -> list[Actor]:
        """The targets of a mutual act or of talking without those named only in what it is
        about ("X and Y conferred on a blockade of Z": they confer with each other; "X
        discussed the attack on Z with Y": the object of a word of talking is its topic)."""
        talk = tok.lemma_.lower() in self.words.topic_verbs
        # (also on the verb's object noun: "X and Y held talks on Z")
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN")]
        # "discussed the crisis with Blair": the parser hangs the "with" of the one talked
        # with on the topic noun; it names a party talked with unless the noun is one whose
        # "with" names its own other side and that side is a state ("discussed the deal
        # with Iran", "trade relations with Chile": partner_nouns; but "discussed bilateral
        # ties with President Xi": Xi is talked with)
        partners = [
            p
            for c in tok.children
            if talk and c.dep_ == "dobj"
            for p in c.children
            if p.dep_ == "prep"
            and p.lower_ == "with"
            and not (
                # (the list holds plurals, "relations", "talks": the word or its lemma)
                {c.lemma_.lower(), c.lower_} & self.words.partner_nouns
                and all(a.kind == "state" for a in _with_parties(p, actors))
            )
            # "discussed the crisis with reporters": the press is told, no one talked with
            and not all(_audience(a, words=self.words) for a in _with_parties(p, actors))
        ]
        partner = {t.i for p in partners for t in p.subtree}
        topic = {
            t.i
            for h in heads
            for c in h.children
            if (c.dep_ == "prep" and c.lower_ in self.words.gerund_topic_prepositions)
            or (talk and h is tok and c.dep_ == "dobj")
            for t in c.subtree
        } - partner
        if not topic:
            return tgts
        kept = [
            a for a in tgts if any(a in actors.all_at(t.i) and t.i not in topic for t in tok.sent)
        ]
        if kept or not tgts:
            return kept
        # the one talked with, past the topic: "discussed Iran with Y"
        return [
            a
            for p in [*tok.children, *partners]
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children
            if g.dep_ == "pobj"
            for a in self.phrase_actors(g, actors)
            if a not in tgts
        ]

    def _co_agents(self, tok: Any) -> bool:
        """Whether the verb's subjects include co-agents ("X spoke, along with Y"): they act
        side by side, not with each other. The co-agent word needs its "with" ("along
        with", "together with"): "X and Y traded fire along the border" is no co-agent."""
        subj = [c for c in tok.children if c.dep_ in _SUBJ]
        doc = tok.doc
        return any(
            c.dep_ == "prep"
            and c.lower_ in self.words.co_agent_words
            and (
                any(w.lower_ == "with" for w in c.children)
                or (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "with")
            )
            for h in (tok, *subj)
            for c in h.children
        )

    def _joint_object(
        self, tok: Any, coding: Coding, srcs: list[Actor], tgts: list[Actor], actors: TokenActors
    ) -> bool:
        """Whether two or more coordinated parties of different countries do a two-party
        act whose only targets are no party, named in the verb's object: "Russia and
        Ukraine exchanged prisoners" (the people exchanged), "X and Y agreed to reopen the
        Torkham crossing" (a place). The act is symmetric by its own pattern (``sym`` in
        verbs.tsv: exchange, swap, trade ...) or is the infinitive of a symmetric "to"
        pattern's verb ("agree to", "meet to") or that verb itself; an agreed act needs a
        target that is no party or a state body of no country told ("agreed to reopen
        embassies"), since one done to another party or to no one named may be a third
        party's. Each party then acts toward the other. By its own pattern, the people it
        names as exchanged are no third party even when a country is told of them
        ("Israel and Hamas exchanged hostages", "swapped prisoners in Abu Dhabi": the
        hostages and prisoners are what is exchanged, not whom it is done to)."""
        if len(srcs) < 2:
            return False
        if len({s.country for s in srcs}) < len(srcs) or not all(s.country for s in srcs):
            return False
        own = coding.pattern is not None and (
            tok.lemma_.lower(),
            " ".join(coding.pattern.text.split()),
        ) in self.symmetric
        if any(t.country for t in tgts) and not own:
            return False
        joint = tok.lemma_.lower() in self.joint_heads or (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.joint_heads
        )
        if not own and not joint:
            return False
        if not tgts:
            # an act agreed with no one acted on named may be aimed at a third party
            # ("agreed to send aid" to someone): left alone
            return False
        if not own and not all(
            not t.code or (role_only(t.code) and t.code[:3] in _STATE_ORGANS) for t in tgts
        ):
            # what they agreed to do to a party of no country ("agreed to fight
            # jihadists", "to take in refugees") is done to that party, not to each other;
            # their own bodies ("to reopen embassies", "to train soldiers") are theirs
            return False
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        # the object noun and the words before it in its phrase ("the Torkham border
        # crossing", "95 prisoners"), not a phrase after it ("talks with the rebels")
        spots = {t.i for o in objs for t in o.subtree if t.i <= o.i}
        return all(any(t in actors.all_at(i) for i in spots) for t in tgts)

    def _reciprocal(self, tok: Any) -> bool:
        """Whether the verb's object is a reciprocal pronoun: "accused each other", "traded
        accusations with one another"."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        preps = [c for h in (tok, *objs) for c in h.children if c.dep_ == "prep"]
        doc = tok.doc
        for t in (*objs, *(g for p in preps for g in p.children if g.dep_ == "pobj")):
            before = f"{doc[t.i - 1].lower_} {t.lower_}" if t.i > 0 else ""
            after = f"{t.lower_} {doc[t.i + 1].lower_}" if t.i + 1 < len(doc) else ""
            if before in self.words.reciprocal_words or after in self.words.reciprocal_words:
                return True
        return False

    def admit(self, actor: Actor, tok: Any, actors: TokenActors) -> Actor | None:
        if actor.code:
            return actor
        if self.new_actor_length <= 0:
            return None
        sent = tok.sent
        here = [t for t in sent if actor in actors.all_at(t.i)]
        if not here:
            return None
        ids = {t.i for t in here}
        root = next((t for t in here if t.head.i not in ids or t.head.i == t.i), here[0])
        while root.dep_ in ("compound", "poss", "flat", "appos") and root.head.i != root.i:
            root = root.head  # the head noun of the phrase the name is part of
        words = [
            t.text.upper()
            for t in root.subtree
            if t.i <= root.i or t.dep_ in ("prep", "pobj", "compound", "flat", "appos")
            if not t.is_punct and t.dep_ != "case"
        ]
        if not words or len(words) > self.new_actor_length:
            return None
        name = " ".join(words)
        return dataclasses.replace(actor, code=f'"{name}"')

    def demonym_actors(self, mods: Sequence[Any]) -> list[Actor]:
        """The states named by demonyms among ``mods`` ("Israeli" in "an Israeli
        airstrike"), as actors of their own."""
        out: list[Actor] = []
        for o in mods:
            country = self.demonyms.get(o.lower_) if o.pos_ in ("ADJ", "PROPN") else None
            if country is not None and not any(a.code == country for a in out):
                span = (o.idx, o.idx + len(o.text))
                out.append(Actor("", o.text, country, country, (), "state", (span,)))
        return out

    def _clause_agents(self, h: Any, actors: TokenActors, coded: set[int]) -> list[Actor]:
        """The actors of the nearest subject above the phrase headed by ``h`` that does
        not contain it, up through at most three verbs; none when the first verb is coded
        itself ("will not attend the talks with X": the verb's event says it all), unless
        the phrase is the occasion of that verb's act ("on a visit to X, Y pledged aid",
        ``occasion_prepositions``) or an act it follows ("after talks with X, Y pledged
        aid", ``sequel_prepositions``): the clause's agent took part in both."""
        t = h
        verbs = 0
        occasion = _occasion(h, words=self.words) or (
            h.dep_ == "pobj"
            and h.head.dep_ == "prep"
            and h.head.lower_ in self.words.sequel_prepositions
        )
        while t.head.i != t.i and verbs < 3:
            t = t.head
            if t.pos_ not in ("VERB", "AUX"):
                continue
            if verbs == 0 and t.i in coded and not occasion:
                return []
            if verbs == 0 and h.dep_ in _OBJ and h.head.i == t.i:
                return []  # "would undermine the talks with X": done to the talks, not in them
            if t.tag_ == "VBG" and t.dep_ in ("pcomp", "acl", "advcl"):
                return []  # "credited X for playing a role in talks": X's, unnamed here
            verbs += 1
            for c in t.children:
                if c.dep_ in _SUBJ and not (c.left_edge.i <= h.i <= c.right_edge.i):
                    found = self.phrase_actors(c, actors, deep=False)
                    if found:
                        return found
        return []

    def _addressed_occasion(
        self, h: Any, preps: Mapping[str, Any], owners: Sequence[Actor], actors: TokenActors
    ) -> list[tuple[Actor, Actor]]:
        """The (source, target) pairs of a consultation noun headed by ``h`` that names the
        occasion of a verb of addressing (``addressing_verbs``: "told Putin in a phone call
        that ...", "assured him during their meeting") and has no partner of its own (no
        ``occasion_partner_prepositions`` phrase: "with", "between"; no owner but the
        two): the verb's subject and its object consult, both ways (CAMEO 04: the one
        told took part in the call or the meeting). No pair when the object is the press
        ("told reporters at a meeting", ``_audience``): the audience of a statement, no
        side that consults; nor when it is a body or group of the speaker's own country,
        or one of no country ("told lawmakers of his party at a meeting", "told his
        cabinet at its weekly meeting", "told the Security Council at a meeting"): a
        speech to an audience one leads or sits in, no consultation (``_consulted``: a
        person told, or a party of another country)."""
        if not _occasion(h, words=self.words) or any(
            p in preps for p in self.words.occasion_partner_prepositions
        ):
            return []
        verb = h.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.addressing_verbs:
            return []
        srcs = self.subject_of(verb, actors)[0]
        tgts = [
            a
            for c in verb.children
            if c.dep_ in ("dobj", "dative")
            for a in self.phrase_actors(c, actors)
            if a not in srcs
            and not _audience(a, words=self.words)
            and all(_consulted(s, a) for s in srcs)
        ]
        if not srcs or not tgts or any(o not in srcs and o not in tgts for o in owners):
            return []
        return [(s, t) for s in srcs for t in tgts] + [(t, s) for s in srcs for t in tgts]

    def _named_act(self, h: Any, coded: set[int] | None, actors: TokenActors) -> bool:
        """Whether the event noun phrase headed by ``h``, carried by no light verb, names an
        act done: not one with a determiner or adjective of non-reference ("any attack",
        "a possible strike", ``unreal_event_modifiers``), nor the manner of its clause's
        coded verb ("killed in an airstrike", "retaliated for the raid": that verb tells
        the act)."""
        words = self.words
        if any(
            c.dep_ in ("det", "amod", "advmod") and c.lower_ in words.unreal_event_modifiers
            for c in h.children
        ):
            return False
        if h.dep_ in ("nsubj", "nsubjpass"):
            # "the attack on the convoy killed five"; not "the blockade was lifted", "the
            # attack was foiled" (``act_ending_verbs``), nor a passive the coded verb tells
            if h.head.lemma_.lower() in words.act_ending_verbs:
                return False
            if any(
                c.dep_ == "aux"
                and (
                    c.lower_ in words.hypothetical_auxiliaries
                    or c.lower_ in words.planned_auxiliaries
                )
                for c in h.head.children
            ):
                return False  # "a ban on X will come", "an attack could follow": not yet done
            return h.dep_ == "nsubj" or not (coded and h.head.i in coded)
        verb = h.head
        if h.dep_ == "pobj" and verb.dep_ == "prep":
            if verb.lower_ == "for" and verb.head.lemma_.lower() in words.punishment_words:
                # "is serving a life sentence for the assassination of X", "was hanged for
                # the murder of Y": a punishment's grounds were done
                return True
            if (
                verb.head.pos_ == "NOUN"
                and verb.head.lemma_.lower() in words.reaction_words
                and not any(c.dep_ == "neg" for c in clause_verb(h).children)
            ):
                # "in response to daily rocket attacks", "a harsh response to the raid",
                # "in retaliation for the strikes": an answer presupposes the act it answers
                # (not in a clause a "not" denies, whose modality the noun would take)
                return True
            if coded and verb.head.i in coded:
                # "blamed X for the attack": a disapproval's grounds are done; "killed in
                # the attack": the manner of a coded act is that act
                return self._disapproves(verb.head, actors)
            return (
                verb.lower_ in words.time_prepositions
                or verb.lower_ in words.act_told_prepositions
                # "the raid led to the arrest of five men": the consequence happened
                or f"{verb.head.lemma_.lower()} {verb.lower_}" in words.consequence_verbs
            )
        if h.dep_ not in _OBJ or verb.pos_ not in ("VERB", "AUX"):
            return False
        if (
            verb.lemma_.lower() in words.undergone_act_verbs
            or verb.lemma_.lower() in words.consequence_verbs
        ):
            return True
        if not coded or verb.i not in coded:
            return False
        if self._protest_noun(h) and dispersing(verb, self.words):
            # "police dispersed a protest by students", "broke up a protest rally called by
            # the opposition": the protest broken up was held all the same
            return True
        # "condemned the raid", "denounced the sanctions"; not "opposed sanctions" (110),
        # nor "blamed the attacks on X" (112, whose "on" is the blame's)
        return self._disapproves(verb, actors, "111")

    def _answered_proposal(
        self, tok: Any, h: Any, code: str, owner: Sequence[Any], actors: TokenActors
    ) -> list[Action]:
        """A request, appeal, offer, proposal or demand (CAMEO 02, 03, 10) its owner made,
        told by the answer to it: "the court rejected Kenya's request to brief it", "Iran
        turned down Washington's offer of talks", "Chile accepted Peru's proposal" (the
        object of ``answer_verbs``) is the owner's act toward the one who answers."""
        if code[:2] not in ("02", "03", "10") or h.dep_ != "dobj":
            return []
        verb = h.head
        if verb.pos_ != "VERB":
            return []
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if lemma not in self.words.answer_verbs and not any(
            f"{lemma} {p}" in self.words.answer_verbs for p in particles
        ):
            return []
        owners = _possessors(owner, actors)
        if not owners:
            return []
        answerers: list[Actor | None] = list(self.subject_of(verb, actors)[0]) or [None]
        text = f"{lemma} {tok.lemma_} [{code}]"
        return [
            Action(tok.i, code, (o,), (t,), text, True)
            for o in owners
            for t in answerers
            if t is not o
        ]

    def _offer_answerers(self, tok: Any, actors: TokenActors) -> list[Actor]:
        """The subject of the verb of answering (``answer_verbs``) whose object is the noun
        of stance ``tok`` is the "to"-infinitive of ("Hamas rejected Egypt's offer to
        mediate", "Iran welcomed the pledge to provide aid"): the one the offer or pledge
        was made to; none when the noun is no answered object."""
        noun = tok.head
        if not (
            tok.dep_ == "acl"
            and noun.lemma_.lower() in self.words.stance_nouns
            and noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB"
        ):
            return []
        verb = noun.head
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if lemma not in self.words.answer_verbs and not any(
            f"{lemma} {p}" in self.words.answer_verbs for p in particles
        ):
            return []
        return list(self.subject_of(verb, actors)[0])

    def _disapproves(self, verb: Any, actors: TokenActors, code: str = "11") -> bool:
        """Whether ``verb`` is coded as disapproval (CAMEO ``code``: 11, criticism 111)."""
        coding = self.code_verb(verb, actors)
        return coding is not None and (coding.code or "").startswith(code)

    def _thing_party(self, thing: Any, actors: TokenActors) -> list[Actor]:
        """The party a thing acted upon belongs or goes to: its demonym ("sanctions on
        Iranian oil"), or the one after its own "to", "with", "from" or "for" ("the
        suspension of aid to Kenya", "a halt of trade with Iraq")."""
        found = self.demonym_actors([c for c in thing.children if c.dep_ in ("amod", "compound")])
        if found:
            return found
        for c in thing.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "for"):
                for g in c.children:
                    if g.dep_ == "pobj" and (found := self.phrase_actors(g, actors)):
                        return found
        return []

    def _struck_place(self, h: Any, actors: TokenActors) -> list[Actor]:
        """The parties the place phrase of the force event noun ``h`` names ("the bomb
        attack at the embassy", "explosions near U.S. embassies": ``_place_phrase``): where the
        act struck, its target when no doer is named."""
        return [
            a
            for c in h.children
            if self._place_phrase(h, c)
            for g in c.children
            if g.dep_ == "pobj"
            for a in self.phrase_actors(g, actors)
        ]

    def _punished(self, h: Any, actors: TokenActors) -> list[Actor]:
        """The one punished for the act the event noun ``h`` names, in the "for" phrase of
        a word of punishment (``punishment_words``): "X is serving a life sentence for the
        assassination of Y", "X was hanged for the murder of Y", "jailed X for the bombing
        of Y": the convict did the act (not so an accusation, "arrested for": a claim)."""
        prep = h.head
        if not (h.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ == "prep"):
            return []
        word = prep.head
        if word.lemma_.lower() not in self.words.punishment_words:
            return []
        verb = word
        if word.pos_ == "NOUN":
            verb = word.head
            if word.dep_ != "dobj" or verb.lemma_.lower() not in self.words.sentence_bearing_verbs:
                return []  # "a judge handed down a sentence for ...": the judge did nothing
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        for c in verb.children:
            if c.dep_ == "dobj" and c.i != word.i and (found := self.phrase_actors(c, actors)):
                return found  # "the court jailed X for ...": the one jailed
        if word.pos_ == "NOUN" or any(c.dep_ == "auxpass" for c in verb.children):
            # "X is serving a sentence for", "X was hanged for": the subject
            return [
                a
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for a in self.phrase_actors(c, actors)
            ]
        return []

    def _happened(self, h: Any, actors: TokenActors) -> bool:
        """Whether the event noun ``h`` is the subject of a verb of happening
        (``happening_verbs``: "the bombings occurred", "the raid took place", "the bombing
        came minutes later") that no "not" denies and that acts on no party of its own:
        the act told as done."""
        verb = h.head
        return (
            h.dep_ == "nsubj"
            and verb.lemma_.lower() in self.words.happening_verbs
            and not any(c.dep_ == "neg" for c in verb.children)
            and not any(c.dep_ in ("dobj", "attr") and actors.at(c.i) for c in verb.children)
        )

    def _kills(self, verb: Any, actors: TokenActors) -> bool:
        """Whether ``verb`` is one of killing or wounding (a use of force by the verb
        dictionary) with an object that counts or names its victims ("killed 11 miners",
        "wounded dozens")."""
        coding = self.code_verb(verb, actors)
        if coding is None or not _force(coding.code) or coding.pattern is not None:
            return False
        return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM", "PROPN") for c in verb.children)

    def _undergone(
        self,
        tok: Any,
        h: Any,
        rules: Sequence[Any],
        owner: Sequence[Any],
        preps: dict[str, Any],
        gov: Any,
        actors: TokenActors,
        coded: set[int] | None,
    ) -> list[Action]:
        """An act done to someone named by its possessive ("the opposition leader's arrest",
        "the journalist's detention was extended by a court", ``patient_nouns``): the owner
        undergoes it, done by the one "by" names or the light verb's subject (no one named:
        none). With no light verb only an act told as done (``_named_act``); nothing when
        the noun has an "of" phrase of its own, which names the one it is done to."""
        if tok.lemma_.lower() not in self.words.patient_nouns or "of" in preps:
            return []
        if any(
            c.dep_ == "compound" and c.lower_ in self.words.publication_compounds
            for c in tok.children
        ):
            return []  # "her news release": a thing published
        rule = next((r for r in rules if r.prep == "of" and r.code and not r.objects), None)
        rule = rule or next((r for r in rules if r.prep == "*" and r.code), None)
        if rule is None:
            return []
        patients = _possessors(owner, actors)
        # a state named alone is no one an act is done to ("Iran's arrest" is no arrest of
        # Iran): a person, group or office undergoes it
        patients = [a for a in patients if a.kind != "state"]
        if not patients:
            return []
        doers: list[Actor | None] = []
        agent = preps.get("by")
        for g in agent.children if agent is not None else ():
            if g.dep_ == "pobj":
                doers += [a for a in self.phrase_actors(g, actors) if a not in patients]
        if gov is not None:
            doers += [a for a in self.subject_of(gov, actors)[0] if a not in patients]
        elif not self._named_act(h, coded, actors):
            return []
        text = f"{tok.lemma_} [{rule.code}]"
        return [
            Action(tok.i, rule.code, (s,), (t,), text, True)
            for s in (doers or [None])
            for t in patients
        ]

    def _owned_act(
        self,
        tok: Any,
        h: Any,
        code: str,
        owner: Sequence[Any],
        actors: TokenActors,
        coded: set[int] | None,
    ) -> bool:
        """Whether an event noun of material conflict (CAMEO 15 to 20) carried by no light
        verb names its doer on itself and so tells the act: "the Iraqi invasion", "the U.S.
        military buildup", "Moscow's offensive". Not the owner of an act done to him
        ("Navalny's arrest", ``patient_nouns``), nor a name compounded with sanctions
        ("Iran sanctions" are on Iran)."""
        if not _material(code) or not self._named_act(h, coded, actors):
            return False
        patient = tok.lemma_.lower() in self.words.patient_nouns
        verbal = tok.lemma_.lower() in self.words.verbal_force_words
        for o in owner:
            found = actors.at(o.i)
            if found is None:
                continue
            if (o.dep_ == "poss" and patient) or (o.dep_ == "compound" and code[:2] == "16"):
                continue
            if verbal and (o.pos_ == "PRON" or found.kind == "person"):
                continue  # "Trump's attacks", "his attacks": with no one attacked, words
            return True
        if any(actors.at(o.i) is not None for o in owner):
            return False
        return bool(self.demonym_actors(owner))

    def _manner_owner(self, h: Any, owner: Sequence[Any], actors: TokenActors) -> list[Actor]:
        """The doer of an event noun owned by a possessive pronoun in the "in" phrase of its
        clause's predicate ("Western governments were united in their condemnation of the
        coup", "X has been vocal in its criticism of Y", "Z persisted in his refusal"): the
        phrase tells the manner of the subject's own stance, so the pronoun is the subject
        and the subject the noun's doer. No light verb governs such a noun, so without this
        the act kept no source. A verb whose object names a party is no such predicate: the
        pronoun may be the object's ("Iran helps the Houthis in their attacks", "police beat
        students in their protest"), so the noun's owner is left as it was; an object that
        names none leaves the subject ("were not mincing words in their opposition")."""
        if not any(o.dep_ == "poss" and o.tag_ == "PRP$" for o in owner):
            return []
        prep = h.head
        if h.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
            return []
        pred = prep.head
        if pred.pos_ == "ADJ" and pred.dep_ in ("acomp", "oprd"):
            pred = pred.head
        elif any(
            c.dep_ in ("dobj", "dative") and self.phrase_actors(c, actors, owners=False)
            for c in pred.children
        ):
            return []
        if pred.pos_ not in ("VERB", "AUX") or pred.i == prep.i:
            return []
        return self.subject_of(pred, actors)[0]

    def accused_of(self, h: Any, actors: TokenActors) -> list[Actor]:
        """The party an allegation lays the act of the event noun ``h`` on: the object of
        a verb of laying a wrong (``allegation_verbs``) whose "of" or "for" phrase the noun
        heads ("Ukraine blamed Russia for the attack on the port", "accused the army of the
        killing of ten protesters"), the subject of such a verb in the passive ("Russia was
        blamed for the attack", "two soldiers stand accused of the bombing of the base"),
        or the subject of an adjective of answerability (``responsibility_adjectives``:
        "IRA commanders are responsible for the bomb attacks"). An event noun has no doer
        of its own in such a phrase; the one it is laid on is said to have done it. Empty
        when the noun is in no such phrase."""
        t = h
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "accused of the killings and the abductions"
        prep = t.head
        if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            return []
        head = prep.head
        lemma = head.lemma_.lower()
        if head.pos_ == "ADJ" and lemma in self.words.responsibility_adjectives:
            if head.dep_ not in ("acomp", "oprd") or head.head.pos_ not in ("VERB", "AUX"):
                return []
            srcs, ptargets = self.subject_of(head.head, actors)
            return ptargets or srcs
        if lemma not in self.words.allegation_verbs or head.pos_ not in ("VERB", "ADJ"):
            return []
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs:
            return self.phrase_actors(objs[0], actors)
        if any(c.dep_ in _PASS_SUBJ for c in head.children):
            return self.subject_of(head, actors)[1]
        if (
            head.dep_ in ("acomp", "oprd", "xcomp")
            or (head.dep_ == "advcl" and head.tag_ == "VBN" and not own_subject(head))
        ) and head.head.pos_ in ("VERB", "AUX"):
            # "two soldiers stand accused of the bombing": the subject of the verb the
            # participle completes (the parser may hang it as a clause of its own)
            srcs, ptargets = self.subject_of(head.head, actors)
            return ptargets or srcs
        return []

    def nominal(
        self, tok: Any, rules: Sequence[Any], actors: TokenActors, coded: set[int] | None = None
    ) -> list[Action]:
        out: list[Action] = []
        # the phrase the event noun heads, or modifies ("a mediation effort between ...")
        h = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
        if h is tok and _joined_modifier_head(tok) and not self.nominal_rules(tok.head):
            # "carried out air and artillery strikes against X": the parser heads the phrase
            # with the first of two joined modifiers, the noun a conjunct of it
            h = tok.head
        ender = h.head.lemma_.lower() if h.dep_ == "dobj" else _taking_part_ender(h, self.words)
        if (
            (
                ender in self.words.act_ending_verbs
                and (ender != "call" or any(c.dep_ == "prt" for c in h.head.children))
                and any((r.code or "")[:2] in ("16", "17") for r in rules)
            )
            or (
                ender in self.words.object_ending_verbs
                and not (
                    # "police stopped the march", "troops halted the attack": begun by others,
                    # the protest or the force happened
                    ender in self.words.interrupting_verbs
                    and any((r.code or "")[:2] in ("14", "18", "19", "20") for r in rules)
                )
            )
            or (
                ender in self.words.tie_ending_verbs
                and any((r.code or "")[:2] in ("05", "06", "07") for r in rules)
            )
        ):
            # "lifted its sanctions on X", "dropped the charges", "called off the
            # embargo": the verb's easing is told, not the noun's sanction or coercion (as
            # "the sanctions were lifted"); "suspended its cooperation with X", "halted aid
            # to Y", "ended its military cooperation with X": the halting (16) is told, not
            # the act halted
            return out
        if _lacked(h, words=self.words):
            return out  # "the lack of coordination between X and Y": no such act
        if _topic_act(h, words=self.words):
            return out  # "talks on a prisoner exchange between X and Y": not done
        if _asked_act(h, words=self.words):
            return out  # "demanded the release of X", "called for talks with Y": not done
        if tok.lemma_.lower() in self.words.truce_nouns | self.words.accord_nouns and not (
            _truce_told(h, words=self.words)
        ):
            # "talks on a ceasefire between X and Y", "called for a truce between X and Y",
            # "violating the ceasefire with Z", "under the accord between X and Y": no
            # truce or agreement made, so not its sides' own (0871, 057); the noun's bare
            # rule keeps its light verbs ("declared a truce")
            rules = [r for r in rules if r.prep == "*"]
        claim = claimer(h, words=self.words)
        gov = claim if claim is not None else self.light_governor(h)
        if gov is not None and (
            _open_question(gov, words=self.words)
            or _wished(gov, words=self.words)
            or _degree(gov, words=self.words)
            or _ability(gov, words=self.words)
            or _judged(gov, words=self.words)
            or _policy_backed(gov, words=self.words)
        ):
            # "what terms Chile might accept": wondered about; "too weak to launch an
            # offensive", "has the power to impose sanctions": an ability; "it is
            # impossible to conduct an investigation": a judgement by no one; "supports
            # holding talks": a policy backed; none is done
            return out
        preps: dict[str, Any] = {}
        for x in (tok, h) if h.i != tok.i else (tok,):
            for c in x.children:
                if c.dep_ == "prep":
                    preps.setdefault(c.lemma_.lower(), c)
            for c in x.children:
                if c.dep_ in ("npadvmod", "tmod") and c.i > x.i and c.ent_type_ in ("DATE", "TIME"):
                    # "the bombings this month of U.S. embassies", "the raid last week on X":
                    # the parser hangs the noun's own phrase on the time that follows it
                    for g in c.children:
                        if g.dep_ == "prep" and not _time_preposition(g):
                            preps.setdefault(g.lemma_.lower(), g)
                elif c.dep_ == "prep" and c.i > x.i and _time_preposition(c):
                    # "the arrest over the weekend of a lawmaker": so too on a time told
                    # with its preposition
                    for t in c.children:
                        if t.dep_ == "pobj" and t.ent_type_ in ("DATE", "TIME"):
                            for g in t.children:
                                if g.dep_ == "prep" and not _time_preposition(g):
                                    preps.setdefault(g.lemma_.lower(), g)
        if gov is not None:  # "held talks on Monday with X": the preposition on the verb
            for c in gov.children:
                if (
                    c.dep_ in ("prep", "dative")
                    and not self._frame(c, gov)
                    and not any(t.i == h.i for t in c.subtree)
                ):
                    preps.setdefault(c.lemma_.lower(), c)
        elif h.dep_ == "nsubj" and h.head.lemma_.lower() in self.words.occurrence_verbs:
            # "fighting broke out between X and Y", "protests erupted against Z": the
            # parser hangs the event's preposition on the verb of its happening
            for c in h.head.children:
                if (
                    c.dep_ == "prep"
                    and c.lemma_.lower() in self.words.target_prepositions
                    and not _time_preposition(c)
                ):
                    # not the time it happened: "the bomb attack occurred on Monday"
                    preps.setdefault(c.lemma_.lower(), c)
        of = preps.get("of")
        if of is not None and "by" not in preps:
            # "the arrest of the leader by the police": the parser hangs the agent on the
            # party acted upon; a "by" on any other noun is that noun's ("condemnation of
            # the attack by Hamas" may be Hamas's attack)
            for g in of.children:
                if g.dep_ == "pobj" and self.phrase_actors(g, actors, deep=False):
                    preps.update(
                        ("by", c) for c in g.children if c.dep_ == "prep" and c.lower_ == "by"
                    )
        if (
            of is not None
            and "by" not in preps
            and tok.lemma_.lower() in self.words.agent_of_nouns
            and not any(r.prep == "of" for r in rules)
            and not any(c.dep_ == "poss" and actors.at(c.i) is not None for c in tok.children)
        ):
            # "the visit of Xi to Moscow", "the withdrawal of U.S. troops from Syria": an
            # act no one undergoes is done by the party its "of" names (a "by" agent); with
            # an owner named, that owner does it ("Ethiopia's withdrawal of its forces")
            preps["by"] = of
        if "by" not in preps:
            stray = self.stray_agent(h, actors)
            if stray is not None:
                preps["by"] = stray
        if "by" not in preps and self._protest_noun(tok):
            # "a protest rally called by the opposition", "a demonstration staged by
            # students": the participle of organizing names the protesters by its agent
            for c in h.children:
                if c.dep_ == "acl" and c.lemma_.lower() in self.words.organizing_verbs:
                    preps.update(("by", a) for a in c.children if a.dep_ == "agent")
        owner = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        if h.i != tok.i:
            owner += [c for c in h.children if c.dep_ in ("poss", "amod", "nmod")]
        # "U.S.-Iranian talks", "the Russia-China summit": two or more actors as modifiers
        sym_rule = next((r for r in rules if r.symmetric and r.code), None)
        if sym_rule is not None:
            mods: list[Actor] = []
            chain = list(owner)
            for o in owner:  # "Russia-China talks": China modifies talks, Russia China
                chain.extend(c for c in o.children if c.dep_ in ("compound", "amod", "conj"))
            for o in chain:
                for x in (o, *o.conjuncts):
                    for a in actors.all_at(x.i):
                        if a not in mods:
                            mods.append(a)
            if len(mods) >= 2:
                text = f"{tok.lemma_} [{sym_rule.code}]"
                return [
                    Action(tok.i, sym_rule.code, (s,), (t,), text, True)
                    for s in mods
                    for t in mods
                    if s is not t
                ]
        if (
            claim is None
            and coded
            and gov is not None
            and (gov.i in coded or self._governed_by(gov, coded))
            and not self._trip_purpose(h, gov, rules)
        ):
            return out  # the light verb is coded itself, or is the purpose of a coded action
        owners = [found for o in owner if (found := actors.at(o.i)) is not None]
        # its actor named on the noun itself, not only through a demonym, nor as the owner
        # of an act done to them ("Navalny's arrest")
        named = any(
            actors.at(o.i) is not None
            and not (o.dep_ == "poss" and tok.lemma_.lower() in self.words.patient_nouns)
            for o in owner
        )
        undergone = self._undergone(tok, h, rules, owner, preps, gov, actors, coded)
        if undergone:
            return undergone
        if not owners:
            # a demonym on the event noun names its actor: "the Israeli attack on Gaza",
            # "the Turkish offensive against the Kurds" (the state, as no actor is named)
            owners = self.demonym_actors(owner)
        if not owners and any(r.objects and (r.code or "")[:3] == "162" for r in rules):
            # "the suspension of U.S. aid to Egypt", "a pause in Japanese aid": the giver
            # of the aid cut cuts it (not so the owner of diplomats expelled)
            givers = [
                mod
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "on")
                for g in c.children
                if g.dep_ == "pobj"
                for mod in g.children
                if mod.dep_ in ("poss", "compound", "amod", "nmod") and mod.i < g.i
            ]
            owners = [giver for mod in givers if (giver := actors.at(mod.i)) is not None]
            owners = owners or self.demonym_actors(givers)
        # the agent named by "by" ("a visit by X", "an attack by X"), or by "from" when the
        # noun takes no target with "from" ("criticism from X", "opposition from X")
        rule_preps = {r.prep for r in rules}
        by_agent = False  # an agent named by "by" ("protests by X")
        for name in ("by", "from"):
            agent = preps.get(name)
            if agent is None or (name == "from" and "from" in rule_preps):
                continue
            for g in agent.children:
                if g.dep_ == "pobj":
                    agents = [
                        a for a in self.phrase_actors(g, actors, owners=False) if a not in owners
                    ]
                    owners += agents
                    named = named or bool(agents)
                    by_agent = by_agent or (name == "by" and bool(agents))
        if not owners and gov is None:
            # "Russia was blamed for the attack on the port", "the rebels are responsible
            # for the killings": the one an allegation lays the act on did it
            owners = self.accused_of(h, actors)
            named = named or bool(owners)
        gov_srcs: list[Actor] = []
        gov_ptargets: list[Actor] = []
        if gov is not None:
            gov_srcs, gov_ptargets = self.subject_of(gov, actors)
        elif not owners:
            gov_srcs = self._manner_owner(h, owner, actors)
        if (
            gov_srcs
            and owners
            and not by_agent
            and (named_mods := [o for o in owner if actors.at(o.i) is not None])
            and all(self._force_doer(h, o, actors) for o in named_mods)
        ):
            # "Israel carried out a military strike on Gaza": the armed forces the noun's
            # modifier names are the light verb's subject's own; its subject is the doer
            owners = []
        # "Trump's threat of tariffs on Mexico", "renewed its threat of military action":
        # a threat that tells the act it is of (the act itself is not done)
        threatened = (
            self._threatened(h) if any(r.code and r.code[:2] == "13" for r in rules) else None
        )
        for rule in rules:
            if rule.prep == "*":
                continue
            prep = preps.get(rule.prep) or _of_phrase_prep(h, rule.prep)
            if prep is None and rule.objects:
                # "a pause in aid to Ukraine", "a freeze on aid to Kenya"
                prep = next(
                    (
                        g
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ in ("in", "on")
                        for o in c.children
                        if o.dep_ == "pobj"
                        for g in o.children
                        if g.dep_ == "prep" and g.lower_ == rule.prep
                    ),
                    None,
                )
            if prep is None or rule.code is None:
                continue
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            inside = self.phrase_actors(objs[0], actors) if objs else []
            if objs and not inside and _material(rule.code):
                inside = self._thing_party(objs[0], actors)
            text = f"{tok.lemma_} {rule.prep} [{rule.code}]"
            # the subject acts only through a light verb: "Iran condemned the attack on
            # Syria" is not an attack by Iran
            srcs = owners or gov_srcs
            if not srcs and gov is None and _material(rule.code):
                srcs = self._punished(h, actors)
            if not srcs and gov is None and rule.prep in ("with", "to") and _cooperative(rule.code):
                # talks, cooperation, a deal "with X", a visit "to X" are had by the clause's
                # agent: "Pakistan said discussions with the IMF are progressing", "X hopes to
                # settle it during talks with Y", "on a visit to Y, X pledged aid"
                codes = {a.code for a in inside}
                srcs = [
                    a for a in self._clause_agents(h, actors, coded or set()) if a.code not in codes
                ]
            if rule.symmetric and objs:
                inside = self._apposed_sides(h, objs[0], actors) or inside
                if len(inside) == 1:
                    inside += [
                        a for a in self._stranded_side(h, objs[0], actors) if a not in inside
                    ]
            if rule.symmetric and len(inside) >= 2:
                accord = tok.lemma_.lower() in self.words.truce_nouns | self.words.accord_nouns
                for s in inside:
                    for t in inside:
                        # "an agreement between Ethiopia and Tigray rebels": a side named
                        # twice in one code (a place and its rebels' country) makes no
                        # agreement with itself (two persons of one code may debate)
                        if s is not t and not (accord and s.code and s.code == t.code):
                            out.append(Action(tok.i, rule.code, (s,), (t,), text, True))
                return out
            if (
                not srcs
                and gov is None
                and _material(rule.code)
                and self._named_act(h, coded, actors)
            ):
                # "the suspension of aid to Kenya", "the attack on the convoy": an act of
                # material conflict named by its noun with no agent in the clause is done
                # all the same, by no one named here (the coder looks for its claimer, or
                # for the doer the article gave it before); not a word of force that is as
                # often words when aimed at a person ("the attacks on the senator",
                # ``verbal_force_words``; "the killing of the senator" is force)
                anyone = objs and any(
                    c.dep_ == "det" and c.lower_ in self.words.unreal_event_modifiers
                    for c in objs[0].children
                )  # "attacks on any American": no one attack
                out += [
                    Action(tok.i, rule.code, (None,), (t,), text, True)
                    for t in inside
                    if not anyone
                    and not (
                        _force(rule.code)
                        and t.kind == "person"
                        and tok.lemma_.lower() in self.words.verbal_force_words
                    )
                ]
                if not inside and objs and not anyone:
                    # "the attack on the convoy": at a thing no party is named in; the
                    # place where it happened, or the doer told before, may name its sides
                    out.append(Action(tok.i, rule.code, (None,), (None,), text, True))
                if out:
                    return out
            if not srcs and gov is None and rule.code[:2] == "11" and objs:
                # "amid accusations of fraud against the ruling party", "criticism of the
                # minister mounted": disapproval of a party named as such (not of a thing it
                # did: "criticism of the attack on X" is not of X), told as voiced, by no
                # one named here
                aimed = self.phrase_actors(objs[0], actors, deep=False)
                if aimed and self._named_act(h, coded, actors):
                    return [Action(tok.i, rule.code, (None,), (t,), text, True) for t in aimed]
            for s in srcs:
                for t in inside:
                    if s is not t and threatened is not None and rule.code[:2] == "13":
                        # coded as the act threatened, stated as a threat (intent.tsv)
                        out.append(
                            Action(tok.i, threatened, (s,), (t,), text, True, stance="threat")
                        )
                    elif s is not t:
                        out.append(Action(tok.i, rule.code, (s,), (t,), text, True))
                        # the press a conference or a discussion is held "with" is its
                        # audience ("a news conference with reporters"), no side that meets
                        if rule.symmetric and not _audience(t, words=self.words):
                            out.append(Action(tok.i, rule.code, (t,), (s,), text, True))
            if not out and not inside and (gov is not None or objs):
                # "opened a hearing into the legality of ...", "the Israeli attack on Gaza":
                # the preposition and its object confirm the event; its actor (under a
                # light verb, or named on the noun) acts without a named target
                out = [Action(tok.i, rule.code, (s,), (None,), text, True) for s in srcs]
            if out:
                return out
        default = next((r for r in rules if r.prep == "*" and r.code), None)
        if default is not None and gov is None and _force(default.code) and not owners:
            struck = self._struck_place(h, actors)
            if struck and h.dep_ != "nsubj" and self._named_act(h, coded, actors):
                # "condemned the two bomb explosions near U.S. embassies", "blamed X for
                # the bombing at the embassy": an act of force told as done, by no one
                # named, at a place phrase naming a party: that party is struck
                text = f"{tok.lemma_} [{default.code}]"
                return [Action(tok.i, default.code, (None,), (t,), text, True) for t in struck]
        if (
            default is not None
            and gov is None
            and default.code[:2] in FORCE_ROOTS
            and h.dep_ == "nsubj"
            and h.head.pos_ == "VERB"
            and not (coded and h.head.i in coded)
        ):
            # a use of force as the subject of a verb that codes nothing itself: "a Russian
            # missile attack hit Kyiv", "the strike destroyed a school in Gaza"
            hit: list[Actor | None] = list(self.objects_of(h.head, actors, owners))
            if not hit:
                # "bombings at U.S. embassies blew apart buildings": with no party the verb
                # acts on, the one the noun's own phrase says it struck
                hit = [
                    a
                    for c in h.children
                    if self._patient_phrase(h, c)
                    for g in c.children
                    if g.dep_ == "pobj"
                    for a in self.phrase_actors(g, actors)
                    if a not in owners
                ]
            by: list[Actor | None] = list(owners)
            if not by and self._happened(h, actors) and self._named_act(h, coded, actors):
                # the verb's own "on", "in" or "at" phrase tells when or where it happened
                # ("the attack came on one of France's holidays"), not whom it struck
                told = {
                    a.id
                    for c in h.head.children
                    if c.dep_ == "prep"
                    and (
                        c.lower_ in self.words.act_place_prepositions
                        or c.lower_ in self.words.strike_prepositions
                    )
                    for t in c.subtree
                    for a in actors.all_at(t.i)
                }
                hit = [a for a in hit if a is not None and a.id not in told]
                hit = hit or list(self._struck_place(h, actors))
                # "the suspected car bombings occurred minutes apart", "the raid on the
                # base took place at dawn": a verb of happening tells the act as done, by no
                # one named (as a killing's subject); struck at its patient or place phrase
                text = f"{tok.lemma_} {h.head.lemma_} [{default.code}]"
                return [
                    Action(h.head.i, default.code, (None,), (t,), text, True) for t in hit or [None]
                ]
            if not by and self._kills(h.head, actors) and self._named_act(h, coded, actors):
                # "a roadside bomb killed 11 miners in Quetta": a specific attack by no one
                # named (the coder looks for its claimer, and the place and time of the
                # killing for its target and date)
                text = f"{tok.lemma_} {h.head.lemma_} [{default.code}]"
                return [
                    Action(h.head.i, default.code, (None,), (t,), text, True) for t in hit or [None]
                ]
            if by:  # with its agent named: "an attack hit" alone is too vague to code
                text = f"{tok.lemma_} {h.head.lemma_} [{default.code}]"
                return [
                    Action(tok.i, default.code, (s,), (t,), text, True)
                    for s in (by or [None])
                    for t in (hit or [None])
                ]
        if default is not None and gov is None and _force(default.code) and not owners:
            # "the bombings that killed 224 people": the attack a relative clause of
            # killing tells, by no one named, as when it is the killing's subject
            for c in h.children:
                if (
                    c.dep_ == "relcl"
                    and any(g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in c.children)
                    and self._kills(c, actors)
                    and self._named_act(h, coded, actors)
                ):
                    hit = list(self.objects_of(c, actors, []))
                    text = f"{tok.lemma_} {c.lemma_} [{default.code}]"
                    return [
                        Action(c.i, default.code, (None,), (t,), text, True) for t in hit or [None]
                    ]
        if (
            default is not None
            and gov is None
            and default.code[:3] in self.words.travel_codes
            and _occasion(h, words=self.words)
            and not any(
                c.dep_ == "det" and c.lower_ in self.words.definite_determiners for c in h.children
            )
        ):
            # "arrived in Berlin on a three-day visit": the clause's agent visits (the
            # country of the clause's place, events/__init__.py); "the visit" may be
            # someone else's, told before ("told him during the visit")
            text = f"{tok.lemma_} [{default.code}]"
            agents = self._clause_agents(h, actors, coded or set())
            return [Action(tok.i, default.code, (s,), (None,), text, True) for s in agents]
        if (
            default is not None
            and gov is None
            and default.code[:2] == "04"
            and default.code not in self.words.travel_codes | self.words.guest_codes
        ):
            # a visit has a side that travels and a host: told "during the visit", it is
            # the one told before ("Trump told Starmer during the visit": Starmer's)
            addressed = self._addressed_occasion(h, preps, owners, actors)
            if addressed:
                return [
                    Action(tok.i, default.code, (s,), (t,), f"{tok.lemma_} [{default.code}]", True)
                    for s, t in addressed
                ]
        if default is not None and gov is None and default.code[:2] == "16":
            sanctioned = self._sanctioned(h, coded, actors)
            if sanctioned:
                # "Russia faces new U.S. sanctions", "Iran has been under U.S. sanctions
                # since 2018": done to the subject, by the noun's owner (none named: none)
                text = f"{tok.lemma_} [{default.code}]"
                imposers: list[Actor | None] = list(owners) or [None]
                return [
                    Action(tok.i, default.code, (s,), (t,), text, True)
                    for s in imposers
                    for t in sanctioned
                    if t is not s
                ]
        if default is not None and gov is None:
            answered = self._answered_proposal(tok, h, default.code, owner, actors)
            if answered:
                return answered
        # "India rejected Pakistan's accusation that ...": a disapproval its author is
        # named on, answered by another's denial, was voiced all the same
        answered_by = self._denier(h, default.code if default is not None else "")
        if default is None or (
            gov is None
            and not (
                named
                and (
                    default.code[:2] == "11"
                    or _stated(h, default.code, words=self.words)
                    or threatened is not None
                )
                and not (coded and clause_verb(h).i in coded and answered_by is None)
            )
            and not self._owned_act(tok, h, default.code, owner, actors, coded)
            and not (
                # "the resignation of the prime minister", "Lawson's resignation shook the
                # market", "after the minister's resignation": an official's leaving its
                # noun names the one who leaves of, told as done
                default.code in self.words.resignation_codes
                and owners
                and self._named_act(h, coded, actors)
            )
            and not (
                # "despite protests by farmers", "demonstrations by students continued":
                # a protest its "by" names the protesters of, told as done
                by_agent
                and self._protest_noun(tok)
                and self._named_act(h, coded, actors)
            )
            and not (
                # "following a partial withdrawal of Ethiopian forces", "after Israel's
                # pullout": an act no one undergoes (``agent_of_nouns``), of deed rather
                # than words, whose doer its "of", "by" or owner names, told as done; not a
                # person's ("after a Pence withdrawal" is from a race, no forces moved)
                tok.lemma_.lower() in self.words.agent_of_nouns
                and default.code[:2] not in VERBAL_ROOTS
                and owners
                and named
                and not any(a.kind == "person" for a in owners)
                and self._named_act(h, coded, actors)
            )
        ):
            # with no light verb, only disapproval is told by its noun and its named author
            # ("Iran's complaint that ...", "criticism from Chile"), and a demand, a
            # rejection or a threat with what it is of ("Iran's threat to close the strait",
            # "Peru's demand that Chile pay", "Israel's rejection of the plan"), unless its
            # clause's coded verb tells it ("faced criticism from Chile"); a rally, a
            # proposal, an appeal or "Iran sanctions" named so is often no act, or not the
            # owner's, and "Iran's threat" alone may be the danger it poses
            return out
        # a light verb's object: "launched an attack", "completed their withdrawal",
        # "put under investigation", or a disapproval its author is named on; the target,
        # if any, from the phrase's prepositions, a passive subject, or the subject of a
        # clause ("its demand that X ...")
        srcs = owners or gov_srcs
        tgts: list[Actor] = []
        if (
            gov is not None
            and gov.lemma_.lower() == "come"
            and h.dep_ == "pobj"
            and h.head.lower_ == "under"
        ):
            # "the train came under attack (from militants)": the subject suffers the act
            srcs, tgts = list(owners), list(gov_srcs)
        agent_of = tok.lemma_.lower() in self.words.agent_of_nouns
        for name, prep in preps.items():
            if tgts or name not in self.words.target_prepositions:
                continue
            if name == "of" and agent_of:
                continue  # "Ethiopia's withdrawal of its forces": its doer's, or its doer
            for g in prep.children:
                if g.dep_ in ("pobj", "pcomp"):
                    tgts += [a for a in self.phrase_actors(g, actors) if a not in srcs]
            if tgts:
                break
        if not tgts and threatened is not None:
            # the one the threatened act is aimed at: "the threat of tariffs on Mexico"
            for name in sorted(self.words.target_prepositions):
                inner = _of_phrase_prep(h, name)
                if inner is not None:
                    for g in inner.children:
                        if g.dep_ == "pobj":
                            tgts += [a for a in self.phrase_actors(g, actors) if a not in srcs]
        if not tgts:
            tgts = [a for a in gov_ptargets if a not in srcs]
        if (
            not tgts
            and gov is not None
            and h.dep_ == "pobj"
            and h.head.lower_ in self.words.placing_prepositions
            and h.head.head.i == gov.i
        ):
            # "placed the leader under house arrest", "put X under investigation": the
            # light verb's object undergoes the act its preposition's noun names
            tgts = [
                a
                for c in gov.children
                if c.dep_ == "dobj"
                for a in self.phrase_actors(c, actors)
                if a not in srcs
            ]
        if not tgts:
            for c in h.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
                    for g in c.children:
                        if g.dep_ in _SUBJ + _PASS_SUBJ:
                            tgts += [
                                a
                                for a in self.phrase_actors(g, actors, deep=False)
                                if a not in srcs
                            ]
        if not tgts and answered_by is not None and gov is None and default.code in ("111", "112"):
            # "New Delhi rejected Pakistan's accusation": one denies what is said of oneself
            # (not so a complaint a court rejects: it was made to the court)
            tgts = [a for a in self.subject_of(answered_by, actors)[0] if a not in srcs]
        text = f"{gov.lemma_ if gov is not None else ''} {tok.lemma_} [{default.code}]".lstrip()
        if not tgts and default.symmetric and len(srcs) >= 2:
            return [
                Action(tok.i, default.code, (s,), (t,), text, True)
                for s in srcs
                for t in srcs
                if s is not t
            ]
        if not srcs and not tgts:
            if (
                gov is not None
                and default.code[:2] == "17"
                and _passive_of_people(gov, words=self.words)
            ):
                # "five people were placed under arrest": as the passive verb of arrest
                return [Action(tok.i, default.code, (None,), (None,), text, True)]
            return out
        src_list: list[Actor | None] = list(srcs) or [None]
        tgt_list: list[Actor | None] = list(tgts) or [None]
        for src in src_list:
            for tgt in tgt_list:
                if src is not None and src is tgt:
                    continue
                if threatened is not None:
                    # coded as the act threatened, stated as a threat: the coder gives
                    # the threat's own code (intent.tsv: sanctions 1312, force 138)
                    text = f"{text[:-1]} of {threatened}]"
                    out.append(
                        Action(tok.i, threatened, (src,), (tgt,), text, True, stance="threat")
                    )
                else:
                    out.append(Action(tok.i, default.code, (src,), (tgt,), text, True))
        return out

    def _threatened(self, h: Any) -> str | None:
        """The code of the act of force, coercion or sanction that the threat noun headed by
        ``h`` is of: "the threat of sanctions" (163), "of military action" (190), "of an
        attack" (190); None when its "of" names no such act ("the threat of terrorism")."""
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return None
        lemma = obj.lemma_.lower()
        mods = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")]
        names = {lemma, obj.lower_, *(f"{m} {lemma}" for m in mods)}
        if names & self.words.threat_sanction_nouns:
            return "163"
        if names & self.words.threat_force_nouns:
            return "190"
        code = next(
            (r.code for r in self.nominal_rules(obj) or () if r.prep == "*" and _material(r.code)),
            None,
        )
        return code


def _stated(noun: Any, code: str, *, words: EventWords) -> bool:
    """A demand, rejection or threat noun (CAMEO 10, 12, 13) that tells what it is of: an
    infinitive or a "that" clause ("threat to close", "demand that X pay"), or an "of"
    naming a party or what a party put forward ("rejection of the plan"; not "rejection
    of the idea that he was wrong")."""
    if code[:2] not in ("10", "12", "13"):
        return False
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            if any(g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "of" and code[:2] == "12":
            if any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in words.artifact_nouns)
                for g in c.children
            ):
                return True
    return False


def _aimed_at_party(t: Any) -> bool:
    """Is ``t`` a name after a preposition of aim ("support for Ukraine", "work with
    Kenya", "aid to Chad")?"""
    return bool(
        t.dep_ == "pobj"
        and t.head.lower_ in ("for", "to", "with", "against", "toward", "towards")
        and t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
    )


def _occasion(h: Any, *, words: EventWords) -> bool:
    """Whether the phrase headed by ``h`` names the occasion of its clause's act: "on a
    visit to Kenya", "during talks with Y" (``occasion_prepositions``)."""
    return bool(
        h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in words.occasion_prepositions
    )


def _act_objects(tok: Any) -> set[str]:
    """What the act the noun ``tok`` names is of, in lower case: the head of its "of",
    "in" or "on" phrase ("the suspension of military aid", "a pause in aid", "a freeze on
    aid"), with the compound before it ("aid package"), and a compound before the noun
    itself ("the aid freeze")."""
    heads = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "on"):
            heads += [g for g in c.children if g.dep_ == "pobj"]
    out: set[str] = set()
    for g in heads:
        out.update((g.lower_, g.lemma_.lower()))
        out.update(
            f"{c.lower_} {g.lower_}" for c in g.children if c.dep_ == "compound" and c.i == g.i - 1
        )
    return out


def _of_phrase_prep(h: Any, name: str) -> Any | None:
    """The preposition ``name`` the parser hung inside the noun's "of" phrase rather than
    on the noun: "a gift of 500 pounds of supplies to Kenya", "a shipment of arms to X"
    (two "of" phrases deep at most)."""
    head = h
    for _ in range(2):
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return None
        found = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == name), None)
        if found is not None:
            return found
        head = obj
    return None


def _negated_adjective(tok: Any, words: EventWords) -> bool:
    """Is ``tok`` an adjective of intent that a "not" denies ("is not ready to", "was not
    willing to") or whose subject says no one ("neither X nor Y is inclined to",
    "nobody is willing to")?"""
    if tok.pos_ != "ADJ":
        return False
    around = [*tok.children, *(tok.head.children if tok.dep_ == "acomp" else ())]
    if any(c.dep_ == "neg" for c in around):
        return True
    return subject_denied(tok.head if tok.dep_ == "acomp" else tok, words)


def _leaning_to(h: Any, *, words: EventWords) -> str | None:
    """The stance of an adjective to the noun phrase headed by ``h`` that it governs:
    "intent" when open to it ("open to talks", "ready for dialogue"), "refusal" when
    opposed to it ("opposed to any talks"), else None."""
    p = h.head
    if h.dep_ != "pobj" or p.dep_ != "prep" or p.lower_ not in ("to", "for"):
        return None
    adj = p.head
    if adj.pos_ != "ADJ" and adj.tag_ != "VBN":  # "opposed" may be parsed as a participle
        return None
    lemma = adj.lower_
    if lemma in words.openness_heads and adj.pos_ == "ADJ":
        return "intent"
    if lemma in words.opposed_heads and p.lower_ == "to":
        return "refusal"
    return None


def _cooperative(code: str) -> bool:
    """Consultation and cooperation (CAMEO 03 to 06)."""
    return code[:2] in ("03", "04", "05", "06")


#: dependents that make a noun a phrase of its own, not a bare modifier ("air")
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod"})


def _joined_modifier_head(tok: Any) -> bool:
    """Whether the noun ``tok`` is the parser's conjunct of a bare modifier noun before it
    that it shares with another ("air and artillery strikes", "air and ground attacks":
    "air" read as the head, the event noun as its conjunct): the head is a bare noun
    (no determiner or modifier of its own) and only "and"/"or" and ``tok``'s own
    modifier, the head's counterpart, lie between the two ("censorship and restrictions"
    are two things), so the head's phrase (its preposition, its verb) is the event
    noun's."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "NOUN" or head.i >= tok.i or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in _PHRASE_DEPS for c in head.children):
        return False
    mods = {c.i for c in tok.children if c.dep_ in ("compound", "amod")}
    between = tok.doc[head.i + 1 : tok.i]
    return (
        all((t.dep_ == "cc" and t.lower_ in ("and", "or")) or t.i in mods for t in between)
        and any(t.dep_ == "cc" for t in between)
        and any(t.i in mods for t in between)
    )


def _time_preposition(tok: Any) -> bool:
    """``tok`` is a preposition whose object is a date or time ("on Monday", "in 2005")."""
    if tok.dep_ != "prep":
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _heads_object(t: Any, verb: Any, prep_i: int | None = None, *, direct: bool = False) -> bool:
    """Whether ``t`` heads what ``verb`` acts on: its direct object, or the object of a
    preposition hung on it (the one at ``prep_i`` when given: "pushed into the Kharkiv
    region", not "pushed into the crowd ... outside parliament"; none with ``direct``), or
    a conjunct of either ("launched 40 drones and three missiles"); a word inside a phrase
    hung on that object ("a campaign for drones", "the downing of drones"), a compound of
    another noun ("a missile defense radar") or a word of another clause is none (a row's
    "=" word)."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj":
        return bool(t.head.i == verb.i)
    if t.dep_ == "pobj" and not direct:
        prep = t.head
        if prep_i is not None and prep.i != prep_i:
            return False
        # "pushed deeper into southern Lebanon": the preposition hangs on the verb's adverb
        up = prep.head
        if up.dep_ == "advmod" and up.head.i == verb.i:
            up = up.head
        return bool(prep.dep_ in ("prep", "prt") and up.i == verb.i)
    return False


def _freed_from_duty(verb: Any, words: EventWords) -> bool:
    """Whether ``verb`` frees its object "from" a duty or a listing (``duty_release_nouns``:
    "released Ukraine from its obligations", "was released from its commitments",
    "released Hamas from the terrorist list"): a party let off a duty, no captive freed."""
    return any(o.lemma_.lower() in words.duty_release_nouns for o in prep_objects(verb, ("from",)))


def _undergone(pattern: VerbPattern) -> bool:
    """Whether a pattern makes the verb's subject the one acted upon: a target slot
    before the verb ("+ * criticism"), or a source slot after it ("* criticism from $")."""
    if any(t.kind == "target" for t in pattern.before):
        return True
    return any(t.kind == "source" for t in pattern.after) and not any(
        t.kind in ("source", "target") for t in pattern.before
    )


def _with_conjuncts(
    doc: Any, start: int, end: int, actor: Actor, actors: TokenActors
) -> list[Actor]:
    """The actor a slot reads at ``start`` (its mention ending at ``end``) and those named
    by the coordinated phrases of its head ("from Berlin, Paris and London")."""
    heads = [doc[i] for i in range(start, end + 1) if not start <= doc[i].head.i <= end]
    found = [actor]
    for h in heads[:1]:
        for c in h.conjuncts:
            if c.i > end and stolen_subject(c) is None:
                found += [a for a in actors.all_at(c.i) if a not in found]
    return found


def speakers_act(tok: Any) -> Any | None:
    """The verb of saying whose subject does ``tok`` when ``tok`` is the speaker's next
    act joined to what they said ("X said the plan was unacceptable and condemned Y"),
    or None. The quotes component judges it (quotes/indirect.py ``next_act_cue``: a cue
    verb of the speaking verb's form with no subject of its own and a content of its
    own, joined by a bare conjunction to a content whose subject could not have acted);
    the event coder reads the act as the speaker's own, told by the writer. A next act
    follows its verb of saying and stands outside quotation marks: in '"The world
    applauded and thanked China," Lou told', both verbs are the quoted words."""
    cue = next_act_cue(tok, default_cues(), w=_quote_words())
    if cue is None or cue.i > tok.i or in_quote(tok.doc, tok.i):
        return None
    return cue


@functools.cache
def _quote_words() -> QuoteWords:
    return language().view(QuoteWords)


def subject_taken(verb: Any) -> Any | None:
    """The subject of a joined verb that the parser took for one more conjunct of the
    object before it ("took the town and [police] found ...", "killed a man and [troops]
    arrested ..."): the noun right before a joined finite verb with no subject of its own,
    itself joined to a noun inside the first verb's clause; else None. The parser may hang
    that verb on the first as a subordinate clause with no subject and no conjunction
    ("is investigating the police and [the ministry] is considering ..."): it is read so
    too."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.tag_ not in _FINITE and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE, "MD") for c in verb.children
    ):
        return None
    if any(c.dep_ in _SUBJ + _PASS_SUBJ + ("mark",) for c in verb.children):
        return None
    k = verb.i - 1
    doc = verb.doc
    while k > verb.head.i and doc[k].head.i == verb.i and doc[k].dep_ in ("advmod", "aux", "neg"):
        k -= 1
    if k <= verb.head.i:
        return None
    noun = doc[k]
    if (
        noun.dep_ != "conj"
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.right_edge.i != noun.i
        or noun.head.pos_ not in ("NOUN", "PROPN")
        or not any(t.i == verb.head.i for t in noun.ancestors)
    ):
        return None
    return noun


def stolen_subject(noun: Any) -> Any | None:
    """The joined verb whose subject ``noun`` is though the parser made it a conjunct of
    the noun before it (see ``subject_taken``), else None."""
    if noun.dep_ != "conj" or noun.i + 1 >= len(noun.doc):
        return None
    for t in noun.doc[noun.i + 1 : noun.i + 4]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj", "advcl", "ccomp"):
            own = subject_taken(t)
            return t if own is not None and own.i == noun.i else None
        if t.dep_ not in ("advmod", "aux", "neg"):
            return None
    return None


def _owned_actor(tok: Any, actors: TokenActors) -> Actor | None:
    """The actor of the phrase a possessive pronoun owns ("his Russian counterpart",
    "their Iranian hosts"), when that phrase names one of its own."""
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or tok.head.i == tok.i:
        return None
    owned = actors.at(tok.head.i)
    return owned if owned is not None and owned is not actors.at(tok.i) else None


def _counted_names(head: Any, names: Sequence[Any], actors: TokenActors) -> bool:
    """Whether ``head``, a plural common noun with a number ("the two leaders", "three
    senators") set off by a comma, and ``names``, the conjuncts the parser joined to it,
    are one party told twice: the names, each a proper name of an actor with a code, are
    the ones the noun counts ("The two leaders, Putin and Xi, met"; not "Protesters,
    police and soldiers", where the list's items are common nouns). Names with no code
    ("Two Turkish journalists, Ahmet Sik and Kadri Gursel") leave the noun its place: its
    code is the only one the party has."""
    doc = head.doc
    if not names or head.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in head.children):
        return False
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return False
    return all(n.pos_ == "PROPN" and _coded_at(n, head, actors) for n in names)


def _coded_at(tok: Any, noun: Any, actors: TokenActors) -> bool:
    """Whether an actor named at ``tok`` has a code that says no less than that of the
    plural ``noun`` that tells who it is: not none, nor a part of the noun's own code (a
    country the noun's demonym lends: "Two Turkish journalists (TURMED), Ahmet Sik (TUR)
    and ..."); a code of its own ("the three foreign ministers, ... Jan Kavan of the
    Czech Republic") is."""
    told = {a.code for a in actors.all_at(noun.i) if a.code}
    return any(
        a.code and not any(c != a.code and c.startswith(a.code) for c in told)
        for a in actors.all_at(tok.i)
    )


def _stranded_first(head: Any) -> Any | None:
    """The first item of a list the parser hung on the verb ("Malaysia, the Maldives
    and Sri Lanka contest": "Malaysia" as a modifier of "contest"): a noun just before the
    list's first member, separated from it by a comma only."""
    gov = head.head
    if gov.i == head.i:
        return None
    first = head.left_edge
    for c in gov.children:
        if c.i >= first.i or c.dep_ not in ("npadvmod", "dep", "nmod", "nsubj"):
            continue
        if c.pos_ not in ("PROPN", "NOUN"):
            continue
        between = head.doc[c.right_edge.i + 1 : first.i]
        if len(between) == 1 and between[0].text == ",":
            return c
    return None


def _quantified(h: Any, *, words: EventWords) -> Any:
    """The quantifier noun phrase an event noun is counted by ("a series of airstrikes":
    series), or the sum of money it is measured in ("announced $10 million in aid": the
    parser's amount, a MONEY entity, with the noun after "in"), whose governor governs the
    event; else ``h``."""
    prep = h.head
    if h.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of":
        if prep.head.lemma_.lower() in words.event_quantifiers and prep.head.pos_ == "NOUN":
            return prep.head
    if (
        h.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "in"
        and prep.head.ent_type_ == "MONEY"
        and prep.head.i < h.i
    ):
        return prep.head
    return h


def claimer(h: Any, *, words: EventWords) -> Any | None:
    """The verb claiming the event noun phrase headed by ``h`` ("claimed responsibility
    for the attack", "claimed the attack", "the attack, claimed by X", "attacks that were
    claimed by X"), whose subject (or "by" agent) is then the event's actor; else None."""
    if (
        h.dep_ == "dobj"
        and h.head.pos_ == "VERB"
        and h.head.lemma_.lower() in words.claim_act_verbs
    ):
        return h.head
    # the parser may hang the clause on the place after the noun ("the attacks in
    # Paris, which were claimed by X")
    places = [g for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for c in (*h.children, *(c for p in places for c in p.children if c.dep_ == "relcl")):
        if (
            c.dep_ in ("acl", "relcl")
            and c.lemma_.lower() in words.claim_act_verbs
            and any(g.dep_ == "agent" for g in c.children)
        ):
            return c
    prep = h.head
    if h.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.lemma_.lower() not in words.claim_nouns or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in words.claim_verbs and verb.pos_ == "VERB" else None


def _counted(tok: Any, *, words: EventWords) -> bool:
    """ "launched 504 attacks in 2024": a count of events is a statistic, not an act (a
    number of two or more before a plural event noun, or a measure of them: "the number
    of attacks", "a rise in attacks", but "a number of attacks" tells several)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in ("of", "in") and prep.head.pos_ == "NOUN":
        # "the number of attacks doubled", "a rise in attacks": a measure of events
        measure = prep.head
        if measure.lemma_.lower() in words.statistic_nouns and not (
            measure.lemma_.lower() in words.event_quantifiers
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in measure.children)
        ):
            return True
    for c in tok.children:
        if c.dep_ == "nummod":
            digits = c.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 2:
                return True
            if c.lower_ in words.count_words:
                return True
    return False


#: named-entity types of a body's or a place's name
_NAME_ENTITIES = frozenset({"ORG", "FAC", "GPE", "NORP", "LOC"})


def _in_name(tok: Any, actors: TokenActors) -> bool:
    """Whether ``tok`` is a capitalised word of a body's name of two words or more ("the
    Border Patrol", "a Strike Force", "the Defense Department"): part of who acts, no event
    word ("patrol", "strike", "defense")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    if tok.ent_type_ not in _NAME_ENTITIES and actors.at(tok.i) is None:
        return False
    return _name_words(tok) > 1


_NOUN_ONLY_DEPS = frozenset({"det", "amod", "compound", "poss", "prep", "punct", "cc", "conj"})


def _noun_read_as_verb(tok: Any) -> bool:
    """Whether a word the tagger read as a bare verb (VB, VBP) is a noun: it is the subject
    of a clause ("Aid from Japan to the Philippines arrived"; a sentence's first word is
    often read as an imperative) and has only a noun's dependents (a determiner, an
    adjective, a compound, a possessor or a prepositional phrase), none of a verb's (a
    subject, an object, an auxiliary). Its parties are then those of its noun rules (the
    giver after "from", the receiver after "to"), not a verb's (the object of "from" read
    as the one acted on). A plural noun after a noun modifier is often read as a third
    person verb (VBZ: "Ceasefire talks between X and Y resumed"); as the subject of a
    later verb with only a noun's dependents it is the noun too."""
    return bool(
        tok.pos_ == "VERB"
        and tok.tag_ in ("VB", "VBP", "VBZ")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.i < tok.head.i
        and all(
            c.dep_ in _NOUN_ONLY_DEPS
            # "Ceasefire talks between X and Y resumed, officials said": the noun modifier
            # right before it read as the verb's subject
            or (c.dep_ == "nsubj" and c.i == tok.i - 1 and c.tag_ == "NN")
            for c in tok.children
        )
    )


def _word_of_actor_name(tok: Any, actors: TokenActors) -> bool:
    """Whether ``tok`` is a proper-name word inside an actor's name of two words or more
    ("the International Monetary Fund", "the Strike Force"): the tagger's PROPN a verb
    entry would read as a mis-tagged verb ("fund", "strike") is a word of who acts, which
    the actors component has already read as a name, so it names no act."""
    return tok.pos_ == "PROPN" and actors.at(tok.i) is not None and _name_words(tok) > 1


def _name_words(tok: Any) -> int:
    """How many capitalised proper-name words ``tok``'s name has (its compound chain)."""
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok
    parts = [head] + [c for c in head.children if c.dep_ == "compound"]
    return sum(1 for p in parts if p.pos_ == "PROPN" and p.text[:1].isupper())


def _attribute(tok: Any, code: str) -> bool:
    """A simple present in a relative clause: what the noun does as a rule ("bloggers who
    praise China", "a group that opposes the government"), not an act the article
    reports; so the simple present passive, what the noun is held to be or undergoes as a
    rule ("Ouattara, who is recognized by the UN as the winner", "the pipeline, which is
    supported by X"), but for an accusation or a coercion (CAMEO 11, 17), whose present
    passive tells an allegation, custody or charge that still holds, the act itself ("X,
    who is accused of masterminding the attack", "a man who is charged with murder")."""
    if tok.dep_ != "relcl":
        return False
    if tok.tag_ == "VBN":
        if code[:2] in ("11", "17"):
            return False
        passive = [c for c in tok.children if c.dep_ == "auxpass"]
        return (
            bool(passive)
            and all(c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("'s", "’s") for c in passive)
            and not any(c.dep_ == "aux" for c in tok.children)
        )
    if tok.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _habit(tok: Any, *, words: EventWords) -> bool:
    """A simple present, active or passive, with an adverb of habit (``habit_adverbs``:
    "police routinely arrest critics", "the leader frequently meets with lawmakers",
    "journalists are often detained"): what is done as a rule, no act of the news (the
    GUIDE: no general descriptions); a past one ("often criticized", "has repeatedly
    attacked") tells acts done. A count of occasions ("twice", "repeatedly") is no habit:
    in a headline's present it tells acts of the news ("Russian jets twice violate
    Finnish airspace")."""
    if any(c.dep_ == "aux" for c in tok.children):
        return False
    passive = [c for c in tok.children if c.dep_ == "auxpass"]
    if passive:
        # a present "is"/"are", not a "'s" that may be "has" ("as he's often alleged")
        if tok.tag_ != "VBN" or any(
            c.tag_ not in ("VBZ", "VBP") or c.lower_ in ("'s", "’s") for c in passive
        ):
            return False
    elif tok.tag_ not in ("VBZ", "VBP") and not (
        # the tagger's bare form of a present with its subject ("police routinely arrest")
        tok.tag_ == "VB" and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return False
    return any(
        " ".join(w.lower_ for w in c.subtree) in words.habit_adverbs
        for c in tok.children
        if c.dep_ in ("advmod", "npadvmod")
    )


def _stance_participle(tok: Any, *, words: EventWords) -> bool:
    """A participle of stance (``opposed_heads``) with a "to" phrase and no "by" agent
    after "be" ("China is opposed to the plan"): its subject holds the stance."""
    return (
        tok.lower_ in words.opposed_heads
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _passive_conjunct(tok: Any) -> bool:
    """A passive verb joined to an earlier verb whose subject it shares ("lost the vote
    and was condemned")."""
    return (
        tok.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in tok.children)
    )


def _bare_participle(tok: Any) -> bool:
    """A past participle with no auxiliary, subject or object of its own."""
    return _passive_read_active(tok) and not any(c.dep_ in _SUBJ for c in tok.children)


def _passive_read_active(tok: Any) -> bool:
    """A past participle the parser made a clause's verb with a subject but no auxiliary
    or object ("Rebels armed by Iran advanced" read as "Rebels armed"): no finite verb,
    a passive participle on its subject."""
    return tok.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", *_PASS_SUBJ, *_OBJ) for c in tok.children
    )


def _participle_on_people(tok: Any, *, words: EventWords) -> bool:
    """A passive participle on a noun of people with no "by" agent ("a man convicted of
    killing an officer", "a woman accused of spying"): the people undergo it."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and (tok.head.lemma_.lower() in words.people_nouns or tok.head.ent_type_ == "PERSON")
        and not any(c.dep_ in ("agent", "dobj") for c in tok.children)
    )


def _reduced_passive(tok: Any) -> bool:
    """A past participle standing for a passive clause with no auxiliary ("Accused of
    the bombing, they ..."; "killed in an airstrike, he ...")."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", *_SUBJ, *_PASS_SUBJ) for c in tok.children)
    )


def _generic(tok: Any) -> bool:
    """A simple present whose subject is a bare plural ("critics blame the army",
    "foreign firms cooperate with the ministry"): what such people do as a rule, not an
    act the article reports."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return (
        len(subj) == 1
        and subj[0].tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subj[0].children)
    )


def _open_question(tok: Any, *, words: EventWords) -> bool:
    """A verb in an embedded question ("to understand what terms Chile might
    accept", "asked whether Iran would attend"): something wondered about, not done."""
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if chain[-1].dep_ not in ("ccomp", "pcomp"):
        return False
    for t in chain:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in words.question_marks:
                return True
            if c.tag_ in ("WDT", "WP", "WRB") and c.lower_ != "when":
                return True
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
                g.tag_ in ("WDT", "WP") for g in c.children if g.dep_ == "det"
            ):
                return True
    return False


def _adverbial_gerund(t: Any, verb: Any, *, words: EventWords) -> bool:
    """Whether ``t`` is a gerund under one of ``adverbial_gerund_prepositions`` of
    ``verb`` ("in arguing its case", "by saying", "after meeting X"): a manner or a time
    of the verb's act told by an act of its own."""
    prep = t.head
    return (
        t.dep_ == "pcomp"
        and t.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.head.i == verb.i
        and prep.lower_ in words.adverbial_gerund_prepositions
    )


def _subordinate_act(m: Any, top: Any, words: EventWords) -> set[int]:
    """The tokens of ``m``, below ``top``, that tell another act than the verb's: all of a
    time clause with a subject of its own ("since", "after": ``time_prepositions``), and
    of a noun's content clause ("his comments that he would be neutral between X and Y")
    all but its subject, the one the claim, charge or notion is about ("complaints that
    X dumped steel": X)."""
    if m.i == top.i or not own_subject(m):
        return set()
    marks = [k for k in m.children if k.dep_ == "mark" and k.i < m.i]
    if not marks:
        return set()
    if m.dep_ == "advcl" and marks[0].lower_ in words.time_prepositions:
        return {x.i for x in m.subtree}
    if m.dep_ == "acl" and marks[0].lower_ == "that":
        subject = {x.i for k in m.children if k.dep_ in _ANY_SUBJ for x in k.subtree}
        return {x.i for x in m.subtree} - subject
    return set()


def own_subject(clause: Any) -> bool:
    """Whether a clause has a subject of its own."""
    return any(c.dep_ in _ANY_SUBJ for c in clause.children)


def _joined_clause(t: Any, verb: Any) -> bool:
    """Whether ``t`` (a clause with a subject of its own) is joined after ``verb`` as a
    conjunct of it, directly or down a chain of conjuncts, by a conjunction of the head it
    hangs on ("X met Y, and the two leaders pledged ..."): another clause, telling its own
    act. A conjunct with no conjunction before it is the parser's misreading of a longer
    phrase ("talking about ways to help released prisoners find jobs": no clause joined)."""
    if t.i < verb.i or t.dep_ != "conj":
        return False
    if not any(c.dep_ == "cc" and c.i < t.i for c in t.head.children):
        return False
    tok = t
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


#: entity labels of antecedents that cannot act: a day, a time, a place
_INERT_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def sentential_which(subj: Any) -> bool:
    """Whether ``subj`` is a "which" after a comma, subject of a relative clause the parser
    hung on a day, a time or a place that ends the clause before ("attacked Gao on
    Monday, which killed three"): it stands for that clause, not for its noun."""
    if subj.lower_ != "which" or subj.dep_ != "nsubj" or subj.head.dep_ != "relcl":
        return False
    if subj.i == 0 or subj.doc[subj.i - 1].text != ",":
        return False
    noun = subj.head.head
    return noun.ent_type_ in _INERT_LABELS and noun.head.i != noun.i


#: tags of relative pronouns ("which", "that", "who", "whom"); not "whose" (WP$), whose
#: owner the parser too often hangs on the wrong noun (on unseen news it broke 4 parties
#: for 3 it mended)
_RELATIVE_TAGS = ("WDT", "WP")


def relative_antecedent(tok: Any) -> Any | None:
    """The noun a relative pronoun ``tok`` stands for: the head of the relative clause it
    opens, as its object ("the alt-right, which Clinton denounced") or a preposition's
    object ("the group, with which X met"). None for any other word ("whose" too), for a
    pronoun no relative clause on a noun before it opens (a question: "which country"), and
    for a day or time after a comma ("attacked Gao on Monday, which X condemned": "which"
    stands for that clause)."""
    if tok.tag_ not in _RELATIVE_TAGS or tok.dep_ == "det":
        return None
    clause = tok.head
    for _ in range(3):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if not noun.i < tok.i < clause.i + 1 or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if noun.ent_type_ in ("DATE", "TIME") and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return None
    return noun


def gapped_antecedent(verb: Any) -> Any | None:
    """The noun a relative clause ``verb`` with no relative word acts on, when the clause
    has a subject of its own and no object ("the rebels the army attacked", "the senator
    she has accused of lying"): the gap is its object. None for any other clause, or one
    whose gap may be in a clause under it ("the man police said fled")."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    subj = False
    for c in verb.children:
        if c.dep_ in _OBJ or c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass"):
            return None
        if c.tag_ in (*_RELATIVE_TAGS, "WRB") or (c.dep_ == "mark"):
            return None
        subj = subj or (c.dep_ == "nsubj" and c.i < verb.i)
    return verb.head if subj and verb.head.pos_ in ("NOUN", "PROPN") else None


def fronted_relative(verb: Any) -> Any | None:
    """The relative pronoun the parser read as a second subject of the relative clause
    ``verb``, before its real one ("Rubio, who many in the establishment had backed": "who"
    and "many" both subjects): the clause's object. None when there is none."""
    if verb.dep_ != "relcl":
        return None
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    if len(subj) < 2 or subj[0].tag_ not in ("WP", "WDT") or subj[1].tag_ in _RELATIVE_TAGS:
        return None
    return subj[0] if subj[0].i < subj[1].i < verb.i else None


#: the dependencies an act's own phrase goes on by to the place it names: its objects and
#: prepositional phrases, the "of" name of a place noun ("the village of X") and a name's
#: compound words; never a subject, a clause of its own or a conjunct
_PLACE_PHRASE_DEPS = frozenset({"dobj", "prep", "pobj", "compound", "appos", "npadvmod"})
#: the NER labels of a name the actors may read as a place's
_PLACE_NAME_LABELS = frozenset({"PERSON", "ORG"}) | PLACE_LABELS


def unknown_place(tok: Any, unnamed: Any) -> Any | None:
    """The entity of a place no gazetteer knows that the act ``tok`` is done in or to: a
    name the actors read as a place's by the words around it (:func:`~geowire.actors.
    resolve.read_as_place`: "kidnapped at their school in the village of X", "captured
    the town of X"), that ``unnamed`` (entity -> bool) says no actor or place of the
    document names. Only in the act's own phrases (its objects and prepositional phrases,
    from the act's word and its clause's verb; never a subject's or another clause's);
    the first found, else None."""
    doc = tok.doc
    seen: set[int] = set()
    todo = [tok, clause_verb(tok)]
    roots = {t.i for t in todo}
    while todo:
        h = todo.pop(0)
        if h.i in seen:
            continue
        seen.add(h.i)
        todo += [c for c in h.children if c.dep_ in _PLACE_PHRASE_DEPS]
        if h.i in roots or h.ent_iob_ != "B" or h.ent_type_ not in _PLACE_NAME_LABELS:
            continue
        ent = next((e for e in doc.ents if e.start == h.i), None)
        if ent is None or not unnamed(ent):
            continue
        if read_as_place(
            doc.text,
            ent.start_char,
            ent.end_char,
            language().view(ActorWords),
            set(),
            ent.label_ == "PERSON",
        ):
            return ent
    return None


def clause_verb(tok: Any) -> Any:
    """The verb (or auxiliary) whose clause ``tok`` belongs to: itself for a verb, else
    its nearest verbal head (the root when none is)."""
    if _noun_read_as_verb(tok):
        # "Ceasefire talks between X and Y never resumed": a noun the tagger read as a
        # verb is of the clause of the verb it is the subject of
        return tok.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _asks(clause: Any, *, words: EventWords) -> bool:
    """A clause that is an embedded question ("whether troops would go", "what they
    want", "why they came"), also where the parser took it for a relative clause ("asked
    by a caller why they came"): opened by a question mark or word. A relative clause
    opens with 'which', 'who', 'where' or 'when' and is no question."""
    relative = clause.dep_ != "ccomp"
    first = clause.left_edge
    if not relative and first.i < clause.i and first.tag_ in ("WDT", "WP", "WRB"):
        return True  # "asked how many troops Peru would send": the question word opens
        # the clause's object or subject, not the clause itself
    return any(
        (c.dep_ == "mark" and c.lower_ in words.question_marks)
        or (
            c.i < clause.i
            and (
                c.tag_ == "WRB" and c.lower_ not in ("where", "when")
                if relative
                else c.tag_ in ("WDT", "WP", "WRB")
            )
        )
        for c in clause.children
    )


def _asked(tok: Any) -> bool:
    """The main verb of a sentence that is a question ("Do you support Chile?", "Why did
    Peru attack?"): asked about, not reported; a clause under it ("..., whose son was
    killed in the attack?") still tells what happened."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ROOT":
        return False
    toks = [t for t in tok.sent if not (t.is_punct and t.text != "?") and not t.is_space]
    return bool(toks) and toks[-1].text == "?"


def _wished(tok: Any, *, words: EventWords) -> bool:
    """An infinitive with its own subject under a verb of wanting, planning or expecting
    ("Iran wants Iraq to negotiate", "expects the army to attack"), or a clause with its own
    subject that someone wants to see ("would like to see him back X"): another party's act
    wished for or foreseen, not done."""
    if _wished_sight(tok, words=words):
        return True
    # a verb joined to the wished one, or the act inside it ("wants the court to suspend
    # the ruling and order X to ...", "want the court to let them meet X") is wished too
    t = tok
    for _ in range(3):
        if _wished_clause(t, words=words):
            return True
        if t.dep_ not in ("conj", "xcomp", "ccomp") or t.head is t:
            return False
        t = t.head
    return False


def _clause_heads(tok: Any) -> list[Any]:
    """The verbs whose adverbial clause ``tok`` heads, up to two levels ("suggested
    boycotting Apple if the company did not help": "help" hangs on "boycotting"); a
    condition or a time of a proposed act is part of the proposal."""
    heads: list[Any] = []
    while tok.dep_ == "advcl" and tok.head.i != tok.i and len(heads) < 2:
        tok = tok.head
        heads.append(tok)
    return heads


def _proposed_gerund(tok: Any, *, words: EventWords) -> bool:
    """A gerund that a verb of proposing takes as its object (``proposing_verbs``:
    "suggested boycotting Apple", "recommended imposing sanctions on Iran"), or that
    follows "for" on such a verb or one of calling, prompting or campaigning ("called for
    banning Muslims", "pushed for lifting the embargo"): a course of action put forward,
    not done (the proposal or the appeal is coded by its own row; not when the verb has an
    object, whose "for" tells a reason: "called out Cruz for backing down"); so is the act noun such
    a gerund takes as a light verb ("recommended imposing sanctions on Iran")."""
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.pos_ == "NOUN":
        tok = tok.head
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ in ("xcomp", "dobj"):
        return bool(head.lemma_.lower() in words.proposing_verbs)
    if tok.dep_ != "pcomp" or head.lower_ != "for":
        return False
    verb = head.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "called out Cruz for backing down": the reason of a rebuke, told done
    return verb.lemma_.lower() in (
        words.proposing_verbs
        | words.calling_verbs
        | words.prompting_verbs
        | words.campaigning_verbs
    )


def _prompted(tok: Any, *, words: EventWords, code: str) -> bool:
    """An infinitive after the object of a verb of moving someone to act
    (``prompting_verbs``: "pushing the Democrats to reject the deal", "lobbied delegates
    to back X", "appealed to Iran to free them") or after its passive ("was urged to resign"),
    and one after a verb of winning over (``swaying_verbs``) that is itself only tried,
    wanted or aimed at ("trying to persuade voters to support X", "arrived in an effort to
    convince X to back Y"): the act wanted of someone, not
    done (the prompting is coded by its own row). After a verb of calling
    (``calling_verbs``) only one named by a preposition is moved ("called on X to
    withdraw"); with no one named, the infinitive of a verb of campaigning
    (``campaigning_verbs``: "campaigning to ban imports"), or of calling when ``code`` is
    no act of words ("called to ban Muslims"), is the act sought."""
    if tok.dep_ != "xcomp" or not to_infinitive(tok):
        return False
    head = tok.head
    lemma = head.lemma_.lower()
    kids = list(head.children)
    by_preposition = any(
        c.dep_ == "prep"
        and c.lower_ in words.prompted_prepositions
        and any(g.dep_ == "pobj" for g in c.children)
        for c in kids
    )
    if (
        lemma in words.prompting_verbs
        and head.tag_ == "VBN"
        and head.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "aux") for c in kids)
    ):
        return True  # "when asked to condemn the Klan", "a man urged to resign": the one
        # moved is the clause's or the noun's, left unsaid
    if not by_preposition and not any(c.dep_ in ("dobj", "nsubjpass") for c in kids):
        # no one named between: the act sought by campaigning ("campaigning to ban
        # imports"), or called for when it is no act of words ("called to ban Muslims";
        # "called to congratulate him" is a phone call's words)
        return lemma in words.campaigning_verbs or (
            lemma in words.calling_verbs and not _verbal(code)
        )
    if lemma in words.prompting_verbs:
        return True
    if lemma in words.calling_verbs and by_preposition:
        return True  # "a petition calling on him to be banned"
    # the winning over only tried or wanted ("trying to persuade X to"), or only an aim, the
    # infinitive of a purpose or of an effort ("in an effort to convince X to support Y")
    return lemma in words.swaying_verbs and (
        (head.dep_ == "xcomp" and to_infinitive(head)) or not _asserted_form(head, words=words)
    )


def _ceased(tok: Any, *, words: EventWords) -> bool:
    """A gerund a verb of halting takes (``object_ending_verbs``: "decided to stop
    negotiating with X", "would stop opposing the ruling", "ceased supporting Y"): the act is
    given up, not done nor intended (the halting is coded by its own row, if any)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("xcomp", "dobj")
        and tok.head.lemma_.lower() in words.object_ending_verbs
    )


def _wished_clause(tok: Any, *, words: EventWords) -> bool:
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in words.plan_verbs | words.predict_verbs:
        return False
    return to_infinitive(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _wished_sight(tok: Any, *, words: EventWords) -> bool:
    """The act of a clause with its own subject under "to see", itself under a verb of
    wanting (``wish_verbs``: "would like to see him come around to backing X", "wants to
    see Iran stop its attacks"), through the verbs and prepositions it hangs on."""
    t = tok
    hops = 0
    while t.dep_ in ("xcomp", "pcomp", "prep", "conj", "dobj", "pobj") and hops < 4:
        t = t.head
        hops += 1
    see = t.head
    return (
        t.dep_ == "ccomp"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and see.lemma_.lower() == "see"
        and see.dep_ == "xcomp"
        and see.head.lemma_.lower() in words.wish_verbs
    )


def _margin(tok: Any, *, words: EventWords) -> bool:
    """A verb told with a margin of votes or points ("supported Bush by five points",
    "backed by an average of 13 percent", "beats Cruz 42-40"): a result of a vote or a
    poll (``margin_nouns``), not an act of support or force."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in words.margin_nouns for g in c.children):
                return True
        if c.dep_ in ("dobj", "npadvmod", "advmod"):
            for t in c.subtree:
                if t.like_num and t.i + 2 < len(t.doc):
                    dash, other = t.nbor(1), t.nbor(2)
                    if dash.text in ("-", "–") and other.like_num:
                        return True  # a score: "42-40"
    return False


# the dependents of a verb that are clauses or parties of their own, not searched for a split
_SPLIT_SKIPPED = frozenset(
    ("advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "cc", "punct")
    + ("nsubj", "nsubjpass", "csubj")
)
_SHARE_SPLIT = re.compile(
    r"^\d[\d.,]*\s*(?:%|percent)\s*(?:-|–|to)\s*\d[\d.,]*\s*(?:%|percent)?(?:\W|$)", re.I
)


def _share_split(tok: Any) -> bool:
    """A verb told with shares of people: a split of percentages among its own
    dependents ("backed Trump, 57 percent to 22 percent", "support it, 89%-6%") or a
    share at which it was done ("voted against it, at 86 percent", "leads with 6
    percent"; not a share of something, "backed Kyiv with 40 percent of its aid").
    Such a verb tells how many in a poll or a vote backed or opposed something, a
    result, no party's act; "by N percent" and "42-40" are ``_margin``'s. Clauses of
    their own (a subordinate or a coordinated verb) are not searched."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ in _SPLIT_SKIPPED:
            continue
        if c.dep_ == "prep" and c.lower_ in ("at", "with"):
            for g in c.children:
                if (
                    g.dep_ == "pobj"
                    and g.lower_ in ("percent", "%")
                    and any(n.like_num for n in g.children)
                    and not any(n.dep_ == "prep" for n in g.children)
                ):
                    return True
        for t in c.subtree:
            if t.text[:1].isdigit() and _SHARE_SPLIT.match(doc[t.i : t.i + 6].text):
                return True
    return False


def _named_as(tok: Any) -> bool:
    """A verb with an object predicate ("called Dupont a fraud", "called him the grownup
    in the room"): naming, no request."""
    return any(c.dep_ == "oprd" for c in tok.children)


def _appraisal(tok: Any) -> bool:
    """A verb with a predicate of what its object or passive subject is: an object
    predicate ("considers the sanctions essential", "is considered the most potent force",
    "considered him a racist", the parser's small clause), or "to be" ("are considered to
    be moderate"). Said of "consider" (CAMEO 014, consider a policy option), it is a
    judgement of what someone or something is, no option weighed; "considered sending
    troops", "is considering a proposal", "considered whether to ..." have no such
    predicate."""
    for c in tok.children:
        if c.dep_ == "oprd":
            return True
        # "considers him a racist": the parser's clause headed by the name, with a subject
        if (
            c.dep_ == "ccomp"
            and c.pos_ in ("NOUN", "PROPN")
            and any(g.dep_ == "nsubj" for g in c.children)
        ):
            return True
        if c.dep_ == "ccomp" and c.pos_ == "ADJ":
            return True  # "considers Mrs. Clinton untrustworthy"
        if c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN"):
            return True
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be" and to_infinitive(c):
            return True  # "were considered to be moderate", "considered him to be a spy"
    return False


def _imperative(tok: Any) -> bool:
    """A bare verb with no subject, auxiliary or marker that opens its clause ("Consider the
    case of X.", "But consider the turnout"): it bids the reader, it tells no act."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    opening = ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl")
    if any(c.dep_ in opening for c in tok.children):
        return False
    # only a conjunction, an adverb or a phrase before it ("But consider", "For a sense of
    # it, consider this"), no verb
    before = [t for t in tok.sent if t.i < tok.i and not t.is_punct]
    return all(
        t.dep_ in ("cc", "advmod", "prep", "pobj", "det", "amod") and t.pos_ not in ("VERB", "AUX")
        for t in before
    )


def _asks_quoted_question(tok: Any) -> bool:
    """ "ask" after a question in its sentence, with no one asked to do anything ("“Why
    should Peru pay?” asked the minister"): the speaker's question, no appeal."""
    return (
        tok.lemma_.lower() == "ask"
        and any(t.text == "?" for t in tok.sent if t.i < tok.i)
        and not any(c.dep_ in ("dobj", "xcomp", "dative") for c in tok.children)
    )


def _questioned(tok: Any, *, words: EventWords) -> bool:
    """A passive participle with no subject under "when", "if" or "after" ("when asked to
    pick a running mate", "if asked about the deal"), or one that opens its sentence and
    asks for words (``reporting_verbs``: "Asked to comment, a spokesman said"): an
    interviewer's question, no appeal by a party."""
    kids = list(tok.children)
    if not (
        tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in kids)
    ):
        return False
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "if", "after") for c in kids):
        return True
    return tok.i == tok.sent.start and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in words.reporting_verbs for c in kids
    )


def _told_what_is(tok: Any) -> bool:
    """A clause of demand whose verb is the copula with a predicate ("insists the party
    must be a party of ideas", "said the deal must be fair"): what someone should be, a
    view, no act demanded."""
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() == "be"
        and any(g.dep_ in ("attr", "acomp") for g in c.children)
        for c in tok.children
    )


def _advised_state(tok: Any, *, words: EventWords) -> bool:
    """Advice said ("said X should ...") whose every advised clause is the copula with a
    predicate ("said the relatives should be able to make their case", "said Peru should
    be a partner"): what someone should be or be able to do, a view, no appeal."""
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "conj")]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "conj"]
    advised = [
        c
        for c in clauses
        if any(g.dep_ == "aux" and g.lower_ in words.advice_auxiliaries for g in c.children)
    ]
    return bool(advised) and all(
        c.lemma_.lower() == "be" and any(g.dep_ in ("attr", "acomp") for g in c.children)
        for c in advised
    )


def _imminent_untold(tok: Any) -> bool:
    """The infinitive of "about" in the past or on a noun ("was about to be charged",
    "as he was about to be deported", "a man about to be indicted"): an act that was
    near at the time, not told done (the arrest may have come first). "Is about to sign"
    (the present) stays, a planned act."""
    about = tok.head
    if not (_infinitive(tok) and about.lower_ == "about" and about.i < tok.i):
        return False
    if about.dep_ == "acomp":
        return bool(about.head.tag_ == "VBD")
    if any(c.dep_ in ("aux", "cop") and c.tag_ == "VBD" for c in about.children):
        return True  # "as he was about to be deported" parsed with "was" on "about"
    return about.dep_ == "prep" and about.head.pos_ in ("NOUN", "PROPN")


def _promised_quality(tok: Any) -> bool:
    """A promise whose infinitive is the copula with an adjective ("vows to be more
    circumspect", "vowed to be tougher on trade", "promised to be neutral") or a noun
    told by a superlative ("pledged to be the greatest jobs president"): what the
    speaker says they will be, a stance or a boast, no act intended. A role ("offered to
    be a mediator", "agreed to be the host"), a passive ("pledged to be bound by the
    deal") and a place ("vowed to be in Kabul") stay."""

    def quality(g: Any) -> bool:
        if g.dep_ == "acomp":
            return True
        return g.dep_ == "attr" and any(m.dep_ == "amod" and m.tag_ == "JJS" for m in g.children)

    return any(
        _infinitive(c)
        and c.lemma_.lower() == "be"
        and any(quality(g) for g in c.children)
        and not any(g.dep_ in ("ccomp", "xcomp", "conj") for g in c.children)
        for c in tok.children
    )


def _view_refused(tok: Any) -> bool:
    """A refusal whose infinitive takes a clause ("refused to concede that the race was
    lost", "refuses to accept that X won"): a view withheld, no act refused."""
    return any(_infinitive(c) and any(g.dep_ == "ccomp" for g in c.children) for c in tok.children)


def _retort(tok: Any, *, words: EventWords) -> bool:
    """A word of force with no object of its own that takes a clause ("shot back that the
    journalist had not been called on", "fired back that the plan was dead") or is told
    "in" words said (``speech_nouns``: "shot back in a statement"): a retort, words, not
    force."""
    kids = list(tok.children)
    if any(c.dep_ == "dobj" for c in kids):
        return False
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
        for c in kids
    ) or any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in words.speech_nouns for g in c.children)
        for c in kids
    )


def _foreseen(tok: Any, *, words: EventWords) -> bool:
    """A clause telling what a fear, hope or prospect is of ("fears that Iran will attack",
    "the possibility that talks could resume"): foreseen, not done."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head
    return (
        tok.dep_ in ("acl", "ccomp")
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in words.prediction_nouns
    )


#: prepositions of what a fear, hope or prospect is of or for ("fears of a war", "hopes for
#: talks"); "of" also joins an event noun to the noun of its course ("resumption of talks")
_FORESEEN_PREPOSITIONS = frozenset({"of", "for"})


def _foreseen_noun(tok: Any, *, words: EventWords) -> bool:
    """An event noun that a fear, threat, hope or prospect is of or for ("the threat of an
    attack", "fears of a war", "the prospect of talks", "hopes for peace talks"), also
    through a noun of its course it is the "of" phrase of ("expectations for a resumption
    of talks", "fears of an escalation of the fighting"): foreseen, not done."""
    for _ in range(2):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _FORESEEN_PREPOSITIONS:
            return False
        noun = prep.head
        if noun.pos_ != "NOUN":
            return False
        if noun.lemma_.lower() in words.prediction_nouns:
            return True
        if prep.lower_ != "of":
            return False
        tok = noun  # "a resumption of talks": what the resumption is for or of
    return False


def _rewarded(tok: Any, *, words: EventWords) -> bool:
    """An event noun a reward is offered for ("a reward for information leading to the
    arrest of X", "offered a bounty for the capture of Y", "$5 million for information
    that leads to his arrest"): sought, not done (``reward_nouns``, ``reward_tip_nouns``)."""
    h = tok.head if tok.dep_ == "compound" else tok
    for _ in range(4):
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        prep = h.head
        if h.dep_ != "pobj" or prep.dep_ not in ("prep", "dative"):
            return False
        gov = prep.head
        lemma = gov.lemma_.lower()
        if gov.pos_ in ("NOUN", "PROPN"):
            if prep.lower_ == "for" and lemma in words.reward_nouns:
                return True  # "a reward for the capture of X"
            h = gov
            continue
        if gov.pos_ != "VERB":
            return False
        if lemma == "lead" and prep.lower_ == "to" and gov.dep_ in ("acl", "relcl"):
            # "information leading to (that leads to) the arrest of X"
            if gov.head.lemma_.lower() in words.reward_tip_nouns:
                return True
            h = gov.head
            continue
        # "offered a bounty for the capture of X": the reward is the verb's object
        return prep.lower_ == "for" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words.reward_nouns for c in gov.children
        )
    return False


def _judged(tok: Any, *, words: EventWords) -> bool:
    """An infinitive whose subject is "it" before an adjective of a copula ("it is easy
    to criticize X", "it would be wrong to attack Y", "it is important to support Z"): a
    judgement of an act in general, by no one, not one done: an adjective of judgement
    (``judgement_adjectives``), not one whose subject does the act ("it was not ready to
    support X", "it is likely to retaliate": "it" a party)."""
    if tok.dep_ not in ("xcomp", "ccomp") or not to_infinitive(tok):
        return False
    head = tok.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        adjectives = [head]
        head = head.head
    else:
        adjectives = [c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    if not adjectives or not all(
        a.lemma_.lower() in words.judgement_adjectives for a in adjectives
    ):
        return False
    return head.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children
    )


def _privative(tok: Any, *, words: EventWords) -> bool:
    """A gerund after a privative preposition (``privative_prepositions``: "left Nairobi
    without meeting the president", "withdrew without firing a shot", "was freed without
    being charged", and the gerunds joined to it): an act not done."""
    if tok.tag_ != "VBG" and not _passive_gerund(tok):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.tag_ == "VBG":
        tok = tok.head
    return (
        tok.dep_ == "pcomp"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ in words.privative_prepositions
    )


def _help_phrase(c: Any, *, words: EventWords) -> bool:
    """Whether ``c`` is a "with" phrase of help (``help_nouns``: "with the help of X",
    "with support from Y"): the party named there helps the doer, no one acted upon."""
    return (
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in words.help_nouns for g in c.children)
    )


def _truce_told(h: Any, *, words: EventWords) -> bool:
    """Whether the truce or agreement noun phrase headed by ``h`` (``truce_nouns``,
    ``accord_nouns``) is told declared, made or in force: the object, passive subject or
    "to"/"on" object of a verb of declaring or reaching it (``truce_making_verbs``: "agreed
    to a ceasefire", "Egypt brokered a truce between X and Y", "a ceasefire was
    announced"), or with such a participle of its own ("a truce brokered by Egypt"), or
    the subject of a verb of its coming into force
    (``truce_starting_verbs``: "took effect", "came into force", "began on Monday"). Not
    one talked of, called for, violated or ended ("talks on a ceasefire", "urged a truce",
    "the collapse of the truce", "despite the ceasefire", "the truce has held")."""
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words.truce_making_verbs
        for c in h.children
    ):
        return True
    verb, dep = h.head, h.dep_
    if dep == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "on", "upon"):
        verb, dep = verb.head, "dobj"
    if verb.i == h.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if dep in ("dobj", "nsubjpass"):
        return lemma in words.truce_making_verbs and not _making_untold(verb, words=words)
    if dep != "nsubj":
        return False
    return lemma in words.truce_starting_verbs or any(
        f"{lemma} {c.lower_}" in words.truce_starting_verbs
        for c in verb.children
        if c.dep_ in ("prt", "dobj", "prep")
    )


def _making_untold(verb: Any, *, words: EventWords) -> bool:
    """Whether the making of a truce or agreement by ``verb`` is only tried, wished or
    planned, or not told done: the verb, or a verb it is the to-infinitive of, is negated or
    has a modal (``hypothetical_auxiliaries``: "could sign a deal"), or the verb is the
    infinitive of a verb of trying (``attempt_verbs``: "Qatar is trying to broker a deal
    between X and Y"). No agreement is made there, so its sides make none with each other.
    (An agreement planned or hoped for, "hope to sign a truce", stays: the intent rule
    codes it as an intent of its sides.)"""
    untold = words.attempt_verbs
    tok = verb
    while True:
        if any(
            c.dep_ == "neg"
            or (c.dep_ == "aux" and c.lemma_.lower() in words.hypothetical_auxiliaries)
            for c in tok.children
        ):
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in untold:
            return True


def _topic_act(noun: Any, *, words: EventWords) -> bool:
    """An event noun that is only the matter of talks, a deal or a hope: the object of a
    preposition (``act_topic_prepositions``: on, for, over, about) hung on a noun of
    talks, deals or hopes (``act_topic_nouns``: "talks on a prisoner exchange between X and
    Y", "a deal for a prisoner swap", "hopes for a withdrawal"), or a conjunct of it. An
    act bargained over or hoped for is not told done."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words.act_topic_prepositions:
        return False
    head = prep.head
    return bool(
        prep.dep_ == "prep"
        and head.pos_ == "NOUN"
        and (head.lower_ in words.act_topic_nouns or head.lemma_.lower() in words.act_topic_nouns)
    )


def _asked_act(noun: Any, *, words: EventWords) -> bool:
    """An event noun that names an act only asked, proposed or hoped for: the direct object
    or passive subject of a verb of asking (``asked_act_verbs``: "demanded the release of
    the sailors", "urged the withdrawal of troops", "the release was demanded") or the "for"
    object of a verb or noun of asking or hoping (``asked_for_heads``: "called for talks
    between X and Y", "renewed calls for a withdrawal"), or a conjunct of one. Its clause
    tells the asking, not the act, as a clause under such a verb does ("demanded that X
    withdraw")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return head.pos_ == "VERB" and head.lemma_.lower() in words.asked_act_verbs
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ != "for":
        return False
    asker = head.head
    return asker.pos_ in ("VERB", "NOUN") and asker.lemma_.lower() in words.asked_for_heads


def _lacked(noun: Any, *, words: EventWords) -> bool:
    """An event noun told as missing: the "of" object of a noun of want (``privative_nouns``:
    "the lack of coordination between Washington and Seoul", "the absence of talks with
    X") or the object of a privative preposition ("left without consultations with Y",
    ``privative_prepositions``), and the bare nouns joined to it ("the lack of trust and
    cooperation"): a lack of an act is no act. A conjunct with a determiner, an owner or
    an "of"/"by" phrase of its own is another phrase told beside the lack ("the absence of
    cooperation and the killing of three soldiers by X"), no act lacking."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        if any(
            c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
            for c in noun.children
        ):
            return False
        noun = noun.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in words.privative_prepositions:
        return True
    return (
        prep.lower_ == "of"
        and prep.head.i != prep.i
        and prep.head.lemma_.lower() in words.privative_nouns
    )


def _intended_gerund(tok: Any, *, words: EventWords) -> bool:
    """A gerund of "of" on a noun of fear or prospect ("fears of losing the vote", "the
    danger of reporters being kidnapped", ``prediction_nouns``) or on a noun of intention
    denied by "no" ("has no intention of attacking NATO", ``intention_nouns``), and the
    gerunds joined to it: foreseen or disowned, not done ("Iran's goal of arming Iraq" is
    an aim told, done by its owner)."""
    if tok.tag_ != "VBG" and not _passive_gerund(tok):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.tag_ == "VBG":
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    noun = prep.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    if lemma in words.prediction_nouns:
        return True
    # an aim told is done by its owner ("its goal of taking in refugees"); one denied is not
    return lemma in words.intention_nouns and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _passive_gerund(tok: Any) -> bool:
    """A participle with a gerund "being" as its passive auxiliary ("of reporters being
    kidnapped"): a gerund, as "kidnapping reporters" is."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBG" for c in tok.children
    )


#: prepositions of a stretch of time a toll is counted over ("over the past week")
_SPAN_PREPOSITIONS = frozenset({"in", "over", "during", "within", "throughout"})


def _since_clause(clause: Any) -> bool:
    """A clause opened by "since" ("since the army launched its offensive")."""
    return any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)


def _counted_participle(tok: Any, *, words: EventWords) -> bool:
    """A participle describing the people a statistic noun counts ("the number of troops
    killed", ``statistic_nouns`` with an "of" phrase)."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in words.statistic_nouns
    )


def _over_span(tok: Any, *, words: EventWords) -> bool:
    """Whether a casualty verb counts over a stretch of time of a day or more or since a
    point: a running total of many acts, no one act. Only the verb's own phrases are read
    (a "since" deep in a phrase of its own frames something else: "killed in a car bomb
    that was the deadliest since March"): a "since" phrase or clause ("since Monday",
    "since the fighting began"); a counted stretch (:func:`_counted_stretch`) after "in",
    "over", "during" ("over the past three days", "in more than a week of protests"); or
    "this" with a ``toll_span_nouns`` noun ("this year")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            return True
        if c.dep_ == "advcl" and _since_clause(c):
            return True
        if c.dep_ == "npadvmod" and c.lemma_.lower() in words.toll_span_nouns:
            if any(d.lower_ == "this" for d in c.children):
                return True
    return any(_counted_stretch(o, words=words) for o in prep_objects(tok, _SPAN_PREPOSITIONS))


def _counted_stretch(noun: Any, *, words: EventWords) -> bool:
    """A stretch of time of a day or more (``toll_span_nouns``) that is counted: with a
    number ("two weeks of protests", "more than a week", "the last 10 days") or, with no
    "of" phrase, a word that runs it up to now (``toll_span_modifiers``: "over the past
    week"). A dated frame is no stretch: "within a day of the truce", "the first week of
    the talks", "the holy month of Ramadan", "the last days of the campaign", "in a year
    that has seen rising violence"."""
    if noun.lemma_.lower() not in words.toll_span_nouns:
        return False
    kids = list(noun.children)
    if any(c.dep_ == "nummod" for c in kids):
        return True
    return any(
        c.dep_ in ("amod", "det") and c.lower_ in words.toll_span_modifiers for c in kids
    ) and not any(c.dep_ in ("prep", "relcl", "acl") for c in kids)


def people_count(subj: Any, *, words: EventWords) -> bool:
    """A subject that counts people: a number ("at least 74", "more than 5,500 people",
    "11 Americans") or a count word ("hundreds", "dozens of civilians")."""
    if subj.tag_ == "CD" or subj.lower_ in words.count_words:
        return True
    return any(
        c.dep_ == "nummod" and (c.tag_ == "CD" or c.lower_ in words.count_words)
        for c in subj.children
    )


def _alternative(tok: Any, *, words: EventWords) -> bool:
    """An act named as the alternative not taken: the object or conjunct of "than" or "of"
    after "rather" or "instead" (``alternative_words``: "considered summonses rather than
    arresting them", "played on fears rather than offered solutions", "shelled the town
    instead of negotiating")."""
    link = tok.head if tok.dep_ in ("pcomp", "pobj") else None
    if link is None and tok.dep_ == "conj":
        # "X rather than Y": "than" hangs on the first conjunct, before the second
        link = next(
            (
                c
                for c in tok.head.children
                if c.dep_ in ("cc", "prep") and c.lower_ in ("than", "of") and c.i < tok.i
            ),
            None,
        )
    if link is None or link.lower_ not in ("than", "of"):
        return False
    near = [*link.children, link.head] if link.lower_ == "of" else list(link.children)
    return any(t.lower_ in words.alternative_words for t in near) or (
        link.i > 0 and tok.doc[link.i - 1].lower_ in words.alternative_words
    )


def _contrast(tok: Any, *, words: EventWords) -> bool:
    """ "as opposed to": a participle of a word of opposition marked by "as" and followed
    by "to" joins two things in contrast ("a job market, as opposed to a training
    position"); no one opposes anything."""
    return (
        tok.tag_ == "VBN"
        and tok.lemma_.lower() in words.contrast_participles
        and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    )


def _policy_stance(tok: Any, *, words: EventWords) -> bool:
    """ "supports reinstating tolls", "would support restoring tolls", "backs sending
    troops": a verb of backing (:func:`_standing_backing`) whose object is a gerund with no
    subject of its own (a course of action, which the parser may read as a compound noun)
    takes a position on a policy; no party is supported (CAMEO 05) and the
    gerund's act is nobody's yet."""
    if not _standing_backing(tok, words=words):
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "dobj") and _policy_gerund(c):
            return True
        if (
            c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and c.left_edge.i == c.i - 1
            and c.left_edge.dep_ == "compound"
            and c.left_edge.tag_ == "VBG"
            and c.left_edge.head.i == c.i
            and not _names_party(c)
        ):
            return True  # "reinstating tolls" read as a compound noun; not an adjective's
            # participle ("backs ruling parties", "supports warring factions")
    return False


def _policy_gerund(c: Any) -> bool:
    """A gerund with no subject, auxiliary or mark of its own, no state, nation or
    organisation named in its words: a course of action ("raising taxes"), not a stance
    on a party ("arming the Kurdish rebels", "sanctioning Russia" stay)."""
    return (
        c.tag_ == "VBG"
        and not any(g.dep_ in ("nsubj", "aux", "mark") for g in c.children)
        and not _names_party(c)
    )


def _names_party(c: Any) -> bool:
    """Whether the phrase of ``c`` names a state, a nation or an organisation."""
    return any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in c.subtree)


def _policy_backed(tok: Any, *, words: EventWords) -> bool:
    """The gerund a verb of backing takes as its object (:func:`_policy_stance`: "backs
    sending troops"): a policy someone favours, not an act done."""
    return (
        tok.dep_ in ("xcomp", "dobj")
        and _standing_backing(tok.head, words=words)
        and _policy_gerund(tok)
    )


def _standing_backing(verb: Any, *, words: EventWords) -> bool:
    """A verb of backing (``policy_backing_verbs``) not in the past nor the perfect
    ("supports", "would support"): a position held; "lawmakers have endorsed making it
    harder to enter" may be a vote."""
    return verb.lemma_.lower() in words.policy_backing_verbs and verb.tag_ not in ("VBD", "VBN")


def _asked_question(tok: Any, *, words: EventWords) -> bool:
    """A verb of asking (``question_asking_verbs``) whose object is a question
    (``question_nouns``: "reporters asked questions about Trump to the leaders", "she asked
    the question to build on his comments"): a question put, no appeal (CAMEO 02). Asking
    a party for a response or an explanation stays a request."""
    if tok.lemma_.lower() not in words.question_asking_verbs:
        return False
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in words.question_nouns or c.lower_ in words.question_nouns)
        for c in tok.children
    ) or any(
        c.i > tok.i
        and _embedded_question(c, words=words)
        and not any(t.is_punct for t in tok.doc[tok.i + 1 : c.left_edge.i])
        for c in tok.children
    )


def _embedded_question(clause: Any, *, words: EventWords) -> bool:
    """A clause under a verb of asking that is a question ("asked whether the campaign
    had been hard", "was asked which of her enemies she was proud of", "asked how he
    would vote", "asked Solorio if the city is looking at it", which the parser may hang
    on the verb as a condition): it opens with a word of an embedded yes-no question
    (``question_marks``) or a wh-word. "Asked Iran to release him" (an infinitive) and
    "asked that the council meet" stay requests; so does a party's own "asked whether
    it could join", a request for leave. The clause follows the verb with no punctuation
    between (the caller checks that): a relative pronoun before the verb ("the emails that
    Trump asked Russia to find") or after a comma (", which would require") opens no
    question."""
    if clause.dep_ == "dobj" and clause.tag_ in ("WDT", "WP"):
        return True  # "was asked which of her enemies ...": the wh-word as the object
    if clause.dep_ not in ("ccomp", "dobj", "advcl") or clause.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.left_edge
    if first.i < clause.head.i:
        return False
    if not (first.lower_ in words.question_marks or first.tag_ in ("WDT", "WP", "WP$", "WRB")):
        return False
    if clause.dep_ == "advcl" and (
        first.lower_ not in words.question_marks
        or any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")
            for c in clause.head.children
        )
    ):
        # "asked Solorio if the city is looking at it": the parser hangs the question
        # on the verb as a condition; one with a request of its own ("asked him to stay
        # if ...", "asked for funds if ...") is a request with a condition
        return False
    return not any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in clause.children
    )


def _enabled_act(tok: Any) -> bool:
    """An active verb of making possible with a verb of its own for what it makes possible
    ("helping them shape the primary", "to help them obtain food", "allowed him to
    connect"): with no party named as its doer (a thing, a clause, a subject the parser
    lost), it tells a cause, no aid or yielding given; a passive ("were permitted to
    leave") keeps its unnamed permitter."""
    return not any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children
    )


def _consequence(tok: Any, *, words: EventWords) -> bool:
    """ "..., allowing the group to continue its attacks": a present participle of a verb of
    letting (``letting_verbs``) hung on a clause or a noun with no subject of its own
    tells what the clause's state of things lets happen, the writer's account of a
    consequence; no party yields (CAMEO 08). The act the clause names is coded by its own
    verb; "Israel allowed trucks to enter" (a subject) stays."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "acl")
        and tok.lemma_.lower() in words.letting_verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)
    )


def _clause_conceded(tok: Any, *, words: EventWords) -> bool:
    """A word of conceding (``concession_verbs``) coded as yielding (08) with a finite
    clause of its own as its complement ("conceded he had fallen short", "admitted the
    plan failed"): it grants that something is so, speech; yielding is an act done
    ("conceded defeat", "allowed him to run": an infinitive clause is what is yielded)."""
    return tok.lemma_.lower() in words.concession_verbs and any(
        c.dep_ == "ccomp"
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and not to_infinitive(c)
        for c in tok.children
    )


def _label(tok: Any) -> bool:
    """A verb that opens its sentence and is followed by a colon, with no subject before it
    ("Contributing: Iris Ouyang, Grant Miller", "Reporting: X"): a label over the names
    after it (a byline's credit), not an act those names did."""
    doc = tok.doc
    return bool(tok.i == tok.sent.start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":")


def _advice(tok: Any, *, words: EventWords) -> bool:
    """ "Iraq should negotiate", "they ought to talk": advice or opinion, not an act."""
    return any(c.dep_ == "aux" and c.lower_ in words.advice_auxiliaries for c in tok.children)


def _met_reception(tok: Any, *, words: EventWords) -> bool:
    """'Meet' whose object, or the object of its "with", is a word of how something is
    received (``received_nouns``: "met with mockery", "is meeting stiff resistance from
    X"): an experience, no meeting."""
    if tok.lemma_.lower() != "meet":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"] + [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(objs) and all(o.lemma_.lower() in words.received_nouns for o in objs)


def _under_advice(tok: Any, *, words: EventWords) -> bool:
    """An act inside or joined to an advised act ("X should refuse to take in refugees or
    close the border", "they ought to talk and then sign"): its infinitive or a conjunct of
    it that has no subject of its own, up the chain to a verb with an advice auxiliary;
    advice, not an act done."""
    seen = 0
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and seen < 4:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False  # a clause of its own ("..., and we call on X to reject it")
        seen += 1
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and _advice(tok, words=words):
            return True
    return False


def _forces(actor: Actor) -> bool:
    """Whether ``actor`` is armed forces (soldiers, troops, peacekeepers)."""
    return bool(set(sectors_of(actor.code)) & {"MIL", "PKO"})


_COMMANDING_SECTORS = frozenset({"GOV", "MIL"})


def _own_forces_ordered(tok: Any, acts: Sequence[Action]) -> bool:
    """Whether a demand with a to-infinitive ("Assad ordered soldiers to fire on the
    crowd", "the minister told police to clear the square") is a government's or an
    army's order to its own country's forces: the chain of command inside one state, no
    demand of one party on another. What the forces are told to do is the infinitive's
    own event. A demand on another state's forces, or by a party outside the chain of
    command (an opposition urging the army), stays a demand."""
    if not any(_infinitive(c) and to_infinitive(c) for c in tok.children):
        return False
    return bool(acts) and all(
        a.sources[0] is not None
        and a.targets[0] is not None
        and a.sources[0].country is not None
        and a.sources[0].country == a.targets[0].country
        and bool(set(sectors_of(a.sources[0].code)) & _COMMANDING_SECTORS)
        and bool(set(sectors_of(a.targets[0].code)) & {"MIL", "COP"})
        for a in acts
    )


def _passive_of_people(tok: Any, *, words: EventWords) -> bool:
    """Whether ``tok`` is a passive verb with no agent whose subject names people
    ("five men were detained", "dozens were arrested": ``people_nouns``, or a number; a
    person's name), also a headline's or reduced relative's participle ("Local man
    arrested", "a woman charged with fraud"), not a thing ("documents were seized") nor a
    pronoun."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False

    def person(c: Any) -> bool:
        # a person's name the actor coder could not place ("Smith was charged") is a
        # person all the same
        return c.lemma_.lower() in words.people_nouns or (
            c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
        )

    if any(c.dep_ == "auxpass" for c in tok.children):
        return any(
            c.dep_ == "nsubjpass" and (person(c) or (c.pos_ == "NUM" and c.like_num))
            for c in tok.children
        )
    if tok.tag_ != "VBN" or any(c.dep_ in ("dobj", "aux", "auxpass") for c in tok.children):
        return False
    # a headline's or reduced relative's passive: "Local man arrested in robbery", "a
    # woman charged with fraud appeared in court"
    if tok.dep_ == "acl":
        return tok.head.pos_ in ("NOUN", "PROPN") and person(tok.head)
    return tok.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and person(c) for c in tok.children
    )


def _done_by_people(tok: Any, *, words: EventWords) -> bool:
    """Whether ``tok`` is an active verb whose subject names unnamed people ("a man set off
    a bomb", "two men stabbed a guard": ``people_nouns``), not a pronoun, a thing nor a
    named party."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in words.people_nouns
        for c in tok.children
    )


def _protest_subject(coding: Coding) -> bool:
    """Whether a protest row matched with the protest itself before the verb ("&PROTESTNOUNS
    *": "protests erupted in Dhaka", "the rally took place in Tahrir Square"): the row's
    words before the verb name what was done, so a protest happened though no one doing it
    is named; the coder gives it to the people of the place where it happened."""
    pattern = coding.pattern
    return (
        pattern is not None
        and (coding.code or "")[:2] == "14"
        and any(t.kind in ("word", "synset") for t in pattern.before)
    )


def _blast_mention(noun: Any, words: EventWords) -> bool:
    """Whether the subject ``noun`` names a bomb or blast at all: as its word, a compound
    before it, or in its "of" phrase ("the news of the bombing")."""
    if noun.lemma_.lower() in words.explosion_words or any(
        c.dep_ == "compound" and c.lemma_.lower() in words.explosion_words
        for c in noun.children
    ):
        return True
    return any(
        g.dep_ == "pobj" and _blast_mention(g, words)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
    )


def _false_blast(tok: Any, *, words: EventWords) -> bool:
    """Whether the subject of the verb ``tok`` names a bomb or blast but no bomb set off
    (:func:`blast_noun`): "an explosion of anger shook the parliament", "a gas cylinder
    explosion killed five", "bomb threats hit schools", "the news of the bombing shook the
    country". A verb of force with such a subject is no act of force."""
    return any(
        c.dep_ == "nsubj" and _blast_mention(c, words) and not blast_noun(c, words)
        for c in tok.children
    )


def _time_linked(a: Any, b: Any, words: EventWords) -> bool:
    """Whether one of the verbs ``a`` and ``b`` is a clause of the same occasion on the
    other ("were killed when a bomb exploded", "explosions shook Kabul as fighters
    attacked": ``time_clause_words``)."""
    for clause, gov in ((a, b), (b, a)):
        if (
            clause.dep_ == "advcl"
            and clause.head.i == gov.i
            and any(
                m.dep_ in ("advmod", "mark") and m.lower_ in words.time_clause_words
                for m in clause.children
            )
        ):
            return True
    return False


def _one_bombing(doc: Any, actions: list[Action], words: EventWords) -> list[Action]:
    """One bombing, one event: an act of force by no one named whose verb's subject is a
    bomb or blast ("a bomb went off", "explosions shook Kabul") is dropped when the clause
    of the same occasion joined to it tells another act of force: the killing it did
    ("two policemen were killed as a bomb went off", coded 183 there) or the attack it
    belongs to ("explosions shook Kabul as Taliban fighters attacked the parliament")."""
    forces = [a for a in actions if _force(a.code) or a.code[:2] == "18"]
    if len(forces) < 2:
        return actions
    drop: set[int] = set()
    for a in forces:
        tok = doc[a.token]
        if a.sources[0] is not None or not any(
            c.dep_ == "nsubj" and blast_noun(c, words) for c in tok.children
        ):
            continue
        if any(
            b.token != a.token and _time_linked(tok, doc[b.token], words) for b in forces
        ):
            drop.add(a.token)
    return [a for a in actions if a.token not in drop]


def _done_by_blast(tok: Any, *, words: EventWords) -> bool:
    """Whether ``tok`` is an active verb whose subject is a bomb or its blast
    (``explosion_words``, also as the compound before the noun: "a car bomb", "bomb
    blasts"): "a bomb exploded in the market", "the blasts killed 257 people". The thing
    that went off names no doer, but the bombing happened all the same (the doer is no one
    named here, the place where it went off is where it struck)."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and blast_noun(c, words) for c in tok.children
    )


def _material(code: str | None) -> bool:
    """Is ``code`` an act of material conflict short of protest: force posture, reducing
    relations, coercion, assault, fighting, mass violence (CAMEO 15 to 20)?"""
    return bool(code) and code[:2] in ("15", "16", "17", "18", "19", "20")  # type: ignore[index]


#: CAMEO roots of force: an assault, a fight, mass violence
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: CAMEO roots of verbal acts, a reaction to an act rather than a part of it (comment,
#: appeal, intent, consultation, endorsement; demand, disapproval, rejection, threat);
#: the other roots are material (06-09 cooperation in deed, 14-20 protest and force)
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def _against_phrase(tok: Any) -> list[Any]:
    """The objects of the "against" phrase of a verb of fighting ``tok``, on the verb or
    on the noun of its "with" phrase ("fought with Britain against Germany", "fought with
    coalition forces against the Islamic State": the parser hangs it on either)."""
    against = ("against",)
    withs = prep_objects(tok, ("with",))
    return [*prep_objects(tok, against), *(o for g in withs for o in prep_objects(g, against))]


def _force(code: str | None) -> bool:
    """Is ``code`` a use of force (CAMEO 18, 19, 20)?"""
    return bool(code) and code[:2] in FORCE_ROOTS  # type: ignore[index]


#: roles of the public and of party politics: their backing of someone is votes, no aid
_ELECTORATE_ROLES = frozenset({"CVL", "AGR", "LAB", "PTY", "OPP", "REL", "EDU"})

#: roles of public parties: an act of theirs about a company deal is political
_PUBLIC_ROLES = frozenset(
    {
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "SPY",
        "PTY",
        "OPP",
        "ELI",
        "IGO",
        "PKO",
        "REB",
        "INS",
        "SEP",
    }
)


def _public(actor: Actor | None) -> bool:
    """Is ``actor`` a state, a government or another public body (not a company or a
    person with no public role)?"""
    if actor is None:
        return False
    code = actor.code or ""
    return (
        actor.kind == "state"
        or code.startswith(("IGO", "IMG"))
        or bool(set(sectors_of(code)) & _PUBLIC_ROLES)
    )


def _private_travel(acts: Sequence[Action], *, words: EventWords) -> bool:
    """Whether the acts are visits (travel_codes) by a coded party that is not public, or by
    no one named: a trip of tourists, patients, teams or a family ("visited a doctor",
    "students flew back to the United Kingdom", "patients who had traveled to Mexico"), no
    political visit."""
    return bool(acts) and all(
        a.code in words.travel_codes and not _public(a.sources[0]) and _coded_or_none(a.sources[0])
        for a in acts
    )


def _remains_halted(noun: Any, *, words: EventWords) -> bool:
    """Whether the event noun ``noun`` is the subject of a verb of staying
    (``halting_linking_verbs``: remain, stay) whose complement says it is halted
    (``halted_state_words``: "talks between X and Y remain suspended", "stay frozen"): the
    act is not happening, no event of the news."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i:
        return False
    verb = noun.head
    return verb.lemma_.lower() in words.halting_linking_verbs and any(
        c.dep_ in ("acomp", "oprd", "xcomp", "attr") and c.lower_ in words.halted_state_words
        for c in verb.children
    )


def _state_member_act(coding: Coding, acts: Sequence[Action], *, words: EventWords) -> bool | None:
    """None when the matched row names no synset or word of ``state_member_synsets`` (a bloc,
    frozen funds); else whether the act is one between states and blocs: some act's source an
    international organisation, a country or a body of its government, or its target a
    country ("ECOWAS suspended Mali from the bloc", "Mali was suspended from the bloc",
    "Washington released frozen Iranian funds"); not "the party suspended the senator
    from the alliance" or "the bank released frozen funds to its customers"."""
    pattern = coding.pattern
    if pattern is None or not any(
        t.kind in ("synset", "word") and t.value.lower() in words.state_member_synsets
        for t in (*pattern.before, *pattern.after)
    ):
        return None
    return any(_state_side(a.sources[0], source=True) or _state_side(a.targets[0]) for a in acts)


def _named_role(mod: Any, at: Any, actor: Actor, here: Sequence[Actor]) -> bool:
    """Whether ``actor``, uncoded, named by the modifier ``mod`` right before the noun
    ``at`` of a coded actor, is that actor's own name ("the army and Kachin rebels": the
    rebels, one party, not a Kachin side beside them, as "Indian and Pakistani troops"
    are two)."""
    return (
        actor.code is None
        and mod.i == at.i - 1
        and mod.pos_ == "PROPN"
        and any(a.code for a in here if a is not actor)
    )


def _state_side(actor: Actor | None, *, source: bool = False) -> bool:
    """A country as a whole; as a source also an international organisation or a body of a
    country's government."""
    if actor is None or not actor.code:
        return False
    code = actor.code
    if actor.kind == "state" and len(code) == 3 or (actor.country and code == actor.country):
        return True
    if not source:
        return False
    return code.startswith(("IGO", "IMG")) or (
        len(code) > 3 and bool(set(sectors_of(code)) & {"GOV"}) and not code.startswith("GOV")
    )


def _private(actor: Actor | None, *, words: EventWords) -> bool:
    """No party, or a private one: a person with no public role, a company, the press, a
    school or ordinary people (every role of its code in ``private_roles`` or
    ``press_private_roles``), not a state, an
    international or non-governmental organisation or a group of fighters."""
    if actor is None:
        return True
    code = actor.code or ""
    if actor.kind == "state" or code.startswith(("IGO", "IMG", "NGO")):
        return False
    return set(sectors_of(code)) <= words.private_roles | words.press_private_roles


def _with_parties(prep: Any, actors: TokenActors) -> list[Actor]:
    """The actors a "with" phrase's objects (and their conjuncts) name."""
    return [
        a
        for o in prep.children
        if o.dep_ == "pobj"
        for x in (o, *o.conjuncts)
        for a in actors.all_at(x.i)
    ]


def _within(actor: Actor, head: Any) -> bool:
    """Whether a mention of ``actor`` lies in the phrase headed by ``head``."""
    start = head.left_edge.idx
    end = head.right_edge.idx + len(head.right_edge.text)
    return any(start <= a < end for a, _ in actor.mentions)


def _consulted(source: Actor, target: Actor) -> bool:
    """Whether a party told something on an occasion of talks takes part in them as a
    side: a person ("told Putin in a phone call"), or a party of a country other than the
    speaker's ("told the Chinese delegation at a meeting"); not a body or group of the
    speaker's own country or of none (his party's lawmakers, his cabinet, the Security
    Council), the audience of a speech."""
    if target.kind == "person":
        return True
    return bool(target.country) and target.country != source.country


def _audience(actor: Actor | None, *, words: EventWords) -> bool:
    """A party of the press alone (every role of its code in ``press_private_roles``:
    reporters, journalists, the media): "with" a conference or a discussion it is the
    audience told ("a news conference with reporters", "discussed the crisis with
    reporters"), no side that meets or talks things over."""
    roles = set(sectors_of(actor.code or "")) if actor is not None else set()
    return bool(roles) and roles <= words.press_private_roles


def _private_side(actor: Actor | None, *, words: EventWords) -> bool:
    """A side named by a private role: a company, ordinary people, an entertainer
    (``private_roles``), or one person of the press, a commentator (a talk show host, a
    columnist: ``press_private_roles``); not an outlet or the press as a group ("state
    media", "bloggers were asked to"), which may act, or be acted on, for a state."""
    if actor is None:
        return False
    roles = set(sectors_of(actor.code or ""))
    return bool(roles & words.private_roles) or (
        actor.kind == "person" and bool(roles & words.press_private_roles)
    )


def private_act(
    code: str, source: Actor | None, target: Actor | None, *, words: EventWords
) -> bool:
    """Whether an act of words, cooperation or pressure (``private_act_roots``) is between
    private parties only (:func:`_private`), one of them named by a private role (a
    company, a school, ordinary people): a company's pledge, an employee's refusal, a
    firm's partners ("the company pledged to become carbon neutral", "a law firm that
    defended fund companies"): the coding guide's non-political events, which it codes
    only when a political actor acts; a person of no known role alone may be a politician
    whose office geowire does not know, except in a meeting (``private_meeting_codes``)
    whose every side is such a person or no one ("she met her future husband", "he
    attended the meeting"): who meets makes a meeting political, and none here is a
    state, a body or a party."""
    if not (
        code[:2] in words.private_act_roots
        and _private(source, words=words)
        and _private(target, words=words)
    ):
        return False
    if any(_private_side(side, words=words) for side in (source, target)):
        return True
    return code[:3] in words.private_meeting_codes and _roleless_meeting(source, target)


def _roleless_meeting(source: Actor | None, target: Actor | None) -> bool:
    """Every side of a meeting no one or a single person of no known role (a code with
    no sector), one side at least such a person."""
    sides = [a for a in (source, target) if a is not None]
    return bool(sides) and all(
        a.kind == "person" and not sectors_of(a.code or "") for a in sides
    )


def _press(actor: Actor | None) -> bool:
    """A news outlet or a journalist: every role of its code is the press's (MED), a
    company's (BUS) besides."""
    if actor is None or not actor.code or actor.code.startswith(("IGO", "IMG", "NGO")):
        return False
    roles = set(sectors_of(actor.code))
    return "MED" in roles and roles <= {"MED", "BUS"}


def _coded_or_none(actor: Actor | None) -> bool:
    """No one named, or a party with a code (not a name geowire could not code: "the INS
    Imphal", a warship)."""
    return actor is None or bool(actor.code)


def _commercial(tok: Any, acts: Sequence[Action], *, words: EventWords) -> bool:
    """Whether the act of ``tok`` is a company deal: its object, its infinitive or what it
    is "for" names buying, selling or company finance (commerce_words: "agreed to acquire
    the bank", "offered $37 a share", "negotiating for the sale of its stake"), and no
    party of it is public ("the government rejected the takeover bid" stays)."""
    if any(_public(a.sources[0]) or _public(a.targets[0]) for a in acts):
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and to_infinitive(c):
            if c.lemma_.lower() in words.commerce_words:
                return True
            objects = [g for g in c.children if g.dep_ == "dobj"]
        elif c.dep_ == "dobj":
            objects = [c]
        elif c.dep_ == "prep" and c.lower_ in ("for", "on", "over"):
            objects = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        if any(t.lemma_.lower() in words.commerce_words for o in objects for t in o.subtree):
            return True
    return False


def _fighter(actor: Actor | None) -> bool:
    """Is ``actor`` a fighting force (an army, a rebel group) or a state as a whole?"""
    if actor is None:
        return False
    code = actor.code or ""
    return is_fighting_force(code) or (actor.kind == "state" and len(code) == 3)


def _figurative(tok: Any, *, words: EventWords) -> bool:
    """Is the word of force ``tok`` a contest of words, votes or courts: a modifier ("a
    legal battle", "the custody fight") or a place ("fighting in the courts") of
    figurative_force_words?"""
    for c in tok.children:
        if (
            c.dep_ in ("amod", "compound", "nmod")
            and c.lemma_.lower() in words.figurative_force_words
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "in":
            if any(
                g.dep_ == "pobj" and g.lemma_.lower() in words.figurative_force_words
                for g in c.children
            ):
                return True
    return False


#: prepositions of what a dispute is about ("clashed over the budget")
_DISPUTE_TOPICS = frozenset({"over", "about"})


def _dispute(tok: Any, acts: Sequence[Action], *, words: EventWords) -> bool:
    """A clash, battle or fight (``verbal_force_words`` but ``attack_words``) over or about
    something, between parties none of whom bears arms ("the senator clashed with reporters
    over the crowd's size", "the network battled the campaign over access"): a dispute of
    words, no force; one with an armed party, a government or a state stays force ("police
    clashed with protesters over the eviction")."""
    if tok.lemma_.lower() not in words.verbal_force_words - words.attack_words:
        return False
    if not any(
        c.dep_ == "prep"
        and c.lower_ in _DISPUTE_TOPICS
        and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    ):
        return False
    parties = [x for a in acts for x in (*a.sources, *a.targets) if x is not None]
    return bool(parties) and not any(is_armed(x.code) for x in parties)


def _unarmed_sides(tok: Any, acts: Sequence[Action], *, words: EventWords) -> bool:
    """Disorder named by a noun that is force only with a fighting side
    (``armed_sides_nouns``: "violence erupted between Fatah and Hamas", an armed group on
    one side) where no party is a fighting force or a state as a whole ("violence broke
    out between police and protesters", "violence between supporters of rival
    candidates"): unrest, no use of force by either."""
    if tok.lemma_.lower() not in words.armed_sides_nouns or tok.pos_ != "NOUN":
        return False
    parties = [x for a in acts for x in (*a.sources, *a.targets) if x is not None]
    return not any(
        is_fighting_force(x.code) or (len(x.code or "") == 3 and is_armed(x.code))
        for x in parties
    )


def _mishap(tok: Any, *, words: EventWords) -> bool:
    """A word of force that tells a mishap: a verb whose intransitive subject undergoes it
    ("their boat sank", ``undergone_force_verbs``), or a killing an accident or a disaster
    does ("a boat wreck that killed ten", "died in a crash", "Cyclone Idai hit the coast,
    killing hundreds", ``accident_nouns``), or a killing with no doer told in the clause
    of a mishap's verb ("were killed when their bus overturned", ``mishap_verbs``): no act
    of force by anyone."""
    if (
        tok.lemma_.lower() in words.undergone_force_verbs
        and tok.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "agent", "auxpass", "nsubjpass") for c in tok.children)
    ):
        return True
    if not any(c.dep_ in ("agent", "nsubj") for c in tok.children) and any(
        # "were killed when their bus overturned": a mishap's verb in the clause of when
        c.dep_ == "advcl"
        and c.lemma_.lower() in words.mishap_verbs
        and not any(x.dep_ == "dobj" for x in c.children)
        for c in tok.children
    ):
        return True
    return any(
        (
            d.lemma_.lower() in words.accident_nouns
            or _blaze(d, tok, words=words)
            # a disaster named by its kind before its name ("Cyclone Idai", "Hurricane
            # Maria", "Typhoon Haiyan")
            or (
                d.pos_ == "PROPN"
                and any(
                    c.dep_ == "compound" and c.lemma_.lower() in words.accident_nouns
                    for c in d.children
                )
            )
        )
        and not any(
            c.dep_ == "compound" and c.lemma_.lower() in words.explosion_words for c in d.children
        )
        for d in _mishap_doers(tok)
    )


def _mishap_doers(tok: Any) -> list[Any]:
    """What does the act of ``tok``; a free participle with no subject of its own
    ("Cyclone Idai hit the coast, killing hundreds") is its clause's subject's."""
    found = doers(tok)
    if (
        not found
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in tok.children)
    ):
        found = doers(tok.head)
    return found


def _served(tok: Any, *, words: EventWords) -> bool:
    """A war someone fought in, told to say who they are: a verb of service
    (``service_verbs``) in a relative clause or a participle on a noun ("troops who fought
    in Iraq", "veterans who served in Vietnam"), or a verb joined to one ("who fought and
    were wounded"), with no object, no side it fought (``service_partner_prepositions``:
    "against", "with") and no date: a description of the people, no act."""
    clause = tok
    if tok.dep_ == "conj" and tok.head.dep_ in ("relcl", "acl"):
        clause = tok.head
    if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in words.service_verbs:
        return False
    for v in {clause, tok}:
        for c in v.children:
            if c.dep_ in ("dobj", "npadvmod", "tmod") or c.ent_type_ in ("DATE", "TIME"):
                return False
            if c.dep_ == "prep" and (
                c.lower_ in words.service_partner_prepositions
                or any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
            ):
                return False
    return True


def _blaze(tok: Any, verb: Any, *, words: EventWords) -> bool:
    """A noun of fire that names a blaze, not gunfire ("a fire that killed four", "killed
    in a fire"; not "Israeli fire", "tank fire", "their fire", "heavy fire", "fire from the
    troops", ``blaze_words``): nothing before it tells whose or what fire it is, save an
    adjective after "a"/"an" ("a massive fire"), and no "from"/"by" after it, or after its
    verb ("killed by fire from militants", the parser's attachment), names a shooter."""
    if tok.lemma_.lower() not in words.blaze_words:
        return False
    before = [c for c in tok.children if c.i < tok.i]
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in before)
    for c in before:
        if c.dep_ in ("compound", "poss", "nmod", "nummod") or c.ent_type_:
            return False
        if c.dep_ == "amod" and not indefinite:
            return False
    return not any(
        c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
        for c in [*tok.children, *(c for c in verb.children if c.lower_ == "from")]
    )


def _figure_moved(tok: Any, *, words: EventWords) -> bool:
    """A word of force whose object, or whose "to" or "by" object, is a share or a sum
    ("spending sinking to 1.08 percent", "inflation hit 9 percent", "sales hit $2
    billion"), or that has no object and whose subject is a figure (``figure_nouns``: "the
    odds of a Democratic win have shot up", "prices shot up"): a figure that moves, no
    force; people counted ("killed 18") and "rebels shot up the village" stay."""
    if not any(c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in words.figure_nouns or c.lower_ in words.figure_nouns)
        for c in tok.children
    ):
        return True
    heads = [c for c in tok.children if c.dep_ == "dobj"] + [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("to", "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(h.ent_type_ in ("PERCENT", "MONEY") for h in heads)


def _verbal(code: str) -> bool:
    """Is ``code`` an act of words (verbal cooperation or conflict, quad class 1 or 3)?"""
    info = codebook().get(code)
    return info is not None and info.quad_class in (1, 3)


def _polled(tok: Any, *, words: EventWords, counted: bool = False) -> bool:
    """A verb whose doer is a share of a people ("43% of voters back Dupont", "most
    Peruvians support", "six in 10 voters say X should quit", "backed by a third of
    voters", "those surveyed say"): a poll's or a count's finding, not an act."""
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + agent_objects(tok)
    if doers and all(d.lower_ in words.subject_pronouns for d in doers):
        # "47 percent of voters say they will support X", "six in 10 voters said they have
        # made up their mind on whom they will support": a pronoun's act under what a
        # share of people say is that share's view, read at the nearest clause with a
        # subject of its own
        for up in tok.ancestors:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
                if any(
                    c.dep_ == "nsubj" and c.lower_ not in words.subject_pronouns
                    for c in up.children
                ):
                    return _polled(up, words=words, counted=True)
    for d in doers:
        if counted and not _counted_share(d, words=words):
            continue  # "most of the senators said they would support X": their own word
        if (d.lower_ in words.share_words or d.lemma_.lower() in words.share_words) and any(
            c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in d.children
        ):
            return True  # "43% (of voters)", "a majority of voters", not "the majority on
            # the court", a body's own act
        for c in d.children:
            if (
                c.dep_ in ("amod", "det")
                and c.lower_ in words.share_words
                and c.ent_type_ != "ORDINAL"
            ):
                return True  # "most Peruvians", not an ordinal ("a third, X, said")
            if c.dep_ == "acl" and c.lower_ in words.poll_participles:
                return True  # "those surveyed"
            if c.dep_ == "nummod" and any(
                q.dep_ == "quantmod" and q.lower_ == "in" for q in c.children
            ):
                return True  # "six in 10 voters"
    return False


def _counted_share(d: Any, *, words: EventWords) -> bool:
    """A doer that is a counted share of a people, as polls report them ("47 percent of
    voters", "eight in 10 voters", "a majority of the residents"), not a share of a body
    ("most of the senators", "most of the Senate Republicans")."""
    if any(c.dep_ == "nummod" for c in d.children) or d.ent_type_ == "PERCENT":
        return True
    return any(
        g.lemma_.lower() in words.voter_nouns or g.lemma_.lower() in words.people_nouns
        for c in d.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _ability(tok: Any, *, words: EventWords) -> bool:
    """An infinitive on an adjective of ability or permission (``ability_adjectives``:
    "delegates are free to support X", "will be able to negotiate", "being able to
    negotiate a deal"): what someone can do, not an act; "were able to negotiate a
    ceasefire" (a past tense of "be" with no modal) tells it done. An act in a verb's
    complement under the infinitive is read the same ("will be able to continue funding
    the rebels", "free to start talks"). So is the infinitive of a noun of a power or a
    right, or the "of" gerund of an adjective of capacity (:func:`_capability`)."""
    if _capability(tok, words=words):
        return True
    hops = 0
    while (
        hops < 2
        and tok.dep_ == "xcomp"
        and tok.head.pos_ == "VERB"
        and tok.head.dep_ == "xcomp"
        and tok.head.head.lemma_.lower() in words.ability_adjectives
    ):
        tok, hops = tok.head, hops + 1
    adj = tok.head
    if not (
        tok.dep_ == "xcomp"
        and adj.i != tok.i
        and adj.lemma_.lower() in words.ability_adjectives
        and to_infinitive(tok)
    ):
        return False
    be = adj.head if adj.dep_ in ("acomp", "amod") else adj
    be_words = [be, *(c for c in adj.children if c.dep_ == "cop")]
    done = any(b.tag_ == "VBD" for b in be_words) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for b in be_words for c in b.children
    )
    return not done


def _party_noun(noun: Any) -> bool:
    """A noun that names the one who acts, not what it may do: said of a party ("Sweden
    became the first Western power to recognize Palestine", "Russia is the only power to
    veto it": the predicate of a verb with a noun subject, or in apposition to one) or
    ranked by an ordinal ("the first power to recognize it"): its infinitive tells what
    that party did."""
    if noun.dep_ == "appos":
        return True
    if noun.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children):
        return True
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children)


def _capability(tok: Any, *, words: EventWords) -> bool:
    """A to-infinitive on a noun of a power, a right or a means (``capability_words``: "the
    government has the authority to seek to freeze assets", "had the right to defend its
    citizens"), or an "of" gerund on an adjective of capacity ("were capable of deploying
    300,000 troops"): what someone can or may do, in any tense, not an act; a verb under
    it as its complement, or joined to it in the base form, is read the same ("to seek to
    freeze or seize").
    A power put to use (``capability_use_verbs``: "used its power to block the bill") is
    done."""
    hops = 0
    while (
        hops < 3
        and (tok.dep_ == "xcomp" or (tok.dep_ == "conj" and tok.tag_ == "VB"))
        and tok.head.pos_ in ("VERB", "AUX")
    ):
        # a conjunct in the base form shares the infinitive ("to freeze or seize"); one in
        # a tense is a clause of its own the parser joined there ("ran on his ability to
        # jolt the economy and accused Obama of bungling it")
        tok, hops = tok.head, hops + 1
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and to_infinitive(tok):
        return (
            head.lemma_.lower() in words.capability_words
            and not (
                head.dep_ == "dobj" and head.head.lemma_.lower() in words.capability_use_verbs
            )
            and not _party_noun(head)
        )
    # "capable of deploying": the gerund hangs on "of", which hangs on the adjective
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and head.dep_ == "prep"
        and head.lower_ == "of"
        and head.head.pos_ == "ADJ"
        and head.head.lemma_.lower() in words.capability_words
    )


def _by_voters(tok: Any, *, words: EventWords) -> bool:
    """A verb whose doer is named by a noun of the electorate (``voter_nouns``: "those
    voters backed Dupont", "voters in the area rejecting Moreau"): their support or
    rejection of a candidate is cast as votes or found by polls, no political act."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words.voter_nouns
        for c in tok.children
    ) or any(
        g.dep_ == "pobj" and g.lemma_.lower() in words.voter_nouns
        for c in tok.children
        if c.dep_ == "agent"
        for g in c.children
    )


def _degree(tok: Any, *, words: EventWords) -> bool:
    """An infinitive of an adjective of degree ("too weak to defend the city", "strong
    enough to attack", "was too close to the banks to be trusted to crack down"): what
    someone can or cannot do, not an act. Read up a chain of infinitives to the adjective,
    or to the verb whose adjective it is."""
    t = tok
    while t.dep_ in ("xcomp", "advcl") and t.head.i != t.i and to_infinitive(t):
        t = t.head
        for a in (t, *(c for c in t.children if c.dep_ == "acomp")):
            if a.pos_ in ("ADJ", "ADV") and any(
                c.dep_ == "advmod" and c.lower_ in words.degree_words for c in a.children
            ):
                return True
    return False


def _duty(tok: Any, *, words: EventWords) -> bool:
    """ "was charged with halting the violence": a duty, not a criminal charge."""
    if tok.lemma_.lower() not in words.duty_verbs:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            if any(g.tag_ == "VBG" and g.dep_ in ("pcomp", "pobj") for g in c.children):
                return True
    return False


def _of_any(tok: Any, *, words: EventWords) -> bool:
    """Whether a verb heads a relative clause on a noun of non-reference ("any drone that
    violated its airspace", "no country that attacks us"; the determiners among
    ``unreal_event_modifiers``): it describes whatever may come, no act done."""
    return tok.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in words.unreal_event_modifiers for c in tok.head.children
    )


def _averted(tok: Any, *, words: EventWords) -> bool:
    """Whether a gerund names an act kept from happening: after "against" ("warned Israel
    against attacking Lebanon"), after "from" under a verb of preventing or abstaining
    ("prevented protesters from storming", "refrain from striking"), or the gerund "avoid"
    takes ("avoided attacking civilians"); ``averting_heads``. Or one a verb of delaying
    holds back ("delayed signing", "dragged its feet on negotiating"; ``delaying_heads``)."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        if head.lower_ == "against":
            return True
        governor = head.head.lemma_.lower()
        if head.lower_ in ("on", "in", "over") and governor in words.delaying_heads:
            return True
        return head.lower_ == "from" and governor in words.averting_heads
    return tok.dep_ in ("xcomp", "dobj") and (
        (head.lemma_.lower() == "avoid" and head.lemma_.lower() in words.averting_heads)
        or head.lemma_.lower() in words.delaying_heads
    )


def _held_back(tok: Any, *, words: EventWords) -> bool:
    """Whether the to-infinitive ``tok`` is an act a word of reluctance holds back ("who was
    reluctant to endorse Mr. Trump", "donors reluctant to support Trump", "hesitated to
    criticize"; ``reluctance_heads``), one not said to be overcome ("was not reluctant to
    criticize" is left as told)."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.i != tok.i
        and to_infinitive(tok)
        and head.lemma_.lower() in words.reluctance_heads
        and not any(c.dep_ == "neg" for c in head.children)
        and not any(c.dep_ == "neg" for c in head.head.children if head.dep_ == "acomp")
    )


def _denied(tok: Any, *, words: EventWords) -> bool:
    """Whether the act of verb ``tok`` is one a party says did not happen: the gerund or
    that-clause of a verb of denial ("Iran denied supplying drones", "denied that its troops
    fired", and the acts joined to it), or the that-clause of a claim such a verb answers
    ("rejected accusations that it attacked civilians"); ``denial_verbs``,
    ``denied_claim_nouns``."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if head.i == tok.i:
        return False
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in words.denial_verbs:
        # "denied entry" is the verb's own act; a gerund or a clause after it is the act
        # denied (not a clause before it: "X accused Y of Z, a charge Y denies")
        return tok.i > head.i and (
            tok.dep_ == "ccomp" or (tok.dep_ in ("xcomp", "dobj") and tok.tag_ == "VBG")
        )
    return (
        tok.dep_ in ("acl", "ccomp")
        and head.lemma_.lower() in words.denied_claim_nouns
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.lemma_.lower() in words.denial_verbs
    )


def said_untrue(tok: Any, words: EventWords) -> bool:
    """Whether ``tok``, or a clause it stands in, is what a party denies: the that-clause
    or gerund of a verb of denial, or of a claim such a verb answers ("X denied that Y
    committed the massacre", "rejected claims that the army was responsible",
    :func:`_denied`). Such words say the act did not happen: they accuse no one."""
    t = tok
    while True:
        if _denied(t, words=words):
            return True
        if t.head.i == t.i:
            return False
        t = t.head


#: CAMEO roots of acts done to a thing as to its owner: coercion and seizure (17), assault
#: (18), fighting (19), mass violence (20).
_SEIZED_OR_STRUCK = frozenset({"17", "18", "19", "20"})
#: the sectors of a state authority that arrests, charges or detains (CAMEO COP, JUD, GOV, SPY)
_AUTHORITY_SECTORS = frozenset({"COP", "JUD", "GOV", "SPY"})


def _asserted_form(tok: Any, *, words: EventWords) -> bool:
    """Whether a verb's form can report an act: not a purpose infinitive ("to fight
    corruption"), a participle used as an adjective ("Chinese-funded projects") or a gerund
    standing as a noun ("Helping newcomers is ...")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return True  # nominal events are judged elsewhere
    to = to_infinitive(tok)
    if (
        to
        and tok.dep_ in ("advcl", "acl", "relcl")
        and not _decided(tok, words=words)
        and not _succeeding(tok, words=words)
        and ranked_noun(tok, words=words) is None
    ):
        return False  # "to fight corruption", "efforts to promote democracy"
    if tok.dep_ == "amod":
        return False
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    if tok.tag_ == "VBG" and not has_aux:
        if tok.dep_ in ("csubj", "nsubj", "dobj", "pobj"):
            return False
        if tok.dep_ == "acl" and not _told_of_object(tok, words=words):
            return False  # "rebels fighting the army", "a bill calling for a probe": who or
            # what the noun is, not an act the sentence reports
    return True


def _own_future_clauses(tok: Any, actors: TokenActors, *, words: EventWords) -> list[Any]:
    """The complement clauses of ``tok`` that its own subject will do: "X warned (Y) that
    it would retaliate", "X vowed it will strike back", "Putin warned that Russia could
    use nuclear weapons" (the clause's subject is X, a pronoun resolved to X or X's own
    state, or an "it" or "they" resolved to no one, and a will/would/could/may modal marks
    it future)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    agent = actors.at(subject.i) if subject is not None else None
    if agent is None:
        return []
    future = words.planned_auxiliaries | {"would", "could", "may", "might"}
    out = []
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(g.dep_ == "aux" and g.lower_ in future for g in c.children):
            continue
        if any(
            g.dep_ == "nsubj"
            and (
                _own_side(actors.at(g.i), agent)
                # "Iran said it would ...": an unresolved "it" or "they" is the speaker
                or (actors.at(g.i) is None and g.lower_ in ("it", "they"))
            )
            for g in c.children
        ):
            out.append(c)
    return out


def _any_event(noun: Any, *, words: EventWords) -> bool:
    """Is ``noun`` an event of non-reference, a determiner of ``unreal_event_modifiers``
    on it ("answer any aggression against Belarus", "treat any intervention as war"):
    whoever may do it, mostly another party, not the speaker's own act?"""
    return any(
        c.dep_ == "det" and c.lower_ in words.unreal_event_modifiers for c in noun.children
    )


def _bodily_position(tok: Any, *, words: EventWords) -> bool:
    """Is ``tok`` a verb of bodily position (``position_verbs``) with no auxiliary told as
    the place one takes, no support? As a bare participle or in the simple past ("standing
    behind Trump before the cameras", "Standing with activists, she ...", "as he stood
    behind Trump on Super Tuesday"); in the simple present too, narrated (no content a
    source tells), with a place or an occasion (``position_prepositions``, or "in" a
    place named on the verb: "stands with Biden during a news conference", "stands by
    soldiers at a checkpoint", "outside Downing Street": a caption's present); or beside
    one's own ("Refugees stand with their children": a party of
    ``position_companion_prepositions`` the subject's by a possessive pronoun). In the
    simple present only a person or a group on the spot is stood with in body: with a
    country, a people or a nation (``_whole_people``: "stands with Ukraine at the NATO
    summit", "with the Palestinians at a rally") it is support, while a person there
    stays in a place ("stands with Biden at the NATO summit"). "is
    standing with X", "stands with X", "will stand by X on Taiwan", "has stood with X",
    "X stands with Y at the U.N., the minister said" stay support."""
    if tok.lemma_.lower() not in words.position_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "will stand with X in Y", "has stood with X": a pledge, a stance
    if tok.tag_ in ("VBG", "VBD"):
        return True
    preps = [p for p in tok.children if p.dep_ == "prep"]
    companions = [
        g
        for p in preps
        if p.lower_ in words.position_companion_prepositions
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if any(_whole_people(g, words=words) for g in companions):
        return False  # "stands with Ukraine / the Palestinians at a rally": no body there
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for g in companions for c in g.children):
        return True  # "stand with their children": the subject's own, no party supported
    if tok.dep_ == "ccomp":
        return False  # "X stands with Y at the U.N., the minister said": a stance told
    for p in [*preps, *(c for g in companions for c in g.children if c.dep_ == "prep")]:
        objects = [g for g in p.children if g.dep_ == "pobj"]
        if any(
            g.ent_type_ in ("DATE", "TIME", "ORG", "NORP")
            or g.lemma_.lower() in words.position_times
            for g in objects
        ):
            continue  # "with Ukraine at this time", "at the United Nations": when, a forum
        if p.lower_ in words.position_prepositions and objects:
            return True
        if (
            p.head is tok
            and p.lower_ == "in"
            and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in objects)
        ):
            return True
    return False


def _whole_people(noun: Any, *, words: EventWords) -> bool:
    """Is ``noun`` (or a noun joined to it) a party with no body on the spot: a country,
    a people or an organisation by name ("Ukraine", "the Palestinians", "NATO"), or a
    whole people or nation (``position_nation_nouns``: "the Ukrainian people", "the
    people of Ukraine")? One "stands with" such a party only as support, never in a
    caption's place; a person or a group there ("Biden", "soldiers", "refugees",
    "Taiwan's president") may be stood with in body."""
    return any(
        g.ent_type_ in ("GPE", "NORP", "ORG") or g.lemma_.lower() in words.position_nation_nouns
        for g in (noun, *noun.conjuncts)
    )


def _response(clause: Any, *, words: EventWords) -> bool:
    """A clause of an unnamed reply: "(it would) respond", "react", "take action"."""
    lemma = clause.lemma_.lower()
    if lemma not in words.response_verbs:
        return False
    if lemma != "take":
        return True
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.response_nouns for c in clause.children
    )


def _conditional(clause: Any, *, words: EventWords) -> bool:
    """Is ``clause`` a condition ("if X attacks", "unless X withdraws": ``condition_marks``)?"""
    return any(
        m.dep_ == "mark" and m.lower_ in words.condition_marks and m.lower_ != "whether"
        for m in clause.children
    )


def _met_with_reply(tok: Any, *, words: EventWords) -> list[Any]:
    """The complement clauses of ``tok`` that say an act to come will be met with a reply
    ("any attack would be met with a crushing response", "will be met with force"): a
    passive of "meet" with a modal, its subject an act noun after "any" or another word
    of non-reference (``unreal_event_modifiers``), its "with" a reply (``reaction_words``,
    ``response_nouns``) or force (the coder checks that the act is one of force)."""
    replies = words.reaction_words | words.response_nouns | {"force"}
    out = []
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() != "meet":
            continue
        if not any(g.dep_ == "auxpass" for g in c.children):
            continue
        if not any(g.dep_ == "aux" and g.lower_ in ("will", "would", "shall") for g in c.children):
            continue
        if not any(
            g.dep_ == "nsubjpass"
            and any(
                d.dep_ == "det" and d.lower_ in words.unreal_event_modifiers for d in g.children
            )
            for g in c.children
        ):
            continue
        if any(
            p.dep_ == "prep"
            and p.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in replies for g in p.children)
            for p in c.children
        ):
            out.append(c)
    return out


def _hostile_reply(clause: Any, *, words: EventWords) -> bool:
    """Is the reply ``clause`` told as one against someone: made on a condition ("would
    respond if X attacked"), aimed "against" someone, or countermeasures taken?"""
    return any(
        (c.dep_ == "advcl" and _conditional(c, words=words))
        or (c.dep_ == "prep" and c.lower_ == "against")
        or (c.dep_ == "dobj" and c.lemma_.lower() in ("countermeasure", "countermeasures"))
        for c in clause.children
    )


def _victim(actor: Actor, reply: Any) -> bool:
    """Is ``actor`` named, in the act a reply is "to", as the one the act was done to or
    where ("respond to the attack on its troops"), not as its doer?"""
    spans = [
        (q.left_edge.idx, q.right_edge.idx + len(q.right_edge))
        for p in reply.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
        for q in g.children
        if q.dep_ == "prep" and q.lower_ in ("on", "against", "in", "at")
    ]
    return any(s <= a < e for a, _ in actor.mentions for s, e in spans)


def _own_side(actor: Actor | None, agent: Actor) -> bool:
    """Is ``actor`` the agent itself or the state the agent belongs to?"""
    if actor is None:
        return False
    return actor is agent or (agent.country is not None and actor.code == agent.country)


def custody_keepers(verb: Any, prep: str, w: EventWords) -> list[Any]:
    """The words modifying a custody noun (``custody_nouns``) that ``verb``'s ``prep``
    phrase takes ("from Hamas custody", "in Russian captivity", "from Israeli jails"):
    those that may name the captors; none for a custody nothing modifies ("from custody")."""
    return [
        m
        for g in prep_objects(verb, (prep,))
        if g.lemma_.lower() in w.custody_nouns
        for m in g.children
        if m.dep_ in ("compound", "amod", "poss", "nmod") and m.i < g.i
    ]


def _undergoer_head(t: Any, verb: Any) -> bool:
    """Whether ``t`` heads what a passive ``verb`` is done to (see :func:`_undergoer`): its
    subject ("three workers were released"), or the noun its participle describes ("the
    soldiers released on Friday"), or a conjunct of either; a "=+" slot of a row read in
    the passive (:meth:`SentenceCoder._object_words`) takes that party as the verb's
    object."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in _PASS_SUBJ:
        return bool(t.head.i == verb.i)
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i == t.i)


def _undergoer(tok: Any) -> tuple[int, int] | None:
    """The first and last token of what a passive verb is done to: its subject ("aid to X
    was suspended"), or the noun a passive participle describes, up to the participle
    ("the talks suspended by X"); None for a verb in the active."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i:
        return tok.head.left_edge.i, tok.i - 1
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in _PASS_SUBJ), None)
    return (subj.left_edge.i, subj.right_edge.i) if subj is not None else None


def _comma_participle(t: Any, governor: Any) -> bool:
    """Is ``t`` a participle clause of ``governor`` after it, set off by a comma, with no
    subject, auxiliary or conjunction of its own ("called for X to quit, calling him a
    disgrace")?"""
    if t.dep_ != "advcl" or t.tag_ != "VBG" or t.head.i != governor.i or t.i <= governor.i:
        return False
    if any(c.dep_ in ("aux", "mark", "auxpass", "nsubj", "nsubjpass") for c in t.children):
        return False
    return comma_before(t)


def _finite_clause_of_own(tok: Any, *, words: EventWords) -> bool:
    """Is ``tok`` an adverbial clause with a finite verb and an active subject of its own
    ("the US bolstered its forces, as Clinton discussed the crisis with Blair", "... while X
    met Y on Friday")? Such a clause tells an act of its own, coded whether it stands before
    or after its governor, not the governor's infinitive, purpose or consequence; a passive
    one ("hours after the aide was charged") names its patient, seldom its doer, and stays
    its governor's as before, as do a condition ("if X attacks": ``condition_marks``), a
    purpose ("so X could talk": ``purpose_marks``) and the end of a stretch ("until X
    retreats": ``ending_marks``). A finite passive with a subject of its own under a time
    word ("hours after two soldiers were killed", ``time_prepositions``) tells its own act
    too, coded as the same passive standing alone is (its patient the target, its doer
    when named); with no time word it stays its governor's."""
    if tok.dep_ != "advcl":
        return False
    kids = list(tok.children)
    marks = {c.lower_ for c in kids if c.dep_ == "mark"}
    if not any(c.dep_ == "nsubj" for c in kids) and not (
        any(c.dep_ == "nsubjpass" for c in kids) and marks & words.time_prepositions
    ):
        return False  # a passive names its patient, seldom its doer: left as before
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in kids
    )
    if not finite:
        return False
    if _unreal_time_clause(tok):
        return False
    return not marks & (
        words.condition_marks | words.purpose_marks | words.ending_marks | {"that"}
    )


def _unreal_time_clause(tok: Any) -> bool:
    """Is ``tok`` a present-tense clause ("once the Taliban cuts ties", "when Israel
    strikes", "before Washington imposes more sanctions") on a governor not itself told in
    the present: one with a modal ("will withdraw", "would respond", "may impose"), in its
    base form (an infinitive or an imperative) or in the past ("urged Iran to negotiate
    now, before Washington imposes ...")? English puts the present in a time clause of a
    future or unreal act: the clause tells a condition of that act, not an act done, so it
    stays its governor's. A present governor ("Trump praises Kim as Iran attacks") is a
    headline's or a story's present: the clause is an act as before."""
    kids = list(tok.children)
    if tok.tag_ not in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD") for c in kids
    ):
        return False
    head = tok.head
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes):
        return True
    return not (
        head.tag_ in ("VBZ", "VBP")
        or (head.tag_ in ("VBG", "VBN") and any(c.tag_ in ("VBZ", "VBP") for c in auxes))
    )


def _succeeding(tok: Any, *, words: EventWords) -> bool:
    """An infinitive after a verb of going on to an act, which tells that act done next
    ("went on to accuse X", "proceeded to expel the envoy": ``succession_verbs``), not a
    purpose."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or tok.i < head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = head.lemma_.lower()
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    return lemma in words.succession_verbs or any(
        f"{lemma} {p}" in words.succession_verbs for p in particles
    )


def _forum_purpose(tok: Any, *, words: EventWords) -> bool:
    """A to-infinitive on an occasion of speaking held or given ("held a news conference to
    denounce X", "gave a speech to criticize Y", "an impromptu briefing to rail against Z",
    "took the opportunity to praise W": ``forum_nouns``, the object of a ``forum_verbs`` verb
    that governs the infinitive or that the infinitive hangs on): the words were said there,
    so an act of words is done, not only aimed at."""
    if not to_infinitive(tok):
        return False
    head = tok.head
    if tok.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and tok.i > head.i:
        return head.lemma_.lower() in words.forum_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words.forum_nouns and c.i < tok.i
            for c in head.children
        )
    return (
        tok.dep_ in ("acl", "relcl")
        and head.lemma_.lower() in words.forum_nouns
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in words.forum_verbs
        and tok.i > head.i
    )


def _proposed_on_noun(tok: Any, *, words: EventWords) -> bool:
    """A to-infinitive on a noun of a proposal ("introduced a bill to impose sanctions",
    "a resolution to condemn X": ``proposal_nouns``) or of a chance ("gives her an
    opportunity to take aim at X": ``chance_nouns``; not a forum occasion taken by the
    verb's subject, "took the opportunity to praise X"): proposed or possible, not done."""
    if tok.dep_ not in ("acl", "relcl") or not to_infinitive(tok) or tok.i < tok.head.i:
        return False
    lemma = tok.head.lemma_.lower()
    if lemma in words.proposal_nouns:
        return True
    return lemma in words.chance_nouns and not (
        # "took the opportunity to praise X": an occasion taken; "gave her a chance to": given
        _forum_purpose(tok, words=words)
        and not any(c.dep_ == "dative" for c in tok.head.head.children)
    )


def _comment_sought(tok: Any, *, words: EventWords) -> bool:
    """A request whose "for" phrase or object is a comment (``comment_nouns``: "asked for
    comment", "a request for comment", "sought comment from X"), or whose to-infinitive is
    commenting ("requests to comment"): a reporter's question, no appeal."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(g.dep_ == "pobj" and g.lower_ in words.comment_nouns for g in c.children):
                return True
        elif c.dep_ == "dobj" and c.lower_ in words.comment_nouns:
            return True
        elif c.dep_ in ("acl", "xcomp") and c.lemma_.lower() == "comment" and to_infinitive(c):
            return True
    return False


def _decided(tok: Any, *, words: EventWords) -> bool:
    """An infinitive on a noun of decision that tells the act decided ("Norway's decision
    to cut aid", "the move to expel the envoy"), not one only weighed ("any decision to
    send troops", "no decision to ...")."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and noun.lemma_.lower() in words.decision_nouns
        and not any(c.dep_ == "det" and c.lower_ in ("any", "no", "a", "an") for c in noun.children)
    )


def _told_of_object(tok: Any, *, words: EventWords) -> bool:
    """A participle that tells an act although it modifies a noun: on a verb's object
    ("issued a statement demanding talks": what the statement did), on words said or
    written wherever they stand ("in her statement condemning the test"), or in a "with"
    phrase ("with crowds chanting slogans": what happened alongside the main clause)."""
    noun = tok.head
    if noun.dep_ == "dobj" or noun.lemma_.lower() in words.speech_nouns:
        return True
    if _set_off_subject_participle(tok):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("with", "without")


def _set_off_subject_participle(tok: Any) -> bool:
    """A participle clause set off by commas on both sides after its clause's subject
    ("Scharping, ending a two-day visit to Poland, said ...", "the minister, wrapping up
    talks in Kabul, told ..."): non-restrictive, it tells what the subject was doing then,
    an act of its own, not which one is meant (as "rebels fighting the army" does)."""
    noun = tok.head
    doc = tok.doc
    after = tok.right_edge.i + 1
    return (
        tok.tag_ in ("VBG", "VBN")
        and noun.dep_ in ("nsubj", "nsubjpass")
        and tok.i > noun.i
        and comma_before(tok)
        and after < len(doc)
        and doc[after].text == ","
    )


def _alignment_of_noun(tok: Any, *, words: EventWords) -> bool:
    """A verb of standing with or against someone (``alignment_verbs``: "support", "back",
    "oppose") said of a noun in a participle or a relative clause whose subject is the
    noun's relative pronoun, with no "by" agent and no time of its own ("donors who are
    backing X", "ads supporting Y", "extremists opposed to the truce", "those who had
    supported Z"): it tells who the noun's people are, the side they hold, not an act the
    sentence reports. It stays an act with a time, an occasion or an end of its own ("X, who
    backed Y last week,", "who supported the bill when it came to a vote", "before he
    resigned", "a group that backed X until he dropped out": ``ending_marks``), in the
    present perfect ("the ally who has backed the threat": a recent act), with a "by" agent
    ("rebels backed by Z") or on words issued ("statements supporting NATO membership": the
    issuer's act, as ``speech_nouns`` say)."""
    if tok.lemma_.lower() not in words.alignment_verbs:
        return False
    if tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if tok.head.lemma_.lower() in words.speech_nouns or tok.head.lower_ in words.speech_nouns:
        return False  # "statements supporting NATO membership": what words issued did
    if tok.dep_ == "acl":
        if tok.tag_ not in ("VBG", "VBN"):
            return False
        if tok.tag_ == "VBN" and any(c.dep_ in ("dobj", "appos") for c in tok.children):
            return False  # a past tense with an object the parser hung on a noun
    elif not _pronoun_subject_relative(tok):
        # only a clause whose subject is the noun tells the noun's side; "the deal, which
        # Putin opposed": the side of the clause's own subject, told of it
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    if tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ != "VBD" for c in tok.children
    ):
        return False  # "the one ally who has backed the threat": a recent act reported
    if any(
        c.dep_ == "advcl"
        and any(
            m.dep_ in ("mark", "advmod")
            and (
                m.lower_ in words.time_clause_words
                or m.lower_ in words.ending_marks
                or m.lower_ in words.order_prepositions
            )
            for m in c.children
        )
        for c in tok.children
    ):
        # "who supported the bill when it came to a vote", "before he resigned": an
        # occasion; "a group that backed X until he dropped out": a stretch told with the
        # act that ended it
        return False
    # a time of its own: "who backed X last week", "who supported Y in 2012" (not an age
    # inside its object: "opposed to the 8-month-old truce")
    timed = [c for c in tok.children if c.dep_ in ("npadvmod", "advmod")] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in timed)


def _set_off_to_press(tok: Any, code: str, actors: TokenActors, *, words: EventWords) -> bool:
    """A participle set off from its clause's own act whose addressees are all the press
    ("Lavrov, speaking to journalists in Moscow, accused ...", "the spokesman, talking
    to reporters, denied ...", "Speaking to reporters in Kyiv, Zelenskyy accused ...",
    "In talking to reporters on Monday, Blinken praised ..."): the occasion of the
    clause's own act, no act of its own (the audience told, as :func:`_audience` says of
    a conference's "with"). The parser hangs such a participle on the subject (``acl``),
    on the clause's verb (``advcl``) or under a fronted "in" or "after" (``pcomp``); there
    only a statement or a consultation (``press_occasion_roots``: "speaking to", "briefing")
    is the occasion, an act on the press ("Criticizing reporters, X said") stays one."""
    if tok.dep_ != "acl" and code[:2] not in words.press_occasion_roots:
        return False
    if not _press_occasion_participle(tok, words=words):
        return False
    told = [
        a
        for c in tok.children
        if c.dep_ in ("dobj", "dative", "prep")
        for o in ((c,) if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])
        for a in actors.all_at(o.i)
    ]
    return bool(told) and all(_audience(a, words=words) for a in told)


def _press_occasion_participle(tok: Any, *, words: EventWords) -> bool:
    """A present participle set off by a comma from the clause whose act it accompanies:
    after the subject ("X, speaking to reporters, said": :func:`_set_off_subject_participle`),
    fronted or trailing on the clause's verb ("Speaking to reporters, X said", "X said,
    speaking to reporters") or fronted under a preposition of time or manner
    (``adverbial_gerund_prepositions``: "In talking to reporters, X said"); the clause's
    verb is another act, which the participle only frames."""
    if tok.dep_ == "acl":
        return _set_off_subject_participle(tok)
    if tok.tag_ != "VBG":
        return False
    doc = tok.doc
    if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
        head, span = tok.head, (tok.left_edge.i, tok.right_edge.i)
    elif (
        tok.dep_ == "pcomp"
        and tok.head.lower_ in words.adverbial_gerund_prepositions
        and tok.head.dep_ == "prep"
    ):
        head, span = tok.head.head, (tok.head.left_edge.i, tok.head.right_edge.i)
        if head.pos_ not in ("VERB", "AUX"):
            return False
    else:
        return False
    if span[0] > head.i:
        # trailing: a comma between the verb's clause and the participle
        return span[0] > 0 and bool(doc[span[0] - 1].text == ",")
    after = span[1] + 1
    return after < len(doc) and bool(doc[after].text == ",") and after < head.i


def _related_party(c: Any, *, words: EventWords) -> bool:
    """A participle modifier naming a party related to the noun, not the noun's actor:
    "the U.S.-based lender", "an Iran-backed militia" (but "the Saudi-led coalition")."""
    if c.dep_ != "amod":
        return False
    if c.tag_ in ("VBN", "VBG"):
        form = c.lower_
    elif "-" in c.text.strip("-"):
        form = c.lower_.rsplit("-", 1)[1]
        if not form.endswith(("ed", "ing")):
            return False
    else:
        return False
    return form not in words.agent_participles


def _holder_participle(c: Any, *, words: EventWords) -> bool:
    """Whether ``c`` is a hyphened participle of holding before its noun ("rebel-held",
    "government-controlled": ``holder_participles``), whose first part names the party
    that holds the noun's place or thing."""
    if c.dep_ != "amod" or c.i > c.head.i:
        return False
    if "-" in c.text.strip("-"):
        return c.lower_.rsplit("-", 1)[1] in words.holder_participles
    return (
        c.lower_ in words.holder_participles
        and c.i > 0
        and c.nbor(-1).text == "-"
        and any(k.i < c.i for k in c.children)
    )


def in_quote(parse: Any, i: int) -> bool:
    """Whether word ``i`` stands inside quotation marks of its sentence."""
    sent = parse[i].sent
    opened = 0
    straight = 0
    for t in parse[sent.start : i]:
        if t.text in ("\u201c", "``"):
            opened += 1
        elif t.text in ("\u201d", "''"):
            opened -= 1
        elif t.text == '"':
            straight += 1
    return opened > 0 or straight % 2 == 1


def _taking_part_ender(h: Any, words: EventWords) -> str:
    """The verb that halts the act the event noun ``h`` names through a noun of taking part
    its direct object ("suspended its participation in talks with X": "suspend"), or "":
    the halting verb takes the act, as it takes "suspended talks with X"."""
    prep = h.head
    if h.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return ""
    part = prep.head
    if part.dep_ != "dobj" or part.lemma_.lower() not in words.taking_part_nouns:
        return ""
    ender: str = part.head.lemma_.lower()
    return ender if ender in words.object_ending_verbs else ""


def _inert_object(obj: Any, found: Sequence[Actor], *, words: EventWords) -> bool:
    """Whether a verb's object is a sum that names no one who could do what its infinitive
    or gerund complement tells: a number or amount ("$5,000", "millions", "the money"),
    not a party ("asked the city manager to meet X": the manager meets)."""
    if found:
        return False
    return (
        obj.tag_ == "CD"
        or obj.pos_ == "NUM"
        or obj.ent_type_ == "MONEY"
        or obj.lower_ in words.count_words
        or obj.lemma_.lower() in words.money_words
    )


def _gerund(tok: Any) -> bool:
    """A gerund, also a perfect one ("for having helped")."""
    return tok.tag_ == "VBG" or (
        tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children)
    )


def _with_listed(
    nested: list[tuple[Any, Actor]], first: list[Actor], *, distinct: bool = False
) -> list[Actor]:
    """``first``, the party a phrase acted upon names first, with the parties listed
    beside it (the ``nested`` actors on its conjuncts): "suspended its participation in
    talks with the United States, China and Japan", "its cooperation with France and
    Germany": an act on a list is an act on each party of it, not on the first alone.
    With ``distinct`` (a phrase whose list may be of other things: "aid to Niger, Mali and
    Burkina Faso" but also "strikes in Kyiv, Kharkiv and Odesa", "Iran and its oil
    company"), only when the first is a coded party with a country, and only coded parties
    of its kind in a country of their own: the places of one party are not parties of their
    own, nor is a company beside a state, nor a party beside an uncoded first item ("majorities
    in the House and Senate")."""
    if not first or (distinct and (not first[0].code or first[0].country is None)):
        return first
    listed = {c.i for t, a in nested if a is first[0] for c in t.conjuncts}
    out = [*first]
    for t, a in nested:
        if t.i not in listed or a in out:
            continue
        if distinct and (
            not a.code
            or a.kind != first[0].kind
            or a.country is None
            or a.country in {x.country for x in out}
        ):
            continue
        out.append(a)
    return out


def _past_own_state(nested: list[tuple[Any, Actor]], sources: Sequence[Actor]) -> list[Actor]:
    """The actors of a phrase acted upon, in order, past a first one that is the state of a
    source named as the owner of a thing ("upgrading Kenya's ties with Rwanda" by Kenya's
    president: Rwanda), when another follows."""
    own = {a.country for a in sources if a.country}
    out = [a for _t, a in nested]
    if len(out) > 1:
        t, a = nested[0]
        if t.dep_ == "poss" and a.code == a.country and a.country in own:
            return [x for x in out if x is not a]
    return out


def _own_complement(verb: Any, means: frozenset[str]) -> bool:
    """Whether ``verb`` has an object or a complement of its own: a direct object, a
    clausal complement, or a preposition with its object ("expressed concern", "refused to
    sign", "met in Bangui"), not only a particle, a bare preposition ("met with and prayed
    over X"), the means it acts by or the role it acts in (``means``: "retaliated by
    raising tariffs", "stepped down as envoy")."""
    for c in verb.children:
        if c.dep_ in _OBJ or c.dep_ in ("xcomp", "ccomp"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ not in means
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ):
            return True
    return False


def _fronted_setting(c: Any, verb: Any) -> bool:
    """An "in" or "at" phrase that opens the clause before its subject ("In the United
    Nations, Libya called for ..."): the scene the act takes place in, not its target."""
    if c.dep_ != "prep" or c.lower_ not in ("in", "at") or c.i > verb.i:
        return False
    return any(s.dep_ in _SUBJ + _PASS_SUBJ and s.i > c.i for s in verb.children)


def _opposed_party(c: Any, *, words: EventWords) -> bool:
    """The party a noun of adversaries is named by ("Dupont's opponents", "critics of the
    government", "Kremlin critics"): the one they stand against, not the phrase's actor.
    So too the person a noun of kin, friends or followers is tied to ("a friend of Rabin's
    assassin", "the president's son", "Abacha's supporters": relation_nouns). A demonym or
    party adjective is no such party ("Republican rivals"), nor a family name on a plural
    of kin, which names the kin themselves ("the Koch brothers": family_nouns)."""
    head = c.head.lemma_.lower()
    if c.head.pos_ != "NOUN" or (
        head not in words.adversary_nouns and head not in words.relation_nouns
    ):
        return False
    if c.dep_ == "compound" and c.pos_ == "PROPN":
        return not (c.head.tag_ == "NNS" and head in words.family_nouns)
    if c.dep_ == "poss":
        return True
    return bool(c.dep_ == "prep" and c.lower_ == "of")


def _stance_prefix(c: Any, *, words: EventWords) -> str | None:
    """The tie a modifier after a prefix of stance names ("a pro-Rubio super PAC",
    "anti-Trump protesters": ``stance_prefixes``): "adherent" or "opponent" of the party it
    names, which is never the phrase's own actor; None for any other modifier."""
    if c.dep_ not in ("amod", "compound", "nmod") or c.i >= c.head.i:
        return None
    doc = c.doc
    if c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 1].idx == doc[c.i - 2].idx + len(
        doc[c.i - 2].text
    ):
        prefix = doc[c.i - 2].lower_
    elif "-" in c.text.strip("-"):
        prefix = c.lower_.split("-", 1)[0]
    else:
        return None
    if prefix not in words.stance_prefixes:
        return None
    return "opponent" if prefix == "anti" else "adherent"


def _tie_relation(c: Any, *, words: EventWords) -> str | None:
    """How the people of the phrase ``c`` modifies are tied to the party ``c`` names, when
    it is the owner or compound of a noun of kin, friends, followers or adversaries
    (:func:`_opposed_party`: "Dupont's opponents", "a Sanders supporter"), or the owner of
    a name such a noun is a compound of ("Le Pen's niece Marion"): "opponent", "adherent"
    (``adherent_relations``), "peer" (``peer_relations``: "his rivals") or "tie"; None
    otherwise."""
    head = c.head
    noun = head
    ties = words.relation_nouns | words.adversary_nouns
    if c.dep_ == "poss" and head.pos_ == "PROPN":
        kin = [
            k
            for k in head.children
            if k.dep_ == "compound"
            and c.i < k.i < head.i
            and (k.lower_ in ties or k.lemma_.lower() in ties)
        ]
        if not kin:
            return None
        noun = kin[0]
    elif not _opposed_party(c, words=words) or c.dep_ == "prep":
        return None
    lemma = noun.lemma_.lower()
    if lemma in words.peer_relations:
        return "peer"  # "his rivals": rivals for the same office, not his opposition
    if lemma in words.adversary_nouns or noun.lower_ in words.adversary_nouns:
        return "opponent"
    return "adherent" if lemma in words.adherent_relations else "tie"


def _possessors(owner: Sequence[Any], actors: TokenActors) -> list[Actor]:
    """The actors named as possessors ("X's") among a noun's modifiers ``owner``, once
    each, in order."""
    found: list[Actor] = []
    for o in owner:
        a = actors.at(o.i)
        if o.dep_ == "poss" and a is not None and a not in found:
            found.append(a)
    return found


def _pronoun_owner(c: Any, *, words: EventWords) -> bool:
    """A possessive pronoun inside a phrase whose noun names no actor: its owner is a party
    related to the phrase's, not the phrase's actor ("criticized by his own party", "her
    supporters"), unless the noun is one the owner acts through ("his campaign")."""
    return (
        c.dep_ == "poss"
        and c.tag_ == "PRP$"
        and c.head.lemma_.lower() not in words.owner_agent_nouns
    )


def _infinitive(c: Any) -> bool:
    """Is ``c`` the "to"-infinitive of its head ("promised to provide", "sworn to fight")?"""
    if c.pos_ not in ("VERB", "AUX"):
        return False
    if c.dep_ == "xcomp":
        return True
    return c.dep_ == "advcl" and to_infinitive(c)


def _adverbial_relative(t: Any) -> bool:
    """Is ``t`` (a clause with a subject of its own: _nested tests that first) a relative
    clause that a "when" or "where" opens ("working with the underground in 1968 when
    Russian troops swept through Prague", "in Nairobi, where Somali militants struck")? It
    tells when or where, as an adverbial clause does: a verb's pattern does not read its
    slots there (the parser hangs it on a time or place noun, not on the verb, so the
    adverbial clause rule misses it)."""
    return t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in t.children)


def _trailing_complements(rel: Any) -> list[Any]:
    """The words of the relative clause ``rel`` that follow its verb's own object and may be
    its governor's complement the parser hung on it: a "to" infinitive ("asked lawmakers who
    oppose the bill to reconsider", "allowed the refugees who were stranded at the border
    to enter"), a particle and what follows it ("handed the suspects who fled Syria over to
    the authorities"), or a last preposition on the object ("asked the countries that
    attended the conference for aid"; not one on the clause's verb: "which provided Tehran
    with relief in exchange for limits"). What comes straight after the clause's verb ("who
    agreed to leave", "who seemed poised to move") or before its object is its own. Read by
    _nested for a clause on the governor's direct object: a subject relative clause's words
    fill no slot of the governor's coded pattern, but these may."""
    first = next(
        (
            c
            for c in rel.children
            if c.i > rel.i
            and (
                (c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM"))
                or c.dep_ == "prep"
            )
        ),
        None,
    )
    if first is None:
        return []
    # the object's own noun: a preposition's object, or the direct object
    noun = next((g for g in first.children if g.dep_ == "pobj"), first)
    holders = {rel.i, noun.i}
    out: list[Any] = []
    after_particle = False
    for d in rel.subtree:
        if d.i <= noun.i or d.head.i not in holders or any(d.is_ancestor(o) for o in out):
            continue
        if d.dep_ == "prt":
            after_particle = True
            out.append(d)
        elif d.dep_ in ("xcomp", "advcl", "relcl", "acl") and to_infinitive(d):
            out.append(d)
        elif d.dep_ == "prep" and (
            after_particle or (d.head.i == noun.i and d.right_edge.i == rel.right_edge.i)
        ):
            out.append(d)
    return out


def _for_clause(c: Any) -> bool:
    """Is ``c`` a "for ... to" infinitive clause ("called for Gondor to withdraw"), the
    governing verb's complement rather than an adverbial clause of its own?"""
    return (
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
        and to_infinitive(c)
    )


def _stance_noun_infinitive(c: Any, *, words: EventWords) -> bool:
    """Is ``c`` the "to"-infinitive on a noun ("Iran's threat to close the strait", "an offer
    to mediate"): with a noun of stance (``stance_nouns``), the act threatened or intended,
    as after the verb? Not when a verb tells that word kept, broken or withdrawn ("kept
    their promise to kill", "carried out its threat to", ``stance_outcome_verbs``): the act
    is then done or given up, no stance taken now; so with the verb's particle or
    complement ("made good on its threat", "backed down from", "walked back its threat")."""
    if not (c.dep_ == "acl" and c.head.pos_ == "NOUN" and _infinitive_of_noun(c)):
        return False
    noun = c.head
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head  # "followed through on its threat", "delivered on its promise"
    elif noun.dep_ != "dobj":
        return True
    lemma = gov.lemma_.lower()
    if lemma in words.stance_outcome_verbs:
        return False
    return not any(
        f"{lemma} {g.lower_}" in words.stance_outcome_verbs
        for g in gov.children
        if g.dep_ in ("prt", "oprd", "acomp", "advmod") and g.i < noun.i
    )


def _infinitive_of_noun(c: Any) -> bool:
    """Is ``c`` a "to"-infinitive on a noun ("an attempt to reach")?"""
    return c.pos_ in ("VERB", "AUX") and to_infinitive(c)


def _pronoun_subject_relative(m: Any) -> bool:
    """Whether ``m`` is a relative clause whose subject is its relative pronoun ("which
    killed 12 Americans", "who were convicted of ..."): the noun it hangs on is its doer or
    patient, its other parties are those of another act."""
    return m.dep_ == "relcl" and any(
        g.dep_ in _SUBJ + _PASS_SUBJ and g.tag_ in ("WDT", "WP") for g in m.children
    )
