"""Text features for grouping: tokens, content terms, name-like words, numbers, MinHash.

Everything here is a cheap, pure function of a string (regular expressions, no spaCy pass), so a
signature can be computed anywhere (a worker process, a Spark task) from the article alone, and
grouping still works on articles whose analysis has little in it.

- `tokens`: lowercase word tokens, the basis of the exact-copy shingles.
- `content_terms`: stopwords dropped, light suffix stripping ("shootings" -> "shooting",
  "killed" -> "kill"), numbers dropped: the vocabulary of TF-IDF and of the rewrite shingles.
- `name_words`: words written with a capital inside a sentence (people, streets, towns,
  groups), lowercased; the rarest of them are the strongest clue that two reports tell of the
  same people at the same place.
- `number_keys`: numbers that identify an event rather than describe it: ages ("a 21-year-old"),
  block and house numbers of addresses.
- `principal_names`: the people a report is about, as "first last": named with an age
  ("Dorian Vessel, 34," / "a 34-year-old, Dorian Vessel" / "Dorian Vessel (34)") or as the one
  identified ("identified the victim as Dorian Vessel"). Officials quoted in every story of a
  town (a mayor, a police spokesman) are rarely given an age; victims and suspects nearly always.
- `url_slug`: the headline words a news address carries (".../2014/02/04/three-dead-in-
  franklin/"), and the date in it.
- `minhash`: a 64-permutation MinHash of a set of strings, as a compact base64 string.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS

from newsfold.analyse.gazetteer import US_STATE_ABBREVIATIONS
from newsfold.analyse.lexicon import PERSON_TITLES
from newsfold.analyse.lexicon import words as _words
from newsfold.analyse.numbers import STREET, street_kinds
from newsfold.calendar_words import MONTH_STEMS, MONTHS, WEEKDAY_NAMES, alternatives
from newsfold.ingest.metadata import slug_words, url_path

NUM_PERM = 64

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|\n\s*$")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’][A-Za-z]+)?\b|\b[A-Z]{2,}\b")
_AGE = re.compile(r"\b(\d{1,3})[- ](?:year|yr)s?[- ]old\b|,\s*(\d{1,3})\s*,", re.I)
_BLOCK = re.compile(r"\b(\d{2,5})[- ]block\b", re.I)
# a house number and its street ("1420 Elm Street"): the street kinds as `numbers` reads an
# address's number (one list)
_ADDRESS = re.compile(rf"\b(\d{{1,5}})\s+(?:[NSEW]\.?\s+)?([A-Z][a-z]+)\s+{STREET}")


_NAME_WORD = r"(?:Mc|Mac|O['’]|De|La|Van)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_PERSON = (
    rf"({_NAME_WORD}(?:\s+[A-Z]\.|\s+{_NAME_WORD}){{0,2}}\s+{_NAME_WORD})"
    r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
)
_PERSON_AGE = re.compile(
    _PERSON + r"(?:,\s+(?:an?\s+)?|\s+\()(\d{1,2})(?=[,.;)]|\s+(?:years?|and)\b|-year)"
)
_AGE_PERSON = re.compile(r"\b(\d{1,2})[- ](?:year|yr)s?[- ]old(?:\s+[a-z]+){0,3},?\s+" + _PERSON)
_IDENTIFIED = re.compile(
    r"\b(?:identified|named)\s+(?:(?:him|her|them|the\s+\w+|\w+\s+as)\s+)?as\s+" + _PERSON
)
PERSON = re.compile(_PERSON)
_SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})

_URL_DATE = re.compile(
    rf"/(20\d\d|19\d\d)/(\d\d|{alternatives(MONTH_STEMS)})/(\d\d)(?=/)"
    r"|(?<=[/_-])(20\d\d)(\d\d)(\d\d)(?=[/_.,-]|$)",
    re.I,
)
_MONTHS = MONTH_STEMS


STOP = frozenset(STOP_WORDS) | {
    "said",
    "says",
    "say",
    "told",
    "according",
    "also",
    "would",
    "could",
    "one",
    "two",
    "three",
    "year",
    "years",
    "old",
    "new",
    "time",
    "day",
    "week",
    "people",
    "news",
    "report",
    "reported",
    "photo",
    "updated",
    "posted",
    "am",
    "pm",
    "mr",
    "mrs",
    "ms",
}

# capitalised words that are no one's name: days, months, ranks, street words, a city's sides
# ("the West Side", "Near North Side", "Southside": a place, not a person's name), page words
GENERIC_CAPS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAY_NAMES)
    | _words(
        """
    police officer officers sheriff deputy deputies sgt lt capt chief detective
    detectives county city state department dept office news the a an he she they it we i his
    her their this that there these those but and or if when while after before mr mrs ms dr
    st ave rd street avenue road drive lane north south east west am pm associated press ap
    side sides near far northside southside eastside westside
    reuters afp facebook twitter copyright rights reserved click share email video photo
    saint hospital medical center centre park school high elementary church university college
    mall station club bar restaurant hotel apartments apartment complex court courthouse jail
    tweet tweets retweet published updated posted caption captions gallery image images photos
    slideshow advertisement subscribe comments comment related story stories loading
    """
    )
)

# a job put before a name ("Coroner Lena Whitfield"): the analysis' one list
ROLE_WORDS = PERSON_TITLES

_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "ly", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet "shootings"/"shooting", "killed"/"kill"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if (
                suffix in ("ed", "ing", "ings")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                return base[:-1]  # "shopped" -> "shop"
            return base
    return word


def tokens(text: str) -> list[str]:
    """Lowercase word and number tokens."""
    return [m.group(0).lower().replace("’", "'") for m in _WORD.finditer(text)]


def content_terms(text: str) -> list[str]:
    """Stemmed content words in text order: no stopwords, no numbers, at least 3 letters."""
    return content_of(tokens(text))


def content_of(toks: list[str]) -> list[str]:
    """`content_terms` of already tokenised text."""
    out = []
    for tok in toks:
        if tok[0].isdigit() or len(tok) < 3 or tok in STOP:
            continue
        tok = tok.split("'")[0]
        if len(tok) >= 3 and tok not in STOP:
            out.append(stem(tok))
    return out


PAGE_WORDS = _words(
    """
    pause play replay mute unmute autoplay fullscreen playlist captions skip tv
    """
)
"""The words of a video player's or a page's buttons ("Pause", "Mute"): a crawl of a news page
keeps them as capitalised words, and every page of that outlet shares them."""

TIME_ZONES = _words("est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst cet cest")
"""A time zone's letters ("9:04 AM CST"): every release or dateline of one outlet's region
carries them, so two of its stories of unrelated shootings would share them as a name."""

_STATE_CODES = frozenset(code.lower() for code in US_STATE_ABBREVIATIONS)
# the one-word dotted forms of US_STATE_ABBREVIATIONS ("Okla.": okla), but for "Cal.",
# "Nebr.", "Oreg.", "Penn.", "Tex." and "Wisc." (left out when the rule was measured; "Penn."
# also ends a name)
_AP_STATES = frozenset(
    form[:-1].lower()
    for forms in US_STATE_ABBREVIATIONS.values()
    for form in forms
    if form.endswith(".") and form.count(".") == 1 and " " not in form
) - _words("cal nebr oreg penn tex wisc")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")


def outlet_or_state_word(word: str, after: str = "") -> bool:
    """Whether a capitalised word is a US broadcaster's call sign ("WAVY", "KMOV", "WDRB" of
    "WDRB-TV"), a state's postal code ("VA", "KY"), or a state's abbreviation in a dateline
    ("Va.", "Calif.": `after` is the character after the word).

    Pages of one station carry its call letters and its state in a dateline, a credit or a menu
    ("NORFOLK, Va. (WAVY)"): every story of the station shares them. They are the outlet and
    the state, which grouping compares as such (the source, the place), and no name that two
    reports of one event share."""
    if _CALL_SIGN.fullmatch(word):
        return True
    if word.isupper():
        return word.lower() in _STATE_CODES
    return after == "." and word.lower() in _AP_STATES


def name_words(text: str) -> Counter[str]:
    """Capitalised words not at the start of a sentence, lowercased (people, places, groups).

    A sentence-initial capital says nothing, so a word counts there only when it is also
    written with a capital inside some sentence. A page's button words (PAGE_WORDS), call signs
    and state codes (`outlet_or_state_word`) are no names.
    """
    inner: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    for m in _CAP_WORD.finditer(text):
        if outlet_or_state_word(m.group(0), text[m.end() : m.end() + 1]):
            continue
        word = m.group(0).lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 2 or word in GENERIC_CAPS or word in STOP or word in PAGE_WORDS:
            continue
        if word in TIME_ZONES and m.group(0).isupper():
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        if m.start() == 0 or _SENTENCE_END.search(before) or before.endswith("\n"):
            initial[word] += 1
        else:
            inner[word] += 1
    for word, n in initial.items():
        if word in inner:
            inner[word] += n
    return inner


def number_keys(text: str) -> set[str]:
    """Numbers that pin an event down: ages, block numbers, house numbers with their street."""
    keys: set[str] = set()
    for m in _AGE.finditer(text):
        age = m.group(1) or m.group(2)
        if age and 0 < int(age) < 110:
            keys.add(f"age:{int(age)}")
    for m in _BLOCK.finditer(text):
        keys.add(f"block:{int(m.group(1))}")
    for m in _ADDRESS.finditer(text):
        keys.add(f"addr:{int(m.group(1))}:{m.group(2).lower()}")
    return keys


# a street's name before its kind ("on Dorr Street", "South Division Ave.", "NW 23rd Street"):
# up to three capitalised words or an ordinal, the kinds' abbreviations that are other words'
# too ("St." Saint, "Dr." Doctor) left out, and the kinds that name courts, squares and
# places more often than streets in a shooting's follow-up ("Superior Court", "Times Square")
_STREET_KIND = street_kinds(
    point=r"\.?",
    plain=True,
    kinds=("Street", "Avenue", "Road", "Boulevard", "Drive", "Lane", "Parkway", "Highway", "Pike"),
)
_STREET_NAME = re.compile(
    r"\b((?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?:\s+(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))){0,2})"
    rf"\s+{_STREET_KIND}\b(?!\s+Patrol)"  # (the "Florida Highway Patrol" is no street)
)
# words of a street's name that do not tell one street from another
_STREET_NOISE = frozenset(
    ("north", "south", "east", "west", "n", "s", "e", "w", "old", "new", "upper", "lower")
)
_CALENDAR_WORDS = frozenset(w.lower() for w in (*WEEKDAY_NAMES, *MONTHS))


def street_names(text: str) -> set[str]:
    """The distinctive words of the streets a text names ("Dorr Street" -> "dorr", "South
    Division Avenue" -> "division", "NW 23rd Street" -> "23rd"): the words before a street
    kind, less the compass and other words any street may carry."""
    out: set[str] = set()
    for m in _STREET_NAME.finditer(text):
        words = [w.lower() for w in m.group(1).split() if w.lower() not in _CALENDAR_WORDS]
        # ("North Avenue" is a street's name: its last word, when nothing else is left)
        out.update([w for w in words if w not in _STREET_NOISE] or words[-1:])
    return out


def shingles(words: list[str], k: int) -> set[str]:
    """Contiguous k-word shingles (the whole list when it is shorter than k)."""
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def sorted_pairs(words: list[str]) -> set[str]:
    """Adjacent content-word pairs with their order forgotten: survive clause reordering and
    "A and B" -> "B and A", break only where a word was swapped for a synonym."""
    if len(words) < 2:
        return set(words)
    return {" ".join(sorted(words[i : i + 2])) for i in range(len(words) - 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, str]:
    proto = MinHash(num_perm=NUM_PERM, seed=1)
    return proto.permutations, str(proto.scheme)


def minhash(items: Iterable[str]) -> str:
    """The MinHash of a set of strings as base64 of NUM_PERM little-endian uint32 values."""
    perms, scheme = _permutations()
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=perms, scheme=scheme)  # type: ignore[arg-type]
    data = [s.encode("utf-8") for s in items]
    if data:
        mh.update_batch(data)
    return base64.b64encode(mh.hashvalues.astype("<u4").tobytes()).decode("ascii")


def hashvalues(encoded: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(encoded), dtype="<u4")


def jaccard(a: str, b: str) -> float:
    """MinHash estimate of the Jaccard similarity of two sets."""
    if not a or not b:
        return 0.0
    return float(np.mean(hashvalues(a) == hashvalues(b)))


def containment(jac: float, size_a: int, size_b: int) -> float:
    """|A ∩ B| / min(|A|, |B|) from a Jaccard estimate and the set sizes: a copy padded with
    boilerplate has a low Jaccard with its original and a containment near 1."""
    if size_a <= 0 or size_b <= 0:
        return 0.0
    inter = jac * (size_a + size_b) / (1.0 + jac)
    return min(1.0, inter / min(size_a, size_b))


def bands(encoded: str, n_bands: int) -> list[str]:
    """LSH band keys: the hash values cut into n_bands rows, each band hashed to hex."""
    values = hashvalues(encoded)
    rows = len(values) // n_bands
    out = []
    for b in range(n_bands):
        chunk = values[b * rows : (b + 1) * rows].tobytes()
        out.append(f"{b}:{_short_hash(chunk)}")
    return out


def _short_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=6).hexdigest()


def principal_names(text: str, exclude: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The people the report is about, as "first last" (lowercase): named with an age, or
    identified by the police. Names with a generic or excluded word (a street, a hospital, a
    town) are left out, and so are the names of a day, a place or a school named after a
    person (`eponym_at`)."""
    out: set[str] = set()
    for pattern, group in ((_PERSON_AGE, 1), (_AGE_PERSON, 2), (_IDENTIFIED, 1)):
        for m in pattern.finditer(text):
            if eponym_at(text, m.start(group), m.end(group)):
                continue
            name = person_key(m.group(group), exclude, officials=False)
            if name:
                out.add(name)
    return out


_CREDIT = re.compile(
    rf"(?:^|[|(]\s*|\b(?:[Pp]hoto|[Ii]mage|[Cc]redit|[Vv]ideo)s?(?:\s+by)?:?\s+)({_NAME_WORD}"
    rf"(?:\s+[A-Z]\.)?\s+{_NAME_WORD})\s*/\s*[A-Z]",
    re.M,
)


# a station's video caption crediting its reporter: "NBC 6's Dana Whitlow reports on ...",
# "Channel 2's Dana Whitlow has the latest", "WQXT's Dana Whitlow has more" (the outlet's name,
# a possessive, the reporter), or the name alone where the caption ends or says where from:
# "Dana Whitlow reports. (Published ...)", "Dana Whitlow reports live from Norfield", "...
# reports for the 11 p.m. news". (Not "Dana Whitlow reports that": a person may report a
# crime; nor a paper's "The Norfield Ledger reports": "The" opens no caption.) Found from the
# verb, then the name just before it (`_CREDIT_BEFORE`): a scan for names at every capital
# tripled the cost of `credit_names`.
_CREDIT_VERB = re.compile(r"\s+(?:(reports)|has\s+(?:more|the\s+latest|the\s+story|details))\b")
_CREDIT_TAIL = re.compile(r"\s*(?:[.(]|$)|\s+(?:live|from|for\s+the|on\s+the|playpause)\b")
_CREDITED = rf"({_NAME_WORD}(?:\s+[A-Z]\.)?\s+{_NAME_WORD})$"
_CREDIT_BEFORE = re.compile(rf"\b[A-Z][\w&-]*(?:\s+\d+)?['’]s\s+{_CREDITED}")
_CREDIT_BARE = re.compile(rf"(?<!\bThe\s)\b{_CREDITED}")
_CREDIT_REACH = 80  # characters before the verb that hold the outlet and the reporter


def _reporter_credits(text: str) -> set[str]:
    """The reporters a station's video captions credit (`_CREDIT_VERB`), as "first last"."""
    out: set[str] = set()
    for m in _CREDIT_VERB.finditer(text):
        before = text[max(0, m.start() - _CREDIT_REACH) : m.start()]
        name = _CREDIT_BEFORE.search(before)
        if name is None and m.group(1) and _CREDIT_TAIL.match(text, m.end()):
            name = _CREDIT_BARE.search(before)
        if name is not None and (k := person_key(name.group(1))):
            out.add(k)
    return out


def credit_names(text: str) -> set[str]:
    """The photographers and reporters a page credits, as "first last": a caption's
    "| Dana Whitlow/Sun-Times", "Photo: Dana Whitlow/AP", "(Dana Whitlow/Courier)", and a TV
    station's video caption "NBC 6's Dana Whitlow reports on the shooting" (`_CREDIT_VERB`).

    An outlet credits the same few staff under every story, so as names they would link its
    stories of any two events (a reporter's name read as a person of the story joined two
    shootings of one city 18 months apart, the dates' veto lifted by "the same people")."""
    out = {k for m in _CREDIT.finditer(text) if (k := person_key(m.group(1)))}
    return out | _reporter_credits(text)


# the word after a person's name that makes it the name of a day, a place or an institution
# named after that person: "Martin Luther King Jr. Day", "Cesar Chavez Park", "Rosa Parks
# Boulevard", "John Glenn High School". (A report of a shooting on such a day or at such a
# park is no report about that person: read as a victim's name, the same "person" lifted the
# veto of two cities 500 km apart and joined two holiday shootings.)
_EPONYM_WORDS = (
    "Day|Park|Boulevard|Blvd|Avenue|Ave|Street|Road|Drive|Parkway|Highway|Expressway|Freeway"
    "|Bridge|Memorial|Plaza|Square|Center|Centre|Library|Hospital|Elementary|Middle|High"
    "|School|Academy|College|University|Stadium|Arena|Airport|Field|Homes|Courts|Apartments"
    "|Recreation|Community"
)
_EPONYM_NEXT = re.compile(rf"(?:,?\s+(?:Jr|Sr)\b\.?)?\s+(?:{_EPONYM_WORDS})\b")
_EPONYM_LAST = re.compile(rf"\b(?:{_EPONYM_WORDS})$")


def eponym_at(text: str, start: int, end: int) -> bool:
    """Whether the person's name read at `text[start:end]` is the first part of a day's, a
    place's or an institution's name: its last word is one of `_EPONYM_WORDS` after two words
    of a name ("Ansel Thorne Boulevard" read whole; not "Ada Day", a surname), or the word after
    it is ("Martin Luther King Jr." before "Day")."""
    if len(text[start:end].split()) >= 3 and _EPONYM_LAST.search(text, start, end):
        return True
    if text[end - 2 : end] in ("Jr", "Sr") and text[end : end + 1] == ".":
        end += 1  # (the suffix read as the name's last word: its point is no sentence's end)
    return _EPONYM_NEXT.match(text, end) is not None


# a wire's dateline: the city in capitals (a state after it), the outlet in brackets, a dash:
# "LAGOS (Global Wire) -", "NEW ORLEANS, La. (WWL) --", "CHICAGO (AP) —"
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15}(?:\s+[A-Z][A-Za-z.]{1,15})?)?"
    r"\s*\(([A-Z][\w&.'’ -]{0,40})\)\s*(?:-|–|—)"
)


def dateline_outlet(text: str) -> set[str]:
    """The name words of the outlet a report's dateline credits ("LAGOS (Global Wire) - A
    building collapsed": global, wire), lowercased.

    A wire puts its own name at the head of every story it files, so as name words of the
    event the outlet's would link its stories of any two events."""
    m = _DATELINE.match(text)
    if not m:
        return set()
    return {w.lower() for w in tokens(m.group(1))}


_SPOKES_ROLE = (
    r"(?i:spokes(?:man|woman|person)|public\s+(?:information|affairs)\s+officer|information\s+officer"
    r"|PIO|coroner|medical\s+examiner|prosecutor|district\s+attorney|mayor"
    r"|superintendent)"
)
_ROLE_THEN_NAME = re.compile(rf"\b{_SPOKES_ROLE}\s+({_NAME_WORD}(?:\s+[A-Z]\.)?\s+{_NAME_WORD})")
_NAME_THEN_ROLE = re.compile(
    rf"({_NAME_WORD}(?:\s+[A-Z]\.)?\s+{_NAME_WORD}),\s+(?:an?|the)\s+(?:(?!(?:of|for|to|and|or|with|who|whose|by|at|in)\b)[\w.'’-]+\s+){{0,4}}?"
    rf"{_SPOKES_ROLE}\b",
)


def official_names(text: str) -> set[str]:
    """The spokespeople and officials a report quotes, as "first last": "spokeswoman Ada
    Quell", "Ada Quell, an LMPD spokeswoman", "Coroner Ada Quell", "Ada Quell, the county's
    medical examiner".

    A city's police spokeswoman or coroner speaks in every report of its shootings, so as a
    person of the story she would join two unrelated shootings of that city (and an analysis
    that reads her as a victim puts her among the report's people)."""
    out: set[str] = set()
    for pattern in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
        for m in pattern.finditer(text):
            key = person_key(m.group(1))
            if key:
                out.add(key)
    return out


def name_parts(person: str) -> list[str]:
    """The words of a person's key, a hyphenated first name split ("ty-ryne hoskins": ty, ryne,
    hoskins), as the analysis' names are normalised (signature._norm turns hyphens to spaces)."""
    return [w for w in re.split(r"[\s-]+", person) if w]


def edits(a: str, b: str, most: int = 2) -> int:
    """The letters' edits (insert, delete, replace, swap two neighbours) that turn a into b,
    or most + 1 when more than `most`: how far apart two spellings of one name are.

    Written by hand: no edit-distance library is among the dependencies (rapidfuzz would be
    one more compiled wheel to pin), and this bounded optimal-string-alignment distance is
    called on pairs of short name words only, stopping as soon as a row passes `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > most:
            return most + 1
        prev2, prev = prev, row
    return min(prev[-1], most + 1)


def person_key(
    name: str, exclude: frozenset[str] | set[str] = frozenset(), *, officials: bool = True
) -> str | None:
    """ "first last" of a person's name (lowercase, no middle names, initials or Jr), or None
    when it has fewer than two words or a word that is no part of a person's name. A role
    ("Coroner Lena Whitfield") is dropped, or when not `officials`, makes it None."""
    words = [w for w in re.split(r"[\s.,]+", name.lower().replace("’", "'")) if w]
    words = [w for w in words if len(w) > 1 and w not in _SUFFIX_WORDS]
    while words and words[0] in ROLE_WORDS:
        if not officials:
            return None  # "Coroner Lena Whitfield" is not what the report is about
        words = words[1:]
    if len(words) < 2 or any(w in GENERIC_CAPS or w in STOP or w in exclude for w in words):
        return None
    return f"{words[0]} {words[-1]}"


def url_slug(url: str | None) -> tuple[list[str], str | None]:
    """(the words of the headline slug of a news address, lowercase; the date in the address).

    The slug is `ingest.metadata.slug_words`' (three words or more: the path segment with the
    most hyphen- or underscore-joined words; query strings, numeric ids and file extensions
    are dropped)."""
    if not url:
        return [], None
    path = url_path(url)
    day = None
    m = _URL_DATE.search(path)
    if m:
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        month = _MONTHS.index(mo.lower()) + 1 if mo.isalpha() else int(mo)
        if 1 <= month <= 12 and 1 <= int(d) <= 31:
            day = f"{int(y):04d}-{month:02d}-{int(d):02d}"
    return slug_words(url, least=3), day
