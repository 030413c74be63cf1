"""The speaker's next act joined to what they said ("X said the plan was unfair and
condemned Y"): the quotes end the content before it (quotes/indirect.py
``next_act_cue``), and the event coder reads it as the speaker's own act, told by the
writer, not as part of the reported content. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Chile said the offer was unfair and condemned Peru.", "11", "CHL", "PER"),
        (
            "Chile said the tariffs were illegal and accused Peru of economic blackmail.",
            "11",
            "CHL",
            "PER",
        ),
        ("Chile said the raid was deliberate and blamed Peru.", "11", "CHL", "PER"),
    ],
)
def test_the_speakers_next_act_is_the_speakers(
    pipe: Pipeline, text: str, root: str, source: str, target: str
) -> None:
    doc = pipe(text, published="2011-05-04")
    acts = [e for e in doc.events if e.cameo.startswith(root)]
    assert acts, root_dyads(pipe, text, published="2011-05-04")
    assert all(e.source is not None and e.source.code == source for e in acts), acts
    assert all(e.target is not None and e.target.code == target for e in acts), acts
    assert all(e.modality == "asserted" for e in acts), acts


@pytest.mark.model
def test_an_act_of_a_subject_that_may_act_stays_in_the_content(pipe: Pipeline) -> None:
    # the rebels may have done it themselves: the act is reported, not the speaker's
    doc = pipe("Chile said the rebels seized the town and attacked Peru.", published="2011-05-04")
    acts = [e for e in doc.events if e.source is not None and e.source.code == "CHL"]
    assert not any(e.cameo.startswith(("18", "19")) for e in acts), doc.events
