"""Modality of a coded action: asserted, reported, planned, hypothetical or negated.

Read from the parse around the event's verb (or event noun):

- negated: a negation on the verb or on a governing control verb ("did not attack",
  "refused to meet" is coded by its own verb, not negated), or on a verb of letting
  whose to-infinitive clause it is ("did not allow inspectors to enter"; a modal or a
  plan on that verb makes the act hypothetical or planned too: "could allow them to
  speak");
- hypothetical: a modal of possibility (may, might, could, would, should), a condition
  ("if ...", before any negation: "if it did not help"), a stance only seen by the
  writer ("appeared poised to reconcile", ``appearance_verbs``), a verb of prediction
  governing it ("is likely to"), or a clause with its
  own subject under a word of foreseeing ("analysts expect that Peru will leave"), or a
  subjunctive clause under a word of demand ("demanded that Israel withdraw");
- planned: will / shall / going to, a verb of intention governing it ("plan to", "agree to",
  "are to"), or an event dated after the publication date;
- reported: the clause is the complement of a reporting verb ("X said that ...") or lies
  inside a quotation attributed to a speaker, or the act is what an allegation lays on
  someone ("was accused of aiding rebels", "charged with spying");
- otherwise asserted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..document import Modality, Span
from ..language import language
from ..nlp.syntax import to_infinitive
from .words import EventWords

__all__ = [
    "alleged",
    "modality_of",
    "modifier_modality",
    "ranked_noun",
    "seeming_stance",
    "stranded_subject",
    "told_would",
    "under_reporting_verb",
]


def _aux_lemmas(tok: Any) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")} | {
        c.lemma_.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")
    }


def under_reporting_verb(tok: Any, *, w: EventWords) -> bool:
    """Whether ``tok``'s clause is what a verb of saying reports ("officials said the
    gunmen had fled"), up to four steps up the tree."""
    t = tok
    hops = 0
    while t.head.i != t.i and hops < 4:
        if t.dep_ in ("ccomp", "parataxis", "advcl") and t.head.lemma_.lower() in w.reporting_verbs:
            return True
        if (
            t.dep_ == "nsubj"
            and t.head.lemma_.lower() in w.reporting_verbs
            and any(c.dep_ == "nsubj" and c.i > t.i for c in t.head.children)
        ):
            # "Israeli airstrikes killed 20 people, officials said": the parser made the
            # clause's subject a second subject of the verb of saying after it
            return True
        t = t.head
        hops += 1
    return False


#: the prepositions an allegation verb lays its wrong with ("accused of", "blamed for",
#: "charged with")
_ALLEGATION_PREPOSITIONS = frozenset({"of", "for", "with"})


def alleged(tok: Any, *, w: EventWords) -> bool:
    """Whether ``tok`` is the act an allegation lays on someone, in the "of", "for" or
    "with" phrase of one of ``allegation_verbs`` ("Paris was accused of aiding rebels",
    "blamed Iran for the attack", "charged with spying"): someone's claim, reported. Also
    an act joined to it ("accused of aiding rebels and shelling towns")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("pcomp", "pobj"):
        return False
    prep = t.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _ALLEGATION_PREPOSITIONS
        and prep.head.lemma_.lower() in w.allegation_verbs
    )


def _clause_subject(t: Any) -> Any:
    """The subject of a clause's own (active or passive), else None."""
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _no_longer(t: Any, w: EventWords) -> bool:
    """Whether ``t`` carries an adverb of ceasing its own "no" negates (``ceasing_adverbs``:
    "Qatar will no longer act as a mediator"): the act stops, it is not done."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in w.ceasing_adverbs
        and any(g.dep_ == "neg" or g.lower_ == "no" for g in c.children)
        for c in t.children
    )


def _foreseen_clause(t: Any, w: EventWords) -> bool:
    """A clause with its own subject under a verb or adjective of foreseeing
    (``foresee_words``: "analysts expect that Peru will leave", "it is likely that Chile
    will insist"): what someone predicts, not what is done or planned."""
    that = t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    if not (t.dep_ == "ccomp" or that) or _clause_subject(t) is None:
        return False
    head = t.head  # "is likely that ...": the adjective is the verb's complement
    return any(
        x.lemma_.lower() in w.foresee_words
        for x in (head, *(c for c in head.children if c.dep_ in ("acomp", "oprd")))
    )


def _demanded_clause(t: Any, w: EventWords) -> bool:
    """A clause with its own subject and a verb in the subjunctive (a bare verb, or one
    with "should") under a verb or noun of demand (``demand_words``: "demanded that
    Israel withdraw", "urged that Iran release the sailors", "an ultimatum demanding that
    Iraq leave"): what is called for, not what is done."""
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in w.demand_words:
        return False
    subj = _clause_subject(t)
    if subj is None:
        return False
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "should" for a in auxes):
        return True
    # a bare verb, "be" with a participle: "that X withdraw", "that X be released"; not
    # "that X will withdraw", "that X withdrew", "that X has withdrawn"
    # (a bare verb after a singular noun is tagged as a plural's present: "that Venezuela
    # release"; after a plural the two read alike and the clause is left as it is)
    singular = subj.tag_ in ("NN", "NNP")
    bare = not auxes and (t.tag_ == "VB" or (t.tag_ == "VBP" and singular))
    return bare or (bool(auxes) and all(a.tag_ == "VB" and a.lemma_ == "be" for a in auxes))


def ranked_noun(tok: Any, *, words: EventWords) -> Any | None:
    """The rank said of a party whose infinitive ``tok`` is, telling the act that party did
    ("X was the first to reject the plan", "X became the first EU state to recognize Y",
    "X, the only member to oppose it": ``rank_words``), not a purpose; or None."""
    if not to_infinitive(tok):
        return None
    if tok.dep_ in ("acl", "relcl"):
        noun = tok.head
    elif tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
        # "became the first country to recognize": the parser hangs it on the verb
        noun = next((c for c in tok.head.children if c.dep_ == "attr" and c.i < tok.i), None)
        if noun is None:
            return None
    else:
        return None
    if noun.dep_ not in ("attr", "appos"):
        return None
    if noun.lower_ in words.rank_words or any(
        c.dep_ == "amod" and c.lower_ in words.rank_words for c in noun.children
    ):
        return noun
    return None


def _let_clause(t: Any, w: EventWords) -> bool:
    """Whether ``t`` is the to-infinitive clause with a subject of its own that a verb of
    letting (``letting_verbs``) governs ("could allow the insurgents to speak with one
    voice", "did not permit inspectors to enter"): the act is let happen as the letting
    verb is told (possible, planned, denied), not on its own."""
    return t.dep_ == "ccomp" and to_infinitive(t) and t.head.lemma_.lower() in w.letting_verbs


def _pending(t: Any, chain: Sequence[Any], w: EventWords) -> bool:
    """Whether ``t`` is a "have" or "be" (``pending_verbs``) with an adverb of what has
    not happened yet (``pending_adverbs``) whose to-infinitive is the act's verb below it
    in ``chain`` ("X has yet to apologize", "is yet to condemn Y"): not done."""
    k = next((i for i, x in enumerate(chain) if x.i == t.i), 0)
    return (
        k > 0
        and chain[k - 1].dep_ == "xcomp"
        and t.lemma_.lower() in w.pending_verbs
        and any(c.dep_ == "advmod" and c.lower_ in w.pending_adverbs for c in t.children)
    )


def _chain(tok: Any, w: EventWords) -> list[Any]:
    """``tok`` and the verbs it hangs on as a complement, conjunct or prepositional
    phrase, or as the clause a verb of letting governs (up to six), with the verb of a
    rank's clause ("would be the first to sign")."""
    chain = [tok]
    t = tok
    while (
        (t.dep_ in ("xcomp", "conj", "pcomp", "prep") or _let_clause(t, w))
        and t.head.i != t.i
        and len(chain) < 6
    ):
        t = t.head
        chain.append(t)
    ranked = ranked_noun(tok, words=w)
    if ranked is not None and ranked.dep_ == "attr":
        chain.append(ranked.head)
    return chain


def _conditioned(t: Any, w: EventWords) -> bool:
    """Whether the clause of verb ``t`` is opened by a subordinator of a condition
    (``condition_marks``: "if the company did not help the FBI")."""
    return any(c.dep_ == "mark" and c.lower_ in w.condition_marks for c in t.children)


def _purposed(t: Any, w: EventWords) -> bool:
    """Whether the clause of verb ``t`` is a purpose: opened by a subordinator of
    purpose (``purpose_marks``) with no comma before it, and told with a modal ("so he
    would not be accused of rigging the contest"); not a result after a comma ("..., so
    it may come as a surprise")."""
    return bool(_aux_lemmas(t) & w.hypothetical_auxiliaries) and any(
        c.dep_ == "mark"
        and c.lower_ in w.purpose_marks
        and c.i > 0
        and not c.nbor(-1).is_punct
        for c in t.children
    )


def _in_condition(t: Any, w: EventWords) -> bool:
    """Whether verb ``t`` lies in the clause a condition's verb takes as its complement,
    up to three clauses up ("if U.S. authorities promised they would allow them to fly
    back": the promise is a condition, so is what it promises); not through a relative
    clause ("if the man who attacked X returns": the attack is told as done)."""
    for _ in range(3):
        if t.dep_ != "ccomp" or t.head.i == t.i:
            return False
        t = t.head
        if _conditioned(t, w):
            return True
        while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
            t = t.head
            if _conditioned(t, w):
                return True
    return False


def seeming_stance(tok: Any, w: EventWords) -> bool:
    """Whether the act of ``tok`` is the infinitive of a word of intent, readiness or plan
    that a verb of seeming takes (``appearance_verbs``: "appeared poised to reconcile",
    "seemed ready to attack", "seems set to sign"): the writer's impression of a stance
    no one stated, so the act is only possible."""
    stance = w.intent_heads | w.posture_heads | w.openness_heads | w.plan_verbs
    t = tok
    for _ in range(2):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
        if (
            t.dep_ in ("acomp", "xcomp", "oprd")
            and (t.lemma_.lower() in stance or t.lower_ in stance)
            and t.head.lemma_.lower() in w.appearance_verbs
        ):
            return True
    return False


def _shares_stance(verb: Any, w: EventWords) -> bool:
    """Whether ``verb`` is a copula whose adjective says its subject shares the act in its
    phrase with others (``shared_stance_words``: "X is not alone in condemning Y"): a "not"
    on it denies that X is alone, not the act."""
    return any(c.dep_ == "acomp" and c.lower_ in w.shared_stance_words for c in verb.children)


def told_would(tok: Any, *, words: EventWords | None = None) -> bool:
    """Whether the act headed by ``tok`` is told with "would" (and no other modal of
    possibility) in what a verb of saying reports ("X said Y would attack"): the
    reported form of "will", a plan when the speaker tells its own side's act, a
    prediction when it tells another party's."""
    w = words or language().view(EventWords)
    chain = _chain(tok, w)
    if not (
        under_reporting_verb(chain[-1], w=w)
        or any(t.i != tok.i and t.lemma_.lower() in w.reporting_verbs for t in chain)
    ):
        return False
    for t in chain:
        hyp = _aux_lemmas(t) & w.hypothetical_auxiliaries
        if hyp:
            return hyp == {"would"}
    return False


def _negative_subject(tok: Any, w: EventWords) -> bool:
    """Whether the subject or object of ``tok`` says no one did or underwent the act:
    "none of the soldiers were killed", "nobody was hurt", "no soldiers were wounded",
    "neither the president nor his ministers criticized X" ("neither" a determiner or a
    pre-conjunction of the first conjunct), "killed nobody"; not a thing given or shown
    ("gave no details about the talks"). The subject of a verb or adjective whose
    infinitive ``tok`` is denies it too ("neither X nor Y is inclined to attack Z", "no
    party wants to talk to X"): :func:`negative_subject_above`."""
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if c.lower_ in w.negatives and c.lower_ != "no":
            return True
        if c.dep_ == "dobj":
            continue  # "gave no details about the talks": a thing, not the act's patient
        if any(
            d.dep_ in ("det", "preconj") and d.lower_ in w.negatives for d in c.children
        ):
            return True
    return negative_subject_above(tok, w)


def negative_subject_above(tok: Any, w: EventWords) -> bool:
    """Whether a verb or adjective ``tok`` is the infinitive of (up to three links, through
    an adjective's copula) has a subject that says no one does it: "neither X nor Y is
    inclined to attack Z", "nobody wants to negotiate with X"; not a conjunct's ("no one
    was hurt and X attacked Y": the attack is told as done)."""
    t = tok
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "acomp" and t.head.i != t.i:
            t = t.head  # "is inclined to attack": the copula's subject
        if subject_denied(t, w):
            return True
    return False


def subject_denied(verb: Any, w: EventWords) -> bool:
    """Whether the subject of ``verb`` says no one: "nobody", "none of them", "neither X
    nor Y", "no party" (``negative_words``)."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in w.negatives and c.lower_ != "no":
            return True
        if any(
            d.dep_ in ("det", "preconj") and d.lower_ in w.negatives for d in c.children
        ):
            return True
    return False


def modality_of(
    tok: Any,
    *,
    quote_spans: Sequence[Span] = (),
    future_date: bool = False,
    words: EventWords | None = None,
    negation: bool = True,
) -> Modality:
    """The modality of the action headed by token ``tok`` (``words``: English's when not
    given); with ``negation`` false a "not" or a subject saying no one is not read (the
    clause's negation is not the act's)."""
    w = words or language().view(EventWords)
    # "Japan would be the first to sign": the act is as the rank's own verb tells
    chain = _chain(tok, w)
    # "X is not the only member to oppose it", "was not the first to reject the plan": the
    # rank is denied, not the act, which X did (as others did, or did before)
    ranked = ranked_noun(tok, words=w)
    rank_verb = ranked.head.i if ranked is not None and ranked.dep_ == "attr" else None
    if any(_conditioned(t, w) or _purposed(t, w) for t in chain) or _in_condition(chain[-1], w):
        # "if the company did not help the FBI", "so he would not be accused": a condition
        # or a purpose, whether or not it is negated
        return "hypothetical"
    if seeming_stance(tok, w):
        return "hypothetical"
    for t in chain if negation else ():
        if t.i != rank_verb and not _shares_stance(t, w):
            if any(c.dep_ == "neg" for c in t.children) or _no_longer(t, w):
                return "negated"
            if _pending(t, chain, w):
                return "negated"
        if t.dep_ == "conj":
            # a conjunct is a clause of its own: the first verb's "not" is not its ("X
            # wasn't happy and hit back by accusing Y": the accusation is done)
            break
    if negation and _negative_subject(tok, w):
        return "negated"
    reported_clause = (
        under_reporting_verb(chain[-1], w=w)
        or any(t.i != tok.i and t.lemma_.lower() in w.reporting_verbs for t in chain)
        or alleged(tok, w=w)
        # "quoted X as saying the commander had been detained": the clause the parser
        # took from its speech verb is reported all the same
        or any(stranded_subject(t, words=w) is not None for t in chain)
    )  # "X is said to have attacked Y", "X was accused of attacking Y"
    for t in chain:
        auxes = _aux_lemmas(t)
        if t.i != tok.i and t.lemma_.lower() in w.perception_verbs:
            continue  # "could be seen surrounding the hotel": what was seen, not a possibility
        if auxes & w.hypothetical_auxiliaries:
            # "they said they would blockade Paris": reported future, a stated plan
            if reported_clause and auxes & w.hypothetical_auxiliaries == {"would"}:
                return "planned"
            return "hypothetical"
        if t.i != tok.i and t.lemma_.lower() in w.predict_verbs:
            return "hypothetical"
        if _foreseen_clause(t, w) or _demanded_clause(t, w):
            return "hypothetical"
    start = tok.idx
    quoted = any(qs <= start < qe for qs, qe in quote_spans)
    for t in chain:
        auxes = _aux_lemmas(t)
        if (
            (auxes & w.planned_auxiliaries or (t.lower_ == "going" and t.i != tok.i))
            and not reported_clause
            and not quoted
            and any(
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in w.main_condition_marks for m in c.children)
                for c in t.children
            )
        ):
            return "hypothetical"  # "if elected, Smith will impose tariffs": a forecast
        if auxes & w.planned_auxiliaries:
            return "planned"
        if t.i != tok.i and t.lemma_.lower() in w.plan_verbs:
            return "planned"
        if t.i != tok.i and t.lemma_.lower() == "be" and tok.dep_ == "xcomp":
            return "planned"  # "are to meet"
        if t.lower_ == "going" and t.i != tok.i:
            return "planned"
    if future_date:
        return "planned"
    # reported: complement of a reporting verb, or inside an attributed quote
    if reported_clause:
        return "reported"
    return "reported" if quoted else "asserted"


def modifier_modality(tok: Any, *, words: EventWords | None = None) -> Modality | None:
    """The modality an adjective on the event noun ``tok`` (or on the noun it is a
    compound of) gives its act: planned for one of schedule or intent
    (``planned_event_modifiers``: "Iran's planned talks with the EU", "the slated visit of
    X to Y"); None for a verb or a noun with no such adjective."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    w = words or language().view(EventWords)
    compound = tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")
    for h in (tok, tok.head) if compound else (tok,):
        for c in h.children:
            if c.dep_ in ("amod", "compound") and c.i < h.i:
                if c.lower_ in w.planned_event_modifiers:
                    return "planned"
    return None


def stranded_subject(tok: Any, *, words: EventWords) -> Any | None:
    """The subject the parser took from a finite verb of reported speech: a verb with
    auxiliaries ("had been detained", "has ordered") and no subject of its own, right
    after (past commas and an appositive) a noun phrase the parser made the object of a
    reporting verb before it ("quoted X as saying the commander of the navy, Y, had been
    detained"), the verb hung on no clause of its own (``dep``) or on that reporting verb
    as its clause. That noun phrase is the clause's subject: a reporting verb says a
    clause, not a person; else None."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("dep", "ccomp"):
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("nsubj", "csubj", "expl", "nsubjpass", "csubjpass") for c in kids):
        return None
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    if not auxes:
        return None
    j = min(c.i for c in kids if c.i < tok.i) - 1
    doc = tok.doc
    while j >= 0 and doc[j].is_punct and doc[j].lower_ in (",", '"', "“", "”"):
        j -= 1
    if j < 0:
        return None
    np = doc[j]
    # up the phrase the word ends: its appositive, "of" phrase and possessor lead to its head
    while np.dep_ in ("appos", "pobj", "prep", "poss", "compound", "case") and np.head.i < np.i:
        np = np.head
    verb = np.head
    if (
        np.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in words.reporting_verbs
        or np.pos_ not in ("NOUN", "PROPN")
        or any(t.i == tok.i for t in np.subtree)
        or (tok.dep_ == "ccomp" and tok.head.i != verb.i)
    ):
        return None
    return np
