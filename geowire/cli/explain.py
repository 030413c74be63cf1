"""``geowire explain "a sentence"``: the parse, actors, matched verb patterns and events."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .main import ActorsOpt, AgentsOpt, DiscardsOpt, VerbsOpt

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command()
    def explain(
        text: Annotated[str, typer.Argument(help="The sentence (or short text) to explain.")],
        published: Annotated[
            str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD.")
        ] = None,
        actors: ActorsOpt = None,
        agents: AgentsOpt = None,
        verbs: VerbsOpt = None,
        discards: DiscardsOpt = None,
        builtin: Annotated[
            bool,
            typer.Option(
                "--builtin-dictionaries/--no-builtin-dictionaries",
                help="Use the built-in dictionaries as well.",
            ),
        ] = True,
    ) -> None:
        """Show how a sentence is coded: parse, actors, verb patterns, events or why none."""
        from ..events.explain import explain as run
        from .main import build_config

        config = build_config(
            actors=actors,
            agents=agents,
            verbs=verbs,
            discards=discards,
            builtin_dictionaries=builtin,
        )
        ex = run(text, published=published, config=config)
        console = Console()
        parse = Table(title="Parse", show_lines=False)
        for col in ("i", "token", "lemma", "pos", "dep", "head", "actor"):
            parse.add_column(col)
        for r in ex.tokens:
            parse.add_row(str(r.i), r.text, r.lemma, r.pos, r.dep, str(r.head), r.actor or "")
        console.print(parse)
        doc = ex.document
        console.print("[bold]Actors[/bold]")
        for a in doc.actors:
            console.print(f"  {a.id} {a.name!r} code={a.code} country={a.country} kind={a.kind}")
        if not doc.actors:
            console.print("  (none found)")
        console.print("[bold]Dictionary verbs[/bold]")
        for v in ex.verbs:
            console.print(f"  {v.token!r} in block {v.block}: {v.rule} -> [{v.code or '---'}]")
        if not ex.verbs:
            console.print("  (no verb of the text is in the verb dictionaries)")
        console.print("[bold]Events[/bold]")
        for e in doc.events:
            src = e.source.code or e.source.name if e.source else "-"
            tgt = e.target.code or e.target.name if e.target else "-"
            where = f" in {e.location.name}" if e.location else ""
            console.print(
                f"  {src} -> {tgt}  CAMEO {e.cameo} ({e.plover or 'no PLOVER type'}, "
                f"quad {e.quad_class}, Goldstein {e.goldstein:+.1f})  {e.modality}, "
                f"{e.date}{where}, confidence {e.confidence}"
            )
        for u in doc.uncoded:
            console.print(f"  [yellow]uncoded sentence {u.sentence}[/yellow]: {u.reason}")
        if not doc.events and not doc.uncoded:
            console.print("  (none: no sentence has an actor)")
