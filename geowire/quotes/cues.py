"""The cue table: words that introduce what someone said, as versioned data.

The table lives in ``geowire/data/quotes/cues.tsv`` (comment lines start with
``#``; a ``# version: N`` line; a header ``cue<TAB>pos<TAB>frames``). Each row
names a lemma, its part of speech (``verb`` or ``noun``) and the frames in
which it carries content (see the file's comments).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError
from ..tables import parse_table

__all__ = ["FRAMES", "Cues", "load_cues", "default_cues", "DEFAULT_CUES_PATH"]

DEFAULT_CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.tsv"
FRAMES = frozenset(
    {"clause", "object", "infinitive", "for", "on", "about", "to", "seem"}
    | {"direct", "label", "name"}
)
_POS = frozenset({"verb", "noun", "nonlabel"})
_HEADER = ["cue", "pos", "frames"]


@dataclass(frozen=True)
class Cues:
    """Cue lemmas with their frames, by part of speech."""

    version: str
    verbs: Mapping[str, frozenset[str]]
    nouns: Mapping[str, frozenset[str]]
    nonlabels: frozenset[str] = frozenset()

    def verb(self, lemma: str, frame: str | None = None) -> bool:
        """Whether ``lemma`` is a verb cue (in ``frame`` when given)."""
        frames = self.verbs.get(lemma.lower())
        return frames is not None and (frame is None or frame in frames)

    def noun(self, lemma: str) -> bool:
        return lemma.lower() in self.nouns

    def nonlabel(self, word: str) -> bool:
        """Whether ``word`` marks a 'Word: ...' line that is not a speaker's (Update: ...)."""
        return word.lower() in self.nonlabels


def _parse(text: str, origin: str) -> Cues:
    parsed = parse_table(text, origin, tuple(_HEADER))
    verbs: dict[str, frozenset[str]] = {}
    nouns: dict[str, frozenset[str]] = {}
    nonlabels: set[str] = set()
    for lineno, cols in parsed.rows:
        cue, pos, frames_text = cols
        if not cue or cue != cue.lower():
            raise DictionaryError(f"{origin}:{lineno}: cue must be a lower-case lemma: {cue!r}")
        if pos not in _POS:
            raise DictionaryError(
                f"{origin}:{lineno}: pos must be verb, noun or nonlabel, not {pos!r}"
            )
        frames = frozenset(f.strip() for f in frames_text.split(",") if f.strip())
        unknown = frames - FRAMES
        if not frames or unknown:
            raise DictionaryError(
                f"{origin}:{lineno}: unknown or missing frames {sorted(unknown) or frames_text!r}"
            )
        if pos == "nonlabel":
            nonlabels.add(cue)
            continue
        table = verbs if pos == "verb" else nouns
        if cue in table:
            raise DictionaryError(f"{origin}:{lineno}: duplicate cue {cue!r} ({pos})")
        table[cue] = frames
    return Cues(version=parsed.version, verbs=verbs, nouns=nouns, nonlabels=frozenset(nonlabels))


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
