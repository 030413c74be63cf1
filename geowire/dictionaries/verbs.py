"""Reader for TABARI / PETRARCH verb dictionaries.

The format (as in PETRARCH's ``CAMEO.2.0.txt`` and the PETRARCH validation suite)::

    &CURRENCY                      a synonym set ("synset"): +members, one a line
    +DOLLARS
    +SWISS FRANCS

    --- CONTRIBUTE [070] ---       a verb block with its default code
    CONTRIBUTE                     verbs of the block (irregular forms in braces,
    GIVE {GAVE GIVEN}              an own code in brackets, ``+`` marking the verb
    WIRE_+TAP [081]                word of a multi-word verb)
    - * &CURRENCY [903]            patterns: words before and after the verb ``*``;
    - $ NOT * ^ TO_ + [124]        ``$`` source, ``+`` target, ``%`` compound actor,
                                   ``^`` skip a phrase, ``_`` joins adjacent words,
                                   ``(...)`` and ``{...}`` group words (PETRARCH 2);
                                   ``=`` before a word or slot (geowire's own rows):
                                   it heads the verb's object (PatternToken.head)

Codes are kept as written (``"0211"``, ``"075A"``); ``[---]`` is "no code" (None) and
``[a:b]`` gives a paired code ``b`` for the reverse direction (target to source).
A bad line raises :class:`~geowire.errors.DictionaryError` naming the file and line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from ..errors import DictionaryError

__all__ = [
    "PatternToken",
    "VerbPattern",
    "Verb",
    "VerbBlock",
    "VerbDictionary",
    "parse_verbs",
    "read_verbs",
    "merge_verbs",
    "verb_forms",
    "parse_pattern",
    "build_verbs",
]

TokenKind = Literal["word", "synset", "source", "target", "compound", "skip"]

_SLOTS: dict[str, TokenKind] = {"$": "source", "+": "target", "%": "compound", "^": "skip"}
log = logging.getLogger(__name__)

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_BLOCK_RE = re.compile(r"^-{3}\s*(.*?)\s*-{3}\s*$")


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One element of a pattern: a word, a synset, an actor slot or a skip."""

    kind: TokenKind
    value: str = ""
    exact: bool = False  # the word ended with "_": no stem matching
    joined: bool = False  # joined to its neighbour towards the verb by "_": must be adjacent
    #: written with a leading "=" (geowire's own rows): the word, or the actor phrase, must
    #: head what the verb acts on (its direct object, or the object of a preposition on the
    #: verb), not stand inside a phrase hung on that ("launched a campaign for drones")
    head: bool = False


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A pattern of a verb block: what must come before and after the verb."""

    before: tuple[PatternToken, ...]  # in sentence order, ending next to the verb
    after: tuple[PatternToken, ...]  # in sentence order, starting next to the verb
    code: str | None
    paired: str | None
    text: str
    origin: str
    line: int

    @property
    def size(self) -> int:
        """How specific the pattern is: the number of words and slots it needs."""
        return sum(1 for t in (*self.before, *self.after) if t.kind != "skip")


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb (or multi-word verb) of a block; ``words[head]`` is the verb itself."""

    words: tuple[str, ...]
    head: int
    forms: tuple[str, ...]  # inflected forms of the head word (upper case)
    code: str | None
    paired: str | None
    has_code: bool  # the verb line carried its own code


@dataclass(frozen=True, slots=True)
class VerbBlock:
    """A ``--- NAME [code] ---`` block: its verbs share its patterns."""

    name: str
    code: str | None
    paired: str | None
    verbs: tuple[Verb, ...]
    patterns: tuple[VerbPattern, ...]
    origin: str
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    """Verb blocks and synsets, with an index from verb forms to (block, verb)."""

    blocks: tuple[VerbBlock, ...] = ()
    synsets: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    index: Mapping[str, tuple[tuple[VerbBlock, Verb], ...]] = field(default_factory=dict)

    def lookup(self, *forms: str) -> tuple[tuple[VerbBlock, Verb], ...]:
        """Every (block, verb) whose head word has one of ``forms`` (any case)."""
        seen: list[tuple[VerbBlock, Verb]] = []
        for f in forms:
            for hit in self.index.get(f.upper(), ()):
                if hit not in seen:
                    seen.append(hit)
        return tuple(seen)

    def synset(self, name: str) -> tuple[tuple[str, ...], ...]:
        return self.synsets.get(name.upper().rstrip("_"), ())

    def __len__(self) -> int:
        return len(self.blocks)


def verb_forms(word: str) -> tuple[str, ...]:
    """Regular inflections of an upper-case English verb (TABARI generates the same)."""
    w = word.upper()
    forms = {w}
    if not w or not w.isalpha():
        return (w,)
    if w.endswith("E"):
        forms |= {w + "S", w + "D", w[:-1] + "ING"}
    elif w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        forms |= {w[:-1] + "IES", w[:-1] + "IED", w + "ING"}
    elif w.endswith(("S", "SH", "CH", "X", "Z")):
        forms |= {w + "ES", w + "ED", w + "ING"}
    else:
        forms |= {w + "S", w + "ED", w + "ING"}
        if len(w) >= 3 and w[-1] not in "AEIOUWXY" and w[-2] in "AEIOU" and w[-3] not in "AEIOU":
            forms |= {w + w[-1] + "ED", w + w[-1] + "ING"}
    return tuple(sorted(forms))


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _parse_code(raw: str, origin: str, lineno: int) -> tuple[str | None, str | None]:
    raw = raw.strip()
    if ":" in raw:
        a, b = (x.strip() for x in raw.split(":", 1))
    else:
        a, b = raw, ""
    if not a and not b and raw != ":":
        raise DictionaryError(f"{origin}:{lineno}: empty event code []")

    def norm(x: str) -> str | None:
        return None if not x or set(x) <= {"-"} else x

    return norm(a), norm(b)


def _sequence(text: str) -> list[tuple[str, bool, bool]]:
    """Pattern text to (element, exact, glued-to-next) triples; ``*`` is the verb."""
    seq: list[tuple[str, bool, bool]] = []
    for chunk in text.split():
        parts = chunk.split("_")
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            if part == "":
                continue
            glued = not last and any(parts[k + 1 :])
            exact = not last and not any(parts[k + 1 :])  # "IN_" at the end of a chunk
            seq.append((part, exact, glued))
    return seq


def _token(elem: str, exact: bool, joined: bool) -> PatternToken:
    head = len(elem) > 1 and elem.startswith("=")
    if head:
        elem = elem[1:]
    if elem in _SLOTS:
        return PatternToken(_SLOTS[elem], joined=joined, head=head)
    if elem.startswith("&"):
        return PatternToken("synset", elem[1:].upper().rstrip("_"), joined=joined, head=head)
    return PatternToken("word", elem.upper(), exact=exact, joined=joined, head=head)


def parse_pattern(body: str, origin: str, lineno: int) -> VerbPattern:
    """One TABARI/PETRARCH pattern line (``- $ * + [042]``) as a VerbPattern; ``origin``
    and ``lineno`` name it in the DictionaryError a malformed line raises."""
    codes = _CODE_RE.findall(body)
    if not codes:
        raise DictionaryError(f"{origin}:{lineno}: pattern without an [event code]: {body!r}")
    code, paired = _parse_code(codes[0], origin, lineno)
    text = _CODE_RE.split(body, 1)[0].strip()
    text = text[1:] if text.startswith("-") else text
    text = re.sub(r"[(){}]", " ", text).replace("*", " * ").replace("_ * ", "_* ")
    text = text.replace(" * _", " *_")
    # restore the glue of "IN_*" and "*_OUT" that the spacing above kept apart
    text = re.sub(r"_\s+\*", "_*", text)
    text = re.sub(r"\*\s+_", "*_", text)
    seq: list[tuple[str, bool, bool]] = []
    for chunk in text.split():
        if "*" in chunk and chunk != "*":
            left, _, right = chunk.partition("*")
            if left:
                seq.extend(_sequence(left.rstrip("_")))
                seq[-1] = (seq[-1][0], False, True)
            seq.append(("*", False, bool(right)))
            if right:
                seq.extend(_sequence(right.lstrip("_")))
        else:
            seq.extend(_sequence(chunk))
    stars = [i for i, e in enumerate(seq) if e[0] == "*"]
    if len(stars) != 1:
        raise DictionaryError(f"{origin}:{lineno}: a pattern needs exactly one verb '*': {body!r}")
    i = stars[0]
    # before-tokens: joined = must touch the right neighbour (towards the verb)
    before = tuple(_token(e, x, g) for e, x, g in seq[:i])
    # after-tokens: joined = must touch the left neighbour (towards the verb)
    after = tuple(_token(e, x, seq[i + k][2]) for k, (e, x, _g) in enumerate(seq[i + 1 :]))
    return VerbPattern(
        before=before,
        after=after,
        code=code,
        paired=paired,
        text=text.strip(),
        origin=origin,
        line=lineno,
    )


def _parse_verb_line(
    body: str, block_code: tuple[str | None, str | None], origin: str, lineno: int
) -> Verb:
    codes = _CODE_RE.findall(body)
    has_code = bool(codes)
    code, paired = _parse_code(codes[0], origin, lineno) if codes else block_code
    body = _CODE_RE.sub(" ", body)
    irregular: list[str] = []
    m = re.search(r"\{([^}]*)\}", body)
    if m:
        irregular = m.group(1).split()
        body = body[: m.start()] + body[m.end() :]
    name = body.strip()
    if not name:
        raise DictionaryError(f"{origin}:{lineno}: verb line without a verb")
    words_raw = [w for w in re.split(r"[_\s]+", name) if w]
    head = 0
    words: list[str] = []
    for k, w in enumerate(words_raw):
        if w.startswith("+"):
            head = k
            w = w[1:]
        words.append(w.upper())
    if not all(words):
        raise DictionaryError(f"{origin}:{lineno}: malformed verb {name!r}")
    forms = set(verb_forms(words[head]))
    for irr in irregular:
        parts = [p for p in re.split(r"_", irr) if p]
        marked = [p[1:] for p in parts if p.startswith("+")]
        if marked:
            forms.add(marked[0].upper())
        elif len(parts) == len(words):
            forms.add(parts[head].lstrip("+").upper())
        elif parts:
            forms.add(parts[0].lstrip("+").upper())
    return Verb(
        words=tuple(words),
        head=head,
        forms=tuple(sorted(forms)),
        code=code,
        paired=paired,
        has_code=has_code,
    )


def parse_verbs(text: str, origin: str = "<verbs>", *, strict: bool = False) -> VerbDictionary:
    """Parse the text of a TABARI / PETRARCH verb dictionary.

    A malformed pattern or verb line raises DictionaryError when ``strict``; otherwise it
    is logged (with file and line) and skipped, as PETRARCH does, so one typo in a large
    third-party dictionary does not stop the coder. Structural errors always raise.
    """
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: list[VerbBlock] = []
    cur_synset: str | None = None
    cur_block: dict[str, object] | None = None
    in_html_comment = False

    def close_block() -> None:
        nonlocal cur_block
        if cur_block is not None:
            blocks.append(
                VerbBlock(
                    name=str(cur_block["name"]),
                    code=cur_block["code"],  # type: ignore[arg-type]
                    paired=cur_block["paired"],  # type: ignore[arg-type]
                    verbs=tuple(cast("list[Verb]", cur_block["verbs"])),
                    patterns=tuple(cast("list[VerbPattern]", cur_block["patterns"])),
                    origin=origin,
                    line=int(cur_block["line"]),  # type: ignore[call-overload]
                )
            )
        cur_block = None

    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if in_html_comment:
            if "-->" in stripped:
                in_html_comment = False
            continue
        if stripped.startswith("<!--"):
            in_html_comment = "-->" not in stripped
            continue
        line = _strip_comment(raw).strip()
        if not stripped:
            cur_synset = None
            continue
        if not line:
            continue
        if line.upper() in ("~FINISH", "<END>"):
            break
        m = _BLOCK_RE.match(line)
        if m:
            close_block()
            cur_synset = None
            inner = m.group(1)
            codes = _CODE_RE.findall(inner)
            if not codes:
                raise DictionaryError(f"{origin}:{lineno}: verb block without a [code]: {line!r}")
            code, paired = _parse_code(codes[0], origin, lineno)
            name = _CODE_RE.split(inner, 1)[0].strip()
            cur_block = {
                "name": name,
                "code": code,
                "paired": paired,
                "verbs": [],
                "patterns": [],
                "line": lineno,
            }
            continue
        if line.startswith("&"):
            close_block()
            cur_synset = line[1:].split()[0].upper().rstrip("_")
            synsets.setdefault(cur_synset, [])
            continue
        if cur_synset is not None and line.startswith("+"):
            member = line[1:].strip()
            words = tuple(w.upper() for w in re.split(r"[_\s]+", member) if w)
            if not words:
                raise DictionaryError(f"{origin}:{lineno}: empty synset member")
            synsets[cur_synset].append(words)
            continue
        if cur_block is None:
            raise DictionaryError(f"{origin}:{lineno}: line outside a verb block: {line!r}")
        try:
            if line.startswith("-"):
                pattern = parse_pattern(line, origin, lineno)
                cur_block["patterns"].append(pattern)  # type: ignore[attr-defined]
                continue
            block_code = (cur_block["code"], cur_block["paired"])
            verb = _parse_verb_line(line, block_code, origin, lineno)  # type: ignore[arg-type]
            cur_block["verbs"].append(verb)  # type: ignore[attr-defined]
        except DictionaryError as exc:
            if strict:
                raise
            log.warning("skipping %s", exc.message)
    close_block()
    for name, members in synsets.items():
        if not members:
            raise DictionaryError(f"{origin}: synset &{name} has no members")
    return build_verbs(blocks, {k: tuple(v) for k, v in synsets.items()})


def build_verbs(
    blocks: Iterable[VerbBlock], synsets: Mapping[str, tuple[tuple[str, ...], ...]]
) -> VerbDictionary:
    """A VerbDictionary from its blocks and synsets, with the index from every verb form
    to its (block, verb) entries built (earlier blocks first)."""
    blocks = tuple(blocks)
    index: dict[str, list[tuple[VerbBlock, Verb]]] = {}
    for block in blocks:
        for verb in block.verbs:
            for form in verb.forms:
                index.setdefault(form, []).append((block, verb))
    return VerbDictionary(
        blocks=blocks,
        synsets=dict(synsets),
        index={k: tuple(v) for k, v in index.items()},
    )


def read_verbs(path: str | Path, *, strict: bool = False) -> VerbDictionary:
    """Read a verb dictionary file (see :func:`parse_verbs` for ``strict``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"cannot read verb dictionary {path}: {exc}") from None
    return parse_verbs(text, origin=str(path), strict=strict)


def merge_verbs(dicts: Iterable[VerbDictionary]) -> VerbDictionary:
    """One dictionary from several (earlier ones win ties: their entries come first)."""
    blocks: list[VerbBlock] = []
    synsets: dict[str, tuple[tuple[str, ...], ...]] = {}
    for d in dicts:
        blocks.extend(d.blocks)
        for k, v in d.synsets.items():
            synsets[k] = synsets.get(k, ()) + v
    return build_verbs(blocks, synsets)
