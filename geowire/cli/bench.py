"""``geowire bench``: geowire's whole pipeline against bare spaCy on the same text.

The corpus is generated (seeded, so every run measures the same text): news-like
articles with officials, states and organisations, events, quotes, dates and
places, mixed with background sentences that hold no event, as real news does; or,
with ``--corpus FILE``, real articles read as ``geowire extract`` reads them.

In one run it measures, with the same model:

- bare spaCy: ``nlp.pipe(texts)`` with the model's full default pipeline;
- geowire: the whole pipeline (clean, nlp, actors, times, places, quotes, events);

alternating them ``--repeat`` times in this process (timings on a shared
machine are noisy: the spread is printed), then geowire in ``--workers``
processes (and in one, for the scaling), with each worker's peak memory.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

import typer

__all__ = ["register", "generate_corpus", "run_benchmark", "BenchResult", "Measure"]

# ---------------------------------------------------------------------------
# the corpus

_STATES = [
    ("Iraq", "Iraqi", "Baghdad"),
    ("Iran", "Iranian", "Tehran"),
    ("Syria", "Syrian", "Damascus"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Turkey", "Turkish", "Ankara"),
    ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("India", "Indian", "New Delhi"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Japan", "Japanese", "Tokyo"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("the United States", "U.S.", "Washington"),
]
_TITLES = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defense Minister",
    "Interior Minister",
    "Vice President",
    "opposition leader",
    "army chief",
    "National Security Adviser",
]
_FIRST = [
    "Ahmed", "Maria", "John", "Li", "Fatima", "Sergei", "Amina", "Carlos", "Yusuf", "Anna",
    "David", "Nadia", "Hassan", "Elena", "Tariq", "Robert", "Leila", "Pierre", "Kenji", "Olga",
]  # fmt: skip
_LAST = [
    "al-Rashid", "Petrov", "Okafor", "Mendes", "Haddad", "Schmidt", "Nakamura", "Kovalenko",
    "Farouk", "Dubois", "Ibrahim", "Castillo", "Wang", "Mwangi", "Rahman", "Levy", "Yilmaz",
]  # fmt: skip
_ORGS = [
    "the United Nations",
    "NATO",
    "the European Union",
    "the African Union",
    "the Arab League",
    "the International Atomic Energy Agency",
    "the World Bank",
    "Hamas",
    "Hezbollah",
    "the Red Cross",
]
_GROUPS = ["rebels", "protesters", "police", "troops", "militants", "opposition supporters"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "March", "April", "June", "August", "October", "November", "December"]
_WHEN = [
    "on {day}",
    "last week",
    "on {month} {n}",
    "two days ago",
    "earlier this month",
    "on {day} night",
    "in {month}",
    "next week",
    "four years ago",
]
_EVENTS = [
    "{a} met with {b} in {city} {when} to discuss the crisis.",
    "{a} accused {b} of supporting armed groups along the border.",
    "{a} urged {b} to resume talks on the disputed region {when}.",
    "{a} condemned the attack and called on {b} to act.",
    "{a} signed a trade agreement with {b} {when}.",
    "{a} threatened to impose new sanctions on {b}.",
    "{a} praised {b} for its help in the negotiations.",
    "{g} clashed with {g2} in {city} {when}, leaving at least {n} people dead.",
    "{a} rejected a proposal by {b} for a ceasefire.",
    "{a} expelled two diplomats from {b} {when}.",
    "{a} offered humanitarian aid to {b} after the floods.",
    "{a} will visit {city} {when} for talks with {b}.",
    "{g} attacked a police station near {city} {when}.",
    "{a} arrested {n} suspected militants in {city}.",
    "{a} denied that it had sent troops to help {b}.",
]
_QUOTES = [
    '"We will not accept any interference in our internal affairs," {p} told reporters.',
    '"This is a step toward peace," {p} said.',
    "{p} said that the talks had been constructive and would continue {when}.",
    '"The situation is very serious," {p} said in a statement {when}. "We are ready to act."',
    "{p} told state television that {b} must respect the agreement.",
    "According to {p}, the two sides agreed to meet again {when}.",
    '"There is no military solution," said {p}.',
]
_BACKGROUND = [
    "The region has been unstable for years.",
    "Oil prices rose by {n} percent in early trading.",
    "The economy grew more slowly than expected in the last quarter.",
    "The talks are expected to last several days.",
    "Many residents have left the area since the fighting began.",
    "The report did not give further details.",
    "Analysts say the move could complicate efforts to reach a settlement.",
    "Thousands of people gathered in the main square of {city}.",
    "The country is home to about {n} million people.",
    "Schools and shops remained closed for a second day.",
    "It was not immediately clear who was behind the attack.",
    "The government has faced growing criticism over rising food prices.",
]


def _person(rng: random.Random) -> str:
    country, adj, _ = rng.choice(_STATES)
    return f"{adj} {rng.choice(_TITLES)} {rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _actor(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return _person(rng)
    if r < 0.65:
        return rng.choice(_STATES)[0]
    if r < 0.85:
        return rng.choice(_ORGS)
    return f"the {rng.choice(_STATES)[1]} government"


def _when(rng: random.Random) -> str:
    return rng.choice(_WHEN).format(
        day=rng.choice(_DAYS), month=rng.choice(_MONTHS), n=rng.randint(1, 28)
    )


def _fill(template: str, rng: random.Random) -> str:
    a, b = _actor(rng), _actor(rng)
    g, g2 = rng.sample(_GROUPS, 2)
    text = template.format(
        a=a,
        b=b,
        p=_person(rng),
        g=g,
        g2=g2,
        city=rng.choice(_STATES)[2],
        when=_when(rng),
        n=rng.randint(2, 90),
    )
    return text[0].upper() + text[1:]


def generate_corpus(n: int, *, seed: int = 7, words: int = 450) -> list[dict[str, Any]]:
    """``n`` news-like articles of about ``words`` words (JSONL-style records)."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        target = int(words * rng.uniform(0.6, 1.4))
        paragraphs: list[str] = []
        count = 0
        while count < target:
            sentences = []
            for _ in range(rng.randint(1, 4)):
                r = rng.random()
                pool = _EVENTS if r < 0.4 else _QUOTES if r < 0.6 else _BACKGROUND
                sentences.append(_fill(rng.choice(pool), rng))
            para = " ".join(sentences)
            count += len(para.split())
            paragraphs.append(para)
        year, month, day = 2000 + rng.randint(0, 24), rng.randint(1, 12), rng.randint(1, 28)
        docs.append(
            {
                "id": f"bench-{i:06d}",
                "title": _fill(rng.choice(_EVENTS), rng).rstrip("."),
                "published": f"{year:04d}-{month:02d}-{day:02d}",
                "text": "\n\n".join(paragraphs),
            }
        )
    return docs


# ---------------------------------------------------------------------------
# measuring


@dataclass(frozen=True)
class Measure:
    """One timed pass over the corpus."""

    name: str
    seconds: float
    words: int
    docs: int
    peak_rss_mb: tuple[float, ...] = ()
    startup_seconds: float = 0.0
    cpu_seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def docs_per_hour(self) -> float:
        return self.docs_per_second * 3600


@dataclass(frozen=True)
class BenchResult:
    docs: int
    words: int
    spacy: tuple[Measure, ...]
    geowire: tuple[Measure, ...]
    pools: tuple[Measure, ...] = field(default=())
    single_process_rss_mb: float = 0.0

    @property
    def ratios(self) -> list[float]:
        """geowire / bare spaCy throughput per pass, by wall-clock time."""
        return [
            g.words_per_second / s.words_per_second
            for s, g in zip(self.spacy, self.geowire, strict=True)
        ]

    @property
    def cpu_ratios(self) -> list[float]:
        """geowire / bare spaCy throughput per pass, by this process's CPU time."""
        return [
            g.words_per_cpu_second / s.words_per_cpu_second
            for s, g in zip(self.spacy, self.geowire, strict=True)
        ]


def _records(corpus: Sequence[dict[str, Any]]) -> list[Any]:
    import datetime as dt

    from ..ingest import Record

    return [
        Record(
            id=d["id"],
            text=d["text"],
            title=d.get("title"),
            published=dt.date.fromisoformat(d["published"]),
            origin=f"bench:{d['id']}",
        )
        for d in corpus
    ]


def _timed(fn: Callable[[], int]) -> tuple[float, float, int]:
    """Wall-clock seconds, this process's CPU seconds, and fn's count."""
    start, cpu = time.perf_counter(), time.process_time()
    n = fn()
    return time.perf_counter() - start, time.process_time() - cpu, n


def run_benchmark(
    *,
    docs: int = 200,
    workers: int = 1,
    repeat: int = 3,
    model: str | None = None,
    batch_size: int | None = None,
    seed: int = 7,
    corpus: Sequence[str] | None = None,
    report: Callable[[str], None] = lambda _: None,
    settle: bool = False,
) -> BenchResult:
    """Bare spaCy and geowire on the same corpus: generated, or the records read from the
    files ``corpus`` (real articles); see the module docstring. ``settle``: freeze both
    loaded pipelines out of garbage collection before measuring, as the ``geowire``
    program and its workers do (:func:`geowire.work.settle_heap`)."""
    import spacy

    from ..config import Config
    from ..errors import InputError
    from ..ingest import BadRecord
    from ..parallel import ProcessPool, WorkerInfo, peak_rss_mb
    from ..pipeline import Pipeline
    from ..runner import run

    config = Config(model=model) if model else Config()
    if batch_size:
        config = config.replace(batch_size=batch_size)
    if corpus:
        from ..ingest import iter_records

        records = [r for r in iter_records(list(corpus)) if not isinstance(r, BadRecord)]
        if docs and len(records) > docs:
            records = records[:docs]
        if not records:
            raise InputError(f"no readable article in {', '.join(corpus)}")
        texts = [r.text for r in records]
        words = sum(len(t.split()) for t in texts)
        report(f"corpus: {len(records)} articles from {', '.join(corpus)}, {words:,} words")
    else:
        generated = generate_corpus(docs, seed=seed)
        texts = [d["text"] for d in generated]
        records = _records(generated)
        words = sum(len(t.split()) for t in texts)
        report(f"corpus: {docs} articles, {words:,} words (seed {seed})")

    bare = spacy.load(config.model)
    pipe = Pipeline(config)
    # warm both (first calls compile matchers, fill caches)
    list(bare.pipe(texts[:3]))
    list(run(pipe, records[:3]))
    if settle:
        from ..work import settle_heap

        settle_heap()

    def run_bare() -> int:
        return sum(1 for _ in bare.pipe(texts, batch_size=config.batch_size))

    def run_geowire() -> int:
        out = list(run(pipe, records))
        bad = [r for r in out if isinstance(r, BadRecord)]
        if bad:
            raise InputError(f"{len(bad)} benchmark records failed: {bad[0].error}")
        return len(out)

    sp: list[Measure] = []
    gw: list[Measure] = []
    for i in range(repeat):
        order = [("spacy", run_bare, sp), ("geowire", run_geowire, gw)]
        if i % 2:
            order.reverse()
        for name, fn, into in order:
            seconds, cpu, n = _timed(fn)
            into.append(Measure(name, seconds, words, n, cpu_seconds=cpu))
            report(
                f"  pass {i + 1} {name:8s} {words / seconds:8,.0f} words/s, "
                f"{words / cpu:8,.0f} words/CPU-s"
            )
    single_rss = peak_rss_mb()

    pools: list[Measure] = []
    counts = sorted({1, workers}) if workers > 1 else [1]
    for n_workers in counts:
        info: list[WorkerInfo] = []
        begin = time.perf_counter()
        marks: list[float] = []

        def mark_ready(marks: list[float] = marks) -> None:
            marks.append(time.perf_counter())

        # a worker process even for 1 worker, so start-up and memory are measured alike
        pool = ProcessPool(n_workers, in_flight=2 * n_workers, info=info, ready=mark_ready)
        n = sum(1 for _ in run(config, records, executor=pool))
        end = time.perf_counter()
        start = marks[0] if marks else begin
        seconds = end - start
        pools.append(
            Measure(
                f"geowire x{n_workers}",
                seconds,
                words,
                n,
                tuple(w.peak_rss_mb for w in info),
                startup_seconds=start - begin,
                cpu_seconds=sum(w.cpu_seconds for w in info),
            )
        )
        report(
            f"  geowire --workers {n_workers}: {words / seconds:8,.0f} words/s "
            f"(start-up {start - begin:.1f}s not counted)"
        )
    return BenchResult(len(records), words, tuple(sp), tuple(gw), tuple(pools), single_rss)


def _spread(values: Sequence[float]) -> str:
    med = statistics.median(values)
    return f"{med:,.0f} (min {min(values):,.0f}, max {max(values):,.0f})"


def render(result: BenchResult) -> str:
    lines = [
        f"corpus: {result.docs} articles, {result.words:,} words",
        "",
        f"{'run':20s} {'words/s (wall)':>30s} {'words/CPU-s':>30s} {'art/s':>6s} {'art/h':>8s}",
    ]
    for name, measures in (
        ("bare spaCy nlp.pipe", result.spacy),
        ("geowire pipeline", result.geowire),
    ):
        wps = [m.words_per_second for m in measures]
        cps = [m.words_per_cpu_second for m in measures]
        dps = statistics.median(m.docs_per_second for m in measures)
        lines.append(
            f"{name:20s} {_spread(wps):>30s} {_spread(cps):>30s} {dps:6.2f} {dps * 3600:8,.0f}"
        )
    lines.append("")
    for label, ratios in (("CPU time", result.cpu_ratios), ("wall clock", result.ratios)):
        lines.append(
            f"ratio geowire / bare spaCy ({label}): {statistics.median(ratios):.2f}x "
            f"(per pass: {', '.join(f'{r:.2f}' for r in ratios)})"
        )
    lines.append(
        f"peak RSS of this process (both models loaded): {result.single_process_rss_mb:,.0f} MiB"
    )
    if result.pools:
        lines.append("")
        lines.append(
            f"{'processes':22s} {'words/s':>12s} {'articles/h':>11s} "
            f"{'start-up s':>10s} {'words/worker-CPU-s':>18s} {'peak RSS/worker (MiB)':>22s}"
        )
        for m in result.pools:
            rss = ", ".join(f"{r:,.0f}" for r in m.peak_rss_mb) or "?"
            lines.append(
                f"{m.name:22s} {m.words_per_second:12,.0f} {m.docs_per_hour:11,.0f} "
                f"{m.startup_seconds:10.1f} {m.words_per_cpu_second:18,.0f} {rss:>22s}"
            )
        if len(result.pools) > 1:
            base = result.pools[0].words_per_second
            for m in result.pools[1:]:
                lines.append(f"scaling {m.name} / x1: {m.words_per_second / base:.2f}x")
                first = result.pools[0].words_per_cpu_second
                if first and m.words_per_cpu_second:
                    lines.append(
                        f"work per worker-CPU-second, {m.name} / x1: "
                        f"{m.words_per_cpu_second / first:.2f} (1.00 = no parallel overhead; "
                        "wall-clock scaling also needs idle cores)"
                    )
        lines.append("(worker start-up, spawning and loading the model, is not counted)")
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command()
    def bench(
        docs: Annotated[
            int, typer.Option("--docs", help="Articles in the generated corpus.")
        ] = 200,
        workers: Annotated[
            int, typer.Option("--workers", "-w", help="Also run geowire in N processes.")
        ] = 1,
        repeat: Annotated[int, typer.Option("--repeat", help="Alternating passes of each.")] = 3,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name.")] = None,
        batch_size: Annotated[
            int | None, typer.Option("--batch-size", help="Documents per batch.")
        ] = None,
        seed: Annotated[int, typer.Option("--seed", help="Corpus generator seed.")] = 7,
        corpus: Annotated[
            list[str] | None,
            typer.Option(
                "--corpus",
                help="Real articles to measure on (any input extract reads: JSONL, text, "
                "HTML, a folder); --docs then caps their number. Default: a generated corpus.",
            ),
        ] = None,
    ) -> None:
        """Words/s, articles/s and memory: geowire's pipeline against bare spaCy."""
        from ..errors import ConfigError
        from .main import is_program, stderr

        if docs < 1 or workers < 1 or repeat < 1:
            raise ConfigError("--docs, --workers and --repeat must be at least 1")
        result = run_benchmark(
            docs=docs,
            workers=workers,
            repeat=repeat,
            model=model,
            batch_size=batch_size,
            seed=seed,
            corpus=corpus,
            report=lambda line: stderr.print(line, markup=False),
            settle=is_program(),
        )
        typer.echo(render(result))
