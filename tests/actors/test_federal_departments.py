"""US executive departments and agencies under the names the US press gives them ("the
Justice Department", "the Department of Energy", "Homeland Security") are coded as the US
government's; the Commonwealth spellings of a department ("the Defence Department") are a
ministry of the state the context names, not a misspelt US department."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geowire import Document, Pipeline


def _codes(doc: Document) -> dict[str, str | None]:
    return {a.name: a.code for a in doc.actors}


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("The Justice Department sued the chemical maker.", "Justice Department", "USAGOV"),
        ("The Treasury Department froze the bank's assets.", "Treasury Department", "USAGOV"),
        ("The Commerce Department fined the exporter.", "Commerce Department", "USAGOV"),
        ("The Department of Energy praised the utility.", "Energy Department", "USAGOV"),
        ("Homeland Security deported the two men.", "Department of Homeland Security", "USAGOV"),
        ("The Federal Reserve criticized the lenders.", "Federal Reserve", "USAGOV"),
        ("The Defense Department criticized the contractor.", "Defense Department", "USAGOV"),
        ("Britain's Home Office deported the men.", "Home Office", "GBRGOV"),
    ],
)
def test_federal_departments_are_the_us_governments(
    with_model: Callable[..., Document], text: str, name: str, code: str
) -> None:
    assert _codes(with_model(text, published="2011-03-01")).get(name) == code


def test_a_department_in_its_commonwealth_spelling_is_the_context_states(
    full: Pipeline,
) -> None:
    doc = full(
        "Police in Brisbane said the Defence Department had warned the navy.",
        published="2011-03-01",
    )
    codes = {a.code for a in doc.actors if "Department" in a.name}
    assert codes == {"AUSGOV"}


def test_a_department_and_a_foreign_party_are_two_parties(full: Pipeline) -> None:
    doc = full(
        "The Treasury Department and Iranian officials met in Oslo on Monday.",
        published="2011-03-01",
    )
    pairs = {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    }
    assert ("USAGOV", "IRNGOV") in pairs
