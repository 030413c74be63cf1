"""A clause with a subject of its own joined after a verb ("X met Y, and the two leaders
pledged ...") tells another act: its words are no object a row of the verb reads
(geowire/events/extract.py ``_joined_clause``, read by ``SentenceCoder._nested``), so
"meet * pledge" (a standard met, no event) does not swallow the meeting. Invented
sentences, whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Ecuador's president met the Peruvian leader in Lima on Friday, and the two men "
            "pledged to reopen the border.",
            ("ECUGOV", "040", "PERGOV"),
        ),
        (
            "The Kenyan foreign minister met his Somali counterpart on Monday, and both sides "
            "made a commitment to fight al-Shabab.",
            ("KENGOV", "040", "SOMGOV"),
        ),
        (
            "Chile's president met Argentina's president in Santiago, and the two leaders "
            "promised closer trade ties.",
            ("CHLGOV", "040", "ARGGOV"),
        ),
    ],
)
def test_a_joined_clause_of_its_own_is_no_object_of_the_verbs_row(
    pipe: Pipeline, text: str, act: tuple[str, str, str]
) -> None:
    got = coded_acts(pipe, text, published="2020-05-01")
    assert act in got, got


@pytest.mark.model
def test_a_standard_met_in_the_verbs_own_clause_stays_no_event(pipe: Pipeline) -> None:
    text = "The Colombian government met its pledge to the rebels in March."
    got = coded_acts(pipe, text, published="2020-05-01")
    assert not any(code.startswith("04") for _s, code, _t in got), got
