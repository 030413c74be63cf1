"""Senses of a coded word that CAMEO files under another code.

A dictionary codes a word ("strike", "attack", "raid", "withdraw", "ban") by its usual
sense; who does it to whom can show another one. Each :class:`Sense` is one such reading,
with the CAMEO code it gives and the condition on the act's word and parties; they are
tried in order on the code the act has so far (:func:`recode`), so a later sense sees
what an earlier one made of it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..actors.data import roles as role_table
from ..actors.resolve import sectors_of
from ..document import Actor
from ..nlp.syntax import agent_objects, prep_objects, to_infinitive
from .irregular import ARMED_ROLES, is_armed, is_fighting_force, is_irregular
from .words import EventWords

__all__ = [
    "SENSES",
    "Sense",
    "doers",
    "political_contest",
    "questioned",
    "captured_thing",
    "crowded_round",
    "dispersing",
    "imperative_advice",
    "talked_about",
    "matter_of_talks",
    "took_the_helm",
    "word_mentioned",
    "met_by_doers",
    "hosted_gathering",
    "electoral_challenge",
    "dared_challenge",
    "figurative_force",
    "electorate_support",
    "attempted",
    "campaign_help",
    "partisan_yield",
    "private_invitation",
    "published",
    "tallied_support",
    "labelled_party",
    "no_protest",
    "quelled_rival",
    "recode",
    "unsigned_medium",
    "unarmed_posture",
]

#: roles of people who bear no arms and take to the streets: the opposition, civilians,
#: students, workers, farmers, refugees, rights groups, clerics, health workers
CIVIL_ROLES = frozenset({"OPP", "CVL", "EDU", "LAB", "AGR", "REF", "HRI", "REL", "HLH"})
#: roles of a state's own bodies, whose support is the state's act however many they are
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


@dataclass(frozen=True)
class Act:
    """What a sense is judged on: the code so far, the act's word, its two sides."""

    code: str
    tok: Any
    source: Actor | None
    target: Actor | None
    words: EventWords

    @property
    def lemma(self) -> str:
        return str(self.tok.lemma_).lower()

    def force(self, *roots: str) -> bool:
        return self.code[:2] in roots


@dataclass(frozen=True)
class Sense:
    """One reading: ``code`` when ``holds`` (``why`` says it in words)."""

    code: str
    why: str
    holds: Callable[[Act], bool]


def _crowd_unprotesting(a: Act) -> bool:
    """Repression (175) of a bare crowd, gathering or mourners (``bare_crowd_nouns``, in
    what the verb acts on) in a sentence with no word of protest (``protest_words``):
    "troops opened fire on crowds waiting for aid trucks" is force on people gathered, no
    protest put down; "fired into the crowd after the rally" and a crowd dispersed or
    broken up stay repression."""
    if a.code != "175":
        return False
    crowd = any(
        t.lemma_.lower() in a.words.bare_crowd_nouns and t.i != a.tok.i for t in a.tok.subtree
    )
    if not crowd:
        return False
    # a gathering dispersed or broken up ("used batons to break up a gathering of monks",
    # "opened fire to disperse the crowd") is put down, whatever it gathered for
    if any(dispersing(t, a.words) for t in (a.tok, *a.tok.subtree)):
        return False
    return not any(t.lemma_.lower() in a.words.protest_words for t in a.tok.sent)


def dispersing(verb: Any, words: EventWords) -> bool:
    """Whether ``verb`` is one of breaking up a gathering (``dispersing_verbs``: "dispersed
    the protest", "broke up the rally"), a particle verb by its particle."""
    lemma = verb.lemma_.lower()
    prts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    vocab = words.dispersing_verbs
    return (lemma in vocab and not prts) or any(f"{lemma} {p}" in vocab for p in prts)


def _force_or_crowd(a: Act) -> bool:
    """:func:`_force_used` or :func:`_crowd_unprotesting` (one sense per code)."""
    return _force_used(a) or _crowd_unprotesting(a)


def _work_stoppage(a: Act) -> bool:
    words = (a.tok, *(c for c in a.tok.children if c.dep_ == "dobj"))
    stoppage = [t for t in words if t.lemma_.lower() in a.words.work_stoppage_words]
    return (
        a.force("18", "19", "20")
        and bool(stoppage)
        # "ordered a missile strike": a weapon's or a war's strike, whoever orders it
        and not any(
            c.dep_ in ("compound", "amod") and c.lower_ in a.words.force_strike_modifiers
            for t in stoppage
            for c in t.children
        )
        and a.source is not None
        and bool(a.source.code)
        and not is_armed(a.source.code)
    )


def _force_word(a: Act, words: frozenset[str]) -> bool:
    """The act's word is one of ``words``, or the object it is named by is ("faced attacks
    from X", "was the target of attacks from X")."""
    if a.lemma in words:
        return True
    return any(
        t.lemma_.lower() in words
        for c in a.tok.children
        if c.dep_ in ("dobj", "attr")
        for t in c.subtree
    )


def _words_between_persons(a: Act) -> bool:
    return (
        a.force("18", "19")
        and _force_word(a, a.words.verbal_force_words)
        and a.source is not None
        and a.target is not None
        and unarmed_person(a.source, a.tok.sent)
        and unarmed_person(a.target, a.tok.sent)
    )


def _words_of_persons(a: Act) -> bool:
    return (
        _words_between_persons(a)
        or _words_of_a_politician(a)
        or _medium_attack(a)
        or _words_at_a_politician(a)
        or _attack_said(a)
        or _unsigned_attack_at_candidate(a)
        or _attack_between_politicians(a)
        or _attack_on_a_matter(a)
    )


def _weapon_named(a: Act) -> bool:
    """Whether the act's word is named by a weapon or a kind of military strike
    (``force_strike_modifiers`` on it: "air strikes", "a missile attack", "drone
    strikes"): force, whatever it is aimed at."""
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in a.words.force_strike_modifiers
        for c in a.tok.children
    )


def _state_strikes_positions(a: Act, aimed: list[Any]) -> bool:
    """A state named as a whole (a bare country code: "Israel", "Turkish drones") attacking
    or striking positions (a plural noun of ``armed_target_words``: "Israel struck Syrian
    army positions", "Russia attacked Ukrainian positions near X", "Turkey struck Kurdish
    positions"): a state speaks through its government and officials, so what it strikes
    as a whole are a force's positions, not views; force, whoever holds them. Views are
    attacked by a government's or a person's word ("the White House attacked the
    senators' positions"), and positions "on" a matter are stances (tested before)."""
    src = a.source
    if src is None or not src.code or len(src.code) != 3 or sectors_of(src.code):
        return False
    return is_armed(src.code) and any(
        t.tag_ == "NNS" and t.lemma_.lower() in a.words.armed_target_words for t in aimed
    )


def _attack_on_a_matter(a: Act) -> bool:
    """An attack word (``verbal_force_words``) aimed at a matter and no body or place
    (``attacked_matter_nouns``, ``policy_nouns``, ``proposal_nouns``, ``comment_nouns``:
    "attacked his record on trade", "attacked the program", "attacks on her
    credibility"), or at the press by a party that bears no arms by role ("his aides
    attacked the newspaper"), with no word of bodily harm or weapons in its sentence
    but the act's own: words, criticism (111). "Gunmen attacked the newspaper's offices",
    "troops attacked the base" stay force, and so do a strike named by its weapon ("air
    strikes against Hamas positions": ``_weapon_named``), one by a fighting force, and one
    by a party that bears arms (a state, its forces), or by no one named, on an armed
    group's positions or targets ("the army attacked rebel positions", "attacks on rebel
    positions"). A matter told with its own matter
    (``matter_prepositions``: "attacked the Taliban's positions on women's education") is
    a stance, whoever holds it, and an unarmed doer ("lawmakers attacked the army's
    positions") attacks in words."""
    if not a.force("18", "19") or _harm_told(a, own=False) or _weapon_named(a):
        return False
    w = a.words
    if not _force_word(a, w.verbal_force_words):
        return False
    aimed = [c for c in a.tok.children if c.dep_ in ("dobj", "nsubjpass")]
    aimed += prep_objects(a.tok, ("on", "against"))
    matters = w.attacked_matter_nouns | w.policy_nouns | w.proposal_nouns | w.comment_nouns
    if aimed and all(t.lemma_.lower() in matters for t in aimed):
        if any(
            c.dep_ == "prep" and c.lower_ in w.matter_prepositions
            for t in aimed
            for c in t.children
        ):
            return True  # "positions on women's education": a stance on a matter
        src, tgt = a.source, a.target
        if _state_strikes_positions(a, aimed):
            return False
        armed_doer = src is None or is_armed(src.code)
        return not (
            (src is not None and is_fighting_force(src.code))
            or (armed_doer and tgt is not None and is_fighting_force(tgt.code))
        )
    src = a.source
    unarmed_source = (src is None and any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in a.tok.children
    )) or (
        src is not None
        and bool(sectors_of(src.code or ""))
        and not set(sectors_of(src.code or "")) & ((ARMED_ROLES - {"GOV"}) | {"IMG"})
    )
    return (
        unarmed_source
        and a.target is not None
        and "MED" in sectors_of(a.target.code or "")
        and bool(aimed)
    )


def _attack_between_politicians(a: Act) -> bool:
    """An attack, an assault or fire (``campaign_attack_words``) by a politician, a party,
    a person who bears no arms or a body that works for a candidate (:func:`_campaign_body`:
    a campaign, a PAC, supporters) at a candidate or a party (:func:`_candidate`), with no
    word of bodily harm or weapons (``harm_words``) in its sentence but the act's own:
    "continued his assault on Senator Dupont", "former presidents fired back at Dupont over
    the proposal". In news of a contest of votes such an attack is words (criticism, 111);
    one by no party named ("a man attacked Dupont"), by an armed party, with a weapon or a
    wound, or at a reporter ("the congressman assaulted a reporter") stays force."""
    src, tok = a.source, a.tok
    return (
        a.force("18", "19")
        and src is not None
        and a.target is not None
        and _force_word(a, a.words.campaign_attack_words)
        and (
            _politician(src, tok.sent)
            or (unarmed_person(src, tok.sent) and not sectors_of(src.code or ""))
            or _campaign_body(a)
        )
        and _candidate(a.target, tok.sent)
        and not _harm_told(a, own=False)
    )


def _campaign_body(a: Act) -> bool:
    """The act's source, as named in the act's sentence, is a body that works for a
    candidate or a party, or what it puts out (``campaign_body_nouns``: "a pro-Dupont super
    PAC", "Dupont's campaign", "the Dupont campaign", "Dupont's ads"), or a candidate's
    supporters (``adherent_relations``), with no armed role in its code (a bare country is
    taken as the noun tells: "a super PAC" coded USA): the word of its mention, or the
    noun that mention is the owner or the modifier of."""
    src = a.source
    if src is None or set(sectors_of(src.code or "")) & (ARMED_ROLES | {"IMG"}):
        return False
    words = a.words.campaign_body_nouns | a.words.adherent_relations
    for t in a.tok.sent:
        if not any(s <= t.idx < e for s, e in src.mentions):
            continue
        if t.lemma_.lower() in words or t.lower_ in words:
            return True
        if t.dep_ in ("poss", "compound", "amod", "nmod") and (
            t.head.lemma_.lower() in words or t.head.lower_ in words
        ):
            return True
    return False


def _unsigned_attack_at_candidate(a: Act) -> bool:
    """An attack word (``attack_words``) in the active voice by no party named, at a
    candidate (:func:`_candidate`: a lawmaker, a party's candidate), with no word of bodily
    harm or weapons (``harm_words``) in its sentence: "a super PAC that attacks Dupont",
    "will focus on attacking Dupont". In news of a contest of votes such an attack is words
    (criticism); "Dupont was attacked" (passive), "a man attacked Dupont with a knife" and
    "an attack that wounded the senator" stay force, and so does an attack with a doer
    unnamed but told ("someone attacked Dupont", "a man who attacked Dupont"): only a verb
    with no subject, or whose subject is "that" or "which" (a thing's attack: an ad's, a
    group's), is read so."""
    tok = a.tok
    return (
        a.force("18", "19")
        and a.source is None
        and a.target is not None
        and _force_word(a, a.words.attack_words)
        and not _passive_told(tok)
        and all(c.tag_ == "WDT" for c in tok.children if c.dep_ in ("nsubj", "csubj"))
        and _candidate(a.target, tok.sent)
        and not _harm_told(a, own=True)
    )


def _attack_said(a: Act) -> bool:
    """An attack word whose manner a participle of speech (``speech_manner_verbs``) tells,
    by no armed party (or by a personal pronoun the coder resolved to no party), at a person
    who bears no arms ("she went on to attack Dupont, saying he had not read the bill",
    "attacked the mayor, calling him a liar"): the attack was the words said; a gunman's or
    a force's ("rebels attacked the governor, saying...") or an unknown doer's ("two men
    attacked the mayor, saying...") stays force."""
    return (
        a.force("18", "19")
        and a.target is not None
        and (
            (a.source is not None and not is_armed(a.source.code))
            or (
                a.source is None
                and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in _manner_children(a.tok))
            )
        )
        and _force_word(a, a.words.verbal_force_words)
        and unarmed_person(a.target, a.tok.sent)
        and any(
            c.dep_ in ("advcl", "xcomp", "conj")
            and c.tag_ == "VBG"
            and c.lemma_.lower() in a.words.speech_manner_verbs
            for c in _manner_children(a.tok)
        )
    )


def _manner_children(tok: Any) -> list[Any]:
    """The words that may tell how ``tok`` was done: its own dependents, and those of the
    verb whose infinitive it is ("went on to attack X, saying ...")."""
    kids = list(tok.children)
    if tok.dep_ == "xcomp":
        kids += [c for c in tok.head.children if c is not tok]
    return kids


def _words_at_a_politician(a: Act) -> bool:
    """An attack word in the active voice whose subject is a personal pronoun the coder
    resolved to no party ("you attacked Dupont", "she attacked Dupont") at a person who
    bears no arms and holds no office of state (a lawmaker, a candidate): words, as one
    person's attack on another is; a passive ("Dupont was attacked") or an unknown doer
    ("someone attacked Dupont") stays force."""
    return (
        a.force("18", "19")
        and a.source is None
        and a.target is not None
        and _force_word(a, a.words.verbal_force_words)
        and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in a.tok.children)
        and _politician(a.target, a.tok.sent)
    )


def _medium_attack(a: Act) -> bool:
    """An attack by words said or written (``speech_nouns``): "an ad attacking Dupont",
    "a video attacking the mayor", "the editorial attacked the mayor"; one told in the
    media (``media_nouns``: "was attacked in the media", "attacked him on Twitter"), or
    money spent on it (``spending_verbs``: "spent $10 million attacking the senator", paid
    advertising): words by its author, no force."""
    return a.force("18", "19") and _by_medium(a.tok, a.words)


def _by_medium(tok: Any, words: EventWords) -> bool:
    if tok.lemma_.lower() not in words.verbal_force_words:
        return False
    # "ads supporting Rubio and attacking Cruz": a conjoined participle hangs where its first
    # conjunct does
    first = tok
    while first.dep_ == "conj" and first.head.tag_ == tok.tag_:
        first = first.head
    if first.dep_ in ("acl", "relcl") and first.head.lemma_.lower() in words.speech_nouns:
        return True
    kids = list(tok.children)
    if tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in words.speech_nouns for c in kids
    ):
        # "the editorial attacked the mayor", "Tuttle's article attacked Christie"
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "on")
        and any(
            g.dep_ == "pobj"
            and {g.lower_, g.lemma_.lower()} & (words.media_nouns | words.speech_nouns)
            for g in c.children
        )
        for c in kids
    ):
        # "Cosby is attacked in the media", "attacked the senator on Twitter"
        return True
    # "spent more than $10 million attacking Ayotte": paid advertising
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "xcomp", "conj", "dep")
        and tok.head.lemma_.lower() in words.spending_verbs
    )


def unsigned_medium(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An attack by words said or written whose author is named nowhere ("a video
    attacking the mayor circulated"): no one's act to code."""
    return source is None and code[:2] in ("11", "18", "19") and _by_medium(tok, words)


def _words_of_a_politician(a: Act) -> bool:
    """An attack by a politician or the press at no party named, or at one that bears no
    arms ("the senator attacked GOP voters", "the network's attacks on the candidate")."""
    return (
        a.force("18", "19")
        and (a.target is None or not is_armed(a.target.code))
        and _force_word(a, a.words.attack_words)
        and a.source is not None
        and (
            _politician(a.source, a.tok.sent)
            or bool(set(sectors_of(a.source.code or "")) & PRESS_ROLES)
        )
    )


def political_contest(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A fight, battle or clash (``verbal_force_words`` other than ``attack_words``) of a
    politician who bears no arms, or of a party or candidates as a group, with no party
    named ("the candidates battled in Wisconsin", "Senator Dupont fought hard in Iowa"): a
    contest of votes, no force and no words at anyone; so is a place such a politician
    seizes (``seizure_words``: "Senator Dupont captured Ohio and Texas"): a state won; and a
    fight, a battle or a win (``contest_words``) of one candidate over another
    (:func:`_candidate`: "the battle between Dupont and Moreau", "Dupont beat Moreau in
    Ohio")."""
    a = Act(code, tok, source, target, words)
    if a.lemma in words.seizure_words and a.force("17", "19"):
        return source is not None and _politician(source, tok.sent)
    if a.force("18", "19") and a.lemma in words.contest_words and _contenders_beaten(a):
        return True
    if a.force("18", "19") and _force_word(a, words.contest_words) and target is not None:
        if source is None:
            return _unsigned_contest(a)
        sent = tok.sent
        return (_candidate(source, sent) and _contender(target, sent)) or (
            _contender(source, sent) and _candidate(target, sent)
        )
    return (
        a.force("18", "19")
        and target is None
        and source is not None
        and _force_word(a, words.verbal_force_words - words.attack_words)
        and not _force_word(a, words.attack_words)
        and _politician(source, tok.sent)
    )


def _contenders_beaten(a: Act) -> bool:
    """A contest word (``contest_words``) whose direct object is a noun of the people one
    runs against (``contender_nouns``), by no party named or a person who bears no arms,
    with no word of bodily harm or weapons in its sentence but the act's own: "has beaten
    his former rivals", "none has beaten either party's candidate" (the race won, no
    force). "The army defeated its rivals", "two men beat his opponent with a bat" stay."""
    return (
        any(
            c.dep_ == "dobj" and c.lemma_.lower() in a.words.contender_nouns for c in a.tok.children
        )
        and (a.source is None or unarmed_person(a.source, a.tok.sent))
        and not _harm_told(a, own=False)
    )


def _contender(actor: Actor, sent: Any) -> bool:
    """A candidate (:func:`_candidate`), or a person who bears no arms and holds an office
    of state or held one (a governor, a former president): one who runs against a
    candidate ("the battle between Senator Dupont and Governor Moreau")."""
    return _candidate(actor, sent) or (
        unarmed_person(actor, sent) and bool(set(sectors_of(actor.code or "")) & {"GOV", "ELI"})
    )


def _unsigned_contest(a: Act) -> bool:
    """A contest word (``contest_words``) in the active voice by no party named, at a
    candidate or a rival in office (:func:`_contender`), with no word of bodily harm or
    weapons (``harm_words``) in its sentence but the act's own word: "is beating rival
    Dupont in his home state", "faces a two-front war against Dupont and Moreau" (the doer
    the tagger missed is a rival); only a verb with no subject, a "that/which" one or a
    person's name is read so: "Dupont was beaten" (passive), "two men beat Dupont" and
    "beat Dupont with a knife" stay force."""
    tok = a.tok
    return (
        a.target is not None
        and not _passive_told(tok)
        and all(
            c.tag_ == "WDT" or (c.ent_type_ == "PERSON" and c.pos_ == "PROPN")
            for c in tok.children
            if c.dep_ in ("nsubj", "csubj")
        )
        and _contender(a.target, tok.sent)
        and not _harm_told(a, own=False)
    )


def _passive_told(tok: Any) -> bool:
    """Whether an act word is told in the passive: its own passive subject, auxiliary or
    "by" agent, or those of the verb it is the object of ("Dupont was attacked", "was
    subjected to an attack by X")."""
    passive = ("nsubjpass", "auxpass", "agent")
    return any(c.dep_ in passive for c in tok.children) or (
        tok.dep_ == "dobj" and any(c.dep_ in passive for c in tok.head.children)
    )


def _harm_told(a: Act, *, own: bool) -> bool:
    """Whether the act's sentence has a word of bodily harm or weapons (``harm_words``);
    with ``own`` False, a word other than the act's own ("attack" names no harm of its
    own when it is itself a harm word)."""
    harm = a.words.harm_words
    return any(
        (own or t.i != a.tok.i) and (t.lemma_.lower() in harm or t.lower_ in harm)
        for t in a.tok.sent
    )


def campaign_money(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """Money (``money_words``, or an amount the parser tags as money) that a party who bears
    no arms and holds no office of state (a donor, a company, a PAC, or no one named) gives to
    a candidate (:func:`_candidate`), or that a candidate takes from one ("donated $750 to
    Dupont's campaign", "gave $3 million to a group backing Dupont", "has not accepted money
    from Wall Street"), or that anyone gives to a body funded by donors
    (:func:`_funded_body`: "gave money to the Clinton Foundation", "donated $5 million to a
    super PAC supporting Walker"): a political contribution or a gift, no aid (CAMEO 07 is
    aid given to a party in need); a state's or a government's money to a candidate stays
    aid (a person named with no role, "the actor Bradley Cooper", bears none)."""
    if code[:3] not in ("070", "071"):
        return False
    scope = [tok, tok.head] if tok.dep_ in ("xcomp", "advcl", "acl", "relcl", "conj") else [tok]
    given = any(
        t.ent_type_ == "MONEY"
        or t.lemma_.lower() in words.money_words
        or t.lower_ in words.money_words
        for w in scope
        for t in w.subtree
    )
    if not given:
        return False
    if any(_funded_body(w, words) for w in scope):
        return True  # whoever gives it, and whoever the body works for
    if any(
        p is not None
        and (
            (
                is_armed(p.code)
                and not (not sectors_of(p.code or "") and unarmed_person(p, tok.sent))
            )
            or (p.code or "").startswith("IGO")
        )
        for p in (source, target)
    ):
        return False
    return any(p is not None and _candidate(p, tok.sent) for p in (source, target))


def campaign_help(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """Help or backing (CAMEO 07) given to a candidate (:func:`_candidate`: a politician of
    a party, a lawmaker, a party or its candidates as a group) by no one named or by a party
    of the candidate's own country ("Opposition to trade deals helped him win the primary",
    "Fox News helped Trump enormously", "aided by a surge of late-deciding voters", "Perez
    would help Clinton attract voters"): support in a race for votes, no aid (CAMEO 07 is
    aid to a party in need). Help from another country, an international body or a group
    abroad stays aid ("Russia helped the National Front with a loan"); so does a state
    body's material help (:func:`_state_material_help`: "the government helped the
    party's candidate with subsidies") and help to what a candidate only owns
    (:func:`_owner_only`: "helped lawmaker Ruth Kamau's district")."""
    if code[:2] != "07" or target is None or not _candidate(target, tok.sent):
        return False
    if _owner_only(tok, target, words) or _state_material_help(tok, source, words):
        return False
    if source is None:
        return True
    if (source.code or "").startswith(("IGO", "IMG", "NGO")):
        return False
    return source.country is not None and source.country == target.country


#: the roles of a party in a race for votes or of the press: a party, a candidate, a news
#: outlet or a journalist, none of which holds power to let anyone act or to give in to a
#: state's or a rival's demand
_PARTISAN_ROLES = frozenset({"PTY", "MED"})


def partisan_yield(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A yield (CAMEO 08, but not a resignation, 083) by a party, a candidate or the press
    (every role in the doer's code is a party's or the press's) toward no one named or a
    party of its own country: "POLITICO allowed him to chart his course", "the party has
    allowed the Republicans to dominate the conversation", "the media allowing Clinton to go
    so long without a press conference", "Republicans are used to cowering and
    surrendering", "Democrats acquiesced to the narrative", "Fiorina wasn't backing down":
    the everyday senses of letting, giving in and backing down in domestic politics and
    the press, no concession in the codebook's sense (a state or an armed party easing
    restrictions, allowing passage, giving up ground or arms). A state, its offices, the
    opposition or an armed group keep the yield ("the police allowed them to demonstrate"),
    and so does one toward another country, an international body ("threatened to pull out
    of NATO") or a state's office ("refusing to allow hearings for the president's
    nominee")."""
    if code[:2] != "08" or code.startswith("083") or source is None:
        return False
    # conceding (``concession_verbs``: "Clinton conceded defeat to Sanders") grants a
    # rival's win: left to the rules of conceding
    if tok.lemma_.lower() in words.concession_verbs:
        return False
    roles = set(sectors_of(source.code or ""))
    if not roles or not roles <= _PARTISAN_ROLES:
        return False
    # a named yield (082 calling off a protest, a strike or a boycott, 084 releasing
    # people, 087 withdrawing) done to something is an act of its own: only the bare
    # letting or giving in (080) and an object-less giving in ("cowering and surrendering")
    # are everyday senses
    # (releasing, 084, only of a party named: "released detained protesters", not "would
    # release it", an article)
    if (
        code != "080"
        and (target is not None or not code.startswith("084"))
        and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    ):
        return False
    # a yield in a sentence that names a state body outside what is let happen ("called off
    # its protests after police surrounded its offices", "yielded to government demands",
    # not "allowed its reporters to travel with the army") gives in to the state
    let = {w.i for c in tok.children if c.dep_ in ("xcomp", "ccomp") for w in c.subtree}
    if any(_state_body_word(w) and w.i not in let for w in tok.sent):
        return False
    if target is None or not target.code:
        return True
    # letting the opposition act ("allowed the opposition to hold its rally") is the act of
    # a party in power
    if "OPP" in sectors_of(target.code):
        return False
    # toward an international body ("threatened to pull out of NATO") or a state's own
    # office ("refusing to allow hearings for the president's nominee"): a political act
    if target.code.startswith(("IGO", "IMG", "NGO")) or set(sectors_of(target.code)) & _STATE_ROLES:
        return False
    # a party named with no country is one of the doer's own politics
    return target.country is None or source.country in (None, target.country)


#: roles of a party whose invitation, given or taken, is one of public affairs: a state's
#: bodies, a legislature, a party, the opposition and armed groups
_PUBLIC_ROLES = _STATE_ROLES | {"LEG", "PTY", "OPP", "REB", "INS"}


def private_invitation(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An invitation to meet (CAMEO 036 of a verb of prompting, ``prompting_verbs``: "invited
    X to a conference") between parties neither of which is a state, an international body,
    a state's office, a legislature, a party or an armed group ("the university invited the
    author to speak at a forum", "she had been invited to give a keynote address to a
    conference on business"): a host's guest at a gathering, no political intent to meet;
    a state's or the U.N.'s invitation to a forum, an assembly or a session stays one
    ("Russia invited the Taliban to attend an economic forum")."""
    if not code.startswith("036") or tok.lemma_.lower() not in words.prompting_verbs:
        return False
    return not any(
        a is not None
        and (
            a.kind == "state"
            or (a.code or "").startswith(("IGO", "IMG"))
            or bool(set(sectors_of(a.code or "")) & _PUBLIC_ROLES)
        )
        for a in (source, target)
    )


@functools.cache
def _state_body_words() -> frozenset[str]:
    """One-word state bodies and forces of ``roles.tsv`` (organizations and groups of a
    government's, an army's or the police's role: "government", "authorities", "army",
    "troops", "police"), with their plurals."""
    out: set[str] = set()
    for r in role_table():
        if r.kind != "person" and " " not in r.phrase and r.code in ("GOV", "MIL", "COP"):
            out.add(r.phrase.lower())
            plurals = r.plurals if r.plurals is not None else (r.phrase + "s",)
            out.update(x.lower() for x in plurals)
    return frozenset(out)


def _state_body_word(w: Any) -> bool:
    """Whether a word names a state body or force (:func:`_state_body_words`) as a noun."""
    return w.pos_ in ("NOUN", "PROPN") and w.lower_ in _state_body_words()


def _state_material_help(tok: Any, source: Actor | None, words: EventWords) -> bool:
    """Help by a state body (a role of :data:`_STATE_ROLES`: a government, an army) given
    "with" aid or money (``aid_nouns``, ``money_words``, an amount: "helped the district
    with food aid", "with subsidies"): material aid (CAMEO 071), whoever it reaches."""
    if source is None or not set(sectors_of(source.code or "")) & _STATE_ROLES:
        return False
    # the parser may hang the "with" phrase on what is helped
    return any(
        g.ent_type_ == "MONEY"
        or g.lemma_.lower() in words.aid_nouns
        or g.lemma_.lower() in words.money_words
        for w in (tok, *_helped(tok))
        for o in prep_objects(w, ("with",))
        for g in o.subtree
    )


def _helped(tok: Any) -> list[Any]:
    """What a verb of help helps: its object, or its passive subject; the parser may hang
    the object on a word it takes for a verb ("helped lawmaker X's district": "lawmaker"
    an xcomp)."""
    kids = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return kids + [
        g for c in tok.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"
    ]


def _owner_only(tok: Any, target: Actor, words: EventWords) -> bool:
    """Whether the candidate is named only as the owner of what is helped ("helped lawmaker
    Ruth Kamau's flood-hit district"): a possessive of the verb's object, its head noun
    outside every mention of the candidate. What is helped is no candidate in a race. An
    object that is itself help or money ("accepting Cruz's help", "provided the group's
    funding": ``aid_nouns``, ``money_words``) or a body of the race ("armed his campaign":
    ``campaign_body_nouns``) is no such thing."""
    mentions = target.mentions

    def named(t: Any) -> bool:
        return any(start <= t.idx < end for start, end in mentions)

    return any(
        not named(o)
        and o.lemma_.lower() not in words.aid_nouns | words.money_words | words.campaign_body_nouns
        and any(p.dep_ == "poss" and named(p) for p in o.children)
        for o in _helped(tok)
    )


def _funded_body(tok: Any, words: EventWords) -> bool:
    """Whether what ``tok`` gives goes "to" a body funded by donors
    (``donation_recipient_nouns``: a campaign, a PAC, a foundation, a charity), by the
    noun's head word or a word compounded on it ("Ready PAC", "a super PAC", "Clinton's
    campaign")."""
    nouns = words.donation_recipient_nouns
    # "gave money to X": "to" on the money; "made donations to X": on the light verb
    given = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.dep_ == "dobj" and tok.head.i != tok.i:
        given.append(tok.head)
    for c in [k for t in (tok, *given) for k in t.children]:
        if c.dep_ not in ("prep", "dative") or c.lower_ != "to":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for n in (g, *g.conjuncts):
                if n.lemma_.lower() in nouns or n.lower_ in nouns:
                    return True
    return False


def _released_things(rel: Any) -> list[Any]:
    """What a release word releases: the verb's object or its passive's subject, the noun
    its participle or its relative clause is on ("the interview taped and released on
    Wednesday", "the report, which will be released"), the subject of the verb a passive
    infinitive completes ("the movie is set to be released"), or the noun release's "of"
    ("the release of emails"); with what is joined to them by "and"."""
    things = [c for c in rel.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [
        g
        for c in rel.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    head = rel
    while head.dep_ == "conj" and head.head.pos_ == "VERB":
        head = head.head
    if head.dep_ == "acl" and head.tag_ == "VBN":
        things.append(head.head)
    if head.dep_ == "relcl":
        # "the FEC report, which will be released", "figures her campaign released": the
        # relative clause releases the noun it is on
        things.append(head.head)
    if (
        head.dep_ == "xcomp"
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ == "nsubjpass" for c in head.children)
    ):
        # "the movie is set to be released": the passive infinitive's subject is its
        # governing verb's
        things += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for thing in things for t in (thing, *thing.conjuncts)]


def _publication(rel: Any, words: EventWords) -> bool:
    """Whether a release word tells a thing made public: what it releases is a document, a
    recording or information (``published_nouns``), or it is released to the public or the
    press (``publication_audiences``)."""
    nouns = words.published_nouns
    if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in _released_things(rel)):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words.publication_audiences for g in c.children
        )
        for c in rel.children
    )


def published(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A release (``release_words``, the act's own word) of a thing published, not of
    persons or property held (the verb "release" codes no other act): what is released is a
    document, a recording or information (``published_nouns``: "ordered the release of
    internal documents", "the interview taped and released on Wednesday", "would release
    his tax returns"), or it is released to the public or the press
    (``publication_audiences``: "before releasing them to the public"). Hostages,
    prisoners or soldiers released stay releases; an appeal or a demand to publish stays
    an appeal or a demand (:func:`_asked_publication`)."""
    return tok.lemma_.lower() in words.release_words and _publication(tok, words)


def _asked_publication(a: Act) -> bool:
    """Whether an appeal for or a demand of a release (0253, 1053: its sense tests the
    code) has as its release, the act's object or infinitive, a thing published ("urged
    him to release the audio tapes"): an appeal or a demand to publish, no release of
    persons asked for."""
    return any(
        c.dep_ in ("dobj", "xcomp")
        and c.lemma_.lower() in a.words.release_words
        and _publication(c, a.words)
        for c in a.tok.children
    )


def hosted_gathering(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """Hosting (CAMEO 043) a gathering that is no visit of a party (``gathering_nouns``:
    an event, a convention, a telethon, a tournament) whose guest no party in the act's
    words is ("Cleveland pledged to help pay for hosting the event", "the resort has hosted
    a PGA Tour event since 1962": a guest is named in a phrase on the act or the gathering,
    ``guest_prepositions``, not in its name nor in a clause on it, "the event, which will
    draw 50,000 delegates"): a venue, a city or a firm holding an event, no visitors
    received; "hosted a dinner for the Chinese president" and "hosted the prime minister"
    stay visits hosted."""
    if not code.startswith("043"):
        return False
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not held or not all(t.lemma_.lower() in words.gathering_nouns for t in held):
        return False
    if target is None:
        return True
    # a guest is named in a phrase on the act or the gathering ("a dinner for X", "a
    # summit of leaders", "hosted talks with X"), not in the gathering's name ("a PGA Tour
    # event") nor in a clause on it ("the event, which will draw 50,000 delegates")
    guests: list[int] = []
    todo = [
        c
        for h in (tok, *held)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in words.guest_prepositions
    ]
    while todo:
        t = todo.pop()
        guests.append(t.idx)
        todo.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return not any(a <= i < b for a, b in target.mentions for i in guests)


def electoral_challenge(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A challenge (``challenge_verbs``) of a rival in a vote: the challenge is "in" or
    "for" a vote or an office (``election_nouns``: "is challenging Rep. Dupont in the Aug.
    30 primary", "challenged him for the seat") or when one of them runs ("challenged her
    when she ran for a second term"): a candidacy, no disapproval (CAMEO 110); "Iran
    challenged the United States in the Gulf" stays."""
    if not code.startswith("11") or tok.lemma_.lower() not in words.challenge_verbs:
        return False
    # the vote may hang on the rival's title ("Rep. Dupont, the party chair, in the primary")
    inner = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "prep"]
    for c in [*tok.children, *inner]:
        if (
            c.dep_ == "prep"
            and c.lower_ in words.candidacy_prepositions
            and any(
                g.dep_ == "pobj" and g.lemma_.lower() in words.election_nouns for g in c.children
            )
        ):
            return True
        if c.dep_ == "advcl" and c.lemma_.lower() in words.candidacy_verbs:
            return True
    return _person_challenged_in_place(tok, words)


def _person_challenged_in_place(tok: Any, words: EventWords) -> bool:
    """A challenge of a person (a named person or "him/her" as the direct object) "in" a
    state, a province or a city (a GPE name) with no matter pressed ("on/about/over",
    ``matter_prepositions``): the place names the race ("is challenging Sen. Dupont in
    Ohio", "began to challenge her in Iowa and Nevada"); "challenged Dupont in Ohio on his
    tax plan" and "Iran challenged the United States in the Gulf" stay disapproval."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects or not all(
        o.ent_type_ == "PERSON" or o.lower_ in ("him", "her") for o in objects
    ):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [t for o in objects for t in o.subtree if t.dep_ == "prep"]
    if any(p.lower_ in words.matter_prepositions for p in preps):
        return False
    return any(
        p.lower_ in words.candidacy_prepositions
        and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in p.children)
        for p in preps
    )


def dared_challenge(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A challenge (``challenge_verbs``) to do something: with a "to"-infinitive ("I
    challenge you to come here and debate me", "challenged his bishops to be humbler",
    "challenging Republicans to prove it") or "to" a gathering or a contest
    (``gathering_nouns``, ``contest_arena_nouns``: "challenged Trump to a one-on-one
    debate"): a dare or an exhortation, no disapproval (CAMEO 110). "Challenged the
    ruling", "challenged the United States in the Gulf" stay."""
    if not code.startswith("11") or tok.lemma_.lower() not in words.challenge_verbs:
        return False
    arenas = words.gathering_nouns | words.contest_arena_nouns
    if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children):
        return True
    return any(g.lemma_.lower() in arenas for g in prep_objects(tok, ("to",)))


def figurative_force(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A word of force (CAMEO 18, 19 or 20) in a figurative sense, no use of arms: done by a
    matter or a condition (``force_matter_nouns``, ``attacked_matter_nouns``,
    ``policy_nouns``, ``proposal_nouns``) as its subject or "by" agent ("inflation is
    killing the purchasing power of ordinary people", "the crisis struck Paris", "was
    struck by her story"); aimed only at such things ("attacked inflation with rate
    rises", "killing a religious-freedom bill", "journalists are killing journalism"); a
    strike "as" a judgement (:func:`_judged_as`: "the schedule struck supporters as
    unfair"), not "as part of" a campaign or "as a warning"; or a noun of
    force made a campaign of persuasion, trade or law by the word before it
    (``figurative_force_modifiers``: "a charm offensive", "a price war"). With a word of
    bodily harm or weapons in the sentence other than the act's own (``harm_words``), or
    a weapon or means of war in the act's own "with"/"by" phrase (:func:`_armed_means`:
    "attacked Ukraine's economy with missile strikes"), the act stays. An attack word
    aimed at what a person does, holds or says ("attacked his record", "attacked the
    bill") is left to the sense of words (criticism, 111) in :data:`SENSES`."""
    if code[:2] not in ("18", "19", "20"):
        return False
    act = Act(code, tok, source, target, words)
    if _aimless_force(act):
        return True
    if _harm_told(act, own=False) or _armed_means(tok, words):
        return False
    matters = (
        words.force_matter_nouns
        | words.attacked_matter_nouns
        | words.policy_nouns
        | words.proposal_nouns
    )

    def matter(t: Any) -> bool:
        # a thing of an armed force is no matter ("shelled Kurdish positions")
        return (
            t.pos_ == "NOUN"
            and (t.lemma_.lower() in matters or t.lower_ in matters)
            and t.lemma_.lower() not in words.armed_target_words
            and t.lower_ not in words.armed_target_words
        )

    # the noun of force is the act's word or the object of its light verb ("launched a
    # charm offensive", "waged a price war")
    force_nouns = words.war_means_words | words.verbal_force_words | words.campaign_attack_words
    nouns = [tok] if tok.pos_ == "NOUN" else [
        c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in force_nouns
    ]
    if any(
        c.dep_ in ("amod", "compound") and c.lower_ in words.figurative_force_modifiers
        for n in nouns
        for c in n.children
    ):
        return True
    if any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(matter(g) and g.lemma_.lower() in words.force_matter_nouns for g in p.children)
        for n in ([tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"])
        for p in n.children
    ):
        return True  # "waged an insurgency of disinformation": a campaign of a matter
    if _shared_target_of_civil(act):
        return True
    if tok.pos_ != "VERB":
        aimed = prep_objects(tok, ("on", "against"))
        return bool(aimed) and all(
            matter(t) and t.lemma_.lower() in words.force_matter_nouns for t in aimed
        )
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + agent_objects(tok)
    if doers and all(matter(t) for t in doers):
        return True
    if tok.lemma_.lower() in ("strike", "hit") and _judged_as(tok):
        return True
    aimed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    aimed += prep_objects(tok, ("on", "against", "at"))
    if not aimed or not all(matter(t) for t in aimed):
        return False
    if tok.lemma_.lower() in words.verbal_force_words and not all(
        t.lemma_.lower() in words.force_matter_nouns for t in aimed
    ):
        return False  # "attacked the bill": words, left to the sense of criticism
    return True


#: CAMEO codes of harm done to a person's body (physical and sexual assault, bombing,
#: attempted and done assassination; and all of root 20, mass violence): the act's word
#: was read as such harm, no contest
_BODILY_HARM_CODES = frozenset({"182", "183", "185", "186"})


def _aimless_force(a: Act) -> bool:
    """A word of force aimed at no party, done by a person who bears no arms and holds no
    office of state (a candidate, a lawmaker, a citizen, a named person of no role who is
    the act's doer by name or as "he"/"she": not a soldier, a policeman, a militant or a
    government's leader, who may order force, nor a group a name is in), with
    no word of bodily harm or weapons in its sentence, its own word included
    (``harm_words``: "killed", "shot", "beat"), and no word of a means or scene of war but
    its own (``war_means_words``: "troops", "airstrikes"): "Moreau battled back in the
    southern states", "he has fought his way back to respectability", "would no longer
    fight the release of the video" are contests, no use of arms. "Nidal Hasan, who killed
    13 people" stays (a harm word), as does an act coded as harm to a person's body
    (:data:`_BODILY_HARM_CODES`: "Clinton raped me", "carried out the massacre"); so
    does "President Ortega ordered airstrikes" (an office of state)."""
    if a.target is not None or a.source is None or _words_of_persons(a):
        return False  # "the senator attacked the plan": words (111), the sense of criticism
    if a.code[:2] == "20" or a.code[:3] in _BODILY_HARM_CODES:
        return False  # "Clinton raped me": the code itself names harm to a person
    roles = set(sectors_of(a.source.code or ""))
    if not unarmed_person(a.source, a.tok.sent) or "GOV" in roles:
        return False
    if not roles and not any(
        d.ent_type_ == "PERSON" or d.lower_ in ("he", "she") for d in doers(a.tok)
    ):
        return False  # "rustlers from the Pokot tribe attacked": a group a name is in
    if _harm_told(a, own=True) or _armed_means(a.tok, a.words):
        return False
    war = a.words.war_means_words
    return not any(
        t.i != a.tok.i and (t.lemma_.lower() in war or t.lower_ in war) for t in a.tok.sent
    )


def _shared_target_of_civil(a: Act) -> bool:
    """Whether a word of force is aimed only at things armed and civil bodies both have
    (``shared_target_nouns``: "targets", "tunnels", "training camps") by a doer that bears
    no arms by role, named, and at no armed party's: "the government targeted training
    camps for teachers with new funds" is no attack. A state, its forces or an armed
    group as doer ("Israel targeted tunnels"), or an armed party's things ("targeted
    Hamas tunnels"), keep the act."""
    aimed = [c for c in a.tok.children if c.dep_ in ("dobj", "nsubjpass")]

    def shared(t: Any) -> bool:
        named = " ".join(
            [c.lower_ for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t.lower_]
        )
        return named in a.words.shared_target_nouns or t.lower_ in a.words.shared_target_nouns

    if not aimed or not all(shared(t) for t in aimed):
        return False
    src, tgt = a.source, a.target
    if src is None or not sectors_of(src.code or ""):
        return False  # no doer named, or a state: its forces may strike
    if set(sectors_of(src.code or "")) & ((ARMED_ROLES - {"GOV"}) | {"IMG"}):
        return False
    return not (tgt is not None and is_armed(tgt.code))


def _judged_as(tok: Any) -> bool:
    """Whether a strike is told "as" a judgement of it: an adjective ("struck many as
    unfair") or a noun an adjective judges, with no phrase of its own ("struck critics as
    a cynical ploy"), on the verb or its object. An "as" phrase of a role or a purpose
    ("struck Beirut as part of its campaign", "as a warning", "as retaliation", "as a
    direct response to the rocket fire") tells an act of force."""
    for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")):
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ != "as":
                continue
            for g in p.children:
                if g.pos_ == "ADJ":
                    return True
                if (
                    g.dep_ == "pobj"
                    and any(m.dep_ == "amod" and m.pos_ == "ADJ" for m in g.children)
                    and not any(m.dep_ == "prep" for m in g.children)
                ):
                    return True
    return False


def _armed_means(tok: Any, words: EventWords) -> bool:
    """Whether the act's own "with" or "by" phrase names a weapon, an armed body or a means
    of war (``harm_words``, ``war_means_words``, ``given_thing_nouns``): "attacked
    Ukraine's economy with missile strikes" is force whatever it is aimed at."""
    armed = words.harm_words | words.war_means_words | words.given_thing_nouns
    for p in tok.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ not in ("with", "by"):
            continue
        for g in p.subtree:
            if g.i != p.i and (g.lemma_.lower() in armed or g.lower_ in armed):
                return True
    return False


def attempted(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A verb of trying (``attempt_verbs``) with a to-infinitive ("sought to assure Jews",
    "seeking to shore up support among voters", "which seeks to restore equity"): an
    effort of the subject's own, no appeal or request (CAMEO 02), even where a pattern of
    the verb matched words of the infinitive's phrase ("seek ... support"). "Sought talks
    with X", "sought aid from Y" (no infinitive) stay requests."""
    if not code.startswith("02") or tok.lemma_.lower() not in words.attempt_verbs:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.pos_ in ("VERB", "AUX")
        and to_infinitive(c)
        for c in tok.children
    )


def captured_thing(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A capture (``capture_verbs``, CAMEO 17 or 19) of what no one holds: a prize or a
    thing recorded (``won_nouns``, ``published_nouns``: "after capturing the award", "her
    emails were captured and preserved"), as its object, its passive's subject or the noun
    its participle is on; or one by a party of the press alone, a photographer's or a
    camera's ("a photographer captured a small figure"): a picture taken, no arrest."""
    if not (code.startswith("17") or code.startswith("19")):
        return False
    if tok.lemma_.lower() not in words.capture_verbs:
        return False
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        held.append(tok.head)
    things = words.won_nouns | words.published_nouns
    if any(t.lemma_.lower() in things or t.lower_ in things for t in held):
        return True
    return _press_only(source)


def word_mentioned(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A noun of an act quoted alone, as a word, with no party of its own ('words such as
    "attack," "Benghazi"', 'the word "invasion"'): the word is mentioned, not used; no act
    told. A verb quoted ('the rebels "attacked" the town') tells the act in its source's
    word."""
    if tok.pos_ == "VERB" or any(c.dep_ in ("prep", "poss") for c in tok.children):
        return False  # 'the rebels "attacked" the town': an act told in its source's word
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = [t for t in doc[tok.i + 1 : tok.i + 3] if not (t.is_punct and not t.is_quote)]
    return before is not None and before.is_quote and bool(after) and after[0].is_quote


def met_by_doers(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A meeting word (CAMEO 04) in the passive whose "by" agent is told doing something
    ("were met by gunmen lobbing grenades", "was met by protesters chanting slogans"): an
    encounter, whose act is the participle's, no consultation; so is one whose object is a
    kind of person ("has never met an opponent like Dupont"), no party met."""
    if not code.startswith("04") or tok.lemma_.lower() not in words.encounter_verbs:
        return False
    if any(
        c.dep_ == "dobj"
        and any(d.dep_ == "det" and d.lower_ in words.indefinite_articles for d in c.children)
        and any(p.dep_ == "prep" and p.lower_ in words.kind_prepositions for p in c.children)
        for c in tok.children
    ):
        return True  # "has never met an opponent like Dupont": a kind of person, no party
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(
        g.dep_ == "pobj" and any(p.dep_ == "acl" and p.tag_ == "VBG" for p in g.children)
        for c in tok.children
        if c.dep_ == "agent"
        for g in c.children
    )


def crowded_round(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An encirclement (CAMEO 191, ``encirclement_verbs``: "surround") by people who bear
    no arms: its surrounders, the verb's subject or its passive's "by" agent, are no
    armed party and no word of armed men ("was surrounded by inquiring attendees", "lives
    surrounded by Hispanic immigrants", "Trump, surrounded by his three adult siblings",
    "despite being surrounded by veteran Clinton haters"): company or a crowd, no blockade
    of anyone. Troops, police or gunmen around a place or a party stay ("police surrounded
    the hotel"), and so does a passive with no surrounders told ("the town was
    surrounded")."""
    if not code.startswith("191") or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in words.encirclement_verbs:
        return False
    surrounders = [c for c in tok.children if c.dep_ == "nsubj"] + agent_objects(tok)
    # "surrounded by cheering supporters": the parser may take the participle before the
    # agent's noun for a gerund with that noun as its object
    surrounders += [
        o
        for c in tok.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pcomp"
        for o in g.children
        if o.dep_ == "dobj"
    ]
    if not surrounders:
        return False
    if source is not None and not (
        (source.kind == "person" and unarmed_person(source, tok.sent))
        or _unarmed_role(source)
    ):
        return False  # "the army surrounded the town", "Israel surrounded Gaza"
    armed_words = words.war_means_words | words.armed_target_words | words.assailant_nouns
    return not any(
        t.lemma_.lower() in armed_words or t.lower_ in armed_words for t in surrounders
    )


def took_the_helm(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A taking over (``office_taking_phrasals``: "take over", coded 192, occupation) with
    nothing taken, no object, passive subject or noun it is told of ("he took over in
    exceedingly hard times", "since the new management team took over", "the new cabinet
    took over last week"), by no one or by a party whose roles bear no arms (a government
    body's included): an office or a lead taken up, no territory seized. An armed party's
    ("the military took over in 2021", "the Taliban took over") or a state's as a whole
    stays, and so does a taking over of a place ("protesters took over the government
    building")."""
    if not code.startswith("192") or tok.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    if not any(f"{tok.lemma_.lower()} {p}" in words.office_taking_phrasals for p in particles):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) or tok.dep_ in ("acl", "relcl"):
        return False
    if source is None:
        return True
    roles = set(sectors_of(source.code or ""))
    # a cabinet or a new government taking over takes office; an army, a militia or a
    # state as a whole ("Russia took over") may seize
    return bool(roles) and not roles & ((ARMED_ROLES | {"IMG"}) - {"GOV"})


def talked_about(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A consultation (CAMEO 04) told by a verb of talking (``topic_verbs``: "discuss",
    "talk") whose other party is named in the sentence only inside what is talked about,
    its object or its "about"/"on" phrase (``matter_prepositions``): "Roger Stone will
    discuss his new book and Hillary Clinton's campaign", "Bolton discussed the lengths ...
    Hillary Clinton did", "Michele talking about Hillary Clinton": a topic, no one talked
    with. The party talked with, "with" or "to" them or joined to the subject ("X and Y
    discussed the plan"), stays; so does one inside a "with" or "between" phrase of the
    topic (``occasion_partner_prepositions``: "discuss upgrading ties with the island
    nation"), the partner the talks are about."""
    if not code.startswith("04") or target is None or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in words.topic_verbs:
        return False
    topics = [c for c in tok.children if c.dep_ == "dobj"]
    if topics:
        # "discuss his new book and Hillary Clinton's campaign": the parser may join the
        # second object to the verb
        topics += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    topics += prep_objects(tok, tuple(words.matter_prepositions))
    if not topics:
        return False
    sent = tok.sent
    here = [
        (a, b) for a, b in target.mentions if sent.start_char <= a < sent.end_char
    ]
    if not here:
        return False  # the party is named in another sentence: not told here

    def in_topic(a: int) -> bool:
        for t in topics:
            if t.left_edge.idx <= a < t.right_edge.idx + len(t.right_edge):
                # a partner phrase inside the topic ("ties with the island nation")
                for p in t.subtree:
                    if p.dep_ == "prep" and p.lower_ in words.occasion_partner_prepositions:
                        if p.left_edge.idx <= a < p.right_edge.idx + len(p.right_edge):
                            return False
                return True
        return False

    return all(in_topic(a) for a, _b in here)


def matter_of_talks(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An act told by a gerund that is only what talks are about, none done: after a
    preposition of a matter (``act_topic_prepositions``) on a noun of talks, deals or hopes
    (``act_topic_nouns``: "talks about freeing the schoolgirls"), or on a verb whose subject
    is such a noun ("the talks are centered on freeing the hostages", "the negotiations
    focused on releasing the prisoners"), or the object of a verb of talking
    (``topic_verbs``: "discussed lifting sanctions on X"); and the gerunds joined to it
    ("... freeing the schoolgirls and enforcing the truce"). An act bargained over is not
    told done (as its noun is not: ``extract._topic_act``)."""
    if tok.tag_ != "VBG":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.tag_ == "VBG":
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("xcomp", "dobj", "ccomp"):
        return bool(head.pos_ == "VERB" and head.lemma_.lower() in words.topic_verbs)
    if tok.dep_ != "pcomp" or head.lower_ not in words.act_topic_prepositions:
        return False
    on = head.head
    if on.i == head.i or head.dep_ != "prep":
        return False
    if on.pos_ == "NOUN":
        return _talks_noun(on, words)
    if on.pos_ == "VERB":
        return on.lemma_.lower() in words.topic_verbs or any(
            c.dep_ in ("nsubj", "nsubjpass") and _talks_noun(c, words) for c in on.children
        )
    return False


def _talks_noun(noun: Any, words: EventWords) -> bool:
    """Whether a noun is one of talks, deals or hopes (``act_topic_nouns``)."""
    return noun.lower_ in words.act_topic_nouns or noun.lemma_.lower() in words.act_topic_nouns


def imperative_advice(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An act told by an imperative: the sentence's main verb in its base form (tag
    ``VB``), with no subject and no auxiliary, with nothing before it but a conjunction, an
    adverb or punctuation ("Or support Paul Ryan, who will lead the opposition", "Call the
    GOP's bluff on Merrick Garland.", "Just ask former senator Evan Bayh"): the writer's
    advice to the reader, no act of a party (the coding guide codes no opinion of the
    journalist). A quoted imperative (a quotation mark before it) is a speaker's words,
    left to the rules of quotes; "will support", "to back" (an auxiliary) and "they
    support" (a subject) are no imperatives."""
    if tok.tag_ != "VB" or tok.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return False
    before = [t for t in tok.sent if t.i < tok.i]
    return all(t.dep_ in ("cc", "advmod", "punct") and not t.is_quote for t in before)


def lone_body_meeting(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A body that sits (``assembly_verbs``: "the parliament met on Tuesday to approve the
    budget", "the AFL-CIO general board meets June 16", "the cabinet will convene")
    with no partner named: one organization, a singular noun with no other party joined to
    it, meeting with no "with" or "between" phrase (``occasion_partner_prepositions``) and,
    for "meet", no one met. That is the body at work, a meeting of one party with itself, no
    consultation (CAMEO 04) between parties; the coding guide codes meetings between the
    sides that meet ("X met with Y", "X and Y met"), and "the two leaders met" (a plural or
    joined subject), "met with Y" and "convened talks with Y" stay, and so does the sitting
    of an intergovernmental body, whose members are states."""
    if not code.startswith("04") or target is not None or source is None:
        return False
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.assembly_verbs:
        return False
    if source.kind != "organization" or (source.code or "").startswith("IGO"):
        # an intergovernmental body's sitting ("the European Council will meet", "the
        # U.N. Security Council met") is its member states meeting one another
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("xcomp", "conj"):
        # "the board began meeting", "the council met and adopted": the governing verb's
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    body = subjects[0]
    if body.pos_ not in ("NOUN", "PROPN") or body.tag_ not in ("NN", "NNP"):
        return False
    if any(c.dep_ in ("conj", "cc") for c in body.children):
        return False
    # the body's name, or its owner's on it ("the AFL-CIO general board", "the junta's
    # ruling council")
    start, end = body.left_edge.idx, body.right_edge.idx + len(body.right_edge)
    if not any(start <= a < end for a, _b in source.mentions):
        return False
    held = [c for c in tok.children if c.dep_ == "dobj"]
    if held and tok.lemma_.lower() in words.encounter_verbs:
        return False  # "the council met the envoy": someone met
    return not any(
        c.dep_ == "prep" and c.lower_ in words.occasion_partner_prepositions
        for h in (tok, *held)
        for c in h.children
    )


def questioned(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A verb of pressing (``questioning_verbs``) in the passive, on or about a matter or
    for an answer (``answer_nouns``): "was pressed on why he had praised X", "was pressed by
    the host about his remarks", "pressed for specifics, the campaign could not": a person
    questioned, by no one named or by the press, no demand (CAMEO 10); "Turkey was pressed
    by the EU on refugees", "Israel pressed Egypt to close the border" and "the
    United States pressed China for a deal" stay demands."""
    if not code.startswith("10") or tok.lemma_.lower() not in words.questioning_verbs:
        return False
    passive = any(c.dep_ in ("auxpass", "agent") for c in tok.children) or (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children)
    )
    if not passive:
        return False
    if source is not None and source.code and not _press_only(source):
        return False  # "Turkey was pressed by the EU on refugees": pressure
    # the matter may hang on the agent ("pressed by the host, X, about his remarks")
    preps = list(tok.children) + [
        t for c in tok.children if c.dep_ == "agent" for t in c.subtree if t.i != c.i
    ]
    for c in preps:
        if c.dep_ != "prep":
            continue
        if c.lower_ in words.matter_prepositions:
            return True
        if c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words.answer_nouns for g in c.children
        ):
            return True
    return False


def no_protest(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A word of protest (CAMEO 14) that tells none: one that also means 'show'
    (``showing_verbs``) done by one person ("as the senator has demonstrated", "she
    demonstrated her resolve"), a protest being a crowd's or a group's; or a rally
    (``campaign_words``) of a politician, a party or candidates against no one ("Dupont
    held a rally in Lyon", "the candidates rallied in Iowa"; not "an anti-Dupont rally"): a
    campaign event; so is one whose only other party is where it is held ("held a rally at
    Penn State University": the venue, no one protested against)."""
    if code[:2] != "14" or source is None:
        return False
    lemma = str(tok.lemma_).lower()
    if lemma in words.showing_verbs and source.kind == "person":
        return True
    return (
        lemma in words.campaign_words
        and (target is None or _venue(target, tok))
        and _politician(source, tok.sent)
        and not any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)
        and not any(t.lower_ == "anti" or t.lower_.startswith("anti-") for t in tok.lefts)
    )


def quelled_rival(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A foe or a revolt crushed, quashed or rooted out (``quelling_verbs``; force 19,
    repression 17, threatened 13) that tells none: the quelling of a political rival or
    revolt, named by a party or a legislature in or on its object (``vote_body_words``:
    "crushed the Tory rebels", "quashed a revolt by Republican senators", "crushed dissent
    within the Labour party") or coded so (a party as the target), or done by
    a party or a lawmaker ("Pelosi crushed the rebellion"); and a quelling whose subject is
    a thing and no party ("the sanctions would crush the regime's proxies"): a figure of
    speech. "The army crushed the rebels", "police quashed the protests" stay."""
    if code[:2] not in ("13", "17", "19") or tok.lemma_.lower() not in words.quelling_verbs:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    street = any(o.lemma_.lower() in words.protest_act_nouns for o in objects) or (
        target is not None and bool({"OPP", "CVL"} & set(sectors_of(target.code or "")))
    )
    if source is not None and _political_body(source) and not street:
        # a party or lawmaker quelling a rival; not a ruling party crushing street protest
        # ("the Communist Party crushed the protests", `protest_act_nouns`)
        return True
    if target is not None and "PTY" in sectors_of(target.code or ""):
        return True
    if any(o.lemma_.lower() in words.patient_nouns for o in objects):
        # "quashed the convictions of the protesters": a ruling undone, no repression
        return True
    if any(_vote_body(t, words) for o in objects for t in _named_on(o)):
        return True
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return (
        source is None
        and bool(subjects)
        and all(s.pos_ in ("NOUN",) and s.ent_type_ == "" for s in subjects)
    )


def _named_on(noun: Any) -> list[Any]:
    """``noun``, its modifiers and the nouns of its own prepositional phrases with their
    modifiers ("the Tory rebels", "a revolt by Republican senators", "dissent within the
    Labour party"), not deeper ("the protest in front of parliament": a place)."""
    mods = ("amod", "compound", "nmod", "poss")
    out = [noun, *(c for c in noun.children if c.dep_ in mods)]
    for g in prep_objects(noun, ("by", "among", "within", "in", "inside", "from")):
        out += [g, *(c for c in g.children if c.dep_ in mods)]
    return out


def _vote_body(tok: Any, words: EventWords) -> bool:
    return tok.lower_ in words.vote_body_words or tok.lemma_.lower() in words.vote_body_words


def labelled_party(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An accusation (CAMEO 11) or a pledge (03) told only by a past participle that labels
    a noun (``label_participles``: "two Libyans suspected of the bombing", "the accused
    killer", "200 pledged delegates"): the participle says who the noun is, with no one
    who accuses or pledges and no time; no act is told (a passive with its "by" agent, "men
    accused by the police of", still tells the agent's act)."""
    return (
        code[:2] in ("11", "03")
        and tok.tag_ == "VBN"
        and tok.dep_ in ("amod", "acl")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.lemma_.lower() in words.label_participles
        and not agent_objects(tok)
    )


def tallied_support(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """Support (CAMEO 051) told of a counted crowd ("34,000 people supported Trump", "520
    superdelegates have said they support Clinton", "39 have said they support Sanders",
    "thousands of voters backed him"): a tally of supporters, a statistic (the coding
    guide), no act of a party. The doer is the verb's subject, or for a pronoun ("they")
    the subject of the verb of saying or wanting that the verb's clause hangs on, or of a
    passive its "by" agent ("was backed by nearly 6 in 10 of the very liberal voters"); a
    count is a number written in digits or a word of ``count_words`` ("two senators
    endorsed her" is told of its parties; so are states and their officials, counted or
    not)."""
    if code != "051" or tok.pos_ != "VERB":
        return False
    if _state_source(source):
        return False  # "28 member states backed the sanctions": states, each a party
    agents = agent_objects(tok)
    if agents:
        return _counted(agents[0], words)  # "was backed by nearly 6 in 10 of the voters"
    verb = tok
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].pos_ != "PRON":
            return _counted(subjects[0], words)
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _state_source(source: Actor | None) -> bool:
    """Whether an act's source is a state or a state body: a party whose support is an
    act, never a tally or an electorate's opinion."""
    return source is not None and bool(
        source.kind == "state" or set(sectors_of(source.code)) & _STATE_ROLES
    )


def electorate_support(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """Support (CAMEO 05) told of an electorate (``electorate_nouns``: "Latino voters, who
    have typically backed her candidacy", "the angry voters now backing him", "Democratic
    voters are united in supporting the funding", "was backed by voters in the suburbs"):
    what voters favour is a description of opinion, a statistic in all but name (the coding
    guide), no act of a party. The doer is the verb's subject, the noun a relative clause
    or a participle is on, or a passive's "by" agent; a state or a state body as the act's
    source keeps the act."""
    if not code.startswith("05") or tok.pos_ != "VERB":
        return False
    if _state_source(source):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + agent_objects(tok)
    if tok.dep_ in ("relcl", "acl"):
        doers.append(tok.head)
    if tok.dep_ in ("pcomp", "xcomp"):
        # "voters are united in supporting X": the subject of the verb it completes
        verb = tok.head.head if tok.head.dep_ == "prep" else tok.head
        doers += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        t.pos_ == "NOUN" and t.tag_ != "WP" and t.lemma_.lower() in words.electorate_nouns
        for t in doers
    )


def _counted(noun: Any, words: EventWords) -> bool:
    """Whether a subject is a count of people: a number in digits itself ("39 have
    said") or one on it ("520 superdelegates"), or a count word ("thousands of voters")."""

    def tally(t: Any) -> bool:
        return (t.pos_ == "NUM" and any(ch.isdigit() for ch in t.text)) or (
            t.lower_ in words.count_words
        )

    return tally(noun) or any(c.dep_ == "nummod" and tally(c) for c in noun.children)


def _venue(target: Actor, tok: Any) -> bool:
    """Whether every mention of ``target`` in the act's sentence is the object of "at" or
    "in" on the act's word or the light verb that governs it ("held a rally at the
    university", "rallied in Lyon"): the place of the act, no party to it."""
    words = [tok, tok.head] if tok.dep_ in ("dobj", "attr") else [tok]
    places = [
        (g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))
        for w in words
        for c in w.children
        if c.dep_ == "prep" and c.lower_ in ("at", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    sent = (tok.sent.start_char, tok.sent.end_char)
    here = [(s, e) for s, e in target.mentions if sent[0] <= s < sent[1]]
    return bool(here) and all(any(a <= s and e <= b for a, b in places) for s, e in here)


#: roles of a contest of votes and words: parties, candidates, lawmakers
POLITICAL_ROLES = frozenset({"PTY", "ELI", "LEG"})


def _politician(actor: Actor, sent: Any) -> bool:
    """A person who bears no arms and holds no office of state (a lawmaker, a candidate),
    or a party or candidates as a group: one whose fights are of votes and words."""
    return (unarmed_person(actor, sent) and _unarmed_role(actor)) or _political_body(actor)


def _candidate(actor: Actor, sent: Any) -> bool:
    """A politician (:func:`_politician`) whose code has a role of a contest of votes (a
    party, a candidate, a lawmaker): not a journalist or a citizen ("his battles with the
    anchor" stay words)."""
    return _politician(actor, sent) and bool(set(sectors_of(actor.code or "")) & POLITICAL_ROLES)


def _political_body(actor: Actor) -> bool:
    """A party, candidates or lawmakers as a group ("the Democratic Party", "the Republican
    candidates"): every role in its code is one of :data:`POLITICAL_ROLES`."""
    roles = set(sectors_of(actor.code or ""))
    return bool(roles) and roles <= POLITICAL_ROLES


def _unarmed_role(actor: Actor) -> bool:
    """A role in the actor's code, none of which bears arms or holds office of state (a
    lawmaker, a candidate, a party, a citizen); a bare country ("rustlers" coded KEN) may be
    armed."""
    roles = set(sectors_of(actor.code or ""))
    return bool(roles) and not roles & (ARMED_ROLES | {"IMG"})


#: the sectors of a party that is clearly no authority to try anyone: a group of citizens
#: or of rights campaigners, the press, a party or the opposition
_NO_AUTHORITY_ROLES = frozenset({"NGO", "HRI", "MED", "OPP", "PTY"})


def _charged_by_no_authority(a: Act) -> bool:
    """A legal charge (173) laid by a party that clearly holds no power to try anyone: a
    verb of laying a wrong on someone (``allegation_verbs``: "charged", "indicted") in the
    active voice whose named doer is a rights group, a non-governmental body, the press, a
    party or the opposition (``_NO_AUTHORITY_ROLES``) and no state body, or a published
    text ("Amnesty charged the police with torture", "a report charging the army with war
    crimes", "the report charged the army with genocide"), or one said with no one charged
    ("'You called women fat pigs,' Kelly charged"): an accusation (CAMEO 112). A passive
    ("was charged with murder") is the authorities'; so is a charge laid by an
    international body (Europol, Interpol), a person of no such sector (a prosecutor, a
    special counsel) or a state."""
    if a.code != "173" or a.lemma not in a.words.allegation_verbs:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in a.tok.children):
        return False
    if a.tok.dep_ == "acl" and a.tok.tag_ == "VBN":
        return False  # "three men charged with murder": charged by the authorities
    subjects = [c for c in a.tok.children if c.dep_ == "nsubj"]
    if any(c.lemma_.lower() in a.words.published_nouns for c in subjects):
        return True  # "the report charged the army with genocide"
    roles = set(sectors_of(a.source.code or "")) if a.source is not None else set()
    if a.source is not None and (
        a.source.kind in ("state", "place") or roles & (_STATE_ROLES | {"LEG"})
    ):
        return False
    head = a.tok.head
    if a.tok.tag_ == "VBG" and (
        (a.tok.dep_ == "acl" and head.lemma_.lower() in a.words.published_nouns)
        or (
            a.tok.dep_ == "advcl"
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in a.words.published_nouns
                for c in head.children
            )
        )
    ):
        return True  # "issued a report charging the army with war crimes"
    if a.source is None:
        return False
    if subjects and not any(c.dep_ in ("dobj", "obj") for c in a.tok.children):
        # "'You called women fat pigs,' Kelly charged": a charge said, no one charged
        return True
    return bool(roles & _NO_AUTHORITY_ROLES) and "IGO" not in roles


def _leaves_organisation(a: Act) -> bool:
    return (
        a.code == "087"
        and a.target is not None
        and (a.target.code or "").startswith("IGO")
        and a.source is not None
        and not is_fighting_force(a.source.code)
    )


def _occupation(a: Act) -> bool:
    return a.force("18", "19") and civilian(a.source) and a.lemma in a.words.occupation_words


def _riot(a: Act) -> bool:
    if not a.force("18", "19") or a.lemma not in a.words.riot_words:
        return False
    if a.lemma in a.words.occupation_words:
        return False
    if a.source is None:
        # "clashes with police", "clashes with protesters": by no one named, with the
        # police or with people who bear no arms, the clash is a street's
        police = a.target is not None and "COP" in sectors_of(a.target.code)
        return police or civilian(a.target)
    return civilian(a.source) and state_force(a.target)


def _repressed_riot(a: Act) -> bool:
    """A street fight (a word of ``riot_words``: "clashed with", "fought", "battled") by
    police or soldiers with people who bear no arms, named by their role (protesters,
    students, workers, farmers, refugees): violent repression (CAMEO 175), the other side
    of their riot (145, :func:`_riot`), not combat between armed forces (190). "Police
    clashed with students", "clashes between opposition activists and police" read from the
    police's side; a fight with rebels, militants or another army stays force."""
    if not a.force("18", "19") or a.lemma not in a.words.riot_words:
        return False
    if a.lemma in a.words.occupation_words:
        return False
    if not state_force(a.source) or state_force(a.target):
        return False
    return civilian(a.target) or _crowd_target(a)


def crowd_noun(noun: Any, source: Actor | None, target: Actor | None, words: EventWords) -> bool:
    """Whether ``noun``, the head noun of the party ``target`` a fight is with, names a
    crowd though the party's code names no crowd role: a noun of people or of a crowd
    (``people_nouns``, ``bare_crowd_nouns``: "Palestinian youths", "supporters of the
    jailed leader", "villagers"), or a people's name (a demonym: "ethnic Albanians") whose
    party has no role, fought by police (who fight no army); never a party whose code
    names an armed role ("armed gangs", "a militant cell"). The word side of
    :func:`civilian`, which reads the party's code: a people's code is its country's
    alone ("ethnic Albanians": ALB), which :func:`civilian` takes for no role."""
    code = target.code or "" if target is not None else ""
    if set(sectors_of(code)) & ARMED_ROLES or code.startswith("IMG"):
        return False  # "armed gangs", "a cell of militants": a party to armed conflict
    lemma = noun.lemma_.lower()
    if lemma in words.people_nouns or lemma in words.bare_crowd_nouns:
        return True
    return (
        noun.ent_type_ == "NORP"
        and target is not None
        and not sectors_of(target.code or "")
        and source is not None
        and "COP" in sectors_of(source.code or "")
    )


def crowd_fought(
    tok: Any,
    holds: Callable[[Any], bool],
    source: Actor | None,
    target: Actor | None,
    words: EventWords,
) -> bool:
    """Whether the fight ``tok`` is with a crowd: the noun of a "with" phrase of the verb
    or of its object ("clashed with Palestinian youths", "exchanged blows with
    supporters") whose words hold the party ``target`` (``holds`` tells a token of it) is
    a noun of a crowd (:func:`crowd_noun`)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(
        any(holds(t) for t in g.subtree) and crowd_noun(g, source, target, words)
        for h in heads
        for g in prep_objects(h, ("with",))
    )


def _crowd_target(a: Act) -> bool:
    """The act's target, named in a "with" phrase of its word or of its object ("clashed
    with Palestinian youths"), is a crowd by its head noun (:func:`crowd_fought`)."""
    target = a.target
    if target is None or not target.mentions:
        return False
    spans = target.mentions
    return crowd_fought(
        a.tok,
        lambda t: any(start <= t.idx < end for start, end in spans),
        a.source,
        target,
        a.words,
    )


def _state_block(a: Act) -> bool:
    """A block (144) by a state, its government, its forces or its police ("officials
    blocked off an area", "soldiers blocked the road to the town")."""
    src = a.source
    if a.code != "144" or src is None:
        return False
    return (src.kind == "state" and len(src.code or "") == 3) or bool(
        set(sectors_of(src.code or "")) & {"GOV", "MIL", "COP", "SPY"}
    )


def _police_search(a: Act) -> bool:
    return (
        a.force("18", "19")
        and a.lemma in a.words.police_search_words
        and a.source is not None
        and "COP" in sectors_of(a.source.code)
        and a.target is not None
        and not is_fighting_force(a.target.code)
    )


def _air_bombing(a: Act) -> bool:
    tok = a.tok
    return (
        a.code == "183"
        and tok.dep_ == "compound"
        and tok.head.lemma_.lower() in a.words.air_campaign_words
    )


def doers(tok: Any) -> list[Any]:
    """The words that tell what does the act of ``tok``: its subject, its passive's "by"
    agent or "in" phrase ("killed in an explosion"), or the noun its relative clause or
    participle is on ("the blasts which killed", "a wreck that killed"); a verb joined
    with no subject of its own has its first verb's."""
    found = [c for c in tok.children if c.dep_ == "nsubj"]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "conj")
    )
    # passives joined ("were killed and wounded in the blasts") share their phrase
    joined = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN")]
    if tok.dep_ == "conj" and tok.head.tag_ == "VBN":
        joined.append(tok.head)
    for v in joined:
        for c in v.children:
            if c.dep_ == "agent" or (passive and c.dep_ == "prep" and c.lower_ == "in"):
                found.extend(g for g in c.children if g.dep_ == "pobj")
    if tok.dep_ in ("relcl", "acl") and (not found or all(f.tag_ in ("WDT", "WP") for f in found)):
        found = [f for f in found if f.tag_ not in ("WDT", "WP")] + [tok.head]
    if not found and tok.dep_ == "conj":
        return doers(tok.head)  # "the bombing killed one and wounded ten": one doer
    return found


def _named_by(tok: Any, words: frozenset[str]) -> bool:
    """The noun ``tok``, or a compound word before it ("a car bomb attack"), is one of
    ``words``."""
    return tok.lemma_.lower() in words or any(
        c.dep_ == "compound" and c.lemma_.lower() in words for c in tok.children
    )


def blast_noun(noun: Any, words: EventWords) -> bool:
    """Whether ``noun`` names a bomb or its blast set off (``explosion_words``; a bomb word
    before a ``blast_act_heads`` noun, "a bomb attack"; a ``event_quantifiers`` noun of
    them, "a series of explosions"), not a figure ("an explosion of anger",
    ``blast_figure_nouns`` with "of"), an accident ("a gas explosion", "an explosion at a
    chemical plant", ``blast_mishap_words`` before it or at its place) or a thing that is
    no blast ("bomb threats", "a bomb scare": another head)."""
    lemma = noun.lemma_.lower()
    if lemma in words.event_quantifiers:
        return any(
            g.dep_ == "pobj" and blast_noun(g, words)
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        )
    if lemma not in words.explosion_words and not (
        lemma in words.blast_act_heads
        and any(
            c.dep_ == "compound" and c.lemma_.lower() in words.explosion_words
            for c in noun.children
        )
    ):
        return False
    of_objects = prep_objects(noun, ("of",))
    if (
        lemma in words.blast_figure_nouns
        and of_objects
        and not any(_bomb_named(g, words) for g in of_objects)
    ):
        # "an explosion of anger", not "the blast of a roadside bomb"
        return False
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    named_bomb = lemma not in words.blast_figure_nouns or any(
        _bomb_named(k, words) for k in kinds
    )
    for p in noun.children:
        if not named_bomb and p.dep_ == "prep" and p.lower_ in words.act_place_prepositions:
            # the place tells an accident only for a blast no bomb is named on ("an
            # explosion at a chemical plant"; not "a bomb blast at a bus depot")
            kinds += [g for g in p.children if g.dep_ == "pobj"]
    kinds += [m for k in list(kinds) for m in k.children if m.dep_ in ("compound", "amod")]
    return not any(
        k.lemma_.lower() in words.blast_mishap_words or k.lower_ in words.blast_mishap_words
        for k in kinds
    )


def _bomb_named(tok: Any, words: EventWords) -> bool:
    """Whether ``tok`` names a bomb or other device set off: a word of ``explosion_words``
    that is no bare blast (``blast_figure_nouns``), or a noun a word of
    ``improvised_bomb_modifiers`` is on ("a suicide vest", "a roadside device")."""
    lemma = tok.lemma_.lower()
    if lemma in words.explosion_words and lemma not in words.blast_figure_nouns:
        return True
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in words.improvised_bomb_modifiers
        for c in tok.children
    )


def _bombing(a: Act) -> bool:
    """A killing or wounding (190) done by a bomb or its blast ("killed in an explosion",
    "the blasts which killed 70"), by no state's armed force: a non-military bombing."""
    if a.code != "190":
        return False
    if a.source is not None and a.source.code and "MIL" in sectors_of(a.source.code):
        return False
    return any(_named_by(d, a.words.explosion_words) for d in doers(a.tok)) or _blast_when(
        a.tok, a.words
    )


def _blast_when(tok: Any, words: EventWords) -> bool:
    """A killing or wounding told with the blast that did it in a clause of the same
    occasion (``time_clause_words``: "five soldiers were killed when a roadside bomb
    exploded", "as a bomb went off"): the clause's subject, a bomb or its blast
    (``explosion_words``), did it."""
    return any(
        c.dep_ == "advcl"
        and any(
            m.dep_ in ("advmod", "mark") and m.lower_ in words.time_clause_words
            for m in c.children
        )
        and any(s.dep_ == "nsubj" and blast_noun(s, words) for s in c.children)
        for c in tok.children
    )


def _state_bombing(a: Act) -> bool:
    """A bombing (183) named by its noun ("bombing", ``explosion_words``) whose doer is a
    state, its government or its forces, with no word of a bomb no state drops on it
    (``improvised_bomb_modifiers``: "car bombing", "suicide bombing"): "the Israeli bombing
    of Gaza", "Russia's bombing of Aleppo", "soldiers accused of the bombing of the
    base". A state's bombing is by its armed forces, aerial (195); CAMEO 183 is
    non-military bombing, and irregulars' bombing stays 183 (``irregular.tsv``)."""
    tok, src = a.tok, a.source
    if a.code != "183" or tok.pos_ != "NOUN" or src is None or not src.code:
        return False
    if tok.lemma_.lower() not in a.words.explosion_words or is_irregular(src.code):
        return False
    if any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in a.words.improvised_bomb_modifiers
        for c in tok.children
    ):
        return False
    return _state_or_forces(src)


def _state_or_forces(src: Actor) -> bool:
    """Whether a doer is a state: a country's code alone ("Russian bombs": RUS), or its
    government or forces."""
    return (len(src.code or "") == 3 and src.code == src.country) or bool(
        set(sectors_of(src.code or "")) & {"GOV", "MIL"}
    )


def _state_bomb(a: Act) -> bool:
    """A bombing (183), or a killing (190) a bomb does, by a bomb that is a state's: its
    doer a state, its government or its forces ("Russian bombs hit a hospital", "a U.S.
    bomb hit a wedding party"), or a bomb only states drop (``state_bomb_modifiers``:
    "barrel bombs", "coalition bombs"). Such bombs are aerial weapons (195)."""
    if a.code not in ("183", "190"):
        return False
    # the bomb itself does it, as the verb's subject (not "the bombing of X", whose doer
    # is told elsewhere and often misread)
    bombs = [d for d in doers(a.tok) if d.lemma_.lower() in a.words.explosion_words]
    if not bombs or any(
        c.dep_ in ("compound", "amod") and c.lower_ in a.words.improvised_bomb_modifiers
        for d in bombs
        for c in d.children
    ):
        # no bomb, or one no state drops: "a Somali car bomb", "an Afghan roadside bomb"
        return False
    src = a.source
    if (
        src is not None
        and _state_or_forces(src)
        # named on the bomb itself ("Russian bombs"), not a doer told elsewhere
        and any(
            start <= t.idx < end
            for d in bombs
            for t in (d, *d.children)
            for start, end in src.mentions
        )
    ):
        return True
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in a.words.state_bomb_modifiers
        for d in bombs
        for c in d.children
    )


def _assailant(a: Act) -> bool:
    """A killing or wounding (190) done by a lone or irregular assailant ("killed by a
    sniper", "a gunman shot two", "a sniper's bullet killed him"), or an act noun such an
    assailant modifies ("three sniper attacks on abortion providers"), by no armed force
    named: unconventional violence."""
    if a.code != "190":
        return False
    code = a.source.code if a.source is not None else None
    if code and (len(code) == 3 or set(sectors_of(code)) & STATE_FORCE_ROLES):
        return False  # a state's own force: "army snipers", "Peru's gunmen"
    if a.target is not None and is_fighting_force(a.target.code):
        return False  # irregulars' fight against a state or its forces stays 19
    words = a.words.assailant_nouns
    if a.tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in words or c.lemma_.lower() in words)
        for c in a.tok.children
    ):
        return True  # "three sniper attacks on abortion providers", "gunman attack"
    return any(
        d.lemma_.lower() in words
        or d.lower_ in words
        or any(c.dep_ in ("poss", "compound") and c.lower_ in words for c in d.children)
        for d in doers(a.tok)
    )


def _private_killer(a: Act) -> bool:
    """A killing or wounding (190) whose doer is a person who holds no office and bears
    no arms by role (a name with no role, a citizen, a doctor: "Nidal Hasan, who killed 13
    people at Fort Hood", "Kopp shot Dr. Short"; no plural doer), of no fighting force: one
    person's violence is unconventional (18), not a battle between forces (19)."""
    if a.code != "190" or a.source is None or a.source.kind != "person":
        return False
    code = a.source.code or ""
    if code.startswith(("IMG", "IGO", "NGO")):
        return False
    if not set(sectors_of(code)) <= (CIVIL_ROLES - {"OPP"}) | {"BUS"}:
        return False
    if not unarmed_person(a.source, a.tok.sent):
        return False  # with no role, a name the parser takes for a person's, no people
    if any(d.tag_ in ("NNS", "NNPS") for d in doers(a.tok)):
        return False  # "rustlers from the Pokot tribe", "Ottoman Turks": a group's raid
    if _retort(a):
        return False  # "Smith shot back: 'Never.'": words, the statement's sense recodes it
    return a.target is None or not is_fighting_force(a.target.code)


#: roles of people who bear no arms by their calling: citizens, teachers, doctors, clergy,
#: farmers, workers, refugees, business people, the press and aid workers
UNARMED_PEOPLE_ROLES = (CIVIL_ROLES - {"OPP"}) | {"BUS", "MED", "NGO"}


def unarmed_people(actor: Actor) -> bool:
    """Whether an actor is a group of people who bear no arms by their calling ("doctors",
    "villagers", "aid workers", "journalists"): a group whose code has roles, all of
    ``UNARMED_PEOPLE_ROLES`` (no party, armed body, government or state)."""
    if actor.kind != "group" or not actor.code or actor.code.startswith(("IGO", "IMG")):
        return False
    roles = set(sectors_of(actor.code))
    return bool(roles) and roles <= UNARMED_PEOPLE_ROLES


def _unknown_killer(a: Act) -> bool:
    """A killing or wounding (190) of a person who bears no arms (``unarmed_person``: "Dr.
    Slepian was shot in his kitchen", "Giffords was wounded in a shooting"), or of a group
    of such people (``unarmed_people``: "five aid workers were shot dead", "doctors were
    killed"), by no one the
    sentence names, with no means or scene of war in it (``war_means_words``: "killed in an
    airstrike", "shot during clashes", "by soldiers" stay 19): a murder or an
    assassination, unconventional violence (18), no battle between forces."""
    if a.code != "190" or a.source is not None or a.target is None:
        return False
    if not (unarmed_person(a.target, a.tok.sent) or unarmed_people(a.target)):
        return False
    war = a.words.war_means_words
    return not any(t.lemma_.lower() in war or t.lower_ in war for t in a.tok.sent)


def _murder(a: Act) -> bool:
    """A killing or wounding (190) the word names a murder (``murder_words``: "three
    doctors have been murdered", "the murder of Laquan McDonald by a police officer"): a
    crime of violence (18), whoever did it, unless a state's armed force did it or a
    fighting force suffered it (its killings stay 19)."""
    if a.code != "190" or not {a.lemma, a.tok.lower_} & a.words.murder_words:
        return False
    if a.source is not None and set(sectors_of(a.source.code or "")) & {"MIL", "PKO"}:
        return False
    return a.target is None or not is_fighting_force(a.target.code)


def _assault_of_unknown_or_assailant(a: Act) -> bool:
    return (
        _unknown_assault(a)
        or _assailant(a)
        or _private_killer(a)
        or _unknown_killer(a)
        or _murder(a)
    )


#: roles of a state's own armed and governing bodies
STATE_FORCE_ROLES = frozenset({"MIL", "COP", "PKO", "SPY", "GOV"})

#: named-entity types of places: a town, a region, a building
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _seized_place(a: Act) -> bool:
    """A word of seizing (``seizure_words``) whose object, or the noun its participle
    follows or its passive subject, is the name of a place ("rebels captured Aleppo",
    "East Jerusalem, captured by Israel in 1967") or a noun of a place (``place_nouns``:
    "seizing seven districts", "captured the town"): land taken, not a person detained
    nor property confiscated. A name the parser tagged as no place counts when the party
    it names is a state's place ("M23 rebels captured Goma": the town read as its state,
    ``_names_state``)."""
    if not a.force("17", "19") or a.code.startswith("192") or a.lemma not in a.words.seizure_words:
        return False
    tok = a.tok
    seized = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        seized.append(tok.head)
    return any(
        t.ent_type_ in PLACE_ENTITIES
        or t.lemma_.lower() in a.words.place_nouns
        or _names_state(a.target, t)
        for t in seized
    )


def _names_state(actor: Actor | None, t: Any) -> bool:
    """Whether the proper name ``t`` is a mention of ``actor`` and ``actor`` is a state
    (a country, or a town or region the actor table reads as its country)."""
    if actor is None or actor.kind != "state" or t.pos_ != "PROPN":
        return False
    return any(start <= t.idx < end for start, end in actor.mentions)


def _unknown_assault(a: Act) -> bool:
    # the attack named, or the subject (or the antecedent) of the verb of killing it is
    # told by
    tok = a.tok
    named = (
        a.lemma == "attack"
        or any(c.dep_ == "nsubj" and c.lemma_.lower() == "attack" for c in tok.children)
        or (tok.dep_ == "relcl" and tok.head.lemma_.lower() == "attack")
    )
    return a.code == "190" and _unnamed(a.source) and _unnamed(a.target) and named


def _press_only(actor: Actor | None) -> bool:
    """A party every role of whose code is the press's (``PRESS_ROLES``): a photographer,
    a reporter, a camera's."""
    roles = set(sectors_of(actor.code or "")) if actor is not None else set()
    return bool(roles) and roles <= PRESS_ROLES


def _unnamed(actor: Actor | None) -> bool:
    """No party, or one with no code (a place's name read as a party: "the Nice attack")."""
    return actor is None or not actor.code


#: roles of the press: words to it, or its talking with someone (an interview), are told
#: in public, no consultation or pledge between the two
PRESS_ROLES = frozenset({"MED"})
#: roles of the public: talking to or with it ("spoke with voters") is campaigning or
#: speech, no consultation
PUBLIC_ROLES = frozenset({"CVL"})
#: roles of a body one speaks "to" by addressing it: a legislature
ADDRESSED_ROLES = frozenset({"LEG"})


def _public_words(a: Act) -> bool:
    """Words to the press ("spoke to reporters", "assured reporters that"), the press
    talking with someone ("the station spoke with experts"), a meeting or a call with the
    press ("met with reporters", "a meeting with journalists", "on a conference call with
    reporters": an interview or a briefing), or a word
    of talking (``topic_verbs``: talk, speak, discuss) "to" a body or a legislature ("spoke
    to parliament", "speaking to lawmakers") or to or with the public ("talking to voters
    about health care"): speech before an audience."""
    if a.target is None:
        return False
    press = bool(set(sectors_of(a.target.code or "")) & PRESS_ROLES)
    if a.force("03") and press:
        return True
    if not a.force("04"):
        return False
    press = press or bool(
        a.source is not None and set(sectors_of(a.source.code or "")) & PRESS_ROLES
    )
    if press and a.code.startswith(("040", "041")):
        # a meeting or a call ("a conference call with reporters"), not a visit: a visit
        # to a broadcaster stays a visit
        return True
    if a.lemma not in a.words.topic_verbs:
        return False
    if press or set(sectors_of(a.target.code or "")) & PUBLIC_ROLES:
        return True
    to = any(c.dep_ == "prep" and c.lower_ == "to" for c in a.tok.children)
    return to and (
        a.target.kind == "organization"
        or bool(set(sectors_of(a.target.code or "")) & ADDRESSED_ROLES)
    )


def _assured_fact(a: Act) -> bool:
    """An assurance (``assurance_verbs``) of something that is so, not of an act to come:
    no future auxiliary in what is assured."""
    if not a.force("03") or a.lemma not in a.words.assurance_verbs:
        return False
    future = a.words.negated_future_auxiliaries
    return not any(
        g.dep_ == "aux" and g.lower_ in future
        for c in a.tok.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
    )


def _welcomed_thing(a: Act) -> bool:
    """A welcome (``welcome_verbs``) of a thing, not of a party: its object's head, or in
    the passive its subject's, is no mention of the party it names ("welcomed China's
    offer", "welcomed its support", "Berlin's pledge was welcomed by its allies")."""
    if not a.code.startswith("043") or a.lemma not in a.words.welcome_verbs or a.target is None:
        return False
    objs = [c for c in a.tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and not any(s <= c.idx < e for c in objs for s, e in a.target.mentions)


def _sheltered(a: Act) -> bool:
    """Hosting or welcoming refugees or migrants (043, or 051 a welcome was read as):
    shelter given, no visit and no approval."""
    welcome = a.code == "051" and a.lemma in a.words.welcome_verbs
    return (
        (a.code.startswith("043") or welcome)
        and a.target is not None
        and "REF" in sectors_of(a.target.code or "")
    )


def _statement(a: Act) -> bool:
    return (
        _public_words(a)
        or _assured_fact(a)
        or _public_precaution(a)
        or _retort(a)
        or _attraction(a)
        or _hazard_warning(a)
    )


def _foreign_ban(a: Act) -> bool:
    return a.code.startswith("172") and foreign_party(a.source, a.target)


def _blow_returned(a: Act) -> bool:
    """A retort coded as words (111, "hit back at") by a state, government or armed party
    at a fighting force (an army, an armed group), not at one person in it: a blow
    returned, force, not criticism."""
    return (
        a.code == "111"
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in a.tok.children)
        and a.source is not None
        and is_armed(a.source.code)
        # a leader's "hit back at the Taliban" told as done is words; vowed, a blow
        and (a.source.kind != "person" or a.tok.dep_ == "xcomp")
        and a.target is not None
        and a.target.kind != "person"  # "hit back at the army chief": words at a person
        and is_fighting_force(a.target.code)
    )


def _told_to(tok: Any) -> list[Any]:
    """What a warning tells the warned to do or not to do: its to-infinitive ("warned
    residents to stay indoors") or what follows its "against" ("warned citizens against
    travel", "against visiting the region")."""
    told = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)]
    told += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    return told


def _public_advice(a: Act) -> bool:
    """A warning (``warning_heads``, not a threat word) to the public, a party of ordinary
    people (residents, citizens, parents: CVL), of what they are to do or not to do
    themselves ("warned residents to stay indoors", "warned citizens against travel to
    Syria"): advice, a caution, no threat of the warner's own act (CAMEO 13). One with a
    price to pay (``penalty_verbs``: "to leave or face arrest") stays a threat, as does one
    to an adversary ("warned Israel against further provocation") or one of what the warner
    will do ("warned residents they would be evicted": no to-infinitive), or one by a
    fighting force, which can carry it out ("the militia warned villagers to leave")."""
    if a.code != "130" or a.target is None or not a.target.code:
        return False
    if a.lemma not in a.words.warning_heads or a.lemma in a.words.threat_heads:
        return False
    roles = set(sectors_of(a.target.code))
    if not roles or not roles <= PUBLIC_ROLES:
        return False
    if a.source is not None and is_fighting_force(a.source.code):
        return False  # an army's or a militia's "warned villagers to leave": coercive
    told = _told_to(a.tok)
    return bool(told) and not any(
        t.lemma_.lower() in a.words.penalty_verbs for c in told for t in c.subtree
    )


#: roles of a party a warning of how to be is a veiled threat to: a state's bodies, its
#: officials and lawmakers, armed groups
_THREATENED_ROLES = _STATE_ROLES | {"ELI", "LEG"} | ARMED_ROLES


def _caution_urged(a: Act) -> bool:
    """A warning (``warning_heads``, not a threat word) to anyone of how to be, its
    to-infinitive a copula with an adjective ("warned the WHO to be cautious about
    declaring a pandemic", "warned travellers to be vigilant"): advice, a caution, no threat
    of the warner's own act (CAMEO 13). One with a price to pay
    (``penalty_verbs``) stays a threat, as does one to be ready "for" something ("warned
    Iran to be ready for a response"), and so does one to a state, its government or an
    armed party of a country ("warned North Korea to be careful": a veiled threat between
    states), unless an international body warns it ("the IMF warned governments to be
    careful"): advice is given to a public, travellers, governments in general, or by an
    international organisation."""
    if a.code != "130" or a.lemma not in a.words.warning_heads or a.lemma in a.words.threat_heads:
        return False
    if (
        a.target is not None
        and a.target.country
        and (a.target.kind == "state" or set(sectors_of(a.target.code)) & _THREATENED_ROLES)
        and (a.source is None or (a.source.code or "")[:3] not in ("IGO", "NGO"))
    ):
        return False
    told = _told_to(a.tok)
    if not told or any(t.lemma_.lower() in a.words.penalty_verbs for c in told for t in c.subtree):
        return False
    return all(
        t.lemma_.lower() == "be"
        and any(
            c.dep_ == "acomp"
            and c.pos_ == "ADJ"
            and not any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
            for c in t.children
        )
        for t in told
    )


def _public_precaution(a: Act) -> bool:
    """An appeal (CAMEO 02) to the public, a party of ordinary people or businesses
    (``private_roles``: consumers, residents, farmers) or to no party geowire codes
    ("urged consumers to throw out spinach"), to take a precaution of its own
    (``precaution_verbs``: throw out, boil, avoid, stay indoors, get vaccinated): safety
    advice about a product or a hazard, no political appeal (as a warning to the public
    is advice, :func:`_public_advice`). An appeal to a coded state, government or armed
    party ("urged Iran to avoid escalation") stays one, as does one whose appealer is a
    fighting force."""
    if not a.force("02"):
        return False
    if a.target is not None and a.target.code:
        roles = set(sectors_of(a.target.code))
        if not roles or not roles <= a.words.private_roles:
            return False
    if a.source is not None and is_fighting_force(a.source.code):
        return False
    told = _told_to(a.tok) + _urged_clauses(a.tok)
    return bool(told) and all(_precaution(t, a.words) for t in told)


def _urged_clauses(tok: Any) -> list[Any]:
    """The clauses with a subject of their own that an appeal asks for ("urging that
    people get the vaccine"), besides its to-infinitive (:func:`_told_to`)."""
    return [
        c
        for c in tok.children
        if c.dep_ == "ccomp"
        and not to_infinitive(c)
        and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
    ]


def _precaution(told: Any, words: EventWords) -> bool:
    """Whether a told act is a precaution of the public's own: one of ``precaution_verbs``
    ("boil their water"), or care taken (``care_taking_verbs`` with one of
    ``precaution_nouns`` as its object: "receive a flu shot", "get the vaccine")."""
    lemma = told.lemma_.lower()
    if lemma in words.precaution_verbs:
        return True
    return lemma in words.care_taking_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.precaution_nouns for c in told.children
    )


def _attraction(a: Act) -> bool:
    """An appeal (CAMEO 02) told by one of ``attraction_words`` "to" someone with no request
    named: "Trump's appeal to working-class voters", "appealing to Republican voters",
    "meant to appeal to millennials" tell the draw a candidate, a message or a thing has
    for people, not a request. A request names what is asked (a to-infinitive or a clause:
    "appealed to them not to vote for hatred", "appealing to the combatants to stop the
    bloodletting") or what for ("appealed for aid"), or is made to a state, a government,
    an armed party or an organisation ("the Palestinians appealed to Russia")."""
    if not a.force("02") or a.lemma not in a.words.attraction_words:
        return False
    tok = a.tok
    if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children) or _asked_infinitive(tok):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in (*tok.children, *_addressees(tok))):
        return False
    target = a.target
    if target is None or not target.code:
        return True
    return target.kind not in ("state", "organization") and not (
        set(sectors_of(target.code)) & (_STATE_ROLES | {"IGO", "NGO", "REB", "INS"})
    )


def _addressees(tok: Any) -> list[Any]:
    """The children of the words "to" names after ``tok`` and of their conjuncts, where the
    parser hangs a "for" phrase said of the whole appeal ("appealed to Kibaki and Odinga
    for cooperation": "for" on Odinga)."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    for x in (g, *g.conjuncts):
                        out.extend(x.children)
    return out


def _asked_infinitive(tok: Any) -> bool:
    """Whether a to-infinitive in the phrase of ``tok`` tells what is asked, wherever the
    parser hung it ("appealed to world opinion, and American opinion in particular, to help
    prevent ...": on the verb as a conjunct, or on the addressee); not one in a relative
    clause ("voters who want to change things")."""
    for t in tok.subtree:
        if t.i == tok.i or not to_infinitive(t):
            continue
        up = t
        while up.i != tok.i and up.dep_ != "relcl" and up.head.i != up.i:
            up = up.head
        if up.i == tok.i:
            return True
    return False


def _hazard_warning(a: Act) -> bool:
    """A threat (CAMEO 13) told by a noun of warning (``warning_nouns``) about a matter
    ("on", "about": ``matter_prepositions``) and given to no party ("to", "against"):
    "issued a warning on cantaloupes from a Honduran company", "an alert about an
    outbreak", "dire warnings about terrorism" caution about a hazard or a matter, no
    threat; "a warning to Israel", "warned Iraq of strikes" stay threats."""
    tok = a.tok
    if not a.force("13") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if a.lemma not in a.words.warning_nouns:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return bool(preps & a.words.matter_prepositions) and not preps & {"to", "against"}


def _worries(a: Act) -> list[Any]:
    """The nouns of worry (``worry_nouns``) that tell an act: its word, or its word's
    object ("expressed concern", "voiced fears")."""
    tok = a.tok
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]
    return [n for n in nouns if n.lemma_.lower() in a.words.worry_nouns]


def _worry_at_no_one(a: Act) -> bool:
    """Criticism (CAMEO 11) told by a noun of worry (``_worries``: "voiced concern about
    unrest in the country", "expressed concerns about the cost of the regulation") with no
    party it is aimed at: a worry about a situation or a matter is a pessimistic comment
    (CAMEO 012), no disapproval of anyone; concern about a party or its act ("voiced
    concern about X's talks with Y", the party its target) stays criticism."""
    return a.force("11") and a.target is None and bool(_worries(a))


def _feared_possibility(a: Act) -> bool:
    """Criticism (CAMEO 11) told by a noun of worry (``worry_nouns``: "expressed concern",
    "voiced fears"), the act's word or its object, whose "that" clause tells only what may
    come, with a modal of possibility (``hypothetical_auxiliaries``): "expressed concern
    that conservative donors would divert money", "concern that even some of her members
    could find Trump appealing", "concern that Clinton may become the next president". A
    worry about what may happen is a pessimistic comment (CAMEO 012), no criticism of an
    act done; concern that a party is doing or did something ("expressed concern that the
    businessman was encouraging violence"), or about a thing ("concern about the
    deployment"), stays."""
    if not a.force("11"):
        return False
    tok = a.tok
    nouns = _worries(a)
    if not nouns:
        return False
    clauses = [c for n in nouns for c in n.children if c.dep_ in ("acl", "ccomp")]
    if tok.pos_ == "VERB":
        clauses += [c for c in tok.children if c.dep_ == "ccomp"]
    said = [
        c
        for c in clauses
        if c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    return bool(said) and all(
        any(
            x.dep_ == "aux" and x.lower_ in a.words.hypothetical_auxiliaries
            for x in c.children
        )
        for c in said
    )


def _retort(a: Act) -> bool:
    """A retort (``retort_verbs`` with "back": "shot back", "fired back", coded as force,
    CAMEO 18 or 19) by a person who bears no arms, at no party or at a person who bears
    none, told as words: a quotation or a colon right after the verb, past a comma ("Smith
    shot back: 'That would be good.'", "Smith shot back, 'I suppose ...'", '"Nonsense,"
    Warren shot back') or a participle of speech ("shot back, saying ..."). Words, no fire;
    soldiers' or police's "shot back" stays force."""
    if not a.force("18", "19") or a.lemma not in a.words.retort_verbs:
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in a.tok.children):
        return False
    if a.source is None or not unarmed_person(a.source, a.tok.sent):
        return False
    if a.target is not None and not unarmed_person(a.target, a.tok.sent):
        return False
    sent = a.tok.sent
    # the next word past "back" and a comma (in the document: the parser may end the
    # sentence at the colon): "shot back: 'Never.'", "shot back, 'I suppose ...'"
    after = [
        t for t in a.tok.doc[a.tok.i + 1 : a.tok.i + 4] if t.lower_ != "back" and t.text != ","
    ][:1]
    quoted = (bool(after) and after[0].text in (":", '"', "\u201c")) or any(
        t.is_quote and t.i < a.tok.i for t in sent
    )
    said = any(
        c.dep_ in ("advcl", "xcomp", "conj")
        and c.tag_ == "VBG"
        and c.lemma_.lower() in a.words.speech_manner_verbs
        for c in a.tok.children
    )
    return quoted or said


def _force_used(a: Act) -> bool:
    """Force used (190): a blow returned, or a fighting force destroyed."""
    return _blow_returned(a) or _force_destroyed(a)


def _force_destroyed(a: Act) -> bool:
    """Property destroyed (1712) when what is destroyed is a fighting force, an army or an
    armed group ("destroyed the Islamic State", "the rebels must be destroyed"): force used
    against it, not property; a person, a state or a government as a whole stays as coded."""
    return (
        a.code == "1712"
        and a.target is not None
        and a.target.kind != "person"
        and is_fighting_force(a.target.code)
    )


#: the senses, in the order they are tried
SENSES: tuple[Sense, ...] = (
    Sense(
        "143",
        "'teachers launched a strike against the government' (the word or its object): the "
        "strike of people who bear no arms is a stoppage of work, not a use of force",
        _work_stoppage,
    ),
    Sense(
        "111",
        "'Dupont attacked Moreau', 'her battle with Moreau': one unarmed person's attack on "
        "another is words (criticism); a group's, a force's, a state's or an armed person's "
        "('a gunman', 'the general') stays force; so is the attack of a person who bears no "
        "arms and holds no office of state (a lawmaker, a candidate), or of a party or "
        "candidates as a group, at no party named ('the senator attacked the plan', 'the "
        "candidates battled in Wisconsin'), while a leader's ('Assad attacked') may be an order "
        "of force; and an attack by words said or written ('an ad attacking Moreau')",
        _words_of_persons,
    ),
    Sense(
        "190",
        "'Turkey hit back at Syrian forces', 'vowed to hit back at the rebels': a state's "
        "or armed party's retort at a fighting force is a blow returned (force, CAMEO 190; "
        "vowed, a threat of force 138), not criticism ('hit back at his critics' stays 111)"
        "; so is a fighting force destroyed ('the army destroyed the Islamic State', 'the "
        "rebels must be destroyed'): force used against it, not property (1712); and "
        "'troops opened fire on crowds waiting for aid trucks': force on a bare crowd, a "
        "gathering or mourners in a sentence with no word of protest, not the repression "
        "of a protest (175)",
        _force_or_crowd,
    ),
    Sense(
        "112",
        "'Amnesty charged the police with torture', 'a report charging the army with war "
        "crimes': a charge laid by no state, place or state body (courts, police, "
        "government) is an accusation, no legal action (173)",
        _charged_by_no_authority,
    ),
    Sense(
        "160",
        "'Mali withdrew from ECOWAS': a state leaving an organisation reduces relations (the "
        "PLOVER manual's SANCTION mode 'withdraw'); no troops pull back",
        _leaves_organisation,
    ),
    Sense(
        "144",
        "'students occupied the main roads': people who bear no arms block them",
        _occupation,
    ),
    Sense(
        "191",
        "'officials blocked off an area', 'soldiers blocked the road': a state's, its "
        "forces' or its police's block restricts movement (CAMEO 191, impose blockade, "
        "restrict movement); CAMEO 144 is a block by protesters",
        _state_block,
    ),
    Sense(
        "145",
        "'demonstrators clashed with police', 'clashes with police' by no one named: a "
        "violent protest, not combat",
        _riot,
    ),
    Sense(
        "175",
        "'police clashed with students', 'soldiers fought farmers', the police's side of "
        "'clashes between activists and police': force by police or soldiers on people who "
        "bear no arms in a street fight is violent repression, not combat",
        _repressed_riot,
    ),
    Sense(
        "171",
        "'police raided the offices of a newspaper': a police search of a named party that "
        "bears no arms is coercion (the PLOVER manual's COERCE mode 'seize'); a raid on "
        "militants, or on a place no party is named in, stays force",
        _police_search,
    ),
    Sense(
        "195",
        "'the United States began a bombing campaign against the group': a bombing "
        "campaign, raid or run is from the air (aerial weapons); a bomb set off ('the "
        "embassy bombings') stays 18; and 'Russian bombs hit a hospital', 'barrel bombs hit "
        "the town': a bomb a state or its forces dropped, or one only states drop, is an "
        "aerial weapon, no non-military bombing (183); so is the bombing a state or its "
        "forces did, named by its noun ('the Israeli bombing of Gaza')",
        lambda a: _air_bombing(a) or _state_bomb(a) or _state_bombing(a),
    ),
    Sense(
        "183",
        "'killed in an explosion', 'bomb blasts which killed scores': a killing or "
        "wounding a bomb or its blast does, by no state's armed force, is a non-military "
        "bombing (CAMEO 183), no battle (190)",
        _bombing,
    ),
    Sense(
        "180",
        "'the Nice attack', 'an attack in Kabul': an attack by no one named on no one named, "
        "only a place, is an assault (18), as a use of force on a place's people; one on "
        "armed forces, or one whose doer is named, keeps its code; and a killing or wounding "
        "by a lone or irregular assailant ('killed by a sniper', 'a gunman shot two'), no "
        "state force named, of no armed force (a fight against one stays 19); or by a person "
        "who holds no office and bears no arms by role ('Nidal Hasan, who killed 13 people'; "
        "a retort told as words, 'Smith shot back: \"Never.\"', is left to the statement); "
        "or of a person who bears no arms by no one named, with no means or scene of war in "
        "the sentence ('Dr. Slepian was shot in his kitchen': a murder); or one the word "
        "names a murder ('three doctors have been murdered'), by no state's armed force",
        _assault_of_unknown_or_assailant,
    ),
    Sense(
        "192",
        "'rebels captured Aleppo', 'land captured by Israel in 1967': a place seized is "
        "territory occupied (CAMEO 192), not a person arrested (173) nor a battle (190)",
        _seized_place,
    ),
    Sense(
        "010",
        "'spoke to reporters', 'assured reporters that', 'the station spoke with experts', "
        "'met with reporters', 'spoke to parliament', 'talked to voters': words to or by "
        "the press, a meeting with it, or words to a body one addresses or to the public, "
        "are a statement (CAMEO 010), not a "
        "consultation or a pledge; so is an assurance that something is so ('assured them "
        "that they formed a team'; one of an act to come, 'assured him Jordan would close "
        "the port', stays an intent); so is an appeal to the public to take a precaution "
        "of its own ('urged consumers to throw out the spinach'; one to a state or an armed "
        "party, 'urged Iran to avoid escalation', stays an appeal), and a retort by a person "
        "who bears no arms told as words ('Smith shot back: \"Never.\"', 'shot back, "
        "saying ...'; soldiers' or police's 'shot back' stays force); so is an appeal "
        "to people that asks for nothing ('Trump's appeal to working-class voters': a draw, "
        "no request) and a warning about a matter given to no party ('issued a warning on "
        "cantaloupes': a caution, no threat)",
        _statement,
    ),
    Sense(
        "051",
        "'welcomed China's offer', 'welcomed their support': a welcome of a thing a party "
        "did or said approves of it (CAMEO 051); one of the party itself ('welcomed the "
        "Chinese president') is hosting (043)",
        _welcomed_thing,
    ),
    Sense(
        "075",
        "'Turkey hosts three million Syrian refugees', 'welcomed thousands of refugees': "
        "refugees or migrants hosted or welcomed are given shelter (CAMEO 075, grant "
        "asylum), no visitors received",
        _sheltered,
    ),
    Sense(
        "020",
        "'urged him to release the audio tapes': an appeal to publish is an appeal, no "
        "appeal for the release of persons or property (0253)",
        lambda a: a.code == "0253" and _asked_publication(a),
    ),
    Sense(
        "100",
        "'demanded the release of the emails': a demand to publish is a demand, no demand "
        "for the release of persons or property (1053)",
        lambda a: a.code == "1053" and _asked_publication(a),
    ),
    Sense(
        "163",
        "administrative sanctions are a state's measures at home (172); barring another "
        "country's officials or listing its groups is a sanction",
        _foreign_ban,
    ),
    Sense(
        "012",
        "'doctors warned residents to stay indoors', 'warned citizens against travel': a "
        "warning to the public of its own precaution is advice, a caution (CAMEO 01, as a "
        "warning to no party), no threat; 'warned residents to leave or face arrest' and "
        "'warned Israel against further provocation' stay threats (130), as does an army's or "
        "a militia's warning to villagers to leave; so is a warning to anyone of how to be "
        "('warned the WHO to be cautious about declaring a pandemic'), while 'warned Iran to "
        "be ready for a response' stays a threat; and a worry about what may come "
        "('expressed concern that donors would divert money', 'concern that Clinton may "
        "become president') is a pessimistic comment, no criticism, while concern that a "
        "party is doing something stays; so is a worry aimed at no party ('voiced concern "
        "about unrest in the country', 'expressed concerns about the cost'), while concern "
        "about a party or its act stays criticism",
        lambda a: (
            _public_advice(a) or _caution_urged(a) or _feared_possibility(a) or _worry_at_no_one(a)
        ),
    ),
)


def recode(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> str:
    """``code`` after every sense in :data:`SENSES` that holds, in order."""
    act = Act(code, tok, source, target, words)
    for sense in SENSES:
        if sense.holds(act):
            code = sense.code
            act = Act(code, tok, source, target, words)
    return code


def civilian(ref: Actor | None) -> bool:
    """A party of people who bear no arms, named by their role ("protesters", "students",
    "refugees", "clerics"): a role of :data:`CIVIL_ROLES` and no armed one ("armed
    opposition fighters" fight: :func:`~geowire.events.irregular.is_armed`). The one test
    of such a party by its code: the street-fight senses read it (:func:`_riot`,
    :func:`_repressed_riot`, :func:`_occupation`), and a fight "with" it is no fight each
    side wages (no back copy in ``SentenceCoder``). A party whose code names no such role
    may still be such people by the noun that names it (:func:`crowd_noun`)."""
    if ref is None or not ref.code:
        return False
    roles = set(sectors_of(ref.code))
    return bool(roles & CIVIL_ROLES) and not is_armed(ref.code)


def state_force(ref: Actor | None) -> bool:
    """Police or soldiers."""
    return ref is not None and bool(set(sectors_of(ref.code or "")) & {"COP", "MIL"})


def unarmed_person(actor: Actor, sent: Any) -> bool:
    """Whether an actor is a person who bears no arms: a leader, politician or citizen, not
    a soldier, policeman, spy, militant or gunman; with no role in its code, a name the
    parser takes for a person's ("Ben Carson", not "Israel" or "a man") at any of its
    mentions in the article, so that one named once and then told of by surname or pronoun
    ("Dr. Barnett Slepian ... Slepian was shot in the back", "he was shot") stays a person."""
    if actor.kind != "person":
        return False
    roles = set(sectors_of(actor.code)) if actor.code else set()
    if roles:
        return not roles & ((ARMED_ROLES | {"IMG"}) - {"GOV"})
    doc = sent.doc
    for a, b in actor.mentions:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "PERSON" for t in span):
            return True
    return False


def foreign_party(source: Actor | None, target: Actor | None) -> bool:
    """Whether ``target`` is an organised party (a role or group code, not a bare country
    or its people) of another country than ``source``."""
    if source is None or target is None or not source.country or not target.country:
        return False
    if source.country == target.country or not target.code or len(target.code) <= 3:
        return False
    return not (set(sectors_of(target.code)) & {"CVL", "BUS", "REF", "LAB", "EDU", "MED"})


def unarmed_posture(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """A force posture (CAMEO 15, demonstrate military or police power) told by a word
    that places no armed force: what it deploys, stations, sends or patrols (its object,
    its passive's subject, the noun its participle is on, a noun's "of" phrase) names no
    armed body nor weapon (``war_means_words``, ``heavy_weapon_words``), and it is a person
    by name ("Helal had been stationed in Amiens since 2014", "deployed his father, Rafael
    Cruz, as a surrogate"), or its doer is a party that bears no arms by role (a campaign,
    a health body, a company, a candidate: "the WHO deployed personnel to the area", "the
    campaign deployed its staff"), or the one it is aimed at is a person who bears none
    ("deploying the senator's favourite adverb"): no show of force. A state, a
    government, an international body or an armed party deploying ("Russia deployed S-400
    systems", "NATO deployed battlegroups") keeps its posture, and so does anyone's
    "troops" or "soldiers"; a name that only modifies the common noun of a thing placed
    ("deployed the Iskander system") is neither a person placed nor one aimed at."""
    if not code.startswith("15"):
        return False
    placed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        placed.append(tok.head)
    if tok.pos_ == "NOUN":
        placed += prep_objects(tok, ("of",))
    armed_words = words.war_means_words | words.heavy_weapon_words
    if any(
        w.lemma_.lower() in armed_words or w.lower_ in armed_words
        for t in placed
        for w in t.subtree
    ):
        return False
    # a name that only modifies a thing placed ("the Iskander system") is no person placed
    naming = {
        c.idx
        for t in placed
        if t.pos_ != "PROPN"
        for c in t.children
        if c.dep_ == "compound"
    }
    if any(
        w.ent_type_ == "PERSON"
        for t in placed
        for w in (t, *(c for c in t.children if c.dep_ in ("appos", "compound", "flat")))
        if w.idx not in naming
    ):
        return True
    if source is not None:
        roles = set(sectors_of(source.code or "")) - {"IGO"}
        if roles and not roles & (ARMED_ROLES | {"IMG"}):
            return True
    if target is None or any(a <= i < b for a, b in target.mentions for i in naming):
        return False
    return unarmed_person(target, tok.sent)


#: roles of a party whose acts are political whatever their setting: a state's bodies,
#: its armed forces and police, parties, lawmakers, officials, rebels and insurgents
_POLITICAL_SIDE_ROLES = _STATE_ROLES | POLITICAL_ROLES | {"OPP", "REB", "INS", "IMG", "UAF"}


def nonpolitical_domain(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An act of a non-political domain, which the coding guide does not code unless a
    political actor acts: a sport act (:func:`_sport_act`: "the Olympic team refuses to
    stay in the village", "spectators at the French Open paid tribute to Ali", "trained at
    a gym"), or an inquiry into an illness (:func:`_illness_inquiry`: "officials are
    investigating cases to determine if they are linked to the outbreak", "the FDA is
    continuing to investigate"): an epidemiological inquiry, not CAMEO 09's political
    investigation."""
    return _sport_act(tok, source, target, words) or _illness_inquiry(
        code, tok, source, target, words
    )


def _act_nominals(tok: Any) -> tuple[list[Any], list[Any]]:
    """The nouns an act's word governs as its parties and setting: its subject, object,
    possessor and agent, and what its prepositions take ('at the PGA Championship', 'before
    the title match'); and, apart, what a preposition on one of those takes, where the
    parser hangs the setting ('met him for the first time at the PGA Championship')."""
    near: list[Any] = []
    far: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
            near.append(c)
        elif c.dep_ in ("prep", "agent"):
            for g in c.children:
                if g.dep_ == "pobj":
                    near.append(g)
                    far.extend(
                        p
                        for q in g.children
                        if q.dep_ == "prep"
                        for p in q.children
                        if p.dep_ == "pobj"
                    )
    if tok.dep_ in ("xcomp", "acl", "relcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        # "the team refuses to stay": the governing verb's subject is the doer
        near.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        if tok.dep_ in ("acl", "relcl"):
            near.append(tok.head)
    return near, far


def _sport_word(noun: Any, words: EventWords) -> bool:
    """A noun of sport (``sport_words``: 'tournament', 'athlete', 'spectators') or one a
    word of sport modifies ('the Olympic team', 'a basketball coach', 'the golf
    championship')."""
    return noun.lemma_.lower() in words.sport_words or any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in words.sport_words
        for m in noun.children
    )


def _named_by_sport(actor: Actor, sent: Any, words: EventWords) -> bool:
    """A party whose own words in the sentence name sport, or modify a noun of sport
    (:func:`_sport_word`): 'the Australian Olympic team' (coded as Australia), 'the
    football federation'."""
    return any(
        t.lemma_.lower() in words.sport_words
        or (t.dep_ in ("amod", "compound", "poss") and _sport_word(t.head, words))
        for t in sent
        if any(a <= t.idx < b for a, b in actor.mentions)
    )


def _political_side(actor: Actor | None, sent: Any, words: EventWords) -> bool:
    """A state, an international organisation, or a party of a political role
    (:data:`_POLITICAL_SIDE_ROLES`), not itself named by sport (a national team)."""
    if actor is None or not actor.code or _named_by_sport(actor, sent, words):
        return False
    if actor.code.startswith("IGO") or (len(actor.code) == 3 and actor.kind != "person"):
        return True
    return bool(set(sectors_of(actor.code)) & _POLITICAL_SIDE_ROLES)


def _sport_act(tok: Any, source: Actor | None, target: Actor | None, words: EventWords) -> bool:
    """An act whose parties or setting are of sport (:func:`_sport_word` on the nouns it
    governs, :func:`_act_nominals`), and neither side a political party
    (:func:`_political_side`): "Spectators at the French Open paid tribute to Ali", "the
    Olympic team refuses to stay"; "the president met the Olympic team" keeps its code."""
    near, far = _act_nominals(tok)
    # further off, only a noun of sport itself: "charged in three attacks, including the
    # Olympic bombing" is no sport act
    if not (
        any(_sport_word(n, words) for n in near)
        or any(n.lemma_.lower() in words.sport_words for n in far)
    ):
        return False
    sent = tok.sent
    # a country acted on in a sport act is its team ("beat Italy"); a state's body is not
    return not (
        _political_side(source, sent, words)
        or (
            _political_side(target, sent, words)
            and target is not None
            and not (len(target.code or "") == 3 and target.kind != "person")
        )
    )


def _health_body(actor: Actor | None, sent: Any, words: EventWords) -> bool:
    """A body of public health: a health role in its code (HLH) or a word of health in its
    name or its words in the sentence (``health_body_words``: 'health officials', 'the Food
    and Drug Administration', 'the Centers for Disease Control')."""
    if actor is None:
        return False
    if "HLH" in sectors_of(actor.code):
        return True
    if any(w.lower() in words.health_body_words for w in actor.name.split()):
        return True
    return any(
        t.lemma_.lower() in words.health_body_words
        or any(
            m.dep_ in ("compound", "amod") and m.lemma_.lower() in words.health_body_words
            for m in t.children
        )
        for t in sent
        if any(a <= t.idx < b for a, b in actor.mentions)
    )


def _illness_inquiry(
    code: str, tok: Any, source: Actor | None, target: Actor | None, words: EventWords
) -> bool:
    """An investigation (CAMEO 09) of an illness: what it governs, its subject left out,
    names an outbreak, an illness or an infection (``illness_nouns``: "investigating cases
    to determine if they are linked to the outbreak", "an investigation into the
    outbreak"), or a body of public health does it (:func:`_health_body`) to no political
    party ("the FDA is continuing to investigate", "led health officials to investigate the
    chain's supplier"): an epidemiological inquiry. "Police are investigating the death"
    and "the health minister is investigating the governor" stay."""
    if not code.startswith("09"):
        return False
    sent = tok.sent
    if _political_side(target, sent, words) or (target is not None and target.kind == "person"):
        return False
    governed = [
        t
        for c in tok.children
        if c.dep_ not in ("nsubj", "nsubjpass", "agent", "punct", "cc", "conj")
        for t in c.subtree
    ]
    if any(t.lemma_.lower() in words.illness_nouns for t in governed):
        return True
    # the doer in the parse, where no side is found yet: "led health officials to
    # investigate" (the object of the verb an infinitive completes)
    found = doers(tok)
    if not found and tok.dep_ == "xcomp":
        found = [c for c in tok.head.children if c.dep_ == "dobj"] or [
            c for c in tok.head.children if c.dep_ == "nsubj"
        ]
    health = any(
        t.lemma_.lower() in words.health_body_words
        for f in found
        for t in (f, *(m for m in f.children if m.dep_ in ("compound", "amod")))
    )
    return health or _health_body(source, sent, words)
