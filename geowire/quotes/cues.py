"""The cue table: words that introduce what someone said, as versioned data.

The table lives in ``geowire/data/quotes/cues.tsv`` (comment lines start with
``#``; a ``# version: N`` line; a header ``cue<TAB>pos<TAB>frames[<TAB>type]``).
Each row names a lemma, its part of speech (``verb``, ``noun`` or ``adj``), the frames in
which it carries content and its cue type (speech, writing, belief, perception,
stance; speech when the column is left out). See the file's comments.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DictionaryError
from ..tables import parse_table

__all__ = [
    "FRAMES",
    "scope_frames",
    "CUE_TYPES",
    "SPEECH_TYPES",
    "Cues",
    "load_cues",
    "default_cues",
    "DEFAULT_CUES_PATH",
]

DEFAULT_CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.tsv"
FRAMES = frozenset(
    {"clause", "object", "infinitive", "for", "on", "about", "to", "seem"}
    | {"with", "at", "in", "from"}
    | {"direct", "label", "name"}
)
CUE_TYPES = ("speech", "writing", "belief", "perception", "stance")
SPEECH_TYPES = frozenset({"speech", "writing"})  # what the speech scope keeps
_POS = frozenset({"verb", "noun", "adj", "nonlabel"})
_HEADER = ["cue", "pos", "frames", "type"]


@dataclass(frozen=True)
class Cues:
    """Cue lemmas with their frames, by part of speech."""

    version: str
    verbs: Mapping[str, frozenset[str]]
    nouns: Mapping[str, frozenset[str]]
    nonlabels: frozenset[str] = frozenset()
    verb_types: Mapping[str, str] = field(default_factory=dict)
    noun_types: Mapping[str, str] = field(default_factory=dict)
    adjectives: Mapping[str, frozenset[str]] = field(default_factory=dict)
    adjective_types: Mapping[str, str] = field(default_factory=dict)

    def verb(self, lemma: str, frame: str | None = None) -> bool:
        """Whether ``lemma`` is a verb cue (in ``frame`` when given)."""
        frames = self.verbs.get(lemma.lower())
        return frames is not None and (frame is None or frame in frames)

    def noun(self, lemma: str) -> bool:
        return lemma.lower() in self.nouns

    def verb_type(self, lemma: str) -> str:
        """The cue type of a verb lemma (speech when the table does not say)."""
        return self.verb_types.get(lemma.lower(), "speech")

    def noun_type(self, lemma: str) -> str:
        """The cue type of a noun lemma (speech when the table does not say)."""
        return self.noun_types.get(lemma.lower(), "speech")

    def adjective_type(self, lemma: str) -> str:
        """The cue type of an adjective lemma (belief when the table does not say)."""
        return self.adjective_types.get(lemma.lower(), "belief")

    def nonlabel(self, word: str) -> bool:
        """Whether ``word`` marks a 'Word: ...' line that is not a speaker's (Update: ...)."""
        return word.lower() in self.nonlabels


def scope_frames(frames: frozenset[str], attribution: bool) -> frozenset[str]:
    """A cue's frames in a scope: a frame written ``+name`` is read in the attribution
    scope only (as ``name``); the speech scope leaves it out."""
    if attribution:
        return frozenset(f.removeprefix("+") for f in frames)
    return frozenset(f for f in frames if not f.startswith("+"))


def _parse(text: str, origin: str) -> Cues:
    parsed = parse_table(text, origin, tuple(_HEADER), optional=1)
    tables: dict[str, dict[str, frozenset[str]]] = {"verb": {}, "noun": {}, "adj": {}}
    types: dict[str, dict[str, str]] = {"verb": {}, "noun": {}, "adj": {}}
    nonlabels: set[str] = set()
    for lineno, cols in parsed.rows:
        cue, pos, frames_text = cols[:3]
        cue_type = (cols[3] if len(cols) > 3 else "") or "speech"
        if cue_type not in CUE_TYPES:
            raise DictionaryError(
                f"{origin}:{lineno}: type must be one of {', '.join(CUE_TYPES)}, not {cue_type!r}"
            )
        if not cue or cue != cue.lower():
            raise DictionaryError(f"{origin}:{lineno}: cue must be a lower-case lemma: {cue!r}")
        if pos not in _POS:
            raise DictionaryError(
                f"{origin}:{lineno}: pos must be verb, noun, adj or nonlabel, not {pos!r}"
            )
        frames = frozenset(f.strip() for f in frames_text.split(",") if f.strip())
        unknown = {f.removeprefix("+") for f in frames} - FRAMES
        if not frames or unknown:
            raise DictionaryError(
                f"{origin}:{lineno}: unknown or missing frames {sorted(unknown) or frames_text!r}"
            )
        if pos == "nonlabel":
            nonlabels.add(cue)
            continue
        table = tables[pos]
        if cue in table:
            raise DictionaryError(f"{origin}:{lineno}: duplicate cue {cue!r} ({pos})")
        table[cue] = frames
        types[pos][cue] = cue_type
    return Cues(
        version=parsed.version,
        verbs=tables["verb"],
        nouns=tables["noun"],
        nonlabels=frozenset(nonlabels),
        verb_types=types["verb"],
        noun_types=types["noun"],
        adjectives=tables["adj"],
        adjective_types=types["adj"],
    )


def load_cues(path: str | Path) -> Cues:
    """Read and check a cue table; raises DictionaryError with file and line on a bad row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"cannot read cue table {path}: {exc}") from None
    return _parse(text, str(path))


@functools.cache
def default_cues() -> Cues:
    """The built-in cue table (loaded once per process)."""
    return load_cues(DEFAULT_CUES_PATH)
