"""Browser fixtures: the app served by uvicorn in a thread, Debian's chromium via Playwright.

Every test here is skipped (with the reason) when /usr/bin/chromium or the
playwright package is missing. Nothing is downloaded: the browser is the
system one, and requests to any other host are blocked and recorded.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import fill_store
from webstore import fill_analyst_store

CHROMIUM = Path(os.environ.get("GEOWIRE_CHROMIUM", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parent.parent.parent
SHOTS = Path(os.environ.get("GEOWIRE_SHOTS", ROOT / "artifacts" / "screenshots"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = None
    if importlib.util.find_spec("playwright") is None:
        reason = "the playwright package is not installed (pip install playwright)"
    elif not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    if reason is None:
        return
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=reason))


def _serve(db: Path) -> Iterator[str]:
    """A writable app over ``db`` on a free loopback port (uvicorn in a thread)."""
    import uvicorn

    from geowire.api import create_app

    app = create_app(db, allow_write=True)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A writable app on a free loopback port, over its own store of hand-built documents."""
    yield from _serve(fill_store(tmp_path / "web.duckdb"))


@pytest.fixture(scope="session")
def analyst_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store for an analyst's views (see webstore.py), built once: Unicode text,
    background history and dates known only to the month or year, 1,250 located events."""
    return fill_analyst_store(tmp_path_factory.mktemp("analyst") / "analyst.duckdb")


@pytest.fixture
def analyst_server(analyst_db: Path, tmp_path: Path) -> Iterator[str]:
    import shutil

    db = tmp_path / "analyst.duckdb"
    shutil.copy(analyst_db, db)
    yield from _serve(db)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class PageErrors:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.foreign: list[str] = []


def _page(browser, server: str) -> Iterator:
    """A fresh page that may only talk to ``server``; JS errors are collected."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = ctx.new_page()
    seen = PageErrors()

    def route(r) -> None:
        if r.request.url.startswith(server) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            seen.foreign.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda exc: seen.errors.append(str(exc)))
    pg.seen = seen
    yield pg
    ctx.close()
    assert seen.errors == [], f"JavaScript errors: {seen.errors}"
    assert seen.foreign == [], f"requests beyond the server: {seen.foreign}"


@pytest.fixture
def page(browser, server: str) -> Iterator:
    """A fresh page that may only talk to the test server; JS errors are collected."""
    yield from _page(browser, server)


@pytest.fixture
def analyst_page(browser, analyst_server: str) -> Iterator:
    """A fresh page on the analyst's store."""
    yield from _page(browser, analyst_server)


@pytest.fixture(scope="session")
def shots() -> Path:
    """Where screenshots are kept (artifacts/screenshots, git-ignored; GEOWIRE_SHOTS to
    put them elsewhere)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
