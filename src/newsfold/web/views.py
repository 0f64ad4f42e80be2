"""What the pages show, computed from records: highlighted text, the reports side by side,
the dependence graph and the timeline.

Everything that carries article text leaves here as `markupsafe.Markup` built only from
`escape()`d pieces and fixed tags, so the templates can insert it as is: no character of an
article, title, url or source is ever rendered as markup.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from newsfold.records import Article, Claim, Event

FIELD_ORDER = (
    "event_type",
    "sub_event_type",
    "event_date",
    "date_start",
    "date_end",
    "location",
    "admin2",
    "admin1",
    "country",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "fatalities",
    "injuries",
    "arrested",
    "kidnapped",
    "displaced",
    "deployed",
    "money",
    "quote",
)
"""The order of fact rows on an event page; other fields follow alphabetically."""

_SLUG = re.compile(r"[^a-z0-9_-]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")
MAX_CONTEXT = 320


def slug(name: object) -> str:
    """A CSS class fragment from a field name."""
    return _SLUG.sub("-", str(name).lower()).strip("-") or "x"


def show_value(value: Any, low: Any = None, high: Any = None) -> str:
    """A claim's value as text: the value, and its range when it has one."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = "—" if value is None else str(value)
    lo = None if low is None else _num(low)
    hi = None if high is None else _num(high)
    if lo is not None and hi is None:
        text += f" ({lo} or more)"
    elif lo is None and hi is not None:
        text += f" (up to {hi})"
    elif lo is not None and hi is not None and (lo, hi) != (text, text):
        text += f" ({lo}–{hi})"
    return text


def cell_label(claim: Claim, limit: int = 100) -> str:
    """How a claim is named in the side-by-side table: its value (shortened), or for a quote
    who said it and to whom (the quote itself is in the sentence shown under it)."""
    attrs = claim.attrs if isinstance(claim.attrs, dict) else {}
    if claim.field == "quote" and (attrs.get("speaker") or attrs.get("channel")):
        who = str(attrs.get("speaker") or "someone")
        return who + (f", to {attrs['channel']}" if attrs.get("channel") else "")
    text = show_value(claim.value, claim.low, claim.high)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _num(x: Any) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


def claim_placed(claim: Claim, text: str) -> bool:
    """Whether a claim's offsets point at a real span of this text."""
    return (
        isinstance(claim.start, int)
        and isinstance(claim.end, int)
        and 0 <= claim.start < claim.end <= len(text)
    )


# -- an article's text with its claims highlighted -------------------------------------------


@dataclass(slots=True)
class Mark:
    """A claim as listed beside the text."""

    n: int
    claim: Claim
    placed: bool
    exact: bool  # the text at the offsets is the claim's own text
    discarded: bool
    shown: str


def highlight(
    text: str, claims: Sequence[Claim], discarded: Sequence[Claim] = ()
) -> tuple[Markup, list[Mark]]:
    """The clean text with each claim's span in a <mark>, and the claims in text order.

    Overlapping claims are split at every boundary; a piece covered by several claims names
    them all. Claims whose offsets fall outside the text are listed but not placed.
    """
    marks: list[Mark] = []
    every = [(c, False) for c in claims] + [(c, True) for c in discarded]
    every.sort(key=lambda cd: cd[0].start if isinstance(cd[0].start, int) else 1 << 62)
    for n, (claim, is_discarded) in enumerate(every):
        placed = claim_placed(claim, text)
        marks.append(
            Mark(
                n=n,
                claim=claim,
                placed=placed,
                exact=placed and text[claim.start : claim.end] == claim.text,
                discarded=is_discarded,
                shown=cell_label(claim),
            )
        )
    placed_marks = [m for m in marks if m.placed]
    cuts = sorted(
        {0, len(text)} | {m.claim.start for m in placed_marks} | {m.claim.end for m in placed_marks}
    )
    starts: dict[int, list[Mark]] = {}
    for m in placed_marks:
        starts.setdefault(m.claim.start, []).append(m)
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        covering = [m for m in placed_marks if m.claim.start <= a and b <= m.claim.end]
        anchors = starts.get(a, [])
        piece = str(escape(text[a:b]))
        for extra in anchors[1:]:
            out.append(f'<span class="anchor" id="c{extra.n}"></span>')
        if not covering:
            out.append(piece)
            continue
        classes = ["claim"] + [f"f-{slug(m.claim.field)}" for m in covering[:1]]
        if all(m.discarded for m in covering):
            classes.append("discarded")
        if len(covering) > 1:
            classes.append("overlap")
        title = "; ".join(_mark_title(m) for m in covering)
        ident = f' id="c{anchors[0].n}"' if anchors else ""
        out.append(
            f'<mark class="{" ".join(classes)}"{ident} title="{escape(title)}">{piece}</mark>'
        )
    return Markup("".join(out)), marks


def _mark_title(m: Mark) -> str:
    text = f"{m.claim.field}: {m.shown}"
    if m.discarded:
        reason = m.claim.attrs.get("reason") if isinstance(m.claim.attrs, dict) else None
        text += f" (not counted{': ' + str(reason) if reason else ''})"
    return text


def sentence(text: str, start: int, end: int) -> Markup:
    """The sentence around text[start:end], with that span marked."""
    if not (0 <= start < end <= len(text)):
        return Markup("")
    left = max(0, start - MAX_CONTEXT)
    before = text[left:start]
    cut = None
    for m in _SENTENCE_END.finditer(before):
        cut = m.end()
    if cut is not None:
        left += cut
    right_text = text[end : end + MAX_CONTEXT]
    m2 = _SENTENCE_END.search(right_text)
    right = end + (m2.start() + 1 if m2 else len(right_text))
    right = min(right, len(text))
    prefix = "…" if left > 0 and cut is None else ""
    suffix = "…" if m2 is None and right < len(text) else ""
    return Markup(
        f"{escape(prefix)}{escape(text[left:start].lstrip())}<mark>{escape(text[start:end])}</mark>"
        f"{escape(text[end:right].rstrip())}{escape(suffix)}"
    )


# -- reports side by side ----------------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    claim: Claim
    shown: str
    sentence: Markup
    support: str  # "confirmed" | "one origin" | "single source"
    value_class: int | None  # index of the conflict value it belongs to, when the row conflicts


@dataclass(slots=True)
class Row:
    field: str
    status: str  # "agree" | "single" | "conflict" | "compatible" | "differs"
    cells: list[list[Cell]]
    conflict: dict[str, Any] | None = None
    values: list[str] = _field(default_factory=list)


@dataclass(slots=True)
class Report:
    article: Article
    n: int
    kind: str | None  # copy | rewrite | None
    duplicate_of: str | None
    origin_group: int  # reports in one group share an origin (copies, rewrites, one wire)
    wire: list[str] = _field(default_factory=list)


def origin_groups(
    article_ids: Sequence[str], event: Event, assignments: Sequence[dict[str, Any]]
) -> dict[str, int]:
    """article_id -> group number; copies, rewrites and reports of one wire share a group."""
    parent = {a: a for a in article_ids}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: str, b: str) -> None:
        if a in parent and b in parent:
            parent[find(a)] = find(b)

    for dep in event.dependence:
        ids = [i for i in dep.article_ids if i in parent]
        for other in ids[1:]:
            union(ids[0], other)
    for a in assignments:
        if a.get("duplicate_of"):
            union(a["article_id"], a["duplicate_of"])
    roots: dict[str, int] = {}
    return {a: roots.setdefault(find(a), len(roots)) for a in article_ids}


def _norm(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).casefold().split())


def _support(claim: Claim, groups_with_value: set[int], reports_with_value: int) -> str:
    given = claim.attrs.get("support") if isinstance(claim.attrs, dict) else None
    if given in ("confirmed", "one origin", "single source"):
        return str(given)
    if len(groups_with_value) > 1:
        return "confirmed"
    return "one origin" if reports_with_value > 1 else "single source"


def compare(
    event: Event, articles: Sequence[Article], assignments: Sequence[dict[str, Any]]
) -> tuple[list[Report], list[Row]]:
    """The reports (columns) and one row per fact field, each cell the claims of one report."""
    by_assignment = {a["article_id"]: a for a in assignments}
    groups = origin_groups([a.id for a in articles], event, assignments)
    wires: dict[str, list[str]] = {}
    for dep in event.dependence:
        if dep.kind == "wire" and dep.via:
            for i in dep.article_ids:
                wires.setdefault(i, []).append(dep.via)
    reports = [
        Report(
            article=a,
            n=n,
            kind=(by_assignment.get(a.id) or {}).get("kind"),
            duplicate_of=(by_assignment.get(a.id) or {}).get("duplicate_of"),
            origin_group=groups[a.id],
            wire=sorted(set(wires.get(a.id, []))),
        )
        for n, a in enumerate(articles)
    ]
    column = {a.id: n for n, a in enumerate(articles)}
    text_of = {a.id: a.text for a in articles}
    conflicts = {c.field: c for c in event.conflicts}
    claims_by_field: dict[str, list[Claim]] = {}
    for claim in event.claims:
        if claim.article_id in column:
            claims_by_field.setdefault(claim.field, []).append(claim)
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    rows = []
    for name in sorted(claims_by_field, key=lambda f: (order.get(f, len(order)), f)):
        claims = claims_by_field[name]
        value_groups: dict[str, set[int]] = {}
        value_reports: dict[str, set[str]] = {}
        for c in claims:
            key = _norm(c.value)
            value_groups.setdefault(key, set()).add(groups[c.article_id])
            value_reports.setdefault(key, set()).add(c.article_id)
        conflict = conflicts.get(name)
        conflict_values = (
            [_norm(v.get("value")) for v in conflict.values] if conflict is not None else []
        )
        cells: list[list[Cell]] = [[] for _ in articles]
        for c in claims:
            key = _norm(c.value)
            text = text_of.get(c.article_id, "")
            cells[column[c.article_id]].append(
                Cell(
                    claim=c,
                    shown=cell_label(c),
                    sentence=sentence(text, c.start, c.end) if claim_placed(c, text) else Markup(),
                    support=_support(c, value_groups[key], len(value_reports[key])),
                    value_class=conflict_values.index(key) if key in conflict_values else None,
                )
            )
        n_groups = len({g for gs in value_groups.values() for g in gs})
        if conflict is not None:
            status = "compatible" if conflict.compatible else "conflict"
        elif name == "quote" or len(value_groups) == 1:
            status = "agree" if n_groups > 1 else "single"
        else:
            status = "differs"
        rows.append(
            Row(
                field=name,
                status=status,
                cells=cells,
                conflict=conflict.to_dict() if conflict is not None else None,
                values=sorted(value_groups),
            )
        )
    # conflicts on fields no claim row shows (computed fields) still get a row
    for name, conflict in conflicts.items():
        if name not in claims_by_field:
            rows.append(
                Row(
                    field=name,
                    status="compatible" if conflict.compatible else "conflict",
                    cells=[[] for _ in articles],
                    conflict=conflict.to_dict(),
                )
            )
    return reports, rows


# -- the dependence graph ----------------------------------------------------------------------


@dataclass(slots=True)
class Node:
    id: str
    label: str
    x: float
    y: float
    kind: str  # "article" | "wire"
    href: str | None = None
    n: int | None = None


@dataclass(slots=True)
class Edge:
    a: Node
    b: Node
    kind: str  # copy | rewrite | wire

    @property
    def mid(self) -> tuple[float, float]:
        return (self.a.x + self.b.x) / 2, (self.a.y + self.b.y) / 2


def dependence_graph(
    event: Event,
    articles: Sequence[Article],
    assignments: Sequence[dict[str, Any]],
    width: float = 520,
    height: float = 300,
) -> tuple[list[Node], list[Edge]]:
    """Reports on a circle, wire services in the middle, an edge per dependence."""
    nodes: dict[str, Node] = {}
    n = len(articles)
    cx, cy = width / 2, height / 2
    rx, ry = width / 2 - 90, height / 2 - 40
    for i, a in enumerate(articles):
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        nodes[a.id] = Node(
            id=a.id,
            label=f"{i + 1}. {a.source or 'unknown'}",
            x=cx + (rx * math.cos(angle) if n > 1 else -rx / 2),
            y=cy + (ry * math.sin(angle) if n > 1 else 0),
            kind="article",
            n=i + 1,
        )
    edges: list[Edge] = []
    seen: set[tuple[str, str, str]] = set()
    wire_nodes: dict[str, Node] = {}

    def add(a: Node, b: Node, kind: str) -> None:
        key = (min(a.id, b.id), max(a.id, b.id), kind)
        if key not in seen:
            seen.add(key)
            edges.append(Edge(a, b, kind))

    for dep in event.dependence:
        ids = [i for i in dep.article_ids if i in nodes]
        if dep.kind == "wire":
            name = dep.via or "shared source"
            if name not in wire_nodes:
                wire_nodes[name] = Node(id=f"wire:{name}", label=name, x=cx, y=cy, kind="wire")
            for article_id in ids:
                add(nodes[article_id], wire_nodes[name], "wire")
        else:
            for other in ids[1:]:
                add(nodes[ids[0]], nodes[other], dep.kind)
    for k, node in enumerate(wire_nodes.values()):
        node.y = cy + (k - (len(wire_nodes) - 1) / 2) * 34
    for row in assignments:
        dup = row.get("duplicate_of")
        if dup and dup in nodes and row["article_id"] in nodes:
            add(nodes[dup], nodes[row["article_id"]], row.get("kind") or "copy")
    return [*nodes.values(), *wire_nodes.values()], edges


# -- the timeline --------------------------------------------------------------------------------


@dataclass(slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Timeline:
    width: float
    points: list[dict[str, Any]]
    ticks: list[Tick]
    span: tuple[float, float] | None  # x range of the event's date_start..date_end
    undated: list[Article]


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    for candidate in (text, text[:19], text[:10]):
        try:
            d = dt.datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return d.replace(tzinfo=None) if d.tzinfo else d
    return None


def timeline(event: Event, articles: Sequence[Article], width: float = 1200) -> Timeline:
    """Reports placed by publication time, with the event's own date range under them."""
    dated = [(a, d) for a in articles if (d := _date(a.published)) is not None]
    undated = [a for a in articles if _date(a.published) is None]
    moments = [d for _, d in dated]
    start, end = (
        _date(event.date_start or event.event_date),
        _date(event.date_end or event.event_date),
    )
    if start and end:
        end = end + dt.timedelta(days=1)
        moments += [start, end]
    if not moments:
        return Timeline(width, [], [], None, undated)
    lo, hi = min(moments), max(moments)
    if hi - lo < dt.timedelta(days=1):
        lo, hi = lo - dt.timedelta(hours=12), hi + dt.timedelta(hours=12)
    pad = (hi - lo) * 0.06
    lo, hi = lo - pad, hi + pad
    total = (hi - lo).total_seconds()

    def x(d: dt.datetime) -> float:
        return 20 + (width - 40) * (d - lo).total_seconds() / total

    points = []
    lanes: list[float] = []
    for n, (a, d) in enumerate(sorted(dated, key=lambda ad: ad[1])):
        px = x(d)
        lane = next((i for i, last in enumerate(lanes) if px - last > 150), len(lanes))
        if lane == len(lanes):
            lanes.append(px)
        else:
            lanes[lane] = px
        points.append(
            {
                "x": px,
                "lane": lane,
                "article": a,
                "when": a.published,
                "n": n + 1,
                "anchor": "end" if px > width - 160 else "start",
            }
        )
    days = (hi - lo).days or 1
    step = max(1, days // 8)
    ticks = []
    day = dt.datetime(lo.year, lo.month, lo.day) + dt.timedelta(days=1)
    while day < hi:
        ticks.append(Tick(x(day), day.strftime("%d %b %Y")))
        day += dt.timedelta(days=step)
    span = (x(start), x(end)) if start and end else None
    return Timeline(width, points, ticks, span, undated)


def map_marks(marks: Any, radius: float, cell_link: str) -> Markup:
    """The marks of a list's map as SVG (built once per filter and cached with it): a linked
    dot per event, or a linked circle per grid cell that narrows the list to the cell."""
    out = []
    r = f"{radius:.4g}"
    for p in marks.points:
        title = " · ".join(
            str(x)
            for x in (
                p["event_date"] or "undated",
                p["location"] or "",
                p["event_type"] or "no type",
                f"{p['fatalities']} killed" if p["fatalities"] else "",
            )
            if x
        )
        href = "/events/" + quote(str(p["event_id"]), safe="")
        out.append(
            f'<a href="{escape(href)}"><circle class="dot" cx="{p["longitude"]:.4f}" '
            f'cy="{-p["latitude"]:.4f}" r="{r}" vector-effect="non-scaling-stroke">'
            f"<title>{escape(title)}</title></circle></a>"
        )
    for c in marks.cells:
        out.append(
            f'<a href="{escape(cell_link + c["bbox"])}"><circle class="cell" '
            f'cx="{c["lon"]:.3f}" cy="{c["y"]:.3f}" r="{radius * c["size"]:.4g}" '
            f'vector-effect="non-scaling-stroke"><title>{int(c["n"])} events, '
            f"{int(c['fatalities'] or 0)} killed: show them</title></circle></a>"
        )
    return Markup("\n".join(out))


def record_fields(event: Event) -> list[tuple[str, Any]]:
    """The contract's scalar fields of an event, in the contract's order."""
    skip = {"claims", "conflicts", "dependence", "article_ids", "sources"}
    return [(k, v) for k, v in event.to_dict().items() if k not in skip]


def lanes_height(points: Iterable[dict[str, Any]]) -> int:
    return 1 + max((p["lane"] for p in points), default=0)
