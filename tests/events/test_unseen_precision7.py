"""Precision on unseen news (precision7): the role noun of an "as" or verbless "while" phrase
is the capacity someone acted in, no party acted upon, nor is the party of "instead of"; a
medium ("on social media", "in the media") is where words were said, no party; an attack told
by words written ("the editorial attacked X"), in the media, or paid for ("spent $2 million
attacking X") is criticism; declining to speculate is declining comment; an indictment
delivered in a speech is condemnation; offering oneself as a candidate offers nothing; alerts
and warnings released are no persons freed; investigators or experts deployed are no show of
force; a candidate backed by an average share in a poll is a finding; a ban on the
movement of animals is a rule for livestock.
Acts of the same words stay. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2016-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "Senator Maria Lopez, who had backed the pact as governor, opposed it as a candidate.",
            "11",
        ),
        (
            "Senator Maria Lopez said she could not support the trade deal that she herself "
            "negotiated while secretary of state.",
            "05",
        ),
    ],
)
def test_capacity_is_no_target(pipe: Pipeline, text: str, root: str) -> None:
    acts = [a for a in _codes(pipe, text) if a[1].startswith(root)]
    assert acts
    assert all(target is None for _, _, target in acts)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an "as" phrase that names another party after the role keeps it
        ("Senator Maria Lopez met Chancellor Angela Merkel as a guest of the embassy.", "DEU"),
        ("Russia recognized Juan Guaido as president of Venezuela in 2019.", "VEN"),
    ],
)
def test_party_beside_capacity_stays(pipe: Pipeline, text: str, target: str) -> None:
    assert any(t and t.startswith(target) for _, _, t in _codes(pipe, text))


@pytest.mark.model
def test_alternative_not_taken_is_no_target(pipe: Pipeline) -> None:
    text = "Instead of Senator John Brown, Senator Maria Lopez teamed up with the mayor."
    assert ("LEG", "060", "LEG") not in _codes(pipe, text)


@pytest.mark.model
def test_medium_is_no_party(pipe: Pipeline) -> None:
    # the press is where it was said: no source; with no other coded party, no event
    text = (
        "After Governor John Brown refused to back the tax, he was criticized by libertarians "
        "on social media."
    )
    assert ("USAMED", "111", "USAGOV") not in _codes(pipe, text)
    assert not any(s and s.endswith("MED") for s, _, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Lopez campaign has spent $2 million attacking Senator John Brown since June.",
        "Senator John Brown was attacked in the media for his vote on the budget.",
        "The columnist noted the difference, as Senator John Brown is attacked in the media "
        "while the mayor is praised.",
        "The mayor attacked Governor John Brown on Twitter on Monday.",
    ],
)
def test_attack_in_words_is_no_force(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith(("18", "19")) for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Senator Lopez declined to speculate on a backup plan for the bill.", "011"),
        ("The governor delivered a sweeping indictment of the Senate leadership.", "111"),
    ],
)
def test_sense_recoded(pipe: Pipeline, text: str, code: str) -> None:
    assert code in {c for _, c, _ in coded_events_all(pipe, text)}


def coded_events_all(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    doc = pipe(text, published="2016-05-01")
    return {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor offered himself as a unity candidate on Monday.",
        "An initial alert was released from the Health Ministry on Monday.",
        "The Food and Drug Administration deployed a team of investigators to the farms in Iowa.",
        "Some 50 international experts were deployed in Angola by the World Health Organization.",
        # a ban on the movement of animals only is a rule for livestock
        "The state government banned the movement of horses, donkeys and mules on Monday.",
        "The state government extended its ban on the movement of horses on Monday.",
        "A nationwide ban on the movement of horses and mules has been extended.",
        # a poll's measure of a share of voters is a finding, no support given
        "The poll finds Senator John Brown supported by an average of 13 percent in the states.",
    ],
)
def test_no_act_told(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # force, charges, offers, releases and deployments of their own kind stay
        ("Gunmen attacked the senator in his car on Monday.", "18"),
        # (rebels' force on an army base, a thing of the state's forces, is a fight: 19)
        ("Rebels attacked an army base in the north on Sunday.", "19"),
        ("A grand jury indicted Senator Maria Lopez on Friday.", "17"),
        ("The mayor offered aid to the refugees from Syria.", "03"),
        ("Israel released 20 Palestinian prisoners on Monday.", "08"),
        ("Russia deployed troops to the border with Ukraine.", "15"),
        ("Iran refused to accept the offer from the European Union.", "12"),
        ("The European Union banned imports of British cattle in 1996.", "16"),
        ("The government banned the movement of opposition leaders.", "17"),
        ("The European Union extended its sanctions on Russia on Monday.", "16"),
    ],
)
def test_act_still_told(pipe: Pipeline, text: str, root: str) -> None:
    assert any(code.startswith(root) for _, code, _ in _codes(pipe, text))
