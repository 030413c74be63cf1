"""A synthetic news corpus with labelled near-duplicates, for the store benchmark.

    python benchmarks/corpus.py OUT_DIR [--stories 900] [--seed 7]

writes ``OUT_DIR/corpus.jsonl`` (one article a line: id, title, text, published,
source, url) and ``OUT_DIR/labels.jsonl`` (per article: its ``story`` and, for
a variant, the ``variant`` kind). Every sentence is generated here from
templates with real country and leader names; no published text is used.

Articles of one story are near-duplicates of each other: wire copies with a
new dateline and headline, lightly edited versions, updates with added
paragraphs, cut versions, reordered ones, and heavily edited ones (a third of
the body rewritten: the hard case). Follow-up stories (same actors,
same kind of event, a few days later, written afresh) are hard negatives: they
share the vocabulary and the actors but are different articles. Rewrites (the
same event, same day, written afresh by another outlet) are not near-duplicates
either, but their events are the original's events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

# (country, adjective, leader title and name, capital, a second city)
COUNTRIES = [
    ("the United States", "American", "President George W. Bush", "Washington", "New York"),
    ("Iran", "Iranian", "President Mahmoud Ahmadinejad", "Tehran", "Isfahan"),
    ("Iraq", "Iraqi", "Prime Minister Nouri al-Maliki", "Baghdad", "Basra"),
    ("Syria", "Syrian", "President Bashar al-Assad", "Damascus", "Aleppo"),
    ("Israel", "Israeli", "Prime Minister Ehud Olmert", "Jerusalem", "Haifa"),
    ("Egypt", "Egyptian", "President Hosni Mubarak", "Cairo", "Alexandria"),
    ("Saudi Arabia", "Saudi", "King Abdullah", "Riyadh", "Jeddah"),
    ("Turkey", "Turkish", "Prime Minister Recep Tayyip Erdogan", "Ankara", "Istanbul"),
    ("Russia", "Russian", "President Vladimir Putin", "Moscow", "St. Petersburg"),
    ("China", "Chinese", "President Hu Jintao", "Beijing", "Shanghai"),
    ("Japan", "Japanese", "Prime Minister Yasuo Fukuda", "Tokyo", "Osaka"),
    ("India", "Indian", "Prime Minister Manmohan Singh", "New Delhi", "Mumbai"),
    ("Pakistan", "Pakistani", "President Pervez Musharraf", "Islamabad", "Karachi"),
    ("Afghanistan", "Afghan", "President Hamid Karzai", "Kabul", "Kandahar"),
    ("France", "French", "President Nicolas Sarkozy", "Paris", "Marseille"),
    ("Germany", "German", "Chancellor Angela Merkel", "Berlin", "Munich"),
    ("Britain", "British", "Prime Minister Gordon Brown", "London", "Manchester"),
    ("Venezuela", "Venezuelan", "President Hugo Chavez", "Caracas", "Maracaibo"),
    ("Colombia", "Colombian", "President Alvaro Uribe", "Bogota", "Medellin"),
    ("Brazil", "Brazilian", "President Luiz Inacio Lula da Silva", "Brasilia", "Sao Paulo"),
    ("Sudan", "Sudanese", "President Omar al-Bashir", "Khartoum", "Port Sudan"),
    ("Kenya", "Kenyan", "President Mwai Kibaki", "Nairobi", "Mombasa"),
    ("Nigeria", "Nigerian", "President Umaru Yar'Adua", "Abuja", "Lagos"),
    ("South Africa", "South African", "President Thabo Mbeki", "Pretoria", "Johannesburg"),
    ("Lebanon", "Lebanese", "Prime Minister Fouad Siniora", "Beirut", "Tripoli"),
    ("Jordan", "Jordanian", "King Abdullah II", "Amman", "Aqaba"),
    ("North Korea", "North Korean", "leader Kim Jong-il", "Pyongyang", "Kaesong"),
    ("South Korea", "South Korean", "President Roh Moo-hyun", "Seoul", "Busan"),
    ("Ukraine", "Ukrainian", "President Viktor Yushchenko", "Kiev", "Kharkiv"),
    ("Georgia", "Georgian", "President Mikheil Saakashvili", "Tbilisi", "Batumi"),
]
FIRST = (
    "Ahmed Maria John Li Sergei Fatima David Elena Omar Hassan Anna Carlos Yuki Raj Amina "
    "Pierre Ingrid Kwame Tomas Leila Ivan Nadia Samuel Mei Jorge Aisha Peter Olga Daniel Sara"
).split()
LAST = (
    "Khalil Novak Okafor Haddad Petrov Tanaka Mendes Rahman Schmidt Dubois Kowalski Singh "
    "Moreno Yilmaz Costa Nasser Ivanova Osei Lindqvist Farouk Chen Alvarez Mwangi Rossi "
    "Kaplan Bakr Sato Hughes Abadi Rojas"
).split()
ROLES = [
    "foreign minister",
    "defence minister",
    "government spokesman",
    "senior diplomat",
    "opposition leader",
    "military commander",
    "trade minister",
    "ambassador",
    "interior minister",
    "presidential adviser",
]
AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "DPA", "ANSA", "EFE", "Kyodo", "IRNA", "UPI"]
SOURCES = [
    "globe-wire",
    "daily-courier",
    "world-desk",
    "evening-post",
    "the-monitor",
    "news-24",
    "capital-times",
    "herald-online",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Story kinds: a headline, a lead, and a pool of body sentences (some kind-specific).
KINDS: dict[str, dict[str, list[str]]] = {
    "meet": {
        "head": [
            "{A_leader} meets {B_adj} counterpart in {city}",
            "{A_adj} and {B_adj} leaders hold talks in {city}",
        ],
        "lead": [
            "{A_leader} met {B_leader} in {city} on {day} for talks on {topic}.",
            "{A_adj} and {B_adj} leaders held talks in {city} on {day}, focusing on {topic}.",
        ],
    },
    "agree": {
        "head": [
            "{A} and {B} sign {topic} accord",
            "{A_adj}-{B_adj} deal on {topic} signed in {city}",
        ],
        "lead": [
            "{A} and {B} signed an agreement on {topic} in {city} on {day}.",
            "Officials from {A} and {B} put their names to a deal on {topic} on {day} in {city}.",
        ],
    },
    "accuse": {
        "head": [
            "{A} accuses {B} of undermining {topic}",
            "{A_adj} officials blame {B} over {topic}",
        ],
        "lead": [
            "{A} accused {B} on {day} of undermining efforts on {topic}.",
            "{A_adj} officials blamed {B} on {day} for the collapse of talks on {topic}.",
        ],
    },
    "sanction": {
        "head": ["{A} imposes new sanctions on {B}", "{A_adj} sanctions target {B_adj} firms"],
        "lead": [
            "{A} imposed new sanctions on {B} on {day}, citing its record on {topic}.",
            "{A_adj} authorities announced sanctions against {num} {B_adj} companies on {day}.",
        ],
    },
    "attack": {
        "head": [
            "{A_adj} forces strike {B_adj} positions near {city2}",
            "Clashes on {A_adj}-{B_adj} border kill {num}",
        ],
        "lead": [
            "{A_adj} forces attacked {B_adj} positions near {city2} on {day}, killing {num} "
            "people, officials said.",
            "At least {num} people were killed on {day} when {A_adj} troops clashed with "
            "{B_adj} forces near {city2}.",
        ],
    },
    "protest": {
        "head": [
            "Thousands protest in {city} against {B_adj} policy",
            "{A_adj} protesters march on {B_adj} embassy",
        ],
        "lead": [
            "Thousands of {A_adj} protesters marched to the {B_adj} embassy in {city} on {day} "
            "to denounce its policy on {topic}.",
            "Police in {city} said some {num}00 people demonstrated on {day} against {B}.",
        ],
    },
    "aid": {
        "head": ["{A} pledges aid to {B}", "{A_adj} aid package for {B} approved"],
        "lead": [
            "{A} pledged {num} million dollars in aid to {B} on {day} to support {topic}.",
            "{A_adj} officials approved an aid package for {B} worth {num} million dollars "
            "on {day}.",
        ],
    },
    "threaten": {
        "head": ["{A} warns {B} over {topic}", "{A_leader} threatens action against {B}"],
        "lead": [
            "{A_leader} warned {B} on {day} that it would face consequences over {topic}.",
            "{A} threatened on {day} to cut ties with {B} unless it changed course on {topic}.",
        ],
    },
}
TOPICS = [
    "border security",
    "the nuclear programme",
    "energy supplies",
    "refugees",
    "water rights",
    "trade and investment",
    "arms control",
    "counter-terrorism cooperation",
    "the disputed territory",
    "oil exports",
    "human rights",
    "regional stability",
]
BODY = [
    "{person}, the {A_adj} {role}, told reporters that the two sides had {verb} {topic}.",
    "{person}, a {B_adj} {role}, said {B} would {respond} within {num} days.",
    "The {weekday} meeting followed {num} weeks of contacts between officials of both countries.",
    "Analysts in {city} said the move could {effect} relations between {A} and {B}.",
    "{B_adj} state media described the step as {adjective} and called for {demand}.",
    "Diplomats said further talks were planned in {city2} before the end of the month.",
    "{A} and {B} have {history} over {topic} for several years.",
    "The United Nations urged both sides to {demand_verb} and to avoid any escalation.",
    "Trade between the two countries reached {num} billion dollars last year, according to "
    "official figures.",
    "{person} said in a statement that {A} remained committed to {topic}.",
    "Opposition groups in {B} criticised the government's handling of {topic}.",
    "Security was tight in {city}, where police closed several roads near government offices.",
    "A spokesman for the {B_adj} {ministry} ministry declined to comment on {weekday}.",
    "The {A_adj} {ministry} ministry said {num} officials had taken part in the discussions.",
    "Observers noted that {A_leader} had visited {B} only once since taking office.",
    "Markets in {city2} reacted {market} to the news, with the main index {moving} {num} percent.",
    "Neighbouring states called for restraint and offered to {mediate}.",
    "Earlier this year, {A} and {B} exchanged envoys after a long break in relations.",
]
FILL = {
    "verb": ["discussed", "made progress on", "failed to agree on", "reviewed", "settled"],
    "respond": ["respond", "reply formally", "study the proposal", "consult its allies"],
    "effect": ["strengthen", "damage", "reshape", "test", "ease strains in"],
    "adjective": ["unacceptable", "a positive sign", "provocative", "overdue", "historic"],
    "demand": ["an apology", "more dialogue", "international mediation", "an inquiry"],
    "demand_verb": ["show restraint", "return to negotiations", "respect earlier agreements"],
    "history": ["quarrelled", "negotiated", "cooperated closely", "clashed repeatedly"],
    "ministry": ["foreign", "defence", "trade", "interior", "energy"],
    "market": ["calmly", "nervously", "positively", "sharply"],
    "moving": ["rising", "falling", "slipping", "gaining"],
    "mediate": ["host talks", "mediate", "send observers", "provide guarantees"],
}
UPDATES = [
    "Later on {weekday}, {person} said a joint committee would meet again in {city2}.",
    "In a further statement, the {B_adj} {ministry} ministry said it was studying the text.",
    "The death toll rose to {num} by the evening, hospital officials said.",
    "{B_leader} was expected to address parliament on the issue within days.",
    "This story has been updated with comments from {B_adj} officials.",
]
SYNONYMS = {
    "said": "stated",
    "told": "informed",
    "officials": "authorities",
    "talks": "negotiations",
    "countries": "nations",
    "several": "a number of",
    "planned": "scheduled",
    "criticised": "condemned",
    "called for": "demanded",
    "killed": "left dead",
}


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    published: str
    source: str
    url: str
    story: str
    variant: str

    def record(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "published": self.published,
            "source": self.source,
            "url": self.url,
        }


def _slots(rng: random.Random, a: tuple, b: tuple, day: dt.date) -> dict[str, str]:
    slots = {
        "A": a[0],
        "A_adj": a[1],
        "A_leader": f"{a[1]} {a[2]}",
        "B": b[0],
        "B_adj": b[1],
        "B_leader": f"{b[1]} {b[2]}",
        "city": rng.choice([a[3], b[3]]),
        "city2": rng.choice([a[4], b[4]]),
        "topic": rng.choice(TOPICS),
        "day": WEEKDAYS[day.weekday()],
        "weekday": WEEKDAYS[day.weekday()],
    }
    return slots


def _fill(template: str, slots: dict[str, str], rng: random.Random) -> str:
    values = dict(slots)
    values["num"] = str(rng.randint(2, 60))
    values["person"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    values["role"] = rng.choice(ROLES)
    for key, options in FILL.items():
        values[key] = rng.choice(options)
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _story(
    rng: random.Random,
    story_id: str,
    day: dt.date,
    a: tuple,
    b: tuple,
    kind: str,
    slots: dict[str, str] | None = None,
):
    slots = slots or _slots(rng, a, b, day)
    title = _fill(rng.choice(KINDS[kind]["head"]), slots, rng)
    lead = _fill(rng.choice(KINDS[kind]["lead"]), slots, rng)
    body = [_fill(t, slots, rng) for t in rng.sample(BODY, rng.randint(6, 10))]
    return title, [lead, *body], slots


def _id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _article(story, variant, title, sentences, day, rng, dateline=None) -> Article:
    paragraphs = []
    for i in range(0, len(sentences), 2):
        paragraphs.append(" ".join(sentences[i : i + 2]))
    text = "\n\n".join(paragraphs)
    if dateline:
        text = dateline + text
    source = rng.choice(SOURCES)
    aid = _id(f"{story}|{variant}|{text}")
    return Article(
        id=aid,
        title=title,
        text=text,
        published=day.isoformat(),
        source=source,
        url=f"https://{source}.example/{day:%Y/%m/%d}/{aid}",
        story=story,
        variant=variant,
    )


def _edit(sentence: str, rng: random.Random) -> str:
    for old, new in SYNONYMS.items():
        if old in sentence and rng.random() < 0.5:
            sentence = sentence.replace(old, new, 1)
    return sentence


def variants(
    rng: random.Random, base: Article, title: str, sentences: list[str], slots: dict[str, str]
) -> list[Article]:
    """Near-duplicate versions of one story, each labelled with its kind."""
    day = dt.date.fromisoformat(base.published)
    city = slots["city"].upper()
    out = []
    kinds = rng.sample(["wire", "edit", "update", "cut", "reorder", "heavy"], rng.randint(1, 3))
    for kind in kinds:
        if kind == "wire":
            agency = rng.choice(AGENCIES)
            new_title = f"{slots['A_adj']} move on {slots['topic']}: {title}"
            sents = [*sentences, f"({agency} reporting; editing by {rng.choice(LAST)})"]
            out.append(
                _article(base.story, kind, new_title, sents, day, rng, f"{city} ({agency}) - ")
            )
        elif kind == "edit":
            sents = [_edit(s, rng) for s in sentences]
            out.append(_article(base.story, kind, title, sents, day, rng))
        elif kind == "update":
            extra = [_fill(t, slots, rng) for t in rng.sample(UPDATES, rng.randint(1, 3))]
            later = day + dt.timedelta(days=rng.choice([0, 0, 1]))
            out.append(
                _article(base.story, kind, "UPDATE 1-" + title, [*sentences, *extra], later, rng)
            )
        elif kind == "cut":
            keep = max(3, int(len(sentences) * rng.uniform(0.6, 0.8)))
            out.append(_article(base.story, kind, title, sentences[:keep], day, rng))
        elif kind == "heavy":  # rewritten in part: a third of the body replaced
            body = list(sentences[1:])
            for i in rng.sample(range(len(body)), max(1, len(body) // 3)):
                body[i] = _fill(rng.choice(BODY), slots, rng)
            sents = [_edit(sentences[0], rng), *body]
            out.append(_article(base.story, kind, title, sents, day, rng))
        else:
            sents = [sentences[0], *rng.sample(sentences[1:], len(sentences) - 1)]
            out.append(_article(base.story, kind, title, sents, day, rng, f"{city} - "))
    return out


def generate(stories: int = 900, seed: int = 7, variant_share: float = 0.35) -> list[Article]:
    """The corpus: ``stories`` original articles, variants of a share of them, and
    follow-up stories (hard negatives) for a tenth of them."""
    rng = random.Random(seed)
    start = dt.date(2007, 1, 1)
    articles: list[Article] = []
    for n in range(stories):
        a, b = rng.sample(COUNTRIES, 2)
        kind = rng.choice(list(KINDS))
        day = start + dt.timedelta(days=rng.randint(0, 540))
        story = f"s{n:05d}"
        title, sentences, slots = _story(rng, story, day, a, b, kind)
        base = _article(story, "original", title, sentences, day, rng)
        articles.append(base)
        if rng.random() < variant_share:
            articles += variants(rng, base, title, sentences, slots)
        if rng.random() < 0.15:  # the same event written up afresh by another outlet
            later = day + dt.timedelta(days=rng.choice([0, 0, 1]))
            t3, s3, _ = _story(rng, f"{story}r", day, a, b, kind, slots=slots)
            articles.append(_article(f"{story}r", "rewrite", t3, s3, later, rng))
        if rng.random() < 0.1:  # a follow-up: same actors and kind, a new article
            later = day + dt.timedelta(days=rng.randint(2, 6))
            t2, s2, _ = _story(rng, f"{story}f", later, a, b, kind)
            articles.append(_article(f"{story}f", "followup", t2, s2, later, rng))
    rng.shuffle(articles)
    return articles


def write(out: Path, articles: list[Article]) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    corpus, labels = out / "corpus.jsonl", out / "labels.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(art.record(), ensure_ascii=False) + "\n")
    with labels.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps({"id": art.id, "story": art.story, "variant": art.variant}) + "\n")
    return corpus, labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--stories", type=int, default=900)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    articles = generate(args.stories, args.seed)
    corpus, labels = write(args.out, articles)
    n_var = sum(a.variant not in ("original", "followup") for a in articles)
    print(f"{len(articles)} articles ({n_var} near-duplicate variants) -> {corpus}, {labels}")


if __name__ == "__main__":
    main()
