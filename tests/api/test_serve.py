"""``geowire serve``: what it allows on loopback and beyond; the dashboard's static files."""

from __future__ import annotations

import re

import pytest

from geowire.cli.serve import app_options
from geowire.errors import ConfigError
from geowire.web import static_dir


@pytest.mark.parametrize(
    "host, token, write, allow_extract, allow_write",
    [
        ("127.0.0.1", None, False, True, False),
        ("127.0.0.1", None, True, True, True),
        ("0.0.0.0", None, False, False, False),
        ("0.0.0.0", "t", False, True, False),
        ("0.0.0.0", "t", True, True, True),
        ("::", "", False, False, False),
    ],
)
def test_app_options(host, token, write, allow_extract, allow_write):
    opts = app_options(host, token=token, write=write, max_body=4096)
    assert (opts["allow_extract"], opts["allow_write"]) == (allow_extract, allow_write)
    assert opts["token"] == (token or None)


@pytest.mark.parametrize(
    "host, kwargs, message",
    [
        ("0.0.0.0", {"token": None, "write": True, "max_body": 4096}, "needs --token"),
        ("127.0.0.1", {"token": None, "write": False, "max_body": 10}, "--max-body"),
    ],
)
def test_app_options_refuse(host, kwargs, message):
    with pytest.raises(ConfigError, match=message):
        app_options(host, **kwargs)


def test_serve_is_a_command(cli):
    code, out, _ = cli("serve", "--help")
    assert code == 0
    for flag in ("--db", "--host", "--port", "--token", "--write", "--time-limit"):
        assert flag in out


def test_serve_refuses_write_beyond_loopback_without_token(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("GEOWIRE_TOKEN", raising=False)
    code, _, err = cli("serve", "--db", str(tmp_path / "x.duckdb"), "--host", "0.0.0.0", "--write")
    assert code == 1
    assert "needs --token" in err


@pytest.mark.parametrize(
    "name",
    [
        "index.html",
        "app.js",
        "app.css",
        "vendor/uPlot.iife.min.js",
        "vendor/topojson-client.min.js",
        "vendor/countries-110m.json",
    ],
)
def test_static_files_are_bundled(client, name):
    assert (static_dir() / name).is_file()
    assert client.get(f"/static/{name}").status_code == 200


@pytest.mark.parametrize("name", ["index.html", "app.js", "app.css"])
def test_no_remote_urls_in_the_dashboard(name):
    text = (static_dir() / name).read_text(encoding="utf-8")
    remote = re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text, flags=re.I)
    # XML namespace names (the SVG namespace) are identifiers, never fetched
    assert [u for u in remote if "www.w3.org" not in u] == []


def test_index_loads_only_local_scripts(client):
    html = client.get("/").text
    srcs = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert srcs and all(s.startswith("/static/") for s in srcs)
