"""A reported clause whose subject the parser took for the speech verb's object ("quoted
X as saying the commander of the navy, Y, had been detained"): the verb left with no
subject of its own takes that noun phrase as its subject, and the clause is reported.
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
def test_a_stranded_passive_subject_undergoes_the_act(pipe: Pipeline) -> None:
    text = (
        "Reuters quoted a police spokesman as saying the leader of the opposition, "
        "Ion Popescu, had been detained overnight."
    )
    evs = pipe(text, published="2023-05-05").events
    held = [e for e in evs if e.cameo == "173"]
    assert held, [(e.cameo, e.source, e.target) for e in evs]
    assert all(e.source is None and e.target is not None for e in held)
    assert all(e.modality == "reported" for e in held)


@pytest.mark.model
def test_a_plain_object_of_saying_is_no_subject(pipe: Pipeline) -> None:
    # the parser reads this one right: the passive clause has its own subject
    text = "Officials said the opposition leader had been detained in the capital."
    evs = [e for e in pipe(text, published="2023-05-05").events if e.cameo == "173"]
    assert evs and all(e.target is not None and e.target.code.endswith("OPP") for e in evs)
