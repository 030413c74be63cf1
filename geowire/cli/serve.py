"""``geowire serve``: the HTTP API and dashboard (FastAPI + uvicorn)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register", "app_options"]


def app_options(
    host: str,
    *,
    token: str | None,
    write: bool,
    max_body: int,
    model: str | None = None,
    time_limit: float | None = None,
) -> dict[str, Any]:
    """The keyword arguments of ``create_app`` for a server bound to ``host``.

    On loopback everything the flags ask for is allowed. Beyond loopback,
    extracting and writing need a token: without one, extraction is turned off
    and ``--write`` is refused. ``time_limit``: seconds per extract request
    (None: the API default, 60 s; 0: no limit).
    """
    from ..api import is_loopback
    from ..api.services import DEFAULT_API_TIME_LIMIT, check_time_limit
    from ..errors import ConfigError

    if max_body < 1024:
        raise ConfigError(f"--max-body must be at least 1024 bytes, not {max_body}")
    local = is_loopback(host)
    token = token or None
    if not local and write and token is None:
        raise ConfigError(
            f"--write on {host} (beyond loopback) needs --token or the GEOWIRE_TOKEN variable"
        )
    return {
        "token": token,
        "allow_write": write,
        "allow_extract": local or token is not None,
        "max_body": max_body,
        "model": model,
        "time_limit": check_time_limit(
            DEFAULT_API_TIME_LIMIT if time_limit is None else time_limit
        ),
    }


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Annotated[Path, typer.Option("--db", help="The embedded store to serve.")] = Path(
            "geowire.duckdb"
        ),
        host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to bind.", min=1, max=65535)] = 8765,
        token: Annotated[
            str | None,
            typer.Option(
                "--token",
                envvar="GEOWIRE_TOKEN",
                help="Bearer token for extract and write endpoints (needed beyond loopback).",
                show_envvar=True,
            ),
        ] = None,
        write: Annotated[
            bool, typer.Option("--write", help="Open the store for writing; allow storing.")
        ] = False,
        max_body: Annotated[
            int, typer.Option("--max-body", help="Largest request body in bytes.")
        ] = 2 * 1024 * 1024,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name.")] = None,
        time_limit: Annotated[
            float | None,
            typer.Option(
                "--time-limit",
                envvar="GEOWIRE_TIME_LIMIT",
                show_envvar=True,
                min=0,
                help="Seconds an extract request may take, waiting included; past it the "
                "answer is 503 (0: no limit; default 60).",
            ),
        ] = None,
    ) -> None:
        """Serve the HTTP API (OpenAPI at /api/openapi.json) and the dashboard at /."""
        import logging

        import uvicorn

        from ..api import create_app

        opts = app_options(
            host, token=token, write=write, max_body=max_body, model=model, time_limit=time_limit
        )
        if not opts["allow_extract"]:
            logging.getLogger("geowire.serve").warning(
                "binding %s beyond loopback without a token: extraction is disabled", host
            )
        api = create_app(db, **opts)
        shown = f"[{host}]" if ":" in host else host
        typer.echo(f"geowire: serving {db} on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
        uvicorn.run(api, host=host, port=port, log_level="warning")
