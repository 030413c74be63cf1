"""The reporter a story's byline names ('X reports from Y.') is the journalist, not a
source: no later 'he says' stands for them, while a reporting verb with content of its
own still quotes; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_pronoun_after_a_byline_is_not_the_reporter() -> None:
    text = (
        "Chad has agreed to hold talks with the rebels. Daniel Hurst reports from "
        "N'Djamena.\n\nState television showed the rebel envoy, Idriss Mahamat, touring a "
        "camp and praising the army.\n\nHe says he hopes the talks will bring peace."
    )
    found = speaker_of(text, "bring peace")
    assert found is None or found.name != "Daniel Hurst"


@pytest.mark.parametrize(
    "byline",
    [
        "Sarah Kimani reports from Port Sudan.",
        "As VOA's Sarah Kimani reports from Port Sudan, the fighting has emptied the town.",
    ],
)
def test_she_after_a_byline_is_not_the_reporter(byline: str) -> None:
    text = (
        f"Sudan's army has retaken the bridge. {byline}\n\nWitnesses said the troops "
        "cleared the area on Monday.\n\nShe says the hospital is running out of supplies."
    )
    found = speaker_of(text, "running out of supplies")
    assert found is None or found.name != "Sarah Kimani"


def test_a_reporter_with_a_clause_of_their_own_still_speaks() -> None:
    text = "Marta Okafor reports the rebels have left the town, and she says they went north."
    found = speaker_of(text, "rebels have left")
    assert found is not None and found.name == "Marta Okafor"


@pytest.mark.parametrize(
    "line",
    [
        "Foreign Minister Moussa Diallo reports to parliament on Thursday.",
        "Chadian President Idriss Kamougue reports to the assembly every year on security.",
    ],
)
def test_an_official_who_reports_to_a_body_still_speaks(line: str) -> None:
    text = f"{line} He says the talks with the rebels are on track."
    found = speaker_of(text, "talks with the rebels")
    assert found is not None and found.name in line, found


def test_a_pronoun_after_a_byline_is_not_its_place() -> None:
    text = (
        "Daniel Hurst reports from N'Djamena.\n\nHe says Chad's opposition rejected the "
        "election results."
    )
    found = speaker_of(text, "rejected the")
    assert found is None or "N'Djamena" not in found.name, found
