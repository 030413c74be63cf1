"""A use of force with no doer whose clause names its act by a definite noun of force
("were killed in the shelling", "in the fighting", "the attack killed ...") takes the doer
of the nearest act of that kind told earlier in the sentence or in the three sentences
before; of a two-sided fight, the side the casualties are not of; with no such act told, or
only one by the casualties' own side, the doer stays unnamed. Told earlier in the same
sentence by the same doer, the two are one act. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline

#: the publication date the sentences are read at
PUBLISHED = "2022-10-11"


def _force_sides(pipe: Pipeline, text: str, victim: str) -> list[str | None]:
    """The source codes of the uses of force (18-20) done to ``victim`` in the last
    sentence of ``text``."""
    events = pipe(text, published=PUBLISHED).events
    last = max(e.sentence for e in events)
    return [
        e.source.code if e.source else None
        for e in events
        if e.sentence == last
        and e.root in ("18", "19", "20")
        and e.target is not None
        and e.target.code == victim
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, victim",
    [
        (
            "Sudanese troops shelled the town of Kadugli on Sunday. "
            "Nine civilians were killed in the shelling.",
            "SDNMIL",
            "SDNCVL",
        ),
        (
            "Somali troops clashed with Shabab fighters near Baidoa on Sunday. "
            "Four Somali soldiers were killed in the fighting.",
            "SOMINSREB",
            "SOMMIL",
        ),
        (
            "Kenyan police said eight gunmen were killed and two Kenyan officers were "
            "wounded in the clashes.",
            "KENUAF",
            "KENGOV",
        ),
    ],
)
def test_the_doer_of_the_act_a_definite_noun_names(
    pipe: Pipeline, text: str, source: str, victim: str
) -> None:
    sources = _force_sides(pipe, text, victim)
    assert source in sources, coded_events(pipe, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, victim",
    [
        # no act told before: no one to name
        ("Four Somali soldiers were killed in the attack on Sunday.", "SOMMIL"),
        # an indefinite noun tells a new act
        (
            "Somali troops clashed with Shabab fighters near Baidoa on Sunday. "
            "Four Somali soldiers were killed in an attack on Monday.",
            "SOMMIL",
        ),
        # the only act told is the casualties' own side's, and an attack is one-sided
        (
            "Somali troops attacked a Shabab camp near Baidoa on Sunday. "
            "Four Somali soldiers were killed in the attack.",
            "SOMMIL",
        ),
    ],
)
def test_no_doer_without_an_act_of_another_party_told(
    pipe: Pipeline, text: str, victim: str
) -> None:
    events = coded_events(pipe, text, PUBLISHED)
    sources = _force_sides(pipe, text, victim)
    assert sources and all(s is None for s in sources), events


@pytest.mark.model
def test_the_act_is_looked_for_three_sentences_back_only(pipe: Pipeline) -> None:
    text = (
        "Sudanese troops shelled the town of Kadugli on Sunday. "
        "The town's mayor appealed for calm. "
        "Aid agencies asked for access to the area. "
        "The governor urged restraint. "
        "Nine civilians were killed in the shelling."
    )
    sources = _force_sides(pipe, text, "SDNCVL")
    assert sources and all(s is None for s in sources), coded_events(pipe, text, PUBLISHED)


@pytest.mark.model
def test_the_act_told_earlier_in_the_sentence_is_one_act(pipe: Pipeline) -> None:
    text = (
        "Sudanese troops shelled the town of Kadugli on Sunday, and nine civilians were "
        "killed in the shelling."
    )
    events = coded_events(pipe, text, PUBLISHED)
    force = [(c, s, t) for c, s, t in events if c[:2] in ("18", "19", "20")]
    assert len(force) == 1 and force[0][1] == "SDNMIL", events
