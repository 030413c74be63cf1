"""One story, one event: near-duplicate articles and clusters of event reports.

Near-duplicates (wire copies, corrected or updated versions of one article) are
found with MinHash signatures over word shingles (datasketch) and locality
sensitive hashing: each signature is cut into bands, and two documents become
candidates when any band matches. The band keys live in the store, so the index
persists and is queried with SQL. A candidate is a near-duplicate when its
estimated Jaccard similarity reaches ``threshold``, or when one text is (almost)
contained in the other (an updated version that adds paragraphs, a cut copy).

Reports of one event are clustered by a key: who (source), to whom (target),
what (the three-digit CAMEO base code), when (a window of days) and, if both
know it, where (the country). Events from near-duplicate articles join the
cluster of their story whatever their dates say.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = [
    "Signature",
    "Deduplicator",
    "ClusterKey",
    "Candidate",
    "actor_key",
    "base_code",
    "event_day",
    "choose_cluster",
]

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Signature:
    """A document's MinHash signature and the number of distinct shingles it hashed."""

    values: np.ndarray
    n_shingles: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, n_shingles: int) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint64), n_shingles)

    def jaccard(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two shingle sets."""
        return float(np.count_nonzero(self.values == other.values)) / len(self.values)

    def containment(self, other: Signature) -> float:
        """Estimated share of the smaller shingle set found in the larger one."""
        j = self.jaccard(other)
        small = min(self.n_shingles, other.n_shingles)
        if small == 0:
            return 0.0
        inter = j / (1.0 + j) * (self.n_shingles + other.n_shingles)
        return min(1.0, inter / small)


@lru_cache(maxsize=8)
def _bands(num_perm: int, threshold: float) -> tuple[tuple[int, int], ...]:
    """The LSH band ranges datasketch chooses for ``threshold`` (equal weights)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return tuple((int(a), int(b)) for a, b in lsh.hashranges)


class Deduplicator:
    """Signatures, LSH band keys and the near-duplicate decision.

    ``threshold`` is the Jaccard similarity of word ``shingle``-grams above which
    two articles are one story; ``containment`` catches a text that is mostly a
    part of a longer one (it needs at least ``min_jaccard``). Candidates are
    retrieved with LSH tuned for ``min_jaccard``.
    """

    def __init__(
        self,
        *,
        num_perm: int = 128,
        shingle: int = 3,
        threshold: float = 0.5,
        containment: float = 0.8,
        min_jaccard: float = 0.25,
        min_shingles: int = 8,
        seed: int = 1,
    ) -> None:
        self.num_perm = num_perm
        self.shingle = shingle
        self.threshold = threshold
        self.containment = containment
        self.min_jaccard = min_jaccard
        self.min_shingles = min_shingles
        self.seed = seed
        self.bands = _bands(num_perm, min_jaccard)
        self._template = MinHash(num_perm=num_perm, seed=seed)

    def shingles(self, text: str) -> set[bytes]:
        words = _WORD.findall(text.lower())
        k = self.shingle
        if len(words) < k:
            return {" ".join(words).encode("utf-8")} if words else set()
        return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}

    def signature(self, text: str) -> Signature | None:
        """The signature of ``text``, or None when it is too short to compare."""
        sh = self.shingles(text)
        if len(sh) < self.min_shingles:
            return None
        m = self._template.copy()
        m.update_batch(list(sh))
        return Signature(m.hashvalues.astype(np.uint64), len(sh))

    def band_keys(self, sig: Signature) -> list[tuple[int, int]]:
        """``(band, key)`` pairs: a signed 64-bit hash of each band of the signature."""
        raw = sig.values.astype("<u4")
        out = []
        for band, (start, end) in enumerate(self.bands):
            digest = hashlib.blake2b(raw[start:end].tobytes(), digest_size=8).digest()
            out.append((band, int.from_bytes(digest, "little", signed=True)))
        return out

    def similarity(self, a: Signature, b: Signature) -> float | None:
        """The similarity of two signatures if they are near-duplicates, else None."""
        j = a.jaccard(b)
        if j >= self.threshold:
            return j
        if j >= self.min_jaccard and a.containment(b) >= self.containment:
            return j
        return None


# -- event clustering ------------------------------------------------------------


# Domestic role codes of the CAMEO codebook's actor types: a code made of these
# alone ("GOV", "OPPMIL") names a kind of actor, not a particular one; so do the
# bare international types ("IGO", "NGO"), unlike "IGOUNO" (the United Nations).
ROLE_CODES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB "
    "LEG MED REF MOD RAD".split()
)
GENERIC_CODES = frozenset("IGO NGO NGM MNC INT IMG UIS".split())


def _roles_only(code: str) -> bool:
    if code in GENERIC_CODES:
        return True
    return len(code) % 3 == 0 and all(code[i : i + 3] in ROLE_CODES for i in range(0, len(code), 3))


def actor_key(name: str | None, code: str | None, country: str | None) -> str | None:
    """What identifies an actor across articles, or None when nothing does.

    Its code; a code of roles alone ("GOV") only with the country in front
    ("IRNGOV"); else its country; else a proper name. Generic words ("police",
    "officials") identify nobody.
    """
    if code:
        code = code.upper()
        if not _roles_only(code):
            return code
        return f"{country.upper()}{code}" if country else None
    if country:
        return country.upper()
    if name and any(ch.isupper() for ch in name):
        return " ".join(_WORD.findall(name.lower())) or None
    return None


def base_code(cameo: str) -> str:
    """The three-digit CAMEO base code ("0211" -> "021", "19" -> "19")."""
    return cameo[:3]


_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def event_day(date: str | None, published: dt.date | None = None) -> dt.date | None:
    """The first day an event's TIMEX3 date covers, else the publication date."""
    if date:
        try:
            return dt.date.fromisoformat(date[:10])
        except ValueError:
            pass
        try:
            if m := _MONTH.match(date):
                return dt.date(int(m[1]), int(m[2]), 1)
            if m := _WEEK.match(date):
                return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m := _YEAR.match(date):
                return dt.date(int(m[1]), 1, 1)
        except ValueError:
            pass
    return published


@dataclass(frozen=True, slots=True)
class ClusterKey:
    """What two reports must share to be reports of one event."""

    source: str | None
    target: str | None
    base: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """An already clustered report that a new report may join (``day``: the day its
    cluster started)."""

    cluster_id: str
    key: ClusterKey
    day: dt.date | None
    story_id: str
    country: str | None


def choose_cluster(
    key: ClusterKey,
    day: dt.date | None,
    story_id: str,
    country: str | None,
    candidates: Iterable[Candidate],
    *,
    window: int = 1,
    stories: Sequence[str] = (),
) -> str | None:
    """The cluster a report joins, or None to start a new one.

    A candidate must have the same key. It matches when it belongs to the same
    story (``story_id`` or one of ``stories``), or when both actors are known
    and the report's day is at most ``window`` days from the day the cluster
    started (``Candidate.day``: clusters do not creep along a daily series).
    Countries, when both are known, must agree. The closest match wins; ties go
    to the smallest cluster id, so the result does not depend on the order of rows.
    (The order documents are ingested in can matter: a cluster starts with its
    first report. Re-running the same ingest gives the same clusters.)
    """
    same_story = {story_id, *stories}
    best: tuple[int, int, str] | None = None
    for c in candidates:
        if c.key != key:
            continue
        if country and c.country and country != c.country:
            continue
        if c.story_id in same_story:
            rank = (0, 0, c.cluster_id)
        elif (
            day is not None
            and c.day is not None
            and key.source
            and key.target
            and abs((day - c.day).days) <= window
        ):
            rank = (1, abs((day - c.day).days), c.cluster_id)
        else:
            continue
        if best is None or rank < best:
            best = rank
    return best[2] if best else None
