"""Text boilerplate: the junk crawls leave around an article, cut line by line.

Four kinds of rule, from the safest to the most contextual:

1. **Junk lines, anywhere.** A line that *is*, from start to end, a known piece of page furniture
   is cut wherever it stands: "%d bloggers like this:", comment forms ("Your email address will
   not be shared", with or without "Required fields are marked *"; "Leave a Reply"), share and
   subscribe prompts ("Share this:", "Click to share on Twitter (Opens in new window)"), rows of
   share buttons, captcha lines, "Message: * A friend wanted you to see this item", cookie notices,
   "Advertisement", "Related posts: ...", "Read more: ...", copyright lines. The patterns match
   whole lines only (after trimming bullets and trailing punctuation) and only lines of at most
   `MAX_JUNK_CHARS` characters, so a sentence that merely mentions "reply", "share" or
   "subscribe" is never cut.
2. **The comment section.** A line that opens a comment section ("3 thoughts on ...",
   "Leave a Reply", "Comments (12)") in the second half of the text cuts everything after it:
   readers' comments are not the article.
3. **Other stories' links.** Lines that are, beyond doubt, links to other stories are cut
   wherever they stand (`other_story_links`): a label of related content opening a headline
   ("Related Coverage Man charged in ...", "MORE: ...", "WATCH: ...", "►Related:..."), a video
   playlist's entries ("1:38 Police investigate scene of shooting", a running time then a title,
   when the page lists two or more, or "... Pause" after the title), a video player's row
   ("CLOSE Skip in Skip x Embed x Share ..."), and the unpunctuated headlines listed under a
   label that stands alone ("Read more:", "More from the Riverton Times", "Trending"). A
   headline between paragraphs with no such mark stays: it may be the story's own subtitle
   (analysis marks it, `analyse.counts.stories`).
4. **Edges.** From the start and from the end (never in the middle), lines are cut while they
   look like page furniture in context: a repeat of the title, a byline, a date line (not a
   log's first day heading, "TUESDAY, MARCH 12" with another day's heading below it), a
   "Follow us on Twitter" or newsletter line, tags and categories, "Updated at ..." stamps,
   navigation words, separators. The walk stops at the first line that is not junk, so the
   article's own first and last paragraphs stay.

Everything cut is returned in order, so the UI can show what was removed and why an article
looks shorter than its page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from newsfold.calendar_words import MONTH_STEM, WEEKDAY_STEM
from newsfold.ingest.running_times import RUNNING_TIME

MAX_JUNK_CHARS = 300
"""Only lines up to this long can be junk lines (rule 1) or edge junk (rule 4)."""


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_SHARE_WORDS = frozenset(
    """share shares shared tweet tweets email e-mail mail print pin pinit facebook twitter x
    linkedin reddit whatsapp pinterest telegram google google+ flipboard tumblr messenger
    sms copy link url save comment comments more bluesky threads mastodon vk pocket digg""".split()  # noqa: SIM905
)
_SHARE_FILLER = frozenset({"it", "on", "via", "this", "to", "the", "article", "story"})

JUNK_LINE = _alternation(
    [
        # comment forms
        r"leave a (?:reply|comment)(?: to .{1,80})?(?: cancel reply)?",
        r"cancel reply",
        r"(?:post|add|write|submit|leave) (?:a |your )?(?:comment|reply|response)s?",
        r"your (?:e-?mail|email address|e-?mail address) (?:address )?will not be "
        r"(?:published|shared|displayed)\.?(?: ?required fields are marked ?\*?)?",
        r"required fields are marked ?\*?",
        r"(?:your )?(?:name|e-?mail|e-?mail address|website|url|comment|message|subject)"
        r"(?: \(required\))? ?\*",
        r"notify me of (?:follow-?up comments|new comments|new posts|replies)(?: by| via) e-?mail",
        r"save my name,? e-?mail,? and website in this browser for the next time i comment",
        r"you must be (?:logged in|registered) to post a comment",
        r"this site uses akismet to reduce spam.*",
        r"comments are closed",
        r"(?:be the first to comment|there are no comments yet|no comments yet)",
        r"\d+ (?:thoughts? on|responses? to|comments? on|replies to) .{1,200}",
        r"(?:\d+ )?(?:comments?|responses|replies)(?: \(\d+\))?",
        r"(?:view|show|load|read|see) (?:all )?(?:the )?(?:\d+ )?(?:comments|replies)",
        r"\d+ pending comments?",
        # WordPress likes and share prompts
        r"%d bloggers like this",
        r"like this(?: ?: ?like loading\.*)?",
        r"like loading\.*",
        r"(?:\d+ )?(?:people|bloggers) like this",
        r"share this(?: post| article| story| page)?(?: ?: ?.{0,80})?",
        r"share (?:on|via|with) \w+(?: \w+)?",
        r"follow (?:us|[\w.&'-]+(?: [\w.&'-]+){0,4}) (?:on [\w ]{1,30} )?for (?:more|the latest)"
        r" (?:stories|news|updates|articles|coverage)(?: like this)?\.?(?: ?share this"
        r"(?: post| article| story| page)?(?: ?: ?.{0,80})?)?",
        r"click to (?:share|email|print|tweet)(?: this)?(?: (?:on|to) [\w+ ]{1,30}?)?"
        r"(?: \(opens in new window\))?",
        r"(?:(?:like|enjoyed|enjoy) this (?:story|article|post)\?* ?)?"
        r"share (?:it|this) with (?:a friend|your friends)!?",
        # subscribe, sign in, apps
        r"subscribe(?: now| today| here| for free)?!?",
        r"(?:subscribe|sign up|register) (?:to|for) (?:our|the|my|a) .{0,60}"
        r"(?:newsletters?|e-?mails?|alerts?|updates|briefing|digest).{0,120}",
        r"(?:get|receive) (?:our|the) .{0,40}newsletters?.{0,120}",
        r"newsletter(?: sign-?up)?",
        r"(?:already (?:a subscriber|have an account)|not a subscriber(?: yet)?)\??.{0,80}",
        r"(?:sign in|log in|login|register|sign up|create (?:an|a free) account)"
        r"(?: (?:to|with|using) .{0,60})?",
        r"(?:thank you|thanks) for (?:registering|subscribing|signing up).{0,80}",
        r"download (?:our|the) .{0,30}apps?.{0,80}",
        # advertising
        r"(?:advertisement|advertising|sponsored(?: content| links?)?|ads?|paid (?:content|post)"
        r"|promoted(?: content| stories)?)",
        r"(?:story|article) continues (?:below|after).{0,40}",
        r"continue reading(?: (?:the )?(?:main )?(?:story|article))?(?: below)?",
        r"scroll (?:down )?(?:to|for) (?:continue(?: reading)?|more|video)",
        r"scroll down for (?:video|more)",
        # related links
        r"related(?: (?:posts?|articles?|stories|content|coverage|news|links|reading|topics"
        r"|videos?|items))?(?: ?: ?.{0,200})?",
        r"read (?:more|also|next)(?: ?[:>»|-] ?.{0,200})?",
        r"(?:see|read) also ?: ?.{0,200}",
        r"(?:you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories"
        r"| reading| videos?)?|more (?:stories|news|articles) (?:from|on|like this).{0,60}"
        r"|most (?:read|popular|viewed|shared)(?: (?:stories|articles|news))?"
        r"|trending(?: now| stories| news)?|top stories|editor'?s picks?|don'?t miss)"
        r"(?: ?: ?.{0,200})?",
        r"also on (?:\S+\.[a-z]{2,}|[\w' -]{1,30} ?:)(?: .{0,200})?",
        # cookies (notices that mention them anywhere: see JUNK_INSIDE)
        r"(?:accept|allow|reject|decline|manage) (?:all )?cookies(?: .{0,40})?",
        r"by (?:continuing to )?(?:use|using|browse|browsing|visit|visiting) (?:this|our) "
        r"(?:web)?site,? you (?:agree|accept|consent).{0,200}",
        # captcha (a line that mentions one anywhere: see JUNK_INSIDE)
        r"you must enter the characters .{0,150}",
        r"(?:please )?(?:enter|type) the (?:characters|code|text|letters|words?)"
        r"(?: (?:you see|shown|displayed))?(?: (?:above|below|in the (?:image|picture|box)))?"
        r".{0,40}",
        r"i'?m not a robot",
        r"(?:please )?(?:prove|verify|confirm) (?:that )?you(?:'re| are) (?:a )?"
        r"(?:human|not a robot).{0,80}",
        # e-mail this to a friend
        r"(?:message ?:? ?\*? ?)?a friend wanted you to see this item.{0,200}",
        r"(?:e-?mail|send) (?:this|the) (?:article|story|page|item)(?: to a friend)?",
        r"(?:e-?mail|send) to a friend",
        r"(?:your|recipient'?s?|friend'?s?) (?:name|e-?mail(?: address)?)(?: ?\*)?",
        r"message ?:? ?\*",
        # scripts and players
        r"(?:please )?(?:enable|turn on) javascript.{0,150}",
        r"(?:you need|this (?:site|page|video) requires) javascript.{0,150}",
        r"your browser does not support .{0,150}",
        r"having trouble (?:viewing|playing) (?:the|this) video\?.{0,200}",
        r"(?:watch|play) (?:the |this )?(?:video|story|report)(?: below| here| now)?",
        r"video (?:player )?(?:is )?(?:loading|unavailable).{0,60}",
        # copyright
        # copyright: with a year or "rights" in it, or short ("© Vellmoor Herald"); a caption
        # credit glued to a sentence ("© Jane Doe was killed ...") is not one
        r"\(?(?:copyright|©|\(c\))\s*(?=[^\n]*(?:\b(?:19|20)\d\d\b|rights))[^\n]{0,300}",
        r"\(?(?:copyright|©|\(c\))(?:\s+\S+){1,5}\)?",
        r"this material may not be published, broadcast, rewritten,? or redistributed.{0,60}",
        # navigation
        r"tell us what you think",
        r"click here(?: .{0,150})?",
        r"(?:back to top|skip to (?:main )?content|toggle navigation|jump to navigation)",
        r"(?:previous|next) (?:article|post|story)(?: ?: ?.{0,150})?",
        r"(?:print|e-?mail) this (?:article|story|page)",
        r"text size",
        r"close(?: this (?:window|dialog|ad))?",
        r"loading\.*",
    ]
)

JUNK_INSIDE = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|the site) uses? cookies\b"
    r"|\bcookies? (?:policy|settings|preferences|consent|notice)\b"
    r"|\b(?:re)?captcha\b"
    r"|\ball rights reserved\b"
    r"|\bcopyright\s*(?:©|\(c\))|©\s*copyright\b",
    re.IGNORECASE,
)
"""Furniture that a short line (at most MAX_JUNK_CHARS) may mention anywhere: cookie notices,
captchas, "All rights reserved", "© Copyright"."""

COMMENT_SECTION = _alternation(
    [
        r"\d+ (?:thoughts? on|responses? to|comments? on|replies to) .{1,200}",
        r"leave a (?:reply|comment)(?: to .{1,80})?",
        r"(?:\d+ )?comments(?: \(\d+\))?",
        r"(?:join|start) the (?:discussion|conversation)",
        r"(?:add|post) (?:a|your) comment",
        r"comments are closed",
    ]
)

EDGE_JUNK = re.compile(
    "|".join(
        f"(?:{p})"
        for p in [
            r"\b(?:follow|like|find) (?:us|me|him|her|them|[\w.@]+) on "
            r"(?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|x)\b",
            r"\bfollow (?:us|@\w+)\b",
            r"\bnewsletters?\b|\bunsubscribe\b|\b(?:subscribe|sign up|register) (?:to|for) "
            r"(?:our|the|a free)\b|\b(?:sign|log) in to (?:your|update|read|comment)\b",
            r"\bclick here\b",
            r"\bdownload (?:our|the) (?:free )?apps?\b",
            r"^(?:tags?|tagged|topics?|categories|category|filed under|posted in|keywords)\s*:",
            r"^(?:updated|published|posted|last (?:updated|modified)|first published)\b.{0,60}$",
            r"^(?:what do you think|tell us what you think)\?*",
            r"^\(?(?:photo|image|picture|file photo|credit)s?(?: by| credit)?\s*[:/]",
            r"^[\W_]+$",
            # wire-service credits closing a story: "(Reporting by ...; Editing by ...)"
            r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|research) by ",
            # a meta line: "05/10/2018 - Posted by: X - Category: Y - Tags: z"
            r"\b(?:tags?|categor(?:y|ies|ia|ie|ías)|posted by|published by|publicado por|autor|"
            r"author)\s*:",
            # promotions: "If you enjoyed this article, ... join ..."
            r"^if you (?:enjoyed|liked|value|appreciate|found) (?:this|our|reading)\b",
        ]
    ),
    re.IGNORECASE,
)

_NAV_WORDS = frozenset(
    """home menu search news sections more close share print email comments next previous top
    back sign in log login register subscribe skip to content main navigation toggle go
    advertisement photos videos video watch listen""".split()  # noqa: SIM905
)

_NAME = r"[A-ZÀ-Þ][\w.'’-]*"
_BYLINE = re.compile(
    rf"^by:?\s+{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+(?:and|&)\s+{_NAME}(?:\s+{_NAME}){{0,3}})?"
    r"(?:\s*[,|/–—-]\s*[\w .'’&-]{0,60})?$",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    rf"\b{MONTH_STEM}[a-z]*\b\.?"
    rf"|\b{WEEKDAY_STEM}[a-z]*\b\.?"
    r"|\b(?:a\.?m|p\.?m|utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|bst|cet|cest)\b\.?"
    r"|\b(?:st|nd|rd|th|at|on|updated|published|posted)\b|[\d:/.,|–—()-]",
    re.IGNORECASE,
)

_LEAD = " \t-–—•·*>|»›►▶▸"
_TRAIL = " \t:.!…»›>|"
_SHARE_SEPARATORS = str.maketrans("|,/·•", "     ")


def _key(line: str) -> str:
    """A line as the patterns see it: without bullets and trailing punctuation."""
    return line.lstrip(_LEAD).rstrip(_TRAIL)


def _share_row(key: str) -> bool:
    if len(key) > 120:
        return False
    words = key.lower().translate(_SHARE_SEPARATORS).split()
    if not words or len(words) > 12:
        return False
    real = [w for w in words if w not in _SHARE_FILLER]
    return bool(real) and all(w in _SHARE_WORDS for w in real)


# a WordPress shortcode left in the text: "[button link=...]Send us your review[/button]"
_SHORTCODE = re.compile(r"\[([a-z_]+)(?:\s[^\]]*)?\].*\[/\1\]", re.IGNORECASE)
# an image caption, recognised by the credit that ends it: "(credit: NASA)", "(AP Photo/J. Doe)"
# (not `counts`' GALLERY, a gallery's counter inside the text, nor `event_place._CAPTION_LINE`,
# which only weighs a caption's towns less: this deletes the line, so asks for a credit word)
_CAPTION = re.compile(
    r"\((?:(?:photo|image|picture|video|graphic)s?(?: credit)?|credit|courtesy)\s*[:/]"
    r"[^()]{1,120}\)\W*$"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|UPI)(?: Images)?(?: Photo)?/[^()]{1,80}\)\W*$",
    re.IGNORECASE,
)


def is_junk_line(line: str) -> bool:
    """True when the whole line is a known piece of page furniture (rule 1)."""
    line = line.strip()
    if len(line) > MAX_JUNK_CHARS:
        return False
    return _is_junk(line, _key(line))


_MENU_SEPARATORS = re.compile(r"\s+[|·•]\s+")


def _menu_row(key: str) -> bool:
    """A row of three or more short items between bars or dots: "Home | News | Sport" (at an
    edge only: in the middle, such a row is more likely a table row)."""
    if "|" not in key and "·" not in key and "•" not in key:
        return False
    items = _MENU_SEPARATORS.split(key)
    return (
        len(items) >= 3
        and not any(c.isdigit() for c in key)
        and all(0 < len(item.split()) <= 3 for item in items)
        and not any(item.rstrip().endswith((".", "?", "!")) for item in items)
    )


_BULLET = re.compile(r"^(?:[-•*·▪►»]|\d{1,2}[.)])\s+")


def _linked_headline(line: str) -> bool:
    """A bullet holding another story's headline ("- Photos: Europa, Mysterious Icy Moon of
    Jupiter"): the related-links list that closes many pages. Title Case, no final period."""
    bullet = _BULLET.match(line)
    if not bullet or len(line) > 160 or line.rstrip().endswith((".", "!", ";", ",")):
        return False
    words = [w for w in line[bullet.end() :].split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.6 * len(words)


def _is_junk(line: str, key: str) -> bool:
    if not key:
        return False
    return (
        bool(JUNK_LINE.fullmatch(key))
        or bool(JUNK_INSIDE.search(key))
        or _share_row(key)
        or ("[" in line and bool(_SHORTCODE.search(line)))
        or (")" in line[-8:] and bool(_CAPTION.search(line)) and not _told_by_video(line))
    )


_VIDEO_CREDIT = re.compile(r"\s*\(videos?\s*[:/][^()]{1,120}\)\W*$", re.IGNORECASE)


def _told_by_video(line: str) -> bool:
    """Whether a line that `_CAPTION` ends is a video's caption that tells the story: a
    sentence of five words or more before a video's credit ("Raw video from the scene on
    Elm Street on Sunday morning. (Video: WXYZ)"). A photo's caption shows a picture beside
    the story and goes; the caption of the page's video tells what it filmed, and when."""
    credit = _VIDEO_CREDIT.search(line)
    if credit is None:
        return False
    return _tells_a_sentence(line[: credit.start()])


_NON_ALNUM = re.compile(r"[\W_]+")


def _norm_title(text: str) -> str:
    return _NON_ALNUM.sub("", text.casefold())


def _is_title(line: str, title: str | None) -> bool:
    """Is `line` the headline again? (`title` already passed through _norm_title)"""
    if not title:
        return False
    a, b = _norm_title(line), title
    if not a or not b:
        return False
    if a == b:
        return True
    # the page title often carries the site name: "Headline | Outlet", "Headline - Outlet"
    return (b.startswith(a) and len(a) >= 20) or (a.startswith(b) and len(a) - len(b) <= 40)


def _is_date_line(key: str) -> bool:
    if len(key) > 60 or not re.search(r"\d", key):
        return False
    return not _DATE_WORDS.sub("", key).strip()


def is_edge_junk(line: str, title: str | None = None, weak: bool = True) -> bool:
    """True when a line at the start or end of the text is page furniture (rule 4).

    `weak` also allows the rules that only hold right at the edge (a byline, a date line,
    navigation words, one or two bare lower-case words).
    """
    line = line.strip()
    if len(line) > MAX_JUNK_CHARS:
        return False
    norm_title = _norm_title(title) if title else None
    return _is_junk(line, _key(line)) or _is_edge_junk(line, _key(line), norm_title, weak)


def _is_edge_junk(line: str, key: str, title: str | None, weak: bool) -> bool:
    if not key:
        return True
    if _is_title(line, title) or EDGE_JUNK.search(line) or _menu_row(key):
        return True
    if _linked_headline(line):
        return True
    if not weak:
        return False
    if _BYLINE.match(key) and not key.endswith("."):
        return True
    if _is_date_line(key):
        return True
    words = key.lower().split()
    if len(words) <= 3 and all(w in _NAV_WORDS for w in words):
        return True
    # one or two bare lower-case words (tags, menu leftovers): an article line never is
    return len(words) <= 2 and key.islower() and not re.search(r"[.!?\"”]$", line.strip())


def strip_boilerplate(text: str, title: str | None = None) -> tuple[str, list[str]]:
    """Cut boilerplate lines from `text`; returns the clean text and the lines cut, in order.

    `text` should already be whitespace-normalised (lines stripped). Paragraph breaks are kept;
    blank lines left next to a cut are merged.
    """
    lines = text.split("\n")
    keys = [_key(line) if len(line) <= MAX_JUNK_CHARS else None for line in lines]
    cut = [key is not None and _is_junk(line, key) for line, key in zip(lines, keys, strict=True)]
    _cut_comment_section(lines, keys, cut)
    _cut_edges(lines, keys, cut, title)
    _cut_other_story_links(lines, keys, cut)
    removed = [line for line, c in zip(lines, cut, strict=True) if c and line]
    if not removed:
        return text, []
    kept = [line for line, c in zip(lines, cut, strict=True) if not c]
    clean = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return clean, removed


def _cut_comment_section(lines: list[str], keys: list[str | None], cut: list[bool]) -> None:
    half = sum(len(line) + 1 for line in lines) / 2
    pos = 0
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if pos >= half and key and COMMENT_SECTION.fullmatch(key):
            for j in range(i, len(lines)):
                cut[j] = True
            return
        pos += len(line) + 1


EDGE_WINDOW = 5
"""The weak edge rules (bylines, date lines, bare words) look at this many lines per edge."""

# what a page's stamp has and an entry's heading lacks: a year, a clock, a stamp's word
_STAMP_PART = re.compile(
    r"\b(?:19|20)\d\d\b|\d:\d\d|\b[ap]\.?m\b|\b(?:updated|published|posted)\b", re.IGNORECASE
)
_MONTH_WORD = re.compile(rf"\b{MONTH_STEM}", re.IGNORECASE)


def _entry_heading(key: str) -> bool:
    """A date line that heads a log's or a timeline's entry: a month's day, no year, no clock,
    no "Updated" ("TUESDAY, MARCH 12", "Monday, April 1")."""
    return _is_date_line(key) and bool(_MONTH_WORD.search(key)) and not _STAMP_PART.search(key)


def _heads_dated_entries(keys: list[str | None], i: int) -> bool:
    """Whether the date line `keys[i]` at the top of the text is the first of the headings of
    a police log's or a timeline's entries ("TUESDAY, MARCH 12" ... "WEDNESDAY, MARCH 13"):
    it and a later line are entry headings (`_entry_heading`) of different days. The entry
    under it tells the day of what it lists; a page's own stamp has a year or a clock, or
    is not told again with another day in the text."""
    key = keys[i]
    if key is None or not _entry_heading(key):
        return False
    return any(k and k != key and _entry_heading(k) for k in keys[i + 2 :])


def _cut_edges(
    lines: list[str], keys: list[str | None], cut: list[bool], title: str | None
) -> None:
    before = list(cut)
    title = _norm_title(title) if title else None
    for order, with_title in ((range(len(lines)), True), (range(len(lines) - 1, -1, -1), False)):
        seen = 0
        for i in order:
            line, key = lines[i], keys[i]
            if cut[i] or not line:
                continue
            seen += 1
            weak = seen <= EDGE_WINDOW
            if with_title and _heads_dated_entries(keys, i):
                break  # "TUESDAY, MARCH 12" over a log's first entry: the entry's day
            if key is not None and _is_edge_junk(line, key, title if with_title else None, weak):
                cut[i] = True
            else:
                break
    if all(c or not line for line, c in zip(lines, cut, strict=True)):
        cut[:] = before  # the edges swallowed everything: this text is not shaped like a page


# --- rule 3: other stories' links -------------------------------------------------------------

# a label of related content with a headline after it on the same line: "Related Coverage Man
# charged in ..." (a two-word label needs no colon), "MORE: ...", "WATCH: ...", "Related:..."
_LINK_LABEL = re.compile(
    r"(?:related (?:coverage|stories|story|articles?|content|links?|news|videos?)|more stories)"
    r"\s*:?\s*(?=(?-i:[A-Z0-9'\"‘“]))"
    r"|(?:related|more|also|watch|video|videos|photos|gallery|listen|read more|see also"
    r"|also read|read also|related link|more coverage)\s*:\s*(?=(?-i:[A-Z0-9'\"‘“]))",
    re.IGNORECASE,
)
# a playlist's entry: a running time, then a video's title ("2:40 Neighbor heard shots")
_PLAYLIST_ENTRY = re.compile(RUNNING_TIME)
_PLAYER_ROW = re.compile(r"close skip in skip x embed x share\b", re.IGNORECASE)
# a label alone on its line, over a list of other stories' headlines
_LIST_LABEL = re.compile(
    r"(?:related(?: (?:coverage|stories|articles?|content|links?|news|videos?))?|read more"
    r"|see also|also read|more stories|more coverage|more news|more headlines"
    r"|more (?:from|on) [\w.'’& -]{1,60}|trending(?: now| stories| news)?|top stories"
    r"|recommended(?: for you| stories)?|you (?:may|might) also (?:like|be interested in)"
    r"|most (?:read|popular|viewed|shared)(?: stories| articles)?|latest (?:news|stories|headlines)"
    r"|editor'?s picks?|don'?t miss)",
    re.IGNORECASE,
)
_HEADLINE_END = re.compile(r"[.!;:,]['\"’”)]*$")
MAX_LINK_WORDS = 25
"""A link's headline is at most this many words; a longer line is a paragraph."""


def _headline_like(text: str) -> bool:
    """A headline as a link shows it: a few words, not closing a sentence ("?" may end one)."""
    words = text.split()
    return 0 < len(words) <= MAX_LINK_WORDS and not _HEADLINE_END.search(text.rstrip())


def _playlist_entry(line: str) -> bool:
    """A running time (under an hour), then a video's title."""
    m = _PLAYLIST_ENTRY.match(line)
    return m is not None and _headline_like(line[m.end() - 1 :])


def _playlist(lines: list[str]) -> bool:
    """Lines led by times are a playlist when the player's "Pause" ends one of them or their
    times come in no order: a live blog's or a timeline's times of day ("14:05 Police Close
    the Bridge", "14:20 ...") rise or fall one after the other."""
    if any(line.endswith(" Pause") for line in lines):
        return True
    times = [_minutes(line) for line in lines]
    pairs = list(pairwise(times))
    return not (all(a < b for a, b in pairs) or all(a > b for a, b in pairs))


def _minutes(line: str) -> int:
    hours, rest = line.split(":", 1)
    return int(hours) * 60 + int(rest[:2])


def other_story_links(lines: list[str]) -> list[bool]:
    """Which of `lines` are, beyond doubt, links to other stories (rule 3, module docstring)."""
    flags = [False] * len(lines)
    entries = [i for i, line in enumerate(lines) if line[:1].isdigit() and _playlist_entry(line)]
    if len(entries) >= 2 and _playlist([lines[i] for i in entries]):
        for i in entries:
            flags[i] = True
    under_label = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        key = _key(line)
        if _LIST_LABEL.fullmatch(key) and not line.endswith("."):
            under_label = True
            flags[i] = True
            continue
        if under_label and _headline_like(line.lstrip(_LEAD)):
            flags[i] = True
            continue
        under_label = False
        if flags[i] or _PLAYER_ROW.match(key):
            flags[i] = True
            continue
        flags[i] = _labelled_link(line, key) or (
            line.endswith(" Pause") and _playlist_entry(line)  # a player's "Pause" button
        )
    return flags


_CAPTION_LABEL = re.compile(r"^\W*(?:video|watch)\s*:\s*", re.IGNORECASE)
# what closes an AP video caption after its sentence: the day it was filmed, "(Mar. 11)"
_CLOSING_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)\W*$")
_SENTENCE_STOP = re.compile(r"[.!?]['\"’”]*$")


def video_caption(line: str) -> bool:
    """Whether a line is a video's caption under its label, not a link to another story's
    video: after "Video:" or "Watch:", a sentence of five words or more that a stop closes,
    maybe before a day in brackets ("Video: Police said a man was shot Monday night on Elm
    Avenue. (Mar. 11)"). A link shows a headline there, which no stop closes ("VIDEO: Witness
    describes the shooting"). The caption tells the story's own video, and often its day.
    Also read by analysis (`counts.stories`), which sets links' lines aside."""
    label = _CAPTION_LABEL.match(line)
    if label is None:
        return False
    return _tells_a_sentence(_CLOSING_BRACKETS.sub("", line[label.end() :]))


def _tells_a_sentence(words: str) -> bool:
    """Whether a caption's words are a sentence of five words or more that a stop closes (a
    headline or a link's label is no sentence): `_told_by_video`, `video_caption`."""
    return len(words.split()) >= 5 and _SENTENCE_STOP.search(words) is not None


def _labelled_link(line: str, key: str) -> bool:
    """A label of related content, then a headline: "Related Coverage Man charged in ..."
    (not a video's caption, `video_caption`)."""
    label = _LINK_LABEL.match(key)
    return (
        label is not None
        and not _HEADLINE_END.search(line)
        and _headline_like(key[label.end() :])
        and not video_caption(line)
    )


def _cut_other_story_links(lines: list[str], keys: list[str | None], cut: list[bool]) -> None:
    links = other_story_links(lines)
    if all(c or f or not line for line, c, f in zip(lines, cut, links, strict=True)):
        # nothing but links: the crawl kept a page's playlist and not its story. Kept whole, the
        # record still has its headline to read (analysis sets the links aside, see
        # `analyse.counts.stories`), where an empty text would drop the article
        return
    for i, flag in enumerate(links):
        cut[i] = cut[i] or flag
