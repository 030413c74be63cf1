"""Event dates: when each act happened or is to happen.

An act's date is the time its own clause names, the day the article gives an event a
definite noun refers back to, a day counted from another ("a day after the attack"),
else the one its tense implies (the news day for a current act, no date for a plan or a
possibility the story does not date). :class:`EventDates` holds these rules for the
events component (:class:`geowire.events.EventCoder`), which gives it its settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..actors.resolve import sectors_of
from ..document import Actor, ActorRef, Document, Event
from ..nlp.syntax import prep_objects
from .extract import (
    FORCE_ROOTS,
    VERBAL_ROOTS,
    SentenceCoder,
    clause_verb,
    own_subject,
    people_count,
)
from .modality import under_reporting_verb
from .words import EventWords

#: a date, a month, a year, an ISO week or its weekend ("2000-W13-WE": "over the weekend")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?)?")
#: acts that are scheduled rather than intended: consultations, meetings, visits (04)
SCHEDULED = ("04",)
#: acts done at a ceremony that may be set for a day, as a meeting is: signing a formal
#: agreement, a treaty or an accession (057); planned for a day to come, they stay planned
CEREMONIES = ("057",)
#: statements (01): said, declined to comment
STATEMENTS = ("01",)
#: acts done by saying them: appeals (02), intentions (03), verbal support (05), demands
#: (10), criticism (11), rejections (12), threats (13)
SPOKEN = ("02", "03", "05", "10", "11", "12", "13")
_NARRATIVE_RE = re.compile(r"\d{4}-\d{2}(-\d{2})?")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: dependencies of a word that modifies a noun: a time there dates the noun's event
_NOUN_MODIFIERS = ("nummod", "compound", "nmod", "poss", "amod")
#: dependencies that start another clause, which a time does not cross
_CLAUSES = ("relcl", "ccomp", "advcl", "acl")
#: a stretch of days or weeks one day is counted from ("a day after", "two weeks before")
_SHIFT_RE = re.compile(r"^P(\d+)(D|W)$")
#: a duration of weeks or more ("P3W", "PXM", "P1Y", "P10Y", "PXDE")
_LONG_RE = re.compile(r"^P(\d+(\.\d+)?|X)(W|M|Y|DE|CE)$")
_OFFSET_RE = re.compile(
    r"\b(?:(a|an|one|two|three|four|five|six|seven|\d+|the(?:\s+very)?)\s+)?"
    r"(day|days|week|weeks)\s+(after|before)\s*$",
    re.IGNORECASE,
)
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
#: a decade or a century ("the 1990s": "199", "the 19th century": "18")
_ERA_RE = re.compile(r"\d{2,3}")
#: how many days before publication the lede's news may have happened
_NEWS_WINDOW = 6
#: the first sentences of a story, where a news story names its news day
_NEWS_TOP = 5
#: how many days before publication a time is over for good: a story that names one has
#: gone back from its news to an older time
_OLDER_DAYS = 31


#: a year or a month's name, in a time an ending clause names: the stretch ended long ago
_LONG_AGO = re.compile(
    r"^(1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|years?)$"
)


#: Sectors whose people speak for their state (government, forces, police, intelligence,
#: courts, legislature): only such a speaker's quote tells when the state did an act of words.
_STATE_VOICES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})

#: Sectors whose people tell the state's own standing acts as its acts of the day ("the
#: Foreign Ministry spokesman said Iran condemns"): the government, not a lawmaker's or a
#: judge's account of where the state stands.
_STATE_SPOKESMEN = frozenset({"GOV"})


class EventDates:
    """The dating rules of the events component, over one coder's words and settings."""

    def __init__(
        self,
        words: EventWords,
        coder: SentenceCoder,
        *,
        narrative: int,
        perfect_undated: bool,
        lede: int,
        news_day: bool,
        clock_only: Callable[[str], bool] | None = None,
    ) -> None:
        self.words = words
        #: whether a time's text is a time of day alone, naming no day ("about 10:30
        #: p.m."): the day its value carries is the publication date's, not the text's
        self.clock_only = clock_only or (lambda _text: False)
        self.coder = coder
        self.narrative = narrative
        self.perfect_undated = perfect_undated
        self.lede = lede
        self.news_day = news_day
        #: heads whose to-infinitive or content is what is promised, threatened or said
        #: ("promised mobilization until the boy returned"), no act an until-clause ends
        self._said_heads = words.intent_heads | words.threat_heads | words.reporting_verbs
        #: the last document :meth:`_lede` counted and its count, computed once per document
        self._lede_of: tuple[Document | None, int] = (None, 0)
        #: the last document :meth:`_current_lede` read and its answer
        self._current_of: tuple[Document | None, bool] = (None, False)
        #: the state media's names in a speaker's words (:meth:`_state_voice`): a phrase in
        #: any case ("state media"), a one-word name only in capitals ("SANA", not "Sana")
        self._state_media_res = _word_patterns(
            [n for n in words.state_media if " " in n], re.IGNORECASE
        ) + _word_patterns([n.upper() for n in words.state_media if " " not in n], 0)

    # ------------------------------------------------------------------ pieces
    def _party_subject(self, doc: Document, verb: Any) -> bool:
        """Whether ``verb``'s subject names a party: an actor the text names, or a
        pronoun of ``subject_pronouns`` ("it condemns", "he urges"), not a thing ("the
        plan calls for", "his populism defies")."""
        return any(
            c.dep_ == "nsubj"
            and (_actor_at(doc, c) is not None or c.lower_ in self.words.subject_pronouns)
            for c in verb.children
        )

    def _physical_act(self, verb: Any) -> bool:
        """Is ``verb`` coded an act of force or material help alone (its candidate rows'
        CAMEO roots all among :data:`_PHYSICAL_ROOTS`: storm, repel, attack, release), no
        verbal act?"""
        roots = {
            ((v.code if v.has_code or v.code else b.code) or "")[:2]
            for b, v in self.coder.candidates(verb)
        }
        return bool(roots) and roots <= _PHYSICAL_ROOTS

    def _lede(self, doc: Document) -> int:
        """How many sentences from the start are the article's lede and what comes before
        it: the ``lede`` first sentences of its body, after a record's heading (title,
        abstract) that a label of ``archive_labels`` ends ("ABSTRACT.", "FULL TEXT." of a
        newspaper archive's export) when the text opens with one, and after an agency's
        dateline on a line of its own (:func:`_dateline_lines`: "NAIROBI, Kenya (AP) _",
        "WARSAW, February 26 (Xinhua) --"), which fills no place of the lede's: the body's
        second sentence is as much the lede's as it is in a story that opens with its
        body. The heading's days are the lede's news day too."""
        last, count = self._lede_of
        if last is not doc:
            count = (
                self.lede
                + _heading_sentences(doc, self.words.archive_labels)
                + _dateline_lines(doc)
            )
            self._lede_of = (doc, count)
        return count

    def _current_lede(self, doc: Document) -> bool:
        """Whether the article's first sentence after its heading tells its news as
        holding now: its main verb, or the verb of what a main verb of reporting in the
        present says ("rebels say they have taken the airport"), in the present perfect
        ("Fighting has erupted in X", "Officials have confirmed three deaths") or the
        present progressive ("X is cutting short a trip", "Delegates are considering a
        cease-fire", a party its subject), not a state or a habit ("has long been a critic
        of X"). Such a lede is hard news of the publication day, whether or not it names a
        day: the acts its sources report after it ("Witnesses say soldiers
        attacked the headquarters") are of the news, not the untold times of a feature's
        background (a feature opens on a scene or a past: "Life was never easy for X")."""
        last, answer = self._current_of
        if last is doc:
            return answer
        answer = False
        first = _heading_sentences(doc, self.words.archive_labels) + _title_sentences(doc)
        if doc.parse is not None and first < len(doc.sentences):
            start, end = doc.sentences[first]
            span = doc.parse.char_span(start, end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            verbs = [root] if root is not None else []
            if (
                root is not None
                and root.tag_ in ("VBZ", "VBP")
                and root.lemma_.lower() in self.words.reporting_verbs
            ):
                verbs += [c for c in root.children if c.dep_ == "ccomp"]
            w = self.words
            for v in verbs:
                aux = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
                adverbs = {
                    " ".join(t.lower_ for t in c.subtree)
                    for c in v.children
                    if c.dep_ in ("advmod", "npadvmod", "neg")
                }
                if v.lemma_.lower() == "be" or adverbs & (
                    w.lasting_adverbs | w.habitual_adverbs | w.earlier_adverbs
                ):
                    continue  # a state or a habit ("has long been a critic of X")
                if (v.tag_ == "VBN" and aux and aux[0] in w.perfect_auxiliaries) or (
                    # a party doing it ("X is cutting short a trip"), not a thing's change
                    # ("The rivalry between two neighbours is growing")
                    v.tag_ == "VBG"
                    and aux
                    and aux[0] in w.present_passive_auxiliaries
                    and self._party_subject(doc, v)
                ):
                    answer = True
        self._current_of = (doc, answer)
        return answer

    def date(
        self, doc: Document, tok: Any, code: str, own: bool = False
    ) -> tuple[bool, str | None]:
        """``(timed, date)``. First the time its own clause names (:meth:`_clause_date`;
        with ``own``, not a governing clause's), or the day the article gives the event a
        definite noun refers back to (:meth:`_antecedent_date`), with ``timed`` true; but a
        lasting state an until-clause ends (:meth:`_ended_stretch`: "a group that backed X
        until he dropped out") takes only the time its very own clause names, and is else
        undated, ``timed`` true; else the time its tense implies (:meth:`_untimed_date`).
        A news act an until-clause ends ("marched on Saturday until police dispersed them",
        "fired tear gas until they fled") is dated as any other."""
        force = _kind(code[:2]) == "force"
        if self._ended_stretch(tok):
            found, value = self.clause_date(doc, tok, own=True, force=force)
            return True, value if found else None
        found, value = (
            self._relative_date(doc, tok)
            or self._answered_gerund_date(doc, tok)
            or self._when_date(doc, tok)
            or self._antecedent_date(doc, tok, code)
            or self._referred_date(doc, tok)
            or self._anaphoric_date(doc, tok)
            or self.clause_date(doc, tok, own=own, force=force)
        )
        if found:
            return True, value
        counted = self._counted_clause_date(doc, tok, code)
        if counted is not None:
            return True, counted
        return False, self._lede_noun_date(doc, tok) or self._untimed_date(doc, tok, code)

    def _counted_clause_date(self, doc: Document, tok: Any, code: str) -> str | None:
        """The day of an act told in a clause a counted measure of days or weeks "after"
        / "before" another act whose clause names no time ("Rebels have taken the base, a
        day after Russia signed the treaty": the signing is the day before the taking,
        whose date is the news day its tense gives): that act's own date moved by the
        measure (:func:`_measured`: "a day after" a day is the day before, "two weeks
        after" its month). None when the act is not so told, the measure has no count
        ("days after"), or the other act has no day of its own."""
        verb = clause_verb(tok)
        if verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        since = self._counted_since(doc, verb)
        if since is not None:
            return since
        link = _sequence_mark(verb)
        measure = _measure(verb) if link is not None else None
        if link is None or measure is None or measure[0] is None:
            return None
        if measure[1] not in ("day", "week"):
            return None
        _timed, value = self.date(doc, verb.head, code)
        if value is None or not _DAY_RE.fullmatch(value):
            return None
        return _measured(value, measure, link)

    def _counted_since(self, doc: Document, verb: Any) -> str | None:
        """The time of an act told in a "since" clause right after a counted stretch of
        time that runs up to now ("Iraq has seen dozens of attacks in the two weeks since
        U.S. troops withdrew from its cities", "It is three years since the army seized
        power"): the publication date moved back by the stretch, at the stretch's
        precision (:func:`_measured`: two weeks back from 15 July is July); the stretch
        runs up to now only when the clause it hangs on is told in the present or the
        present perfect. None when the stretch has no exact count ("for at least three
        days since", "in the days since") or the story has no date."""
        if doc.published is None or verb.i < 2:
            return None
        mark = next((m for m in verb.children if m.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in self.words.stretch_marks:
            return None
        unit = verb.doc[mark.i - 1]
        if unit.lemma_.lower() not in _MEASURE_UNITS or unit.tag_ != "NNS":
            return None
        counts = [c for c in unit.children if c.dep_ == "nummod"]
        if len(counts) != 1 or any(c.dep_ in ("advmod", "quantmod") for c in counts[0].children):
            return None  # "at least three days", "more than two weeks": no exact count
        count = _count(unit)
        head = verb.head
        aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        now = (head.tag_ in ("VBZ", "VBP") and not aux) or (
            head.tag_ in ("VBN", "VBG") and bool(aux & self.words.perfect_auxiliaries)
        )
        if count is None or not now:
            return None
        published = _dateline_day(doc) or doc.published.isoformat()
        return _measured(published, (count, unit.lemma_.lower()), "after")

    def _ended_stretch(self, tok: Any) -> bool:
        """Whether the act is told as past and lasting up to another act, which an
        adverbial clause of ``ending_marks`` tells, and is a lasting state: a stance or a
        hold of ``lasting_verbs`` ("was held until police arrived"), told of a party as
        background by a relative clause or a participle on a noun ("a super PAC that backed
        Mr. Rubio until he dropped out of the race on March 15"), or ended at a month or a
        year the ending clause names ("blockaded Qatar until the dispute was resolved in
        January"): on no one day (the ending act's own time is that act's). A news act so
        bounded ("police fired tear gas at protesters until they fled") is of its day."""
        verb = clause_verb(tok)
        w = self.words
        if verb.lemma_.lower() in self._said_heads:
            return False  # "promised mobilization until the boy returned": what is promised
        endings = [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in w.ending_marks for m in c.children)
        ]
        if not endings or not self.told_past(verb):
            return False
        # lasting by its verb or as background, or ended at a month or a year the ending
        # clause names ("supplied arms to Syria until the embargo took effect in 2013")
        return (
            verb.lemma_.lower() in w.lasting_verbs
            or verb.dep_ in ("relcl", "acl")
            or any(
                _LONG_AGO.search(t.text)
                for c in endings
                for t in c.subtree
                if t.ent_type_ == "DATE"
            )
        )

    def _answered_gerund_date(self, doc: Document, tok: Any) -> tuple[bool, str | None] | None:
        """The time of an act told by a gerund that a word of reaction takes through its
        preposition (``reaction_words``: "terrorists suspected of blowing up the plane",
        or that a concessive preposition takes: "despite facing criticism from X",
        "convicted him of attacking a police station", "criticized the agency for
        repeatedly siding with developers", "blamed them for withdrawing in 2017"): an act
        before the charge or the reaction, of the time its own phrase names, else of an
        older time the story went back to, else undated: the reaction's time ("arrested
        Monday") is not its own, nor is the news day."""
        prep = tok.head
        if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.dep_ != "prep":
            return None
        if prep.lower_ not in self.words.concessive_prepositions and (
            prep.lower_ not in self.words.answered_act_prepositions
            or prep.head.lemma_.lower() not in self.words.reaction_words
        ):
            # nor is an act the clause's act is done in spite of ("began the layoffs
            # despite facing criticism from X"): a circumstance that stood before it
            return None
        sent = tok.sent
        lo, hi = tok.left_edge.i, tok.right_edge.i
        for tx in doc.times:
            if tx.type not in ("DATE", "TIME") or not sent.start_char <= tx.span[0] < sent.end_char:
                continue
            m = _DATE_RE.match(tx.value or "")
            span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
            if m is None or span is None or not lo <= span.root.i <= hi:
                continue
            t = span.root
            while t.i != tok.i and t.dep_ not in _CLAUSES and t.head.i != t.i:
                t = t.head
            if t.i == tok.i and not self.clock_only(tx.text):
                return True, _calendar(m.group(0), doc.published)
        if doc.published is None or self.clause_date(doc, prep.head)[0]:
            return True, None
        # an older time the story went back to ("when the 2004 bombing took place. Paris
        # was accused of aiding rebels": 2004) is the act's too; not the news week's
        value = self._untimed_date(doc, tok)
        week = (doc.published - dt.timedelta(days=_NEWS_WINDOW)).isoformat()
        return True, value if value is not None and value < week[: len(value)] else None

    def _anaphoric_date(self, doc: Document, tok: Any) -> tuple[bool, str | None] | None:
        """The time of an act told as past that a phrase places at a time the text named
        before (``anaphoric_times``: "Sanders opposed the 2007 immigration bill. At the
        time, Sanders sided with Republicans": 2007): the latest time before the verb, in
        its sentence or the ``narrative`` ones before, over before the publication date
        (a noun's too: the time referred to is that of an event told before). None when
        the clause names a time of its own or the text names none before."""
        gov = clause_verb(tok)
        if doc.published is None or not self.narrative or not self.told_past(gov):
            return None
        phrases = {
            " ".join(w.lower_ for w in c.subtree)
            for c in gov.children
            if c.dep_ in ("prep", "advmod")
        }
        if not phrases & self.words.anaphoric_times or self.clause_date(doc, tok)[0]:
            return None
        here = self._sentence(doc, gov)
        if here >= len(doc.sentences):
            return None
        lo = doc.sentences[max(0, here - self.narrative)][0]
        published = doc.published.isoformat()
        best: tuple[int, str] | None = None
        for tx in doc.times:
            value = _calendar_date(tx.value) if tx.type == "DATE" else None
            if value is None or not lo <= tx.span[0] < gov.idx or self.clock_only(tx.text):
                continue
            if value < published[: len(value)] and (best is None or tx.span[0] > best[0]):
                best = (tx.span[0], value)
        return (True, best[1]) if best is not None else None

    def _when_date(self, doc: Document, tok: Any) -> tuple[bool, str | None] | None:
        """The time of an act told in a "when" clause on a point in time: the clause
        tells what happened at that point ("a boost since 2009, when Sanders joined 89
        senators to reject it": 2009), also when the point opens a stretch up to the
        news, which dates no act of its own clause (:meth:`_opens_stretch`). A point that
        names no date ("on her own since age 14, when her parents were deported") leaves
        the act undated: it was before the stretch, at a time the text does not tell."""
        verb = clause_verb(tok)
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        point = verb.head
        if verb.dep_ == "advcl":
            return self._appended_when(doc, verb)
        if verb.dep_ != "relcl" or not any(
            t.dep_ == "advmod" and t.lower_ == "when" and t.i < verb.i for t in verb.subtree
        ):
            return None
        for tx in doc.times:
            span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
            if span is None or tx.type != "DATE":
                continue
            if span.root.i != point.i and not (
                span.root.head.i == point.i and span.root.dep_ in _NOUN_MODIFIERS
            ):
                continue  # the point itself, or its noun's time: "the 1992 campaign, when"
            value = _calendar_date(tx.value)
            return (True, value) if value is not None else None
        if (
            point.dep_ == "pobj"
            and point.head.lower_ in self.words.stretch_marks
            and point.pos_ == "NOUN"
        ):
            return True, None
        return None

    def _appended_when(self, doc: Document, verb: Any) -> tuple[bool, str | None] | None:
        """The time of a "when" clause set right after a date, that the parser hung on
        the main verb ("In contrast to Thursday, when 133 people were arrested,
        protesters were calm Friday"): the clause tells what happened at that date, as
        a relative clause on it would."""
        parse = doc.parse
        when = next(
            (c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None
        )
        if when is None or when.i != verb.left_edge.i or when.i == 0:
            return None
        before = parse[when.i - 1]
        if before.text == "," and before.i > 0:
            before = parse[before.i - 1]
        for tx in doc.times:
            if tx.type != "DATE" or not tx.span[0] <= before.idx < tx.span[1]:
                continue
            value = _calendar_date(tx.value)
            return (True, value) if value is not None else None
        return None

    def _lede_noun_date(self, doc: Document, tok: Any) -> str | None:
        """The day of the news a lede tells by an event's noun with no time ("Terrorist
        bombings at two embassies blew apart buildings", "the bombings"), that the body
        then gives that noun ("The car bombings occurred ... on Friday"): a story of the
        next day tells its news without its day first. The act is the noun's own, or one
        the noun does (its subject), told as past; the body's mention is the same noun
        with a time of its own or of the clause it is the subject of; only a day of the
        news window (the week up to publication), and only when the body gives one."""
        if doc.published is None or self._sentence(doc, tok) >= self._lede(doc):
            return None
        if tok.pos_ == "NOUN":
            nouns = [tok]
        elif self.told_past(tok):
            nouns = [
                c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
            ]
        else:
            return None
        nouns = [n for n in nouns if self.coder.nominal_rules(n)]
        if not nouns:
            return None
        lemmas = {n.lemma_.lower() for n in nouns}
        hi = doc.published.isoformat()
        lo = (doc.published - dt.timedelta(days=_NEWS_WINDOW)).isoformat()
        days = set()
        for later in doc.parse[tok.sent.end :]:
            if later.pos_ != "NOUN" or later.lemma_.lower() not in lemmas:
                continue
            depth = 2 if later.dep_ in ("nsubj", "nsubjpass") else 1
            found, value = self.clause_date(doc, later, depth=depth)
            if found and value is not None and _DAY_RE.fullmatch(value) and lo <= value <= hi:
                days.add(value)
        return days.pop() if len(days) == 1 else None

    def _narrative_value(self, tx: Any) -> str | None:
        """The day or month a time names that later acts may continue
        (:func:`_narrative_value`); none for a time of day alone ("about 10:30 p.m."),
        whose day the text does not tell."""
        return _narrative_value(tx, self.clock_only)

    def _sentence(self, doc: Document, tok: Any) -> int:
        """The index of the sentence ``tok`` is in (of ``doc.sentences``)."""
        return next(
            (k for k, (a, b) in enumerate(doc.sentences) if a <= tok.idx < b), len(doc.sentences)
        )

    def told_past(self, tok: Any) -> bool:
        """Whether the verb of ``tok`` tells its act as past: a simple past ("were
        arrested", "fined"), or a past perfect, with no modal ("would have met"); a
        gerund or an infinitive has no tense of its own ("was set to visit"), nor has a
        noun ("the April summit")."""
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if aux & self.words.dating_modals:
            return False
        if tok.tag_ == "VBD":
            return True
        return tok.tag_ == "VBN" and bool(aux & self.words.past_auxiliaries)

    def _referred_date(self, doc: Document, tok: Any) -> tuple[bool, str | None] | None:
        """An act a definite noun refers to as one that came before another ("prices rose
        after the invasion", "despite the sanctions", "followed the Kuwait invasion",
        "escaped the invasion": ``sequence_prepositions``, ``sequence_verbs``), or as what
        another act answers ("condemned the bombing", "in response to the attacks",
        "arrested in connection with the killing", "Iraq's invasion was denounced":
        ``reaction_words``), is of the time its own phrase names ("after the 2014
        invasion"), else of the time the article gave it earlier (:meth:`_earlier_date`),
        else undated: the clause's time is that later act's."""
        if tok.pos_ != "NOUN":
            return None
        head = tok.head
        reaction = self.words.reaction_words
        if tok.dep_ == "pobj":
            after = head.dep_ == "prep" and (
                head.lower_ in self.words.sequence_prepositions
                or head.head.lemma_.lower() in reaction
            )
        elif tok.dep_ == "dobj":
            after = head.lemma_.lower() in self.words.sequence_verbs | reaction
        else:
            after = tok.dep_ == "nsubjpass" and head.lemma_.lower() in reaction
        if not after:
            return None
        definite = any(
            (c.dep_ == "det" and c.lower_ in self.words.definite_determiners) or c.dep_ == "poss"
            for c in tok.children
        )
        if not definite:
            return None
        # the noun's own clause level only: its phrase's time, not the later act's
        found, value = self.clause_date(doc, tok, depth=1)
        if found:
            return True, value
        return True, self._earlier_date(doc, tok, {tok.lemma_.lower()})

    def _antecedent_date(
        self, doc: Document, tok: Any, code: str
    ) -> tuple[bool, str | None] | None:
        """The date of an earlier mention of the event a definite noun refers back to:
        "the summit", "the talks", "the vote" (the event's own noun, or the gathering a
        meeting or visit is held at: "will also attend the meeting") takes the time an
        earlier sentence gives the same noun ("the meeting will be held on Friday", "the
        vote on Sunday"), when its own clause names none. The earlier time must be the
        noun's own (a time on it) or that of the clause the noun is the subject of, and
        the latest such mention before the act is the one referred to."""
        if tok.pos_ == "NOUN":  # not a name: "the Border Patrol"
            nouns = [tok]
        elif code.startswith(SCHEDULED):
            # "will attend the meeting", "joined the talks", "arrived for the summit"
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            objects += [n for c in tok.children if c.dep_ == "prep" for n in c.children]
            nouns = [n for n in objects if n.dep_ != "prep" and self.gathering(n)]
        else:
            return None
        nouns = [
            n
            for n in nouns
            if any(
                c.dep_ == "det" and c.lower_ in self.words.definite_determiners for c in n.children
            )
        ]
        if not nouns or self.clause_date(doc, tok)[0]:
            return None
        value = self._earlier_date(doc, tok, {n.lemma_.lower() for n in nouns})
        return (True, value) if value is not None else None

    def _earlier_date(self, doc: Document, tok: Any, lemmas: set[str]) -> str | None:
        """The time an earlier sentence gives an act named by one of ``lemmas`` (the
        noun, or its verb: :func:`_mentions_event`): the mention's own time, or that of
        the clause the mention is the subject of ("the meeting will be held on Friday"),
        not of a clause that merely names it; the latest such mention before ``tok``."""
        coarse: str | None = None  # a year or month found first: a day within it wins
        for earlier in reversed(doc.parse[: tok.sent.start]):
            if not _mentions_event(earlier, lemmas):
                continue
            depth = 2 if earlier.dep_ in ("nsubj", "nsubjpass") else 1
            found, value = self.clause_date(doc, earlier, depth=depth)
            if not found or value is None:
                continue
            if coarse is None and _DAY_RE.fullmatch(value):
                return value
            if coarse is None:
                coarse = value  # "this meeting will be the fourth round this year"
            elif value.startswith(coarse) and len(value) > len(coarse):
                return value  # "officials are meeting on December 18"
        return coarse

    def _of_force(self, tok: Any) -> bool:
        """Whether a noun names a use of force (CAMEO 18-20: an attack, a bombing)."""
        return any(
            _kind((r.code or "")[:2]) == "force" for r in self.coder.nominal_rules(tok) or ()
        )

    def gathering(self, tok: Any) -> bool:
        """Whether a noun names a meeting, talks, a summit, a visit (a CAMEO 04 noun)."""
        return any(
            (r.code or "").startswith(SCHEDULED) for r in self.coder.nominal_rules(tok) or ()
        )

    def _relative_date(self, doc: Document, tok: Any) -> tuple[bool, str | None] | None:
        """The day of an act named by a noun that a time is counted from ("fighting broke
        out on Wednesday, a day after the attack": the attack was on Tuesday): the day of
        the clause "after" / "before" hangs on, moved by the stretch of days or weeks."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("after", "before") or prep.i == tok.i:
            return None
        for tx in doc.times:
            m = _SHIFT_RE.match(tx.value or "") if tx.type == "DURATION" else None
            span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
            if m is None or span is None:
                continue
            if span.root.head.i == prep.i:  # "met Iraq a day after the attack"
                anchor = prep.head
            elif span.root.i == prep.head.i:  # "on Wednesday, a day after the attack"
                anchor = span.root.head
            else:
                continue
            found, value = self.clause_date(doc, anchor)
            if not found or value is None or not is_date(value):
                return None
            days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            sign = -1 if prep.lower_ == "after" else 1
            return True, (dt.date.fromisoformat(value) + dt.timedelta(days=sign * days)).isoformat()
        return None

    def clause_date(
        self, doc: Document, tok: Any, depth: int = 4, own: bool = False, force: bool = False
    ) -> tuple[bool, str | None]:
        """``(True, date)`` when the action's clause (or the nearest clause up the tree
        that has one) names a time, ``(True, None)`` when its own clause spans a stretch
        of weeks or more or recurs, and names no date ("was detained for almost a year",
        "talks have gone on for years", "visited the camp every month": a background state
        or a habit, no date), else ``(False, None)``.

        A time reaches a clause through its dependency path, never through another clause
        (a relative, complement, adverbial or gerund clause: "blamed them for withdrawing
        in 2017" is not of 2017), and a time that modifies a noun ("the 2014 abduction",
        "Tuesday's attack") dates that noun's event only.

        A date taken from a governing clause through "after" / "before" ("These comments
        came the very day after Gates expressed concerns") is moved back (forward) by the
        offset the expression states ("the day after", "two weeks before"). A bound
        (:meth:`_bound`) dates no plan ("will meet before Christmas"), and "until" ends a
        stretch ("was held until Friday"); a time set against the act (:meth:`_contrasted`:
        "unlike in 2012") dates nothing of it. ``depth``: how many clauses up the tree to look;
        ``own``: none beyond the action's own verb (not the day a plan was announced: "said
        Saturday that X will visit Y"); ``force``: the
        act is a use of force, so that an attack's noun it is told in ("injured in the
        1998 bombing") dates it as a gathering's does."""
        parse = doc.parse
        heads: list[tuple[str | None, list[Any]]] = []  # (link mark, tokens of the clause)
        # the first level reached from a relative clause: a scene set before a governing
        # clause is that clause's occasion, not the relative clause's act ("In Sunday's
        # debate, X attacked him over protesters who had blocked a clinic in 1992")
        above_relative = depth
        t, link = tok, None
        measure: tuple[int | None, str] | None = None  # "18 years" after: (count, unit)
        while True:
            chain = [t]
            while (
                t.dep_ in ("xcomp", "conj", "pcomp", "prep", "aux")
                and t.head.i != t.i
                and not _other_tense(t)
            ):
                t = t.head
                chain.append(t)
            heads.append((link, chain))
            if (
                t.head.i == t.i
                or len(heads) >= depth
                or _other_tense(t)
                or _perfect_relative(t)
                or _describes_person(t)
            ):
                break
            if t.dep_ == "relcl":
                above_relative = min(above_relative, len(heads))
            if link is None and t.dep_ == "advcl":
                link = _sequence_mark(t)
                if link is not None:
                    measure = _measure(t)
            t = t.head
        # (head, value, text, whether it dates its head's own clause only: _past_owner)
        dated: list[tuple[Any, str, str, bool]] = []
        spans: list[Any] = []  # heads of stretches of weeks or more, and of recurrences
        sent = tok.sent  # a time in another sentence is never in this clause chain
        past = self.told_past(clause_verb(tok))
        for tx in doc.times:
            if not (sent.start_char <= tx.span[0] < sent.end_char) or not tx.value:
                continue
            if past and tx.type == "TIME" and self.clock_only(tx.text):
                # a time of day alone in an act told as past ("opened fire about 10:30
                # p.m.") tells no day: its value's is the paper's, which a morning paper's
                # story of the night before is not; the act's day is the story's
                continue
            span = parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
            if span is None:
                continue
            later = self._later_day(doc, tx, span)
            if later is not None:
                dated.append((span.root, later, tx.text, False))
                continue
            recent = self._recent_stretch(doc, tx, span)
            if recent is not None and not self._tally(tok):
                dated.append((span.root, recent, tx.text, False))
                continue
            if tx.type == "SET" or (
                tx.type == "DURATION"
                # weeks or more, or days uncounted ("in recent days", "for days"): a
                # stretch the act is spread over, up to now, on no one day
                and (_LONG_RE.match(tx.value) or tx.value == "PXD")
                and (not self._offset(span) or (past and self._counted_from_act(doc, span)))
                # a stretch an "of" phrase fills is what is acted on or told of ("hailed
                # 71 months of job growth", "ended eight years of war"), no length of an
                # act outside it (one inside lasted it: "40 years of sabotage")
                and not self._filled_stretch(span, tok)
            ):
                spans.append(span.root)
                clause = span.root.head
                if (
                    span.root.dep_ == "npadvmod"
                    and clause.dep_ == "advcl"
                    and any(c.dep_ == "mark" and c.i == span.end for c in clause.children)
                ):
                    # "A few weeks after Obama announced it, U.S. forces bombed": the
                    # stretch lies between the clause's act and the one it hangs on
                    spans.append(clause.head)
                continue
            if self._opens_stretch(doc, span, tx.value):
                # "had been arrested in several states since 1990", "has donated $38,000
                # since 2010": acts over the years after it, on no day or year told
                spans.append(span.root)
                continue
            if (tx.value == "PAST_REF" and tx.text.lower() not in self.words.current_adverbs) or (
                tx.type == "DATE" and _ERA_RE.fullmatch(tx.value)
            ):
                # "called on him months ago", "as in the past", "sentenced in the
                # mid-1990s": before, on no day or year told
                spans.append(span.root)
                continue
            if self._contrasted(span):
                # "Unlike in 2012, when he attacked X, this time he spoke briefly", "In
                # contrast to 2008, Clinton lost the state": the time of what the act is
                # set against, not the act's
                continue
            bound = self._bound(span)
            if bound is not None and span.root.head.i == tok.i:
                bound = None  # "before Tuesday's vote": the vote's own day
            if bound in ("until", "till"):
                # "was held until Friday", "will stay until March": the end of a stretch
                # the act lasts, no day it was done on
                spans.append(span.root)
                continue
            if bound is not None and not past and not self._this_period(doc, tx.value):
                # "will meet him before Christmas", "ahead of next week's summit": a
                # deadline bounds a plan, on no day it names; not "by the end of the
                # year", the month or year of the news the act falls in, nor a past act's
                # ("By early 2012, he became a radio host")
                continue
            m = _DATE_RE.match(tx.value) if tx.type in ("DATE", "TIME") else None
            if m is not None:
                owner = self._past_owner(doc, span, m.group(0))
                head = span.root.head
                if (
                    owner is None
                    and span.root.dep_ == "npadvmod"
                    and head.pos_ == "NOUN"
                    and self.coder.nominal_rules(head)
                    and not _occasion(head, self.words)
                    # "held talks Tuesday", "launched an attack Friday": a light verb and
                    # the event noun it takes are one act, which the time dates
                    and self.coder.light_governor(head) is None
                ):
                    owner = head  # "the bombing of the courthouse last year": the noun's
                if owner is None:
                    dated.append((span.root, m.group(0), tx.text, False))
                elif owner is not span:
                    dated.append((owner, m.group(0), tx.text, True))
        # the clauses up to the action's own verb: a stretch of time there leaves it undated
        own_level = next(
            (
                n
                for n, (_l, chain) in enumerate(heads)
                if any(c.pos_ in ("VERB", "AUX") for c in chain)
            ),
            0,
        )
        # a planned act's stretch is how long it is to last ("will lease it for 99 years")
        planned = any(
            c.dep_ == "aux" and c.lower_ in self.words.dating_modals
            for _l, chain in heads[: own_level + 1]
            for t in chain
            for c in t.children
        )
        # nouns of meetings, talks, visits a time modifies ("last year's summit"): an act
        # told at one is of its time (:func:`_frame`); so is a use of force (``force``)
        # told in an attack's noun: the harm done in it ("was injured in the 1998
        # bombing", "were killed in Tuesday's attack") is the attack's
        gatherings = frozenset(
            root.head.i
            for root, value, _t, _o in dated
            if root.dep_ in _NOUN_MODIFIERS
            and root.head.pos_ == "NOUN"
            and (
                self.gathering(root.head)
                or (force and self._of_force(root.head))
                or self._past_doer(doc, root.head, value)
            )
        )
        for n, (link, chain) in enumerate(heads[: own_level + 1] if own else heads):
            ids = {c.i for c in chain}
            ids_upto = [{c.i for c in chain[: k + 1]} for k in range(len(chain))]
            best: tuple[int, int, int, int, str, str] | None = None
            scenes = n < above_relative
            for root, value, text, owned in dated:
                hops = _hops(root, ids, self.words, scenes=scenes, gatherings=gatherings)
                if hops is None or (owned and root.i not in ids):
                    continue
                # the nearest verb of the chain first: "met X on Monday, and two days
                # later attacked Y" dates the attack by its own time
                near = next(
                    k
                    for k in range(len(chain))
                    if _hops(root, ids_upto[k], self.words, scenes=scenes, gatherings=gatherings)
                    is not None
                )
                # of two times as near in the tree, the one told next to the verb: a
                # time after its object may be the object's act's ("The government
                # Saturday condemned the attacks in Kenya Friday")
                key = (-_precision(value), near, hops, abs(root.i - chain[near].i), value, text)
                if best is None or key < best:
                    best = key
            if best is not None:
                value = _shift(best[4], best[5], link) if link else best[4]
                if link and measure is not None and value == best[4]:
                    moved = _measured(_calendar(value), measure, link)
                    return True, moved
                return True, _calendar(value, doc.published if past else None)
            if (
                n <= own_level
                and not planned
                and any(_hops(r, ids, self.words) is not None for r in spans)
            ):
                return True, None
        placed = self._placed_from_act(doc, tok)
        if placed is not None:
            return True, placed[0]
        return False, None

    def _tally(self, tok: Any) -> bool:
        """Whether the act is a casualty count told in the passive of a count of people
        with no doer ("dozens of people have been killed in recent days", "at least 51
        people were reported killed in clashes"): a tally of many acts over the stretch,
        of no month of one act (the wire gold leaves such a background count undated)."""
        verb = clause_verb(tok)
        if verb.lemma_.lower() not in self.words.casualty_verbs:
            return False
        holder = verb.head if verb.dep_ in ("xcomp", "oprd") else verb
        subjects = [c for c in holder.children if c.dep_ == "nsubjpass"]
        return (
            len(subjects) == 1
            and not any(c.dep_ == "agent" for c in verb.children)
            and people_count(subjects[0], words=self.words)
        )

    def _recent_stretch(self, doc: Document, tx: Any, span: Any) -> str | None:
        """The month a stretch of days or weeks up to now lies in, as the month of what was
        done over it: "killed 30 people during the past five days", "filed cases in the last
        two weeks", "backed a resolution in recent days" (``recent_stretch_words``) in a
        paper of 20 March are of March; None when the stretch reaches into an earlier month,
        names no count of weeks ("in recent weeks"), is an offset ("the last two days
        before the vote") or a part of something ("the last two weeks of the campaign"),
        or the story has no publication date."""
        if tx.type != "DURATION" or doc.published is None:
            return None
        m = re.match(r"^P(\d+|X)(D|W)$", tx.value or "")
        if m is None or (m.group(1) == "X" and m.group(2) == "W"):
            return None
        words = [w for w in tx.text.lower().split() if w != "the"]
        if not words or words[0] not in self.words.recent_stretch_words:
            return None
        if self._offset(span) or (span.end < len(span.doc) and span.doc[span.end].lower_ == "of"):
            return None
        # uncounted days ("in recent days") are read as a week
        days = (7 if m.group(1) == "X" else int(m.group(1))) * (7 if m.group(2) == "W" else 1)
        published = doc.published
        start = published - dt.timedelta(days=days)
        if (start.year, start.month) != (published.year, published.month):
            return None
        return published.isoformat()[:7]

    def _placed_from_act(self, doc: Document, tok: Any) -> tuple[str | None] | None:
        """``(date,)`` when an act told as past after the lede is placed by a measure of
        time from another act ("Two days after Russia attacked on Monday, France
        criticized Germany", "Months after the vote, the army attacked"; days, weeks,
        months or years, :data:`_MEASURE_UNITS`, not hours), its clause naming no time of
        its own: the date the other act's clause or phrase names moved by the measure
        (Wednesday; :func:`_measured`), else, for weeks or more, None: an act of a time
        the text tells only by that other act, not of the story's day nor the
        narrative's. None when the act is not so placed, or days from an act the text
        does not date (the date its tense implies). Read from the parse, so an uncounted
        "Months after", which the time tagger may leave, counts too; the verbs looked at
        are the act's own and those a non-finite verb (a gerund, an infinitive) hangs on,
        up to the first finite one, whose tense is the act's."""
        if self._sentence(doc, tok) < self._lede(doc):
            return None  # "Days after the vote, protesters stormed parliament": the news
        verb = clause_verb(tok)
        chain = [verb]
        while (
            verb.tag_ in ("VBG", "VB")
            and verb.dep_ in ("xcomp", "advcl", "conj")
            and verb.head.i != verb.i
            and len(chain) < 4
        ):
            verb = verb.head
            chain.append(verb)
        if not self.told_past(verb):
            return None
        placed = next((p for v in chain if (p := _measured_from(v)) is not None), None)
        if placed is None:
            return None
        anchor, link, measure = placed
        value: str | None = None
        if anchor.dep_ == "advcl":
            found, value = self.clause_date(doc, anchor, own=True)
        else:  # the phrase of "after" / "before": a date in it ("after the vote on Tuesday")
            lo, hi = anchor.idx, anchor.right_edge.idx + len(anchor.right_edge)
            value = next(
                (
                    m.group(0)
                    for tx in doc.times
                    if tx.type == "DATE"
                    and lo <= tx.span[0] < hi
                    and (m := _DATE_RE.match(tx.value or "")) is not None
                ),
                None,
            )
        if value is None:
            # days from an act the text does not date may well be the news ("Sixteen days
            # after the election, officials announced" in the story of that count): the
            # tense's date; weeks or more from it are of a time the text does not tell
            return None if measure[1] == "day" else (None,)
        # the other act's date moved the other way: "after" it is later
        return (_measured(_calendar(value), measure, "before" if link == "after" else "after"),)

    def _past_doer(self, doc: Document, noun: Any, value: str) -> bool:
        """Whether a noun a time modifies is the doer of its clause's act told as past, a
        thing or an event of that time ("The 2004 bombing killed nine soldiers", "A 1996
        law strengthened the embargo", "Last year's protests forced him to resign"): the
        act was done when its doer was, so the noun's time dates it too. Only an active
        subject of a past verb, a time over before the paper, and a noun of an act (an
        event noun the coder reads) or of a thing one party makes (``artifact_nouns``: a
        law, a ruling), no party ("the 2016 nominee attacked her")."""
        verb = noun.head
        if noun.dep_ != "nsubj" or not self.told_past(verb) or doc.published is None:
            return False
        if not (
            noun.lemma_.lower() in self.words.artifact_nouns or self.coder.nominal_rules(noun)
        ):
            return False
        date = _calendar_date(value)
        if date is None or not date < doc.published.isoformat()[: len(date)]:
            return False
        return not inside(noun, [span for a in doc.actors for span in a.mentions])

    def _opens_stretch(self, doc: Document, span: Any, value: str) -> bool:
        """Whether a time is the start of a stretch ("since 1990": ``stretch_marks``) over
        before the news: a past year or month, or a day before the news week. What was
        done since then ("had been arrested in several states since 1990") is one or many
        acts at times the text does not tell; a stretch opened within the news ("have
        blocked the road since Monday", "since the beginning of the year") is of its own
        time."""
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in self.words.stretch_marks:
            return False
        if doc.published is None or not _NARRATIVE_RE.match(value) and not re.fullmatch(
            r"\d{4}", value
        ):
            return False
        if doc.published.isoformat().startswith(value):
            return False  # "since the beginning of the year": this year's, the news's own
        week = (doc.published - dt.timedelta(days=_NEWS_WINDOW)).isoformat()
        return not (is_date(value[:10]) and value[:10] >= week)

    def _contrasted(self, span: Any) -> bool:
        """Whether a time is in a phrase that sets something against the act
        (``contrast_words``: "unlike in 2012", "in contrast to 2008", "compared with last
        year"), through prepositions and their objects only."""
        t = span.root
        while t.head.i != t.i:
            if t.lower_ in self.words.contrast_words:
                return True
            if t.dep_ not in ("pobj", "pcomp", "prep"):
                return False
            t = t.head
        return False

    def _bound(self, span: Any) -> str | None:
        """The preposition (``limit_prepositions``) that makes a time a bound of an act
        rather than its time: a deadline ("before Christmas", "by Friday", "ahead of next
        week's summit", "prior to the vote", also of a noun the time names: "before the
        Christmas holiday") or the end of a stretch ("until March"); None for a time that
        places the act."""
        root = span.root
        while root.dep_ in ("compound", "poss") and root.head.pos_ == "NOUN":
            root = root.head  # "before the Christmas holiday", "ahead of Tuesday's vote"
        if root.dep_ != "pobj" or root.head.i == root.i:
            return None
        prep = root.head
        word = prep.lower_
        if word in ("of", "to") and prep.head.i != prep.i:
            word = prep.head.lower_  # "ahead of", "prior to"
        return word if word in self.words.limit_prepositions else None

    def _filled_stretch(self, span: Any, tok: Any) -> bool:
        """Whether a stretch of time is filled by what its "of" phrase names ("71 months
        of job growth", "eight years of war") and ``tok``'s act lies outside it: the
        stretch is a thing the act is about, not how long it lasted; not a subject ("Nine
        months of X soaring and slaying all comers": the time the verbs fill)."""
        root = span.root
        return (
            root.dep_ not in ("nsubj", "nsubjpass")
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
            and not (root.left_edge.i <= tok.i <= root.right_edge.i)
        )

    def _bound_time(self, doc: Document, tx: Any) -> bool:
        """Whether a time of the text is a bound (:meth:`_bound`)."""
        span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
        return span is not None and self._bound(span) is not None

    def _this_period(self, doc: Document, value: str) -> bool:
        """Whether a time is the month or the year the paper is of ("by the end of the
        year", "by the end of this month"): an act done by then falls in it."""
        published = doc.published.isoformat() if doc.published else ""
        return len(value) in (4, 7) and published.startswith(value)

    def _offset(self, span: Any) -> bool:
        """Whether a stretch of time is no length of the clause's act: an offset between
        two points ("less than a month after creating a task force", "two years later",
        "a month before the vote"), an amount the act sets ("sentenced to two years",
        ``amount_prepositions``; "extended the sanctions for six months", ``term_verbs``)
        or a deadline it gives ("to leave within a month")."""
        doc = span.doc
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in self.words.amount_prepositions:
            return True
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "for"
            and root.head.head.lemma_.lower() in self.words.term_verbs
        ):
            return True  # "extended its sanctions for six months": the term it sets
        if span.end >= len(doc):
            return False
        word = doc[span.end].lower_
        w = self.words
        return word in ("after", "before") or word in w.later_words | w.earlier_words

    def _counted_from_act(self, doc: Document, span: Any) -> bool:
        """Whether a stretch of weeks or more places the act that far from another one
        ("A few weeks after Obama announced it, U.S. forces bombed a hospital", "two
        months before the election, X resigned"): the act is of a time the text tells
        only by that other act, no day the story names, and is undated unless its clause
        names one (an act told as past after the lede: "is set to act eight weeks before
        the vote", or a lede's "Weeks after the vote, protesters stormed parliament", is
        the news). Not "later" / "earlier", which count from the story's own time."""
        parse = span.doc
        if self._sentence(doc, span.root) < self._lede(doc):
            return False  # "Weeks after the vote, protesters stormed parliament": the news
        return span.end < len(parse) and parse[span.end].lower_ in ("after", "before")

    def _past_owner(self, doc: Document, span: Any, value: str) -> Any:
        """The act a time over before the news dates when the parser hangs it on a verb
        that does not take one: a present perfect or progressive ("has been arrested in
        connection with the bombings last year", "is investigating the bombings which
        killed 224 on Aug. 7"), or a simple present, for a time before the news week
        ("heads a team that ... on Aug. 7, 1998"; a lede's "says Monday" is of the news).
        The owner is the act told between the verb and the time: the last past verb of a
        clause under it, or noun of an act; ``span`` itself (the time dates nothing) when
        there is none; None when the time may date the verb."""
        published = doc.published.isoformat() if doc.published else None
        verb = span.root.head  # the verb the time hangs on, or the one of its preposition
        if span.root.dep_ == "pobj" and verb.dep_ == "prep":
            if verb.lower_ in self.words.span_prepositions:
                return None  # "has been held since 2019", "have fought for years"
            verb = verb.head
        day = _calendar(value)
        if (
            published is None
            or verb.pos_ not in ("VERB", "AUX")
            or verb.i > span.start
            or not day < published[: len(day)]
        ):
            return None
        aux = [c for c in verb.children if c.dep_ == "aux"]
        perfect = verb.tag_ == "VBN" and _present_have(verb)
        progressive = verb.tag_ == "VBG" and any(
            c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in aux
        )
        simple = verb.tag_ in ("VBZ", "VBP") and not aux
        week = doc.published - dt.timedelta(days=_NEWS_WINDOW) if doc.published else None
        if simple and week is not None and not (is_date(value) and value < week.isoformat()):
            return None
        if not (perfect or progressive or simple):
            return None
        owner = span
        for t in span.doc[verb.i + 1 : span.start]:
            if t.tag_ == "VBD" and t.dep_ in _CLAUSES:
                owner = t
            elif t.pos_ == "NOUN" and self.coder.nominal_rules(t):
                owner = t
        return owner

    def _later_day(self, doc: Document, tx: Any, span: Any) -> str | None:
        """The day "two days later" ("a week earlier") names: counted from the last day
        the story named before it, in its sentence or the ``narrative`` ones before."""
        m = _SHIFT_RE.match(tx.value or "") if tx.type == "DURATION" else None
        if m is None or span.end >= len(span.doc) or not self.narrative:
            return None
        word = span.doc[span.end].lower_
        if word not in self.words.later_words | self.words.earlier_words:
            return None
        here = next((i for i, (s, e) in enumerate(doc.sentences) if s <= tx.span[0] < e), 0)
        lo = doc.sentences[max(0, here - self.narrative)][0]
        days = [
            (t.span[0], day)
            for t in doc.times
            if lo <= t.span[0] < tx.span[0]
            and (day := self._narrative_value(t)) is not None
            and _DAY_RE.fullmatch(day)
        ]
        if not days:
            return None
        n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
        sign = 1 if word in self.words.later_words else -1
        return (dt.date.fromisoformat(max(days)[1]) + dt.timedelta(days=sign * n)).isoformat()

    def _untimed_date(
        self, doc: Document, tok: Any, code: str = "", spoken: bool = False
    ) -> str | None:
        """The date of an action whose clause names no time, read from its tense.

        - the article's news: in its first ``lede`` sentences, or marked as current ("has
          now tightened", "has just signed", "so far"), an act is of the publication date;
        - else a present perfect ("have rejected", "have been negotiating for years") is an
          undated past or an ongoing state, and a simple present ("opposes", "conducts
          bombings") a habit or a standing position: no date; but an act done by saying
          it that the narrator's main clause tells in the simple present in a news story
          ("the rebels accuse the army of shelling", "X urges restraint") is a saying of
          the news, as "says" is: of the publication date;
        - a simple past ("militants released dozens"), or a past progressive the narrator
          tells ("they were talking when the bomb went off"), continues the story's narrative: the
          last day or month named in this or the ``narrative`` previous sentences, when it
          lies before the publication date; else the publication date (or none, for a
          source's report or a circumstance in a story whose lede names no news day);
        - anything else (a present progressive, a future without a date) is of the
          publication date.

        The publication date here is the day an agency's dateline names, when the text
        opens with one (:func:`_dateline_day`: "WARSAW, February 26 (Xinhua) --" over a
        story the archive dates the 27th): the day the story was written."""
        published = _dateline_day(doc) or (doc.published.isoformat() if doc.published else None)
        lede = self._lede(doc)
        gov = clause_verb(tok)
        first = gov  # the act's own verb, before a gerund or an infinitive takes another's tense
        # a gerund or an infinitive has the tense of the verb it depends on ("took credit
        # for attacking", "accused of attacking", "threatened to attack": when the claim,
        # the charge or the threat was made)
        hops = 0
        while (
            (
                (
                    gov.tag_ == "VBG"
                    and gov.dep_ in ("pcomp", "advcl", "acl")
                    and not any(c.dep_ in ("aux", "auxpass") for c in gov.children)
                )
                or (
                    gov.tag_ == "VB"
                    and gov.dep_ == "xcomp"
                    and [c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")] == ["to"]
                )
                or (
                    # "responded by easing sanctions and providing aid": a later gerund
                    # of a coordination has the tense of the first one, as it has
                    gov.tag_ == "VBG"
                    and gov.dep_ == "conj"
                    and gov.head.tag_ == "VBG"
                    and not any(
                        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in gov.children
                    )
                )
                or (
                    # a passive gerund ("interviewed him after being warned by Russia",
                    # "survived being shot", "remembered being asked") has no tense of
                    # its own either: it is of the time of the verb it depends on
                    gov.tag_ == "VBN"
                    and gov.dep_ in ("pcomp", "advcl", "xcomp")
                    and [c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")]
                    == ["being"]
                )
                or (
                    # "started fighting", "kept firing": the gerund a simple past takes
                    # is done in that past (not one a perfect takes, "has begun relaxing",
                    # which is still going on)
                    gov.tag_ == "VBG"
                    and gov.dep_ == "xcomp"
                    and gov.head.tag_ == "VBD"
                    and not any(c.dep_ in ("aux", "auxpass") for c in gov.children)
                )
                or (
                    # "the inquiry looked into a lawsuit filed against him by X": a past
                    # participle on a noun tells an act done before, of no tense of its
                    # own; it is of the time the clause its noun stands in is told at
                    # (not one whose own adverb places it: "previously filed", "freed so
                    # far")
                    gov.tag_ == "VBN"
                    and gov.dep_ == "acl"
                    and gov.head.pos_ in ("NOUN", "PROPN")
                    and not any(
                        c.dep_ in ("aux", "auxpass", "advmod", "npadvmod") for c in gov.children
                    )
                )
            )
            and gov.head.i != gov.i
            and hops < 4
        ):
            gov = clause_verb(gov.head)
            hops += 1
        aux = {c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")}
        tag = gov.tag_
        if _shares_perfect(gov):
            # "has stepped up airstrikes and sent in more forces": the second verb is of
            # the first's present perfect, whose auxiliary the coordination leaves out
            aux = {c.lower_ for c in _aux_verb(gov).children if c.dep_ == "aux"}
            tag = "VBN"
        modal = aux & self.words.dating_modals
        head = gov.head
        if (
            modal
            and gov.dep_ == "ccomp"
            and head.i != gov.i
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in self._said_heads
        ):
            # "the Saudis have said for years that they would support it", "had moved
            # troops and said it would strike": what a source said it would (will) do is
            # of when it said so, the saying's date (none for a saying over a stretch or
            # told in a past perfect), not the paper's day; a present perfect saying
            # with no time of its own ("officials have said that X would support the
            # deal") is the news, as the golds take it, unless an adverb tells it held
            # over time or recurred ("has long said", "has repeatedly said": undated)
            timed, value = self.date(doc, head, "01")
            said_adverbs = {
                " ".join(w.lower_ for w in c.subtree)
                for c in head.children
                if c.dep_ in ("advmod", "npadvmod")
            }
            if said_adverbs & (self.words.lasting_adverbs | self.words.habitual_adverbs):
                return None
            if timed or not _present_have(head):
                return value
        sents = doc.sentences
        here = next((i for i, (s, e) in enumerate(sents) if s <= tok.idx < e), None)
        # adverbs of the verb, and of the first verb of a coordination ("seldom criticized
        # X and instead accepted Y"), with their own modifiers ("so far")
        verbs = [gov, gov.head] if gov.dep_ == "conj" else [gov]
        adverbs = {
            " ".join(w.lower_ for w in c.subtree)
            for v in verbs
            for c in v.children
            if c.dep_ in ("advmod", "npadvmod")
        }
        current = bool(adverbs & self.words.current_adverbs)
        # (a record's heading, before its body's lede, sets the news day but is no news
        # of its own: an abstract's "X once defended Y" or "has repeatedly said")
        heading = _heading_sentences(doc, self.words.archive_labels)
        news = (here is not None and heading <= here < lede) or current
        # a present perfect, progressive too ("have been negotiating for years")
        perfect = tag in ("VBN", "VBG") and bool(aux & self.words.perfect_auxiliaries)
        # a simple present, active or passive ("is designated as a terrorist group"; not
        # the frame of an infinitive: "is expected to visit")
        present = (gov.tag_ in ("VBZ", "VBP") and not aux) or (
            gov.tag_ == "VBN"
            and hops == 0
            and bool(aux)
            and aux <= self.words.present_passive_auxiliaries
        )
        if present and not aux and gov.lemma_.lower() in self.words.reporting_verbs:
            # the present of reporting ("analysts say", "declares the trader",
            # "acknowledges the chairman"): the saying is the news, no standing state
            present = False
        if (
            present
            and not aux
            and tok.i == gov.i
            and code.startswith(SPOKEN)
            and not code.startswith(CEREMONIES)
            and gov.lemma_.lower() not in self.words.lasting_verbs
            and _main_clause(gov)
            # a later verb of a coordination has its first verb's subject ("Ukraine
            # condemns the attack and urges allies ...": Ukraine urges)
            and self._party_subject(doc, _first_conjunct(gov))
            and not _quantified_habit(gov, self.words.habit_quantifiers)
            and not inside(gov, [q.span for q in doc.quotes])
            and doc.published is not None
            and (
                _news_day(doc, max(lede, _NEWS_TOP), self.words.reporting_verbs, self.clock_only)
                is not None
                or self._current_lede(doc)
            )
        ):
            # an act done by saying it (:data:`SPOKEN`), told by the narrator's own main
            # clause in the simple present with a party as its subject, in a news story
            # (one that names its news day in its first :data:`_NEWS_TOP` sentences, as a
            # story whose lede tells the news without its day does in the next ones:
            # "Fighting has intensified ... clashes on Saturday"): "the rebels accuse the
            # government of air raids", "X urges restraint", "it condemns the attack": a
            # saying of the news, as "says" is; not a stance its verb holds over time ("X
            # opposes the plan", ``lasting_verbs``), a habit a "when" or "as" clause tells
            # ("when she challenges him"), what a thing is told to do ("the plan calls
            # for"), nor a speaker's own words, which :meth:`spoken_date` dates by their
            # saying
            present = False
        # a habit ("often visited", "seldom criticized", "never met") is no dated act, nor
        # is a gerund's or an infinitive's own ("praised him for repeatedly siding with")
        own = {
            " ".join(w.lower_ for w in c.subtree)
            for v in {first.i: first, gov.i: gov}.values()
            for c in v.children
            if c.dep_ in ("advmod", "npadvmod", "neg")  # "never" is the parser's neg
        }
        habit = bool((adverbs | own) & self.words.habitual_adverbs) or (
            # a noun's own adjective of a habit ("Trump's continual attacks on the
            # process", "his frequent visits"): acts over a stretch, no one day
            tok.pos_ == "NOUN"
            and any(
                c.dep_ == "amod" and c.lower_ in self.words.habitual_adjectives
                for c in tok.children
            )
        )
        if news and not current and perfect and _describes_person(_first_conjunct(gov)):
            # "discussed the crisis with the one ally who has backed his threat of force",
            # "Trump, who has threatened to skip the debate": a present perfect that
            # describes a party in the lede tells what it has done before, at no time
            # given, not the lede's news; undated, as it is after the lede
            news = False
        if news and not current and (adverbs | own) & self.words.earlier_adverbs:
            # "even after previously backing rival candidates", "X once defended Y" in the
            # lede: an act the text tells as over before, at no time it gives, no news
            news = False
        if (
            self.perfect_undated
            and not modal
            and not news
            and not habit
            and tag == "VBN"
            and perfect
            and code[:2] in FORCE_ROOTS
            and published
            and not (adverbs | own) & (self.words.lasting_adverbs | self.words.earlier_adverbs)
            and not _describes_person(_first_conjunct(gov))
            and not _noun_clause(_first_conjunct(gov))
            and not self._tally(tok)
            # "have fought two wars since independence": acts over a stretch from a past
            # point, on no one day
            and not any(
                (c.dep_ == "prep" and c.lower_ in self.words.stretch_marks)
                or (
                    c.dep_ == "advcl"
                    and any(
                        m.dep_ == "mark" and m.lower_ in self.words.stretch_marks
                        for m in c.children
                    )
                )
                for c in gov.children
            )
            and (
                self._current_lede(doc)
                or _news_day(doc, lede, self.words.reporting_verbs, self.clock_only) is not None
            )
        ):
            # a use of force told in the present perfect in a news story ("Palestinian
            # rocket attacks have killed three Israeli civilians", "residents say
            # gunmen have set up roadblocks", "officers claimed only fighters have been
            # killed"): done up to now, the news of the paper's day, as the guide dates a
            # current act the text gives no time; not a verbal act or a stance ("has
            # accused", "have designated"), an ongoing state ("have been fighting an
            # insurgency"), one told as lasting or over before ("have long fought",
            # "have previously attacked") or over a stretch from a past point ("since
            # 1947"), a party's description, nor a casualty tally
            return published
        if self.perfect_undated and not modal and not news and (perfect or present or habit):
            return None
        if (
            not modal
            and not current
            and (tag == "VBD" or (tag == "VBN" and aux & self.words.past_auxiliaries))
            and _then_titled(gov)
        ):
            # "was invited to the White House by then-President Reagan": a party named by
            # the office it held then tells an act of an earlier time, which the text does
            # not give, not the news
            return None
        # a past perfect ("the treaty it had rejected"; a verb conjoined to one without
        # its auxiliary too: "had accused him and threatened to expel him"; a progressive
        # one: "had been lobbying him") tells what came before the story: unknown, unless
        # a source's words put it so (reported speech: "said it had killed 10", the
        # simple past of the day it was said)
        perfect_verb = _aux_verb(gov) if _shares_aux(gov) else gov
        if (
            perfect_verb.tag_ in ("VBN", "VBG")
            and _past_have(perfect_verb)
            and not modal
            and perfect_verb.dep_ not in ("ccomp", "acl")  # "reports that troops had surrendered"
            and not under_reporting_verb(perfect_verb, w=self.words)
            and not inside(perfect_verb, [q.span for q in doc.quotes])
        ):
            return None
        # a simple past, active or passive, or a past progressive ("They were talking
        # when the bomb went off", "police were searching for him"): told of a time over,
        # which the narrative or the story's news day gives, not the paper's day; not a
        # future in the past ("was going to attack"), nor a progressive a source's words
        # put in the past by their reporting verb ("said the airline was working with
        # them": going on when it was said)
        past = (
            tag == "VBD"
            or (tag == "VBN" and aux & self.words.past_auxiliaries)
            or (
                tag == "VBG"
                and aux & self.words.past_auxiliaries
                and not (
                    gov.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in gov.children)
                )
                and not under_reporting_verb(gov, w=self.words)
            )
        )
        if (
            past
            and gov.dep_ == "advcl"
            and not current
            and any(c.dep_ == "mark" and c.lower_ in self.words.stretch_marks for c in gov.children)
        ):
            # "violence has fallen since the cleric declared a ceasefire": the act opens a
            # stretch up to its clause's time, at a time before it the text does not tell
            return None
        if past and not current and self._earlier_occasion(gov):
            # "Obama warned Xi during their recent meeting", "At a previous summit, X
            # criticized Y": an act told at an occasion the text marks as over before
            # (``earlier_occasion_words``), at a time it does not give, not the news
            return None
        if past and not current and not spoken and self._remembered(gov):
            # "She remembers when soldiers came and tried to arrest her sister", "he
            # recounted how police beat him": a memory is of a time before the telling
            # that the text does not give, never the news
            return None
        if (
            (past or _did_past(gov))
            and not modal
            and not current
            and here is not None
            and here >= lede
            and not code.startswith(STATEMENTS)
            and not inside(gov, [q.span for q in doc.quotes if q.kind != "indirect"])
            and self._anecdote(doc, gov)
        ):
            # "When Randolph refused to bow out, Grayson began vilifying her", "When she
            # was a federal prosecutor, Lynch didn't bring a case": a sentence after the
            # lede that sets its past act at another past act's time and names no time
            # tells an anecdote of a time the text does not give (the "when" clause's act
            # too), not the news day
            return None
        if (
            past
            and here is not None
            and here >= lede
            and not code.startswith(STATEMENTS)
            and _describes_person(_first_conjunct(gov))
        ):
            # what a relative clause tells of a person after the lede ("a candidate who
            # promised mass deportation", "X, whose party lost the vote") is background
            # that describes them, at no time the story gives; not the words its sources
            # gave the story ("officials who spoke to reporters", "who declined to comment")
            return None
        # "Germany said Iran is ignoring": current when it was said
        said = gov.dep_ == "ccomp" and gov.head.tag_ == "VBD" and not modal
        # a headline tells the news in the simple present ("Clinton swipes at Trump over
        # Brexit", "Indiana governor endorses Cruz"): an act done, of the news day the
        # lede names, as a simple past of the lede is
        headline = (
            here is not None
            and here < _top_block(doc)
            and gov.tag_ in ("VBZ", "VBP")
            and not aux
            and not current
        )
        if (past or said or headline) and published and self.news_day:
            # a past act of the story happened on its news day, not on the paper's
            speech = gov.lemma_.lower() in self.words.reporting_verbs
            published = (
                _news_day(
                    doc,
                    lede,
                    self.words.reporting_verbs,
                    self.clock_only,
                    speech=speech,
                    occasions=self.words.occasion_prepositions,
                    physical=self._physical_act,
                )
                or published
            )
        # a story whose lede names no day of the news (a feature, a profile, an analysis)
        # has no day its reports and circumstances are of: a simple past a source reports
        # ("Podesta told the AP his firm worked with them": before the telling, at a time
        # not told) or that sets a circumstance ("bristled when aides attacked her"), after
        # the lede, with no time of its own and no day of the narrative to continue, is
        # undated; so is the story's own narrated act (a main clause) once the text has
        # gone back to an older time; not what is done by saying it (a statement, an
        # accusation, an appeal), which its reporting gathered
        # a doer the article names by an office the holders' table says they had left by
        # its date ("President Ronald Reagan ... traded arms with Iran", in 2016) acted in
        # that office: at the time the narrative names, else at one the text does not give
        background = (
            past and not modal and not current and not spoken and _out_of_office(doc, gov)
        ) or (
            past
            and self.news_day
            and here is not None
            and here >= lede
            and not current
            and not spoken
            and not code.startswith(STATEMENTS + SPOKEN)
            and doc.published is not None
            and _news_day(
                doc,
                lede,
                self.words.reporting_verbs,
                self.clock_only,
                occasions=self.words.occasion_prepositions,
                physical=self._physical_act,
            )
            is None
            and not self._current_lede(doc)
            and (
                gov.dep_ == "advcl"
                or under_reporting_verb(gov, w=self.words)
                # the story's own narrated act too, once the text has gone back to a
                # time over before the news ("Ali trained in Miami in the 1960s ... He
                # later boycotted a debate"); not in a story that names no older time (a
                # brief of the day's news: "X said it sold shares ... X also lent $500,000"),
                # nor the telling the story gathered ("Lou told a briefing at the talks")
                or (
                    gov.lemma_.lower() not in self.words.reporting_verbs
                    and _older_time_before(doc, tok.idx)
                )
            )
        ) or (
            # a relative clause after the lede that tells a past act of its noun ("the raid
            # that killed bin Laden", "the super PAC that backed Walker", "a woman he met
            # on a trip") says which thing is meant, by an act of a time the text does not
            # give unless the narrative names one: not an act of the news day; so does the
            # clause a noun's content is told in ("allegations that he assaulted her", "a
            # false claim that he opposed the war")
            past
            and not modal
            and not current
            and here is not None
            and here >= lede
            and not code.startswith(STATEMENTS)
            and _noun_clause(_first_conjunct(gov))
        )
        if not (past and self.narrative and published) or here is None or current:
            # an act marked as current ("inspected so far", "recently said") is of the
            # news, not of the story's earlier narrative
            return None if background else published
        lo = sents[max(0, here - self.narrative)][0]
        best: tuple[int, str] | None = None
        if here >= lede:
            # an older event the story went back to, by its noun, sets the year of the
            # background told after it ("when the bombing took place. Paris was accused")
            best = self._old_event_year(doc, lo, sents[here][0], published)
        nows: set[int] = set()  # where the times of the news itself ("now") are
        for tx in doc.times:
            value = self._narrative_value(tx)
            if value is None and here >= lede and tx.span[0] < sents[here][0]:
                # a past year an earlier sentence sets the story at ("Last year, X posted
                # photos. He said he wanted to ...")
                value = self._narrative_year(doc, tx)
            if (
                value is None
                and tx.value == "PRESENT_REF"
                and tx.span[0] < sents[here][0]
                and not any(a <= tx.span[0] < b for a, b in (q.span for q in doc.quotes))
                and self._adverbial(doc, tx)
            ):
                # "now" in an earlier sentence ("In 2013 the army took the town. Now the
                # rebels have seized it again. They seized the bridge too"): the story is
                # back at the news (in the act's own sentence, "now" is its own clause's)
                value = published
                nows.add(tx.span[0])
            week = _WEEK_RE.match(tx.value or "") if value is None else None
            if (
                week is not None
                and not week.group(3)
                and doc.published is not None
                and doc.published.isocalendar()[:2] == (int(week.group(1)), int(week.group(2)))
            ):
                # the paper's own week ("And this week, the director assigned more agents
                # to the search. He also ordered ..."): the story is at the news
                value = published
            if value is None or not (lo <= tx.span[0] < tok.idx):
                continue
            # a time sets the story's time only when it tells when an act the story
            # asserts was, not that of a plan's noun ("will consider a reward for the
            # vandalism on July 8"); an earlier sentence's month only when it tells when
            # that sentence's act was, not the month of a noun's event ("a life sentence
            # for the November 1995 assassination") or of a relative clause's description
            # (a day of these is most often the story's own: "the girls, who were
            # kidnapped last Friday")
            earlier_month = len(value) == 7 and tx.span[0] < sents[here][0]
            # nor a day of a relative clause's description over a month before the paper
            # ("queries about donations she received April 30, 2014"): an old time that
            # describes, not one the story's narration has gone back to (a noun's old day
            # may be: "in the Oct. 14 robbery ... Carter gunned down Greene")
            old_day = (
                len(value) == 10
                and doc.published is not None
                and is_date(value)
                and dt.date.fromisoformat(value)
                < doc.published - dt.timedelta(days=_OLDER_DAYS)
            )
            # nor, in an earlier sentence whose main clause names a time of its own
            # ("Both sides on Wednesday accused each other of violating a truce signed
            # five days ago"), the time of a relative clause's description there: the
            # story stands at its main clause's day, not at the described thing's
            old_day = old_day or (
                tx.span[0] < sents[here][0] and self._main_clause_timed(doc, tx)
            )
            if not self._sets_story(doc, tx, describing=earlier_month, relative=old_day):
                continue
            if tx.span[0] < sents[here][0] and _backstory_time(doc, tx, self.words):
                # "The United States had bombed the sites on Sunday. Qatar condemned the
                # attack", "The attack came after Israel struck the consulate on April 1.
                # Israel vowed to respond": the time of an act told as before the
                # narration (a past perfect, a clause "after" or "before" another act)
                # is no time the story's narration stands at
                continue
            # a month is the narrative's only when it ended before: "this month" is now.
            # A time of the news itself ("last night" of a story of yesterday, "they are
            # up again this year") brings the story back to now: an older time named
            # before it no longer holds
            if value <= published[: len(value)]:
                if best is None or tx.span[0] > best[0]:
                    best = (tx.span[0], value)
        if best is None or best[0] in nows:
            # no time named before, or "now" last: the news, never of background
            return None if background else published
        if best[1] == published[: len(best[1])]:
            return published
        return best[1]

    def _main_clause_timed(self, doc: Document, tx: Any) -> bool:
        """Whether another time of ``tx``'s sentence tells when that sentence's own act
        was (one that sets the story even when a relative clause's time or a noun's does
        not: :meth:`_sets_story`)."""
        here = doc.sentence_of(tx.span[0])
        if here < 0:
            return False
        lo, hi = doc.sentences[here]
        return any(
            other is not tx
            and lo <= other.span[0] < hi
            and self._narrative_value(other) is not None
            and self._sets_story(doc, other, describing=True, relative=True)
            for other in doc.times
        )

    def _adverbial(self, doc: Document, tx: Any) -> bool:
        """Whether a time is told as an adverb of its clause ("Now the rebels hold it",
        "is currently leaning"), not as a word describing a noun ("in line with current
        policies")."""
        span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
        return span is not None and span.root.dep_ in ("advmod", "npadvmod")

    def _earlier_occasion(self, verb: Any) -> bool:
        """Whether ``verb`` (or the first of the verbs conjoined with it) is told at, on,
        in or during (``occasion_prepositions``) an occasion an adjective marks as one
        before the news (``earlier_occasion_words``: "during their recent meeting", "in
        a previous interview", "at their last summit")."""
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        return any(
            c.dep_ == "amod" and c.lower_ in self.words.earlier_occasion_words
            for v in verbs
            for noun in prep_objects(v, self.words.occasion_prepositions)
            if noun.pos_ == "NOUN"
            for c in noun.children
        )

    def _anecdote(self, doc: Document, verb: Any) -> bool:
        """Whether ``verb`` is in a sentence told as an anecdote: its main verb told as
        past, not a verb of reporting, after an adverbial clause that opens the sentence
        with a mark of ``anecdote_marks`` and tells another past act with a subject of its
        own ("When Mr. Clinton had trouble joining a club, Mr. Trump boasted", "When she
        was a prosecutor, she didn't bring a case"; not "When asked, X said"), and no day,
        month or year named in the sentence (a time there dates its acts: "When the army
        took the town in 2014, ...")."""
        sent = verb.sent
        root = sent.root
        w = self.words
        if not (self.told_past(root) or _did_past(root)) or root.lemma_.lower() in (
            w.reporting_verbs
        ):
            return False
        if not any(
            c.dep_ == "advcl"
            and c.i < root.i
            and own_subject(c)
            # (a simple past the tagger took for a participle too: "When groups
            # advocated for it", with a subject and no auxiliary)
            and (
                self.told_past(c)
                or _did_past(c)
                or (c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in c.children))
            )
            and c.lemma_.lower() not in w.reporting_verbs
            and any(
                m.dep_ in ("advmod", "mark")
                and m.lower_ in w.anecdote_marks
                and m.i == c.left_edge.i
                and all(t.dep_ in ("cc", "punct") or t.is_space for t in sent[: m.i - sent.start])
                for m in c.children
            )
            for c in root.children
        ):
            return False
        return not any(
            tx.type in ("DATE", "TIME")
            and tx.value
            and sent.start_char <= tx.span[0] < sent.end_char
            for tx in doc.times
        )

    def _remembered(self, verb: Any) -> bool:
        """Whether ``verb``'s clause (or the first of the verbs conjoined with it) is what
        a verb of remembering or of telling one's memories takes (``memory_verbs``: "She
        remembers when soldiers came", "he recounted how police beat him", "recalled
        that they met"), as its complement or its "when" clause."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.head.i == t.i or t.head.lemma_.lower() not in self.words.memory_verbs:
            return False
        # an adverbial clause only as the time remembered ("remembers when"), not one of
        # the remembering ("recalled the attack after he visited the site")
        return t.dep_ == "ccomp" or (
            t.dep_ == "advcl"
            and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in t.children)
        )

    def _old_event_year(
        self, doc: Document, lo: int, hi: int, published: str
    ) -> tuple[int, str] | None:
        """The year of an older event an earlier sentence (from ``lo`` up to ``hi``)
        tells as past by its definite noun, so that the story went back to that year:
        "... were at a low point when the bombing took place" after "the 2004 bombing",
        in a 2021 paper, sets the background told next at 2004 ("Paris was accused of
        aiding rebels"). The noun is the subject of a verb told as past whose clause
        names no time, and a time on the noun ("The 2004 bombing killed nine soldiers"),
        else the one the article gave that event earlier (the same noun, or its verb:
        :meth:`_earlier_date`), lies in a year before the publication's; the latest such
        noun, with its position."""
        found: tuple[int, str] | None = None
        end = min(hi, len(doc.parse.text))
        span = doc.parse.char_span(lo, end, alignment_mode="expand") if lo < end else None
        for t in span if span is not None else ():
            if not lo <= t.idx < hi:
                continue
            if (
                t.pos_ != "NOUN"
                or t.dep_ not in ("nsubj", "nsubjpass")
                or not self.told_past(t.head)
                or not any(
                    c.dep_ == "det" and c.lower_ in self.words.definite_determiners
                    for c in t.children
                )
                or not self.coder.nominal_rules(t)
            ):
                continue
            own, value = self.clause_date(doc, t, depth=1)  # "the 2004 bombing killed"
            timed, clause = self.clause_date(doc, t.head, depth=1)
            if timed and not (own and clause == value):
                continue  # the clause's own time, not the noun's that it takes
            if not own:
                value = self._earlier_date(doc, t, {t.lemma_.lower()})
            if value is not None and re.match(r"\d{4}", value) and value[:4] < published[:4]:
                found = (t.idx, value[:4])
        return found

    def _narrative_year(self, doc: Document, tx: Any) -> str | None:
        """The year a time names when it sets the story's time for what follows: a year
        alone, told as a point ("in 2004", "during 2019", "last year"), not a stretch's
        bound ("since 2013", "from 1992 to 1997"), not the year of a noun's event ("the
        2004 bombing") nor of a description of a party (a relative clause: "X, who took
        office in 2019, ...")."""
        if tx.type != "DATE" or not tx.value or not re.fullmatch(r"\d{4}", tx.value):
            return None
        span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
        if span is None or not self._sets_story(doc, tx):
            return None
        root = span.root
        if root.dep_ == "pobj":
            if root.head.lower_ not in self.words.point_prepositions:
                return None
        elif root.dep_ not in ("npadvmod", "advmod"):
            return None
        t = root
        while t.head.i != t.i:
            if self._reported_in(t):
                # a year a source's words name ("said the party was banned in 2007") is
                # their account's, no year the story's narration moved to
                return None
            t = t.head
        return str(tx.value)

    def _sets_story(
        self, doc: Document, tx: Any, describing: bool = True, relative: bool = False
    ) -> bool:
        """Whether a time tells when an act the story asserts was, so that later acts may
        continue it: not the time of a clause not asserted ("whether she lied in
        October", "if it fails in May"), nor a past time hung on a plan's or a
        possibility's verb ("will consider a reward for the vandalism on July 8": the
        noun's event's); with ``describing``, not the time of a noun's event ("the 2004
        bombing", "the invasion last August") nor of a description of a party (a
        relative clause: "X, who took office in 2019"); with ``relative``, not the time
        of such a relative clause's own verb ("donations she received April 30, 2014"),
        while a noun's event in it keeps its time ("a case that ended with a death in
        the Oct. 14 robbery": the story may go on to tell that event)."""
        span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if relative and (
            (root.dep_ in (*_NOUN_MODIFIERS, "npadvmod") and root.head.pos_ in ("NOUN", "PROPN"))
            or _before_its_noun(span)
        ):
            relative = False
        if (
            describing
            and root.dep_ in (*_NOUN_MODIFIERS, "npadvmod")
            and root.head.pos_ in ("NOUN", "PROPN")
        ):
            return False
        t = root  # the verb the time hangs on, through its preposition(s) only
        while t.dep_ in ("pobj", "prep", "conj", "npadvmod", "advmod") and t.head.i != t.i:
            t = t.head
        if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ in self.words.dating_modals for c in t.children
        ):
            # a plan or a possibility ("would have liked it presented 18 months ago"),
            # or a past time the parse hangs on one, of an event one of its nouns names
            # ("will consider a reward for information on the vandalism on July 8"):
            # no act the story tells then
            return False
        t = root
        while t.head.i != t.i:
            if (describing or relative) and t.dep_ in ("relcl", "acl"):
                return False
            if self._reported_in(t, present=True):
                # what a source says in the present ("Goodwin says the vetting was
                # tightened in 2007") is their account of an earlier time, not where the
                # story's narration stands: "Goodwin defended the group" is not of 2007
                return False
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
                # a clause the sentence does not assert (an embedded question or a
                # condition: "asked them to investigate whether she lied in October")
                return False
            t = t.head
        return True

    def _reported_in(self, t: Any, present: bool = False) -> bool:
        """Whether ``t`` heads what a verb of reporting reports (its clausal complement):
        with ``present``, only one in the simple present or the present perfect, a
        source's account as it stands now ("Goodwin says ...", "an affidavit has said
        ...")."""
        head = t.head
        return (
            t.dep_ == "ccomp"
            and head.lemma_.lower() in self.words.reporting_verbs
            and (
                not present
                or (
                    head.tag_ in ("VBZ", "VBP")
                    and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
                )
                or (head.tag_ == "VBN" and _present_have(head))
            )
        )

    def spoken_date(self, doc: Document, tok: Any, source: Actor | None = None) -> str | None:
        """The date of an act done by saying it (:data:`SPOKEN`), told by its speaker in
        the simple present under a verb of speech in a simple tense ("the ministry said it
        condemns X", "he said he rejects the plan"), or in the speaker's own words, a
        direct quote ("'I commend the president,' she said", "'The court regrets the
        decision,' she said"): the act is the saying, of that verb's date; None when it
        is not so told (a standing position, or one the speaker tells of others: "said the
        banks support him", "who have said they back her"; a habit the speaker tells by an
        adverb of ``habitual_adverbs``: "said he rarely asks surrogates to stump for him",
        "said he often criticizes X", no act done by the saying)."""
        gov = clause_verb(tok)
        head = gov.head
        if (
            gov.tag_ not in ("VBZ", "VBP")
            or any(
                " ".join(w.lower_ for w in c.subtree) in self.words.habitual_adverbs
                for c in gov.children
                if c.dep_ in ("advmod", "npadvmod")
            )
            or any(c.dep_ in ("aux", "auxpass") for c in gov.children)
            or gov.dep_ != "ccomp"
            or head.lemma_.lower() not in self.words.reporting_verbs
            or head.tag_ not in ("VBD", "VBZ", "VBP")
            or _after_perfect(head, self.words.perfect_auxiliaries)  # "who've said"
            or not (
                any(
                    c.dep_ == "nsubj" and c.lower_ in self.words.subject_pronouns
                    for c in gov.children
                )
                or inside(gov, [q.span for q in doc.quotes if q.kind == "direct"])
                or self._state_told(doc, gov, head, source)
            )
        ):
            return None
        return self.date(doc, head, "01")[1]

    def _state_told(self, doc: Document, gov: Any, head: Any, source: Actor | None) -> bool:
        """Whether a state's act told in the simple present ("Iran condemns the attack")
        is told by one who speaks for that state: its government (a ``_STATE_SPOKESMEN``
        code, "Foreign Ministry spokesman X said that Iran condemns") or its state media
        (:meth:`_state_voice`, "KCNA said North Korea rejects"): the state tells its own
        act, as "said it condemns" does, not another's stance. The act's own doer
        ``source`` must be that state and a subject of the told verb ("KCNA said North
        Korea and China oppose": North Korea's act, not China's); a lawmaker or a judge
        telling the state's stance ("a senator said the United States supports Israel")
        tells a standing position, of no day."""
        speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if source is None or source.kind != "state" or speaker is None:
            return False
        subjects = [c for c in gov.children if c.dep_ == "nsubj"]
        if not any(
            s.left_edge.idx <= start and end <= s.right_edge.idx + len(s.right_edge.text)
            for s in subjects
            for start, end in source.mentions
        ):
            return False
        voice = _actor_at(doc, speaker)
        if voice is None or voice is source or voice.id == source.id:
            return False
        left = speaker.left_edge.idx
        return voice.country == source.country and self._state_voice(
            doc,
            voice.code,
            voice.id,
            (left, speaker.idx + len(speaker.text)),
            _STATE_SPOKESMEN,
        )

    def statement_date(self, doc: Document, tok: Any, date: str | None) -> str | None:
        """The date of the verb that makes the appeal, intention, demand or threat ``tok``
        is the act of (``tok`` itself, or the verb of intent or speech it is the
        complement of), when the time ``date`` is read from lies in what is intended
        ("has vowed to make the region neutral by 2050", "said on Monday it will strike
        next week"): the stating verb's own time unless that too lies ahead, else the
        one its tense implies. A time of the stating verb itself ("In August, X plans to
        release a book"), or a plan that no verb of intent or speech states ("will send
        troops next week", "are expected to back her in November"), keeps ``date``."""
        if date is None:
            return None
        w = self.words
        stating = w.intent_heads | w.threat_heads | w.warning_heads | w.reporting_verbs
        act = _object_verb(tok)
        if act is not None and act.lemma_.lower() in stating and _told_done(act):
            # "Protesters planned a demonstration on Saturday": a time to come the parser
            # hangs on a stating verb told as done (past or present, no future) is no
            # time of that saying, which was before the paper; it is the intended act's
            return self._untimed_date(doc, act, spoken=True)  # the date its tense implies
        head = act if act is not None else tok
        while head.dep_ in ("xcomp", "ccomp", "conj") and head.head.i != head.i:
            head = head.head
            if head.dep_ not in ("xcomp", "conj"):
                break
        if act is not None:
            # "The opposition plans to hold a rally on Saturday": an act a noun names, the
            # object of the verb a verb of intent takes, is intended by that verb as the
            # object's verb is; the time in that verb's clause is the intended act's
            if head.i == act.i or head.lemma_.lower() not in stating:
                return date
            tok = act
        if (
            head.i == tok.i
            and tok.dep_ == "acl"
            and tok.head.lemma_.lower() in w.stance_nouns
            and tok.head.i != tok.i
        ):
            # "rejected Egypt's offer to mediate on Sunday", "Iran's threat to close the
            # strait next week": a noun of stance states the act; the clause the noun
            # stands in tells when it was stated
            head = clause_verb(tok.head)
            if head.i == tok.head.i:
                return date
        elif head.i != tok.i and head.lemma_.lower() not in stating:
            return date
        intended = [tok] if head.i != tok.i else [c for c in tok.children if c.dep_ == "xcomp"]
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in intended]
        if not any(
            s <= tx.span[0] < e and _calendar(tx.value or "").startswith(date)
            for tx in doc.times
            for s, e in spans
        ):
            return date
        if head.i != tok.i:
            found, value = self.clause_date(doc, head)
            published = doc.published.isoformat() if doc.published else ""
            if found and value is not None and value[: len(published)] <= published:
                return value
        # the stating verb's date: an act done by saying it
        return self._untimed_date(doc, head, spoken=True)

    def planned_date(self, doc: Document, tok: Any) -> str | None:
        """The date of a planned act whose clause names no time: the day (or month) to
        come that the story names last, in its sentence or the ``narrative`` sentences
        before ("Dupont is due to arrive in Rome on Tuesday. He is expected to meet the
        pope": on Tuesday), not a bound (:meth:`_bound`: "Congress has until March to
        act"); else unknown, no date (a plan is not of the day it is told)."""
        published = doc.published.isoformat() if doc.published else None
        here = doc.sentence_of(tok.idx)
        if published is None or here < 0 or not self.narrative:
            return None
        lo = doc.sentences[max(0, here - self.narrative)][0]
        best: tuple[int, str] | None = None
        for tx in doc.times:
            value = self._narrative_value(tx)
            if value is None or not (lo <= tx.span[0] < tok.idx) or value <= published:
                continue
            if self._bound_time(doc, tx):
                # "Congress has until March to act. Ryan will meet Pelosi": a deadline or
                # a stretch's end is no day of the plan
                continue
            if best is None or tx.span[0] > best[0]:
                best = (tx.span[0], value)
        return best[1] if best else None

    def same_act_dates(
        self, doc: Document, events: list[Event], tokens: Sequence[int]
    ) -> list[Event]:
        """Undated mentions of an act the article dates elsewhere take that date.

        An act of the news told without a time ("the commander was killed", dated by tense
        to the publication or news day) and told again with its day ("he was killed on
        Thursday") is one act: the same word (lemma), the same kind of act (quad class),
        the same target country and the same doer (or none known on one side). Only a day
        in the news window (the week before publication) is given, and only when the
        article gives one day for the act; planned and hypothetical acts keep their date,
        and statements (CAMEO 01) are left as they are."""
        if doc.published is None or doc.parse is None:
            return events
        lo = (doc.published - dt.timedelta(days=_NEWS_WINDOW)).isoformat()
        hi = doc.published.isoformat()

        def in_window(value: str) -> bool:
            return bool(_DAY_RE.fullmatch(value) and lo <= value <= hi)

        parse = doc.parse
        # lemma, quad class, target country, doer, day of each act told with its day
        told: list[tuple[str, int, str | None, str | None, str]] = []
        untold: list[int] = []
        for n, (ev, i) in enumerate(zip(events, tokens, strict=True)):
            if ev.date is None or not in_window(ev.date) or ev.root == "01":
                continue  # statements are many acts told with one word ("said")
            if self.clause_date(doc, parse[i])[0]:
                told.append(
                    (
                        parse[i].lemma_.lower(),
                        ev.quad_class,
                        ref_country(ev.target),
                        _doer(ev),
                        ev.date,
                    )
                )
            elif ev.modality not in ("planned", "hypothetical"):
                untold.append(n)
        out = list(events)
        for n in untold:
            ev, lemma = events[n], parse[tokens[n]].lemma_.lower()
            mine, doer = ref_country(ev.target), _doer(ev)
            days = {
                day
                for word, quad, theirs, who, day in told
                if word == lemma
                and quad == ev.quad_class
                and (mine is None or theirs is None or mine == theirs)
                and (doer is None or who is None or doer == who)
            }
            if len(days) == 1:
                out[n] = dataclasses.replace(ev, date=days.pop())
        out = self._same_harm_dates(doc, out, tokens)
        return self._quoted_words_dates(doc, out, tokens)

    def _same_harm_dates(
        self, doc: Document, events: list[Event], tokens: Sequence[int]
    ) -> list[Event]:
        """An act of material conflict (quad class 4: a killing, a shooting, an arrest) done
        to one person, told again after the lede with no time of its own ("Slepian, 52, was
        shot with a rifle"), is the one the article dated when it told it first ("gunned
        down Dr. Slepian last fall"), not an act of the news day: the same kind of act
        (CAMEO root; the uses of force 18-20 are one kind: "gunmen killed him" 18, "he was
        killed" 19) on the same person (actor), by the same doer or none known on one side,
        when the article gives that act one date. A party that may be many ("the doctors")
        is left out, as is an act with a time of its own, or planned or possible."""
        parse = doc.parse
        if parse is None:
            return events
        # one person: a party the text names as one ("the doctors" may be many, each harmed
        # at another time)
        people = {a.id for a in doc.actors if a.kind == "person"}
        # root, target actor, doer, date of each act of force told with its time
        told: list[tuple[str, str, str | None, str]] = []
        untold: list[int] = []
        for n, (ev, i) in enumerate(zip(events, tokens, strict=True)):
            target = ev.target.actor if ev.target is not None else None
            if ev.quad_class != 4 or target not in people or ev.date is None:
                continue
            if ev.modality in ("planned", "hypothetical"):
                continue
            tok = parse[i]
            here = doc.sentence_of(tok.idx)
            if self.clause_date(doc, tok)[0]:
                told.append((_kind(ev.root), target, _doer(ev), ev.date))
            elif here >= 0 and here >= self._lede(doc):
                untold.append(n)
        out = list(events)
        for n in untold:
            ev = events[n]
            target = ev.target.actor if ev.target is not None else None
            doer = _doer(ev)
            dates = {
                date
                for root, theirs, who, date in told
                if root == _kind(ev.root)
                and theirs == target
                and (doer is None or who is None or doer == who)
            }
            if len(dates) == 1:
                out[n] = dataclasses.replace(ev, date=dates.pop())
        return out

    def _quoted_words_dates(
        self, doc: Document, events: list[Event], tokens: Sequence[int]
    ) -> list[Event]:
        """An act done by saying it (:data:`SPOKEN`: a criticism, a demand, a threat ...)
        told with no time of its own and followed, in the next sentence, by a direct quote
        its own doer is said to have spoken at a time that sentence names ("Venezuela has
        criticized the pact. 'It is a betrayal,' Maduro said on Sunday") is that saying:
        it takes the day (or month) of the quote's telling, not the news day or none.
        The quote's speaker must be the act's doer: the same actor, or for a state told as
        the doer ("Venezuela has criticized"), one of its country who speaks for the state
        (a government, military, police, intelligence, court or legislature code,
        ``_STATE_VOICES``: "Maduro said", not "an Iranian opposition activist said"). An
        act told as a habit or a stance held over a stretch (``habitual_adverbs``,
        ``lasting_adverbs``: "has long criticized"), one told by an adjective or a noun,
        not a verb ("while highly critical of X", a stance), a planned or possible one,
        and a time after the publication date are left as they are."""
        parse = doc.parse
        if parse is None or doc.published is None or not doc.quotes:
            return events
        sents = doc.sentences
        states = {a.id for a in doc.actors if a.kind == "state"}
        stance = self.words.habitual_adverbs | self.words.lasting_adverbs
        out = list(events)
        for n, (ev, i) in enumerate(zip(events, tokens, strict=True)):
            source = ev.source
            if (
                source is None
                or not ev.cameo.startswith(SPOKEN)
                or ev.modality in ("planned", "hypothetical")
            ):
                continue
            tok = parse[i]
            if tok.pos_ != "VERB":
                continue  # a stance told by an adjective or a noun ("while critical of X")
            here = doc.sentence_of(tok.idx)
            if here < 0 or here + 1 >= len(sents):
                continue
            adverbs = {
                " ".join(w.lower_ for w in c.subtree)
                for v in (tok, clause_verb(tok))
                for c in v.children
                if c.dep_ in ("advmod", "npadvmod")
            }
            if adverbs & stance or self.clause_date(doc, tok)[0]:
                continue
            start, end = sents[here + 1]
            for q in doc.quotes:
                speaker = q.speaker
                if q.kind != "direct" or speaker is None or not start <= q.span[0] < end:
                    continue
                if (speaker.actor is None or speaker.actor != source.actor) and not (
                    source.actor in states
                    and speaker.country is not None
                    and speaker.country == source.country
                    and self._state_voice(doc, speaker.code, speaker.actor, speaker.span)
                ):
                    continue
                value = self._telling_date(doc, q.span, (start, end), speaker.span)
                if value is not None:
                    out[n] = dataclasses.replace(ev, date=value)
                break
        return out

    def _state_voice(
        self,
        doc: Document,
        code: str | None,
        actor: str | None,
        span: tuple[int, int],
        sectors: frozenset[str] = _STATE_VOICES,
    ) -> bool:
        """Whether a speaker speaks for its state: its code has a sector of its officials
        (``sectors``, by default ``_STATE_VOICES``: government, forces, police,
        intelligence, courts, legislature), or it is one of the state's news agencies or
        broadcasters (``state_media``: "KCNA said", "the official news agency IRNA
        reported"), whose words are the state's as its spokesman's are; not a private
        outlet or an opposition voice. An outlet is known by its resolved actor's name,
        or, unresolved, by the speaker's words: a phrase ("state media", "Press TV") in
        any case, a one-word name only in capitals ("SANA", "TASS", "a CCTV commentator"),
        not a person's name (the activist Sana Rahimi is no SANA)."""
        if set(sectors_of(code)) & sectors:
            return True
        found = doc.actor(actor) if actor else None
        if found is not None and found.name.lower() in self.words.state_media:
            return True
        words = doc.text[span[0] : span[1]]
        return any(r.search(words) for r in self._state_media_res)

    def _telling_date(
        self,
        doc: Document,
        quote: tuple[int, int],
        sentence: tuple[int, int],
        speaker: tuple[int, int],
    ) -> str | None:
        """The date a time names that modifies the verb of speech telling a quote, outside
        the quote's words, directly or through a preposition ("'...,' Maduro said on
        Sunday", "told reporters last week"; not a time of its subject's noun: "said a 2008
        campaign veteran", nor one a possessive owns: "on ABC's This Week"), the most
        precise of them, when the verb's subject is the quote's speaker and the time is no
        later than the publication date; else None."""
        parse = doc.parse
        if parse is None or doc.published is None:
            return None
        published = doc.published.isoformat()
        verbs = [
            t
            for t in parse.char_span(*sentence, alignment_mode="expand") or ()
            if t.pos_ in ("VERB", "AUX")
            and t.lemma_.lower() in self.words.reporting_verbs
            and not quote[0] <= t.idx < quote[1]
            and any(c.dep_ == "nsubj" and speaker[0] <= c.idx < speaker[1] for c in t.children)
        ]
        if not verbs:
            return None
        best: str | None = None
        for tx in doc.times:
            if not sentence[0] <= tx.span[0] < sentence[1] or quote[0] <= tx.span[0] < quote[1]:
                continue
            span = parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
            m = _DATE_RE.match(tx.value or "") if tx.type in ("DATE", "TIME") else None
            if span is None or m is None or any(c.dep_ == "poss" for c in span.root.children):
                # (a time that has an owner names a thing: "on ABC's This Week", a show)
                continue
            root = span.root
            if root.dep_ == "pobj" and root.head.dep_ == "prep":
                root = root.head
            if root.head.i != verbs[0].i or root.dep_ not in ("npadvmod", "advmod", "prep"):
                continue
            value = _calendar(m.group(0), doc.published)
            if value <= published[: len(value)] and (
                best is None or _precision(value) > _precision(best)
            ):
                # the most precise of the times told ("said on This Week on Sunday")
                best = value
        return best


def _word_patterns(names: Sequence[str], flags: int) -> list[re.Pattern[str]]:
    """One pattern matching any of ``names`` as whole words (none for no names)."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names))
    return [re.compile(rf"\b(?:{alternatives})\b", flags)]


def _actor_at(doc: Document, tok: Any) -> Actor | None:
    """The actor one of whose mentions covers the token, if any."""
    return next(
        (a for a in doc.actors if any(s <= tok.idx < e for s, e in a.mentions)), None
    )


def _then_titled(verb: Any) -> bool:
    """Whether a party of ``verb`` (its subject, object, or the object of one of its
    prepositions, "by then-President Reagan") is named by a title marked as held then
    ("then-Governor Smith"): "then" joined by a hyphen to a capitalised title, in that
    party's own phrase, not in one describing it ("an adviser to then-President X")."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod")]
    args += [n for c in verb.children if c.dep_ in ("agent", "prep") for n in c.children]
    doc = verb.doc
    for arg in args:
        if arg.pos_ != "PROPN":
            continue
        left = arg.left_edge.i
        for k in range(left, arg.i - 1):
            if (
                doc[k].lower_ == "then"
                and doc[k + 1].tag_ == "HYPH"
                and doc[k + 2].is_title
                and all(doc[j].dep_ == "compound" for j in range(k + 2, arg.i))
            ):
                return True
        # the parser may hang "then" on the verb: "met then-Senator Obama"
        k = left - 2
        if (
            k >= 0
            and doc[k].lower_ == "then"
            and doc[k + 1].tag_ == "HYPH"
            and doc[k + 2].is_title
            and all(doc[j].dep_ == "compound" for j in range(k + 2, arg.i))
        ):
            return True
    return False


def _out_of_office(doc: Document, verb: Any) -> bool:
    """Whether the doer of ``verb`` (its subject, or the agent of a passive) is a person
    the actors component coded as an elite out of office named by the title of a
    government office (sectors ELI and GOV: a holder named "President Ronald Reagan" in
    an article after his terms; "former President" gives ELI alone), by one of its
    mentions (its pronoun too: "he traded arms"). Not the one acted on: "criticized
    President George W. Bush" may be told at any time."""
    args = [c for c in verb.children if c.dep_ == "nsubj"]
    args += [n for c in verb.children if c.dep_ == "agent" for n in c.children]
    if not args:
        return False
    former = [
        a for a in doc.actors if a.kind == "person" and {"ELI", "GOV"} <= set(a.sectors)
    ]
    return any(s <= arg.idx < e for a in former for s, e in a.mentions for arg in args)


def _kind(root: str) -> str:
    """The kind of act a CAMEO root names, for telling one act told twice: the uses of
    force (assault 18, fight 19, mass violence 20) are one kind, which one the coder picks
    depending on who is named as doing it."""
    return "force" if root in FORCE_ROOTS else root


def _after_perfect(verb: Any, perfect: frozenset[str]) -> bool:
    """Whether an auxiliary of the present perfect stands just before ``verb`` (or one
    adverb before it), whatever the parser made of it: "who’ve already said"."""
    before = [verb.doc[j] for j in (verb.i - 1, verb.i - 2) if j >= 0]
    return any(t.lower_.replace("’", "'") in perfect for t in before)


def _doer(ev: Event) -> str | None:
    """The actor (the document's actor id) who does an act, when it is known."""
    return ev.source.actor if ev.source is not None else None


def _mentions_event(tok: Any, nouns: set[str]) -> bool:
    """Whether a token is an earlier mention of the event one of ``nouns`` names: the same
    noun ("the summit" ... "the summit"), or its verb ("the meeting" after "officials are
    meeting", "the talks" after "they will talk", "the vote" after "voted")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        return lemma in nouns
    if tok.pos_ != "VERB":
        return False
    return lemma in nouns or f"{lemma}ing" in nouns or f"{lemma}s" in nouns


def _describes_person(verb: Any) -> bool:
    """Whether ``verb`` heads a relative clause that describes a party: one on a person,
    opened by "who", "whom" or "whose" (tags WP, WP$; "which" and "that" are WDT), or one
    set off by a comma after a name ("Libya, which brought the case to the court", "the
    Justice Department, which supported the statute"): what the party did before, told to
    say who it is, not an act of the story's news."""
    if verb.dep_ != "relcl":
        return False
    pronouns = [
        t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree
    ]
    if any(t.tag_ in ("WP", "WP$") and t.lower_ != "what" for t in pronouns):
        return True
    noun, doc = verb.head, verb.doc
    return noun.pos_ == "PROPN" and any(
        t.lower_ == "which"
        and noun.i < t.i - 1
        and doc[t.i - 1].lower_ == ","
        and doc[t.i - 2].pos_ == "PROPN"
        for t in pronouns
    )


def _quantified_habit(verb: Any, quantifiers: frozenset[str]) -> bool:
    """Whether a simple present ``verb`` tells a habit by a quantifier
    (``habit_quantifiers``: most, every, each, all) on its object, the object of a
    preposition hung on it or a phrase of time ("Russia vetoes most resolutions on
    Ukraine", "he praises the partnership in every meeting", "condemns the attack each
    time"): done as a rule, no saying of the news."""
    for c in verb.children:
        nouns = [c] if c.dep_ in ("dobj", "npadvmod") else []
        if c.dep_ == "prep":
            nouns = [n for n in c.children if n.dep_ == "pobj"]
        for n in nouns:
            if any(
                d.dep_ in ("det", "amod", "predet", "nummod") and d.lower_ in quantifiers
                for d in n.children
            ):
                return True
    return False


def _main_clause(verb: Any) -> bool:
    """Whether ``verb`` heads the sentence or a clause coordinated with its head ("X
    condemns the attack and urges calm"): told by the narrator, not inside another
    clause ("when she challenges him", "a plan that calls for", "said it rejects")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


def _noun_clause(verb: Any) -> bool:
    """Whether ``verb`` heads a clause on a noun: a relative clause ("the raid that killed
    bin Laden") or the content of a noun opened by "that" ("allegations that he
    assaulted her")."""
    if verb.dep_ == "relcl":
        return True
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


def _first_conjunct(verb: Any) -> Any:
    """The first verb of the coordination ``verb`` is a later verb of, with no subject of
    its own ("X, who energized the base and began to challenge her": "energized"), else
    ``verb``: what a later verb tells is in the first one's clause (a description of a
    party too)."""
    t = verb
    for _ in range(6):
        if t.dep_ != "conj" or t.head.i == t.i or own_subject(t):
            break
        t = t.head
    return t


def _aux_owner(verb: Any) -> Any:
    """The first verb of the coordination ``verb`` is a later verb of, whose auxiliary
    the coordination leaves out for the others ("has stepped up airstrikes and sent in
    more forces", "had accused him and threatened to expel him"; over a list too: "has
    seized territory, beheaded hostages and vowed a wider war", where the parser hangs
    each verb on the one before): up a chain of conjoined verbs with no auxiliary or
    subject of their own to the past participle that has them; None when ``verb`` is no
    such later verb."""
    t = verb
    for _ in range(6):
        if (
            t.dep_ != "conj"
            or t.tag_ not in ("VBD", "VBN")
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children)
        ):
            return None
        t = t.head
        if t.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return t
        if t.tag_ not in ("VBD", "VBN"):
            return None
    return None


def _shares_aux(verb: Any) -> bool:
    """Whether ``verb`` is a later verb of a perfect whose auxiliary the coordination
    leaves out (:func:`_aux_owner`), or one conjoined straight to a past participle."""
    return _aux_owner(verb) is not None or (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBN")
        and verb.head.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _aux_verb(verb: Any) -> Any:
    """The verb whose auxiliaries ``verb`` shares (:func:`_shares_aux`): the first of its
    coordination that has them, else its head."""
    return _aux_owner(verb) or verb.head


def _shares_perfect(verb: Any) -> bool:
    """Whether ``verb`` is a later verb of a present perfect whose auxiliary the
    coordination leaves out ("has stepped up airstrikes and sent in more forces")."""
    return _shares_aux(verb) and _present_have(_aux_verb(verb))


def _object_verb(tok: Any) -> Any:
    """The verb whose object the act's noun ``tok`` is, direct or of a preposition ("hold
    a rally", "planned a demonstration", "take part in a protest"), else None (a verb, or
    a noun in another place)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _told_done(verb: Any) -> bool:
    """Whether ``verb`` is told as done or doing now: a simple past or present, or a
    perfect, with no other auxiliary (not "will plan", "would announce", "may vow")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBN" and bool(aux) and all(c.lemma_ == "have" for c in aux)


def _did_past(verb: Any) -> bool:
    """Is ``verb`` a past told with "did" ("didn't bring", "did apologize")?"""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children
    )


def _past_have(verb: Any) -> bool:
    """Has ``verb`` the "had" of a past perfect among its auxiliaries?"""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def _backstory_time(doc: Document, tx: Any, words: EventWords) -> bool:
    """Whether a time hangs (through its prepositions only) on a verb in the past perfect,
    after it ("had bombed the sites on Sunday"), or on the verb of an adverbial clause
    placed "after" or "before" the act it hangs on (``order_prepositions`` as its mark:
    "came after Israel struck the consulate on April 1"): the time of an act the sentence
    tells as earlier (or later) than its own narration, which later sentences do not
    continue."""
    span = doc.parse.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    while t.dep_ in ("pobj", "prep", "npadvmod") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if (_past_have(t) or (_shares_aux(t) and _past_have(_aux_verb(t)))) and span.root.i > t.i:
        # a time told after the past perfect's verb, the detail of that earlier act; not
        # one set before it, which frames the narration that follows ("On March 3, the
        # army had left the town. Militants were shelling the market")
        return True
    # a time after the clause's mark, inside the clause; not one told before it, which
    # the parser may hang on the clause but which places the act it depends on ("In
    # December 2008, shortly before she took office, he released the list")
    return t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words.order_prepositions and c.i < span.root.i
        for c in t.children
    )


def _perfect_relative(verb: Any) -> bool:
    """Whether ``verb`` heads a relative clause in the present perfect ("the minister, who
    has been criticized for it, said on Monday"): it tells of its noun at no time told,
    and the time of the clause the noun stands in is another act's."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and _present_have(verb)


def _present_have(verb: Any) -> bool:
    """Has ``verb`` the "has" / "have" of a present perfect among its auxiliaries?"""
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _own_clause(tok: Any) -> bool:
    """Whether ``tok`` heads a conjoined clause with its own subject: a time in it ("X
    bans fishing, and in January it approved a law") is not the other clause's."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and own_subject(tok)


#: the tense an auxiliary's or a finite verb's tag tells
_TAG_TENSES = {"VBD": "past", "VBZ": "present", "VBP": "present", "MD": "modal"}


def _own_tense(tok: Any) -> bool:
    """Whether ``tok`` heads a conjoined verb with an auxiliary of its own, in another
    tense than the verb it is conjoined to ("who had endorsed Kasich and is slated to be
    a delegate in July", "has criticized X and will meet Y on Friday"): a time in it is
    not the other verb's. Only a finite auxiliary has a tense of its own; "be" in "will
    visit X and be received on May 15" continues the head's chain."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    own = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not own or own[0].tag_ not in _TAG_TENSES:
        # none, or a non-finite one ("will visit Moscow and be received on May 15"): the
        # head's auxiliary ("will") governs both verbs, of one occasion
        return False
    theirs = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    first = theirs[0] if theirs else tok.head
    mine: str = _TAG_TENSES.get(own[0].tag_, own[0].tag_)
    other: str = _TAG_TENSES.get(first.tag_, first.tag_)
    return mine != other


def _other_tense(tok: Any) -> bool:
    """Whether ``tok`` heads a conjoined clause in the simple present, with its own
    subject, conjoined to one in another tense that is not a simple past ("X has been
    free since 1901, but it still recognizes Y"), or one in the present perfect conjoined
    to one that is not ("The plan was approved last year, but officials have since balked
    at it"): the other clause's time is not its own. A simple past sets the story's time
    for what is told with it; a present perfect never takes a past time that is over
    ("last year", "in May")."""
    if not _own_clause(tok):
        return False
    if tok.tag_ in ("VBZ", "VBP") and tok.head.tag_ not in ("VBD", tok.tag_):
        return True
    return tok.tag_ == "VBN" and _present_have(tok) and not _present_have(tok.head)


def _hops(
    root: Any,
    ids: set[int],
    words: EventWords,
    *,
    scenes: bool = True,
    gatherings: frozenset[int] = frozenset(),
) -> int | None:
    """How many steps up the tree a time expression's head ``root`` takes to reach the
    clause of tokens ``ids``; None when it modifies a noun outside the clause or the path
    passes through another clause (a gerund one too: "blamed X for withdrawing in 2017",
    unless its preposition places the act in time: "since leaving office in 2019") or a
    role noun in apposition to a person's name ("X, ambassador from 2007 to 2013,
    said"), but
    for an adverbial clause of the same occasion (:func:`_same_occasion`). ``scenes``: a
    time on a noun set as the clause's scene (:func:`_frame`; ``gatherings``: the ids of
    nouns of meetings, talks, visits) reaches it too."""
    time_prepositions = words.time_prepositions
    if (
        root.i not in ids
        and root.dep_ in _NOUN_MODIFIERS
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.ent_type_ != "PERSON"
        and root.head.i not in ids
        and not (scenes and _frame(root.head, ids, words, gatherings))
    ):
        # "the 2014 abduction", "Tuesday's attack": the noun's own time; a person's name
        # has none, a time the parser hung on one is of its clause ("In nineteen
        # ninety-one Charles Keating was convicted")
        return None
    hops, h, below = 0, root, root
    while h.i not in ids and h.head.i != h.i and hops < 8:
        if hops > 0 and (
            (h.dep_ in _CLAUSES and not _same_occasion(h, below, words))
            or (
                h.dep_ == "pcomp"
                and h.pos_ == "VERB"
                and (h.head.lower_ not in time_prepositions or _ordered(h.head, words))
            )
            or _own_clause(h)
            or _own_tense(h)
            or _earlier_act(h, words)
            # a role noun in apposition to a person's name describes them: "X,
            # ambassador from 2007 to 2013, said" is no act of 2007
            or (h.dep_ == "appos" and h.tag_ == "NN" and h.head.ent_type_ == "PERSON")
        ):
            return None
        below, h = h, h.head
        hops += 1
    return hops if h.i in ids else None


def _ordered(prep: Any, words: EventWords) -> bool:
    """Whether a preposition puts its gerund clause's act before or after the clause's
    own ("sentenced after pleading guilty a year ago": ``order_prepositions``), so that a
    time in the gerund clause is its own act's; not when a word of closeness ties the two
    ("shortly after landing on Friday": ``close_time_words``)."""
    if prep.lower_ not in words.order_prepositions:
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is None or before.lower_ not in words.close_time_words


def _frame(
    noun: Any, ids: set[int], words: EventWords, gatherings: frozenset[int] = frozenset()
) -> bool:
    """Whether a noun names the occasion its clause's act took place in, so that a time
    on it dates the act too: the object of "during", or of "in" set before the verb as
    the scene ("In the 1952 campaign, X criticized Y", "during the 2016 race, he
    promised"), or of a verb of attendance ("attended Monday's meeting":
    ``attendance_verbs``), or a gathering (a noun of ``gatherings``: a meeting, talks, a
    summit) the act is told at, on or in (``occasion_prepositions``: "NATO decided at last
    year's summit", "agreed in last month's talks"); not another noun after the verb, which
    may name an earlier act the clause answers ("charged in the 2014 killing")."""
    prep = noun.head
    if noun.dep_ == "nsubj" and noun.i in gatherings and prep.i in ids:
        # "Last year's protests forced him to resign": a past act's doer of its time
        return True
    if noun.dep_ == "dobj" and prep.i in ids:
        # "attended Monday's council meeting": the occasion taken part in
        return prep.lemma_.lower() in words.attendance_verbs
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i not in ids:
        return False
    if noun.i in gatherings and prep.lower_ in words.occasion_prepositions:
        return True
    if prep.lower_ not in words.point_prepositions:
        return False
    return bool(prep.lower_ != "in" or prep.i < prep.head.i)


def _earlier_act(noun: Any, words: EventWords) -> bool:
    """Whether a noun is told as an act before the clause's ("relaxed the rules after a
    lockdown over Easter", "rose following the invasion in 2003": ``sequence_prepositions``):
    a time in its phrase is that act's, not the clause's."""
    return (
        noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and noun.head.lower_ in words.sequence_prepositions
    )


def _occasion(noun: Any, words: EventWords) -> bool:
    """Whether a noun of an act names the occasion of its clause's act ("endorsed her
    during a call Tuesday", "rebuffed it at a meeting this week"): its time is the
    clause's too."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ in words.occasion_prepositions | words.time_prepositions
    )


def _same_occasion(clause: Any, below: Any, words: EventWords) -> bool:
    """Whether an adverbial clause tells the occasion of the clause it hangs on, so that
    a time on its own verb (reached from ``below``, not through a clause of its own:
    "hoping to postpone it until 2017") is that clause's too: one opened by a word of
    time ("came under criticism when it was revealed in March", "was seized as he
    boarded a plane on Friday"), or a verbless one of the doer's role then
    (``role_clause_marks``: "while still a candidate last summer"), or by "after" /
    "before" said to be close ("shortly
    after he landed on Friday", "hours before the vote on Sunday"), or a participle with
    no subject or mark of its own ("Speaking to reporters on Monday, he refused ...")."""
    if clause.dep_ != "advcl" or below.dep_ not in ("prep", "npadvmod", "advmod"):
        return False
    marks = [c for c in clause.children if c.dep_ in ("advmod", "mark")]
    if any(c.lower_ in words.time_clause_words for c in marks):
        return True
    if clause.pos_ == "NOUN" and any(c.lower_ in words.role_clause_marks for c in marks):
        # a verbless clause of the role the doer held then ("while still a candidate
        # last summer, Perry attacked him"): an act told in the simple past was done in
        # it, at a point of it ("in 2007", "last summer"); not one of now ("while still a
        # critic in 2015, has praised it", "now condemns"), nor a stretch the role
        # lasted ("while foreign minister from 2012 to 2016"), of no one year
        return _simple_past(clause.head) and (
            below.dep_ != "prep" or below.lower_ in words.point_prepositions
        )
    # the word of closeness just before the mark, wherever the parser hangs it
    if any(
        c.lower_ in ("after", "before")
        and c.i > 0
        and clause.doc[c.i - 1].lower_ in words.close_time_words
        for c in marks
    ):
        return True
    return (
        clause.tag_ in ("VBG", "VBN")
        and not own_subject(clause)
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
    )


def _simple_past(verb: Any) -> bool:
    """Whether a verb (or the verb of the noun given) is told in a simple past: its own
    past form ("criticized"), or a past auxiliary first ("did not have", "was
    received"), not a present, a perfect of now or a future ("has praised", "now
    condemns", "will meet")."""
    for _ in range(4):  # from a noun the parser hung it on ("Perry, while ..., did")
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tag: str = auxes[0].tag_ if auxes else verb.tag_
    return tag == "VBD"


_MEASURE_UNITS = ("day", "week", "month", "year")


def _measure(clause: Any) -> tuple[int | None, str] | None:
    """The measure of time an "after" / "before" clause stands from its governor ("18
    years after", "two weeks after", "a day after", "days after"): (count, unit), the
    count None when the measure names none ("days"), or None when there is no measure."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    for c in clause.children:
        if c.dep_ != "npadvmod" or mark is None or c.i > mark.i:
            continue
        unit = c.lemma_.lower()
        if unit not in _MEASURE_UNITS:
            continue
        return _count(c), unit
    return None


def _before_its_noun(span: Any) -> bool:
    """Whether a date is set before a noun of its own, which the parser may hang on the
    date ("during the Dec. 12, 2006, enforcement action": "action" in apposition to
    "Dec."): the date is that noun's event's."""
    doc = span.doc
    k = span.end
    while k < len(doc) and doc[k].is_punct:
        k += 1
    if k >= len(doc) or doc[k].pos_ != "NOUN":
        return False
    h = doc[k]
    for _ in range(3):
        if h.i == span.root.i or span.root.head.i == h.i:
            return True
        if h.head.i == h.i:
            break
        h = h.head
    return False


def _measured_from(verb: Any) -> tuple[Any, str, tuple[int | None, str]] | None:
    """How ``verb`` is placed a measure of days or more after or before another act:
    ``(anchor, link, measure)``, the anchor an "after" / "before" clause with a measure
    (:func:`_measure`: "days after its report was issued") or the preposition of a
    phrase a measure stands before ("Two days after the attack, police arrested him",
    the parser hanging the preposition on the measure or the measure on it); None when
    it is not so placed."""
    for c in verb.children:
        if c.dep_ == "advcl":
            mark = _sequence_mark(c)
            measure = _measure(c)
            if mark is not None and measure is not None:
                return c, mark, measure
        pairs: list[tuple[Any, Any]] = []
        if c.dep_ == "npadvmod":
            pairs = [(k, c) for k in c.children if k.dep_ == "prep"]
        elif c.dep_ == "prep":
            pairs = [(c, k) for k in c.children if k.dep_ == "npadvmod"]
        for prep, unit in pairs:
            if prep.lower_ in ("after", "before") and unit.lemma_.lower() in _MEASURE_UNITS:
                return prep, prep.lower_, (_count(unit), unit.lemma_.lower())
    return None


def _sequence_mark(clause: Any) -> str | None:
    """"after" or "before" when a clause is marked by it ("after its report was issued"),
    else None."""
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    return next((m for m in marks if m in ("after", "before")), None)


def _count(unit: Any) -> int | None:
    """The count a measure's noun of time tells ("two days": 2, "a day": 1), None for a
    bare plural ("days")."""
    for k in unit.children:
        word = k.lower_
        if k.dep_ == "nummod" and word.isdigit():
            return int(word)
        if k.dep_ in ("nummod", "det") and word in _NUMBERS:
            return _NUMBERS[word]
    return 1 if unit.tag_ == "NN" else None  # "a day after" read with no determiner


def _measured(value: str, measure: tuple[int | None, str], link: str) -> str | None:
    """The date of an act told in a clause "N units after (before)" a governor dated
    ``value``: the governor's date moved back (forward) by the measure, at the measure's
    precision ("18 years after" a 2020 visit: 2002; "two weeks after" 30 April: April;
    "a day after" 30 April: 29 April). A measure with no count ("days after") keeps the
    governor's month; "weeks / months / years after" with no count tells no date: None.
    The governor's own day is never the clause's: the clause tells an act of its own time."""
    count, unit = measure
    sign = -1 if link == "after" else 1
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value)
    if m is None:
        return None
    year = int(m.group(1))
    if count is None:
        return value[:7] if unit == "day" and m.group(2) else None
    if unit == "year":
        return str(year + sign * count)
    if m.group(2) is None:
        return str(year) if unit != "day" and count < 12 else None
    month = int(m.group(2))
    if unit == "month":
        total = year * 12 + (month - 1) + sign * count
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if m.group(3) is None:
        return value[:7] if count * (7 if unit == "week" else 1) < 15 else None
    day = dt.date.fromisoformat(value[:10]) + dt.timedelta(
        days=sign * count * (7 if unit == "week" else 1)
    )
    return day.isoformat() if unit == "day" else day.isoformat()[:7]


def _shift(value: str, text: str, link: str) -> str:
    """``value`` of "the day after" moved to the date of the clause it is counted from."""
    m = _OFFSET_RE.search(text)
    if m is None or m.group(3).lower() != link or not is_date(value):
        return value
    word = (m.group(1) or "one").lower()
    n = int(word) if word.isdigit() else _NUMBERS.get(word, 1)
    days = n * (7 if m.group(2).lower().startswith("week") else 1)
    sign = -1 if link == "after" else 1
    return (dt.date.fromisoformat(value) + dt.timedelta(days=sign * days)).isoformat()


def _calendar_date(value: str | None) -> str | None:
    """The calendar date (:func:`_calendar`) of the date part a time's value starts with
    ("2004", "2016-05-12", "2021-W20"), or None when it has none ("PRESENT_REF")."""
    m = _DATE_RE.match(value or "")
    return _calendar(m.group(0)) if m is not None else None


def _calendar(value: str, upto: dt.date | None = None) -> str:
    """An event's date on the calendar: an ISO week ("2021-W20", from "this week") is the
    month it falls in (by its Thursday, as ISO weeks are counted), and a weekend
    ("2000-W13-WE", from "over the weekend": Saturday 1 and Sunday 2 April) the month of
    its Saturday (not of its week's Thursday, 30 March); other values as they are.

    ``upto``: the last day the act can be on (the publication date, for an act told as
    past): of a week that runs on past it, only the days up to it are the act's ("visited
    Ankara this week" in a paper of Monday 29 August: not of September, where the week's
    Thursday falls), so the month is that day's."""
    m = _WEEK_RE.match(value)
    if m is None:
        return value
    try:
        day = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 4)
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return value
    if upto is not None and not m.group(3) and monday <= upto < day:
        day = upto
    return day.isoformat()[:7]


def _precision(value: str) -> int:
    """How precise a time's value is, for choosing the most precise of several: by its
    length ("2025" < "2025-03" < "2025-W11" < "2025-03-14"), a weekend between a week and
    a day."""
    return 9 if value.endswith("-WE") else len(value)


def ref_country(ref: ActorRef | None) -> str | None:
    """The country (or the IGO/NGO/IMG group) a side stands for."""
    if ref is None or not ref.code:
        return None
    return ref.country or ref.code[:6]


def inside(tok: Any, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the token lies inside one of ``spans`` (sorted)."""
    return any(s <= tok.idx < e for s, e in spans)


def _narrative_value(tx: Any, clock_only: Callable[[str], bool] | None = None) -> str | None:
    """The day or month a time names, that a story's later acts may continue: a date's,
    or the day of a time of day ("at 10 p.m. Wednesday", "Tuesday night"); not a year,
    a week or a season, nor, by ``clock_only``, a time of day alone ("about 10:30 p.m."),
    whose day the text does not tell."""
    if tx.type not in ("DATE", "TIME") or not tx.value:
        return None
    if clock_only is not None and clock_only(tx.text):
        return None
    m = _NARRATIVE_RE.match(tx.value)
    if m is None or tx.value[m.end() : m.end() + 1] not in ("", "T"):
        return None
    return m.group(0)


def is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _news_day(
    doc: Document,
    lede: int,
    reporting: frozenset[str],
    clock_only: Callable[[str], bool],
    *,
    speech: bool = False,
    occasions: frozenset[str] = frozenset(),
    physical: Callable[[Any], bool] = lambda _verb: False,
) -> str | None:
    """The day the article's news happened, when its lede names one: the first day-precise
    date in the first ``lede`` sentences, from the week before publication up to it ("The
    United States warned Wednesday" in a Thursday paper). News agencies write the day
    after, so an untimed current act of the story is of that day, not the paper's.

    A lede that names the day a source spoke and the day of the act it tells ("officials
    said Wednesday ..., when gunmen attacked the train on Tuesday") has two: the story's
    acts are of the act's day, and what is said (``speech``: a verb of ``reporting``) of the
    day the sources spoke.

    ``lede`` counts from the start of the text (:meth:`EventDates._lede`, a dateline's
    line and a record's heading left out); a headline (and its subtitle) over the body
    fills no place of it either: the search reaches as many sentences further (in an
    archive record, whose heading the lede already skips, that many into the body, where
    a feature's third or fourth sentence often names the news day: "as he took the stage
    here Wednesday night")."""
    if doc.published is None or not doc.sentences:
        return None
    lede += _title_sentences(doc) - _dateline_lines(doc)
    end = doc.sentences[min(lede, len(doc.sentences)) - 1][1]
    lo = (doc.published - dt.timedelta(days=_NEWS_WINDOW)).isoformat()
    hi = doc.published.isoformat()
    days: list[tuple[str, bool]] = []  # (day, names when a source spoke)
    for tx in sorted(doc.times, key=lambda t: t.span[0]):
        if tx.span[0] >= end:
            break
        day = _narrative_value(tx, clock_only)
        if day is not None and _DAY_RE.fullmatch(day) and lo <= day <= hi:
            if _futurate_day(doc, tx.span, reporting):
                continue
            if _names_other_act(doc, tx.span, occasions, physical):
                continue
            days.append((day, _dates_speech(doc, tx.span, reporting)))
    if not days:
        return None
    if speech:
        return days[0][0]
    return next((day for day, spoke in days if not spoke), days[0][0])


def _dateline_day(doc: Document) -> str | None:
    """The day an agency's dateline names, when the text's first sentence is one: a
    line with no verb that names a place, a day and the agency in parentheses or ends
    with a dash ("WARSAW, February 26 (Xinhua) --"), a day from :data:`_DATELINE_DAYS`
    days before the publication date up to it (an archive dates agency copy by its
    release, often the day after it was filed)."""
    if doc.published is None or doc.parse is None or not doc.sentences:
        return None
    start, end = doc.sentences[0]
    line = doc.text[start:end].strip()
    if not (line.endswith(("--", "-", "\u2014")) or re.search(r"\([A-Z][A-Za-z ]+\)", line)):
        return None
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    lo = (doc.published - dt.timedelta(days=_DATELINE_DAYS)).isoformat()
    hi = doc.published.isoformat()
    for tx in doc.times:
        if start <= tx.span[0] < end and tx.value and _DAY_RE.fullmatch(str(tx.value)):
            if lo <= str(tx.value) <= hi:
                return str(tx.value)
    return None


#: CAMEO roots of material acts (06-09 cooperation in deed, 14-20 protest and force), as
#: against the verbal ones (``VERBAL_ROOTS``): done within an event, not in reaction to it
_PHYSICAL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 21)) - VERBAL_ROOTS


#: how many days before publication an agency's dateline may date its story
_DATELINE_DAYS = 2


#: the longest block (in characters) a headline with its subtitle may make at the top
_TITLE_CHARS = 300


def _title_sentences(doc: Document) -> int:
    """How many sentences a headline makes at the top of the text: the block before the
    first blank line, when it is short (:data:`_TITLE_CHARS`), the body follows it, and
    its first line reads as a headline: with no final stop or a semicolon's
    ("DEATH, LIES AND PANDERING ON THE CAMPAIGN TRAIL;"), or in title case ("Bernie
    Sanders Suffered A Big Blow."); else 0. Newspapers' exports begin so, and a
    headline and a subtitle can fill the lede's sentences before the one naming the
    news day ("... found themselves targeted Sunday")."""
    text = doc.text
    top = len(text) - len(text.lstrip())
    cut = text.find("\n\n", top)
    if cut < 0 or cut - top > _TITLE_CHARS or not text[cut:].strip():
        return 0
    first = text[top:cut].split("\n")[0].strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", first) if len(w) > 3]
    if not words:
        return 0
    headline = not first.endswith((".", "!", "?", '"', "”", "'")) or first.endswith(";")
    if not headline and sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return 0
    return sum(1 for s, _e in doc.sentences if top <= s < cut)


def _top_block(doc: Document) -> int:
    """How many sentences the text's first block makes, when it is short
    (:data:`_TITLE_CHARS`) and the body follows it after a blank line: a headline and its
    subtitle, whatever their case or stop ("Clinton swipes at Trump over Brexit."); a
    simple present there tells the news done, no standing state."""
    text = doc.text
    top = len(text) - len(text.lstrip())
    cut = text.find("\n\n", top)
    if cut < 0 or cut - top > _TITLE_CHARS or not text[cut:].strip():
        return 0
    return sum(1 for s, _e in doc.sentences if top <= s < cut)


def _names_other_act(
    doc: Document,
    span: tuple[int, int],
    occasions: frozenset[str],
    physical: Callable[[Any], bool] = lambda _verb: False,
) -> bool:
    """Whether the day at ``span`` names the day of a noun's event that the clause's act is
    done to, or bounded by, not its occasion: a day that modifies a noun ("Sunday's
    runoff", "the Tuesday vote") reached from the nearest verb up the tree neither as
    (part of) its subject ("Tuesday's attack killed 20", "The start of Saturday's debate
    was awkward") nor through a preposition of ``occasions`` ("attacked him at Saturday's
    debate", "won in Tuesday's primary", "said on Monday's show"). "Malawi's opposition
    rejected the results of Tuesday's election", "the EU criticized Sunday's vote",
    "clashed with police ahead of Sunday's referendum": a reaction comes after the event
    it is to (or, for a day ahead, before it), so that day is no day the story's untimed
    acts were done on. Not the object of an act of force or material help (``physical``:
    "Gunmen stormed Tuesday's wedding", "the army repelled Tuesday's assault"): that act
    is done within the event the noun names, on its day; a verbal reaction (condemn,
    reject, welcome) comes after."""
    words = doc.parse.char_span(span[0], span[1], alignment_mode="expand") if doc.parse else None
    if words is None:
        return False
    root = words.root
    if root.dep_ not in ("poss", "compound") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    t = root.head
    while t.head.i != t.i and t.head.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "pobj" and t.head.lower_ in occasions:
            return False
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass", "attr") or t.lower_ in occasions:
        return False
    if t.dep_ == "dobj" and physical(t.head):
        return False  # "stormed Tuesday's wedding": done within the event, on its day
    return t.dep_ in ("dobj", "pobj", "prep", "advmod", "npadvmod")


def _dateline_lines(doc: Document) -> int:
    """How many sentences an agency's dateline makes when it stands on a line of its own
    over the body ("NAIROBI, Kenya (AP) _", "WASHINGTON _", "HAVANA, August 7 (Xinhua)
    --"): the block a headline would be (:func:`_title_sentences`) when none of its words
    is a verb; else 0. A headline has a verb most often ("Farmers Block The Roads"), and
    is the news told short; a dateline tells only where (and when) the story was filed."""
    count = _title_sentences(doc)
    if not count or doc.parse is None:
        return 0
    start, end = doc.sentences[0][0], doc.sentences[count - 1][1]
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return 0
    return count


#: how many sentences from the start a record's heading may run (title, subtitle,
#: "ABSTRACT.", its sentences, "FULL TEXT.", "CORRECTION APPENDED.")
_HEADING_TOP = 12


def _heading_sentences(doc: Document, labels: frozenset[str]) -> int:
    """How many sentences open the text before its body: those up to the last sentence
    among the first :data:`_HEADING_TOP` that is a label of ``labels`` alone ("FULL
    TEXT."), else 0."""
    last = 0
    for i, (s, e) in enumerate(doc.sentences[:_HEADING_TOP]):
        if doc.text[s:e].strip().rstrip(".:").strip().lower() in labels:
            last = i + 1
    return last


def _older_time_before(doc: Document, end: int) -> bool:
    """Whether the text before character ``end`` names a date (a year, a month, a day)
    over more than a month before publication (:data:`_OLDER_DAYS`), and no day of the
    news week in its first sentences: a story that has gone back to an older time and
    tells no news day (a blotter's robbery of ten days before is still news)."""
    if doc.published is None:
        return False
    lo = (doc.published - dt.timedelta(days=_NEWS_WINDOW)).isoformat()
    hi = doc.published.isoformat()
    old = (doc.published - dt.timedelta(days=_OLDER_DAYS)).isoformat()
    top = doc.sentences[min(len(doc.sentences), _NEWS_TOP) - 1][1] if doc.sentences else 0
    older = False
    for tx in doc.times:
        if tx.span[0] >= end or tx.type not in ("DATE", "TIME") or not tx.value:
            continue
        m = _NARRATIVE_RE.match(tx.value) or re.match(r"\d{4}(?!\d)", tx.value)
        if m is None:
            continue
        if _DAY_RE.fullmatch(m.group(0)) and lo <= m.group(0) <= hi and tx.span[0] < top:
            # a day of the news week near the top: a news story whose lede told the
            # news without its day ("X and Y have upgraded ties ... Modi, who was chief
            # guest at the celebrations on Wednesday, said")
            return False
        older = older or (tx.type == "DATE" and m.group(0) < old[: len(m.group(0))])
    return older


def _futurate_day(doc: Document, span: tuple[int, int], reporting: frozenset[str]) -> bool:
    """Whether the day at ``span`` is a bare day (no preposition) on a verb in the simple
    present that is no verb of reporting ("before Iowans kick off the voting Monday"): a
    present with a day tells what is scheduled, a day still ahead, which no news happened
    on (the resolver may have counted a bare weekday back); not a day a preposition
    hangs on a present verb, more often a parse's misplaced time of a noun's event
    ("despite defeats on Tuesday night, he remains committed")."""
    words = doc.parse.char_span(span[0], span[1], alignment_mode="expand") if doc.parse else None
    if words is None or words.root.dep_ != "npadvmod":
        return False
    verb = words.root.head
    return (
        verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.lemma_.lower() not in reporting
    )


def _dates_speech(doc: Document, span: tuple[int, int], reporting: frozenset[str]) -> bool:
    """Whether the time at ``span`` dates a verb of speech: the verb it hangs on, or the
    one it follows ("said (on) Wednesday a raid killed ...", which a parser may hang on the
    reported verb)."""
    words = doc.parse.char_span(span[0], span[1], alignment_mode="expand") if doc.parse else None
    if words is None:
        return False
    before = words.start - 1
    if before > 0 and words.doc[before].lower_ == "on":
        before -= 1
    if before >= 0 and words.doc[before].pos_ == "VERB":
        if words.doc[before].lemma_.lower() in reporting:
            return True
    return clause_verb(words.root).lemma_.lower() in reporting
