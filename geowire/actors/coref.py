"""Coreference inside one document, built on the parse and the actors already found.

No outside model: mentions become actors by

- identity: the same code and kind (``Iran`` ... ``Iran``), or the same person name;
- names: a later, shorter form of a person's name (``Al-Rubaie`` for
  ``Mouaffak al-Rubaie``, ``Gates`` for ``Robert Gates``), also where the parser did
  not mark the surname as a person, or the full name (``Dana Voss`` ... ``Voss``);
- a description with no name of its own next to a named organisation (``The charity
  Doctors Without Borders``) is that organisation;
- definite descriptions: ``the Iranian president`` is the last person seen with that
  title (and that country, when it names one); an indefinite one (``a former White House
  lawyer``, ``another official``, ``one of the aides``) introduces someone new and never
  refers back, whatever title the person named before holds; a role alone (``the
  ministry``, ``the army``, ``the militants``) is the last party of that role with a
  country in this or the two previous sentences, unless that is ambiguous or a place in
  its own sentence says whose it is;
- pairs: ``the two leaders``, ``both sides``, ``the two`` name the two parties of the
  nearest sentence that names any outside quotation marks, when there are exactly two
  (or one pair coordinated as a subject or named by one subject phrase, else the two
  ends of a "between"; for persons, the two persons named beside an office); the
  description is a mention of both;
- pronouns: ``he``/``him``/``his``/``she``/``her`` outside quotation marks refer to the
  most recent person that is a grammatical subject (else the most recent person)
  mentioned outside quotation marks in this or the two previous sentences (but a sentence
  before whose main subject is a person of the other sex gives the one person of the
  pronoun's sex it names beside them: "Albright invited Geremek. He will travel": Geremek,
  not a subject further back); pronouns already resolved count as mentions, so a chain of
  ``he`` carries on; never a person of the other sex where the text tells it (an
  honorific, a given name, a noun of a role or kin, a subject pronoun already resolved to
  them). ``they``/``them`` refer to the plural party of this or the previous sentence:
  parties named together (``Peru and Chile ... They``: a mention of both), a group (``the rebels``,
  ``Iranians``), or an organisation or state the text treats as plural (``the team
  are``); never one person, nothing when two parties are as near, when a plural subject
  no actor names stands nearer, nor after a generic ``they say``.
- pronouns inside a direct quote whose speaker the parse tells (``"He failed," Trump said
  of Bush``): never the speaker, who says "I"; the person the quote is said to be of or
  about, else the last one the quote itself named before it, of the pronoun's sex; else
  nothing, and a quoted they/them nothing (:func:`_quoted_pronouns`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..dictionaries.speakers import speaker_nouns
from ..document import Actor
from . import data
from .context import role_only
from .parse import ParseView
from .resolve import ActorWords, Proto, allegiance_tie, sectors_of

__all__ = ["Build", "link", "relation_pronouns", "to_actors"]

_PREFIX_RE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ul)[-\u2019']")


@functools.lru_cache(maxsize=4096)
def _name_tokens(name: str, *, w: ActorWords) -> tuple[str, ...]:
    low = name.lower().replace("\u2019", "'")
    toks = [t for t in re.findall(r"[\w'.-]+", low) if t not in w.honorifics]
    return tuple(_PREFIX_RE.sub("", t).strip(".") for t in toks if t.strip("."))


def same_person(a: str, b: str, *, w: ActorWords) -> bool:
    """Whether two names can name one person (``Al-Rubaie`` / ``Mouaffak al-Rubaie``)."""
    ta, tb = _name_tokens(a, w=w), _name_tokens(b, w=w)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return ta[0] == tb[0] or long_[-len(short) :] == short  # "De Blasio", "Bill de Blasio"


@dataclass(slots=True)
class Build:
    name: str
    code: str | None
    country: str | None
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    person: str | None = None
    titles: list[str] = field(default_factory=list)
    key: tuple[object, ...] = ()

    @property
    def first(self) -> int:
        return min(s for s, _e in self.mentions)


def _sentence_of(sentences: tuple[tuple[int, int], ...]) -> Callable[[int], int]:
    """The index of the sentence an offset is in."""
    starts = [s for s, _e in sentences] or [0]
    return lambda offset: max(0, bisect.bisect_right(starts, offset) - 1)


def _in(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _title_ok(want: str, have: list[str], *, w: ActorWords) -> bool:
    want_words = want.split()
    for h in have:
        if h == want or h.endswith(" " + want):
            hw = h.split()
            if hw[0] in w.deputy_titles and want_words[0] not in w.deputy_words:
                continue
            return True
    return False


def _described(
    text: str,
    p: Proto,
    persons: list[Build],
    *,
    w: ActorWords,
    view: ParseView | None = None,
    near: tuple[list[tuple[int, int]], Callable[[int], int]] | None = None,
) -> Build | None:
    """The earlier person a description (``the Iranian president``) refers to, if any; never
    for an indefinite one (``a former White House lawyer``: a new person), nor the subject
    of the clause the description is the object of (``Obi told the minister``)."""
    if p.indefinite or not (p.definite or p.country) or not p.title:
        return None
    head = p.title.split(" ")[-1]
    clause = _object_of(view, view.head_token(p.start, p.end)) if view is not None else None

    def subject_here(b: Build) -> bool:
        if clause is None or view is None:
            return False
        for s, e in b.mentions:
            t = view.head_token(s, e)
            if view.dep[t] in ("nsubj", "nsubjpass") and view.head[t] in clause:
                return True
        return False

    def eligible(b: Build) -> bool:
        if b.mentions[0][0] >= p.start or (p.country and b.country != p.country):
            return False
        if subject_here(b):
            return False
        if titles_of(b):
            return titled(b)
        # a person known by name only (an office holder): same role code
        return bool(b.code and p.code and b.code.endswith(p.code[-3:]))

    def titles_of(b: Build) -> list[str]:
        # a monarch's title the name itself begins with ('King Hussein', a holder's name)
        first = (b.person or "").split(" ")[0].lower()
        return [*b.titles, first] if first in w.monarch_titles else b.titles

    def titled(b: Build) -> bool:
        have = titles_of(b)
        if _title_ok(p.title or "", have, w=w):
            return True
        modified = (p.title or "").split(" ")[0] in w.deputy_titles
        if modified:
            return False
        if _title_ok(head, have, w=w):
            return True
        # 'the monarch' for 'King Hussein': any monarch's title names a monarch
        return head in w.monarch_titles and any(
            t.split(" ")[-1].lower() in w.monarch_titles for t in have
        )

    cands = [b for b in persons if b.person and eligible(b)]
    unnamed = _unnamed_since(p, persons, cands, titled, subject_here, near)
    if unnamed is not None:
        return unnamed
    if _former(text, p.start, p.end, w=w):
        # 'the former president' is no office holder the text titles only as a holder
        # ('President Obama'), but one it titles as a former one, or a person coded elite
        # (ELI) or as a party's (PTY), whose title may be a courtesy one ('Secretary
        # Clinton' running for office)
        cands = [
            b
            for b in cands
            if not titles_of(b)
            or any(_former(text, s, e, w=w) for s, e in b.mentions)
            or {"ELI", "PTY"} & set(sectors_of(b.code))
        ]
    if not cands:
        return None
    if head in w.monarch_titles:
        # 'the king' is a person the text gave a monarch's title ('King Hussein'), before
        # one known by name only whose role code fits ('Iraq's Saddam', GOV): most heads of
        # state and government are no monarchs
        cands = [b for b in cands if titles_of(b) and titled(b)] or cands
    own = _capitalised_before(text, p.start, p.end, w=w)
    if own:
        # 'the Florida senator': the senator titled with Florida before ('Florida Sen.
        # Ada Obi'), not the one from Texas named since
        marked = [
            b
            for b in cands
            if any(own & _capitalised_before(text, s, e, w=w) for s, e in b.mentions)
        ]
        cands = marked or cands
    if view is not None and len(cands) > 1:
        # 'Hillary Clinton has a word for Donald Trump's plan ... The Democratic
        # presidential candidate blasted ...': the person last named as a party of a
        # clause, before one named since only as a possessor of a noun
        return max(
            cands,
            key=lambda b: (
                max(
                    (e for s, e in b.mentions if e <= p.start and not _owner(view, s, e)),
                    default=-1,
                ),
                max(e for _s, e in b.mentions if e <= p.start),
            ),
        )
    return max(cands, key=lambda b: max(e for _s, e in b.mentions if e <= p.start))


def _unnamed_since(
    p: Proto,
    persons: list[Build],
    named: list[Build],
    titled: Callable[[Build], bool],
    subject_here: Callable[[Build], bool],
    near: tuple[list[tuple[int, int]], Callable[[int], int]] | None,
) -> Build | None:
    """``'...,' says one senior administration official. The official adds ...``: a definite
    description is the unnamed person its title described last, in this or the previous
    sentence and outside quotation marks (a speaker's 'a Japanese admiral' is no one in the
    story), when no person named by the text with that title (or an office holder of its
    role) was mentioned since: the person introduced by the description, not a Saddam
    Hussein named paragraphs before."""
    if near is None or not p.definite:
        return None
    quotes, sent = near
    here = sent(p.start)
    since = max((e for b in named for _s, e in b.mentions if e <= p.start), default=-1)
    best: tuple[int, Build] | None = None
    for b in persons:
        if b.person or not b.titles or (p.country and b.country != p.country):
            continue
        told = [s for s, e in b.mentions if e <= p.start and not _in(quotes, s)]
        last = max((e for s, e in b.mentions if s in told), default=-1)
        if last <= since or here - sent(max(told, default=0)) > 1:
            continue
        if not titled(b) or subject_here(b):
            continue
        if best is None or last > best[0]:
            best = (last, b)
    return best[1] if best is not None else None


def _former(text: str, start: int, end: int, *, w: ActorWords) -> bool:
    """Whether a former word is in a mention or right before it ('former Gov. Obi', 'the
    former president')."""
    words = text[max(0, start - 12) : end].lower().replace("-", " ").split()
    return any(x in w.former_words for x in words)


def _capitalised_before(text: str, start: int, end: int, *, w: ActorWords) -> set[str]:
    """The capitalised words of a mention's title and of the two words before it (the
    place a title carries: 'Texas Sen.', 'the Florida senator'), its name left out; not a
    determiner or modifier a sentence begins with ('The president', 'The senior
    official'), which says no place."""
    before = text[max(0, start - 40) : start].split()[-2:]
    words = [*before, *text[start:end].split()[:1]]
    plain = w.phrase_skip_words | w.definite_determiners | w.indefinite_determiners
    out = {x.strip(",.'’") for x in words if x[:1].isupper() and len(x) > 2}
    return {x for x in out if x.lower() not in plain}


@functools.cache
def _party_names() -> frozenset[str]:
    return frozenset(p.name for p in data.parties())


def link(
    text: str,
    view: ParseView,
    protos: list[Proto],
    quotes: list[tuple[int, int]],
    sentences: tuple[tuple[int, int], ...],
    *,
    pronouns: bool = True,
    w: ActorWords,
) -> list[Build]:
    builds: list[Build] = []
    by_key: dict[tuple[object, ...], Build] = {}
    persons: list[Build] = []
    parties = _party_names()

    for p in protos:
        span = (p.start, p.end)
        if p.kind == "organization" and p.code is None:
            # a surname the parser took for an organisation: "Gates said"
            named = _latest_named(
                persons, p.name, w=w, sex=(text, None), at=p.start, near=(builds, sentences)
            )
            if named is not None:
                named.mentions.append(span)
                continue
        if p.kind == "person" and p.person:
            told = _addressed(text, p.start, w=w)
            if told is None:
                told = _reflexive(text, p.end, w=w)
            hit = _latest_named(
                persons, p.person, w=w, sex=(text, told), at=p.start, near=(builds, sentences)
            )
            if hit is not None:
                hit.mentions.append(span)
                if len(_name_tokens(p.person, w=w)) > len(_name_tokens(hit.person or "", w=w)):
                    hit.person = hit.name = p.person
                if hit.code is None and p.code:
                    hit.code, hit.country = p.code, p.country
                if p.title and p.title not in hit.titles:
                    hit.titles.append(p.title)
                continue
            b = Build(p.name, p.code, p.country, "person", [span], p.person)
            if p.title:
                b.titles.append(p.title)
            builds.append(b)
            persons.append(b)
            continue
        if p.kind == "person" and p.title:
            hit = _described(
                text, p, persons, w=w, view=view, near=(quotes, _sentence_of(sentences))
            )
            if hit is not None:
                hit.mentions.append(span)
                continue
            b = Build(p.name, p.code, p.country, "person", [span], None, [p.title])
            builds.append(b)
            persons.append(b)
            continue
        code, country = p.code, p.country
        # "soldiers loyal to X" and "forces backing Y": armed men tied to two names are two
        # sides, though their codes agree (resolve.owned_sides codes each by its owner)
        tie = allegiance_tie(view, p.start, p.end, code, w) if p.kind != "person" else ""
        if p.kind != "person" and not tie and _definite(text, p.start, w=w):
            hit = _role_antecedent(p, builds, sentences, view)
            if hit is not None:
                hit.mentions.append(span)
                continue
            state = _acting_state(p, builds, sentences, view, w=w)
            if state is not None and code is not None:
                code, country = state + code, state
        collective = "state" if p.kind == "state" else "collective"
        key: tuple[str, ...] = (code, collective) if code else (p.name.lower(), p.kind)
        if p.name in parties:
            key = (*key, p.name)  # two parties of one country are two actors, one code
        if tie:
            key = (*key, tie)
        hit = by_key.get(key)
        if hit is not None:
            hit.mentions.append(span)
            continue
        b = Build(p.name, code, country, p.kind, [span], key=key)
        by_key[key] = b
        builds.append(b)

    _named_descriptions(text, builds)
    _short_names(text, builds, w=w)
    _first_names(text, view, persons, builds, w=w)
    _surnames(text, view, persons, w=w)
    _descriptions(view, builds, sentences, w=w)
    if pronouns:
        _relatives(view, builds, w=w)
        _pronouns(text, view, builds, quotes, sentences, w=w)
        _quoted_pronouns(text, view, builds, quotes, sentences, w=w)
        _pronoun_delegates(text, builds)
    _pairs(view, builds, sentences, quotes, w=w)
    return builds


def _latest_named(
    persons: list[Build],
    name: str,
    *,
    w: ActorWords,
    sex: tuple[str, bool | None] = ("", None),
    at: int = 0,
    near: tuple[list[Build], tuple[tuple[int, int], ...]] = ([], ()),
) -> Build | None:
    """The person ``name`` names: of several a bare surname fits, all named in full
    (``_named_in_full``), the one the text called by the bare surname first ("Hillary
    Clinton ... Clinton said ... Bill Clinton ... Clinton said": a namesake the writer
    names in full each time is not who the bare surname stands for, unless named in full
    just before ``at``, where it stands), else the one mentioned last ("Juan Gonzalez" and
    his son "Pablo Gonzalez", then "Gonzalez said"); never one the text tells is of the
    other sex than the name's honorific (``sex``: the text and whether the honorific is a
    woman's: "Mrs. Gonzalez" is not Pablo)."""
    text, female = sex
    fits = [
        b
        for b in persons
        if b.person
        and (same_person(b.person, name, w=w) or _family_name_of(b, name, w=w))
        and (female is None or _told_gender(text, b, w=w) in (None, female))
    ]
    if len(fits) <= 1 or len(_name_tokens(name, w=w)) > 1:
        return fits[0] if fits else None
    people = [b for b in fits if not _group_named(b, w=w)]
    if people and len(people) < len(fits):
        fits = people  # 'Team Clinton's contention ... Clinton said' is no team's word
        if len(fits) == 1:
            return fits[0]
    placed = _of_the_passage(text, fits, at, near)
    if placed is not None:
        return placed
    latest = max(fits, key=lambda b: max(b.mentions))
    if text and all(_named_in_full(text, b, w=w) for b in fits):
        surname = _name_tokens(name, w=w)
        full = [s for s, e in latest.mentions if len(_name_tokens(text[s:e], w=w)) > 1]
        if full and at - max(full) < _NAMESAKE_REACH:
            return latest  # 'Bill Clinton spoke with voters. ... Clinton said'
        bare = {
            id(b): min(
                (s for s, e in b.mentions if _name_tokens(text[s:e], w=w) == surname),
                default=None,
            )
            for b in fits
        }
        called = [b for b in fits if bare[id(b)] is not None]
        if called:
            return min(called, key=lambda b: bare[id(b)] or 0)
    return latest


def _family_name_of(b: Build, name: str, *, w: ActorWords) -> bool:
    """Whether a bare one-word ``name`` is the family name of a person named in full
    before, of a country whose people are named family name first (``Kim Jong Un`` ...
    ``Kim said``; actors.tsv family_first_countries): there the family name opens the
    full name, where :func:`same_person` looks for it at the end."""
    if b.person is None or (b.country or "").lower() not in w.family_first_countries:
        return False
    bare, full = _name_tokens(name, w=w), _name_tokens(b.person, w=w)
    return len(bare) == 1 and len(full) > 1 and full[0] == bare[0]


def _of_the_passage(
    text: str,
    fits: list[Build],
    at: int,
    near: tuple[list[Build], tuple[tuple[int, int], ...]],
) -> Build | None:
    """Of namesakes of different countries ('Saddam Hussein' IRQ, 'King Hussein' JOR), the
    one whose country alone of theirs the passage names (a state mentioned in the bare
    surname's sentence before it, or the sentence before: 'Jordan says the port is its
    only outlet. "...," Hussein said'), else the one mentioned last before it in its own
    paragraph; None when the namesakes share a country or neither tells."""
    builds, sentences = near
    countries = {b.country for b in fits}
    if not text or None in countries or len(countries) < len(fits):
        return None
    if sentences:
        si = _sentence_of(sentences)(at)
        lo = sentences[max(0, si - 1)][0]
        named = {
            b.country
            for b in builds
            if b.kind == "state" and any(lo <= s < at for s, _e in b.mentions)
        } & countries
        if len(named) == 1:
            return next(b for b in fits if b.country in named)
    para = text.rfind("\n", 0, at) + 1
    if para == 0:
        return None  # no paragraphs: the text's own order decides
    last = [
        (max(s for s, _e in b.mentions if para <= s < at), i)
        for i, b in enumerate(fits)
        if any(para <= s < at for s, _e in b.mentions)
    ]
    return fits[max(last)[1]] if last else None


#: how near (in characters) after a namesake's full name a bare surname is still theirs
_NAMESAKE_REACH = 250


def _named_in_full(text: str, b: Build, *, w: ActorWords) -> bool:
    """Whether a person is named by a full name: a listed given name, or a name of two or
    more words somewhere not opening a sentence or line (a capitalised word opening one,
    "Beneath Clinton's wins", may be no given name) whose first word is no title, honorific
    or common noun of people or groups (``_not_given``: "King Hussein", "Team Clinton's
    contention", "Camp Clinton" name no one in full)."""
    toks = _name_tokens(b.person or "", w=w)
    if len(toks) < 2:
        return False
    if _given_gender(b.person or "", w=w) is not None:
        return True
    not_given = _not_given(w)
    return any(
        len(mt := _name_tokens(text[s:e], w=w)) > 1
        and mt[0] not in not_given
        and text[max(0, s - 20) : s].rstrip()[-1:] not in ("", ".", "!", "?")
        for s, e in b.mentions
    )


def _group_named(b: Build, *, w: ActorWords) -> bool:
    """Whether a 'person' is a common noun of people or a group before a surname ('Team
    Clinton', 'Camp Sanders'): a surname's group, no namesake of its bearer (a title,
    'King Hussein', does name a person)."""
    toks = _name_tokens(b.person or "", w=w)
    return (
        len(toks) > 1
        and toks[0] in speaker_nouns()
        and toks[0] not in _title_words()
        and _given_gender(b.person or "", w=w) is None
    )


@functools.cache
def _not_given(w: ActorWords) -> frozenset[str]:
    """Words that open a capitalised phrase before a surname without being a given name:
    the words of role titles ('President', 'Senator'), monarchs' titles ('King'),
    honorifics, words the actor tables mark as no name, and the common nouns of people,
    groups and organisations of the quotes' speaker table ('Team', 'Camp', 'Aide')."""
    return _title_words() | w.monarch_titles | w.honorifics | w.not_name_words | speaker_nouns()


def _given_gender(name: str, *, w: ActorWords) -> bool | None:
    """True when a full name's given name is a woman's ("Claudia Obi"), False for a man's."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    if words[0] in w.female_given_names:
        return True
    return False if words[0] in w.male_given_names else None


def _addressed(text: str, start: int, *, w: ActorWords) -> bool | None:
    """True when the mention at ``start`` is a woman's by its honorific ("Mrs. Obi"),
    False for a man's ("Mr. Obi")."""
    words = [
        *text[max(0, start - 6) : start].lower().split()[-1:],
        *text[start : start + 5].lower().split()[:1],
    ]
    if any(x in w.female_honorifics for x in words):
        return True
    return False if any(x in w.male_honorifics for x in words) else None


def _reflexive(text: str, end: int, *, w: ActorWords) -> bool | None:
    """True when a reflexive of a woman follows the mention ending at ``end`` ("Clinton
    herself"), False for a man's ("Clinton himself")."""
    after = text[end : end + 10].lower().split()[:1]
    if any(x in w.female_reflexives for x in after):
        return True
    return False if any(x in w.male_reflexives for x in after) else None


def _told_gender(text: str, b: Build, *, w: ActorWords) -> bool | None:
    """Whether a person is a woman by their given name or an honorific of theirs."""
    given = _given_gender(b.person or "", w=w)
    if given is not None:
        return given
    told = {_addressed(text, s, w=w) for s, _e in b.mentions} - {None}
    return told.pop() if len(told) == 1 else None


_LAST_WORD = re.compile(r"(\w+)\s+$")
#: roles of armed groups outside a state's forces; a description of one ("the militants",
#: "the rebels") may refer back to any of them, or to a transnational militant group
_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})


def _definite(text: str, start: int, *, w: ActorWords) -> bool:
    """Whether a definite determiner comes right before ``start`` ("the ministry")."""
    hit = _LAST_WORD.search(text, max(0, start - 8), start)
    return hit is not None and hit.group(1).lower() in w.definite_determiners


def _role_fits(roles: frozenset[str], code: str) -> bool:
    """Whether an actor coded ``code`` can be what a description with ``roles`` names:
    "the ministry" (GOV) a RUSGOV ministry, "the militants" (REB) a SOMINS group or an
    IMG group, "the court" (JUD) the IGOICJJUD World Court."""
    if code.startswith("IMG"):
        return bool(roles & _ARMED)
    if code[:3] in _NON_STATE and len(code) > 6:
        # an international body whose own code carries the role: "the World Court ... the
        # court" (IGOICJJUD); not a bare IGO or NGO ("the UN ... the government")
        return roles <= frozenset(sectors_of(code[6:]))
    if len(code) <= 3 or code[:3] in _NON_STATE:
        return False
    have = frozenset(sectors_of(code[3:]))
    return roles <= have or (bool(roles & _ARMED) and bool(have & _ARMED))


#: how many sentences back a role description may refer
_ROLE_REACH = 2
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _role_antecedent(
    p: Proto, builds: list[Build], sentences: tuple[tuple[int, int], ...], view: ParseView
) -> Build | None:
    """``Russia's foreign ministry summoned the British envoy. The ministry accused
    London``: a definite description made of a role alone ("the ministry", "the army",
    "the militants") is the most recent actor of that role with a country, named in this
    or the two previous sentences, not a person. None when that is ambiguous (two such
    actors of different codes in that sentence) or when a place is named earlier in the
    description's own sentence ("In Uganda, the government"): the place tells whose. An
    armed description ("the militants", "the rebels") after such a place still refers back to
    an armed group the text named ("Houthi rebels attacked a ship. In Washington, the Pentagon
    said the rebels ...", "In London, the minister condemned the rebels"): where a story is
    told from does not say whose fighters they are; but the subject of the sentence's own
    act in the place ("Al-Shabab attacked a base. In Ethiopia, the rebels clashed with
    troops": :func:`_own_doer`) is of the place."""
    if not p.code or p.country or not role_only(p.code):
        return None
    roles = frozenset(sectors_of(p.code))
    sent = _sentence_of(sentences)

    here = sent(p.start)
    placed = _placed_before(p.start, here, sent, view)
    if placed and not roles & _ARMED:
        return None
    found: list[tuple[int, Build]] = []
    for b in builds:
        if b.kind == "person" or not b.code:
            continue
        if placed and not (_named_armed(b) and not _own_doer(view, p.start, p.end)):
            continue
        for s, e in b.mentions:
            if e <= p.start and here - sent(s) <= _ROLE_REACH and _role_fits(roles, b.code):
                found.append((s, b))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    last_s, best = found[-1]
    rivals = {b.code for s, b in found if sent(s) == sent(last_s)}
    return best if len(rivals) == 1 else None


def _named_armed(b: Build) -> bool:
    """Whether ``b`` is an armed group whose own words tell whose it is ("Houthi rebels",
    "al-Shabab", "Islamic State", "Somali militants"): a transnational group or a code with a
    country and an armed role (a bare "militants" has no country yet: context lends it later)."""
    assert b.code is not None
    return b.code.startswith("IMG") or bool(frozenset(sectors_of(b.code[3:])) & _ARMED)


def _own_doer(view: ParseView, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is the subject of the sentence's own act,
    not of a clause a speaker reports ("the Pentagon said [the rebels fired]": a
    ``ccomp`` on the way to the root) nor the object of another's act ("condemned the
    rebels")."""
    if not view.has_deps:
        return False
    i = view.head_token(start, end)
    if view.dep[i] != "nsubj":
        return False
    for _ in range(len(view.head)):
        if view.dep[i] == "ccomp":
            return False
        if view.head[i] == i:
            return True
        i = view.head[i]
    return True


def _placed_before(start: int, here: int, sent: Callable[[int], int], view: ParseView) -> bool:
    """Whether a place is named before ``start`` in its own sentence ``here`` ("In Uganda,
    the government"): the place, not an earlier actor, tells whose a description is."""
    return any(
        x.label in _PLACE_LABELS
        and x.end <= start
        and sent(x.start) == here
        and _located(view, x.start, x.end)
        for x in (view.entities if view.has_parse else ())
    )


def _acting_state(
    p: Proto,
    builds: list[Build],
    sentences: tuple[tuple[int, int], ...],
    view: ParseView,
    *,
    w: ActorWords,
) -> str | None:
    """``Ukraine said Russian drones struck a plant. The ministry accused Moscow``: a
    definite description of one of a state's own bodies (``state_body_roles``: "the
    ministry", "the army") that no actor of its role precedes is a body of the state last
    named as the subject of a clause of its own (not one another reports) in this or the
    two previous sentences, or of that state's body ("Ukraine's air force said"); None
    when the last such subject is no state's (a group, a company), or a place named earlier
    in its own sentence tells whose ("In Uganda, the government")."""
    if p.kind != "organization" or not p.code or p.country or not role_only(p.code):
        return None  # a body, not people of a role ("the prime ministers", "the soldiers")
    if not view.has_deps:
        return None
    if not set(sectors_of(p.code)) <= {r.upper() for r in w.state_body_roles}:
        return None
    sent = _sentence_of(sentences)
    here = sent(p.start)
    if _placed_before(p.start, here, sent, view):
        return None
    subjects: list[tuple[int, Build]] = []
    for b in builds:
        if not b.code:
            continue
        for s, e in b.mentions:
            if e > p.start or here - sent(s) > _ROLE_REACH:
                continue
            i = view.head_token(s, e)
            if view.dep[i] != "nsubj":
                continue
            verb = view.head[i]
            if view.dep[verb] in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp"):
                continue  # the subject of what another reports or of a dependent clause
            subjects.append((s, b))
    if not subjects:
        return None
    _s, last = max(subjects, key=lambda x: x[0])
    if last.kind == "person" or not last.country or not last.code:
        return None
    if last.code == last.country or (
        last.code[:3] == last.country
        and set(sectors_of(last.code)) <= {r.upper() for r in w.state_body_roles}
    ):
        return last.country
    return None


#: prepositions that place what happens ("In Uganda, the government ...")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "throughout"})


def _located(view: ParseView, start: int, end: int) -> bool:
    """Whether the place named at ``start``-``end`` is where something happens (the object
    of "in", "at"), not a party named by its place ("U.S. officials", "Iraq's army")."""
    if not view.has_deps:
        return True
    i = view.head_token(start, end)
    return view.dep[i] == "pobj" and view.lower[view.head[i]] in _PLACE_PREPOSITIONS


_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|its|their)\s+$", re.IGNORECASE)
_NON_STATE = ("IGO", "IMG", "NGO")


def _pronoun_delegates(text: str, builds: list[Build]) -> None:
    """A state's delegation to an organisation named through a pronoun is the state's:
    "Iran's U.N. ambassador ... his U.N. mission" is Iran's mission (IRNGOV), as "Iran's
    U.N. mission" is (the phrase grammar's delegates), not the U.N.'s."""
    owner_of = {m: b for b in builds for m in b.mentions}
    for b in list(builds):
        if not b.code or not b.code.startswith("IGO") or len(b.code) <= 6:
            continue  # an organisation's own people or bodies carry a role: "IGOUNOGOV"
        for m in list(b.mentions):
            hit = _POSSESSIVE_BEFORE.search(text, max(0, m[0] - 8), m[0])
            if hit is None:
                continue
            owner = owner_of.get((hit.start(), hit.start() + len(hit.group().rstrip())))
            if owner is None or not owner.country or not owner.code:
                continue
            if owner.code.startswith(_NON_STATE):
                continue
            code = owner.country + "GOV"
            target = next(
                (x for x in builds if x.code == code and x.kind == b.kind and x.person is None),
                None,
            )
            if target is None:
                target = Build(text[m[0] : m[1]], code, owner.country, b.kind, [])
                builds.append(target)
            target.mentions.append(m)
            b.mentions.remove(m)
        if not b.mentions:
            builds.remove(b)


def _named_descriptions(text: str, builds: list[Build]) -> None:
    """``The charity Doctors Without Borders``, ``al-Shabab, the militant group``: a
    description with no name of its own (lower case) right before a named organisation
    or group, or after it and a comma, of a compatible code (``NGO`` and ``NGOMSF``) is
    that organisation; its mentions join the named one."""
    generic = [b for b in builds if b.kind in ("organization", "group") and _unnamed(b)]
    if not generic:
        return
    named = sorted(
        (
            (s, e, b)
            for b in builds
            if b.kind in ("organization", "group") and not _unnamed(b)
            for s, e in b.mentions
        ),
        key=lambda x: (x[0], x[1]),  # two builds may share a mention: never compare them
    )
    starts = [s for s, _e, _b in named]
    for g in generic:
        for s, e in list(g.mentions):
            i = bisect.bisect_left(starts, e)
            after = named[i] if i < len(named) else None
            before = named[i - 1] if i > 0 and named[i - 1][1] <= s else None
            hit = None
            if after is not None and not text[e : after[0]].strip():
                hit = after[2]
            elif before is not None and text[before[1] : s].strip() in (",", ", the", ", a"):
                hit = before[2]
            if hit is None or hit is g or not _compatible(g.code, hit.code):
                continue
            hit.mentions.extend(g.mentions)
            g.mentions.clear()
            break


def _short_names(text: str, builds: list[Build], *, w: ActorWords) -> None:
    """``The European Commission fined X. The Commission accused ...``: a body named again
    by the last word of its full name alone, capitalised after a definite article ("the
    Commission", "the Council"), is the coded body named in full before whose name ends in
    that word, the most recently named one; its mentions join it."""
    named = sorted(
        (
            (s, e, b)
            for b in builds
            if b.kind == "organization" and b.code
            for s, e in b.mentions
            if " " in text[s:e].strip()
        ),
        key=lambda x: (x[0], x[1]),  # two bodies may share a mention: never compare them
    )
    if not named:
        return
    for b in list(builds):
        if b.kind != "organization" or b.code or not b.mentions:
            continue
        words = {text[s:e] for s, e in b.mentions}
        if len(words) != 1:
            continue
        word = words.pop()
        if not word.isalpha() or not word[0].isupper() or word.isupper():
            continue
        if not all(_definite(text, s, w=w) for s, _e in b.mentions):
            continue
        first = min(s for s, _e in b.mentions)
        before = [(s, x) for s, e, x in named if e <= first and text[s:e].split()[-1] == word]
        if not before:
            continue
        target = max(before, key=lambda y: y[0])[1]
        target.mentions.extend(b.mentions)
        b.mentions.clear()
        builds.remove(b)


def _unnamed(b: Build) -> bool:
    return not any(ch.isupper() for ch in b.name)


def _compatible(general: str | None, specific: str | None) -> bool:
    """Whether a description's code fits a named actor's (``NGO`` fits ``NGOMSF``, ``SOM``
    fits ``SOMINS``; no code fits any)."""
    if not general:
        return True
    return bool(specific) and (specific or "").startswith(general[:3])


_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "ADV", "NUM"})
#: how many sentences back a description may refer
_DESCRIPTION_REACH = 3


def _descriptions(
    view: ParseView, builds: list[Build], sentences: tuple[tuple[int, int], ...], *, w: ActorWords
) -> None:
    """``the group`` (after ``al-Shabab``), ``the Southeast Asian nation`` (after
    ``Malaysia``), ``the party`` (after ``the NLD``): a definite description headed by a
    noun of ``descriptions.tsv`` that no actor covers refers to the most recent named actor
    of its kind within three sentences."""
    if not view.has_deps:
        return
    nouns = data.descriptions()
    sent = _sentence_of(sentences)

    parties = _party_names()
    # the roles of bodies "the group" never refers to (``group_roles.tsv``)
    no_groups = data.group_roles()

    def named(b: Build, refers: str) -> bool:
        if refers == "state":
            return b.kind == "state"
        if refers == "campaign":
            # whose campaign a mention owns is told per mention (``owner_of``)
            return b.kind in ("person", "organization")
        if refers == "namesake":
            # a coded body whose name ends in the noun is told per mention (``ends_in``)
            # (a state's own body is a state build: "the State Department", USAGOV)
            return b.kind in ("organization", "group", "state") and bool(b.code)
        if refers == "party":
            # a party of the party table, whatever its code ("the Chinese Communist Party" is
            # CHNGOV), or one a role word names ("the ruling party")
            return b.kind == "organization" and (b.name in parties or "PTY" in sectors_of(b.code))
        # a named organisation or armed group (not a bare role such as "militants")
        code = b.code or ""
        if refers == "group" and set(sectors_of(code)) & no_groups:
            return False  # "the group" is no state's office, medium or school
        return b.kind in ("organization", "group") and (
            code[:3] in ("IGO", "NGO", "IMG") or (bool(b.country) and code != b.country)
        )

    covered = sorted(m for b in builds for m in b.mentions)

    def owner_of(s: int, e: int, noun: str) -> bool:
        # the mention owns a body of the description's own noun: its possessor or the
        # name before it ("Hillary Clinton's campaign", "the Sanders campaign") or the
        # object of its "of" ("the campaign of Bernie Sanders")
        h = view.head_token(s, e)
        up = view.head[h]
        if view.dep[h] in ("poss", "compound", "nmod", "amod"):
            return view.lower[up] == noun and up != h
        if view.dep[h] == "pobj" and view.lower[up] == "of":
            return view.lower[view.head[up]] == noun and view.head[up] != up
        return False

    def ends_in(s: int, e: int, noun: str) -> bool:
        # the body's name of several words ends in the description's noun ("the State
        # Department ... the department", "the Supreme Court ... the court")
        words = view.text[s:e].split()
        return len(words) > 1 and words[-1].lower() == noun

    def plural_head(end: int) -> bool:
        # a mention ending in a plural noun for bodies, or naming one ("U.N. agencies"), is
        # several bodies; one ending in a plural noun for people names one body by its
        # members ("Taliban militants", "Hamas fighters": "the group" is that body)
        k = bisect.bisect_left(view.starts, end) - 1
        if k < 0 or view.ends[k] != end:
            return False
        if view.dep[k] == "conj" and view.head[k] < k:
            k = view.head[k]  # "MSF and U.N. agencies": both name the agencies
        if view.dep[k] in ("compound", "nmod", "amod") and view.head[k] > k:
            k = view.head[k]
        return view.tag[k] == "NNS" and _singular(view.lower[k]) in nouns

    for i in range(len(view)):
        refers = nouns.get(view.lower[i])
        if refers is None or _in(covered, view.starts[i]):
            continue
        if view.pos[i] != "NOUN" and not (
            # "a spokesman for the bloc": a description noun the tagger took for a proper
            # noun, written in lower case, is still the common noun
            view.pos[i] == "PROPN" and view.text[view.starts[i]].islower()
        ):
            continue
        if view.dep[i] == "compound":
            continue  # "the group leader"
        j = i - 1
        while (
            j >= 0
            and i - j <= 4
            and view.pos[j] in _MODIFIER_POS
            and view.lower[j] not in w.definite_determiners
        ):
            if view.head[j] != i and view.head[view.head[j]] != i:
                break
            j -= 1
        if j < 0 or view.lower[j] not in w.definite_determiners:
            continue
        start, end = view.starts[j], view.ends[i]
        if view.dep[i] == "attr":
            # a predicate is its clause's subject ("Russia is the only country that ...",
            # "the Netherlands became the last country to ratify"), no party before it
            subject = _predicated(view, i)
            owner = next(
                (b for b in builds if subject is not None and _in(b.mentions, subject)), None
            )
            if owner is not None:
                if named(owner, refers):
                    owner.mentions.append((start, end))
                continue
            if subject is None or view.pos[view.token_at(subject)] not in ("PRON", "DET"):
                continue
            # a pronoun or demonstrative subject no build holds yet ("It is the only
            # country that ...", "This is the group that ..."): the description refers
            # back as the pronoun does, to the party told before
        elif _not_referring(view, i, refers):
            continue
        if refers == "campaign" and view.dep[i] not in ("nsubj", "nsubjpass", "poss", "pobj"):
            continue  # "the campaign" as a doer ("the campaign unveiled"), not an arena
        if refers == "campaign" and view.dep[i] == "pobj" and view.lower[view.head[i]] != "by":
            continue  # "during the campaign", "into the campaign": the race, no party
        # a party named in its own words tells whose it is ("the Saudi kingdom", "the NATO
        # alliance"): no other party told before, unless of the same family of bodies ("the
        # United Nations health agency" after the World Health Organization)
        # (not a party hung on a participle among those words, "the Iran-backed group",
        # "the U.S.-led coalition": its patron, not whose it is)
        inside = [
            b
            for b in builds
            if any(
                start <= s < view.starts[i] and not _patron(view, s, e, i, w=w)
                for s, e in b.mentions
            )
        ]
        families = {(b.code or "")[:3] for b in inside} & set(_NON_STATE)
        here = sent(start)
        # a description another party's clause names it in is another party: "upgrading
        # India's ties with the island nation", "Chile sent envoys to the country" (not its
        # possessor, "Chile's leader defended the nation's claims")
        clause = _clause_head(view, i) if view.dep[i] != "poss" else None
        best: tuple[int, Build] | None = None
        found: list[tuple[int, int, Build]] = []
        for b in builds:
            if not named(b, refers):
                continue
            for s, e in b.mentions:
                if clause is not None and _clause_head(view, view.token_at(s)) == clause:
                    continue
                if refers == "campaign" and not owner_of(s, e, view.lower[i]):
                    continue
                if refers == "namesake" and not ends_in(s, e, view.lower[i]):
                    continue
                if e <= start and here - sent(s) <= _DESCRIPTION_REACH:
                    if view.tag[i] == "NN" and plural_head(e):
                        continue  # "the agency" is none of "U.N. agencies"
                    found.append((s, e, b))
                    if best is None or s > best[0]:
                        best = (s, b)
        subject = view.dep[i] == "nsubj" or (
            # (or the possessor of its clause's subject: "Human Rights Watch accused the
            # army. The group's director said ...": HRW's director)
            view.dep[i] == "poss" and view.dep[view.head[i]] == "nsubj"
        )
        if best is not None and j == i - 1 and subject and sent(best[0]) < here:
            # a bare description that is its clause's subject goes on from the subject of
            # the sentence before, not from a party that sentence acted on ("Pakistan
            # criticized India. The country also ...": Pakistan; a described one, "the
            # island nation", names the one it describes, the most recent)
            last = sent(best[0])
            subjects = [
                (s, b)
                for s, e, b in found
                if sent(s) == last and view.dep[view.head_token(s, e)] == "nsubj"
            ]
            # (a possessor's description goes on from the subject only when that sentence
            # names no other party of its kind as the possessor of what the subject struck
            # or took: "Russia attacked Ukraine's grid. The country's president said ...":
            # the country hurt speaks, Ukraine's president; after words, "Japan protested
            # China's drills. The country's minister said ...", Japan's)
            possessed = view.dep[i] == "poss" and any(
                sent(s) == last
                and b is not subjects[0][1]
                and _harmed_possessor(view, view.head_token(s, e), w=w)
                for s, e, b in found
                if subjects
            )
            if len(subjects) == 1 and not possessed:
                best = subjects[0]
        if (
            best is not None
            and inside
            and best[1] not in inside
            and (best[1].code or "")[:3] not in families
        ):
            continue
        if best is not None:
            if view.pos[i] == "PROPN" and _nearer_same_noun(view, i, j, best, found):
                # a lower-case description the tagger took for a name ("a spokesman for
                # the bloc") whose noun the article repeated since the body it would refer
                # to was named ("The EU urged calm. The opposition bloc boycotted
                # parliament. A spokesman for the bloc said ..."): that nearer one may be
                # another body; left unlinked
                continue
            best[1].mentions.append((start, end))


def _nearer_same_noun(
    view: ParseView,
    i: int,
    j: int,
    best: tuple[int, Build],
    found: list[tuple[int, int, Build]],
) -> bool:
    """Whether the noun of the description at token ``i`` (its phrase from token ``j``)
    is repeated after the latest mention of the party ``best`` that is not itself such a
    description (its name: "the European Union", not "the opposition bloc" linked to it)
    and before the phrase: "the bloc" then goes on from that nearer "bloc"."""
    noun = view.lower[i]
    ends = [e for s, e, b in found if b is best[1] and not view.text[s:e].lower().endswith(noun)]
    after = max(ends, default=None)
    if after is None:
        return False
    # (its name's mentions, not the descriptions linked to it)
    mentions = [(s, e) for s, e in best[1].mentions if not view.text[s:e].lower().endswith(noun)]

    def of_name(k: int) -> bool:
        # the noun the name itself hangs on ("The BRICS bloc met"), the same body
        return any(
            view.head[m] == k and any(s <= view.starts[m] < e for s, e in mentions)
            for m in range(max(0, k - 4), k)
        )

    return any(
        view.lower[k] == noun and not of_name(k) for k in range(j) if view.starts[k] >= after
    )


def _harmed_possessor(view: ParseView, k: int, *, w: ActorWords) -> bool:
    """Whether token ``k`` possesses the thing a verb of physical harm acts on, as its
    object or its preposition's object ("attacked Ukraine's grid", "fired at Israel's
    south": ``harming_verbs``): its owner is the party hurt. Not the thing of a verbal
    reaction ("protested China's drills", "welcomed India's decision")."""
    if view.dep[k] != "poss":
        return False
    thing = view.head[k]
    verb = view.head[thing]
    if view.dep[thing] == "pobj" and view.dep[verb] == "prep":
        verb = view.head[verb]
    elif view.dep[thing] != "dobj":
        return False
    return view.pos[verb] == "VERB" and view.lower[verb] in w.harming_verbs


def _predicated(view: ParseView, i: int) -> int | None:
    """The start offset of the subject the predicate noun at token ``i`` is said of: its
    verb's subject, or, for a verb with none of its own ("by being the only country"), the
    subject of the verb it hangs on, past a preposition."""
    verb = view.head[i]
    for _ in range(3):
        for k in range(max(0, verb - 12), verb):
            if view.head[k] == verb and view.dep[k] in _SUBJECT:
                return view.starts[k]
        if view.head[verb] == verb:
            return None
        verb = view.head[verb]
    return None


def _not_referring(view: ParseView, i: int, refers: str) -> bool:
    """Whether the description headed by token ``i`` names no party told before: an
    object's predicate ("making it the first European country to ..."), or one its own
    "of" phrase names ("the nation of Bangladesh": a proper name) or, for a description
    of a body, sorts ("the first group of 230 evacuees": a plural noun). A state counted
    by its people ("the nation of 22 million people", "the country of 44 million") still
    refers back."""
    if view.dep[i] == "oprd":
        return True
    for k in range(i + 1, min(len(view), i + 3)):
        if view.head[k] != i or view.dep[k] != "prep" or view.lower[k] != "of":
            continue
        for o in range(k + 1, min(len(view), k + 8)):
            if view.head[o] != k or view.dep[o] != "pobj":
                continue
            if view.pos[o] == "PROPN":
                return True
            if refers != "state" and view.tag[o] in ("NNS", "NNPS"):
                return True
    return False


def _patron(view: ParseView, start: int, end: int, head: int, *, w: ActorWords) -> bool:
    """Whether the mention at ``start``-``end``, among the words of the description headed
    by token ``head``, hangs on a participle modifying it ("Iran" of "the Iran-backed
    group", one word to the tagger): a backer of the body, not the body's owner. A leader
    (``leader_participles``: "the Saudi-led coalition") is the body's own party."""
    t = view.token_at(start)
    word = view.lower[t]
    rest = word[end - view.starts[t] :] if view.ends[t] > end else ""
    if rest.startswith("-") and rest.endswith("ed"):
        return rest[1:] not in w.leader_participles
    t = view.head_token(start, end)
    for _ in range(4):
        h = view.head[t]
        if h == t or h == head:
            return False
        if view.tag[h] == "VBN" or (view.pos[h] == "VERB" and view.lower[h].endswith("ed")):
            return view.lower[h] not in w.leader_participles
        t = h
    return False


def _singular(noun: str) -> str:
    """The singular of a regular English plural ("agencies" agency, "groups" group)."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def _clause_head(view: ParseView, i: int) -> int:
    """The verb (or auxiliary, or sentence root) whose clause token ``i`` is in."""
    for _ in range(64):
        if view.pos[i] in ("VERB", "AUX") or view.head[i] == i:
            return i
        i = view.head[i]
    return i


#: words that make a plural description one of two parties ("the two leaders", "both sides")
_PAIR_WORDS = frozenset({"two", "both"})


def _pair_fits(refers: str, b: Build) -> bool:
    if not b.code:  # a named person the context will give a country ("Clinton")
        return b.kind == "person" and b.person is not None and refers != "state"
    if role_only(b.code):
        return False
    governing = b.kind != "person" and b.code == f"{b.country}GOV"  # "India's leaders"
    if refers == "person":
        return b.kind == "person" or governing
    if refers == "state":
        return b.kind == "state" or governing
    return True


def _pairs(
    view: ParseView,
    builds: list[Build],
    sentences: tuple[tuple[int, int], ...],
    quotes: list[tuple[int, int]],
    *,
    w: ActorWords,
) -> None:
    """``Kenya and Rwanda signed a pact. The two leaders ...``: "the two" or "both" with
    a plural noun of ``pairs.tsv`` (or "the two" alone, "The two met") names the two
    parties of the nearest sentence (this one, before it, or up to two back) that names
    any: exactly two there, or exactly one pair coordinated as a subject ("X and Y met
    Z"); else nothing (a null side is better than a wrong one). The description becomes a
    mention of both."""
    if not view.has_deps:
        return
    nouns = data.pair_nouns()
    sent = _sentence_of(sentences)

    for i in range(len(view) - 1):
        if view.lower[i] in w.definite_determiners and i + 1 < len(view):
            # "Kagame met Ruto ... the presidents signed": a definite plural title
            # of persons, no "of" phrase after it, is the two persons just named
            k = _past_modifiers(view, i + 1)
            if (
                k < len(view)
                and nouns.get(view.lower[k]) == "person"
                and view.tag[k] == "NNS"
                and view.dep[k] in ("nsubj", "nsubjpass")
                and not (k + 1 < len(view) and view.lower[k + 1] == "of")
            ):
                start, end = view.starts[i], view.ends[k]
                pair = _pair_before(
                    view, builds, "person", start, sent, quotes, persons_only=True
                )
                if pair is not None:
                    _take_pair(builds, pair, start, end)
            continue
        if view.lower[i] not in _PAIR_WORDS:
            continue
        if view.lower[i] == "two" and (i == 0 or view.lower[i - 1] not in w.definite_determiners):
            continue
        first = i - 1 if view.lower[i] == "two" else i
        k = _past_modifiers(view, i + 1)  # "the two African countries", "both Gulf states"
        if k < len(view) and view.lower[k] in nouns and view.pos[k] == "NOUN":
            refers, last = nouns[view.lower[k]], k
        elif view.lower[i] == "two" and view.pos[i + 1] in ("VERB", "AUX"):
            refers, last = "any", i  # "The two met"
        else:
            continue
        start, end = view.starts[first], view.ends[last]
        pair = _pair_before(view, builds, refers, start, sent, quotes)
        if pair is None:
            continue
        _take_pair(builds, pair, start, end)


def _take_pair(builds: list[Build], pair: tuple[Build, Build], start: int, end: int) -> None:
    """The description at [start, end) becomes a mention of both of the pair; a role it was
    read as ("leaders": GOV) yields."""
    for b in builds:
        if b not in pair and (not b.code or role_only(b.code)):
            b.mentions[:] = [m for m in b.mentions if m[1] <= start or m[0] >= end]
    for b in pair:
        b.mentions.append((start, end))


def _past_modifiers(view: ParseView, i: int, most: int = 2) -> int:
    """The first token from ``i`` on past at most ``most`` modifiers of a noun: adjectives
    and proper-noun compounds ("African", "Gulf")."""
    k = i
    while (
        k < len(view)
        and k - i < most
        and (view.pos[k] == "ADJ" or (view.pos[k] == "PROPN" and view.dep[k] == "compound"))
    ):
        k += 1
    return k


def _pair_before(
    view: ParseView,
    builds: list[Build],
    refers: str,
    start: int,
    sent: Callable[[int], int],
    quotes: list[tuple[int, int]],
    *,
    persons_only: bool = False,
) -> tuple[Build, Build] | None:
    """The two parties a pair description at ``start`` names, of the nearest sentence
    that names any outside quotation marks (a speaker's words name no side of the
    story: "'Olmert is weak on the Israeli side,' said Gazit. Officials from both sides
    met": not Olmert and Gazit)."""
    here = sent(start)
    pair_at = view.token_at(start)
    for back in range(_ROLE_REACH + 1):
        at: list[tuple[int, int, Build]] = sorted(
            (
                (s, e, b)
                for b in builds
                if _pair_fits(refers, b) and (b.kind == "person" or not persons_only)
                for s, e in b.mentions
                if e <= start
                and sent(s) == here - back
                and not _in(quotes, s)
                and not (back == 0 and _reports_clause(view, view.head_token(s, e), pair_at))
            ),
            key=lambda x: (x[0], x[1]),
        )
        named: list[Build] = []
        for _s, _e, b in at:
            if not any(b is n for n in named):
                named.append(b)
        if not named:
            continue
        if len(named) == 2:
            return named[0], named[1]
        if len(named) == 1:
            # one here, the other the one party of the nearest sentence before that names
            # any other ("Ruto visited Rwanda. After talks with Kagame, both leaders")
            other = _one_other_before(
                builds, named[0], here - back, start, sent, refers, quotes
            )
            return (other, named[0]) if other is not None else None
        pair = _named_as_pair(view, at)
        if pair is not None:
            return pair
        if refers == "person":
            # "no meeting between Obama and Rouhani, the White House said. The two
            # leaders ...": persons before the offices named beside them
            persons = [b for b in named if b.kind == "person"]
            return (persons[0], persons[1]) if len(persons) == 2 else None
        return None
    return None


def _reports_clause(view: ParseView, party: int, pair: int) -> bool:
    """Whether the party at token ``party`` is the subject or object of the verb whose
    clausal complement holds the pair description at ``pair`` ("Journalists tell VOA the
    two sides exchanged fire", "the minister said both sides agreed"): the teller or the
    told, no side of what is told."""
    if pair < 0 or view.dep[party] not in ("nsubj", "dobj", "dative"):
        return False
    t = pair
    for _ in range(len(view)):
        h = int(view.head[t])
        if h == t:
            return False
        if view.dep[t] == "ccomp" and h == view.head[party]:
            return True
        t = h
    return False


def _named_as_pair(
    view: ParseView, at: list[tuple[int, int, Build]]
) -> tuple[Build, Build] | None:
    """Of one sentence's several parties, the one pair the sentence names as a pair: two
    coordinated as a clause's subject ("X and Y met Z"), or one subject phrase naming
    two ("U.S. and Iranian diplomats held talks"); else the two ends of a "between"
    ("talks between X and Y", "fighting between X and Y"). None when there is no such
    pair, or more than one."""
    heads: dict[int, list[Build]] = {}
    for s, e, b in at:
        members = heads.setdefault(view.head_token(s, e), [])
        if not any(b is m for m in members):
            members.append(b)

    def one(t: int) -> Build | None:
        return heads[t][0] if len(heads[t]) == 1 else None

    def first_of(t: int) -> tuple[int, Build] | None:
        # the first conjunct: a mention's head, or a word inside one mention ("U.S.
        # and Iranian diplomats": "U.S." in the first mention)
        first = int(view.head[t])
        if first in heads:
            a = one(first)
            return (first, a) if a is not None else None
        covering = [
            (h, b)
            for s, e, b in at
            if s <= view.starts[first] < e and (h := view.head_token(s, e)) != t
        ]
        return covering[0] if len({id(b) for _h, b in covering}) == 1 else None

    def coordinated(ok: Callable[[int], bool]) -> list[tuple[Build, Build]]:
        out: list[tuple[Build, Build]] = []
        for t in heads:
            if view.dep[t] != "conj":
                continue
            found, b = first_of(t), one(t)
            if found is None or b is None or not ok(found[0]) or found[1] is b:
                continue
            out.append((found[1], b))
        return out

    subjects = coordinated(lambda t: view.dep[t] in _SUBJECT)
    subjects += [
        (ms[0], ms[1]) for t, ms in heads.items() if len(ms) == 2 and view.dep[t] in _SUBJECT
    ]
    if subjects:
        return subjects[0] if len(subjects) == 1 else None
    between = coordinated(
        lambda t: view.dep[t] == "pobj" and view.lower[view.head[t]] == "between"
    )
    return between[0] if len(between) == 1 else None


def _one_other_before(
    builds: list[Build],
    one: Build,
    at: int,
    start: int,
    sent: Callable[[int], int],
    refers: str,
    quotes: list[tuple[int, int]],
) -> Build | None:
    """The one party of ``refers``' kind other than ``one`` that the nearest sentence
    before sentence ``at`` (within reach of ``start``'s) names; None when it names two."""
    here = sent(start)
    for back in range(here - at + 1, _ROLE_REACH + 1):
        found = {
            id(b): b
            for b in builds
            if b is not one
            and _pair_fits(refers, b)
            and (b.kind == "person" or refers != "person")
            and any(
                sent(s) == here - back and e <= start and not _in(quotes, s)
                for s, e in b.mentions
            )
        }
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _relatives(view: ParseView, builds: list[Build], *, w: ActorWords) -> None:
    """``Hoshyar Zebari, who will attend ...``: the relative pronoun subject of a relative
    clause is a mention of the actor the clause describes."""
    if not view.has_deps:
        return
    spans = [(s, e, b) for b in builds for s, e in b.mentions]
    for i in range(len(view)):
        if view.lower[i] not in w.coref_relatives or view.dep[i] not in ("nsubj", "nsubjpass"):
            continue
        verb = view.head[i]
        if view.dep[verb] != "relcl":
            continue
        at = view.starts[view.head[verb]]
        owner = next((b for s, e, b in spans if s <= at < e), None)
        if owner is not None:
            owner.mentions.append((view.starts[i], view.ends[i]))


@functools.cache
def _title_words() -> frozenset[str]:
    """Every word of a role phrase ('president', 'minister'): no one's first name."""
    return frozenset(w for r in data.roles() for w in r.phrase.lower().split())


def _first_names(
    text: str, view: ParseView, persons: list[Build], builds: list[Build], *, w: ActorWords
) -> None:
    """``Dana Voss, a senior engineer, ...`` ... ``said Voss``: a person known only by
    a surname whose full name stands earlier, where the tagger named no one (it took
    ``Dana Voss`` for a place), is that person: the full name becomes their first
    mention and their name."""
    single = [b for b in persons if b.person and len(_name_tokens(b.person, w=w)) == 1]
    if not single:
        return
    covered = sorted(m for b in builds for m in b.mentions)
    titles = _title_words()
    for b in single:
        key = (b.person or "").lower()
        for i in range(1, len(view)):
            s = view.starts[i]
            if s >= b.first:
                break
            if view.lower[i] != key or not text[s : s + 1].isupper():
                continue
            p = i - 1
            ps = view.starts[p]
            if (
                view.pos[p] != "PROPN"
                or not text[ps : ps + 1].isupper()
                or view.lower[p] in titles
                or view.lower[p] in w.honorifics
                or _in(covered, ps)
                or _in(covered, s)
            ):
                continue
            b.mentions.append((ps, view.ends[i]))
            b.person = b.name = text[ps : view.ends[i]]
            break


def _surnames(text: str, view: ParseView, persons: list[Build], *, w: ActorWords) -> None:
    """Bare surnames the parser did not mark as names: ``Zebari said``."""
    index: dict[str, list[Build]] = {}
    for b in persons:
        toks = _name_tokens(b.person or "", w=w)
        if len(toks) >= 2 and len(toks[-1]) >= 3:
            index.setdefault(toks[-1], []).append(b)
    if not index:
        return
    covered = sorted(m for b in persons for m in b.mentions)
    for i in range(len(view)):
        s, e = view.starts[i], view.ends[i]
        low = view.lower[i].replace("\u2019", "'")
        # (a particle needs its hyphen or apostrophe: most words skip the expression)
        key = _PREFIX_RE.sub("", low) if "-" in low or "'" in low else low
        if key not in index:
            continue
        # "Zebari", "Al-Rubaie", and "al-Rubaie" with its particle in lower case
        first = text[s + len(low) - len(key) : s + len(low) - len(key) + 1]
        if not first.isupper():
            continue
        owners = index.get(key)
        if not owners or len(owners) != 1 or _in(covered, s):
            continue
        if view.pos[i] and view.pos[i] not in ("PROPN", "NOUN"):
            continue
        b = owners[0]
        if b.first < s:
            b.mentions.append((s, e))


def _pronouns(
    text: str,
    view: ParseView,
    builds: list[Build],
    quotes: list[tuple[int, int]],
    sentences: tuple[tuple[int, int], ...],
    *,
    w: ActorWords,
) -> None:
    """Pronouns outside quotations: he/she to persons, it/its to states and
    organisations (not a dummy "it is", "it seems"); they/them are
    :func:`_plural_pronouns`'."""
    sent = _sentence_of(sentences)

    persons = [b for b in builds if b.kind == "person"]

    def subject(start: int, end: int) -> bool:
        if not view.has_deps:
            return False
        return view.dep[view.head_token(start, end)] in ("nsubj", "nsubjpass")

    def pool_of(owners: list[Build]) -> list[tuple[int, int, int, bool]]:
        return sorted(
            (s, e, b_i, subject(s, e))
            for b_i, b in enumerate(owners)
            for s, e in b.mentions
            if not _in(quotes, s)
        )

    person_mentions = pool_of(persons)
    # a person's gender where the text tells it: "she" is not "he"
    female = _genders(text, view, persons, w=w)
    things = [
        b for b in builds if b.kind == "state" or (b.kind in ("organization", "group") and b.code)
    ]
    thing_mentions = pool_of(things)
    covered = sorted(m for b in builds for m in b.mentions)
    for i in range(len(view)):
        low = view.lower[i]
        thing = low in w.thing_pronouns
        if low not in w.person_pronouns and not thing:
            continue
        if thing and low == "it":
            head = view.head[i]
            # a subject 'it' not of a dummy's head ("it is clear"), or the object of a verb
            # whose object is always a party ("accusing it of stealing", "urged it to go")
            if not (
                (view.dep[i] in ("nsubj", "nsubjpass") and view.lower[head] not in w.dummy_heads)
                or (view.dep[i] == "dobj" and view.lower[head] in w.party_object_verbs)
            ):
                continue
        if not _free_pronoun(view, i, quotes, covered):
            continue
        s, e = view.starts[i], view.ends[i]
        here = sent(s)
        if thing:
            pool, owners, reach = thing_mentions, things, 1
        else:
            pool, owners, reach = person_mentions, persons, 2
        # an object pronoun is never its own clause's subject: in "Putin hosted him",
        # "him" is not Putin
        clause = _object_of(view, i)
        if clause is None:
            # nor the subject of a verb that answers what its possessive's noun put forward:
            # in "Tehran rejected its offer", "its" is not Tehran
            clause = _answered_owner(view, i, w)
        # nor anyone that subject is named as elsewhere ("Erdogan met Putin. Erdogan later
        # criticized him": not the president of Turkey of the sentence before)
        barred = (
            {
                m[2]
                for m in pool
                if m[3] and sent(m[0]) == here and view.head[view.head_token(m[0], m[1])] in clause
            }
            if clause is not None
            else set()
        )

        she = None if thing else low in w.female_pronouns

        def allowed(
            m: tuple[int, int, int, bool],
            clause: set[int] | None = clause,
            she: bool | None = she,
            barred: set[int] = barred,
        ) -> bool:
            if she is not None and female.get(m[2], she) != she:
                return False
            if she is None and view.has_parse and view.tag[view.head_token(m[0], m[1])] == "NNS":
                return False  # "it"/"its" is no plural noun's ("protesters")
            if m[2] in barred:
                return False
            if clause is None or not m[3]:
                return True
            return view.head[view.head_token(m[0], m[1])] not in clause

        j = bisect.bisect_left(pool, (s, 0, 0, False)) - 1
        while j >= 0 and (pool[j][1] > s or not allowed(pool[j])):
            j -= 1
        if j < 0 or here - sent(pool[j][0]) > reach:
            continue
        # the most recent subject within reach, else the most recent mention; a
        # possessive's own sentence first ("by destroying Saddam Hussein's army they hope
        # to end his rule": Saddam Hussein, not a subject of the sentence before; "the
        # Ukrainian government's crackdown on protesters and its ties": the government)
        choice = pool[j]
        k = j
        first = sent(pool[j][0]) == here and view.dep[i] == "poss"
        while k >= 0 and here - sent(pool[k][0]) <= (0 if first else reach):
            if (
                she is not None
                and pool[k][3]
                and sent(pool[k][0]) < here
                and sent(pool[k][0]) == sent(pool[j][0])
                and female.get(pool[k][2], she) != she
                and _main_clause(view, view.head[view.head_token(pool[k][0], pool[k][1])])
            ):
                # the latest sentence before that names a fitting person has a person of
                # the other sex as its main subject: "he" is the named person of its sex
                # that sentence names beside her, not a subject further back ("Albright
                # invited Geremek to visit. He will travel": Geremek)
                other = _beside(view, pool, k, sent, allowed, owners)
                if other is not None:
                    choice = other
                    break
            if pool[k][3] and pool[k][1] <= s and allowed(pool[k]):
                choice = pool[k]
                if (
                    sent(choice[0]) < here
                    and not thing
                    and _main_clause(view, _clause_head(view, i))
                ):
                    # a pronoun of a main clause takes, in a sentence before, its main
                    # clause's subject before a subject embedded in it ("Obi said Ruiz
                    # would resign. He added": Obi; not "Sources said that she ...")
                    choice = _main_subject(view, pool, k, sent, allowed) or choice
                break
            k -= 1
        if sent(choice[0]) < here:
            # a pronoun whose own sentence names a fitting party before it, when its
            # sentence is not its own to open (it is no main-clause subject, or follows
            # one that cannot be it): that party, over a subject of a sentence before
            # ("Ayotte tangled with Trump, saying she was appalled that he would ...";
            # "galvanized supporters of Sanders, helping him win"; "fought an insurgency
            # against Pakistan, accusing it of ..."; not "In a call with Putin, he said",
            # nor the owner of the subject, "Putin's aide greeted him")
            nearer = _same_sentence_party(
                view, pool, j, i, sent, allowed, owners, thing=thing
            )
            if nearer is not None:
                choice = nearer
        if thing and not choice[3] and _modifier(view, choice[0], choice[1]):
            # no subject within reach, and the latest party only a word modifying a noun
            # ('would increase the number of its U.S. stores. It has said ...'): 'it' is
            # not that word's state (whatever the sentence was about went unnamed)
            continue
        owner = owners[choice[2]]
        owner.mentions.append((s, e))
        if she is not None and view.dep[i] in _SUBJECT:
            # "Obi ... She said": a person a subject pronoun has named is of its gender
            # from now on (not a possessive's: "until her death" may be someone unnamed)
            female.setdefault(choice[2], she)
        # the pronoun itself is a mention later pronouns can refer back to
        bisect.insort(pool, (s, e, choice[2], view.dep[i] in ("nsubj", "nsubjpass")))
    _plural_pronouns(view, builds, quotes, sent, w=w)


#: how a quoted clause hangs on its verb of saying outside the quotation marks, or that
#: verb on it ('"He failed," Trump said': a clausal complement, or a clause beside it)
_QUOTE_LINKS = ("ccomp", "parataxis")
#: the prepositions of the party a quote is said of ('"He failed," Trump said of Bush')
_TOPIC_PREPOSITIONS = ("of", "about")


def _attribution(
    view: ParseView,
    quote: tuple[int, int],
    quotes: list[tuple[int, int]],
    sentences: tuple[tuple[int, int], ...],
    sent: Callable[[int], int],
) -> tuple[int, int] | None:
    """The verb of saying a direct quote hangs on and its subject, both outside quotation
    marks in a sentence the quote spans ('"He failed," Trump said'; 'Trump said: "He
    failed"'), as token indices; None when there is none, or several."""
    if not view.has_deps:
        return None
    qs, qe = quote
    first = bisect.bisect_left(view.starts, qs)
    past = bisect.bisect_left(view.starts, qe)
    here = sent(view.starts[first])
    lo = bisect.bisect_left(view.starts, sentences[here][0]) if sentences else 0
    hi = past
    while hi < len(view) and sent(view.starts[hi]) == sent(qe - 1):
        hi += 1
    # the verbs outside the quote a quoted clause hangs on
    hosts = {view.head[c] for c in range(first, past) if view.dep[c] in _QUOTE_LINKS}
    found: set[tuple[int, int]] = set()
    for v in (*range(lo, first), *range(past, hi)):
        if _in(quotes, view.starts[v]) or view.pos[v] not in ("VERB", "AUX"):
            continue
        h = view.head[v]
        linked = v in hosts or (first <= h < past and view.dep[v] in _QUOTE_LINKS)
        if not linked:
            continue
        for c in range(max(lo, v - 12), min(hi, v + 12)):
            if view.head[c] == v and view.dep[c] == "nsubj" and not _in(quotes, view.starts[c]):
                found.add((v, c))
    return found.pop() if len(found) == 1 else None


def _quoted_pronouns(
    text: str,
    view: ParseView,
    builds: list[Build],
    quotes: list[tuple[int, int]],
    sentences: tuple[tuple[int, int], ...],
    *,
    w: ActorWords,
) -> None:
    """Third-person pronouns inside a direct quote whose speaker the parse tells (the
    subject of the verb of saying it hangs on, outside the quotation marks, an actor the
    coreference has named, "he said" included). The speaker
    calls themselves "I", so he/she/him/her/his is never the speaker: it is the one person
    the attribution says the quote is of or about ('"He failed," Trump said of Bush'), not of
    the other sex where the text tells it, else the person the quote itself named last
    before it ('"... the disrespect of Donald Trump, him disrespecting immigrants"'), not the
    speaker; when the sentence of that mention names another such person, the one subject,
    else nothing; and only when the text tells that person is of the pronoun's sex
    (:func:`_genders`).
    Otherwise, and for they/them (inside quotation marks as often people in general, or
    the subject of a headline's verb that is no verb of saying), it stays unresolved."""
    if not view.has_deps or not quotes:
        return
    sent = _sentence_of(sentences)
    persons = [b for b in builds if b.kind == "person"]
    female = _genders(text, view, persons, w=w)
    index = {id(b): n for n, b in enumerate(persons)}
    covered = sorted(m for b in builds for m in b.mentions)
    every = sorted(((s, e, b) for b in builds for s, e in b.mentions), key=lambda x: (x[0], x[1]))
    added: list[tuple[Build, tuple[int, int]]] = []

    def covering(t: int) -> list[Build]:
        s = view.starts[t]
        return [b for ms, me, b in every if ms <= s < me]

    for quote in quotes:
        qs, qe = quote
        if "\n" in text[qs:qe]:
            continue  # marks paired across a line break: no one quote (a stray mark)
        pronouns = [
            i
            for i in view.tokens_in(qs, qe)
            if view.lower[i] in w.person_pronouns
            and view.pos[i] in ("PRON", "DET")
            and not _in(covered, view.starts[i])
        ]
        if not pronouns:
            continue
        said = _attribution(view, quote, quotes, sentences, sent)
        if said is None:
            continue
        verb, subj = said
        speaker = {id(b) for b in covering(subj)}
        if not speaker:
            continue  # a speaker no actor names ("he said" left unresolved) may be anyone
        about: list[Build] = []
        for p in range(max(0, verb - 1), min(len(view), verb + 12)):
            if (
                view.head[p] == verb
                and view.dep[p] == "prep"
                and view.lower[p] in _TOPIC_PREPOSITIONS
            ):
                for o in range(p + 1, min(len(view), p + 8)):
                    if view.head[o] == p and view.dep[o] == "pobj":
                        about += [b for b in covering(o) if id(b) not in speaker]
        for i in pronouns:
            s = view.starts[i]
            # the mentions it may refer to: inside this quote before the pronoun (a person
            # named before the quote is as often not the one a quoted pronoun means, and
            # what it is then said to do is as often no act of theirs)
            before = [m for m in every if qs <= m[0] and m[1] <= s and id(m[2]) not in speaker]
            she = view.lower[i] in w.female_pronouns

            def fits(b: Build, she: bool = she) -> bool:
                return b.kind == "person" and female.get(index[id(b)], she) == she

            topic = {id(b): b for b in about if fits(b)}
            if topic:
                if len(topic) == 1:
                    added.append((next(iter(topic.values())), (s, view.ends[i])))
                continue
            near = [m for m in before if fits(m[2])]
            if not near:
                continue
            last = sent(near[-1][0])
            there = [m for m in near if sent(m[0]) == last]
            ones = {id(m[2]): m[2] for m in there}
            if len(ones) > 1:
                ones = {
                    id(m[2]): m[2]
                    for m in there
                    if view.dep[view.head_token(m[0], m[1])] in _SUBJECT
                }
            if len(ones) == 1:
                one = next(iter(ones.values()))
                if female.get(index[id(one)]) == she:
                    # only a person the text tells is of the pronoun's sex: a quote's
                    # "her" may be someone the speaker never named ("her standing")
                    added.append((one, (s, view.ends[i])))
    for b, span in added:
        b.mentions.append(span)


def _same_sentence_party(
    view: ParseView,
    pool: list[tuple[int, int, int, bool]],
    j: int,
    i: int,
    sent: Callable[[int], int],
    allowed: Callable[[tuple[int, int, int, bool]], bool],
    persons: list[Build],
    *,
    thing: bool = False,
) -> tuple[int, int, int, bool] | None:
    """The latest allowed mention of a named party (``persons``, or the states and
    organisations "it" may be; no description: "the businessman", "as president", "a
    pastor held prisoner in Iran") at or before ``pool[j]`` in the
    sentence of the pronoun at token ``i``, not only a noun's modifier nor the owner of a
    subject, when the pronoun is no subject of its sentence's main clause or a person
    subject of that main clause comes before it (one it cannot be); else None. For "it"
    (``thing``), not a party inside a phrase that places the act ("condemned the veto at
    the Security Council", "in a letter to the OAS", "at the urging of Congress"): a
    setting, not one the clause acts on."""
    if not view.has_deps:
        return None
    here = sent(view.starts[i])
    opens = view.dep[i] in _SUBJECT and _main_clause(view, view.head[i])
    # the pool is in text order: its mentions of this sentence are the last ones up to j
    k = j
    while k >= 0 and sent(pool[k][0]) == here:
        k -= 1
    own = pool[k + 1 : j + 1]
    if opens and not any(
        m[3]
        and m[1] <= view.starts[i]
        and _main_clause(view, view.head[view.head_token(m[0], m[1])])
        for m in own
    ):
        return None
    for m in reversed(own):
        if not allowed(m) or _modifier(view, m[0], m[1]) or not persons[m[2]].name[:1].isupper():
            continue
        t = view.head_token(m[0], m[1])
        if view.dep[t] == "poss" and view.dep[view.head[t]] in _SUBJECT:
            continue
        if thing and _in_setting(view, t):
            continue
        return m
    return None


def _in_setting(view: ParseView, t: int) -> bool:
    """Whether token ``t`` lies inside a phrase of place or setting on its clause (the
    object of "at", "in", ..., ``_PLACE_PREPOSITIONS``, or of a phrase hung on one: "at the
    urging of Congress", "in a letter to the OAS"), up to its clause's verb."""
    for _ in range(12):
        h = view.head[t]
        if h == t or view.pos[t] in ("VERB", "AUX"):
            return False
        if view.dep[t] == "pobj" and view.lower[h] in _PLACE_PREPOSITIONS:
            return True
        t = h
    return False


def _modifier(view: ParseView, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` only modifies a noun ('U.S.' of 'U.S.
    stores', 'Iranian' of 'Iranian oil'): no party of a clause of its own."""
    return _hung_on_noun(view, start, end, ("compound", "amod", "nmod"))


def _owner(view: ParseView, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is only a noun's possessor ('Trump's plan')."""
    return _hung_on_noun(view, start, end, ("poss",))


def _hung_on_noun(view: ParseView, start: int, end: int, deps: tuple[str, ...]) -> bool:
    if not view.has_deps:
        return False
    i = view.head_token(start, end)
    h = view.head[i]
    return view.dep[i] in deps and h != i and view.pos[h] == "NOUN"


def _main_subject(
    view: ParseView,
    pool: list[tuple[int, int, int, bool]],
    k: int,
    sent: Callable[[int], int],
    allowed: Callable[[tuple[int, int, int, bool]], bool],
) -> tuple[int, int, int, bool] | None:
    """The subject of the main clause of the sentence of ``pool[k]``, a subject of an
    embedded clause (a reported, relative or adverbial one): the subject mention at or
    before ``k`` in that sentence whose verb is the sentence's root or conjoined to it;
    None when ``pool[k]`` is itself a main-clause subject or none such is allowed."""
    if _main_clause(view, view.head[view.head_token(pool[k][0], pool[k][1])]):
        return None
    here = sent(pool[k][0])
    for m in reversed(pool[:k]):
        if sent(m[0]) != here:
            break
        if m[3] and allowed(m) and _main_clause(view, view.head[view.head_token(m[0], m[1])]):
            return m
    return None


def _beside(
    view: ParseView,
    pool: list[tuple[int, int, int, bool]],
    k: int,
    sent: Callable[[int], int],
    allowed: Callable[[tuple[int, int, int, bool]], bool],
    owners: list[Build],
) -> tuple[int, int, int, bool] | None:
    """The latest allowed mention of a named person in the sentence of ``pool[k]``: a
    subject first ("He calls for X; Mrs. Clinton aims to build on Obama's law": the "He"),
    else one that is no noun's possessor or modifier ("Obama's law"); None when there is
    none, and when the sentence names several people who may be of the pronoun's sex
    ("a lunch for Modi and Blinken"; a pronoun already resolved counts: "introduced him
    to Xi", the running topic goes on)."""
    here = sent(pool[k][0])
    lo = k
    while lo > 0 and sent(pool[lo - 1][0]) == here:
        lo -= 1
    hi = k
    while hi + 1 < len(pool) and sent(pool[hi + 1][0]) == here:
        hi += 1
    named = [
        m
        for m in pool[lo : hi + 1]
        if allowed(m) and owners[m[2]].name[:1].isupper()
    ]
    if len({m[2] for m in named}) != 1:
        # several people of the pronoun's sex there, also one it already carries on by a
        # pronoun ("Dilma Rousseff introduced him to Xi Jinping. He urged ...": him, the
        # running topic, not Xi): none stands out
        return None
    subjects = [m for m in named if m[3]]
    if subjects:
        return subjects[-1]
    others = [
        m for m in named if not _owner(view, m[0], m[1]) and not _modifier(view, m[0], m[1])
    ]
    return others[-1] if others else None


def _main_clause(view: ParseView, verb: int) -> bool:
    """Whether ``verb`` heads its sentence's main clause: the root, or a verb conjoined to
    it ("Obi arrived and said")."""
    for _ in range(8):
        if view.dep[verb] == "ROOT":
            return True
        if view.dep[verb] != "conj" or view.head[verb] == verb:
            return False
        verb = view.head[verb]
    return False


def _genders(text: str, view: ParseView, persons: list[Build], *, w: ActorWords) -> dict[int, bool]:
    """Whether each person (by index) is a woman, where the text tells it: an honorific
    ("Mrs. Obi", "Mr. Obi"), the given name of a full name ("Claudia Obi", "Mark Obi"), a
    noun of a role or kin only one sex holds ("congresswoman Obi", "Obi, the father of",
    "the spokesman") or the pronoun subject of what they say ("Obi said she would go"); a
    person told both ways is left out."""
    votes: dict[int, set[bool]] = {}
    for n, b in enumerate(persons):
        given = _given_gender(b.person or "", w=w)
        if given is not None:
            votes.setdefault(n, set()).add(given)
        for title in b.titles:
            role = _role_gender(title.lower().split(), w=w)
            if role is not None:
                votes.setdefault(n, set()).add(role)
        for s, e in b.mentions:
            addressed = _addressed(text, s, w=w)
            if addressed is not None:
                votes.setdefault(n, set()).add(addressed)
            if not view.has_deps:
                continue
            t = view.head_token(s, e)
            role = _role_gender(_role_words(text, view, t, s, e, w=w), w=w)
            if role is not None:
                votes.setdefault(n, set()).add(role)
            if view.dep[t] != "nsubj" or view.starts[t] < s or view.ends[t] > e:
                continue
            verb = view.head[t]
            lo, hi = max(0, verb - 12), min(len(view), verb + 12)
            for c in range(lo, hi):
                if view.head[c] != verb or view.dep[c] != "ccomp":
                    continue
                for g in range(max(0, c - 8), c):
                    if view.head[g] == c and view.dep[g] == "nsubj":
                        low = view.lower[g]
                        if low in w.person_pronouns:
                            votes.setdefault(n, set()).add(low in w.female_pronouns)
    return {n: v.pop() for n, v in votes.items() if len(v) == 1}


def _role_words(
    text: str, view: ParseView, t: int, start: int, end: int, *, w: ActorWords
) -> list[str]:
    """The words that name a mention's role: its own, the nouns compounded to or apposed
    with its head ("chairwoman Ada Obi", "Obi, the father of"), and the noun it is apposed
    to ("the mother of three, Ada Obi")."""
    # the tokens starting in [start, end) (token starts are in text order)
    first, past = bisect.bisect_left(view.starts, start), bisect.bisect_left(view.starts, end)
    words = view.lower[first:past]
    if any(text.startswith(m, end) for m in w.possessive_markers):
        return words  # "Obi's son, Tim": the son is Tim, not Obi
    lo, hi = max(0, t - 12), min(len(view), t + 12)
    words += [
        view.lower[k]
        for k in range(lo, hi)
        if view.head[k] == t and k != t and view.dep[k] in ("compound", "appos")
    ]
    if view.dep[t] == "appos":
        words.append(view.lower[view.head[t]])
    return words


def _role_gender(words: list[str], *, w: ActorWords) -> bool | None:
    """True when ``words`` hold a noun only a woman's role is (and none only a man's),
    False for a man's, None when they tell neither or both."""
    female = any(x in w.female_role_words for x in words)
    male = any(x in w.male_role_words for x in words)
    return female if female != male else None


def _free_pronoun(
    view: ParseView, i: int, quotes: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> bool:
    """Is token ``i`` a pronoun outside quotations and outside every mention?"""
    s = view.starts[i]
    if _in(quotes, s) or _in(covered, s):
        return False
    return not view.pos[i] or view.pos[i] in ("PRON", "DET")


_SUBJECT = ("nsubj", "nsubjpass")
#: the roles of parties named together that "they" may refer to: a subject, an object, a
#: name given to either ("Peru and Chile met"; not a list after a preposition)
_NAMED_TOGETHER = (*_SUBJECT, "dobj", "appos")
#: the parser's tags of a plural noun
_PLURAL_NOUNS = ("NNS", "NNPS")


def _plural_pronouns(
    view: ParseView,
    builds: list[Build],
    quotes: list[tuple[int, int]],
    sent: Callable[[int], int],
    *,
    w: ActorWords,
) -> None:
    """``they``/``them`` outside quotations: the plural party of the nearest sentence
    (this one before the pronoun, else the previous one) that names one. A party is the
    actors named together as one subject or object (``Peru and Chile``), a group
    (``the rebels``), or an organisation or state whose verb is plural (``the team
    are``); a person alone never is. Of several there, the one subject; else nothing,
    as after a generic ``they say`` (``generic_heads``). The pronoun becomes a mention of
    every actor of the party, so later pronouns carry the chain on."""
    mentions = sorted(
        ((s, e, b) for b in builds for s, e in b.mentions if not _in(quotes, s)),
        key=lambda x: (x[0], x[1]),  # two builds may share a mention: never compare them
    )
    covered = sorted(m for b in builds for m in b.mentions)
    for i in range(len(view)):
        if view.lower[i] not in w.group_pronouns:
            continue
        if not _free_pronoun(view, i, quotes, covered):
            continue
        s, e = view.starts[i], view.ends[i]
        if view.dep[i] in _SUBJECT and view.lower[view.head[i]] in w.generic_heads:
            continue
        clause = _object_of(view, i)
        here = sent(s)
        party: tuple[Build, ...] | None = None
        for back in (0, 1):
            before = [
                m
                for m in mentions
                if m[1] <= s
                and sent(m[0]) == here - back
                and (clause is None or view.head[view.head_token(m[0], m[1])] not in clause)
            ]
            parties = [p for p in _parties(view, before, w=w) if p[1]]
            if parties:
                subjects = [p for p in parties if p[0]]
                chosen = subjects if subjects else parties
                party = chosen[0][2] if len(chosen) == 1 else None
                break
        if party is None or _unnamed_subject_between(view, mentions, party, i, covered):
            continue
        for b in party:
            b.mentions.append((s, e))
            bisect.insort(mentions, (s, e, b), key=lambda x: (x[0], x[1]))


def relation_pronouns(
    view: ParseView,
    actors: tuple[Actor, ...],
    before: tuple[Actor, ...],
    quotes: list[tuple[int, int]],
    sentences: tuple[tuple[int, int], ...],
    *,
    w: ActorWords,
) -> tuple[Actor, ...]:
    """``Thousands of supporters of Morsi filled the streets. They marched ...``: a group
    named by its relation to a person or party (``resolve.relation_groups``, found from
    the linked actors ``before``) is a plural party a free "they"/"them" may refer to, read
    as :func:`_plural_pronouns` reads them; a pronoun no actor holds yet becomes a
    mention of such a group only (none of the actors before gains one)."""
    old = {a.mentions for a in before}
    if all(a.mentions in old for a in actors):
        return actors
    builds = [Build(a.name, a.code, a.country, a.kind, list(a.mentions)) for a in actors]
    _plural_pronouns(view, builds, quotes, _sentence_of(sentences), w=w)
    for a, b in zip(actors, builds, strict=True):
        if a.mentions in old:
            b.mentions[:] = list(a.mentions)
    return to_actors(builds)


def _unnamed_subject_between(
    view: ParseView,
    mentions: list[tuple[int, int, Build]],
    party: tuple[Build, ...],
    i: int,
    covered: list[tuple[int, int]],
) -> bool:
    """Is a plural subject no actor names ("canvassers") nearer to pronoun ``i`` than
    the party's last mention? Then "they" is more likely those people."""
    last = max(e for _s, e, b in mentions if any(b is p for p in party) and e <= view.starts[i])
    return any(
        view.tag[j] in _PLURAL_NOUNS
        and view.dep[j] in _SUBJECT
        and not _in(covered, view.starts[j])
        and not any(  # "FBI agents": the agents are the FBI's
            view.head[k] == j and _in(covered, view.starts[k]) for k in range(max(0, j - 4), j)
        )
        for j in range(view.token_at(last), i)
    )


def _parties(
    view: ParseView, mentions: list[tuple[int, int, Build]], *, w: ActorWords
) -> list[tuple[bool, bool, tuple[Build, ...]]]:
    """The parties of one sentence's mentions, each (a subject?, plural?, its actors):
    mentions coordinated with one another (or one span of several actors, a pronoun
    already resolved to a pair) are one party, plural when it has two actors or more."""
    if not view.has_deps:
        seen = {id(b): b for _s, _e, b in mentions}
        return [(False, b.kind == "group", (b,)) for b in seen.values()]
    by_head: dict[int, list[Build]] = {}
    for s, e, b in mentions:
        if b.kind == "place":
            continue
        members = by_head.setdefault(view.head_token(s, e), [])
        if b not in members:
            members.append(b)
    root: dict[int, int] = {}
    for t in by_head:  # a conjunct joins the first item of its coordination
        r = t
        while view.dep[r] == "conj" and view.head[r] in by_head and view.head[r] != r:
            r = view.head[r]
        root[t] = r
    grouped: dict[int, list[Build]] = {}
    for t, members in by_head.items():
        into = grouped.setdefault(root[t], [])
        into.extend(b for b in members if b not in into)
    # mentions of the same actors are one party ("the rebels said they ...")
    out: dict[frozenset[int], tuple[bool, bool, tuple[Build, ...]]] = {}
    for r, members in grouped.items():
        one = members[0]
        if view.dep[r] == "compound" and view.tag[view.head[r]] in _PLURAL_NOUNS:
            r = view.head[r]  # "FBI agents": the organisation names the plural noun's people
        if len(members) > 1:
            plural = view.dep[r] in _NAMED_TOGETHER
        elif one.kind in ("organization", "state"):
            plural = view.tag[r] in _PLURAL_NOUNS or (  # "the ministers" of the government
                view.dep[r] in _SUBJECT and _plural_verb(view, view.head[r], w=w)
            )
        else:
            plural = one.kind == "group"
        key = frozenset(id(b) for b in members)
        was = out.get(key, (False, False, ()))
        out[key] = (was[0] or view.dep[r] in _SUBJECT, was[1] or plural, tuple(members))
    return list(out.values())


def _plural_verb(view: ParseView, verb: int, *, w: ActorWords) -> bool:
    """Is ``verb`` (or an auxiliary of it) a plural form ("are", "were", "have", or a
    present tense not of the third person singular: "the team say")?"""
    if view.lower[verb] in w.plural_verbs or view.tag[verb] == "VBP":
        return True
    return any(
        view.head[t] == verb
        and view.dep[t] in ("aux", "auxpass")
        and view.lower[t] in w.plural_verbs
        for t in range(max(0, verb - 4), verb)
    )


def _answered_owner(view: ParseView, i: int, w: ActorWords) -> set[int] | None:
    """The verb of answering (``answering_verbs``) whose object, a thing put forward
    (``answered_nouns``), token ``i`` is the possessive of ("rejected its offer"), as
    :func:`_object_of` gives it; else None."""
    if not view.has_deps or view.dep[i] != "poss":
        return None
    noun = int(view.head[i])
    if view.lower[noun] not in w.answered_nouns or view.dep[noun] != "dobj":
        return None
    verb = int(view.head[noun])
    return {verb} if view.lower[verb] in w.answering_verbs else None


def _object_of(view: ParseView, i: int) -> set[int] | None:
    """The verb whose object (direct, indirect, or of its preposition) token ``i`` is, with
    the verb it is conjoined to when it has no subject of its own ("X met Y and told
    him")."""
    if not view.has_deps:
        return None
    dep = view.dep[i]
    if dep in ("dobj", "dative", "iobj"):
        verb = int(view.head[i])
    elif dep == "pobj" and view.dep[view.head[i]] in ("prep", "agent"):
        verb = int(view.head[view.head[i]])
    else:
        return None
    verbs = {verb}
    # with the verb it is conjoined to, or the one an adverbial clause with no subject of its
    # own hangs on ("X wrote to Y, asking him"): their subject is this verb's too
    while view.dep[verb] in ("conj", "advcl") and not any(
        view.head[t] == verb and view.dep[t] in ("nsubj", "nsubjpass") for t in range(len(view))
    ):
        verb = int(view.head[verb])
        verbs.add(verb)
    return verbs


def to_actors(builds: list[Build]) -> tuple[Actor, ...]:
    """Actors with ids ``a1, a2, ...`` in order of first mention, mentions sorted."""
    ordered = sorted((b for b in builds if b.mentions), key=lambda b: b.first)
    out = []
    for n, b in enumerate(ordered, start=1):
        kind = (
            b.kind if b.kind in ("person", "state", "organization", "group", "place") else ("group")
        )
        out.append(
            Actor(
                id=f"a{n}",
                name=b.name,
                code=b.code,
                country=b.country,
                sectors=sectors_of(b.code),
                kind=kind,  # type: ignore[arg-type]
                mentions=tuple(sorted(set(b.mentions))),
            )
        )
    return tuple(out)
