"""Incremental assignment of articles to events.

`assign_pending` takes every stored article that has no event yet, in the store's order
(publication day, then id), and for each one:

1. computes its signature (`signature.signature`) and its blocking keys;
2. finds candidates: the articles stored under any of its keys (each key's posting list is
   capped: a key shared by more than KEY_CAP articles is too common to mean anything), the
   MAX_CANDIDATES sharing the most keys, and up to OUTLET_CANDIDATES more that only the one-way
   outlet keys found;
3. compares it with each candidate (`decide.compare`): a copy or rewrite of a candidate takes the
   candidate's event and `duplicate_of` the earliest copy; otherwise each candidate event gets
   the best score of its reports that do not veto (an event most of whose compared reports veto
   is out, unless one of them names the article's people, PEOPLE_OVER_MAJORITY; and so is an
   event most of whose reports that give a death toll give one the article's cannot follow:
   `decide.tolls_disagree`, TOLL_MAJORITY), and the article joins the best event reaching
   SAME_EVENT or opens its own;
4. when it links to more than one event strongly (SAME_EVENT + MERGE_MARGIN), and the events'
   closest reports compared directly come near one event too (SAME_EVENT + BRIDGE_DIRECT: a
   merge needs more than one report's say, which may be a roundup or a background mention;
   and their death tolls must not disagree; a headline over page junk, which has no body to
   come close with, needs only to tell nothing against it: HEADLINE_BRIDGE),
   those events are one: they merge into the oldest (smallest creation number), the others
   recorded as merged. Strong links to events that cannot merge are a report of one event that
   recalls the other: it joins the one reported nearest its own day (`nearest_event`).

Event ids are `event_id_for(founding article id)`, so the same input gives the same ids, and an
id never changes once given (a merged id is recorded and resolves to the survivor). Everything
is decided in the deterministic order above; ties break on ids, never on dict or set order.

Decisions are made article by article against the store plus an in-memory overlay of the current
batch (BATCH articles), which is then written in a few transactions: signatures, keys and
document frequencies first, merges next, assignments last. A run killed in between leaves the
batch's articles unassigned, and the next run redoes them (the signature writes are idempotent).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from newsfold.group import decide
from newsfold.group import text as tx
from newsfold.group.signature import (
    Signature,
    headline_words,
    index_keys,
    outlet_key,
    query_keys,
    signature,
)
from newsfold.records import Analysis, Article
from newsfold.store import Store
from newsfold.store import grouping as sql

BATCH = 256
KEY_CAP = 60
MAX_CANDIDATES = 80
# the reports found by the one-way outlet keys alone (signature.outlet_key: a headline page's
# outlet's stories of its days) that are not among the MAX_CANDIDATES: this many more, those
# sharing the most other keys first. (A budget of their own: they share the outlet and a week
# and little else, and counted with the other keys they pushed out of the MAX_CANDIDATES the
# reports that share the event's words and place; 0: the outlet keys find nothing)
OUTLET_CANDIDATES = 10
MERGE_MARGIN = 1.0  # a second event is merged in when the link to it is this much surer
BRIDGE_DIRECT = -2.0  # two events merge only when their closest reports score this much directly
MIN_DOCUMENTS = 30  # below this many stored reports, IDF is computed as if there were this many
# an event is out when at least this many of its reports that give a death toll, and more than
# half of them, give a toll that the article's cannot follow (decide.tolls_disagree); 0: off
TOLL_MAJORITY = 2
# when an article links strongly (SAME_EVENT + MERGE_MARGIN) to events that cannot merge
# (_compatible), it joins the one whose closest report came out nearest its own day, when that
# is this many days nearer than the best-scoring event's (nearest_event); 0: off. Measured:
# 7 days GVA dev F1 .962 -> .963 (precision .995 -> .996), held-out, group_lookalikes and
# group_acled same; 1 day lookalikes .936 -> .947 (Nairobi's protests on consecutive days) but
# group_acled held-out F1 .952 -> .948 (its confusable events of one week)
NEAREST_RIVAL = 7
# an article that shares the people an event is about with one of its reports (both name them
# in full: decide.shared_people) is not kept out by the other reports' vetoes: those reports
# lack the evidence (they name no one, or date the event otherwise) that lifted the veto for
# the one that has it; 0: off
PEOPLE_OVER_MAJORITY = 1
# an event is out when at least this many of its compared reports, and more than half of them,
# link below SAME_EVENT and name another spot or victim than the article's in its city
# (decide.Evidence.apart: other streets, other ages or blocks, victims of another sex;
# told_apart): the article links through a report that tells of several shootings (a weekend
# roundup) or recalls this one, and the event's own reports say it is another; 0: off
APART_MAJORITY = 2
# 1: two events whose closest reports include a headline over page junk (signature `thin`) may merge
# through an article that links both strongly, when their direct comparison tells nothing against it
# (decide.headline_page_bridge). A headline page has no body: compared with the other event's report
# it shares no fact, and the bridge's direct test (BRIDGE_DIRECT) could only ever fail for want of
# evidence, not because the reports say they are apart; 0: off
HEADLINE_BRIDGE = 1

Placed = dict[str, tuple[str, str | None]]
"""Stored reports' places: article id -> (its event's id, the article it duplicates or None)."""
Compared = list[tuple[str, Signature, decide.Evidence]]
"""A new article's candidates, each with its signature and the evidence of their comparison."""


def event_id_for(founding_article_id: str) -> str:
    """An event's id: derived from its first article, so the same input gives the same ids."""
    return "ev_" + hashlib.sha1(founding_article_id.encode()).hexdigest()[:12]


@dataclass(slots=True)
class Decision:
    """Where one article went, and why (for tests and benchmarks)."""

    article_id: str
    event_id: str
    duplicate_of: str | None = None
    kind: str | None = None
    score: float = 0.0
    merged: list[str] = field(default_factory=list)
    candidates: int = 0


@dataclass
class Stats:
    articles: int = 0
    comparisons: int = 0
    candidates: int = 0
    merges: int = 0
    events_opened: int = 0


def _text_terms(sig: Signature) -> set[str]:
    """The terms a signature adds to the document frequencies: content words and names."""
    terms = set(sig.get("terms", {}))
    terms.update(tx.stem(n) for n in sig.get("names", ()))
    return terms


def _df_terms(sig: Signature) -> list[str]:
    return sorted(_text_terms(sig))


def _idf_terms(sig: Signature) -> set[str]:
    """The terms whose IDF comparing sig needs: its content words, names and people's names."""
    terms = _text_terms(sig)
    terms.update(tx.stem(w) for p in sig.get("ppl", ()) for w in p.split())
    terms.update(headline_words(sig))
    terms.update(tx.stem(w) for w in sig.get("pw", ()))
    return terms


PlaceName = tuple[str, str | None, str | None]


def with_known_populations(sigs: list[Signature]) -> list[Signature]:
    """The signatures, those whose event place is a town named without its population given
    the population another of them gives the town of the same name, province and country.

    A report whose page was junk under its headline ("St. Louis toddler shot", no story) is
    placed by its headline's town, which the analysis gives no population: two such pages of
    one big city then agreed on the place as on a village's (W_PLACE), with no discount for a
    city that holds several shootings a day (decide.place_weight). The other reports of that
    city, which a candidate search by place finds beside them, do give it. (Only for this
    comparison: the stored signature stays a function of the article alone.)"""
    known: dict[PlaceName, int] = {}
    for sig in sigs:
        place = sig.get("place") or {}
        if place.get("loc") and place.get("pop"):
            name = (place["loc"], place.get("admin1"), place.get("country"))
            known.setdefault(name, int(place["pop"]))
    if not known:
        return sigs
    out = []
    for sig in sigs:
        place = sig.get("place") or {}
        name = (place.get("loc"), place.get("admin1"), place.get("country"))
        if place.get("loc") and not place.get("pop") and name in known:
            sig = {**sig, "place": {**place, "pop": known[name]}}
        out.append(sig)
    return out


def told_apart(ev: decide.Evidence) -> bool:
    """Whether one of an event's reports says the article is of another shooting of its city:
    it links below SAME_EVENT, with no veto, and names another street, other ages or blocks,
    or victims of another sex (ev.apart).

    An event grows by single links: a weekend roundup that names three shootings joins the
    first one's event, and the next night's shooting then links to that roundup alone, while
    each report of the event's own shooting tells it apart. Counted over the event's reports
    (APART_MAJORITY), those reports outvote the one link."""
    return ev.veto is None and ev.apart > 0 and ev.score < decide.SAME_EVENT


def nearest_event(sig: Signature, events: list[str], members: dict[str, Signature]) -> str:
    """Of events an article links to strongly that cannot be one event, the one it tells of:
    the one whose closest report (`members`) came out nearest the article's own day, when it
    came out NEAREST_RIVAL days or more nearer than the first's (the best-scoring, as `events`
    lists them); else the first.

    Such an article tells of one event and names the other in passing: a cousin shot last
    month, the gunman's earlier attack, last year's flood in the same valley. What it shares
    with the older one (the family's names, the town, the kind of event) can score as high as
    what it shares with the one it reports, but news is about the days it came out in: the
    report published beside it is of its event, the one weeks before is background."""
    gaps = {e: decide.publication_gap(sig, members[e]) for e in events}
    nearest = min(events, key=lambda e: (gaps[e], events.index(e)))
    # the best-scoring event stays unless the other was told a week or more nearer: reports of
    # one event come out over days, and two look-alikes of one week are no recalled background
    return nearest if gaps[events[0]] - gaps[nearest] >= NEAREST_RIVAL else events[0]


class Grouper:
    """Assigns articles one by one; `flush` writes the batch."""

    def __init__(self, store: Store, run_id: int | None) -> None:
        self.store = store
        self.run_id = run_id
        self.stats = Stats()
        self.decisions: list[Decision] = []
        self._reset()

    def _reset(self) -> None:
        self.sigs: dict[str, Signature] = {}
        self.keys: dict[str, list[str]] = {}
        self.index_keys: dict[str, list[str]] = {}
        self.df_delta: Counter[str] = Counter()
        self.df_cache: dict[str, int] = {}
        self.assigned: dict[str, tuple[str, str | None, str | None]] = {}
        self.new_events: list[tuple[str, int, str]] = []
        self.order: dict[str, int] = {}
        self.redirect: dict[str, str] = {}
        self.merges: list[tuple[str, str]] = []
        self.repoints: list[tuple[str, str, str]] = []  # (former original, new original, kind)
        self.next_seq = sql.next_event_seq(self.store)

    # -- look-ups through the batch overlay -------------------------------------------------

    def _resolve(self, event_id: str) -> str:
        while event_id in self.redirect:
            event_id = self.redirect[event_id]
        return event_id

    def _candidates(self, sig: Signature) -> list[str]:
        counts: Counter[str] = Counter()
        outlet: set[str] = set()
        for key in query_keys(sig):
            ids = sql.postings(self.store, key, KEY_CAP + 1) + self.keys.get(key, [])
            if len(ids) > KEY_CAP:
                continue
            if outlet_key(key):
                outlet.update(ids)
                continue
            for i in ids:
                counts[i] += 1
        counts.pop(sig["id"], None)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        out = [i for i, _ in ranked[:MAX_CANDIDATES]]
        outlet.difference_update(out)
        outlet.discard(sig["id"])
        extra = sorted(outlet, key=lambda i: (-counts.get(i, 0), i))
        return out + extra[: int(OUTLET_CANDIDATES)]

    def _idf(self, terms: set[str]) -> Callable[[str], float]:
        wanted = sorted(terms)
        # the stored frequencies do not change until the batch is written: fetch each once
        missing = [t for t in wanted if t not in self.df_cache]
        if missing:
            found = sql.document_frequencies(self.store, missing)
            self.df_cache.update((t, found.get(t, 0)) for t in missing)
        df = self.df_cache
        n = sql.stat(self.store, "documents") + len(self.sigs)
        n = max(n, MIN_DOCUMENTS)
        top = math.log(n + 1)
        cache = {
            t: math.log((n + 1) / (df.get(t, 0) + self.df_delta.get(t, 0) + 1)) / top
            for t in wanted
        }
        return lambda t: cache.get(t, 1.0)

    def _events_of(self, ids: list[str]) -> Placed:
        stored = sql.assignments(self.store, [i for i in ids if i not in self.assigned])
        out = {i: (self._resolve(e), d) for i, (e, d) in stored.items()}
        for i in ids:
            if i in self.assigned:
                e, d, _ = self.assigned[i]
                out[i] = (self._resolve(e), d)
        return out

    def _seq(self, event_ids: list[str]) -> dict[str, int]:
        out = sql.event_order(self.store, [e for e in event_ids if e not in self.order])
        out.update({e: self.order[e] for e in event_ids if e in self.order})
        return out

    # -- one article ------------------------------------------------------------------------

    def add(self, article: Article, analysis: Analysis | None) -> Decision:
        sig = signature(article, analysis)
        cand_ids = self._candidates(sig)
        stored = sql.signatures(self.store, [i for i in cand_ids if i not in self.sigs])
        cands = [
            (i, self.sigs.get(i) or stored[i]) for i in cand_ids if i in self.sigs or i in stored
        ]
        terms = _idf_terms(sig)
        for _, c in cands:
            terms |= _idf_terms(c)
        idf = self._idf(terms)
        events = self._events_of([i for i, _ in cands])
        self.stats.articles += 1
        self.stats.candidates += len(cands)
        self.stats.comparisons += len(cands)

        filled = with_known_populations([sig] + [c for _, c in cands])
        probe, cands = filled[0], [(i, c) for (i, _), c in zip(cands, filled[1:], strict=True)]
        cache: dict[str, decide.Weights] = {}
        evidence = [(i, c, decide.compare(probe, c, idf, cache)) for i, c in cands if i in events]
        decision = self._copy_decision(article.id, sig, evidence, events)
        if decision is None:
            decision = self._event_decision(article.id, probe, evidence, events, idf)
        decision.candidates = len(cands)
        self._record(article.id, sig, decision)
        return decision

    def _copy_decision(
        self,
        article_id: str,
        sig: Signature,
        evidence: Compared,
        events: Placed,
    ) -> Decision | None:
        copies = [
            (0 if ev.kind == "copy" else 1, -max(ev.copy, ev.rewrite), i, cand)
            for i, cand, ev in evidence
            if ev.kind and ev.veto is None
        ]
        if not copies:
            return None
        rank, neg_score, best, cand = min(copies, key=lambda c: c[:3])
        event_id, dup_of = events[best]
        kind = "copy" if rank == 0 else "rewrite"
        original = dup_of or best
        original_sig = cand if original == best else None
        if original_sig is None:
            original_sig = self.sigs.get(original) or sql.signatures(self.store, [original]).get(
                original
            )
        if original_sig is not None and decide.published_before(sig, original_sig):
            # this one is the earlier copy (a wire story read after its republication): it
            # becomes the original, and the copies of the former original point at it
            self.repoints.append((original, article_id, kind))
            return Decision(article_id, event_id, score=-neg_score)
        return Decision(article_id, event_id, duplicate_of=original, kind=kind, score=-neg_score)

    def _compatible(self, a: Signature, b: Signature, idf: decide.Idf) -> bool:
        """Whether two events' closest reports could be of one event: their dates and places
        do not exclude it, and compared directly they score at least SAME_EVENT + BRIDGE_DIRECT.

        A report that links two events is often a roundup ("six dead in a week") or tells of
        the other event as background: it must not merge events whose own reports, compared
        with each other, say they are apart. Two reports of one event that were split for want
        of evidence still come close directly (the same day and place, a shared name), and the
        bridge adds what they lacked -- or, when one of them is a headline over page junk
        (HEADLINE_BRIDGE), nothing in their comparison tells them apart
        (decide.headline_page_bridge)."""
        self.stats.comparisons += 1
        ev = decide.compare(a, b, idf)
        if TOLL_MAJORITY and not ev.people and decide.tolls_disagree(a, b):
            return False  # their death tolls cannot be one event's (a roundup, a misread toll)
        if ev.veto is not None:
            return False
        if ev.same or ev.score >= decide.SAME_EVENT + BRIDGE_DIRECT:
            return True
        return bool(HEADLINE_BRIDGE) and decide.headline_page_bridge(a, b, ev)

    def _event_decision(
        self,
        article_id: str,
        sig: Signature,
        evidence: Compared,
        events: Placed,
        idf: decide.Idf,
    ) -> Decision:
        best: dict[str, float] = {}
        best_member: dict[str, Signature] = {}
        vetoes: Counter[str] = Counter()
        compared: Counter[str] = Counter()
        tolls: Counter[str] = Counter()
        falls: Counter[str] = Counter()
        people: set[str] = set()  # events one of whose reports names the article's people
        apart: Counter[str] = Counter()  # reports that tell the article's spot apart (told_apart)
        for i, member, ev in evidence:
            event_id = events[i][0]
            compared[event_id] += 1
            apart[event_id] += told_apart(ev)
            if member.get("kill") is not None:
                tolls[event_id] += 1
                if not ev.people and decide.tolls_disagree(sig, member):
                    falls[event_id] += 1
            if ev.veto is not None:
                vetoes[event_id] += 1
                continue
            if ev.people and ev.score >= decide.SAME_EVENT:
                people.add(event_id)
            if ev.score > best.get(event_id, -math.inf):
                best[event_id] = ev.score
                best_member[event_id] = member
        linked = sorted(
            (
                (-score, e)
                for e, score in best.items()
                if score >= decide.SAME_EVENT
                and (vetoes[e] * 2 <= compared[e] or (PEOPLE_OVER_MAJORITY and e in people))
                and not (TOLL_MAJORITY and falls[e] >= TOLL_MAJORITY and falls[e] * 2 > tolls[e])
                and not (
                    APART_MAJORITY
                    and apart[e] >= APART_MAJORITY
                    and apart[e] * 2 > compared[e]
                    and e not in people
                )
            ),
        )
        if not linked:
            event_id = event_id_for(article_id)
            self.order[event_id] = self.next_seq
            self.new_events.append((event_id, self.next_seq, article_id))
            self.next_seq += 1
            self.stats.events_opened += 1
            return Decision(article_id, event_id)
        neg_score, target = linked[0]
        merge_score = decide.SAME_EVENT + MERGE_MARGIN
        compatible = {
            e: self._compatible(best_member[target], best_member[e], idf)
            for s, e in linked[1:]
            if -s >= merge_score
        }
        rivals = [e for e, ok in compatible.items() if not ok]
        if NEAREST_RIVAL and rivals:
            nearest = nearest_event(sig, [target, *rivals], best_member)
            if nearest != target:
                target = nearest
                neg_score = -best[target]
                compatible = {
                    e: self._compatible(best_member[target], best_member[e], idf)
                    for s, e in linked
                    if -s >= merge_score and e != target
                }
        strong = [target] + [e for _, e in linked if compatible.get(e)]
        decision = Decision(article_id, target, score=-neg_score)
        if len(strong) > 1:
            order = self._seq(strong)
            strong.sort(key=lambda e: (order.get(e, 1 << 62), e))
            survivor = strong[0]
            for other in strong[1:]:
                self.redirect[other] = survivor
                self.merges.append((other, survivor))
                decision.merged.append(other)
                self.stats.merges += 1
            decision.event_id = survivor
        return decision

    def _record(self, article_id: str, sig: Signature, decision: Decision) -> None:
        self.sigs[article_id] = sig
        keys = index_keys(sig)
        self.index_keys[article_id] = keys
        for key in keys:
            self.keys.setdefault(key, []).append(article_id)
        self.df_delta.update(_df_terms(sig))
        self.assigned[article_id] = (decision.event_id, decision.duplicate_of, decision.kind)
        self.decisions.append(decision)

    # -- writing a batch --------------------------------------------------------------------

    def flush(self) -> None:
        if not self.sigs:
            return
        pending = sql.PendingWrite(
            signatures=[(i, s, self.index_keys[i], _df_terms(s)) for i, s in self.sigs.items()],
            events=self.new_events,
        )
        sql.save(self.store, pending)
        for merged, into in self.merges:
            self.store.merge_events(merged, self._resolve(into), self.run_id)
        for old, new, kind in self.repoints:
            for i, (e, dup, k) in list(self.assigned.items()):
                if i == old:
                    self.assigned[i] = (e, new, kind)
                elif dup == old:
                    self.assigned[i] = (e, new, k)
        rows = [(i, self._resolve(e), dup, kind) for i, (e, dup, kind) in self.assigned.items()]
        self.store.assign(rows, self.run_id)
        for old, new, kind in self.repoints:
            sql.repoint_copies(self.store, old, new, kind)
        self._reset()


def assign_pending(store: Store, run_id: int | None) -> int:
    """Group every stored article without an event; returns how many were grouped."""
    return group_pending(store, run_id).stats.articles


def group_pending(store: Store, run_id: int | None, *, keep_decisions: bool = False) -> Grouper:
    """`assign_pending` returning the Grouper (its stats, and its decisions when kept)."""
    pending = store.unassigned_ids()
    grouper = Grouper(store, run_id)
    for start in range(0, len(pending), BATCH):
        chunk = pending[start : start + BATCH]
        analyses = {a.article_id: a for a in store.analyses(chunk)}
        for article in store.articles(chunk):
            grouper.add(article, analyses.get(article.id))
        grouper.flush()
        if not keep_decisions:
            grouper.decisions.clear()
    return grouper
