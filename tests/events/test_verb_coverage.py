"""Coverage of the built-in verb dictionary (geowire/data/verbs/verbs.tsv, version 1.21).

Common news verbs and event nouns of the CAMEO codebook, and word senses that are no event.
Sentences are coded with hand-made actors (no actors component), as in test_coder.py."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.events import EventCoder
from geowire.events.verbs import builtin_verbs

pytestmark = pytest.mark.model

NAMES = {
    "Iranian": "IRN",
    "Iran": "IRN",
    "Israeli": "ISR",
    "Israel": "ISR",
    "Hamas": "PSEHMS",
    "Syrian": "SYR",
    "Syria": "SYR",
    "Russia": "RUS",
    "China": "CHN",
    "Chinese": "CHN",
    "Chile": "CHL",
    "Egypt": "EGY",
    "Hungary": "HUN",
    "Robert Gates": "USAGOV",
    "United States": "USA",
    "European Union": "IGOEU",
}


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


def coded(parse: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    doc = EventCoder(Config())(with_named_actors(parse(text, published="2020-06-01"), NAMES))
    return {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}


def test_version_bumped() -> None:
    assert builtin_verbs().version == "1.47"


@pytest.mark.parametrize(
    "text, expected",
    [
        # 04 consult: a visit under a light verb, a trip
        ("Iran paid a visit to Syria.", {("IRN", "042", "SYR")}),
        ("Iran's trip to Syria ended.", {("IRN", "042", "SYR")}),
        # 10 demand: a ceasefire is 107 (not 1056, de-escalation)
        ("Syria demanded a ceasefire with Israel.", {("SYR", "107", "ISR")}),
        # 11 disapprove: oppose/disagree are 110 (not 120 reject); rail against, object to,
        # critical of, criticism of
        ("China opposed the Chile proposal.", {("CHN", "110", "CHL")}),
        ("China and Chile disagree.", {("CHN", "110", "CHL"), ("CHL", "110", "CHN")}),
        (
            "Israel and Egypt contest China's claims.",
            {("ISR", "110", "CHN"), ("EGY", "110", "CHN")},
        ),
        ("Hungary railed against the European Union.", {("HUN", "111", "IGOEU")}),
        ("Israel objected to the Iranian plan.", {("ISR", "111", "IRN")}),
        ("Israel is critical of Iran.", {("ISR", "111", "IRN")}),
        ("Iran's criticism of Israel grew.", {("IRN", "111", "ISR")}),
        ("Egypt found the Hamas commander guilty.", {("EGY", "116", "PSEHMS")}),
        # 12 reject: leaving an agreement
        ("The United States withdrew from the nuclear deal with Iran.", {("USA", "127", "IRN")}),
        # 07 aid by kind
        ("Iran provided military aid to Syria.", {("IRN", "072", "SYR")}),
        ("Iranian aid to Syria arrived.", {("IRN", "070", "SYR")}),
        # 15 force posture
        ("Russia dispatched troops to Syria.", {("RUS", "150", "SYR")}),
        # 16 reduce relations
        ("Egypt recalled its envoy to Israel.", {("EGY", "161", "ISR")}),
        ("Chile froze Chinese projects.", {("CHL", "160", "CHN")}),
        ("The United States froze Iranian assets.", {("USA", "163", "IRN")}),
        # 17 coerce
        # listing another country's group is a sanction (163), not a measure at home (172)
        ("The United States designated Hamas as a terrorist group.", {("USA", "163", "PSEHMS")}),
        ("Israel tightened restrictions on Syria.", {("ISR", "172", "SYR")}),
        ("Israel imposed a ban on Iran.", {("ISR", "172", "IRN")}),
        ("Israel barred Iranian officials from entering.", {("ISR", "172", "IRN")}),
        ("Egypt broke up a Hamas cell.", {("EGY", "173", "PSEHMS")}),
        ("Egypt charged the Hamas commander with murder.", {("EGY", "173", "PSEHMS")}),
        # 19 fight: a siege
        ("Israel surrounded the Hamas stronghold.", {("ISR", "191", "PSEHMS")}),
        (
            "Clashes between Israel and Hamas continued.",
            {("ISR", "190", "PSEHMS"), ("PSEHMS", "190", "ISR")},
        ),
        # 18 assault
        ("Hamas gunmen stormed an Israeli hotel.", {("PSEHMS", "180", "ISR")}),
        ("Hamas detonated a bomb near an Israeli convoy.", {("PSEHMS", "183", "ISR")}),
        # 1.4: the one "from" whom opposition or criticism comes acts on the subject
        ("Syria met with opposition from Iran.", {("IRN", "110", "SYR")}),
        ("Israel faced criticism from the European Union.", {("IGOEU", "111", "ISR")}),
        ("The Iranian plan drew condemnation from Egypt.", {("EGY", "111", "IRN")}),
        # regretting another's act is disapproval (110)
        ("Egypt regretted the decision of Hungary.", {("EGY", "110", "HUN")}),
        # forces backed by another's troops: military cooperation (062), not praise (051)
        (
            "Syrian soldiers, supported by Iranian troops, attacked Hamas.",
            {("IRN", "062", "SYR"), ("SYR", "190", "PSEHMS")},
        ),
        # allowing an actor to act is still a concession (080)
        ("Iran allowed Syrian candidates to take part.", {("IRN", "080", "SYR")}),
        # a proposal is still rejected (120); a visit "to" an actor named later in the clause
        ("Iran rejected the Syrian proposal.", {("IRN", "120", "SYR")}),
        ("Iran traveled on Monday to Syria.", {("IRN", "042", "SYR")}),
        # 1.5: aid by what is sent (relief goods 073, arms 072), loans approved or extended,
        # aid received "from" someone (the giver acts), an aid package "for" someone
        ("China shipped vaccines to Egypt.", {("CHN", "073", "EGY")}),
        ("Chile delivered medical supplies to Syria.", {("CHL", "073", "SYR")}),
        ("Russia provided Syria with drones.", {("RUS", "072", "SYR")}),
        ("Iran supplied Hamas with rockets.", {("IRN", "072", "PSEHMS")}),
        ("The United States approved a loan to Egypt.", {("USA", "071", "EGY")}),
        ("China extended a credit line to Chile.", {("CHN", "071", "CHL")}),
        ("Egypt received a loan from China.", {("CHN", "071", "EGY")}),
        ("Syria got weapons from Russia.", {("RUS", "072", "SYR")}),
        ("Hungary announced an aid package for Syria.", {("HUN", "070", "SYR")}),
        ("Egypt took in refugees from Syria.", {("EGY", "075", "SYR")}),
        # selling arms is military cooperation (062), not aid
        ("China sold tanks to Egypt.", {("CHN", "062", "EGY")}),
        # 1.5: tariffs are sanctions (163, lifted 085, threatened 1312); hit/target "with"
        ("The United States imposed tariffs on China.", {("USA", "163", "CHN")}),
        ("China lifted tariffs on Chile.", {("CHN", "085", "CHL")}),
        ("Russia hit Hungary with sanctions.", {("RUS", "163", "HUN")}),
        # 16: an ambassador withdrawn or declared unwelcome; a treaty suspended
        ("Egypt withdrew its ambassador from Israel.", {("EGY", "161", "ISR")}),
        ("Russia suspended the arms treaty with the United States.", {("RUS", "161", "USA")}),
        # 13: vowing revenge or a response, warning of consequences
        ("Iran vowed revenge against Israel.", {("IRN", "138", "ISR")}),
        ("Iran promised a harsh response to Israel.", {("IRN", "130", "ISR")}),
        # 12: talks ruled out, an invitation declined, calls ignored, pressure resisted
        ("Israel ruled out talks with Hamas.", {("ISR", "125", "PSEHMS")}),
        ("Egypt declined an invitation from Iran.", {("EGY", "125", "IRN")}),
        ("Hamas ignored the calls from Egypt.", {("PSEHMS", "120", "EGY")}),
        ("China resisted pressure from the United States.", {("CHN", "124", "USA")}),
        # 01: denying accusations is a denial (016); the accusations its author is named
        # on were voiced all the same, at the one denying them (112)
        ("Egypt denied the accusations by Israel.", {("EGY", "016", "ISR"), ("ISR", "112", "EGY")}),
        # 02: encouraging someone to negotiate is an appeal to meet (026)
        ("Russia encouraged Syria to negotiate.", {("RUS", "026", "SYR")}),
        # 15: troops moved or committed
        ("Chile committed 500 troops to the mission in Syria.", {("CHL", "150", "SYR")}),
        ("Iran massed tanks on the border with Israel.", {("IRN", "154", "ISR")}),
        # 11: holding someone responsible, charging that, insults
        ("Egypt held Israel responsible for the raid.", {("EGY", "112", "ISR")}),
        ("Hungary insulted the European Union.", {("HUN", "111", "IGOEU")}),
        # 05: a memorandum signed, an embassy reopened; 051 support voiced
        ("Chile signed a memorandum with China.", {("CHL", "057", "CHN"), ("CHN", "057", "CHL")}),
        ("Egypt voiced support for Israel.", {("EGY", "051", "ISR")}),
        # 08: an offensive halted (087), arms laid down (0873), land handed back (084),
        # giving in (080), a crossing or a humanitarian corridor opened (086, 0863)
        ("Israel halted its offensive against Hamas.", {("ISR", "087", "PSEHMS")}),
        ("Israel handed back Syrian land.", {("ISR", "084", "SYR")}),
        ("Israel gave in to the demands from Hamas.", {("ISR", "080", "PSEHMS")}),
        ("Egypt reopened the crossing with Israel.", {("EGY", "086", "ISR")}),
        ("Israel opened a humanitarian corridor to Syria.", {("ISR", "0863", "SYR")}),
        # 14: a hunger strike is 142, not a strike (143)
        ("Iranian prisoners went on hunger strike against Israel.", {("IRN", "142", "ISR")}),
        # 19: rockets launched at someone, rockets intercepted
        ("Hamas launched rockets at Israel.", {("PSEHMS", "190", "ISR")}),
        ("Israel intercepted Hamas rockets.", {("ISR", "190", "PSEHMS")}),
        # 19: a drone, missile or aircraft downed, intercepted or destroyed is fired on, in
        # the singular too; drones launched with no one after "at" are an attack
        ("Israel downed an Iranian drone.", {("ISR", "190", "IRN")}),
        ("Israel intercepted a Syrian missile.", {("ISR", "190", "SYR")}),
        ("Syria destroyed 25 Israeli drones overnight.", {("SYR", "190", "ISR")}),
        ("Russia launched 40 drones overnight.", {("RUS", "190", None)}),
        # 19: armed forces pushing or crossing into a place make an incursion; 15: a missile
        # tested is a missile test
        ("Syrian troops crossed into Israel.", {("SYR", "190", "ISR")}),
        ("Israeli tanks pushed into Syria.", {("ISR", "190", "SYR")}),
        ("Iran tested a new cruise missile.", {("IRN", "150", None)}),
        # the place entered heads the object of "into": a region or town, or a place name
        ("Syrian troops pushed deeper into the Israeli border town.", {("SYR", "190", "ISR")}),
        ("Egypt launched glide bombs on Syria.", {("EGY", "190", "SYR")}),
        # ... or a camp, a neighbourhood, the heart of a town
        ("Syrian tanks pushed into the Israeli refugee camp.", {("SYR", "190", "ISR")}),
        # 13: a deadline given or set for someone is an ultimatum (139)
        ("Hamas gave Israel 24 hours to withdraw.", {("PSEHMS", "139", "ISR")}),
        ("Egypt set a deadline for Hamas.", {("EGY", "139", "PSEHMS")}),
        # 12: no longer carrying out an agreement defies it (128)
        ("Iran stopped implementing the deal with Egypt.", {("IRN", "128", None)}),
        # 08: operations scaled back, checkpoints dismantled, an occupation ended (087), a
        # militia disbanded (0873), inspectors accepted (0862), bowing or acceding to demands
        ("Israel scaled back its operations against Hamas.", {("ISR", "087", "PSEHMS")}),
        ("Israel dismantled its checkpoints in Syria.", {("ISR", "087", "SYR")}),
        ("Hamas disbanded its militia.", {("PSEHMS", "0873", None)}),
        ("Syria accepted inspectors from the European Union.", {("SYR", "0862", "IGOEU")}),
        ("Israel bowed to pressure from Egypt.", {("ISR", "080", "EGY")}),
        ("Israel acceded to the demands from Hamas.", {("ISR", "083", "PSEHMS")}),
        # 05: solidarity expressed (051); 17: coercion, media shut down (1721)
        ("Egypt expressed solidarity with Israel.", {("EGY", "051", "ISR")}),
        ("Iran blackmailed Egypt.", {("IRN", "170", "EGY")}),
        ("Hamas shut down Israeli newspapers.", {("PSEHMS", "1721", "ISR")}),
        # 15: reservists called up (154), a military presence increased, reinforcements or
        # warships sent, forces beefed up, war games staged (150)
        ("Iran called up reservists.", {("IRN", "154", None)}),
        ("Iran increased its military presence near Israel.", {("IRN", "150", "ISR")}),
        ("Iran sent reinforcements to Syria.", {("IRN", "150", "SYR")}),
        ("Russia dispatched warships to Syria.", {("RUS", "150", "SYR")}),
        ("Iran beefed up its forces near Israel.", {("IRN", "150", "ISR")}),
        ("Iran staged war games near Israel.", {("IRN", "150", "ISR")}),
        # 11: criticism in idioms (hit out at, round on, call out for, take aim at, take
        # issue with), alarm or anger voiced, branding; blame by pointing the finger or holding
        # someone accountable (112)
        ("Egypt hit out at Israel.", {("EGY", "111", "ISR")}),
        ("Egypt rounded on Israel.", {("EGY", "111", "ISR")}),
        ("Egypt called out Israel for the raid.", {("EGY", "111", "ISR")}),
        ("Egypt took aim at Israel over the raid.", {("EGY", "111", "ISR")}),
        ("Egypt admonished Israel.", {("EGY", "111", "ISR")}),
        ("Egypt took issue with the Israeli decision.", {("EGY", "110", "ISR")}),
        # (the raid it is voiced over is told as done, Israel's)
        (
            "Egypt voiced alarm over the Israeli raid.",
            {("EGY", "111", "ISR"), ("ISR", "190", None)},
        ),
        ("Egypt branded Israel a terrorist state.", {("EGY", "111", "ISR")}),
        ("Egypt pointed the finger at Israel.", {("EGY", "112", "ISR")}),
        ("Egypt held Israel accountable for the raid.", {("EGY", "112", "ISR")}),
        # 02: pushing for talks is an appeal to meet; seeking someone's release an appeal for it
        ("Egypt pushed for talks with Israel.", {("EGY", "026", "ISR")}),
        ("Egypt sought the release of prisoners from Israel.", {("EGY", "0253", "ISR")}),
        # particle verbs: operations wound down (087), walking away from or backing out of
        # talks (164) and deals (127), speaking out against (111), a bailout (071),
        # restrictions rolled back (081), aid phased out (162)
        ("Russia wound down its operations in Syria.", {("RUS", "087", "SYR")}),
        ("Egypt walked away from the talks with Israel.", {("EGY", "164", "ISR")}),
        ("Egypt backed out of the deal with Israel.", {("EGY", "127", "ISR")}),
        ("Egypt pulled out of the talks with Israel.", {("EGY", "164", "ISR")}),
        ("Egypt spoke out against Israel.", {("EGY", "111", "ISR")}),
        ("Egypt bailed out Chile.", {("EGY", "071", "CHL")}),
        ("Egypt rolled back restrictions on Hamas.", {("EGY", "081", "PSEHMS")}),
        ("The United States phased out aid to Egypt.", {("USA", "162", "EGY")}),
        # soldiers targeted (190); trade with someone boosted (061); aid granted (070)
        ("Hamas targeted Israeli soldiers.", {("PSEHMS", "190", "ISR")}),
        ("China boosted trade with Chile.", {("CHN", "061", "CHL")}),
        ("The European Union granted aid to Egypt.", {("IGOEU", "070", "EGY")}),
        # light verbs: sanctions unveiled, approved or adopted, strikes unleashed or
        # authorized, an offensive expanded carry the noun's event
        ("The European Union unveiled new sanctions against Iran.", {("IGOEU", "163", "IRN")}),
        ("The European Union adopted new sanctions against Iran.", {("IGOEU", "163", "IRN")}),
        ("Israel unleashed airstrikes on Hamas.", {("ISR", "195", "PSEHMS")}),
        ("Israel authorized strikes on Hamas.", {("ISR", "190", "PSEHMS")}),
        ("Israel expanded its offensive against Hamas.", {("ISR", "190", "PSEHMS")}),
        # 06: teaming up, joining forces, an alliance (060, both ways), intelligence given
        # (064), oil supplied (061)
        (
            "China teamed up with Chile to build a port.",
            {("CHN", "060", "CHL"), ("CHL", "060", "CHN")},
        ),
        ("China joined forces with Chile.", {("CHN", "060", "CHL"), ("CHL", "060", "CHN")}),
        ("Russia and Syria formed an alliance.", {("RUS", "060", "SYR"), ("SYR", "060", "RUS")}),
        ("Russia gave Syria intelligence.", {("RUS", "064", "SYR")}),
        ("China supplied Iran with oil.", {("CHN", "061", "IRN")}),
        # 12: criticism, calls or sanctions brushed aside or shrugged off, proposals scoffed or
        # demands balked at (120); inspectors obstructed or denied access (1245); 16: imports
        # halted (163); avenging is force (planned: 138)
        ("Israel brushed aside the criticism from Egypt.", {("ISR", "120", "EGY")}),
        ("Israel shrugged off the sanctions by Egypt.", {("ISR", "120", "EGY")}),
        ("Israel scoffed at the proposal from Hamas.", {("ISR", "120", "PSEHMS")}),
        ("Israel balked at the demands from Hamas.", {("ISR", "120", "PSEHMS")}),
        ("Israel obstructed the inspectors from the European Union.", {("ISR", "1245", "IGOEU")}),
        ("Russia halted imports from Chile.", {("RUS", "163", "CHL")}),
        # passives: the object word is the passive subject before the auxiliary
        ("Weapons were supplied to Syria by Russia.", {("RUS", "072", "SYR")}),
        ("Vaccines were shipped to Egypt by China.", {("CHN", "073", "EGY")}),
        ("Tariffs were imposed on China by the United States.", {("USA", "163", "CHN")}),
        (
            # the threat, and the killing it answers, done before (1.19: a killing noun)
            "Hamas vowed to avenge the killing of its leader by Israel.",
            {("PSEHMS", "138", "ISR"), ("ISR", "190", None)},
        ),
        ("Russia moved troops to the border with Chile.", {("RUS", "150", "CHL")}),
        # 1.15: talking with a party (040, each with the other), an assurance (030), a gift
        # or shipment to someone (070, its "to" hung inside the "of" phrase too), a
        # convention or communique signed (057) by coordinated parties with each other
        ("Iran spoke with Syria on Monday.", {("IRN", "040", "SYR"), ("SYR", "040", "IRN")}),
        ("Iran talked to Syria about the border.", {("IRN", "040", "SYR"), ("SYR", "040", "IRN")}),
        ("Iran got in touch with Syria.", {("IRN", "040", "SYR"), ("SYR", "040", "IRN")}),
        ("Iran assured Syria that the border would stay open.", {("IRN", "030", "SYR")}),
        ("China announced a gift of ten tons of rice to Syria.", {("CHN", "070", "SYR")}),
        ("China announced a shipment of rice to Syria.", {("CHN", "070", "SYR")}),
        (
            "Russia and Syria signed a convention on Monday.",
            {("RUS", "057", "SYR"), ("SYR", "057", "RUS")},
        ),
        (
            "Russia and Syria signed a peace deal on Monday.",
            {("RUS", "057", "SYR"), ("SYR", "057", "RUS")},
        ),
        # what talks or consultations are about names no one talked with
        (
            "Russia and Syria conferred on a blockade of Iran.",
            {("RUS", "040", "SYR"), ("SYR", "040", "RUS")},
        ),
        ("Russia discussed Iran with Syria.", {("RUS", "040", "SYR"), ("SYR", "040", "RUS")}),
        ("Russia discussed Iran on Monday.", set()),
        # readiness expressed (030); a sum given to someone (070), or committed (033)
        ("Russia expressed readiness to negotiate with Syria.", {("RUS", "030", "SYR")}),
        ("China gave $2 billion to Egypt.", {("CHN", "070", "EGY")}),
        ("China committed $1 billion to Syria.", {("CHN", "033", "SYR")}),
        # a visit named as the occasion of the clause's act is its agent's
        (
            "On a visit to Syria, Iran pledged more aid.",
            {("IRN", "042", "SYR"), ("IRN", "033", "SYR")},
        ),
        (
            "During a visit to Syria, Iran signed a trade agreement.",
            {("IRN", "042", "SYR"), ("IRN", "057", None)},
        ),
        # 16: retaliating or responding with sanctions or tariffs imposes them (not force)
        ("China retaliated with tariffs on Syrian oil.", {("CHN", "163", "SYR")}),
        ("Russia responded with sanctions against Chile.", {("RUS", "163", "CHL")}),
        # a thing seized or struck that names no party belongs to the state its demonym
        # names: that state is acted upon
        ("Iran shot down a Turkish drone.", {("IRN", "190", "TUR")}),
        ("Iran seized a British oil tanker.", {("IRN", "1711", "GBR")}),
        ("A Peruvian convoy was bombed by Israel.", {("ISR", "195", "PERMIL")}),
        # accepting an agreement or terms agrees to them; refusing to accept rejects them
        ("Iran accepted the agreement with Chile.", {("IRN", "030", "CHL")}),
        ("Iran will not accept the deal with Chile.", {("IRN", "120", "CHL")}),
    ],
)
def test_coded(
    parse: Pipeline, text: str, expected: set[tuple[str | None, str, str | None]]
) -> None:
    assert coded(parse, text) == expected


@pytest.mark.parametrize(
    "text, not_root",
    [
        # a byline is not material aid; receiving a loan is not hosting a visit
        ("Robert Gates contributed to this report from Syria.", "07"),
        ("Syria received a loan from Iran.", "04"),
        # people who bear no arms crossing into a country make no incursion
        ("Syrian refugees crossed into Israel.", "19"),
        # "warn that" is a pessimistic comment, not a threat
        ("Robert Gates warned that Syria faces a long crisis.", "13"),
        # talks that "yielded" nothing: no concession
        ("Talks between Iran and Syria yielded no results.", "08"),
        # fighting a fire or corruption is no use of force; "seized on" remarks is no seizure
        ("Iran fought the fires near Syria.", "19"),
        ("Iran seized on the Syrian remarks.", "17"),
        # "asked foreign ministers" has no "for": a short function word is matched exactly
        ("Robert Gates asked foreign ministers of Syria about it.", "02"),
        # talking about someone is not consulting them
        ("Robert Gates talked about Iran.", "04"),
        # "met with criticism": the subject is criticised, it does not meet anyone
        ("The Iranian plan met with criticism from Syria.", "04"),
        # "charged with" a task is no arrest
        ("Robert Gates was charged by Syria with the task of mediation.", "17"),
        # 1.4: rules that allow something (no actor allowed) concede nothing
        ("Under the new Iranian rules, only citizens are allowed to enter.", "08"),
        ("The Iranian rules allow the base to remain.", "08"),
        # meeting a challenge is no meeting; depending on someone is no appeal
        ("Iran met the challenge posed by Syria.", "04"),
        ("Syria's future depends on Iran.", "02"),
        # "turn/look to" a non-actor ("to" not after the verb, or no actor after it)
        ("Iran has increasingly turned to domestic courts to defend its interests.", "02"),
        ("Iran was looking at all this pressure and seeing a window to exploit aid.", "02"),
        # a warning with no one warned is a pessimistic comment, not a threat
        ("Iranian officials warn it has grown too large to contain.", "13"),
        # naming someone ("called X a Y for ...") is no call for anything
        ("China called Chile a partner for years.", "02"),
        # dismissing concerns is a comment, not a rejection
        ("Iran dismissed concerns that Syria would leave.", "12"),
        # "help" not followed by the one helped
        ("Iran helped fuel the growth of Syria.", "07"),
        # travelling to no actor is no visit
        ("The Iranian train was traveling north to the coast.", "04"),
        ("The Iranian train was traveling north from Tehran to the border with Syria.", "04"),
        # "turn to" a non-actor, with an actor later in the clause
        ("Iran has turned to domestic courts to press its claims against Syria.", "02"),
        # rejecting allegations or claims that something happened is a denial (016), not 120
        ("Iran and Syria reject the claims that their ventures hurt Egypt.", "12"),
        ("Robert Gates rejected the allegations by Syria.", "12"),
        # 1.5: destroying another's rockets is no disarmament aid; committing crimes no pledge
        ("Israel destroyed Hamas rockets.", "07"),
        ("Russia committed war crimes in Syria.", "03"),
        # encouraging something is no appeal; arms that are a figure of speech are no aid
        ("The Iranian broadcasts encouraged violence against Israel.", "02"),
        ("Chile sent droves of Syrians into the arms of Egypt.", "07"),
        # stopping another's attacks is no de-escalation of one's own
        ("Russia stopped the attacks by Hamas on Israel.", "08"),
        # a deadline for no one, days given to no actor: no ultimatum
        ("Egypt set a deadline for the project.", "13"),
        ("Egypt gave the team three days to finish the report.", "13"),
        # bowing to a crowd is no concession
        ("The Iranian president bowed to the crowd.", "08"),
        # aiming at a goal, stopping work for one's health, a speech given in a city, a lawsuit
        # ignored, a degree in medicine received, talking to reporters: no event of these roots
        ("The Iranian team took aim at the goal.", "11"),
        ("The Iranian doctor had to stop working.", "14"),
        ("The Iranian speech he gave in Cairo was long.", "08"),
        ("Iran ignored the lawsuit from Egypt.", "12"),
        ("The Iranian minister received his degree in medicine from Chile.", "07"),
        ("Robert Gates told reporters to expect a decision.", "10"),
        # words far from the verb do not make its sense: a charge "in" attacks is no
        # accusation, issues taken up with someone no disapproval, a suspension of something
        # else despite attacks no de-escalation
        ("Robert Gates is charged in three Iranian attacks, including one that killed two.", "11"),
        ("Iran took her case up on several issues with Egypt.", "11"),
        ("Iran suspended the Egyptian program despite attacks from Israel.", "08"),
        ("The Iranian firm does branding for Egyptian companies.", "11"),
        ("The Iranian team joined forces with local groups.", "06"),
        # a war "on" drugs is no war; medicine practised, information given about a weapons
        # cache, protection granted are no aid
        ("The Iranian war on drugs hurt Syria.", "19"),
        (
            "Iranian doctors sent a letter to Egypt about a clinic where she practices medicine.",
            "07",
        ),
        ("Iran gave Syria false information about a weapons cache.", "07"),
        ("The Iranian player shrugged off the injury.", "12"),
        ("Iran granted the Syrian minister protection from prosecution after his help.", "07"),
        # an advertisement aimed at a record is no use of force
        ("The Iranian ads targeted Chile's security record.", "19"),
        # "hit" with no sanctions stays force; an ambassador is not a unit withdrawn (087)
        ("Iran hit the target in Israel.", "16"),
        ("Egypt withdrew its ambassador from Israel.", "08"),
        # 1.11: declining to say is declining comment, not a rejection; a document released
        # (also before its participle) is no release; a plan met with a reaction, a
        # standard met, no meeting
        ("The Chilean envoy declined to say whether Iran paid.", "12"),
        ("Robert Gates refused to identify the Syrian donors.", "12"),
        ("A video released by Hamas showed the tunnel.", "08"),
        ("The study was released by Iran on Monday.", "08"),
        ("The Israeli plan was met with skepticism in Egypt.", "04"),
        ("Iran met the conditions set by the European Union.", "04"),
        # a legal, ideological or electoral fight is no force; fighting to keep something,
        # or fighting a tax, is an effort
        ("Iran's legal battle with Chile dragged on.", "19"),
        ("Egypt's ideological fight with Israel goes on.", "19"),
        ("The Iranian lawyer fought in the courts to free the Syrian journalist.", "19"),
        ("Robert Gates fought to keep the base in Egypt.", "19"),
        ("The Chilean senator battled the new tax.", "19"),
        # the passive's subject is the object a row names: names released are information
        ("The names of the Iranian victims were not released by Israel.", "08"),
        # 1.16: an attack of an illness is no force and no words
        ("The Chilean senator prayed for the Iranian envoy to have a heart attack.", "19"),
        ("The Chilean senator prayed for the Iranian envoy to have a heart attack.", "11"),
        # an act warned against, kept from happening or abstained from is not done
        ("Egypt warned Israel against attacking Syria.", "19"),
        ("Egypt urged Israel to refrain from attacking Syria.", "19"),
        ("Egyptian police prevented Syrian protesters from storming the embassy.", "18"),
        ("Egypt cautioned China against imposing sanctions on Iran.", "16"),
        ("The Israeli troops avoided attacking Syrian civilians.", "19"),
        # a relative clause on a noun of non-reference describes whatever may come
        ("Egypt vowed to punish any Israeli unit that attacked Syria.", "19"),
        # begging the question raises one, no appeal to anyone
        ("Iran's silence begs the question of whether Syria will act.", "02"),
    ],
)
def test_no_event_sense(parse: Pipeline, text: str, not_root: str) -> None:
    assert all(not code.startswith(not_root) for _s, code, _t in coded(parse, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # recall audit: criticism, rebuttal, assault, demands, land grabs, tariffs, sinking
        ("Iran demonized Israel.", ("IRN", "111", "ISR")),
        ("Egypt disparaged Hamas.", ("EGY", "111", "PSEHMS")),
        ("China excoriated Chile.", ("CHN", "111", "CHL")),
        ("Iran's critique of Israel was sharp.", ("IRN", "111", "ISR")),
        ("Russia rebutted the allegations by Egypt.", ("RUS", "016", "EGY")),
        ("A Hamas guard punched an Israeli reporter.", ("PSEHMS", "182", "ISR")),
        ("Egypt clamored for Israeli concessions.", ("EGY", "100", "ISR")),
        ("Russia grabbed territory from Syria.", ("RUS", "192", "SYR")),
        ("The United States put tariffs on Chinese steel.", ("USA", "163", "CHN")),
        ("Israel sank the Iranian navy.", ("ISR", "190", "IRN")),
        # 1.10 idioms: criticism (111), blame (112), praise and support (051), a pledge signed
        # (057), pressure (100)
        ("Iran took on Israel over the dam.", ("IRN", "111", "ISR")),
        ("Chile took on the Syrian envoy at the summit.", ("CHL", "111", "SYR")),
        ("Egypt took Hamas to task for the delay.", ("EGY", "111", "PSEHMS")),
        ("Russia tore into the European Union.", ("RUS", "111", "IGOEU")),
        ("Hungary had harsh words for the European Union.", ("HUN", "111", "IGOEU")),
        ("Syria poured scorn on Israel.", ("SYR", "111", "ISR")),
        ("Robert Gates called Syria a disgrace.", ("USAGOV", "111", "SYR")),
        ("Iran laid the blame on Israel for the outage.", ("IRN", "112", "ISR")),
        ("Chile pinned the blame on Hungary.", ("CHL", "112", "HUN")),
        ("Russia spoke highly of China.", ("RUS", "051", "CHN")),
        ("Egypt paid tribute to Chile.", ("EGY", "051", "CHL")),
        ("Hungary threw its support behind Russia.", ("HUN", "051", "RUS")),
        ("Iran lent its support to Syria.", ("IRN", "051", "SYR")),
        ("China signed a pledge with Chile.", ("CHN", "057", "CHL")),
        ("The United States stepped up pressure on China.", ("USA", "100", "CHN")),
        # support in a defense (051), criticism fielded (111, its critic acts), a proposal
        # dismissed (120), insults hurled (111)
        ("Russia rose to the defense of Syria.", ("RUS", "051", "SYR")),
        ("Iran came to the defence of Hamas.", ("IRN", "051", "PSEHMS")),
        ("Egypt fielded sharp criticism from Chile.", ("CHL", "111", "EGY")),
        ("Hungary sang the praises of China.", ("HUN", "051", "CHN")),
        ("Syria poured cold water on the Israeli proposal.", ("SYR", "120", "ISR")),
        ("Russia slammed the door on talks with Chile.", ("RUS", "120", "CHL")),
        ("Iran hurled insults at Israel.", ("IRN", "111", "ISR")),
        ("Egypt came out against Israel.", ("EGY", "110", "ISR")),
        ("Chile came out in support of Hungary.", ("CHL", "051", "HUN")),
        # 1.12: prison and jail (173), ripping into someone (111)
        ("Egypt threw the Hamas envoy into prison.", ("EGY", "173", "PSEHMS")),
        ("Iran sent the Israeli spies to jail.", ("IRN", "173", "ISR")),
        ("Russia put the Syrian dissidents behind bars.", ("RUS", "173", "SYR")),
        ("Chile ripped into Hungary over the vote.", ("CHL", "111", "HUN")),
        # the country an ambassador is recalled from, named after "to" (161)
        ("Egypt recalled its ambassador to Israel.", ("EGY", "161", "ISR")),
        # aid stepped up is aid given (072); asylum received from a country, granted by it
        ("Egypt stepped up military aid to Syria.", ("EGY", "072", "SYR")),
        ("The Syrian general received asylum from Egypt.", ("EGY", "075", "SYR")),
        # a request denied (120), bail denied (1243), a demand ignored (124)
        ("Egypt denied the request from Hamas.", ("EGY", "120", "PSEHMS")),
        ("Iran denied bail to the Israeli spies.", ("IRN", "1243", "ISR")),
        ("Syria ignored the Egyptian demand.", ("SYR", "124", "EGY")),
        # 1.13: jibes taken at someone, sounding off on someone, questioning a party's good
        # faith (111); attacks faced from someone (190)
        ("Chile took a swipe at Hungary on Monday.", ("CHL", "111", "HUN")),
        ("Egypt took potshots at Israel.", ("EGY", "111", "ISR")),
        ("Iran sounded off on Israel.", ("IRN", "111", "ISR")),
        ("Chile questioned the sincerity of Hungary.", ("CHL", "111", "HUN")),
        ("Egypt questioned Israel's motives.", ("EGY", "111", "ISR")),
        ("Syria faced attacks from Israel.", ("ISR", "190", "SYR")),
        # criticism received, insults "of" or "against" someone (111), a hearing denied (120)
        ("Egypt received sharp criticism from Chile.", ("CHL", "111", "EGY")),
        ("Iran's insults against Israel continued.", ("IRN", "111", "ISR")),
        ("Egypt denied Hamas a hearing.", ("EGY", "120", "PSEHMS")),
        # 1.18, from the codebook's 11: rebukes drawn (the one after "from" acts), displeasure
        # voiced, objections, accusations raised, a party's logic questioned
        ("The Syrian vote drew rebukes from Chile.", ("CHL", "111", "SYR")),
        ("Israel drew the ire of Egypt over the dam.", ("EGY", "111", "ISR")),
        ("Hungary voiced displeasure with the Chinese tariffs.", ("HUN", "111", "CHN")),
        ("Egypt's objection to the Israeli plan was noted.", ("EGY", "110", "ISR")),
        ("Chile raised objections to the Syrian proposal.", ("CHL", "110", "SYR")),
        ("Iran raised accusations against Israel.", ("IRN", "112", "ISR")),
        ("Chile questioned Hungary's logic.", ("CHL", "111", "HUN")),
        # 13: threats received from someone (the sender acts), a warning to someone
        ("Egypt received death threats from Hamas.", ("PSEHMS", "130", "EGY")),
        ("Iran's warning to Israel came on Monday.", ("IRN", "130", "ISR")),
        # 16: aid cut off or pulled (162), ties cut off (161), gas deliveries halted (163)
        ("The United States cut off aid to Egypt.", ("USA", "162", "EGY")),
        ("China pulled its funding from Chile.", ("CHN", "162", "CHL")),
        ("Russia cut off ties with Hungary.", ("RUS", "161", "HUN")),
        ("Russia halted gas deliveries to Hungary.", ("RUS", "163", "HUN")),
        # 17: an indictment is a criminal charge, not a lawsuit
        ("Egypt indicted the Hamas envoy.", ("EGY", "173", "PSEHMS")),
        # 03 / 04: an invitation accepted, talks sat down for, a dialogue with someone,
        # gathering to discuss
        ("Iran accepted an invitation to visit Syria.", ("IRN", "036", "SYR")),
        ("Iran and Israel sat down for talks in Geneva.", ("IRN", "046", "ISR")),
        ("Egypt resumed its dialogue with Hamas.", ("EGY", "046", "PSEHMS")),
        ("Iranian and Syrian officials gathered to discuss the border.", ("IRN", "040", "SYR")),
        # 1.19: explosives set off (183), restrictions ignored (128), diplomats kicked or
        # thrown out (161)
        ("Hamas set off explosives in Israel.", ("PSEHMS", "183", "ISR")),
        ("Syria ignored the restrictions.", ("SYR", "128", None)),
        ("Egypt kicked out the Israeli ambassador.", ("EGY", "161", "ISR")),
        ("Chile threw out two Syrian diplomats.", ("CHL", "161", "SYR")),
        # an agreement revoked (127), concessions ruled out (124), supplies cut to someone
        # (163), broadcasts suspended (1721)
        ("Egypt revoked its agreements with Israel.", ("EGY", "127", "ISR")),
        ("Israel ruled out concessions to Hamas.", ("ISR", "124", "PSEHMS")),
        ("Russia cut gas supplies to Hungary.", ("RUS", "163", "HUN")),
        ("Egypt suspended the broadcasts of an Israeli channel.", ("EGY", "1721", "ISR")),
        # someone hit by sanctions (163)
        ("Syria was hit by Israeli sanctions.", ("ISR", "163", "SYR")),
        # a killing named by its noun, its doer after "by" (190)
        ("The killing of Syrian soldiers by Israel shocked Egypt.", ("ISR", "190", "SYR")),
    ],
)
def test_recall_audit_rows(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in coded(parse, text)


@pytest.mark.parametrize(
    "text, not_root",
    [
        ("Chile punches above its weight in Egypt.", "18"),
        ("Egypt sank the deal.", "19"),
        # "take on" a role, a tone or debt is no criticism; support lent is no loan
        ("Iran took on a larger role in Syria.", "11"),
        ("Egypt took its envoy there on Sunday to meet Hamas.", "11"),
        ("Iran lent its support to Syria.", "07"),
        # a question put to someone is no criticism
        ("Chile questioned Hungary about the vote.", "11"),
        # players kicked out are no diplomats expelled
        ("Egypt's coach kicked out three players.", "16"),
        # going somewhere to do something is a purpose
        ("Egypt went to Cairo to meet Hamas.", "04"),
        # a killing made on the market is no force
        ("Egypt made a killing on the market.", "19"),
        # a reply to words, or on a condition of no party, is no threat
        ("Egypt said any request would be met with a quick response.", "13"),
        ("Egypt said it would respond to the letter from Hamas.", "13"),
        ("Egypt said it would respond to any questions from Hamas.", "13"),
        ("Chile said it would act if the situation worsened.", "13"),
        # a threat faced is a danger, not an act of the one it comes from
        ("Egypt faced a threat from Hamas.", "13"),
        # open to an idea: no talks intended
        ("Iran is open to the idea.", "03"),
        # a participle clause of words other than disapproval, threats or coercion is a gloss
        ("Egypt met Hamas, asking it many questions.", "02"),
        ("Chile spoke in Egypt, delivering a tribute to Hungary.", "07"),
    ],
)
def test_recall_audit_no_event_sense(parse: Pipeline, text: str, not_root: str) -> None:
    assert all(not code.startswith(not_root) for _s, code, _t in coded(parse, text))


@pytest.mark.parametrize(
    "text, expected, not_code",
    [
        # an adjective of openness before talks states an intention to meet (036); of
        # opposition a refusal (125); neither is the talks themselves (046)
        ("Iran remains open to talks with Israel.", ("IRN", "036", "ISR"), "046"),
        ("Egypt is ready for dialogue with Hamas.", ("EGY", "036", "PSEHMS"), "046"),
        ("Iran remains opposed to any talks with Israel.", ("IRN", "125", "ISR"), "046"),
        # the partner of a refused or intended act with no object of its own
        # (working with someone is material cooperation: refusing it is 121)
        ("Egypt refused to work with Hamas.", ("EGY", "121", "PSEHMS"), "-"),
        # (standing with a party is support: pledging it is an intent of policy support, 032)
        ("Iran pledged to stand with Syria.", ("IRN", "032", "SYR"), "-"),
        # a participle clause after a comma tells a disapproval, threat or coercion of its own
        ("Iran condemned the raid, accusing Israel of aggression.", ("IRN", "1123", "ISR"), "-"),
        ("Syria fired a missile, threatening Israel with more.", ("SYR", "130", "ISR"), "-"),
        # an adjective of intent a "not" denies states a refusal, no intention
        ("Egypt said it was not ready to support Hamas.", ("EGY", "120", "PSEHMS"), "032"),
        ("Iran is not willing to negotiate with Israel.", ("IRN", "125", "ISR"), "036"),
        # a participle on a resolution names what its issuer did, the issuer named on it
        ("A Syrian resolution condemning Israel passed.", ("SYR", "111", "ISR"), "-"),
        ("The resolution by Egypt condemning Israel passed.", ("EGY", "111", "ISR"), "-"),
        # words recorded or posted are words too; an issuer told by a relative clause
        ("Hamas released a video threatening Israel.", ("PSEHMS", "130", "ISR"), "-"),
        (
            "Egypt cited a statement the Syrian ministry issued condemning Israel.",
            ("SYR", "111", "ISR"),
            "-",
        ),
        # a row naming its target first, read in the passive: the subject undergoes it,
        # the "by" agent (hung on the verb's "with" phrase) does it
        ("Iran was hit with new sanctions by the United States.", ("USA", "163", "IRN"), "-"),
        ("Syria was held responsible for the attack.", (None, "112", "SYR"), "190"),
        # a reply of the speaker's own, said to come on a condition, against a party or to
        # any act of force, is a threat
        ("Iran said it would respond if Israel attacked.", ("IRN", "130", "ISR"), "-"),
        ("Egypt said it would take countermeasures against Hamas.", ("EGY", "130", "PSEHMS"), "-"),
        ("Chile said it would respond to any Syrian attack.", ("CHL", "130", "SYR"), "-"),
        # any act of force "would be met with" a reply: a threat against its doer
        (
            "Iran warned that any Israeli attack would be met with force.",
            ("IRN", "130", "ISR"),
            "-",
        ),
        (
            "Egypt said any attack by Hamas would be met with a firm response.",
            ("EGY", "130", "PSEHMS"),
            "-",
        ),
        # an act accused of is still told as done (only averted ones are not)
        ("Iran accused Israel of attacking Syria.", ("ISR", "190", "SYR"), "-"),
        # with the act's doer unnamed, the warning is aimed at the one it is addressed to
        (
            "Chile warned Egypt that any attack would be met with force.",
            ("CHL", "130", "EGY"),
            "-",
        ),
        # an envoy summoned, in the passive as in the active (114); sanctions told by the
        # light verb's participle with its agent (163)
        ("The Syrian ambassador was summoned by Egypt.", ("EGY", "114", "SYR"), "-"),
        ("The sanctions, announced by Israel on Monday, took effect.", ("ISR", "163", None), "010"),
        # an infinitive after going on to an act is that act, no purpose
        ("Egypt went on to accuse Israel of aggression.", ("EGY", "1123", "ISR"), "-"),
        ("Chile proceeded to expel the Syrian envoy.", ("CHL", "161", "SYR"), "-"),
        # a participle clause after a comma is read apart from its governor's words: the
        # call stays a call beside the participle's own criticism
        (
            "Iran called for Israel to withdraw, calling Israel a disgrace.",
            ("IRN", "020", "ISR"),
            "-",
        ),
        (
            "Iran called for Israel to withdraw, calling Israel a disgrace.",
            ("IRN", "111", "ISR"),
            "-",
        ),
    ],
)
def test_stance_and_issuer_frames(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None], not_code: str
) -> None:
    got = coded(parse, text)
    assert expected in got
    assert all(code != not_code for _s, code, _t in got)


@pytest.mark.model
def test_a_slot_after_a_joined_word_reads_the_phrase_a_pronoun_owns() -> None:
    import geowire

    doc = geowire.extract(
        "Chile's president spoke with his Peruvian counterpart on Monday.", published="2024-05-02"
    )
    sides = {(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in doc.events}
    assert sides == {("CHLGOV", "040", "PERGOV"), ("PERGOV", "040", "CHLGOV")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # event nouns of acts the table codes as verbs: a rebuke (111), an invitation (020),
        # a tour of a country (042); an ambassador pulled (161)
        ("Israel issued a rebuke to Iran.", ("ISR", "111", "IRN")),
        ("Egypt extended an invitation to Israel.", ("EGY", "020", "ISR")),
        ("Robert Gates began a tour of Egypt.", ("USAGOV", "042", "EGY")),
        ("Egypt pulled its ambassador from Israel.", ("EGY", "161", "ISR")),
    ],
)
def test_event_nouns_of_coded_verbs(
    parse: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(parse, text)


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        # review29b: the row's word must head the verb's object ("=" in verbs.tsv), not
        # stand in a phrase hung on it, nor be a compound of another noun
        ("Egypt launched a charity drive for drones on Monday.", "190"),
        ("Syria launched a course to teach drones pilots.", "190"),
        ("Egypt launched an inquiry into the downing of drones over its waters.", "190"),
        ("Iran tested a new missile warning system.", "150"),
        ("Egyptian nurses tested the children for measles after the missile attack.", "150"),
        # troops moving into what is no place held make no incursion
        ("Egyptian soldiers crossed into the lake during an exercise.", "190"),
        ("Syrian troops rolled into their barracks after the parade.", "190"),
        ("The Iranian army pushed into budget reforms.", "190"),
        ("Syrian troops pushed into the crowd outside the Egyptian embassy.", "190"),
        # nor do troops crossing into a place to flee, or for an exercise
        ("Syrian soldiers crossed into Egypt to flee the war, officials said.", "190"),
        ("Egyptian troops crossed into Syria for joint exercises with Russia.", "190"),
    ],
)
def test_object_head_rows_no_event(parse: Pipeline, text: str, not_code: str) -> None:
    assert all(code != not_code for _s, code, _t in coded(parse, text))


def test_object_head_row_keeps_the_investigation(parse: Pipeline) -> None:
    assert ("EGY", "090", None) in coded(
        parse, "Egypt launched an inquiry into the downing of drones over its waters."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # 111 criticize: hammering someone for, over or on an issue, with insults, or at
        # them; savaging someone; jabbing at someone
        ("Iran hammered Israel for its vote.", ("IRN", "111", "ISR")),
        ("Iran hammered Israel over the decision.", ("IRN", "111", "ISR")),
        ("Iran hammered Israel with insults.", ("IRN", "111", "ISR")),
        ("Iran kept hammering at Israel.", ("IRN", "111", "ISR")),
        ("Iran savaged Israel on Monday.", ("IRN", "111", "ISR")),
        ("Iran jabbed at Israel on Monday.", ("IRN", "111", "ISR")),
        # unloading on, ripping, knocking on an issue, poking fun at, making fun of
        ("Iran unloaded on Israel on Monday.", ("IRN", "111", "ISR")),
        ("Iran ripped Israel on Monday.", ("IRN", "111", "ISR")),
        ("Iran knocked Israel on trade.", ("IRN", "111", "ISR")),
        ("Iran poked fun at Israel on Monday.", ("IRN", "111", "ISR")),
        ("Iran made fun of Israel on Monday.", ("IRN", "111", "ISR")),
        # 051 praise or endorse: vouching for someone, coming to someone's defense
        ("Iran vouched for Syria on Monday.", ("IRN", "051", "SYR")),
        ("Iran came to Syria's defense on Monday.", ("IRN", "051", "SYR")),
        ("Iran jabbed back at Israel on Monday.", ("IRN", "111", "ISR")),
    ],
)
def test_verbgap_rows(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in coded(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare "hammered" is shelling as often as words; a time after "for" is no issue
        "Israeli jets hammered Hamas positions for a third day.",
        "Iran has been hammering Israel for months.",
        # "at" not next to the verb: a place or a gesture's aim
        "The deal was hammered out on Sunday at Israel's embassy.",
        "Iran jabbed a finger at Israel on Monday.",
    ],
)
def test_verbgap_hammer_no_criticism(parse: Pipeline, text: str) -> None:
    assert not any(c == "111" for _, c, _ in coded(parse, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # an invitation to meet, to visit, to talks or to a ceremony offers a meeting (036)
        ("Iran invited Syria to talks on Monday.", ("IRN", "036", "SYR")),
        ("Iran invited Syria to visit Tehran.", ("IRN", "036", "SYR")),
        ("Iran invited Syria to meet in Tehran.", ("IRN", "036", "SYR")),
        ("Iran invited Syria to a signing ceremony.", ("IRN", "036", "SYR")),
        ("Iran invited Syria for a state visit.", ("IRN", "036", "SYR")),
        ("Iran invited Syria to come to Tehran.", ("IRN", "036", "SYR")),
        # consultations with someone, a news conference with someone: a consultation
        ("The consultations with Syria will continue, Iran said.", ("IRN", "040", "SYR")),
        ("Iran held a joint news conference with Syria on Monday.", ("IRN", "040", "SYR")),
    ],
)
def test_invitation_and_consultation_rows(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in coded(parse, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # only the idiom "beg the question" raises one; begging a party to answer questions
        # is an appeal
        (
            "Peru begged Chile to answer its questions about the missing sailors.",
            ("PER", "020", "CHL"),
        ),
        ("Peru begged Chile to answer questions from its parliament.", ("PER", "020", "CHL")),
        # an invitation to come to a party's aid, to come and fight, or home is no visit
        ("Iran invited Syria to come to its aid.", ("IRN", "020", "SYR")),
        ("Iran invited Syria to come and fight the rebels.", ("IRN", "020", "SYR")),
        ("Iran invited Syria to come home.", ("IRN", "020", "SYR")),
    ],
)
def test_begging_and_invitations_that_stay_appeals(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    # code and target (the parse-only fixture may leave a possessive's source unset)
    found = coded(parse, text)
    assert expected[1:] in {(c, t) for _, c, t in found}, found


def test_invitation_to_anything_else_stays_an_appeal(parse: Pipeline) -> None:
    found = coded(parse, "Iran invited Syria to join the alliance.")
    assert not any(c.startswith("03") for _, c, _ in found), found


@pytest.mark.parametrize(
    "text, expected, not_root",
    [
        # refusing to return to talks refuses to negotiate (125), no declined comment (011)
        ("Iran refused to return to talks with Israel.", ("IRN", "125", "ISR"), "01"),
        ("Hamas refused to return to the negotiating table.", ("PSEHMS", "125", None), "01"),
        # returning to talks is resuming them (046)
        ("Israel returned to talks with Hamas.", ("ISR", "046", "PSEHMS"), "12"),
    ],
)
def test_talks_refused_or_returned_to(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None], not_root: str
) -> None:
    got = coded(parse, text)
    assert expected in got
    assert all(not code.startswith(not_root) for _s, code, _t in got)


@pytest.mark.parametrize(
    "text, not_root",
    [
        # talking to reporters declined is declined comment; a trip back is no talks resumed
        ("Iran declined to talk to reporters.", "12"),
        ("The Iranian envoy returned to Tehran after the talks.", "04"),
    ],
)
def test_talks_no_event_sense(parse: Pipeline, text: str, not_root: str) -> None:
    assert all(not code.startswith(not_root) for _s, code, _t in coded(parse, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ambassador, envoy or diplomats ordered or told to leave: expelled (161), no
        # demand (100)
        ("Egypt ordered the Israeli ambassador to leave.", ("EGY", "161", "ISR")),
        ("Chile told two Syrian diplomats to leave the country.", ("CHL", "161", "SYR")),
    ],
)
def test_envoys_ordered_out(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    got = coded(parse, text)
    assert expected in got
    assert all(not code.startswith("10") for _s, code, _t in got)


def test_residents_ordered_out_no_expulsion(parse: Pipeline) -> None:
    got = coded(parse, "Israel ordered Syrian residents to leave the border area.")
    assert all(not code.startswith("16") for _s, code, _t in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vow to crush or wipe out a party threatens force (138); one to block or go after
        # it threatens (130): no intention to cooperate (030)
        ("Syria vowed to crush Egypt.", ("SYR", "138", "EGY")),
        ("Egypt pledged to annihilate Syria.", ("EGY", "138", "SYR")),
        ("Chile promised to block Hungary's nominee.", ("CHL", "130", "HUN")),
        ("Israel vowed to go after Hamas.", ("ISR", "130", None)),
    ],
)
def test_hostile_vows_threaten(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    got = coded(parse, text)
    assert expected in got
    assert all(not code.startswith("03") for _s, code, _t in got)


def test_envoy_ordered_out_of_a_meeting_no_expulsion(parse: Pipeline) -> None:
    got = coded(parse, "Chile ordered the Peruvian ambassador to leave the meeting.")
    assert all(not code.startswith("16") for _s, code, _t in got)


def test_agreement_struck_down_is_no_agreement(parse: Pipeline) -> None:
    got = coded(parse, "A court in Peru struck down the deal between Chile and Hungary.")
    assert all(not code.startswith("05") for _s, code, _t in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        # blows by a bomb or armed means, passive or with the means after "with" (183, 190)
        ("Syria was hit by Israeli missiles.", ("ISR", "190", "SYR")),
        ("Israel hit Syria with missiles.", ("ISR", "190", "SYR")),
        ("Hamas was hit by a car bomb.", (None, "183", "PSEHMS")),
        # a sentence or a fine imposed on someone (173, 172)
        ("Egypt imposed a death sentence on Hamas.", ("EGY", "173", "PSEHMS")),
    ],
)
def test_recall36_rows(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in coded(parse, text)


@pytest.mark.parametrize(
    "text", ["Egypt imposed a fine on Hamas.", "Egypt forbade Hamas to hold rallies."]
)
def test_recall36_restrictions(parse: Pipeline, text: str) -> None:
    # a fine imposed, a party forbidden to act: administrative sanctions (172), read as
    # 163 when put on a foreign party
    found = coded(parse, text)
    assert any(s == "EGY" and c[:2] in ("16", "17") and t == "PSEHMS" for s, c, t in found)


@pytest.mark.parametrize(
    "text, not_root",
    [
        ("Hungary was hit by sanctions.", "19"),
        ("Hungary was hit by a storm.", "19"),
        ("God forbid that Hungary should lose.", "17"),
    ],
)
def test_recall36_no_event_sense(parse: Pipeline, text: str, not_root: str) -> None:
    assert not any(c.startswith(not_root) for _s, c, _t in coded(parse, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # control of a place lost to a party: the one after "to" takes it (192); a town
        # or a base that falls to an armed party is taken by it
        ("Egypt lost control of the town to Hamas.", ("PSEHMS", "192", "EGY")),
        ("The airport fell to Hamas fighters.", ("PSEHMS", "192", None)),
        ("Egypt regained control of the town from Hamas.", ("EGY", "192", "PSEHMS")),
        # armed means used against a party, going to war, troops moving in on a party (190)
        ("Syrian troops used artillery and tanks against Hamas.", ("SYR", "190", "PSEHMS")),
        # by police against protesters it is repression (175)
        ("Syrian police used live ammunition against Hamas protesters.", ("SYR", "175", "PSEHMS")),
        ("Egypt went to war with Israel.", ("EGY", "190", "ISR")),
        ("Iran and Syria went to war.", ("IRN", "190", "SYR")),
        ("Syrian troops are moving in on Hamas.", ("SYR", "190", "PSEHMS")),
        # forces that abandon their positions retreat (0874); police who stop people from
        # entering a place restrict their movement (191)
        ("Syrian troops abandoned their positions.", ("SYR", "0874", None)),
        (
            "Chinese police stopped Iranian pilgrims from entering the square.",
            ("CHN", "191", "IRN"),
        ),
    ],
)
def test_verbs38_conflict_rows(
    parse: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in coded(parse, text)


@pytest.mark.parametrize(
    "text, not_root",
    [
        # control of a chamber or a company lost at the polls or to investors is no occupation
        ("Hungary lost control of the Senate to Chile.", "19"),
        # a task or a share that falls to someone is no place taken
        ("The task fell to Russia.", "19"),
        # a law or words used against a party are no force
        ("Egypt used the law against Hamas.", "19"),
        ("Chile stopped Iran from entering the market.", "19"),
    ],
)
def test_verbs38_no_event_sense(parse: Pipeline, text: str, not_root: str) -> None:
    assert not any(c.startswith(not_root) for _s, c, _t in coded(parse, text))
