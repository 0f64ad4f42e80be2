"""Where, the scanner: one Doc's tokens as plain lists, and each mention's context.

`_Scanner` reads the Doc once (`to_array`) and finds the capitalised runs that may be place
names; `_context` notes, for each mention it makes, the preposition before it, its kind word,
whether it is someone's home, a jurisdiction, an actor, part of a building's name... (step 1 of
the package's docstring).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, POS, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    name_key,
)
from newsfold.analyse.what.sentences import doc_text
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.vocabulary import (
    _ACTOR_HEADS,
    _AROUND_WORDS,
    _ARTICLE_APART,
    _ARTICLE_START,
    _AT_PREPS,
    _BEARINGS,
    _BUILDING_WORDS,
    _CITY_WORDS,
    _COMPASS_ADJECTIVES,
    _COMPASS_WORDS,
    _CONNECT,
    _DISTANCE,
    _HOME_FROM,
    _HOME_IN,
    _HOME_OF,
    _JURISDICTION,
    _KIND_WORDS,
    _LOCAL_WORDS,
    _MONTHS_DAYS,
    _MOVE_WORDS,
    _NEAR_OF,
    _NEAR_WORDS,
    _NEIGHBOUR_WORDS,
    _NOISE_LABELS,
    _PART_WORDS,
    _PEOPLE,
    _SITE_WORDS,
    _STREET_PLURALS,
    _STREET_WORDS,
    _TOWN_QUARTERS,
    _UNIT_WORDS,
    FORCE_KINDS,
    NAME_PREFIXES,
    NEIGHBOURHOOD_WORD,
    OWN_POLICE_MIN_POP,
    STREET_SUFFIX,
    _acronym,
    _words,
    is_common,
)

_POLICE_WORDS = frozenset(["Police", "POLICE", "Sheriff", "SHERIFF", "Sheriff's", "Sheriffs", "PD"])
"""A force's word after its town's or county's name, in a capitalised name of the force."""

_METRO_WORDS = frozenset(["metro", "metropolitan"])
"""A city's force's word for the metropolitan area it works, before or after the city's name
("Louisville Metro Police", "Metro Nashville Police")."""

# the article before a name the model took into its entity ("the Ayamelum LGA", "A Homestead")
_ARTICLES = frozenset(["the", "a", "an"])


# a word whose capital follows an elided article or particle: "d'Alene", "l'Anse"
_INNER_CAP = re.compile(r"[a-z]['’][A-Z]")
_NAME_WORD = re.compile(r"[\w'’]+")


def _case_shape(text: str) -> tuple[bool, ...]:
    """Which words of a name are capitalised ("Lake in the Hills": yes, no, no, yes); an
    elided particle's word ("d'Alene") counts as capitalised."""
    return tuple(w[0].isupper() or bool(_INNER_CAP.match(w)) for w in _NAME_WORD.findall(text))


def _month_or_day(word: str) -> bool:
    """Whether a lower-cased token is a month's or weekday's name, in full or abbreviated, its
    abbreviation's dot too ("feb." as the parser keeps it in "in Rocky Mount on Feb. 12": no
    part of a place's name, and the date's number after it no "Cota 905")."""
    return word in _MONTHS_DAYS or (word.endswith(".") and word[:-1] in _MONTHS_DAYS)


class _Scanner:
    """One Doc's tokens as plain lists (fast to read), and the place-name mentions in it.

    Reading spaCy `Token` objects one by one costs more than everything else here, so the
    token attributes come out of the Doc in one `to_array` call.
    """

    def __init__(self, g: Gazetteer, doc: Doc, text: str | None = None) -> None:
        self.g = g
        self.doc = doc
        arr = doc.to_array([IDX, LENGTH, SPACY, SENT_START, POS, ENT_IOB, ENT_TYPE])
        self.n = n = len(doc)
        # `doc.text` joins every token anew: take the article's text, which the Doc was made of
        # (or the Doc's, joined once: `doc_text`).
        if text is None or (n and int(arr[-1, 0] + arr[-1, 1]) > len(text)):
            text = doc_text(doc)
        self.text = text
        if n:
            idx, length, space, sent, pos, iob, etype = arr.T.tolist()
        else:
            idx = length = space = sent = pos = iob = etype = []
        self.idx: list[int] = idx
        self.end: list[int] = [a + b for a, b in zip(idx, length, strict=True)]
        self.tok: list[str] = [text[a:b] for a, b in zip(idx, self.end, strict=True)]
        # each token's lower case, made once: the scan asks for it hundreds of thousands of
        # times per hundred articles (`low`)
        self.lows: list[str] = [t.lower() for t in self.tok]
        # whether each token is capitalised (`is_cap`: "Tulsa", "'Ndrangheta"), made once too
        self.caps: list[bool] = [
            t[0].isupper() or (t[0] in "'’" and len(t) > 1 and t[1].isupper()) for t in self.tok
        ]
        self.space: list[int] = space
        self.sent_start: list[bool] = [s == 1 for s in sent]
        self.pos: list[int] = pos
        self.iob: list[int] = iob
        self.etype: list[int] = etype
        self.sent_starts: list[int] = [k for k, s in enumerate(self.sent_start) if s] or [0]
        self._labels: dict[int, str] = {}
        self._surnames: set[str] | None = None
        self._person_words: set[str] | None = None
        self._people_spans: list[tuple[int, int]] | None = None
        self._buildings: list[int] | None = None
        self._sent_chars: list[int] | None = None

    def _people(self) -> list[tuple[int, int]]:
        """Token bounds of the people's names of two words or more ("Milo Anson Harrow"),
        once per text."""
        if self._people_spans is None:
            self._people_spans = []
            k = 0
            while k < self.n:
                if self.iob[k] == 3 and self.label(k) == "PERSON":
                    a, b = self.ent_bounds(k)
                    if b - a > 1:
                        self._people_spans.append((a, b))
                    k = b
                else:
                    k += 1
        return self._people_spans

    def surnames(self) -> set[str]:
        """Last words of people's names ("Harrow" of "Milo Anson Harrow")."""
        if self._surnames is None:
            self._surnames = {self.low(b - 1) for _, b in self._people()}
        return self._surnames

    def person_words(self) -> set[str]:
        """Every word of the people's names of two words or more ("milo", "anson", "harrow")."""
        if self._person_words is None:
            self._person_words = {self.low(t) for a, b in self._people() for t in range(a, b)}
        return self._person_words

    def buildings(self) -> list[int]:
        """Positions of capitalised building words after a word ("Riley Hospital"), once."""
        if self._buildings is None:
            caps, lows = self.caps, self.lows
            self._buildings = [
                k for k in range(1, self.n) if caps[k] and lows[k] in _BUILDING_WORDS
            ]
        return self._buildings

    def low(self, k: int) -> str:
        return self.lows[k]

    def is_cap(self, k: int) -> bool:
        return self.caps[k]

    def is_word(self, k: int) -> bool:
        return self.tok[k][0].isalnum()

    def label(self, k: int) -> str:
        """spaCy's entity label of token `k` ("" outside entities)."""
        if self.iob[k] not in (1, 3):
            return ""
        h = self.etype[k]
        name = self._labels.get(h)
        if name is None:
            name = self.doc.vocab.strings[h]
            name = self._labels[h] = "" if name in _NOISE_LABELS else name
        return name

    def ent_bounds(self, k: int) -> tuple[int, int]:
        """The bounds of the entity token `k` is in, cut at a dash spaced on both sides: the
        model may run one entity over a dateline's dash ("MIAMI - A Homestead" as an ORG),
        but a spaced dash parts two phrases, never the words of one name ("Wilkes-Barre"
        has no spaces)."""
        a = k
        while self.iob[a] == 1 and a > 0 and not self.spaced_dash(a - 1):
            a -= 1
        b = k + 1
        while b < self.n and self.iob[b] == 1 and not self.spaced_dash(b):
            b += 1
        return a, b

    def spaced_dash(self, k: int) -> bool:
        """Whether token `k` is a dash with a space on either side ("MIAMI - A man")."""
        return (
            0 < k < self.n - 1
            and self.tok[k] in ("-", "--", "—", "–")
            and bool(self.space[k - 1])
            and bool(self.space[k])
        )

    def opens_own_police(self, k: int) -> bool:
        """Whether token `k`, opening a sentence, is a US town's name before its police ("Lufkin
        police are investigating ..."): WordNet lists many US towns among its nouns, and the
        tagger may read one so at a sentence's start. A town of `OWN_POLICE_MIN_POP` or more, not a
        word naming a kind of force ("University police", "Harbor police")."""
        if k + 1 >= self.n or self.low(k + 1) not in ("police", "pd"):
            return False
        key = name_key(self.tok[k])
        if key in FORCE_KINDS:
            return False
        g = self.g
        return any(
            g.kind[r] == CITY and g.cc[r] == "US" and g.population[r] >= OWN_POLICE_MIN_POP
            for r in g.lookup_key(key)[:10]
        )

    def opens_named_county(self, k: int) -> bool:
        """Whether token `k`, opening a sentence, is the first word of a county's or parish's
        name ("Rapides Parish sheriff's deputies said ..."): a word the lexicon lists
        ("rapides", "laurel") is read as a common word at a sentence's start, which cut the
        county's name to its kind word. The capitalised kind word after it and the two words
        together being a name of the gazetteer say it is a name."""
        if k + 1 >= self.n or self.tok[k + 1] not in ("County", "Parish", "Borough"):
            return False
        return name_key(self.tok[k] + " " + self.tok[k + 1]) in self.g.index

    def line_start(self, k: int) -> bool:
        """Whether token `k` opens a sentence or a line (its capital says nothing)."""
        if k == 0 or self.sent_start[k]:
            return True
        prev = self.tok[k - 1]
        return "\n" in prev or (prev in "\"“‘'(" and (k == 1 or self.sent_start[k - 1]))

    def sent_of(self, k: int) -> int:
        return bisect_right(self.sent_starts, k) - 1

    def sent_at(self, char: int) -> int:
        """The index of the sentence (of `sent_starts`) that holds character offset `char`:
        the last one that starts at or before it (-1 before the first; 0 in a Doc with no
        tokens). Claims and time mentions cite character offsets, tokens token indices
        (`sent_of`)."""
        if self._sent_chars is None:
            self._sent_chars = [self.idx[k] for k in self.sent_starts] if self.n else [0]
        return bisect_right(self._sent_chars, char) - 1

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.idx[i] : self.end[j - 1]]

    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (connectors, hyphens and a number inside)."""
        # (the lists read directly, not through `low` and `is_cap`: this loop visits every
        # token, the calls cost more than the reads)
        n, tok, lows, caps = self.n, self.tok, self.lows, self.caps
        out: list[tuple[int, int]] = []
        i = 0
        while i < n:
            t0 = tok[i]
            cap = caps[i] and t0[0].isalpha() and not _month_or_day(t0.lower())
            if (
                cap
                and self.pos[i] != PROPN
                and not (t0.isupper() and len(t0) > 1)  # "ANCHORAGE –": a dateline shouts
                and self.line_start(i)
                and is_common(t0.lower())
                and not self.opens_own_police(i)
                and not self.opens_named_county(i)
            ):
                cap = False  # "Residents of Mucojo", "Police in Mombasa": capitalised as first
            if (
                cap
                and t0.lower() in NAME_PREFIXES
                and i + 2 < n
                and tok[i + 1] == "-"
                and not self.space[i]
                and not self.space[i + 1]
                and caps[i + 2]
            ):
                i += 2  # "Ex-Marrowfield deputy": the prefix is no part of the town's name
                continue
            if (
                cap
                and t0 in ("A", "An")
                and i + 1 < n
                and name_key(t0 + " " + tok[i + 1]) not in self.g.index  # "A Coruña"
            ):
                cap = False  # "LEBANON – A Boone County man": the article opens no name
            if (
                not cap
                and not (
                    t0 in _ARTICLE_START
                    and i + 2 < n
                    and tok[i + 1] == "-"
                    and not self.space[i]
                    and caps[i + 2]
                )
                and not (
                    # "in el Mina", "at ech Choueifat", "the town of el Ain": the article
                    # written apart, lower case
                    t0 in _ARTICLE_APART
                    and i + 1 < n
                    and caps[i + 1]
                    and i > 0
                    and (
                        lows[i - 1] in _AT_PREPS
                        or (lows[i - 1] == "of" and i > 1 and lows[i - 2] in _CITY_WORDS)
                    )
                )
            ):
                i += 1
                continue
            j = i + 1
            last = i + 1 if cap else i
            while j < n and j - i < 8:
                t = tok[j]
                if t.isspace() or "\n" in t or self.sent_start[j]:
                    break
                if caps[j] and t[0].isalnum():
                    if _month_or_day(lows[j]):
                        break  # "Compton on Friday", "Pasadena Saturday", "Rocky Mount on Feb."
                    last = j + 1
                elif (
                    (t in ("-", "'", "’") and not self.space[j - 1])
                    or (t in ("'s", "’s") and j + 1 < n and lows[j + 1] in _UNIT_WORDS)
                    or (t == "." and not self.space[j - 1] and lows[j - 1] in ("st", "ft", "mt"))
                ) or (
                    lows[j] in _CONNECT
                    and j + 1 < n
                    and (caps[j + 1] or tok[j + 1] == "-" or self.connects_two(j))
                    # "Bat Galim Square of Haifa", "the PD12 of Kandahar": a street, square or
                    # numbered district of a town, two names
                    and not (
                        lows[j] == "of"
                        and (lows[j - 1] in _STREET_WORDS or any(c.isdigit() for c in tok[j - 1]))
                    )
                    # "the PMF at Mukeshefah", "the LoC at Shahpur": an acronym is no part of
                    # a place's name
                    and not (lows[j] in ("at", "an", "as") and _acronym(tok[j - 1]))
                ):
                    pass
                elif (
                    t.isdigit()
                    and len(t) <= 4
                    and caps[j - 1]
                    and lows[j - 1] not in STOP_WORDS
                    and not _month_or_day(lows[j - 1])
                ):
                    last = j + 1  # "Cota 905", "Route 66"
                    break
                else:
                    whole = self._name_through(i, j)
                    if not whole:
                        break
                    last = j = whole  # "Lake in the Hills", "Sewall's Point": one name
                    continue
                j += 1
            nxt = last
            for k in range(i + 1, last):
                # "Denver Police Dept.", "Brewster County Sheriff's Office", "Montgomery Co
                # Police": a place's whole name, then its police's; the place ends the run, so
                # it is no part of a longer name (and "Police" is no town of Poland)
                if self.tok[k] not in _POLICE_WORDS:
                    continue
                if self._name_at(i, k):
                    last = k
                    break
                # "Louisville Metro Police", "Las Vegas Metropolitan Police Department": a
                # city's metropolitan force, the town before "Metro" (no town of Indonesia)
                if k - i > 1 and lows[k - 1] in _METRO_WORDS and self._name_at(i, k - 1):
                    last = k - 1
                    break
                # "Metro Nashville Police": "Metro" before the town, no part of its name
                # ("Metro Manila Police" is a whole name, read above)
                if k - i > 1 and lows[i] in _METRO_WORDS and self._name_at(i + 1, k):
                    i += 1
                    last = k
                    break
            if (
                last - i > 2
                and lows[i] in _UNIT_WORDS
                and lows[i + 1] == "of"
                and name_key(self.span_text(i, last)) not in self.g.index
            ):
                i += 2  # "the Municipality of Sain Alto": the kind of place, then the name
            # "Paletwa Town", "Owerri LGA", "Chin State": the name, then what kind of place
            while last - i > 1 and lows[last - 1] in _UNIT_WORDS:
                if name_key(self.span_text(i, last)) in self.g.index:
                    break  # "Marion County", "Kansas City": the whole is a name
                if self._list_ends_in_name(i, last):
                    break  # "DeKalb County and Cobb County": the last of a list is one too
                last -= 1
            if last > i:
                out.append((i, last))
                i = nxt
            else:
                i += 1
        return out

    def _name_through(self, i: int, j: int) -> int:
        """The end of the longest gazetteer name that opens at token `i` and goes on past the
        token `j` that would end a run of capitals, or 0: "Lake in the Hills", "Angola on the
        Lake", "Sewall's Point", "Town 'n' Country", "Sault Ste. Marie", "Coeur d'Alene".

        A name is read whole only as the gazetteer writes it, each word's capital where the
        name has one ("Lake in the Hills", not "Lake In The Hills" nor a slogan in capitals),
        in one sentence, ending on a capitalised word; else the run stops at `j` as before.
        """
        if self.tok[i].isupper() and len(self.tok[i]) > 1:
            return self._shouted_possessive_name(i, j)
        if not self.is_cap(i):
            return 0
        for k in range(min(self.n, i + 8), j, -1):
            t = self.tok[k - 1]
            if not (self.caps[k - 1] or _INNER_CAP.match(t) or self.hyphen_tail(k - 1)):
                continue  # "d'Alene": the article's capital is inside the token
            if any(
                (self.sent_start[x] and self.tok[x - 1] != ".") or "\n" in self.tok[x]
                for x in range(j, k)
            ):
                continue  # (the parser may open a sentence after "Ste.")
            text = self.span_text(i, k)
            shape = _case_shape(text)
            ids = self.g.lookup_key(name_key(text))
            if ids and any(_case_shape(self.g.name[r]) == shape for r in ids):
                return k
        return 0

    def hyphen_tail(self, k: int) -> bool:
        """Whether token `k` is a lower-case word joined by a bare hyphen to the word before
        it: "Opa-locka", a town's name whose second part the gazetteer writes in lower case.

        Reads the tokens and their spacing. `_name_through` then reads the whole name when the
        gazetteer writes it so (its case shape matching), though it ends on no capital.
        """
        return (
            k >= 2
            and self.tok[k - 1] == "-"
            and not self.space[k - 2]
            and not self.space[k - 1]
            and self.tok[k].isalpha()
            and self.tok[k].islower()
        )

    def _shouted_possessive_name(self, i: int, j: int) -> int:
        """The end of a town's name in capitals that has a possessive's "'S" inside it, when
        the run of capitals stops at that "'S" (token `j`), or 0: "LEE'S SUMMIT, Mo. -", a
        station's dateline, is Lee's Summit, not a "LEE" and a "SUMMIT" (Summit, New Jersey).

        An all-caps run shows no case to check a longer name against (`_name_through`), so
        only a name the gazetteer writes with the apostrophe counts, of a town or county of
        5,000 people or more ("Lee's Summit", "Prince George's County"): a capitalised
        possessive of anything else ("OBAMA'S") names no place.
        """
        if j >= self.n or self.tok[j].upper() not in ("'S", "’S"):
            return 0
        for k in range(min(self.n, i + 6), j + 1, -1):
            if not all(self.tok[x].isupper() for x in range(j + 1, k)):
                continue
            ids = self.g.lookup_key(name_key(self.span_text(i, k)))
            if any(
                ("'" in self.g.name[r] or "’" in self.g.name[r])
                and self.g.population[r] >= 5_000
                and self.g.kind[r] in (CITY, ADMIN2)
                for r in ids
            ):
                return k
        return 0

    def _list_ends_in_name(self, i: int, j: int) -> bool:
        """Whether run i..j is a list ("X and Y", "X or Y") whose last item, unit word and
        all, is a name the gazetteer knows: "DeKalb County and Cobb County" ends in the
        county "Cobb County", not in a town "Cobb" and the kind word (`_split_lists` then
        cuts the list at the "and")."""
        cuts = self.list_cuts(i, j)
        return bool(cuts) and self._name_at(cuts[-1] + 1, j)

    def list_cuts(self, i: int, j: int) -> list[int]:
        """The "and" / "or" tokens inside run i..j (not at its ends), where a list of names
        may be cut ("Macomia and Mucojo")."""
        return [k for k in range(i + 1, j - 1) if self.low(k) in ("and", "or")]

    def _name_at(self, i: int, j: int) -> bool:
        """Whether tokens i..j spell a name the gazetteer knows ("Tift Co" as a county)."""
        return self._span_key(i, j) in self.g.index

    def _span_key(self, i: int, j: int) -> str:
        """The name key of tokens i..j, a county's "Co" read as "county" ("Tift Co.")."""
        key = name_key(self.span_text(i, j))
        if key.endswith(" co") and j - i > 1:
            key = key[:-3] + " county"
        return key

    def connects_two(self, k: int) -> bool:
        """Whether connector `k` opens a pair of them before a capital ("Leon de los Aldama",
        "Santa Cruz de la Sierra"), which a run may span like a single "de"."""
        return (
            k + 2 < self.n
            and self.low(k) in _CONNECT
            and self.low(k + 1) in _ARTICLE_START | _words("la las los le les del")
            and self.is_cap(k + 2)
        )

    def matches(self, run: tuple[int, int]) -> list[tuple[int, int, str, tuple[int, ...]]]:
        """Gazetteer matches inside a run, longest first, left to right."""
        i, end = run
        out = []
        while i < end:
            if not (self.is_cap(i) or self.tok[i] in _ARTICLE_START):
                i += 1
                continue
            found = None
            for j in range(min(end, i + 7), i, -1):
                if not (self.is_cap(j - 1) or (j - i > 1 and _INNER_CAP.match(self.tok[j - 1]))):
                    continue
                key = self._span_key(i, j)
                if (
                    self.low(j - 1) == "co"
                    and j - i > 1
                    and j < self.n
                    and self.tok[j] == "."
                    and not self.space[j - 1]
                ):
                    # "FLOYD CO., Ind.": in capitals the tokenizer splits the period off (it
                    # keeps "Co." whole); the mention takes it, so that the state after the
                    # comma qualifies the county
                    ids = self.g.lookup_key(key)
                    if ids:
                        found = (i, j + 1, key, ids)
                        break
                ids = self.g.lookup_key(key)
                if not ids and j - i == 1 and self.state_abbrev(i):
                    ids = (self.g.state_abbrev[key],)
                if not ids and self.tok[i].lower() in _ARTICLE_START and j - i > 1:
                    # "Ar-Raqqa", "al-Hasakeh": the Arabic article written or not
                    key = key.split(" ", 1)[-1]
                    ids = self.g.lookup_key(key)
                if not ids and j - i >= 3:
                    # "San Francisco Campeche": a Spanish name's "de" left out before the last
                    # word (GeoNames: "San Francisco de Campeche"); three words at least, so a
                    # town and its province ("Tonala Jalisco") never join
                    words = key.split(" ")
                    de_key = " ".join([*words[:-1], "de", words[-1]])
                    ids = self.g.lookup_key(de_key)
                    key = de_key if ids else key
                if not ids and j - i >= 4:
                    # "San Luis de Potosi": the mirror, a "de" written that GeoNames' name
                    # lacks ("San Luis Potosí"), read whole so that it is not split in two
                    bare = _without_de(key)
                    ids = self.g.lookup_key(bare) if bare else ()
                    key = bare if bare and ids else key
                if ids:
                    found = (i, j, key, ids)
                    break
            if found and self._shouted_after_the(run, found[0], found[1]):
                found = None  # "KEEP THE PEACE", "STOP THE VIOLENCE": a slogan's noun
            if found and _after_little(self, run, found[0]):
                i = found[1]  # "Little Haiti", "Little Havana": a neighbourhood's name
                continue
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out

    def _shouted_after_the(self, run: tuple[int, int], i: int, j: int) -> bool:
        """Whether the one-word match i..j ends the all-caps words of a run right after their
        "THE": a slogan's or headline's noun ("KEEP THE PEACE"), not a town, which takes no
        article unless its name has one ("THE DALLES" matches whole, article and all)."""
        a, b = run
        return (
            j - i == 1
            and i - a >= 2
            and self.tok[i - 1] == "THE"
            and (j == b or not self.tok[j].isupper())
            and all(self.tok[k].isupper() for k in range(a, j) if self.tok[k][0].isalpha())
        )

    def state_abbrev(self, k: int) -> bool:
        """ "in Southeast D.C.", "D.C. police", "across N.C.", "in B.C.": a US state or a
        Canadian province by its abbreviation."""
        t = self.tok[k]
        row = self.g.state_abbrev.get(name_key(t))
        if row is None or not (t == "DC" or self.abbrev_point(k, row)):
            return False
        before = self.low(k - 1) if k else ""
        after = self.low(k + 1) if k + 1 < self.n else ""
        return before in _AT_PREPS or before in _PART_WORDS or after in ("police", "officials")

    def abbrev_point(self, k: int, row: int) -> bool:
        """Whether the token at `k` is written as an abbreviation of the state at `row`: with
        its point ("Kan.", "B.C.") or with the point split off ("Ont" "."), as the tokenizer
        does for forms it does not know ("Ont.", "Man.", "Sask."); not the state's whole name
        before a full stop ("in Dayton, Ohio.")."""
        t = self.tok[k]
        if "." in t:
            return True
        split = k + 1 < self.n and self.tok[k + 1] == "." and not self.space[k]
        return split and name_key(t) != name_key(self.g.name[row])

    def mention(self, i: int, j: int, key: str, ids: tuple[int, ...]) -> _Mention:
        start, end = self.idx[i], self.end[j - 1]
        m = _Mention(i, j, start, end, self.text[start:end], key, ids, self.sent_of(i))
        _context(self, m)
        return m


# The linking words of a Spanish or Portuguese name ("San Luis de Potosi", "Ribeirao da Ilha").
_DE_WORDS = (("de", "la"), ("de",), ("del",), ("do",), ("da",))


def _after_little(sc: _Scanner, run: tuple[int, int], i: int) -> bool:
    """Whether the name at `i` follows "Little" in the same capitalised run ("Little Haiti":
    a neighbourhood's name, `NEIGHBOURHOOD_WORD`)."""
    return i > run[0] and sc.tok[i - 1] == NEIGHBOURHOOD_WORD


def _without_de(key: str) -> str | None:
    """The key with its first inner "de", "del", "de la", "do" or "da" left out, or None when
    it has none or fewer than three words would be left (so that "Lima de Perez" or a person
    "Juan de la Cruz" never shrinks to a two-word name)."""
    words = key.split(" ")
    for k in range(1, len(words) - 1):
        for de in _DE_WORDS:
            if tuple(words[k : k + len(de)]) == de and k + len(de) < len(words):
                rest = words[:k] + words[k + len(de) :]
                return " ".join(rest) if len(rest) >= 3 else None
    return None


def _past_neighbour_word(sc: _Scanner, k: int) -> int:
    """The token before a mention, read past a word saying the town lies nearby.

    Reads token `k` (the word before the name) and the one before it. "SCRANTON, Pa. - A
    man was shot Friday in nearby Dunmore": "nearby", "neighboring" or "suburban" between a
    preposition of place and the name says where the town lies from the story's own town,
    not that the event was only near it; the preposition before it is the mention's. Alone
    ("nearby Dunmore residents") the word is left to be read as it was.
    """
    if k >= 1 and sc.low(k) in _NEIGHBOUR_WORDS and sc.low(k - 1) in _AT_PREPS:
        return k - 1
    if k >= 2 and sc.low(k) in _NEIGHBOUR_WORDS and _response_to(sc, k - 1, neighbour=True):
        return k - 1  # "Lynn police were called to neighboring Saugus"
    return k


# verbs of a force answering a call: the place after their "to" is where it went, the scene
_RESPONSE_VERBS = frozenset({"called", "responded", "dispatched", "summoned"})
# verbs that say so only with a neighbour word after "to": "officers were sent to neighboring
# Cudahy" (alone, "troops were sent to Kidal" may be a deployment, not the scene)
_NEIGHBOUR_RESPONSE_VERBS = _RESPONSE_VERBS | {"sent", "rushed"}


def _response_to(sc: _Scanner, k: int, *, neighbour: bool = False) -> bool:
    """Whether token `k` is the "to" of a force's response: "officers were called to
    Cudahy", "deputies responded to neighboring Hephzibah", "police were dispatched to";
    with `neighbour` (a word such as "neighboring" follows), also "sent" or "rushed to".

    Reads token `k` and the word before it (`_RESPONSE_VERBS`). The town a force was called
    or dispatched to is where the call came from, the scene, as "in" says it; "to" alone is
    a destination's ("taken to Plano"), and a hospital's verb ("flown", "taken",
    "transported") is none of these.
    """
    verbs = _NEIGHBOUR_RESPONSE_VERBS if neighbour else _RESPONSE_VERBS
    return k >= 1 and sc.low(k) == "to" and sc.low(k - 1) in verbs


def _site_word_after(sc: _Scanner, j: int) -> bool:
    """Whether a site's word follows a name ending before token `j`, at once or after one
    lower-case word.

    "a Garland bar", and "a Monroeville shopping center", "a Dallas convenience store": a
    site's kind is often two words, the first no site word alone ("shopping", "convenience",
    "liquor"); the name before them is the site's town all the same.
    """
    n = sc.n
    if j < n and sc.low(j) in _SITE_WORDS:
        return True
    return (
        j + 1 < n
        and sc.tok[j].isalpha()
        and sc.tok[j].islower()
        and sc.low(j) not in _AT_PREPS
        and sc.low(j + 1) in _BUILDING_WORDS
    )


def _list_prep(sc: _Scanner, k: int) -> int:
    """The preposition before a list of names that token `k` ("and", "or") continues, or -1.

    "between Macomia and Mucojo", "in Ananum, Zambana and Kwossa": the list's preposition.
    """
    t = k - 1
    while (
        t >= 0 and k - t < 16 and (sc.is_cap(t) or sc.tok[t] in (",", "-") or sc.low(t) in _CONNECT)
    ):
        t -= 1
    return t if 0 <= t < k - 1 and sc.low(t) in _AT_PREPS else -1


# a US broadcast network's name, alone or with its channel ("NBC", "ABC7", "FOX"): a city
# after it is the name of the network's station there ("NBC New York", "FOX 5 Atlanta")
_NETWORK = re.compile(r"(?:NBC|ABC|CBS|FOX|Fox|CW|PIX|WPIX)\d{0,2}")


# "police in Lower Merion said", "according to police in Lower Merion."
_POLICE_IN_BEFORE = re.compile(
    r"\b(?:police|officers|authorities)\s+in\s+(?:(?:Upper|Lower)\s+)?\Z", re.IGNORECASE
)
_POLICE_IN_REACH = 80
"""How many characters before a name `police_in_said` reads ("authorities in Upper " is 21)."""
_SAID_OR_END_AFTER = re.compile(r"(?:\s+(?:said|say|says|reported|told)\b|\s*[.;]|\Z)")


def police_in_said(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`:`end` is written as the seat of a police force that
    speaks: "police in Lower Merion said", "according to police in Lower Merion."

    Reads the words before and after the name. A township or town beside a big city (Lower
    Merion beside Philadelphia, in the Philadelphia paper) has police of its own, and a
    report quoting them names the town as their seat, as "Lower Merion police said" does: the
    town is where they work, not a part of an organisation's name. A big city's
    neighbourhood is its city police's beat, which a report names by the city.
    """
    # the words before are looked for in the 80 characters before the name, not the whole
    # text up to it: the pattern ends at the name, and a search from the text's start tried
    # every earlier position (a third of `where`'s time on long pages). `\b` still sees the
    # character before the window.
    window = max(0, start - _POLICE_IN_REACH)
    return bool(
        _POLICE_IN_BEFORE.search(text, window, start) and _SAID_OR_END_AFTER.match(text, end)
    )


def _station_name(sc: _Scanner, i: int) -> bool:
    """Whether the name at token `i` follows a broadcast network's name ("NBC New York").

    A station's name is the outlet naming itself ("Copyright Associated Press / NBC New
    York"), not where the story happened: the city is the station's home, often the whole
    metro area around the borough or suburb the story is set in.
    """
    k = i - 1
    if k >= 0 and sc.tok[k].isdigit() and len(sc.tok[k]) <= 2:
        k -= 1  # "FOX 5 Atlanta"
    return k >= 0 and _NETWORK.fullmatch(sc.tok[k]) is not None


# A school's or school district's name after a town's: "Whitehouse ISD", "the Whitehouse
# Independent School District", "Whitehouse High School" (the model often leaves these
# unlabelled, or labels the town alone): a school named after its town is no scene of its own,
# and a story about a student who died elsewhere names it again and again.
_SCHOOL_AFTER = (
    ("isd",),
    ("cisd",),
    ("usd",),
    ("independent", "school", "district"),
    ("unified", "school", "district"),
    ("school", "district"),
    ("public", "schools"),
    ("city", "schools"),
    ("high", "school"),
    ("middle", "school"),
    ("junior", "high"),
    ("elementary",),
)


_SCHOOL_FIRST = frozenset(words[0] for words in _SCHOOL_AFTER)
"""The words a school's kind can start with: any other word at `j` settles `_school_name`."""


def _school_name(sc: _Scanner, j: int) -> bool:
    """Whether the words from token `j` on name a school or a school district."""
    if j >= sc.n or sc.lows[j] not in _SCHOOL_FIRST:
        return False  # (asked of every mention: most are followed by no such word)
    return any(
        j + len(words) <= sc.n
        and all(sc.low(j + d) == w and sc.tok[j + d][:1].isupper() for d, w in enumerate(words))
        for words in _SCHOOL_AFTER
    )


# "Marla Quinn of the 600 block of Birch Lane in Elmhurst": someone's address, as US
# police give it ("of the" where the scene takes "in the 1700 block of ...")
_HOME_ADDRESS = re.compile(r"\bof the \d+ block of [^,.;()]{1,40}? in (?:the )?$")

# "Dale Moss, 15, of Alder Street in Elmhurst", "Ann Roe, 40, of 12 Pine Ave. in Elmhurst":
# a person's age, then "of" and a street (a house number perhaps) before the town, is where
# the person lives, as "of the 600 block of ..." is (the age keeps out a scene's "the corner
# of Pine Avenue in Elmhurst")
_AGED_HOME_STREET = re.compile(
    r"\b\d{1,3},? of (?:\d{1,6} )?(?:[A-Z][\w.'’-]* ){1,4}"
    rf"{STREET_SUFFIX} in (?:the )?$"
)


_COMPASS = _words("n s e w ne nw se sw north south east west")

# A person's address as police reports and blotters give it, the town after the street:
# "he found John Doe, Sarah Ann Drive, Johnson City, holding towels", "Jim Roe, 48, 190 Cash
# Hollow Road, Elizabethton": where the person lives, not where the event was (a name of two
# or three capitalised words, an age perhaps, a house number perhaps, then the street).
_PERSON_ADDRESS = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2},(?: \d{1,3},)? (?:\d{1,6} )?"
    rf"(?:[A-Z][\w.'’-]* ){{1,4}}{STREET_SUFFIX},\s*$"
)


def _house_number_before(sc: _Scanner, i: int) -> bool:
    """Whether a house number (and a compass point) comes just before token `i`: "1309 E.
    Tennessee St.", "400 North Georgia Ave" (a street named after a state or town; the
    street word may end the sentence, where the scanner does not join it to the name)."""
    k = i - 1
    if k >= 0 and sc.low(k).rstrip(".") in _COMPASS:
        k -= 1
    return k >= 0 and sc.tok[k].isdigit()


def _street_pair(sc: _Scanner, j: int) -> bool:
    """Whether the name ending before token `j` is one of the streets of a corner written
    with a plural street word: "at Independence and Wabash avenues", "the corner of Main and
    Elm streets" (the first name), "Russellwood and Valley streets" (the last). A town named
    so would be written "in X"; no town is followed by "streets"."""
    n = sc.n
    if j < n and sc.low(j) in _STREET_PLURALS:
        return True
    if j >= n or sc.low(j) not in ("and", "&"):
        return False
    k = j + 1
    while k < n and k <= j + 4 and sc.is_cap(k):
        k += 1
    return j + 1 < k < n and sc.low(k) in _STREET_PLURALS


_CORNER_WORDS = frozenset(("intersection", "intersections", "corner", "corners", "junction"))
"""The nouns of a street corner written with two streets' bare names after "of"."""

_CORNER_JOINS = frozenset(("and", "&", "/"))


def _corner_street(sc: _Scanner, i: int, j: int) -> bool:
    """Whether the name on tokens `i`..`j` is one of the two streets of a corner written with
    their bare names: "the intersection of Laredo and Staples" (either name), "the corner
    of Denver and Main Street", "the intersection of 5th Street and Laredo".

    Reads the words around the name. A corner joins two streets, never two towns, so a name
    after "the intersection of" and before "and", or after "and" with "intersection of" and
    one street's name before it, is a street (a town named with the corner follows it: "...
    and Oak in Dayton"), whatever town shares its name.
    """
    n = sc.n

    def corner_of(k: int) -> bool:  # "intersection of" / "corner of" ends at token k
        return k >= 1 and sc.low(k) == "of" and sc.low(k - 1) in _CORNER_WORDS

    if corner_of(i - 1) and j < n and sc.low(j) in _CORNER_JOINS:
        return True
    if i < 2 or sc.low(i - 1) not in _CORNER_JOINS:
        return False
    # back over the first street's name: capitalised words, numbers, street words ("5th
    # Street", "North Main St.")
    k = i - 2
    while (
        k >= 0
        and k > i - 8
        and (
            sc.is_cap(k)
            or sc.tok[k][:1].isdigit()
            or sc.low(k).rstrip(".") in _STREET_WORDS
            or sc.tok[k] == "."
        )
    ):
        k -= 1
    return k < i - 2 and corner_of(k)


# The plural of a US county's unit word after a list of their names: "Franklin and Warren
# counties", "Caddo and Bossier parishes"
_UNIT_PLURALS = {"counties": "county", "parishes": "parish"}


def _unit_list(sc: _Scanner, j: int) -> str:
    """The unit word ("county", "parish") of a list of counties the name ending before token
    `j` belongs to: "Franklin and Warren counties", "Fulton, DeKalb and Cobb counties" (each
    name is a county, as "Franklin County" is), or "". The list runs over capitalised names,
    commas and "and" only: not "Franklin police and two counties"."""
    for k in range(j, min(sc.n, j + 12)):
        w = sc.low(k)
        if w in _UNIT_PLURALS:
            return _UNIT_PLURALS[w]
        if not (w in (",", "and", "&", "or") or sc.is_cap(k)):
            return ""
    return ""


def _business(sc: _Scanner, m: _Mention) -> bool:
    """Whether "the X's" names a business after a name the gazetteer also has ("the
    McDonald's", "the Denny's"): a town takes no article before its possessive ("Mobile's
    mayor"), save one whose name has it ("the Bronx's", "the Hague's")."""
    i = m.start_tok
    if i == 0 or sc.low(i - 1) != "the" or not m.ids:
        return False
    return not any(sc.g.name[place].lower().startswith("the ") for place in m.ids)


# What a shop, a bar or an eatery calls itself after its owner's possessive ("Lucille's Bar",
# "Church's Chicken", "Macy's department store", "Joe's Bar & Grill"): a business, not the
# town of the owner's name. Trade only: a town's own institutions ("Paterson's City Hall",
# "Flint's hospital", "Dayton's schools") are the town's.
_BUSINESS_WORDS = _words(
    "bar bars grill grille restaurant restaurants pub lounge tavern saloon nightclub club "
    "liquor liquors package market supermarket grocery groceries store stores shop "
    "deli bakery diner cafe kitchen cafeteria steakhouse chicken pizza pizzeria burger "
    "burgers bbq barbecue wings donuts doughnuts tacos taqueria department furniture jewelry "
    "jewelers pawn tire tires motel inn salon barbershop laundromat pharmacy drugstore "
    "parking lot"
)
# "outside Denny's on Tuesday", "at Applebee's.": a possessive with no noun after it, the
# object of a preposition of a building's whereabouts, is a business's or a home's
_PREMISES_PREPS = _words("at outside inside near behind beside")
BUSINESS_TOWN_POP = 100_000
"""A town this big keeps its possessive whatever follows ("Chicago's Maxwell Street
Market"): its name is news's reference for it, rarely a shop's."""


def _possessive_at(sc: _Scanner, m: _Mention) -> bool:
    """Whether the name is followed by its possessive: "'s", or a bare apostrophe right after
    a name ending in "s" ("outside Bojangles'", "at Hooters' parking lot"; not a closing quote:
    "the 'Hastings' chant", whose apostrophe opened the name too)."""
    j, i = m.end_tok, m.start_tok
    if j >= sc.n:
        return False
    if sc.low(j) in ("'s", "’s"):
        return True
    if sc.tok[j] not in ("'", "’") or sc.space[j - 1] or not sc.tok[j - 1].endswith("s"):
        return False
    return i == 0 or sc.tok[i - 1] not in ("'", "‘", "’")


def _owner_possessive(sc: _Scanner, m: _Mention) -> bool:
    """Whether "X's" after a name the gazetteer also has is a business's or a person's, not
    the town X: a business noun follows ("outside Lucille's Sports Bar", "at Church's
    Chicken"; capitalised words and "&" may come between), or nothing does and a preposition
    of premises comes before ("outside Denny's on Tuesday", "in front of Denny's."). Not when
    the text otherwise makes X a town: a big town (`BUSINESS_TOWN_POP`), X named elsewhere
    without the possessive, or the state of one of X's towns named."""
    j, n = m.end_tok, sc.n
    if not _possessive_at(sc, m):
        return False
    k = j + 1
    while k < n and k <= j + 3 and (sc.low(k) == "&" or (sc.is_cap(k) and sc.is_word(k))):
        if sc.low(k) in _BUSINESS_WORDS:
            break
        k += 1
    trade = k < n and sc.low(k) in _BUSINESS_WORDS
    if not trade:
        i = m.start_tok
        prep = m.prep
        if prep == "of" and i >= 2 and sc.low(i - 2) == "front":
            prep = "front"  # "in front of Denny's"
        alone = (
            j + 1 >= n
            or not sc.is_word(j + 1)
            or (sc.pos[j + 1] not in (NOUN, PROPN) and not sc.is_cap(j + 1))
            or sc.low(j + 1) in _MONTHS_DAYS
        )
        if not (alone and (prep in _PREMISES_PREPS or prep == "front")):
            return False
    g = sc.g
    towns = [r for r in m.ids[:20] if g.kind[r] == CITY and name_key(g.name[r]) == m.key]
    if any(g.population[r] >= BUSINESS_TOWN_POP for r in towns):
        return False  # a big town of this very name, not a county's or another name's
    name = re.escape(sc.text[sc.idx[m.start_tok] : sc.end[j - 1]])
    if re.search(rf"\b{name}\b(?!['’])", sc.text):
        return False  # "... at Denny's in Denny": the town's name stands on its own too
    for r in m.ids[:20]:
        a1 = g.admin1[r]
        row = g.admin1_rows.get((g.cc[r], a1)) if a1 else None
        if row is not None and re.search(rf"\b{re.escape(g.name[row])}\b(?!['’])", sc.text):
            return False  # "Macy's, Nebraska": a town of the state named
    return True


def _after_street_comma(sc: _Scanner, i: int) -> bool:
    """Whether token `i` follows a street's kind and a comma: "Pine Road, Garner", "2100
    Candler Rd., Decatur" (reads the two tokens before it). US police and papers write an
    address's town there."""
    return (
        i >= 2
        and sc.tok[i - 1] == ","
        and sc.is_cap(i - 2)
        and sc.low(i - 2).rstrip(".") in _STREET_WORDS
    )


def _context(sc: _Scanner, m: _Mention) -> None:
    """A mention's context: entity label, preposition, kind word, home, actor, near."""
    n = sc.n
    i, j = m.start_tok, m.end_tok
    for k in range(i, j):
        label = sc.label(k)
        if label:
            m.label = label
            a, b = sc.ent_bounds(k)
            m.ent_whole = a >= i - 1 and b <= j + 1 and (b - a) <= (j - i) + 1
            if label == "ORG":
                extra = [sc.low(t) for t in (*range(a, i), *range(j, b))]
                # "the Ayamelum LGA", "the X district": a place with its kind, not an org
                m.in_org = any(w not in _ARTICLES and w not in _KIND_WORDS for w in extra)
                if m.in_org and any(sc.low(t) in _JURISDICTION for t in range(j, b)):
                    m.in_org = False  # "Chicago Police Department": where the police work
                    m.jurisdiction = True
                if m.in_org and _after_street_comma(sc, i):
                    # "the 4500 block of Pine Road, Garner": the address's town, whatever
                    # entity the model stretched over the street and the town
                    m.in_org = False
                if m.in_org and i > 0 and j < n and sc.tok[i - 1] == "(" and sc.tok[j] == ")":
                    # "the Habib Bourguiba International Airport (Monastir)": a name alone in
                    # brackets after a site's is the site's town, whatever entity the model
                    # stretched over both
                    m.in_org = False
            elif label == "PERSON":
                m.in_person = b - a > j - i
                if m.in_person and any(sc.low(t) in _JURISDICTION for t in range(j, b)):
                    m.in_person = False  # "Bertie County Sheriff John Holley"
                    m.jurisdiction = True
                    m.label = ""
            break
    if police_in_said(sc.text, m.start, m.end):
        m.in_org = False  # "police in Lower Merion said": where they work, no force's name
    if _station_name(sc, i):
        m.in_org = True
    if _school_name(sc, j):
        m.in_org = m.in_building = True  # "Whitehouse ISD", "Whitehouse High School"
    if m.label in ("ORG", "NORP") and m.ent_whole and not m.in_org:
        m.label = ""  # spaCy's guess for an unfamiliar name: no evidence either way
    k = i - 1
    if k >= 0 and sc.low(k) == "the":
        k -= 1
    if k >= 0 and sc.low(k) in _PART_WORDS:
        m.kind_word = m.kind_word or "(part)"  # "in central Van", "northern Syria"
        m.upper_lower = sc.tok[k] in ("Upper", "Lower", "UPPER", "LOWER") and k == i - 1
        if m.upper_lower:
            m.text = sc.span_text(k, j)  # written whole if it stays a local name
        k -= 1
    k = _past_neighbour_word(sc, k)
    if k >= 0:
        past_neighbour = k + 1 < sc.n and sc.low(k + 1) in _NEIGHBOUR_WORDS
        m.prep = "in" if _response_to(sc, k, neighbour=past_neighbour) else sc.low(k)
        if m.prep in ("and", "or"):
            t = _list_prep(sc, k)
            if t >= 0:
                m.prep, k, m.listed = sc.low(t), t, True
    if (
        m.prep == "of"
        and k >= 2
        and sc.low(k - 1) in _UNIT_WORDS
        and sc.low(k - 2) in ("the", "a", "an")
    ):
        # "the town of Kafr Qaddum" (not "La Loma Verde district of Quito")
        m.kind_word = m.kind_word or sc.low(k - 1)
        if k >= 3 and sc.low(k - 3) in _AT_PREPS:
            m.prep = sc.low(k - 3)  # "in the town of Elmo"
    elif m.prep == "of" and k >= 0:
        m.prep = _us_municipality_prep(sc, k) or m.prep
    if k >= 0:
        p1 = m.prep
        p2 = sc.low(k - 1) if k >= 1 else ""
        if (
            p1 in _NEAR_WORDS
            or (p1 == "of" and p2 in _NEAR_OF)
            or (p1 == "from" and p2 in _DISTANCE)
        ):
            m.near = True
        if (p1 == "of" and p2 in _BEARINGS and (k < 2 or sc.low(k - 2) != "the")) or (
            p1 == "from" and p2 in _DISTANCE
        ):
            m.bearing = True  # not "in the north of X": a part of X
        named_suburb = _named_suburb_prep(sc, k) if p1 == "of" else ""
        if named_suburb:
            # "in the Dallas suburb of Mesquite": Mesquite is the suburb, not near it
            m.near, m.prep = False, named_suburb
        elif p1 == "of" and p2 in _NEAR_OF:
            m.prep = "near"  # "in the area of X", "the outskirts of X"
        if p1 == "to" and p2 == "close":
            m.near, m.prep = True, "near"  # "close to X" is "near X"
        if p1 == "in" and (_taken_to_building(sc, k) or _cared_for_at_hospital(sc, k)):
            m.dest = True  # "taken to Mount Sinai Hospital in Oak Park": the hospital's town
        if p1 == "in" and _chase_origin(sc, k):
            m.prep = "from"  # "a chase that began in Minneapolis": where it came from
        if p1 == "of" and p2 in ("block", "blocks"):
            # US police give an address as "the 1200 block of (North) Pulaski": a street,
            # whatever town elsewhere bears its name
            m.street = True
        if p1 == "to":
            # "flown to Pemba", "taken by helicopter to ...": a few words back, same clause
            for t in range(k - 1, max(-1, k - 5), -1):
                w = sc.low(t)
                if w in _MOVE_WORDS:
                    m.dest = True
                    break
                if not sc.is_word(t):
                    break
        if (
            (p1 in ("of", "from") and p2 == "," and k >= 3 and sc.tok[k - 2].isdigit())
            # "Derrick Williams, 31 of Kansas City": the age's comma left out
            or (p1 == "of" and p2.isdigit() and k >= 2 and sc.tok[k - 2] == ",")
            or (p1 == "of" and p2 in _HOME_OF)
            or (p1 == "from" and p2 in _HOME_FROM)
            or (p1 == "in" and (p2 in _HOME_IN or (p2 == "up" and sc.low(k - 2) == "grew")))
            or (p1 == "in" and _HOME_ADDRESS.search(sc.text, max(0, m.start - 80), m.start))
            or (p1 == "in" and _AGED_HOME_STREET.search(sc.text, max(0, m.start - 80), m.start))
            or (p1 == "," and _PERSON_ADDRESS.search(sc.text, max(0, m.start - 120), m.start))
        ):
            m.residence = True
    if _sector_list(sc, i):
        # "Central District Eastern District Northern District ...": a city's police or court
        # districts, parts of a town the list does not name (as a street is), not a country's
        m.street = True
    if _named_street_on(sc, m, j):
        m.street = True  # "on West Second Street", "on Park Avenue": a street, no town
    if _corner_street(sc, i, j):
        m.street = True  # "near the intersection of Laredo and Staples": two streets
    if _house_number_before(sc, i) and j - i > 1 and sc.low(j - 1).rstrip(".") in _STREET_WORDS:
        # "at 2900 Pike Road": a house number and a name ending in a street's word are an
        # address's street, though the gazetteer keeps a place of the street's name
        m.street = True
    if not m.dest and _unnamed_hospital(sc, i, j):
        # "taken to a hospital in Plano", "in critical condition in a Duluth hospital"
        m.hospital = True
    if j < n:
        nxt = sc.low(j)
        police = nxt in ("police", "pd", "sheriff", "sheriff's", "firefighters") or (
            nxt in _METRO_WORDS and j + 1 < n and sc.low(j + 1) == "police"
        )
        # (a town's name opening a sentence may be tagged a noun: "Lufkin police said")
        if police and (sc.pos[j - 1] == PROPN or (j - i == 1 and sc.opens_own_police(i))):
            # "Memphis police arrested ...", "Indianapolis Metro Police": where the police work
            m.jurisdiction = True
        elif nxt in ("governor", "governorship") and sc.is_cap(j):
            m.jurisdiction = True  # "the Van Governor's Office": the province it governs
        if _site_word_after(sc, j) and not m.kind_word:
            m.site_named = True
        if _house_number_before(sc, i) and (nxt.rstrip(".") in _STREET_WORDS or sc.is_cap(j)):
            # "a shooting at 1309 E. Tennessee St.": an address's street; "at 11282 South State
            # St.": the first words of one, its name going on (not "in 2019 Oak Hollow was")
            m.street = True
        if _street_pair(sc, j):
            m.street = True  # "at Independence and Wabash avenues": two streets' corner
        if _possessive_at(sc, m) and (_business(sc, m) or _owner_possessive(sc, m)):
            m.business = True  # "the McDonald's next to the gas station": a business
        if nxt in ("'s", "’s") and not m.kind_word:
            # "in Atlanta's northeastern suburbs": the land around the town, as "the Atlanta
            # suburbs" is
            k = j + 1
            if k < n and sc.low(k) in _PART_WORDS:
                k += 1
            if k < n and sc.low(k) in _AROUND_WORDS:
                m.kind_word, m.near = sc.low(k), True
        unit = "" if m.kind_word else _unit_list(sc, j)
        if unit:
            counties = tuple(
                r for r in sc.g.lookup_key(f"{m.key} {unit}") if sc.g.kind[r] == ADMIN2
            )
            if counties:  # "Franklin and Warren counties": each a county, not the town
                m.key, m.ids, m.kind_word = f"{m.key} {unit}", counties, unit
        if nxt in _KIND_WORDS and (not m.kind_word or _compass_named_quarter(sc, m, nxt)):
            m.kind_word = nxt
            if nxt in _LOCAL_WORDS:
                m.near = True
        elif _section_of_a_city(sc, j) and not m.kind_word:
            m.kind_word = "section"  # "the Germantown section of the city": a part of a city
        elif nxt in ("native", "natives") and not m.kind_word:
            # "Atlanta native Brian Pickle was shot ... in South Carolina": where someone
            # comes from, as "a native of Atlanta" is
            m.residence = True
        elif (
            m.prep in ("a", "an", "the")
            and not m.kind_word
            and (nxt in _PEOPLE or _modified_person(sc, j) or _qualified_person(sc, j))
        ):
            m.kind_word = "(people)"  # "a Uniontown man", "the Kokhanok family": a town's
        country = bool(m.ids) and sc.g.kind[m.ids[0]] == COUNTRY
        if country or nxt in _ACTOR_HEADS or (j + 1 < n and sc.low(j + 1) in _ACTOR_HEADS):
            tok = sc.doc[j - 1]  # a parse look-up only where it can matter
            if tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i >= j:
                # "the US government", "Zambia's army", "the US dollar": not where it happened
                m.actor = country or tok.head.lower_ in _ACTOR_HEADS


def _compass_named_quarter(sc: _Scanner, m: _Mention, nxt: str) -> bool:
    """Whether a capitalised compass word opens the name of a town's quarter: "in the North
    Austin neighborhood", "the East Lakeview neighbourhood".

    Reads the token before the name and the word after it (`nxt`). A compass word in front
    of a name is most often the part of a town or a country ("northern Syria", "in north
    Van"), read as "(part)"; written with a capital right before the name and followed by a
    quarter's word, it is a word of the quarter's own name, and the name is a quarter of the
    story's city (as "the Austin neighborhood" is), not the town of that name elsewhere.
    """
    i = m.start_tok
    return (
        m.kind_word == "(part)"
        and nxt in _TOWN_QUARTERS
        and i > 0
        and sc.low(i - 1) in _COMPASS_WORDS
        and sc.tok[i - 1][:1].isupper()
        # (a whole name the gazetteer has, "the East Liberty neighborhood", is read whole)
        and name_key(sc.span_text(i - 1, m.end_tok)) not in sc.g.index
    )


_SECTOR_COMPASS = _COMPASS_ADJECTIVES | _COMPASS_WORDS
_SECTOR_UNITS = _words("district districts division region sector zone precinct area")
_SECTOR_GAP = _words(", ; / & and or")
SECTOR_LIST = 3
"""Compass-named units in a row that make a list of sectors (`_sector_list`)."""


def _qualified_person(sc: _Scanner, j: int) -> bool:
    """Whether the words from `j` are a state set off by commas and a person's noun
    (`_PEOPLE`): "a Memphis, Tenn., man", "a Beaumont, Texas, woman", the news agencies' way
    of writing a town's person from outside the story's own area, as "a Memphis man" is.

    Reads the tokens: a comma, one to three capitalised words (and their dots), a comma and
    the noun."""
    if j >= sc.n or sc.tok[j] != ",":
        return False
    k = j + 1
    while k < sc.n and k - j <= 4 and (sc.is_cap(k) or sc.tok[k] == "."):
        k += 1
    return k > j + 1 and k + 1 < sc.n and sc.tok[k] == "," and sc.low(k + 1) in _PEOPLE


def _modified_person(sc: _Scanner, j: int) -> bool:
    """Whether the words from `j` are one lower-case word and a person's noun (`_PEOPLE`):
    "a Minneapolis rap musician", "a Dayton high-school student" (h-city48): the town's person,
    as "a Minneapolis man" is. A hyphened word is one word, though spaCy parts it into words
    and hyphens ("high", "-", "school": `hyphen_tail`)."""
    if not (j < sc.n and sc.is_word(j) and not sc.is_cap(j)):
        return False
    k = j
    while k + 2 < sc.n and sc.hyphen_tail(k + 2):
        k += 2
    return k + 1 < sc.n and sc.low(k + 1) in _PEOPLE


def _sector_list(sc: _Scanner, i: int) -> bool:
    """Whether token `i` opens a compass-named unit ("Central District", "Western Division") in
    a list of at least `SECTOR_LIST` such names of one unit word that are not all provinces of
    one country: a city's police districts, a court's or a utility's divisions. Israel's
    Central, Northern and Southern Districts listed together stay Israel's (and Malawi's
    Central, Northern and Southern Regions, though Uganda has two of the names too); a list
    that adds an Eastern and a Northwestern District (American Samoa's, or no place at all) is
    a set of generic sectors, and none of its names is a place of its own."""
    n = sc.n
    if not (i + 1 < n and sc.low(i) in _SECTOR_COMPASS and sc.low(i + 1) in _SECTOR_UNITS):
        return False
    unit = sc.low(i + 1).rstrip("s")

    def pair_at(k: int) -> bool:
        return (
            k >= 0
            and k + 1 < n
            and sc.low(k) in _SECTOR_COMPASS
            and sc.low(k + 1).rstrip("s") == unit
            and sc.is_cap(k)
        )

    def gap(k: int, step: int) -> int:
        while 0 <= k < n and (sc.low(k) in _SECTOR_GAP or not sc.tok[k].strip()):
            k += step
        return k

    starts = [i]
    k = gap(i + 2, 1)
    while pair_at(k):
        starts.append(k)
        k = gap(k + 2, 1)
    k = gap(i - 1, -1)
    while pair_at(k - 1):
        starts.append(k - 1)
        k = gap(k - 2, -1)
    names = {f"{sc.low(k)} {unit}" for k in starts}
    if len(names) < SECTOR_LIST:
        return False
    common: set[str] | None = None  # the countries having a province of every name
    for key in names:
        ccs = {sc.g.cc[r] for r in sc.g.lookup_key(name_key(key)) if sc.g.kind[r] == ADMIN1}
        common = ccs if common is None else common & ccs
    return not common


# a chase's start: "a chase that began in X", "the pursuit, which started in X"
_CHASE_WORDS = _words("chase pursuit")
_BEGAN_WORDS = _words("began begun started starting beginning originated")


def _section_of_a_city(sc: _Scanner, j: int) -> bool:
    """Whether the name ending before token `j` is followed by "section of" ("the Germantown
    section of the city", "the Mount Airy section of Philadelphia").

    US reports call a city's neighbourhood its section ("the X section of the city" in the
    city's own paper); the kind word makes the name a neighbourhood (`_NEIGHBOURHOOD_WORDS`)
    as "neighborhood" does, so that a place GeoNames keeps as a town of its own inside the
    city is written as the city. "Section" alone (a "Metro section", a highway's) is not read.
    """
    return j + 1 < sc.n and sc.low(j) in ("section", "sections") and sc.low(j + 1) == "of"


# a municipality's kind after an adjective ("the small city of"), or a Pennsylvania or New
# Jersey borough ("the borough of Wilkinsburg")
_MUNICIPALITY_WORDS = frozenset({"city", "town", "village", "borough"})
_MUNICIPALITY_ADJECTIVES = frozenset({"small", "tiny", "nearby", "neighboring", "neighbouring"})


def _us_municipality_prep(sc: _Scanner, k: int) -> str:
    """The preposition of place before "the (small) city / town / borough of" ending at the
    "of" at token `k`, or "": "in the borough of Wilkinsburg", "in the small city of Jacinto
    City" set the event in the town as "in Wilkinsburg" does.

    Reads the kind word before the "of" (`_MUNICIPALITY_WORDS`), at most one adjective
    before it (`_MUNICIPALITY_ADJECTIVES`), the article and the preposition (`_AT_PREPS`).
    "the town of X" with no adjective is read with the other unit words (`_context`); the
    kind word is not kept (a borough is a county's word in Alaska, `_COUNTY_WORDS`).
    """
    t = k - 1
    if t < 0 or sc.low(t) not in _MUNICIPALITY_WORDS:
        return ""
    t -= 1
    if t >= 0 and sc.low(t) in _MUNICIPALITY_ADJECTIVES:
        t -= 1
    if t < 1 or sc.low(t) != "the" or sc.low(t - 1) not in _AT_PREPS:
        return ""
    return sc.low(t - 1)


def _named_suburb_prep(sc: _Scanner, k: int) -> str:
    """The preposition before "the <City> suburb of" ending at the "of" at token `k`, or "".

    Reads back from "of": the word "suburb", a capitalised name, an article, and a
    preposition of place. "A teen was shot in the Dallas suburb of
    Mesquite", "at a home in the Atlanta suburb of Marietta": the name after "of" is the
    suburb itself, the scene, and the big city before "suburb" only says where it lies; "the
    suburbs of Atlanta", "a suburb of Boston" (no name before the word) stay around the city.
    """
    if k < 4 or sc.low(k - 1) != "suburb":
        return ""
    t = k - 2
    while t >= 0 and sc.is_cap(t) and sc.low(t) not in ("the", "a"):
        t -= 1
    if t == k - 2 or t < 1 or sc.low(t) not in ("the", "a"):
        return ""
    prep = sc.low(t - 1)
    return prep if prep in _AT_PREPS else ""


def _chase_origin(sc: _Scanner, k: int) -> bool:
    """Whether "in" at token `k` ends "a chase that began in" (or "pursuit ... started in").

    Reads the word before "in" (a verb of beginning) and up to four words before it for
    "chase" or "pursuit", in the same sentence. A police chase ends at the scene: the town it
    began in is where it came from ("shot by an officer after a chase that began in
    Minneapolis", "a pursuit that started in St. Paul and ended in Roseville"), read as "from".
    """
    if k < 2 or sc.low(k - 1) not in _BEGAN_WORDS:
        return False
    for t in range(k - 2, max(-1, k - 7), -1):
        if sc.tok[t] in (";", ".", ":"):
            return False
        if sc.low(t) in _CHASE_WORDS:
            return True
    return False


# a street's kind that ends a name read whole from the gazetteer ("Park Avenue", a suburb of
# Rockhampton; "Second Street", a place in British Columbia)
_STREET_END_WORDS = _words("street avenue road boulevard drive lane parkway pike highway")


def _named_street_on(sc: _Scanner, m: _Mention, j: int) -> bool:
    """Whether the name over tokens up to `j` is a street: "on" before it and a street's kind,
    spelt in full and capitalised, as its last word or the word after it ("shot on Park
    Avenue", "on West Second Street", "on Clarksville Street").

    The gazetteer holds places named so abroad (Park Avenue in Queensland, Second Street in
    British Columbia); a US report's "on X Street" is where on the street the harm was done,
    and the town is named elsewhere or not at all.
    """
    if m.prep != "on":
        return False
    # the kind inside the name ("Park Avenue") or right after it ("on Clarksville Street")
    return any(
        0 <= t < sc.n and sc.is_cap(t) and sc.low(t) in _STREET_END_WORDS for t in (j - 1, j)
    )


# the active past of carrying someone somewhere: "medics took him to", "drove her to"
_CARRIED = _words("took drove carried")


def _carried_to_care(word: str) -> bool:
    """Whether a word moves the wounded to the hospital a few words on: the passive's
    `_MOVE_WORDS` ("taken", "rushed") and the active past ("medics took him to a hospital in
    Aurora", "a friend drove him to an Aurora hospital"). Read only before a hospital (a
    named one, `_taken_to_building`, or one of a town, `_unnamed_hospital`): "drove to Aurora"
    alone may be the gunman's way to the scene."""
    return word in _MOVE_WORDS or word in _CARRIED


def _taken_to_building(sc: _Scanner, k: int) -> bool:
    """Whether "in" at token `k` ends "taken [in good condition] to X Hospital in ...".

    Where the wounded were taken is the hospital's town, not the scene: the town after a
    named building that someone was moved to is a destination like "flown to Pemba".
    """
    t = k - 1
    if t < 0 or sc.low(t) not in _BUILDING_WORDS:
        return False
    while t >= 0 and k - t <= 8 and (sc.is_cap(t) or sc.tok[t] in ("-", "'s", "’s")):
        t -= 1
    if t < 0 or sc.low(t) == "the":
        t -= 1
    if t < 0 or sc.low(t) != "to":
        return False
    # the verb may stand a few words back, past its object ("taken at least three injured
    # workers to ..."), but in the same sentence
    for u in range(t - 1, max(-1, t - 9), -1):
        if sc.tok[u] in (";", ".", ":"):
            return False
        if _carried_to_care(sc.low(u)):
            return True
    return False


# a hospital's name ends so: "St. Mary's Medical Center", "Mercy Hospital", "Trauma Center"
_HOSPITAL_WORDS = _words("hospital hospitals clinic infirmary")
_MEDICAL_CENTER = _words("medical trauma health")
# what happens to the wounded at a hospital: "died during surgery at", "is being treated at",
# "was pronounced dead at", "in critical condition at"
_CARE_WORDS = _words(
    "died dies pronounced treated treating condition hospitalized hospitalised recovering "
    "surgery admitted listed undergoing underwent care"
)
# the wounded's stay at a hospital, right before its "at" (a time word at most between): "he
# remains at UAB Hospital in Birmingham", "remained Sunday at", "stayed overnight at". Only
# so near: "a guard who remains on duty was shot at the hospital" is shot at it
_STAY_WORDS = _words("remains remained remain stays stayed")


def _stay_before(sc: _Scanner, t: int) -> bool:
    """Whether a word of the wounded's stay (`_STAY_WORDS`) stands in the two tokens before
    token `t`, the "at" or "in" of a hospital."""
    return any(sc.low(u) in _STAY_WORDS for u in range(max(0, t - 2), t))


def _unnamed_hospital(sc: _Scanner, i: int, j: int) -> bool:
    """Whether the name over tokens `i`..`j` places a hospital with no name of its own where
    someone was taken or is treated: "taken to a hospital in Plano", "remained in critical
    condition in a Duluth hospital", "treated and released from an Athens hospital".

    As with a named hospital (`_cared_for_at_hospital`), the wounded are carried to the
    nearest big town's hospital, often another town than the scene's; only after a word of
    care or of moving earlier in the sentence ("a gunman opened fire at a hospital in
    Brookfield", "shot outside a Duluth hospital": the scene).
    """
    n = sc.n
    k = _past_neighbour_word(sc, i - 1)  # "at a hospital in nearby Hayti"
    if k >= 1 and sc.low(k) == "in" and sc.low(k - 1) in _HOSPITAL_WORDS:
        hospital = k - 1  # "a hospital in Plano"
    elif j < n and sc.low(j) in _HOSPITAL_WORDS and i > 0 and sc.low(i - 1) in ("a", "an"):
        hospital = j  # "a Duluth hospital" (not "the Duluth Hospital": a name)
    else:
        return False
    if sc.is_cap(hospital):
        return False  # a named hospital's word: `_cared_for_at_hospital`, `_taken_to_building`
    for u in range(min(i, hospital) - 1, max(-1, min(i, hospital) - 12), -1):
        if sc.tok[u] in (";", ".", ":", "!", "?"):
            return False
        if sc.low(u) in _CARE_WORDS or _carried_to_care(sc.low(u)):
            return True
    return False


def _cared_for_at_hospital(sc: _Scanner, k: int) -> bool:
    """Whether "in" at token `k` ends "died [during surgery] at X Medical Center in ...".

    A wounded person dies or is treated at the hospital, which may be in the next big town,
    across a county or a state line ("died at St. Mary's Medical Center in Evansville" in a
    story of a shooting in Henderson, Kentucky): that town is a destination like the one after
    "taken to", not the scene. Only a hospital's name, and only after a word of care in the few
    words before it: "a gunman opened fire at Mercy Hospital in Brookfield" is the scene.
    """
    t = k - 1
    if t < 0:
        return False
    last = sc.low(t)
    if not (
        last in _HOSPITAL_WORDS or (last == "center" and t > 0 and sc.low(t - 1) in _MEDICAL_CENTER)
    ):
        return False
    while t >= 0 and k - t <= 8 and (sc.is_cap(t) or sc.tok[t] in ("-", "'s", "’s", ".")):
        t -= 1
    if t >= 0 and sc.low(t) == "the":
        t -= 1
    if t < 0 or sc.low(t) not in ("at", "to"):
        return False
    return any(sc.low(u) in _CARE_WORDS for u in range(max(0, t - 6), t)) or (
        sc.low(t) == "at" and _stay_before(sc, t)
    )
