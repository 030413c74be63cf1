"""Who does what an infinitive or gerund complement tells when the clause names no subject
of its own: the governing verb's subject, unless its object is someone who could act.
Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an object that is a sum or a thing cannot act: the subject does
        "The Chilean senator spent $40,000 to back the Peruvian president.",
        "The Chilean senator spent millions attacking the Peruvian president.",
        # a gerund on a preposition of the verb's adverb
        "Senator Ruiz of Chile stopped short of endorsing the Peruvian president.",
        "The Chilean senator came close to endorsing the Peruvian president.",
    ],
)
def test_the_subject_does_what_its_complement_tells(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert any(s == "CHLLEG" and t == "PERGOV" for _r, s, t in got), got


@pytest.mark.model
def test_an_object_that_can_act_still_does_it(pipe: Pipeline) -> None:
    text = "The Chilean senator urged Bolivian voters to reject the Peruvian president."
    got = _dyads(pipe, text)
    assert not any(s == "CHLLEG" and r == "12" for r, s, _t in got), got


@pytest.mark.model
def test_a_person_asked_to_act_is_not_replaced_by_the_asker(pipe: Pipeline) -> None:
    text = "The Chilean senate asked the city manager to meet with the Peruvian president."
    got = _dyads(pipe, text)
    assert not any(r == "04" and (s or "").startswith("CHL") for r, s, _t in got), got
