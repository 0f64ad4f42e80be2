"""Issue 4: copy and rewrite detection on pairs built at run time from real GVA articles.

    python benchmarks/group_pairs.py [--limit N] [--seed S] [--swap P]

For each sampled article (150 words or more) the script builds:
    copy            the same text under another id
    copy+junk       other boilerplate above and below, another headline, a few words edited
    rewrite         words swapped for synonyms (a share --swap of the swappable words), the
                    clauses of some sentences turned around, some sentences moved
    same-event      an independent report of the same incident (another GVA article): not a copy
    same-topic      the most similar article (TF-IDF) about another incident: not a copy
and runs the pairwise rule (`group.decide.copy_kind`) on their signatures. Printed: precision and
recall of "copy", of "rewrite", and of "dependent" (copy or rewrite) against the pairs' kinds.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import Counter, defaultdict

from common import DATA, read_jsonl
from newsfold.group import decide
from newsfold.group import text as tx
from newsfold.group.signature import signature
from newsfold.records import Article

SYNONYMS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "killed": "slain",
    "shot": "gunned",
    "police": "officers",
    "officers": "police",
    "man": "male",
    "woman": "female",
    "home": "house",
    "house": "residence",
    "car": "vehicle",
    "vehicle": "car",
    "hospital": "medical center",
    "injured": "hurt",
    "wounded": "injured",
    "died": "passed away",
    "dead": "deceased",
    "found": "discovered",
    "arrested": "detained",
    "charged": "accused",
    "suspect": "alleged gunman",
    "victim": "casualty",
    "shooting": "gunfire incident",
    "investigating": "probing",
    "investigation": "inquiry",
    "night": "evening",
    "morning": "early hours",
    "near": "close to",
    "after": "following",
    "before": "prior to",
    "about": "around",
    "approximately": "roughly",
    "later": "afterwards",
    "began": "started",
    "fired": "discharged",
    "gun": "firearm",
    "weapon": "firearm",
    "boy": "youngster",
    "girl": "young girl",
    "child": "youngster",
    "children": "kids",
    "family": "relatives",
    "friends": "acquaintances",
    "neighbors": "residents nearby",
    "street": "road",
    "apartment": "flat",
    "store": "shop",
    "told reporters": "informed journalists",
    "according to": "per",
    "authorities": "officials",
    "officials": "authorities",
    "identified": "named",
    "believed": "thought",
    "several": "a number of",
    "many": "numerous",
    "help": "assistance",
    "call": "phone call",
    "scene": "location",
    "area": "neighborhood",
    "reported": "stated",
    "confirmed": "verified",
    "released": "freed",
    "custody": "detention",
    "court": "tribunal",
    "jail": "prison",
    "attack": "assault",
    "fight": "altercation",
    "argument": "dispute",
    "witnesses": "onlookers",
    "people": "individuals",
    "large": "big",
    "small": "little",
    "quickly": "rapidly",
    "tried": "attempted",
    "was": "had been",
    "were": "had been",
    "is": "remains",
    "are": "remain",
    "has": "had",
    "have": "had",
    "but": "however",
    "also": "too",
    "when": "as",
    "while": "as",
    "because": "since",
    "with": "alongside",
    "from": "out of",
    "into": "inside",
    "took": "carried",
    "left": "departed",
    "went": "headed",
    "came": "arrived",
    "got": "obtained",
    "going": "heading",
    "say": "state",
    "think": "believe",
    "know": "understand",
    "still": "yet",
    "just": "only",
    "very": "extremely",
    "again": "once more",
    "during": "amid",
    "early": "in the early part of",
    "late": "in the late part of",
    "year": "twelve months",
    "old": "aged",
    "inside": "within",
    "outside": "in front of",
    "then": "afterwards",
    "what": "that which",
    "including": "among them",
}

BOILERPLATE_TOP = [
    "Sign up for our daily newsletter and get the top stories in your inbox.",
    "Advertisement",
    "Share this article: Facebook Twitter Email",
]
BOILERPLATE_BOTTOM = [
    "Copyright 2016 The Daily Record. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Comments are closed. Read our community guidelines before posting.",
    "Related: More local news from our newsroom",
]


def rewrite(text: str, rng: random.Random, share: float) -> str:
    """A programmatic rewrite: synonym swaps, clauses turned around, sentences moved."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        new = SYNONYMS.get(word.lower())
        if new is None or rng.random() > share:
            return word
        return new.capitalize() if word[0].isupper() else new

    out_paragraphs = []
    for para in text.split("\n\n"):
        sentences = re.split(r"(?<=[.!?])\s+", para.strip())
        new_sentences = []
        for sentence in sentences:
            sentence = re.sub(r"[A-Za-z]+", swap, sentence)
            head, sep, tail = sentence.partition(", ")
            if sep and rng.random() < 0.3 and len(tail) > 20 and tail.endswith("."):
                sentence = (
                    tail[:-1][0].upper() + tail[:-1][1:] + ", " + head[0].lower() + head[1:] + "."
                )
            new_sentences.append(sentence)
        if len(new_sentences) > 2 and rng.random() < 0.5:
            i = rng.randrange(len(new_sentences) - 1)
            new_sentences[i], new_sentences[i + 1] = new_sentences[i + 1], new_sentences[i]
        out_paragraphs.append(" ".join(new_sentences))
    return "\n\n".join(out_paragraphs)


def edit(text: str, rng: random.Random, n: int) -> str:
    """n small edits: a word dropped or doubled here and there."""
    words = text.split(" ")
    for _ in range(n):
        i = rng.randrange(len(words))
        if rng.random() < 0.5:
            words.pop(i)
        else:
            words.insert(i, words[i])
    return " ".join(words)


def with_junk(text: str, rng: random.Random) -> str:
    top = "\n\n".join(rng.sample(BOILERPLATE_TOP, 2))
    bottom = "\n\n".join(rng.sample(BOILERPLATE_BOTTOM, 2))
    return f"{top}\n\n{edit(text, rng, 4)}\n\n{bottom}"


def most_similar_other(rows: list[dict], i: int) -> int:  # type: ignore[type-arg]
    """The article about another incident most similar to row i (TF-IDF cosine)."""
    docs = _docs(rows)
    best, best_j = -1.0, -1
    for j, d in enumerate(docs):
        if rows[j]["incident_id"] == rows[i]["incident_id"]:
            continue
        s = decide.cosine(docs[i], d, _IDF)
        if s > best:
            best, best_j = s, j
    return best_j


_DOCS: list[dict[str, int]] = []
_DF: Counter[str] = Counter()


def _docs(rows: list[dict]) -> list[dict[str, int]]:  # type: ignore[type-arg]
    if not _DOCS:
        for r in rows:
            counts = Counter(tx.content_terms(r["text"]))
            _DOCS.append(dict(counts))
            _DF.update(counts.keys())
    return _DOCS


def _IDF(term: str) -> float:
    n = len(_DOCS)
    return math.log((n + 1) / (_DF.get(term, 0) + 1)) / math.log(n + 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300, help="articles to build pairs from")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--swap", type=float, default=0.9, help="share of swappable words swapped")
    ap.add_argument("--show", type=int, default=0, help="print N misclassified pairs")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    rows = [r for r in read_jsonl(DATA / "gva" / "articles.jsonl") if r.get("text")]
    by_incident: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_incident[r["incident_id"]].append(i)
    eligible = [i for i, r in enumerate(rows) if len(r["text"].split()) >= 150]
    sample = sorted(rng.sample(eligible, min(args.limit, len(eligible))))

    def sig(text: str, title: str, ident: str) -> dict:  # type: ignore[type-arg]
        return signature(Article(id=ident, text=text, title=title), None)

    pairs: list[tuple[str, str | None, dict, dict]] = []  # type: ignore[type-arg]
    for i in sample:
        r = rows[i]
        orig = sig(r["text"], r["title"], r["id"])
        pairs.append(("copy", "copy", orig, sig(r["text"], r["title"], "c")))
        pairs.append(
            ("copy+junk", "copy", orig, sig(with_junk(r["text"], rng), "Another headline", "j"))
        )
        pairs.append(
            ("rewrite", "rewrite", orig, sig(rewrite(r["text"], rng, args.swap), r["title"], "w"))
        )
        same = [j for j in by_incident[r["incident_id"]] if j != i]
        if same:
            o = rows[rng.choice(same)]
            pairs.append(("same-event", None, orig, sig(o["text"], o["title"], o["id"])))
        o = rows[most_similar_other(rows, i)]
        pairs.append(("same-topic", None, orig, sig(o["text"], o["title"], o["id"])))

    results: dict[str, Counter[str]] = defaultdict(Counter)
    for name, want, a, b in pairs:
        got, c, r = decide.copy_kind(a, b)
        results[name][got or "none"] += 1
        if args.show and (got is None) != (want is None):
            print(f"{name}: got {got} (shingles {c:.2f}, pairs {r:.2f})")

    print(f"pairs from {len(sample)} GVA articles (rewrite swap share {args.swap}):")
    for name in ("copy", "copy+junk", "rewrite", "same-event", "same-topic"):
        counts = results[name]
        print(f"  {name:11} " + "  ".join(f"{k}={counts[k]}" for k in ("copy", "rewrite", "none")))
    for label, kinds in (
        ("copy", {"copy"}),
        ("rewrite", {"rewrite"}),
        ("dependent", {"copy", "rewrite"}),
    ):
        tp = fp = fn = 0
        for _, want, a, b in pairs:
            got = decide.copy_kind(a, b)[0]
            is_pos = want in kinds
            said = got in kinds
            tp += is_pos and said
            fp += said and not is_pos
            fn += is_pos and not said
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        print(f"  {label:10} precision {p:.3f}  recall {rc:.3f}  (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
