"""Actor phrases (geowire.actors.resolve): a country's name compounded before a topic role
is what the role works on, and a heritage compound before a person's occupation names an
American (or Canadian, Australian), not the origin's national. No model needed."""

from __future__ import annotations

from collections.abc import Callable

from geowire import Document


def _codes(doc: Document) -> dict[str, str | None]:
    return {a.name: a.code for a in doc.actors}


def test_an_organisations_country_envoy_is_the_organisations(
    no_model: Callable[..., Document],
) -> None:
    doc = no_model(
        "U.N. Syria envoy Geir Pedersen said the talks would resume.", published="2024-01-01"
    )
    assert _codes(doc)["Geir Pedersen"] == "IGOUNOGOV"


def test_a_country_envoy_is_no_person_of_that_country(no_model: Callable[..., Document]) -> None:
    doc = no_model("The U.N.'s Syria envoy said the talks would resume.", published="2024-01-01")
    assert not any((a.code or "").startswith("SYR") for a in doc.actors)


def test_a_countrys_own_envoy_stays_its_own(no_model: Callable[..., Document]) -> None:
    doc = no_model("Syria's envoy and a Syrian envoy spoke.", published="2024-01-01")
    assert [a.code for a in doc.actors if "envoy" in a.name] == ["SYRGOV", "SYRGOV"]


def test_a_heritage_compound_before_an_occupation_is_no_origin_national(
    no_model: Callable[..., Document],
) -> None:
    doc = no_model(
        '"It failed," said Jorge Perez, a Cuban-American political scientist.',
        published="2024-01-01",
    )
    assert not any((a.code or "").startswith("CUB") for a in doc.actors)


def test_a_heritage_compound_before_a_thing_keeps_both(no_model: Callable[..., Document]) -> None:
    doc = no_model("Iranian-American talks resumed.", published="2024-01-01")
    assert any((a.code or "").startswith("IRN") for a in doc.actors)


def test_a_country_in_initials_before_an_envoy_is_whose_the_envoy_is(
    no_model: Callable[..., Document],
) -> None:
    doc = no_model(
        "U.S. envoy Dana Morrow met officials in Beijing, and a UK envoy met them too.",
        published="2024-01-01",
    )
    codes = _codes(doc)
    assert codes["Dana Morrow"] == "USAGOV"
    assert codes["UK envoy"] == "GBRGOV"


def test_a_bodys_initials_before_a_countrys_initials_keep_the_country_the_topic(
    no_model: Callable[..., Document],
) -> None:
    # "U.N. DRC envoy": the body's envoy sent to the country, not the country's own
    doc = no_model(
        "U.N. DRC envoy Mara Lindqvist met officials in Goma, and an AU CAR envoy met them too.",
        published="2024-01-01",
    )
    assert not any((a.code or "").startswith(("COD", "CAF")) for a in doc.actors), _codes(doc)
