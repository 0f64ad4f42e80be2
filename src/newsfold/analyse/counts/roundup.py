"""A roundup's counts: only the sentences about its first incident count.

A roundup ("6 dead, 19 wounded in weekend violence", "Four people wounded in three shootings
across the East End") tells of several incidents and totals their toll. Grouping joins it to one
of them, and its whole tally then became, or swayed, that event's toll. Read as an analyst
does, a roundup's totals are never one incident's toll: the article's own event is the first
incident it details (the one its place and date come from), so only the readings of that
incident's paragraphs count, and the summary paragraphs (those that announce the several
incidents) and the paragraphs about the next incidents are set aside with a reason. When no
paragraph can be told to be the first incident's, no casualty reading counts and the article
gives no toll (the headline's tally does not stand in either: `article.annotate`).

Which articles are roundups is `is_roundup` (the headline or lead announces several
incidents; read from the headline and the first lines only: a single-incident story often
mentions other shootings further down), the same test that sets a roundup's toll aside across
reports (`reconcile.tolls`); its patterns are the ways headlines announce several incidents.
Where an incident ends is read from the paragraphs: the next one opens on a new scene ("Around 5:20
a.m.", "An hour earlier", "Another shooting", "In the second incident") or introduces new,
indefinite victims ("A woman was hit twice in the 4200 block"), while the first
incident's later paragraphs go on about the same people ("He was taken to a hospital").
Hand-written because no library segments a news text into the incidents it lists; the cues
are the ways a roundup moves from one incident to the next.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from newsfold.analyse.ascii_fold import folded_page, folded_twin
from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.sentence_start import sentence_end, sentence_start
from newsfold.records import Article

LEAD_CHARS = 300

_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_COUNT = rf"(?:{_NUMBER}|several|multiple|separate|unrelated)"
_ROUNDUP = re.compile(
    rf"""\b(?:
        {_COUNT}\s+(?:[\w.'-]+\s+){{0,2}}?shootings
      | (?:weekend|overnight|holiday|weeknight)\s+(?:of\s+)?(?:shootings|violence)
      | (?:spate|string|series|rash|wave|flurry|spree)\s+of\s+(?:\w+\s+)?(?:shootings|homicides)
      | (?:violent|bloody|deadly|deadliest)\s+(?:holiday\s+)?weekend
      | (?:separate|{_NUMBER})\s+(?:separate\s+)?(?:incidents|attacks)
      | shot\s+(?:[\w.'-]+\s+){{0,6}}?(?:in|within|over)\s+(?:a\s+|the\s+)?(?:past\s+|span\s+of\s+)?
        (?:{_NUMBER}|\d+)[\s-]+(?:hours\b|hour\s+(?:span|period|stretch)\b)
      | shootings\s+(?:across|around|throughout)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# "the two shootings are connected", "believe the two shootings were related": the shootings
# told as one incident's parts, not several incidents
_LINKED = re.compile(
    r"^\s+(?:are|were|may\s+be|might\s+be|could\s+be|to\s+be|appear\s+to\s+be|are\s+likely)"
    r"\s+(?:connected|related|linked)\b",
    re.IGNORECASE,
)


def _linked_shootings(lead: str, match: re.Match[str]) -> bool:
    """Whether a roundup phrase ("the two shootings") is said to be connected right after it
    ("Police believe the two shootings are connected"): one incident told in two scenes (a
    man found dead, a second man at a hospital with a wound), not a tally of several. Not
    when the sentence denies it ("Police do not believe the two shootings are connected"),
    read from its start (`sentence_start`: a clock's or an abbreviation's stop before a
    lowercase word ends no sentence, "Police did not say at 9 a.m. today whether ..."). Only
    the clause that says it is read for the denial (`_CLAUSE_BREAK`): "No arrests have been
    made, but police believe the two shootings are connected" denies the arrests, not the link;
    and a bare "no" denies only as a determiner of doubt ("no indication", "no evidence")."""
    sentence = lead[sentence_start(lead, match.start()) : match.start()]
    clause = _CLAUSE_BREAK.split(sentence)[-1]
    return _LINKED.match(lead[match.end() :]) is not None and not _DENIED.search(clause)


_DENIED = re.compile(
    r"\bnot\b|n't\b|\bnothing\b|\bno\s+(?:indication|evidence|sign|reason|word|information|"
    r"link|connection|belief)s?\b",
    re.IGNORECASE,
)

# where one clause of a sentence ends and the next, with its own verb, begins
_CLAUSE_BREAK = re.compile(
    r";|,?\s+but\s+|,\s+and\s+|\s+and\s+(?=police|investigators|officers)", re.IGNORECASE
)


# a period's running count: "so far this year", "in 2021", "since January", "since Jan. 1",
# "year to date" (the closing word boundary is the word alternatives' only: "Jan." ends in a
# stop, and a stop before a space has no boundary after it)
_PERIOD = re.compile(
    r"\b(?:(?:(?:so\s+far\s+)?this\s+(?:year|month)|in\s+(?:19|20)\d\d|since\s+(?:January|"
    r"the\s+start\s+of\s+the\s+year|the\s+beginning\s+of\s+the\s+year)|"
    r"year[\s-]to[\s-]date|of\s+the\s+year)\b|since\s+Jan\.)",
    re.IGNORECASE,
)


def _period_count(lead: str, match: re.Match[str]) -> bool:
    """Whether a roundup phrase ("45 shootings") is a period's running count told in its own
    sentence ("The city has recorded 45 shootings and nine homicides this year"): the
    city's tally a single incident's lead ends with, not several incidents the article
    details. Only the sentence the phrase is in is read (`sentence_start`, `sentence_end`: an
    abbreviation's stop before a lowercase word, "on Elm St. and nearby blocks", ends none);
    read in the text only (a headline's period count, "14 killed in shootings this month",
    keeps the page a roundup: its number must not stand in for the one incident's toll). Read
    from the text, not a Doc: reconciliation asks it of articles (`is_roundup`)."""
    start = sentence_start(lead, match.start())
    end = sentence_end(lead, match.end())
    return _PERIOD.search(lead[start:end]) is not None


def is_roundup(article: Article) -> bool:
    """Whether the article's headline or lead announces several incidents (not shootings
    said to be connected, `_linked_shootings`, nor a period's running count in the text,
    `_period_count`)."""
    title = article.title or ""
    lead = f"{title}\n{(article.text or '')[:LEAD_CHARS]}"
    return any(
        not _linked_shootings(lead, m) and not (m.start() > len(title) and _period_count(lead, m))
        for m in _ROUNDUP.finditer(lead)
    )


ROUNDUP_REASON = "roundup: a tally or another incident of an article that lists several"

_CASUALTY_FIELDS = ("fatalities", "injuries", "hit")

# a paragraph that announces or sums up the several incidents ("in two shootings", "in
# separate incidents", "four separate bloody scenes", "across the city")
_SUMMARY = re.compile(
    r"\b(?:shootings|shooting's|incidents|attacks|homicides|killings|scenes|stabbings)\b"
    r"|\b(?:spate|string|series|rash|wave|flurry|spree)\s+of\b"
    r"|\b(?:across|around|throughout)\s+the\s+(?:city|county|region|state)\b|\bcity-?wide\b"
    r"|\b(?:violent|bloody|deadly|deadliest)\s+(?:[\w-]+\s+){0,2}?(?:weekend|night|day)\b",
    re.IGNORECASE,
)

# a paragraph that opens on a new scene: a time of day, "earlier"/"later", "another shooting"
_NEW_SCENE = re.compile(
    r"^\W*(?:"
    r"(?:around|about|at|shortly\s+(?:after|before)|just\s+(?:after|before)|before|after)\s+"
    r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\b|o'clock)|noon|midnight)"
    r"|\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b"
    r"|(?:an?|one|two|three|several|\d+)\s+(?:hours?|minutes?|days?)\s+(?:earlier|later|before)"
    r"|(?:earlier|later|then|also|separately|meanwhile|elsewhere|most\s+recently|finally)\b"
    r"|(?:in\s+)?(?:another|an\s+earlier|a\s+later|the\s+(?:first|second|third|fourth|fifth|"
    r"other|next|latest|last|earlier|later))\s+(?:shooting|incident|attack|case|scene)"
    r"|in\s+(?:a|the)\s+(?:second|third|fourth|fifth|other|next)\b"
    r"|another\b"
    r")",
    re.IGNORECASE,
)

# victims told of as new people: "a man", "A 16-year-old girl", "two women", "another man"
_INDEFINITE = re.compile(
    r"^(?:an?|another|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\b",
    re.IGNORECASE,
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line-separated paragraph."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            spans.append((m.start(), m.end()))
    return spans


def _paragraph_of(spans: list[tuple[int, int]], offset: int) -> int:
    """The index of the paragraph holding `offset`, or -1 (between paragraphs, or outside)."""
    i = bisect_right(spans, (offset, math.inf)) - 1  # the last paragraph starting at or before
    return i if i >= 0 and spans[i][0] <= offset < spans[i][1] else -1


def _first_incident(
    text: str, spans: list[tuple[int, int]], by_paragraph: dict[int, list[Reading]]
) -> set[int]:
    """The paragraphs (indices) of the first incident the roundup details: from the first
    paragraph with a casualty reading that is not a summary of several incidents, up to the
    paragraph that tells of new victims, or opens a new scene and tells of no one counted."""
    first = None
    for i in sorted(p for p in by_paragraph if p >= 0):
        lo, hi = spans[i]
        if not _SUMMARY.search(text[lo:hi]):
            first = i
            break
    if first is None:
        return set()
    kept = {first}
    for i in range(first + 1, len(spans)):
        lo, hi = spans[i]
        if _SUMMARY.search(text[lo:hi]):
            break
        here = by_paragraph.get(i, [])
        new = [r for r in here if r.new_person or _INDEFINITE.match(r.victims.strip())]
        if new:
            break
        # a new scene ("About 8:20 p.m.") goes on with the same incident only when it tells
        # of the people already counted ("the teen was driving ... when he was shot")
        if _NEW_SCENE.match(text[lo:hi]) and not any(r.victims.strip() for r in here):
            break
        kept.add(i)
    return kept


def set_roundup_aside(article: Article, readings: list[Reading]) -> bool:
    """In a roundup, mark every casualty reading outside its first incident's paragraphs as
    discarded (`ROUNDUP_REASON`). Returns whether the article is a roundup."""
    if not is_roundup(article):
        return False
    text = article.text or ""
    spans = _paragraphs(text)
    by_paragraph: dict[int, list[Reading]] = {}
    for r in readings:
        if r.field in _CASUALTY_FIELDS and r.discard is None:
            by_paragraph.setdefault(_paragraph_of(spans, r.start), []).append(r)
    kept = _first_incident(text, spans, by_paragraph)
    for i, here in by_paragraph.items():
        if i not in kept:
            for r in here:
                r.discard = ROUNDUP_REASON
    return True


DIGEST_REASON = "digest: another incident of the city's tally the story ends with"

_N = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several)"
# a tally of the city's shootings a single-incident story turns to, then details ("A woman
# was killed Saturday and six others were wounded in shootings around Milltown",
# "Three men were killed and six others hurt in 5 separate shootings overnight"), or that
# counts this incident's victims among ("The clerk was among 14 people shot, two fatally,
# between Friday evening and Sunday morning"). Only with the
# period or the area the tally spans: "the guard was among four people shot" counts the one
# incident's victims.
_DIGEST = re.compile(
    rf"\b{_N}\s+(?:other\s+)?(?:people|persons|others|more)\s+(?:were\s+|have\s+been\s+)?"
    rf"(?:shot|wounded|killed)\s+in\s+(?:separate\s+)?(?:attacks|shootings|violence)\s+"
    rf"(?:across|around|throughout|in)\b"
    rf"|\b(?:killed|slain|shot|wounded)\b[^.;\n]{{0,60}}?\bin\s+{_N}\s+(?:separate\s+)?"
    rf"(?:shootings|attacks|incidents)\b"
    rf"|\bamong\s+(?:the\s+)?{_N}\s+(?:people|persons)\s+(?:who\s+were\s+)?"
    rf"(?:shot|wounded|killed)(?:,\s*(?:one|two|three|\d+)\s+(?:of\s+them\s+)?fatally,)?\s+"
    rf"(?:from|over|since|between|across|around|throughout|citywide|in\s+the\s+(?:past|last))\b",
    re.IGNORECASE,
)
# A word each of `_DIGEST`'s three shapes holds (a cheap test before the pattern runs), and the
# pattern's case-sensitive twin for the text `folded` once (the same matches, about half the
# cost on a long page)
_DIGEST_WORDS = ("shootings", "attacks", "violence", "incidents", "among")
_DIGEST_FOLDED = folded_twin(_DIGEST)


def set_digest_aside(article: Article, readings: list[Reading]) -> bool:
    """A story of one incident that ends with the city's tally and its other incidents
    (`_DIGEST`): the readings from the tally's sentence on are discarded (`DIGEST_REASON`),
    when readings before it tell the story's own incident. Returns whether it did."""
    text = article.text or ""
    fold = folded_page(text)
    m = _DIGEST_FOLDED.search(fold) if any(w in fold for w in _DIGEST_WORDS) else None
    if m is None:
        return False
    start = sentence_start(text, m.start())
    live = [r for r in readings if r.field in _CASUALTY_FIELDS and r.discard is None]
    if not any(r.start < start for r in live):
        return False  # the tally opens the story: a roundup's, read as one (`is_roundup`)
    for r in live:
        if r.start >= start:
            r.discard = DIGEST_REASON
    return True
