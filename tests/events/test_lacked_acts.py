"""An event noun that is the "of" object of a noun of want ("the lack of cooperation
between X and Y", ``privative_nouns``) or the object of "without" is no act
(``extract._lacked``); the same noun told plainly stays. The sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    return {e.cameo[:2] for e in pipe(text, published="2016-06-01").events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The lack of cooperation between Kenya and Uganda has hurt trade.",
        "The absence of cooperation between Kenya and Uganda has hurt trade.",
    ],
)
def test_lack_of_an_act_is_no_act(pipe: Pipeline, text: str) -> None:
    assert "06" not in _roots(pipe, text)


@pytest.mark.model
def test_act_noun_told_plainly_stays(pipe: Pipeline) -> None:
    assert "06" in _roots(pipe, "The cooperation between Kenya and Uganda has helped trade.")


@pytest.mark.model
def test_a_conjunct_phrase_of_its_own_is_no_lacked_act(pipe: Pipeline) -> None:
    # "the absence of X and the killing of Y by Z": the killing, with its own "the" and
    # "of"/"by" phrases, is told beside the absence, not lacking
    text = (
        "Chile and Peru traded accusations over the absence of cooperation and the "
        "killing of three Peruvian soldiers by Bolivian troops."
    )
    assert "19" in _roots(pipe, text) or "18" in _roots(pipe, text)
