"""Bare agents take their country from the article.

``officials``, ``the president``, ``security forces``, ``protesters``: the actors
component codes such a mention by its role alone (``GOV``, ``MIL``, ``CVL``), and a person
known only by name (``Okafor``) gets no code at all. A reader takes the country from the
article: the place the sentence is about, else the country the article is about. The
component ``geowire.actors.context.v1`` runs after the places component and gives each
such mention that country:

- a *cue* is a mention of a country-bearing actor (a state, an actor coded with a
  country) or of a place the gazetteer put in a country (a city, a region, the country);
- the country of a mention is the country of the cues in its own sentence when they all
  name one country (``Police in Lagos arrested ...``: NGA); else the article's *main
  country*: the country with the most cues, the lede counting double, when it holds at
  least ``main_share`` of them and, when other countries are cued too, is cued in the
  lede or in two sentences at least;
- a wire story's dateline ("NAIROBI, Kenya (AP) \u2014") gives the main country, the place
  of no party of its lede (no sentence cue); a story filed from a base it never names
  again is of the country of its lede's first party (by its name, or its own phrase:
  "Police in Myanmar"), unless the lede names the dateline's place again ("KYIV, Ukraine
  \u2014 Russian missiles struck the city": the story stays in Ukraine);
- a person's name that the places component also read as a town ("Fumo") is no cue
  when the person is named elsewhere by words no place covers;
- a role code becomes country + role (``GOV`` -> ``NGAGOV``); a person with no code gets
  the country alone (``MYS``); organisations of the international kind (``NGO``,
  ``IGO``, ``IMG``) are left as they are;
- a person is one person: the country most cued in the sentences that name them, else
  the main country; a group or a role (``officials``) is read mention by mention, and one
  actor whose mentions land in different countries is split, one actor per country;
  ids are renumbered in order of first mention.

Settings (``[settings."geowire.actors.context.v1"]``): ``sentence_cues`` (default true),
``main_share`` (default 0.3; 1.0 turns the main-country fallback off), ``persons``
(default true: persons without a code).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..config import Config, Setting
from ..dictionaries.speakers import noun_kind
from ..dictionaries.tabari import combine_codes
from ..document import Actor, Document, Place
from ..language import language
from ..nlp.syntax import prep_objects
from ..pipeline import component
from . import data
from .parse import ParseView, dateline, quote_regions
from .resolve import (
    ActorWords,
    acted_on_by,
    code_chunks,
    is_host,
    is_topic,
    owned_sides,
    prefixed,
)

__all__ = [
    "ActorCountries",
    "filed_in",
    "filed_place_again",
    "main_country",
    "other_story_country",
    "role_only",
    "NAME",
]

NAME = "geowire.actors.context.v1"

#: role codes that stay without a country: international by nature
_INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
_PLACE_FEATURES = frozenset({"country", "city", "admin", "region"})
#: sentences a country must be cued in to be the article's main one when the lede does
#: not name it (``main_country``)
_MAIN_SENTENCES = 2
#: role codes of armed opponents of a state: a force that acts on them tells no country
#: of theirs ("Israeli troops killed ten militants")
_ARMED_OPPONENTS = frozenset({"REB", "INS", "SEP"})
#: role codes of a state's armed forces: no country of the armed opponents they are named
#: with
_STATE_FORCES = frozenset({"MIL", "COP", "SPY", "PKO"})
#: role codes of those who strike a state as no force of one: armed opponents and unnamed
#: attackers ("gunmen", "suicide bombers"); where they strike is their country
_ATTACKERS = _ARMED_OPPONENTS | {"UAF"}
#: role codes of the bodies one who speaks for one is of ("a spokesman for Hamas", "for the
#: opposition party", "for the Kremlin", "for the army"): a country's parties that are
#: no part of its state, and the state's offices and forces
_SPOKEN_FOR_SECTORS = (
    _ARMED_OPPONENTS | _STATE_FORCES | {"OPP", "PTY", "UAF", "NGO", "GOV", "JUD", "LEG"}
)
#: role codes of a state's own opponents, armed or not: a body that acts on them ("police
#: detained Belarusian opposition figures") is mostly of their country
_HOME_OPPONENTS = _ARMED_OPPONENTS | {"OPP"}
#: the roles of a state's officials and bodies: a bare one in a foreign party's lede is
#: the one it acts on or with, the correspondent's base's (``_acts_at_home``); not JUD,
#: whose lawyers are anyone's ("arrested three reporters, their lawyer said")
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "COP", "SPY"})
#: the roles of a state's bodies that act on others (officials, forces, police, spies,
#: lawmakers, courts and prosecutors): a bare one is not of the country it acts on
_ACTING_BODIES = _STATE_ROLES | {"JUD"}
#: the parser's entity labels of a state's name or demonym ("U.S.", "Ethiopian")
_STATE_LABELS = frozenset({"GPE", "NORP"})
#: role codes of people who do not fight (civilians, refugees, workers, protesters): an
#: armed doer that strikes them tells no country of theirs ("Wagner mercenaries killed
#: civilians": the civilians of the place, not Russians)
_NON_COMBATANTS = frozenset({"CVL", "REF", "SET", "LAB", "EDU", "HLH", "AGR", "OPP", "MED"})
#: role codes of the people of a place (civilians, workers, students, protesters, health
#: and farm workers): a country their sentence names only as a topic of something else is
#: not theirs (refugees, settlers and reporters are often of another country than where
#: they are, so they are left out)
_HOME_PEOPLE = frozenset({"CVL", "LAB", "EDU", "HLH", "AGR", "OPP"})
#: the dependencies that keep a word inside the phrase of the noun it hangs from
_PHRASE_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "conj", "pobj", "prep", "case"}
)
#: role codes of those who bear arms (not police, who act at home): the doers whose
#: country a non-combatant they strike does not take
_ARMED_DOERS = frozenset({"MIL", "SPY", "PKO", "UAF", "REB", "INS", "SEP", "CRM"})
#: role codes of the armed members of a state, a body or a group, whose possessive pronoun
#: names whose they are ("its fighters", "their troops"); not lone assailants or criminals
#: ("their attackers", "their captors": named by whom they act on)
_OWNED_FORCES = frozenset({"MIL", "PKO", "REB", "INS", "SEP"})
#: sectors of a person that a country's name before their title gives the country's own
#: state, whatever the story ('Georgia President X', 'Georgia army chief Y')
_NATIONAL_SECTORS = frozenset({"GOV", "MIL"})
#: a bare definite description, one lower-case noun ("the country", "the nation")
_DESCRIPTION = re.compile(r"[Tt]he [a-z]+")
# a place named after a person's mention: " of Georgia", " of New Mexico"
_OF_NAME = re.compile(r" of (?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,2}")
# a possessive name and a title set off after a person's mention: ", Georgia's secretary
# of state", ", the Georgia governor"
_APPOSED_OFFICE = re.compile(
    r",? (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?:'s|\u2019s)?"
    r" [a-z][a-z.]*(?: [a-z][a-z.]*){0,3}"
)
#: the possessive ending of a name ("Georgia's governor")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s)$")


@dataclass(frozen=True, slots=True, order=True)
class Cue:
    start: int
    country: str


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(c.code for c in data.countries())


def role_only(code: str | None) -> bool:
    """Whether ``code`` is made of role codes only (``GOV``, ``MILGOV``), no country."""
    if not code or len(code) % 3:
        return False
    known = data.sectors()
    chunks = code_chunks(code)
    if chunks[0] in _INTERNATIONAL:
        return False
    return all(c in known for c in chunks) and chunks[0] not in _country_codes()


def cues_of(actors: Sequence[Actor], places: Sequence[Place]) -> list[Cue]:
    """Every country cue of a document, in text order, one per span."""
    seen: dict[tuple[int, int], str] = {}
    for a in actors:
        plain = a.kind == "state" or a.code == a.country or role_only((a.code or "")[3:])
        # a news organisation tells whose media it is, not where the story is ("told VOA");
        # a company whose name the tables know, whose business it is, not where the story
        # is ("Gazprom's gas to Europe"; its staff are its country's: ``_institution``)
        if a.country and plain and "MED" not in a.sectors and not _company(a):
            for s, e in a.mentions:
                seen.setdefault((s, e), a.country)
    # a mention of two parties of two countries ("the two sides", "both countries",
    # coreference's pairs) cues neither: it says no place the sentence is about
    countries: dict[tuple[int, int], set[str]] = {}
    for a in actors:
        for m in a.mentions:
            if a.country and m in seen:
                countries.setdefault(m, set()).add(a.country)
    shared = {m for m, cs in countries.items() if len(cs) > 1}
    # a person's name the places component also read as a town ("Fumo" the surname of
    # "Vincent J. Fumo", a town in Italy): no place, when the person is named elsewhere by
    # words no place covers (an actor all of whose mentions are places may be a place the
    # NER took for a person: "Kharkiv")
    spans = {p.span for p in places}
    named = [
        m
        for a in actors
        if a.kind == "person" and any(m not in spans for m in a.mentions)
        for m in a.mentions
    ]
    for p in places:
        if p.country and p.feature in _PLACE_FEATURES:
            if any(s <= p.span[0] < e for s, e in seen):
                continue
            if any(s <= p.span[0] and p.span[1] <= e for s, e in named):
                continue
            seen.setdefault(p.span, p.country)
    return sorted(Cue(s, c) for (s, e), c in seen.items() if (s, e) not in shared)


def _institution(a: Actor) -> bool:
    """A news organisation, a think tank, a university or a company the tables name: its
    country is its staff's ("an analyst at Control Risks"), not that of a role in its
    sentence ("an analyst at Chatham House criticized the police")."""
    return "MED" in a.sectors or "EDU" in a.sectors or _company(a)


def _home_division_name(a: Actor, main: str, text: str = "") -> bool:
    """Whether an organisation or person coded with another country than the story's
    ``main`` got that country from a country's name that is also the name of a state or
    province of ``main`` (the places gazetteer's first-level divisions), inside the
    organisation's longer name or before the person's title in a mention of theirs:
    'Georgia Southern University', 'Georgia businessman X' in an American story are the
    US state's (not a person of a state's government or forces: 'Georgia President X')."""
    if a.kind not in ("organization", "person") or not a.country or a.country == main:
        return False
    if not a.code or not a.code.startswith(a.country):
        return False
    # a person of a state's government or forces only with the title of a state's or a
    # city's office after the name ("Georgia Gov. X", "Georgia state Sen. X")
    local = a.kind == "person" and bool(_NATIONAL_SECTORS.intersection(a.sectors))
    if local and "GOV" not in a.sectors:
        return False
    names = [a.name] if a.kind == "organization" else []
    names += [text[s:e] for s, e in a.mentions if text]
    if local:
        # the state after the title's holder: "Gov. Nathan Deal of Georgia"
        # and the state's title apposed after the name: "X, Georgia's secretary of state"
        for after in (_OF_NAME, _APPOSED_OFFICE):
            names += [text[s:e] + m.group() for s, e in a.mentions if (m := after.match(text, e))]
    return any(_home_division_in(name, a.country, main, local=local) for name in names)


def _home_division_in(name: str, country: str, main: str, *, local: bool = False) -> bool:
    """Whether ``name`` holds, with more words, the name of ``country`` that is also the
    name of a first-level division of ``main``; with ``local``, followed by the title of
    a state's or a city's office (``data/actors/local_offices.tsv``)."""
    from ..places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    words = name.split()
    if len(words) < 2:
        return False
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            # "Georgia's governor": the name without its possessive ending
            part = _POSSESSIVE.sub("", " ".join(words[k : k + n]))
            if n == len(words) or not part[:1].isupper():
                continue
            if local and not (
                _local_office(" ".join(words[k + n :]).lower())
                or (
                    k > 1
                    and words[k - 1] == "of"
                    and any(_local_office(" ".join(words[i : k - 1]).lower()) for i in range(k - 1))
                )
            ):
                continue
            entries = gaz.lookup(part)
            if any(e.feature == "country" and e.country == country for e in entries) and any(
                e.feature == "admin" and e.country == main and e.name == part for e in entries
            ):
                return True
    return False


def _local_office(rest: str) -> bool:
    """Whether ``rest`` (lower-case) opens with the title of a state's or a city's office."""
    return any(rest == t or rest.startswith(t + " ") for t in data.local_offices())


def _home_division(a: Actor, main: str) -> Actor:
    """The organisation recoded to the story's country ``main`` (its sectors kept)."""
    code = main + (a.code or "")[len(a.country or "") :]
    return dataclasses.replace(a, code=code, country=main)


def _company(a: Actor) -> bool:
    """A company the tables name (kind organisation, sector BUS)."""
    return a.kind == "organization" and "BUS" in a.sectors


def main_country(
    cues: Sequence[Cue],
    lede_end: int,
    share: float = 0.3,
    starts: Sequence[int] = (),
    described: frozenset[int] = frozenset(),
) -> str | None:
    """The country the article is about: the most cues (the lede counts double), when it
    holds at least ``share`` of them. Given the sentences' ``starts``, a country that
    other countries' cues contest must also be cued in the lede or in at least
    ``_MAIN_SENTENCES`` sentences: one passing sentence deep in a story ("the French
    version of the show" in an article on American television that names China once
    too) tells what it touches on, not what it is about, and would give its country to
    every person the story names. (A country no other is named with keeps a sentence of
    its own: "The Dutch chemical group said ..." in a company's earnings report.) A
    sentence that also names a state by a description (``described``, the sentence
    numbers of ``starts``: "protested in Nairobi and Mombasa, the country's two largest
    cities") counts twice: the story speaks of that country as the one it is about."""
    votes: Counter[str] = Counter()
    for cue in cues:
        votes[cue.country] += 2 if cue.start < lede_end else 1
    best = _winner(votes)
    if not best or votes[best] < share * sum(votes.values()):
        return None
    if starts and votes[best] < sum(votes.values()):
        told = {
            bisect.bisect_right(starts, c.start) for c in cues if c.country == best
        }
        if len(told) + len(told & described) < _MAIN_SENTENCES and not any(
            c.start < lede_end for c in cues if c.country == best
        ):
            return None
    return best


@functools.cache
def _state_description() -> re.Pattern[str]:
    """'the country', 'the nation's': a definite state noun of ``descriptions.tsv``."""
    nouns = sorted(n for n, refers in data.descriptions().items() if refers == "state")
    alternation = "|".join(map(re.escape, nouns))
    return re.compile(rf"\b[Tt]he (?:{alternation})\b")


def _described(text: str, starts: Sequence[int]) -> frozenset[int]:
    """The sentence numbers (as ``main_country`` counts them, from 1) of the sentences
    that name a state by a definite description ('the country's two largest cities')."""
    return frozenset(
        bisect.bisect_right(starts, m.start()) for m in _state_description().finditer(text)
    )


def _winner(votes: Counter[str]) -> str | None:
    """The country with the most votes, or None when there is none or a tie."""
    ranked = votes.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _acts_at_home(
    doc: Document,
    country: str,
    first: int,
    filed: tuple[int, int],
    lede_end: int,
) -> bool:
    """Whether the lede's first party (named at ``first``, of ``country``) acts at home in
    a story filed from a country it never names again: a place of its country below the
    country level is named outside the dateline ("attacked a hotel in Mogadishu",
    "clashed with police in Conakry"), or the rest of its lede names no state's official
    or body but by its country ("Myanmar's junta leaders extended the state of
    emergency"). An official named bare in a foreign party's lede ("BANGKOK — China's
    foreign minister urged the government ...", "Iran's foreign minister met the
    president", "U.S. officials praised the police mission") is the one it acts on or
    with: the correspondent's base's, whose officials the story goes on with. Only an
    official of the first party's own verb counts, not one who tells of its act
    ("NAIROBI — Ethiopia's army killed 50 rebels, officials said") nor one its act is
    told of ("BEIRUT — The Syrian Observatory said government forces killed 12
    civilians")."""
    named = frozenset(m for a in doc.actors for m in a.mentions)
    if any(
        p.country == country
        and p.feature != "country"
        and p.span not in named
        and not filed[0] <= p.span[0] < filed[1]
        for p in doc.places
    ):
        return True
    view = ParseView.of(doc.text, doc.parse)
    own_verb = _verb_of(doc.parse, first)
    # the states the parser names (a country, a demonym): "Ethiopian officials" is named
    states = [e for e in view.entities if e.label in _STATE_LABELS]
    # a noun's start: a pronoun ("said it had retaken") is a party named before
    nouns = frozenset(
        s for s, pos in zip(view.starts, view.pos, strict=True) if pos in ("NOUN", "PROPN")
    )
    return not any(
        filed[1] <= m[0] < lede_end
        and m[0] != first
        and _state_role(a)
        and (own_verb is None or _verb_of(doc.parse, m[0]) == own_verb)
        and any(m[0] <= s < m[1] for s in nouns)
        and not any(m[0] <= e.start < m[1] for e in states)
        for a in doc.actors
        for m in a.mentions
    )


#: what may stand between a title and the name apposed to it: the title's own complement
#: ("to Australia", "for East Asia", "in Kenya") and the comma ("the Chinese ambassador to
#: Australia, Fu Ying")
_APPOSED_TITLE = re.compile(
    r"(?: (?:to|for|in|at|of) (?:the )?[A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,3})?, "
)
#: how far before a name its apposed title may end, in characters
_APPOSED_GAP = 60


def _armed_opponent(a: Actor) -> bool:
    """Whether a bare role is an armed opponent of a state: its role code is one
    (``_ARMED_OPPONENTS``), also behind a religion or ideology code ("Islamist militants":
    RADREB, "Islamic militants"), so that a force named with it in its sentence ("French and
    Malian troops retook the town from Islamist militants") gives it no country, as it gives
    "militants" none; not a state's own force that rebels ("rebel soldiers": REB first)."""
    roles = code_chunks(a.code)
    return bool(roles) and (
        roles[0] in _ARMED_OPPONENTS
        or (
            bool(_ARMED_OPPONENTS.intersection(roles))
            and not _STATE_FORCES.intersection(roles)
        )
    )


def _titled_role(a: Actor) -> bool:
    """Whether ``a`` is one state's title that stands for a person ("the Chinese
    ambassador", "Kenya's foreign minister"): a person of a country whose code past the
    country is roles only and whose name ends in a common noun, not a name."""
    code = a.code or ""
    return (
        a.kind == "person"
        and bool(a.country)
        and code.startswith(a.country or "-")
        and role_only(code[3:])
        and bool(a.name.split())
        and a.name.split()[-1].islower()
    )


def _state_role(a: Actor) -> bool:
    """Whether ``a`` is a state's official or body: its code, past its country, is a
    state role ("GOV", "USACOPGOV")."""
    code = a.code or ""
    if a.country and code.startswith(a.country):
        code = code[len(a.country) :]
    return role_only(code) and code[:3] in _STATE_ROLES


@component(
    NAME,
    reads=("text", "parse", "sentences", "actors", "places"),
    writes=("actors",),
    settings=(
        Setting("sentence_cues", bool, True),
        Setting("main_share", float, 0.3),
        Setting("persons", bool, True),
    ),
)
class ActorCountries:
    """Give bare agents and uncoded persons the country the article tells."""

    def __init__(self, config: Config | None = None) -> None:
        settings: Mapping[str, Any] = (config or Config()).settings_for(NAME)
        self.sentence_cues = settings["sentence_cues"]
        self.persons = settings["persons"]
        self.main_share = settings["main_share"]
        #: prepositions after a person that name their institution ('a professor at X')
        lang = language((config or Config()).lang)
        self.affiliation_prepositions = lang.words("affiliation_prepositions")
        #: heads whose for-phrase names whom they speak for ('a spokesman for Hamas')
        self.represent_heads = lang.words("represent_heads")
        #: verbs of a relative clause that make a person one of the body they name ('who
        #: teaches at X', 'who heads X')
        self.member_verbs = lang.words("member_verbs")
        #: prepositions of a member verb's own phrase that name the body; adverbs of an
        #: ended membership ('who formerly worked at X')
        self.member_prepositions = lang.words("member_prepositions")
        self.member_lapse_words = lang.words("member_lapse_words")
        self.words = lang.view(ActorWords)

    def __call__(self, doc: Document) -> Document:
        doc = self._countries(doc)
        if not doc.actors or doc.parse is None:
            return doc
        # armed men named by their owners take the owners' final codes ("the forces of
        # rebel leader X": REB until the article gave X its country)
        view = ParseView.of(doc.text, doc.parse)
        actors = owned_sides(view, doc.actors, self.words)
        return doc if actors is doc.actors else doc.replace(actors=actors)

    def _countries(self, doc: Document) -> Document:
        if not doc.actors:
            return doc
        if any(role_only(a.code) and a.country for a in doc.actors):
            # a role whose holder's state is known already ("the former president, Ada
            # Obi": a holder out of office): that state's role, whatever the context
            doc = doc.replace(actors=tuple(_own_state(a) for a in doc.actors))
        doc = _local_names(doc)
        doc = _local_governments(doc, self.words)
        cues = cues_of(doc.actors, doc.places)
        if not cues:
            return doc
        sents = doc.sentences or ((0, len(doc.text)),)
        starts = [s for s, _e in sents]
        main, about = story_countries(doc, cues, self.main_share)
        filed = dateline(doc.text, sents)
        if filed is not None and filed_in(doc, filed) is not None:
            # the dateline's place tells where the story was filed, the story's country
            # (``main``), not the country of the parties its lede names ("BANGKOK (AP)
            # \u2014 Police in Myanmar arrested protesters"); a dateline whose place gives
            # no country ("PORT-AU-PRINCE, Haiti" misread) keeps its cues, the only ones.
            # A country named as where a party came from ("Refugees from Myanmar were
            # detained by police") is that party's own: no cue for the others of its
            # sentence, who stay the story's (Thai police)
            ends = {s: e for a in doc.actors for s, e in a.mentions}
            cues = [
                c
                for c in cues
                if not filed[0] <= c.start < filed[1]
                and not _origin_cue(doc, c.start, ends.get(c.start, c.start + 1), self.words)
            ]
        if main:
            # 'Georgia Southern University' in an American story is the state's
            recoded = tuple(
                _home_division(a, main) if _home_division_name(a, main, doc.text) else a
                for a in doc.actors
            )
            if recoded != doc.actors:
                doc = doc.replace(actors=recoded)
                cues = cues_of(doc.actors, doc.places)
        cue_starts = [c.start for c in cues]
        cue_set = frozenset(cue_starts)
        # the spans each cue may be: the mentions and places starting there
        cue_spans: dict[int, set[tuple[int, int]]] = {}
        for m in [p.span for p in doc.places] + [m for a in doc.actors for m in a.mentions]:
            if m[0] in cue_set:
                cue_spans.setdefault(m[0], set()).add(m)
        # things a country's name or demonym marks ("Chinese imports"): of no sector,
        # neither a state nor a person
        things = frozenset(
            m
            for a in doc.actors
            if a.country and a.code == a.country and a.kind not in ("state", "person")
            for m in a.mentions
        )
        # where each party with a country is named: a leader of a force ("Saudi-led",
        # "Hamas-led")
        leaders = {c.start: c.country for c in cues}
        leaders.update({s: a.country for a in doc.actors if a.country for s, _e in a.mentions})

        quoted = quote_regions(doc.text)
        # institutions: their country is their staff's ("a reporter for the Straits Times",
        # news media are no cue), never a role's in their sentence
        staff = [
            (s, a.country)
            for a in doc.actors
            if a.country and _institution(a)
            for s, _e in a.mentions
        ]
        institutions = frozenset(s for s, _c in staff)
        # the cues inside the names of a state's forces: no cue for the armed opponents of
        # their sentence ("Somali troops, with U.S. forces, attacked militants")
        force_spans = [
            m for a in doc.actors if a.country and _STATE_FORCES.intersection(a.sectors)
            for m in a.mentions
        ]
        force_cues = frozenset(
            c for c in cue_starts if any(lo <= c < hi for lo, hi in force_spans)
        )
        # countries a person works on or is sent to ("an expert on Iran"): no person's own
        topics = _topics(doc, self.words)
        # places that name a thing ("the Benghazi attack", "the Paris accord"), and where a
        # trip set out from ("arrived on a flight from Moscow"): nor these
        unplaced = topics | _naming_things(doc) | _departures(doc.text, cues, self.words)
        # where talks are held ("representatives have been meeting in Ethiopia"): a venue,
        # often neutral ground, no country of those who meet there
        venues = _venues(doc.text, cues, self.words)
        unplaced |= venues
        # a definite description the coreference took for the last state named ("the
        # country's foremost specialists" after "the rise of China") is only a guess: no
        # country of a person's own when it is not the article's
        ends = {s: e for a in doc.actors for s, e in a.mentions}
        guessed = frozenset(
            c.start
            for c in cues
            if main
            and c.country != main
            and _DESCRIPTION.fullmatch(doc.text, c.start, ends.get(c.start, c.start))
        )
        # an object pronoun repeats the country its antecedent cued, of the one acted on
        # ("called China reckless, accusing it of ..."): no second vote for the person
        # whose sentence it is
        repeated = frozenset(
            span.start_char
            for a in doc.actors
            for span in _spans(doc.parse, a.mentions)
            if span.text.lower() in self.words.thing_pronouns and span.root.dep_ == "dobj"
        )
        # countries that host a mission named before them ("the embassy in Kenya"), and
        # those that back a group or that a group is for or against ("Iran-backed
        # militias", "rebels armed by Iran", "pro-Russian separatists")
        # (a host is no cue for the mission itself or its staff, whose phrase names it,
        # but is one for the others of its sentence: "protesters outside the embassy in
        # Baghdad" are Iraqis); and the state a mission abroad serves ("the U.S.
        # Embassy"), no cue for those around it, outside their own description
        hosted = frozenset(c.start for c in cues if is_host(doc.text, c.start, self.words))
        sponsors = _sponsors(doc, cues, self.words)
        # whether the text has a region's adjective at all ("European", "Asian")
        regions_named = not _region_last_words().isdisjoint(re.findall(r"[a-z]+", doc.text.lower()))
        missions = _mission_owners(doc.parse, cues, self.words)

        def abroad(own: Sequence[tuple[int, int]]) -> frozenset[int]:
            """The hosts and missions' states that are no cue for the mentions own: all
            but those inside their own phrases."""
            if not hosted and not missions:
                return frozenset()
            # their own description: "officials at the embassy in Kenya", "the U.S.
            # ambassador in Peru" (not "protesters outside the embassy in Baghdad")
            phrases = [
                *own,
                *_dependents(doc.parse, own, self.affiliation_prepositions, before=False),
                *(
                    _phrase(span.root)
                    for span in _spans(doc.parse, own)
                    if span.root.lower_ in self.words.host_roles
                ),
            ]
            inside = frozenset(s for s in hosted if any(lo <= s < hi for lo, hi in phrases))
            return inside | frozenset(
                s for s in missions if not any(lo <= s < hi for lo, hi in phrases)
            )

        def countries_in(
            lo: int,
            hi: int,
            own: Sequence[tuple[int, int]] = (),
            skip: frozenset[int] = frozenset(),
        ) -> list[str]:
            """The countries of the cues in [lo, hi), but those inside the mentions own
            and those starting at ``skip``."""
            i, j = bisect.bisect_left(cue_starts, lo), bisect.bisect_left(cue_starts, hi)
            return [
                c.country
                for c in cues[i:j]
                if c.start not in skip and not any(s <= c.start < e for s, e in own)
            ]

        # the clauses each actor's mentions report, worked out once per actor (country_at
        # asks again for every mention of the actor)
        reported: dict[
            tuple[tuple[tuple[int, int], ...], bool, bool], list[tuple[int, int]]
        ] = {}
        # what each actor's relative clauses tell they did ("who served in Iraq"), once per
        # actor too (told_in and person_country both leave it out)
        experienced: dict[tuple[tuple[int, int], ...], list[tuple[int, int]]] = {}

        def experience_of(own: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
            key = tuple(own)
            if key not in experienced:
                experienced[key] = _experience(doc.parse, own, self.words.origin_verbs)
            return experienced[key]

        def told_in(
            lo: int,
            hi: int,
            own: Sequence[tuple[int, int]],
            skip: frozenset[int] = frozenset(),
            *,
            patients: bool = False,
            armed: bool = False,
        ) -> list[str]:
            """The countries cued in [lo, hi) outside what the mentions own say: words in
            quotation marks and the clause their verb reports ('Police said the gunmen
            came from Chad' does not place the police in Chad); with ``patients``, also
            outside whom their verb acts on ('officials criticized India'). For an armed
            opponent (``armed``), an infinitive it is bidden to do keeps its cues ('urged
            the rebels to negotiate with the Syrian government': that state's rebels)."""
            key = (tuple(own), patients, armed)
            clauses = reported.get(key)
            if clauses is None:
                preps = (
                    self.words.patient_prepositions
                    | self.words.goal_prepositions
                    | self.words.beneficiary_prepositions
                    if patients
                    else None
                )
                clauses = reported[key] = [
                    *_reported(
                        doc.parse,
                        own,
                        preps,
                        controlled=not armed,
                        beneficiary=self.words.beneficiary_prepositions,
                        allegiance_verbs=self.words.allegiance_verbs,
                    ),
                    *experience_of(own),
                ]
            said = (*own, *quoted, *clauses)
            return countries_in(lo, hi, said, skip)

        def sentence_of(offset: int) -> tuple[int, int]:
            return sents[max(0, bisect.bisect_right(starts, offset) - 1)]

        def scene_country(mention: tuple[int, int]) -> str | None:
            """The one country where an armed opponent or unnamed attackers named at
            ``mention`` strike (:func:`_scene`: "the terrorist attacks in Brussels",
            "militants attacked a U.S. consulate in Peshawar, Pakistan"): theirs, not the
            country of the one they strike or of who reports it; else None."""
            scene, struck = _scene(doc.parse, mention, self.words)
            named = {c for lo, hi in scene for c in countries_in(lo, hi, skip=unplaced)}
            for (lo, hi), owned, places in struck:
                # what they strike is a state's abroad (its own words name another country
                # than its place's, or a mission's host): the place's
                owners = set(countries_in(lo, hi)) | owned
                for plo, phi in places:
                    where = set(countries_in(plo, phi, skip=unplaced))
                    if owners - where or any(plo <= h < phi for h in hosted):
                        named |= where
            return named.pop() if len(named) == 1 else None

        def country_at(
            offset: int,
            own: tuple[tuple[int, int], ...],
            main: str | None = main,
            armed: bool = False,
            sectors: tuple[str, ...] = (),
            victim: bool = False,
        ) -> str | None:
            # its own modifier first: "the Trump administration", "the Erdogan government"
            mention = next(((s, e) for s, e in own if s == offset), None)
            if mention is not None:
                for lo, hi in _dependents(
                    doc.parse, (mention,), self.affiliation_prepositions, before=True
                ):
                    named = set(countries_in(lo, hi))
                    if len(named) == 1:
                        return next(iter(named))
                # its leader: "Saudi-led forces", "the U.S.-led coalition's troops"
                led = _leader_before(doc.text, mention, leaders, self.words)
                if led is not None:
                    return led
                # where they live or work from: "militants based in Afghanistan"
                for lo, hi in _residence(
                    doc.parse, mention, self.words.residence_modifiers, self.words.role_prepositions
                ):
                    named = set(countries_in(lo, hi, skip=unplaced))
                    if len(named) == 1:
                        return next(iter(named))
                if armed or _ATTACKERS.intersection(sectors):
                    struck_in = scene_country(mention)
                    if struck_in is not None:
                        return struck_in
                if sectors and set(sectors) <= _HOME_PEOPLE | _ATTACKERS:
                    # the people or attackers of a clause about a place ("Darfur, where
                    # militias have killed civilians"): that place's
                    for lo, hi in _place_of_clause(doc.parse, mention, self.words):
                        named = set(countries_in(lo, hi, skip=unplaced))
                        if len(named) == 1:
                            return next(iter(named))
            if self.sentence_cues:
                # a role's country is not that of the one it acts on: a person's is
                # weighed over all the sentences naming them, a role's is its sentence's
                skip = abroad(own) | sponsors | institutions | venues
                if armed:
                    # an armed opponent is of no state force's country its sentence names
                    # by that force's name ("Somali troops, in coordination with U.S.
                    # forces, attacked the militants")
                    skip |= force_cues
                here = set(told_in(*sentence_of(offset), own, skip, patients=True, armed=armed))
                # an armed opponent acted on by a force is not of the force's country, nor
                # are non-combatants an armed doer strikes ("Wagner mercenaries killed
                # civilians", "were killed in a U.S. drone strike")
                forces = (
                    set(acting_on(mention))
                    if armed
                    else set(acting_on(mention, armed_only=True))
                    if victim
                    else set()
                )
                here -= forces
                if (
                    len(here) == 1
                    and main is not None
                    and main not in here
                    and mention is not None
                    and sectors
                    and set(sectors) <= _HOME_PEOPLE
                ):
                    # a people's role is not of a country its sentence names only as what
                    # something else is about or acts on ("voters hit by Chinese imports",
                    # "the assault on Paris prompted voters to ..."): the article's
                    lo, hi = sentence_of(offset)
                    topical = _topic_cues(
                        doc.parse,
                        mention,
                        [
                            m
                            for c in cue_starts[
                                bisect.bisect_left(cue_starts, lo) : bisect.bisect_left(
                                    cue_starts, hi
                                )
                            ]
                            for m in cue_spans.get(c, ())
                        ],
                        self.words,
                        things,
                    )
                    if topical:
                        here = (
                            set(told_in(lo, hi, own, skip | topical, patients=True, armed=armed))
                            - forces
                        )
                        if not here:
                            return main
                if len(here) == 1:
                    return next(iter(here))
                # a bare body or role in a sentence that tells no country goes on with the
                # report of the sentence before when its subject is a body of the same
                # sector ("The office of France's president said ... . Solidarity matters,
                # according to a statement released by the government")
                if (
                    not here
                    and mention is not None
                    and not _dependents(
                        doc.parse, (mention,), self.affiliation_prepositions, before=False
                    )
                    and not _dependents(
                        doc.parse, (mention,), self.affiliation_prepositions, before=True
                    )
                ):
                    before = _subject_country_before(offset, sectors)
                    if before is not None:
                        return before
            # with no other cue, the article's country: a state's own militants are more
            # often told so than another's ("Nigerian troops killed ten militants")
            if (
                self.sentence_cues
                and main is not None
                and mention is not None
                and not armed
                and _ACTING_BODIES.intersection(sectors)
                and not _passive_subject(doc.parse, mention)
            ):
                # (a state's body that acts, not an armed opponent, whose state is what it
                # fights, nor protesters or the opposition, who mostly act on their own
                # state: "Anti-Putin protesters criticized the Kremlin"; nor one a passive
                # tells acted on: "officials were detained by Turkish police")
                return not_acted_on(offset, own, main)
            return main

        def not_acted_on(
            offset: int, own: tuple[tuple[int, int], ...], main: str
        ) -> str | None:
            """``main``, unless it is cued in its sentence only in the phrase of a party
            the mention acts on (its object, a target preposition's object): a bare agent
            is not of the country it acts on ("The foreign ministry summoned the Russian
            ambassador", "Police arrested two Chinese nationals"), so it takes the nearest
            cue before its sentence instead, which may be that country again ("China
            tightened controls in Xinjiang. Authorities detained Chinese Muslims"), else
            none (never a guess)."""
            lo, hi = sentence_of(offset)
            skip = abroad(own) | sponsors | institutions
            own_verb = _verb_of(doc.parse, offset)
            # only parties count, not a place the act is at ("shelled a camp in Sudan"),
            # and not a state's own opponents, what its bodies mostly act on ("courts
            # jailed Belarusian opposition figures")
            skip |= frozenset(
                c
                for c in cue_starts[bisect.bisect_left(cue_starts, lo) : bisect.bisect_left(
                    cue_starts, hi
                )]
                if not any(s == c for a in doc.actors for s, _e in a.mentions)
                or any(
                    s <= c < e
                    for a in doc.actors
                    if _HOME_OPPONENTS.intersection(a.sectors)
                    or (a.kind == "person" and all(w[:1].isupper() for w in a.name.split()))
                    or "PTY" in a.sectors
                    for s, e in a.mentions
                )
                or _verb_of(doc.parse, c) != own_verb
            )
            acted = set(told_in(lo, hi, own, skip)) - set(
                told_in(lo, hi, own, skip, patients=True)
            )
            if main not in acted:
                return main
            i = bisect.bisect_left(cue_starts, lo)
            blocked = skip | unplaced
            for c in reversed(cues[:i]):
                if c.start not in blocked and not any(
                    q0 <= c.start < q1 for q0, q1 in quoted
                ):
                    return c.country
            return None

        def acting_on(mention: tuple[int, int] | None, armed_only: bool = False) -> list[str]:
            """The countries cued in the phrase of whoever acts on the mention: the
            subject of the verb it is the object of, or the agent of its passive; with
            ``armed_only``, only of a doer that bears arms (an actor of an armed role in
            the doer's phrase: "Israeli troops shot two protesters"), and the modifiers of
            the act of force a passive happened in ("was killed in a U.S. drone strike")."""
            if mention is None:
                return []
            out: list[str] = []
            for span in _spans(doc.parse, (mention,)):
                tok = span.root
                while tok.dep_ == "conj" and tok.head.i != tok.i:
                    tok = tok.head
                struck: list[Any] = []  # the acts of force a passive happened in
                if tok.dep_ == "dobj":
                    doers = _doers_of(tok.head)
                elif tok.dep_ == "nsubjpass":
                    doers = [g for c in tok.head.children if c.dep_ == "agent" for g in c.children]
                    if armed_only:
                        struck = [
                            g
                            for c in tok.head.children
                            if c.dep_ == "prep" and c.lower_ == "in"
                            for g in c.children
                            if g.dep_ == "pobj" and g.lower_ in self.words.act_nouns
                        ]
                else:
                    doers = []
                for d in doers:
                    lo, hi = _phrase(d)
                    if armed_only and not any(
                        _ARMED_DOERS.intersection(a.sectors)
                        and any(lo <= s < hi for s, _e in a.mentions)
                        for a in doc.actors
                    ):
                        continue
                    out.extend(countries_in(lo, hi))
                for d in struck:
                    # "were killed in a U.S. drone strike": its modifiers name the doer
                    out.extend(countries_in(d.left_edge.idx, d.idx))
            return out

        # where each party with a country is named, states apart from the others
        state_ends: dict[int, str] = {}
        owner_ends: dict[int, str] = {}
        # where each role of one state that stands for a person is named ("the new
        # Chinese ambassador to Australia", "Kenya's foreign minister"): the title a name
        # set off by a comma after it is apposed to
        title_ends: dict[int, str] = {}
        for a in doc.actors:
            if a.country:
                for _s, e in a.mentions:
                    (state_ends if a.kind == "state" else owner_ends)[e] = a.country
                if _titled_role(a):
                    title_ends.update((e, a.country) for _s, e in a.mentions)

        views: list[ParseView | None] = []
        pronouns = (
            self.words.person_pronouns | self.words.group_pronouns | self.words.thing_pronouns
        )

        def parse_view() -> ParseView | None:
            # the parse as arrays, made once and only when a person needs it
            if not views:
                v = ParseView.of(doc.text, doc.parse) if doc.parse is not None else None
                views.append(v if v is not None and v.has_parse and v.has_deps else None)
            return views[0]

        def person_country(
            own: tuple[tuple[int, int], ...],
            main: str | None = main,
            sectors: tuple[str, ...] = (),
        ) -> str | None:
            # a state named right before the person's title: "U.S. Ambassador Ana Ruiz",
            # "Kenya's Trade Minister X"
            # then a person or body named there, whose staff the person is: "Erdogan
            # spokesman Ibrahim Kalin", "Obama adviser Ben Rhodes", "Hamas leader X"
            # (a title or a name, not a pronoun: in "told VOA she lobbied" the word before
            # "she" ends the object of the verb before, no owner of hers)
            titled = [(s, e) for s, e in own if doc.text[s:e].lower() not in pronouns]
            for ends in (state_ends, owner_ends):
                named = {
                    ends[s - len(gap)]
                    for s, _e in titled
                    for gap in (" ", "'s ", "’s ")
                    if doc.text[max(0, s - len(gap)) : s] == gap and s - len(gap) in ends
                }
                if len(named) == 1:
                    return next(iter(named))
            # the title their name is apposed to: "The new Chinese ambassador to
            # Australia, Fu Ying, ...", "Kenya's foreign minister, Ana Obi, said": the
            # title's state, not the states its sentence names
            apposed = {
                c
                for s, _e in own
                for e, c in title_ends.items()
                if s - _APPOSED_GAP < e < s and _APPOSED_TITLE.fullmatch(doc.text, e, s)
            }
            if len(apposed) == 1:
                return next(iter(apposed))
            if _ATTACKERS.intersection(sectors) and role_only("".join(sectors)):
                # one attacker named by a role ("the terrorist attacks in Paris", "a
                # suicide bomber struck a U.S. base in Syria"): where they strike
                struck_in = {scene_country(m) for m in own} - {None}
                if len(struck_in) == 1:
                    return struck_in.pop()
            # the person's own description first: "Lena Moser, a professor at the
            # University of Melbourne in Australia", "Paul Reyes of Chatham House"
            described: Counter[str] = Counter()
            subjects: set[str] = set()  # what it says they work on: "an expert on Iran"
            # what they did is not who they are: "who served three tours in Iraq"
            done = experience_of(own)
            own_description = _dependents(
                doc.parse, own, self.affiliation_prepositions, before=False
            ) + _as_roles(doc.parse, own)
            for lo, hi in own_description:
                described.update(countries_in(lo, hi, done, skip=unplaced | guessed))
                described.update(
                    c
                    for s, c in staff
                    if lo <= s < hi and s not in cue_set and not any(a <= s < b for a, b in done)
                )
                subjects.update(c.country for c in cues if lo <= c.start < hi and c.start in topics)
            votes: Counter[str] = Counter()
            skip = unplaced | repeated | abroad(own) | guessed
            # whom they meet or face ("met with Kenya's minister", "clashed with Iranian
            # guards"): the other side, no country of theirs
            for lo, hi in _partners(doc.parse, own, self.words.patient_prepositions):
                skip |= frozenset(s for s in cue_starts if lo <= s < hi)
            # whom they act on ("President Ruiz criticized Chile", "vowed to block Syrian
            # refugees"): no country of theirs while the article has a main country of its
            # own; a sentence with no other cue keeps it
            acting: Counter[str] = Counter()
            view = parse_view()
            # also through their own act ("Ruiz's plan to isolate Chile") or a verb with no
            # subject of its own ("Ruiz vowed to block Peruvian imports")
            officials = [view.token_at(e - 1) for _s, e in own] if view is not None else []
            cued = False
            for sent in {sentence_of(s) for s, _e in own}:
                told = told_in(*sent, own, skip)
                cued = cued or bool(told)
                votes.update(told)
                objects = frozenset(
                    c
                    for c in cue_starts[
                        bisect.bisect_left(cue_starts, sent[0]) : bisect.bisect_left(
                            cue_starts, sent[1]
                        )
                    ]
                    if view is not None
                    and acted_on_by(view, view.token_at(c), officials, self.words)
                )
                acting.update(told_in(*sent, own, skip | objects, patients=True))
            if main is not None and main not in subjects and not acting:
                # every country told of them is one they act on: none is theirs
                votes = Counter()
            if not cued and not own_description:
                # no sentence naming them tells a country, nor a description of their
                # own ("X, president of the farmers' union"): an office-holder goes on with
                # the report of the sentence before when its subject is a body of the
                # same kind of office ("New Zealand officials reported eleven cases.
                # Three were confirmed, Health Minister X said": New Zealand's minister,
                # whatever the article's country)
                before = _subject_country_before(min(s for s, _e in own), sectors)
                if before is not None:
                    return before
            if not described:
                # a nationality the description gives in words no actor codes: "Marta
                # Kowalski, a Polish economist", "Ana Ruiz, a Cuban-American novelist"
                described.update(_apposed_demonyms(doc.parse, own))
            return _winner(described) or _winner(votes) or (None if main in subjects else main)

        def _subject_country_before(offset: int, sectors: tuple[str, ...]) -> str | None:
            """The country of the subject of the sentence before ``offset``'s when that
            subject is a body or an office of one country sharing a sector with
            ``sectors`` ("New Zealand officials", "India's health ministry": GOV)."""
            i = bisect.bisect_right(starts, offset) - 1
            if not sectors or i < 1 or doc.parse is None or not hasattr(doc.parse, "char_span"):
                return None
            span = doc.parse.char_span(*sents[i - 1], alignment_mode="expand")
            if span is None:
                return None
            phrases = [_phrase(c) for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
            named = {
                a.country
                for a in doc.actors
                if a.country and a.kind != "state" and not set(a.sectors).isdisjoint(sectors)
                for s, _e in a.mentions
                if any(lo <= s < hi for lo, hi in phrases)
            }
            return named.pop() if len(named) == 1 else None

        # the bodies a spokesman may speak for: international ones, a country's parties
        # that are no part of its state, and a state's offices and forces ("a spokesman
        # for the Kremlin"); not a country named bare, nor a person
        represented = [
            (s, a.code)
            for a in doc.actors
            if a.code
            and a.kind != "person"
            and (
                a.code[:3] in _INTERNATIONAL
                # of a country told ("a union" with no country left: no one's yet)
                or (a.country is not None and bool(set(a.sectors) & _SPOKEN_FOR_SECTORS))
            )
            for s, _e in a.mentions
        ]
        spoken_for_of = {
            a.code: (a.country, a.sectors) for a in doc.actors if a.code and a.country
        }
        # international bodies: a person their own description places in one is theirs
        bodies = [
            (s, a.code)
            for a in doc.actors
            if a.code and a.code[:3] in _INTERNATIONAL
            for s, _e in a.mentions
        ]

        # bodies a person may belong to: coded organisations, international or of a
        # country with a sector ("Harvard University", USAEDU), not a state nor a person
        member_bodies = [
            (s, a.code)
            for a in doc.actors
            if a.code
            and a.kind not in ("person", "state")
            and (a.code[:3] in _INTERNATIONAL or (a.country is not None and bool(a.sectors)))
            for s, _e in a.mentions
        ]

        def one_body(coded: list[tuple[int, str]], ranges: list[tuple[int, int]]) -> str | None:
            """The one code of the ``coded`` mentions that start inside ``ranges``."""
            found = {c for s, c in coded if any(lo <= s < hi for lo, hi in ranges)}
            return found.pop() if len(found) == 1 else None

        def person_body(own: tuple[tuple[int, int], ...]) -> str | None:
            # "Meenakshi Ganguly of Human Rights Watch", "Ada Obi, a spokeswoman at the
            # World Bank": the one body and no country in the person's own description
            # "a spokesman for Hamas", "a spokeswoman for the European Commission": the one
            # body they speak for (a for-phrase of no body, "adviser for emerging diseases
            # at the WHO", leaves the description's other words to tell)
            body = one_body(represented, _represented(doc.parse, own, self.represent_heads))
            # "Lena Moser, who teaches at Harvard University", "who heads the Red Cross":
            # the one coded body a relative clause of membership names is the person's
            body = body or one_body(
                member_bodies,
                _member_clauses(
                    doc.parse,
                    own,
                    self.member_verbs,
                    self.member_prepositions,
                    self.member_lapse_words,
                ),
            )
            # "Fox News host Sean Hannity", "Harvard pollster Ada Obi": the one coded body
            # named before the title noun that modifies the person's name
            body = body or one_body(member_bodies, _title_owners(doc.parse, own, self.words))
            if body is not None:
                return body
            found: set[str] = set()
            for lo, hi in _dependents(doc.parse, own, self.affiliation_prepositions, before=False):
                if countries_in(lo, hi, skip=unplaced) or any(lo <= s < hi for s, _c in staff):
                    return None
                found.update(c for s, c in bodies if lo <= s < hi)
            return found.pop() if len(found) == 1 else None

        # a name the places component read as a place of one country ("Kharkiv" the NER
        # took for a person, "Crimea" for an organisation) stands for that country
        places_at = {
            p.span: p.country for p in doc.places if p.country and p.feature in _PLACE_FEATURES
        }
        # the party each mention stands for (a pronoun's antecedent, by coreference)
        mention_owner = {m: x for x in doc.actors for m in x.mentions}
        out: list[tuple[int, Actor]] = []
        changed = False
        for a in doc.actors:
            if (
                not a.code
                and a.country is None
                and all(m in places_at for m in a.mentions)
                and not any(x.root.dep_ in _MODIFYING for x in _spans(doc.parse, a.mentions))
            ):  # not a name that only modifies a noun ("the Schengen system")
                where = {places_at[m] for m in a.mentions}
                if len(where) == 1:
                    c = where.pop()
                    changed = True
                    new = dataclasses.replace(a, code=c, country=c, kind="state")
                    out.append((min(s for s, _e in a.mentions), new))
                    continue
            role = role_only(a.code) and a.country is None
            if role and a.name.lower().split()[-1] in self.words.relative_roles:
                role = False  # "his counterpart": of another state than the article's
            person = self.persons and a.kind == "person" and not a.code and a.country is None
            if not (role or person):
                out.append((min(s for s, _e in a.mentions), a))
                continue
            body = person_body(a.mentions) if a.kind == "person" else None
            if body is not None:
                changed = True
                # a body of one country ("for Hamas", "for the FBI") gives its country and
                # sectors too; an international one has none
                country, sectors = spoken_for_of.get(body, (None, a.sectors))
                new = dataclasses.replace(a, code=body, country=country, sectors=sectors)
                out.append((min(s for s, _e in a.mentions), new))
                continue
            groups: dict[str | None, list[tuple[int, int]]] = {}
            regional: dict[str, list[tuple[int, int]]] = {}
            owned: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
            # a mission is never of the country it is in: not the one the story was filed
            # from ("the embassy" in a story from Nairobi)
            home = (
                about
                if a.name.lower().split()[-1:]
                and a.name.lower().split()[-1] in self.words.host_roles
                else main
            )
            region_at = (
                {m: _region_of(doc, m) for m in a.mentions}
                if regions_named and role_only(a.code)
                else {}
            )
            regions = set(region_at.values())
            if len(regions) == 1 and None not in regions:
                # "European leaders", "Western diplomats": people of the region's states
                regional[regions.pop() or ""] = list(a.mentions)
            elif a.kind == "person":
                # one person, one country: the cues of all the sentences naming them
                groups[person_country(a.mentions, home, a.sectors)] = list(a.mentions)
            else:
                for m in a.mentions:
                    # "officials in the two countries": one mention, the officials of each
                    region = region_at.get(m)
                    if region is not None:
                        # "European leaders", "Southeast Asian navies": the region's (EURGOV)
                        regional.setdefault(region, []).append(m)
                        continue
                    if _of_no_one_state(doc, m, self.words):
                        groups.setdefault(None, []).append(m)
                        continue
                    owner = _pronoun_owner(doc, m, a, mention_owner)
                    if owner is not None:
                        # "Hamas said its fighters fired rockets": the force of the party
                        # its possessive pronoun stands for, as "Hamas's fighters" is
                        owned.setdefault(owner, []).append(m)
                        continue
                    for country in _pair_after(doc, m, self.words) or (
                        country_at(
                            m[0],
                            a.mentions,
                            home,
                            _armed_opponent(a),
                            a.sectors,
                            bool(a.sectors) and set(a.sectors) <= _NON_COMBATANTS,
                        ),
                    ):
                        groups.setdefault(country, []).append(m)
            for country, mentions in groups.items():
                if country is None:
                    new = dataclasses.replace(a, mentions=tuple(mentions)) if len(groups) > 1 else a
                else:
                    changed = True
                    code = country + (a.code or "")
                    new = dataclasses.replace(
                        a, code=code, country=country, mentions=tuple(mentions)
                    )
                out.append((mentions[0][0], new))
            for (code, country), mentions in owned.items():
                changed = True
                new = dataclasses.replace(a, code=code, country=country, mentions=tuple(mentions))
                out.append((mentions[0][0], new))
            for region, mentions in regional.items():
                changed = True
                new = dataclasses.replace(
                    a, code=region + (a.code or ""), country=None, mentions=tuple(mentions)
                )
                out.append((mentions[0][0], new))
        if not changed:
            return doc
        out.sort(key=lambda x: x[0])
        actors = tuple(dataclasses.replace(a, id=f"a{n}") for n, (_s, a) in enumerate(out, start=1))
        return doc.replace(actors=actors)


def story_countries(
    doc: Document, cues: Sequence[Cue], share: float = 0.3
) -> tuple[str | None, str | None]:
    """The country a story is of, whose officials named with no country are its own, and
    the country its cues outside the dateline are about (:func:`main_country`,
    ``share``): the first is where a wire story was filed, unless it never names that
    country again (a correspondent's base), else the second. The actors' context and the
    quotes' speakers read them alike."""
    sents = doc.sentences or ((0, len(doc.text)),)
    starts = [s for s, _e in sents]
    # where the story was filed ("WELLINGTON, New Zealand (AP) _"): a wire story's
    # officials named with no country are that country's ("Foreign Minister X said",
    # "police said"), whatever the countries the story is about
    filed = dateline(doc.text, sents)
    about = main_country(
        [c for c in cues if filed is None or not filed[0] <= c.start < filed[1]],
        sents[0][1],
        share,
        starts,
        _described(doc.text, starts),
    )
    main = filed_in(doc, filed) or about
    if (
        main
        and filed is not None
        and not any(c.country == main and not filed[0] <= c.start < filed[1] for c in cues)
        and not any(
            a.country == main and not filed[0] <= m[0] < filed[1]
            for a in doc.actors
            for m in a.mentions
        )
    ):
        # a story filed from a country it never names again ("BANGKOK (AP) — Myanmar's
        # junta ...": a correspondent's base) is about the country of the first party
        # its lede names, when that party is a country's: its officials named with no
        # country ("junta leaders", "state media") are that one's (not when the lede
        # opens with an international body's: "GENEVA — The U.N. rights office ...")
        lede_end = next((e for s, e in sents if s <= filed[0] < e), filed[1])
        first = min(
            (m[0] for a in doc.actors for m in a.mentions if filed[1] <= m[0] < lede_end),
            default=None,
        )
        lede = next((c.country for c in cues if c.start == first), None)
        # a bare first party of a country its own phrase names ("BANGKOK (AP) \u2014
        # Police in military-ruled Myanmar arrested ...", "The government of Myanmar
        # extended ..."): that country's, and the story's
        of_phrase = None
        if lede is None and first is not None:
            of_phrase = _phrase_country(doc, cues, first)
        if of_phrase:
            main = of_phrase
        elif (
            lede
            and first is not None
            and not _names_dateline_place(doc, filed, lede_end)
            and _acts_at_home(doc, lede, first, filed, lede_end)
        ):
            main = lede
    return main, about


def _names_dateline_place(doc: Document, filed: tuple[int, int], lede_end: int) -> bool:
    """Whether the lede after the dateline ``filed`` names the dateline's place again
    (:func:`filed_place_again`: "KYIV, Ukraine \u2014 Russian missiles struck the city",
    "in the capital"). The story is then of the dateline's country, whatever the country
    of the party its lede opens with; not when the lede tells of another country
    (:func:`other_story_country`: "ISTANBUL (AP) \u2014 Russian missiles struck the
    city overnight, Ukrainian officials said": a correspondent's base)."""
    parse = doc.parse
    if parse is None or not hasattr(parse, "char_span"):
        return False
    # the doer: the party the lede opens with
    first = min(
        (m[0] for a in doc.actors for m in a.mentions if filed[1] <= m[0] < lede_end),
        default=None,
    )
    doers = frozenset(a.id for a in doc.actors if any(s == first for s, _e in a.mentions))
    if other_story_country(doc, filed, [(filed[1], lede_end)], doers):
        return False
    span = parse.char_span(filed[1], lede_end, alignment_mode="contract")
    return span is not None and any(filed_place_again(doc, tok, filed) for tok in span)


def other_story_country(
    doc: Document,
    filed: tuple[int, int],
    spans: Sequence[tuple[int, int]],
    doers: frozenset[str],
) -> bool:
    """Whether the text ``spans`` (a lede, an act's sentence) tell of a country other than
    the dateline's (``filed``) and the doers' (the actors ``doers``): a party or a place
    of a third country ("ISTANBUL (AP) \u2014 Russian missiles struck the city overnight,
    Ukrainian officials said", "BEIRUT \u2014 Israeli strikes hit the capital, Syrian
    state media said"), or an armed opponent at home of the doers' own country ("NAIROBI,
    Kenya \u2014 Sudanese army drones struck the capital as the war with the RSF
    entered its second year"). "The city" or "the capital" there is that country's place,
    not the dateline's: a correspondent's base."""
    base = filed_in(doc, filed)
    if base is None:
        return False
    own = {a.country for a in doc.actors if a.id in doers and a.country}

    def inside(start: int) -> bool:
        return not filed[0] <= start < filed[1] and any(lo <= start < hi for lo, hi in spans)

    for a in doc.actors:
        if a.id in doers or not a.country or a.country == base:
            continue
        if not any(inside(s) for s, _e in a.mentions):
            continue
        if a.country not in own or _ARMED_OPPONENTS.intersection(a.sectors):
            return True
    return any(
        p.country and p.country != base and p.country not in own and inside(p.span[0])
        for p in doc.places
    )


def filed_place_again(doc: Document, tok: Any, filed: tuple[int, int]) -> bool:
    """Whether the token ``tok`` names the place of the dateline ``filed`` again: a bare
    definite noun of a place (``dateline_place_nouns``: "the city", "the capital") with
    no name, no modifier and no "of" phrase of its own, and no place named between the
    dateline and it (which it would name instead)."""
    if tok.lower_ not in language().view(ActorWords).dateline_place_nouns or tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if [c.lower_ for c in kids if c.i < tok.i] != ["the"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return False
    return not any(filed[1] <= p.span[0] < tok.idx + len(tok) for p in doc.places)


def _phrase_country(doc: Document, cues: Sequence[Cue], first: int) -> str | None:
    """The country a party named bare at ``first`` belongs to by its own noun phrase
    ("Police in Myanmar", "the government of military-ruled Myanmar"): the
    one country cued inside the phrase the party's head word heads, where it is seated
    (:func:`_seated_in`), else None. A country the party comes from ("Refugees from
    Myanmar") is no seat: people abroad, the story's own bodies stay the base's."""
    parse = doc.parse
    if parse is None or not hasattr(parse, "char_span"):
        return None
    span = parse.char_span(first, first + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span[0]
    while head.dep_ in ("compound", "amod", "det", "nummod") and head.head is not head:
        head = head.head
    sub = list(head.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
    seats = language().view(ActorWords).seat_prepositions
    found = {
        c.country
        for c in cues
        if first < c.start and lo <= c.start < hi and _seated_in(parse, head, c.start, seats)
    }
    return found.pop() if len(found) == 1 else None


def _origin_cue(doc: Document, start: int, end: int, words: ActorWords) -> bool:
    """Whether the cue at ``start`` (a mention ending at ``end``) tells a country by where
    a party named by a noun came from: the mention's head has a role preposition that is
    no seat ("Refugees from Myanmar", "Migrants from Afghanistan"; ``role_prepositions``
    but ``seat_prepositions``), or the country word is such a preposition's object."""
    parse = doc.parse
    if parse is None or not hasattr(parse, "char_span"):
        return False
    span = parse.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    origins = words.role_prepositions - words.seat_prepositions
    root = span.root
    if root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep" and c.lower_ in origins and c.i < span.end for c in root.children
    ):
        return True
    tok = span[0]
    while tok.dep_ in ("compound", "amod") and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in origins
        and prep.head.pos_ in ("NOUN", "PROPN")
    )


#: relations inside a noun phrase along which a country word may tell where its head is
_SEAT_LINKS = frozenset({"pobj", "poss", "compound", "amod", "conj", "appos", "nmod"})


def _seated_in(parse: Any, head: Any, start: int, seats: frozenset[str]) -> bool:
    """Whether the country word at ``start`` tells where ``head`` is: it hangs on the head
    through a locative or genitive phrase (``seat_prepositions``: "in", "of") or a
    possessive, by noun links only; not through "from" (an origin) nor a clause."""
    span = parse.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.i != head.i:
        if tok.dep_ == "prep":
            if tok.lower_ not in seats:
                return False
        elif tok.dep_ not in _SEAT_LINKS or tok.head is tok:
            return False
        tok = tok.head
    return True


def filed_in(doc: Document, span: tuple[int, int] | None) -> str | None:
    """The country of the place in the article's dateline (its span, from
    :func:`~geowire.actors.parse.dateline`), else None."""
    if span is None:
        return None
    found = {
        p.country
        for p in doc.places
        if p.country and p.feature in _PLACE_FEATURES and span[0] <= p.span[0] < span[1]
    }
    return found.pop() if len(found) == 1 else None


def _home_of_places(doc: Document) -> str | None:
    """The country of the towns, counties and states an article names outside any actor's
    name, when at least two of them and more than half are in it: where a local story is
    ("Lamar County", "Howland", "Texas"), whatever the seats and country names that also
    name a place there ("Paris", "San Jose", "Georgia")."""
    named = [m for a in doc.actors for m in a.mentions]
    votes: Counter[str] = Counter(
        p.country
        for p in doc.places
        if p.country
        and p.feature in ("city", "admin")
        and not any(s <= p.span[0] < e for s, e in named)
    )
    home = _winner(votes)
    if home is None or votes[home] < 2 or 2 * votes[home] <= sum(votes.values()):
        return None
    return home


def _local_governments(doc: Document, words: ActorWords) -> Document:
    """Organisations with no code named as a local government of a place: the head word
    of the name a local government's noun with an 'of' phrase naming the place ('the City
    of Winnipeg', 'the Province of Ontario'), or a local body's noun after such a noun and
    the place's name ('the Cook County Board'), the name tagged an organisation or a place
    by the parser: the government (GOV) of the one country the gazetteer puts the place in
    (of several, the one the article's places are in).
    A club or firm named after a city ('Manchester City', 'Orange County Choppers') has no
    such head."""
    from ..places.gazetteer import load_gazetteer

    out: list[Actor] = []
    changed = False
    for a in doc.actors:
        country = None
        if not a.code and a.country is None and a.kind == "organization" and a.mentions:
            found = {_local_government_of(span, words) for span in _spans(doc.parse, a.mentions)}
            if len(found) == 1 and (names := found.pop()):
                told = frozenset(p.country for p in doc.places if p.country)
                country = _local_place_country(load_gazetteer(), names, told)
        if country:
            changed = True
            a = dataclasses.replace(a, code=country + "GOV", country=country, sectors=("GOV",))
        out.append(a)
    return doc.replace(actors=tuple(out)) if changed else doc


def _local_place_country(gaz: Any, names: tuple[str, ...], told: frozenset[str]) -> str | None:
    """The country of the first of ``names`` the gazetteer holds by that very name: its
    one country, else the one of its countries among ``told``, the countries of the
    article's places ('Ontario' the province in a story of Canadian places, not the
    Californian city); else none ('Mayo', a county of Ireland the gazetteer lacks, is no
    American town's)."""
    for name in names:
        countries = {str(e.country) for e in gaz.lookup(name) if e.country and e.name == name}
        if len(countries) > 1:
            countries &= told
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def _local_government_of(span: Any, words: ActorWords) -> tuple[str, ...] | None:
    """The names of the place a name of a local government names, the longest first
    ('Cook County', 'Cook'; see ``_local_governments``)."""
    toks = [t for t in span if not (t.i == span.start and t.dep_ == "det")]
    if span.root.dep_ in _MODIFYING:
        return None  # a name that only modifies a noun ("the District of Columbia primary")
    if len(toks) < 2 or not any(t.ent_type_ in ("ORG", "GPE") for t in toks):
        return None
    head = span.root
    low = [t.lower_ for t in toks]
    if head.i == toks[0].i and low[0] in words.local_government_words and len(toks) > 2:
        if low[1] == "of" and all(t.text[:1].isupper() for t in toks[2:]):
            return (" ".join(t.text for t in toks[2:]),)
    if (
        head.i == toks[-1].i
        and len(toks) > 2
        and low[-1] in words.local_body_nouns
        and low[-2] in words.local_government_words
        and all(t.text[:1].isupper() for t in toks[:-2])
    ):
        place = " ".join(t.text for t in toks[:-2])
        return (place + " " + toks[-2].text, place)
    return None


def _local_names(doc: Document) -> Document:
    """A name of a foreign seat or state that names a place of the article's own country
    stands for that place: "Paris" in a story from Lamar County, Texas is Paris, Texas (the
    places component put it there), not the French government; "Georgia" next to Alabama
    and Columbus is the US state when nothing else in the article tells of the country
    Georgia (a demonym, a city of it, an actor of it) and the gazetteer knows a state or
    county of that name in the article's country. The actor takes that country, its role
    kept ("Paris police": USACOP)."""
    if not doc.places or not doc.actors:
        return doc
    home = _home_of_places(doc)
    if home is None:
        return doc
    out: list[Actor] = []
    changed = False
    for a in doc.actors:
        c = a.country
        if not c or c == home or not (a.code or "").startswith(c) or a.kind == "person":
            out.append(a)
            continue
        if all(_names_place_of(doc, m, home) for m in a.mentions) or _state_of(doc, a, home):
            changed = True
            code = home + (a.code or "")[3:]
            out.append(dataclasses.replace(a, code=code, country=home))
        else:
            out.append(a)
    return doc.replace(actors=tuple(out)) if changed else doc


def _names_place_of(doc: Document, mention: tuple[int, int], home: str) -> bool:
    """Whether a mention opens with a town or region the places component put in ``home``."""
    s, e = mention
    return any(
        p.country == home and p.feature in ("city", "admin") and s <= p.span[0] < e
        for p in doc.places
    )


def _state_of(doc: Document, a: Actor, home: str) -> bool:
    """Whether a country actor is a first-level region of ``home`` of the same name
    ("Georgia" the US state): no other actor nor place of the article is of that
    country, and the gazetteer has a region of that name in ``home``."""
    if a.code != a.country or a.kind != "state":
        return False
    own = a.mentions
    if any(b is not a and b.country == a.country for b in doc.actors):
        return False
    if any(
        p.country == a.country and not any(s <= p.span[0] < e for s, e in own) for p in doc.places
    ):
        return False
    from ..places import load_gazetteer  # the places component has loaded it already

    gaz = load_gazetteer()
    names = {doc.text[s:e] for s, e in own}
    return all(
        any(x.country == home and x.feature == "admin" for x in gaz.lookup(n)) for n in names
    )


def _own_state(a: Actor) -> Actor:
    """A role-only code prefixed with the state the actor is already known to belong to."""
    if a.country and role_only(a.code):
        return dataclasses.replace(a, code=a.country + (a.code or ""))
    return a


def _departures(text: str, cues: Sequence[Cue], w: ActorWords) -> frozenset[int]:
    """The starts of the country cues that name where a trip set out from: right after
    "from" (past an article) that follows a word of travel (``departure_words``: "arrived
    on a flight from Moscow", "returned from Washington", "flew back from Paris"). Where
    someone travelled from is not whose they are (an opposition leader arrested as he
    arrived from Moscow is no Russian), as where they arrived is not (``arrival_verbs``);
    "refugees from Syria", "a man from Ohio", "who came from Peru" tell an origin and stay."""
    out = set()
    for c in cues:
        window = text[max(0, c.start - 40) : c.start].lower().split()
        before = [x for x in window if x not in w.articles]
        if len(before) >= 2 and before[-1] == "from" and before[-2] in w.departure_words:
            out.add(c.start)
    return frozenset(out)


def _venues(text: str, cues: Sequence[Cue], w: ActorWords) -> frozenset[int]:
    """The starts of the country cues that name where a meeting is held: right after a
    locative ("in", "at", past an article) that follows a word of meeting (``venue_words``:
    "have been meeting in Ethiopia", "held talks in Geneva", "a summit in Doha"). Talks are
    often held on neutral ground: the venue is not whose the bare roles meeting there are."""
    out = set()
    for c in cues:
        window = text[max(0, c.start - 40) : c.start].lower().split()
        before = [x for x in window if x not in w.articles]
        if len(before) >= 2 and before[-1] in w.actor_locatives and before[-2] in w.venue_words:
            out.add(c.start)
    return frozenset(out)


def _topics(doc: Document, w: ActorWords) -> frozenset[int]:
    """The starts of the country mentions that are a topic or a destination (see
    :func:`~geowire.actors.resolve.is_topic`), not anyone's nationality; states and
    countries only ('flew home to Sardinia' may name where someone lives), not their
    institutions ('confrontations that come to the Oval Office')."""
    names = _country_names()
    spans = [m for a in doc.actors if a.country and a.code == a.country for m in a.mentions]
    spans += [p.span for p in doc.places if p.country and p.feature == "country"]
    return frozenset(
        s for s, e in spans if is_topic(doc.text, s, e, w, name=doc.text[s:e].lower() in names)
    )


#: a hyphen and the word after a name ("Iran-backed", "U.S.- funded")
_HYPHENED = re.compile(r"\s*-\s*(\w+)")
#: a name, a hyphened participle and at most one more word before a role ("Saudi-led
#: coalition ")
_LED = re.compile(r"([\w.]+)\s*-\s*(\w+)\s+(?:\w+\s+)?$")


def _leader_before(
    text: str, mention: tuple[int, int], leaders: dict[int, str], w: ActorWords
) -> str | None:
    """The country of the party that leads the role at ``mention`` through a hyphened
    participle in the words right before it ("Saudi-led forces", "Saudi-led coalition
    forces", "Hamas-led militants": ``leader_participles``), else None: a party named
    there (``leaders``: where each is named, and its country), or a country's name or
    demonym the actors left uncoded as a bare adjective ("Iranian-led"). The group is the
    leader's, not that of the place it acts in ("... forces hit a prison in Yemen")."""
    m = _LED.search(text, max(0, mention[0] - 40), mention[0])
    if m is None or m.group(2).lower() not in w.leader_participles:
        return None
    return leaders.get(m.start(1)) or data.country_codes().get(m.group(1).lower())


def _sponsors(doc: Document, cues: Sequence[Cue], w: ActorWords) -> frozenset[int]:
    """The starts of the cues that name a group's backer ("Iran-backed militias", "the
    U.S.-funded rebels", "fighters armed and trained by Iran": ``sponsor_participles``) or
    the party a group is for or against ("pro-Russian separatists": ``stance_prefixes``):
    another party than the group, no country of anyone in their sentence."""
    out: set[int] = set()
    ends = {s: e for a in doc.actors for s, e in a.mentions}
    ends.update({p.span[0]: p.span[1] for p in doc.places})
    for cue in cues:
        end = ends.get(cue.start)
        if end is None:
            continue
        m = _HYPHENED.match(doc.text, end)
        if (m is not None and m.group(1).lower() in w.sponsor_participles) or prefixed(
            doc.text, cue.start, w
        ):
            out.add(cue.start)
    for (start, _end), span in _parsed(
        doc.parse, [(c.start, ends[c.start]) for c in cues if c.start in ends]
    ):
        root = span.root
        agent = root.head if root.dep_ == "pobj" else None
        if agent is None or agent.dep_ != "agent" or agent.lower_ != "by":
            continue
        verb = agent.head
        if verb.lower_ in w.sponsor_participles and verb.dep_ in ("acl", "conj", "amod"):
            out.add(start)
    return frozenset(out)


def _mission_owners(parse: Any, cues: Sequence[Cue], w: ActorWords) -> frozenset[int]:
    """The cues that name the state a mission abroad serves ("the U.S. Embassy", "Kenya's
    consulate"): the modifier or possessor of a noun of ``mission_nouns``."""
    if parse is None or not hasattr(parse, "char_span"):
        return frozenset()
    out: set[int] = set()
    for c in cues:
        span = parse.char_span(c.start, c.start + 1, alignment_mode="expand")
        if span is None:
            continue
        tok = span[0]
        while tok.dep_ in _NAMING | _MODIFYING | {"case"} and tok.head.i != tok.i:
            tok = tok.head
            if tok.lower_ in w.mission_nouns:
                out.add(c.start)
                break
    return frozenset(out)


def _naming_things(doc: Document) -> frozenset[int]:
    """The starts of the place names that modify a noun naming no actor nor place ("the
    Benghazi attack", "the Paris agreement", "the Schengen system"): an event, a treaty or
    a body the place names, not where a person is from ("the Lagos police", "a Lagos
    lawyer" apposed to a person and "Lagos lawyer Ada Obi" still are)."""
    named = [m for a in doc.actors for m in a.mentions]
    named += [p.span for p in doc.places]
    names = _country_names()  # a demonym is whose a thing is: "a Syrian refugee"
    states = [
        m
        for a in doc.actors
        if a.country and a.code == a.country
        for m in a.mentions
        if doc.text[m[0] : m[1]].lower() in names
    ]
    places = [p.span for p in doc.places if p.country and p.feature in _PLACE_FEATURES]
    out: set[int] = set()
    for (start, _end), span in _parsed(doc.parse, [*states, *places]):
        root, head = span.root, span.root.head
        if (
            root.dep_ in _NAMING
            and head.i > span.end - 1
            and head.pos_ in ("NOUN", "PROPN")
            and head.dep_ not in ("appos", "attr", "compound")
            and not any(s <= head.idx < e for s, e in named)
        ):
            out.add(start)
    return frozenset(out)


@functools.cache
def _country_names() -> frozenset[str]:
    """Every built-in country name, lower case (``Russia``, not the demonym ``Russian``)."""
    return frozenset(n.lower() for c in data.countries() for n in (c.name, *c.names))


def _reported(
    parse: Any,
    mentions: Sequence[tuple[int, int]],
    patient_prepositions: frozenset[str] | None,
    *,
    controlled: bool = True,
    beneficiary: frozenset[str] = frozenset(),
    allegiance_verbs: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Character ranges of what the mentions' verbs report, which tells no country of
    theirs: the clausal complement of the verb each mention is the subject of ('officials
    said [militants came from X]'); with ``patient_prepositions``, also whom it acts on:
    its objects ('officials criticized [India]', 'met with [Iranian envoys]', where it
    sends or goes, 'deported migrants [to Mexico]', and whom it acts for, 'Congress
    approved aid [for Ukraine]', when ``patient_prepositions`` holds the ``beneficiary``
    ones) and, of a passive, its agent ('officials were condemned [by Iran]'); with
    ``controlled``, also those of an infinitive a mention that is an object is bidden to do
    ('asked Congress to approve funding [for embassies in Kenya]'). A verb of allegiance
    (``allegiance_verbs``: 'fights for', 'works for', 'spies for') tells whose side its
    subject is on: its beneficiary keeps its cue."""
    subjects = [_subject_of(span.root) for span in _spans(parse, mentions)]
    if patient_prepositions is None:
        return [
            _phrase(c)
            for root in subjects
            if root.dep_ == "nsubj"
            for verb in _with_complements(root.head)
            for c in verb.children
            if c.dep_ == "ccomp"
        ]
    verbs = [
        *(root.head for root in subjects if root.dep_ in ("nsubj", "nsubjpass")),
        *(
            v
            for root in subjects
            if controlled and root.dep_ == "dobj"
            for v in _controlled(root)
        ),
    ]
    return [
        _phrase(c)
        for head in verbs
        for verb in _shared_subject(head)
        for c in verb.children
        if c.dep_ in ("ccomp", "dobj", "dative", "agent")
        or (
            c.dep_ == "prep"
            and c.lower_ in patient_prepositions
            and not (c.lower_ in beneficiary and verb.lemma_.lower() in allegiance_verbs)
        )
    ]


def _controlled(obj: Any) -> list[Any]:
    """The infinitives whose doer is the object ``obj`` of the verb they complement
    ('asked [Congress] to approve aid for Kenya', 'urged the police to arrest Syrian
    migrants'): the object is their subject, so whom they act on tells no country of it,
    as for a subject's own verb."""
    return [
        c
        for c in obj.head.children
        if c.dep_ == "xcomp"
        and c.pos_ in ("VERB", "AUX")
        and c.i > obj.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]


def _partners(
    parse: Any, mentions: Sequence[tuple[int, int]], patient_prepositions: frozenset[str]
) -> list[tuple[int, int]]:
    """Character ranges of the parties the mentions' verbs meet or face: the objects of a
    patient preposition on the verb each mention is the subject of ('Obi met [with
    Kenya's minister]', 'clashed with [Iranian guards]')."""
    return [
        _phrase(g)
        for span in _spans(parse, mentions)
        if span.root.dep_ == "nsubj"
        for verb in _shared_subject(span.root.head)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in patient_prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _shared_subject(verb: Any) -> list[Any]:
    """``verb`` and the verbs that share its subject: its infinitive complements and the
    verbs joined to it with no subject of their own ('the minister called for calm and
    [urged] Israel to ...', 'officials vowed [to punish] Iran'): whom they act on tells no
    country of the subject either."""
    out: list[Any] = []
    todo = [verb]
    while todo and len(out) < 8:
        v = todo.pop()
        out.append(v)
        todo.extend(
            c
            for c in v.children
            if c.pos_ in ("VERB", "AUX")
            and (
                c.dep_ == "xcomp"
                or (
                    c.dep_ == "conj"
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                )
            )
        )
    return out


def _with_complements(verb: Any) -> list[Any]:
    """``verb`` and the verbs of its infinitive complements, whose subject is its own ('he
    went on [to say] that ...', 'she wanted [to stress] that ...'): what those report is
    the subject's report too."""
    out: list[Any] = []
    todo = [verb]
    while todo and len(out) < 8:
        v = todo.pop()
        out.append(v)
        todo.extend(c for c in v.children if c.dep_ == "xcomp")
    return out


#: links from a mention up to the subject whose description it is part of
_DESCRIPTION_LINKS = frozenset({"pobj", "prep", "appos", "compound", "poss"})


def _subject_of(tok: Any) -> Any:
    """The head of the noun phrase a mention describes or belongs to: the mention itself,
    or the person it is part of the description of ('Tim Rowe of Harmon University',
    'Ada Obi, a professor at the university': the university is part of the subject's
    description, so what the subject says tells its country no more than the person's)."""
    while tok.dep_ in _DESCRIPTION_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _experience(
    parse: Any, mentions: Sequence[tuple[int, int]], origin_verbs: frozenset[str]
) -> list[tuple[int, int]]:
    """Character ranges of the relative clauses in a mention's phrase that tell what the
    person did, not who they are: a clause in the simple past or the perfect whose verb
    is not one of origin or residence ('who served three tours in Iraq', 'a veteran who
    has fought in Afghanistan'; not 'who was born in Peru', 'who lives in Sweden')."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, mentions):
        for tok in span.root.subtree:
            if tok.dep_ != "relcl" or tok.lemma_.lower() in origin_verbs:
                continue
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
            if tok.tag_ == "VBD" or (perfect and tok.tag_ == "VBN"):
                out.append(_phrase(tok))
    return out


#: dependents of a person's name that describe the person
_DESCRIBING = frozenset({"appos", "acl", "relcl"})
#: dependency labels of a clause inside a noun phrase ("the committee raising funds")
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp"})
#: dependents before a head noun that name whose it is ("the Trump administration")
_MODIFYING = frozenset({"compound", "poss", "nmod"})
#: dependents before a head noun that name what it is about or where ("the Paris accord")
_NAMING = frozenset({"compound", "nmod", "amod"})
#: the dependencies of a name that modifies another noun ("Chinese imports", "a Mexico plant")
_NOUN_MODIFIER_DEPS = _MODIFYING | _NAMING


@functools.cache
def _apposed_demonyms(parse: Any, mentions: Sequence[tuple[int, int]]) -> list[str]:
    """The countries of the demonyms before the head noun of an apposition to the
    mentions ("Kowalski, a Polish economist": POL). A demonym joined by a hyphen to a
    word after it tells an origin or a link, not a nationality ("Iranian-born",
    "U.S.-based"), unless that word is a demonym too, which is the nationality
    ("Cuban-American": USA)."""
    found: list[str] = []
    names = data.demonym_codes()
    for span in _spans(parse, mentions):
        for c in span.root.children:
            if c.dep_ != "appos" or c.i < span.root.i:
                continue
            doc = c.doc
            for i in range(c.left_edge.i, c.i):
                word = doc[i].lower_
                if word not in names:
                    continue
                if i + 1 < len(doc) and doc[i + 1].text in ("-", "‐", "–"):
                    continue  # "Iranian-born", "Cuban-American": the word after decides
                if i >= 2 and doc[i - 1].text in ("-", "‐", "–") and doc[i - 2].lower_ not in names:
                    continue  # "U.S.-Iranian": not a nationality's compound
                found.append(names[word])
    return found


def _topic_cues(
    parse: Any,
    mention: tuple[int, int],
    spans: Sequence[tuple[int, int]],
    w: ActorWords,
    things: frozenset[tuple[int, int]] = frozenset(),
) -> frozenset[int]:
    """The starts of the cue ``spans`` that name a country only as what something else
    is about or acts on, out of the phrase of ``mention``: a name modifying another noun
    ("hit by Chinese imports", "a Mexico plant"), the object of a preposition of topic or
    of a party acted on ("the assault on Paris", "the deal with China") or the object of a
    verb ("after China opened its markets" is no object; "as Trump attacked China" is).
    A span of ``things`` (a thing a country's name marks: "Chinese imports") is read by
    its first word, the modifier. A cue inside the mention's own phrase through
    noun-phrase links other than those prepositions ("Chinese immigrants", "immigrants
    from China", "workers at a Mexico plant"; not "residents angry about the deal with
    Japan") is none."""
    own = _span_of(parse, mention) if parse is not None and hasattr(parse, "char_span") else None
    if own is None:
        return frozenset()
    inside = range(own.start, own.end)
    preps = w.country_topic_prepositions | w.patient_prepositions
    out: set[int] = set()
    kept: set[int] = set()  # starts of spans that are no topic: a cue there stays
    for s, e in spans:
        span = _span_of(parse, (s, e))
        if span is None or span.start in inside:
            kept.add(s)
            continue
        root = span.root
        if (s, e) in things and len(span) > 1 and span[0].head.i == root.i:
            root = span[0]  # "Chinese imports": the demonym that marks the thing
        tok = root
        linked = False
        while tok.dep_ in _PHRASE_DEPS and tok.head.i != tok.i:
            if tok.dep_ == "prep" and tok.lower_ in preps:
                break  # "residents angry about the deal with Japan": what they are about
            tok = tok.head
            if tok.i in inside:
                linked = True
                break
        head = root.head
        if linked:
            kept.add(s)
        elif root.dep_ in _NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN"):
            out.add(s)
        elif root.dep_ == "pobj" and head.lower_ in preps:
            out.add(s)
        elif root.dep_ == "dobj" and head.pos_ == "VERB":
            out.add(s)
        else:
            kept.add(s)
    return frozenset(out - kept)


def _passive_subject(parse: Any, mention: tuple[int, int]) -> bool:
    """Whether the mention is the subject of a passive (it undergoes its verb's act)."""
    return any(span.root.dep_ == "nsubjpass" for span in _spans(parse, (mention,)))


def _verb_of(parse: Any, offset: int) -> int | None:
    """The index of the nearest verb above the token at ``offset``, or None: a party cued under
    another verb than the agent's (a clause inside the object, "a ban on Muslims entering
    the United States") is no party its own clause acts on; a participle that only
    modifies a noun ("a Greek-owned tanker") is no verb."""
    if parse is None or not hasattr(parse, "char_span"):
        return None
    span = parse.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for tok in span[0].ancestors:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NOUN_MODIFIER_DEPS:
            return int(tok.i)
    return None


def _spans(parse: Any, mentions: Sequence[tuple[int, int]]) -> list[Any]:
    """The parsed spans of the mentions (none without a parse)."""
    return [span for _m, span in _parsed(parse, mentions)]


def _parsed(parse: Any, mentions: Sequence[tuple[int, int]]) -> list[tuple[tuple[int, int], Any]]:
    """Each mention with its parsed span (none without a parse)."""
    if parse is None or not hasattr(parse, "char_span"):
        return []
    found = ((m, _span_of(parse, m)) for m in mentions)
    return [(m, span) for m, span in found if span is not None]


#: the last parse read and its mentions' spans: the rules ask for the same mentions'
#: spans many times over one document
_span_memo: tuple[Any, dict[tuple[int, int], Any]] = (None, {})


def _span_of(parse: Any, mention: tuple[int, int]) -> Any:
    """The parsed span of one mention of ``parse`` (None when it has none)."""
    global _span_memo
    memo = _span_memo
    if memo[0] is not parse:
        memo = _span_memo = (parse, {})
    spans = memo[1]
    if mention not in spans:
        spans[mention] = parse.char_span(*mention, alignment_mode="expand")
    return spans[mention]


#: the dependencies of a verb with no subject of its own that does what the verb it hangs
#: from does, by that verb's subject: a participle ("shelled the town, killing three
#: civilians"), a verb joined to it ("stormed a village and killed dozens")
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj"})


def _doers_of(verb: Any) -> list[Any]:
    """The subjects of ``verb``; for a participle or a joined verb with none of its own,
    those of the verb it hangs from ("Russian forces struck a building, killing five
    civilians", "Wagner mercenaries stormed a village and killed dozens of civilians":
    the forces and the mercenaries kill), at most two verbs up."""
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if doers or verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return doers
        if any(c.dep_ in ("nsubjpass", "expl", "mark") for c in verb.children):
            return []  # a clause of its own ("after it was hit", "as the army ...")
        verb = verb.head
    return []


def _pronoun_owner(
    doc: Document, mention: tuple[int, int], role: Actor, owners: Mapping[tuple[int, int], Actor]
) -> tuple[str, str | None] | None:
    """The code (and country) of the force a role of armed members (``_OWNED_FORCES``:
    fighters, troops, militants) is when a possessive pronoun the coreference took for a
    party owns it ("the Islamic State group said its fighters killed ...", "NATO said its
    troops ...": that group's or body's fighters, as "Hamas's fighters" are), not a
    country its sentence names; the party's code with the role's added (a state's, or a
    state body's, "the defence ministry said its forces": the state's armed force). None
    for another role (their attackers, captors: whom they act on), for a pronoun standing
    for no party or for a person (their own force is their state's, told elsewhere), or
    for a party with no code of its own."""
    if not role.sectors or not set(role.sectors) <= _OWNED_FORCES:
        return None
    for span in _spans(doc.parse, (mention,)):
        for c in span.root.children:
            if c.dep_ != "poss" or c.pos_ != "PRON":
                continue
            owner = owners.get((c.idx, c.idx + len(c.text)))
            if owner is None or owner is role or owner.kind == "person" or not owner.code:
                return None
            if role_only(owner.code):
                return None
            roles = [(r, False) for r in role.sectors]
            if owner.country and owner.sectors and set(owner.sectors) <= _ACTING_BODIES:
                # a state's body ("the defence ministry said its forces"): the state's force
                return combine_codes(owner.country, roles), owner.country
            return combine_codes(owner.code, roles), owner.country
    return None


def _phrase(tok: Any) -> tuple[int, int]:
    """The character range of the phrase a token heads."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _of_no_one_state(doc: Document, mention: tuple[int, int], w: ActorWords) -> bool:
    """Whether a role's own modifier makes it the force or body of several states or of
    another state ("allied forces", "an international force", "foreign fighters":
    ``multinational_words``, a word of its own: "Arab leaders", not "South African
    leaders"): the article's country is not theirs."""
    return any(
        c.dep_ in ("amod", "compound")
        and c.i < span.start
        and c.lower_ in w.multinational_words
        and not any(g.dep_ in ("compound", "amod", "nmod") for g in c.children)
        and not (c.i > 0 and c.nbor(-1).dep_ == "compound" and c.nbor(-1).head.i == c.i)
        for span in _spans(doc.parse, (mention,))
        for c in span.root.children
    )


def _region_of(doc: Document, mention: tuple[int, int]) -> str | None:
    """The CAMEO region code of the region's adjective that modifies a role ("European
    leaders", "Western governments", "Gulf states": ``regions.tsv``), else None."""
    words = _region_words()
    after = doc.text[mention[1] : mention[1] + 14].lstrip(" ,").lower()
    if after.startswith(("such as", "including", "like ", "led by")):
        return None  # "Central European leaders, such as Hungary's Orban": the example's
    found: set[str | None] = set()
    for span in _spans(doc.parse, (mention,)):
        for c in span.root.children:
            if c.dep_ not in ("amod", "compound") or c.i >= span.root.i:
                continue
            # the adjective with the words that modify it: "Southeast Asian", not "Asian"
            mods = (g.i for g in c.children if g.dep_ in ("compound", "amod", "npadvmod"))
            lo = min([c.i, *mods])
            phrase = " ".join(t.lower_ for t in c.doc[lo : c.i + 1])
            if phrase in words or c.lower_ in words:
                found.add(words.get(phrase))
    return found.pop() if len(found) == 1 else None


@functools.cache
def _region_last_words() -> frozenset[str]:
    """The last word of every region adjective ("asian" of "Southeast Asian")."""
    return frozenset(w.split()[-1] for w in _region_words())


@functools.cache
def _region_words() -> dict[str, str]:
    """Every region adjective of the built-in table, lower case, to its region code."""
    return {d.lower(): r.code for r in data.regions() for d in r.demonyms}


def _pair_after(doc: Document, mention: tuple[int, int], w: ActorWords) -> tuple[str, ...]:
    """The two countries a role's own "in"/"of" phrase names when it names two parties at
    once ("officials in the two countries", after coreference), else nothing."""
    for span in _spans(doc.parse, (mention,)):
        for c in span.root.children:
            if c.dep_ != "prep" or c.lower_ not in w.role_prepositions or c.i < span.root.i:
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                lo, hi = _phrase(g)
                named = {
                    a.country
                    for a in doc.actors
                    if a.country and any(s == lo and e == hi for s, e in a.mentions)
                }
                if len(named) == 2:
                    return tuple(sorted(named))
    return ()


def _place_of_clause(
    parse: Any, mention: tuple[int, int], w: ActorWords
) -> list[tuple[int, int]]:
    """The character range of the noun phrase a relative clause of place is about, when
    the mention is in that clause ("the Segou region, where 33 civilians had been beaten",
    ``place_relatives``): from the noun's first word to the clause, the clause left out."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, (mention,)):
        tok = span.root
        while tok.dep_ != "relcl" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ in w.place_relatives for c in tok.children
        ):
            continue
        noun = tok.head
        out.append((noun.left_edge.idx, tok.left_edge.idx))
    return out


def _residence(
    parse: Any, mention: tuple[int, int], modifiers: frozenset[str], preps: frozenset[str]
) -> list[tuple[int, int]]:
    """Character ranges of the places a mention's own participle or adjective of residence
    puts it in ("militants based in Afghanistan", "fighters active in Mali"): the objects of
    the modifier's "in"/"from" phrases."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, (mention,)):
        head = span.root
        for c in head.children:
            if c.i < head.i or c.dep_ not in ("acl", "amod") or c.lower_ not in modifiers:
                continue
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    out.extend(_phrase(g) for g in p.children if g.dep_ == "pobj")
    return out


#: a party an act strikes: the range of its own words, the countries of their demonyms,
#: and the ranges of its "in" phrases (``_scene``)
_Struck = tuple[tuple[int, int], frozenset[str], list[tuple[int, int]]]


def _scene(
    parse: Any, mention: tuple[int, int], w: ActorWords
) -> tuple[list[tuple[int, int]], list[_Struck]]:
    """Where the armed opponent named at ``mention`` strikes: the character ranges of the
    places of its act ("in" phrases, ``inside_locatives``) when it is the act's doer, the
    subject or the passive's "by" agent of a verb of force (``harming_verbs``: "militants
    stormed a hotel in Mali", "was attacked by gunmen in Kabul") or the modifier of a noun
    of force (``act_nouns``: "the terrorist attacks in Brussels"); and, second, each party
    the act strikes, as the range of its own words up to its head noun, with
    the countries its demonyms name ("a French patrol") and the ranges of its "in" phrases
    ("attacked a U.S. consulate in Peshawar, Pakistan"): where a state's
    thing abroad was struck (the struck party's own country is the other side's)."""
    scene: list[tuple[int, int]] = []
    struck: list[_Struck] = []
    demonyms = data.demonym_codes()
    for span in _spans(parse, (mention,)):
        head = span.root
        act = None
        if head.dep_ in ("amod", "compound") and head.head.lower_ in w.act_nouns:
            act = head.head
        elif head.dep_ == "nsubj" and head.head.lower_ in w.harming_verbs:
            act = head.head
        elif (
            head.dep_ == "pobj"
            and head.head.dep_ == "agent"
            and head.head.head.lower_ in w.harming_verbs
        ):
            act = head.head.head
        if act is None:
            continue
        scene.extend(_phrase(g) for g in prep_objects(act, w.inside_locatives))
        patients = [
            c for c in act.children if c.dep_ in ("dobj", "nsubjpass") and c.i != head.i
        ] + prep_objects(act, w.patient_prepositions)
        for patient in patients:
            places = [_phrase(g) for g in prep_objects(patient, w.inside_locatives)]
            if places:
                # the struck party's own words, up to its head noun ("a U.S. consulate"),
                # and the countries of the demonyms among them ("a French patrol")
                owned = frozenset(
                    demonyms[t.lower_]
                    for t in patient.doc[patient.left_edge.i : patient.i]
                    if t.lower_ in demonyms
                )
                struck.append(((patient.left_edge.idx, patient.idx + len(patient)), owned, places))
    return scene, struck


@functools.cache
def _role_heads() -> frozenset[str]:
    """The head nouns of the role table's titles of persons ("mayor", "member" of "member
    of parliament", "minister" of "foreign minister")."""
    heads = set()
    for r in data.roles():
        if r.kind != "person":
            continue
        words = r.phrase.lower().split()
        heads.add(words[words.index("of") - 1] if "of" in words[1:] else words[-1])
    return frozenset(heads)


def _as_roles(parse: Any, mentions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of the roles a person's own verb says they hold, act in or leave, an
    "as" phrase on the verb they are the subject of ("Khan was elected as mayor of London",
    "stepped down as a member of Britain's Parliament"): a description of their own, as an
    apposition is."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, mentions):
        head = span.root
        if head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        out.extend(
            _phrase(g)
            for g in prep_objects(head.head, ("as",))
            if g.pos_ == "NOUN" and g.lower_ in _role_heads()
        )
    return out


def _represented(
    parse: Any, mentions: Sequence[tuple[int, int]], represent_heads: frozenset[str]
) -> list[tuple[int, int]]:
    """Character ranges of the for-phrases of each mention whose head, or a noun apposed
    to it, is a noun of one who speaks for another (``represent_heads``: "a spokesman for
    Hamas", "Ali Nur, a spokesman for the Houthis", "a lawyer for the party"): whom they
    speak for."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, mentions):
        for head in (span.root, *(c for c in span.root.children if c.dep_ == "appos")):
            if head.lemma_.lower() not in represent_heads:
                continue
            for g in prep_objects(head, ("for",)):
                # the object's own words, not a clause in or after it ("the committee
                # raising funds for the Democrats": the committee's); the range opens at
                # the preposition
                inner = [t.left_edge.idx for t in g.subtree if t.dep_ in _CLAUSE_DEPS]
                out.append((g.head.idx, min([_phrase(g)[1], *inner])))
    return out


def _member_clauses(
    parse: Any,
    mentions: Sequence[tuple[int, int]],
    member_verbs: frozenset[str],
    member_prepositions: frozenset[str],
    lapse_words: frozenset[str],
) -> list[tuple[int, int]]:
    """Character ranges of the bodies named by the relative clauses on each mention whose
    verb makes the person one of a body ("Lena Moser, who teaches at [Harvard University]",
    "who heads [the Red Cross]", by ``member_verbs``): the body there is the person's own,
    while a clause of what they did ("who criticized the Times") tells none. The body is
    read only from the verb's own object or ``member_prepositions`` phrase, not through a
    verb it governs ("who managed to escape the Wagner Group": a "manage" of no body); a
    clause of an ended membership (a negation, "who no longer works for the BBC", or a
    ``lapse_words`` adverb, "who formerly worked at Oxfam") names none."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, mentions):
        for c in span.root.children:
            if c.dep_ != "relcl" or c.lemma_.lower() not in member_verbs:
                continue
            near = [*c.children, *(g for a in c.children if a.dep_ == "advmod" for g in a.children)]
            if any(t.dep_ == "neg" or t.lower_ in lapse_words for t in near):
                continue
            for o in c.children:
                if o.dep_ in ("dobj", "attr") or (
                    o.dep_ == "prep" and o.lower_ in member_prepositions
                ):
                    out.append(_phrase(o))
    return out


def _title_owners(
    parse: Any, mentions: Sequence[tuple[int, int]], w: ActorWords
) -> list[tuple[int, int]]:
    """Character ranges of the names compounded before a person's title noun: the body
    the title is held in. The title modifies the name ("[Fox News] host Sean Hannity") or
    heads an apposition to it, or a conjunct of that head ("Ada Obi, a [Reuters]
    photographer", "a lawyer and [Harvard] professor"). The title is a noun for a person
    (the quotes' speaker nouns, kind person), no noun of stance ("Kremlin critic X",
    "a Hamas supporter": ``opponent_relations``, ``adherent_relations``), whose owner is
    no body of theirs, and held now (no ``former_words`` before it: "a former Goldman
    Sachs banker")."""
    out: list[tuple[int, int]] = []
    stances = w.opponent_relations | w.adherent_relations
    for span in _spans(parse, mentions):
        titles = [t for t in span.root.children if t.dep_ == "compound" and t.i < span.start]
        for ap in span.root.children:
            if ap.dep_ == "appos" and ap.i >= span.end:
                titles += [ap, *(c for c in ap.children if c.dep_ == "conj")]
        for t in titles:
            lemma = t.lemma_.lower()
            if t.pos_ != "NOUN" or noun_kind(lemma) != "person" or lemma in stances:
                continue
            before = [c for c in t.children if c.i < t.i]
            if any(c.lower_ in w.former_words for c in before):
                continue
            out.extend(
                (c.left_edge.idx, c.idx + len(c.text)) for c in before if c.dep_ in _MODIFYING
            )
    return out


def _dependents(
    parse: Any,
    mentions: Sequence[tuple[int, int]],
    affiliation_prepositions: frozenset[str],
    *,
    before: bool,
) -> list[tuple[int, int]]:
    """Character ranges of the dependents of each mention's head noun: with ``before``,
    the names and possessors that modify it ("the Trump administration" -> "Trump");
    else the appositions, relative clauses and "of"/"at" phrases that describe a person
    ("Lena Moser, a professor at ...")."""
    out: list[tuple[int, int]] = []
    for span in _spans(parse, mentions):
        head = span.root
        for c in head.children:
            if before:
                keep = c.dep_ in _MODIFYING and c.i < head.i
            else:
                keep = c.dep_ in _DESCRIBING or (
                    c.dep_ == "prep" and c.lower_ in affiliation_prepositions
                )
            if keep:
                out.append(_phrase(c))
    return out
