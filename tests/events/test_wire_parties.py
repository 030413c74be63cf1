"""Who acts and who is acted on in international wire news: kin and followers, monarchs,
international courts, company officers, a scene that opens the clause. Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Config, Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="1999-05-04")


def _codes(pipe: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipe(text, published="1999-05-04")
    return {doc.text[s:e].lower(): a.code for a in doc.actors for s, e in a.mentions}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, owner",
    [
        ("The Chilean president's son met with Peruvian officials on Monday.", "CHLGOV"),
        ("Supporters of President Ada Obi of Chile protested in Lima on Monday.", "CHLGOV"),
    ],
)
def test_kin_and_followers_do_not_act_for_the_one_they_are_tied_to(
    pipe: Pipeline, text: str, owner: str
) -> None:
    got = _dyads(pipe, text)
    assert not any(s == owner for _r, s, _t in got), got


@pytest.mark.model
def test_the_monarch_is_the_person_titled_king() -> None:
    pipe = Pipeline(Config())
    text = (
        "King Olaf of Norway arrived in Lima on Monday. He carried a message from "
        "Chile's Obi to the Peruvian president. The monarch will meet Peruvian officials "
        "on Thursday."
    )
    got = _dyads(pipe, text)
    assert ("04", "NORGOV", "PERGOV") in got, got
    assert not any(s == "CHLGOV" for _r, s, _t in got), got


@pytest.mark.model
def test_the_court_is_the_international_court_named_before(pipe: Pipeline) -> None:
    text = (
        "The World Court on Friday rejected Chilean objections to a Peruvian case. "
        "Chilean officials had filed objections to the court's jurisdiction in 1995."
    )
    codes = _codes(pipe, text)
    assert codes.get("court") == "IGOICJJUD", codes


@pytest.mark.model
def test_a_company_officer_is_business(pipe: Pipeline) -> None:
    codes = _codes(pipe, "Andes Mining Inc.'s chief financial officer, Ada Obi, resigned.")
    assert any("officer" in k and v and v.endswith("BUS") for k, v in codes.items()), codes
    assert not any(v and v.endswith("GOV") for v in codes.values()), codes


@pytest.mark.model
def test_a_scene_opening_the_clause_is_no_target(pipe: Pipeline) -> None:
    got = _dyads(pipe, "In the United Nations, Chile called for new talks with Peru.")
    assert not any(t == "IGOUNO" for _r, _s, t in got), got
    assert any(s == "CHL" for _r, s, _t in got), got


@pytest.mark.model
def test_the_white_house_chief_of_staff_is_government(pipe: Pipeline) -> None:
    codes = _codes(pipe, "White House Chief of Staff Ada Obi met Chilean officials on Monday.")
    assert any("chief of staff" in k and v == "USAGOV" for k, v in codes.items()), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ada Obi, the company's president, resigned on Monday.",
        "The firm said it was assisted by Ada Obi, president and chief executive.",
    ],
)
def test_a_company_president_is_business(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert any("president" in k and v and v.endswith("BUS") for k, v in codes.items()), codes
    assert not any(v and v.endswith("GOV") for v in codes.values()), codes


@pytest.mark.model
def test_a_state_president_beside_company_officers_stays_government(pipe: Pipeline) -> None:
    codes = _codes(pipe, "Chile's president and chief executive officers of ten firms met.")
    assert codes.get("chile's president") == "CHLGOV", codes


@pytest.mark.model
def test_a_named_company_keeps_its_own_country_when_a_state_acts_on_it() -> None:
    import geowire

    doc = geowire.extract("Turkey banned Huawei from its 5G network.", published="2024-05-06")
    assert [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events if e.cameo.startswith("17")] == [("TUR", "CHNBUS")]
