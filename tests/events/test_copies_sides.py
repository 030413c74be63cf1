"""Of two copies of one act, the kept one takes a party only the dropped copy named, and a
side coded by a role alone (no country) counts as less specific than a country's."""

from __future__ import annotations

from geowire.document import ActorRef, Event
from geowire.events.copies import _sides_of_copy, _specificity


def _event(source: ActorRef | None, target: ActorRef | None, cameo: str = "183") -> Event:
    text = "Militants detonated a bomb near a convoy, killing three soldiers."
    return Event(
        source=source, target=target, cameo=cameo, root=cameo[:2], plover=None,
        quad_class=4, goldstein=-10.0, date=None, modality="asserted", location=None,
        sentence=0, span=(0, len(text)), evidence=text, confidence=0.5,
    )


MILITANTS = ActorRef("Militants", "IRQREB", "IRQ", "a1")
SOLDIERS = ActorRef("soldiers", "IRQMIL", "IRQ", "a2")
TROOPS = ActorRef("troops", "MIL", None, "a3")  # a role with no country


def test_the_kept_copy_takes_the_party_only_the_dropped_one_named() -> None:
    kept = _event(MILITANTS, None)
    dropped = _event(MILITANTS, SOLDIERS, "190")
    out = _sides_of_copy(kept, dropped)
    assert out.cameo == "183" and out.target == SOLDIERS and out.source == MILITANTS


def test_a_side_coded_by_a_role_alone_is_filled_from_the_copy() -> None:
    kept = _event(TROOPS, SOLDIERS)
    dropped = _event(MILITANTS, SOLDIERS)
    assert _sides_of_copy(kept, dropped).source == MILITANTS


def test_a_copy_naming_no_more_parties_changes_nothing() -> None:
    kept = _event(MILITANTS, None)
    assert _sides_of_copy(kept, _event(None, None)) == kept
    assert _sides_of_copy(kept, _event(TROOPS, None)) == kept
    both = _event(MILITANTS, SOLDIERS)
    assert _sides_of_copy(both, _event(SOLDIERS, MILITANTS)) == both


def test_a_role_alone_is_less_specific_than_a_country() -> None:
    assert _specificity(_event(TROOPS, None)) < _specificity(
        _event(ActorRef("Iraq", "IRQ", "IRQ", "a4"), None)
    )


def test_a_state_striking_itself_beside_its_strike_abroad_is_that_strike() -> None:
    from geowire.events.copies import _own_country_struck

    strikes = ActorRef("Israeli strikes", "ISR", "ISR", "s1")
    itself = _event(strikes, ActorRef("Israel", "ISR", "ISR", "s2"), "190")
    abroad = _event(strikes, ActorRef("Palestinians", "PSE", "PSE", "s3"), "190")
    assert _own_country_struck(itself, abroad) == "b"
    assert _own_country_struck(abroad, itself) == "a"
    # a state's forces striking a party of their own country are no copy
    rebels = _event(SOLDIERS, ActorRef("Iraq", "IRQ", "IRQ", "s4"), "190")
    assert _own_country_struck(rebels, _event(SOLDIERS, MILITANTS, "190")) is None
