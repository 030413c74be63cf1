"""Helpers for the actor tests: run the resolver with or without the spaCy model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from geowire import Config, Document, Pipeline
from geowire.actors import ActorResolver
from geowire.pipeline import parse_date

VALIDATION_ACTORS = """\
ARNOR [ARN]
+ARNORIAN
GONDOR [GON]
+MINAS_TIRITH
+GONDORIAN
OSGILIATH [OSG]
BREE [BRE]
ROMENDACIL [BRE]
WHITE_HOUSE [USAGOV]
PRINCE_OF_DOL_AMROTH
\t[--- <950630]
\t[DOL]
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[HOBMIL 20080120-20121109]
LORIEN [ELR/GAL]
"""

VALIDATION_AGENTS = """\
!PERSON! = MAN, MEN
POLICE {} [~COP]
BORDER_POLICE {} [~COP]
OFFICIAL [~GOV]
SECURITY_OFFICIALS [~GOV]
PRIME_MINISTER [~GOV]
FOREIGN_MINISTER [~GOVFRM]
GOVERNMENT [~GOV]
MSF {} [NGO~]
DIPLOMAT [~GOV]
SOLDIER [~MIL]
LAWMAKER [~LEG]
PROSECUTOR [~JUD]
CONGRESS!PERSON! [~LEG]
"""

VALIDATION_DISCARDS = """\
BASEBALL
+TYPHOON
"""


@pytest.fixture(scope="session")
def tabari_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("tabari")
    out = {}
    for kind, text in (
        ("actors", VALIDATION_ACTORS),
        ("agents", VALIDATION_AGENTS),
        ("discards", VALIDATION_DISCARDS),
    ):
        out[kind] = d / f"test.{kind}.txt"
        out[kind].write_text(text, encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def tabari_config(tabari_files: dict[str, Path]) -> Config:
    return Config(
        actors=(tabari_files["actors"],),
        agents=(tabari_files["agents"],),
        discards=(tabari_files["discards"],),
        builtin_dictionaries=False,
    )


def run_without_model(
    text: str, config: Config | None = None, published: str | None = None
) -> Document:
    """The actors component alone, on a document with no parse (regex tokens only)."""
    doc = Document(text=text, published=parse_date(published))
    return ActorResolver(config or Config())(doc)


_pipelines: dict[tuple[object, ...], Pipeline] = {}


def run_with_model(
    text: str, config: Config | None = None, published: str | None = "2007-12-10"
) -> Document:
    cfg = (config or Config()).replace(
        components=("geowire.clean.v1", "geowire.nlp.v1", "geowire.actors.v1")
    )
    key = (cfg.actors, cfg.agents, cfg.discards, cfg.builtin_dictionaries)
    pipe = _pipelines.get(key)
    if pipe is None:
        pipe = _pipelines[key] = Pipeline(cfg)
    return pipe(text, published=published)


@pytest.fixture
def no_model() -> Callable[..., Document]:
    return run_without_model


@pytest.fixture
def with_model() -> Callable[..., Document]:
    return run_with_model


@pytest.fixture(scope="module")
def full() -> Pipeline:
    """The whole default pipeline (needs the model)."""
    return Pipeline()
