"""Word senses the coder tells apart by who acts: a strike by people who bear no arms is
a stoppage of work, not a use of force. Through the whole pipeline (actors coded by it)."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in pipe(text, published="2025-03-12").events]


def _acts(pipe: Pipeline, text: str) -> list[str]:
    """The codes of the events that are more than a statement (root 01)."""
    return [c for c in _codes(pipe, text) if not c.startswith("01")]


def _of(pipe: Pipeline, text: str, *roots: str) -> list[str]:
    """The codes of the events of the given CAMEO roots."""
    return [c for c in _codes(pipe, text) if c[:2] in roots]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Teachers in Iraq launched a strike against the government on Monday.", "143"),
        ("Iraqi teachers struck on Monday, demanding higher pay from the government.", "143"),
        # an armed party's strike is force
        ("Russia launched a strike on Kyiv on Monday.", "190"),
        ("Israel carried out strikes against Hezbollah in Lebanon on Monday.", "190"),
        # workers named by their role alone bear no arms
        ("Workers launched a strike against the company on Monday.", "143"),
        # a weapon's strike is force, whoever orders it
        ("Senator Dupont ordered a missile strike on a Syrian air base on Monday.", "195"),
    ],
)
def test_a_strike_by_people_who_bear_no_arms_is_a_stoppage_of_work(
    pipe: Pipeline, text: str, code: str
) -> None:
    assert _codes(pipe, text) == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # information made public is no release of people or property
        ("Senator Dupont released a memo on the state of the race on Monday.", []),
        ("Senator Dupont released details of his tax plan on Monday.", []),
        ("The ministry released a video of the ceremony on Monday.", []),
        # a relative clause or a passive infinitive on the thing released, and totals
        (
            "The FEC report covering the last three months of 2016, which will be released "
            "at the end of this month, will offer a much clearer picture.",
            [],
        ),
        ("The Senate report on the Iraq war is set to be released on Monday.", []),
        ("Senator Dupont and Senator Moreau released their fundraising totals on Monday.", []),
        # people set free are
        ("The rebels released two hostages to Norway on Monday.", ["0841"]),
        ("Iran released the American sailors, who were held for a day.", ["0841"]),
    ],
)
def test_releasing_information_is_no_release(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _acts(pipe, text) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # attacked for what one said or is: criticism
        ("Senator Dupont attacked Governor Moreau for being a weak leader.", {"11"}),
        ("Senator Dupont attacked Governor Moreau for his remarks on taxes.", {"11"}),
        # attacked with no reason given stays force
        ("Rebels attacked the army base in Goma on Monday.", {"18", "19"}),
    ],
)
def test_an_attack_for_a_reason_is_criticism(pipe: Pipeline, text: str, roots: set[str]) -> None:
    assert {c[:2] for c in _codes(pipe, text)} <= roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a question is no appeal, and the words of the question fill no pattern of 'ask'
        ("Senator Dupont was asked by reporters whether troops would go to Syria.", []),
        ("Governor Moreau was asked by a caller why refugees are coming to France.", []),
        ("Governor Moreau was asked about speeches he gave to a group of bankers.", []),
        # a question word that opens the clause's object still makes it a question
        ("Reporters asked how many troops Peru would send to Chile.", []),
        # asking someone to act is
        ("France asked Iran to release the hostages.", ["020"]),
    ],
)
def test_a_question_is_no_appeal(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert [c for c in _codes(pipe, text) if c.startswith("02")][:1] == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # with no one hosted an event is put on: no visit
        ("The debate was hosted by the BBC in Leeds on Thursday.", []),
        ("Senator Dupont hosted a fundraiser at his home on Monday.", []),
        # a guest makes it a visit
        ("France hosted the Iranian president on Monday.", ["043"]),
    ],
)
def test_hosting_needs_a_guest(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _acts(pipe, text) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Clashes between Indian and Pakistani troops erupted on Monday.",
        "Indian and Pakistani troops clashed on Monday.",
    ],
)
def test_coordinated_demonyms_on_one_noun_are_two_parties(pipe: Pipeline, text: str) -> None:
    # the actors component names "Pakistani troops" with the head noun: "Indian" is still one
    dyads = {
        (e.source and e.source.country, e.target and e.target.country)
        for e in pipe(text, published="2025-03-12").events
    }
    assert {("IND", "PAK"), ("PAK", "IND")} <= dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a question asks about an act, it does not report one
        ("Do you support Senator Dupont?", []),
        ("Why did Peru attack Chile?", []),
        # a clause under the question still tells what happened
        ("What about the mother whose son was killed by Peruvian troops in 2012?", ["19"]),
        ("Peru attacked Chile on Monday.", ["19"]),
    ],
)
def test_a_question_reports_no_act(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # one person's attack on another is words
        ("Senator Dupont attacked Governor Moreau on Monday.", "11"),
        ("Senator Dupont's attacks on Governor Moreau angered voters.", "11"),
        # an armed person's, a group's or a state's stays force
        ("A gunman attacked Governor Moreau on Monday.", "19"),
        ("Rebels attacked Governor Moreau on Monday.", "19"),
        ("Russia attacked Ukraine on Monday.", "19"),
    ],
)
def test_an_attack_between_two_persons_is_words(pipe: Pipeline, text: str, root: str) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == [root]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # attacks faced, or of which one is the target, from another person are words
        ("Senator Dupont faced fierce attacks from Governor Moreau.", "11"),
        ("Senator Dupont was the target of attacks from Governor Moreau.", "11"),
        # from a force on a state, force
        ("Ukraine faced attacks from Russian forces on Monday.", "19"),
    ],
)
def test_attacks_faced_from_a_person_are_words(pipe: Pipeline, text: str, root: str) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == [root]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # a lawmaker's or a candidate's attack at no party named is words
        ("Senator Dupont attacked the tax plan on Monday.", "11"),
        ("Senator Dupont and Senator Moreau repeated their attacks on Monday.", "11"),
        # a leader's may be an order of force
        ("President Assad attacked the town on Monday.", "19"),
        # and one of a party named by its country alone may bear arms
        ("Raiders from the Pokot tribe attacked the Samburu tribe on Monday.", "19"),
        # rustlers are criminals (roles.tsv CRM): their force on a tribe is an assault
        ("Rustlers from the Pokot tribe attacked the Samburu tribe on Monday.", "18"),
    ],
)
def test_a_politicians_attack_at_no_party_is_words(pipe: Pipeline, text: str, root: str) -> None:
    assert {c[:2] for c in _acts(pipe, text)} == {root}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # a sense holds before the stance: words planned, a strike of work threatened
        ("Senator Dupont was willing to attack Senator Moreau.", "111"),
        ("Teachers in Iraq threatened to strike next week.", "133"),
        # a threat of force stays one
        ("Russia threatened to attack Ukraine.", "138"),
    ],
)
def test_a_sense_holds_before_its_stance(pipe: Pipeline, text: str, code: str) -> None:
    assert _acts(pipe, text) == [code]


@pytest.mark.model
def test_a_politicians_fight_at_no_party_is_no_criticism(pipe: Pipeline) -> None:
    # fighting, battling or clashing so said is an effort or a contest, not words of censure
    assert "11" not in {c[:2] for c in _acts(pipe, "Senator Dupont fought on the other side.")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Belarusian police raided the offices of an opposition newspaper on Monday.", "171"),
        ("Police raided the homes of two human rights activists in Baku.", "171"),
        # on an armed party, or with no party named, a raid stays force
        ("Police raided a rebel camp in the hills on Monday.", "190"),
        ("Israeli troops raided the offices of an opposition newspaper.", "190"),
    ],
)
def test_a_police_raid_on_an_unarmed_party_is_a_search(
    pipe: Pipeline, text: str, code: str
) -> None:
    assert code in _acts(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # agreeing with a view is a belief, no intent to cooperate
        ("Governor Moreau agreed that Peru had broken the truce.", []),
        ("France agreed, saying the plan was sound.", []),
        # a "to" inside the view agreed with is not the verb's
        ("Governor Moreau agreed that Peru should pay, to settle the dispute.", []),
        (
            "Governor Moreau agreed with the Chilean president that Peru's debt is a burden "
            "to its farmers.",
            [],
        ),
        # agreeing to act, or on a deal or a truce, is
        ("Peru agreed to hold talks with Chile on Monday.", ["036"]),
        ("Peru and Chile agreed a truce on Monday.", ["0356", "0356"]),
        ("Peru and Chile have agreed upon a new trade pact.", ["030", "030"]),
        ("Peru agreed to a settlement with Chile over claims that its navy fished there.", ["030"]),
    ],
)
def test_agreeing_with_a_view_is_no_intent(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "03") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # words offered are speech, no offer of cooperation
        ("Senator Dupont offered a caveat on his tax plan on Monday.", []),
        ("Governor Moreau offered few specifics about the budget.", []),
        ("The minister offered a glimpse of the coming reforms.", []),
        # help, talks or mediation offered are offers
        ("France offered aid to Peru on Monday.", ["033"]),
        ("Chile offered to mediate between Peru and Bolivia.", ["039", "039"]),
    ],
)
def test_offering_words_is_no_offer(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "03") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a nomination, a moment or attention captured is no arrest or seizure
        ("Senator Dupont captured the nomination in June.", []),
        ("A photographer captured the moment the minister arrived.", []),
        # people captured are
        ("Rebels captured two Peruvian soldiers on Monday.", ["173"]),
    ],
)
def test_capturing_what_is_no_person_or_place_is_no_arrest(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "17") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # means that are no force, and one's own followers, are no force posture or protest
        ("The Dupont campaign deployed a new strategy against Governor Moreau.", []),
        ("Senator Dupont mobilized volunteers and donors in Ohio.", []),
        ("Governor Moreau rallied his supporters in Lyon on Monday.", []),
        # troops deployed or mobilized are
        ("Russia deployed troops and resources to the border on Monday.", ["15"]),
        ("Peru mobilized troops on the border with Chile.", ["15"]),
        # people who rally are protesting
        ("Students rallied outside the French embassy in Lima on Monday.", ["14"]),
        # the place, its preposition misread as an adjective, is no one rallied
        ("Students rallied outside parliament in Lima on Monday.", ["14"]),
        ("Peruvian students marched outside parliament in Lima.", ["14"]),
    ],
)
def test_means_and_followers_are_no_force_or_protest(
    pipe: Pipeline, text: str, roots: list[str]
) -> None:
    assert [c[:2] for c in _of(pipe, text, "14", "15")] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # what someone is able or unable to do is no act
        ("The army is too weak to defend Kharkiv.", []),
        ("The rebels are strong enough to attack the capital.", []),
        ("Governor Moreau said it was too early to congratulate Senator Dupont.", []),
        ("Dupont said Moreau was too close to Peru to be trusted to impose sanctions on Lima.", []),
        ("The army is too weak to launch an offensive against the rebels.", []),
        # a plain infinitive of intent is still an intent
        ("The rebels vowed to attack the capital.", ["13"]),
    ],
)
def test_an_infinitive_of_degree_is_no_act(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # what a share of a people thinks is a poll's finding
        ("Most Peruvians support the president.", []),
        ("About 43% of voters support Senator Dupont.", []),
        ("Governor Moreau is backed by 34% of voters.", []),
        ("Those surveyed say France should leave NATO.", []),
        ("Six in 10 Republicans say Senator Dupont should quit.", []),
        ("A majority of voters blame Governor Moreau for the crisis.", []),
        # a people's own act is an act, and a share of a crowd using force still acts
        ("Peruvians support the president.", ["05"]),
        ("Most of the protesters attacked the police on Monday.", ["19"]),
    ],
)
def test_a_share_of_a_people_is_a_poll_finding(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # beating a rival at the polls is no assault
        ("Senator Dupont beat Governor Moreau by 12 points in Ohio.", []),
        ("Senator Dupont beat Governor Moreau in the primary on Tuesday.", []),
        # beating people is (police beating protesters is repression, 175, not 18)
        ("Gunmen beat two farmers in Lima on Monday.", ["182"]),
        ("Police beat protesters in Lima on Monday.", []),
    ],
)
def test_beating_a_rival_at_the_polls_is_no_assault(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "18") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, consults",
    [
        # talking about a topic with no one is no consultation
        ("The minister discussed the budget on Monday.", False),
        ("Governor Moreau talked of reforms to the pension system.", False),
        # talking with someone, or two parties talking, is
        ("The Peruvian president discussed trade with Chile on Monday.", True),
        ("Peru and Chile discussed trade on Monday.", True),
    ],
)
def test_talking_about_a_topic_with_no_one_is_no_consultation(
    pipe: Pipeline, text: str, consults: bool
) -> None:
    assert bool(_of(pipe, text, "04")) == consults


@pytest.mark.model
@pytest.mark.parametrize(
    "text, appeals",
    [
        # asking for one's own anonymity is a source's condition, no appeal
        ("A Peruvian official who asked not to be named said talks had failed.", False),
        ("The French envoy asked for anonymity.", False),
        ("A Chilean diplomat, who requested anonymity, said talks had failed.", False),
        # asking another party to act is
        ("France asked Iran to release the hostages.", True),
    ],
)
def test_asking_for_anonymity_is_no_appeal(pipe: Pipeline, text: str, appeals: bool) -> None:
    assert bool(_of(pipe, text, "02")) == appeals


@pytest.mark.model
@pytest.mark.parametrize(
    "text, acts",
    [
        # made possible by no party named: a cause, no act
        ("The loophole allowed Senator Dupont to buy a gun.", False),
        ("The win helped Senator Dupont.", False),
        # a thing that helps favours someone whoever owns it: no aid of its owner
        ("Senator Dupont's big win in Lyon is helping him widen his lead.", False),
        ("Governor Moreau's long tenure in the Senate helps her in Lyon.", False),
        # a party's permission or help is an act
        ("Russia allowed Ukraine to evacuate civilians.", True),
        ("France helped Peru.", True),
        ("Chile helped Bolivia build a new railway.", True),
        ("The United States helped Iraq retake the city.", True),
        # so is the help its own noun of aid names, negated or not
        ("The loans from the World Bank are not helping Peru.", True),
        ("Chile's military support helped Bolivia retake the city.", True),
        ("Peru's investment has helped Chile build ports.", True),
        # but support for a thing is a stance that helps its owner
        ("Senator Dupont's support for ethanol helped him win in Iowa.", False),
        # and the backing of voters, people or a party is votes won, no aid
        ("Support from Peruvian voters helped Senator Dupont win Lima.", False),
        ("The support of Chilean farmers helped Governor Moreau win the election.", False),
        # a state's money still aids the armed group it backs
        ("Chilean money helped the Bolivian rebels win the battle for La Paz.", True),
    ],
)
def test_what_no_party_makes_possible_is_no_act(pipe: Pipeline, text: str, acts: bool) -> None:
    assert bool(_of(pipe, text, "07", "08")) == acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text, protests",
    [
        # with an object, 'demonstrate' and 'rally' mean showing and gathering
        ("The new report demonstrates the peril Governor Moreau faces.", False),
        ("Governor Moreau rallied young people in Lyon on Monday.", False),
        # told without one they are demonstrations
        ("Students demonstrated outside the French embassy in Lima.", True),
        ("Thousands rallied in Lima against the Peruvian government.", True),
    ],
)
def test_demonstrating_or_rallying_something_is_no_protest(
    pipe: Pipeline, text: str, protests: bool
) -> None:
    assert bool(_of(pipe, text, "14")) == protests


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2025-03-12")
    return {
        (
            e.cameo,
            (e.source.code or "")[:3] if e.source else None,
            (e.target.code or "")[:3] if e.target else None,
        )
        for e in doc.events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyads",
    [
        # done to each other: each party to the other
        (
            "Chile and Peru accused each other of violating the border deal.",
            {("112", "CHL", "PER"), ("112", "PER", "CHL")},
        ),
        # words or fire traded are criticism, accusations or force, not trade
        (
            "Chile and Peru traded accusations over the border on Monday.",
            {("112", "CHL", "PER"), ("112", "PER", "CHL")},
        ),
        (
            "Indian and Pakistani troops traded fire across the border on Monday.",
            {("190", "IND", "PAK"), ("190", "PAK", "IND")},
        ),
        ("Chile traded barbs with Peru on Monday.", {("111", "CHL", "PER")}),
        # goods traded stay trade
        ("Chile traded copper with Peru last year.", {("061", "CHL", "PER")}),
    ],
)
def test_acts_traded_between_two_parties(
    pipe: Pipeline, text: str, dyads: set[tuple[str, str, str]]
) -> None:
    assert _dyads(pipe, text) == dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyads",
    [
        # a country after "at" is the one aimed at, not a place
        ("Chile lashed out at Peru on Monday.", {("111", "CHL", "PER")}),
        # the owner of a possessive in a phrase that names no actor is a related party,
        # not the phrase's actor: his opponents are not he
        (
            "President Boric was rebuked by opponents for his pension plan.",
            {("111", None, "CHL")},
        ),
        # what is done to a thing of his is done to him
        (
            "President Boric spoke on Monday. His pension plan was widely condemned.",
            {("111", None, "CHL")},
        ),
        # and a body its owner acts through is the owner's
        (
            "President Boric spoke on Monday. His campaign accused Peru of fraud.",
            {("112", "CHL", "PER")},
        ),
        # criticism faced or drawn is criticism of the one who faces it, named critic or not
        ("President Boric faced criticism from his own party.", {("111", None, "CHL")}),
        ("President Boric faced criticism from Peru.", {("111", "PER", "CHL")}),
        # of an act named by the subject, its owner: not a party named deeper in it
        (
            "Chile's decision to buy Bolivian jets drew criticism from Peru.",
            {("111", "PER", "CHL")},
        ),
        (
            "The Chilean offensive drew condemnation from Peru.",
            {("111", "PER", "CHL"), ("190", "CHL", None)},
        ),
        # with no critic named, the act's owner is criticized, not the critic
        ("Chile's decision to buy Bolivian jets drew criticism.", {("111", None, "CHL")}),
    ],
)
def test_who_is_criticized(pipe: Pipeline, text: str, dyads: set[tuple[str, str, str]]) -> None:
    assert _dyads(pipe, text) == dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyad",
    [
        # a gerund after "for" is the act of the one the verb is aimed at
        ("Chile lashed out at Peru for having helped Bolivia.", ("070", "PER", "BOL")),
        ("Chile lashed out at Peru for helping Bolivia.", ("070", "PER", "BOL")),
        # not of the one an apology is made to
        ("Chile apologized to Peru for helping Bolivia.", ("070", "CHL", "BOL")),
    ],
)
def test_who_did_what_a_verb_is_for(pipe: Pipeline, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # insisting or recognizing that something is so is an assertion
        ("Iran insisted that its nuclear program is peaceful.", []),
        ("Governor Moreau recognized that Peru had made mistakes.", []),
        # insisting on an act, or that another must act, is a demand; recognizing a state
        # is recognition
        ("Peru insisted on the withdrawal of Chilean troops.", ["100"]),
        ("Peru recognized Kosovo on Monday.", ["054"]),
    ],
)
def test_insisting_or_recognizing_that_something_is_so_is_an_assertion(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "05", "08", "10") == codes


@pytest.mark.model
def test_praise_of_someone_approves_of_them(pipe: Pipeline) -> None:
    assert ("051", "USA", "DEU") in _dyads(pipe, "Obama's praise of Merkel came on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, looked_at, roots",
    [
        # a deal between companies is business, no political event; a state's or a
        # government's deal stays one
        ("The American bank Zenith agreed to acquire a British insurer last week.", "03", []),
        ("A French chemical firm agreed to sell its stake in an Italian company.", "03", []),
        ("Russia agreed to sell fighter jets to Algeria.", "03", ["03"]),
        ("The Canadian government rejected the takeover bid by Zenith Holdings.", "12", ["12"]),
        # fighting to keep something, or a legal battle, is no force; troops fighting to hold
        # a town use it
        ("The boy's relatives in Florida are fighting to keep him in the United States.", "19", []),
        ("Iran's long legal battle with Chile ended on Monday.", "19", []),
        ("Ukrainian troops fought to hold the bridge against Russian forces.", "19", ["19"]),
        # a trip of people with no public role is private travel; a leader's visit stays one
        ("The British students flew back to the United Kingdom on Sunday.", "04", []),
        ("Two Spanish patients had recently traveled to Mexico.", "04", []),
        ("The French president visited Libya on Wednesday.", "04", ["04"]),
        # blocking an act or a process is no blockade; blocking a road is
        ("The Chilean attorney general blocked the release of several prisoners.", "14", []),
        ("A Kenyan court blocked the swearing-in of the deputy president.", "14", []),
        ("Protesters blocked the main road to the Chilean embassy.", "14", ["14"]),
        # withdrawing a document or a request is no pullback of forces
        ("The Peruvian ministry withdrew notices seeking the arrest of 14 men.", "08", []),
        ("The Bolivian family withdrew the request for a meeting with Peru.", "08", []),
        ("Russia withdrew its troops from Syria.", "08", ["08"]),
        # meeting a pledge is keeping it, offering responses is speech
        ("Peru is unlikely to meet the pledge it made to Chile.", "04", []),
        ("Senator Dupont offered vague responses to questions about Chile.", "03", []),
    ],
)
def test_no_political_act_of_the_root(
    pipe: Pipeline, text: str, looked_at: str, roots: list[str]
) -> None:
    """Business, an effort and private travel are no event of the root they look like."""
    assert [c[:2] for c in _of(pipe, text, looked_at)] == roots


def test_every_sense_gives_a_cameo_code_with_its_reason() -> None:
    from geowire.events import code_info
    from geowire.events.senses import SENSES

    assert len({s.code for s in SENSES}) == len(SENSES)
    for sense in SENSES:
        assert code_info(sense.code).quad_class in (1, 2, 3, 4), sense.code
        assert sense.why.strip()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a state's bombing is from the air
        ("Norway began a bombing campaign in the north in March.", ["195"]),
        # a bomb set off keeps the bombing (18)
        ("Police in Santiago are investigating the embassy bombings.", []),
        ("A bombing killed five people in Santiago on Monday.", ["183"]),
        # an attack by no one named on no one named, only a place: an assault
        ("An attack killed five people in Santiago on Monday.", ["180"]),
    ],
)
def test_a_bombing_campaign_is_aerial_and_an_unknown_attack_an_assault(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "18", "19") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian president spoke to reporters on Sunday.",
        "The Iranian foreign minister assured reporters that the talks would go on.",
        "The Kenyan president spoke to parliament on Tuesday.",
        "Al Jazeera spoke with Iraqi officials about the vote.",
        "The Chilean foreign minister met with local reporters in Lima on Tuesday.",
        "The Chilean foreign minister spoke of the vote during a meeting with journalists.",
    ],
)
def test_words_to_or_by_the_press_or_to_a_body_are_a_statement(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert codes and all(c.startswith("01") for c in codes)


@pytest.mark.model
def test_talking_with_another_party_is_a_consultation(pipe: Pipeline) -> None:
    doc = pipe(
        "The Egyptian president spoke with the Israeli prime minister.", published="2025-03-12"
    )
    assert {
        (e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events
    } == {
        ("EGYGOV", "040", "ISRGOV"),
        ("ISRGOV", "040", "EGYGOV"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no coded party spoken with
        "The Egyptian president spoke with Bloomberg News on Sunday.",
        # co-agents speak side by side, not with each other
        "The Egyptian president spoke on Sunday, along with the Israeli prime minister.",
    ],
)
def test_talking_with_no_other_coded_party_is_no_consultation(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "04") == []


@pytest.mark.model
def test_an_assurance_is_an_intent_only_of_an_act_to_come(pipe: Pipeline) -> None:
    assert _of(pipe, "The Jordanian king assured Obama that Jordan would close the border.", "03")
    text = "The Cuban president assured the students that they formed a fine team."
    assert _of(pipe, text, "03") == []


@pytest.mark.model
def test_a_welcome_of_what_a_party_did_approves_of_it(pipe: Pipeline) -> None:
    assert _of(pipe, "Ukraine welcomed China's offer to mediate.", "04", "05") == ["051"]
    assert _of(pipe, "Ukraine welcomed the Chinese president in Kyiv.", "04", "05") == ["043"]


@pytest.mark.model
def test_a_clash_by_no_one_named_with_the_police_is_a_riot(pipe: Pipeline) -> None:
    text = "Clashes with police in Santiago left two people dead on Monday."
    assert _of(pipe, text, "14", "18", "19") == ["145"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # police or soldiers in a street fight with people who bear no arms repress them
        ("Riot police clashed with striking teachers outside the parliament in Santiago.", ["175"]),
        ("Soldiers clashed with herders who refused to leave the valley near Gao.", ["175"]),
        # both sides of a clash: the protesters riot, the police repress
        ("There were clashes between opposition activists and police in Lome.", ["145", "175"]),
        # people who bear no arms who fight the police riot
        ("Dockworkers fought with police outside the port of Mombasa on Monday.", ["145"]),
        # a fight with an armed party stays combat (each side's: the clash is mutual)
        ("Soldiers clashed with jihadists near the border with Niger.", ["190", "190"]),
        ("Police fought armed bandits in the hills near Kaduna.", ["190"]),
        # a clash whose killings are its outcome: no second act of force
        (
            "Clashes between riot police and striking miners killed four people in Potosi.",
            ["145", "175"],
        ),
        (
            "The army imposed a curfew after clashes between soldiers and opposition "
            "supporters killed two people in the capital.",
            ["145", "175"],
        ),
    ],
)
def test_a_street_fight_of_police_with_people_who_bear_no_arms_is_repression(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert sorted(_of(pipe, text, "14", "17", "18", "19")) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a stance toward a policy or an idea no party is named in is a position
        ("Senator Dupont opposes free trade.", []),
        ("Governor Moreau supports raising the minimum wage.", []),
        ("Senator Dupont has long backed an overhaul of the immigration system.", []),
        ("Senator Dupont turned on the farm legislation, which he once supported.", []),
        # toward a party, a party's measure or a thing told before, an act
        ("Senator Dupont opposes the Peruvian government.", ["11"]),
        ("Chile criticized Peru's trade policy on Monday.", ["11"]),
        ("Chile criticized the deal on Monday.", ["11"]),
        ("Senator Dupont criticized the trade, saying Peru got too much.", ["11"]),
    ],
)
def test_a_stance_toward_a_policy_is_no_act(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _of(pipe, text, "05", "11", "12")] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # refugees hosted or welcomed are given shelter, no visitors received
        ("Jordan hosts more than half a million Syrian refugees.", "075"),
        ("Jordan welcomed thousands of Syrian refugees last year.", "075"),
        # a leader hosted is a visit received, a thing welcomed approved of
        ("Jordan hosted the Egyptian president on Sunday.", "043"),
        ("Jordan welcomed Egypt's offer of talks.", "051"),
    ],
)
def test_refugees_hosted_are_sheltered(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _of(pipe, text, "04", "05", "07")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a party's or candidates' fight at no one named is a contest of votes
        ("The Republican candidates battled in Wisconsin last week.", []),
        ("Senator Dupont fought hard in Iowa on Monday.", []),
        # their attack at no one named is words; an army's fight is force
        ("The Democratic Party attacked the tax plan on Monday.", ["11"]),
        ("The Peruvian army fought in the north on Monday.", ["19"]),
    ],
)
def test_a_contest_of_politicians_is_no_force(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _of(pipe, text, "11", "18", "19")] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, looked_at, roots",
    [
        # hosting a show or taking over an office: no visit hosted, no land occupied
        ("The Chilean senator hosted a debate among the Peruvian candidates.", "04", []),
        ("Germany hosted the Iranian foreign minister.", "04", ["04"]),
        ("Moreau took over as Chile's defence minister in May.", "19", []),
        ("Peruvian senators took over as the majority in May.", "19", []),
        ("Rebels took over the town of Goma.", "19", ["19"]),
        # a threshold met by someone is no meeting
        (
            "Chile's rules allow only parties that won ten seats to take part, a threshold "
            "met only by Moreau's party and Dupont's party.",
            "04",
            [],
        ),
        # a plea in court is no appeal; leaving a race is no pullback
        ("The Chilean hacker pleaded guilty to fraud in May.", "02", []),
        ("Chile asked Peru to withdraw its troops.", "02", ["02"]),
        ("Senator Dupont withdrew from the presidential race.", "08", []),
        ("Russia withdrew its troops from Syria.", "08", ["08"]),
        # a chord struck or a bill killed is no force
        ("His speech struck a chord with Chilean voters.", "19", []),
        ("Peruvian senators killed the bill.", "19", []),
        ("Gunmen killed three Peruvian soldiers.", "19", ["19"]),
        # a law struck down is annulled, no blow and no stoppage of work
        ("Chile's top court struck down the new Peruvian trade law.", "14", []),
        ("Chile's top court struck down the new Peruvian trade law.", "19", []),
        # (a blow by gunmen, irregulars of where they strike, Peru: CAMEO 18, as
        # "Peruvian gunmen struck down ..." is)
        ("Gunmen struck down a Chilean police chief in Lima.", "18", ["18"]),
        # a film released frees no one
        ("The Chilean group released a film about the Peruvian president.", "08", []),
        # speaking to a gathering of people is a speech, no consultation
        ("The Chilean president spoke to a gathering of Peruvian business leaders.", "04", []),
        # "down-ballot" has no particle "down": backing candidates is no backing down
        (
            "Dupont said that he will aggressively back Moreau and other down-ballot candidates.",
            "08",
            [],
        ),
        # a battle or a win of one politician over another is a contest of votes; a
        # beating by the police is force
        ("The battle between Senator Dupont and Senator Moreau exposed rifts in Chile.", "11", []),
        ("Senator Dupont beat Senator Moreau in Ohio.", "18", []),
        # (a clash with a party is each side's)
        (
            "Peruvian journalist Ana Ruiz has battled with Senator Dupont for years.",
            "11",
            ["11"] * 2,
        ),
        ("Senator Dupont beat expectations in Ohio.", "18", []),
        ("Chilean police beat the opposition leader.", "18", ["18"]),
        # a politician's attack on people who bear no arms is words
        ("Senator Graham has attacked Chilean voters for opposing the war.", "19", []),
        # talking to voters, thanking supporters and offering an evaluation are speech;
        # thanking a state approves of it
        ("Senator Dupont is talking to Chilean voters about health care.", "04", []),
        ("Senator Dupont is thanking his supporters at a rally in Lyon.", "05", []),
        ("Iraq thanked Iran for its support.", "05", ["05"]),
        ("Senator Dupont offered the crowd an emotional evaluation of Chilean politics.", "03", []),
        # a court named after "to" is no lawsuit
        (
            "The Chilean senator took time off to attend a hearing at the Peruvian Supreme Court.",
            "11",
            [],
        ),
        ("Chile took Peru to court over the border.", "11", ["11"]),
        # a retort is words, a shot fired back force
        ("Senator Dupont shot back in a statement, saying he had won.", "19", []),
        ("Dupont shot back that the Chilean minister had lied.", "19", []),
        ("Chilean troops shot back at the rebels.", "19", ["19"]),
        # a view withheld is no refusal; a meeting refused is one
        ("Moreau refused to concede that Chile had won the dispute.", "12", []),
        ("Moreau refused to meet the Chilean envoy.", "12", ["12"]),
        # what someone is unlikely to do, or would like to see done, is not done
        ("Chilean voters are unlikely to back the senator.", "05", []),
        ("Peruvian officials would like to see Chile support Bolivia.", "05", []),
        ("Peru supported Chile's bid for a seat on the council.", "05", ["05"]),
        # a margin of votes is a result, no support
        ("Utah has supported Republican candidates by double digits for decades.", "05", []),
        # a split of shares of people is a poll's result; a share of aid given is no split
        ("Chilean soldiers backed the senator, 57 percent to 22 percent.", "05", []),
        ("Peruvian Catholics opposed the Chilean treaty, 64%-30%.", "11", []),
        ("Peru backed Chile with 40 percent of its aid budget.", "05", ["05"]),
        # insisting on what someone must be is a view; on what someone must do a demand
        ("The Chilean president insists Chile must be a country of laws.", "10", []),
        ("Peru insisted that Chile must withdraw its troops.", "10", ["10"]),
        # calling someone a name is no appeal; an interviewer's question is none either
        (
            "Last year, the Chilean senator called the Peruvian president a clown on his radio "
            "show.",
            "02",
            [],
        ),
        ("And when asked to leave the hall, the Chilean senator reportedly refused.", "02", []),
        # recognizing a thing no party is named in is no diplomatic recognition
        ("The joint statement by Chile and Peru recognized areas of disagreement.", "05", []),
        ("Peru recognized Kosovo on Monday.", "05", ["05"]),
    ],
)
def test_a_sense_no_cameo_code_covers_a_view_a_wish_or_a_result_is_no_act(
    pipe: Pipeline, text: str, looked_at: str, roots: list[str]
) -> None:
    assert [c[:2] for c in _of(pipe, text, looked_at)] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a place seized is territory occupied; a person seized is detained
        ("Peruvian troops captured Arica in 1880.", ["192"]),
        ("Arica, captured by Peru in 1880, remains disputed.", ["192"]),
        ("Police captured the gang leader in Lima.", ["173"]),
        # a state a politician captures is won at the polls
        ("Senator Dupont has captured Ohio and Texas.", []),
    ],
)
def test_a_place_seized_is_occupied_and_a_state_won_is_no_event(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "17", "19") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # one person's showing, or a politician's rally against no one, is no protest
        ("The Chilean president is a skilled negotiator, as he demonstrated in Lima in May.", []),
        ("Senator Dupont held a rally in Lyon on Sunday.", []),
        ("Thousands of farmers demonstrated in Lima.", ["14"]),
        ("The Labour party held a rally against the war in London.", ["14"]),
        ("Senator Dupont held an anti-war rally in Lyon.", ["14"]),
        ("Ana Ruiz came from Lima to organize an anti-Trump rally.", ["14"]),
        # a month is no march
        ("In March, the Chilean senator had 38 percent support in a poll.", []),
    ],
)
def test_one_person_showing_or_a_campaign_rally_is_no_protest(
    pipe: Pipeline, text: str, roots: list[str]
) -> None:
    assert [c[:2] for c in _of(pipe, text, "14")] == roots


@pytest.mark.model
def test_a_headline_speaker_is_no_verb(pipe: Pipeline) -> None:
    # "Lynch:" names who speaks; the word is no killing
    assert _acts(pipe, "Lynch: no outside influence on the FBI inquiry.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a medium's attack is words by its author
        ("The Dupont campaign aired an ad attacking Senator Moreau on Monday.", ["111"]),
        # and no one's act when no author is named
        ("A new video attacking the Mexican president circulated widely on Monday.", []),
    ],
)
def test_an_attack_by_words_said_or_written_is_no_force(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "11", "18", "19") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Border Patrol said on Monday that fewer families crossed in May.",
        "Agents of the Border Patrol detained 30 migrants near Tucson.",
    ],
)
def test_a_word_of_a_body_s_name_is_no_event_word(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "15", "19") == []


def _triples(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2025-03-12")
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    ]


@pytest.mark.model
def test_a_passive_conjunct_is_done_by_its_agent_to_the_shared_subject(pipe: Pipeline) -> None:
    text = "The Chilean senator lost his seat, was condemned by the Peruvian government and quit."
    got = _triples(pipe, text)
    assert ("111", "PERGOV", "CHLLEG") in got
    # the verb after it is again the shared subject's own
    assert [t for t in got if t[0] != "111" and t[1] == "PERGOV"] == []


@pytest.mark.model
def test_the_one_warned_in_the_passive_is_the_target(pipe: Pipeline) -> None:
    got = _triples(pipe, "Vietnam was warned by Beijing against any new drilling.")
    assert [t for t in got if t[0][:2] == "13"] == [("130", "CHNGOV", "VNM")]


@pytest.mark.model
def test_working_with_a_party_is_cooperation(pipe: Pipeline) -> None:
    got = _triples(pipe, "The Kenyan government worked with Somalia to secure the border.")
    assert ("060", "KENGOV", "SOM") in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        ("Senator Dupont hit the Mexican president on immigration at a rally.", ["111"]),
        ("The Kenyan senator hit the Somali government over its record on corruption.", ["111"]),
        # a blow, or a day, is no issue
        ("The guard hit the Mexican president on the arm.", []),
    ],
)
def test_hitting_someone_on_an_issue_is_criticism(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "11") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyads",
    [
        # the one an event noun's act is done to is no doer of the verb it is subject of
        ("The Russian shelling of Kharkiv killed five.", {("194", "RUS", "UKR")}),
        ("The attack on the Peruvian embassy killed five.", {("190", None, "PER")}),
    ],
)
def test_an_event_nouns_patient_is_no_doer(
    pipe: Pipeline, text: str, dyads: set[tuple[str, str, str]]
) -> None:
    assert _dyads(pipe, text) == dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # a counted crowd of supporters is a tally, a statistic
        ("In the Peruvian primary, 34,000 voters supported Keiko Fujimori.", 0),
        (
            "So far, 520 Peruvian lawmakers have said they support Keiko Fujimori, and 39 "
            "have said they support Pedro Castillo.",
            0,
        ),
        # parties told by a small number word are parties
        ("Two Peruvian senators endorsed Keiko Fujimori on Monday.", 1),
    ],
)
def test_support_told_of_a_counted_crowd_is_a_tally(pipe: Pipeline, text: str, n: int) -> None:
    assert len(_of(pipe, text, "05")) == n


@pytest.mark.model
@pytest.mark.parametrize(
    "text, n",
    [
        # a counted crowd as a passive's agent is a tally too
        (
            "Bernie Sanders was backed by nearly 6 in 10 of the voters who consider "
            "themselves very liberal.",
            0,
        ),
        ("Hillary Clinton was backed by thousands of voters in the Bronx.", 0),
        # a party named as the agent is a party
        ("Hillary Clinton was backed by the Congressional Black Caucus on Thursday.", 1),
    ],
)
def test_support_by_a_counted_crowd_is_a_tally(pipe: Pipeline, text: str, n: int) -> None:
    assert len(_of(pipe, text, "05")) == n


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Trump's bombastic appeal to working-class men unsettled the Democrats.",
        "The Republicans worry about the party's declining appeal to women.",
        "The governor is appealing to suburban women with a new message.",
    ],
)
def test_an_appeal_to_people_that_asks_nothing_is_a_draw(pipe: Pipeline, text: str) -> None:
    """'appeal to voters' with no request named is the draw a candidate has, no CAMEO 02."""
    assert _of(pipe, text, "02") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # what is asked, or what for, is named; or a state is addressed
        "Cuba appealed to the world to help stop the blockade.",
        "Cuba appealed to world opinion, and European opinion in particular, to help end it.",
        "The governor appealed for food aid on Monday.",
        "The Palestinians appealed to Russia on Monday.",
    ],
)
def test_an_appeal_that_asks_stays_a_request(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "02")


@pytest.mark.model
def test_a_warning_about_a_product_is_no_threat(pipe: Pipeline) -> None:
    text = "The Food and Drug Administration issued a warning on lettuce from a Mexican farm."
    assert _of(pipe, text, "13") == []
    # a warning given to a party stays a threat
    assert _of(pipe, "Iran issued a stern warning to Israel on Monday.", "13")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Health officials in Ohio have urged residents to get a flu shot.",
        "Officials are urging that parents get the measles vaccine for their children.",
    ],
)
def test_an_appeal_to_the_public_to_get_vaccinated_is_advice(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "02") == []


@pytest.mark.model
def test_districts_seized_are_territory_occupied(pipe: Pipeline) -> None:
    text = "Armenian forces seized five districts around Nagorno-Karabakh in 1993."
    assert "192" in _codes(pipe, text)
    assert _of(pipe, text, "17") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a sport act by no political party: a team, its players, a match's spectators
        "The Australian Olympic team refused to stay in the Olympic village.",
        "Jack Nicklaus met Ali for the first time in 1996 at the PGA Championship in Louisville.",
        "Spain's national football team beat Italy on Sunday.",
    ],
)
def test_a_sport_act_is_no_political_event(pipe: Pipeline, text: str) -> None:
    assert _acts(pipe, text) == []


@pytest.mark.model
def test_a_political_party_in_a_sport_setting_keeps_its_act(pipe: Pipeline) -> None:
    assert _of(pipe, "President Obama met the Olympic team at the White House.", "04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials are investigating cases in Ohio to determine if they are linked to the "
        "outbreak.",
        "The FDA is continuing to investigate with the states affected.",
    ],
)
def test_an_inquiry_into_an_illness_is_no_investigation(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "09") == []


@pytest.mark.model
def test_a_crime_or_a_party_investigated_stays_an_investigation(pipe: Pipeline) -> None:
    assert _of(pipe, "Police are investigating the death of the soldier.", "09")
    assert _of(pipe, "The Justice Department is investigating the company.", "09")


@pytest.mark.model
def test_a_health_body_investigating_a_company_is_no_investigation(pipe: Pipeline) -> None:
    text = "Health officials are investigating the restaurant chain's supplier."
    assert _of(pipe, text, "09") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a person who bears no arms killed or wounded by no one named: a murder (18)
        ("Dr. Barnett Slepian was shot to death at his home in Amherst last October.", "18"),
        ("Gabrielle Giffords was gravely wounded in a shooting at a supermarket in Tucson.", "18"),
        ("Former Prime Minister Shinzo Abe was shot dead while giving a speech in Nara.", "18"),
        # with a means or a scene of war in the sentence it stays a use of force (19)
        ("Journalist Shireen Abu Akleh was shot dead during an Israeli raid in Jenin.", "19"),
        # a group of people who bear no arms by their calling, too
        ("Five aid workers were shot dead in Darfur.", "18"),
        ("Two teachers were shot dead outside their school in the town.", "18"),
        ("Five villagers were killed in an airstrike.", "19"),
    ],
)
def test_a_person_killed_by_no_one_named(pipe: Pipeline, text: str, root: str) -> None:
    assert [c[:2] for c in _codes(pipe, text)] == [root]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the person named once, then told of by surname or pronoun, is still a person
        "Dr. Barnett Slepian performed abortions in Buffalo. Slepian was shot in the back "
        "on Friday night as he stood in his kitchen.",
        "Dr. Barnett Slepian performed abortions in Buffalo. He was shot in the back on "
        "Friday night as he stood in his kitchen.",
    ],
)
def test_a_person_told_of_by_surname_or_pronoun_killed_by_no_one_named(
    pipe: Pipeline, text: str
) -> None:
    doc = pipe(text, published="2025-03-12")
    roots = [e.cameo[:2] for e in doc.events if e.sentence == len(doc.sentences) - 1]
    assert roots and set(roots) == {"18"}, roots


@pytest.mark.model
def test_attacks_by_a_person_told_of_by_pronoun_are_words(pipe: Pipeline) -> None:
    """A person named once and then told of as "he" bears no arms: his attacks on another
    person are words (CAMEO 11), not force (19)."""
    doc = pipe(
        "Chris Christie spoke in Manchester on Saturday. He unleashed withering attacks "
        "against Marco Rubio in the debate.",
        published="2016-02-07",
    )
    assert [e.cameo[:2] for e in doc.events if e.sentence == 1] == ["11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a dare: a challenge to do something, or to a debate, is no disapproval
        "Ted Cruz challenged Donald Trump to a one-on-one debate before the caucus.",
        "The Sanders campaign challenged Hillary Clinton to debate him in Brooklyn.",
        "Pope Francis has challenged his own bishops to be humbler.",
        "President Obama challenged Republicans to prove that the economy is not the best.",
    ],
)
def test_dared_challenge_is_no_disapproval(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "11"), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran challenged the United States in the Gulf.",
        "Senator John McCain challenged the Pentagon over its spending on the jet.",
    ],
)
def test_challenge_of_a_party_stays_disapproval(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "11"), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a verb of trying with its infinitive: an effort of one's own, no request
        "Trump has sought to assure Jews and other Israel supporters.",
        "Clinton spent Sunday seeking to shore up support among younger Latino voters.",
        "The Florida senator sought to calm his supporters at the rally.",
    ],
)
def test_attempt_with_infinitive_is_no_appeal(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "02"), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran sought support from Russia.",
        "The Palestinian Authority sought talks with Israel on Monday.",
    ],
)
def test_sought_thing_stays_a_request(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "02"), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # a killing the word names a murder is a crime of violence, not a battle
        (
            "Since 1993, three doctors, including Slepian, three clinic employees and a "
            "clinic escort have been murdered.",
            "18",
        ),
        (
            "Chicago residents have accused Emanuel of covering up facts surrounding the "
            "murder of Chicago teenager Laquan McDonald by Chicago police officer Jason "
            "Van Dyke.",
            "18",
        ),
        # a state's armed forces' killings keep their code
        ("Syrian soldiers murdered 20 villagers in Homs on Monday.", "19"),
    ],
)
def test_a_murder_is_unconventional_violence(pipe: Pipeline, text: str, root: str) -> None:
    assert root in [c[:2] for c in _of(pipe, text, "18", "19")], _codes(pipe, text)
    assert not _of(pipe, text, "18" if root == "19" else "19"), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # an attack noun a lone assailant modifies is unconventional violence
        (
            "Kopp is a suspect in three non-fatal sniper attacks on Canadian abortion "
            "providers.",
            "18",
        ),
        # a state's snipers stay a use of force
        ("Israeli sniper fire killed two Palestinians in Gaza on Monday.", "19"),
    ],
)
def test_assailant_modifying_the_act_noun(pipe: Pipeline, text: str, root: str) -> None:
    assert [c[:2] for c in _of(pipe, text, "18", "19")] == [root], _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a social gathering hosted with no party as its guest receives no visitors
        "Executives from United Technologies were hosting a gathering of their own in New "
        "York City, at the Plaza Hotel, a property that was once owned by Donald Trump.",
    ],
)
def test_social_gathering_hosted_is_no_visit(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "04"), _codes(pipe, text)


@pytest.mark.model
def test_dinner_for_a_leader_stays_hosted(pipe: Pipeline) -> None:
    text = "President Obama hosted a state dinner for Chinese President Xi Jinping on Friday."
    assert "043" in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A pro-Rubio super PAC unleashed a tough attack on Jeb Bush.",
        "Senator Marco Rubio's supporters attacked Jeb Bush on Tuesday.",
    ],
)
def test_attack_by_a_campaign_body_is_words(pipe: Pipeline, text: str) -> None:
    """A body that works for a candidate (a super PAC) or a candidate's supporters attack
    a candidate with words (111), as a politician does."""
    codes = _codes(pipe, text)
    assert "111" in codes
    assert not _of(pipe, text, "18", "19", "20")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Dupont's supporters attacked Senator Jean Vidal with knives.",
        "Thugs attacked Trump supporters outside the rally.",
        "A supporter of Senator Dupont punched a protester.",
    ],
)
def test_physical_attack_by_or_on_supporters_stays_force(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "18", "19")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a warning of how to be is advice, no threat
        (
            "China and Japan warned the World Health Organization to be cautious about "
            "declaring a pandemic.",
            [],
        ),
        # to be ready for something is a threat
        ("Iran warned Israel to be ready for a crushing response.", ["13"]),
        # a warning of how to be to a state or its government is a veiled threat
        ("The United States warned North Korea to be careful.", ["13"]),
        ("China warned Taiwan to be very cautious about its next move.", ["13"]),
        # an international body's caution to governments is advice
        ("The IMF warned governments to be careful about raising debt.", []),
    ],
)
def test_a_warning_of_how_to_be_is_advice(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert sorted({c[:2] for c in _acts(pipe, text)}) == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # a charge laid by no state body is an accusation
        ("Amnesty International charged the Kenyan police with torture.", "112"),
        ("Human Rights Watch issued a report charging the Syrian army with war crimes.", "112"),
        # the authorities' charge is legal action
        ("Kenyan police charged three men with the bombing.", "173"),
        ("A Nairobi court charged three men with murder.", "173"),
        # as is that of a police body of many states or of a prosecutor with no sector
        ("Europol charged the Kenyan traffickers with smuggling migrants.", "173"),
        ("Interpol charged the Kenyan fugitive with fraud.", "173"),
        # a text's charge, told by its noun as the subject, is an accusation
        ("The report charged the Kenyan army with torture.", "112"),
    ],
)
def test_a_charge_laid_by_no_authority_is_an_accusation(
    pipe: Pipeline, text: str, code: str
) -> None:
    other = "173" if code == "112" else "112"
    codes = _codes(pipe, text)
    assert code in codes and other not in codes, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root, told",
    [
        # a past participle labelling a noun tells no accusation
        ("The court delayed the trial of three Kenyans suspected of robbing a bank.", "11", False),
        ("Police questioned the accused smuggler in Mombasa.", "11", False),
        # the same verbs telling the act
        ("Kenyan police suspected three men of robbing a bank.", "11", True),
    ],
)
def test_a_participle_labelling_a_noun_tells_no_act(
    pipe: Pipeline, text: str, root: str, told: bool
) -> None:
    codes = _codes(pipe, text)
    assert any(c.startswith(root) for c in codes) == told, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, force",
    [
        # a condition or a matter as the doer of a word of force
        ("Inflation is killing the purchasing power of ordinary Kenyans.", False),
        ("The financial crisis struck Ghana hard last year.", False),
        # a strike 'as' something is an impression
        ("The ruling struck many Kenyan diplomats as premature.", False),
        # aimed only at a condition
        ("The Kenyan finance minister attacked inflation with higher interest rates.", False),
        ("The Kenyan junta's crackdown struck fear into opposition supporters.", False),
        # a campaign of persuasion or trade named by the word before the noun of force
        ("Kenya's president launched a charm offensive in Washington.", False),
        # force on parties, places and things of war stays
        ("Rebels attacked an army base in North Kivu on Monday.", True),
        ("Russian drones struck Ukraine's energy infrastructure overnight.", True),
        ("The Sudanese army launched a counter-offensive against the RSF.", True),
    ],
)
def test_a_word_of_force_told_of_a_matter_is_no_force(
    pipe: Pipeline, text: str, force: bool
) -> None:
    codes = _codes(pipe, text)
    assert bool(_of(pipe, text, "18", "19", "20")) == force, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, support",
    [
        # what an electorate favours is opinion, no act of a party
        (
            "The president is courting rural voters, who have typically backed the ruling party.",
            False,
        ),
        # a party's or a state body's support stays
        ("The Kenyan opposition leader endorsed the former finance minister on Tuesday.", True),
    ],
)
def test_support_told_of_an_electorate_is_no_act(
    pipe: Pipeline, text: str, support: bool
) -> None:
    codes = _codes(pipe, text)
    assert bool(_of(pipe, text, "05")) == support, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an 'as' of a role or a purpose tells no impression
        "Chile struck Lima as part of its campaign against the rebels.",
        "Chile struck Lima as a direct response to the rebel raid.",
        # a weapon in the act's own 'with' phrase keeps it, whatever it is aimed at
        "Peru attacked Chile's economy with missile strikes.",
        # a turf war is fought with arms
        "Drug cartels fought a turf war in Sinaloa.",
        # positions aimed at are a force's, no stance (armed_target_words)
        "The Peruvian army shelled Chilean positions near the border.",
    ],
)
def test_a_word_of_force_with_arms_or_a_purpose_stays_force(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "18", "19", "20"), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, meets",
    [
        # one body sitting, no partner named: the body at work, no consultation
        ("The Peruvian parliament met on Tuesday to approve the budget.", False),
        ("The Chilean senate will convene next week.", False),
        ("The party's ruling council met late into the night in Lima.", False),
        # a partner named, or two parties meeting, is a consultation
        ("The Peruvian parliament met with the Chilean president on Tuesday.", True),
        ("The Chilean senate met the Peruvian foreign minister on Tuesday.", True),
        ("Senator Dupont and Senator Moreau met in Lima on Tuesday.", True),
        # an intergovernmental body's sitting is its member states meeting
        ("The U.N. Security Council met on Tuesday to discuss Peru.", True),
    ],
)
def test_a_body_meeting_with_no_partner_is_no_consultation(
    pipe: Pipeline, text: str, meets: bool
) -> None:
    assert bool(_of(pipe, text, "04")) == meets


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a person who bears no arms, aimed at no party, with no word of harm or war
        ("After losing in New Hampshire, Moreau battled back in the southern states.", []),
        # a leader of a state, or an armed doer: force stays
        ("President Ortega attacked in the north on Monday.", ["19"]),
        ("Rebel leader Mahamat Nouri launched an offensive in eastern Chad.", ["18"]),
    ],
)
def test_force_aimed_at_no_party_by_a_person_who_bears_no_arms_is_a_contest(
    pipe: Pipeline, text: str, roots: list[str]
) -> None:
    assert sorted(c[:2] for c in _of(pipe, text, "18", "19", "20")) == roots
