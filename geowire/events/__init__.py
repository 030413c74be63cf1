"""Events: who did what to whom, in CAMEO and PLOVER.

>>> doc = geowire.extract(text, published="2007-12-10")
>>> [(e.source.code, e.cameo, e.target.code, e.modality, e.date) for e in doc.events]

The coder (:class:`EventCoder`, registered as ``geowire.events.v1``) reads the parse and
the actors, times, places and quotes found before it, and writes ``events`` and
``uncoded``. Verb dictionaries: the built-in one (``geowire/data/verbs/verbs.tsv``) plus
any TABARI / PETRARCH verb files in ``Config.verbs``; with
``builtin_dictionaries=False`` only the loaded files drive the coding.

Events come from verbs, from nominal events ("talks between X and Y") and from light verbs
that carry their object's event ("launched an attack on X", "completed its withdrawal",
"was put under investigation"; ``L`` rows of the verb table). Stated intentions, threats,
ultimatums ("... unless ..."), refusals ("failed to reach a deal") and readiness to use
force ("prepared to resume shelling": CAMEO 15) are recoded through
``data/cameo/intent.tsv``. Within a sentence the main event ranks first by confidence: a
statement (CAMEO 01) that frames another coded action yields to it, and an action that is
demanded, urged or offered yields to the demand.

Settings (``[settings."geowire.events.v1"]``):

- ``require_dyad`` (bool, default false): drop actions without both a source and a target
  (PETRARCH's option of the same name; PETRARCH's own default is true);
- ``new_actor_length`` (int, default 0): with ``require_dyad``, an actor without a code
  counts only if its noun phrase has at most this many words; it is then coded by the
  phrase itself in quotes (PETRARCH's option of the same name);
- ``strict_dictionaries`` (bool, default false): a malformed verb line is an error rather
  than a logged warning;
- ``min_confidence`` (float, default 0): drop events below this confidence.
- ``allow_unknown_codes`` (bool, default false): keep events whose code from a loaded
  dictionary is not a CAMEO code (quad class and Goldstein 0, outside the contract)
  instead of recording the sentence as uncoded with the reason.
- ``lede_sentences`` (int, default 2): the first sentences, whose untimed acts are the
  news of the publication day (and where the news day is read).
- ``narrative_sentences`` (int, default 2): how many sentences back a simple past looks for
  the story's last named day or month to continue it; 0 turns the narrative date off.
- ``perfect_undated`` (bool, default true): a present perfect or simple present outside
  the lede, with no time of its own, is undated (background or a standing state).
- ``quoted_criticism`` (bool, default true): a coded speaker's quoted words of censure
  (``data/en/criticism.tsv``) about a named party, or a name of censure they say it is ("X
  is a threat") or a wrong they say it did ("X lied to us": 112; "X failed our veterans"),
  a word of censure a coded party calls another or its doings by ("called X a traitor"),
  and a coded party told as critical of another ("X, long critical of Y, ...") are CAMEO
  111 against that party; a name of praise said or given the same way ("X is a
  hero", "called X brilliant") is praise, 051.
- ``planned_as_intent`` (bool, default false): a scheduled consultation ("will meet on
  Tuesday", "is due to travel", CAMEO 04) keeps its own CAMEO code with modality
  ``planned`` and the PLOVER type AGREE (the PLOVER codebook puts cooperative acts in the
  future tense there); true codes it as the stated intention (036). Other planned
  cooperation ("would invest", "will support the deal") is an intention (03) either way,
  verbs of intent ("promised to", "vowed to") too; a planned use of force is a threat (13).
- ``skip_quoted`` (bool, default true): words inside quotation marks are the speaker's
  speech, not acts the article reports: no event is coded from them with the built-in
  dictionary (reported speech, "X said Y attacked Z", is coded as reported); but a coded
  speaker's quoted threat, a use of force, sanction or coercion their own side will do
  ("'We will retaliate,' the minister said"), is a threat made by saying it (13).
- ``place_targets`` (bool, default true): a material conflict act (quad class 4: an
  attack, a raid, an arrest) with no named target takes as target the country of the
  place where the sentence says it happened, the place the verb takes as its object
  ("shelled Kharkiv", "seized Mosul"), where what it is aimed at lies ("strikes against camps in
  Afghanistan", ``strike_prepositions``) or the place it goes into ("pushed into southern
  Lebanon", ``incursion_prepositions``), or the dateline's country when a foreign force
  strikes the dateline's place named again ("KYIV, Ukraine \u2014 Russian missiles struck
  the city"); so does a visit with no one
  named visited, when that country is not the visitor's ("arrived in Berlin on a visit"),
  and aid with no one named aided, of the place it is sent to ("delivered food aid to
  Gaza").
- ``home_jurisdiction`` (bool, default true): an act only a state does (a conviction or
  sentence, a seizure, a ban, an arrest or charge, an expulsion: CAMEO 116, 1711, 172-175)
  told with no agent and no place ("the journalist was sentenced to ten years") is the act
  of the state the article is about, when the one acted upon is of that country and no
  armed force (soldiers captured in a war are an enemy's).
- ``calibrate`` (bool, default true): an event's confidence is the learned chance that it
  is right (:mod:`geowire.events.confidence`); false gives the raw rule score.
- ``reciprocal`` (bool, default true): an act two parties do together (consult, meet,
  negotiate, sign an agreement, cooperate: ``data/cameo/reciprocal.tsv``) between two
  countries is coded for each of them.
- ``thing_authors`` (bool, default true): an act of verbal cooperation or conflict with
  no named target that is aimed at a proposal, demand, ruling or measure ("rejected the
  resolution", "backed the call") targets the party that made it, named in the thing's
  phrase or where the article told it (:mod:`geowire.events.authors`).
- ``news_day`` (bool, default true): a past act of the story with no time of its own is of
  the day the lede names (in the week before publication), not of the publication date.
- ``same_act_dates`` (bool, default true): an act told without a time takes the day the
  article gives the same act elsewhere ("the commander was killed" ... "he was killed on
  Thursday"): the same word, kind of act and target country, a day in the news window;
  and an act done by saying it takes the time of its doer's quote the next sentence tells
  ("Venezuela has criticized the pact. 'It is a betrayal,' Maduro said on Sunday").
- ``one_act`` (bool, default true): one act, one event: two events of a sentence with the
  same CAMEO root from one clause, naming the same party on each side (the same actor, or
  one named inside the other's phrase: "Iran's envoy", "the leader of Hamas"), are one
  act coded twice, and a visit and its hosting between the same two countries are one
  visit; the event with the more specific actor codes is kept
  (:mod:`geowire.events.copies`). Coordinated parties stay one event each.
- ``hypothetical_events`` (bool, default false): keep acts the text tells only as
  possible (modality ``hypothetical``: may, could, would, a condition, a prediction:
  "Iran could retaliate", "if the talks fail"). Careful coders seldom record them (5 of
  333 events of the real-news study gold), and most such events geowire coded on unseen
  news were no act (a precision audit: 28 of 31), so they are left out by default.
  A prediction stays: the sentence's main verb under an epistemic "may"/"might" with a
  party as its subject ("Iran may take over"), which the coders record as hypothetical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..actors.context import (
    Cue,
    cues_of,
    filed_in,
    filed_place_again,
    main_country,
    other_story_country,
    role_only,
)
from ..actors.data import countries, demonym_codes
from ..actors.lexicon import country_of_code
from ..actors.parse import dateline
from ..actors.resolve import sectors_of
from ..config import Config, Setting
from ..dictionaries.verbs import VerbDictionary, merge_verbs, read_verbs
from ..document import Actor, ActorRef, Document, Event, Location, Place, Uncoded
from ..language import language
from ..nlp.headings import is_heading
from ..nlp.syntax import agent_objects, prep_objects, to_infinitive
from ..pipeline import component
from ..time.lexicon import lexicon_path, load_lexicon
from ..time.patterns import clock_only
from .authors import Authors, definite, named_from
from .codebook import Codebook, CodeInfo, codebook
from .confidence import confidence_model, features
from .copies import one_act
from .dating import CEREMONIES, SCHEDULED, SPOKEN, EventDates, inside, is_date, ref_country
from .extract import (
    FORCE_ROOTS,
    VERBAL_ROOTS,
    Action,
    SentenceCoder,
    TokenActors,
    clause_verb,
    custody_keepers,
    own_subject,
    private_act,
    said_untrue,
    speakers_act,
    unknown_place,
)
from .extract import claimer as _claimer
from .intent import intent_table
from .irregular import (
    aimed_at_armed_thing,
    armed_thing_aimed_at,
    fired_heavy_weapon,
    irregular_table,
    is_armed,
    is_irregular,
)
from .modality import (
    alleged,
    modality_of,
    modifier_modality,
    seeming_stance,
    subject_denied,
    told_would,
)
from .reciprocal import Act, done_back, reciprocal_table
from .senses import (
    attempted,
    blast_noun,
    campaign_help,
    campaign_money,
    captured_thing,
    crowded_round,
    dared_challenge,
    electoral_challenge,
    electorate_support,
    figurative_force,
    hosted_gathering,
    imperative_advice,
    labelled_party,
    lone_body_meeting,
    matter_of_talks,
    met_by_doers,
    no_protest,
    nonpolitical_domain,
    partisan_yield,
    political_contest,
    private_invitation,
    published,
    quelled_rival,
    questioned,
    recode,
    talked_about,
    tallied_support,
    took_the_helm,
    unarmed_posture,
    unsigned_medium,
    word_mentioned,
)
from .verbs import BuiltinVerbs, builtin_verbs, exchange_nominals
from .words import EventWords

__all__ = ["EventCoder", "codebook", "Codebook", "CodeInfo", "builtin_verbs", "code_info"]

log = logging.getLogger(__name__)

NAME = "geowire.events.v1"
#: acts that are statements of what is to come: appeals (02), intentions (03), demands
#: (10) and threats (13)
_STATED = ("02", "03", "10", "13")
#: acts only a state does: a conviction or sentence (116), a seizure (1711), restrictions
#: and bans (172), arrests and charges (173), expulsions (174), repression (175)
_STATE_ACTS = ("116", "1711", "172", "173", "174", "175")
#: the state acts only its courts do (a finding of guilt): a state given as their doer is
#: its judiciary
_COURT_ACTS = ("116",)
#: a declared truce or cease-fire (0871): reciprocal (``reciprocal.tsv``) between parties who
#: declare or sign it together ("X and Y signed a cease-fire"), but one party's truce is not
#: the other's because a target was read for it ("X declared a cease-fire amid a crackdown by
#: Y": no truce of Y's)
_JOINT_ONLY = ("0871",)
#: fighters, whom an enemy captures as often as their own state arrests them
_FIGHTERS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "PKO"})
#: role codes of people who protest themselves (civilians, workers, students, protesters):
#: an unnamed party's protest "against" them tells no protest by the place's people
_PROTESTING_PEOPLE = frozenset({"CVL", "LAB", "EDU", "HLH", "AGR", "OPP"})
#: roles whose country is not that of the place they are at: fighters, a state's officials
#: and spies, criminals and international bodies act abroad
_NO_LOCALS = _FIGHTERS | {"GOV", "SPY", "CRM", "IGO"}
#: roots of force against someone: coercion (17) and the force roots (assault, fighting,
#: mass violence)
_COERCION_FORCE_ROOTS = frozenset({"17", *FORCE_ROOTS})
#: how many sentences back a stance's act noun looks for the act it names
_STANCE_LOOKBACK = 3
#: how many sentences back a claim of responsibility naming no act looks for the act
_CLAIM_LOOKBACK = 2
#: how many sentences back a use of force with no doer, whose clause names its act by a
#: definite noun ("were killed in the shelling"), looks for the act the noun names
_TOLD_FORCE_LOOKBACK = 3
#: CAMEO 05 "engage in diplomatic cooperation" (praise, endorse, welcome) and 08 "yield"
#: (release, withdraw, ease): approval of a yielding act approves of its doer
_ENDORSING_ROOT = "05"
#: CAMEO 11 "disapprove" and 12 "reject": stances on another's act
_DISAPPROVING_ROOTS = frozenset({"11", "12"})
_YIELDING_ROOT = "08"
#: roots of censure of another's act: disapproval (11) and protest (14)
_CENSURE_ROOTS = frozenset({"11", "14"})
#: the roles of a state's bodies and forces, whom force struck is done to as a state
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def code_info(code: str) -> CodeInfo:
    """Codebook facts for ``code``; a code from a loaded dictionary that CAMEO does not know
    keeps its text with a neutral score (root from its first two digits)."""
    info = codebook().get(code)
    if info is not None:
        return info
    root = code[:2]
    quad = 0
    if root.isdigit() and 1 <= int(root) <= 20:
        r = int(root)
        quad = 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4
    return CodeInfo(code, "", 0.0, quad, root, None, None)


@component(
    NAME,
    reads=(
        "text",
        "parse",
        "sentences",
        "paragraphs",
        "actors",
        "times",
        "places",
        "quotes",
        "published",
    ),
    writes=("events", "uncoded"),
    settings=(
        Setting("require_dyad", bool, False),
        Setting("strict_dictionaries", bool, False),
        Setting("min_confidence", float, 0.0, minimum=0.0, maximum=1.0),
        Setting("allow_unknown_codes", bool, False),
        Setting("new_actor_length", int, 0),
        Setting("narrative_sentences", int, 2),
        Setting("perfect_undated", bool, True),
        Setting("lede_sentences", int, 2),
        Setting("news_day", bool, True),
        Setting("planned_as_intent", bool, False),
        Setting("place_targets", bool, True),
        Setting("home_jurisdiction", bool, True),
        Setting("skip_quoted", bool, True),
        Setting("calibrate", bool, True),
        Setting("reciprocal", bool, True),
        Setting("quoted_criticism", bool, True),
        Setting("thing_authors", bool, True),
        Setting("same_act_dates", bool, True),
        Setting("one_act", bool, True),
        Setting("hypothetical_events", bool, False),
    ),
)
class EventCoder:
    """Code who did what to whom (CAMEO, PLOVER, Goldstein, modality, date, place)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        settings: Mapping[str, Any] = self.config.settings_for(NAME)
        self.require_dyad = settings["require_dyad"]
        strict = settings["strict_dictionaries"]
        self.min_confidence = settings["min_confidence"]
        # A loaded dictionary may carry codes CAMEO does not have (PETRARCH's test codes
        # such as 345 or 174K). They have no quad class or Goldstein value, so by default
        # they are recorded as uncoded with the reason; this setting keeps them as events
        # (quad_class 0, goldstein 0), outside the JSON contract.
        self.allow_unknown_codes = settings["allow_unknown_codes"]
        loaded = [read_verbs(p, strict=strict) for p in self.config.verbs]
        builtin: BuiltinVerbs | None = (
            builtin_verbs() if self.config.builtin_dictionaries or not loaded else None
        )
        dicts: list[VerbDictionary] = list(loaded)
        if builtin is not None:
            dicts.append(builtin.verbs)
        verbs = dicts[0] if len(dicts) == 1 else merge_verbs(dicts)
        self.words = language(self.config.lang).view(EventWords)
        self.coder = SentenceCoder(
            verbs,
            symmetric=builtin.symmetric if builtin else frozenset(),
            nominals=exchange_nominals(builtin, self.words.exchange_nouns) if builtin else {},
            light=builtin.light if builtin else frozenset(),
            require_dyad=self.require_dyad,
            new_actor_length=settings["new_actor_length"],
            builtin_origin=builtin.verbs.blocks[0].origin if builtin else None,
            intent_heads=self.words.intent_heads,
            threat_heads=self.words.threat_heads,
            refusal_heads=self.words.refusal_heads,
            posture_heads=self.words.posture_heads,
            words=self.words,
            demonyms=demonym_codes() if builtin else None,
            reciprocal=reciprocal_table() if settings["reciprocal"] else frozenset(),
        )
        self.narrative = settings["narrative_sentences"]
        self.perfect_undated = settings["perfect_undated"]
        self.lede = settings["lede_sentences"]
        self.news_day = settings["news_day"]
        self.planned_as_intent = settings["planned_as_intent"]
        self.dates = EventDates(
            self.words,
            self.coder,
            narrative=self.narrative,
            perfect_undated=self.perfect_undated,
            lede=self.lede,
            news_day=self.news_day,
            clock_only=functools.partial(
                clock_only, lex=load_lexicon(lexicon_path(self.config.lang))
            ),
        )
        self.place_targets = settings["place_targets"]
        self.home_jurisdiction = settings["home_jurisdiction"]
        # (document, its country cues, its main country), worked out once per document; the
        # document itself is the key (an id() of a freed one may be reused by the next)
        self._home: tuple[Document, list[Cue], str | None] | None = None
        self.skip_quoted = settings["skip_quoted"]
        self.calibrate = settings["calibrate"]
        self.reciprocal = settings["reciprocal"]
        self.quoted_criticism = settings["quoted_criticism"]
        self.same_act_dates = settings["same_act_dates"]
        self.one_act = settings["one_act"]
        self.hypothetical_events = settings["hypothetical_events"]
        lang = language(self.config.lang)
        self.criticism_words = lang.words("criticism_words")
        self.accusation_words = lang.words("accusation_words")
        self.bound_words = lang.words("wrong_words") | self.accusation_words
        self.censure_words = self.criticism_words | self.bound_words
        self.absence_words = lang.words("absence_words")
        self.epithet_words = self.criticism_words | lang.words("epithet_words")
        # derived once: the quote loop reads them for every quote of every sentence
        self.censure_or_epithet = self.censure_words | self.epithet_words
        self.censure_not_accusation = self.censure_words - self.accusation_words
        self.epithet_only = self.epithet_words - self.criticism_words
        self.naming_verbs = lang.words("naming_verbs")
        self.praise_epithets = lang.words("praise_epithets")
        self.naming_copulas = lang.words("naming_copulas")
        self.critical_adjectives = lang.words("critical_adjectives")
        self.accusation_verbs = lang.words("accusation_verbs")
        self.betrayal_verbs = lang.words("betrayal_verbs")
        self.failing_verbs = lang.words("failing_verbs")
        self.own_possessives = lang.words("own_possessives")
        self.said_things = lang.words("said_things")
        self.placement_prepositions = lang.words("placement_prepositions")
        self.certainty_nouns = lang.words("certainty_nouns")
        self.dereliction_verbs = lang.words("dereliction_verbs")
        self.attainment_verbs = lang.words("attainment_verbs")
        self.classifying_adjectives = lang.words("classifying_adjectives")
        self.failing_or_dereliction = self.failing_verbs | self.dereliction_verbs
        self.perpetration_verbs = lang.words("perpetration_verbs")
        # the lemmas the verbs of perpetration start with ("carry" of "carry out")
        self.perpetration_lemmas = frozenset(v.split()[0] for v in self.perpetration_verbs)
        self.perpetrated_wrongs = lang.words("perpetrated_wrongs")
        self.armed_rival_sectors = lang.words("armed_rival_sectors")
        self.wrongdoing_verbs = (
            self.accusation_verbs
            | self.betrayal_verbs
            | self.failing_verbs
            | self.dereliction_verbs
            | self.perpetration_lemmas
        )
        self.authors: Authors | None = None
        if settings["thing_authors"] and builtin is not None:
            self.authors = Authors(
                self.words.artifact_nouns,
                self.words.authoring_verbs,
                self.words.target_prepositions,
                lambda tok, actors: self.coder.phrase_actors(tok, actors, deep=False),
                is_event=lambda tok: bool(self.coder.nominal_rules(tok)),
                demonyms=self.coder.demonym_actors,
                claimer=lambda tok: _claimer(tok, words=self.words),
                gathering=self.dates.gathering,
                speech_verbs=self.words.reporting_verbs,
            )
        self.reciprocals = reciprocal_table()
        self.confidence = confidence_model()
        self.intents = intent_table()
        self.irregular = irregular_table()
        try:
            from ..places import location_of
        except ImportError:  # pragma: no cover - places not built
            location_of = None  # type: ignore[assignment]
        self._location_of = location_of
        #: prepositions whose object is where an act happens (the places' list)
        self._event_locatives = language(self.config.lang).words("event_locatives")

    def _location(self, doc: Document, tok: Any, sent_span: tuple[int, int]) -> Location | None:
        if self._location_of is None or not doc.places:
            return None
        try:
            place = self._location_of(doc, tok.idx, tok.idx + len(tok.text), self._event_locatives)
        except Exception:  # noqa: BLE001 - a neighbour's bug must not lose the event
            log.exception("location_of failed")
            return None
        if place is None:
            return None
        # only a place of the event's own sentence, and of its paragraph: the parser may run
        # a sentence across a paragraph break, which no sentence in news text crosses
        p0, p1 = place.span
        if p0 < sent_span[0] or p1 > sent_span[1]:
            return None
        lo, hi = min(tok.idx, p0), max(tok.idx + len(tok.text), p1)
        if doc.paragraph_of(lo) != doc.paragraph_of(hi - 1):
            return None
        return _located(place)

    def _met_as_guest(
        self, doc: Document, parse: Any, ev: Event, sent_span: tuple[int, int]
    ) -> bool:
        """Whether a consultation (root 04: a meeting, talks) ``ev`` is its source's, a
        guest's, on its target's soil: the sentence puts the act in, or the trip to, a place
        of the target's country, not the source's ("met with Sudanese officials in Khartoum",
        "began a stop in Israel, where he is meeting Netanyahu", "will travel to Ramallah for
        talks with Palestinian officials"). The guest's meeting with its host is told once,
        from the guest (the coding guide codes a reciprocal act both ways only for
        coordinated parties, "X and Y met", and a visit once); talks of the two in a third
        country ("met with Lavrov in London") or named with no place stay both ways."""
        if not ev.cameo.startswith("04"):
            return False
        host, guest = ref_country(ev.target), ref_country(ev.source)
        if not host or host == guest or (ev.target is not None and ev.target.country is None):
            return False
        if ev.location is not None and ev.location.country == host:
            return True
        where = self._event_locatives | self.words.trip_prepositions
        for place in doc.places:
            p0, p1 = place.span
            if place.country != host or p0 < sent_span[0] or p1 > sent_span[1]:
                continue
            span = parse.char_span(p0, p1, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if _where_done(span.root, where):
                return True
        return False

    def _protest_subject_place(
        self, doc: Document, tok: Any, sent_span: tuple[int, int]
    ) -> Location | None:
        """The place a protest noun (a nominal rule of root 14) that is the subject of the
        verb ``tok`` names in its own locative phrase ("protests in Thailand continued",
        "the rally in Kiev spread"): the protest's place is where the verb's act happened.
        A subject of another kind keeps its place its own ("officials in Kabul said")."""
        for c in tok.children:
            if c.dep_ != "nsubj" or c.pos_ != "NOUN":
                continue
            if any((r.code or "")[:2] == "14" for r in self.coder.nominal_rules(c) or ()):
                return self._location(doc, c, sent_span)
        return None

    def _place_country(self, tok: Any) -> tuple[str, str] | None:
        """(words, country) of a place noun named by its country's demonym in a locative
        phrase of the act or of its object: "in the Somali city of X", "near a Syrian
        village", or the place it goes into ("pushed into the Lebanese town of X":
        ``incursion_prepositions``). Not a border ("near the Algerian border",
        ``boundary_nouns``): the act may be on either side of it."""
        return self._demonym_phrase(
            tok,
            self.words.act_place_prepositions | self.words.incursion_prepositions,
            self.words.place_nouns,
            # "near the Algerian border": one side of it, either side
            skip=self.words.boundary_nouns,
        )

    def _unknown_place_country(self, doc: Document, tok: Any) -> tuple[str, str] | None:
        """(words, country) of a place no gazetteer knows that the act is done in or to
        (:func:`~geowire.events.extract.unknown_place`: "kidnapped at their school in the
        village of X", "captured the town of X"), which no actor and no place of the
        document names: the country the article is about, as a known town struck or taken
        is its country; None when the article tells no country."""

        def unnamed(ent: Any) -> bool:
            lo, hi = ent.start_char, ent.end_char
            return not any(p.span[0] < hi and lo < p.span[1] for p in doc.places) and not any(
                s < hi and lo < e for a in doc.actors for s, e in a.mentions
            )

        found = unknown_place(tok, unnamed)
        if found is None:
            return None
        home = self._home_ref(doc)
        if home is None or not home.country:
            return None
        return found.text, home.country

    def _border_side(self, tok: Any, source: ActorRef | None) -> tuple[str, str] | None:
        """(words, country) of the border a posture is taken at, named by a demonym in a
        phrase of the act or of its object (``boundary_prepositions``, ``boundary_nouns``:
        "massed troops on the Ukrainian border", "deployed tanks along the Lebanese
        frontier"): the side it faces, when that is not the doer's own country ("Chadian
        troops deployed along the Chadian border" faces no one named)."""
        own = source.country if source is not None else None
        return self._demonym_phrase(
            tok, self.words.boundary_prepositions, self.words.boundary_nouns, not_country=own
        )

    def _demonym_phrase(
        self,
        tok: Any,
        prepositions: frozenset[str],
        nouns: frozenset[str],
        *,
        skip: frozenset[str] = frozenset(),
        not_country: str | None = None,
    ) -> tuple[str, str] | None:
        """(words, country) of the first noun of ``nouns`` (not of ``skip``) that a
        country's demonym modifies, in a phrase of one of ``prepositions`` on the act's
        clause verb or its object, the country not ``not_country``."""
        demonyms = self.coder.demonyms or {}
        gov = clause_verb(tok)
        heads = [gov, *(c for c in gov.children if c.dep_ in ("dobj", "nsubjpass"))]
        for h in heads:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in prepositions:
                    continue
                for n in p.children:
                    lemma = n.lemma_.lower()
                    if n.dep_ != "pobj" or lemma not in nouns or lemma in skip:
                        continue
                    for m in n.children:
                        country = demonyms.get(m.lower_) if m.dep_ in ("amod", "compound") else None
                        if country is not None and country != not_country:
                            return f"{m.text} {n.text}", country
        return None

    def _goods_country(self, tok: Any) -> tuple[str, str] | None:
        """(words, country) of things an act takes as its object, or puts a measure on,
        that a demonym names as a country's (goods, products, exports): "banned imports of
        [Australian coal]", "tariffs on [Chinese steel]", "a boycott of [Israeli products]".
        No people: a demonym on a person or group noun is an actor of its own."""
        demonyms = self.coder.demonyms or {}
        gov = clause_verb(tok)
        objects = [c for c in (tok, gov) for c in c.children if c.dep_ in ("dobj", "pobj")]
        objects += [
            n
            for h in (tok, gov, *objects)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in self.words.measure_prepositions
            for n in p.children
            if n.dep_ == "pobj"
        ]
        for n in objects:
            if n.pos_ != "NOUN" or n.lemma_.lower() in self.words.people_nouns:
                continue
            for m in n.children:
                country = demonyms.get(m.lower_) if m.dep_ == "amod" else None
                if country is not None:
                    return f"{m.text} {n.text}", country
        return None

    def _home_state(self, doc: Document, target: ActorRef) -> ActorRef | None:
        """The state whose arrest, charge or sentence an agentless one is ("the
        journalist was sentenced to ten years"): the country the article is about, when
        the one acted upon is of it (a foreigner held abroad is not)."""
        if not target.country:
            return None
        home = self._home_ref(doc)
        return home if home is not None and home.country == target.country else None

    def _home_ref(self, doc: Document) -> ActorRef | None:
        """The country the article is about, as an actor, if the document tells one."""
        home = self._cues(doc)[1]
        if home is None:
            return None
        return _country_ref(home)

    def _cues(self, doc: Document) -> tuple[list[Cue], str | None]:
        """The document's country cues and its main country."""
        if self._home is None or self._home[0] is not doc:
            cues = cues_of(doc.actors, doc.places)
            sents = doc.sentences or ((0, len(doc.text)),)
            starts = [lo for lo, _hi in sents]
            self._home = (doc, cues, main_country(cues, sents[0][1], starts=starts))
        return self._home[1], self._home[2]

    def _filed_target(self, doc: Document, tok: Any, src: Actor | None) -> ActorRef | None:
        """The country of the story's dateline, as an actor, when the act ``tok`` of
        ``src``, of another country, is aimed at or done in the dateline's place named
        again (:func:`~geowire.actors.context.filed_place_again`: "KYIV, Ukraine \u2014
        Russian missiles struck the city", "hit apartment buildings in the capital") and
        goes "into" no other place ("fired a missile into the sea"), and neither its lede
        nor its sentence tells of a third country (:func:`~geowire.actors.context.
        other_story_country`: "ISTANBUL (AP) \u2014 Russian missiles struck the city,
        Ukrainian officials said" is filed from a correspondent's base); else None."""
        if src is None or not src.country:
            return None
        sents = doc.sentences or ((0, len(doc.text)),)
        filed = dateline(doc.text, sents)
        country = filed_in(doc, filed)
        if filed is None or country is None or country == src.country:
            return None
        spans = [sp for sp in sents if sp[0] <= filed[0] < sp[1] or sp[0] <= tok.idx < sp[1]]
        if other_story_country(doc, filed, spans, frozenset({src.id})):
            return None
        gov = clause_verb(tok)
        heads = [tok, gov, *(c for c in gov.children if c.dep_ == "dobj")]
        objects = [c for h in heads for c in h.children if c.dep_ == "dobj"]
        objects += [
            n
            for h in (*heads, *objects)
            for p in h.children
            if p.dep_ == "prep"
            for n in p.children
            if n.dep_ == "pobj"
        ]
        if not any(filed_place_again(doc, n, filed) for n in objects):
            return None
        if any(
            not filed_place_again(doc, n, filed)
            for n in _prepositional_objects(tok, self.words.incursion_prepositions)
        ):
            return None  # force sent elsewhere: "fired a missile into the sea"
        return _country_ref(country)

    def _people_here(
        self,
        doc: Document,
        target: ActorRef,
        country: str | None,
        sent_span: tuple[int, int],
    ) -> ActorRef | None:
        """People named by a role alone ("civilians", "protesters", "police"; not fighters
        nor officials, who act abroad) whose country no word tells (none, or one the article's
        context lent them that their sentence does not name), as the people of ``country``:
        the place where they were struck or held, the state that coerced them."""
        code = target.code or ""
        own = country_of_code(code)
        roles = code[len(own) :] if own else code
        if (
            not country
            or not role_only(roles)
            or own == country
            or set(sectors_of(roles)) & _NO_LOCALS
            or self._told(target.name)
            or _named_organisation(doc, target)
        ):
            return None
        if own is not None:
            lo, hi = sent_span
            named = {
                a.country
                for a in doc.actors
                if a.id != target.actor
                and (a.kind == "state" or self._told(a.name))
                and any(lo <= s < hi for s, _e in a.mentions)
            } | {p.country for p in doc.places if lo <= p.span[0] < hi}
            if own in named:
                return None
        return dataclasses.replace(target, code=country + roles, country=country)

    @staticmethod
    def _country_named(doc: Document, actor: Actor, sent_span: tuple[int, int]) -> bool:
        """Whether the sentence at ``sent_span`` names ``actor``'s country apart from the
        actor itself: a place of it, or another actor of it ("the attackers in France")."""
        lo, hi = sent_span
        if any(p.country == actor.country and lo <= p.span[0] < hi for p in doc.places):
            return True
        return any(
            a.id != actor.id
            and a.country == actor.country
            and any(lo <= s < hi for s, _e in a.mentions)
            for a in doc.actors
        )

    def _told(self, name: str) -> bool:
        """Whether an actor's name tells its country: a proper word after its first, or a
        demonym first ("British tourists", "police in Kyiv"; not "protesters")."""
        words = name.split()
        return bool(words) and (
            (words[0].lower() in (self.coder.demonyms or {}))
            or any(w[:1].isupper() for w in words[1:])
        )

    def _trip_to(self, tok: Any, target: ActorRef | None, doc: Document) -> bool:
        """Whether ``target`` is where the trip of ``tok`` goes: a place abroad (no actor of
        the document) or the party its destination phrase names up to its head noun ("to
        Tehran", "in the Iranian capital"; not "to the border with X"), or the destination
        of the trip its phrase names, in that noun's own trip preposition ("arrived in Port
        Louis for a state visit to Mauritius")."""
        if target is None:
            return False
        if target.actor is None:
            return True
        spans = [m for a in doc.actors if a.id == target.actor for m in a.mentions]
        preps = self.words.trip_prepositions | self._event_locatives
        for n in _prepositional_objects(tok, preps):
            for h in (n, *prep_objects(n, self.words.trip_prepositions)):
                lo, hi = h.left_edge.idx, h.idx + len(h.text)
                if any(lo <= s < hi for s, _e in spans):
                    return True
        return False

    @staticmethod
    def _guest(tok: Any, target: ActorRef | None, doc: Document) -> bool:
        """Whether ``target`` is the one the reception of ``tok`` receives: its object up to
        the object's head ("received his Iranian counterpart"; not "received the envoy's
        letter", "a message from the foreign minister"), or the subject of its passive
        ("was received by the president")."""
        if target is None or target.actor is None:
            return False
        spans = [m for a in doc.actors if a.id == target.actor for m in a.mentions]
        for n in tok.children:
            if n.dep_ in ("dobj", "nsubjpass"):
                lo, hi = n.left_edge.idx, n.idx + len(n.text)
                if any(lo <= s < hi and not _possessor(n, s) for s, _e in spans):
                    return True
        return False

    def _struck_place(
        self, doc: Document, tok: Any, sent_span: tuple[int, int], taken: Place | None
    ) -> Location | None:
        """The place of what an act of force is aimed at (``strike_prepositions``), by the
        act's word, its clause's verb or that verb's object: the place the verb takes as its
        object (``taken``), the thing itself ("shelling on Aleppo") or where it lies ("strikes
        against camps in Afghanistan"), or the place it goes into ("pushed into southern
        Lebanon": ``incursion_prepositions``)."""
        if taken is not None:
            return _located(taken)  # the place itself: "shelled Kharkiv", "invaded Afrin"
        for n in _prepositional_objects(tok, self.words.strike_prepositions):
            place = _country_place_at(doc, n.idx)
            if place is not None:
                return _located(place)
            found = self._location(doc, n, sent_span)
            if found is not None and found.country:
                return found
        into = list(_prepositional_objects(tok, self.words.incursion_prepositions))
        if into and not self._moves_others(tok):
            # force that goes into a place ("pushed deeper into southern Lebanon", "fired
            # rockets into Israel", "into the town of Y") strikes the place's country; only
            # the place the phrase names, not one a phrase inside it names ("forced into
            # exile in Turkey"), and not where people are moved ("pushed thousands of
            # Rohingya into Bangladesh")
            for n in into:
                place = _territory_at(doc, n)
                if place is not None:
                    return _located(place)
        for n in self._blast_places(tok):
            place = _country_place_at(doc, n.idx)
            if place is not None:
                return _located(place)  # "a bombing in Kabul": the place itself
            found = self._location(doc, n, sent_span)
            if found is not None and found.country:
                return found
        return None

    def _uncoded_struck(
        self,
        doc: Document,
        tok: Any,
        sent_span: tuple[int, int],
        target: ActorRef,
        location: Location | None,
        taken: Place | None,
    ) -> ActorRef:
        """``target``, a party of an act of force or coercion whose name no dictionary
        codes, with the country of the place the act happened at (its location), else of
        the place it struck (:meth:`_struck_place`), else of the place its demonym names
        (:meth:`_place_country`): a coder codes a place or body struck by the country it
        lies in. Unchanged when no place tells a country. A place's country is taken only
        when the story tells that country otherwise (:meth:`_story_countries`): the
        gazetteer gives a local name ("the Booco base in Hiran region") the country of
        another place of that name as often as its own."""
        country = location.country if location is not None else None
        if not country:
            struck = self._struck_place(doc, tok, sent_span, taken)
            country = struck.country if struck is not None else None
        if country and country not in self._story_countries(doc):
            country = None
        if not country:
            named = self._place_country(tok)
            country = named[1] if named is not None else None
        if not country:
            return target
        return dataclasses.replace(target, code=country, country=country)

    def _story_countries(self, doc: Document) -> set[str]:
        """The countries the story tells apart from its places: those of its actors (the
        doer's among them), its main country and its dateline's."""
        told = {a.country for a in doc.actors if a.country}
        home = self._cues(doc)[1]
        if home:
            told.add(home)
        sents = doc.sentences or ((0, len(doc.text)),)
        filed = filed_in(doc, dateline(doc.text, sents))
        if filed:
            told.add(filed)
        return told

    def _moves_others(self, tok: Any) -> bool:
        """Whether the verb of an act of force takes an object that is neither the act's own
        word nor force itself ("launched attacks into Chad": ``verbal_force_words``) nor a
        weapon, projectile or armed body (``war_means_words``, ``given_thing_nouns``: "fired
        rockets into Israel", "sent troops into Jenin"): what it moves is then people or
        things ("pushed thousands of Rohingya into Bangladesh", "drove families into southern
        Gaza"), and the place they go into is where they end up, no place the force
        strikes."""
        w = self.words
        armed = w.war_means_words | w.given_thing_nouns | w.verbal_force_words
        for d in clause_verb(tok).children:
            if d.dep_ != "dobj" or d.i == tok.i:
                continue
            if d.lower_ not in armed and d.lemma_.lower() not in armed:
                return True
        return False

    def _blast_places(self, tok: Any) -> Iterator[Any]:
        """The objects of the place phrase (``act_place_prepositions``) on a bomb or its
        blast set off (``senses.blast_noun``) that is the
        subject of the act's verb ("a suicide bombing at a mosque in Kabul killed 50
        people"): where the bomb went off is where it struck."""
        for s in clause_verb(tok).children:
            if s.dep_ != "nsubj" or not blast_noun(s, self.words):
                continue
            for p in s.children:
                if p.dep_ == "prep" and p.lower_ in self.words.act_place_prepositions:
                    yield from (n for n in p.children if n.dep_ == "pobj")

    def _occasion_guest(self, tok: Any, home: str, actors: TokenActors) -> ActorRef | None:
        """The guest of a visit noun told as the occasion of a meeting held at its doer's
        home: ``tok`` a noun in a phrase of its clause's verb ("met Pompeo in Jerusalem on
        his visit", "received Macron in Riyadh during his tour of the Gulf"), whose object
        (or "with" party, also its object's: "held talks with X") is one party of another
        country than ``home``; else None. The doer the parser and coreference give such a
        visit is the clause's subject, the host, and a party does not visit its own
        country."""
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        # "met X", "met with X", "held talks with X"
        objs += prep_objects(verb, ("with",)) + [
            g for o in objs for g in prep_objects(o, ("with",))
        ]
        guests = [
            a
            for o in objs
            if (a := actors.at(o.i)) is not None and a.country and a.country != home
        ]
        return self._ref(guests[0]) if len(guests) == 1 else None

    @staticmethod
    def _ref(actor: Actor | None) -> ActorRef | None:
        if actor is None:
            return None
        if not actor.id:  # named only in the event's own words ("the Israeli attack")
            return ActorRef(name=actor.name, code=actor.code, country=actor.country)
        return ActorRef.of(actor)

    def _refusal_said(self, tok: Any, code: str | None) -> bool:
        """A refusal in a speaker's own quoted words ("'We will not cooperate with X,' he
        said", "'We do not recognize the court'"): an act with a refusal code (intent.tsv)
        the speaker ("we", "I") or a party named as its subject says it will not do, or
        does not do in the present; saying it refuses (12), as a rejection said is done by
        saying it, unlike a plan or a view quoted."""
        if not code or self.intents.map(code, "refusal") == code:
            return False
        if not any(c.dep_ == "neg" for c in tok.children):
            return False
        if not (_future(tok, words=self.words) or _refused_now(tok, words=self.words)):
            return False
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        return bool(subj) and (
            subj[0].lower_ in self.words.speaker_pronouns or subj[0].pos_ in ("PROPN", "NOUN")
        )

    def _confidence(self, action: Action, modality: str, tok: Any) -> float:
        c = 0.55
        if action.specific:
            c += 0.15
        if action.sources[0] is not None and action.targets[0] is not None:
            c += 0.15
        if modality in ("hypothetical", "reported"):
            c -= 0.1
        if action.paired:
            c -= 0.05
        if tok.dep_ == "ROOT":
            c += 0.05
        return round(max(0.05, min(0.95, c)), 2)

    # ------------------------------------------------------------------- run
    def code_document(self, doc: Document) -> tuple[list[Event], list[Uncoded]]:
        events: list[Event] = []
        uncoded: list[Uncoded] = []
        parse = doc.parse
        if parse is None:
            return events, uncoded
        event_tokens: list[int] = []  # the action token of each event
        by_id = {a.id: a for a in doc.actors}
        actors = TokenActors(parse, doc.actors)
        quote_spans: Sequence[tuple[int, int]] = [
            q.span for q in doc.quotes if q.speaker is not None
        ]
        direct = sorted(q.span for q in doc.quotes if q.kind in ("direct", "partial"))
        lower = self.coder.columns(parse).lower
        for si, (start, end) in enumerate(doc.sentences):
            sent = parse.char_span(start, end, alignment_mode="expand")
            if sent is None or is_heading(sent):
                continue  # a subheading names a topic, it reports no act
            has_actor = (
                any(i in actors.by_token for i in range(sent.start, sent.end))
                # a demonym on an event noun names an actor too ("the Israeli attack")
                or (
                    bool(self.coder.demonyms)
                    and any(w in self.coder.demonyms for w in lower[sent.start : sent.end])
                )
                # an arrest with no agent is the act of the state of the place it names
                or (self.place_targets and any(start <= p.span[0] < end for p in doc.places))
            )
            if not has_actor:
                continue
            actions, notes = self.coder.code(sent, actors)
            seen: set[tuple[Any, ...]] = set()
            # a use of force whose definite noun names an act told earlier in the sentence
            # by the same doer (its token -> that act's): one act told twice
            restated: dict[int, int] = {}
            here: list[Event] = []
            tokens: list[int] = []
            unknown: list[str] = []
            uncodable: list[str] = []  # actions whose sides are all uncoded
            rank, under = _main_event_rank(parse, actions)
            cited = _cited_spans(sent, self.words, lower)
            media = _medium_spans(sent, self.words, lower) + _alternative_spans(
                sent, self.words, lower
            )
            roles = _capacity_spans(sent, self.words, lower) + media
            actions = _mutual(actions)
            for action in actions:
                if cited and action.builtin:
                    action = _uncited(action, cited, (start, end))
                if media and action.builtin:
                    # "was criticized by libertarians on social media": where it was said;
                    # "instead of Brown, Lopez teamed up with X": an alternative not taken
                    action = _uncited(action, media, (start, end))
                if roles and action.builtin and action.code not in self.words.resignation_codes:
                    # (the office one resigns "as" is what is left, its holder's)
                    action = _past_capacity(action, roles, (start, end))
                quoted = action.builtin and inside(parse[action.token], direct)
                performed = quoted and (
                    _performed(parse[action.token], action.code, words=self.words)
                    or self._refusal_said(parse[action.token], action.code)
                )
                threat = (
                    quoted
                    and not performed
                    and self._threat_said(doc, parse[action.token], action, by_id)
                )
                if (
                    self.skip_quoted
                    and quoted
                    and not _told_as_done(parse[action.token], words=self.words)
                    and not performed
                    and not threat
                ):
                    continue  # a speaker's own words in quotation marks: speech, not an act
                ev = self._event(
                    doc, parse[action.token], action, si, (start, end), quote_spans, actors
                )
                if performed:
                    ev = dataclasses.replace(ev, modality="asserted")  # done by saying it
                if (
                    ev.modality == "hypothetical"
                    and action.builtin
                    and not self.hypothetical_events
                    and not (
                        _coded(ev.source) and _predicted(parse[action.token], words=self.words)
                    )
                ):
                    continue  # told as possible ("could retaliate", "if X attacks"), not done
                if action.builtin:
                    ev = self._sides_filled(doc, parse[action.token], action, actors, ev)
                    if ev.target is None and self.authors is not None:
                        ev = self._stance_on_told_act(
                            parse[action.token], action, actors, ev, events, event_tokens
                        )
                    if ev.source is None and self.authors is not None:
                        ev, told_at = self._doer_of_told_force(
                            parse[action.token], actors, ev, events, event_tokens, here, tokens
                        )
                        if told_at is not None:
                            restated[action.token] = told_at
                    if (
                        roles
                        and ev.cameo not in self.words.resignation_codes
                        and _in_capacity(by_id.get(_ref_id(ev.target)), roles, (start, end))
                    ):
                        # the author found for a thing acted on is the capacity someone
                        # acted in ("the deal she lobbied for while secretary of state")
                        ev = dataclasses.replace(ev, target=None)
                if action.builtin and self._tells_no_act(
                    doc, parse[action.token], action, ev, actors, by_id
                ):
                    uncodable.append(parse[action.token].text)
                    continue
                if rank.get(action.token):
                    c = round(max(0.05, min(0.95, ev.confidence + rank[action.token])), 2)
                    ev = dataclasses.replace(ev, confidence=c)
                if (ev.quad_class == 0 or not ev.cameo.isdigit()) and not self.allow_unknown_codes:
                    unknown.append(ev.cameo)
                    continue
                # one act, one event: the same coded triple twice in a sentence ("He and
                # other U.S. officials held talks with ..." both USAGOV) is one event
                key = _triple(ev)
                if key in seen or _visit_seen(ev, seen):
                    continue
                seen.add(key)
                here.append(ev)
                tokens.append(action.token)
                if (
                    self.reciprocal
                    and action.builtin
                    and ev.cameo in self.reciprocals
                    and not (
                        # "X joined NATO": the joiner's act toward the body, not both's
                        ev.cameo.startswith(CEREMONIES)
                        and parse[action.token].lemma_.lower() in self.words.accession_verbs
                    )
                    and not ev.cameo.startswith(_JOINT_ONLY)
                    and _coded(ev.source)
                    and _coded(ev.target)
                    and not self._met_as_guest(doc, parse, ev, (start, end))
                ):
                    # "X held talks with Y": Y held talks with X too, one event each
                    back = dataclasses.replace(ev, source=ev.target, target=ev.source)
                    bkey = _triple(back)
                    if bkey not in seen and (
                        ref_country(ev.source) != ref_country(ev.target)
                        or _state_and_challenger(ev.source, ev.target)
                    ):
                        seen.add(bkey)
                        here.append(back)
                        tokens.append(action.token)
            if self.quoted_criticism:
                for censure in (self._quoted_criticism, self._epithets, self._critical_of):
                    for ev, token in censure(doc, actors, si, (start, end), here):
                        key = _triple(ev)
                        if key not in seen:
                            seen.add(key)
                            here.append(ev)
                            tokens.append(token)
            if self.one_act:
                here, tokens = _without_untargeted_copies(here, tokens)
                here, tokens = _without_unsourced_copies(here, tokens)
                here, tokens = one_act(
                    parse,
                    actors,
                    here,
                    tokens,
                    self.words.means_prepositions,
                    self.words.inclusion_prepositions,
                    self.words.casualty_verbs,
                    self.words.force_occasion_prepositions,
                    restated,
                )
            here = self._claimed_told(parse, si, here, tokens, events)
            for ev, token in self._claimed_acts(parse, si, here, tokens, events):
                if _triple(ev) not in {_triple(e) for e in here}:
                    here.append(ev)
                    tokens.append(token)
            if self.calibrate:
                # the main-event ranking stays on top of the learned chance, so that the
                # sentence's main event still ranks first
                here = [
                    self._calibrated(ev, len(here), rank.get(tokens[n], 0.0))
                    for n, ev in enumerate(here)
                ]
                here = _main_first(here, tokens, under)
            for n, ev in enumerate(here):
                if ev.confidence >= self.min_confidence:
                    events.append(ev)
                    event_tokens.append(tokens[n])
            if not actions:
                uncoded.append(Uncoded(sentence=si, span=(start, end), reason="; ".join(notes)))
            elif unknown and not any(e.sentence == si for e in events):
                codes = ", ".join(sorted(set(unknown)))
                reason = f"code(s) {codes} from a loaded dictionary are not CAMEO event codes"
                uncoded.append(Uncoded(sentence=si, span=(start, end), reason=reason))
            elif uncodable and not any(e.sentence == si for e in events):
                words = ", ".join(f"'{w}'" for w in dict.fromkeys(uncodable))
                reason = f"{words}: no side is a coded party"
                uncoded.append(Uncoded(sentence=si, span=(start, end), reason=reason))
        if self.same_act_dates:
            events = self.dates.same_act_dates(doc, events, event_tokens)
        return events, uncoded

    def _sides_filled(
        self, doc: Document, tok: Any, action: Action, actors: TokenActors, ev: Event
    ) -> Event:
        """An event of a dictionary pattern with the sides its own phrase leaves out: a
        use of force with no source is its claimer's; a consultation with the same party
        on both sides has no named other side; a verbal act aimed at a thing is aimed at
        whoever made or did it."""
        if ev.source is None and ev.quad_class == 4:
            claimer = self._claimant(tok, actors) or _quoted_claimant(doc, tok)
            if claimer is not None and not _armed_enemy(claimer, ev.target):
                # "officials say a senior commander was killed", "the army said 63
                # soldiers were killed": a reporter names no doer of what was done to its
                # own side, to civilians or to no named party; the doer is unnamed (or the
                # one the story tells, below)
                claimer = None
            if claimer is None and self.authors is not None:
                # "the sanctions on Iran" after "the EU sanctioned Iran": the doer told before
                claimer = self.authors.doer(tok, actors)
                if claimer is None:
                    # "X attacked a base, and the attack killed three soldiers", "the
                    # attack, claimed by X, killed 20": the killing is done by the doer of
                    # the act its subject names
                    claimer = self.authors.subject_doer(tok, actors)
                if claimer is not None and ev.target is not None and claimer.code == ev.target.code:
                    claimer = None
            if claimer is not None and ev.target is not None and ev.target.actor == claimer.id:
                claimer = None  # the one acted upon claims no act done to itself
            if claimer is not None:
                ev = dataclasses.replace(ev, source=ActorRef.of(claimer))
        if ev.source is None and self.authors is not None:
            issuer = self._issuer(tok, actors)
            if issuer is not None and not (
                ev.target is not None
                and (ev.target.actor == issuer.id or ev.target.code == issuer.code)
            ):
                ev = dataclasses.replace(ev, source=ActorRef.of(issuer))
        if (
            ev.root == "04"
            and ev.source is not None
            and ev.target is not None
            and ev.source.code
            and ev.source.code == ev.target.code
        ):
            # one party does not meet, visit or negotiate with itself: the other
            # side is unnamed ("Iran's envoy attended the meeting, but his mission")
            ev = dataclasses.replace(ev, target=None)
        if (
            self.authors is not None
            and ev.target is not None
            and ev.quad_class in (1, 3)
            and not ev.cameo.startswith("01")
        ):
            ev = self._act_noun_target(tok, actors, action, ev)
        if ev.root == "13" and ev.target is None and ev.source is not None:
            # "if Turkey attacks the Kurds, the United States will impose sanctions", "will
            # withdraw unless Iraq pays": a threat made on another party's act is aimed at
            # that party, never the threatener itself or its bare state; another body of
            # its state may be ("Obama threatened a veto if Congress fails to act": USALEG)
            parties = self.coder.condition_parties(tok, actors, action.sources[0])
            party = parties[0] if parties else None
            if party is not None:
                ev = dataclasses.replace(ev, target=ActorRef.of(party))
        elif ev.root == "13" and ev.target is not None and ev.source is not None:
            # "would keep the hostages until Israel ends the war": a threat lasting until
            # a party acts is aimed at that party, not at the people or things the
            # threatened act holds or blocks meanwhile
            terms = self.coder.condition_parties(
                tok, actors, action.sources[0], terms_only=True
            )
            if terms and not any(ev.target.code == a.code for a in terms):
                ev = dataclasses.replace(ev, target=ActorRef.of(terms[0]))
        if ev.root == "14" and ev.target is None:
            # "marched to protest the killings by Serb police": aimed at what its purpose
            # is against
            aim = self._protest_aim(tok, actors, action.sources[0])
            if aim is not None:
                ev = dataclasses.replace(ev, target=ActorRef.of(aim))
        if (
            self.authors is not None
            and ev.target is None
            and ev.quad_class in (1, 3)
            and not ev.cameo.startswith("01")
        ):
            # "rejected the resolution": aimed at whoever made it
            author = self.authors.of_target(tok, actors, action.sources[0])
            if author is not None:
                ev = dataclasses.replace(ev, target=ActorRef.of(author))
        return ev

    def _stance_on_told_act(
        self,
        tok: Any,
        action: Action,
        actors: TokenActors,
        ev: Event,
        earlier: Sequence[Event],
        earlier_tokens: Sequence[int],
    ) -> Event:
        """A stance with no target taken on an act a definite noun names with no doer in
        its phrase ("China held drills around Taiwan. The United States condemned the
        drills.") is aimed at the doer of the latest act the article told in the
        ``_STANCE_LOOKBACK`` sentences before that the noun names: an earlier event of the
        noun's own root (its noun rules' code: drills ~ exercises 15, crackdown 17) or
        whose trigger is the same word or the verb the noun is named from ("seized a
        tanker. Britain condemned the seizure"); never the stance-taker itself. An approval,
        disapproval or rejection of a noun of any act (``generic_act_nouns``: "Mali expelled
        the envoy. France condemned the move") is aimed at the doer of the main act of the
        latest sentence that tells one by a verb (no statement). Nouns that are made things
        (a plan, a resolution) are ``Authors.of_target``'s; an indefinite noun ("condemned
        a crackdown") introduces a new act."""
        if ev.root not in VERBAL_ROOTS or ev.source is None or not ev.source.code:
            return ev
        assert self.authors is not None
        noun = self.authors.act_noun(tok)
        # a noun with no rule of its own names a told act only by its word, and only for
        # an approval, a disapproval or a rejection ("condemned the move", "the seizure")
        by_word = noun is None
        stance = ev.cameo in self.words.stance_codes or ev.root in _DISAPPROVING_ROOTS
        if by_word and stance:
            noun = self._named_act(tok)
        if (
            noun is None
            or actors.at(noun.i) is not None
            or not definite(noun)
            or self.authors.act_doer(noun, actors) is not None
        ):
            return ev
        lemma = noun.lemma_.lower()
        generic = stance and lemma in self.words.generic_act_nouns
        judged = stance and lemma in self.words.court_act_nouns
        roots = {r.code[:2] for r in self.coder.nominal_rules(noun) or () if r.code}
        roots.discard(ev.root)  # "condemned the condemnation" names the stance's own kind
        if not roots and not by_word and not generic and not judged:
            return ev
        parse = tok.doc
        told = [
            (prior, parse[at])
            for prior, at in zip(reversed(earlier), reversed(earlier_tokens), strict=True)
            if 0 < ev.sentence - prior.sentence <= _STANCE_LOOKBACK
        ]
        # the act told by the same word ("held drills", later "the drills"), or by the
        # verb the noun is named from ("seized a tanker", later "the seizure"), before one
        # of the noun's kind only ("held drills", "sent a warship", later "the drills");
        # a noun of any act ("the move", "the step": ``generic_act_nouns``) names the
        # latest act told that is no statement ("closed the crossing. X criticized the move")
        named = [
            p
            for p, t in told
            if lemma in {t.lemma_.lower(), *(() if by_word else _object_lemmas(t))}
            or named_from(lemma, t.lemma_.lower())
        ]
        if not named and generic:
            # the main act of the latest sentence that tells one by a verb (of a
            # reciprocal act's two events, the first: its subject's, "Russia held talks
            # with Iran"); not an act a verb of reporting before it tells as another
            # party's claim ("The junta's spokesman said Paris had backed the rebels"),
            # which the move does not name; a speaker's own act ("The RSF said its fighters
            # had retreated") and a trailing "..., officials said" tell the news itself;
            # when every act in reach is such a claim, the latest claim is what the move
            # names ("Kyiv said Russia had deployed troops. NATO condemned the move")
            acts = [(p, t) for p, t in told if p.root != "01" and t.pos_ in ("VERB", "AUX")]
            done = [(p, t) for p, t in acts if not self._claimed_of_another(t, p, actors)] or acts
            latest = [(p, t) for p, t in done if p.sentence == done[0][0].sentence]
            main = min(reversed(latest), key=lambda pt: len(list(pt[1].ancestors)), default=None)
            named = [main[0]] if main is not None else []
        if not named and judged:
            # a ruling or verdict (``court_act_nouns``) is the latest told act of a court
            # ("The court jailed X. Y condemned the verdict"), whatever its kind
            court = [(p, t) for p, t in told if p.source and "JUD" in sectors_of(p.source.code)]
            named = [court[0][0]] if court and not _other_ruling(court[0][1], noun) else []
        for prior in named or [p for p, _ in told if p.root in roots]:
            doer = prior.source
            own = ev.source.code
            if not (doer and doer.code) or _same_party(doer.code, own):
                # the latest such act is no one's, or the stance-taker's own ("China held
                # drills. Beijing defended the drills": CHN's, for CHNGOV)
                return ev
            return dataclasses.replace(ev, target=doer)
        return ev

    def _doer_of_told_force(
        self,
        tok: Any,
        actors: TokenActors,
        ev: Event,
        earlier: Sequence[Event],
        earlier_tokens: Sequence[int],
        here: Sequence[Event],
        here_tokens: Sequence[int],
    ) -> tuple[Event, int | None]:
        """A use of force or coercion (17-20) with no doer, done to a named party, whose
        clause names its act by a definite noun of force or coercion (an event noun of the
        verb dictionary) with no doer in its own phrase: its verb's subject ("the attack
        killed three soldiers", "the raid, which left 11 fighters dead") or the act its
        casualties were undergone in (``force_occasion_prepositions``: "twelve civilians
        were killed in the shelling"). That noun names an act told before: the event
        takes the doer of the nearest act of the noun's kind (force 18-20, or the noun's
        own root) told earlier in the sentence or in the ``_TOLD_FORCE_LOOKBACK``
        sentences before ("Government troops shelled the town. Twelve civilians were
        killed in the shelling": the troops); never the party it was done to ("Troops
        clashed with rebels. Three soldiers were killed in the fighting": of a two-sided
        fight noun, a symmetric row, the other side told there: the rebels; of a
        one-sided one, no one). With no such act told the doer stays unnamed. Also the
        token of the act whose doer it took when that act is told earlier in the same
        sentence ("Troops shelled the town, and twelve civilians were killed in the
        shelling"): one act told twice, of which ``one_act`` keeps one."""
        if ev.root not in _COERCION_FORCE_ROOTS or not _coded(ev.target):
            return ev, None
        assert self.authors is not None
        noun = self._told_force_noun(tok)
        if noun is None or actors.at(noun.i) is not None:
            return ev, None
        if self.authors.act_doer(noun, actors) is not None:
            return ev, None
        rules = self.coder.nominal_rules(noun) or ()
        roots = {r.code[:2] for r in rules if r.code}
        if not roots or not roots <= _COERCION_FORCE_ROOTS:
            return ev, None
        kinds = set(FORCE_ROOTS) if roots & FORCE_ROOTS else roots
        told = [
            (prior, at)
            for prior, at in zip(reversed(here), reversed(here_tokens), strict=True)
            if at < noun.i
        ] + [
            (prior, at)
            for prior, at in zip(reversed(earlier), reversed(earlier_tokens), strict=True)
            if 0 < ev.sentence - prior.sentence <= _TOLD_FORCE_LOOKBACK
        ]
        told = [
            (p, at)
            for p, at in told
            if p.root in kinds and p.modality not in ("negated", "hypothetical")
        ]
        if not told:
            return ev, None
        # the nearest such act's sentence: the act the noun names is told there; its
        # doer, or, of a two-sided fight (a noun with a symmetric row: "the fighting",
        # "the clashes"), when that is the party the casualties are of, the other side
        # ("six militants were killed and three troops wounded in the fighting")
        nearest = told[0][0].sentence
        latest = [(p, at) for p, at in told if p.sentence == nearest]
        assert ev.target is not None
        victim = ev.target.code or ev.target.country or ""
        for prior, at in latest:
            doer = prior.source
            if doer is not None and _coded(doer) and not _one_side(doer, victim):
                same = at if prior.sentence == ev.sentence else None
                return dataclasses.replace(ev, source=doer), same
        if any(r.symmetric for r in rules):
            for prior, _ in latest:
                doer = prior.target
                if doer is not None and _coded(doer) and not _one_side(doer, victim):
                    return dataclasses.replace(ev, source=doer), None
        return ev, None

    def _told_force_noun(self, tok: Any) -> Any | None:
        """The definite noun naming the act of the event at ``tok`` (see
        ``_doer_of_told_force``): its subject, the noun "which" stands for
        as its subject, or the object of its "in" or "during" phrase."""
        heads: list[Any] = []
        for c in tok.children:
            if c.dep_ == "nsubj":
                if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    heads.append(tok.head)
                else:
                    heads.append(c)
            elif c.dep_ == "prep" and c.lower_ in self.words.force_occasion_prepositions:
                heads += [g for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            if h.pos_ == "NOUN" and definite(h) and self.coder.nominal_rules(h):
                return h
        return None

    def _claimed_of_another(self, tok: Any, ev: Event, actors: TokenActors) -> bool:
        """Whether the act at ``tok`` is told in the content of a verb of reporting before
        it (``reporting_verbs``) whose subject is a party other than the act's doer: a
        claim about another party ("The junta's spokesman said Paris had backed the
        rebels"), not the news of an act done."""
        doer = ev.source.code if ev.source is not None else None
        for a in tok.ancestors:
            if a.i > tok.i or a.lemma_.lower() not in self.words.reporting_verbs:
                continue
            for c in a.children:
                if c.dep_ != "nsubj":
                    continue
                speaker = actors.at(c.i)
                code = speaker.code if speaker is not None else None
                return not _same_party(code, doer)
        return False

    def _named_act(self, tok: Any) -> Any | None:
        """The noun ``tok`` takes a stance on that has no noun rule of its own, its object
        or its passive subject, when it may name an act told before: a noun of any act
        (``generic_act_nouns``: "the move", "the step") or one named from a verb ("the
        seizure"); not a thing made (``artifact_nouns``, ``Authors.of_target``'s), unless a
        court's (``court_act_nouns``: "the verdict"), which names the court's act told before."""
        for c in tok.children:
            if (
                c.dep_ in ("dobj", "nsubjpass")
                and c.pos_ == "NOUN"
                and (
                    c.lemma_.lower() not in self.words.artifact_nouns
                    or c.lemma_.lower() in self.words.court_act_nouns
                )
            ):
                return c
        return None

    def _protest_aim(self, tok: Any, actors: TokenActors, source: Actor | None) -> Actor | None:
        """The party a demonstration with no target of its own is against, told by its
        to-infinitive of purpose (``protest_aim_verbs``), on the verb or on a participle
        of it ("marched, burning flags to protest X"): the author or doer of the thing or
        act the infinitive names ("to protest the killings by Serb police"), else the party
        it names ("gathered to denounce the exiles", "to protest against X"); never the
        demonstrators' own code. A demonstration's purpose is what it is against, as
        CAMEO's 14 codes it; the event itself stays the one the verb tells."""
        heads = [tok, *(c for c in tok.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG")]
        for head in heads:
            for inf in head.children:
                if inf.dep_ not in ("advcl", "xcomp") or not to_infinitive(inf):
                    continue
                if inf.lemma_.lower() not in self.words.protest_aim_verbs:
                    continue
                found: list[Actor] = []
                if self.authors is not None:
                    author = self.authors.of_target(inf, actors, source)
                    found += [author] if author is not None else []
                objs = [c for c in inf.children if c.dep_ == "dobj"]
                if objs and not any(c.dep_ == "auxpass" for c in inf.children):
                    # an active infinitive with an object has no agent: a "by" phrase the
                    # parser hung on it is its object's doer ("to protest the killings by
                    # police")
                    found += [a for o in prep_objects(inf, ("by",)) for a in [actors.at(o.i)] if a]
                objs += prep_objects(inf, ("against",))
                for o in objs:
                    if self._harm_noun(o):
                        # "to condemn the killing of X (by Y)": the aim is the doer of the
                        # harm, never the one it was done to
                        found += self._harm_doers(o, actors)
                    else:
                        found += self.coder.phrase_actors(o, actors)
                for party in found:
                    if party.code and (source is None or party.code != source.code):
                        return party
        return None

    def _harm_noun(self, noun: Any) -> bool:
        """Whether ``noun`` names harm or a detention done to someone (``patient_nouns``,
        ``murder_words``, ``harm_words``: "the killing", "the death", "the arrest")."""
        w = self.words
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (
            lemma in w.patient_nouns or lemma in w.murder_words or lemma in w.harm_words
        )

    def _harm_doers(self, noun: Any, actors: TokenActors) -> list[Actor]:
        """The doers a harm noun names: its "by" agent ("the killing of a protester by
        soldiers"), or its possessive or the noun before it when an "of" phrase names the one
        harmed ("Russia's killing of Turkish soldiers", "the police killing of a
        teenager"); "Navalny's arrest", "the death of a teenager" name only who was harmed,
        so no doer."""
        harmed = prep_objects(noun, ("of",))
        # the parser may hang the "by" phrase on the one harmed ("of a protester by soldiers")
        heads = [g for h in (noun, *harmed) for g in prep_objects(h, ("by",))]
        if harmed:
            # "Russia's killing of ...", "the police killing of a teenager": the owner or
            # the noun before the harm noun did it when an "of" phrase names the one harmed
            heads += [c for c in noun.children if c.dep_ in ("poss", "compound")]
        return [a for h in heads for a in self.coder.phrase_actors(h, actors)]

    def _tells_no_act(
        self,
        doc: Document,
        tok: Any,
        action: Action,
        ev: Event,
        actors: TokenActors,
        by_id: dict[str, Actor],
    ) -> bool:
        """Whether a dictionary act coded at ``tok`` tells no political event: between
        private parties, with no coded side, a trip or a visit to no one, a stance toward
        a policy, an act a thing makes possible, a company's office, a hazard's doings,
        and the other kinds each guard names; the coder counts it as uncodable."""
        if all(
            side is None or side.actor in by_id for side in (ev.source, ev.target)
        ) and private_act(
            ev.cameo,
            by_id.get(_ref_id(ev.source)),
            by_id.get(_ref_id(ev.target)),
            words=self.words,
        ):
            # "the company pledged to become carbon neutral": between private
            # parties only, no political event (the coding guide)
            return True
        if not (_coded(ev.source) or _coded(ev.target)):
            # no side is a coded party ("the train remains blocked")
            return True
        if (
            ev.root == "04"
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in self.words.topic_verbs
            and not (_coded(ev.source) and _coded(ev.target))
        ):
            # talking consults only between two coded parties: "spoke with Breitbart
            # News", "to speak along with Y" (same party), "who has spoken to X"
            # with no one named speaking tell no consultation
            return True
        if any(
            none_told(
                action.code,
                tok,
                action.sources[0],
                action.targets[0],
                self.words,
            )
            for none_told in (
                political_contest,
                no_protest,
                quelled_rival,
                unsigned_medium,
                campaign_money,
                campaign_help,
                partisan_yield,
                private_invitation,
                published,
                hosted_gathering,
                electoral_challenge,
                dared_challenge,
                figurative_force,
                attempted,
                captured_thing,
                crowded_round,
                took_the_helm,
                talked_about,
                matter_of_talks,
                imperative_advice,
                word_mentioned,
                met_by_doers,
                lone_body_meeting,
                questioned,
                tallied_support,
                electorate_support,
                labelled_party,
                nonpolitical_domain,
                unarmed_posture,
            )
        ):
            # "the candidates battled in Wisconsin": a contest of votes, no force;
            # "as he has demonstrated in his speeches": one person shows, and "Dupont
            # held a rally in Lyon": a campaign event, no protest; "a video attacking
            # the mayor" by no author named: no one's words; "donated $750 to Dupont's
            # campaign": a political contribution, no aid
            return True
        if (
            ev.cameo[:3] in self.words.travel_codes
            and tok.lemma_.lower() in self.words.trip_verbs
            and not self._trip_to(tok, ev.target, doc)
        ):
            # going somewhere visits only the party or the place abroad it goes to:
            # "flew to the capital", "headed home", "arrived in the city", "traveled
            # to the border with X" tell no visit
            return True
        if (
            ev.cameo[:3] == "043"
            and tok.lemma_.lower() in self.words.guest_verbs
            and not self._guest(tok, ev.target, doc)
        ):
            # receiving hosts only someone received: "received the envoy's letter",
            # "received a letter from his counterpart" receive a thing
            return True
        if ev.modality == "negated" and (
            _indefinite_object(tok)
            or _no_one_involved(tok, _ref_id(ev.target), actors, words=self.words)
        ):
            # an act not done to anyone in particular ("has not endorsed a
            # candidate", "did not attack anyone"), or done by or to no one ("no
            # Americans were killed", "none of the militants was apprehended"):
            # nothing happened to a party
            return True
        if (
            ev.target is None
            and ev.cameo[:3] in self.words.travel_codes
            and (_visits_a_thing(tok) or _visits_home(doc, tok, ev.source, words=self.words))
        ):
            # a visit to a building, a site or a region no party or named place is
            # in ("visited a train station", "visited several states"): a trip,
            # no one visited
            return True
        if (
            ev.target is None
            and ev.cameo in self.words.stance_codes
            and _toward_policy(tok, words=self.words, actors=actors)
        ):
            # a stance toward a policy or an idea no party is named in ("opposes
            # free trade", "backed an overhaul of the tax system"), or toward a
            # course of action that names none ("supports raising the tolls"): a position
            return True
        if _poll_told(tok, words=self.words):
            # "the poll found that 43% of voters support X", "Americans oppose X, a new
            # poll finds", "X would defeat Y, according to a survey": a count of
            # opinions, statistics, no act
            return True
        if _let_by_a_thing(tok, actors, words=self.words):
            # "the law lets police detain protesters for 30 days", "a bill that would
            # allow authorities to jail journalists": a power a rule grants, no act done
            return True
        if _enabled_by_a_thing(tok, actors, words=self.words):
            # "the agreement will allow for closer cooperation between X and Y", "the
            # deal paves the way for talks": what a thing makes possible, not done
            return True
        if ev.cameo in self.words.resignation_codes and (
            _company_office(tok, actors, words=self.words)
            or _private_leaver(by_id.get(_ref_id(ev.source)), words=self.words)
        ):
            # "Ana Ruiz, chairman and chief executive, resigned", "resigned as
            # general manager", "stepped down as Politico's chief executive", "the
            # investor resigned": a company's or an outlet's officer leaving, business
            return True
        if (
            _by_hazard(tok, words=self.words)
            or _on_animals(tok, ev.cameo, words=self.words)
            or _on_hazard(tok, ev.cameo, words=self.words)
            or _protest_toll(tok, ev.cameo, words=self.words)
            or _medical(tok, ev.cameo, words=self.words)
            or (ev.target is None and _hazard_concern(tok, ev.cameo, words=self.words))
        ):
            # a disease or a disaster does not act, whatever country it is of ("the
            # Haitian cholera outbreak has killed 292 people"); a cull of animals is
            # no act against anyone
            return True
        return False

    def _act_noun_target(self, tok: Any, actors: TokenActors, action: Action, ev: Event) -> Event:
        """A stance taken on another's act told by its noun ("welcomed the condemnation of
        X", "criticized the arrest of X by Y") is taken toward whoever does that act, never
        toward the one it is done to: its doer named in the noun's phrase is the target;
        with none named, the party an act of words is about is no target ("his condemnation
        of X was welcomed" is no praise of X), while the one a material act befalls stays
        (an act undergone: "condemned the killing of protesters"), except the one set free
        by a yielding act an endorsement approves of ("welcomed the release of the
        hostages" praises the releaser, not the hostages) and a state's mission,
        body or forces struck by force, whom censure (11, 14) of the force is not aimed at
        ("condemned the bombing of the U.S. embassies")."""
        assert self.authors is not None and ev.target is not None
        if tok.pos_ not in ("VERB", "AUX") or self.coder._carries_nominal(tok):
            return ev
        noun = self.authors.act_noun(tok)
        if noun is None or actors.at(noun.i) is not None:
            return ev
        # the parties of the noun's own phrase, not of a clause in it ("criticism that her
        # campaign ..."), and none the verb's subject names ("X faced criticism from Y")
        within: set[str] = set()
        todo = [c for c in noun.children if c.dep_ not in _NOUN_CLAUSES]
        while todo:
            t = todo.pop()
            within.update(a.id for a in actors.all_at(t.i))
            todo.extend(c for c in t.children if c.dep_ not in _NOUN_CLAUSES)
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i:
                within.difference_update(a.id for t in c.subtree for a in actors.all_at(t.i))
        if ev.target.actor not in within:
            return ev
        rules = self.coder.nominal_rules(noun) or ()
        if noun.lemma_.lower() in self.words.accord_nouns and any(r.symmetric for r in rules):
            # "supported a deal between X and Y", "brokered a deal between X and Y": a
            # mutual agreement is made by all its sides, each the one the stance is toward
            return ev
        said = [r.code for r in rules if r.code]
        pattern = set(re.findall(r"[a-z]+", action.rule.lower())) if action.specific else set()
        if any(c[:2] == ev.cameo[:2] for c in said) or {noun.lower_, noun.lemma_.lower()} & pattern:
            # the verb's phrase names its own act by the noun ("sang the praises of X",
            # "raised objections to X", "went on hunger strike against X", "signed a
            # pledge with X")
            return ev
        doer = self.authors.act_doer(noun, actors)
        source = action.sources[0] if action.sources else None
        if doer is not None and doer.id == ev.target.actor:
            return ev
        if doer is not None and doer.code and (source is None or doer.code != source.code):
            return dataclasses.replace(ev, target=ActorRef.of(doer))
        if doer is not None or (said and all(_verbal_code(c) for c in said)):
            # an uncoded doer ("his condemnation of X") or an act of words by no one named
            return dataclasses.replace(ev, target=None)
        if ev.root == _ENDORSING_ROOT and said and all(c[:2] == _YIELDING_ROOT for c in said):
            # "welcomed the release of the hostages": what is approved is the releasing,
            # the doer's, not the ones set free (the stance rule looks for the doer told)
            return dataclasses.replace(ev, target=None)
        if (
            ev.root in _CENSURE_ROOTS
            and source is not None
            and any(c[:2] in FORCE_ROOTS for c in said)
            and _state_side(ev.target)
        ):
            # force by no one named done to a state's mission, body or forces ("condemned
            # the bombings of the U.S. embassies", "protested the attack on its troops"):
            # the censure is of whoever struck them, not of the state struck (a censure
            # with no one named doing it keeps it: the act stays told)
            return dataclasses.replace(ev, target=None)
        return ev

    def _quoted_criticism(
        self,
        doc: Document,
        actors: TokenActors,
        si: int,
        sent_span: tuple[int, int],
        here: Sequence[Event],
    ) -> list[tuple[Event, int]]:
        """Criticism said in a quote: a coded speaker whose words, in this sentence, call
        a named party's doings a disaster, propaganda, illegal, hypocritical ... (CAMEO
        111, data/en/criticism.tsv) criticizes that party: the first one named in the
        words, not the speaker's own side. Words that name a wrong (a violation, aggression)
        or lay blame (responsible, to blame: 112) count only for the party they are said
        of, and a name of censure ("a threat", "weak") only for the party the words say it
        is (:func:`_called`); a verb of wrongdoing (deceit: 112, betrayal, failing or
        harming a party: 111; committing a grave wrong, "committed war crimes": 112) only
        for its doer (:meth:`_doers`). Nothing when the sentence
        already codes the speaker's disapproval (an "accused", a "condemned"). With no
        censure, a name of praise the
        words say a party is ("X is a hero", "X's record is inspiring") praises it (051),
        unless the sentence already codes the speaker's praise or support."""
        parse = doc.parse
        out: list[tuple[Event, int]] = []
        by_id: dict[str, Actor] | None = None
        lower = self.coder.columns(parse).lower
        lemmas = self.coder.columns(parse).lemma
        for q in doc.quotes:
            # (the quotes of other sentences first: this runs for every sentence)
            lo, hi = max(q.span[0], sent_span[0]), min(q.span[1], sent_span[1])
            if lo >= hi:
                continue
            if (
                q.speaker is None
                or q.speaker.actor is None
                or q.cue_type not in (None, "speech", "writing")
            ):
                continue
            if by_id is None:
                by_id = {a.id: a for a in doc.actors}
            speaker = by_id.get(q.speaker.actor)
            if speaker is None or not _coded(ActorRef.of(speaker)):
                continue
            words = parse.char_span(lo, hi, alignment_mode="expand")
            if words is None or said_untrue(words.root, self.words):
                continue  # "X denied that Y committed the massacre": no one is accused
            said = set(lower[words.start : words.end])
            target = None
            # a verb of wrongdoing ("she lied", "they failed our veterans") censures its doer
            done = set(lemmas[words.start : words.end]) & self.wrongdoing_verbs
            accused = self._doers(words, self.accusation_verbs, actors) if done else set()
            if done & self.perpetration_lemmas:
                # a grave wrong the words say a party committed ("the army committed
                # atrocities", "war crimes perpetrated by X") accuses its doer, as deceit does
                accused |= self._doers(
                    words, self.perpetration_lemmas, actors, wrongs=self.perpetrated_wrongs
                )
            censured = self._doers(words, self.betrayal_verbs, actors) if done else set()
            if done & self.failing_or_dereliction:
                censured |= self._doers(words, self.failing_verbs, actors, harmed=True)
                censured |= self._doers(words, self.dereliction_verbs, actors, duty=True)
            blames = False
            if (said & self.censure_or_epithet or accused or censured) and not _disapproved(
                speaker, here
            ):
                if accused:
                    target = self._criticized(words, actors, speaker, accused, accused)
                    blames = target is not None
                if target is None:
                    target = self._criticized(words, actors, speaker, None, censured)
            if (
                target is None
                and said & self.censure_or_epithet
                and not _disapproved(speaker, here)
            ):
                # a made thing of no one named said to be bad ("His plan is a disaster",
                # "the tax plans are irresponsible"): its author, told in its phrase or
                # where the article told it before ("X unveiled his tax plan")
                target = self._thing_author(words, actors, speaker)
            if target is not None and not blames:
                # words that only lay blame ("X was responsible for the attack") accuse (112)
                blames = bool(said & self.accusation_words) and not (
                    said & self.censure_not_accusation
                )
            code, text = ("112", "accusation") if blames else ("111", "criticism")
            if target is None and said & self.praise_epithets and not _praised(speaker, here):
                # no censure, but a name of praise a party is said to be ("X is a hero")
                praised = self._called(words, self.praise_epithets)
                target = self._criticized(words, actors, speaker, praised)
                code, text = "051", "praise"
            if target is None:
                continue
            root = words.sent.root
            action = Action(
                root.i, code, (speaker,), (target,), f"{text} in quoted words", False, builtin=True
            )
            ev = self._event(doc, root, action, si, sent_span, [q.span], actors)
            if ev.cameo[:2] != code[:2]:
                continue  # recoded by its clause's stance ("I don't know if X is a hero")
            out.append((dataclasses.replace(ev, modality="asserted"), root.i))
        return out

    def _epithets(
        self,
        doc: Document,
        actors: TokenActors,
        si: int,
        sent_span: tuple[int, int],
        here: Sequence[Event],
    ) -> list[tuple[Event, int]]:
        """What a coded party calls another, or another's doings, by a word of censure
        ("called X a traitor", "called X's plan reckless", "dubbed the vote a sham": CAMEO
        111, data/en/criticism.tsv) criticizes the one named, or the thing's author. Not a
        negated naming ("did not call it illegal"), a word outside the name given ("called X
        to discuss the illegal ..."), nor when the sentence already codes the caller's
        disapproval."""
        parse = doc.parse
        out: list[tuple[Event, int]] = []
        sent = parse.char_span(*sent_span, alignment_mode="expand")
        cols = self.coder.columns(parse)
        for i in range(sent.start, sent.end) if sent is not None else ():
            if cols.pos[i] != "VERB" or cols.lemma[i] not in self.naming_verbs:
                continue
            tok = parse[i]
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            names = [c for c in tok.children if c.dep_ in _NAME_DEPS]
            # "called the plan 'insanity'", "called the plan dangerous": the name in
            # apposition to the object, or an adjective the parser hung after it
            names += [
                c
                for o in objs
                for c in o.children
                if c.dep_ == "appos" or (c.dep_ == "amod" and c.i > o.i)
            ]
            # "cast X as divisive", "portrayed X as a bully": the name after "as", on the
            # verb or hung on its object
            names += [
                g
                for h in (tok, *objs)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ in ("pobj", "amod", "acomp", "advmod")
            ]
            # "called Trump a fraud" parsed as one phrase, the party hung on the name before
            # its article ("[Trump] a fraud"): the party is the one named, the rest the name
            for h in (*objs, *names):
                fused = [c for c in h.children if _fused_name_party(c, h)]
                if fused:
                    objs = [o for o in objs if o is not h] + fused
                    names = [n for n in names if n is not h] + [h]
            given = {w.lower_ for n in names for w in _name_words(n)}
            # a name of censure criticizes (111); a name of praise, with none, praises (051)
            if given & self.epithet_words:
                code = "111"
            elif given & self.praise_epithets:
                code = "051"
            else:
                continue
            speaker = next(
                (a for a in self.coder.subject_of(tok, actors)[0] if _coded(ActorRef.of(a))),
                None,
            )
            if speaker is None:
                continue
            if _disapproved(speaker, here) if code == "111" else _praised(speaker, here):
                continue
            target = self._named(tok, objs + names, actors, speaker)
            if target is None:
                continue
            action = Action(
                tok.i, code, (speaker,), (target,), f"{tok.lemma_} + epithet", False, builtin=True
            )
            ev = self._event(doc, tok, action, si, sent_span, [], actors)
            if ev.modality == "hypothetical" and not self.hypothetical_events:
                continue
            out.append((ev, tok.i))
        return out

    def _critical_of(
        self,
        doc: Document,
        actors: TokenActors,
        si: int,
        sent_span: tuple[int, int],
        here: Sequence[Event],
    ) -> list[tuple[Event, int]]:
        """A coded party told as critical of another with no verb ("While highly critical
        of the British government, X ...", "X, long critical of Washington, ...": CAMEO
        111, data/en/criticism.tsv critical_adjectives): the one described criticizes the
        one named, or the thing's author. A verb ("X was critical of Y") is the verb
        dictionary's; a word before its noun ("a critical report") describes no one."""
        parse = doc.parse
        out: list[tuple[Event, int]] = []
        sent = parse.char_span(*sent_span, alignment_mode="expand")
        cols = self.coder.columns(parse)
        for i in range(sent.start, sent.end) if sent is not None else ():
            if cols.lemma[i] not in self.critical_adjectives or cols.pos[i] != "ADJ":
                continue
            tok = parse[i]
            if tok.dep_ not in ("amod", "advcl", "appos"):
                continue
            if tok.dep_ == "amod" and tok.i < tok.head.i:
                continue  # "a critical report": before its noun, it describes the noun
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            named = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if not named:
                continue
            # "While critical of X, Y praised ...": the clause's subject; "Y, long critical
            # of X": the noun described; named, or by a demonym ("the French politician")
            heads = (
                [c for c in tok.head.children if c.dep_ == "nsubj"]
                if tok.dep_ == "advcl"
                else [tok.head]
            )
            holders = [
                a
                for h in heads
                for a in self.coder.phrase_actors(h, actors, deep=False)
                or self.coder.demonym_actors([c for c in h.children if c.dep_ == "amod"])
            ]
            holder = next((a for a in holders if _coded(ActorRef.of(a))), None)
            if holder is None:
                continue
            mine = ref_country(ActorRef.of(holder))
            if any(e.root == "11" and ref_country(e.source) == mine for e in here):
                continue
            target = self._named(tok, named, actors, holder)
            if target is None:
                continue
            text = f"{tok.lemma_} of [111]"
            action = Action(tok.i, "111", (holder,), (target,), text, False, builtin=True)
            ev = self._event(doc, tok, action, si, sent_span, [], actors)
            if ev.modality != "hypothetical" or self.hypothetical_events:
                out.append((ev, tok.i))
        return out

    def _named(
        self, verb: Any, phrases: Sequence[Any], actors: TokenActors, speaker: Actor
    ) -> Actor | None:
        """The coded party a naming verb names: one in its object's phrase (or the name's:
        "called the Dutch government fascist"), a demonym there ("the Israeli plan"), or
        the author of the thing named ("called the resolution illegal")."""
        for p in phrases:
            mods = [c for c in p.subtree if c.dep_ in ("amod", "compound", "poss")]
            for found in (*self.coder.phrase_actors(p, actors), *self.coder.demonym_actors(mods)):
                if (
                    found is not speaker
                    and _coded(ActorRef.of(found))
                    and found.code != speaker.code
                ):
                    return found
        if self.authors is not None:
            return self.authors.of_target(verb, actors, speaker)
        return None

    def _called(self, words: Any, names: frozenset[str]) -> set[int]:
        """The tokens of ``words`` a name is what they are said to be (:func:`_called`)."""
        return _called(words, names, self.naming_copulas, self.words.undone_auxiliaries)

    def _thing_author(self, words: Any, actors: TokenActors, speaker: Actor) -> Actor | None:
        """The author of a made thing (``artifact_nouns``) or of words said
        (``said_things``) that ``words`` call by a name of censure ("the plan is a
        disaster", "their policies are reckless": :func:`_called_subjects`) or describe by
        one ("this outrageous resolution", "his remarks were disgusting"; not an adjective
        of ``classifying_adjectives`` that names a kind: "the criminal charges"), when its words
        name no party (:meth:`Authors.of_thing`) and the author is one the speaker may
        criticize (:meth:`_censurable`): not the speaker's own side. Not a thing a denied,
        possible or conditional clause tells of ("if the plan is reckless"); a description
        stands in a clause of any mood ("we will fight this outrageous ban")."""
        if self.authors is None:
            return None
        things = _called_subjects(
            words, self.censure_or_epithet, self.naming_copulas, self.words.undone_auxiliaries
        )
        inside = range(words.start, words.end)
        things += [
            c.head
            for c in words
            if c.dep_ == "amod"
            and c.lower_ in self.censure_or_epithet
            # "the criminal charges", "a terrorist attack": a kind of thing, no censure
            and c.lower_ not in self.classifying_adjectives
            and c.head.i in inside
            and not any(g.dep_ == "neg" for g in c.children)
            # a description stands whatever the clause's mood ("we will fight this
            # outrageous ban"), not in a denied clause or a condition
            and not _undone(c.head, frozenset(), self.words.condition_marks, self.certainty_nouns)
        ]
        for thing in things:
            if any(actors.at(t.i) is not None for t in thing.subtree):
                continue  # a party named in it: the words' own binding tells ("X's plan")
            found = self.authors.of_thing(thing, actors, self.said_things)
            if found is not None and self._censurable(speaker, found, strict=True):
                return found
        return None

    def _owed(self, act: Any) -> bool:
        """Whether the infinitive ``act`` of a verb of dereliction tells a duty its
        party left undone ("failed to act", "failed to meet its commitments", "failed to
        crack down on militants"): any act but an outcome of a contest, a count, a
        negotiation or a battle (``attainment_verbs``: "failed to win Iowa", "failed to agree
        on a truce", "failed to recapture Mosul"), which is a neutral report."""
        return act.lemma_.lower() not in self.attainment_verbs

    def _doers(
        self,
        words: Any,
        verbs: frozenset[str],
        actors: TokenActors,
        *,
        harmed: bool = False,
        duty: bool = False,
        wrongs: frozenset[str] | None = None,
    ) -> set[int]:
        """The tokens of ``words`` naming who did a wrong a verb of ``verbs`` tells (its
        subject's words, or its agent's in the passive): "She lied to the American people",
        "Her policies betrayed the workers", "we were misled by X". With ``harmed``, only when
        what it was done to is a party or what the speaker's side owns ("failed our
        veterans", "weakened America"; not "the plan failed", "destroyed the bridge").
        With ``duty``, only when an infinitive tells the duty left undone ("Congress has
        failed to act", "X neglected to tell"; not "the talks failed", nor an outcome:
        "failed to agree", "failed to win Iowa": :meth:`_owed`).
        With ``wrongs``, only when what was done is one of them: the verb's object, its
        passive subject, or the noun a participle of it describes ("committed atrocities",
        "war crimes were committed by X", "abuses committed by X"; not "committed troops").
        Nothing when the verb or a clause above it is denied, questioned, a condition or only
        possible ("X did not lie", "if X fails us", "X would destroy", "did X lie?")."""
        out: set[int] = set()
        for v in words:
            if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in verbs:
                continue
            if harmed and not any(
                o.dep_ in ("dobj", "obj")
                and (
                    actors.at(o.i) is not None
                    or any(
                        p.dep_ == "poss" and p.lower_ in self.own_possessives for p in o.children
                    )
                )
                for o in v.children
            ):
                continue
            if duty and not any(
                c.dep_ == "xcomp" and to_infinitive(c) and self._owed(c) for c in v.children
            ):
                continue  # no duty told, or an outcome: "failed to agree", "failed to win Iowa"
            described = v.dep_ == "acl" and v.tag_ == "VBN"  # "abuses committed by X"
            if wrongs is not None and not (
                any(o.lower_ in wrongs for o in self._perpetrated(v))
                or (described and v.head.lower_ in wrongs)
            ):
                continue
            if _undone(
                v, self.words.undone_auxiliaries, self.words.condition_marks, self.certainty_nouns
            ) or said_untrue(v, self.words):
                continue
            if any(c.lower_ == "?" for c in v.children):
                continue
            if wrongs is None and any(
                c.dep_ == "prep" and c.lower_ in self.placement_prepositions for c in v.children
            ):
                continue  # "the answer lies in talks": a verb of position, no wrong
            passive = described or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
            doers = (
                agent_objects(v)
                if passive
                else [s for s in v.children if s.dep_ == "nsubj"]
            )
            words_of = _own_words(doers)
            if verbs is self.accusation_verbs or wrongs is not None:
                # only a party itself deceives or commits a wrong: not one that owns the
                # subject ("Iran's future lies ...", "Sudan's army committed abuses")
                words_of -= {
                    t.i for d in doers for p in d.children if p.dep_ == "poss" for t in p.subtree
                }
            out |= words_of
        return out

    def _perpetrated(self, v: Any) -> list[Any]:
        """What verb ``v`` tells was done when it is a verb of perpetration
        (``perpetration_verbs``): its object or passive subject ("committed atrocities",
        "a massacre was perpetrated"), with the particle a phrasal one needs ("carried out
        a massacre"), or the object of the preposition it takes ("engaged in torture");
        nothing when the particle or preposition is not there ("carried the wounded")."""
        lemma = v.lemma_.lower()
        out: list[Any] = []
        for verb in self.perpetration_verbs:
            first, _, second = verb.partition(" ")
            if first != lemma:
                continue
            if not second:
                out += [o for o in v.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
            elif any(c.dep_ == "prt" and c.lower_ == second for c in v.children):
                out += [o for o in v.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
            else:
                out += [
                    o
                    for c in v.children
                    if c.dep_ == "prep" and c.lower_ == second
                    for o in c.children
                    if o.dep_ == "pobj"
                ]
        return out

    def _criticized(
        self,
        words: Any,
        actors: TokenActors,
        speaker: Actor,
        linked: set[int] | None = None,
        doers: set[int] | frozenset[int] = frozenset(),
    ) -> Actor | None:
        """The first coded party named in ``words`` (or by a demonym there) that is not
        the speaker's side: another country, or the state when the speaker is not its
        government; among the ``linked`` tokens, by default those a word of censure is
        said of and the ``doers`` of a wrong. A rival at home (``rival_sectors``: a party,
        a legislator, a government the speaker is not part of) is criticized too when the
        words say it of them alone: what they are said to be ("X is a fraud"), whose the
        wrong is ("X's lies") or who did it (``doers``), not a party merely named in the
        clause ("a disaster for the Republican party")."""
        strict = set(doers)
        if linked is None:
            firm = (
                self.words.undone_auxiliaries,
                self.words.condition_marks,
                self.certainty_nouns,
            )
            # a name of censure only where it is what a party is said to be ("X is
            # dangerous", "Y is a threat to peace"): said of no one it may only describe
            strict |= _bound(words, self.censure_words, firm) | self._called(
                words, self.epithet_only
            )
            words_of = (self.criticism_words, self.absence_words, self.wrongdoing_verbs)
            linked = _censured(words, *words_of) | _bound(words, self.bound_words) | strict
        else:
            linked = linked | strict
        for t in words:
            if t.i not in linked:
                continue
            found = actors.at(t.i)
            if found is None and t.pos_ in ("ADJ", "PROPN"):
                named = self.coder.demonym_actors([t])
                found = named[0] if named else None
            if found is not None and self._censurable(speaker, found, strict=t.i in strict):
                return found
        return None

    def _censurable(self, speaker: Actor, found: Actor, *, strict: bool) -> bool:
        """Whether ``speaker``'s censure of ``found`` is criticism of another side (see
        :meth:`_criticized`): another country, the state when the speaker is not its
        government, or, said of it alone (``strict``), a rival at home, or an armed opponent
        at home of a speaker of the state's side (``armed_rival_sectors``: "the army said
        Boko Haram was responsible")."""
        if found is speaker or not _coded(ActorRef.of(found)):
            return False
        mine = ref_country(ActorRef.of(speaker))
        governing = bool(set(sectors_of(speaker.code)) & {"GOV", "MIL", "COP", "SPY"})
        theirs = ref_country(ActorRef.of(found))
        if theirs != mine:
            return True
        if not governing and (
            not found.code or found.code == theirs or "GOV" in sectors_of(found.code)
        ):
            return True  # an opposition figure criticizing its own government
        if (
            strict
            and governing
            and {x.lower() for x in sectors_of(found.code)} & self.armed_rival_sectors
        ):
            # "the army said the rebels committed atrocities": the state's armed opponent
            # (a newspaper's report of what they did is news, no accusation)
            return True
        # "Clinton is a fraud," Trump said: a rival at home
        return strict and _rival(speaker, found, governing, self.words.rival_sectors)

    def _threat_said(
        self, doc: Document, tok: Any, action: Action, by_id: Mapping[str, Actor]
    ) -> bool:
        """Whether a speaker's quoted words state, in the future, a use of force, a
        sanction or coercion by the speaker's own side ("'We will retaliate against any
        aggression,' the minister said", "'Iran will respond,' the Iranian minister said"):
        a threat is done by saying it (a commissive speech act), as "threatened to" or "vowed
        to" is; the intent table tells which acts a stated intention makes a threat (13).
        Not negated, not a plan of another party the speaker foretells, not a plan of
        cooperation (03, a plan said: no event in quoted words)."""
        code = action.code
        if not action.builtin or not code or not self.intents.map(code, "intent").startswith("13"):
            return False
        gov = clause_verb(tok)
        if any(c.dep_ == "neg" for c in gov.children):
            return False
        if not {c.lower_ for c in gov.children if c.dep_ == "aux"} & self.words.planned_auxiliaries:
            return False
        subj = [c for c in gov.children if c.dep_ == "nsubj"]
        source, target = action.sources[0], action.targets[0]
        if not subj or source is None or not source.country:
            return False
        if (
            target is not None
            and target.country == source.country
            and {x.lower() for x in sectors_of(target.code)} & self.words.rival_sectors
        ):
            return False  # "we will crush the Republicans": a rival at home, campaign words
        for q in doc.quotes:
            if q.speaker is None or q.speaker.actor is None or not q.span[0] <= tok.idx < q.span[1]:
                continue
            # a threat needs its teller: the quote's coded speaker, as "we" or by name
            speaker = by_id.get(q.speaker.actor)
            if speaker is None:
                return False
            if subj[0].lower_ in self.words.speaker_pronouns:
                return True
            return speaker.country == source.country
        return False

    def _undergoes(self, tok: Any, action: Action, actors: TokenActors) -> bool:
        """Whether the subject of the act's verb is the one acted on, by no one named: a
        passive ("will be sentenced") or a row whose subject is the target ("+ * trial":
        "will stand trial")."""
        if tok.pos_ not in ("VERB", "AUX") or action.sources[0] is not None:
            return False  # "Ukraine will be attacked by Russia": Russia's act stays its own
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return True
        target = action.targets[0]
        return target is not None and any(
            c.dep_ == "nsubj" and actors.at(c.i) == target for c in tok.children
        )

    def _told_by_another(self, gov: Any, action: Action, actors: TokenActors) -> bool:
        """Whether the clause of a planned act is what a party other than the act's
        source (or its own state's officials) says ("media report that Britain will
        cede", "Iraq said Israel would attack"), up to five steps up the tree."""
        source = action.sources[0]
        if source is None:
            return False
        t, hops = gov, 0
        while hops < 5:
            if t.lemma_.lower() in self.words.foresee_words and any(
                c.dep_ == "auxpass" for c in t.children
            ):
                return True  # "Israel is expected to attack": what others foresee
            if t.head.i == t.i:
                break
            says = t.head.lemma_.lower() in self.words.reporting_verbs
            if t.dep_ in ("ccomp", "parataxis") and says:
                speakers, _ = self.coder.subject_of(t.head, actors)
                if not speakers:
                    # a speaker named by no actor ("media report", "analysts say"), not a
                    # pronoun, is someone else
                    return any(
                        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.head.children
                    )
                return not any(_speaks_for(a, source) for a in speakers)
            t, hops = t.head, hops + 1
        return False

    def _hoped_for(self, gov: Any, action: Action, actors: TokenActors) -> bool:
        """Whether a planned act is its clause's own verb under a verb of wishing whose
        subject is not the act's source nor speaks for it (``wish_words``: "mediators hope
        Israel and Hamas will reach a truce"): what another party hopes for, no plan or
        intention of those named ("Israel hopes it will reach a deal" stays its own; "hope
        that X will tone down his attacks": the attacks stand already)."""
        if action.token != gov.i or gov.dep_ != "ccomp":
            return False
        if gov.head.lemma_.lower() not in self.words.wish_words:
            return False
        source = action.sources[0]
        speakers, _ = self.coder.subject_of(gov.head, actors)
        if source is None or not speakers:
            return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in gov.head.children)
        return not any(_speaks_for(a, source) for a in speakers)

    def _foretold(self, gov: Any, action: Action, actors: TokenActors) -> bool:
        """Whether the clause of an act is what a named party of another country says
        ("the senator said Iran would attack Israel", "Trump suggested Cuba would sue"):
        a speaker's forecast of a foreign party's act, not a plan its own side tells
        ("the State Department said Kerry would travel")."""
        source = action.sources[0]
        if source is None or not source.country:
            return False
        t, hops = gov, 0
        while hops < 5 and t.head.i != t.i:
            if t.dep_ in ("ccomp", "parataxis") and (
                t.head.lemma_.lower() in self.words.reporting_verbs
            ):
                speakers, _ = self.coder.subject_of(t.head, actors)
                countries = {a.country for a in speakers}
                return bool(countries) and None not in countries and source.country not in countries
            t, hops = t.head, hops + 1
        return False

    def _issuer(self, tok: Any, actors: TokenActors) -> Actor | None:
        """The author of the words (``issued_nouns``: a statement, a report, a lawsuit, a
        resolution) that are the subject of ``tok``, or of the verb it is joined to with
        no subject of its own ("The statement condemned the strike and called on X"): words
        a party issued act in its name, so what they do is its act. The author is named
        in their own phrase, or, for words named definitely ("the report"), where the
        article told it issued them ("Human Rights Watch
        released a report. The report accused Israeli forces": HRW); None when no
        coded author is told (an indefinite "a report" introduces words of no one named)."""
        assert self.authors is not None
        verb = tok
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
            # "The statement condemned X": a past tense the parser hung on its subject as
            # a reduced relative, the sentence left with no verb of its own
            subjects = [verb.head]
        else:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        for c in subjects:
            if c.pos_ != "NOUN":
                continue
            if any(g.dep_ == "poss" and actors.at(g.i) is None for g in c.children):
                # "their battle plans call for": a possessive the coreference left
                # unresolved is whoever it is, not the author of another such thing told
                # before
                return None
            for a in c.children:
                if a.dep_ != "acl":
                    continue
                # "The letter, signed by 50 U.S. lawmakers, urged": authors of a country
                # named by the words' own participle's "by" are theirs, not the party told
                # issuing such words before (authors of no country told, "signed by the
                # bloc's ministers", may be that party: the look-back decides)
                by = [actors.at(p.i) for p in agent_objects(a)]
                placed = next((b for b in by if b is not None and b.country), None)
                if placed is not None:
                    return placed
            return self.authors.of_thing(c, actors, self.words.issued_nouns)
        return None

    def _claimant(self, tok: Any, actors: TokenActors) -> Actor | None:
        """The state force or government that reports an agentless use of force as done
        ("the army said 30 militants were killed", "the ministry said the commander was
        killed in a precision airstrike"): it claims the act when done to an armed enemy
        (:func:`_armed_enemy`); a police or civilian source, a named agent, or an active
        verb say nothing of the kind."""
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.words.claim_speech_verbs:
            return None
        speakers, _targets = self.coder.subject_of(tok.head, actors)
        for a in speakers:
            if a.country and set(sectors_of(a.code)) & {"MIL", "GOV", "SPY"}:
                return a
        return None

    def _claimed_acts(
        self,
        parse: Any,
        si: int,
        here: Sequence[Event],
        tokens: Sequence[int],
        events: Sequence[Event],
    ) -> list[tuple[Event, int]]:
        """The act an armed group claims with no act named ("Al-Shabab has claimed
        responsibility.", "the group claimed responsibility for it"): the use of force told
        in the sentences just before (:meth:`_act_claimed`) is the claimant's, as the coding
        guide codes "X claimed responsibility for the attack" (the attack's code and
        target, the claimant its doer, modality ``reported``). Only for a claimant that is
        an armed group (a government "accepting responsibility" owns no attack)."""
        out: list[tuple[Event, int]] = []
        for ev, token in zip(here, tokens, strict=True):
            claim = ev.source
            if ev.root != "01" or claim is None or not is_irregular(claim.code):
                continue
            if not _bare_claim(parse[token], words=self.words):
                continue
            prior = self._act_claimed(si, claim, events)
            if prior is None:
                continue
            act = dataclasses.replace(
                ev,
                cameo=prior.cameo,
                root=prior.root,
                plover=prior.plover,
                quad_class=prior.quad_class,
                goldstein=prior.goldstein,
                target=prior.target,
                date=prior.date,
                location=prior.location,
                modality="reported",
            )
            out.append((act, token))
        return out

    def _claimed_told(
        self,
        parse: Any,
        si: int,
        here: list[Event],
        tokens: Sequence[int],
        events: Sequence[Event],
    ) -> list[Event]:
        """``here`` with a use of force an armed group claims by a definite act noun ("X
        claimed responsibility for the attack", "the Taliban took responsibility for the
        attack in Kamdesh") given the target and date it lacks from that act told in the
        sentences just before (:meth:`_act_claimed`): "the attack" is that one."""
        out = list(here)
        for n, (ev, token) in enumerate(zip(here, tokens, strict=True)):
            noun = parse[token]
            if (
                ev.root not in FORCE_ROOTS
                or (ev.target is not None and ev.date is not None)
                or ev.source is None
                or not is_irregular(ev.source.code)
                or noun.pos_ != "NOUN"
                or noun.tag_ != "NN"
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
                or not _claimed_act(noun, words=self.words)
            ):
                continue
            prior = self._act_claimed(si, ev.source, events)
            if prior is None:
                continue
            out[n] = dataclasses.replace(
                ev,
                target=ev.target or prior.target,
                date=ev.date or prior.date,
                location=ev.location or prior.location,
            )
        return out

    @staticmethod
    def _act_claimed(si: int, claim: ActorRef, events: Sequence[Event]) -> Event | None:
        """The use of force of the two sentences before sentence ``si``
        (``_CLAIM_LOOKBACK``) an armed group's claim of responsibility refers to: the latest
        one told, done by no one named or by an irregular armed group, not on the claimant
        itself, nor told as possible, planned or not done; else None."""
        for prior in reversed(events):
            if prior.sentence >= si:
                continue
            if prior.sentence < si - _CLAIM_LOOKBACK:
                return None
            doer = prior.source
            if (
                prior.root not in FORCE_ROOTS
                or prior.modality in ("hypothetical", "negated", "planned")
                or (doer is not None and doer.code and not is_irregular(doer.code))
                or (prior.target is not None and prior.target.code == claim.code)
            ):
                continue
            return prior
        return None

    def _calibrated(self, ev: Event, in_sentence: int, rank: float = 0.0) -> Event:
        """``ev`` with the learned chance that it is right as its confidence (plus the
        sentence's main-event adjustment ``rank``)."""
        feats = features(
            ev.confidence,
            ev.source.to_dict() if ev.source else None,
            ev.target.to_dict() if ev.target else None,
            ev.modality,
            ev.quad_class,
            in_sentence,
        )
        p = self.confidence(feats)
        return dataclasses.replace(ev, confidence=round(max(0.01, min(0.99, p + rank)), 2))

    def _event(
        self,
        doc: Document,
        tok: Any,
        action: Action,
        si: int,
        sent_span: tuple[int, int],
        quote_spans: Sequence[tuple[int, int]],
        actors: TokenActors,
    ) -> Event:
        timed, date = self.dates.date(doc, tok, action.code)
        if action.builtin and action.code.startswith(_STATED) and _ahead(date, doc.published):
            # an appeal, intention, demand or threat is of when it was made ("urged X to
            # talk on Sunday", "has vowed to make the region neutral by 2050"), not of the
            # time of what it calls for
            date = self.dates.statement_date(doc, tok, date)
        future = bool(
            date
            and doc.published
            and len(date) == 10
            and date > doc.published.isoformat()
            and is_date(date)
        )
        gov = clause_verb(tok)  # a nominal event takes the modality of its clause
        modality = modality_of(gov, quote_spans=quote_spans, future_date=future, words=self.words)
        if modality == "asserted" and tok.pos_ == "NOUN" and alleged(tok, w=self.words):
            # "Russia was blamed for the attack on the port": the act an allegation lays on
            # someone, named by its noun, is a claim, as its gerund is ("blamed for
            # attacking"), whatever the allegation's own modality
            modality = "reported"
        if modality == "asserted" and _claimed_act(tok, words=self.words):
            # "al-Shabab claimed responsibility for the attack", "took credit for attacking
            # a convoy": the act is the claimant's own word that it did it (the guide's
            # "Israel said it downed a drone"), reported
            modality = "reported"
        if modality == "asserted" and gov.i != tok.i and _expected_subject(tok, gov, self.words):
            # "talks between X and Y are expected to resume next week": planned
            modality = "planned"
        cue = speakers_act(gov) if modality != "negated" else None
        if cue is not None:
            # "Hamas said the proposal was unacceptable and condemned Israel": the
            # speaker's next act is no part of what they said; it has the modality of
            # their saying (its own "not" is read above)
            modality = modality_of(
                cue, quote_spans=quote_spans, future_date=future, words=self.words
            )
        if modality == "negated" and _outcome_denied(tok, gov, self.words):
            # "the investigation did not result in charges": the act happened, what it led
            # to is denied
            modality = modality_of(
                gov, quote_spans=quote_spans, future_date=future, words=self.words, negation=False
            )
        if modality != "negated" and _noun_denied(tok, self.words):
            # "there was no airstrike on X", "held no talks with Y": no such act
            modality = "negated"
        if modality != "reported" and _answered(tok, words=self.words):
            # "vowed to avenge the killing of X", "did not condemn the attack": the act a
            # reply answers was done, whatever the reply's own modality
            modality = "asserted"
        code = action.code
        planned_cooperation = False
        stated = False  # an intention, threat or refusal: stated when it is told
        if action.builtin:
            # a word of force in another sense before its stance: "willing to attack
            # Senator X" plans words, no threat of force (senses.py)
            code = recode(code, tok, action.sources[0], action.targets[0], self.words)
            # CAMEO codes stated intentions (03), threats (13) and refusals (12) as such
            kind = action.stance
            if (
                kind == "refusal"
                and tok.head.lemma_.lower() in self.words.failure_heads
                and code in self.reciprocals
            ):
                # "Russia and Ukraine failed to reach a ceasefire": an act two parties do
                # together (reciprocal.tsv) that they failed at is no refusal by either
                # (1246, 12): it was not done
                kind = None
                modality = "negated"
            if kind is not None and seeming_stance(tok, self.words):
                # "appeared poised to reconcile", "seemed ready to attack": a stance the
                # writer sees, stated by no one; the act stays as possible (hypothetical)
                kind = None
            stance = kind is not None
            head = tok.head
            if (
                stance
                and (
                    modality == "reported"
                    # "warned that it would strike X": the clause's "would" is what the
                    # threat says, not a doubt about the warning
                    or (modality == "hypothetical" and tok.dep_ == "ccomp")
                )
                and tok.dep_ in ("xcomp", "ccomp")
                and head.i != tok.i
                and head.pos_ in ("VERB", "ADJ")
            ):
                # "threatened to cut supplies", "vowed to retaliate": the quotes read the
                # infinitive as what the verb of stance says, but the stance is itself the
                # act told, of its own clause's modality
                modality = modality_of(
                    head, quote_spans=quote_spans, future_date=future, words=self.words
                )
            if (
                stance
                and modality == "negated"
                and head.lemma_.lower() in self.words.hesitation_heads
                and tok.dep_ == "xcomp"
            ):
                # "would not hesitate to strike X": the "not" is the stance's, not the act's
                modality = "reported" if self._told_by_another(gov, action, actors) else "asserted"
            if kind == "threat" and self.intents.map(code, "threat") == code:
                # no threat form: "will meet unless ..." is a condition; "will not attend
                # talks unless ...", "threatened not to attend" refuse
                kind = "refusal" if modality == "negated" else None
            if kind is None and modality == "planned" and self._hoped_for(gov, action, actors):
                modality = "hypothetical"  # "mediators hope X and Y will reach a truce"
            if kind is None and modality == "planned":
                if not self.planned_as_intent and self._told_by_another(gov, action, actors):
                    # "British media report that Britain will cede the islands": a plan
                    # another party tells of, no intention the actor stated; the act stays
                    # (PLOVER's future-tense cooperation is AGREE all the same)
                    planned_cooperation = code_info(code).quad_class in (1, 2)
                    if told_would(gov, words=self.words) and self._foretold(gov, action, actors):
                        # "the senator said Iran would attack", "X suggested Cuba would
                        # sue": what one party foretells of another, no plan of its own
                        modality = "hypothetical"
                        planned_cooperation = False
                elif self._undergoes(tok, action, actors):
                    # "the minister will be sentenced", "he will stand trial": an act its
                    # subject is to undergo states no intention of anyone's; it stays planned
                    pass
                elif self.planned_as_intent or not (
                    code.startswith(SCHEDULED)
                    or (code.startswith(CEREMONIES) and _ahead(date, doc.published))
                ):
                    # a planned use of force is a threat (13); planned support, cooperation
                    # or aid ("would invest", "will support the deal") an intention (03)
                    kind = "intent"
                else:
                    # a scheduled meeting or visit (04), or a signing or accession set for a
                    # day to come ("will join NATO on March 12", "is to sign the treaty next
                    # month"): a ceremony on the calendar, as a meeting is, no stated intention
                    planned_cooperation = True
            elif (
                kind is None
                and modality == "negated"
                and (_future(tok, words=self.words) or _refused_now(tok, words=self.words))
            ):
                # "will not accept X", "does not recognize the court": a refusal (12)
                kind = "refusal"
            if kind is not None:
                stated = True
                acted = code
                code = self.intents.map(code, kind)  # type: ignore[arg-type]
                # a refusal, a readiness to use force, and an intention or threat a verb
                # states ("vowed to", "threatened to") are themselves what happened (the
                # CAMEO code tells what is intended), as is an act its own side tells as
                # to come ("said it would invest": an intention, 03); an act with no
                # intention code ("will accuse") stays planned
                if kind == "refusal" and code == acted:
                    # a refusal of an act CAMEO gives no refusal code ("refused to condemn
                    # X", "declined to criticize Y", "Russia will not attack Ukraine",
                    # "would not send him to prison"): the act was not done, as "did not
                    # condemn X" (the guide's modality of a refusal), no condemnation
                    modality = "negated"
                elif (
                    stance and modality == "reported" and self._told_by_another(gov, action, actors)
                ):
                    pass  # "Iran said Russia threatened to attack": another party tells it
                elif (
                    kind == "intent"
                    and stance
                    and code == acted
                    and _ahead_of_stance(tok, self.words)
                ):
                    # "agreed to resume patrols", "pledged to deploy troops", "vowed to
                    # sue X": an act CAMEO gives no intention code (15, 115) that a verb of
                    # intent governs is to come, not done: planned, as "will deploy"
                    modality = "planned"
                elif (
                    kind in ("refusal", "posture")
                    or (modality in ("planned", "asserted") and (stance or code != acted))
                    or (stance and modality == "reported")
                ):
                    # (reported: a stance its own words are quoted in, "said he was
                    # 'inclined' to approve the deal", is the speaker's own)
                    modality = "asserted"
                else:
                    modality = "planned"
                    # an act with no intention code that a future auxiliary tells by its
                    # own verb ("will order them to leave", "Democrats who will mobilize",
                    # "said they would object") stays a plan: of its own time, or one to
                    # come the story names (planned_date), not the day it was told; a verb
                    # of intent's ("decided to grant X but turned down Y") is done by
                    # deciding, and a noun's act may stand already ("Sanders will tone
                    # down his attacks")
                    stated = tok.pos_ not in ("VERB", "AUX") or not _told_future(gov, self.words)
        if action.builtin and not stated and modality in ("asserted", "reported"):
            # "Iran's planned talks with the EU were delayed", "the slated visit of X to
            # Y": an act its noun's adjective tells as to come is not told as done,
            # whatever its clause says of the noun (no intention stated either)
            modality = modifier_modality(tok, words=self.words) or modality
        if timed and not stated and modality == "planned":
            # a plan's own time, not the day it was announced
            timed, date = self.dates.date(doc, tok, action.code, own=True)
        if not timed and not stated and modality in ("planned", "hypothetical"):
            date = self.dates.planned_date(doc, tok) if modality == "planned" else None
        elif stated and _ahead(date, doc.published):
            # a plan told as an intention or a threat: of when it was stated ("said on
            # Monday it would strike next week")
            date = self.dates.statement_date(doc, tok, date)
        elif not timed and date is None and code.startswith(SPOKEN):
            date = self.dates.spoken_date(doc, tok, action.sources[0])  # "said it condemns"
        if timed and modality == "planned" and _before_news(date, doc.published):
            # a time over before the news is no plan's: it is of an event a noun of the
            # clause names ("would investigate the genocide nearly four years ago")
            date = self.dates.planned_date(doc, tok)
        if (
            timed
            and modality in ("asserted", "reported", "negated")
            and _ahead(date, doc.published)
            and self.dates.told_past(tok)
        ):
            # an act the text tells as past was before the paper: a time after it is one
            # anchored on the wrong point ("A month later they were arrested", counted
            # from the paper's day, not from the story's), no day the act was on
            date = None
        source = action.sources[0]
        target = action.targets[0]
        # "Wagner fighters fought alongside Malian troops": an armed partner beside the
        # doer (never the one acted on) makes the act a fight between forces
        armed_ally = (
            source is not None
            and is_irregular(source.code)
            and any(is_armed(a.code) for a in self.coder.allies(tok, actors))
        )
        if (
            action.builtin
            and source is not None
            and is_irregular(source.code)
            and not (target is not None and is_armed(target.code))
            and not armed_ally
            and not action.mutual
            and not aimed_at_armed_thing(
                tok,
                self.words.armed_target_words,
                self.words.armed_target_prepositions,
                target.mentions if target is not None else (),
            )
            and not fired_heavy_weapon(
                tok, self.words.heavy_weapon_words, self.words.weapon_prepositions
            )
        ):
            # militants' attacks are CAMEO 18; their fight against a state or its forces,
            # named as an actor or as a thing of theirs ("attacked a military convoy"), or
            # beside one, or against a side that fights them back in the same act ("Hamas
            # and Fatah clashed", "fighting between Hamas and Fatah"), stays 19, as does
            # their fire of rockets, mortars or artillery
            code = self.irregular.map(code)
        if action.builtin:
            # a word of force or an arrest in another sense: a strike of work, words, a
            # protest, a search, leaving an organisation, a sanction (senses.py)
            code = recode(code, tok, source, target, self.words)
        if action.backer and code.startswith(HOLDING_CODES):
            # "Iraqi forces backed by U.S. airstrikes recaptured the town": the backer
            # fought beside the doer; the ground taken or the persons held (192, 173) are
            # the doer's own act
            code = GENERIC_FORCE
        # the place the verb takes as its object (any act's, for an aim; a built-in one's to
        # replace an uncoded target)
        object_place = _object_place(doc, tok) if self.place_targets else None
        taken = object_place if action.builtin else None
        info = code_info(code)
        location = self._location(doc, tok, sent_span)
        target_ref = self._ref(action.targets[0])
        source_ref = self._ref(action.sources[0])
        if source_ref is None and action.builtin and self.place_targets and info.root == "17":
            # an arrest, a raid, a ban with no agent is the act of the state where it
            # happened ("a terrorist cell was dismantled in Seville", "the arrest of five
            # people in the Iraqi city of Irbil"); with no one named, its people are the
            # target too
            place = (
                (location.name, location.country)
                if location is not None and location.country
                else self._place_country(tok)
            )
            if place is not None:
                source_ref = ActorRef(name=place[0], code=place[1], country=place[1])
            elif target_ref is None and action.sources[0] is None and action.targets[0] is None:
                # people arrested or charged with no place named ("Smith was charged with
                # burglary"): the state of the country the article is about, its people
                source_ref = self._home_ref(doc)
                target_ref = source_ref
        if source_ref is None and action.builtin and info.root == "14" and location is None:
            # "protests in Thailand continued on Wednesday": a protest noun subject of the
            # verb of happening names its own place
            location = self._protest_subject_place(doc, tok, sent_span)
        if (
            source_ref is None
            and action.builtin
            and self.place_targets
            and info.root == "14"
            and location is not None
            and location.country
            and _protested_at(target_ref)
        ):
            # a protest by unnamed people ("thousands marched in Tbilisi", "tens of
            # thousands rallied in Seoul to demand the president's impeachment") is by the
            # civilians of the country where it happened
            country = location.country
            source_ref = ActorRef(
                name=f"protesters in {location.name}", code=f"{country}CVL", country=country
            )
        if (
            source_ref is None
            and target_ref is not None
            and action.builtin
            and self.home_jurisdiction
            and code.startswith(_STATE_ACTS)
            and not set(sectors_of(target_ref.code or "")) & _FIGHTERS
        ):
            source_ref = self._home_state(doc, target_ref)
        if (
            source_ref is not None
            and action.sources[0] is None
            and code.startswith(_COURT_ACTS)
            and source_ref.country
            and source_ref.code == source_ref.country
        ):
            # a finding of guilt told with no agent ("he was convicted of fraud"), given to
            # the state where it happened or the one the story is about, is its courts' act
            source_ref = dataclasses.replace(source_ref, code=source_ref.country + "JUD")
        placed = False  # the target is only the country of the place the act happened in
        if target_ref is not None and self.place_targets and info.quad_class == 4:
            # people struck or held at a place ("shot two civilians near Hebron"): its
            # people; coerced by a state ("its crackdown on protesters"): that state's
            theirs = location.country if location is not None else None
            if (
                info.root == "17"
                and theirs is None
                and source_ref is not None
                and not custody_keepers(tok, "in", self.words)
            ):
                # coerced by a state: its people; not when the state is named only as
                # the captor whose custody holds them ("detained in Iranian custody":
                # the word on the custody noun names the captor, not the captive)
                theirs = source_ref.country
            target_ref = self._people_here(doc, target_ref, theirs, sent_span) or target_ref
            # a town the actors read as its state ("in Osorno, troops killed ..."): a place
            placed = target_ref.code == target_ref.country and any(
                p.text == target_ref.name and p.feature != "country" for p in doc.places
            )
        elif (
            target_ref is None
            and self.place_targets
            and info.quad_class == 4
            and location is not None
            and location.country
        ):
            # an attack, a raid or an arrest with no named target is done to the country
            # where it happened ("gunmen stormed a hotel in Mogadishu": SOM)
            target_ref = ActorRef(
                name=location.name, code=location.country, country=location.country
            )
            placed = True
        elif (
            (target_ref is None or (taken is not None and not target_ref.code))
            and self.place_targets
            and info.root in _COERCION_FORCE_ROOTS
            and (struck := self._struck_place(doc, tok, sent_span, object_place)) is not None
        ):
            # force aimed at a thing no actor names is done to the country where the
            # thing lies ("missile strikes against camps in Afghanistan": AFG)
            target_ref = ActorRef(name=struck.name, code=struck.country, country=struck.country)
            location = location or struck
        elif target_ref is None and self.place_targets and info.quad_class == 4:
            # a place the gazetteer does not know, told by its country: "stormed a hotel in
            # the Somali town of Ceelbuur"
            named = self._place_country(tok)
            if named is None and action.sources[0] is None:
                # the place the act is done in or to is its only party: a doer named keeps
                # the fallbacks below ("Ethiopia occupies the border village of X" is no
                # act on the story's country)
                named = self._unknown_place_country(doc, tok)
            if named is not None:
                target_ref = ActorRef(name=named[0], code=named[1], country=named[1])
                placed = True
            else:
                # militants' force with no one and nowhere named is done in the country
                # the article is about, else in their own ("al-Shabab claimed
                # responsibility for the attack", "the group said it had killed 10
                # people"; "Wagner fighters fought in the north" in a story on Mali: MLI,
                # not RUS), in their own when their sentence names it apart from them
                # ("the attackers in France"); not where a place of no state is named
                # ("attacked a cargo ship in the Red Sea"); nor in a fight beside an armed
                # partner ("Wagner fighters fought alongside Malian troops": against
                # someone unnamed, where the partner is)
                src = action.sources[0]
                if (
                    src is not None
                    and src.country
                    and is_irregular(src.code)
                    and location is None
                    and not armed_ally
                ):
                    own = ActorRef(name=src.country, code=src.country, country=src.country)
                    home = self._home_ref(doc)
                    origin = _crossed_from(doc, tok, self.words, src.country)
                    if origin == src.country:
                        # force taken over a border out of their own country ("fired
                        # rockets across the border", "crossed the border from Pakistan and
                        # attacked a compound") is not done in it: in the story's, when it
                        # is another
                        target_ref = (
                            home if home is not None and home.country != origin else None
                        )
                    elif (
                        home is None
                        or home.country == src.country
                        or self._country_named(doc, src, sent_span)
                    ):
                        target_ref = own
                    else:
                        target_ref = home
                elif info.root in FORCE_ROOTS and location is None:
                    # a foreign force's act aimed at the dateline's place named again is
                    # done to the dateline's country ("KYIV, Ukraine \u2014 Russian
                    # missiles struck the city overnight": UKR)
                    target_ref = self._filed_target(doc, tok, src)
                    victims = _people_struck(tok, self.words) if src is None else None
                    home = self._home_ref(doc) if target_ref is None and victims else None
                    if victims and home is not None and home.country:
                        # "five people have been killed in a bomb blast near a funeral
                        # tent in the capital": people no word places, struck by no one
                        # named where no place is named, are the people of the country
                        # the story is about (its civilians: CVL)
                        target_ref = ActorRef(
                            name=victims, code=home.country + "CVL", country=home.country
                        )
        if (
            target_ref is not None
            and not target_ref.code
            and source_ref is not None
            and source_ref.code
            and self.place_targets
            and info.quad_class == 4
        ):
            # a party struck or held that no dictionary codes, named by a name only ("rockets
            # crashed into the border town of Sderot", "gunmen stormed the Hotel X in
            # Mogadishu"), is of the country where the act happened, as an unnamed one is;
            # its name stays. Only beside a coded doer: an act whose only party is such a
            # name ("the massacre at X school", "shooting skeet at the X club") is no
            # event of a party, and a place must not make it one
            target_ref = self._uncoded_struck(
                doc, tok, sent_span, target_ref, location, object_place
            )
            placed = bool(target_ref.code)
        if (
            placed
            and target_ref is not None
            and target_ref.country
            and (victims := _victim_people(tok, self.words))
        ):
            # the act took unnamed people ("in Khost, forces killed four people", "ten
            # people were arrested in Beirut"): the civilians of that place's country, not
            # the country as a whole
            target_ref = ActorRef(
                name=victims, code=f"{target_ref.country}CVL", country=target_ref.country
            )
        if (
            target_ref is not None
            and target_ref.country
            and target_ref.code == target_ref.country
            and (placed or target_ref.actor is None)
            and info.root in FORCE_ROOTS
            and (
                thing := armed_thing_aimed_at(
                    tok, self.words.armed_target_words, self.words.armed_target_prepositions
                )
            )
            is not None
        ):
            # force on a thing of a state's armed force or police that no actor names, at a
            # place or in a country that stands as the target ("gunmen attacked a military
            # base near Simferopol", "militants captured police and army positions"): that
            # country's forces (MIL), or its police (COP) when only police words name it
            thing_noun, thing_words = thing
            role = "COP" if thing_words <= self.words.police_target_words else "MIL"
            target_ref = ActorRef(
                name=doc.text[thing_noun.left_edge.idx : thing_noun.idx + len(thing_noun.text)],
                code=target_ref.country + role,
                country=target_ref.country,
            )
        if target_ref is None and info.root == "16" and (made := self._goods_country(tok)):
            # a sanction, ban or cut aimed at a country's goods is aimed at that country
            # ("banned imports of Australian coal", "slapped tariffs on Chinese steel")
            target_ref = ActorRef(name=made[0], code=made[1], country=made[1])
        if (
            target_ref is None
            and info.root == "15"
            and (side := self._border_side(tok, source_ref)) is not None
        ):
            # force massed or deployed at a border faces the side its demonym names
            # ("Russia massed troops on the Ukrainian border")
            target_ref = ActorRef(name=side[0], code=side[1], country=side[1])
        if target_ref is None and self.place_targets and info.root == "07":
            # aid sent to a place no actor names is for that place's country ("delivered food
            # aid to Gaza": PSE)
            to = _place_toward(doc, tok, self.words.destination_prepositions)
            if to is not None:
                target_ref = ActorRef(name=to.name, code=to.country, country=to.country)
        if (
            target_ref is not None
            and target_ref.actor is not None
            and action.builtin
            and self.place_targets
            and code[:3] in self.words.travel_codes
            and tok.lemma_.lower() in self.words.trip_verbs
            and not self._trip_to(tok, target_ref, doc)
        ):
            # a party a trip's pattern reads later in its sentence is not where the trip
            # goes ("arrived in Paris for talks with President Macron"): the place is
            target_ref = None
        if target_ref is None and self.place_targets and code[:3] in self.words.travel_codes:
            # a visit with no one named visited is to the country of its place: where it
            # happens, where it goes or the place visited ("arrived in Berlin on a three-day
            # visit", "headed to Nairobi", "toured the town of Y"), or where its clause
            # happens; a trip at home names no one visited
            here = (
                location
                or _located_or_none(object_place)
                or _located_or_none(_place_toward(doc, tok, self.words.trip_prepositions))
                or self._location(doc, clause_verb(tok), sent_span)
            )
            if (
                here is not None
                and here.country
                and source_ref is not None
                and source_ref.country
                and source_ref.country != here.country
            ):
                target_ref = ActorRef(name=here.name, code=here.country, country=here.country)
            elif (
                here is not None
                and here.country
                and source_ref is not None
                and source_ref.country == here.country
            ):
                guest = self._occasion_guest(tok, here.country, actors)
                if guest is not None:
                    # "Netanyahu met Pompeo in Jerusalem on his fourth visit to the region":
                    # a visit told as the occasion of a meeting at the doer's home is the
                    # other party's, to the doer's country
                    source_ref = guest
                    target_ref = ActorRef(name=here.name, code=here.country, country=here.country)
        if (
            code[:3] in self.words.travel_codes
            and source_ref is not None
            and target_ref is not None
            and source_ref.country
            and target_ref.code == source_ref.country
        ):
            target_ref = None  # a trip at home, to a place read as its state: no one visited
        if source_ref is not None and target_ref is not None and source_ref.actor:
            if target_ref.actor == source_ref.actor:
                # one actor on both sides (a pronoun or a description linked back to the
                # doer): no party is acted upon that the text tells
                target_ref = None
        clause = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        span = (max(clause[0], sent_span[0]), min(clause[1], sent_span[1]))
        return Event(
            source=source_ref,
            target=target_ref,
            cameo=code,
            root=info.root,
            # PLOVER: "cooperative acts reported in the future tense go here" (AGREE)
            plover="AGREE" if planned_cooperation and info.plover else info.plover,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            date=date,
            modality=modality,
            location=location,
            sentence=si,
            span=span,
            evidence=doc.text[sent_span[0] : sent_span[1]].strip(),
            confidence=self._confidence(action, modality, tok),
        )

    def __call__(self, doc: Document) -> Document:
        events, uncoded = self.code_document(doc)
        return doc.replace(events=tuple(events), uncoded=tuple(uncoded))


def _crossed_from(doc: Document, tok: Any, words: EventWords, own: str) -> str | None:
    """The country the act ``tok`` comes from over a line between two countries, when it,
    or a verb it is coordinated with, crosses one: a crossing preposition with a boundary
    noun ("fired rockets across the border": ``crossing_prepositions``, ``boundary_nouns``)
    or a crossing verb taking one ("crossed the border from Pakistan and attacked a
    compound": ``crossing_verbs``). It is the country of the crossing's "from" place, else
    the doer's own (``own``: "fired across the border" is fired from their side); None when
    no border is crossed."""
    verb = clause_verb(tok)
    heads = {tok.i: tok, verb.i: verb}
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        heads[verb.i] = verb
    heads.update((c.i, c) for h in list(heads.values()) for c in h.children if c.dep_ == "conj")
    for h in heads.values():
        crossing = any(
            (
                c.dep_ == "prep"
                and c.lower_ in words.crossing_prepositions
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in words.boundary_nouns
                    for g in c.children
                )
            )
            or (
                c.dep_ == "dobj"
                and h.lemma_.lower() in words.crossing_verbs
                and c.lemma_.lower() in words.boundary_nouns
            )
            for c in h.children
        )
        if crossing:
            origins = [_country_place_at(doc, n.idx) for n in prep_objects(h, ("from",))]
            return next((p.country for p in origins if p is not None and p.country), own)
    return None


def _country_ref(code: str) -> ActorRef:
    """A country, by its code, as an actor of an event (named as the country table names
    it, else by its code)."""
    name = next((c.name for c in countries() if c.code == code), code)
    return ActorRef(name=name, code=code, country=code)


def _disapproved(speaker: Actor, here: Sequence[Event]) -> bool:
    """Whether the sentence already codes a disapproval or rejection (CAMEO 11, 12) by the
    speaker's side (its country): its censuring words then add no act."""
    mine = ref_country(ActorRef.of(speaker))
    return any(e.root in ("11", "12") and ref_country(e.source) == mine for e in here)


def _praised(speaker: Actor, here: Sequence[Event]) -> bool:
    """Whether the sentence already codes praise or support (CAMEO 05) by the speaker's
    side (its country): a name of praise it gives then adds no act."""
    mine = ref_country(ActorRef.of(speaker))
    return any(e.root == "05" and ref_country(e.source) == mine for e in here)


def _main_event_rank(
    parse: Any, actions: Sequence[Action]
) -> tuple[dict[int, float], list[tuple[int, int]]]:
    """Confidence adjustments that rank a sentence's main event first, as PLOVER codes it,
    and the (lower, upper) action-token pairs that order must keep.

    A statement (CAMEO 01: "announced", "declared") that governs another coded action is
    only its frame: the governed action is the event ("announced that it will withdraw").
    Any other coded action governs its dependents: what is demanded, urged or offered
    ("its demand that Israel ease restrictions") is not what happened."""
    # token -> (code, action token); a nominal event also sits at its clause's verb
    # ("reiterated its demand that ...": the clause hangs on the verb)
    codes: dict[int, tuple[str, int]] = {}
    for a in actions:
        codes.setdefault(a.token, (a.code, a.token))
    for a in actions:
        t = parse[a.token]
        if t.pos_ in ("NOUN", "PROPN"):
            t = clause_verb(t)
            codes.setdefault(t.i, (a.code, a.token))
    if len({owner for _c, owner in codes.values()}) < 2:
        return {}, []
    out: dict[int, float] = {}
    under: list[tuple[int, int]] = []
    for i in sorted({a.token for a in actions}):
        for anc in parse[i].ancestors:
            got = codes.get(anc.i)
            if got is None or got[1] == i:
                continue
            code, owner = got
            if code.startswith("01"):
                out[owner] = min(out.get(owner, 0.0), -0.15)
                under.append((owner, i))
            else:
                out[i] = min(out.get(i, 0.0), -0.1)
                under.append((i, owner))
            break  # the nearest coded governor decides
    return out, under


def _main_first(
    here: list[Event], tokens: Sequence[int], under: Sequence[tuple[int, int]]
) -> list[Event]:
    """``here`` with each governed event's confidence below its governor's: the learned
    chance (features of parties and modality) must not lift what is demanded or offered
    above the demand, nor a statement's frame above what it announces."""
    for _ in range(len(under)):  # a chain settles in as many passes as it has links
        changed = False
        for lower, upper in under:
            tops = [ev.confidence for n, ev in enumerate(here) if tokens[n] == upper]
            if not tops:
                continue
            cap = round(max(0.01, max(tops) - 0.01), 2)
            for n, ev in enumerate(here):
                if tokens[n] == lower and ev.confidence > cap:
                    here[n] = dataclasses.replace(ev, confidence=cap)
                    changed = True
        if not changed:
            break
    return here


def _claimed_act(tok: Any, *, words: EventWords) -> bool:
    """Whether ``tok`` is an act someone claims to have done: an event noun a claim names
    (:func:`~geowire.events.extract.claimer`: "claimed responsibility for the attack",
    "claimed the bombing", "the attack, claimed by X") or a gerund in the "for" phrase of a
    claim noun ("took credit for attacking a convoy"); not when the claim is denied or
    made by no one ("no group has claimed responsibility for the attack")."""
    if tok.pos_ == "NOUN":
        verb = _claimer(tok, words=words)
        return verb is not None and not _claim_denied(verb, words=words)
    if tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    # the "for" phrase on the claim noun or, as the parser may hang it, on its verb
    head = tok.head.head
    if head.lemma_.lower() in words.claim_nouns and head.dep_ == "dobj":
        head = head.head
    elif not any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.claim_nouns for c in head.children
    ):
        return False
    return (
        head.pos_ == "VERB"
        and head.lemma_.lower() in words.claim_verbs
        and not _claim_denied(head, words=words)
    )


def _claim_denied(verb: Any, *, words: EventWords) -> bool:
    """Whether a claiming verb is negated or its subject is no one ("has not claimed",
    "no group has claimed", "nobody claimed")."""
    return any(c.dep_ == "neg" for c in verb.children) or subject_denied(verb, words)


def _no_one(noun: Any, *, words: EventWords) -> bool:
    """Whether a noun phrase's head names no one: a negative pronoun or a noun under a
    negative determiner (the ``negative_words`` that name no one: "nobody", "none", "no
    group"; not "neither", which negates parties it names)."""
    return noun.lower_ in words.no_one_words or any(
        d.dep_ == "det" and d.lower_ in words.no_one_words for d in noun.children
    )


def _bare_claim(verb: Any, *, words: EventWords) -> bool:
    """Whether ``verb`` claims responsibility with no act named (``claim_verbs`` with a
    ``claim_nouns`` object: "has claimed responsibility.", "claimed responsibility for
    it"), not negated ("no group has claimed responsibility") and with no "for" phrase
    naming the act ("claimed responsibility for the attack": the act noun's own event)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.claim_verbs:
        return False
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.claim_nouns]
    if not nouns or _claim_denied(verb, words=words):
        return False
    for head in (verb, *nouns):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                if any(g.dep_ in ("pobj", "pcomp") and g.pos_ != "PRON" for g in c.children):
                    return False
    return True


def _people_struck(tok: Any, words: EventWords) -> str | None:
    """The words of the unnamed people (:func:`_victim_people`: "five people", "at least 34
    people", "two residents") a verb of force takes as its passive subject with no "by"
    agent ("five people have been killed in a bomb blast"), or as its object when its
    subject is a bomb or a blast (``explosion_words``: "a bomb blast killed five people");
    else None. Not when the verb's subject is anything else, named or not ("a gunman shot
    two people", "the virus has killed 109 people"): that is the doer, whatever it is."""
    if tok.pos_ != "VERB":
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    blast = bool(subjects) and all(c.lemma_.lower() in words.explosion_words for c in subjects)
    if subjects and not blast:
        return None
    if not blast and not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # an object with no subject parsed ("H5N1 has killed 109 people")
    return _victim_people(tok, words)


def _predicted(tok: Any, *, words: EventWords) -> bool:
    """The sentence's main verb under an epistemic 'may' or 'might', with its own subject:
    a prediction of a party's act ("Iran may take over"), which the coders record as a
    hypothetical event. Abilities ("can"), conditionals ("would") and possibilities in
    subordinate clauses ("if", "the only way may be to") stay out."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "aux" and c.lower_ in words.prediction_auxiliaries for c in kids) and any(
        c.dep_ == "nsubj" for c in kids
    )


def _future_verb(tok: Any, words: EventWords) -> Any | None:
    """The verb a future auxiliary governs ("will not accept"), ``tok`` or one it is the
    xcomp or conjunct of within four steps up; None if no future auxiliary governs it."""
    t = tok
    for _ in range(4):
        if any(
            c.dep_ == "aux" and c.lower_ in words.negated_future_auxiliaries for c in t.children
        ):
            return t
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _future(tok: Any, *, words: EventWords) -> bool:
    """Does a future auxiliary govern the action ("will not accept")?"""
    return _future_verb(tok, words) is not None


def _ahead_of_stance(tok: Any, words: EventWords) -> bool:
    """Whether the act a verb of intent governs, as its to-infinitive, is still to come
    when told ("agreed to resume patrols"; not the verb's own object, "offered
    condolences"; not one's haste, "were quick to offer condolences"): every intent
    head's infinitive but a decision's ("decided to deploy troops", ``decision_heads``),
    which the deciding sets in train."""
    verb = tok.head if tok.dep_ == "dobj" else tok  # "agreed to resume patrols"
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in words.intent_heads - words.decision_heads
    )


def _told_future(tok: Any, words: EventWords) -> bool:
    """Whether a future auxiliary governs the action (:func:`_future`) as a verb form it
    can take: a bare verb ("will order"), or a passive or perfect one ("will be sued",
    "would have vetoed"); not a past form it cannot ("Instead, Will called for": a name the
    parser read as the auxiliary)."""
    t = _future_verb(tok, words)
    return t is not None and (
        t.tag_ == "VB"
        or any(
            c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("be", "have") for c in t.children
        )
    )


def _refused_now(tok: Any, *, words: EventWords) -> bool:
    """Is the negated act a stance refused in the present ("does not recognize the court",
    "we do not accept the plan"), by do-support in the present tense, not "did not", nor
    in a condition ("if he does not agree to the deployment": no refusal stated)?"""
    return any(
        c.dep_ == "aux"
        and c.lower_ in words.refusing_present_auxiliaries
        and c.tag_ in ("VBZ", "VBP")
        for c in tok.children
    ) and not any(c.dep_ == "mark" and c.lower_ in words.condition_marks for c in tok.children)


#: the subjects a predicate is said of
_SUBJECTS = ("nsubj", "nsubjpass")

#: a naming verb's dependents that give the name ("called X a thug": oprd)
_NAME_DEPS = ("oprd", "xcomp", "ccomp", "acomp", "attr")


def _name_words(name: Any) -> list[Any]:
    """The words of a name given ("a petulant child", "illegal and counterproductive"):
    its head, modifiers and conjuncts, not a phrase or clause hung on it."""
    out = [name]
    for c in name.children:
        if c.dep_ in ("amod", "compound", "conj", "advmod"):
            out += _name_words(c)
    return out


def _bound(
    words: Any,
    censure: frozenset[str],
    said: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None,
) -> set[int]:
    """The tokens of ``words`` a word that names a wrong is said of: its own phrase ("North
    Korean aggression", "the complicity of X") and, when it is what a clause's subject is
    called ("X's move was a violation of ...", "X was responsible for ...", "X is to
    blame"), that subject; a word of a topic ("tough on trade violations") binds no one
    else. Nothing when the word or its clause is negated ("X was not responsible"); with
    ``said`` (undone auxiliaries, condition marks, certainty nouns), nor when it or a
    clause above it is only possible, a condition or a question ("can be held
    responsible", "asked if X's acts were illegal": :func:`_undone`)."""
    out: set[int] = set()
    for c in words:
        if c.lower_ not in censure:
            continue
        if said is not None and _undone(c, *said):
            continue
        top = c
        while top.dep_ in ("pobj", "prep", "conj", "appos", "compound") and top.head.i != top.i:
            top = top.head
        verb = top.head if top.dep_ in ("attr", "acomp", "oprd", "xcomp") else None
        if any(g.dep_ == "neg" for t in (c, top, verb) if t is not None for g in t.children):
            continue
        if any(p.dep_ == "prep" and any(g.dep_ == "pcomp" for g in p.children) for p in c.children):
            continue  # "responsible for protecting the plant": a duty, no blame
        # its own phrase: whose it is ("X's aggression", "North Korean aggression") or by
        # whom ("a breach by X"); not where or against whom ("atrocities in Bucha")
        out.add(c.i)
        out |= {
            t.i
            for h in c.children
            if h.dep_ in ("poss", "amod", "compound", "nmod")
            or (h.dep_ == "agent" or (h.dep_ == "prep" and h.lower_ == "by"))
            for t in h.subtree
        }
        if verb is not None:
            out |= {
                t.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
            }
    return out


def _called(
    words: Any, names: frozenset[str], copulas: frozenset[str], undone: frozenset[str]
) -> set[int]:
    """The tokens of ``words`` that a name (of censure or praise) is what a copula's subject
    is said to be: "X is dangerous", "X is a dangerous man", "X's plan is a disaster", "X
    has become a hero" bind the subject X; not a name inside a phrase hung on the predicate
    ("X is the leader of a terrorist group"), a name given with another verb ("made him
    appear xenophobic"), nor one in a clause that is denied, doubted or only possible ("X is
    no hero", "there is no information that X is unfit", "might argue that X is unfit")."""
    return _own_words(_called_subjects(words, names, copulas, undone))


def _called_subjects(
    words: Any, names: frozenset[str], copulas: frozenset[str], undone: frozenset[str]
) -> list[Any]:
    """The subjects (head tokens) a name in ``words`` is what a copula says they are
    (:func:`_called`): "X" of "X is dangerous", "plan" of "his plan is a disaster"."""
    out: list[Any] = []
    for c in words:
        if c.lower_ not in names:
            continue
        top = c
        while top.dep_ in ("conj", "appos", "compound", "amod") and top.head.i != top.i:
            top = top.head
        verb = top.head
        if top.dep_ not in ("attr", "acomp") or verb.lemma_.lower() not in copulas:
            continue
        subjects = [s for s in verb.children if s.dep_ in _SUBJECTS]
        if not subjects:
            continue
        # the copula and every clause above it: none denied, doubted or put as possible
        chain = [c, top, *verb.ancestors, verb]
        if any(
            g.dep_ == "neg"
            or (g.dep_ == "det" and g.lower_ == "no")
            or (g.dep_ in ("aux", "auxpass") and g.lower_ in undone)
            for t in chain
            for g in t.children
        ):
            continue
        # the subject's own words, not a clause inside it ("candidates who think America
        # ... are wrong" says it of the candidates, not of America: :func:`_own_words`)
        out += subjects
    return out


def _undone(
    verb: Any,
    undone: frozenset[str],
    conditions: frozenset[str],
    certain: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``verb`` or a clause above it is denied, only possible or a condition
    ("did not lie", "no proof that X lied", "would destroy", "if X fails"); not through a
    joined clause of its own subject ("X never wanted peace, and X lied": the lie is told),
    nor by a denied noun of ``certain`` ("there is no doubt that X lied")."""
    t = verb
    while True:
        if any(
            g.dep_ == "neg"
            or (g.dep_ == "det" and g.lower_ == "no" and t.lemma_.lower() not in certain)
            or (g.dep_ in ("aux", "auxpass") and g.lower_ in undone)
            or (g.dep_ == "mark" and g.lower_ in conditions)
            for g in t.children
        ):
            return True
        if t.head.i == t.i or (
            t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            return False
        t = t.head


#: the codes of holding ground or persons (CAMEO 17 coercion and seizure, 192 occupying
#: territory): the doer's own act, which a doer's armed backers
#: (:meth:`SentenceCoder._co_combatants`) do not share; they fight (190) beside it
HOLDING_CODES = ("17", "192")
GENERIC_FORCE = "190"


def _own_words(heads: Sequence[Any]) -> set[int]:
    """The tokens of each phrase of ``heads``, not those of a clause inside it
    ("candidates who think America ... are wrong" names the candidates, not America);
    but the agent of a passive participle on the head itself is the phrase's own, as a
    possessive is: "the charges leveled by Beijing are false" says it of Beijing's
    charges, as "Beijing's charges are false" does (a clause within that participle
    stays out)."""
    inner = {
        t.i
        for s in heads
        for r in s.subtree
        if r.dep_ in _NOUN_CLAUSES and r.i != s.i
        for t in r.subtree
    }
    agents = [
        a
        for s in heads
        for r in s.children
        if r.dep_ == "acl" and r.tag_ == "VBN"
        for a in r.children
        if a.dep_ == "agent"
    ]
    own = {t.i for s in heads for t in s.subtree} - inner
    return own | _own_words(agents) if agents else own


def _rival(speaker: Actor, found: Actor, governing: bool, sectors: frozenset[str]) -> bool:
    """Whether ``found``, of the speaker's country, is a rival at home: a party, a
    legislator, a judge or (for a speaker outside government) a government, in
    ``sectors``, who is not the speaker named another way (same last name), told by a
    person or a body, not by a crowd of the public that is no rival itself."""
    theirs = {x.lower() for x in sectors_of(found.code)}
    if not theirs & sectors or (governing and "gov" in theirs):
        return False
    if speaker.kind == "group" and not {x.lower() for x in sectors_of(speaker.code)} & sectors:
        return False  # a share of the public ("46 percent of voters said yes"), no rival
    last = (speaker.name or "").split()[-1:]
    return not last or last != (found.name or "").split()[-1:]


def _censured(
    words: Any,
    censure: frozenset[str],
    absence: frozenset[str] = frozenset(),
    doing: frozenset[str] = frozenset(),
) -> set[int]:
    """The tokens of ``words`` in the clause a word of censure belongs to: up to the first
    verb with a subject of its own, through infinitives and gerunds that have none ("it is
    a tradition of the party to use foreigners to voice its propaganda", "cut ties with X
    for meddling"); not a party merely named in another clause of the quote ("urged the
    council to set up pacts that would bring cooperation without foreign interference"); a
    negated word of censure censures no one ("he is not a liar"), nor one whose absence is
    wished (``absence_words``: "cooperation without foreign interference"). A verb of
    ``doing`` a wrong ("lied", "betrayed") is said of its doer alone (``_doers``), not of
    its clause ("she lied to the American people" censures no American)."""
    out: set[int] = set()
    for c in words:
        if c.lower_ not in censure:
            continue
        if c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in doing:
            continue
        head = c
        chain = [c]
        while head.head.i != head.i and not (head.pos_ in ("VERB", "AUX") and own_subject(head)):
            head = head.head
            chain.append(head)
        if any(g.dep_ == "neg" or g.lower_ == "no" for t in chain for g in t.children):
            continue  # "he is not a racist", "no more corrupt than ...": no censure
        if c.dep_ == "pobj" and c.head.lower_ in absence:
            continue  # "pacts without foreign interference": what is wished away
        clause = {t.i for t in head.subtree}
        # leave out relative clauses inside it that do not hold the word
        for r in head.subtree:
            if r.dep_ == "relcl" and r.i != head.i:
                inner = {t.i for t in r.subtree}
                if c.i not in inner:
                    clause -= inner
        out |= clause
    return out


#: roles of a state's side (its government and army), and of those who challenge it at
#: home (rebels, insurgents, separatists, the opposition): the two sides of peace talks
#: inside one country
_STATE_SIDE = frozenset({"GOV", "MIL"})
_CHALLENGERS = frozenset({"REB", "INS", "SEP", "OPP"})


def _state_and_challenger(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether ``a`` and ``b`` are a state's side and its challengers at home, one each
    ("Kiir met with rebel leader Machar", "the rebels signed a peace deal with the
    government", "negotiating with the opposition"): the two principals of one country's
    talks, each of whom consults, negotiates or signs with the other (the real-news gold
    codes every such act both ways), unlike two parties of one side ("the president met
    with his ministers"), whose act is one event."""
    roles = [set(sectors_of(x.code)) if x is not None else set() for x in (a, b)]

    def state(r: set[str]) -> bool:
        return bool(r & _STATE_SIDE) and not r & _CHALLENGERS

    def challenger(r: set[str]) -> bool:
        return bool(r & _CHALLENGERS) and not r & _STATE_SIDE

    return (state(roles[0]) and challenger(roles[1])) or (
        challenger(roles[0]) and state(roles[1])
    )


def _where_done(place: Any, where: frozenset[str]) -> bool:
    """Whether the place noun ``place`` tells where a clause's act is done or goes: the
    object of a locative or trip preposition ``where`` on a verb, directly or through
    the place phrase of one or the "with" phrase of the one met ("met with officials in
    Kabul", "left for Tokyo", "held a meeting at a hotel in Harare", "consulted with his
    counterpart in Moscow"), not a place that only locates a noun ("the war in Ukraine")."""
    tok, preps = place, where
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in preps:
        gov = tok.head.head
        if gov.pos_ in ("VERB", "AUX"):
            return True
        tok, preps = gov, where | {"with"}
    return False


def _visit_seen(ev: Event, seen: set[tuple[Any, ...]]) -> bool:
    """Whether ``ev`` is a visit (042) or a hosting (043) whose other side is already in
    ``seen``: "X visited Moscow, where Putin hosted him" is one act, coded once."""
    other = {"042": "043", "043": "042"}.get(ev.cameo[:3])
    if other is None:
        return False
    none = (None, None)
    src, tgt = _side_key(ev.source), _side_key(ev.target)
    return (src, tgt) != (none, none) and any(
        k[2][:3] == other and (k[1] == src or src == none) and (k[0] == tgt or tgt == none)
        for k in seen
    )


def _prepositional_objects(tok: Any, prepositions: frozenset[str]) -> Iterator[Any]:
    """The objects of ``prepositions`` on an act's word, its clause's verb or that verb's
    direct object, in that order ("sent aid to X", "launched strikes against X")."""
    gov = clause_verb(tok)
    heads = {tok.i: tok, gov.i: gov}
    heads.update((c.i, c) for c in gov.children if c.dep_ == "dobj")
    for h in heads.values():
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in prepositions:
                yield from (n for n in p.children if n.dep_ == "pobj")


def _located(place: Place) -> Location:
    """Where a place of the document is, as an event's location."""
    return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon)


#: places that are territory one can take or strike (not water, not "other")
_TERRITORY = frozenset({"city", "admin", "region", "country"})


def _victim_people(tok: Any, words: EventWords) -> str | None:
    """The words of the unnamed people a verb acts on, its direct object or the subject of
    its passive, when their head is a noun of ordinary people (``victim_people_nouns``:
    "killed four people", "ten people were killed", "shot two men") or a count of them
    ("dozens of people"); also those a casualty verb tells the act killed or hurt, its
    participle ("bombed a market, killing 20 people") or the verb the act's noun is the
    subject of ("the attack killed 253 people", ``casualty_verbs``). None when a word
    before the head tells whose they are (a name, a demonym, a possessive: "Afghan
    people", "his own people")."""
    if tok.pos_ in ("VERB", "AUX"):
        verbs = [tok] + [
            c
            for c in tok.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in words.casualty_verbs
        ]
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in words.casualty_verbs:
        verbs = [tok.head]
    else:
        return None
    for c in (c for v in verbs for c in v.children):
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        head = c
        if head.lemma_.lower() not in words.victim_people_nouns and (
            head.pos_ == "NUM" or head.lower_ in words.count_words
        ):
            # "dozens of people", "three of the passengers"
            head = next(
                (
                    n
                    for n in prep_objects(head, ("of",))
                    if n.lemma_.lower() in words.victim_people_nouns
                ),
                head,
            )
        if head.lemma_.lower() not in words.victim_people_nouns:
            continue
        if any(
            k.i < head.i
            and (k.dep_ == "poss" or k.pos_ == "PROPN" or k.text[:1].isupper())
            for k in head.children
        ):
            return None
        return str(head.doc.text[c.left_edge.idx : head.idx + len(head.text)])
    return None


def _object_place(doc: Document, tok: Any) -> Place | None:
    """The place a verb takes as its own direct object, named by no actor ("seized
    Mosul", "shelled Kharkiv", "captured the town of Y": its "of"), when the place has a
    country."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for c in tok.children:
        if c.dep_ != "dobj" and not (c.i == tok.i + 1 and c.dep_ in ("advmod", "npadvmod", "dep")):
            continue  # its object, or a name right after it the parser hung otherwise
        place = _territory_at(doc, c)
        if place is not None:
            return place
    return None


def _territory_at(doc: Document, noun: Any) -> Place | None:
    """The territory with a country that ``noun`` names, itself or by its "of" phrase
    ("the town of Y")."""
    for h in (noun, *prep_objects(noun, ("of",))):
        place = _country_place_at(doc, h.idx)
        if place is not None and place.feature in _TERRITORY:
            return place
    return None


def _possessor(head: Any, start: int) -> bool:
    """Whether the mention starting at character ``start`` is a possessor in the phrase of
    ``head`` ("the envoy's letter"): it owns the thing, it is not the thing."""
    return any(
        t.dep_ == "poss" and t.left_edge.idx <= start <= t.idx
        for t in head.subtree
        if t is not head
    )


def _place_toward(doc: Document, tok: Any, prepositions: frozenset[str]) -> Place | None:
    """The first place with a country an act goes or is sent to, by ``prepositions`` on
    the act's word, its clause's verb or that verb's object: "delivered aid to Gaza"
    (``destination_prepositions``), "headed to Nairobi", "left for Moscow"
    (``trip_prepositions``)."""
    for n in _prepositional_objects(tok, prepositions):
        place = _country_place_at(doc, n.idx)
        if place is not None:
            return place
    return None


def _located_or_none(place: Place | None) -> Location | None:
    """Where ``place`` is, as an event's location (none without a place)."""
    return _located(place) if place is not None else None


def _country_place_at(doc: Document, offset: int) -> Place | None:
    """The place of the document at ``offset``, when it has a country."""
    return next((x for x in doc.places if x.span[0] <= offset < x.span[1] and x.country), None)


#: dependencies of a clause inside a noun phrase
_NOUN_CLAUSES = ("relcl", "acl", "ccomp", "advcl")


def _object_lemmas(verb: Any) -> set[str]:
    """The lemmas of ``verb``'s object and of its prepositions' objects ("held drills",
    "carried out strikes", "launched a crackdown")."""
    found = set()
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            found.add(c.lemma_.lower())
        elif c.dep_ in ("prep", "prt"):
            found.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "dobj"))
    return found


def _state_side(ref: ActorRef | None) -> bool:
    """Whether ``ref`` is one of a state's bodies or forces (``USAGOV`` for an embassy,
    ``ISRMIL``): not its people, nor the state named as a whole ("condemned the attack on
    Syria" keeps Syria)."""
    if ref is None or not ref.code or not ref.country or ref.code == ref.country:
        return False
    return bool(set(sectors_of(ref.code)) & _STATE_BODIES)


def _verbal_code(code: str) -> bool:
    """Is ``code`` an act of words (quad class 1 or 3)?"""
    info = codebook().get(code)
    return info is not None and info.quad_class in (1, 3)


def _without_untargeted_copies(
    events: list[Event], tokens: list[int]
) -> tuple[list[Event], list[int]]:
    """A sentence's events less each one with no target whose source another event of the
    sentence has, with a target and the same CAMEO code (or, for material conflict, the
    same root): the same act, told again by a word that names no one it was done to
    ("Retaliating for the bombings, its forces launched strikes against camps in X")."""

    def act(ev: Event) -> str:
        return ev.root if ev.quad_class == 4 else ev.cameo

    targeted = {(_side_key(ev.source), act(ev)) for ev in events if ev.target is not None}
    keep = [
        n
        for n, ev in enumerate(events)
        if ev.target is not None or (_side_key(ev.source), act(ev)) not in targeted
    ]
    return [events[n] for n in keep], [tokens[n] for n in keep]


def _without_unsourced_copies(
    events: list[Event], tokens: list[int]
) -> tuple[list[Event], list[int]]:
    """A sentence's events less each one with no source whose target another event of the
    sentence has, with a source and the same CAMEO code: the same act, its doer told by
    the verb but not by its noun ("The EU agreed a package of sanctions on Iran": the
    EU's sanctions, not a second set by no one)."""
    sourced = {(_side_key(ev.target), ev.cameo) for ev in events if ev.source is not None}
    keep = [
        n
        for n, ev in enumerate(events)
        if ev.source is not None
        or ev.target is None
        or (_side_key(ev.target), ev.cameo) not in sourced
    ]
    return [events[n] for n in keep], [tokens[n] for n in keep]


def _triple(ev: Event) -> tuple[Any, ...]:
    """An event as coded: its two sides and its CAMEO code."""
    return (_side_key(ev.source), _side_key(ev.target), ev.cameo)


def _side_key(ref: ActorRef | None) -> tuple[str | None, str | None]:
    """A side as coded: its code (or country), else its name for an uncoded actor."""
    if ref is None:
        return (None, None)
    code = ref.code or ref.country
    return (code, None) if code else (None, ref.name)


def _cited_spans(sent: Any, words: EventWords, lower: Sequence[str]) -> list[tuple[int, int]]:
    """The character spans of the sentence's phrases that cite a source ("according to
    the ministry"; attribution_heads); ``lower``: the document's lower-case words."""
    doc = sent.doc
    heads = [doc[i] for i in range(sent.start, sent.end) if lower[i] in words.attribution_heads]
    return [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in heads
        if any(c.dep_ in ("prep", "pcomp") and c.lower_ == "to" for c in t.children)
    ]


def _capacity_spans(sent: Any, words: EventWords, lower: Sequence[str]) -> list[tuple[int, int]]:
    """The character spans of the sentence's role nouns that tell in what capacity someone
    acted (``capacity_prepositions``): "opposed it as a candidate", "backed the pact as
    governor", "the deal she lobbied for while secretary of state". The role noun and its
    own words up to it (not what follows it: "as an adviser to X" keeps X); not the "as"
    of a verb that characterizes a thing (``characterizing_verbs``: "rejected what it
    described as interference"); ``lower``: the document's lower-case words."""
    doc = sent.doc
    return [
        (g.left_edge.idx, g.idx + len(g.text))
        for i in range(sent.start, sent.end)
        if lower[i] in words.capacity_prepositions and doc[i].dep_ in ("prep", "pobj", "mark")
        # "what it described as interference by X": a thing characterized, no role
        and doc[i].head.lemma_.lower() not in words.characterizing_verbs
        for g in doc[i].children
        # a singular common noun: a role, not a name ("as Dupont"), nor people ("as allies");
        # the tagger takes some lower-case roles for names ("secretary of state")
        if g.dep_ == "pobj"
        and g.tag_ in ("NN", "NNP")
        and (g.pos_ == "NOUN" or g.text[:1].islower())
    ]


def _medium_spans(sent: Any, words: EventWords, lower: Sequence[str]) -> list[tuple[int, int]]:
    """The character spans of the sentence's phrases that tell in what medium something was
    said or shown (``media_nouns`` after "in" or "on": "on social media", "in the media",
    "on Twitter"): where the words were, no party to the act."""
    doc = sent.doc
    return [
        (g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))
        for i in range(sent.start, sent.end)
        if lower[i] in words.media_nouns
        for g in (doc[i],)
        if g.dep_ == "pobj" and g.head.dep_ == "prep" and g.head.lower_ in ("in", "on")
    ]


def _alternative_spans(sent: Any, words: EventWords, lower: Sequence[str]) -> list[tuple[int, int]]:
    """The character spans of the noun phrases the sentence names as an alternative not
    taken (``alternative_words`` + "of"/"than": "instead of Brown", "rather than the
    mayor"): no party to the act done instead."""
    hits = [
        i + 2
        for i in range(sent.start, sent.end - 2)
        if lower[i] in words.alternative_words and lower[i + 1] in ("of", "than")
    ]
    if not hits:
        return []
    starts = {c.start: c for c in sent.noun_chunks}
    return [(starts[i].start_char, starts[i].end_char) for i in hits if i in starts]


def _past_capacity(
    action: Action, roles: Sequence[tuple[int, int]], sent_span: tuple[int, int]
) -> Action:
    """``action`` without the targets the sentence names only as the capacity someone
    acted in ("Lopez opposed the pact as a candidate": the candidate is Lopez, no one
    opposed); see :func:`_capacity_spans`."""

    targets = tuple(None if _in_capacity(a, roles, sent_span) else a for a in action.targets)
    if targets == action.targets:
        return action
    return dataclasses.replace(action, targets=targets)


def _in_capacity(
    actor: Actor | None, roles: Sequence[tuple[int, int]], sent_span: tuple[int, int]
) -> bool:
    """Whether the sentence names ``actor`` only in its role spans (:func:`_capacity_spans`)."""
    if actor is None:
        return False
    here = [m for m in actor.mentions if sent_span[0] <= m[0] < sent_span[1]]
    return bool(here) and all(any(a <= m[0] < b for a, b in roles) for m in here)


def _mutual(actions: Sequence[Action]) -> list[Action]:
    """``actions`` with those marked ``mutual`` whose target does the same act back to
    their doer at the same word ("Hamas and Fatah clashed", "fighting between Hamas and
    Fatah": each side fights the other): one two-sided act, whoever its sides are
    (``reciprocal.done_back``, the test ``copies._two_sides`` makes of the events)."""

    def key(a: Actor | None) -> str | None:
        return a.id if a is not None else None

    def act(a: Action) -> Act:
        return (a.token, a.code, key(a.sources[0]), key(a.targets[0]))

    done = {act(a) for a in actions if a.sources and a.targets}
    return [
        dataclasses.replace(a, mutual=True)
        if a.sources and a.targets and done_back(act(a), done)
        else a
        for a in actions
    ]


def _uncited(
    action: Action, cited: Sequence[tuple[int, int]], sent_span: tuple[int, int]
) -> Action:
    """``action`` without the parties the sentence names only as the source it cites ("police
    detained a suspect, according to the Daily": the Daily is no target)."""

    def keep(actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        here = [m for m in actor.mentions if sent_span[0] <= m[0] < sent_span[1]]
        if here and all(any(a <= m[0] < b for a, b in cited) for m in here):
            return None
        return actor

    sources = tuple(keep(a) for a in action.sources)
    targets = tuple(keep(a) for a in action.targets)
    if sources == action.sources and targets == action.targets:
        return action
    return dataclasses.replace(action, sources=sources, targets=targets)


def _coded(ref: ActorRef | None) -> bool:
    return ref is not None and bool(ref.code or ref.country)


def _same_party(one: str | None, other: str | None) -> bool:
    """Whether two codes name one party: both given, and the one the other's or more
    specific ("UKR" and "UKRMIL")."""
    if not one or not other:
        return False
    return one.startswith(other) or other.startswith(one)


def _one_side(ref: ActorRef, code: str) -> bool:
    """Whether ``ref`` is of the party ``code`` is (:func:`_same_party`, by its code or
    else its country)."""
    return _same_party(ref.code or ref.country, code)


def _before_news(date: str | None, published: dt.date | None) -> bool:
    """Whether ``date`` (a day, month or year) ended before the publication date's."""
    if not date or published is None or not date[:4].isdigit():
        return False
    return date < published.isoformat()[: len(date)]


def _ahead(value: str | None, published: dt.date | None) -> bool:
    """Whether a date lies after the publication date, at its own precision."""
    return bool(value and published and value > published.isoformat()[: len(value)])


def _armed_enemy(claimer: Actor, target: ActorRef | None) -> bool:
    """Whether ``target`` is an armed enemy a state force or government that reports an
    agentless use of force claims it against: an irregular armed group ("the army said
    30 militants were killed", "al-Rufay'i was killed in an airstrike", of the Islamic
    State), another state's armed forces, or another state named by its bare code (its
    drones or missiles: "the air force said 30 Russian drones were shot down"). A state
    reports, and does not do, what was done to its own people, to civilians, to
    peacekeepers or to no named party ("officials say a senior Kurdish commander was
    killed", "Ukraine's military said three civilians were killed in shelling")."""
    if target is None or not target.code:
        return False
    if is_irregular(target.code):
        return True
    if not target.country or target.country == claimer.country:
        return False
    # ("the Ukrainian air force said 30 Russian drones were shot down": another country
    # named by its bare code, no people of it, is the enemy whose weapons or forces the
    # claimer's side struck)
    return "MIL" in sectors_of(target.code) or target.code == target.country


def _quoted_claimant(doc: Document, tok: Any) -> Actor | None:
    """The speaker of the direct quote an agentless use of force is told in, when a state's
    government, force or service ("'The fugitive leader of ISIS was killed,' Trump
    wrote"): the state claims the act, as it does in reported speech."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    for q in doc.quotes:
        if q.kind == "indirect" or q.speaker is None or q.speaker.actor is None:
            continue
        if not (q.span[0] <= tok.idx < q.span[1]):
            continue
        a = next((x for x in doc.actors if x.id == q.speaker.actor), None)
        if a is not None and a.country and set(sectors_of(a.code)) & {"MIL", "GOV", "SPY"}:
            return a
    return None


def _by_hazard(tok: Any, *, words: EventWords) -> bool:
    """Whether the doer of a verb (its subject, a conjoined verb's shared subject, the
    antecedent of a relative pronoun subject, or the subject of the clause a noun's light
    verb heads) is a disease or a natural disaster (``hazard_words``: "the outbreak",
    "floods", "a heat wave", "H5N1")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
    if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
        verb = tok.head  # "has worsened the crisis and increased pressure": a verb misread
    elif verb is not tok and tok.dep_ not in ("dobj", "attr"):
        return False  # a noun event under another verb is not that verb's act
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
    ):
        verb = verb.head  # "the strain has infected 171 people and killed 93"
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "agent"):
            if subj.dep_ == "agent":
                subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
            if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subj = verb.head  # "the strain that killed hundreds of ducks"
            if subj.lemma_.lower() in words.hazard_words or any(
                c.dep_ == "compound" and c.lemma_.lower() in words.hazard_words
                for c in subj.children
            ):
                return True
    return False


def _enabled_by_a_thing(tok: Any, actors: TokenActors, *, words: EventWords) -> bool:
    """Whether an act named by a noun is what a verb of making possible (``enabling_verbs``)
    whose subject names no party makes possible: its object, its "for" object, or the "for"
    object of its object ("the agreement will allow for closer cooperation between X and
    Y", "the deal enables talks", "paves the way for talks"): a prospect, not an act told
    as done (a party's permission, "Kenya allowed talks", stays)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        t = t.head.head
    if t.dep_ == "dobj" and t is not tok and t.pos_ == "NOUN":
        t = t.head  # "paves the way for talks"
    elif t is tok and t.dep_ == "dobj":
        t = t.head
    elif t is not tok and t.pos_ in ("VERB", "AUX"):
        pass
    else:
        return False
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in words.enabling_verbs:
        return False
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    return bool(subj) and not any(actors.at(x.i) is not None for x in subj[0].subtree)


def _let_by_a_thing(tok: Any, actors: TokenActors, *, words: EventWords) -> bool:
    """Whether a verb's act is the clause a verb of letting (``letting_verbs``) governs
    whose subject names no party, told in the present or with a modal: a rule, a ruling,
    a deal or a bill that lets a party act ("the ruling allows the government to arrest
    opposition leaders without a warrant", "the law lets police detain protesters for 30
    days", "a bill that would allow authorities to jail journalists"). That is a power
    granted or a prospect, no act told as done (as the enabled noun of
    :func:`_enabled_by_a_thing`); a party's permission ("Israel allows trucks to enter")
    and a letting in the past or the perfect ("the truce allowed aid trucks to enter",
    "has allowed them to regroup": what it let happen did) stay."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "xcomp"):
        return False
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words.letting_verbs:
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words.hypothetical_auxiliaries or a in words.planned_auxiliaries for a in auxes):
        pass  # "would allow", "will let": a prospect
    elif verb.tag_ not in ("VBZ", "VBP") or auxes:
        return False  # the past, the perfect, a passive or a participle
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return False
    doer = subj[0]
    if doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        doer = verb.head  # "a bill that would allow ..."
    if doer.pos_ != "NOUN":
        return False  # a pronoun or a name may be a party's
    # the noun itself naming a party ("the junta", "the Kenyan government lets police
    # ...") is the party's permission; a thing a party owns ("the junta's decree lets
    # soldiers arrest anyone") is still a rule
    return actors.at(doer.i) is None


def _company_office(tok: Any, actors: TokenActors, *, words: EventWords) -> bool:
    """Whether the office a verb of leaving one is about is a company's: a title coded
    only as a company's (BUS, no public role) in its "as" or "from" phrase or apposed to
    its subject ("resigned as chief executive", "Ana Ruiz, chairman and chief executive,
    resigned"); not a minister's, nor a company's post at a public body."""
    spans = [
        c for c in tok.children if c.dep_ == "prep" and c.lower_ in words.office_prepositions
    ] + [
        a
        for c in tok.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for a in c.children
        if a.dep_ == "appos"
    ]
    found = False
    for c in spans:
        for t in c.subtree:
            a = actors.at(t.i)
            if a is None or not a.code:
                continue
            roles = set(sectors_of(a.code))
            private = words.private_roles | words.press_private_roles
            if not roles <= private or a.code.startswith(("IGO", "NGO", "IMG")):
                return False  # "resigned as finance minister", "from the central bank's board"
            if "BUS" in roles:
                found = True  # also an outlet's ("as Politico's chief executive": MED, BUS)
    return found


def _private_leaver(actor: Actor | None, *, words: EventWords) -> bool:
    """Whether the one who leaves an office is coded only by private roles
    (``private_roles``: a company's officer or investor, "Mr. McAlpine resigned" coded
    CANBUS): no public office is left."""
    if actor is None or not actor.code or actor.code.startswith(("IGO", "NGO", "IMG")):
        return False
    roles = set(sectors_of(actor.code))
    return bool(roles) and roles <= words.private_roles


def _hazard_head(tok: Any, words: EventWords) -> bool:
    """A noun that names a disease or a disaster, or has one as a compound ("the cholera
    outbreak", "the virus", "measles" whatever its lemma)."""
    return {tok.lemma_.lower(), tok.lower_} & words.hazard_words != set() or any(
        c.dep_ == "compound" and c.lemma_.lower() in words.hazard_words for c in tok.children
    )


def _undergoers(tok: Any) -> list[Any]:
    """The direct objects and passive subjects of a verb and of the verbs joined to it."""
    verbs = [tok, *tok.conjuncts]
    return [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]


def _on_hazard(tok: Any, code: str, *, words: EventWords) -> bool:
    """Whether coercion or force (roots 17-20) is done to a disease or a disaster, not a
    party ("the disease is confined to three regions", "contained the outbreak"), or a
    killing or wounding with no doer named follows from one ("nine people were killed
    after an outbreak of cholera", "died in the floods": ``cause_prepositions``): no act."""
    if code[:2] not in _COERCION_FORCE_ROOTS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(_hazard_head(u, words) for u in _undergoers(tok)):
        return True
    if code[:2] not in FORCE_ROOTS:
        return False
    if any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        return False
    verbs = [tok, *tok.conjuncts]  # "were killed and sixty remain ill after an outbreak"
    return any(
        c.dep_ == "prep"
        and c.lower_ in words.cause_prepositions
        and any(g.dep_ == "pobj" and _hazard_head(g, words) for g in c.children)
        for v in verbs
        for c in v.children
    )


def _protest_toll(tok: Any, code: str, *, words: EventWords) -> bool:
    """Whether a killing or a wounding with no doer named is counted in a protest ("over
    200 protesters and police were injured in Saturday's protests", "died during the
    demonstrations": ``protest_act_nouns`` after ``cause_prepositions``): a toll, a
    total the coding guide does not code, by no one named."""
    if code[:2] not in FORCE_ROOTS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in words.cause_prepositions
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words.protest_act_nouns for g in c.children
        )
        for c in tok.children
    )


def _medical(tok: Any, code: str, *, words: EventWords) -> bool:
    """Whether an investigation (root 09) examines a disease, a specimen or people for an
    illness ("probed the outbreak", "specimens were examined", "investigating a possible
    case of mad cow disease", "were tested for the virus"): a medical examination, no
    inquiry into what a party did."""
    if code[:2] != "09" or tok.pos_ not in ("VERB", "AUX"):
        return False
    for u in _undergoers(tok):
        if _hazard_head(u, words) or u.lemma_.lower() in words.specimen_nouns:
            return True
        if u.lemma_.lower() in words.medical_case_nouns and any(
            _hazard_head(t, words) for t in u.subtree
        ):
            return True
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(_hazard_head(t, words) for t in c.subtree)
        for v in (tok, *tok.conjuncts)
        for c in v.children
    )


def _hazard_concern(tok: Any, code: str, *, words: EventWords) -> bool:
    """Whether a disapproval aimed at no party is a worry about a disease or a disaster
    named after the verb, in its own phrases or as the subject of what is feared, and not
    in another clause under it ("expressed concern about the outbreak", "voiced concern
    that the flu could affect pilgrims"; not "accused X of plotting to use the epidemic"):
    a worry about a danger, no disapproval of anyone."""
    if code[:2] != "11" or tok.pos_ not in ("VERB", "AUX"):
        return False
    for t in tok.subtree:
        if t.i <= tok.i or not _hazard_head(t, words):
            continue
        h = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and h.dep_ in ("ccomp", "acl"):
            h = h.head  # what is feared of it: "concern that the flu could spread"
        while h.i != tok.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        if h.i == tok.i:
            return True
    return False


#: roots of acts that done to animals only are no act against a party: sanctions and bans
#: (16), coercion and restrictions (17), force (18-20)
_ANIMAL_ACT_ROOTS = frozenset({"16", "17", *FORCE_ROOTS})


def _on_animals(tok: Any, code: str, *, words: EventWords) -> bool:
    """Whether a use of force (roots 18-20), a ban or a restriction (16, 17) is done to
    animals only (``animal_nouns``): its object, or its passive subject, is animals
    ("culled 20,000 chickens", "millions of birds were slaughtered"; through a count's "of"
    and the verbs it is conjoined with, "slaughtering, burning and burying 6,500 hogs";
    "restricted cats and dogs from roaming", "a travel ban on all horses", through a word of
    movement's "of", ``movement_nouns``: "banned the movement of horses"): a cull, a hunt
    or a rule for livestock, no act against a party."""
    if code[:2] not in _ANIMAL_ACT_ROOTS:
        return False
    if tok.pos_ in ("VERB", "AUX"):
        verbs = [tok, *tok.conjuncts]
        victims = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        # "extended the ban on horses", "a ban on the movement of horses was extended":
        # what the measure acted on is on
        victims = [
            next(
                (
                    g
                    for c in v.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                v,
            )
            for v in victims
        ]
    elif code[:2] in FORCE_ROOTS:
        return False
    else:
        # "a travel ban on all horses": what a ban or a restriction's noun is on
        victims = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if not victims:
        return False
    for v in victims:
        if (
            v.like_num
            or v.lower_ in words.count_words
            or v.lemma_.lower() in words.movement_nouns
            or v.lower_ in words.movement_nouns
        ):
            # "killed 20 of the hogs"; "banned the movement of horses"
            v = next(
                (
                    g
                    for c in v.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                v,
            )
        if v.lemma_.lower() not in words.animal_nouns:
            return False
    return True


def _indefinite_object(tok: Any) -> bool:
    """Whether a verb's direct object names no one in particular: an indefinite or "any"
    noun with no name in its phrase ("a candidate", "any party"), or "anyone"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        (
            o.lower_ in ("anyone", "anybody")
            or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in o.children)
        )
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in o.subtree)
        for o in objs
    )


def _no_one_involved(tok: Any, target: str, actors: TokenActors, *, words: EventWords) -> bool:
    """Whether a verb's doer is no one, or the one it is done to is: its subject is a
    negative pronoun or a noun under a negative determiner (``negative_words`` naming no
    one: "nobody opposed him", "none of his rivals attacked him"), or such a passive subject or
    object holds the act's target (id ``target``: "no Americans were killed", "none of the
    militants was apprehended"). A thing so negated with its party named apart ("no charges
    were filed against X") is an act not done to that party, and stays."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if not _no_one(c, words=words):
            continue
        if c.dep_ == "nsubj":
            return True
        # the phrase's own words and its "of" phrase ("none of the militants"), not a
        # phrase of whom it is done to ("no charges against X")
        own = [
            t
            for t in c.subtree
            if not any(
                p.dep_ == "prep" and p.lower_ != "of" and p.head.i == c.i and t in p.subtree
                for p in c.children
            )
        ]
        if target and any(a.id == target for t in own for a in actors.all_at(t.i)):
            return True
    return False


def _visits_home(doc: Document, tok: Any, source: ActorRef | None, *, words: EventWords) -> bool:
    """Whether a visit with no one visited goes to a place of its doer's own country (its
    object or the object of a trip preposition: "the Kenyan president toured Mombasa",
    "visited flood-hit areas of Kenya"): a trip at home, no visit to another party."""
    home = ref_country(source)
    if not home:
        return False
    ends = [c for c in tok.children if c.dep_ == "dobj"] + [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in words.trip_prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]
    places = [
        p for n in ends for t in n.subtree if (p := _country_place_at(doc, t.idx)) is not None
    ]
    return bool(places) and all(p.country == home for p in places)


def _visits_a_thing(tok: Any) -> bool:
    """Whether a verb's direct object is a common noun and no name of a party or place
    is in its phrase or the verb's other phrases ("visited a train station renovated with
    a $2 million grant", "has visited several states"; not "visited cities in China")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    named = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")
    return (
        bool(objs)
        and all(o.pos_ == "NOUN" for o in objs)
        and not any(
            t.pos_ == "PROPN" or t.ent_type_ in named
            for c in tok.children
            if c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc")
            and not (c.dep_ == "conj" and own_subject(c))
            for t in c.subtree
        )
    )


def _toward_policy(tok: Any, *, words: EventWords, actors: TokenActors) -> bool:
    """Whether what a verb or noun of stance is taken toward is a policy or an idea
    (``policy_nouns``): its direct object, the object of a gerund it governs ("supports
    raising the minimum wage"), the antecedent of a relative pronoun as its object ("the
    bill, which he supported") or the object of its "of", "to", "against" or "for"
    ("opposition to free trade"); not one a definite determiner alone points to ("criticized
    the trade": an exchange told before). A gerund it governs whose words name no party
    (``actors`` given) is a course of action, a policy too ("supports increasing the
    number of visas", "opposes reinstating the tolls"; not "supports arming the rebels")."""
    seen = 0
    gerund_taken = None
    while tok is not None and seen < 3:
        seen += 1
        obj = None
        for c in tok.children:
            if c.dep_ == "dobj":
                obj = tok.head if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else c
                break
        if obj is None:
            gerund = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
            if gerund:
                tok = gerund_taken = gerund[0]
                continue
            obj = next(
                (
                    p
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "to", "against", "for")
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
        if obj is not None and obj.tag_ == "VBG":
            tok = gerund_taken = obj  # "opposes raising taxes": the gerund's own object
            continue
        if obj is None or not (
            obj.lemma_.lower() in words.policy_nouns or obj.lower_ in words.policy_nouns
        ):
            return _course_of_action(gerund_taken, actors)
        # "the trade", "the policy" with no word of its kind: a thing told before (an
        # exchange, a party's measure), not an idea; "the idea of a database", "the idea
        # that ..." say what it is, naming no party
        return not (
            any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in obj.children)
            and not any(c.dep_ in ("amod", "compound", "nmod") for c in obj.children)
            and not _told_content(obj, actors)
        )
    return False


def _poll_told(tok: Any, *, words: EventWords) -> bool:
    """Whether the act at ``tok`` is what an opinion poll or a survey (``poll_nouns``)
    finds: in the clause a verb whose subject is one says is so ("the poll found that 43% of
    voters support X"; not one merely hung on that verb, "while X evinces confidence,
    polling shows ..."), in a clause such a verb with no finding of its own is told aside
    of ("Americans oppose X, a new poll finds"), or on a clause that says it is
    "according to" one ("X would defeat Y, according to a new poll")."""

    def poll(noun: Any) -> bool:
        return bool(noun.lemma_.lower() in words.poll_nouns or noun.lower_ in words.poll_nouns)

    below = None
    for n, head in enumerate((tok, *tok.ancestors)):
        if n > 6:
            break
        for c in head.children:
            if (
                below is not None
                and below.dep_ in _FINDING_CLAUSES
                and c.dep_ == "nsubj"
                and poll(c)
            ):
                return True
            if (
                c.dep_ in _FINDING_ASIDES
                and c.pos_ == "VERB"
                and any(g.dep_ == "nsubj" and poll(g) for g in c.children)
                and not any(g.dep_ in _FINDING_OBJECTS for g in c.children)
            ):
                return True  # "Americans oppose X, a new poll finds, ...": its aside
            if (
                c.dep_ == "prep"
                and c.lower_ == "according"
                and any(poll(p) for p in prep_objects(c, ("to",)))
            ):
                return True
        below = head
    return False


#: dependencies of the clause a verb says is so ("the poll found that ...", "X, a poll finds")
_FINDING_CLAUSES = frozenset({"ccomp", "parataxis", "xcomp"})
#: how the parser hangs a finding told aside on the clause it tells ("X, a poll finds"),
#: and the dependents that give that verb a finding of its own instead
#: (not an adverbial clause: "moments after polls closed", "because the polls have tightened")
_FINDING_ASIDES = frozenset({"conj", "parataxis"})
_FINDING_OBJECTS = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd"})


def _expected_subject(tok: Any, gov: Any, words: EventWords) -> bool:
    """Whether the event noun ``tok`` is the subject of a verb of plan or expectation
    (``plan_verbs``: expected, set, scheduled) with a to-infinitive of its own ("talks
    between X and Y are expected to resume", "are set to begin"): the noun's act is
    planned, as the infinitive's would be."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.i == gov.i
        and gov.lemma_.lower() in words.plan_verbs
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in gov.children)
    )


def _other_ruling(act: Any, noun: Any) -> bool:
    """Whether a ruling or verdict (the word of ``noun``) is told between a court's act
    (its trigger ``act``) and the stance on "the ruling" by a phrase that introduces one of
    its own: an indefinite or possessed noun of that word, or one a verb makes its object
    ("FIFA then issued a ruling banning Russia's teams. Moscow condemned the ruling": FIFA's
    ruling, not the court's told before)."""
    lemma = noun.lemma_.lower()
    for w in noun.doc[act.sent.end : noun.i]:
        if w.lemma_.lower() != lemma or w.pos_ != "NOUN":
            continue
        if not definite(w) or w.dep_ in ("dobj", "obj"):
            return True
    return False


def _told_content(noun: Any, actors: TokenActors) -> bool:
    """Whether a noun of a policy or an idea has its content told with it and no party
    in it: an "of" phrase ("the idea of such a database") or a clause ("the notion that
    taxes should rise"); "the policy of the government" names a party."""
    told = [
        c
        for c in noun.children
        if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("acl", "ccomp")
    ]
    return bool(told) and not any(actors.at(t.i) is not None for c in told for t in c.subtree)


def _course_of_action(gerund: Any, actors: TokenActors) -> bool:
    """Whether a gerund a stance is taken toward is a course of action naming no party:
    none of its words is an actor's ("increasing the number of visas")."""
    if gerund is None:
        return False
    return not any(actors.at(t.i) is not None for t in gerund.subtree)


#: Sectors whose people speak for their state: government, forces, courts, legislature.
_STATE_VOICES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _speaks_for(speaker: Actor, source: Actor) -> bool:
    """Whether ``speaker`` tells its own or its side's plan: the source itself, the same
    actor code, or an official of the source's state (not its media or opposition)."""
    if speaker is source or (speaker.code and speaker.code == source.code):
        return True
    if not speaker.country or speaker.country != source.country:
        return False
    return bool(set(sectors_of(speaker.code)) & _STATE_VOICES) or speaker.code == speaker.country


def _noun_denied(tok: Any, words: EventWords) -> bool:
    """Whether event noun ``tok`` is told with a determiner that says none of it was
    (``negative_words``: "there was no airstrike on X"), or event verb ``tok`` has an
    object so told ("held no talks with Y", "offered no apology to Z", "sent no troops"):
    the act did not happen. (A noun event under a verb whose object is denied, "gave no
    details about the talks", is not.)"""
    if tok.pos_ in ("NOUN", "PROPN"):
        nouns = [tok]
    elif tok.pos_ == "VERB":
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        return False
    return any(
        c.dep_ == "det" and c.lower_ in words.negatives for n in nouns for c in n.children
    )


def _outcome_denied(tok: Any, gov: Any, words: EventWords) -> bool:
    """Whether event noun ``tok`` is the active subject of a clause whose verb a "not"
    denies that is no verb of happening (``happening_verbs``): what the act led to or was
    like is denied, not the act ("the FBI investigation did not result in charges", "the
    talks did not produce a deal", "his criticism was not welcome"); "the attack did not
    happen", "talks did not take place" and a passive ("sanctions were not imposed": a
    light verb that carries the act) stay negated."""
    return (
        tok.i != gov.i
        and tok.dep_ == "nsubj"
        and tok.head.i == gov.i
        and tok.pos_ in ("NOUN", "PROPN")
        and gov.lemma_.lower() not in words.happening_verbs
        and any(c.dep_ == "neg" for c in gov.children)
    )


def _answered(tok: Any, *, words: EventWords) -> bool:
    """Is ``tok`` an act noun that a reply answers: the object of a verb of reaction
    ("avenge the killing", "condemned the attack": ``reaction_words``)?"""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ("dobj", "obj")
        and tok.head.lemma_.lower() in words.reaction_words
    )


def _performed(tok: Any, code: str | None, *, words: EventWords) -> bool:
    """Whether a verb in a speaker's quoted words performs the act it names by being said:
    an appeal, a demand, criticism, a rejection, a threat or praise (``performative_codes``)
    in the simple present, with no auxiliary or negation, of the speaker ("we", "I") or a
    party named as its subject ("We condemn this attack", "The government deplores these
    acts", "I urge both sides"): saying it is doing it (Austin's performatives), unlike a
    view, a wish or a plan quoted."""
    if not code or not any(code.startswith(p) for p in words.performative_codes):
        return False
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VBZ") or clause_verb(tok).i != tok.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    return subj[0].lower_ in words.speaker_pronouns or subj[0].pos_ in ("PROPN", "NOUN")


def _told_as_done(tok: Any, *, words: EventWords) -> bool:
    """Whether a verb in a speaker's quoted words tells an act as done, in the simple past
    without a modal ("the leader of ISIS was killed", "they attacked the hotel"): a report
    of what happened, unlike the speaker's views, wishes and plans."""
    gov = clause_verb(tok)
    aux = {c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")}
    if aux & words.undone_auxiliaries:
        return False
    if any(c.dep_ == "neg" for c in gov.children):
        return False
    return gov.tag_ == "VBD" or (gov.tag_ == "VBN" and bool(aux & words.passive_past_auxiliaries))


def _ref_id(ref: ActorRef | None) -> str:
    """The actor id an event side refers to, or "" for none."""
    return (ref.actor or "") if ref is not None else ""


def _fused_name_party(c: Any, name: Any) -> bool:
    """A proper name the parser hung on a name given before that name's article ("called
    [Trump] a fraud": "Trump" nmod or compound of "fraud", before "a"): the one named."""
    return (
        c.dep_ in ("nmod", "compound")
        and c.pos_ == "PROPN"
        and c.i < name.i
        and any(d.dep_ == "det" and c.i < d.i < name.i for d in name.children)
    )


def _named_organisation(doc: Document, ref: ActorRef) -> bool:
    """Whether ``ref`` is an organisation known by its own name ("Gazprom", "Meta",
    "Human Rights Watch"), whose country is its own, not that of who acts on it."""
    return any(
        a.id == ref.actor and a.kind == "organization" and a.name[:1].isupper() for a in doc.actors
    )


def _protested_at(target: ActorRef | None) -> bool:
    """Whether a protest with no named doer may be the act of the people of the place
    where it happened when its target is ``target``: with no target, or one not itself
    of the place's people ("thousands rallied in Seoul to demand the president's
    impeachment": KORCVL -> KORGOV); "clashes with protesters" leaves out who clashed
    with them (police, or a rival crowd), so no civilians are made the doers."""
    return target is None or not set(sectors_of(target.code or "")) & _PROTESTING_PEOPLE
