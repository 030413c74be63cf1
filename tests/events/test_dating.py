"""The date arithmetic of the events' dating rules (geowire.events.dating)."""

from __future__ import annotations

import pytest

from geowire.events.dating import _calendar, _shift, is_date


@pytest.mark.parametrize(
    ("value", "text", "link", "expected"),
    [
        # "on Wednesday, a day after the attack": the attack was the day before
        ("2025-03-12", "a day after", "after", "2025-03-11"),
        ("2025-03-12", "two weeks after", "after", "2025-02-26"),
        ("2025-03-12", "three days before", "before", "2025-03-15"),
        ("2025-03-12", "the day after", "after", "2025-03-11"),
        # the words count from the other side, or the value is no day: unchanged
        ("2025-03-12", "a day before", "after", "2025-03-12"),
        ("2025-03", "a day after", "after", "2025-03"),
    ],
)
def test_a_day_counted_from_another(value: str, text: str, link: str, expected: str) -> None:
    assert _shift(value, text, link) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-W20", "2021-05"),  # the week's Thursday, 20 May
        ("2020-W53", "2020-12"),  # a 53-week year
        ("2021-W53", "2021-W53"),  # no such week: left as it is
        # a weekend by its Saturday: 1-2 April 2000, not the week's Thursday, 30 March
        ("2000-W13-WE", "2000-04"),
        ("2021-05-04", "2021-05-04"),
    ],
)
def test_a_week_is_dated_by_its_month(value: str, expected: str) -> None:
    assert _calendar(value) == expected


def test_is_date_wants_a_whole_day() -> None:
    assert is_date("2025-02-28")
    assert not is_date("2025-02-30")
    assert not is_date("2025-02")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's day is the later act's: the invasion before it is undated
        ("Oil prices rose on Tuesday after the Iraqi invasion of Kuwait.", None),
        ("Oil prices rose on Tuesday despite the Iraqi invasion of Kuwait.", None),
        # its own phrase dates it
        ("Oil prices rose on Tuesday after the 2014 Iraqi invasion of Kuwait.", "2014"),
    ],
)
def test_an_act_told_as_before_another_is_not_of_its_day(text: str, expected: str | None) -> None:
    import geowire

    doc = geowire.extract(text, published="2025-03-14")
    assert [e.date for e in doc.events if e.root == "19"] == [expected]


def _dates(text: str, root: str) -> list[str | None]:
    import geowire

    doc = geowire.extract(text, published="2025-03-14")
    return [e.date for e in doc.events if e.root == root]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a present perfect takes no past time: "last month" is the bombing's, and the
        # arrest is the news
        (
            "Police have arrested two men in connection with the bombing of a police "
            "station in Goma last month.",
            "17",
            ["2025-03-14"],
        ),
        # a progressive neither: the date is the killing's, told in the clause under it
        (
            "Estonian police are investigating the bombings which killed nine soldiers "
            "in Tallinn on June 4, 2023.",
            "09",
            ["2025-03-14"],
        ),
        (
            "Estonian police are investigating the bombings which killed nine soldiers "
            "in Tallinn on June 4, 2023.",
            "18",  # a killing the bombings did: a non-military bombing (183)
            ["2023-06-04"],
        ),
        # a time of the news week goes with a lede's simple present: "says Monday"
        ("The president says Monday that troops attacked the village.", "19", ["2025-03-10"]),
    ],
)
def test_a_past_time_is_not_of_a_present_verb(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an 'after' clause said to be close is the act's occasion
        (
            "The soldier was shot minutes after he crossed the border on Friday, Feb. 28.",
            "2025-02-28",
        ),
        (
            "The soldier was shot shortly after he crossed the border on Friday, Feb. 28.",
            "2025-02-28",
        ),
        # a bare 'after' is not: the act may have come days later
        ("The soldier was shot after he crossed the border on Friday, Feb. 28.", "2025-03-14"),
    ],
)
def test_a_close_time_clause_dates_its_act(text: str, expected: str) -> None:
    assert _dates(text, "19") == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act condemned came before the condemnation: not of its Tuesday
        ("Finland on Tuesday condemned Russia's invasion of Ukraine.", [None]),
        # its own time, or the one the article gave it before
        ("Finland on Tuesday condemned Russia's 2022 invasion of Ukraine.", ["2022"]),
    ],
)
def test_an_act_answered_is_not_of_the_answer_s_day(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "19") == expected


#: three sentences of no act, so that what follows is out of the lede
_BACKGROUND = "Heavy snow fell in Riga. Schools were closed across the country. Trains ran late. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # the speaker condemns by saying so: of the day it was said
        ("Latvia said it condemns the raid on the border post.", "11", ["2025-03-14"]),
        # a stand told of others, or said at no known time: undated
        ("Markus said the unions support him.", "05", [None]),
        ("Latvia has said it rejects the proposal.", "12", [None]),
        # in the speaker's own words, a direct quote: the saying too
        (
            '"I condemn Russia\'s raid on our border post," the Latvian president said.',
            "11",
            ["2025-03-14"],
        ),
        ('"Latvia condemns the raid on the border post," the minister said.', "11", ["2025-03-14"]),
    ],
)
def test_an_act_done_by_saying_it_is_of_the_saying(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(_BACKGROUND + text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # a month an adverbial tells the act of sets the story's time for what follows
        ("Dupont was jailed in November 2019.", "2019-11"),
        # the month of a noun's event does not: the later act is of the story's day
        (
            "Dupont is serving a life sentence for the November 2019 killing of a judge.",
            "2025-03-13",
        ),
    ],
)
def test_a_noun_s_month_is_not_the_narrative_s(middle: str, expected: str) -> None:
    text = (
        "The opposition leader attacked the government on Thursday. Police arrested "
        f"three protesters in the capital. {middle} Dupont criticized the court."
    )
    assert _dates(text, "11") == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timetabled act in the simple present is planned: the coming Monday
        ("Israel's leaders meet Monday with the Egyptian president.", ["2025-03-17"] * 2),
        # in the past tense, the Monday before
        ("Israel's leaders met Monday with the Egyptian president.", ["2025-03-10"] * 2),
    ],
)
def test_a_futurate_present_names_a_coming_day(text: str, expected: list[str]) -> None:
    assert _dates(text, "04") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time over before the news is the massacre's, not the planned inquiry's
        (
            "The African Union said Friday it would investigate the massacre of hundreds "
            "of villagers nearly four years ago.",
            [None],
        ),
        (
            "The African Union said Friday it would investigate the massacre of hundreds "
            "of villagers in 2021.",
            [None],
        ),
    ],
)
def test_a_past_time_is_no_plan_s(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "09") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("middle", "last", "expected"),
    [
        # the story's year continues the simple past told after it
        ("In 2019, the mayor banned the march.", "He also criticized the court.", "2019"),
        # a time of the news day named after it brings the story back to the news day
        (
            "In 2019, the mayor banned the march. Last night the mayor spoke on radio.",
            "He also criticized the court.",
            "2025-03-13",
        ),
        # an act marked as current is of the news, not of the narrative's year
        (
            "In 2019, the mayor banned the march.",
            "He already criticized the court for its ruling.",
            "2025-03-13",
        ),
    ],
)
def test_a_time_of_the_news_ends_an_older_narrative(
    middle: str, last: str, expected: str | None
) -> None:
    text = (
        "Police arrested three protesters in the capital on Thursday. The opposition leader "
        f"condemned the arrests. {middle} {last}"
    )
    assert _dates(text, "11")[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # a relative clause on a person after the lede describes them: no date
        ("The court freed Dupont, a lawyer who criticized the army.", None),
        # the act told by the main clause is of the story
        ("The lawyer criticized the army.", "2025-03-13"),
    ],
)
def test_a_relative_clause_on_a_person_is_background(last: str, expected: str | None) -> None:
    text = (
        "Police arrested three protesters in the capital on Thursday. The opposition leader "
        f"condemned the arrests. Crowds gathered outside the court. {last}"
    )
    assert _dates(text, "11")[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present perfect relative clause does not take the time of its noun's clause
        (
            "The interior minister, who has been criticized by the opposition, resigned on Monday.",
            [None],
        ),
        # its own time dates it
        (
            "The interior minister, who was criticized by the opposition in January, "
            "resigned on Monday.",
            ["2025-01"],
        ),
    ],
)
def test_a_perfect_relative_clause_takes_no_time_of_its_noun_s_clause(
    text: str, expected: list[str | None]
) -> None:
    # after the lede, where a present perfect is no news
    lede = "Protesters marched in the capital on Thursday. Police detained three of them. "
    assert _dates(lede + text, "11") == expected


_FEATURE = "The quiet rivalry between two neighbours is growing. It worries diplomats."
_DAY = "Troops crossed the border on Wednesday. Diplomats were alarmed."


@pytest.mark.model
@pytest.mark.parametrize(
    ("lede", "last", "expected"),
    [
        # a feature: its lede names no day of the news, so a past a source reports, or
        # one that sets a circumstance, with no time of its own is undated
        (_FEATURE, "A monitor told reporters that rebels attacked the garrison.", None),
        (_FEATURE, "The mayor left the town when rebels attacked the garrison.", None),
        # the feature's own narrated act (a main clause) is of the news
        (_FEATURE, "Rebels attacked the garrison.", "2025-03-14"),
        # a story of a day: the reported past is of the news day
        (_DAY, "A monitor told reporters that rebels attacked the garrison.", "2025-03-12"),
    ],
)
def test_a_feature_s_reported_past_is_background(
    lede: str, last: str, expected: str | None
) -> None:
    text = f"{lede} Officials in the capital spoke of a new era. {last}"
    # rebels' force on a garrison (a military post) is a fight (19), not an assault (18)
    assert _dates(text, "19")[-1] == expected


@pytest.mark.model
def test_a_feature_s_statements_keep_the_news() -> None:
    # what is done by saying it is what the reporting gathered: of the news
    text = (
        "The quiet rivalry between two neighbours is growing. It worries diplomats. "
        "Officials in the capital spoke of a new era. The minister said she condemned "
        "the rebels."
    )
    assert _dates(text, "11") == ["2025-03-14"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "root", "expected"),
    [
        # the second verb of a present perfect whose auxiliary the coordination leaves out
        ("The army has shelled the town and sent in more troops.", "15", [None]),
        # with its own past tense and subject it is a past of the story: the news day
        ("The army has shelled the town, and it sent in more troops.", "15", ["2025-03-12"]),
        # repeated or earlier occasions: no one day
        ("The envoy said she had met the rebels twice.", "04", [None]),
        ("The government previously rejected the offer.", "12", [None]),
        # a noun set before the verb as the scene of the act dates it
        ("In the 2019 campaign, the senator criticized the governor.", "11", ["2019"]),
        # ... but not an act of a relative clause under it, nor, on a person, the time of
        # the clause its noun stands in: it tells of them at no time told
        (
            "In Sunday's debate, the senator attacked the governor for failing to enforce a "
            "ruling in 2012 against protesters who had blocked the road to the port.",
            "14",
            [None],
        ),
    ],
)
def test_occasions_the_clause_tells(last: str, root: str, expected: list[str | None]) -> None:
    lede = "Troops crossed the border on Wednesday. Diplomats were alarmed. "
    dates = _dates(lede + last, root)
    assert dates and set(dates) == set(expected)  # a meeting is coded for both sides


@pytest.mark.model
def test_the_present_of_reporting_is_the_news() -> None:
    # "declares the trader": the saying is of the news, not a standing state
    text = (
        "Troops crossed the border on Wednesday. Diplomats were alarmed. "
        "The trader declares that the market is broken."
    )
    assert _dates(text, "01") == ["2025-03-14"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "root", "expected"),
    [
        # an accusation, an appeal, a rejection told in the simple present is a saying of
        # the news day, as "says" is
        ("The rebels accuse the army of shelling the market.", "11", ["2025-03-14"]),
        ("The envoy urges both sides to return to talks.", "02", ["2025-03-14"]),
        ("The junta rejects the demand as interference.", "12", ["2025-03-14"]),
        # a stance its verb holds over time stays a standing state
        ("The ministry opposes the plan.", "11", [None]),
        # nor is a habit a "when" clause tells a saying of the day
        ("When the rebels accuse the army, it denies everything.", "11", [None]),
        # a later verb of the coordination is the first one's subject's saying too
        ("Finland condemns the raid and urges its partners to act.", "02", ["2025-03-14"]),
        # a quantifier on the object or a phrase of time tells a habit, no saying of the day
        ("Peru vetoes most proposals on fishing.", "12", [None]),
        ("The minister praises the treaty in every speech.", "05", [None]),
    ],
)
def test_a_saying_in_the_present_is_the_news(
    last: str, root: str, expected: list[str | None]
) -> None:
    lede = "Troops crossed the border on Wednesday. Diplomats were alarmed. "
    assert _dates(lede + last, root) == expected


@pytest.mark.model
def test_a_clause_not_asserted_sets_no_story_time() -> None:
    # "in October" is of what is to be investigated, not the story's time: the later
    # simple past continues the lede's Monday
    text = (
        "Two committees on Monday asked the ministry to investigate whether the senator "
        "lied while testifying before investigators in October. The chairmen sent a "
        "letter to the prosecutor. They also criticized the senator."
    )
    assert _dates(text, "11") == ["2025-03-10"]


_LEDE = "Troops crossed the border on Wednesday. Diplomats were alarmed. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a relative clause on a person describes them: the main clause's Saturday is
        # the campaign's, not the resignation's
        (
            _LEDE + "Dupont, who resigned as mayor to run for governor, opened his "
            "campaign on Saturday by promising to create jobs.",
            "08",
            [None],
        ),
        # a verb conjoined to a past perfect without its "had" is a past perfect too
        (
            _LEDE + "The ruling party had accused the governor of fraud and threatened "
            "to expel him from the party.",
            "13",
            [None],
        ),
        # a past perfect progressive is a past perfect too: before the story
        (
            "Heavy snow fell in Riga. Schools were closed across the country. Trains ran "
            "late. The rebels had been attacking government troops near the border.",
            "19",
            [None],
        ),
        # a past act a stretch is counted from ("since") is before, on no day told
        (
            "Violence in the town has fallen since the militia leader declared a ceasefire.",
            "08",
            [None],
        ),
        # a past time a plan's verb carries is a noun's: it sets no story time
        (
            "Rewards will be offered to help solve crimes. The board will consider a "
            "reward for information on the attack on the mayor's office on or about July "
            "8, 2008. Anyone with information was asked to call the police.",
            "02",
            ["2025-03-14"],
        ),
    ],
)
def test_a_time_belongs_to_its_own_clause(text: str, root: str, expected: list[str | None]) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # an offset between two acts is no length of the clause's act
        (
            "Less than a month after creating a task force, the governor is urging "
            "lawmakers to change the law.",
            "02",
            ["2025-03-14"],
        ),
        # nor is the term a sentence sets
        (
            "A Kenyan man has been sentenced to two years in jail for attacking a police officer.",
            "17",
            ["2025-03-14"],
        ),
        # nor the term a sanction or a ban is extended or imposed for, nor a deadline
        ("Chile extended its sanctions on Peru for six months.", "16", ["2025-03-14"]),
        ("Chile ordered Peruvian troops to leave within a month.", "10", ["2025-03-14"]),
        # a time in a gerund clause after "after" is that clause's act's
        ("A man has been jailed after fleeing from police a year ago.", "17", ["2025-03-14"]),
        # a decade is a vague time before: no date
        (_LEDE + "The judge also criticized the mayor in the 1990s.", "11", [None]),
    ],
)
def test_stretches_that_leave_an_act_dated(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
def test_a_time_on_an_occasion_attended_dates_the_attending() -> None:
    text = _LEDE + "The mayor attended Monday's council meeting to ask for support."
    assert _dates(text, "04") == ["2025-03-10"]


def _events(text: str, published: str = "2025-03-14") -> list[tuple[str, str | None]]:
    import geowire

    doc = geowire.extract(text, published=published)
    return [(e.evidence, e.date) for e in doc.events]


@pytest.mark.model
def test_an_act_of_force_told_again_is_the_one_first_dated() -> None:
    # the killing told again later, with no time of its own, is the one of March 3 (a
    # killing of the same person, whichever root the coder picks: 18 or 19), not of the
    # news day (Monday's arrests)
    text = (
        "Gunmen killed Mayor John Smith on March 3. Police arrested two suspects on Monday. "
        "Smith, 52, was killed outside his home."
    )
    dates = dict(_events(text))
    assert dates["Smith, 52, was killed outside his home."] == "2025-03-03"
    assert dates["Police arrested two suspects on Monday."] == "2025-03-10"


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "root", "expected"),
    [
        # acts over the years since a past year: on no day or year told
        ("The mayor had been arrested in several states since 1990 for protesting.", "17", None),
        # (gunmen's killing of judges, who bear no arms, is an assault: 18)
        ("Since 1993, gunmen have killed three judges in the province.", "18", None),
        # a stretch opened within the news week is of its first day, one opened this year
        # of this year
        ("Protesters have blocked the road to the port since Sunday.", "14", "2025-03-09"),
        ("Since the beginning of the year, gunmen have killed three judges.", "18", "2025"),
    ],
)
def test_a_stretch_opened_before_the_news_dates_no_act(
    last: str, root: str, expected: str | None
) -> None:
    assert _dates("Police arrested the mayor on Monday. " + last, root)[-1:] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "root", "expected"),
    [
        # a clause set off by a comma after a name describes that party: what it did
        # before, at no time the story tells, not of the main clause's Saturday
        ("Moldova, which invaded Ruritania, criticized Greece on Saturday.", "19", [None]),
        # the same act told by a main clause is of the story's day
        ("Moldova invaded Ruritania on Saturday.", "19", ["2025-03-08"]),
    ],
)
def test_a_which_clause_on_a_name_is_background(
    last: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(_LEDE + last, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "root", "expected"),
    [
        # an act told at a gathering is of the gathering's time
        ("NATO decided at last year's summit to invite Ukraine to talks.", "03", ["2024"]),
        ("At the 2019 meeting, the French minister criticized Germany.", "11", ["2019"]),
        # a noun of another kind of act after the verb keeps its time to itself: the
        # criticism continues the story's Wednesday
        ("The French minister criticized the 2017 invasion of Ruritania.", "11", ["2025-03-12"]),
    ],
)
def test_an_act_at_a_gathering_takes_its_time(
    last: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(_LEDE + last, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act told as past was before the paper: "a month later" counted from the
        # paper's day is no day of it
        (
            "Kenyan police questioned two opposition activists about a robbery. A month "
            "later Kenyan police arrested the activists.",
            [None],
        ),
        # counted from the story's own month, it is that month's
        (
            "Kenyan police questioned two opposition activists about a robbery in January. "
            "A month later Kenyan police arrested the activists.",
            ["2025-02"],
        ),
    ],
)
def test_a_past_act_is_never_after_the_paper(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "17") == expected


@pytest.mark.model
def test_of_two_times_on_a_verb_the_one_next_to_it_dates_it() -> None:
    # "Friday" after the object is the attacks' day; "Saturday" is the condemnation's
    text = (
        "The Cypriot government Saturday strongly condemned two bomb attacks in "
        "Ruritania Friday, calling them a crime."
    )
    import geowire

    doc = geowire.extract(text, published="2025-03-16")  # a Sunday paper
    assert [e.date for e in doc.events if e.root == "11"] == ["2025-03-15"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story went back to the bombing of 2009 ("when the bombing took place"):
        # the background told next, with no time of its own, is of that year
        (
            "A court in Lisbon opened a trial on Monday over the 2009 bombing of a police "
            "station in Ruritania. Three men are accused of the 2009 bombing. The capital "
            "was tense when the bombing took place. Students were angry. Ruritanian police "
            "arrested hundreds of students.",
            ["2009"],
        ),
        # the old event's noun as a past clause's subject, with its own year
        (
            "A court in Lisbon opened a trial on Monday over an attack on a police "
            "station in Ruritania. Three men are accused. The 2009 bombing killed nine "
            "officers. Students were angry. Ruritanian police arrested hundreds of "
            "students.",
            ["2009"],
        ),
        # no clause tells the old event: the arrest is of the story's news day
        (
            "A court in Lisbon opened a trial on Monday over the 2009 bombing of a police "
            "station in Ruritania. Three men are accused of the 2009 bombing. The capital "
            "was tense at the time. Students were angry. Ruritanian police arrested "
            "hundreds of students.",
            ["2025-03-10"],
        ),
    ],
)
def test_an_old_event_told_again_sets_the_background_year(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "17") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a next-day lede tells the bombings with no day; the body gives them Thursday
        (
            "Car bombings in the Ruritanian capital destroyed two ministries. At least 40 "
            "people were killed, officials said on Friday. The bombings occurred minutes "
            "apart on Thursday.",
            ["2025-03-13"],
        ),
        # the body gives them no day: the lede's act is of the paper's day
        (
            "Car bombings in the Ruritanian capital destroyed two ministries. At least 40 "
            "people were killed, officials said on Friday. The bombings occurred minutes "
            "apart.",
            ["2025-03-14"],
        ),
    ],
)
def test_a_lede_event_noun_takes_the_day_the_body_gives_it(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "17") == expected



@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "force", "expected"),
    [
        # the harm done in an attack is of the attack's time, told on its noun
        ("Nine guards were hurt in the 2011 hotel bombing in Kabul.", "hurt", True, (True, "2011")),
        # not of an act of another kind ("charged in the 2014 killing")
        (
            "Nine guards were hurt in the 2011 hotel bombing in Kabul.",
            "hurt",
            False,
            (False, None),
        ),
        # nor a noun of no force ("hurt in the 2011 election")
        ("Nine guards were hurt in the 2011 election in Kabul.", "hurt", True, (False, None)),
    ],
)
def test_harm_done_in_a_dated_attack_takes_its_time(
    text: str, verb: str, force: bool, expected: tuple[bool, str | None]
) -> None:
    import geowire
    from geowire.events import EventCoder

    pipe = geowire.Pipeline()
    coder = next(c for c in pipe.components if isinstance(c, EventCoder))
    doc = pipe(text, published="2012-05-06")
    tok = next(t for t in doc.parse if t.lower_ == verb)
    assert coder.dates.clause_date(doc, tok, force=force) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a time of day alone names no day: the act told as past is of the story's day
        (
            "Kenyan police stopped a car near Nairobi on March 10. The officer shot the "
            "driver at about 11 p.m., police said.",
            "19",
            ["2025-03-10"],
        ),
        # a time of day with its day keeps that day
        (
            "Kenyan police stopped a car near Nairobi on March 10. The officer shot the "
            "driver at about 11 p.m. Tuesday, police said.",
            "19",
            ["2025-03-11"],
        ),
        # a plan's time of day is of the day the story is told
        (
            "Kenyan President William Ruto will meet opposition leaders at 3 p.m. in Nairobi.",
            "04",
            ["2025-03-14"] * 2,  # (each side meets the other: a state and its opposition)
        ),
    ],
)
def test_a_time_of_day_alone_names_no_day(text: str, root: str, expected: list[str]) -> None:
    assert _dates(text, root) == expected


def test_clock_only() -> None:
    from geowire.time.patterns import clock_only

    assert clock_only("about 10:30 p.m.")
    assert clock_only("noon")
    assert not clock_only("7:30 a.m. Wednesday")
    assert not clock_only("8:30 p.m. May 1")
    assert not clock_only("Tuesday")


@pytest.mark.model
def test_a_time_the_parser_hangs_on_a_persons_name_dates_its_clause() -> None:
    import geowire
    from geowire.events import EventCoder

    pipe = geowire.Pipeline()
    coder = next(c for c in pipe.components if isinstance(c, EventCoder))
    # "nine" is parsed as a number modifying the name, not the object of "In"
    text = "In nineteen eighty-nine Charles Dalton was arrested by police in Ohio."
    doc = pipe(text, published="1998-01-15")
    tok = next(t for t in doc.parse if t.lower_ == "arrested")
    assert coder.dates.clause_date(doc, tok) == (True, "1989")


@pytest.mark.model
@pytest.mark.parametrize(
    "says",
    [
        # a year a source's words name is their account's, not where the story stands
        "said",
        "says",
    ],
)
def test_a_year_a_source_names_sets_no_narrative(says: str) -> None:
    import geowire

    text = (
        "The Kenyan opposition leader spoke to reporters on Tuesday. Odinga "
        f"{says} the party was banned in 2007 after the election. Odinga criticized "
        "the Kenyan government for the ban."
    )
    doc = geowire.extract(text, published="2009-03-18")
    assert [e.date for e in doc.events if e.root == "11"] == ["2009-03-17"]


@pytest.mark.model
def test_a_month_a_source_names_in_the_present_perfect_sets_no_narrative() -> None:
    import geowire

    text = (
        "A grand jury indicted a Kenyan couple on Tuesday. An FBI affidavit has said the "
        "couple first visited the Kenyan embassy in December 2004. The Kenyan ambassador "
        "declined to comment on the case."
    )
    doc = geowire.extract(text, published="2009-03-25")
    assert [e.date for e in doc.events if e.root == "01"] == ["2009-03-24"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gerund a simple past takes is done in that past: the story's day
        (
            "Kenyan police clashed with protesters in Nairobi on Sunday. Later, a group "
            "of protesters started fighting with Kenyan police officers.",
            ["2009-03-22", "2009-03-22"],
        ),
    ],
)
def test_a_gerund_a_simple_past_takes_is_of_its_past(text: str, expected: list[str]) -> None:
    import geowire

    doc = geowire.extract(text, published="2009-03-23")
    # police force on protesters is repression (17), the protesters' fight a riot (14)
    assert [e.date for e in doc.events if e.root in ("14", "17", "19")] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a "when" clause on a point in time is of that point, also when the point opens
        # a stretch up to the news
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. Ruiz has backed "
            "the treaty since 2011, when Peru signed a trade pact with Chile.",
            "05",
            ["2011", "2011"],  # Peru and Chile signed: one act for each
        ),
        # the time of the event's noun the clause is on
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. Ruiz has known "
            "Garcia since the 2011 campaign, when Peru signed a trade pact with Chile.",
            "05",
            ["2011", "2011"],
        ),
        # a point the text does not date: the act is before the stretch, undated
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. Ana has lived "
            "alone since age 12, when her parents were arrested by Peruvian police.",
            "17",
            [None],
        ),
    ],
)
def test_a_when_clause_on_a_time_is_of_that_time(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a past participle on a noun takes the tense of the clause its noun is in: here
        # the story's year, not the paper's day
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. In 2012 Peru "
            "took over the inquiry. The inquiry looked at sanctions imposed on Peru by "
            "Chile.",
            "16",
            ["2012"],
        ),
        # under a simple present after the lede: an act before, at no time told
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. Peru praises "
            "the sanctions imposed on Bolivia by Chile.",
            "16",
            [None],
        ),
    ],
)
def test_a_participle_on_a_noun_takes_its_clause_s_tense(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party named by the office it held then: an act of an earlier time, undated
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. Peru praised "
            "then-President Bush.",
            [None],
        ),
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. In 2004 Peru "
            "praised then-President Bush.",
            ["2004"],
        ),
        # the title is in a phrase that describes the party, not the party's own: the news
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. Ana Ruiz, an "
            "adviser to then-President Bush, praised Peru.",
            ["2025-03-10"],
        ),
    ],
)
def test_a_party_titled_then_tells_an_earlier_act(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "05") == expected


@pytest.mark.model
def test_at_the_time_refers_to_the_time_named_before() -> None:
    # "at the time": the time of the event told before, here a noun's year, not the news
    text = (
        "Lawmakers met in Lima on Monday. The vote drew wide support. Ruiz has said he "
        "opposed the 2007 trade bill with Chile. At the time, Ruiz praised Chile."
    )
    assert _dates(text, "05") == ["2007"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a list of verbs under one "has": each later verb is of the present perfect
        # too, however the parser chains them (no date, not the news day Monday)
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The militia has seized farms, burned crops and expelled farmers "
            "from the valley.",
            "17",
            [None, None],
        ),
        # one verb conjoined straight to the participle: as before
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The militia has seized farms and expelled farmers from the "
            "valley.",
            "17",
            [None, None],
        ),
        # its own subject: a clause of its own, told in the simple past (the narrative)
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The militia has seized farms, and the army expelled farmers "
            "from the valley.",
            "17",
            [None, "2025-03-10"],
        ),
    ],
)
def test_a_list_of_verbs_shares_its_perfect(text: str, root: str, expected: list[str]) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is remembered is before the remembering, at a time not told
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. Ruiz remembers when soldiers came to her village and arrested "
            "her brother.",
            [None],
        ),
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The farmer recalled that police arrested his son.",
            [None],
        ),
        # with a time of its own, that time
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The farmer recalled that police arrested his son in 1998.",
            ["1998"],
        ),
        # said, not remembered: the story's day
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The farmer said that police arrested his son.",
            ["2025-03-10"],
        ),
    ],
)
def test_a_remembered_act_is_undated(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "17") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later verb of a relative clause that describes a party is background too
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. Ruiz, who led the army and later attacked the rebels, praised "
            "the plan.",
            [None],
        ),
        # the clause's own verb after the description: the story's day
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. Ruiz, who led the army, attacked the rebels.",
            ["2025-03-10"],
        ),
    ],
)
def test_a_later_verb_of_a_description_is_background(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "19") == expected


@pytest.mark.model
def test_a_later_gerund_of_a_coordination_has_the_first_one_s_tense() -> None:
    # "has been shelling X and attacking Y": both of the perfect progressive, undated
    text = (
        "Lawmakers met in Lima on Monday. The vote drew wide support. The session ended "
        "late. The army has been shelling villages and attacking farmers."
    )
    assert _dates(text, "19") == [None, None]


@pytest.mark.model
def test_an_act_of_the_weekend_is_of_the_weekend_s_month() -> None:
    import geowire

    # published Monday 3 April 2000: the weekend before was 1-2 April (week 13's
    # Thursday is 30 March)
    doc = geowire.extract("Over the weekend, Israeli jets attacked Gaza.", published="2000-04-03")
    assert [e.date for e in doc.events if e.root == "19"] == ["2000-04"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named by an office he had left long before the article (1981-1989): an act of
        # his presidency, at a time the text does not give, not of the news
        ("President Ronald Reagan traded arms with Iran to free the hostages.", [None]),
        # the one acted on may be out of office: the act is still the news
        ("The senator criticized President Ronald Reagan.", ["2016-01-20"]),
    ],
)
def test_a_doer_named_by_an_office_left_acted_then(text: str, expected: list[str | None]) -> None:
    import geowire

    filler = "Heavy snow fell in Riga. Schools were closed. Trains ran late. "
    doc = geowire.extract(filler + text, published="2016-01-20")
    assert [e.date for e in doc.events if e.root in ("06", "11")] == expected


@pytest.mark.model
def test_a_time_describing_a_person_in_apposition_is_not_the_act_s() -> None:
    import geowire

    text = (
        "Heavy snow fell in Riga. Schools were closed. Trains ran late. Arturo Sarukhan, "
        "Mexico's ambassador to the United States from 2007 to 2013, said Mexico must "
        "rebut Trump's claims."
    )
    doc = geowire.extract(text, published="2016-04-07")
    assert [e.date for e in doc.events if e.root == "10"] == ["2016-04-07"]


@pytest.mark.model
def test_a_past_relative_clause_on_a_thing_is_background() -> None:
    # a relative clause after the lede that identifies a thing by a past act ("the raid
    # that killed bin Laden") tells no act of the news day; the text gives no time
    text = (
        "Police arrested three protesters in the capital on Thursday. The opposition leader "
        "condemned the arrests. Crowds gathered outside the court. The judge cited the raid "
        "that killed Osama bin Laden."
    )
    assert _dates(text, "19") == [None]


@pytest.mark.model
def test_a_past_act_told_as_a_noun_s_content_is_background() -> None:
    # the clause a noun's content is told in ("allegations that ...") names an act of a
    # time the text does not give, not one of the news day
    text = (
        "Police arrested three protesters in the capital on Thursday. The opposition leader "
        "condemned the arrests. Crowds gathered outside the court. The senator repeated the "
        "allegations that the general attacked the protesters."
    )
    assert _dates(text, "19") == [None]


@pytest.mark.model
def test_a_present_perfect_clause_does_not_take_a_conjoined_past_clause_s_time() -> None:
    # a present perfect never takes a past time that is over: "have since balked",
    # conjoined with its own subject to "was approved last year", is not of last year
    # (after the lede, a present perfect with no time of its own is undated)
    text = (
        "Police arrested three protesters in the capital on Thursday. The opposition leader "
        "condemned the arrests. Crowds gathered outside the court. The plan was approved last "
        "year, but city officials have since balked at the owner's proposal to build a hotel."
    )
    assert _dates(text, "12") == [None]


@pytest.mark.parametrize(
    ("value", "upto", "expected"),
    [
        # "this week" in a paper of Monday 29 August 2016: the week's Thursday is
        # 1 September, but a past act of it was on the days up to the paper's
        ("2016-W35", "2016-08-29", "2016-08"),
        ("2016-W35", None, "2016-09"),  # an act to come: the week's month
        ("2016-W34", "2016-08-29", "2016-08"),  # a week over before the paper: as it is
        ("2021-W20", "2021-05-17", "2021-05"),
    ],
)
def test_a_past_act_of_this_week_is_of_the_days_up_to_the_paper(
    value: str, upto: str | None, expected: str
) -> None:
    import datetime as dt

    day = dt.date.fromisoformat(upto) if upto else None
    assert _calendar(value, day) == expected


@pytest.mark.model
def test_a_past_act_this_week_in_a_monday_paper_keeps_its_month() -> None:
    import geowire

    text = "Joe Biden was extremely apologetic when he visited Ankara this week."
    doc = geowire.extract(text, published="2016-08-29")
    assert [e.date for e in doc.events if e.root == "04"] == ["2016-08"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a past act whose doer is an event or a thing of a time before the paper is of
        # that time: the doer acted then
        ("A 1996 law strengthened the trade embargo against Cuba.", "16", ["1996"]),
        ("Last year's protests forced the president to resign.", "08", ["2024"]),
        ("The 2004 bombing killed nine French soldiers.", "18", ["2004"]),
        # not a party named with a year: the news day
        ("The 2016 nominee criticized Obama.", "11", ["2025-03-14"]),
        # nor a time to come
        ("Next week's protests forced the president to resign.", "08", ["2025-03-14"]),
    ],
)
def test_a_past_act_of_a_dated_doer_is_of_its_time(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weeks after another act, after the lede: no day the story names, not the
        # news day
        (
            _LEDE + "A few weeks after Obama announced that the war would not end, U.S. "
            "forces bombed a hospital in Kunduz.",
            [None],
        ),
        (_LEDE + "Two months after the vote, the army attacked the town.", [None]),
        # uncounted weeks or months are such a stretch too
        (_LEDE + "Months after the vote, the army attacked the town.", [None]),
        (_LEDE + "Just weeks before the vote, the army attacked the town.", [None]),
        # the clause's own day still dates it
        (
            _LEDE + "Two weeks after the vote, the army attacked the town on Monday.",
            ["2025-03-10"],
        ),
        # the lede's act is the news, whatever it is counted from
        ("Two months after the vote, the army attacked the town.", ["2025-03-14"]),
    ],
)
def test_an_act_weeks_from_another_is_undated(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "19") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days after another act the text does not date may be the news: the
        # narrative's Wednesday
        (_LEDE + "Two days after the blast, the army attacked the town.", ["2025-03-12"]),
        # the other act's own date moved by the measure
        (
            _LEDE + "Two days after the rebels seized a bridge on Monday, the army "
            "attacked the town.",
            ["2025-03-12"],
        ),
        (_LEDE + "A day after the vote on Monday, the army attacked the town.", ["2025-03-11"]),
        # hours are no such stretch: the narrative's day
        (_LEDE + "Hours after the blast, the army attacked the town.", ["2025-03-12"]),
        # the lede's act is the news
        ("Weeks after the vote, the army attacked the town.", ["2025-03-14"]),
    ],
)
def test_an_act_days_from_another_is_of_that_acts_time(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "19") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # what a source said it would do is of the saying: over years, no date
        (
            _LEDE + "The Saudis have said for years that they would support the release "
            "of the files.",
            "03",
            [None],
        ),
        # a saying conjoined to a past perfect is a past perfect too: no date
        (
            _LEDE + "The United States had moved troops to the Gulf and said it would "
            "strike Iraq.",
            "13",
            [None],
        ),
        # a saying held over time ("has long said"): no date
        (_LEDE + "Ryan has long said that he would support the Kurdish rebels.", "03", [None]),
        # a present perfect saying with no time of its own: the news
        (
            _LEDE + "Indian officials have also said that India would support the Kurdish "
            "rebels.",
            "03",
            ["2025-03-14"],
        ),
        # a saying of the narrative's day: that day
        (
            _LEDE + "On Monday, France said it would support the Kurdish rebels.",
            "03",
            ["2025-03-10"],
        ),
    ],
)
def test_what_a_source_said_it_would_do_is_of_the_saying(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an old day of a relative clause describes a thing: the narrative is not there
        (
            _LEDE + "In response to questions about donations that she received on April "
            "30, 2023, Senator Obi refunded the money. The army attacked the rebels.",
            ["2025-03-12"],
        ),
        # also when the parser hangs on the date the noun it is set before
        (
            _LEDE + "The suit was filed by people who said their rights were violated "
            "during the Dec. 12, 2023, enforcement action. The army attacked the rebels.",
            ["2023-12-12"],
        ),
        # an old day of a noun's event may be where the story went back to
        (
            _LEDE + "The case began with the Oct. 14, 2023, robbery. The army attacked "
            "the rebels.",
            ["2023-10-14"],
        ),
    ],
)
def test_an_old_day_of_a_relative_clause_sets_no_narrative(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "19") == expected


@pytest.mark.model
def test_a_when_clause_after_a_date_is_of_that_date() -> None:
    # the parser hangs the "when" clause on the main verb; it is the Thursday's
    text = (
        "In contrast to Thursday, when two exile leaders were arrested, protesters in "
        "Miami were much calmer Friday."
    )
    assert _dates(text, "17") == ["2025-03-13"]



@pytest.mark.model
def test_now_and_this_time_bring_the_story_back_to_its_news() -> None:
    import geowire

    text = (
        "Rebels attacked the town of Kafr on Friday, officials said. The army said 20 "
        "rebels were killed. In 2014, the army attacked the town and arrested its mayor. "
        "This time, the rebels seized the town. Government troops attacked the town in "
        "2013. Now the rebels have seized it again. The rebels seized the bridge too."
    )
    doc = geowire.extract(text, published="2016-02-13")
    dates = {e.evidence: e.date for e in doc.events}
    # the contrast with 2014 is of the news day, and so is what follows "now"
    assert dates["This time, the rebels seized the town."] == "2016-02-12"
    assert dates["The rebels seized the bridge too."] == "2016-02-12"
    # the years the story told still date their own acts
    assert dates["Government troops attacked the town in 2013."] == "2013"


@pytest.mark.model
def test_current_describing_a_noun_does_not_end_the_narrative() -> None:
    import geowire

    # "current" on a noun is no "now" of the story: the narrative's Sunday holds
    text = (
        "Trump spoke at AIPAC on Monday. Clinton spoke on Sunday. At AIPAC, however, Trump "
        "focused on reiterating positions largely in line with current U.S. policies. He "
        "denounced the United Nations."
    )
    doc = geowire.extract(text, published="2016-03-22")
    assert [e.date for e in doc.events if e.root == "11"] == ["2016-03-20"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past progressive is told of a time over: the narrative's day, as a simple
        # past is, not the paper's
        (
            "Kenyan police arrested three men in Nairobi on Thursday, officials said. The "
            "men were charged on Friday. A court will hear the case next week. On March 3, "
            "the army had left the town of Garissa. Al-Shabab militants were shelling the "
            "market when the soldiers returned.",
            "2025-03-03",
        ),
        (
            "On March 3, the army left the town of Garissa. Al-Shabab militants were "
            "shelling the market as the soldiers returned.",
            "2025-03-03",
        ),
        # what a source says was going on is of when it was said: the news day
        (
            "Kenyan police arrested three men in Nairobi on Thursday. The men were charged "
            "on Friday. Residents said al-Shabab militants were shelling the market.",
            "2025-03-13",
        ),
    ],
)
def test_a_past_progressive_continues_the_narrative(text: str, expected: str) -> None:
    assert _dates(text, "19") == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story whose lede names no news day and that has gone back to an older time:
        # an untimed past act of its body, outside the narrative's window, is background
        # of a time the text does not give, not of the publication date
        (
            "Kenya's opposition leader has long been a critic of the government. He was "
            "first elected to parliament in 1992. He speaks often at rallies in Nairobi. His "
            "supporters are mostly young. Many of them live in Kibera. In his early career "
            "he attacked the police in Kisumu.",
            None,
        ),
        # a brief that names no older time: its body's acts are the news
        (
            "Kenya's opposition leader has long been a critic of the government. He speaks "
            "often at rallies in Nairobi. His supporters are mostly young. Many of them live "
            "in Kibera. He also attacked the police in Kisumu.",
            "1998-02-27",
        ),
        # a time of the weeks before the paper is still the news's (a blotter's robbery
        # of ten days before), not an older time the story has gone back to
        (
            "Kenyan police are searching for a suspect in a Feb. 17 robbery in Nairobi. The "
            "victim is a shop owner. His shop is near the market. Many of the traders live in "
            "Kibera. Most of them are young. A Nairobi man attacked the police in Kisumu.",
            "1998-02-27",
        ),
        # a news story that tells its news day near the top, after a lede without it
        (
            "Kenya's opposition has stepped up its campaign. Its leader was first elected to "
            "parliament in 1992. He spoke at a rally in Nairobi on Wednesday. Many of his "
            "supporters live in Kibera. Most of them are young. He also attacked the police "
            "in Kisumu.",
            "1998-02-27",
        ),
        # the paper's own week brings the story back to the news
        (
            "Kenya's opposition leader has long been a critic of the government. He was "
            "first elected to parliament in 1992. He speaks often at rallies in Nairobi. This "
            "week, his supporters marched in Kibera. He also attacked the police in Kisumu.",
            "1998-02-27",
        ),
    ],
)
def test_a_feature_s_untimed_past_is_background(text: str, expected: str | None) -> None:
    import geowire

    doc = geowire.extract(text, published="1998-02-27")
    assert [e.date for e in doc.events if e.root == "19"] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killing the militants are suspected of came before the arrest, on a day the
        # sentence does not tell: not Monday's
        ("Police on Monday arrested two militants suspected of killing three soldiers.", [None]),
        # its own phrase dates it
        (
            "Police on Monday arrested two militants suspected of killing three soldiers in "
            "2019.",
            ["2019"],
        ),
    ],
)
def test_an_act_a_charge_answers_is_not_of_the_charge_s_day(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "19") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a plan with no intention code, told by "will": no date the text gives, not the
        # day it was told
        ("The officials said they will order the relatives to leave.", "10"),
        ("Mrs. Clinton said that she will accuse Mr. Trump of lying.", "11"),
    ],
)
def test_a_plan_told_by_will_is_not_of_its_telling(text: str, root: str) -> None:
    assert _dates(text, root) == [None]


@pytest.mark.model
def test_an_act_told_with_never_is_undated() -> None:
    # "never": at no time, so not of the narrative's 2008 nor of the news
    text = (
        "Sharpton endorsed Obama in 2008. He said it was a hard choice. He spoke in Harlem. "
        "Many people came. Clinton never supported his organization."
    )
    assert _dates(text, "05") == ["2008", None]


@pytest.mark.model
def test_a_gerund_s_own_habit_is_undated() -> None:
    # "for regularly meeting with": a habit of the gerund's own, not the praise's day
    text = (
        "The mayor spoke on Thursday. Many people came. The hall was full. Residents were "
        "happy. Residents praised the police for regularly meeting with the tenants."
    )
    assert _dates(text, "04") == [None]


@pytest.mark.model
def test_a_noun_s_act_under_will_keeps_its_day() -> None:
    # the attacks stand already: the plan is the toning down, not the attacks
    text = (
        "Democrats hope that Senator Bernie Sanders will tone down his attacks against "
        "Hillary Clinton."
    )
    assert _dates(text, "11") == ["2025-03-14"]


@pytest.mark.model
def test_a_name_read_as_will_tells_no_plan() -> None:
    # "Will called for": the columnist's name, which the parser reads as the auxiliary
    # of a past form it cannot take; the appeal keeps the day it was made
    text = (
        "Columnist George Will wrote a column about the race. Instead, Will called for "
        "Republicans to throw their support behind Chris Christie."
    )
    assert _dates(text, "02") == ["2025-03-14"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline or the end of a stretch a story names is no day of a plan told after
        # it, nor of one whose clause it bounds
        (
            "Congress has until June to pass the budget. Senator Dupont will meet the "
            "Iranian foreign minister to discuss the sanctions.",
            [None],
        ),
        ("Merkel will meet Obama before June 20.", [None, None]),
        ("Merkel will meet Obama ahead of the June 20 summit.", [None, None]),
        # a time that places the plan still dates it; so does "by" a year of the news
        ("Merkel will meet Obama on June 20.", ["2025-06-20", "2025-06-20"]),
        ("Merkel will meet Obama by the end of the year.", ["2025", "2025"]),
        ("Before the end of the month, Merkel will meet Obama.", ["2025-03", "2025-03"]),
        # a past act done by a time is of that time
        ("By 2012, Merkel met Obama in Berlin.", ["2012", "2012"]),
    ],
)
def test_a_limit_time_is_no_day_of_a_plan(text: str, expected: list[str | None]) -> None:
    assert _dates(text, "04") == expected


_NEWS = (
    "Iran's foreign minister met the French ambassador on Wednesday over new sanctions. "
    "He spoke in Tehran. The talks are stalled. Officials are worried. Diplomats met in "
    "Geneva. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # an act told at an occasion the text marks as over before is of no day it gives
        ("Obama warned Xi during their recent meeting not to seize the shoal.", "13", [None]),
        ("In a previous interview, Rouhani accused Israel of sabotage.", "11", [None]),
        # an occasion of no such mark: the story's news day
        ("During their meeting, Obama warned Xi not to seize the shoal.", "13", ["2025-03-12"]),
    ],
)
def test_an_act_at_an_earlier_occasion_is_undated(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(_NEWS + text, root) == expected


@pytest.mark.model
def test_a_stretch_of_what_is_praised_is_no_length_of_the_act() -> None:
    # "71 months of job growth" is what is hailed, not how long the hailing lasted
    assert _dates(_NEWS + "Obama praised 71 months of job growth.", "05") == ["2025-03-12"]
    # a stretch the act lasts leaves it undated
    assert _dates(_NEWS + "Rebels besieged the city for two months.", "19") == [None]


@pytest.mark.model
def test_an_act_given_as_a_reason_is_not_of_its_clause_s_day() -> None:
    # "given his criticism of Romney": an act known before the clause's, not of its day
    text = (
        _NEWS + "The United States closed its consulate on Thursday given the Taliban's "
        "attack on the embassy."
    )
    assert _dates(text, "19") == [None]
    assert _dates(text, "16") == ["2025-03-13"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a time in a phrase of contrast is what the act is set against, not its time
        (
            "Unlike in 2012, when Dupont attacked the president, this time he praised "
            "the president.",
            "05",
            ["2025-03-12"],
        ),
        ("In contrast to 2008, Obama met Merkel in Geneva.", "04", ["2025-03-12"] * 2),
        # a time that places the act still dates it
        ("In 2008, Obama met Merkel in Geneva.", "04", ["2008"] * 2),
    ],
)
def test_a_time_set_against_the_act_is_not_its_date(
    text: str, root: str, expected: list[str | None]
) -> None:
    import geowire

    doc = geowire.extract(_NEWS + text, published="2025-03-14")
    dates = [e.date for e in doc.events if e.root == root and e.span[0] >= len(_NEWS)]
    assert dates == expected


@pytest.mark.model
def test_a_bound_named_by_a_noun_is_no_day_of_a_plan() -> None:
    import geowire

    # "before the Christmas holiday": a deadline, as "before Christmas" is, no day of the
    # plan told after it
    text = (
        "On Tuesday, in her last speech before the Christmas holiday, Merkel plans to call "
        "for talks. She will meet Obama."
    )
    doc = geowire.extract(text, published="2025-12-16")
    assert [e.date for e in doc.events if e.root == "04"] == [None, None]


@pytest.mark.model
def test_an_act_done_in_spite_of_is_not_of_its_clause_s_day() -> None:
    # "despite facing criticism from X": a circumstance that stood before the clause's act
    text = (
        _NEWS + "The United States closed its consulate on Thursday despite facing "
        "criticism from France."
    )
    assert _dates(text, "11") == [None]


@pytest.mark.model
def test_a_habit_a_source_tells_is_no_act_done_by_saying_it() -> None:
    # "said he often criticizes X": a habit told, not a criticism the saying makes (a habit
    # in the simple present is no act at all, extract._habit); without the adverb the
    # saying is the act, of the news day
    assert _dates(_NEWS + "The mayor said he often criticizes France.", "11") == []
    assert _dates(_NEWS + "The mayor said he criticizes France.", "11") == ["2025-03-12"]


@pytest.mark.model
def test_an_event_noun_told_as_a_habit_is_undated() -> None:
    # "Iran's continual attacks on X": acts over a stretch, no one day of the news
    text = _NEWS + "The mayor condemned France. Iran's {} attacks on France drew criticism."
    assert _dates(text.format("continual"), "19") == [None]
    assert _dates(text.format("latest"), "19") == ["2025-03-12"]


@pytest.mark.model
def test_an_act_that_lasted_until_another_is_undated() -> None:
    # "a group that backed X until he dropped out on March 3": a state over a stretch up to
    # another act, on no one day (the ending act keeps its own)
    text = (
        _NEWS + "On Thursday, the committee fined a group that supported Rouhani {} he "
        "resigned on March 3."
    )
    assert _dates(text.format("until"), "05") == [None]
    assert _dates(text.format("before"), "05") == ["2025-03-13"]


@pytest.mark.model
def test_a_news_act_an_until_clause_ends_keeps_its_day() -> None:
    # the clause's own time wins, and a news act (no lasting state, no relative clause's
    # background) bounded by an until-clause is of its day, not undated
    marched = (
        "Thousands of protesters marched through Caracas on Wednesday until police "
        "dispersed them with tear gas."
    )
    assert _dates(marched, "14") == ["2025-03-12"]
    fired = "Police fired tear gas at protesters until they fled the square."
    assert _dates(fired, "17") == ["2025-03-14"]
    # a relative clause's stance takes no time of the clause its noun stands in
    backed = "A group that supported Rouhani until he resigned attacked Dupont on Wednesday."
    assert _dates(backed, "05") == [None]


@pytest.mark.model
def test_an_act_ended_at_a_year_the_until_clause_names_is_undated() -> None:
    # the ending clause's year or month puts the whole stretch before the news: no news day
    text = "Russia supplied arms to Syria until the embargo took effect in 2013."
    assert _dates(text, "07") == [None]


@pytest.mark.model
def test_an_archive_heading_does_not_fill_the_lede() -> None:
    # a newspaper archive's record: title, subtitle, "ABSTRACT.", its sentence, "FULL
    # TEXT.": the lede is the body's first sentences, whose present perfect is the news;
    # the abstract's habit is no news of the day
    head = (
        "Iran and France in talks\n\nDiplomats meet in Geneva.\n\nABSTRACT.\n\n"
        "Iran once criticized Germany.\n\nFULL TEXT.\n\n"
    )
    body = "Iran has criticized France over the sanctions. The talks went on."
    assert _dates(head + body, "11") == [None, "2025-03-14"]
    assert _dates(head.replace("FULL TEXT.", "Officials wait.") + body, "11")[-1] is None


@pytest.mark.model
def test_an_act_the_lede_tells_as_over_before_is_no_news() -> None:
    # "X once defended Y" in the lede: before the news, at a time the text does not give
    assert _dates("Iran once criticized France. The talks are stalled.", "11") == [None]
    assert _dates("Iran criticized France. The talks are stalled.", "11") == ["2025-03-14"]


@pytest.mark.model
def test_a_spoken_act_is_of_the_day_its_quote_is_told() -> None:
    # the next sentence quotes the act's own doer at a day: that saying is the act, of
    # that day, not undated (a present perfect) nor the news day
    lede = "Brazil and Argentina signed a trade pact on Thursday.\n\nThe deal ends a long dispute. "
    said = ' "It is a betrayal," Venezuelan President Nicolas Maduro said on Monday.'
    assert _dates(lede + "Venezuela has criticized the pact." + said, "11") == ["2025-03-10"]
    # a stance held over a stretch, another speaker, a sentence between: as they were
    assert _dates(lede + "Venezuela has long criticized the pact." + said, "11") == [None]
    other = said.replace("Venezuelan President Nicolas Maduro", "a Chilean diplomat")
    assert _dates(lede + "Venezuela has criticized the pact." + other, "11") == [None]
    apart = " The pact worries Caracas." + said
    assert _dates(lede + "Venezuela has criticized the pact." + apart, "11") == [None]
    # a quote that opens the next paragraph tells it too
    below = "\n\n" + said.strip()
    assert _dates(lede + "Venezuela has criticized the pact." + below, "11") == ["2025-03-10"]
    # a time a possessive owns names a thing, not the telling's time (a show)
    show = said.replace("on Monday", "on ABC's This Week")
    assert _dates(lede + "Venezuela has criticized the pact." + show, "11") == [None]


@pytest.mark.model
def test_a_state_act_takes_no_day_from_a_quote_of_a_national_who_does_not_speak_for_it() -> None:
    # an opposition activist of the country is no voice of its state: the act keeps its date
    lede = "Brazil and Argentina signed a trade pact on Thursday.\n\nThe deal ends a long dispute. "
    said = ' "The regime deserves it," Venezuelan opposition activist Ana Rivas said on Monday.'
    assert _dates(lede + "Venezuela has criticized the pact." + said, "11") == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        # a state's news agency speaks for it: its quote tells when the state criticized
        ("KCNA", ["2025-03-11"]),
        ("the state news agency", ["2025-03-11"]),
        # one of its people, by the outlet's name in capitals
        ("a KCNA commentator", ["2025-03-11"]),
        # a private outlet does not
        ("Yonhap", ["2025-03-14"]),
    ],
)
def test_a_state_news_agency_dates_its_state_s_words(outlet: str, expected: list[str]) -> None:
    text = (
        "North Korea has criticized the naval exercise. "
        f'"It is a rehearsal for invasion," {outlet} said on Tuesday.'
    )
    assert _dates(text, "11") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # one who speaks for the state tells the state's own act: of the telling's day
        ("Foreign Ministry spokesman Ali Karimi", ["2025-03-13"]),
        ("IRNA", ["2025-03-13"]),
        # another tells a stance of the state's, at no day
        ("An opposition activist", [None]),
    ],
)
def test_a_state_s_act_its_voice_tells_in_the_present(
    speaker: str, expected: list[str | None]
) -> None:
    text = (
        "Gunmen stormed a hotel in Kabul on Thursday. Dozens of guests died. "
        "Police searched the building. Officials were shaken. "
        f"{speaker} said that Iran condemns the attack on civilians."
    )
    assert _dates(text, "11") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a passive gerund has the tense of the verb it depends on: a past perfect's act
        # was before the story, at no day it tells
        (
            "The agents had questioned the smuggler after being warned by the Turkish "
            "government that he was dangerous.",
            "01",
            [None],
        ),
        # a relative clause's past that describes a person, after the lede: no news
        (
            "Lopez, a former mayor who survived being shot in the chest, spoke.",
            "18",
            [None],
        ),
    ],
)
def test_a_passive_gerund_takes_its_verb_s_tense(
    text: str, root: str, expected: list[str | None]
) -> None:
    lede = "Prices rose on Tuesday. Traders were calm. Banks stayed open. Markets rallied. "
    assert _dates(lede + text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later conjunct with its own auxiliary of another tense has its own time: the
        # plan's Friday is not the criticism's
        ("The envoy has criticized Ortega and will meet him on Friday.", [None]),
        # one of the same tense shares it
        ("The envoy criticized Ortega and met him on Thursday.", ["2025-03-13"]),
    ],
)
def test_a_conjunct_of_another_tense_keeps_its_time(
    text: str, expected: list[str | None]
) -> None:
    lede = "Prices rose on Tuesday. Traders were calm. Banks stayed open. Markets rallied. "
    assert _dates(lede + text, "11") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless clause of the doer's role then dates the act told in it
        ("Ortega, while still a candidate for mayor last summer, criticized the governor.", "2024"),
        ("Ortega, while still a candidate for mayor last summer, did not criticize him.", "2024"),
    ],
)
def test_a_role_clause_dates_its_act(text: str, expected: str) -> None:
    lede = "Prices rose on Tuesday. Traders were calm. Banks stayed open. Markets rallied. "
    assert _dates(lede + text, "11") == [expected]


@pytest.mark.model
def test_a_person_named_like_a_state_outlet_does_not_speak_for_the_state() -> None:
    # "Sana" the activist is no SANA, the Syrian news agency: her quote does not date
    # her country's act of words
    text = (
        "Syria has criticized the naval exercise. "
        '"It is a provocation," Syrian opposition activist Sana Haddad said on Tuesday.'
    )
    assert _dates(text, "11") == ["2025-03-14"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # a state's voice tells its own state's act, not another state's joined to it
        ("KCNA said North Korea and Vietnam oppose", ["2025-03-13", None]),
        (
            "Iranian Foreign Ministry spokesman Ali Karimi said Iran and Syria oppose",
            ["2025-03-13", None],
        ),
        # a lawmaker or a judge tells a standing position, not the state's act of the day
        ("A Republican senator said the United States opposes", [None]),
        ("A Russian lawmaker said Russia opposes", [None]),
    ],
)
def test_a_state_s_act_told_only_by_its_own_spokesman_or_media(
    speaker: str, expected: list[str | None]
) -> None:
    text = (
        "Gunmen stormed a hotel in Kabul on Thursday. Dozens of guests died. "
        "Police searched the building. Officials were shaken. "
        f"{speaker} the new naval base."
    )
    assert _dates(text, "11") == expected


@pytest.mark.model
def test_a_shared_modal_joins_a_bare_passive_conjunct() -> None:
    # "will" governs "visit" and "be received": one occasion, the conjunct's date
    lede = "Prices rose on Tuesday. Traders were calm. Banks stayed open. Markets rallied. "
    text = lede + "The Chinese president will visit Madrid and be received by the king on March 28."
    assert _dates(text, "04") == ["2025-03-28"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an act of now is not of the role's past time
        "Netanyahu, while still a critic of the deal in 2019, has praised it.",
        "Ortega, while still an ally of the governor in 2019, now criticizes him.",
        # a stretch the role lasted names no one year of the act
        "Ortega, while mayor from 2012 to 2016, criticized the governor.",
    ],
)
def test_a_role_clause_dates_only_a_past_act_at_a_point(text: str) -> None:
    lede = "Prices rose on Tuesday. Traders were calm. Banks stayed open. Markets rallied. "
    dates = _dates(lede + text, "11") + _dates(lede + text, "05")
    assert dates
    assert not any(d and d[:4] in ("2012", "2019") for d in dates)


@pytest.mark.model
@pytest.mark.parametrize(
    "background",
    [
        # a past perfect tells an act before the narration
        "Rebels had shelled the base on March 2.",
        # a clause placed after another act: the earlier act's day
        "The withdrawal came after rebels attacked the base on March 2.",
    ],
)
def test_a_backstory_day_does_not_set_the_narrative(background: str) -> None:
    # the reaction told next continues the lede's day, not the backstory's
    text = f"Mali's army withdrew from Kidal on Thursday. {background} Niger condemned the rebels."
    assert _dates(text, "11") == ["2025-03-13"]
    # a simple past with its own day does set it
    plain = "Mali's army withdrew from Kidal on Thursday. Rebels attacked the base on March 2."
    assert _dates(plain + " Niger condemned the rebels.", "11") == ["2025-03-02"]
    # a time told before the clause's "before" places the act it depends on
    framed = "On March 2, shortly before the rebels arrived, the army left the base."
    assert _dates(f"{plain.split('. ')[0]}. {framed} Niger condemned the rebels.", "11") == [
        "2025-03-02"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # the clause's act lies the measure before its governor's date, at the measure's
        # precision; never on the governor's own day
        ("Smith toured Kabul on Thursday, 12 years after Canada invaded Iraq.", "19", ["2013"]),
        (
            "Smith toured Kabul on Thursday, a day after rebels attacked a base.",
            "19",
            ["2025-03-12"],
        ),
        ("Smith toured Kabul Thursday, two weeks after rebels raided a base.", "19", ["2025-02"]),
        ("Smith toured Kabul on Thursday, days after rebels attacked a base.", "19", ["2025-03"]),
    ],
)
def test_an_act_measured_before_a_dated_governor_is_moved_by_the_measure(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # the governor names no time: its date is the news day its tense gives (the
        # paper's, 14 March), and the clause's act lies the measure before it
        (
            "Rebels have seized the airport in the capital, a day after the army "
            "withdrew its troops from the city.",
            "08",
            ["2025-03-13"],
        ),
        (
            "Rebels have seized the airport in the capital, two weeks after the army "
            "withdrew its troops from the city.",
            "08",
            ["2025-02"],
        ),
        # an uncounted measure ("days after") tells no day: the act keeps its tense's date
        (
            "Rebels have seized the airport in the capital, days after the army "
            "withdrew its troops from the city.",
            "08",
            ["2025-03-14"],
        ),
    ],
)
def test_an_act_measured_before_an_undated_governor_is_moved_from_its_news_day(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest an intention names, the object of the intended verb or of the verb of
        # intent itself: of when the intention was told, not of the day it is planned for
        ("The opposition plans to hold a mass protest in the capital on Saturday.", "2025-03-14"),
        ("Farmers planned a march on parliament on Tuesday, organizers said.", "2025-03-14"),
        ("Students plan to take part in a protest outside parliament on Monday.", "2025-03-14"),
        # no verb of intent states it: the plan's own day
        ("The opposition will hold a rally on Saturday.", "2025-03-15"),
    ],
)
def test_an_intended_protest_is_of_the_telling(text: str, expected: str) -> None:
    assert _dates(text, "13") == [expected]


#: a news story whose lede names no day, and whose third sentence names the news day
_LATE_DAY = (
    "Fighting has flared again in the north of Ruritania. The truce has frayed for weeks. "
    "Rebels shelled an army post near Kessa on Thursday. Officials met in the capital. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("last", "root", "expected"),
    [
        # a saying in the simple present is the news in a story that names its news
        # day in its first sentences, after the lede too
        ("The rebels accuse the army of shelling the market.", "11", ["2025-03-14"]),
        ("The envoy urges both sides to return to talks.", "02", ["2025-03-14"]),
        # a stance its verb holds over time stays a standing state
        ("The ministry opposes the plan.", "11", [None]),
    ],
)
def test_a_saying_in_the_present_is_the_news_of_a_day_named_after_the_lede(
    last: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(_LATE_DAY + last, root) == expected


@pytest.mark.model
def test_a_saying_in_the_present_of_a_story_with_no_news_day_stays_undated() -> None:
    # a feature that names no day of the news week: a present saying is a stance
    text = (
        "The quiet rivalry between two neighbours is growing. It worries diplomats. "
        "Officials in the capital spoke of a new era. Fishermen fear the navy. "
        "The rebels accuse the army of shelling the market."
    )
    assert _dates(text, "11") == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that sets its past act at the time of another past act, naming no
        # time, tells an anecdote of a time the text does not give
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. When the union refused to back down, the governor arrested its "
            "leaders.",
            [None],
        ),
        # told with "did" too
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. When she was a prosecutor, Ruiz did arrest the mayor.",
            [None],
        ),
        # a time in the sentence dates it
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. When the union refused to back down, the governor arrested "
            "its leaders in 2009.",
            ["2009"],
        ),
        # a "when" clause with no subject of its own ("when pressed") is no anecdote
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. When pressed, the governor arrested its leaders.",
            ["2025-03-10"],
        ),
        # nor is a clause that does not open the sentence
        (
            "Lawmakers met in Lima on Monday. The vote drew wide support. The session "
            "ended late. The governor arrested the leaders when the union refused to "
            "back down.",
            ["2025-03-10"],
        ),
    ],
)
def test_an_anecdote_a_when_clause_opens_is_undated(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "17") == expected



@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present perfect that describes a party in the lede is what it has done
        # before, at no time given: undated
        ("The minister praised Garcia, who has arrested dozens of protesters.", [None]),
        # the lede's own present perfect is its news
        ("Garcia has arrested dozens of protesters.", ["2025-03-14"]),
    ],
)
def test_a_present_perfect_describing_a_party_in_the_lede_is_undated(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "17") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch of days up to the publication, inside its month: that month
        ("Police have arrested dozens of protesters during the past five days.", ["2025-03"]),
        ("Police arrested dozens of protesters in recent days.", ["2025-03"]),
        # one that reaches back into the month before names no month of the acts
        ("Police have arrested dozens of protesters during the past two weeks.", [None]),
        # nor a part of something else ("the last days of the campaign")
        (
            "Police arrested dozens of protesters in the last five days of the campaign.",
            [None],
        ),
    ],
)
def test_a_recent_stretch_of_days_is_the_publication_month(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "17") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a doer's acts over recent days are of the publication month
        ("Police have killed dozens of protesters in recent days.", "19", ["2025-03"]),
        # a passive count of people killed with no doer is a tally of many acts: undated
        (
            "Dozens of protesters have been killed in clashes with police in recent days.",
            "14",
            [None],
        ),
    ],
)
def test_a_casualty_tally_over_recent_days_is_undated(
    text: str, root: str, expected: list[str | None]
) -> None:
    assert _dates(text, root) == expected


@pytest.mark.model
def test_a_described_day_does_not_move_a_timed_sentence_narrative() -> None:
    # the lede's main clause names its day (Thursday, 13 March); the truce its relative
    # clause describes was signed earlier: the report told next is of the lede's day
    lede = (
        "The army and the rebels on Thursday accused each other of breaking a truce "
        "signed five days ago in the capital."
    )
    text = f"{lede} A spokesman said rebel fighters attacked a convoy near the border."
    assert _dates(text, "19") == ["2025-03-13"]
    # with no time of the main clause's own, the described day still sets the story
    plain = "The army and the rebels accused each other of breaking a truce signed five days ago."
    assert _dates(f"{plain} A spokesman said rebel fighters attacked a convoy.", "19") == [
        "2025-03-09"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a lede told in the present perfect or progressive is the news of the paper's
        # day: a source's report after it is of that day
        ("Fighting has erupted in the northern town of Kasa.", "2025-03-14"),
        ("Lawmakers in Ruritania are debating a new security law.", "2025-03-14"),
        # a lede of a past scene, naming no day, is a feature's: its reports are undated
        ("Life was never easy for the farmers of the northern town of Kasa.", None),
    ],
)
def test_a_lede_of_the_news_holding_now_dates_the_reports_after_it(
    lede: str, expected: str | None
) -> None:
    text = (
        f"{lede} The region has long been poor.\n\n"
        "Witnesses say rebel fighters attacked the police headquarters in Kasa."
    )
    assert _dates(text, "19")[-1:] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a use of force in the present perfect, after the lede of a news story: now
        ("Rebel rocket attacks have killed three Ruritanian civilians.", "2025-03-14"),
        # an ongoing state, or one told as over before, is no act of the day
        ("Rebel fighters have previously attacked Ruritanian police posts.", None),
        ("The rebels have been fighting the Ruritanian army for years.", None),
        ("Rebel fighters have attacked police posts since the 2019 election.", None),
    ],
)
def test_a_use_of_force_in_the_present_perfect_is_of_the_news(
    sentence: str, expected: str | None
) -> None:
    text = (
        "Ruritanian troops have launched a new offensive on rebel-held Kasa.\n\n"
        "The army said on Thursday it had taken two villages.\n\n"
        f"{sentence}"
    )
    doc_dates = _dates(text, "19") + _dates(text, "18")
    assert doc_dates[-1:] == [expected]


@pytest.mark.model
def test_a_light_verb_and_its_event_noun_take_the_noun_s_time() -> None:
    text = "The Ruritanian president held talks Tuesday with Kenyan President John Obi."
    assert set(_dates(text, "04")) == {"2025-03-11"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted stretch up to now back from the paper's day (14 March 2025)
        ("It has been ten days since rebels attacked the town of Kasa.", ["2025-03-04"]),
        # no exact count: no day
        ("Protests have gone on for at least three days since rebels attacked Kasa.", [None]),
    ],
)
def test_a_since_clause_after_a_counted_stretch_is_counted_back(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text, "18") + _dates(text, "19") == expected
