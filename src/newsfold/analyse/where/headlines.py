"""Where, the headline: place names in the title (no parse) and the site's name after it."""

from __future__ import annotations

import re

from newsfold.analyse.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    Gazetteer,
    name_key,
)
from newsfold.analyse.where.evidence import (
    _Evidence,
    _named_home_town,
    _state_row,
    _us_outlet_home,
)
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.vocabulary import (
    _AGENCIES,
    _CONNECT,
    _JURISDICTION,
    _KIND_WORDS,
    _MONTHS_DAYS,
    _NEAR_WORDS,
    _PART_WORDS,
    _PEOPLE,
    _SITE_WORDS,
    _STOPLIKE,
    NAME_PREFIXES,
    NEIGHBOURHOOD_WORD,
    _words,
    common_words,
    is_common,
)

_TITLE_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d+")


# " - ", " | " and runs of them ("shooting at - | WBTV Charlotte": one break, not two)
_TITLE_PARTS = re.compile(r"\s+(?:[-|–—]\s+)+")
_SITE_NAME = re.compile(
    r"\.(?:com|net|org|tv)\b|\b(?:News|Weather|Sports|TV|Radio|Online|Channel|Homepage)\b|"
    r"^[KW][A-Z]{2,3}(?:-?TV|\d+)?\b",
)


# a person's role, which opens a headline's clause as a town's name would ("...: Marine
# killed"); each is also the name of a small US town
_ROLE_WORDS = _PEOPLE | _words(
    "marine soldier sailor airman trooper deputy officer veteran pastor coach suspect victim "
    "gunman shooter driver hunter neighbor grandmother grandfather son daughter"
)
# a site's name opening the page title, a comma after it: "Youngstown News, Campbell man ..."
_SITE_LEAD = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2} [Nn]ews),\s+")
# the end of a clause before a headline's word: "...in 4 days: Marine killed"
_CLAUSE_END = re.compile(r"[:;.!?]\s*$")
_SITE_TOWN = re.compile(r"^[A-Z][\w .'-]{1,30}, [A-Z]{2}$")


def _headline(title: str) -> tuple[str, list[str]]:
    """The headline, and the site's name a page title may end with: "Suspect in custody - KXVL.com,
    Central Valley News, Weather, Sports" is about a shooting, not about the Central Valley (the
    outlet's region, which `_site_name_evidence` reads like a host name)."""
    parts = _TITLE_PARTS.split(title)
    tails = []
    lead = _SITE_LEAD.match(parts[0])
    if lead is not None and len(parts[0]) > lead.end():
        # "Youngstown News, Campbell man arraigned in shooting": the site's name before it
        tails.append(lead.group(1))
        parts[0] = parts[0][lead.end() :]
    while len(parts) > 1 and (
        _SITE_NAME.search(parts[-1])
        # "... - Live5News.com | Charleston, SC | News, Weather": the site's town between
        or (len(parts) > 2 and _SITE_TOWN.match(parts[-1]) and _SITE_NAME.search(parts[-2]))
    ):
        tails.append(parts.pop())
    return " - ".join(parts), tails


_SITE_STATE = re.compile(r",\s*([A-Z][A-Za-z]?[a-z]{0,3}\.?)(?=[\s|,]|$)")


def _site_name_evidence(g: Gazetteer, title: str | None, ev: _Evidence) -> None:
    """A US state or big city in the site's name after the headline ("Toledo News Now")."""
    if not title:
        return
    tails = _headline(title)[1]
    for tail in tails:
        words = [w for w in re.findall(r"[A-Z][a-z]+", tail) if w not in ("News", "Weather")]
        keys = [name_key(" ".join(words[k : k + n])) for n in (2, 1) for k in range(len(words))]
        rows = [i for k in keys for i in g.lookup_key(k) if g.cc[i] == "US" and g.admin1[i]]
        # the state first ("for Youngstown-Warren Ohio": Ohio, not Warren, Michigan), also as
        # a postal code or abbreviation after a comma ("WTVM.com-Columbus, GA News": Georgia's
        # Columbus, not Ohio's)
        codes = [g.us_abbrev.get(name_key(c)) for c in _SITE_STATE.findall(tail)]
        rows += [r for r in codes if r is not None]
        states = {g.admin1[i] for i in rows if g.kind[i] == ADMIN1}
        for i in rows:
            big = g.kind[i] == CITY and g.population[i] >= 100_000
            if (g.kind[i] == ADMIN1 or big) and (not states or g.admin1[i] in states):
                _us_outlet_home(g, i, ev, town=g.kind[i] == CITY)
                return
    for tail in tails:
        # "Youngstown News, ...": a town's news site, named after a town of some size that no
        # namesake of another state rivals (as a masthead host name is: `_masthead_town`)
        words = tail.split()
        if len(words) < 2 or words[-1].lower() != "news":
            continue
        # (by its own name: "Youngstown" is also an old name of Pleasant Hill, Iowa)
        if _named_home_town(g, [name_key(" ".join(words[:-1]))], ev, own=True):
            return


# "weeks after X": a headline's place after these recalls an earlier incident
_SPANS = frozenset(("hours", "day", "days", "week", "weeks", "month", "months", "year", "years"))


def _title_mentions(g: Gazetteer, title: str | None) -> list[_Mention]:
    """Place names in the headline (no spaCy parse: a light scan of capitalised words).

    Headlines are often in Title Case, so a word that is also an English word counts only
    when it names a country or a city of a million.
    """
    if not title:
        return []
    title = _headline(title)[0]
    toks = [(t.group(0).rstrip(".,:;"), t.start()) for t in _TITLE_TOKEN.finditer(title)]
    toks = [(w[:-2] if w.endswith(("'s", "’s")) else w, at) for w, at in toks]
    toks = [_unprefixed(w, at) for w, at in toks]
    out: list[_Mention] = []
    ends: list[int] = []  # the token after each mention's name
    # In Title Case every word is capitalised, so a capital says nothing: words that are also
    # English words need to be big places. In sentence case a capital marks a name.
    long_words = [w for w, _ in toks if len(w) > 3]
    title_case = sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    words = common_words() if title_case else _STOPLIKE
    i = 0
    while i < len(toks):
        w = toks[i][0]
        if not w or not w[0].isupper():
            i += 1
            continue
        found = None
        for j in range(min(len(toks), i + 5), i, -1):
            last = toks[j - 1][0]
            if not last or not last[0].isupper():
                continue
            if any(not (t[0][:1].isupper() or t[0] in _CONNECT) for t in toks[i:j]):
                continue
            key = name_key(" ".join(t[0] for t in toks[i:j]))
            ids = g.lookup_key(key)
            if ids:
                found = (j, key, ids)
                break
        if not found:
            i += 1
            continue
        j, key, ids = found
        big = any(g.kind[r] == COUNTRY or g.population[r] >= 100_000 for r in ids[:5])
        single = j - i == 1
        wordlike = key in words or key in _MONTHS_DAYS or key in _AGENCIES
        # "One Dead in Gary Shootout": a word set in a scene, before the scene's noun, may be a
        # town (kept only when the text names it too: see `scene_word`)
        scene = (
            i > 0
            and j < len(toks)
            and toks[i - 1][0].lower() in ("in", "at", "near")
            and toks[j][0].lower().split("-")[0] in _SCENE_NOUNS
            and key not in _STOPLIKE
            and key not in _MONTHS_DAYS
        )
        word_only = single and wordlike and (not big or i == 0 or key in _STOPLIKE)
        if word_only and not scene:
            i = j  # "Man arrested...", "Police: ..."
            continue
        if single and g.postal(ids[0]) and is_common(key):
            i = j  # "MLK Day shootings": a word, though a USPS hamlet's name (`us_places`)
            continue
        if i > 0 and toks[i - 1][0] == NEIGHBOURHOOD_WORD:
            i = j  # "Shooting in Little Haiti": a neighbourhood's name, not Haiti
            continue
        if single and key in _PART_WORDS:
            i = j  # "Downtown Austin shooting", "Southwest Fresno": a part of the next name
            continue
        if single and w.isupper() and len(w) <= 4 and not any(g.kind[r] == COUNTRY for r in ids):
            i = j
            continue
        if _title_site(title, toks, i, j):
            i = j
            continue
        if i >= 2 and toks[i - 1][0].lower() == "after" and toks[i - 2][0].lower() in _SPANS:
            i = j  # "Second collapse kills six, weeks after Lagos Island disaster": the other
            continue
        if not title_case and j < len(toks) and _title_run_goes_on(title, toks, j):
            i = j  # "... as Batang Lasi river bursts": the start of a longer name
            continue
        m = _Mention(i, j, -1, -1, " ".join(t[0] for t in toks[i:j]), key, ids, 0)
        m.title = True
        m.partial = True  # no parse to vouch for it: weak unless the text agrees
        m.scene_word = word_only  # kept only as a scene's name
        # "Upper Moreland shooting": the X of an "Upper X" the gazetteer lacks whole
        m.upper_lower = i > 0 and toks[i - 1][0] in ("Upper", "Lower", "UPPER", "LOWER")
        if (
            not title_case
            and single
            and not big
            and key in _ROLE_WORDS
            and i > 0
            and _CLAUSE_END.search(title, 0, toks[i][1]) is not None
        ):
            # "Three shootings, one weekend: Marine killed, two girls and 6 teens wounded": in
            # sentence case a word that opens a clause after a colon has its capital from its
            # place, not from a name; a person's role there ("Marine", "Deputy", "Veteran") is
            # the person, a town only when the text names the town too. (Not any English word:
            # WordNet's include towns' names, "Sarasota", "Allen"; nor the headline's first
            # word: a local headline opens with its town.)
            m.scene_word = True
        m.harm_noun = _harm_noun_at(toks, j)
        state = _title_state(g, title, toks, j)
        if state >= 0:
            m.qual_rows = [state]  # "5 shot at Millville, NJ home": New Jersey's Millville
        if i > 0:
            m.prep = toks[i - 1][0].lower()
            m.near = m.prep in _NEAR_WORDS
        if j < len(toks) and toks[j][0].lower() in _KIND_WORDS:
            m.kind_word = toks[j][0].lower()
        elif not title_case and j < len(toks) and toks[j][0] in _TITLE_NOUNS:
            m.kind_word = "(people)"  # "Alturas shooting victims identified", "Apison toddler"
        out.append(m)
        ends.append(j)
        i = j
    _title_homes(toks, out, ends)
    return out


_TITLE_STATE = re.compile(r"\s*,\s*([A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.?)?)")


def _unprefixed(word: str, at: int) -> tuple[str, int]:
    """A headline's word without an English prefix hyphened to a name ("Ex-Marrowfield":
    "Marrowfield", `vocabulary.NAME_PREFIXES`, as the scanner reads the text), and its start."""
    head, dash, rest = word.partition("-")
    if dash and head.lower() in NAME_PREFIXES and rest[:1].isupper():
        return rest, at + len(head) + 1
    return word, at


def _title_state(g: Gazetteer, title: str, toks: list[tuple[str, int]], j: int) -> int:
    """The US state written after a headline's town and a comma, or -1.

    "5 shot at Millville, NJ home", "Lima, Ohio, man charged": the town's own state, as
    "Millville, N.J." qualifies the town in a text (`qualifiers`), so that a namesake of
    another state (or the outlet's) does not win. An abbreviation counts in capitals or with
    its point ("NJ", "N.J.", "Fla."), not a Title Case word ("In", "Me", "Or"); a state's
    full name ("Ohio", "New Jersey") counts as written. Only in the headline's first part: a
    town and state after a break (" - ", " | ") is more often the site's own.
    """
    word, at = toks[j - 1]
    if _TITLE_PARTS.search(title, 0, at) is not None:
        return -1  # after a break: a site's town ("- Action News 5 - Memphis, Tennessee")
    m = _TITLE_STATE.match(title, at + len(word))
    if m is None:
        return -1
    text = m.group(1)
    for cand in (text, text.split()[0]) if " " in text else (text,):
        key = name_key(cand)
        row = g.us_abbrev.get(key)
        if row is not None and (cand.isupper() or cand.endswith(".") or len(key) > 4):
            return row
        row = _state_row(g, key)
        if row >= 0:
            return row
    return -1


# what a headline names after the scene's town: "Albany shooting", "Gary shootout"
_SCENE_NOUNS = _words(
    "shooting shootings shootout homicide homicides murder murders slaying slayings killing "
    "standoff"
)


# the harm itself, after its town: "Allen shooting", "Lacey triple homicide" (not "standoff")
_HARM_NOUNS = _SCENE_NOUNS - _words("standoff") | _words("stabbing stabbings")
_HARM_ADJECTIVES = _words("double triple fatal deadly mass")


def _harm_noun_at(toks: list[tuple[str, int]], j: int) -> bool:
    """Whether the headline's words from `j` are the harm's noun ("shooting", "triple
    homicide"), as after a town that is its scene ("Allen shooting after Facebook fight")."""
    words = [t[0].lower() for t in toks[j : j + 2]]
    if words and words[0] in _HARM_ADJECTIVES:
        words = words[1:]
    return bool(words) and words[0].split("-")[0] in _HARM_NOUNS


def _title_homes(toks: list[tuple[str, int]], out: list[_Mention], ends: list[int]) -> None:
    """Mark a headline's town that is someone's home when the headline names the scene apart.

    "Brooklyn man charged in Albany shooting", "Lakewood teen held in Tacoma homicide": the
    town before "man" is where the suspect lives, the one before "shooting" (or after "in")
    where it happened. Alone ("Campbell man arraigned in shooting of nephew") the home town
    is often the scene too, and keeps its weight.
    """
    if len(out) < 2:
        return

    def after(k: int) -> str:
        return toks[ends[k]][0].lower() if ends[k] < len(toks) else ""

    homes = [k for k, m in enumerate(out) if after(k) in _PEOPLE]
    scenes = [
        k
        for k, m in enumerate(out)
        if k not in homes and (after(k) in _SCENE_NOUNS or m.prep in ("in", "at", "near"))
    ]
    for k in homes:
        if any(out[s].key != out[k].key for s in scenes):
            out[k].residence = True


def _title_site(title: str, toks: list[tuple[str, int]], i: int, j: int) -> bool:
    """Whether the headline's name at `i`..`j` is part of a site's or a ward's name.

    "... in Humboldt Park shooting", "Lower 9th Ward shooting", "Oak Street": a park, street or
    building named after a place (the headline has no parse to tell), or a numbered ward or
    district of a city ("9th Ward"), not the town of that name.
    """
    if j - i == 1 and toks[i][0].lower() in _SITE_WORDS | _KIND_WORDS:
        return True  # "Odunlami Street collapse": the street's word, not Street, Somerset
    # "Pine Hollow Apartments": a building's name goes on (in sentence case: in Title Case
    # "Columbus Shooting Near School" would read as one name; and not past an office,
    # "Jackson County Sheriff's Office", nor a high school, which is named after its town:
    # "Alpine High School")
    long_words = [w for w, _ in toks if len(w) > 3]
    title_case = sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    for k in range(j, min(len(toks), j + (1 if title_case else 3))):
        after = toks[k][0]
        if not after[:1].isupper() or after.lower() in _JURISDICTION or after == "High":
            break
        if after.lower() in _SITE_WORDS:
            return True
    return bool(re.search(r"\d(?:st|nd|rd|th)\s+$", title[: toks[i][1]], re.IGNORECASE))


def _title_run_goes_on(title: str, toks: list[tuple[str, int]], j: int) -> bool:
    """Whether a sentence-case headline's name runs on into another capitalised word that
    is not a kind of place or an office ("Batang Lasi river", not "Kano State", "Memphis
    Police"): a longer name the gazetteer lacks, of which the town's is only the start."""
    word, at = toks[j - 1]
    nxt = toks[j][0]
    if title[at + len(word) : toks[j][1]] != " " or not nxt[:1].isupper():
        return False
    low = nxt.lower()
    if low in _KIND_WORDS or low in _JURISDICTION or low in _STOPLIKE or nxt.isupper():
        return False
    return nxt != "High"  # "Alpine High School": a high school is named after its town


# Lower-case nouns a local headline puts after its town's name ("Alturas shooting ...").
_TITLE_NOUNS = _PEOPLE | _words(
    "shooting shootings shootout standoff homicide murder police deputies officer officers "
    "toddler child children teen teens boy girl"
)


# a headline's or a body's words, hyphenated ones whole ("3-Year-Old" is a number's word)
_PLAIN_WORD = re.compile(r"[^\W_][\w'’\-]*")
# a headline with this many words of its own (not its places', not stop words) that the body
# never uses is over another page's text (`_body_not_story`)
_OWN_WORDS_MIN = 3


def _word_stem(word: str) -> str:
    """A word's first four letters: "shooting", "shooter", "shoots" meet, so do "killed" and
    "killing" (generous on purpose: a body that shares any of them counts as the story)."""
    return word.lower()[:4]


def _body_not_story(
    g: Gazetteer,
    title: str | None,
    text: str | None,
    title_ms: list[_Mention],
    home_cc: str | None = None,
) -> bool:
    """Whether the page's text is not the story its headline tells, so that the headline's
    town is the only word of the event's place: the headline has three or more words of its
    own (no stop word, no number, none of its places' words) and the text uses none of them.

    A crawl of a sign-in wall, a video playlist or the site's list of its other stories under
    the headline "Marrowfield shooting after dispute over parked truck" names the outlet's own
    city, or the towns of those other stories, and nothing of the dispute; a report of the
    headline's event, however short, repeats at least one of its words (shot, dispute, truck).
    Only a headline that names a place (`title_ms`) is read: without one, the text's places
    (or the outlet's city) are all there is. Not a name found by its spelling alone, by
    another name of a place only ("Reso", a headline's cut "Resort", is the Swedish name of
    Finland's Raisio) or only abroad when the outlet's country is known (`home_cc`: "Hor", a
    cut "Horry County", is a village of China), nor a small place's name that is an
    English word capitalised for opening the headline or a clause ("Coroner: Young child
    killed"; not "Allen shooting", a big city's "Cleveland teen"): with the text set aside
    nothing else would check them.
    """
    if not title:
        return False
    head = _headline(title)[0]
    named = [
        m
        for m in title_ms
        if not m.fuzzy
        and not m.scene_word
        and not _opening_word(g, head, m)
        and any(_own_place(g, i, m.key, home_cc) for i in m.ids[:10])
    ]
    if not named:
        return False
    places = {w.lower() for m in title_ms for w in m.text.split()}
    own = {
        _word_stem(w)
        for w in _PLAIN_WORD.findall(head)
        if len(w) >= 3
        and not any(c.isdigit() for c in w)
        and w.lower() not in _STOPLIKE
        and w.lower() not in places
    }
    if len(own) < _OWN_WORDS_MIN:
        return False
    body = {_word_stem(w) for w in _PLAIN_WORD.findall(text or "")}
    return not own & body


def _opening_word(g: Gazetteer, head: str, m: _Mention) -> bool:
    """Whether a headline's place is an English word capitalised for opening the headline or a
    clause ("Young child killed", "Coroner: Young child killed"), the name of no big city and
    not set before the harm's noun ("Allen shooting ...")."""
    at = head.find(m.text)
    if at < 0 or not is_common(m.key) or m.harm_noun:
        return False
    if any(g.population[r] >= 100_000 for r in m.ids[:5]):
        return False
    return at == 0 or _CLAUSE_END.search(head, 0, at) is not None


def _own_place(g: Gazetteer, i: int, key: str, home_cc: str | None) -> bool:
    """Whether gazetteer row `i` is known by the name `key` itself, in the country `home_cc`
    when it is given."""
    return name_key(g.name[i]) == key and (home_cc is None or g.cc[i] == home_cc)
