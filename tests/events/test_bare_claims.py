"""A claim of responsibility that names no act ("X has claimed responsibility.") claims the
use of force told just before: the claimant, an armed group, is its doer (modality
reported), as "X claimed responsibility for the attack" is coded. Through the whole
pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _claimed(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None, str]]:
    # (source, CAMEO, target, modality) of the acts coded in the text's last sentence
    last = text.rsplit(". ", 1)[1]
    return {
        (
            (e["source"] or {}).get("code"),
            e["cameo"],
            (e["target"] or {}).get("code"),
            e["modality"],
        )
        for e in pipe(text, published="2023-05-05").to_dict()["events"]
        if e["evidence"] == last and e["root"] != "01"
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a shopping mall in Nairobi on Saturday, killing 39 people. "
        "The Somali militant group al-Shabab has claimed responsibility.",
        "A suicide bomber blew himself up at a police station in Kabul. "
        "The Taliban claimed responsibility for it.",
    ],
)
def test_a_bare_claim_takes_the_act_before_it(pipe: Pipeline, text: str) -> None:
    acts = _claimed(pipe, text)
    assert acts, text
    assert all(s and s[:3] in ("SOM", "AFG") and m == "reported" for s, c, _t, m in acts)
    assert all(c[:2] == "18" for _s, c, _t, _m in acts)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # negated: no one claims it
        "A suicide bomber blew himself up at a police station in Kabul. "
        "No group has claimed responsibility.",
        # the act before is a state's: an armed group does not own it
        "Police shot dead two protesters in Cairo on Friday. The rebels claimed responsibility.",
        # no use of force before
        "The government raised fuel taxes on Monday. The rebels claimed responsibility.",
    ],
)
def test_a_bare_claim_with_no_act_of_its_kind_before_is_no_act(pipe: Pipeline, text: str) -> None:
    assert not _claimed(pipe, text), text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a hotel in Mogadishu. Al-Shabab claimed responsibility for the attack.",
        "Police said a bomb hit a bus in Quetta. The Taliban took credit for attacking the bus.",
    ],
)
def test_a_claimed_act_is_reported(pipe: Pipeline, text: str) -> None:
    # the claimant says it did the act: its word, as "X said it downed a drone" is
    acts = _claimed(pipe, text)
    assert acts, text
    assert all(m == "reported" for _s, c, _t, m in acts if c[:2] in ("18", "19"))


@pytest.mark.model
def test_an_unclaimed_act_stays_asserted(pipe: Pipeline) -> None:
    text = "Gunmen stormed a hotel in Mogadishu. No group claimed responsibility for the attack."
    evs = pipe(text, published="2023-05-05").to_dict()["events"]
    assert all(e["modality"] != "reported" for e in evs if e["root"] == "18")


@pytest.mark.model
def test_the_claimed_attack_takes_the_target_of_the_attack_told_before(pipe: Pipeline) -> None:
    text = (
        "A bomb exploded near a market in Baghdad, killing ten people. "
        "The Islamic State claimed responsibility for the attack."
    )
    acts = _claimed(pipe, text)
    assert any(
        s == "IMGMUSISI" and c[:2] == "18" and t is not None and t.startswith("IRQ")
        for s, c, t, _m in acts
    ), acts
