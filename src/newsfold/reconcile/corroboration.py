"""Mark each claim by its support: made by one source only, repeated by several reports of one
origin (copies or shared wire), or confirmed by several independent origins.

Two claims of different reports match when they state the same fact: same field and, for counts,
intervals that meet; for quotes, the same channel or speaker and mostly the same content words
(a direct quote and its indirect rendering match); otherwise equal values.
"""

from __future__ import annotations

import re

from newsfold.reconcile.dependence import independent_sources
from newsfold.reconcile.readings import Report, interval
from newsfold.records import Claim

NUMERIC = {"fatalities", "injuries", "arrested", "kidnapped", "displaced", "deployed", "money"}
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = """
a an the and or but of in on at to for from by with we they he she it is are was were be been
there this that these those have has had not no our their his her its may might will would said
says told area
"""
_STOP = frozenset(_STOP_WORDS.split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def same_fact(a: Claim, b: Claim) -> bool:
    if a.field != b.field:
        return False
    if a.field in NUMERIC:
        ia, ib = interval(a.value, a.low, a.high), interval(b.value, b.low, b.high)
        if ia is None or ib is None:
            return False
        return ia.meets(ib)
    if a.field == "quote":
        wa, wb = _words(str(a.value)), _words(str(b.value))
        if not wa or not wb:
            return False
        overlap = len(wa & wb) / min(len(wa), len(wb))
        same_channel = bool(a.attrs.get("channel")) and a.attrs.get("channel") == b.attrs.get(
            "channel"
        )
        same_speaker = (
            bool(a.attrs.get("speaker"))
            and str(a.attrs.get("speaker")).lower() == str(b.attrs.get("speaker")).lower()
        )
        return overlap >= 0.6 or (overlap >= 0.35 and (same_channel or same_speaker))
    return a.value == b.value


def annotate_support(reports: list[Report]) -> list[Claim]:
    """Every claim of every report, copied, with its support in `attrs`:
    `reported_by` (sources), `n_reports`, `n_independent`, `support` ("single source",
    "one origin" or "confirmed")."""
    claims: list[tuple[Report, Claim]] = []
    by_field: dict[str, list[tuple[Report, Claim]]] = {}
    for report in reports:
        for claim in report.analysis.event.claims:
            pair = (report, Claim.from_dict(claim.to_dict()))
            claims.append(pair)
            by_field.setdefault(claim.field, []).append(pair)
    for report, claim in claims:
        sources = [report.source]
        supporting = [report]
        for other_report, other in by_field[claim.field]:
            if any(other_report.id == r.id for r in supporting):
                continue
            if same_fact(claim, other):
                supporting.append(other_report)
                if other_report.source not in sources:
                    sources.append(other_report.source)
        independent = independent_sources(
            {r.id: r.origin for r in supporting}, {r.id: r.article.source for r in supporting}
        )
        claim.attrs = {
            **claim.attrs,
            "reported_by": sources,
            "n_reports": len(supporting),
            "n_independent": independent,
            "support": "confirmed"
            if independent > 1
            else ("one origin" if len(supporting) > 1 else "single source"),
        }
    return [c for _, c in claims]
