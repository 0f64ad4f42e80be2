"""Where, the component: `annotate`, which runs the steps in order on one article."""

from __future__ import annotations

from newsfold.analyse.context import Context
from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    COUNTRY,
    get_gazetteer,
)
from newsfold.analyse.where.candidates import _fits, _named_units, _plausible
from newsfold.analyse.where.city_parts import _us_neighbourhood
from newsfold.analyse.where.event_place import _event_place, _local_site
from newsfold.analyse.where.evidence import (
    _demonym_evidence,
    _Evidence,
    _outlet_evidence,
    _title_keys,
)
from newsfold.analyse.where.headlines import _site_name_evidence, _title_mentions
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.resolve import _resolve
from newsfold.analyse.where.scan import _scan
from newsfold.analyse.where.scanner import _Scanner
from newsfold.analyse.where.write import _country_evidence, _write


def _free_orphan_qualifiers(mentions: list[_Mention]) -> bool:
    """Give back the qualifiers dropped for a name that then resolved to nothing.

    "shelled Sfuhen in Jabal al-Zawiya in Idleb": "al-Zawiya" is first trusted as a big town
    (Zawiya, in Libya) and its qualifier "Idleb" dropped as a misreading (`_trust_head`); then
    the town fails on the evidence and goes too. "Idleb" still says where the event was: it is
    resolved again on its own. Returns whether any was given back.
    """
    freed = False
    for m in mentions:
        if m.dropped_by is not None and m.dropped_by.best < 0 and m.ids:
            m.dropped_by = None
            freed = True
    return freed


def annotate(ctx: Context) -> None:
    """Find, resolve and rank the article's places; set the event's place fields."""
    g = get_gazetteer()
    sc = _Scanner(g, ctx.doc, ctx.article.text)
    mentions = [m for m in _scan(sc) if _plausible(g, m, sc)]
    kept = set(mentions)
    for m in mentions:
        m.quals = [q for q in m.quals if q in kept]
        if m.qual_of is not None and m.qual_of not in kept:
            m.qual_of = None
    mentions.extend(_title_mentions(g, ctx.article.title))
    base = _Evidence()
    _outlet_evidence(g, ctx.article.url, base)
    if base.host_row < 0:
        _site_name_evidence(g, ctx.article.title, base)
    _demonym_evidence(g, sc, base)
    base.title_keys = _title_keys(mentions)
    base.counties, base.towns = _named_units(g, mentions)
    for m in mentions:
        for q in m.qual_rows:
            base.cc[g.cc[q]] += 0.5
            qa1 = g.admin1[q]
            if qa1:
                base.admin1[(g.cc[q], qa1)] += 0.5
    ev = _resolve(g, mentions, base)
    if _free_orphan_qualifiers(mentions):
        ev = _resolve(g, mentions, base)
    best, best_ms = _event_place(g, ctx, sc, mentions, ev)
    local = _local_site(g, mentions, best, best_ms)
    if best >= 0 and local is not None and local.quals:
        # The site's own qualifier is the better container: "Takalout (Kidal)".
        inner = [q.best for q in local.quals if q.best >= 0]
        if inner and not any(_fits(g, best, [q]) for q in inner):
            best, best_ms = inner[0], [q for q in local.quals if q.best == inner[0]]
    if best < 0 and local is not None and local.quals:
        inner = [q.best for q in local.quals if q.best >= 0]
        if inner:
            best = inner[0]
            best_ms = [q for q in local.quals if q.best == best]
    if (
        (best < 0 or g.kind[best] == COUNTRY)
        and local is not None
        and len({g.cc[r] for r in local.qual_rows}) == 1
    ):
        # "Damaracherla village (Nalgoda, TS)": only the abbreviated province is known (and it
        # is the site's own: "fire across the LoC at X sector (Haveli district, AJK)" is in
        # Pakistan, whichever country the sentence names first)
        best, best_ms = local.qual_rows[0], []
    host = base.host_row
    if best < 0 and local is None and host >= 0 and not base.demonyms:
        # No place named at all in a local paper's story: the paper's city, approximately.
        best, best_ms = host, []
    elif (
        best >= 0
        and (local is None or _us_neighbourhood(g, local, host))
        and host >= 0
        and g.kind[best] == ADMIN2
        and (g.cc[host], g.admin1[host], g.admin2[host])
        == (g.cc[best], g.admin1[best], g.admin2[best])
    ):
        # "a Lucas County grand jury" in the Toledo paper: the paper's city in that county
        # (and the city a neighbourhood of that county lies in: "the Park Manor neighborhood"
        # with "Cook County" in the Chicago paper)
        best, best_ms = host, []
    elif (
        best >= 0
        and local is None
        and host >= 0
        and g.kind[best] in (ADMIN1, COUNTRY)
        and all(m.sent >= 2 and not m.title for m in best_ms)
    ):
        # a local paper's story that names only a state, and only further down ("his record in
        # Texas"): the paper's city, approximately
        best, best_ms = host, []
    _write(ctx, g, mentions, best, best_ms, local, _country_evidence(g, ev, base))
