"""Which reports are not independent: copies, rewrites, and shared wire/agency copy.

- copy / rewrite: from grouping (an article's `duplicate_of` and its kind);
- wire: reports that credit the same agency ("according to AFP", "(AP) -", "Reuters
  reported", the same quote credited to the same agency), read from analyse's `attribution`
  claims and the `channel` of quote claims; and several stories from one outlet (`via` is
  the outlet: the contract's "wire service or outlet they share").

Reports linked by copy, rewrite or agency form one origin; the event's `n_independent_sources`
counts the origins, those that share an outlet once (`independent_sources`). Two reports that
both draw on AFP are not independent confirmation of each other, even when each adds reporting
of its own: the count stays honest and the UI shows why.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Generic, TypeVar

from newsfold.records import Analysis, Article, Dependence

K = TypeVar("K", str, int)

# Agencies as analyse normalises them; other outlets named as channels count too.
WIRE_FIELDS = ("attribution",)


def _agencies(analysis: Analysis) -> set[str]:
    names: set[str] = set()
    for claim in analysis.event.claims:
        if claim.field in WIRE_FIELDS and claim.value:
            names.add(str(claim.value))
        elif claim.field == "quote":
            channel = claim.attrs.get("channel")
            if channel and claim.attrs.get("channel_kind", "agency") == "agency":
                names.add(str(channel))
    return names


# The last label of a host, or the last two when the last-but-one is a generic second level
# ("bbc.co.uk", "abc.net.au"): what is left is the outlet's own name ("chicagotribune").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu"})


def _compact(name: str) -> str:
    """A name reduced to its letters and digits, lower-cased, without a leading "the": "The
    Chicago Tribune" and the host label "chicagotribune" compare equal."""
    low = name.lower().strip()
    if low.startswith("the "):
        low = low[4:]
    return re.sub(r"[^a-z0-9]", "", low)


def outlet_key(source: str | None) -> str | None:
    """The outlet's name in a host ("chicagotribune.com" -> "chicagotribune", "news.bbc.co.uk"
    -> "bbc"): the label before the public suffix. None for a source that is not a host."""
    if not source or "." not in source or " " in source:
        return None
    labels = source.lower().split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    else:
        labels = labels[:-1]
    key = _compact(labels[-1]) if labels else ""
    return key or None


def find_dependence(
    articles: list[Article], analyses: list[Analysis], assignments: list[dict[str, Any]]
) -> tuple[list[Dependence], dict[str, int]]:
    """The dependence records, and each article's origin group (an int per article id)."""
    ids = [a.id for a in articles]
    groups = _Groups(ids)
    find, union = groups.find, groups.union

    found: list[Dependence] = []
    by_kind: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in assignments:
        original = row.get("duplicate_of")
        if original and original in groups.parent and row["article_id"] in groups.parent:
            kind = row.get("kind") or "copy"
            union(original, row["article_id"])
            by_kind[(kind, original)].append(row["article_id"])
    for (kind, original), copies in sorted(by_kind.items()):
        found.append(Dependence(article_ids=[original, *sorted(copies)], kind=kind, via=None))

    by_agency: dict[str, list[str]] = defaultdict(list)
    for article, analysis in zip(articles, analyses, strict=True):
        for agency in sorted(_agencies(analysis)):
            by_agency[agency].append(article.id)
    for agency, members in sorted(by_agency.items()):
        if len(members) < 2:
            continue
        for other in members[1:]:
            union(members[0], other)
        found.append(Dependence(article_ids=members, kind="wire", via=agency))

    # a report crediting a named outlet ("according to the Chicago Tribune", "the Tribune
    # contributed to this report") draws on that outlet's report when the event has one: the
    # credit names the outlet as people write it, the other report's source is its host, so
    # the two only meet once both are reduced to their letters. A derivative story of the
    # outlet's own report otherwise counts as a second, independent source of its details
    # (GVA dev: a television station's rewrite of a newspaper's story, dating the death day)
    by_host: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        key = outlet_key(article.source)
        if key:
            by_host[key].append(article.id)
    for agency, members in sorted(by_agency.items()):
        credited = by_host.get(_compact(agency), [])
        crediting = [m for m in members if m not in credited]
        if not credited or not crediting or len(_compact(agency)) < 4:
            continue
        for other in crediting:
            union(credited[0], other)
        found.append(
            Dependence(article_ids=[*credited, *sorted(crediting)], kind="wire", via=agency)
        )

    # one outlet's several stories on an event (an update, a follow-up) are one source: shown
    # here and counted once by `independent_sources`, but each story keeps its own origin for
    # the votes of reconciliation (an outlet's update is read as a later report: on the GVA
    # dev half, folding the stories into one origin for the votes lost 2 tolls and 7 injured)
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if article.source:
            by_outlet[article.source].append(article.id)
    for outlet, members in sorted(by_outlet.items()):
        if len(members) >= 2 and len({find(m) for m in members}) > 1:
            found.append(Dependence(article_ids=members, kind="wire", via=outlet))

    roots: dict[str, int] = {}
    origin = {}
    for i in ids:
        origin[i] = roots.setdefault(find(i), len(roots))
    return found, origin


def independent_sources(origins: dict[str, int], outlets: dict[str, str | None]) -> int:
    """How many independent sources an event has: its origins (`find_dependence`), with the
    origins that share an outlet counted once. Never more than the outlets (an article of
    unknown outlet is an outlet of its own)."""
    groups = _Groups(sorted(set(origins.values())))
    first: dict[str, int] = {}
    for article_id, origin in origins.items():
        outlet = outlets.get(article_id)
        if not outlet:
            continue
        if outlet in first:
            groups.union(first[outlet], origin)
        else:
            first[outlet] = origin
    return groups.count()


class _Groups(Generic[K]):
    """Union-find over a list of items; a group's root is its earliest item (deterministic)."""

    def __init__(self, items: list[K]) -> None:
        self.order: dict[K, int] = {x: n for n, x in enumerate(items)}
        self.parent: dict[K, K] = {x: x for x in items}

    def find(self, x: K) -> K:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.order[ra] < self.order[rb]:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb

    def count(self) -> int:
        return len({self.find(x) for x in self.parent})
