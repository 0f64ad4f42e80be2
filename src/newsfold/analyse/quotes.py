"""Who said what, through whom: direct and indirect quotes, and the wire agencies an article
draws on.

Claims recorded:

- `quote`: value = the quoted words; attrs `speaker` (as the article describes them: "an
  officer", "Tomas Arbeloa, a 52-year-old baker on the square"), `channel` (who they said it to or
  where: "AFP", "Reuters", "local media", "Twitter"), `channel_kind` ("agency" for wire services
  and named outlets, "media" for unnamed media and reporters, "platform" for social networks,
  "statement" for statements and press conferences) and `kind` ("direct" / "indirect").
  Direct quotes are text inside quotation marks with at least three words; a quote split by its
  attribution (“A,” an officer said, “B.”) is one claim. A quote paragraph with no attribution
  of its own continues the previous speaker's words. Indirect quotes are clauses reported by a
  speech verb ("X said (that) ...", "X told Reuters ...") and "according to X" sentences.
- `attribution`: value = the agency's name ("AFP", "AP", "Reuters", or an outlet as written:
  "Sextant Press"), for "according to AFP", "(AP) —", "Reuters reported", "told AFP", "the
  Associated Press news agency", "The Associated Press contributed to this report". Reconcile
  uses these to find reports that share wire copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from newsfold.analyse import lexicon as lx
from newsfold.analyse import what
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import entities, in_sorted, sorted_hashes
from newsfold.analyse.sentence_start import sentence_end, sentence_start

OPEN_CLOSE = {"“": "”", '"': '"', "«": "»", "„": "“"}
_OPENERS = re.compile("[" + "".join(OPEN_CLOSE) + "]")
MIN_WORDS = 3  # shorter quoted text is a name or a scare quote ("barrios", “destabilize”)

MEDIA_WORDS = lx.words(
    """media press reporters journalists newspaper newspapers television tv radio outlets
    outlet broadcaster broadcasters"""
)
PEOPLE_WORDS = (
    lx.CIVILIAN | lx.LABOUR | lx.STATE_POLICE | lx.STATE_MILITARY | lx.NONSTATE_ARMED
) | lx.words("owners officials authorities witnesses")
# a job names its holder ("the coroner said"), less the words mostly read as adjectives ("a
# major newspaper reported")
PEOPLE_WORDS |= lx.PERSON_TITLES - lx.words("general major private vice")
STATEMENT_WORDS = lx.words("statement statements conference briefing communique release")
AGENCY_SUFFIXES = (
    " news agency",
    " news service",
    " newswire",
    " wire service",
    " agency",
)
ORG_OUTLET_WORDS = lx.words(
    """press news agency times post tribune journal herald gazette daily telegraph guardian
    chronicle television tv radio newspaper magazine network channel broadcaster wire
    reuters afp bbc cnn"""
)
DATELINE = re.compile(r"\(([A-Z][A-Za-z.&' -]{0,40}?)\)\s*[—–-]")
_WIRES = r"(The Associated Press|Associated Press|Thomson Reuters|Reuters|Agence France-Presse|AFP)"
CREDIT = re.compile(
    r"(?:(?:Copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}\s+)?" + _WIRES + r")"
    r"|(?:" + _WIRES + r"\s+contributed)",
    re.IGNORECASE,
)
"""Copy credits: "Copyright 2015 The Associated Press", "Reuters contributed to this report"."""


@dataclass(slots=True)
class Channel:
    name: str  # normalised: "AFP", "Sextant Press", "local media", "Twitter"
    kind: str  # agency | media | platform | statement
    start: int  # character span of the phrase that names it
    end: int


# --- Channels and agencies --------------------------------------------------------------------


def _strip_the(text: str) -> str:
    text = text.strip().strip(",.;:")
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


@lru_cache(maxsize=1 << 14)
def agency_name(text: str) -> str | None:
    """The normalised name of a wire service or news outlet, or None when it is not one.

    Known agencies map to their usual names ("Agence France-Presse" -> "AFP", "the Associated
    Press news agency" -> "AP"); other outlets are kept as written without "the" and "news
    agency" ("the Sextant Press news agency" -> "Sextant Press").

    (Cached: `who` and `quotes` ask it of every name and attribution, the same names many
    times per article; a pure function of the text, the cache bounded.)
    """
    name = _strip_the(text)
    low = name.lower()
    for suffix in AGENCY_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix):
            name = name[: -len(suffix)].strip()
            low = name.lower()
            break
    if low in lx.AGENCIES:
        if low in ("ap", "afp", "ani", "pti", "upi", "efe") and not name.isupper():
            return None
        return lx.AGENCIES[low]
    words = low.split()
    if not words or not name[:1].isupper():
        return None
    if words[-1] in ORG_OUTLET_WORDS or any(w in ("bbc", "cnn", "reuters") for w in words):
        return name
    return None


def _phrase(tok: Token) -> Span:
    """A noun with its modifiers and appositions (no relative clauses)."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "appos", "nummod", "amod", "prep") and child.dep_:
            if child.dep_ == "prep" and child.lower_ not in ("of", "in", "from", "at"):
                continue
            right = max(right, child.right_edge.i)
    return doc[left : right + 1]


def channel_of(phrase: Span) -> Channel | None:
    """What a phrase names as a channel: an agency or outlet, media, a platform, a statement."""
    text = phrase.text
    low = text.lower().strip()
    if not low:
        return None
    name = agency_name(text)
    if name is None and phrase.text.lower().endswith(("news agency", "agency")):
        name = _strip_the(text)
    if name is not None:
        return Channel(name, "agency", phrase.start_char, phrase.end_char)
    last = phrase[-1].lower_ if len(phrase) else ""
    if last in lx.PLATFORMS or low in lx.PLATFORMS:
        key = last if last in lx.PLATFORMS else low
        if key == "x" and phrase[-1].text != "X":
            return None
        return Channel(lx.PLATFORMS[key], "platform", phrase.start_char, phrase.end_char)
    words = [t.lower_ for t in phrase]
    if words and words[-1] in ("reports", "report", "reported") and len(words) > 1:
        words = words[:-1]
        last = words[-1]
        low = " ".join(words)
    if last in MEDIA_WORDS or (len(words) <= 4 and set(words) & {"media", "press"}):
        return Channel(_strip_the(low), "media", phrase.start_char, phrase.end_char)
    if last in STATEMENT_WORDS:
        return Channel(_strip_the(low), "statement", phrase.start_char, phrase.end_char)
    return None


def _verb_channel(verb: Token) -> tuple[Channel | None, list[Token]]:
    """The channel of a speech verb ("told AFP", "said to AFP", "wrote on Twitter", "said in a
    statement") and the tokens that name it."""
    candidates: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and verb.lemma_ in ("tell", "inform"):
            candidates.append(child)
        elif (
            child.dep_ == "prep" and child.lower_ in ("to", "on", "in", "via", "through")
        ) or child.dep_ == "dative":
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    for cand in candidates:
        ch = channel_of(_phrase(cand))
        if ch is not None:
            return ch, list(_phrase(cand))
    # "said Tomas Arbeloa, a baker on the square to AFP": the "to AFP" hangs inside the subject
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.i != verb.i:
            for obj in tok.children:
                if obj.dep_ == "pobj":
                    ch = channel_of(_phrase(obj))
                    if ch is not None and ch.kind == "agency":
                        return ch, [tok, *_phrase(obj)]
    return None, []


# --- Speakers ---------------------------------------------------------------------------------


def _speaker(verb: Token, exclude: set[int]) -> tuple[str | None, Span | None]:
    """The speaker of a speech verb: its subject with appositions, without the channel words."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("conj", "advcl"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None, None
    doc = verb.doc
    # "Ana Ruiz, 40, and her son said": the parse may give the verb two subjects
    subjects = [c for c in verb.children if c.dep_ == subj.dep_] if subj.head.i == verb.i else []
    toks = [t for s in (subjects or [subj]) for t in s.subtree if t.i not in exclude]
    toks.sort(key=lambda t: t.i)
    if not toks:
        return None, None
    start, end = toks[0].i, toks[-1].i + 1
    # cut at the first excluded token (a channel phrase inside the subject)
    for t in doc[start:end]:
        if t.i in exclude:
            end = t.i
            break
    # two clauses the parse took for one subject ("X has one of the highest rates, and bus
    # drivers say ..."): the speaker is the part after the last ", and"
    for k in range(end - 2, start, -1):
        if doc[k].lower_ == "and" and doc[k - 1].text == "," and k + 1 < end:
            if not _is_person(subj) and _names_people(doc[k + 1 : end]):
                start = k + 1  # (but "Ana Ruiz, 40, and her son said" is both of them)
            break
    span = doc[start:end]
    text = span.text.strip().strip(",;:—–- ").strip()
    if not text or text.lower() in ("it", "this", "that", "which", "who"):
        return None, None
    return text, span


def _names_people(span: Span) -> bool:
    """Whether a phrase names a person or people ("Ana Ruiz", "bus drivers", "the police")."""
    return any(t.ent_type_ in ("PERSON", "NORP", "ORG") or t.lower_ in PEOPLE_WORDS for t in span)


def _is_person(tok: Token) -> bool:
    """A subject head that names someone: a proper name or a word for people."""
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in ("PERSON", "NORP", "ORG")
        or (tok.lower_ in PEOPLE_WORDS)
    )


def _is_speech(tok: Token) -> bool:
    return tok.lemma_ in lx.SPEECH_VERBS and (tok.pos_ == "VERB" or tok.tag_.startswith("VB"))


# --- Direct quotes ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Quote:
    segments: list[tuple[int, int]]  # character spans of the quoted text, marks excluded
    start: int  # span of the whole quote with its marks (and the attribution between parts)
    end: int


def quote_segments(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (curly, straight, guillemets)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        # the next opening mark (a search, not a Python step per character)
        opener = _OPENERS.search(text, i)
        if opener is None:
            break
        i = opener.start()
        close = OPEN_CLOSE[text[i]]
        j = text.find(close, i + 1)
        # a quote does not run across a paragraph break
        para = text.find("\n\n", i + 1)
        if j == -1 or (para != -1 and para < j) or j - i > 3000:
            i += 1
            continue
        spans.append((i + 1, j))
        i = j + 1
    return spans


def _words(text: str) -> int:
    return len(text.split())


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _attribution_verb(doc: Doc, start: int, end: int, inside: set[int]) -> Token | None:
    """A speech verb outside the quotes between character offsets start and end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.i not in inside and _is_speech(tok):
            return tok
    return None


def _direct(ctx: Context) -> list[tuple[int, int, int]]:
    """Record direct quotes; return their (start, end, first token) spans."""
    doc = ctx.doc
    text = ctx.article.text
    segments = [s for s in quote_segments(text) if _words(text[s[0] : s[1]]) >= 1]
    inside: set[int] = set()
    for s, e in segments:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            inside.update(t.i for t in span)
    # merge "“A,” an officer said, “B.”" into one quote
    quotes: list[_Quote] = []
    for s, e in segments:
        if quotes:
            prev = quotes[-1]
            gap = text[prev.end : s - 1]
            if (
                "\n" not in gap
                and len(gap) < 120
                and _attribution_verb(doc, prev.end, s - 1, inside) is not None
                and not gap.strip().endswith((".", "?", "!"))
            ):
                prev.segments.append((s, e))
                prev.end = e + 1
                continue
        quotes.append(_Quote([(s, e)], s - 1, e + 1))
    done: list[tuple[int, int, int]] = []
    last_speaker: tuple[str | None, Channel | None, int] = (None, None, -1)
    for q in quotes:
        value = " ".join(text[s:e].strip() for s, e in q.segments)
        value = re.sub(r"\s+", " ", value).strip().rstrip(",;:").strip()
        if _words(value) < MIN_WORDS:
            continue
        verb = _find_verb_for(ctx, q, inside)
        speaker: str | None = None
        channel: Channel | None = None
        according = _according_tail(ctx, q)
        if verb is not None:
            channel, ch_tokens = _verb_channel(verb)
            speaker, _ = _speaker(verb, {t.i for t in ch_tokens} | inside)
            speaker = _resolve_pronoun(speaker, last_speaker[0])
        elif according is not None:
            speaker = according.text
            channel = channel_of(according)
        elif (
            last_speaker[2] >= 0
            and 0 <= q.start - last_speaker[2] < 400
            and _paragraph_is_quote(text, q)
        ):
            # a quote paragraph with no attribution continues the previous speaker's words
            speaker, channel = last_speaker[0], last_speaker[1]
        attrs: dict[str, Any] = {"speaker": speaker, "kind": "direct"}
        if channel is not None:
            attrs["channel"] = channel.name
            attrs["channel_kind"] = channel.kind
            if channel.kind == "agency":
                _attribution(ctx, channel, "told")
        ctx.add_claim("quote", value, (q.start, q.end), **attrs)
        last_speaker = (speaker, channel, q.end)
        first = _token_at(doc, q.start)
        done.append((q.start, q.end, first.i if first is not None else -1))
    return done


def _paragraph_is_quote(text: str, q: _Quote) -> bool:
    """Whether the quote starts its paragraph or follows another quote in it."""
    para_start = text.rfind("\n", 0, q.start) + 1
    before = text[para_start : q.start].strip()
    return not before or before[-1] in '”"»'


def _according_tail(ctx: Context, q: _Quote) -> Span | None:
    """The X of a quote followed by ", according to X"."""
    tail = ctx.article.text[q.end : q.end + 20].lower()
    k = tail.find("according to")
    if k == -1 or "." in tail[:k]:
        return None
    tok = _token_at(ctx.doc, q.end + k)
    if tok is None or tok.i + 1 >= len(ctx.doc):
        return None
    to = ctx.doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    obj = obj or next((c for c in tok.children if c.dep_ == "pobj"), None)
    return _phrase(obj) if obj is not None else None


PRONOUNS = lx.words("he she they him her them")


def _resolve_pronoun(speaker: str | None, previous: str | None) -> str | None:
    """ "She said ...": the previous speaker, when there was one."""
    if speaker is not None and speaker.lower() in PRONOUNS and previous:
        return previous
    return speaker


def _find_verb_for(ctx: Context, q: _Quote, inside: set[int]) -> Token | None:
    """The speech verb that attributes a quote: between its parts, after it in the same
    sentence, or before it ("Maduro remarked on Twitter, “...”")."""
    doc = ctx.doc
    text = ctx.article.text
    if len(q.segments) > 1:
        verb = _attribution_verb(doc, q.segments[0][1] + 1, q.segments[1][0] - 1, inside)
        if verb is not None:
            return verb
    # after: up to the end of the sentence (or 160 characters)
    tail_end = min(len(text), q.end + 160)
    tail_end = min(tail_end, sentence_end(text, q.end + 1) + 1)
    for stop in ("“", '"'):
        k = text.find(stop, q.end + 1, tail_end)
        if k != -1:
            tail_end = min(tail_end, k + 1)
    verb = _attribution_verb(doc, q.end, tail_end, inside)
    if verb is not None:
        return verb
    # before: from the start of the paragraph or sentence to the opening mark
    head_start = max(sentence_start(text, q.start) - 1, 0)
    if q.start - head_start < 200:
        span = doc.char_span(head_start, q.start, alignment_mode="expand")
        if span is not None:
            for tok in reversed(list(span)):
                if tok.i not in inside and _is_speech(tok):
                    return tok
    return None


# --- Indirect quotes --------------------------------------------------------------------------


_SPEECH_HASHES: dict[int, tuple[np.ndarray, int]] = {}


def _speech_candidates(doc: Doc) -> list[int]:
    """Tokens whose lemma is a speech verb, and "according" (vectorised, no Python pass)."""
    key = id(doc.vocab)
    cached = _SPEECH_HASHES.get(key)
    if cached is None:
        lemmas = sorted_hashes(lx.SPEECH_VERBS, doc.vocab.strings.add)
        cached = (lemmas, doc.vocab.strings.add("according"))
        _SPEECH_HASHES[key] = cached
    arr = doc.to_array(["LEMMA", "LOWER"])
    hits = in_sorted(arr[:, 0], cached[0]) | (arr[:, 1] == cached[1])
    return [int(i) for i in np.flatnonzero(hits)]


def _indirect(ctx: Context, direct: list[tuple[int, int, int]]) -> None:
    doc = ctx.doc
    covered = [(s, e) for s, e, _ in direct]

    def in_direct(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in covered)

    last_speaker: str | None = None

    for i in _speech_candidates(doc):
        tok = doc[i]
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            _according(ctx, tok, in_direct)
            continue
        if not _is_speech(tok):
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is None:
            continue
        content = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i)]
        if not content:
            continue
        c_start, c_end = content[0].idx, content[-1].idx + len(content[-1].text)
        if in_direct(c_start, c_end) or in_direct(tok.idx, tok.idx + 1):
            continue
        value = ctx.article.text[c_start:c_end].strip().strip(",")
        if _words(value) < MIN_WORDS:
            continue
        channel, ch_tokens = _verb_channel(tok)
        if channel is None and tok.dep_ == "conj" and _is_speech(tok.head):
            channel, _ = _verb_channel(tok.head)  # "told AFP that ..., but said ..."
        speaker, sp_span = _speaker(tok, {t.i for t in ch_tokens})
        speaker = _resolve_pronoun(speaker, last_speaker)
        if speaker is None and channel is None:
            continue
        if speaker is not None and speaker.lower() not in PRONOUNS:
            last_speaker = speaker
        span_start = min(c_start, sp_span.start_char if sp_span is not None else tok.idx, tok.idx)
        ends = [c_end, tok.idx + len(tok.text)]
        if sp_span is not None:
            ends.append(sp_span.end_char)
        ends.extend(t.idx + len(t.text) for t in ch_tokens)
        attrs: dict[str, Any] = {"speaker": speaker, "kind": "indirect"}
        if channel is not None:
            attrs["channel"] = channel.name
            attrs["channel_kind"] = channel.kind
            if channel.kind == "agency":
                _attribution(ctx, channel, "told" if tok.lemma_ == "tell" else "reported")
        elif speaker is not None:
            # "local media reports that ...", "AFP reported that ...": the speaker is the channel
            sub = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            ch = channel_of(_phrase(sub)) if sub is not None else None
            if ch is not None:
                attrs["channel"] = ch.name
                attrs["channel_kind"] = ch.kind
                if ch.kind == "agency":
                    _attribution(ctx, ch, "reported")
        ctx.add_claim("quote", value, (span_start, max(ends)), **attrs)


def _according(ctx: Context, tok: Token, in_direct) -> None:  # type: ignore[no-untyped-def]
    """ "According to X, ..." / "..., according to X": an indirect quote with X as speaker."""
    doc = ctx.doc
    to = doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None:
        return
    who = _phrase(obj)
    channel = channel_of(who)
    sent = what.sent_of(tok)
    skip = set(range(tok.i, who.end))
    content = [t for t in sent if t.i not in skip]
    while content and content[0].is_punct:
        content.pop(0)
    while content and content[-1].is_punct:
        content.pop()
    if not content:
        return
    c_start, c_end = content[0].idx, content[-1].idx + len(content[-1].text)
    if in_direct(c_start, c_end):
        return
    value = ctx.article.text[c_start:c_end]
    attrs: dict[str, Any] = {"speaker": who.text, "kind": "indirect"}
    if channel is not None:
        attrs["channel"] = channel.name
        attrs["channel_kind"] = channel.kind
        if channel.kind == "agency":
            _attribution(ctx, channel, "according to")
    if _words(value) >= MIN_WORDS:
        ctx.add_claim("quote", value, (sent.start_char, sent.end_char), **attrs)


# --- Attributions -----------------------------------------------------------------------------


def _attribution(ctx: Context, channel: Channel, how: str) -> None:
    key = (channel.name, channel.start, channel.end)
    seen: set[tuple[str, int, int]] = ctx.notes.setdefault("quotes_attributions", set())
    if key in seen:
        return
    seen.add(key)
    ctx.add_claim("attribution", channel.name, (channel.start, channel.end), how=how)


def _attributions(ctx: Context) -> None:
    """Agency credits outside quotes: datelines, "AFP reported", "X news agency", credits."""
    doc = ctx.doc
    text = ctx.article.text
    for m in DATELINE.finditer(text):
        name = agency_name(m.group(1))
        if name is not None:
            _attribution(ctx, Channel(name, "agency", m.start(1), m.end(1)), "dateline")
    for m in CREDIT.finditer(text):
        group = 1 if m.group(1) else 2
        name = agency_name(m.group(group))
        if name is not None:
            _attribution(ctx, Channel(name, "agency", m.start(group), m.end(group)), "credit")
    for ent in entities(doc):
        if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"):
            continue
        name = agency_name(ent.text)
        if name is None:
            continue
        root = ent.root
        head = root.head
        # "AFP reported", "Reuters said", "AFP reports"
        if root.dep_ == "nsubj" and head.lemma_ in ("report", "say", "write", "quote"):
            _attribution(ctx, Channel(name, "agency", ent.start_char, ent.end_char), "reported")
            continue
        # "the AFP news agency", "AFP news agency", "(AFP)"
        after = text[ent.end_char : ent.end_char + 13].lower()
        if after.startswith((" news agency", " agency")):
            end = ent.end_char + (12 if after.startswith(" news agency") else 7)
            _attribution(ctx, Channel(name, "agency", ent.start_char, end), "named")
            continue
        if name in lx.AGENCIES.values() and (
            head.lemma_ in ("tell", "accord")
            or (
                head.lower_ in ("to",)
                and head.head.lemma_ in ("speak", "say", "tell", "accord", "talk")
            )
        ):
            _attribution(ctx, Channel(name, "agency", ent.start_char, ent.end_char), "told")


def annotate(ctx: Context) -> None:
    """Record quotes (direct, then indirect) and the agencies the article credits."""
    direct = _direct(ctx)
    _indirect(ctx, direct)
    _attributions(ctx)
