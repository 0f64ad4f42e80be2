"""Month and weekday names and their regex fragments: the one table every date reader shares.

Ingest (page dates, boilerplate), analysis (dates, datelines, places, counts), grouping and
reconciling all read month and weekday words. They take the names from here rather than each
writing its own "jan|feb|..." list, so an abbreviation added for one ("Sept.", "Thurs.") is
there for all. Only the standard library: ingest imports it without loading spaCy.

The fragments come in two shapes:

- stems (`MONTH_STEM`, `WEEKDAY_STEM`: "jan", "mon") meant to be followed by `[a-z]*`, which
  then reads the full name, every abbreviation ("Sept", "Thurs", "Tues") and the dotless
  forms alike;
- whole words (`MONTH_FULL`, `MONTH_ABBR`, `WEEKDAY_FULL`, `WEEKDAY_ABBR_DOT`,
  `MONTH_NAME`) where the reader needs the word to end there.

Stems are lowercase for patterns compiled with `re.I`; `title=True` (`alternation`) gives the
capitalised form for case-sensitive patterns (datelines, running times).
"""

from __future__ import annotations

from collections.abc import Iterable

MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

MONTH_ABBRS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
"""Month abbreviations, dotless ("Sept" as well as "Sep", the longer first so that an alternation
of them takes "Sept."'s dot). "May" has none: it is its name."""

WEEKDAY_ABBRS: dict[str, int] = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
"""Weekday abbreviations, dotless, as listings and police logs write them ("Tues.", "Thurs.")."""

MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, 1)},
    **MONTH_ABBRS,
}
"""Every month word (name or abbreviation, lowercase, no dot) and its number, 1-12."""
WEEKDAYS: dict[str, int] = {
    **{name: i for i, name in enumerate(WEEKDAY_NAMES)},
    **WEEKDAY_ABBRS,
}
"""Every weekday word (name or abbreviation, lowercase, no dot) and its number, Monday 0."""

AP_MONTH_ABBRS: tuple[str, ...] = ("jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec")
"""The months AP style abbreviates before a day ("Jan. 5", "Sept. 4"): a word with its dot after
a clock ("at 9 a.m. Jan. 5") is then surely a month; "Mar."/"Jun." are too rare to count."""

MONTH_STEMS: tuple[str, ...] = tuple(name[:3] for name in MONTH_NAMES)
"""The first three letters of each month ("jan" ... "dec"), "may" among them."""
WEEKDAY_STEMS: tuple[str, ...] = tuple(name[:3] for name in WEEKDAY_NAMES)
"""The first three letters of each weekday ("mon" ... "sun")."""


def alternatives(words: Iterable[str], *, title: bool = False) -> str:
    """`words` as bare regex alternatives in their order ("jan|feb"), capitalised with `title`
    (for patterns compiled without `re.I`), to join with other alternatives in one group."""
    return "|".join(w.title() if title else w for w in words)


def alternation(words: Iterable[str], *, title: bool = False) -> str:
    """A non-capturing group of `words` in their order ("(?:jan|feb)"), see `alternatives`."""
    return f"(?:{alternatives(words, title=title)})"


MONTH_STEM = alternation(MONTH_STEMS)
"""`(?:jan|feb|...|dec)`: with `[a-z]*` after it, any month's name or abbreviation (re.I)."""
MONTH_STEM_NO_MAY = alternation(s for s in MONTH_STEMS if s != "may")
"""`MONTH_STEM` without "may": for a month word read alone, with no day number beside it,
where "May" is as likely the verb or a name ("May God rest", "Theresa May")."""
WEEKDAY_STEM = alternation(WEEKDAY_STEMS)
"""`(?:mon|tue|...|sun)`: with `[a-z]*` after it, any weekday's name or abbreviation (re.I)."""

MONTH_FULL = alternatives(MONTH_NAMES, title=True)
"""The months' names, capitalised, as bare alternatives ("January|...|December")."""
MONTH_ABBR = alternatives(MONTH_ABBRS, title=True)
"""The months' abbreviations, capitalised, as bare alternatives ("Jan|...|Sept|Sep|...|Dec")."""
MONTH_WORD = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
"""A month's name or abbreviation as a whole word (not "Mayor", "Junior", "Augustine")."""
MONTH_NAME = alternation(sorted(MONTHS, key=lambda w: (-len(w), w)))
"""Any month word, longest first (`(?:september|...|sept|...|jan)`): the word alone, for
patterns that read the month word itself (re.I)."""
WEEKDAY_FULL = alternation(WEEKDAY_NAMES, title=True)
"""`(?:Monday|...|Sunday)`: a weekday's full name."""
WEEKDAY_ABBR_DOT = alternation(WEEKDAY_ABBRS, title=True) + r"\."
"""`(?:Mon|Tue|Tues|...|Sun)\\.`: a weekday abbreviated with its dot ("Thurs.", "Fri.")."""
