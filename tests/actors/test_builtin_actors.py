"""Text -> expected actors with the built-in data and the spaCy model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geowire import Document

pytestmark = pytest.mark.model


def _table(doc: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.name, a.code, a.country, a.kind) for a in doc.actors]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person with country and role from the title
        (
            "Iraqi Vice President Tariq al-Hashimi told reporters that Iran is a major power.",
            [
                ("Tariq al-Hashimi", "IRQGOV", "IRQ", "person"),
                ("reporters", "MED", None, "group"),
                ("Iran", "IRN", "IRN", "state"),
            ],
        ),
        (
            "Secretary of State Condoleezza Rice met Iranian President Mahmoud Ahmadinejad.",
            [
                ("Condoleezza Rice", "USAGOV", "USA", "person"),
                ("Mahmoud Ahmadinejad", "IRNGOV", "IRN", "person"),
            ],
        ),
        # coordinated actors before a shared role: two actors
        (
            "U.S. and Iranian officials are meeting in Damascus on December 18.",
            [
                ("U.S. officials", "USAGOV", "USA", "group"),
                ("Iranian officials", "IRNGOV", "IRN", "group"),
            ],
        ),
        (
            "Senior Hungarian and Romanian officials agreed on Wednesday.",
            [
                ("Hungarian officials", "HUNGOV", "HUN", "group"),
                ("Romanian officials", "ROUGOV", "ROU", "group"),
            ],
        ),
        # a capital acting is its government; a capital as a location is not an actor
        (
            "Tehran has shown itself willing to talk, diplomats said in Tehran.",
            [("Tehran", "IRNGOV", "IRN", "state"), ("diplomats", "GOV", None, "group")],
        ),
        (
            "The Kremlin warned Washington against new sanctions.",
            [("The Kremlin", "RUSGOV", "RUS", "state"), ("Washington", "USAGOV", "USA", "state")],
        ),
        # a demonym after a region's word is the region's: no country
        ("Central American migrants protested.", [("migrants", "REF", None, "group")]),
        # the Soviet Union is coded as Russia, not as a (labour) union
        (
            "The Soviet Union protested to Iraq.",
            [("Russian Federation", "RUS", "RUS", "state"), ("Iraq", "IRQ", "IRQ", "state")],
        ),
        # a state that split is coded as the state that kept its seat
        (
            "Yugoslavia protested to Czechoslovakia.",
            [("Serbia", "SRB", "SRB", "state"), ("Czechia", "CZE", "CZE", "state")],
        ),
        # organisations
        (
            "The Gulf Cooperation Council and the Arab League urged NATO and the UN to act.",
            [
                ("Gulf Cooperation Council", "IGOGCC", None, "organization"),
                ("Arab League", "IGOARL", None, "organization"),
                ("NATO", "IGONAT", None, "organization"),
                ("United Nations", "IGOUNO", None, "organization"),
            ],
        ),
        (
            "The government of Iraq asked the IAEA and OPEC for help.",
            [
                ("government of Iraq", "IRQGOV", "IRQ", "organization"),
                ("International Atomic Energy Agency", "IGOIAE", None, "organization"),
                ("OPEC", "IGOOPC", None, "organization"),
            ],
        ),
        # a misspelt organisation name
        (
            "Ahmadinejad urged the Gulf Cooperation Counsel to establish security pacts.",
            [
                ("Mahmoud Ahmadinejad", "IRNGOV", "IRN", "person"),
                ("Gulf Cooperation Council", "IGOGCC", None, "organization"),
            ],
        ),
        # groups: roles, armed groups, people of a country
        (
            "Israeli troops clashed with Palestinian protesters and Hamas militants.",
            [
                ("Israeli troops", "ISRMIL", "ISR", "group"),
                ("Palestinian protesters", "PSEOPP", "PSE", "group"),
                ("Hamas militants", "PSEREBHMS", "PSE", "group"),
            ],
        ),
        (
            "Chinese police and Indian judges met journalists from Kenya.",
            [
                ("Chinese police", "CHNCOP", "CHN", "group"),
                ("Indian judges", "INDJUD", "IND", "group"),
                ("journalists from Kenya", "KENMED", "KEN", "group"),
            ],
        ),
        ("Bosnian Serbs demanded a truce.", [("Bosnian Serbs", "BIH", "BIH", "group")]),
        (
            "Opposition groups in Zimbabwe are demanding that President Mugabe resign.",
            [
                ("Opposition groups in Zimbabwe", "ZWEOPP", "ZWE", "organization"),
                ("Robert Mugabe", "ZWEGOV", "ZWE", "person"),
            ],
        ),
        # appositions
        (
            "Hoshyar Zebari, Iraq's foreign minister, met Condoleezza Rice.",
            [
                ("Hoshyar Zebari", "IRQGOV", "IRQ", "person"),
                ("Condoleezza Rice", "USAGOV", "USA", "person"),
            ],
        ),
        (
            "Russia's foreign minister, Sergei Lavrov, met Iraqi officials.",
            [
                ("Sergei Lavrov", "RUSGOV", "RUS", "person"),
                ("Iraqi officials", "IRQGOV", "IRQ", "group"),
            ],
        ),
        # a multi-word role's plural keeps its modifier: "agencies" alone is no intelligence
        # service; humanitarian agencies are NGOs
        (
            "Humanitarian agencies and intelligence agencies met.",
            [
                ("Humanitarian agencies", "NGO", None, "organization"),
                ("intelligence agencies", "SPY", None, "organization"),
            ],
        ),
        # a known office holder of another country is not the title's holder
        (
            "After talks with Russia's foreign minister, Condoleezza Rice left.",
            [
                ("Russia's foreign minister", "RUSGOV", "RUS", "person"),
                ("Condoleezza Rice", "USAGOV", "USA", "person"),
            ],
        ),
        # a name is not a demonym, an office holder does not modify a name
        (
            "Trump critic Mark Cuban said Cuban would attend.",
            [("Donald Trump", "USABUS", "USA", "person"), ("Mark Cuban", None, None, "person")],
        ),
        # a demonym the tagger takes for a name is a demonym before a role word
        (
            "The Ugandan government rejected the plan.",
            [("Ugandan government", "UGAGOV", "UGA", "organization")],
        ),
        (
            "Kenya criticized the Slovak government.",
            [
                ("Kenya", "KEN", "KEN", "state"),
                ("Slovak government", "SVKGOV", "SVK", "organization"),
            ],
        ),
        # an organisation's possessive is not part of its name
        (
            "The Coastal Fisheries Agency\u2019s rules were challenged.",
            [("The Coastal Fisheries Agency", None, None, "organization")],
        ),
        # a seat of government inside an organisation's name
        (
            "The Washington Herald reported that Tehran refused.",
            [
                ("The Washington Herald", None, None, "organization"),
                ("Tehran", "IRNGOV", "IRN", "state"),
            ],
        ),
        # a misspelt country name
        (
            "Officials said Ethopia has agreed to re-open its borders.",
            [("Officials", "GOV", None, "group"), ("Ethiopia", "ETH", "ETH", "state")],
        ),
        # a titled official takes the one country the sentence names ...
        (
            "Vice-President Moody Awori declined to resign despite pressure in Kenya.",
            [("Moody Awori", "KENGOV", "KEN", "person")],  # "in Kenya" is a place
        ),
        # ... but not a destination
        (
            "Prime Minister Lars Berg flew to Kenya on Monday.",
            [("Lars Berg", "GOV", None, "person"), ("Kenya", "KEN", "KEN", "state")],
        ),
        # ... nor a topic
        (
            "Senior adviser Lars Berg spoke about Kenya on Monday.",
            [("Lars Berg", "GOV", None, "person"), ("Kenya", "KEN", "KEN", "state")],
        ),
        # a country after the forces a pronoun owns is where they are, not whose they are
        (
            "Norway said it would pull its troops from Sweden.",
            [
                ("Norway", "NOR", "NOR", "state"),
                ("troops", "MIL", None, "group"),
                ("Sweden", "SWE", "SWE", "state"),
            ],
        ),
        # the office holder of another state named by the one met
        (
            "Norway's prime minister met his Swedish counterpart in Oslo.",
            [
                ("Norway's prime minister", "NORGOV", "NOR", "person"),
                ("Swedish counterpart", "SWEGOV", "SWE", "person"),
            ],
        ),
        # a name set off after a title is a name, whatever the tagger took it for (a place)
        (
            "His Greek counterpart, Giorgos Gerapetritis, agreed.",
            [("Giorgos Gerapetritis", "GRCGOV", "GRC", "person")],
        ),
        # a region's states together are the region (CAMEO's region codes)
        (
            "Gulf states, EU member states and several African countries condemned the raid.",
            [
                ("Persian Gulf", "PGS", None, "state"),
                ("Europe", "EUR", None, "state"),
                ("Africa", "AFR", None, "state"),
            ],
        ),
        # a company the news names is its headquarters' country's business, not a place
        # of the same name (Meta, a department of Colombia)
        (
            "Brazil fined Meta and Equinor.",
            [
                ("Brazil", "BRA", "BRA", "state"),
                ("Meta", "USABUS", "USA", "organization"),
                ("Equinor", "NORBUS", "NOR", "organization"),
            ],
        ),
        # a place name inside a longer place name is not a country
        (
            "The rebels attacked police in Mexico City.",
            [
                ("rebels", "REB", None, "group"),
                ("police", "COP", None, "group"),
            ],
        ),
    ],
)
def test_actors(with_model: Callable[..., Document], text: str, expected: list) -> None:
    assert _table(with_model(text)) == expected


@pytest.mark.parametrize(
    "name, published, code",
    [
        ("Mahmoud Ahmadinejad", "2007-12-10", "IRNGOV"),
        ("Mahmoud Ahmadinejad", "2015-06-01", "IRNELI"),  # the undated default
        ("Robert Gates", "2008-03-01", "USAGOV"),
        ("Robert Gates", "2015-03-01", "USAELI"),  # after the office: an elite
        ("Robert Gates", "2000-03-01", "USA"),  # before it: the country
    ],
)
def test_office_holders_are_coded_by_the_article_date(
    with_model: Callable[..., Document], name: str, published: str, code: str
) -> None:
    doc = with_model(f"{name} spoke on Sunday.", published=published)
    assert [(a.name, a.code) for a in doc.actors] == [(name, code)]


@pytest.mark.parametrize(
    "name, published, code",
    [
        ("Anders Fogh Rasmussen", "2012-03-01", "IGONAT"),  # in office at NATO
        # after NATO: his last state office's country, an elite (Denmark's prime minister)
        ("Anders Fogh Rasmussen", "2020-03-01", "DNKELI"),
        ("Javier Solana", "2020-03-01", "ESPELI"),
        # after the World Bank, earlier a US trade representative: an American elite
        ("Robert Zoellick", "2014-03-01", "USAELI"),
        # after the UN rights office, with no state office listed: the body's code, as before
        ("Navi Pillay", "2016-03-01", "IGOHCH"),
        # after the IAEA, Egypt's opposition leader (a row of its own)
        ("Mohamed ElBaradei", "2012-03-01", "EGYOPP"),
    ],
)
def test_a_holder_out_of_an_international_office_does_not_act_for_it(
    with_model: Callable[..., Document], name: str, published: str, code: str
) -> None:
    doc = with_model(f"{name} spoke on Sunday.", published=published)
    assert [(a.name, a.code) for a in doc.actors] == [(name, code)]


@pytest.mark.parametrize(
    "text, published, codes",
    [
        # invented sentences as 1990s news prints them: the office held on that day
        (
            "Foreign Minister Primakov said Moscow would not yield.",
            "1997-03-01",
            {"Yevgeny Primakov": "RUSGOV"},
        ),
        ("Primakov said the budget would pass.", "1999-01-15", {"Yevgeny Primakov": "RUSGOV"}),
        # after his last office: an elite
        ("Yevgeny Primakov criticised the plan.", "2003-06-01", {"Yevgeny Primakov": "RUSELI"}),
        (
            "Albright urged Netanyahu to act.",
            "1998-09-10",
            {"Madeleine Albright": "USAGOV", "Benjamin Netanyahu": "ISRGOV"},
        ),
        # the Likud's leader in opposition before his first term
        ("Netanyahu attacked the plan.", "1994-05-01", {"Benjamin Netanyahu": "ISROPP"}),
        # the PLO's chairman before the Palestinian Authority
        (
            "Arafat denounced Yitzhak Shamir.",
            "1992-03-01",
            {"Yasser Arafat": "PSEPLO", "Yitzhak Shamir": "ISRGOV"},
        ),
        ("King Abdullah received the envoy.", "2002-01-10", {"King Abdullah II": "JORGOV"}),
        # a form two presidents share: the one of the article's date
        (
            "President Bush met Chancellor Kohl.",
            "1990-06-01",
            {"George H. W. Bush": "USAGOV", "Helmut Kohl": "DEUGOV"},
        ),
        ("George Bush visited Bonn.", "1986-06-01", {"George H. W. Bush": "USAGOV"}),
        ("President Bush criticised the plan.", "1995-06-01", {"George H. W. Bush": "USAELI"}),
        (
            "Tudjman met Karadzic and Milosevic.",
            "1993-05-01",
            {
                "Franjo Tudjman": "HRVGOV",
                "Radovan Karadzic": "BIHREB",
                "Slobodan Milosevic": "SRBGOV",
            },
        ),
        ("Mullah Omar ordered an advance.", "1995-02-01", {"Mullah Omar": "AFGREBTAL"}),
        (
            "Gorbachev met Chancellor Kohl.",
            "1990-06-01",
            {"Mikhail Gorbachev": "RUSGOV", "Helmut Kohl": "DEUGOV"},
        ),
        # Deng held no office after 1989: an elite
        ("Deng Xiaoping toured the south.", "1992-01-20", {"Deng Xiaoping": "CHNELI"}),
    ],
)
def test_office_holders_of_the_1990s(
    with_model: Callable[..., Document], text: str, published: str, codes: dict[str, str]
) -> None:
    doc = with_model(text, published=published)
    assert {a.name: a.code for a in doc.actors if a.name in codes} == codes


@pytest.mark.parametrize(
    "text",
    [
        # a given name before the surname makes it another person (invented names)
        "Officials said Karim Maliki, a lawyer, filed the case.",
        # the surname alone, of someone the article named in full
        "Karim Maliki, a lawyer, filed the case. Maliki said he expects a ruling.",
    ],
)
def test_an_office_holders_surname_in_another_persons_name(
    with_model: Callable[..., Document], text: str
) -> None:
    doc = with_model(text, published="2008-01-10")
    assert all(a.name != "Nouri al-Maliki" for a in doc.actors)
    # the holder's own relatives keep him apart, and him coded
    doc = with_model(
        "Nouri al-Maliki spoke. His son, Ahmed Maliki, was there. Maliki left.",
        published="2008-01-10",
    )
    holder = next(a for a in doc.actors if a.name == "Nouri al-Maliki")
    assert holder.code == "IRQGOV" and len(holder.mentions) >= 2


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The ministers signed the documents at the Harry Truman Library in Independence.",
            "Harry S. Truman",
        ),
        ("They walked along Franklin D. Roosevelt Drive.", "Franklin D. Roosevelt"),
    ],
)
def test_a_thing_named_after_an_office_holder_is_not_the_holder(
    with_model: Callable[..., Document], text: str, holder: str
) -> None:
    doc = with_model(text, published="1999-03-12")
    assert all(a.name != holder for a in doc.actors)
    # the holder named alone is the holder
    doc = with_model("President Harry Truman met Stalin.", published="1999-03-12")
    assert any(a.name == "Harry S. Truman" for a in doc.actors)
    # a dateline the tagger ran into the name before it is no thing named after them
    doc = with_model(
        "CLEVELAND - Donald Trump painted a dire portrait of a lawless nation as he accepted "
        "the Republican presidential nomination here Thursday night.",
        published="2016-07-22",
    )
    assert any(a.name == "Donald Trump" for a in doc.actors)


@pytest.mark.parametrize(
    "text, name, code",
    [
        # a description of the name before the possessive, and "most" before the role
        (
            "The Islamic State terror group's leaders fled.",
            "Islamic State terror group's leaders",
            "IMGMUSISIGOV",
        ),
        ("Hamas's most senior leaders fled.", "Hamas's most senior leaders", "PSEREBHMSGOV"),
        # the title armed movements give their leader
        ("Troops killed IS deputy caliph Omar Haddad.", "Omar Haddad", "IMGMUSISIGOV"),
    ],
)
def test_an_organisations_people(
    with_model: Callable[..., Document], text: str, name: str, code: str
) -> None:
    assert (name, code) in [(a.name, a.code) for a in with_model(text).actors]


def test_sectors_and_country_fields(with_model: Callable[..., Document]) -> None:
    doc = with_model("U.S. troops and Iraqi police patrolled the city.")
    assert [(a.code, a.country, a.sectors) for a in doc.actors] == [
        ("USAMIL", "USA", ("MIL",)),
        ("IRQCOP", "IRQ", ("COP",)),
    ]


@pytest.mark.parametrize(
    "text, name, role",
    [
        # abbreviated titles before a name (invented people)
        ("Ohio Sen. Dana Whitlock spoke on Sunday.", "Dana Whitlock", "LEG"),
        ("Idaho Gov. Paul Brenner spoke on Sunday.", "Paul Brenner", "GOV"),
        ("Rep. Nora Fitch of Ohio spoke on Sunday.", "Nora Fitch", "LEG"),
    ],
)
def test_abbreviated_titles_give_the_role(
    with_model: Callable[..., Document], text: str, name: str, role: str
) -> None:
    doc = with_model(text, published="2016-03-01")
    [person] = [a for a in doc.actors if a.name == name]
    assert (person.code or "").endswith(role)


def test_an_office_holder_keeps_his_own_role_under_another_title(
    with_model: Callable[..., Document],
) -> None:
    # a legislator the holders table knows, titled with a word for a leader (GOV)
    doc = with_model(
        "Senate Majority Leader Mitch McConnell spoke on Sunday.", published="2016-03-01"
    )
    assert [(a.name, a.code) for a in doc.actors] == [("Mitch McConnell", "USALEG")]


def test_former_before_a_place_makes_a_former_holder(with_model: Callable[..., Document]) -> None:
    doc = with_model("Former Idaho Gov. Paul Brenner spoke on Sunday.", published="2016-03-01")
    [person] = [a for a in doc.actors if a.name == "Paul Brenner"]
    assert (person.code or "").endswith("ELI")


@pytest.mark.parametrize(
    "text, role",
    [
        # an office of a body with a role of its own takes that role, not GOV glued to it
        ("Senate minority leader Dana Whitlock spoke on Sunday.", "LEG"),
        ("An FBI official spoke on Sunday.", "COP"),
        ("An army spokesman spoke on Sunday.", "MIL"),
        # a press secretary speaks for the government, not for the press
        ("White House press secretary Paul Brenner spoke on Sunday.", "GOV"),
    ],
)
def test_an_office_of_a_body_takes_the_body_role(
    with_model: Callable[..., Document], text: str, role: str
) -> None:
    doc = with_model(text, published="2016-03-01")
    people = [a for a in doc.actors if a.kind in ("person", "group")]
    assert people and all((a.code or "").endswith(role) and len(a.code or "") <= 6 for a in people)


def test_a_counterpart_named_by_a_demonym_is_that_states_official(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model("Lavrov held a meeting with his Syrian counterpart.", published="2019-05-10")
    assert ("Syrian counterpart", "SYRGOV") in {(a.name, a.code) for a in doc.actors}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organisation named by itself is its own actor: only a country's word shares
        # the role noun after the conjunction
        (
            "The FBI and American firms were slow to act.",
            [("FBI", "USACOP"), ("American firms", "USABUS")],
        ),
        (
            "The EU and Turkish officials met on Monday.",
            [("European Union", "IGOEEC"), ("Turkish officials", "TURGOV")],
        ),
        (
            "Hamas and Jordanian officials traded blame.",
            [("Hamas", "PSEREBHMS"), ("Jordanian officials", "JORGOV")],
        ),
        # countries, seats and demonyms share it: one actor each, with the role
        (
            "Washington and Tehran officials met in Geneva.",
            [("Washington officials", "USAGOV"), ("Tehran officials", "IRNGOV")],
        ),
        (
            "U.S., British and French officials met in Geneva.",
            [
                ("U.S. officials", "USAGOV"),
                ("British officials", "GBRGOV"),
                ("French officials", "FRAGOV"),
            ],
        ),
    ],
)
def test_a_named_organisation_does_not_share_the_role_after_it(
    with_model: Callable[..., Document], text: str, expected: list[tuple[str, str]]
) -> None:
    doc = with_model(text, published="2020-03-01")
    assert [(a.name, a.code) for a in doc.actors] == expected
