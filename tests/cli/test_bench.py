"""geowire bench: the generated corpus and the report."""

from __future__ import annotations

import pytest

from geowire.cli.bench import BenchResult, Measure, generate_corpus, render


def test_corpus_is_seeded_and_varied() -> None:
    a, b = generate_corpus(5, seed=1), generate_corpus(5, seed=1)
    assert a == b
    assert generate_corpus(5, seed=2) != a
    texts = [d["text"] for d in a]
    assert len(set(texts)) == 5
    assert all(200 <= len(t.split()) <= 800 for t in texts)
    assert any('"' in t for t in texts) and any(" said" in t for t in texts)


@pytest.mark.parametrize(
    "spacy_cpu, geowire_cpu, expected",
    [(2.0, 1.0, "2.00x"), (1.0, 2.0, "0.50x"), (1.0, 1.0, "1.00x")],
)
def test_render_reports_the_ratio(spacy_cpu: float, geowire_cpu: float, expected: str) -> None:
    sp = Measure("spacy", 2.0, 1000, 10, cpu_seconds=spacy_cpu)
    gw = Measure("geowire", 2.0, 1000, 10, cpu_seconds=geowire_cpu)
    pools = (
        Measure("geowire x1", 2.0, 1000, 10, (500.0,)),
        Measure("geowire x2", 1.0, 1000, 10, (500.0, 510.0)),
    )
    text = render(BenchResult(10, 1000, (sp,), (gw,), pools, 700.0))
    assert f"ratio geowire / bare spaCy (CPU time): {expected}" in text
    assert "scaling geowire x2 / x1: 2.00x" in text
    assert "500, 510" in text


@pytest.mark.model
def test_bench_reads_a_real_corpus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from geowire.cli.bench import run_benchmark

    path = tmp_path / "news.jsonl"
    rows = [
        {
            "id": f"n{i}",
            "text": f"Iran urged Iraq to sign a pact on day {i}.",
            "published": "2024-01-02",
        }
        for i in range(3)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run_benchmark(docs=2, repeat=1, corpus=[str(path)])
    assert result.docs == 2  # --docs caps the real corpus
    assert result.words == 2 * 10


def test_bench_refuses_a_corpus_with_nothing_readable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from geowire.cli.bench import run_benchmark
    from geowire.errors import InputError

    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError):
        run_benchmark(docs=2, repeat=1, corpus=[str(empty)])
