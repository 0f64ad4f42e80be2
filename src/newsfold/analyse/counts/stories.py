"""Other stories on the page: the lines of a page that are another story's headline or link.

A news page's extracted text often carries more than its story: links to related stories
("RELATED: Blast at grain elevator leaves two workers dead", "Related Coverage Teen hurt in
Dorwick stabbing", a "Read more:" label over a list of headlines) and the headlines of the
stories a page sets between its paragraphs ("Clerk, 2 Customers Killed In Ashgrove Robbery").
Their casualty words are those stories' tolls: counted, a link title's "two workers dead" became
this event's toll. `other_story_spans` finds such lines so that `article.annotate` sets their
readings aside (`OTHER_STORY_REASON`); the story's own sentences are untouched.
`Context.other_stories()` finds them once per article for every component (`where` drops their
places, `when` gives their times the role "other_story", `what` reads no cue or actor on them).
Ingest already cuts the lines that are plainly links (`ingest.boilerplate.other_story_links`:
labelled links, playlists, lists under a bare label) from texts it cleans; texts given to the
analysis directly, and the headlines that read as text, are marked here.

What marks a line as another story's:

- a label of related content opening it ("RELATED:", "MORE:", "READ MORE:", "See also:",
  "Related Coverage", "Related Stories"...), and the short unpunctuated lines listed under a
  label that stands alone on its line ("Read more:", "MORE FROM THE RIVERTON TIMES");
- a month and a year opening it: an entry of a timeline of earlier incidents ("June 2010:
  Restaurant shooting ends in death of 4");
- a running time opening it: a playlist's video title ("2:40 Neighbor heard shots that killed
  man");
- a headline's style: a short line in title case ("Teens Killed At Park In Riverton") that
  does not end a sentence, is not the page's first paragraph and is not this article's own
  headline (a text that opens on its headline, or a subtitle, tells this story).

A line in sentence case without a full stop is not enough: lists of victims ("A 34-year-old man,
hit in the hand") and sentences whose stop was lost are the story's own. Hand-written because
the boilerplate cleaner keeps these lines (they read as text) and no library marks them.
"""

from __future__ import annotations

import re

from newsfold.analyse.counts.lexicons import _words
from newsfold.calendar_words import MONTH_STEM
from newsfold.ingest.boilerplate import video_caption
from newsfold.ingest.running_times import RUNNING_TIME

OTHER_STORY_REASON = "other_story: the headline of or link to another story on the page"

# a label naming where its list comes from: "More from the Riverton Times", "Also on
# KXYZ.com", "Other stories", "Also in the news", "In other news", "Most read", or the page's
# other sections ("Weather: Sunny in Eastfield", "Sports: Riverton wins opener")
_SOURCE_LABEL = (
    r"more\s+from\s+[^:\n]{1,40}?|also\s+on\s+[^:\n]{1,40}?|other\s+stories|"
    r"also\s+in\s+the\s+news|in\s+other\s+news|most\s+read|latest\s+news|read\s+next|"
    r"you\s+may\s+also\s+like|weather|sports"
)

# "More news:", "Top headlines", "Local news" alone on a line: a label over the page's other
# headlines (not at the start of a line of text: "BREAKING NEWS: Two shot" is the story's own)
_NEWS_LABEL = r"(?:more|other|latest|top|local)\s+(?:news|headlines)"

# "Related coverage", "Related stories", ...: a label of related content in two words
_RELATED_KIND = r"related\s+(?:coverage|content|stories|story|articles?|links?|news)"

# a label of related content at the start of a line, with a colon or a dash ("RELATED:",
# "MORE:", "READ MORE -") or, for the two-word labels, with a space ("Related Coverage ...")
_LABEL = re.compile(
    r"^\W*(?:"
    r"(?:related|more|read\s+more|also\s+read|read\s+also|see\s+also|also|story|video|watch|"
    r"recommended|trending|more\s+stories|more\s+coverage|"
    rf"top\s+stories|{_RELATED_KIND}|{_SOURCE_LABEL})"
    r"\s*(?::|\s[-\u2013\u2014]\s)"
    rf"|{_RELATED_KIND}\s"
    r")",
    re.IGNORECASE,
)

# a label alone on its line ("Related:", "READ MORE:", "More stories"): the lines under it are
# its list of headlines
_BARE_LABEL = re.compile(
    r"^\W*(?:related|more|read\s+more|see\s+also|also\s+read|more\s+stories|more\s+coverage|"
    r"related\s+(?:coverage|content|stories|articles?|links?|news)|recommended(?:\s+stories)?|"
    r"trending(?:\s+stories)?|top\s+stories|you\s+may\s+also\s+like|more\s+from\s+[\w. ]+|"
    rf"{_NEWS_LABEL})"
    r"\s*:?\s*$",
    re.IGNORECASE,
)

# words a title-case headline leaves in lower case
_MINOR = _words(
    "a an and as at but by for from in into of on or over the to up via vs with after before "
    "near amid during than"
)

# an entry of a timeline of earlier incidents: a month and a year, or a year, then a colon
# ("June 2010: Restaurant shooting ends in death of 4"); a full date ("June 24, 2014:") may
# open this story's own news
_TIMELINE = re.compile(
    rf"^\W*(?:{MONTH_STEM}[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\s*(?::|\s[-\u2013\u2014]\s)",
    re.IGNORECASE,
)

# a video's title in a playlist, after its running time ("3:15 Raw video: Witness describes
# gunfire outside bar")
_VIDEO = re.compile(r"^\W*" + RUNNING_TIME)

# a record's fields, "Sex: F Race: W Age: 41 Condition: Stable": the story's own facts in a
# table's row, not a headline
_FIELD = re.compile(r"\b[A-Za-z]+:\s")

_SENTENCE_END = re.compile(r"[.!?\u2026:;,]['\"\u2019\u201d)\]]*$|[)\]]$")


_LINE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _line_words(line: str) -> list[str]:
    return _LINE_WORD.findall(line)


def _title_case(line: str) -> bool:
    """A headline's style: four to eighteen words, every word but the minor ones capitalised
    ("Clerk, 2 Customers Killed in Ashgrove Robbery"), not ending a sentence."""
    if _SENTENCE_END.search(line.rstrip()) or len(_FIELD.findall(line)) >= 2:
        return False
    words = _line_words(line)
    if not 4 <= len(words) <= 18:
        return False
    major = [w for w in words if w.lower() not in _MINOR]
    if len(major) < 3 or line.upper() == line:
        return False  # a line in capitals is a shouted sentence or a section's name as often
    capitalised = sum(1 for w in major if w[0].isupper())
    return capitalised == len(major)


# a headline in sentence case: a bare subject of one to four words (no article: "Woman",
# "Three", "East Wichita teen") and a casualty word in headline style, with where or how after
# it ("Woman wounded in east Wichita shooting", "Man dies after crash on Route 9")
_HEADLINE_LINE = re.compile(
    r"^(?!(?:A|An|The|He|She|They|It|We|I|Police|Officers|Deputies)\b)[A-Z0-9][\w'\u2019-]*"
    r"(?:\s+[\w'\u2019-]+){0,3}?\s+"
    r"(?:dies|die|killed|dead|wounded|hurt|injured|shot|slain|stabbed|hospitali[sz]ed)"
    r"\s+(?:in|at|on|near|after|outside|inside|during|while|by)\s"
)


def _headline_line(line: str, before: str) -> bool:
    """A line of another story's headline in sentence case ("Woman wounded in east Wichita
    shooting", "Man dies in north Tulsa shooting") between paragraphs of this story, left
    after ingest cut its label ("Related:") or the line before it: a short line that does not
    end a sentence, shaped as `_HEADLINE_LINE`, after a line that ends one (not a sentence
    wrapped over two lines). Not a line of a list of victims with an age ("Jo Lee, 34, shot
    in the leg")."""
    if not _short_unpunctuated(line) or len(_line_words(line)) > 14:
        return False
    if re.search(r",\s*\d{1,3}\s*,", line) or not _HEADLINE_LINE.match(line):
        return False
    return bool(_SENTENCE_END.search(before.rstrip()))


def _short_unpunctuated(line: str) -> bool:
    """A line of a list of headlines: up to twenty words, not ending a sentence."""
    words = _line_words(line)
    return bool(words) and len(words) <= 20 and not _SENTENCE_END.search(line)


def _key(line: str) -> set[str]:
    return {low for w in _line_words(line) if (low := w.lower()) not in _MINOR}


def _same_as_title(line: str, head: set[str]) -> bool:
    """The line is the article's own headline, or most of its words are (a subtitle, the
    headline with the outlet's name). `head` is the headline's words (`_key`), made once per
    text, not once per line."""
    words = _key(line)
    if not words or not head:
        return False
    return len(words & head) >= 0.6 * min(len(words), len(head))


# a label of related content after a sentence of the story's own paragraph, with its list
# of headlines to the end of the line: "... No arrests were made. More from the Ledger:
# Riverton man hurt in crash; Eastfield council meets" (a page's link block glued to the
# last paragraph when its lines were joined)
_INLINE_LABEL = re.compile(
    r"(?<=[.!?][\"'\u2019\u201d ])\s*(?:"
    r"related|read\s+more|see\s+also|also\s+read|trending|recommended|more\s+stories|"
    rf"{_RELATED_KIND}|{_SOURCE_LABEL})"
    r"\s*:\s+\S",
    re.IGNORECASE,
)


def _label_after_sentence(line: str) -> int:
    """Where, within a line (stripped), a label of related content begins after a sentence
    of the story's own, its list running to the line's end (`_INLINE_LABEL`); -1 if none.

    Reads only a label with a colon right after a sentence's stop: a paragraph of the story
    that ends on a link block keeps its own sentences, the block's towns and tolls are the
    linked stories' ("... police said. Related: Eastfield man shot in arm").
    """
    m = _INLINE_LABEL.search(line)
    if m is None:
        return -1
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip())


def other_story_spans(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line that is another story's headline or link (module docstring)."""
    spans: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    head = _key(title) if title else set()
    under_label = False
    for index, (lo, hi) in enumerate(lines):
        line = text[lo:hi].strip()
        if _BARE_LABEL.match(line):
            under_label = True
            continue
        if under_label and _short_unpunctuated(line):
            spans.append((lo, hi))
            continue
        under_label = False
        labelled = _LABEL.match(line) is not None and not video_caption(line)
        if labelled or _VIDEO.match(line) or _TIMELINE.match(line):
            spans.append((lo, hi))
            # "More from the Ledger: Riverton man hurt in crash" over more headlines, one a
            # line: the short unpunctuated lines under it are the label's list too
            under_label = labelled
            continue
        tail = _label_after_sentence(line)
        if tail >= 0:
            spans.append((lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())) + tail, hi))
        if index == 0:
            continue
        # the line before is all `_headline_line` reads of the text before this one (whether
        # it ends a sentence): a line break stands between them. The article's own headline
        # (`_same_as_title`) is no other story's: asked last, of the few lines shaped as a
        # headline (it reads the line's words into a set)
        if (_title_case(line) or _headline_line(line, text[slice(*lines[index - 1])])) and not (
            title and _same_as_title(line, head)
        ):
            spans.append((lo, hi))
    return spans
