"""Detection: regular expressions for English time expressions, built from the lexicon.

Every rule is one compiled, case-insensitive regex with named groups; a group
named ``t`` (when present) marks the expression's span inside a wider match
(for context that is not part of the expression). :func:`find_candidates`
runs every rule over the text and keeps the longest non-overlapping matches.
Rules are compiled once per lexicon and cached.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .lexicon import Lexicon, load_lexicon

__all__ = ["Rule", "Candidate", "Patterns", "compile_patterns", "find_candidates", "clock_only"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    priority: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A regex match of one rule: its span in the text and the match itself."""

    rule: str
    start: int
    end: int
    match: re.Match[str]
    priority: int = 0


def _alt(words: Iterable[str]) -> str:
    """An alternation of words, longest first, with spaces matching any whitespace."""
    items = sorted({w for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


class Patterns:
    """The compiled rules for one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        longest: dict[int, str] = {}
        for name, number in lex.months.items():
            if len(name) > len(longest.get(number, "")):
                longest[number] = name
        full_months = list(longest.values())
        abbr_months = [m for m in lex.months if m not in full_months]
        full_days = [d for d in lex.weekdays if d.endswith("day")]
        number_words = [w for w in lex.numbers if w not in ("a", "an", "half", "a half")]
        ordinals = [o for o in lex.ordinals if o != "last"]
        units = (
            "(?:"
            + "|".join(
                [
                    r"seconds?",
                    r"minutes?",
                    r"hours?",
                    r"days?",
                    r"nights?",
                    r"weeks?",
                    r"fortnights?",
                    r"months?",
                    r"quarters?",
                    r"years?",
                    r"decades?",
                    r"centur(?:y|ies)",
                    r"millenni(?:um|a)",
                    r"weekends?",
                ]
            )
            + ")"
        )
        seasons = _alt(lex.seasons)
        pods = _alt(lex.parts_of_day)
        self.MONTH = rf"(?:{_alt(full_months)}|{_alt(abbr_months)}\.?)"
        self.MONTH_ALONE = rf"(?:{_alt(full_months)}|{_alt(abbr_months)}\.)"
        self.WEEKDAY = _alt(full_days)
        self.WEEKDAY_ANY = (
            rf"(?:{_alt(full_days)}|{_alt(d for d in lex.weekdays if d not in full_days)}\.)"
        )
        self.DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        self.ORD = _alt(ordinals)
        self.YEAR4 = (
            r"(?<![\d$£€#.,/])(?<!\d-)(?:1[0-9]\d\d|20\d\d)"
            r"(?!\d|,\d|\.\d|\s*(?:%|percent\b|per\s+cent))"
        )
        ones = "one|two|three|four|five|six|seven|eight|nine"
        tens = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        teens = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        self.SPOKEN_YEAR = (
            rf"(?:(?:nineteen|eighteen|seventeen)[\s-]+(?:hundred|(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|o[\s-]+(?:{ones}))"
            rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{ones}|ten|{teens}|(?:{tens})(?:[\s-]+(?:{ones}))?))?)"
        )
        self.YEAR = rf"(?:{self.YEAR4}|{self.SPOKEN_YEAR})"
        nw = _alt(number_words)
        vague = _alt(lex.vague_numbers)
        self.NUM = (
            rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?(?:\s+to\s+\d+)?|\d/\d"
            rf"|{nw}(?:(?:\s+|-)(?:and\s+)?{nw})*(?:\s+and\s+a\s+half)?"
            rf"|{vague}|a|an|half\s+an?|a\s+half)"
        )
        self.UNIT = units
        self.SEASON = seasons
        self.POD = pods
        self.PRE = (
            r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder"
            r"|balance|dawn|height|first\s+half|second\s+half|last\s+half)\s+of\s+"
            r"|(?:early|late|mid)[\s-]+|(?:earlier|later)\s+(?:in\s+)?)"
        )
        self.rules = self._rules()
        self.triggers = self._triggers()

    def _triggers(self) -> dict[str, frozenset[str]]:
        """Trigger word (lower case, one token) -> the rules that may match around it."""
        lex = self.lex
        table: dict[str, set[str]] = {}

        def add(words: Iterable[str], *rules: str) -> None:
            for phrase in words:
                for word in re.findall(r"[a-z]+", phrase.lower()):
                    table.setdefault(word, set()).update(rules)

        generic = {"day", "days", "eve", "s", "st", "year", "new"}

        def key_word(phrase: str) -> str:
            words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in generic]
            return max(words, key=len) if words else phrase

        add(lex.months, "mdy", "dmy", "my", "month")
        add([d for d in lex.weekdays if d.endswith("day")], "weekday", "clock")
        add([w + "s" for w in lex.weekdays if w.endswith("day")], "weekday")
        add(lex.seasons, "season_year", "rel")
        add(["every", "each", "once", "twice", "thrice", "times"], "set_every")
        add(
            [key_word(h) for h in [*lex.fixed_holidays, *lex.nth_weekday_holidays]]
            + [key_word(h) for h in lex.easter_holidays],
            "holiday",
        )
        add([re.findall(r"[a-z]+", r)[-1] for r in lex.refs], "ref")
        add(lex.set_adverbs, "set_adverb")
        add(["noon", "midnight", "midday", "m", "am", "pm", "clock"], "clock", "relday")
        add(["today", "yesterday", "tomorrow", "tonight"], "relday", "clock", "pod_day")
        add(["morning", "afternoon", "evening", "night"], "pod_day", "rel")
        add(["nineteen", "eighteen", "seventeen", "thousand"], "year", "my", "mdy", "dmy")
        add(
            [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ],
            "decade",
        )
        add(["century"], "century")
        add([o for o in lex.ordinals if len(o) > 4], "century")
        add(["quarter", "half", "period"], "quarter")
        units = [
            "second",
            "minute",
            "hour",
            "day",
            "night",
            "week",
            "fortnight",
            "month",
            "quarter",
            "year",
            "decade",
            "century",
            "centuries",
            "millennium",
            "millennia",
            "weekend",
        ]
        add(units + [u + "s" for u in units], "duration", "rel", "anaphor")
        add([u + "s" for u in units] + ["centuries", "millennia"], "vague_units", "recent_units")
        add(["earlier", "ago"], "year_earlier")
        add(["time"], "rel")
        add(["year", "summer", "winter", "spring", "autumn"], "the_year", "year_end")
        add(["end"], "year_end")
        return {word: frozenset(rules) for word, rules in table.items()}

    def _rules(self) -> list[Rule]:
        MONTH, MONTH_ALONE, WEEKDAY, DAY, ORD = (
            self.MONTH,
            self.MONTH_ALONE,
            self.WEEKDAY,
            self.DAY,
            self.ORD,
        )
        YEAR, YEAR4, NUM, UNIT, SEASON, PRE = (
            self.YEAR,
            self.YEAR4,
            self.NUM,
            self.UNIT,
            self.SEASON,
            self.PRE,
        )
        lex = self.lex
        holidays = _alt([*lex.fixed_holidays, *lex.nth_weekday_holidays, *lex.easter_holidays])
        # "the Christmas tree", "Easter Island": a holiday's name that names a thing
        things = rf"(?!\s+(?:{_alt(lex.holiday_thing_nouns)})\b)" if lex.holiday_thing_nouns else ""
        relday = (
            r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
            r"|today|yesterday|tomorrow|tonight)"
        )
        tz = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time|\(\d{3,4}\s+GMT\)))"
        clock = (
            r"(?:(?P<ch>[01]?\d|2[0-3])(?:[:.](?P<cm>[0-5]\d))?\s*"
            r"(?P<cap>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
            r"|(?P<cword>noon|midnight|midday))"
        )
        day_ref = (
            rf"(?P<kday>(?:{WEEKDAY}|{relday})(?:\s+(?:morning|afternoon|evening|night))?"
            rf"|{MONTH}\s+{DAY}(?:,?\s+{YEAR4})?)"
        )
        specs: list[tuple[str, str, int]] = [
            (
                "iso",
                r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?\b",
                2,
            ),
            (
                "slash",
                r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])",
                2,
            ),
            (
                "mdy",
                rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<pre>{PRE})?(?P<mon>{MONTH})\s+"
                rf"(?P<day>{DAY}|{ORD})\b(?!\s*(?:%|percent|million|billion))"
                rf"(?:(?:,\s*|\s+)(?P<year>{YEAR}))?",
                1,
            ),
            (
                "dmy",
                rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY}|{ORD})\s+(?:of\s+)?"
                rf"(?P<mon>{MONTH})\b(?:,?\s+(?P<year>{YEAR}))?",
                1,
            ),
            (
                "my",
                rf"\b(?P<pre>{PRE})?(?P<mon>{MONTH})\s*,?\s+(?:of\s+)?"
                rf"(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year)\b",
                1,
            ),
            (
                "month",
                rf"\b(?P<pre>{PRE}|(?:this\s+past|this\s+coming|last|next|this|coming|past)\s+)?"
                rf"(?P<mon>{MONTH_ALONE})(?!\w)",
                0,
            ),
            (
                "season_year",
                rf"\b(?P<pre>{PRE})?(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})\b",
                1,
            ),
            (
                "year",
                rf"(?:\b(?P<pre>{PRE}))?(?:\b(?P<fy>fiscal|calendar|financial|the\s+year|model\s+year)\s+)?"
                rf"(?P<year>{YEAR})(?:\s+(?P<period>period|season|fiscal\s+year))?(?!\w|-\d|'s?\b(?=\s+(?:first|second|third|fourth)))",
                0,
            ),
            (
                "decade",
                rf"(?:\b(?:the\s+)?(?P<pre>{PRE})?)(?:(?P<dd>(?:1\d|20)\d0)'?s|'(?P<d2>\d0)'?s"
                r"|\b(?P<dword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
                1,
            ),
            (
                "century",
                rf"\b(?:the\s+)?(?P<pre>{PRE})?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{ORD})[\s-]+century\b",
                1,
            ),
            (
                "relday",
                rf"\b(?:(?P<pod0>(?:mid[\s-]?)?(?:morning|afternoon|evening)|noon|midnight)\s+)?"
                rf"(?P<pre>(?:early|late|earlier|later|mid)[\s-]+)?(?P<rd>{relday})"
                rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b",
                1,
            ),
            (
                "weekday",
                rf"\b(?P<pre>(?:early|late|earlier|later|last|next|this\s+past|this\s+coming"
                rf"|this|coming|past|the\s+previous|the\s+following|the\s+next|every|each"
                r"|the\s+day\s+before|the\s+day\s+after)\s+)?"
                rf"(?P<wd>{WEEKDAY})(?P<pl>s)?(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?)?\b",
                1,
            ),
            (
                "clock",
                rf"(?:\b(?P<approx>around|about|approximately|roughly|shortly\s+(?:before|after)"
                rf"|just\s+(?:before|after))\s+)?(?<![\d.:$])\b{clock}{tz}?"
                rf"(?:,?\s+(?:on\s+)?{day_ref})?",
                2,
            ),
            (
                "pod_day",
                r"\b(?P<pod>(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night))\b",
                2,
            ),
            (
                "holiday",
                rf"\b(?P<rel>(?:last|next|this)\s+)?(?P<hol>{holidays})(?P<wk>\s+week)?"
                rf"(?:,?\s+(?P<year>{YEAR4}))?\b{things}",
                1,
            ),
            (
                "quarter",
                rf"\b(?P<det>(?:the|this|last|next|that|its|their)\s+)?"
                rf"(?P<qy>(?:this|last|next)\s+year's\s+|(?:fiscal\s+)?(?P<yr1>{YEAR4})(?:'s)?\s+)?"
                r"(?:(?:fiscal|calendar|financial)[\s-]+)?"
                r"(?P<adj>(?:latest|current|past|previous|recent|prior|same|year-earlier|year-ago"
                r"|comparable|corresponding|just-ended|just\s+ended|final|most\s+recent)\s+)?"
                r"(?:(?:fiscal|calendar|financial)[\s-]+)?"
                r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)?[\s-]*"
                r"(?:(?:fiscal|calendar|financial)[\s-]+)?"
                r"(?P<unit>quarter|half|period)(?!\w|-(?:point|inch|mile|percent|hour|century))"
                rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<yr2>{YEAR4})|(?P<rel2>this|last|next)\s+year))?",
                1,
            ),
            (
                "rel",
                rf"\b(?P<pre>{PRE})?"
                r"(?P<det>this\s+past|this\s+coming|this|last|next|past|previous|coming|current"
                r"|that|the\s+(?:past|last|next|previous|coming|current|following|same|preceding"
                r"|prior|latest|recent|current|entire|whole|full)|the)\s+"
                r"(?:(?:fiscal|calendar|financial|school|academic|full|entire|whole|same)\s+)?"
                rf"(?P<unit>week|weekend|month|year|decade|century|day|night|morning|afternoon"
                rf"|evening|{SEASON}|time)(?![\w-])",
                0,
            ),
            (
                "anaphor",
                r"\bthe\s+(?:very\s+)?(?P<unit>day|night|week|month|year)\s+(?P<dir>after|before)"
                r"(?!\s+(?:tomorrow|yesterday))\b",
                0,
            ),
            (
                "duration",
                r"(?:\b(?P<mod>about|around|approximately|roughly|nearly|almost|some|over|more\s+than"
                r"|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than"
                r"|no\s+less\s+than|just\s+over|just\s+under|under|well\s+over|close\s+to"
                r"|upwards\s+of|in\s+excess\s+of)\s+)?"
                r"(?:\b(?P<det>the|these|those|its|their|his|her|our|my|each\s+of\s+the)\s+)?"
                r"(?:\b(?P<adj>past|last|next|first|previous|coming|following|final|remaining"
                r"|latest|initial|recent|preceding|subsequent|ensuing|year-earlier)\s+)?"
                rf"(?<![\w$£€#.,-])(?P<num>{NUM})(?:\s+|-)(?:(?:more|additional|full|straight"
                r"|consecutive|long|extra|whole|entire|short)\s+)?"
                rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-]|-old)"
                r"(?P<or>\s+or\s+(?:so|more|two|three|longer))?"
                r"(?P<ago>\s+(?:ago|earlier|later|from\s+now|hence|back|before\s+that"
                r"|after\s+that|previously))?",
                0,
            ),
            (
                "vague_units",
                r"\b(?P<kw>for|in|within|over|than|take|takes|took|taking|lasted|last|spent)\s+"
                r"(?P<t>(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b",
                0,
            ),
            (
                "recent_units",
                r"\b(?P<t>(?:(?:the|these)\s+)?(?P<dir>recent|coming|future|past|next)\s+"
                r"(?P<unit>days|weeks|months|years|decades|quarters))\b",
                0,
            ),
            (
                # "months ago", "years ago": some time before, no count (PAST_REF, as
                # TimeBank values "several years ago")
                "recent_units",
                r"\b(?P<t>(?P<unit>weeks|months|years|decades)\s+(?P<dir>ago))\b",
                0,
            ),
            ("year_earlier", r"\b(?P<t>year-(?:earlier|ago))(?![\w-])", 0),
            (
                "year_end",
                r"\b(?P<t>(?:(?:around|about)\s+)?(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?"
                r"(?:(?P<rel2>this|last|next)\s+year's\s+)?year(?:[\s-]|'s\s+)end)\b(?!-)",
                0,
            ),
            (
                # "over the years", "through the months": a stretch of such units up to the
                # time told ("the years" PXY, as TimeBank tags it)
                "vague_units",
                r"\b(?:over|through|throughout)\s+(?P<t>the\s+(?P<unit>weeks|months|years|decades))\b"
                r"(?!\s+(?:before|after|following|leading|since|ahead|to\s+come|of|that|when)\b)",
                0,
            ),
            (
                # "Weeks after the vote, ...", "just months before the election": a stretch
                # of such units, uncounted, that one act lies from another ("PXW"); not days,
                # whose uncounted stretch TimeBank tags only at times ("a matter of days")
                "vague_units",
                r"\b(?P<t>(?P<unit>weeks|months|years|decades))\s+(?=before\b|after\b)",
                0,
            ),
            (
                "vague_units",
                r"\bthe\s+(?P<t>(?P<unit>days|weeks|months|years))\s+(?=before\b|after\b"
                r"|following\b|leading\b|that\s+followed|since\b|ahead\b)",
                0,
            ),
            (
                "the_year",
                r"\b(?P<kw>for|of|in|during|through|throughout|into|over|since|until|by)?\s*"
                r"(?P<t>the\s+(?P<pre>(?:early|late)\s+)?(?P<fy>(?:fiscal|full|calendar|financial)\s+)?"
                r"(?P<unit>year|summer|winter|spring|autumn))\b(?!-)"
                r"(?P<end>\s+(?:ended|ending|to\s+date|ahead|before|earlier))?",
                0,
            ),
            (
                "set_every",
                rf"\b(?P<pre>(?:once|twice|thrice|{NUM}\s+times)\s+)?(?P<q>every|each|per|a|an)\s+"
                rf"(?:(?P<other>other)\s+)?(?:(?P<n>{NUM})\s+)?"
                rf"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|{WEEKDAY}"
                rf"|{MONTH_ALONE}|{SEASON}|morning|afternoon|evening|weekend)(?P<pl>s)?\b",
                0,
            ),
            ("set_adverb", rf"\b(?P<adv>{_alt(lex.set_adverbs)})\b", 0),
            ("ref", rf"\b(?P<ref>{_alt(lex.refs)})\b(?!\s+account)", 0),
        ]
        return [Rule(name, re.compile(rx, re.IGNORECASE), prio) for name, rx, prio in specs]


@functools.lru_cache(maxsize=4)
def compile_patterns(lex: Lexicon | None = None) -> Patterns:
    """The compiled rules for ``lex`` (default: the built-in lexicon), cached."""
    return Patterns(lex or load_lexicon())


_TOKEN = re.compile(r"[a-z]+|\d+")
_YEAR_RULES = frozenset({"iso", "slash", "year", "decade", "season_year", "quarter"})
_SHORT_NUMBER_RULES = frozenset({"slash"})
_CLOCK_RULES = frozenset({"clock", "slash"})
_DECADE_RULES = frozenset({"decade"})


def _digit_rules(text: str, tok: re.Match[str]) -> frozenset[str]:
    word = tok.group(0)
    if len(word) == 4 and word[0] in "12":
        return _YEAR_RULES
    nxt = text[tok.end() : tok.end() + 1]
    if nxt == ":":
        return _CLOCK_RULES
    if nxt in ("s", "'") and word.endswith("0"):
        return _DECADE_RULES
    return _SHORT_NUMBER_RULES if nxt == "/" else frozenset()


#: how far before and after a trigger word a rule's match may reach
_BACK, _AHEAD = 70, 50


_SHORT_UNITS = ("second", "minute", "hour", "day")


def clock_only(text: str, lex: Lexicon | None = None) -> bool:
    """Whether ``text`` is a time of day alone ("about 10:30 p.m.", "noon", "10:22 AM"),
    naming no day: the day its value carries is only the anchor's (the publication
    date), not one the text tells ("7:30 a.m. Wednesday" names its day)."""
    rule = next(r for r in compile_patterns(lex).rules if r.name == "clock")
    m = rule.regex.fullmatch(text.strip())
    return m is not None and not m.group("kday")


def relative_is_signal(m: re.Match[str]) -> bool:
    """In "three days later" or "a few hours earlier" the relative word is a signal
    outside the expression, which is the duration; "a year earlier" is a date."""
    ago = (m.group("ago") or "").strip().lower()
    if ago not in ("later", "earlier"):
        return False
    return m.group("unit").lower().startswith(_SHORT_UNITS)


def _trim(rule: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of a match without the words TimeML leaves outside the expression.

    A determiner before an adjectival duration or quarter ("the five-year plan",
    "its third-quarter profit") and "over" before "the past/next N units" are
    not part of the expression.
    """
    start, end = m.span()
    if rule == "duration":
        if relative_is_signal(m):
            end = m.start("ago")
        num = m.start("num")
        if not m.group("adj") and m.group(0)[num - start :].split("-")[0] == m.group("num"):
            if "-" in m.group(0)[num - start :] and m.group("det"):
                return num, end
        if m.group("mod") and m.group("mod").lower().startswith("over") and m.group("det"):
            return m.start("det"), end
    elif rule == "quarter" and m.group("det") and not m.group("qy") and not m.group("yr1"):
        if m.group("ord") and "-" in m.group(0) and not m.group("adj"):
            return m.start("ord"), end
    return start, end


def _windows(hits: list[int], length: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for pos in hits:
        start, end = max(0, pos - _BACK), min(length, pos + _AHEAD)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def find_candidates(
    text: str,
    patterns: Patterns | None = None,
    *,
    accept: Callable[[Candidate, str], bool] | None = None,
) -> list[Candidate]:
    """All rule matches in ``text`` that ``accept`` keeps, then the longest
    non-overlapping ones (ties: the rule's priority, then the earlier), in text order.

    A rule runs only in windows around its trigger words (a month name for the
    date rules, a unit for durations ...), found by one pass over the tokens.
    """
    pats = patterns or compile_patterns()
    hits: dict[str, list[int]] = {}
    triggers = pats.triggers
    lower = text.lower()
    for tok in _TOKEN.finditer(lower):
        word = tok.group(0)
        rules = _digit_rules(lower, tok) if word[0].isdigit() else triggers.get(word)
        if rules:
            pos = tok.start()
            for name in rules:
                hits.setdefault(name, []).append(pos)
    found: list[Candidate] = []
    seen: set[tuple[str, int, int]] = set()
    length = len(text)
    for rule in pats.rules:
        positions = hits.get(rule.name)
        if not positions:
            continue
        for wstart, wend in _windows(positions, length):
            # widen to whitespace so no window starts or ends inside a word
            while wstart > 0 and not text[wstart - 1].isspace():
                wstart -= 1
            while wend < length and not text[wend].isspace():
                wend += 1
            for m in rule.regex.finditer(text, wstart, wend):
                if "t" in rule.regex.groupindex and m.group("t") is not None:
                    start, end = m.span("t")
                else:
                    start, end = _trim(rule.name, m)
                key = (rule.name, start, end)
                if end <= start or key in seen:
                    continue
                seen.add(key)
                cand = Candidate(rule.name, start, end, m, rule.priority)
                if accept is None or accept(cand, text):
                    found.append(cand)
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(length + 1)
    for cand in found:
        if any(occupied[cand.start : cand.end]):
            continue
        taken.append(cand)
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    taken.sort(key=lambda c: c.start)
    return taken
