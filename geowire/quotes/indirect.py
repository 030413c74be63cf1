"""Indirect speech: a cue verb or noun with its content clause, from the parse.

Frames (named in the cue table): ``clause`` (``stressed that ...``, also the
reversed ``..., sources said``), ``object`` (``stressed the need for ...``; written
``+object`` in the table, the attribution scope's only: ``issued a statement``),
``infinitive`` (``urged X to ...``, ``vowed to ...``), ``for`` (``called for
...``), ``on`` (``called on X to ...``), and ``according to X``. Nouns with a
that-clause (``the claim that ...``) take their speaker from a possessor or
from the subject of the verb they are the object of. Content lying in a
direct quote belongs to that quote and is skipped here.

In the attribution scope (PARC/PolNeAR) a content may be one word ('endorsed Cruz'),
the clause around an as-aside is what the aside's cue says ('As X pointed out, ...'),
and a passive view needs no holder ('X is widely seen as Y'; its agent when named,
if it can hold a view); an attitude whose subject is a bare determiner ('this', 'all')
is no one's.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..dictionaries.speakers import noun_kind
from ..document import Span, span_index
from ..nlp.columns import parse_strings
from ..nlp.syntax import to_infinitive
from ..time import resolve_text
from ..time.lexicon import load_lexicon
from .cues import Cues, scope_frames
from .direct import Candidate
from .labels import label_colon, label_start
from .speaker import comma_in_quote, label_mention, speaker_mention, subject_of
from .words import QuoteWords

__all__ = ["indirect_quotes", "next_act_cue"]

Token = Any
_TRIM = " \t\n\r,;:.\u2014\u2013-"
_MIN_TOKENS = 2
_OPENERS = ("\u201c", "\u00ab")
_CLOSERS = ("\u201d", "\u00bb")
_SAME_MARKS = ("''", '"')  # quotation marks that open and close alike (two apostrophes first)
_NOT_CUE_DEPS = frozenset({"amod", "compound", "nmod"})  # 'pledged delegates'


def _subtree_span(first: Token, last: Token) -> Span:
    return (first.idx, last.idx + len(last))


def _clean(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e)


#: frames named by the preposition whose object is the content ('agreed with X')
_PREP_FRAMES = frozenset({"with", "at", "in", "from"})


def _content_frames(
    tok: Token, frames: frozenset[str], cues: Cues, *, w: QuoteWords, attribution: bool = False
) -> Iterator[tuple[Token, Token]]:
    """(first, last) tokens of each content this cue governs, best frame first."""
    children = list(tok.children)
    if "clause" in frames:
        for c in children:
            if c.dep_ == "ccomp" and not _across_semicolon(c, tok):
                yield c.left_edge, c.right_edge
        if not any(c.dep_ == "ccomp" for c in children):
            # 'said during a news conference that he may wait': the parser hung the
            # that-clause on the noun of the phrase between cue and clause
            for c in children:
                if c.dep_ == "prep" and c.i > tok.i:
                    clause = _that_clause_on(c, cues, w=w)
                    if clause is not None:
                        yield clause.left_edge, clause.right_edge
            if tok.lemma_.lower() in w.asking_verbs:
                # 'asked the candidate if he had been preparing': the question put, which
                # the parser may hang on the verb as an adverbial clause
                for c in children:
                    if c.dep_ == "advcl" and c.i > tok.i and c.left_edge.lower_ in w.question_marks:
                        yield c.left_edge, c.right_edge
    if "on" in frames:
        for c in children:
            if c.dep_ == "prep" and c.lower_ == "on" and c.i > tok.i:  # not 'On Monday, X called
                objs = [g for g in c.children if g.dep_ == "pobj"]
                rest = [g for g in children if g.dep_ in ("xcomp", "advcl") and g.i > c.i]
                if objs:
                    last = rest[-1].right_edge if rest else objs[0].right_edge
                    yield objs[0].left_edge, last
    if "for" in frames:
        for c in children:
            if c.dep_ == "prep" and c.lower_ == "for":
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    yield objs[0].left_edge, c.right_edge
            if c.dep_ in ("advcl", "ccomp", "xcomp") and any(
                g.dep_ == "mark" and g.lower_ == "for" for g in c.children
            ):
                first = next(g for g in c.children if g.dep_ == "mark" and g.lower_ == "for")
                if first.i + 1 <= c.right_edge.i:
                    yield tok.doc[first.i + 1], c.right_edge
    if "about" in frames:
        # 'talked about the economy', 'warned of a crisis', 'railed against the deal'.
        for c in children:
            if c.dep_ == "prep" and c.lower_ in w.about_prepositions and c.i > tok.i:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    yield objs[0].left_edge, objs[0].right_edge
    if "to" in frames:
        # 'referred to the plan as a disaster': the object of to, with what it is called.
        for c in children:
            if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    yield objs[0].left_edge, _object_end(tok, c, w=w, attribution=attribution)
    for prep_frame in _PREP_FRAMES & frames:
        # 'agreed with the ruling', 'balked at the price', 'believes in free trade',
        # 'distanced himself from the remarks': the object of the frame's preposition
        for c in children:
            if c.dep_ == "prep" and c.lower_ == prep_frame and c.i > tok.i:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    yield objs[0].left_edge, objs[0].right_edge
    if "infinitive" in frames:
        xcomps = [c for c in children if c.dep_ == "xcomp" and c.i > tok.i]
        if xcomps:
            objs = [c for c in children if c.dep_ == "dobj" and c.i < xcomps[0].i]
            first = objs[0].left_edge if objs else xcomps[0].left_edge
            yield first, xcomps[0].right_edge
        elif "clause" not in frames:
            # 'wants his party to work', 'want Germany to do more': an object with its
            # to-infinitive that the parser made one clause (a ccomp with its own subject
            # and 'to'); a cue that also takes a clause reads that ccomp as one already
            for c in children:
                if (
                    c.dep_ == "ccomp"
                    and c.i > tok.i
                    and to_infinitive(c)
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)
                    and not _across_semicolon(c, tok)
                ):
                    yield c.left_edge, c.right_edge
    if "name" in frames:
        # 'called the test "a clear violation"': the object and what it is called.
        objs = [c for c in children if c.dep_ == "dobj"]
        comps = [c for c in children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr")]
        if objs and comps and comps[-1].i > objs[0].i:
            yield objs[0].left_edge, comps[-1].right_edge
    if "object" in frames:
        for c in children:
            if (
                c.dep_ == "dobj"
                and c.pos_ in ("NOUN", "PROPN", "PRON")
                and c.lower_ not in w.dummy_objects
            ):
                if c.tag_ in ("WP", "WDT"):
                    if attribution and c.i < tok.i and _says_of(tok):
                        # 'which he views as a threat', 'what she described as "a piece of
                        # history"': a relative object stands for what the clause says of
                        # it, the relative clause from its pronoun on (PolNeAR's hull);
                        # not a bare 'what he said (on Monday)', which tells nothing said
                        yield c, tok.right_edge
                    continue  # 'what he said': the relative's antecedent, not words said
                noun_frames = cues.nouns.get(c.lemma_.lower(), frozenset())
                if "clause" in noun_frames and _noun_content(c):
                    continue  # "expressed concerns that ...": the noun carries it
                if attribution and "infinitive" in noun_frames and _noun_infinitive(c):
                    continue  # 'outlined a plan to ...': so does an intention noun's infinitive
                yield c.left_edge, _object_end(tok, c, w=w, attribution=attribution)
        if attribution and not any(c.dep_ == "dobj" for c in children):
            # 'discussed how the law would work', 'deplored what happened': a question or
            # a free relative the parser made a clause stands for the object (attribution
            # scope; not for a belief, whose 'what' clause holds a nested one: 'want what
            # the voters want')
            if cues.verb_type(tok.lemma_.lower()) in ("speech", "writing", "stance"):
                for c in children:
                    if (
                        c.dep_ == "ccomp"
                        and c.i > tok.i
                        and (c.left_edge.tag_ in ("WRB", "WP") or c.left_edge.lower_ == "whether")
                    ):
                        yield c.left_edge, c.right_edge
            # 'supports raising the tax': a gerund clause is the object (attribution scope)
            for c in children:
                if (
                    c.dep_ in ("xcomp", "ccomp")
                    and c.tag_ == "VBG"
                    and c.i == c.left_edge.i > tok.i
                ):
                    yield c, c.right_edge


def _says_of(tok: Token) -> bool:
    """Whether a cue verb says something of its object after it ('views X as a threat',
    'blamed X for the attacks', 'called X "a disaster"'): a complement or a preposition
    that is no date or time ('said on Monday')."""
    for c in tok.children:
        if c.i < tok.i or c.dep_ not in ("prep", "oprd", "xcomp", "ccomp", "acomp", "attr"):
            continue
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue
        return True
    return False


def _that_clause_on(prep: Token, cues: Cues, *, w: QuoteWords) -> Token | None:
    """A clause opened by the complementiser 'that' hung on the object of ``prep``, or None;
    the clause of words named by a cue noun or verb, or of someone's, is theirs ('agreed
    with her remark that ...'), except the words a medium preposition puts the cue's own
    speech in ('said in a statement that ...', 'said in his speech that ...': the
    statement is what the subject said)."""
    medium = prep.lower_ in w.medium_prepositions
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if (cues.noun(obj.lemma_) or cues.verb(obj.lemma_)) and not medium:
            continue  # words of their own ('her remark that ...', 'the claim that ...')
        if any(c.dep_ == "poss" and not (medium and c.pos_ == "PRON") for c in obj.children):
            continue  # someone else's ('agreed with Obi's view that ...')
        for c in obj.children:
            if (
                c.dep_ in ("relcl", "acl", "ccomp")
                and c.i > obj.i
                and c.left_edge.lower_ == "that"
                and c.left_edge.dep_ == "mark"
            ):
                return c
    return None


def _across_semicolon(clause: Token, cue: Token) -> bool:
    """A clause before its cue with a semicolon or a colon between ('The story never ran; my
    editor argued the piece ...', 'It is paying off: he said he raised ...'): a sentence of
    its own the parser hung on the cue, not what the cue's subject said."""
    if clause.right_edge.i >= cue.i:
        return False
    return any(t.text in (";", ":") for t in cue.doc[clause.right_edge.i + 1 : cue.i])


def _closing_source(acc: Token, pp_last: int) -> tuple[Token, Token] | None:
    """'X drew support among women, while Y was ahead among men, according to exit polls.':
    a source phrase closing its sentence after a comma vouches for the whole sentence before
    it, not only the clause the parser hung it on (a last conjunct, a 'while' clause)."""
    doc = acc.doc
    sent = acc.sent
    if acc.head.dep_ not in ("conj", "advcl"):
        return None  # the phrase hangs on the sentence's own verb: the parse has it right
    if any(not (t.is_punct or t.is_space) for t in doc[pp_last + 1 : sent.end]):
        return None
    if acc.i - 1 <= sent.start or doc[acc.i - 1].text != ",":
        return None
    start = sent.start
    while start < acc.i - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = acc.i - 2
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return (doc[start], doc[end]) if end > start else None


def _poll_source(prep: Token, cues: Cues, *, w: QuoteWords) -> tuple[Token, Token, Token] | None:
    """'Trump has a decisive lead in the polls', 'he fell to 10 percent in the latest CNN
    poll', 'In New Hampshire surveys, X leads': a survey cited by a ``poll_prepositions``
    phrase on a clause's verb (``poll_nouns``) is the source of what the clause tells.
    Returns (first, last) of the content, the clause less the phrase on the side of its
    verb from its subject on (not a time or setting before it), and the poll noun; None
    when the verb is itself a cue ('said in a poll', which its own attribution reads), is
    no finite verb with a subject of its own in the clause ('leading narrowly in polls',
    'who has led in polls', 'not all of whom took part in the survey'), is a relative
    clause but one of place or time ('the lead he has enjoyed in polls'), or the phrase
    hangs on no verb ('the voters in the poll')."""
    if prep.dep_ != "prep" or prep.lower_ not in w.poll_prepositions:
        return None
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if head.dep_ in ("dobj", "attr") and head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # 'has a decisive lead in the polls': the clause of the lead
    if poll is None or poll.lemma_.lower() not in w.poll_nouns or head.pos_ not in ("VERB", "AUX"):
        return None
    if cues.verb(head.lemma_) or not _finite(head):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or any(t.tag_ in ("WP", "WDT", "WP$") for t in subj.subtree):
        return None  # 'who is leading in the polls', 'not all of whom took part in the survey'
    if head.dep_ == "relcl" and not any(c.tag_ == "WRB" for c in head.children):
        return None  # 'the big lead he has enjoyed in polls': what the lead is, no finding
    doc = prep.doc
    pp_first, pp_last = prep.left_edge.i, prep.right_edge.i
    if head.i < pp_first:
        first, last = head.left_edge.i, pp_first - 1
    else:
        first, last = pp_last + 1, head.right_edge.i
    if first < subj.left_edge.i < head.i:
        # 'In March, Cruz had 38 percent': the finding opens at the subject
        first = subj.left_edge.i
    while first < last and (
        doc[first].is_punct
        or doc[first].is_space
        or doc[first].dep_ in ("cc", "mark")
        or doc[first].tag_ == "WRB"
    ):
        first += 1  # 'But he fell ...', 'although X moved ...', 'where he leads': its own words
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= first or not first <= head.i <= last:
        return None
    return doc[first], doc[last], poll


def _viewpoint_source(
    prep: Token, cues: Cues, *, w: QuoteWords
) -> tuple[Token, Token, Token] | None:
    """'To many voters, the choice is clear', 'To her, he is a hero', 'And now, to them,
    socialism is ...': a ``viewpoint_prepositions`` phrase opening its sentence (only a
    conjunction or an adverb before it) with a comma after it, on a finite verb with a
    subject of its own after the comma, whose object is someone (a person or group, a
    personal pronoun, a people quantifier: 'To many, ...') tells whose view the clause
    is (PARC/PolNeAR attribute it so). Returns (first, last) of the clause after the comma
    and the holder; None for a phrase of no one ('To date, ...', a number) or on a cue
    verb, whose own attribution reads it ('To reporters, he said ...': whom it was said
    to)."""
    if prep.dep_ != "prep" or prep.lower_ not in w.viewpoint_prepositions:
        return None
    doc = prep.doc
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") or head.i < prep.i or not _finite(head):
        return None
    if cues.verb(head.lemma_):
        return None
    comma = prep.right_edge.i + 1
    if comma >= head.i or doc[comma].text != ",":
        return None
    if any(
        not (t.is_punct or t.is_space or t.dep_ in ("cc", "advmod"))
        for t in doc[prep.sent.start : prep.i]
    ):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > comma for c in head.children):
        return None
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if holder is None or holder.tag_ == "CD" or holder.ent_type_ in ("DATE", "TIME"):
        return None
    if holder.pos_ == "PRON":
        if holder.lemma_.lower() not in w.holder_pronouns or holder.lower_ in w.relative_pronouns:
            return None
    elif not (
        holder.ent_type_ in ("PERSON", "NORP", "ORG")
        or noun_kind(holder.lemma_.lower()) in ("person", "group")
        or holder.lower_ in w.people_quantifiers
    ):
        return None
    first = comma + 1
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    last = _unspace(head.right_edge, doc[first])
    while last.i > first and last.is_punct:
        last = doc[last.i - 1]
    if last.i <= first:
        return None
    return doc[first], last, holder


_SOURCE_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM", "PART"})


def _trimmed(doc: Any, first: int, last: int) -> tuple[int, int]:
    """The token range ``first..last`` (both inclusive) without the punctuation and spaces at
    either end."""
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last


def _closing_finding(sent: Any, cues: Cues) -> tuple[Token, Token, Token, Token] | None:
    """'Bush had to lend his campaign money, fundraising documents show.', '..., campaign
    and corporate records show.': a sentence closed after a comma by a short noun phrase
    and a verb of the cue table that takes a clause (the source cited after what it
    tells), which the parser did not read as one (it took the verb for a noun, or the
    noun phrase for a clause of a participle before it); not a noun with a determiner or
    an owner of its own, the last item of a list ('debated the plan, health care and the
    Mueller report'). Returns (first, last) of the
    sentence before the comma, the source's head noun and the cue word, else None."""
    doc = sent.doc
    end = sent.end - 1
    while end > sent.start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    cue = doc[end]
    if cue.tag_ not in ("VBP", "VBZ", "VBD", "NN", "NNS") or not cues.verb(cue.lemma_, "clause"):
        return None
    if cue.tag_ in ("NN", "NNS") and any(c.dep_ in ("det", "poss") for c in cue.children):
        # '..., health care and the Mueller report.': a noun with its own determiner or
        # owner closes a list of things, no verb the tagger took for a noun
        return None
    i = cue.i - 1
    while i > sent.start and cue.i - i <= 6 and doc[i].text != ",":
        t = doc[i]
        if not (
            t.pos_ in _SOURCE_PHRASE_POS
            or t.dep_ == "compound"  # ('Federal Election Commission records' as a verb)
            or (t.tag_ in ("VBG", "VBN") and t.i < cue.i - 1)
        ):
            return None
        i -= 1
    if doc[i].text != "," or i == cue.i - 1:
        return None
    # the source's head: its last noun
    source = next((t for t in reversed(doc[i + 1 : cue.i]) if t.pos_ in ("NOUN", "PROPN")), None)
    if source is None:
        return None
    first, last = _trimmed(doc, sent.start, i - 1)
    if last - first < 2 or not any(_finite(t) for t in doc[first : last + 1]):
        return None
    return doc[first], doc[last], source, cue


def _hearsay_clause(adv: Token, cues: Cues, *, w: QuoteWords) -> tuple[Token, Token] | None:
    """'The group is reportedly spending $1 million on ads', 'Reportedly, he made threats':
    a ``hearsay_adverbs`` adverb on a finite verb or a participle with a subject of its own
    marks the verb's clause (its subject through its end, short of a clause joined to it
    with a subject of its own: '..., and the president named a successor') as told by
    someone unnamed. None on a cue verb ('reportedly argued that ...'), whose own
    attribution reads it."""
    verb = adv.head
    if adv.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or cues.verb(verb.lemma_):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in w.non_speaker_subjects:
        return None
    doc = adv.doc
    first = min(subj.left_edge.i, verb.i)
    end = verb.right_edge
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    if joined:
        # '..., and the president named a successor': a clause joined with a subject of its
        # own is told by the reporter, not by the hearsay the adverb marks
        cut = min(c.left_edge.i for c in joined)
        while cut - 1 > first and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
            cut -= 1  # the comma and the conjunction before the joined clause
        end = doc[max(first, cut - 1)]
    last = _unspace(end, doc[first])
    while last.i > first and last.is_punct:
        last = doc[last.i - 1]
    while first < last.i and (doc[first].is_punct or doc[first].dep_ in ("cc", "mark")):
        first += 1
    return (doc[first], last) if last.i > first else None


def _frame_phrase(prep: Token, *, w: QuoteWords) -> bool:
    """A prepositional phrase of time or circumstance ('on Friday', 'during the debate',
    'amid concerns', 'in an interview'): the reporter's frame, not part of what is said."""
    return prep.lower_ in w.frame_prepositions or any(
        g.dep_ == "pobj"
        and (
            g.ent_type_ in ("DATE", "TIME")
            or noun_kind(g.lemma_) == "text"
            or (prep.lower_ in w.place_prepositions and _place_like(g, w=w))
        )
        for g in prep.children
    )


def _place_like(noun: Token, *, w: QuoteWords) -> bool:
    """A noun naming where an act took place: a place or a venue ('in Iowa', 'at a rally')."""
    return noun.ent_type_ in ("GPE", "LOC", "FAC", "EVENT") or noun.lemma_.lower() in w.venue_nouns


def _object_end(cue: Token, obj: Token, *, w: QuoteWords, attribution: bool = False) -> Token:
    """The object runs on through what the cue says of it: 'blasted X for Y', 'hailed X as Y';
    in the attribution scope (PARC's content is the cue's whole complement) through any
    phrase that follows it ('offers loans to parents', 'thanked X on Twitter for Y') and
    a gerund conjoined to the cue with no subject of its own ('mentioned cutting taxes and
    raising tariffs', which the parser hangs on the cue)."""
    last = obj.right_edge
    for c in cue.children:
        if c.i <= last.i:
            continue
        if (
            c.i == last.i + 1
            and c.dep_ == "prep"
            and (c.lower_ in w.object_prepositions or (attribution and not _frame_phrase(c, w=w)))
        ):
            last = c.right_edge
            continue
        if attribution and c.i == last.i + 1 and c.dep_ == "prep":
            # a frame phrase ends the content unless what is said of the object follows
            # it ('thanked X on Twitter for Y')
            after = next((g for g in cue.children if g.i == c.right_edge.i + 1), None)
            if after is not None and after.dep_ == "prep" and after.lower_ in w.object_prepositions:
                last = after.right_edge
                continue
        if attribution and c.dep_ == "cc" and c.i == last.i + 1 and obj.left_edge.tag_ == "VBG":
            conj = next((g for g in cue.children if g.dep_ == "conj" and g.i == c.i + 1), None)
            if (
                conj is not None
                and conj.tag_ == "VBG"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in conj.children)
            ):
                last = conj.right_edge
                continue
        break
    return last


def _extend_to_sentence_end(
    cue: Token,
    last: Token,
    cues: Cues,
    para_end: int,
    *,
    w: QuoteWords | None = None,
) -> Token:
    """Content after its cue runs on through clauses conjoined to the cue ('..., but ...');
    with ``w`` (the attribution scope) also through a reason the parser hung on the cue
    ('said the plan failed, because the money ran out': the speaker's reason), through a
    contrast the speaker draws ('found that X, while Y', ``_contrast``) and through
    whatever else it hung there, up to the end of the sentence (PolNeAR's content is the
    cue's whole complement: 'called for X following news that Y', 'discussed X, and Y'),
    but not into another act of the speaker or an aside (``_ends_content``), nor onto a
    time or setting with nothing said after it (``_frame_child``)."""
    end = last.i
    for child in cue.rights:
        if child.i <= end:
            continue
        if child.idx >= para_end or child.text == ";":
            break  # a semicolon closes the reported clause ('we know it; but ...')
        if child.dep_ in ("cc", "punct"):
            continue
        if (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and not cues.verb(child.lemma_)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            and not (w is not None and _after_comma_and(child, cues, w=w))
        ):
            end = child.right_edge.i
            continue
        if (
            w is not None
            and child.dep_ == "advcl"
            and (
                any(c.dep_ == "mark" and c.lower_ in w.reason_marks for c in child.children)
                or _contrast(child, _clause_content(cue), cues, w=w)
            )
        ):
            end = child.right_edge.i
            continue
        if w is not None:
            if _ends_content(child, cues, w=w):
                break
            if not _frame_child(child, w=w):
                end = child.right_edge.i
            continue
        break
    return cue.doc[end]


def _ends_content(child: Token, cues: Cues, *, w: QuoteWords) -> bool:
    """A right dependent of a cue that the content does not run into: another act of the
    speaker (a conjoined or cue verb: 'and said ...', ', saying ...'), a source cited
    ('according to'), or a trailing aside of the reporter ('..., as he lined up')."""
    if child.lower_ == "according":
        return True
    if child.pos_ in ("VERB", "AUX") and (child.dep_ == "conj" or cues.verb(child.lemma_)):
        return True
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in w.aside_marks for c in child.children
    )


def _frame_child(child: Token, *, w: QuoteWords) -> bool:
    """A time, manner or setting the reporter gives ('last week', 'then', 'on Twitter'): the
    content runs over it only when more of what is said follows."""
    return (
        child.dep_ in ("advmod", "npadvmod", "tmod")
        or child.ent_type_ in ("DATE", "TIME")
        or (child.dep_ == "prep" and _frame_phrase(child, w=w))
    )


def _cued(clause: Token, cues: Cues) -> bool:
    """Whether a clause holds a cue verb of its own (another attribution: 'while 9 percent
    found it a deterrent')."""
    return any(t.pos_ in ("VERB", "AUX") and cues.verb(t.lemma_) for t in clause.subtree)


def _contrast(clause: Token, content: Token | None, cues: Cues, *, w: QuoteWords) -> bool:
    """More of a reported clause, hung on the cue or on the content's verb ``content``: a
    that-clause conjoined to it ('predicted that X, but that Y'), or a contrast the speaker
    draws ('found that X, while Y'; 'said X, although Y'): a clause with a subject of its
    own opened by one of ``contrast_marks``. Not one with a cue of its own ('while 30
    percent said ...' is another attribution), nor one after no finite content clause
    ('refused to fight, though ...') or after a relative clause, free ones too ('criticized
    what she called X, though she did not name him'), nor one whose pronoun subject is not the
    content's ('said the plan had failed, though he sounded hopeful': the reporter goes
    on about the speaker). A bare ', but Y' is most often the reporter's next sentence."""
    if content is None or content.dep_ == "relcl" or not _finite(content) or _cued(clause, cues):
        return False
    if content.left_edge.tag_ in ("WP", "WDT") and content.left_edge.dep_ in ("dobj", "pobj"):
        return False  # a free relative ('criticized what she called X'): a thing, no report
    kids = list(clause.children)
    if clause.dep_ == "conj":
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
    if not any(c.dep_ == "mark" and c.lower_ in w.contrast_marks for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False  # 'while raising questions': the subject's own act
    if subj.pos_ == "PRON" and subj.dep_ != "expl" and subj.lower_ not in w.demonstratives:
        own = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return own is not None and own.lower_ == subj.lower_
    return True


def _clause_content(cue: Token) -> Token | None:
    """The verb of a cue's reported clause (its complement clause), or None."""
    return next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)


def _finite(verb: Token) -> bool:
    """Whether a verb heads a finite clause (a tensed verb, or one with a tensed auxiliary)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    )


def _after_comma_and(conj: Token, cues: Cues, *, w: QuoteWords) -> bool:
    """A clause conjoined after a comma (', and the market fell'): the writer's next
    sentence, not more of what is said (PARC keeps the content to the cue's complement);
    a that-clause so conjoined (', but that Y') goes on with what is said (``_contrast``)."""
    doc = conj.doc
    cc = next((c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i), None)
    if cc is None or cc.i == 0 or doc[cc.i - 1].text != ",":
        return False
    return not _contrast(conj, _clause_content(conj.head), cues, w=w)


def _unspace(last: Token, first: Token) -> Token:
    """``last`` moved back over whitespace tokens (a paragraph break the parser attached)."""
    doc = last.doc
    i = last.i
    while i > first.i and (doc[i].is_space or not doc[i].text.strip()):
        i -= 1
    return doc[i]


def _tail_report(tok: Token, *, w: QuoteWords) -> tuple[tuple[Token, Token], Token] | None:
    """'The plant is hanging on, but it is under pressure, said its chief.', '..., Ana Obi
    said.': a reporting clause closing its sentence after a comma, with no content of its own
    in the parse (the parser hung it on a conjunct, or took the content's subject for its
    own): the content is the sentence before the comma, said by the cue's subject."""
    doc = tok.doc
    sent = tok.sent
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd") for c in tok.children):
        return None
    after = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
    before = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    if after:  # 'said its chief', the subject after the verb
        subj, lo, hi = after[0], tok.i, after[0].right_edge.i
    elif before:  # '..., Ana Obi said.'
        subj, lo, hi = before[-1], before[-1].left_edge.i, tok.i
    else:
        return None
    if lo - 1 <= sent.start or doc[lo - 1].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[hi + 1 : sent.end]):
        return None
    if subj.lower_ in w.non_speaker_subjects or not (_holder_like(subj, w=w) or _addressee(subj)):
        return None
    first, last = _trimmed(doc, sent.start, lo - 2)
    if last - first < 2:
        return None
    return (doc[first], doc[last]), subj


def _before_opener(first: Token, last: Token, opens: frozenset[int]) -> Token:
    """``last`` moved back off the opening mark of the next sentence's quotation, which the
    parser may hang on the sentence before ('..., he said, the industry was over-supplied.
    "It was ...'): that quotation is not this content's."""
    doc = last.doc
    i = last.i
    while i > first.i and (doc[i].is_space or not doc[i].text.strip()):
        i -= 1
    if not (doc[i].is_quote and doc[i].idx + len(doc[i].text) in opens):
        return last
    j = i - 1
    while j > first.i and (doc[j].is_space or not doc[j].text.strip()):
        j -= 1
    return doc[j] if j > first.i and doc[j].text in _SENTENCE_ENDS else last


_SENTENCE_ENDS = frozenset({".", "?", "!"})


_PASSIVE_COMPS = frozenset({"xcomp", "oprd", "ccomp", "attr", "acomp"})


def _passive_content(tok: Token, *, w: QuoteWords) -> tuple[Token, Token] | None:
    """'X is seen as Y', 'X is expected to Y': the subject through what is held of it."""
    if tok.tag_ != "VBN":
        return None
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i > tok.i or subj.lower_ in w.non_speaker_subjects:
        return None
    comps = [
        c
        for c in kids
        if c.i > tok.i and (c.dep_ in _PASSIVE_COMPS or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    if not comps:
        return None
    return subj.left_edge, comps[-1].right_edge


def _passive_subject(tok: Token, *, w: QuoteWords) -> Token | None:
    """The subject before a passive cue with its own passive auxiliary ('X was asked',
    'X is expected'; not 'it is expected' nor a bare participle), or None."""
    if tok.tag_ != "VBN":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subj is None or subj.lower_ in w.expletive_subjects:
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return subj


def _raised_subject(
    tok: Token, found: tuple[Token, Token], *, w: QuoteWords
) -> tuple[Token, Token | None] | None:
    """'The president is expected to run again', 'Sanders was asked to name a decision':
    a passive cue whose content is its to-infinitive complement holds the
    passive subject too, as that complement's own subject (PARC/PolNeAR annotate 'The
    president ... to run again'); no one is named as holding it but a by-agent that can.
    Returns (the subject, the agent or None), or None when ``tok`` is no such passive."""
    if found[0].i <= tok.i:
        return None
    subj = _passive_subject(tok, w=w)
    if subj is None:
        return None
    kids = list(tok.children)
    if not any(
        c.dep_ == "xcomp"
        and found[0].i <= c.i <= found[1].i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in kids
    ):
        # 'X was told that Y': a clause of its own holds its own subject; 'X is seen
        # walking down a street': a participle is what was seen, no view of X
        return None
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    return subj, holder if holder is not None and _agent_holds(holder, w=w) else None


def _passive_object(tok: Token, *, w: QuoteWords) -> tuple[tuple[Token, Token], Token] | None:
    """'X was endorsed by Y': the passive subject (the object of the act) and the agent who
    can hold a view, or None."""
    if tok.tag_ != "VBN":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    agent = next((c for c in tok.children if c.dep_ == "agent" and c.i > tok.i), None)
    if subj is None or agent is None or subj.lower_ in w.non_speaker_subjects:
        return None
    holder = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if holder is None or not _agent_holds(holder, w=w):
        return None
    return (subj.left_edge, subj.right_edge), holder


def _passive_complement(
    tok: Token, frames: frozenset[str], *, w: QuoteWords
) -> tuple[Token, Token, Token | None] | None:
    """'Mr. Reagan was criticized for trading ...', 'Roof is accused of killing ...', 'X was
    described as Y': a transitive cue in the passive, its subject (the cue's object) followed
    by what is said of it (an object preposition's phrase, a predicate or an infinitive):
    (first, last, the by-agent when it can hold a view, else None), or None."""
    if not frames & {"object", "name", "infinitive"}:
        return None
    subj = _passive_subject(tok, w=w)
    if subj is None:
        return None
    kids = list(tok.children)
    comps = [
        c
        for c in kids
        if c.i > tok.i
        and (
            c.dep_ in ("xcomp", "oprd")
            or (
                c.dep_ == "prep"
                and c.lower_ in w.object_prepositions
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            )
        )
    ]
    if not comps:
        return None
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if holder is not None and not _agent_holds(holder, w=w):
        return None  # 'shown by the inclusion of ...': no one's act
    return subj.left_edge, comps[-1].right_edge, holder


def _question_put(tok: Token) -> tuple[Token | None] | None:
    """A question put to the passive's subject ('X was asked whether ...', 'was asked
    about Y'): (the by-agent who asked, or None), or None when ``tok`` is no such passive."""
    kids = list(tok.children)
    if tok.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" and c.i < tok.i for c in kids):
        return None
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    return (next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None,)


def _answer(cue: Token, *, w: QuoteWords) -> tuple[Token, Token] | None:
    """An answer a speech verb gives as its whole content ('46 percent of voters said yes',
    'would not say so', '26 percent said the same (of Trump)'): the answer word right after
    the cue or a dependent of the cue after it (the parser makes 'the same' its object or
    its subject, 'yes' an interjection), with its own words. Not a refusal put as 'said no
    to X' (a stance toward X, not an answer)."""
    doc = cue.doc
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "the" and cue.i + 2 < len(doc):
        nxt = doc[cue.i + 2]  # 'said the same'
    if nxt is None or nxt.lower_ not in w.answer_words:
        return None
    if nxt.head.i != cue.i and not (nxt.head.head.i == cue.i and nxt.dep_ == "advmod"):
        return None  # 'said so publicly' may hang 'so' on the adverb after it
    if nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "to":
        return None
    return nxt.left_edge, nxt.right_edge


def _agent_holds(agent: Token, *, w: QuoteWords) -> bool:
    """Whether a passive's agent can hold a view: a holder, or a noun of a known kind
    ('by the union', 'by voters'; not 'by the inclusion of ...')."""
    return _holder_like(agent, w=w) or noun_kind(agent.lemma_.lower()) is not None


def _as_aside(tok: Token, *, w: QuoteWords | None = None) -> bool:
    """A cue in an as-aside with nothing said of its own ('as X pointed out, ...'); with
    ``w``, one whose object is a dummy pronoun ('as X put it, ...': a wording verb's)."""
    return (
        tok.dep_ == "advcl"
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children)
        and not any(
            c.dep_ in ("ccomp", "xcomp")
            or (c.dep_ == "dobj" and (w is None or c.lower_ not in w.dummy_objects))
            for c in tok.children
        )
        and (w is None or any(c.dep_ == "dobj" for c in tok.children))
    )


def _clause_around(tok: Token, pstart: int, pend: int) -> tuple[Token, Token] | None:
    """The words of the clause ``tok`` is an aside of, on the longer side of the aside."""
    head = tok.head
    first, last = tok.left_edge.i, tok.right_edge.i
    toks = [t for t in head.subtree if not (first <= t.i <= last) and not t.is_space]
    before = [t for t in toks if t.i < first]
    after = [t for t in toks if t.i > last]
    side = after if len(after) >= len(before) else before
    while side and side[0].is_punct:
        side = side[1:]
    if len(side) < 2 or side[0].idx < pstart or side[-1].idx >= pend:
        return None
    return side[0], side[-1]


def cue_lemma(tok: Token, cues: Cues) -> str:
    """The cue-table lemma of a verb, past a tagger's slip ('hopes' lemmatised as 'hop')."""
    return cue_lemma_of(tok.lemma_.lower(), tok.lower_, tok.pos_ in ("VERB", "AUX"), cues)


def cue_lemma_of(lemma: str, low: str, verb: bool, cues: Cues) -> str:
    """cue_lemma of a word given as its lowercased lemma, its lowercased text and whether
    it is a verb (VERB or AUX)."""
    if lemma in cues.verbs or not verb:
        return lemma
    for suffix, repl in (("s", ""), ("d", ""), ("ing", "e"), ("ed", ""), ("ing", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in cues.verbs:
            return low[: -len(suffix)] + repl
    return lemma


def _seem_content(tok: Token, *, w: QuoteWords) -> tuple[Token, Token] | None:
    """'the plan seems to work', 'this seems like a turning point' -> subject through
    complement; 'it appears that X' -> X."""
    children = list(tok.children)
    comps = [
        c
        for c in children
        if c.i > tok.i
        and (c.dep_ in ("xcomp", "acomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "like"))
    ]
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in w.expletive_subjects:
        clauses = [c for c in children if c.dep_ == "ccomp" and c.i > tok.i]
        return (clauses[0].left_edge, clauses[0].right_edge) if clauses else None
    if subj is None or not comps or subj.i > tok.i or subj.pos_ == "PRON" and subj.lower_ == "i":
        return None
    return subj.left_edge, comps[-1].right_edge


_DASHES = frozenset({"\u2014", "\u2013", "--", "-", "\u2014\u2014"})


def _drop_trailing_aside(
    first: Token,
    last: Token,
    cues: Cues | None = None,
    *,
    w: QuoteWords,
    attribution: bool = False,
    cue: Token | None = None,
) -> Token:
    """End the content before a trailing comma aside the reporter adds.

    '..., contradicting the police' (a participle), '..., who has not been charged'
    (a non-restrictive relative clause) and '..., more than forecast' run to the end
    of the content but are the writer's words, not the speaker's; in the attribution
    scope so is a described noun phrase apposed at the end ('..., a lawyer who ...').
    """
    doc = first.doc
    for i in range(first.i + 2, last.i + 1):
        t = doc[i]
        if cues is not None and t.dep_ == "cc" and _subjectless_conj(t, last, cues):
            # '... were painted by his uncle and said he wanted ...': the speaker's
            # next statement, not more of this content
            return doc[i - 1]
        if (
            cues is not None
            and cue is not None
            and t.dep_ == "cc"
            and _next_act(t, last, cue, cues, w=w, attribution=attribution)
        ):
            # 'said the strike was a war crime and called for an inquiry': the speaker's
            # next act, not more of this content
            return doc[i - 1]
        if (
            cue is not None
            and not attribution
            and t.dep_ == "cc"
            and _unshared_conjunct(t, last, cue)
        ):
            # 'said the sanctions would target oil revenues and approved a new package':
            # the speaker's next deed, not more of what is said
            return doc[i - 1]
        dash = attribution and doc[i - 1].text in _DASHES and bool(doc[i - 2].whitespace_)
        # (a comma inside the quotation that closes before the aside: 'was "maniacal,"
        # adding ...': the content ends with the closing quotation mark)
        quoted = i - 2 > first.i and comma_in_quote(t)
        if doc[i - 1].text != "," and not dash and not quoted:
            continue
        if not dash and t.dep_ == "cc" and _subjectless_conj(t, last):
            return doc[i - 2] if i - 2 >= first.i else last
        head = None
        for h in (t, t.head):
            if h.left_edge.i == t.i and h.right_edge.i >= last.i:
                head = h
        if head is None:
            continue
        participle = head.dep_ in ("advcl", "acl", "xcomp") and head.tag_ in ("VBG", "VBN")
        relative = head.dep_ == "relcl" and t.lower_ in w.relative_pronouns
        marked = (
            head.dep_ in ("advcl", "relcl")
            and t.lower_ in w.aside_marks
            # attribution scope: a contrast the speaker draws ('..., while Y') is said too
            and not (attribution and cues is not None and _contrast(head, head.head, cues, w=w))
        )
        # attribution scope: a noun phrase apposed at the end ('voted for Ben Carson, a
        # neurosurgeon who ...', '..., a swipe at ...') is the reporter's description
        # (also a pronoun or a number of a set heading one: '..., something she has asked
        # of others', '— one of the biggest goals of his term'; not a bare noun or one an
        # adverb opens, which go on with what is said: '..., people whom viewers trust',
        # '..., particularly those who ...', '..., only a "loud voice"')
        apposed = (
            attribution
            and not t.is_quote
            and not any(c.dep_ == "conj" for c in head.children)
            and (
                (
                    head.pos_ == "NOUN"
                    and (
                        head.dep_ == "appos"
                        or (head.dep_ == "npadvmod" and head.head.pos_ == "VERB")
                    )
                    and t.dep_ == "det"
                )
                or (
                    head.dep_ == "appos"
                    and t.i == head.i
                    and (
                        (head.pos_ == "PRON" and head.lower_ not in w.demonstratives)
                        or (head.pos_ == "NUM" and any(c.dep_ == "prep" for c in head.children))
                    )
                )
            )
        )
        if dash:
            # attribution scope: a description or a participle the reporter sets off after a
            # dash ('... the trade pact — a key goal of his term', '... — setting
            # expectations low') is the reporter's, as after a comma
            relative = marked = False
        if (
            quoted
            and participle
            and t.i == head.i
            and cues is not None
            and (cues.verb(t.lemma_, "clause") or cues.verb(t.lemma_, "direct"))
        ):
            # (a verb of saying, whose words are a statement of their own: 'claiming that
            # ...', 'adding, "..."'; not 'citing an instance', which goes on with these)
            return doc[i - 1]
        if quoted:
            continue
        if (participle and t.i == head.i) or relative or marked or apposed:
            return doc[i - 2] if i - 2 >= first.i else last
    return last


#: what may stand before a parenthetical cue: a comma, or a quotation closed by one
_ASIDE_OPEN = frozenset({",", "\u201d", "''", '"'})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "conj", "cc", "punct", "parataxis"})


def _around_aside(
    cue: Token, subj: Token, first: Token, last: Token, para: Span
) -> tuple[Token, Token]:
    """The content around a parenthetical cue: 'The cost, the agency said in a report, will
    rise and ...' says the whole sentence, not the one side the parse gave the verb.

    The cue with its subject and its own adjuncts must stand between commas inside the
    sentence; the content then runs from the sentence's start to its end.
    """
    doc = cue.doc
    if any(
        c.i > cue.i and c.dep_ in ("dobj", "oprd", "attr", "acomp") and not _addressee(c)
        for c in cue.children
    ):
        return first, last  # a cue with an object of its own is no aside ('called it X, ...')
    lo = min(subj.left_edge.i, cue.i)
    hi = max(
        [cue.i, subj.right_edge.i]
        + [c.right_edge.i for c in cue.children if c.i > cue.i and c.dep_ not in _CONTENT_DEPS]
    )
    if lo <= first.i and last.i <= hi:
        return first, last  # the cue's own complement ('was critical of X, telling ...')
    sent = cue.sent
    if lo - 1 <= sent.start or hi + 1 >= sent.end - 1:
        return first, last
    if doc[lo - 1].text not in _ASIDE_OPEN or doc[hi + 1].text != ",":
        return first, last
    if doc[lo - 1].text != "," and doc[lo - 2].text != ",":
        return first, last  # a quotation closed by a comma: '"...," X said, ...'
    start, end = sent.start, sent.end - 1
    while start < lo and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > hi and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    if start >= lo - 1 or end <= hi or doc[start].idx < para[0] or doc[end].idx >= para[1]:
        return first, last
    # the content goes on on both sides of the aside ('Though it was smooth, he said,
    # replacing him ...'; 'The difference now, he told me, is that ...')
    return doc[min(start, first.i)], doc[max(end, last.i)]


def _idiom(tok: Token, *, w: QuoteWords) -> bool:
    """Whether a cue verb ends a fixed phrase of ``idiom_cues`` opening its sentence or
    clause before a comma ('All told, super PACs spent ...', 'That said, the plan ...'):
    an adverbial that reports no one's words."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    for size in range(2, 5):
        first = tok.i - size + 1
        if first < 0:
            break
        if not (first == tok.sent.start or doc[first - 1].is_punct):
            continue
        if " ".join(t.lower_ for t in doc[first : tok.i + 1]) in w.idiom_cues:
            return True
    return False


def _negated(tok: Token) -> bool:
    """Whether a cue verb is negated ('Police did not say how ...', 'he never mentioned
    Ruiz', 'would not discuss the talks'): no words were said, no quote in the speech
    scope."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in tok.children)


def _anonymity(first: Token, last: Token, *, w: QuoteWords) -> bool:
    """Whether the content is a request for anonymity ('not to be named', 'anonymity for
    fear of reprisals'): its first phrase is headed by a word of ``anonymity_words``."""
    doc = first.doc
    heads = [doc[i] for i in range(first.i, last.i + 1) if not first.i <= doc[i].head.i <= last.i]
    if not heads or heads[0].lemma_.lower() not in w.anonymity_words:
        return False
    # a verb asked for is one done to the source ('not to be named'), never one the content's
    # own subject does ('she identifies as an independent', 'he named a new chief')
    return not any(c.dep_ in ("nsubj", "expl") for c in heads[0].children)


def _subjectless_conj(cc: Token, last: Token, cues: Cues | None = None) -> bool:
    """', and has championed ...': a verb conjoined after a comma with no subject of its own
    continues the reporter's sentence about the speaker, not the content; with ``cues``,
    only a speech verb so conjoined ('and said ...'), comma or not, and not a participle
    that shares the auxiliary of the verb it is conjoined to ('was arrested and charged
    with murder': the same subject's, not the speaker's)."""
    for c in cc.head.children:
        if c.dep_ == "conj" and c.i > cc.i and c.right_edge.i >= last.i:
            return (
                c.pos_ in ("VERB", "AUX")
                and c.tag_ in ("VBD", "VBZ", "VBN")
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                and (
                    cues is None
                    or (
                        cues.verb(c.lemma_, "clause")
                        and not (
                            c.tag_ == "VBN" and _has_auxiliary(cc.head) and not _has_auxiliary(c)
                        )
                    )
                )
            )
    return False


def _has_auxiliary(verb: Token) -> bool:
    """Whether a verb has an auxiliary of its own ('would seize', 'was arrested')."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _next_act(
    cc: Token, last: Token, cue: Token, cues: Cues, *, w: QuoteWords, attribution: bool
) -> bool:
    """'said the strike was a war crime and called for an inquiry', 'acknowledged that X
    but declined to give details': a cue verb in the cue's own form (said ... called,
    says ... calls, acknowledging ... warning) with no subject of its own, conjoined to a
    content clause that has one, is the speaker's next act, which the parser hung on the
    content's verb: it takes a content of its own (a frame of the cue table), so the
    first content ends before it. (A verb that is no cue here, 'and goes on', or one
    used without its frame, 'but declined by 2%', stays in the content; so does one whose
    content clause has a subject that may have acted itself, 'said the rebels seized the
    town and announced ...', ``_may_act``, unless its form cannot share that subject, 'said
    the rebels would seize the town and announced ...', ``_unshared_form``.) Speech scope
    only: PolNeAR's attribution content is the cue's whole complement, the next act with
    it ('said that was not her view and dismissed those reports')."""
    head = cc.head
    subjects = [g for g in head.children if g.dep_ in ("nsubj", "nsubjpass", "expl")]
    if attribution or cue.pos_ not in ("VERB", "AUX") or not subjects:
        return False
    if cc.pos_ != "CCONJ" or any(True for _ in cc.children):
        return False  # 'played on fears rather than offered solutions': a comparison
    for c in head.children:
        if c.dep_ == "conj" and c.i > cc.i and c.right_edge.i >= last.i:
            unshared = _unshared_form(head, c)
            if not unshared and any(_may_act(g, w=w) for g in subjects):
                return False  # 'said the rebels seized the town and announced ...': theirs, maybe
            lemma = c.lemma_.lower()
            return (
                c.pos_ == "VERB"
                # (the parser tags a past verb so conjoined a participle: 'said the polls
                # will open and accused ...')
                and (c.tag_ == cue.tag_ or (unshared and (cue.tag_, c.tag_) == ("VBD", "VBN")))
                and lemma in cues.verbs
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                and next(
                    _content_frames(
                        c,
                        scope_frames(cues.verbs[lemma], attribution),
                        cues,
                        w=w,
                        attribution=attribution,
                    ),
                    None,
                )
                is not None
            )
    return False


def _unshared_form(head: Token, conj: Token) -> bool:
    """Whether a verb conjoined to a content clause's verb cannot share that clause's
    subject, by its form: the clause's verb has a modal ('would seize', 'will go', 'must
    leave'), which a conjoined verb of the same subject shares and so is untensed too
    ('would seize the town and announce ...'), while this one is tensed or a participle
    ('would seize the town and announced a curfew'). Such a conjunct is the speaker's next
    act even when the clause's subject may act itself. (Other auxiliaries tell less: a
    progressive, a passive or a perfect is conjoined to a past verb of its own subject
    too, 'were born abroad and raised questions', 'had captured the town and destroyed
    ...'; and so are tenses, 'was the first and has the most experience'; and a modal's
    participle is shared, 'won't be bullied or distracted'. Nor does a verb whose past
    is its base, 'would cut subsidies and put the savings into health', which the tagger
    may read as past though it shares the modal; nor a passive, 'would stay open and
    protected by air defenses', which shares the modal's 'be'.)"""
    return (
        conj.tag_ in ("VBD", "VBN")
        and conj.lower_ != conj.lemma_.lower()  # put, set, cut, hit: base or past
        and not _has_auxiliary(conj)  # 'couldn't remember it and hasn't visited': its own
        and not any(c.dep_ == "agent" for c in conj.children)
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def _told_habit(head: Token) -> bool:
    """Whether a content clause with a modal tells a past habit, not a plan: 'witnesses
    said soldiers would come at night and took men away' (what the soldiers used to do,
    each deed theirs). A modifier of its verb is a recurring time ('every week', 'daily':
    a SET for the time tagger) or a part of the day the tagger anchors to no date ('at
    night', 'at dawn', where 'tonight' or 'this morning' is one day). A plan's dates ('next
    week', 'on Monday', 'within days') tell no habit."""
    pods = load_lexicon().parts_of_day
    for c in head.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod") or c.i < head.i:
            continue
        words = list(c.subtree)
        found = resolve_text(head.doc[words[0].i : words[-1].i + 1].text, None)
        if any(t.type == "SET" for t in found):
            return True
        if not found and any(t.lower_ in pods for t in words):
            return True
    return False

def _unshared_conjunct(cc: Token, last: Token, cue: Token) -> bool:
    """Whether the verb after ``cc`` (running to the content's end) is a deed of the
    speaker, not more of the content: it has no subject of its own, the content clause's
    verb has one, and its form cannot share that subject (``_unshared_form``: 'said the
    sanctions would target oil revenues and approved a new package'), a past verb with an
    object after a past cue, and the clause tells no past habit (``_told_habit``). Speech
    scope: PolNeAR's attribution content takes the deed with it."""
    head = cc.head
    if cue.pos_ not in ("VERB", "AUX") or cc.pos_ != "CCONJ" or any(True for _ in cc.children):
        return False
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in head.children):
        return False
    for c in head.children:
        if c.dep_ == "conj" and c.i > cc.i and c.right_edge.i >= last.i:
            # a past deed with an object ('and expelled the ambassador'), not a
            # participle of a state, a passive or a habit the content's subject may share ('would
            # stay shut and guarded', 'would remain in force and applied to all',
            # 'would come at dawn and burned the huts')
            return (
                c.pos_ == "VERB"
                # (a past verb so conjoined the parser may tag a participle; with its
                # object it is no passive)
                and (c.tag_ == cue.tag_ or (cue.tag_, c.tag_) == ("VBD", "VBN"))
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                and any(g.dep_ == "dobj" for g in c.children)
                and _unshared_form(head, c)
                and not _told_habit(head)
            )
    return False


def next_act_cue(
    tok: Token, cues: Cues, *, w: QuoteWords, attribution: bool = False
) -> Token | None:
    """The cue verb whose speaker does ``tok``, a cue the parser hung on that cue's content
    as a conjunct when it is the speaker's next act (``_next_act``: 'X said the proposal
    was unacceptable and condemned Y': X condemned, not the proposal), or None. The event
    coder reads the same act as done by the cue's subject (events/extract.py)."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp":
        return None
    outer = head.head
    if outer.pos_ not in ("VERB", "AUX") or not cues.verb(cue_lemma(outer, cues)):
        return None
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i < tok.i), None)
    if cc is None or not _next_act(cc, tok.right_edge, outer, cues, w=w, attribution=attribution):
        return None
    return outer


def _acting_speaker(
    tok: Token, cues: Cues, *, w: QuoteWords, attribution: bool
) -> Token | None:
    """The subject of a cue that is the speaker's next act (``next_act_cue``) hung on the
    content of the cue before it ('X said the forces had committed atrocities and vowed
    to ...': X vowed, not the forces), or None."""
    outer = next_act_cue(tok, cues, w=w, attribution=attribution)
    return None if outer is None else subject_of(outer, w=w)


def _without_dangling_conjunction(first: Token, last: Token, cue: Token) -> Token:
    """The content's last token before a conjunction it ends on: '... had stalled but'
    (the parser hung the conjunction of the speaker's next act, or of a clause it did not
    join, on the content's verb): a conjunction with nothing after it says nothing."""
    doc = first.doc
    k = last.i
    while k > first.i and doc[k].is_punct:
        k -= 1
    if k <= first.i or k <= cue.i or doc[k].dep_ != "cc":
        return last
    k -= 1
    while k > first.i and doc[k].is_punct:
        k -= 1
    return doc[k]


def _may_act(subj: Token, *, w: QuoteWords) -> bool:
    """A subject that may do and say things itself: a personal pronoun, a person, group,
    nation or organisation by name, or a noun of people or of a group ('the rebels',
    'the army')."""
    if subj.pos_ == "PRON":
        return subj.lower_ in w.holder_pronouns
    return subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun_kind(
        subj.lemma_.lower()
    ) in ("person", "group")


def _holder_like(subj: Token, *, w: QuoteWords) -> bool:
    """A subject that can hold a view: a person, group or organisation, or a personal pronoun."""
    if subj.pos_ == "PRON":
        return subj.lower_ in w.holder_pronouns
    return subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
        subj.pos_ == "NOUN" and subj.tag_ == "NNS"
    )


def _finite_clause(tok: Token) -> Token | None:
    """A that-clause or a finite clause with its own subject after a verb, or None."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.i < tok.i:
            continue
        kids = list(c.children)
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in kids) or (
            any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in kids)
            and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
            or any(g.tag_ == "MD" for g in kids)
        ):
            return c
    return None


def _noun_content(tok: Token) -> tuple[Token, Token] | None:
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children
        ):
            return c.left_edge, c.right_edge
    return None


def _addressee(obj: Token) -> bool:
    """The object of 'told' naming whom it was said to ('he told VOA', 'told reporters')."""
    return (
        obj.pos_ in ("PROPN", "PRON")
        or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
        or noun_kind(obj.lemma_.lower()) in ("person", "group")
    )


def _publishes(subj: Token) -> bool:
    """A subject that publishes findings: an organisation or a text ('the report')."""
    if subj.ent_type_ == "ORG":
        return True
    return noun_kind(subj.lemma_.lower()) in ("text", "finding", "group")


def _noun_topic(tok: Token, *, w: QuoteWords) -> tuple[Token, Token] | None:
    """'questions about X', 'attacks on X', 'support for X': the prepositional object;
    for a backing noun given ('threw her support behind X', 'lent his support to X') also
    the phrase the parser hung on the verb right after the noun."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in w.noun_topic_prepositions and c.i == tok.i + 1:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return objs[0].left_edge, objs[0].right_edge
    if tok.dep_ == "dobj" and tok.lemma_.lower() in w.backing_nouns:
        for c in tok.head.children:
            if (
                c.dep_ == "prep"
                and c.i == tok.right_edge.i + 1
                and c.lower_ in w.backing_given_prepositions
            ):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0].left_edge, objs[0].right_edge
    return None


def _received_backing(tok: Token, *, w: QuoteWords) -> tuple[Token, Token, Token] | None:
    """'Clinton has the support of unions', 'Rubio won support from governors': a backing
    noun that is the object of a receiving verb backs the verb's subject (the content),
    and the of/from/among phrase after the noun or the verb names who backs it (the holder).
    Returns (first, last, holder), or None."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.i > tok.i or verb.lemma_.lower() not in w.receiving_verbs:
        return None
    holder = None
    for c in (*tok.children, *verb.children):
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in w.backing_prepositions:
            holder = next((g for g in c.children if g.dep_ == "pobj"), None)
            if holder is not None:
                break
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None or subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    last = subj.right_edge if subj.right_edge.i < verb.i else subj
    return subj.left_edge, last, holder


def _noun_infinitive(tok: Token) -> tuple[Token, Token] | None:
    """'the plan to raise taxes', 'her refusal to step aside': the to-infinitive of a cue noun."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.i > tok.i and c.tag_ == "VB" and to_infinitive(c):
            return c.left_edge, c.right_edge
    return None


def _held_by_phrase(tok: Token, *, w: QuoteWords) -> Token | None:
    """The object of a cue noun's from- or by-phrase ('criticism from unions'), or None."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.i > tok.i and c.lower_ in w.holder_prepositions:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _noun_speaker(
    tok: Token,
    *,
    w: QuoteWords,
    attribution: bool = False,
    intention: bool = False,
    claimed: bool = False,
) -> Token | None:
    """Who holds what a cue noun says: its possessor ('her claim that'), the subject of the
    verb it is the object of ('voiced concerns that'); in the attribution scope also its
    from- or by-phrase ('criticism from unions'), the subject it is predicated of ('X is a
    critic of Y') and the name it stands in apposition to ('X, a supporter of Y,'). The
    subject of the verb an ``intention`` (a noun with its to-infinitive) is the object of
    holds it only when that verb puts it forward ('outlined a plan to', not 'mocked the
    plan to'). In the speech scope a noun ``claimed`` in a that-clause that no verb's
    subject holds is held by its from- or by-phrase ('an allegation from his first wife
    that X', 'pushed back against claims by the agencies that X'); one a verb takes as its
    object stays the verb subject's ('dismissed suggestions by X that Y', the dismissal)."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    if attribution:
        held = _held_by_phrase(tok, w=w)
        if held is not None:
            return held
    if (
        tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.pos_ == "VERB"
        and (not intention or tok.head.lemma_.lower() in w.holding_verbs)
    ):
        return subject_of(tok.head, w=w)
    if claimed and not attribution:
        held = _held_by_phrase(tok, w=w)
        if held is not None:
            return held
    if attribution and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return subject_of(tok.head, w=w)
    if attribution and tok.dep_ == "appos" and tok.head.i < tok.i:
        return tok.head
    if (
        attribution
        and tok.dep_ == "pobj"
        and tok.head.lower_ in w.stance_phrase_prepositions
        and tok.head.head.pos_ == "VERB"
        and tok.head.head.i < tok.i
        and not _passive_verb(tok.head.head)
    ):
        # 'came out in support of X', 'voted in favor of X': the verb's subject holds it
        return subject_of(tok.head.head, w=w)
    return None


def _passive_verb(verb: Token) -> bool:
    """A passive verb or participle ('were killed in the attacks', 'Americans killed in the
    attacks'): its subject or noun suffers the act, holding no stance in it."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def _participle_adjective(tok: Token) -> bool:
    """Whether ``tok`` is an attitude adjective the parser read as a passive participle
    with no agent: 'are opposed to X', 'was convinced that X' (VERB with an auxpass),
    so the attitude, not the act of a 'by' agent ('was convinced by his aides')."""
    return (
        tok.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _adjective_content(
    tok: Token, frames: frozenset[str], *, w: QuoteWords
) -> tuple[tuple[Token, Token] | None, Token | None]:
    """An attitude adjective after a linking verb, and its holder: 'X is confident that Y',
    'X is eager to Y', 'X is critical of Y'; also one the parser took for a passive
    participle ('X is convinced that Y', 'X is opposed to Y': see :func:`_participle_adjective`)."""
    head = tok.head
    if _participle_adjective(tok):
        subj = subject_of(tok, w=w)
        if subj is None:  # its passive subject, or one the parser hung on the auxiliary
            aux = next(c for c in tok.children if c.dep_ == "auxpass")
            subj = next(
                (c for c in (*tok.children, *aux.children) if c.dep_ in ("nsubj", "nsubjpass")),
                None,
            )
        after = [c for c in tok.children if c.i > tok.i]
    elif tok.dep_ != "acomp" or head.pos_ not in ("AUX", "VERB"):
        return None, None
    else:
        subj = subject_of(head, w=w)
        after = [c for c in (*tok.children, *head.children) if c.i > tok.i]
    clause = next((c for c in after if c.dep_ == "ccomp"), None)
    infinitive = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if subj is None or subj.lower_ in w.expletive_subjects:
        return None, None
    if "clause" in frames and clause is not None:
        return (clause.left_edge, clause.right_edge), subj
    if "infinitive" in frames and infinitive is not None:
        return (infinitive.left_edge, infinitive.right_edge), subj
    if "about" in frames:
        for c in tok.children:
            if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in w.adjective_prepositions:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    return (objs[0].left_edge, objs[0].right_edge), subj
    return None, None


def _noun_cue(
    tok: Token,
    lemma: str,
    frames: frozenset[str],
    cues: Cues,
    cue_text: str,
    cue_type: str,
    *,
    w: QuoteWords,
    attribution: bool,
) -> tuple[tuple[Token, Token] | None, Token | None, str, str, bool]:
    """A cue noun's content (its that-clause, to-infinitive, topic or the clause it is said
    to be), its holder, cue text, cue type and whether it may have no holder."""
    subj = None
    found = _noun_content(tok) if "clause" in frames else None
    claimed = found is not None  # a that-clause: a proposition held, whoever holds it
    intention = False
    if found is None and attribution and "infinitive" in frames:
        found = _noun_infinitive(tok)
        intention = found is not None
    if found is None and "about" in frames:
        found = _noun_topic(tok, w=w)
    if found is None and attribution and (said := _copular_clause(tok)) is not None:
        # 'the question is whether X', 'her concern is that X': the clause it is; held by
        # its possessor or from-/by-phrase, or by no one named
        holder = _noun_speaker(tok, w=w, attribution=attribution)
        if holder is None and _asks(said[0]):
            # 'The question is whether X': a question no one is named as asking is the
            # article's own
            return None, None, cue_text, cue_type, False
        return said, holder, f"{tok.text} {tok.head.text}", cue_type, holder is None
    if found is not None:
        subj = _noun_speaker(
            tok, w=w, attribution=attribution, intention=intention, claimed=claimed
        )
        if subj is None:
            # 'complaints that he is a quixotic crusader': the attribution scope keeps a
            # claim no one is named as making (PARC/PolNeAR annotate it, source unnamed)
            return found, None, cue_text, cue_type, attribution and claimed
        if tok.dep_ == "dobj" and tok.head.i < tok.i:
            cue_text = f"{tok.head.text} {tok.text}"
            head_lemma = cue_lemma(tok.head, cues)
            if head_lemma in w.utter_verbs or (
                cues.verb(head_lemma) and cues.verb_type(head_lemma) in ("speech", "writing")
            ):
                # 'expressed concerns that ...', 'voiced fears of ...': an attitude
                # put into words is speech.
                cue_type = "speech"
    return found, subj, cue_text, cue_type, False


def _asks(first: Token) -> bool:
    """Whether a clause opening with ``first`` is a question ('whether ...', 'if ...',
    'what ...', 'Does X ...?')."""
    return (
        first.tag_ in ("WDT", "WP", "WP$", "WRB")
        or first.lower_ in ("whether", "if")
        or (first.pos_ == "AUX" and first.sent.text.rstrip().endswith("?"))
    )


def _copular_clause(tok: Token) -> tuple[Token, Token] | None:
    """The clause a cue noun is said to be ('the question is whether ...', 'the fear is
    that ...'), or None."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_ != "be" or head.i < tok.i:
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i), None)
    if clause is None:
        return None
    return clause.left_edge, clause.right_edge


def _speaker_before(tok: Token, cues: Cues, in_quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the nearest speech verb before ``tok`` in its sentence, both outside
    quotation marks, or None."""
    for j in range(tok.i - 1, tok.sent.start - 1, -1):
        verb = tok.doc[j]
        if verb.pos_ != "VERB" or in_quoted(verb.idx) or not cues.verb(verb.lemma_, "direct"):
            continue
        for subj in verb.children:
            if subj.dep_ == "nsubj" and not in_quoted(subj.idx):
                return subj
    return None


def headline_quotes(
    text: str,
    parse: Any,
    paragraphs: Sequence[Span],
    quoted: list[Span],
    cues: Cues,
    *,
    w: QuoteWords,
) -> list[Candidate]:
    """'Speaker: what they said' lines (headlines and captions); the label is the speaker."""
    out: list[Candidate] = []
    for start, end in paragraphs:
        colon = text.find(":", start, end)
        if colon < 0:
            continue
        head = label_colon(parse, start, end, colon, cues)
        if head is None:
            continue
        if text[colon + 1 : end].lstrip()[:1] in ('"', "\u201c", "\u00ab", "`"):
            continue  # a quoted statement after a label: the direct-quote reader owns it
        span = _clean(text, (colon + 1, end))
        while span[0] < span[1] and text[span[0]] in "\"\u201c\u2018'":
            span = (span[0] + 1, span[1])
        while span[1] > span[0] and text[span[1] - 1] in "\"\u201d\u2019'.":
            span = (span[0], span[1] - 1)
        if len(text[span[0] : span[1]].split()) < 3:
            continue
        if any(qs <= span[0] and span[1] <= qe + 1 for qs, qe in quoted):
            continue  # a quoted line after a label: the direct-quote reader owns it
        toks = [t.i for t in parse if head.left_edge.idx <= t.idx < colon and t.i >= 0]
        toks = [i for i in toks if parse[i].idx >= label_start(parse.text, start, colon)]
        mention = label_mention(parse, toks[0], toks[-1], w=w) if toks else None
        if mention is not None:
            out.append(Candidate((span,), "indirect", ":", None, mention))
    return out


def indirect_quotes(
    text: str,
    parse: Any,
    paragraphs: Sequence[Span],
    cues: Cues,
    direct: list[Candidate],
    quoted: list[Span],
    *,
    stances: bool = True,
    attribution: bool = False,
    w: QuoteWords,
) -> list[Candidate]:
    """Indirect quote candidates of one parsed document (speaker unresolved).

    ``stances`` = False leaves out stances no one is named as holding ('X seems to ...').
    """
    direct_cues = {c.cue_token for c in direct if c.cue_token is not None}
    direct_spans = sorted(p for c in direct for p in c.parts)
    direct_starts = [s for s, _e in direct_spans]
    longest = max((e - s for s, e in direct_spans), default=0)

    def near(a: int, b: int) -> list[Span]:
        """The direct-quote parts that may overlap [a, b)."""
        lo = bisect.bisect_left(direct_starts, a - longest)
        return direct_spans[lo : bisect.bisect_left(direct_starts, b)]

    def in_direct(pos: int) -> bool:
        return any(s <= pos < e for s, e in near(pos, pos + 1))

    def mostly_direct(span: Span) -> bool:
        length = span[1] - span[0]
        covered = sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in near(*span))
        return length <= 0 or covered * 2 >= length

    quoted_sorted = sorted(quoted)
    opens = frozenset(s for s, _e in quoted)

    def in_quoted(pos: int) -> bool:
        return span_index(quoted_sorted, pos) >= 0

    paras = paragraphs
    pstarts = [p[0] for p in paras]

    def para_span(pos: int) -> Span:
        i = max(0, bisect.bisect_right(pstarts, pos) - 1)
        return paras[i] if paras else (0, len(text))

    # Only 'according (to)', the verbs, nouns (and adjectives) of the cue table and verbs
    # with a clause after them (_finite_clause) can cue: the rest are skipped on the
    # parse's POS, LOWER, LEMMA and DEP columns without building a Token for each.
    strings = parse.vocab.strings
    verb, aux, noun, adj = strings["VERB"], strings["AUX"], strings["NOUN"], strings["ADJ"]
    according = strings["according"]
    poll_preps = {strings[p] for p in w.poll_prepositions} if attribution else set()
    view_preps = {strings[p] for p in w.viewpoint_prepositions} if attribution else set()
    hearsay = {strings[a] for a in w.hearsay_adverbs} if attribution else set()
    arr = parse.to_array(["POS", "LOWER", "DEP", "LEMMA"])
    lemmas = parse_strings(parse, "LEMMA", str.lower)
    columns = arr[:, :3].tolist()
    ccomp = strings["ccomp"]
    clause_heads = {parse[k].head.i for k, (_p, _l, dep) in enumerate(columns) if dep == ccomp}

    def may_cue(i: int, pos: int, low: int) -> bool:
        if low == according or low in poll_preps or low in view_preps or low in hearsay:
            return True
        if pos == noun:
            return lemmas[i] in cues.nouns
        if pos == adj:
            return attribution and lemmas[i] in cues.adjectives  # 'X is confident that'
        if pos not in (verb, aux):
            return False
        if attribution and pos == verb and strings[low] in cues.adjectives:
            return True  # 'X is opposed to Y' parsed as a passive (_participle_adjective)
        return (
            cue_lemma_of(lemmas[i], strings[low], True, cues) in cues.verbs
            or (pos == verb and i in clause_heads)
            or (attribution and lemmas[i] in w.wording_verbs)
        )

    out: list[Candidate] = []
    for i, (pos, low, _dep) in enumerate(columns):
        if not may_cue(i, pos, low):
            continue
        tok = parse[i]
        if tok.i in direct_cues or in_direct(tok.idx):
            continue
        if _idiom(tok, w=w):
            continue
        if not attribution and _negated(tok):
            continue  # (PARC-style attribution annotates a negated one, with its factuality)
        found: tuple[Token, Token] | None = None
        subj: Token | None = None
        holderless = False  # a view no one need be named as holding ('X is seen as Y')
        short = False  # an answer word may be the whole content ('said no', 'said so')
        whole = False  # a closing source's whole sentence: no aside to drop
        raised_first: Token | None = None  # a passive cue's subject, opening its content
        cue_text = tok.text
        lemma = cue_lemma(tok, cues)
        cue_type = "speech"
        # an attitude adjective parsed as a passive participle: read as the adjective
        participle = attribution and tok.lower_ in cues.adjectives and _participle_adjective(tok)
        if participle:
            lemma = tok.lower_
        cited = tok.lower_ == "according"  # a source cited, no speaker's own act
        if tok.lower_ in w.poll_prepositions:
            # a survey cited as the source: 'X leads in the polls'
            poll = _poll_source(tok, cues, w=w) if attribution else None
            if poll is None:
                continue
            found, subj, cue_text = (poll[0], poll[1]), poll[2], f"{tok.text} {poll[2].text}"
            cue_type, whole, cited = "writing", True, True
        elif attribution and tok.lower_ in w.hearsay_adverbs:
            # 'X is reportedly spending ...': told by someone unnamed
            found, holderless, cited = _hearsay_clause(tok, cues, w=w), True, True
            if found is None:
                continue
        elif attribution and tok.lower_ in w.viewpoint_prepositions:
            # 'To many voters, the choice is clear': whose view the clause is
            view = _viewpoint_source(tok, cues, w=w)
            if view is None:
                continue
            found, subj, cue_type, cited = (view[0], view[1]), view[2], "belief", True
        elif cited and tok.i + 1 < len(parse) and parse[tok.i + 1].lower_ == "to":
            objs = [c for c in parse[tok.i + 1].children if c.dep_ == "pobj"]
            head = tok.head
            if objs and head is not tok:
                subj = objs[0]
                pp_first, pp_last = tok.left_edge.i, tok.right_edge.i
                toks = [t for t in head.subtree if not (pp_first <= t.i <= pp_last)]
                if toks:
                    before = [t for t in toks if t.i < pp_first]
                    after = [t for t in toks if t.i > pp_last]
                    side = after if len(after) >= len(before) else before
                    if head.pos_ in ("VERB", "AUX") and before and after:
                        # the side the clause's own verb is on is what the source tells;
                        # a subject before the phrase and its verb after it, both
                        # ('X, according to Y, is ...')
                        side = before if head.i < pp_first else after
                        own = next(
                            (
                                c
                                for c in head.children
                                if c.dep_ in ("nsubj", "nsubjpass") and c.i < pp_first
                            ),
                            None,
                        )
                        if (
                            side is after
                            and own is not None
                            and all(
                                t.is_punct or own.left_edge.i <= t.i <= own.right_edge.i
                                for t in before
                            )
                        ):
                            side = toks  # the phrase sits between the subject and its verb
                        nxt = next((t for t in after if not t.is_punct), None)
                        prev = next((t for t in reversed(before) if not t.is_punct), None)
                        if (
                            nxt is not None
                            and nxt.dep_ == "conj"
                            and nxt.head.i == head.i
                            and prev is not None
                            and prev.dep_ != "cc"
                        ):
                            # '..., according to Y, "draws ..."': a verb the parser joined to
                            # the one before with no conjunction opens the clause cited
                            side = [t for t in after if t.i >= nxt.left_edge.i]
                    if side:
                        found = (side[0], side[-1])
                closing = _closing_source(tok, pp_last)
                if closing is not None:
                    found, whole = closing, True
                cue_text = "according to"
        elif (
            tok.pos_ in ("VERB", "AUX")
            and lemma in cues.verbs
            and tok.dep_ not in _NOT_CUE_DEPS
            and not participle
        ):
            frames = scope_frames(cues.verbs[lemma], attribution)
            cue_type = cues.verb_type(lemma)
            pstart, pend = para_span(tok.idx)
            if "seem" in frames:
                if not stances:
                    continue
                # 'X seems to Y', 'it appears that Y': a stance no one is named as holding.
                seen = _seem_content(tok, w=w)
                if seen is not None:
                    seen = (seen[0], _unspace(seen[1], seen[0]))
                if seen is not None and seen[0].idx >= pstart and seen[1].idx < pend:
                    first, last = seen
                    span = _clean(
                        text, _subtree_span(first, _drop_trailing_aside(first, last, w=w))
                    )
                    if span[1] - span[0] >= 3 and not mostly_direct(span):
                        out.append(
                            Candidate(
                                (span,),
                                "indirect",
                                tok.text,
                                tok.i,
                                None,
                                cue_type=cues.verb_type(lemma),
                            )
                        )
                continue
            found = next(
                (
                    f
                    for f in (
                        (a, _unspace(b, a))
                        for a, b in _content_frames(tok, frames, cues, w=w, attribution=attribution)
                    )
                    if f[0].idx >= pstart and f[1].idx < pend
                ),
                None,
            )
            if found is not None:
                subj = _acting_speaker(tok, cues, w=w, attribution=attribution) or subject_of(
                    tok, w=w
                )
                if attribution and lemma in w.asking_verbs and (put := _question_put(tok)):
                    # 'Clinton was asked whether ...': the asker's question, whoever asked
                    subj, holderless = put[0], True
                parts = [tok] + [c for c in tok.children if c.dep_ == "prt"]
                for c in tok.children:
                    if (
                        c.dep_ == "prep"
                        and c.lower_ in w.cue_prepositions
                        and c.i > tok.i
                        and c.i < found[0].i <= c.right_edge.i + 1
                        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                    ):
                        parts.append(c)
                cue_text = " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
                if lemma in w.finding_verbs and subj is not None and _publishes(subj):
                    cue_type = "writing"  # 'the report finds that ...': a published finding
                if attribution and (raised := _raised_subject(tok, found, w=w)) is not None:
                    raised_first, subj = raised[0].left_edge, raised[1]
                    holderless = True
            elif (
                tok.dep_ == "parataxis"
                and "clause" in frames
                and (tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ in ("nsubj", "nsubjpass"))
                and not any(
                    c.dep_ == "ccomp" or (c.dep_ == "dobj" and not _addressee(c))
                    for c in tok.children
                )
            ):
                # 'In the long run, experts say, this effect could ...': the clause
                # around a parenthetical cue is its content.
                head = tok.head
                right = _unspace(head.right_edge, head.left_edge)
                if head.left_edge.idx >= pstart and right.idx < pend:
                    found = (head.left_edge, right)
                    subj = subject_of(tok, w=w)
            elif "direct" in frames and (tail := _tail_report(tok, w=w)) is not None:
                # '..., but it is under pressure, said its chief.': the parse gave the
                # closing reporting clause no content; the sentence before it is what is said
                if tail[0][0].idx >= pstart and tail[0][1].idx < pend:
                    found, subj = tail
            elif (
                attribution
                and cue_type in ("belief", "perception")
                and (seen := _passive_content(tok, w=w)) is not None
            ):
                # 'Sanders is seen as empowering voters', 'X is expected to win': what is
                # held of the subject, by the agent when one is named.
                if seen[0].idx >= pstart and seen[1].idx < pend:
                    found, holderless = seen, True
                    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                    objs = [c for c in agent.children if c.dep_ == "pobj"] if agent else []
                    subj = objs[0] if objs else None
                    if subj is not None and not _agent_holds(subj, w=w):
                        found = None  # 'shown by the inclusion of ...': no one's view
            elif attribution and (said := _passive_complement(tok, frames, w=w)) is not None:
                # 'Mr. Reagan was criticized for trading ...': what is said of the subject,
                # by the agent when one is named
                if said[0].idx >= pstart and said[1].idx < pend:
                    found, subj, holderless = (said[0], said[1]), said[2], True
            elif attribution and "object" in frames and (done := _passive_object(tok, w=w)):
                # 'Sanders was endorsed by the union': the subject is what the agent's act
                # is about, and the agent holds it.
                if done[0][0].idx >= pstart and done[0][1].idx < pend:
                    found, subj = done
            elif (
                attribution
                and "clause" in frames
                and cue_type == "speech"
                and (answer := _answer(tok, w=w)) is not None
            ):
                # 'Asked if ..., 46 percent of voters said yes': the answer is what is said
                found, subj, short = answer, subject_of(tok, w=w), True
            elif attribution and _as_aside(tok):
                # 'As Krugman points out, it has always been awkward ...': the clause the
                # as-aside sits in is what is said (before or after the aside).
                found = _clause_around(tok, pstart, pend)
                if found is not None:
                    subj = subject_of(tok, w=w)
        elif attribution and lemma in w.wording_verbs and _as_aside(tok, w=w):
            # 'As the minister put it, the deal is dead': the clause around the aside is
            # what was said, in the words the aside refers to
            found = _clause_around(tok, *para_span(tok.idx))
            if found is not None:
                subj = subject_of(tok, w=w)
                obj = next(c for c in tok.children if c.dep_ == "dobj")
                cue_text = f"{tok.text} {obj.text}"
        elif (
            tok.pos_ == "VERB"
            and tok.dep_ not in _NOT_CUE_DEPS
            and not participle
            and (clause := _finite_clause(tok)) is not None
        ):
            pstart, pend = para_span(tok.idx)
            if clause.left_edge.idx >= pstart and clause.right_edge.idx < pend:
                subj = subject_of(tok, w=w)
                if subj is not None and _holder_like(subj, w=w):
                    found = (clause.left_edge, _unspace(clause.right_edge, clause.left_edge))
                    cue_type = "belief"  # a verb of no known kind with a that-clause
        elif (tok.pos_ == "ADJ" and lemma in cues.adjectives) or participle:
            cue_type = cues.adjective_type(lemma)
            pstart, pend = para_span(tok.idx)
            found, subj = _adjective_content(tok, cues.adjectives[lemma], w=w)
            if found is not None:
                found = (found[0], _unspace(found[1], found[0]))
                if not (found[0].idx >= pstart and found[1].idx < pend):
                    found = None
                link = next((c for c in tok.children if c.dep_ == "auxpass"), None)
                link = tok.head if link is None and tok.head.i < tok.i else link
                cue_text = f"{link.text} {tok.text}" if link is not None else tok.text
        elif tok.pos_ == "NOUN" and cues.noun(lemma):
            cue_type = cues.noun_type(lemma)
            frames = cues.nouns[lemma]
            backed = (
                _received_backing(tok, w=w) if attribution and lemma in w.backing_nouns else None
            )
            if backed is not None:
                # 'Clinton has the support of unions': the unions back Clinton
                found, subj = (backed[0], backed[1]), backed[2]
                cue_text = f"{tok.head.text} {tok.text}"
            else:
                found, subj, cue_text, cue_type, holderless = _noun_cue(
                    tok, lemma, frames, cues, cue_text, cue_type, w=w, attribution=attribution
                )
            if found is not None and subj is None and not holderless:
                continue
        if found is None:
            continue
        first, last = found
        last = _before_opener(first, last, opens)
        if last.i - first.i + 1 < (1 if attribution else _MIN_TOKENS):
            continue
        if first.i > tok.i and not cited and not short:
            last = _extend_to_sentence_end(
                tok, last, cues, para_span(tok.idx)[1], w=w if attribution else None
            )
        if not whole:
            last = _drop_trailing_aside(
                first, last, cues, w=w, attribution=attribution, cue=None if cited else tok
            )  # (a cue only in the speech scope: _next_act)
        if _anonymity(first, last, w=w):
            continue  # 'who asked not to be named': the reporter's note on the source
        if subj is not None and not cited:
            first, last = _around_aside(tok, subj, first, last, para_span(tok.idx))
        if raised_first is not None and raised_first.idx >= para_span(tok.idx)[0]:
            first = raised_first
        last = _without_dangling_conjunction(first, last, tok)
        span = _clean(text, _subtree_span(first, last))
        # A quote opened inside the content is part of it up to its close (mixed quotes).
        for qs, qe in quoted:
            if span[0] <= qs - 1 < span[1] < qe and qe <= para_span(span[0])[1]:
                span = (span[0], qe)
        body = text[span[0] : span[1]]
        if (
            span[1] < len(text)
            and text[span[1]] in _CLOSERS
            and sum(body.count(m) for m in _OPENERS) > sum(body.count(m) for m in _CLOSERS)
        ):
            span = (span[0], span[1] + 1)  # the closing mark of a quote opened inside
        else:
            # a mark that opens and closes alike ('"', NYT's "''"): opened inside when the
            # content holds an odd number of them
            mark = next((m for m in _SAME_MARKS if text.startswith(m, span[1])), None)
            if mark is not None and body.count(mark) % 2 == 1:
                span = (span[0], span[1] + len(mark))
        if (span[1] - span[0] < 3 and not short) or mostly_direct(span):
            continue
        if (
            subj is not None
            and span[0] <= subj.idx < span[1]
            and not (span[0] <= tok.idx < span[1])
        ):
            continue  # the "speaker" sits inside its own content: a misparse
        if (
            attribution
            and subj is not None
            and cue_type not in ("speech", "writing")
            and (subj.pos_ == "DET" or subj.lower_ in w.demonstratives)
        ):
            continue  # 'All this fears ...': an attitude needs someone to hold it
        if subj is not None and in_quoted(subj.idx) and not in_quoted(tok.idx):
            # '"...," the minister said, adding that ...': a participle the parser hung on a verb
            # of the quotation speaks for the speaker of the cue before it
            subj = _speaker_before(tok, cues, in_quoted)
        mention = speaker_mention(subj, w=w) if subj is not None else None
        if mention is None and not holderless and lemma not in w.holderless_speech_verbs:
            continue
        out.append(Candidate((span,), "indirect", cue_text, tok.i, mention, cue_type=cue_type))
    if attribution:
        read = {c.cue_token for c in out}
        for sent in parse.sents:
            ending = _closing_finding(sent, cues)
            if ending is None or ending[3].i in read or in_direct(ending[3].idx):
                continue
            # '..., fundraising documents show.': a source closing the sentence that the
            # parser did not read as a reporting clause (_closing_finding)
            first, last, source, cue = ending
            span = _clean(text, _subtree_span(first, last))
            if mostly_direct(span) or not (para_span(span[0]) == para_span(cue.idx)):
                continue
            lo = next(t.i for t in parse[last.i + 1 : cue.i] if t.text == ",") + 1
            mention = speaker_mention(source, lo, cue.i - 1, w=w)
            if mention is not None:
                kind = cues.verb_type(cue.lemma_)
                # (a reading of a word of the source phrase as a cue is dropped:
                # 'fundraising' taken as a verb with 'documents show' for its content)
                out = [c for c in out if c.cue_token is None or not lo <= c.cue_token < cue.i]
                out.append(Candidate((span,), "indirect", cue.text, cue.i, mention, cue_type=kind))
    return out
