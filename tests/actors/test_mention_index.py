"""MentionIndex: the actors at a span, from sorted mentions, as the plain scan finds them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.actors import MentionIndex, actors_at
from geowire.document import Actor, Document


def scan(actors: tuple[Actor, ...], start: int, end: int) -> tuple[str, ...]:
    """Every actor with a mention overlapping [start, end), best fit first (by brute force)."""
    scored = []
    for n, a in enumerate(actors):
        best = None
        for s, e in a.mentions:
            if s < end and start < e or (s == e == start):
                overlap = min(e, end) - max(s, start)
                score = (-overlap, (e - s) - overlap)
                best = score if best is None or score < best else best
        if best is not None:
            scored.append((best, n, a.id))
    return tuple(i for _b, _n, i in sorted(scored))


mention = st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1]))
actor_lists = st.lists(st.lists(mention, min_size=1, max_size=5), max_size=8)


@settings(deadline=None)  # no timing in unit tests: a loaded machine must not fail them
@given(actor_lists, st.integers(0, 340), st.integers(0, 30))
def test_index_agrees_with_a_scan(mentions, start, width):
    actors = tuple(
        Actor(id=f"a{n}", name=f"A{n}", code=None, country=None, mentions=tuple(ms))
        for n, ms in enumerate(mentions)
    )
    got = tuple(a.id for a in MentionIndex(actors).actors_at(start, start + width))
    assert got == scan(actors, start, start + width)


def test_actors_at_closest_fit_first():
    text = "President Barack Obama met Obama aides."
    wide = Actor("a1", "Barack Obama", "USAGOV", "USA", mentions=((10, 22),))
    aides = Actor("a2", "Obama aides", "USAGOV", "USA", mentions=((27, 38),))
    doc = Document(text=text, actors=(wide, aides))
    assert [a.id for a in actors_at(doc, 17, 22)] == ["a1"]
    assert [a.id for a in actors_at(doc, 10, 38)] == ["a1", "a2"]  # more words overlap
    assert actors_at(doc, 0, 9) == ()
