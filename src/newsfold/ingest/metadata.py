"""Metadata normalisation: the outlet from a url, dates to ISO 8601, language codes.

- `source_from_url("https://www.bbc.co.uk/news/x")` -> `"bbc.co.uk"`: the host, lower-cased,
  without port and without the prefixes that do not name a different outlet (`www`, `www2`,
  `m`, `mobile`, `amp`). Archive links (`web.archive.org/web/<stamp>/<url>`) name the archived
  page's outlet, not the archive. The host is used rather than a page's site name so that the
  same outlet gets the same source whatever format its articles arrive in.
- `slug_words(url)`: the headline words of a news address's slug ("/man-shot-in-brandon/"),
  read alike by grouping (`group.text.url_slug`) and by the places (`where.evidence.slug_town`).
- `archived_publication(url, published)`: an archive capture dated by its capture takes the
  day in the archived story's url (`/2013/06/09/`).
- `normalise_date(...)` -> `"YYYY-MM-DD"` when only a day is known, `"YYYY-MM-DDTHH:MM:SS"`
  (with its UTC offset when one was given) when a time is known, None when the value is not a
  plausible date (years 1900-2100). ISO forms, RFC 2822 (feeds, e-mail), epoch seconds and the
  usual written forms ("July 10, 2021", "10 Jul 2021", "10.07.2021") are read directly;
  anything else goes to dateparser.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any
from urllib.parse import urlsplit

from newsfold.calendar_words import MONTHS, WEEKDAY_STEM, alternatives

_HOST_PREFIXES = ("www.", "www1.", "www2.", "www3.", "m.", "mobile.", "amp.")
_ARCHIVE = re.compile(
    r"^https?://web\.archive\.org/web/(?P<stamp>[^/]+)/(?P<url>.+)$", re.IGNORECASE
)


def archived_url(url: str | None) -> str | None:
    """The page an archive link (`web.archive.org/web/<stamp>/<url>`) holds, else None."""
    found = _ARCHIVE.match(url.strip()) if url else None
    return found.group("url") if found else None


def capture_day(url: str | None) -> dt.date | None:
    """The day an archive link's page was captured (its stamp's YYYYMMDD), else None."""
    found = _ARCHIVE.match(url.strip()) if url else None
    stamp = found.group("stamp") if found else ""
    if len(stamp) < 8 or not stamp[:8].isdigit():
        return None
    try:
        return dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


def url_path(url: str | None) -> str:
    """The path of a news address, without its scheme and host, query or fragment (of the
    page an archive link holds: `archived_url`); "" for no address."""
    if not url:
        return ""
    url = archived_url(url) or url
    return re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I).split("?")[0].split("#")[0]


_SLUG_FILE = re.compile(r"\.(?:s?html?|php|aspx?|story|cms)$", re.IGNORECASE)


def slug_words(url: str | None, least: int = 3) -> list[str]:
    """The words of the headline slug of a news address, lowercase ("/2024/05/05/humboldt-
    man-shot-2nd-time.html": humboldt, man, shot, time).

    The slug is the path segment (`url_path`) with the most words of letters alone, joined by
    hyphens, underscores, pluses, dots or commas, and at least `least` of them; a file's
    extension is dropped first, and words with a digit ("2nd", a numeric id, a date) are no
    words. The first of two segments with as many words wins ("/crime-and-courts/..."). No
    slug: [].
    """
    best: list[str] = []
    for segment in url_path(url).split("/"):
        words = [w for w in re.split(r"[-_+.,]+", _SLUG_FILE.sub("", segment)) if w.isalpha()]
        if len(words) >= least and len(words) > len(best):
            best = words
    return [w.lower() for w in best]


def source_from_url(url: str | None) -> str | None:
    """The outlet's name from a url: its host without www/m/amp prefixes; None if no host."""
    if not url:
        return None
    url = url.strip()
    archived = archived_url(url)
    if archived:
        url = archived
        if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
            url = "http://" + url
    elif "://" not in url and not url.startswith("//"):
        url = "http://" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix) :]
                changed = True
    return host


_MONTHS = MONTHS
_MONTH = rf"(?P<mon>{alternatives(sorted(MONTHS, key=lambda w: (-len(w), w)))})\.?"
"""A month word (`MONTHS`' keys, longest first, so "september" wins over "sep")."""
_WEEKDAY = rf"(?:{WEEKDAY_STEM}[a-z]*\.?,?\s+)?"

_ISO = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$",
    re.IGNORECASE,
)
_YMD = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})$")
_DMY_DOTS = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")
_MDY_WORDS = re.compile(
    rf"^{_WEEKDAY}{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.I
)
_DMY_WORDS = re.compile(
    rf"^{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})$", re.I
)
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)$")

DATE_TOKEN = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
    rf"|{_MONTH.replace('?P<mon>', '?:')}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH.replace('?P<mon>', '?:')}\s+\d{{4}})",
    re.IGNORECASE,
)
"""A date written explicitly (ISO, y/m/d, d.m.y, "July 10, 2021", "10 July 2021")."""


_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$)")


def archived_publication(url: str | None, published: str | None) -> str | None:
    """The publication day of an archived page, when the date given is the capture's.

    An archive capture (`web.archive.org/web/<stamp>/<url>`) is often dated by its capture,
    months or years after the story ran; many outlets put the day of publication in the
    story's url (`/2013/06/09/`). When that day is more than two days before the date given
    (or no date is given), it is the publication day: a story is not written after it is
    archived. Returns None when there is nothing to correct.
    """
    archived = archived_url(url)
    if not archived:
        return None
    day = url_day(archived)
    if day is None:
        return None
    if published:
        try:
            given = dt.date.fromisoformat(published[:10])
        except ValueError:
            return day
        if (given - dt.date.fromisoformat(day)).days <= 2:
            return None
    return day


def url_day(url: str | None) -> str | None:
    """The day a news address names in its path (`/2013/06/09/`, `/2019-04-07/`) as an ISO
    date, or None: most outlets that write one there write the day the story was posted."""
    found = _URL_DAY.search(url) if url else None
    if not found:
        return None
    return _day(int(found.group(1)), int(found.group(2)), int(found.group(3)))


def _plausible(year: int) -> bool:
    return 1900 <= year <= 2100


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat() if _plausible(y) else None
    except ValueError:
        return None


def _format(value: dt.datetime, has_time: bool) -> str | None:
    if not _plausible(value.year):
        return None
    if not has_time:
        return value.date().isoformat()
    return value.isoformat(timespec="seconds")


def normalise_date(value: Any) -> str | None:
    """An ISO 8601 date or datetime string for `value`, or None when it is not a date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return _format(value, True)
    if isinstance(value, dt.date):
        return value.isoformat() if _plausible(value.year) else None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    text = " ".join(str(value).split())
    if not text or len(text) > 100:
        return None
    if text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    return _parse_known(text) or _parse_fallback(text)


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        value = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _format(value, True)


def _parse_known(text: str) -> str | None:
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if m["H"] is None:
            return _day(y, mo, d)
        try:
            value = dt.datetime(y, mo, d, int(m["H"]), int(m["M"]), int(m["S"] or 0))
        except ValueError:
            return None
        tz = (m["tz"] or "").upper()
        if tz in ("Z", "UTC", "GMT"):
            value = value.replace(tzinfo=dt.UTC)
        elif tz:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            value = value.replace(tzinfo=dt.timezone(sign * offset))
        return _format(value, True)
    for pattern in (_YMD, _DMY_DOTS, _COMPACT):
        m = pattern.match(text)
        if m:
            return _day(int(m["y"]), int(m["m"]), int(m["d"]))
    for pattern in (_MDY_WORDS, _DMY_WORDS):
        m = pattern.match(text)
        if m:
            return _day(int(m["y"]), _MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
    if "," in text or re.search(r"[+-]\d{4}$|GMT$|UT$", text):
        try:
            return _format(email.utils.parsedate_to_datetime(text), True)
        except (TypeError, ValueError, IndexError):
            pass
    return None


def _parse_fallback(text: str) -> str | None:
    if not re.search(r"\d", text):
        return None
    try:
        import dateparser  # slow to import: only for unusual forms

        value = dateparser.parse(
            text,
            settings={
                "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["year", "month"],
                "PARSERS": ["custom-formats", "absolute-time"],  # never "3 days ago"
            },
        )
    except Exception:
        return None
    if value is None:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return _format(value, has_time)


_DATED_LINE = re.compile(
    r"^\W*(?:(?:posted|published|first published|updated|last updated|date)\b\W*(?:on\b)?\W*)?",
    re.IGNORECASE,
)


def date_in_lines(lines: list[str], limit: int = 5) -> str | None:
    """The date a page-furniture line gives ("Posted on July 14, 2024 by ...", "14.03.2023"),
    looking at the first `limit` lines; for texts whose header named no date."""
    for line in lines[:limit]:
        if len(line) > 120:
            continue
        lead = _DATED_LINE.match(line)
        start = lead.end() if lead else 0
        if not lead or (start == 0 and len(line) > 40):
            continue
        found = DATE_TOKEN.match(line, start)
        if found:
            date = normalise_date(found.group(0))
            if date:
                return date
    return None


def normalise_language(value: Any) -> str | None:
    """An ISO 639-1 code from what a record or feed says ("en-US", "EN", "eng" -> "en")."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if len(code) == 2 and code.isalpha():
        return code
    return _ISO639_3.get(code)


_ISO639_3 = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "deu": "de",
    "ger": "de",
    "por": "pt",
    "ita": "it",
    "rus": "ru",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
    "tur": "tr",
    "ukr": "uk",
    "fas": "fa",
    "per": "fa",
    "urd": "ur",
    "hin": "hi",
    "jpn": "ja",
}
