"""The typed records that flow between the stages.

    RawRecord  -- one article as read from disk, before cleaning (ingest/readers)
    Article    -- the clean article: text, metadata, stable id (ingest)
    Claim      -- one extracted fact with the exact span it came from (analyse)
    Event      -- the contract's event record; one per article from `analyse`, one per real-world
                  event from `reconcile`
    Analysis   -- everything `analyse` learns from one article (the Event plus what grouping needs)

Field names follow `docs/contract.md` (ACLED's names where ACLED has the field). Every record
converts to and from plain JSON-able dicts, so the same records cross process boundaries now and
Spark partitions later.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

JSON = dict[str, Any]


class _Record:
    """Mixin: dict conversion that tolerates extra keys (forward compatible)."""

    __slots__ = ()
    _nested: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> JSON:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: JSON) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: JSON = {}
        for key, value in data.items():
            if key not in names:
                continue
            nested = cls._nested.get(key)
            if nested is not None and value is not None:
                if isinstance(value, list):
                    value = [nested.from_dict(v) if isinstance(v, dict) else v for v in value]  # type: ignore[attr-defined]
                elif isinstance(value, dict):
                    value = nested.from_dict(value)  # type: ignore[attr-defined]
            kwargs[key] = value
        return cls(**kwargs)


@dataclass(slots=True)
class RawRecord(_Record):
    """One article as a reader found it: the contract's input record plus where it came from.

    Exactly one of `text` and `html` is set. `origin` names the file (and line or record) for
    error messages and the run log.
    """

    origin: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    crawled: str | None = None  # when the page was fetched (WARC-Date): the date's last resort


@dataclass(slots=True)
class Article(_Record):
    """A clean article. `text` is what every claim's start/end offsets point into."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as read
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str = ""
    removed: list[str] = field(default_factory=list)  # boilerplate cut from the text, in order
    content_hash: str = ""  # hash of the normalised clean text: equal for exact copies

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_export(self) -> JSON:
        """The contract's article fields (without event_id/duplicate_of, which grouping sets)."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "words": self.words,
            "text": self.text,
        }


@dataclass(slots=True)
class Claim(_Record):
    """One extracted fact: `text` is the exact span, `start`/`end` its offsets in the clean text.

    `field` is an event field (`fatalities`, `injuries`, `arrested`, `kidnapped`, `displaced`,
    `event_date`, `date_start`, `date_end`, `location`, `actor1`, `actor2`, `event_type`,
    `quote`, `deployed`, `money`, ...). `attrs` holds the rest: a quote's speaker and channel,
    a number's qualifier, why a number was not counted, the resolved place's geonameid, ...
    """

    field: str
    value: Any
    text: str
    start: int
    end: int
    low: float | int | None = None
    high: float | int | None = None
    article_id: str = ""
    source: str | None = None
    # (dataclasses.field spelled out: this class has a field named `field`)
    attrs: JSON = dataclasses.field(default_factory=dict)


@dataclass(slots=True)
class Conflict(_Record):
    field: str
    compatible: bool
    # each: {value, low, high, sources, article_ids}
    values: list[JSON] = dataclasses.field(default_factory=list)


@dataclass(slots=True)
class Dependence(_Record):
    article_ids: list[str]
    kind: str  # "copy" | "rewrite" | "wire"
    via: str | None = None


EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's event types and their sub-event types, spelled as ACLED spells them."""


@dataclass(slots=True)
class Event(_Record):
    """The contract's event record.

    `analyse` fills one per article (article_ids = [that article]); `reconcile` writes one per
    real-world event from all its reports.
    """

    event_id: str | None = None
    article_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    n_sources: int = 0
    n_independent_sources: int = 0
    event_type: str | None = None
    sub_event_type: str | None = None
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    notes: str | None = None
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    dependence: list[Dependence] = field(default_factory=list)

    _nested: ClassVar[dict[str, type]] = {
        "claims": Claim,
        "conflicts": Conflict,
        "dependence": Dependence,
    }


# the Event's actor fields in the contract's order: `analyse.who` fills them from one article,
# `reconcile.consensus` votes on each across the reports (one list, so the two stay in step)
ACTOR_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


@dataclass(slots=True)
class Analysis(_Record):
    """What `analyse` learns from one article: a pure function of the article.

    `event` is the article's own event record (what `newsfold extract` prints); `discarded`
    holds numbers and dates that were read but deliberately not counted, each with the reason
    in `attrs["reason"]` (ages, years, tolls of other periods, personnel deployed...), so the
    analyst can see what was left out and why. `names` are the normalised named people and
    groups, `places` the resolved places mentioned: grouping builds its signatures from them.
    `analyser` names the code that wrote it (`analyse/fingerprint.py`): a stored analysis
    from another analyser is out of date, and `newsfold reanalyse` redoes it.
    """

    article_id: str
    event: Event
    discarded: list[Claim] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    places: list[JSON] = field(default_factory=list)
    version: int = 1
    analyser: str = ""

    _nested: ClassVar[dict[str, type]] = {"event": Event, "discarded": Claim}
