"""Acts that are no political event, and copies of one act, read on unseen local, health
and wire news: a killing by a disease, a cull of animals, a killing told as the result of
an attack. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _force(pipe: Pipeline, text: str) -> list[str]:
    """The codes of the events of force (roots 18-20)."""
    return sorted(
        e.cameo
        for e in pipe(text, published="2010-06-02").events
        if e.cameo[:2] in ("18", "19", "20")
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a pathogen named by its code or name kills: no one's act
        ("H7N9 has killed four more Peruvian farmers this month.", []),
        ("Officials confirmed it was the H5N1 strain that killed dozens of geese near Lima.", []),
        ("Tuberculosis killed 300 inmates in Peruvian prisons last year.", []),
        ("Since 2003 the H5N1 strain has infected 171 Peruvians and killed 93 of them.", []),
        # animals culled or slaughtered: no act against a party
        ("Peruvian troops have killed several hundred stray dogs in Lima.", []),
        ("Chilean police shot a bull that escaped into a market in Arica.", []),
        (
            "Millions of infected birds have been slaughtered in Peru and the World Health "
            "Organization has confirmed the first human cases in the country.",
            [],
        ),
        # people killed stay force, with or without animals beside them
        ("Peruvian soldiers killed 20 villagers and their goats in a raid near Cusco.", ["19"]),
        ("Rebels slaughtered hundreds of Peruvian civilians in the village.", ["20"]),
        # a killing told as the result of an attack is that one attack
        (
            "A suicide bomber blew himself up near a Chilean police convoy in Arica on Monday, "
            "killing three officers and wounding five others.",
            ["18"],
        ),
        ("Peruvian airstrikes hit a rebel camp near Cusco, killing 12 fighters.", ["19"]),
        # another doer's killing in its own clause is another act
        (
            "Chilean troops shelled the rebel camp, and the rebels killed two Chilean soldiers "
            "in a village nearby.",
            ["19", "19"],
        ),
    ],
)
def test_no_act_or_one_act(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _force(pipe, text)] == roots


def _roots(pipe: Pipeline, text: str) -> list[str]:
    return sorted(e.cameo[:2] for e in pipe(text, published="2010-06-02").events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # an act inside what is advised is advice, no act; the appeal itself stays
        (
            "Two Chilean senators said Peru should either refuse to take in more Bolivian "
            "refugees or take measures to tighten its border controls.",
            ["02"],
        ),
        # a clause of its own joined to advice is not advised
        (
            '"Such bans should never be tolerated by the state, and we call on the Peruvian '
            'Congress to firmly reject this cruel bill," the rights group said.',
            ["02"],
        ),
        # acts done are not advice
        ("Chile withdrew its ambassador and expelled two Peruvian diplomats.", ["16", "16"]),
    ],
)
def test_advised_acts(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert _roots(pipe, text) == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # 'meet (with)' a reception is an experience, no meeting
        ("The Peruvian candidate has often been met with mockery.", []),
        (
            "The Chilean campaign is meeting stiff resistance from far-right groups, including "
            "the Peruvian Nationalist Party.",
            [],
        ),
        # a meeting with a party stays, both ways
        ("The Peruvian president met with Chilean officials on Monday.", ["04", "04"]),
    ],
)
def test_met_reception(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert _roots(pipe, text) == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # words offered are speech, no offer of cooperation
        # a defense offered is defending (052), no offer
        ("At a summit in Lima, the Peruvian senator offered a defense of the bill.", ["05"]),
        ("The Chilean minister offers these statistics for the winter months.", []),
        # offers of talks, aid or equipment stay
        ("Peru offered Chile talks on the border dispute.", ["03"]),
        ("The Peruvian government offered Chile defense equipment worth $2 million.", ["03"]),
    ],
)
def test_words_offered(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert _roots(pipe, text) == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a warning of a danger no party poses tells of it, no threat
        ("Peruvian health officials warned residents of the risk of flooding.", []),
        ("Chilean police went door to door warning residents of the fire.", []),
        # a warning of the warner's own act stays a threat
        ("Peru warned Chile of a military response.", ["13"]),
    ],
)
def test_warned_of_danger(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert _roots(pipe, text) == roots
