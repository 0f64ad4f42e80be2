"""Numbers in running text: what they say (value, low, high) and what they are not.

`find_numbers(text)` finds every number expression with its qualifier ("at least three",
"more than 10", "around 800", "a dozen", "dozens", "two or three", "1,200", "twenty-three",
"1.2 million") and reads it under the one rule set written down in docs/numbers.md.
`noise_kind(text, expr)` tells a number that is not a count of people from one that may be:
ages, years, addresses, times, phone numbers, money, percentages, rates, measures, durations.

Pure functions over strings (no spaCy): `counts/` attaches the expressions to casualty words
with the dependency parse; this module only reads the numbers themselves.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from newsfold.analyse.ascii_fold import folded_page, folded_twin, plain_letters
from newsfold.calendar_words import MONTH_NAMES, WEEKDAY_NAMES

# --------------------------------------------------------------------------------------------
# Number words

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9}

_UNIT_RE = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
_SMALL_WORD = rf"(?:(?:{_TENS_RE})(?:[\s-](?:{_UNIT_RE}))?|{_UNIT_RE})"
_SCALE_TAIL = rf"(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_SMALL_WORD})?)"
_WORD_NUMBER = rf"(?:{_SMALL_WORD}{_SCALE_TAIL}*|an?{_SCALE_TAIL}+)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGIT_NUMBER = rf"(?:{_DIGITS})(?:\s*(?:million|billion|thousand|m|bn)\b)?"


def parse_word_number(text: str) -> int | None:
    """'twenty-three' -> 23, 'one hundred and five' -> 105, 'a thousand' -> 1000."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    total = 0
    current = 0
    seen = False
    for word in words:
        if not word:
            continue
        if word in ("a", "an"):
            current += 1
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_digit_number(text: str) -> float | None:
    """'1,200' -> 1200, '1.2 million' -> 1200000, '45.6' -> 45.6."""
    m = re.fullmatch(rf"({_DIGITS})\s*(million|billion|thousand|m|bn)?", text.strip(), re.I)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    scale = (m.group(2) or "").lower()
    value *= {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}.get(scale, 1)
    return value


def as_int(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# --------------------------------------------------------------------------------------------
# Vague quantities: the rule set of docs/numbers.md (value, low, high)

VAGUE: dict[str, tuple[int | None, int | None, int | None]] = {
    # round units read as exactly that many unless qualified
    "a dozen": (12, 12, 12),
    "half a dozen": (6, 6, 6),
    "a score": (20, 20, 20),
    "a couple": (2, 2, 3),
    "a pair": (2, 2, 2),
    "a handful": (3, 2, 9),
    # plurals of round units: the unit itself is the conservative value (ACLED: "dozens" = 12,
    # "hundreds" = 100, "tens" = 10), with the range up to the next unit
    "tens": (10, 10, 99),
    "dozens": (12, 12, 99),
    "scores": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "thousands": (1000, 1000, 9999),
    "tens of thousands": (10_000, 10_000, 99_999),
    "hundreds of thousands": (100_000, 100_000, 999_999),
    "millions": (1_000_000, 1_000_000, None),
    # indefinite quantifiers
    "several": (3, 3, 9),
    "a few": (3, 2, 9),
    "few": (3, 2, 9),
    "multiple": (2, 2, None),
    "numerous": (3, 3, None),
    "many": (3, 3, None),
    "a number": (2, 2, None),
    "both": (2, 2, 2),
}

_VAGUE_RE = (
    r"hundreds\s+of\s+thousands|tens\s+of\s+thousands|half\s+a\s+dozen|a\s+dozen|a\s+score"
    r"|a\s+couple|a\s+pair|a\s+handful|a\s+number|tens|dozens|scores|hundreds|thousands"
    r"|millions|several|a\s+few|multiple|numerous|both"
)

# "two dozen", "three dozen": multiples of a dozen
_DOZENS_RE = rf"(?:{_SMALL_WORD}|\d+)\s+dozen"

# --------------------------------------------------------------------------------------------
# Qualifiers

QUALIFIERS: dict[str, str] = {
    "at least": "at_least",
    "at a minimum": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "greater than": "more_than",
    "just over": "more_than",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
    "just under": "nearly",
    "up to": "up_to",
    "as many as": "up_to",
    "as much as": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "not more than": "up_to",
    "a maximum of": "up_to",
    "around": "approx",
    "about": "approx",
    "some": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "roughly": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just shy of": "nearly",
    "a total of": "exact",
    "exactly": "exact",
    "precisely": "exact",
    "only": "exact",
    "another": "additional",
    "an additional": "additional",
    "a further": "additional",
    "a second": "additional",
}
_QUALIFIER_RE = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))

NUMBER_RE = re.compile(
    rf"""
    (?<![\w$£€.,/:-])
    (?=[\dabdefhmnostz])  # a cheap test: every alternative starts with one of these
    (?:
        between\s+(?P<b_lo>{_DIGIT_NUMBER}|{_WORD_NUMBER})
            \s+and\s+(?P<b_hi>{_DIGIT_NUMBER}|{_WORD_NUMBER})
      | (?P<r_lo>{_DIGITS})\s*(?:-|–|to|or)\s*(?P<r_hi>{_DIGIT_NUMBER})
            \b(?![-:./]?\d|-year|-month|-week|-day)
      | (?P<w_lo>{_SMALL_WORD})\s+(?:to|or)\s+(?P<w_hi>{_SMALL_WORD})\b(?!-year|-month|-week|-day)
      | (?P<ordinal>\d{{1,4}}(?:st|nd|rd|th))
      | (?P<dozens>{_DOZENS_RE})
      | (?P<vague>{_VAGUE_RE})
      | (?P<digits>{_DIGIT_NUMBER})
      | (?P<words>{_WORD_NUMBER})
    )
    (?P<trail>\s+or\s+(?:more|so|fewer|less)\b|-plus\b|\+)?
    (?![\w])
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(slots=True)
class NumberExpr:
    """A number expression as read: `value` is the documented point reading, `low`/`high` the
    range it allows (None: open), `qualifier` the rule applied (see docs/numbers.md)."""

    start: int
    end: int
    text: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    qualifier: str  # exact, at_least, more_than, up_to, approx, nearly, fewer_than, range, vague...
    num_start: int = 0  # offsets of the number itself (without the qualifier)
    num_end: int = 0
    additional: bool = False  # "another three", "a further two": adds to a count already given
    attrs: dict[str, Any] = field(default_factory=dict)


def _read(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        return parse_digit_number(text)
    value = parse_word_number(text)
    return None if value is None else float(value)


def approx_band(value: float) -> tuple[int, int]:
    """The documented band of an approximate number: +-10% rounded half up, at least +-1."""
    spread = max(1.0, value * 0.1)
    return max(0, math.floor(value - spread + 0.5)), math.floor(value + spread + 0.5)


def _apply_qualifier(
    qualifier: str, value: float
) -> tuple[int | float | None, int | float | None, int | float | None]:
    v = as_int(value)
    step = 1 if float(value).is_integer() else 0
    if qualifier == "at_least":
        return v, v, None
    if qualifier == "more_than":
        return as_int(value + step), as_int(value + step), None
    if qualifier == "fewer_than":
        top = as_int(value - step)
        return top, None, top
    if qualifier == "up_to":
        return v, None, v
    if qualifier == "approx":
        lo, hi = approx_band(value)
        return v, lo, hi
    if qualifier == "nearly":
        top = as_int(value - step)
        bottom = min(top, math.floor(value * 0.9)) if isinstance(top, int) else None
        return top, bottom, top
    return v, v, v


QUALIFIER_BEFORE = re.compile(rf"(?<![\w])(?:{_QUALIFIER_RE})\s+$", re.IGNORECASE)
"""A qualifier right before a number; looked for only where a number was found (a qualifier
alternative at the head of NUMBER_RE would be tried at every position of the text)."""


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    m = QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return "", start
    return " ".join(m.group(0).lower().split()), m.start()


# NUMBER_RE's case-sensitive twin, searched on the text folded once (`ascii_fold`: the same
# matches at the same offsets, at less than half the cost); each match is then read from the
# text itself, its words as written
_NUMBER_FOLDED = folded_twin(NUMBER_RE)


def find_numbers(text: str) -> list[NumberExpr]:
    """Every number expression in `text`, left to right, non-overlapping."""
    text = plain_letters(text)  # "ſeveral", "fıve" (ascii_fold.plain_letters)
    found: list[NumberExpr] = []
    for at in _NUMBER_FOLDED.finditer(folded_page(text)):
        m = NUMBER_RE.match(text, at.start())
        assert m is not None and m.end() == at.end()
        qual_text, start = _qualifier_before(text, m.start())
        expr = _expr_of(m, qual_text, start)
        if expr is not None:
            found.append(expr)
    return found


def _expr_of(m: re.Match[str], qual_text: str, start: int) -> NumberExpr | None:
    qualifier = QUALIFIERS.get(qual_text, "exact") if qual_text else "exact"
    additional = qualifier == "additional"
    if additional:
        qualifier = "exact"
    trail = (m.group("trail") or "").strip().lower()
    if m.group("b_lo") or m.group("r_lo") or m.group("w_lo"):
        lo_g = "b_lo" if m.group("b_lo") else "r_lo" if m.group("r_lo") else "w_lo"
        hi_g = {"b_lo": "b_hi", "r_lo": "r_hi", "w_lo": "w_hi"}[lo_g]
        lo_t, hi_t = m.group(lo_g), m.group(hi_g)
        lo, hi = _read(lo_t), _read(hi_t)
        if lo is None or hi is None:
            return None
        if hi <= lo:  # "555-0199", "3-1": not a range; read as nothing, checked as noise
            return NumberExpr(
                m.start(),
                m.end(),
                m.group(0),
                None,
                None,
                None,
                "invalid",
                m.start(lo_g),
                m.end(hi_g),
            )
        num_start, num_end = m.start(lo_g), m.end(hi_g)
        value: int | float | None
        low: int | float | None
        high: int | float | None
        if qualifier in ("approx", "exact"):
            value, low, high = as_int(lo), as_int(lo), as_int(hi)
        else:
            value, low, high = _apply_qualifier(qualifier, lo)
        return NumberExpr(
            start,
            m.end(),
            m.string[start : m.end()],
            value,
            low,
            high,
            "range",
            num_start,
            num_end,
            additional,
        )
    if m.group("ordinal"):
        number_o = int(m.group("ordinal")[:-2])
        return NumberExpr(
            m.start("ordinal"),
            m.end("ordinal"),
            m.group("ordinal"),
            number_o,
            number_o,
            number_o,
            "ordinal",
            m.start("ordinal"),
            m.end("ordinal") - 2,
        )
    if m.group("dozens"):
        head = m.group("dozens").rsplit(None, 1)[0]
        base = _read(head)
        if base is None:
            return None
        number = base * 12
        group = "dozens"
    elif m.group("vague"):
        key = " ".join(m.group("vague").lower().split())
        if qual_text in ("some", "a") and key in ("a few", "few"):
            return None
        value_v, low_v, high_v = VAGUE[key]
        if qualifier == "exact" and not trail:
            expr = NumberExpr(
                start,
                m.end(),
                m.string[start : m.end()],
                value_v,
                low_v,
                high_v,
                "vague" if key not in ("a dozen", "half a dozen", "a score", "a pair") else "exact",
                m.start("vague"),
                m.end("vague"),
                additional,
            )
            expr.attrs["word"] = key
            return expr
        if value_v is None:
            return None
        number = float(value_v)
        group = "vague"
    elif m.group("digits"):
        number_f = parse_digit_number(m.group("digits"))
        if number_f is None:
            return None
        number = number_f
        group = "digits"
    else:
        words = m.group("words")
        if words.lower() in ("a", "an"):
            return None
        number_w = parse_word_number(words)
        if number_w is None:
            return None
        number = float(number_w)
        group = "words"
    if trail in ("or more", "-plus", "+"):
        qualifier = "at_least"
    elif trail in ("or fewer", "or less"):
        qualifier = "up_to"
    elif trail == "or so":
        qualifier = "approx"
    value, low, high = _apply_qualifier(qualifier, number)
    start_num = m.start(group)
    end_num = m.end(group)
    return NumberExpr(
        start,
        m.end(),
        m.string[start : m.end()],
        value,
        low,
        high,
        qualifier,
        start_num,
        end_num,
        additional,
    )


# --------------------------------------------------------------------------------------------
# What a number is when it is not a count of people

# A street's kind as an address writes it after the street's name, in full and abbreviated
# ("Elm Street", "Elm St."; "" when it has no usual abbreviation): the one list the address
# patterns are built from (`street_kinds`: the address after a number here and in
# `group.text`, `where.vocabulary.STREET_SUFFIX`, `event_place`'s street names)
STREET_KINDS: dict[str, str] = {
    "Street": "St",
    "Avenue": "Ave",
    "Road": "Rd",
    "Boulevard": "Blvd",
    "Drive": "Dr",
    "Lane": "Ln",
    "Way": "",
    "Place": "Pl",
    "Court": "Ct",
    "Terrace": "Ter",
    "Parkway": "Pkwy",
    "Highway": "Hwy",
    "Circle": "Cir",
    "Trail": "Trl",
    "Pike": "",
    "Square": "Sq",
}


# street abbreviations that are other words' too: "St." Saint ("Mount St. Helens"), "Dr."
# Doctor ("Hospital Dr. Jones")
_OTHER_WORDS_ABBREVIATIONS = frozenset(("St", "Dr"))


def street_kinds(
    point: str = "", kinds: Collection[str] = STREET_KINDS, plain: bool = False
) -> str:
    """A regular-expression alternative of street kinds (`STREET_KINDS`, or those of them in
    `kinds`), each in full and abbreviated, an abbreviation followed by `point` (r"\\." for
    the period it must have, r"\\.?" for one it may have); `plain`: without the abbreviations
    that are other words' too (`_OTHER_WORDS_ABBREVIATIONS`)."""
    alts = []
    for full, short in STREET_KINDS.items():
        if full not in kinds:
            continue
        alts.append(full)
        if short and not (plain and short in _OTHER_WORDS_ABBREVIATIONS):
            alts.append(short + point)
    return "(?:" + "|".join(alts) + ")"


# a street's kind after its name, as a word ("Elm St", "Elm Street")
STREET = street_kinds() + r"\b"
_CURRENCY_WORDS = (
    r"dollars?|usd|us\$|pounds? sterling|euros?|eur|gbp|rupees?|naira|bolivars?|bolívars?|"
    r"pesos?|shillings?|rand|yuan|francs?|dinars?|riyals?|lira|reais|roubles?|rubles?|cents?|"
    r"lempiras?|quetzal(?:es|s)?|c[oó]rdobas?|col[oó]n(?:es)?|soles|bolivianos?|afghanis?|"
    r"kwachas?|cedis?|birr|leones?|taka|kyats?|hryvnias?|yen|won|baht|ringgits?|rupiahs?|"
    r"dirhams?|meticais|metical|kwanzas?|gourdes?|zlotys?|naira|leke|lek"
)

_BEFORE = {
    "money": re.compile(r"(?:[$£€¥₹]|\b(?:us\$|usd|eur|gbp|rs\.?|ksh|inr|ngn))\s?$", re.I),
    "address": re.compile(
        r"(?:\b(?:route|highway|hwy|interstate|i-|us|sr|state road|county road|apt\.?|"
        r"apartment|suite|unit|room|no\.|number|#)\s?)$",
        re.I,
    ),
    "age": re.compile(r"(?:\b(?:aged|age|ages)\s|\b[A-Z][a-z]+,\s)$"),
    "rate": re.compile(r"\bper\s$", re.I),
    "phone": re.compile(r"(?:\(\d{3}\)\s?|\d{3}[-.])$"),
    "measure": re.compile(r"(?:\.|caliber\s)$", re.I),
}
_AFTER = {
    "age": re.compile(
        r"^(?:-|\s)?(?:years?|yrs?|months?|weeks?|days?)[\s-]old\b|^-year\b|^\s?(?:years? of age)"
        r"|^-?(?:yo|y/o)\b|^,?\s*(?:years?|months?)-old"
        r"|^-,?\s+(?:(?:and|or)\s+)?\d{1,3}-",  # "14-, 15- and 17-year-olds"
        re.I,
    ),
    "time": re.compile(
        r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hours? gmt|gmt|utc))", re.I
    ),
    "money": re.compile(rf"^(?:\s?(?:{_CURRENCY_WORDS})\b)", re.I),
    "percent": re.compile(r"^(?:\s?%|\s?(?:per\s?cent|percent|pct)\b)", re.I),
    "rate": re.compile(r"^\s?per\s(?:\d|capita|cent|one|a\s|100|thousand|million)", re.I),
    "address": re.compile(
        rf"^(?:\s?(?:-|\s)?block\b|\s(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?"
        rf"(?:[A-Z][\w.'-]*\s){{1,3}}{STREET})"
    ),
    "phone": re.compile(r"^[-.]\d{3,4}\b"),
    "measure": re.compile(
        r"^(?:\s?-?(?:mm|cm|km|kilometers?|kilometres?|miles?|feet|foot|ft|inch(?:es)?|meters?|"
        r"metres?|yards?|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|acres?|hectares?|caliber|"
        r"calibre|gauge|mph|degrees?)\b)",
        re.I,
    ),
    "duration": re.compile(
        r"^(?:\s|-)(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
        r"centuries)\b",
        re.I,
    ),
    # "fired 12 rounds", "shot five times"; a vague count's "of": "shot dozens of times"
    "shots": re.compile(
        r"^\s(?:of\s)?(?:(?:more|other|additional|spent|stray|live|rubber|warning|gun)\s)?"
        r"(?:times|rounds?|shots?|bullets?|shell\s+casings?|casings?|gunshots?|shells?|"
        r"projectiles?|grenades?|rockets?|mortars?|missiles?|explosions?|blasts?)\b",
        re.I,
    ),
    "multiplier": re.compile(r"^\s(?:times\s(?:the|more|higher|greater|as))\b", re.I),
    "ordinal": re.compile(r"^(?:st|nd|rd|th)\b", re.I),
}

YEAR_RE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
PHONE_RE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-. ])?\b\d{3}[-.]\d{4}\b|\b1-8\d\d-\d{3}-\d{4}\b")


def noise_kind(text: str, expr: NumberExpr) -> str | None:
    """Why the number in `expr` is not a count of people, or None when it may be one.

    Kinds: age, year, address, time, phone, money, percent, rate, measure, duration, shots,
    multiplier, ordinal, fraction.
    """
    if expr.qualifier == "ordinal":
        return "ordinal"
    before = text[max(0, expr.num_start - 24) : expr.num_start]
    after = text[expr.num_end : expr.num_end + 40]
    number = text[expr.num_start : expr.num_end]
    window = text[max(0, expr.num_start - 6) : expr.num_end + 10]
    if PHONE_RE.search(window):
        return "phone"
    if expr.qualifier == "range" and YEAR_RE.match(number[:4]):
        return "year"
    if _AFTER["ordinal"].match(after):
        return "ordinal"
    if _AFTER["age"].match(after):
        return "age"
    if _AFTER["time"].match(after):
        return "time"
    if _AFTER["phone"].match(after) and _BEFORE["phone"].search(before):
        return "phone"
    if re.match(r"^[-.]\d{3}[-.]\d{4}", after) or re.search(r"\b1-\d{3}-$", before):
        return "phone"
    if _BEFORE["money"].search(before) or _AFTER["money"].match(after):
        return "money"
    if _AFTER["percent"].match(after):
        return "percent"
    if _BEFORE["rate"].search(before) or _AFTER["rate"].match(after):
        return "rate"
    if _AFTER["multiplier"].match(after):
        return "multiplier"
    if _AFTER["address"].match(after) or _BEFORE["address"].search(before):
        return "address"
    if _AFTER["measure"].match(after) or (
        number[:1].isdigit() and _BEFORE["measure"].search(before) and before.endswith(".")
    ):
        return "measure"
    if expr.qualifier == "exact" and "," not in number and YEAR_RE.match(number):
        return "year"  # "2,000" with its comma is a count, never a year
    if _AFTER["duration"].match(after):
        return "duration"
    if _AFTER["shots"].match(after):
        return "shots"
    if _age_apposition(text, expr):
        return "age"
    if _AGE_LIST.search(text[max(0, expr.num_start - 60) : expr.num_start]) and not re.match(
        r"^\s+(?:others?|more|people|persons|men|women|children|kids|victims|adults|teens)\b",
        after,
        re.IGNORECASE,
    ):
        return "age"
    if re.match(r"^\s?/\s?\d", after) or re.search(r"\d\s?/\s?$", before):
        return "fraction"
    return None


# "three women - aged 19, 33, and 47 - and one man", "five men, ages 18-25": every number of a
# list of ages after "aged"/"ages" is an age (the first is caught by its word alone)
_AGE_LIST = re.compile(
    r"\b(?:aged|ages(?:\s+of)?)\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+|or\s+)?|-\s*|(?:to|and|or|"
    r"through)\s+))*$",
    re.IGNORECASE,
)


_AGE_APPOS = re.compile(r"(?:[A-Z][\w'.-]+|\))\s?,\s?$")


_PERSON_APPOS = re.compile(
    r"\b(?:the\s+other|another|one|the\s+(?:first|second|third)|the\s+(?:victim|man|woman|boy|"
    r"girl|teen|teenager|driver|passenger|suspect|gunman|shooter|child|officer|deputy|mother|"
    r"father|son|daughter|brother|sister|wife|husband))\s?,\s?$",
    re.IGNORECASE,
)


def _age_apposition(text: str, expr: NumberExpr) -> bool:
    """'Smith, 34, was ...' / 'John Smith (34)': a bare small number set off after a name."""
    if not text[expr.num_start : expr.num_end].isdigit():
        return False
    value = int(text[expr.num_start : expr.num_end])
    if value > 120:
        return False
    before = text[max(0, expr.num_start - 40) : expr.num_start]
    after = text[expr.num_end : expr.num_end + 4]  # room for " and"
    if before.endswith("(") and after.startswith(")"):
        return bool(re.search(r"[A-Z][\w'.-]+\s?\($", before))
    if not after.startswith((",", " and", ";", ".", ")")):
        # "Dan Roe, 66 and Ann Roe, 64 were found": the last of coordinated names with ages,
        # whose closing comma the writer left out
        wide = text[max(0, expr.num_start - 80) : expr.num_start]
        return bool(_COORDINATED_AGES.search(wide)) and bool(re.match(r"^\s+[a-z]", after))
    return _set_off_after_name(before, after)


# "Roe, 66, and Ann Roe, " / "Roe, 66 and Ann Roe, ": a name with its age, then another name
_COORDINATED_AGES = re.compile(
    r"[A-Z][\w'.-]+\s?,\s?\d{1,3}\s?,?\s+and\s+(?:[A-Z][\w'.-]+\s+){0,3}[A-Z][\w'.-]+\s?,\s?$"
)


def _set_off_after_name(before: str, after: str) -> bool:
    """'Smith, 34,' and 'the victim, 19,': a number set off after a name or a person."""
    if after.startswith(",") and _PERSON_APPOS.search(before):
        return True  # "The other, 20, is in fair condition", "the victim, 19, died"
    if not _AGE_APPOS.search(before):
        return False
    # the word before the comma is a name (capitalised), not a sentence-initial number context
    word = re.search(r"([\w'.-]+)\s?,\s?$", before)
    if word is None:
        return False
    token = word.group(1)
    return token[:1].isupper() and token.lower() not in _NOT_NAMES


_NOT_NAMES = {
    "however",
    "meanwhile",
    *WEEKDAY_NAMES,
    *MONTH_NAMES,
    "police",
    "officials",
    "authorities",
}


MONEY_RE = re.compile(
    rf"""
    (?:
        (?P<sym>US\$|C\$|A\$|[$£€¥₹]|USD\s?|EUR\s?|GBP\s?)\s?(?P<n1>{_DIGITS})
        (?:\s?(?P<s1>million|billion|thousand|m|bn|k)\b)?
      | (?P<n2>{_DIGITS})(?:\s?(?P<s2>million|billion|thousand))?\s(?P<cur>{_CURRENCY_WORDS})\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MONEY_HINT = re.compile(rf"[$£€¥₹]|\d\s?(?:million\s|billion\s)?(?:{_CURRENCY_WORDS})\b", re.I)
"""Cheap test for any money at all before the full expression runs."""

_CURRENCY_CODES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "£": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "euro": "EUR",
    "euros": "EUR",
}


@dataclass(slots=True)
class MoneyExpr:
    start: int
    end: int
    value: int | float
    low: int | float | None
    high: int | float | None
    currency: str
    qualifier: str


def find_money(text: str) -> list[MoneyExpr]:
    """Amounts of money ("$500,000", "up to $1.2 million", "500,000 dollars")."""
    found: list[MoneyExpr] = []
    if not _MONEY_HINT.search(text):
        return found
    for m in MONEY_RE.finditer(text):
        digits = m.group("n1") or m.group("n2")
        scale = (m.group("s1") or m.group("s2") or "").lower()
        amount = float(digits.replace(",", ""))
        amount *= {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get(scale, 1)
        amount *= {"thousand": 1e3, "k": 1e3}.get(scale, 1)
        cur_raw = (m.group("sym") or m.group("cur") or "").strip().lower()
        currency = _CURRENCY_CODES.get(cur_raw, cur_raw.upper())
        qual_text, start = _qualifier_before(text, m.start())
        qualifier = QUALIFIERS.get(qual_text, "exact") if qual_text else "exact"
        if qualifier == "additional":
            qualifier = "exact"
        value, low, high = _apply_qualifier(qualifier, amount)
        if qualifier == "approx":
            low, high = None, None
        found.append(MoneyExpr(start, m.end(), value or 0, low, high, currency, qualifier))
    return found
