"""PLOVER types through the whole pipeline: one invented news sentence per common way each
type is reported (the PLOVER 2.0 type definitions and the CAMEO codes under them), read as
the type of the sentence's main event (the most confident one)."""

from __future__ import annotations

import pytest

from geowire import Pipeline
from geowire.events import codebook

pytestmark = pytest.mark.model


def _main_type(pipe: Pipeline, text: str) -> str | None:
    events = [e for e in pipe(text, published="2024-05-02").events if e.plover]
    return max(events, key=lambda e: e.confidence).plover if events else None


@pytest.mark.parametrize(
    "text, plover",
    [
        ("Kenya and Uganda agreed on Monday to build a joint railway line.", "AGREE"),
        ("The Turkish president visited Azerbaijan for two days.", "CONSULT"),
        ("Canada backed the Norwegian proposal at the United Nations.", "SUPPORT"),
        ("The Peruvian Congress approved the free trade deal with Chile.", "SUPPORT"),
        # restrictions eased: a concession (081)
        ("The Iranian government eased curbs on foreign media.", "CONCEDE"),
        ("Cuba loosened controls on private business.", "CONCEDE"),
        # joint exercises are mutual military cooperation; one's own are a show of force
        ("Chinese and Pakistani troops conducted joint counterterrorism drills.", "COOPERATE"),
        ("Pakistan staged military exercises near the Indian border.", "MOBILIZE"),
        ("Turkey handed over two suspects to German prosecutors.", "COOPERATE"),
        ("Japan gave 50 million dollars in aid to Cambodia.", "AID"),
        ("France wrote off the debts of Niger.", "AID"),
        # captives and seized goods given back, observers let in, an official stepping down
        ("Armenia returned prisoners of war to Azerbaijan.", "RETREAT"),
        ("Ethiopia returned the seized trucks to Kenya.", "RETREAT"),
        ("The Sudanese government allowed UN observers into Darfur.", "RETREAT"),
        ("The Ukrainian defense minister resigned after the scandal.", "RETREAT"),
        ("The United Nations urged Myanmar to free political prisoners.", "REQUEST"),
        ("Venezuela accused Colombia of harboring armed groups.", "ACCUSE"),
        ("Hamas turned down the Egyptian ceasefire proposal.", "REJECT"),
        ("Russia threatened to cut gas supplies to Ukraine.", "THREATEN"),
        ("Opposition supporters marched through the streets of Kampala.", "PROTEST"),
        ("Truckers in Brazil blockaded highways to protest fuel prices.", "PROTEST"),
        ("Germany halted arms sales to Turkey.", "SANCTION"),
        ("China banned imports of Japanese seafood.", "SANCTION"),
        ("Qatar expelled Egyptian diplomats.", "SANCTION"),
        ("The United States sent an aircraft carrier to the Persian Gulf.", "MOBILIZE"),
        ("The Chinese government shut down a newspaper in Guangzhou.", "COERCE"),
        ("Egyptian police arrested dozens of opposition activists in Cairo.", "COERCE"),
        ("A suicide bomber killed 12 people at a market in Baghdad.", "ASSAULT"),
        # second pass
        ("Spain voiced support for Morocco.", "SUPPORT"),
        ("The Peruvian Congress voted down the plan.", "REJECT"),
        ("Hungary blocked the European Union statement.", "REJECT"),
        ("Chile broke off talks with Bolivia.", "SANCTION"),
        ("Morocco suspended contacts with Germany.", "SANCTION"),
        ("India delivered wheat to Afghanistan.", "AID"),
        ("Azerbaijan moved tanks to the border with Armenia.", "MOBILIZE"),
        ("North Korea conducted a nuclear test on Friday.", "MOBILIZE"),
        ("Iran test-launched a new rocket on Sunday.", "MOBILIZE"),
        ("Ukrainian drones hit an oil refinery in southern Russia.", "ASSAULT"),
        # the parser splits a hyphened word; the dictionary's "sit-in" still matches
        ("Activists staged a sit-in outside the Kenyan parliament.", "PROTEST"),
        ("The Tamil rebels declared a cease-fire with Sri Lanka on Monday.", "RETREAT"),
        # people who bear no arms: a clash with police is a riot, an occupation a blockade,
        # a strike a stoppage of work
        ("Egyptian demonstrators clashed with police in Tahrir Square.", "PROTEST"),
        ("Hong Kong students occupied the main roads of the city.", "PROTEST"),
        ("Doctors in Nigeria began a strike over unpaid salaries.", "PROTEST"),
        # armed parties stay force
        ("Rebels clashed with soldiers near Goma.", "ASSAULT"),
        ("Russian troops occupied the Crimean peninsula.", "ASSAULT"),
        # an event noun under a verb of readiness or intent is readied or intended, as an
        # infinitive is ("prepared to attack")
        ("The Serbian army is preparing a major offensive against the rebels.", "MOBILIZE"),
        ("Israel planned an attack on Iran.", "THREATEN"),
        # done, it is the act itself
        ("The Serbian army launched a major offensive against the rebels.", "ASSAULT"),
        # a state leaving an organisation reduces relations; troops pulling back retreat
        ("Mali withdrew from the regional bloc ECOWAS.", "SANCTION"),
        ("Russian troops withdrew from the UN buffer zone.", "RETREAT"),
    ],
)
def test_the_main_event_has_the_plover_type(pipe: Pipeline, text: str, plover: str) -> None:
    assert _main_type(pipe, text) == plover


def test_stepping_down_is_a_retreat_in_the_plover_manual() -> None:
    info = codebook().get("0831")
    assert info is not None
    assert (info.plover, info.plover_mode) == ("RETREAT", "resign")
