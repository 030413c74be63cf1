"""Calendar arithmetic at TIMEX3 granularities, and the tense that decides direction.

A relative expression ("last week", "four years ago", "Sunday") is resolved
against an anchor date: the publication date, or for anaphoric expressions
("the day after", "a week earlier") the last date the text mentioned. Whether a
bare weekday or a month-day without a year lies before or after the anchor is
decided by the tense of the clause: from the spaCy parse when there is one
(:func:`parse_tense`), else from surface cues in the sentence
(:func:`surface_tense`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from ..language import language

__all__ = [
    "Tense",
    "TimeWords",
    "day_value",
    "week_value",
    "month_value",
    "quarter_of",
    "shift_value",
    "add_months",
    "weekday_date",
    "month_day_date",
    "month_year",
    "nth_weekday",
    "easter_sunday",
    "date_cost",
    "quarter_cost",
    "surface_tense",
    "surface_cues",
    "nearest_cue",
    "parse_tense",
]

Tense = Literal["past", "present", "future"] | None


@dataclass(frozen=True, slots=True)
class TimeWords:
    """The word lists tense and month rules read, from the language's ``time.tsv`` (each
    field is the list of that name; the file says what each one is for)."""

    not_past: frozenset[str]
    future_auxiliaries: frozenset[str]
    schedule_verbs: frozenset[str]
    framed_schedule_verbs: frozenset[str]
    prospective_verbs: frozenset[str]
    progressive_auxiliaries: frozenset[str]
    present_auxiliaries: frozenset[str]
    futurate_verbs: frozenset[str]
    prospective_modals: frozenset[str]
    modal_months: frozenset[str]
    month_preps: frozenset[str]
    planned_object_verbs: frozenset[str]


def day_value(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _add_days(d: dt.date, n: int) -> dt.date | None:
    try:
        return d + dt.timedelta(days=n)
    except OverflowError:
        return None


def shift_value(anchor: dt.date, unit: str, n: int) -> str | None:
    """``anchor`` moved by ``n`` units, written at that unit's granularity."""
    if unit in ("D", "H", "MIN", "S"):
        if unit != "D":
            n = 0 if abs(n) < 24 and unit == "H" else (n // 24 if unit == "H" else 0)
        d = _add_days(anchor, n)
        return day_value(d) if d else None
    if unit in ("W", "2W", "WE"):
        d = _add_days(anchor, 7 * n * (2 if unit == "2W" else 1))
        if d is None:
            return None
        return week_value(d) + ("-WE" if unit == "WE" else "")
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return month_value(y, m) if 0 < y < 10000 else None
    if unit == "Q":
        q = quarter_of(anchor.month) - 1 + n
        y = anchor.year + q // 4
        return f"{y:04d}-Q{q % 4 + 1}" if 0 < y < 10000 else None
    if unit == "H1":
        h = (anchor.month - 1) // 6 + n
        y = anchor.year + h // 2
        return f"{y:04d}-H{h % 2 + 1}"
    if unit == "Y":
        y = anchor.year + n
        return f"{y:04d}" if 0 < y < 10000 else None
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    if unit == "ML":
        return f"{anchor.year // 1000 + n:01d}"
    return None


def weekday_date(anchor: dt.date, weekday: int, tense: Tense, *, shift: int = 0) -> dt.date:
    """The date of ``weekday`` (1 = Monday) relative to ``anchor``.

    ``shift`` is -1 for "last Friday", +1 for "next Friday", 0 otherwise. A bare
    weekday equal to the anchor's own is the anchor day; otherwise it is the
    previous one in the past tense or by default, the next one in the future tense.
    """
    delta = weekday - anchor.isoweekday()
    if shift < 0:
        back = (anchor.isoweekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if shift > 0:
        ahead = delta % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    if delta == 0:
        return anchor
    if tense == "future":
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: how much farther a date against the tense may lie than one with it, and still win
AGAINST_TENSE = 3.0
MONTH_AGAINST_TENSE = 5.0


def _cost(delta: float, tense: Tense) -> float:
    """Distance from the anchor, stretched when the direction contradicts the tense."""
    if (tense == "past" and delta > 0) or (tense == "future" and delta < 0):
        return abs(delta) * AGAINST_TENSE
    return abs(delta)


def date_cost(d: dt.date, anchor: dt.date, tense: Tense) -> float:
    """How unlikely ``d`` is as the meaning of a yearless date, given the tense."""
    return _cost((d - anchor).days, tense)


def quarter_cost(delta: int, tense: Tense) -> float:
    """The same for a quarter ``delta`` quarters from the current one (0 is current)."""
    if delta == 0:
        return 0.0
    return _cost(delta, tense)


def month_day_date(anchor: dt.date, month: int, day: int, tense: Tense) -> dt.date | None:
    """A month-day without a year: the nearest occurrence, weighted by tense.

    A date on the side the tense points to wins unless the other side is more
    than :data:`AGAINST_TENSE` times nearer ("payable Dec. 15" in a past-tense
    sentence of 2 November is the coming one; "on December 3" in a report of
    10 December is the past one).
    """
    best: tuple[float, dt.date] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        cand = _safe_date(y, month, day)
        if cand is None:
            continue
        delta = (cand - anchor).days
        # a day or two ahead is still "recent" in a report (time zones, late editions)
        cost = _cost(0 if 0 < delta <= 1 and tense == "past" else delta, tense)
        if best is None or cost < best[0]:
            best = (cost, cand)
    if best is None:
        for y in (anchor.year - 1, anchor.year + 1, anchor.year - 2, anchor.year + 2):
            if (d := _safe_date(y, month, day)) is not None:
                return d
        return None
    return best[1]


def month_year(anchor: dt.date, month: int, tense: Tense, *, shift: int = 0) -> int:
    """The year of a bare month name relative to ``anchor`` ("last June", "in December")."""
    if shift < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if shift > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    if month == anchor.month:
        return anchor.year
    # a bare month is vaguer than a month-day: the tense weighs more
    best: tuple[float, int] | None = None
    for y in (anchor.year, anchor.year - 1, anchor.year + 1):
        delta = (y - anchor.year) * 12 + month - anchor.month
        against = (tense == "past" and delta > 0) or (tense == "future" and delta < 0)
        cost = abs(delta) * (MONTH_AGAINST_TENSE if against else 1.0)
        if tense is not None and not against:
            cost -= 0.5  # ties go to the side of the tense
        if best is None or cost < best[0]:
            best = (cost, y)
    assert best is not None
    return best[1]


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as
    Meeus gives it)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (1 = Monday) of a month; ``n = -1`` is the last."""
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.isoweekday() == weekday
    ]
    return days[n - 1] if n > 0 else days[-1]


# --- tense ------------------------------------------------------------------------

_FUTURE_CUES = re.compile(
    r"\b(?:will|shall|'ll|won't|going\s+to|plans?\s+to|planned\s+to|planning\s+to|"
    r"scheduled|expected\s+to|expects?\s+to|set\s+to|due\s+to|intends?\s+to|"
    r"upcoming|coming|next|later\s+this|to\s+be\s+held|would|as\s+(?:soon|early)\s+as"
    r"|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)
_PAST_CUES = r"was|were|had|did|ago|last|earlier|announced|reported|\w{3,}ed"


@functools.lru_cache(maxsize=8)
def _past_pattern(irregular: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(irregular, key=len, reverse=True))
    return re.compile(rf"\b(?:{_PAST_CUES}{'|' + words if words else ''})\b", re.IGNORECASE)


Cue = tuple[int, int, Tense]


def surface_cues(
    sentence: str,
    irregular_past: frozenset[str] = frozenset(),
    words: TimeWords | None = None,
) -> list[Cue]:
    """Every tense cue in ``sentence``: (start, end, "future" or "past")."""
    not_past = (words or language().view(TimeWords)).not_past
    cues: list[Cue] = [(m.start(), m.end(), "future") for m in _FUTURE_CUES.finditer(sentence)]
    for m in _past_pattern(irregular_past).finditer(sentence):
        if m.group(0).lower() not in not_past:
            cues.append((m.start(), m.end(), "past"))
    return cues


def nearest_cue(cues: list[Cue], start: int, end: int) -> Tense:
    """The tense of the cue nearest ``[start, end)``; cues before it count double."""
    best: tuple[int, Tense] | None = None
    for c_start, c_end, tense in cues:
        if c_start >= start and c_end <= end:
            continue
        # cues before the expression govern it more often than cues after it
        dist = start - c_end if c_end <= start else (c_start - end) * 2
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else None


def surface_tense(
    sentence: str,
    start: int,
    end: int,
    irregular_past: frozenset[str] = frozenset(),
    words: TimeWords | None = None,
) -> Tense:
    """Tense from cue words near ``[start, end)`` in ``sentence`` (offsets into it).

    The nearest cue wins: a future marker ("will", "is scheduled", "next") or a
    past one ("was", a verb in -ed, or one of ``irregular_past`` such as "met").
    None when the sentence has neither.
    """
    return nearest_cue(surface_cues(sentence, irregular_past, words), start, end)


def _auxiliaries(verb: Any) -> tuple[list[Any], set[str]]:
    """A verb's auxiliaries (passive ones too), and their words in lower case."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return auxes, {a.lower_ for a in auxes}


def _by_agent(verb: Any) -> bool:
    """Whether a participle has a 'by' agent ("was slated by critics"), which makes it
    a passive act done, not a schedule."""
    return any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children
    )


def _planned_object_time(verb: Any, span: Any, aux_words: set[str], w: TimeWords) -> bool:
    """Whether the time ``span`` is that of the act a plan verb's object names, still to
    come whatever the verb's tense: after the object ("protesters planned a demonstration
    on Saturday", "scheduled a vote for Tuesday") or after a passive one ("a rally was
    planned for May"); not a time before the verb ("police on Saturday planned a
    raid"), nor a plan of the past perfect ("had planned a march on Saturday, but")."""
    if verb.lemma_.lower() not in w.planned_object_verbs or "had" in aux_words:
        return False
    if span.start < verb.i:
        return False
    return any(
        (c.dep_ == "dobj" and c.i < span.start) or c.dep_ == "nsubjpass" for c in verb.children
    )


#: the hyphens a word may be written with, at which the tokenizer splits it ("re-open")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _split_future(verb: Any, span: Any, w: TimeWords) -> bool:
    """Whether a verb the tokenizer split at its hyphen ("will re-open Monday": 're', '-',
    'open') stands between the time and the verb the parse hangs the time on, with a
    future auxiliary: a broken parse that puts the time on the clause above ("said ... will
    re-open Monday": 'said'), while the time is the split verb's, whose future the
    auxiliary tells (a weekday there is the next one). No other verb may stand between
    the split verb and the time."""
    doc = span.doc
    for k in range(span.start - 2, verb.i + 1, -1):
        tok = doc[k]
        if tok.text in _HYPHENS and not tok.whitespace_ and not doc[k - 1].whitespace_:
            first, stem = doc[k - 1], doc[k + 1]
            if not (first.is_alpha and stem.is_alpha):
                return False
            pieces = (first, tok, stem)
            return any(_auxiliaries(p)[1] & w.future_auxiliaries for p in pieces)
        if tok.pos_ in ("VERB", "AUX") and doc[k - 1].text not in _HYPHENS:
            return False  # another verb between: the time is not the split verb's
    return False


def parse_tense(parse: Any, start: int, end: int, words: TimeWords | None = None) -> Tense:
    """Tense of the clause governing the characters ``[start, end)`` of a spaCy Doc.

    Walks from the expression's head up to its governing verb and reads its
    auxiliaries ("will", "is meeting") and morphology (``Tense=Past``); ``words``:
    English's when not given.
    """
    w = words or language().view(TimeWords)
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    through_noun = False  # the time hangs on a noun of the clause, not on its verb
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            break
        through_noun = through_noun or (token.i != span.root.i and token.pos_ == "NOUN")
        if (
            token.dep_ == "prep"
            and token.lower_ == "for"
            and token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() in w.planned_object_verbs
        ):
            # the time of what a plan is for: "announced plans for a rally on Saturday"
            return "future"
        token = token.head
    verb = token
    if _split_future(verb, span, w):
        return "future"
    auxes, aux_words = _auxiliaries(verb)
    while (
        verb.dep_ == "conj"
        and auxes
        and all(a.tag_ == "VB" for a in auxes)
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        # a conjunct whose auxiliary is a bare infinitive has no tense of its own: the
        # head's chain governs it ("will visit Moscow and be received on Friday", "plans
        # to visit and be welcomed on Friday": a Friday to come)
        verb = verb.head
        auxes, aux_words = _auxiliaries(verb)
    while verb.tag_ == "VBG" and not auxes and verb.dep_ == "advcl" and verb.head is not verb:
        # a free participle has no tense of its own but its clause's: "X joined the
        # debate, announcing on Wednesday he would meet Y" (past), not the reported plan's
        verb = verb.head
        auxes, aux_words = _auxiliaries(verb)
    if verb.tag_ == "VBN" and "to" in aux_words and verb.dep_ == "advcl":
        # a passive infinitive of purpose is of its clause's time, no past: "will resign,
        # to be replaced through the November election"
        verb = verb.head
        auxes, aux_words = _auxiliaries(verb)
    if aux_words & w.future_auxiliaries:
        return "future"
    if verb.tag_ == "VB" and "to" in aux_words and verb.head is not verb:
        # "is expected to meet", "plans to meet", "is to resume"
        head = verb.head.lemma_
        if head in w.schedule_verbs or head == "be":
            return "future"
        if head in w.framed_schedule_verbs and not _by_agent(verb.head):
            # "is slated to meet", not "was slated by critics"
            return "future"
        if head in w.prospective_verbs:
            # "urged them to meet on Monday"; not the occasion of the call, which a noun
            # of the clause names: "called for X to lead the inquiry at a rally on Monday"
            if not (through_noun and verb.head.tag_ == "VBD"):
                return "future"
            verb = verb.head
            auxes, aux_words = _auxiliaries(verb)
    if verb.lemma_ in w.schedule_verbs and verb.tag_ == "VBN":
        return "future"
    if (
        verb.lemma_ in w.framed_schedule_verbs
        and verb.tag_ == "VBN"
        and not _by_agent(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and c.left_edge.i <= span.start
            and span.end - 1 <= c.right_edge.i
            for c in verb.children
        )
    ):
        # only in its schedule frame, the time what it is slated for: "a rally slated for
        # Wednesday"; not the British "was slated by critics on Monday for praising Iran"
        # nor "was slated on Monday for its timing" (harshly criticised)
        return "future"
    if (
        verb.lemma_ == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and not auxes
        and any(c.dep_ == "acomp" and c.lemma_.lower() in w.schedule_verbs for c in verb.children)
    ):
        # the present copula of an adjective of schedule tells what is to come: "is due in
        # Moscow on Tuesday" (a bare weekday there is the next one, not the last)
        return "future"
    if _planned_object_time(verb, span, aux_words, w):
        return "future"
    if any("Past" in a.morph.get("Tense") for a in auxes):
        return "past"
    if verb.tag_ in ("VBD",) or ("Past" in verb.morph.get("Tense") and verb.tag_ == "VBN"):
        return "past"
    if verb.tag_ == "VBG" and aux_words & w.progressive_auxiliaries:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_.lower() in w.futurate_verbs:
        # a timetabled act in the simple present is planned: "the leaders meet Monday"
        return "future"
    if (
        verb.lemma_ == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and not auxes
        and not through_noun
        and not any(c.dep_ in ("acomp", "attr", "expl") for c in verb.children)
    ):
        # the present copula whose predicate is the time itself, or a place, tells when
        # something is to be: "the vote is on Thursday", "Obama is in Ohio on Friday"
        # (not "is angry on Thursday", nor a noun's day: "is the winner of Tuesday's vote")
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.dep_ == "advcl":
        # a time clause takes the present for what is to come when its clause speaks of
        # that: "the rain could turn heavy before it turns to snow Wednesday", "will
        # call when he arrives Tuesday" (Quirk et al. 14.26)
        head_aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
        if head_aux & (w.future_auxiliaries | w.prospective_modals):
            return "future"
    if verb.tag_ in ("VBZ", "VBP") or aux_words & w.present_auxiliaries:
        return "present"
    return None
