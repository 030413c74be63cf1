"""A verb of making possible (``enabling_verbs``: allow, help, ...) done by no party named,
whose subject is a clause ("Trying the two cases together allowed X to win") or which has
a verb of its own for what it makes possible and no doer the parser found ("..., and will
allow the government to delay the vote"), tells a cause, no aid or yielding
(``extract._enabled_act``); a party's permission or help, and a passive permission whose
permitter is unnamed, stay. The sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    return {e.cameo[:2] for e in pipe(text, published="2016-06-01").events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Trying the two cases together allowed Kenyan prosecutors to win the trial.",
        "Going through a hard time has allowed the Kenyan president to connect with voters.",
        "The ruling was a blow to the Kenyan opposition, and will allow the government to "
        "delay the vote.",
    ],
)
def test_cause_is_no_act(pipe: Pipeline, text: str) -> None:
    assert not _roots(pipe, text) & {"03", "07", "08"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Kenya allowed Ugandan refugees to enter the country.", "08"),
        ("China helped Zambia build a railway.", "07"),
        ("Ugandan refugees were permitted to enter Kenya on Monday.", "08"),
    ],
)
def test_party_permission_or_help_stays(pipe: Pipeline, text: str, root: str) -> None:
    assert root in _roots(pipe, text)
