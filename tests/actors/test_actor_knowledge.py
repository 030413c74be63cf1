"""Actor knowledge: political parties, candidates, media, roles of one state, holders' names
and given names (invented sentences)."""

from __future__ import annotations

import collections
from collections.abc import Callable

import pytest

from geowire import Config, Document, Pipeline
from geowire.actors import data


def _codes(doc: Document) -> dict[str, str | None]:
    """Each mention's text -> its actor's code."""
    return {doc.text[s:e]: a.code for a in doc.actors for s, e in a.mentions}


@pytest.fixture(scope="module")
def full() -> Callable[..., Document]:
    """The whole pipeline (the article's country reaches parties with no country)."""
    pipe = Pipeline(Config())
    return lambda text, day="2019-05-02": pipe(text, published=day)


# --------------------------------------------------------------------------- the table


def test_party_rows_are_well_formed() -> None:
    rows = data.parties()
    assert len(rows) > 100
    names = collections.Counter(
        n for p in rows for n in {x.lower() for x in (*p.names, *p.adjectives)}
    )
    assert [n for n, k in names.items() if k > 1] == []
    countries = {c.code for c in data.countries()}
    for p in rows:
        # a party of one country is coded by it; a name of several countries' parties is PTY
        assert (p.country in countries and p.code[:3] == p.country) or (
            p.country is None and p.code == "PTY"
        ), p
    # a party is no organisation of the other table too (one name, one body)
    orgs = {n.lower() for o in data.organizations() for n in o.names}
    assert set(names) & orgs == set()


def test_a_party_coded_for_another_country_is_refused(tmp_path) -> None:
    from geowire.errors import DictionaryError

    path = tmp_path / "parties.tsv"
    path.write_text(
        "# version: 1\ncode\tname\tnames\tadjectives\tcountry\n"
        "NGAPTY\tBlue Party\tBlue Party\t\tGHA\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="not of country"):
        data.parties(path)


# --------------------------------------------------------------------------- resolution


def test_party_names_and_adjectives(with_model: Callable[..., Document]) -> None:
    got = _codes(
        with_model(
            "The GOP accused the governor of lying. Republican senators praised the plan, "
            "and a Democratic presidential candidate criticized it. The Democratic Republic "
            "of Congo protested."
        )
    )
    assert got["GOP"] == "USAPTY"
    assert got["Republican senators"].startswith("USAPTY")
    assert got["Democratic presidential candidate"] == "USAPTY"
    # an adjective with no role word after it names no party
    assert got["Democratic Republic of Congo"] == "COD"


def test_a_party_adjective_without_a_role_is_no_actor(with_model: Callable[..., Document]) -> None:
    doc = with_model("Voters praised the Republican tradition of the town.")
    assert all("PTY" not in (a.code or "") for a in doc.actors)


def test_a_name_several_countries_parties_bear_takes_the_article_s_country(
    full: Callable[..., Document],
) -> None:
    got = _codes(
        full(
            "Protests spread across Albania on Monday. The Democratic Party accused the "
            "government of fraud. The party called for new elections."
        )
    )
    assert got["Democratic Party"] == "ALBPTY"
    assert got["The party"] == "ALBPTY"  # "the party" refers back to the party


def test_the_party_is_the_party_named_before_not_another_organisation(
    full: Callable[..., Document],
) -> None:
    got = _codes(
        full(
            "The Kuomintang won the vote in Taiwan. Amnesty International criticized the "
            "party on Friday."
        )
    )
    assert got["the party"] == "TWNPTY"


def test_a_one_party_state_s_ruling_party_is_its_government(
    with_model: Callable[..., Document],
) -> None:
    assert (
        _codes(with_model("The Communist Party of Vietnam warned the bloggers."))[
            "Communist Party of Vietnam"
        ]
        == "VNMGOV"
    )


@pytest.mark.parametrize(
    "day, code",
    [
        ("2015-12-01", "USAPTY"),  # a candidate before the election
        ("2017-06-01", "USAGOV"),  # in office
        ("2021-06-01", "USAELI"),  # out of office
        ("2023-06-01", "USAPTY"),  # a candidate again
    ],
)
def test_a_candidate_is_coded_by_the_campaign(
    with_model: Callable[..., Document], day: str, code: str
) -> None:
    assert (
        _codes(with_model("Donald Trump criticized the senator.", published=day))["Donald Trump"]
        == code
    )


# --------------------------------------------------------------------------- media, roles


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("The New York Times reported that the minister resigned.", "The New York Times", "USAMED"),
        ("The Straits Times said the talks failed.", "The Straits Times", "SGPMED"),
        ("El Universal reported that the mayor resigned.", "El Universal", "MEXMED"),
    ],
)
def test_media_by_name(
    with_model: Callable[..., Document], text: str, mention: str, code: str
) -> None:
    assert _codes(with_model(text))[mention] == code


def test_roles_of_one_state(full: Callable[..., Document]) -> None:
    got = _codes(
        full(
            "Kenya asked for more aid. A senior administration official said Nairobi would "
            "get it. The pope urged an end to the fighting."
        )
    )
    assert got["administration official"] == "USAGOV"
    assert got["pope"] == "VAT"


def test_a_named_administration_keeps_its_own_state(full: Callable[..., Document]) -> None:
    got = _codes(full("Kenya protested. A Ruto administration official criticized Uganda."))
    assert got["administration official"] != "USAGOV"


def test_the_paper_refers_to_the_paper_named_before(full: Callable[..., Document]) -> None:
    got = _codes(full("The Bangkok Post said the vote was fair. The paper praised the army."))
    assert got["The paper"] == "THAMED"


# --------------------------------------------------------------------------- holders


def test_a_middle_initial_names_the_office_holder(with_model: Callable[..., Document]) -> None:
    got = _codes(with_model("John F. Kerry met the envoy.", published="2015-06-01"))
    assert got["John F. Kerry"] == "USAGOV"


def test_an_undated_office_holder_keeps_the_country_of_all_tenures(
    no_model: Callable[..., Document],
) -> None:
    # no article date: every row of his is FRAGOV
    assert (
        _codes(no_model("Nicolas Sarkozy criticized the plan.", published=None))["Nicolas Sarkozy"]
        == "FRAGOV"
    )


def test_a_country_acted_on_is_not_the_official_s(with_model: Callable[..., Document]) -> None:
    got = _codes(with_model("Foreign Minister Ada Obi said the strategy toward Chile had failed."))
    assert got["Foreign Minister Ada Obi"] == "GOV"


def test_a_given_name_tells_she_from_he(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "Ambassador Claudia Obi met Foreign Minister Mark Ruiz on Tuesday. "
        "She said the talks were useful."
    )
    she = doc.text.index("She")
    owner = next(a for a in doc.actors if (she, she + 3) in a.mentions)
    assert owner.name.endswith("Claudia Obi")


def test_a_university_by_name_and_its_scholar(full: Callable[..., Document]) -> None:
    got = _codes(
        full(
            "Chile held elections. John Smith, a professor at Georgetown University, "
            "criticized the vote."
        )
    )
    assert got["Georgetown University"] == "USAEDU"  # not Guyana's capital
    assert got["John Smith, a professor"] == "USAEDU"


def test_an_analyst_s_institution_does_not_place_the_police(full: Callable[..., Document]) -> None:
    got = _codes(
        full(
            "Chile held elections. John Smith, an analyst at Chatham House, criticized the police."
        )
    )
    assert got["police"] == "CHLCOP"


def test_a_reporter_takes_the_country_of_the_paper(full: Callable[..., Document]) -> None:
    got = _codes(
        full("Chile held elections. John Smith, a reporter for the Straits Times, met the police.")
    )
    assert got["John Smith, a reporter"] == "SGPMED"


def test_a_person_of_an_international_body_is_coded_by_it(full: Callable[..., Document]) -> None:
    got = _codes(
        full(
            "Chile held elections. John Smith, a researcher at Amnesty International, "
            "criticized the police. Mark Jones, a spokesman at the World Bank, praised the "
            "plan. Paul Brown, an adviser to the UN in Chile, praised it too."
        )
    )
    assert got["John Smith"] == "NGOAMN"
    assert got["Mark Jones, a spokesman"] == "IGOWBK"
    # a country in the description is the person's: an adviser in Chile stays Chile's
    assert got["Paul Brown, an adviser"] == "CHLGOV"


def test_a_country_owns_the_roles_coordinated_after_its_own(
    with_model: Callable[..., Document],
) -> None:
    got = _codes(with_model("Chile's president and foreign minister criticized Peru."))
    assert got["foreign minister"] == "CHLGOV"
    got = _codes(with_model("The Peruvian president and interior minister criticized Chile."))
    assert got["interior minister"] == "PERGOV"
    # a role with its own article and country is not the first country's
    got = _codes(with_model("Chile's president and the prime minister of Peru met in Lima."))
    assert got["prime minister of Peru"] == "PERGOV"


def test_a_country_name_ending_another_countrys_place_name_is_no_actor(
    full: Callable[..., Document],
) -> None:
    doc = full(
        "Ana Ray of the New England Journal of Medicine met Northern Ireland's police chief."
    )
    codes = _codes(doc)
    assert "England" not in codes
    assert not any(
        (c or "").startswith(("GBR", "IRL")) and "England" in m for m, c in codes.items()
    )
    assert (codes.get("Northern Ireland's police chief") or "GBRCOP").startswith("GBR")
