"""Text boilerplate: page furniture is cut line by line; the article itself never is."""

from __future__ import annotations

import pytest

from ingest.fixtures import PARAGRAPHS
from newsfold.ingest.boilerplate import is_junk_line, strip_boilerplate
from newsfold.ingest.clean import clean_text

ARTICLE = "\n\n".join(PARAGRAPHS)


def wrap(head: list[str], tail: list[str], middle: list[str] | None = None) -> str:
    body = [PARAGRAPHS[0], PARAGRAPHS[1], *(middle or []), PARAGRAPHS[2], PARAGRAPHS[3]]
    return "\n\n".join([*head, *body, *tail])


@pytest.mark.parametrize(
    "line",
    [
        # comment forms
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Follow The Riverside Gazette for more stories like this. Share this article: Share",
        "Follow us on Twitter for the latest updates",
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "Your email address will not be published.",
        "Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Post Comment",
        "Notify me of follow-up comments by email.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "12 Comments",
        "Comments (3)",
        # WordPress and share prompts
        "%d bloggers like this:",
        "Like this:",
        "Like Loading...",
        "Share this:",
        "Share this article",
        "Click to share on Twitter (Opens in new window)",
        "Click to email this to a friend (Opens in new window)",
        "Facebook | Twitter | Email | Print",
        "Share Tweet Pin Email",
        "Like this story? Share it with a friend!",
        # subscribe
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter and get the news in your inbox.",
        "Subscribe",
        "Already a subscriber? Log in",
        # captcha
        "Please enter the characters you see in the image below",
        "You must enter the characters with black color that stand out from the other characters",
        "CAPTCHA",
        "I'm not a robot",
        # e-mail a friend
        "Message: * A friend wanted you to see this item from the Vellmoor Herald",
        "A friend wanted you to see this item",
        "Email this article",
        # cookies
        "This website uses cookies to improve your experience.",
        "We use cookies to give you the best experience on our site.",
        "Accept all cookies",
        "By continuing to use this site, you agree to our use of cookies.",
        # related and ads
        "Related posts:",
        "Related: Bridge collapse leaves village cut off",
        "Read more: Council approves new flood wall",
        "Advertisement",
        "Story continues below advertisement",
        "Also on rt.com Mayor orders inquiry into collapse",
        # scripts, copyright, shortcodes, captions
        "Please enable JavaScript to watch this video",
        "Copyright 2023 Vellmoor Herald. All rights reserved.",
        "© 2023 Tarn Valley Post",
        "(© 2016 Vellmoor Herald)",
        "Copyright Tarn Valley Post",
        "TM and © Copyright 2014 Herald Radio Inc. and its subsidiaries.",
        '[button link="https://x.example/send"]Send us your photos[/button]',
        "Volunteers fill sandbags by the mill. (Photo: Ines Marlow/Vellmoor Herald)",
    ],
)
def test_junk_lines_are_recognised(line: str) -> None:
    assert is_junk_line(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Officials said they would reply to the council's letter by Friday.",
        "Officers said they had to follow the van for more than a mile before it stopped.",
        "The mayor declined to reply when asked about the cost of the repairs.",
        "Residents were urged to share information about missing relatives with the police.",
        "Farmers say their share of the compensation fund is too small.",
        "Residents can subscribe to text alerts from the council, the mayor said.",
        "The company said it would leave a reply on the public register.",
        "Police said the captain of the ferry was not to blame.",
        "Comments from the minister angered residents who lost their homes.",
        "The museum's advertisement campaign was paid for by the council.",
        "Related charges were filed against two men on Thursday.",
        "Read more than 200 letters, the inquiry said, before it reached a view.",
        "Also on Tuesday, police closed the road to the mill.",
        "Click, the photography shop on Mill Street, was flooded.",
        "The website of the council crashed as thousands checked the flood map.",
        "© Ada Kersh, 24, was killed when the bridge gave way on Tuesday evening, police said.",
    ],
)
def test_sentences_that_mention_the_words_stay(line: str) -> None:
    assert not is_junk_line(line)
    text, removed = strip_boilerplate(wrap([], [], [line]))
    assert line in text and removed == []


def test_the_second_seed_shape_a_comment_form_at_the_end() -> None:
    tail = [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "%d bloggers like this:",
    ]
    text, removed = clean_text(wrap([], tail))
    assert text == ARTICLE
    assert removed == tail


def test_comment_section_is_cut_from_its_header_to_the_end() -> None:
    tail = [
        "3 thoughts on “Floods force hundreds from their homes”",
        "Ada Kersh says: March 14, 2023 at 9:12 am",
        "Terrible news, thoughts with everyone by the river.",
        "Tom Reyes says: March 14, 2023 at 10:40 am",
        "The council was warned about that bridge years ago.",
    ]
    text, removed = strip_boilerplate(wrap([], tail))
    assert text == ARTICLE
    assert removed == tail


def test_a_comment_header_early_in_the_text_does_not_cut_the_article() -> None:
    text, removed = strip_boilerplate(wrap(["2 Comments"], []))
    assert text == ARTICLE and removed == ["2 Comments"]


def test_edges_title_repeat_byline_date_and_follow_lines() -> None:
    head = [
        "Floods force hundreds from their homes in Vellmoor",
        "By Ines Marlow",
        "March 14, 2023 9:12 am",
        "Home | News | Sport",
    ]
    tail = [
        "FREE APPS | NOW | FACEBOOK | TWITTER",
        "Follow us on Twitter @vellmoorherald",
        "Tags: floods, Vellmoor, weather",
        "floods",
    ]
    text, removed = strip_boilerplate(
        wrap(head, tail), title="Floods force hundreds from their homes in Vellmoor | Herald"
    )
    assert text == ARTICLE
    assert removed == head + tail


def test_a_closing_list_of_related_headlines_is_cut_but_a_list_of_facts_stays() -> None:
    related = [
        "- Council Orders Inquiry Into Collapse of Mill Footbridge",
        "- Photos: The Tarn Breaks Its Banks in Vellmoor",
        "- Volunteers Fill Sandbags Through the Night",
    ]
    text, removed = strip_boilerplate(wrap([], related))
    assert text == ARTICLE and removed == related
    facts = ["- 2 people killed", "- 11 taken to hospital", "- about 300 people left their homes"]
    text, removed = strip_boilerplate(wrap([], facts))
    assert removed == [] and all(f in text for f in facts)


def test_a_caption_in_a_table_cell_is_cut() -> None:
    cell = "| The old mill footbridge before the flood. (credit: Ines Marlow) |"
    text, removed = strip_boilerplate(wrap([], [], [cell]))
    assert text == ARTICLE and removed == [cell]


def test_a_closing_sentence_about_alerts_stays() -> None:
    last = "Police urged residents to sign up for emergency text alerts from the council."
    text, removed = strip_boilerplate(wrap([], [last]))
    assert text.endswith(last) and removed == []


def test_edge_rules_stop_at_the_first_real_line() -> None:
    # the same furniture in the middle of the text is not at an edge and stays
    middle = ["By Ines Marlow", "Tags: floods", "Mill Street | Tarn Road | Old Bridge"]
    text, removed = strip_boilerplate(wrap([], [], middle))
    assert all(line in text for line in middle) and removed == []


def test_a_text_of_short_lines_is_not_emptied() -> None:
    poem = "river rising\nbridge gone\nhomes empty\nrain again"
    text, removed = strip_boilerplate(poem)
    assert text == poem and removed == []


def test_paragraph_breaks_are_kept_and_blank_lines_merged() -> None:
    text, _ = clean_text("Intro line.\n\n\n\nAdvertisement\n\n\n\nSecond paragraph.\nSame para.")
    assert text == "Intro line.\n\nSecond paragraph.\nSame para."


def test_whitespace_and_invisible_characters() -> None:
    raw = "  First\u00a0\u00a0line  with\ttabs. \r\nThe second\u200bline.\u2028The third.  "
    text, _ = clean_text(raw)
    assert text == "First line with tabs.\nThe secondline.\nThe third."


# --- other stories' links (rule 3) -------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Related Coverage Harbour Town man charged after warehouse fire",
        "Related Stories Two hurt when scaffold falls in Vellmoor",
        "MORE: Council names new head of the flood board",
        "WATCH: Crews clear the mill footbridge at dawn",
        "Video: Neighbour recalls the night the river rose",
        "►Related:Bakery owner robbed at knifepoint, police say",
        "ALSO: 'We lost everything': families return to Mill Street",
    ],
)
def test_a_labelled_link_to_another_story_is_cut_anywhere(link: str) -> None:
    text, removed = strip_boilerplate(wrap([], [], [link]))
    assert text == ARTICLE and removed == [link]


@pytest.mark.parametrize(
    "line",
    [
        # a label word opening a sentence of the story
        "Related coverage of the inquiry will be published on Monday.",
        "Also: the council said it would pay for the repairs.",
        "Watch: a neighbour filmed the water reaching the doors.",
        "More than 300 people left their homes, the council said.",
    ],
)
def test_a_sentence_opening_on_a_label_word_stays(line: str) -> None:
    text, removed = strip_boilerplate(wrap([], [], [line]))
    assert line in text and removed == []


def test_a_video_playlist_is_cut_but_a_timeline_of_the_story_stays() -> None:
    playlist = [
        "0:24 Crews search the river after the footbridge falls",
        "1:38 After her shop flooded, a baker starts again",
        "0:55 Why does the Tarn flood every spring?",
    ]
    text, removed = strip_boilerplate(wrap([], [], playlist))
    assert text == ARTICLE and removed == playlist
    timeline = [
        "10:03 PM - the first two officers reached the footbridge",
        "10:06 PM Officers closed Mill Street",
        "10:15 Officers opened the flood gates.",
    ]
    text, removed = strip_boilerplate(wrap([], [], timeline))
    assert removed == [] and all(line in text for line in timeline)
    # a live blog's times of day, one after the other, are the story's own
    live = ["14:05 Police Close the Mill Footbridge", "14:20 Two People Taken to Hospital"]
    text, removed = strip_boilerplate(wrap([], [], live))
    assert removed == [] and all(line in text for line in live)
    # one time of day with no "p.m." and no player's "Pause" is no playlist
    one = "9:45 Police arrive at the footbridge"
    text, removed = strip_boilerplate(wrap([], [], [one]))
    assert one in text and removed == []


def test_a_list_under_a_bare_label_is_cut_up_to_the_first_sentence() -> None:
    listed = [
        "More from the Vellmoor Herald",
        "Council Orders Inquiry Into Collapse of Mill Footbridge",
        "+ Harbour Town man charged after warehouse fire",
        "Rain expected again on Friday",
    ]
    text, removed = strip_boilerplate(wrap([], [], listed))
    assert text == ARTICLE and removed == listed
    # the list ends at the story's next sentence, which stays
    trending = ["Trending", "Two hurt when scaffold falls"]
    sentence = "The water began to fall on Sunday morning, the council said."
    text, removed = strip_boilerplate(wrap([], [], [*trending, sentence]))
    assert removed == trending and sentence in text


def test_a_video_player_row_is_cut() -> None:
    row = "CLOSE Skip in Skip x Embed x Share FLOODS IN VELLMOOR Crews clear the bridge | 1:25 ..."
    text, removed = strip_boilerplate(wrap([row], []))
    assert text == ARTICLE and removed == [row]


def test_a_subtitle_in_title_case_between_paragraphs_stays() -> None:
    # a headline with no label may be the story's own subtitle: analysis marks it, ingest keeps it
    sub = "Residents Return to Mill Street After the Flood"
    text, removed = strip_boilerplate(wrap([], [], [sub]))
    assert sub in text and removed == []


def test_a_text_of_nothing_but_links_is_kept_for_its_headline() -> None:
    # the crawl kept a page's playlist, not its story: cutting it would empty the record
    playlist = "0:24 Crews search the river after the footbridge falls\n\n1:38 Baker starts again"
    text, removed = strip_boilerplate(playlist, title="Two hurt as Vellmoor footbridge falls")
    assert text == playlist and removed == []


def test_a_log_s_first_day_heading_stays() -> None:
    """'TUESDAY, MARCH 12' over a police log's first entry, with a later entry's heading of
    another day: the first entry's day, not the page's stamp (`_heads_dated_entries`)."""
    log = [
        "TUESDAY, MARCH 12",
        "ASSAULT: A woman said a neighbour struck her with a rake on Birch Lane.",
        "WEDNESDAY, MARCH 13",
        "THEFT: A bicycle was taken from a porch on Quarry Road.",
    ]
    clean, removed = strip_boilerplate("\n\n".join(log))
    assert removed == []
    assert clean.startswith("TUESDAY, MARCH 12\n")


@pytest.mark.parametrize(
    "stamp",
    [
        "Tuesday, March 12",  # no later heading: the page's stamp
        "Tuesday, March 12, 2019",  # a year: a stamp
        "March 12 10:05 AM",  # a clock: a stamp
    ],
)
def test_a_stamp_at_the_top_is_still_cut(stamp: str) -> None:
    text = wrap([stamp], [])
    if stamp != "Tuesday, March 12":
        text += "\n\nWednesday, March 13\n\nA follow-up said the road would reopen."
    _, removed = strip_boilerplate(text)
    assert removed == [stamp]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Video: Deputies said a woman was hurt Friday night on Alder Road. (Apr. 2)", True),
        ("WATCH: Neighbours say they heard six shots before dawn on Sunday.", True),
        ("VIDEO: Neighbour describes the shooting on Alder Road", False),
        ("Video: Watch the sheriff's briefing", False),
        ("WATCH: Chief speaks. (Apr. 2)", False),
    ],
)
def test_a_video_s_caption_is_no_link(line: str, caption: bool) -> None:
    """After 'Video:', a sentence a stop closes is the page's video's caption and stays; a
    headline there is a link to another story's video and goes (`video_caption`)."""
    text = wrap([line], [])
    _, removed = strip_boilerplate(text)
    assert (line not in removed) is caption


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Raw video from the scene on Alder Road on Sunday morning. (Video: WXYZ)", True),
        ("Officers at the scene on Alder Road on Sunday. (Photo: WXYZ)", False),
        ("Scene on Alder Road (Video: WXYZ)", False),
    ],
)
def test_a_video_s_credited_caption_stays(line: str, kept: bool) -> None:
    """A sentence before a video's credit is the page's video's caption and tells the story
    (`_told_by_video`); a photo's caption, or a few words over a credit, goes."""
    _, removed = strip_boilerplate(wrap([line], []))
    assert (line not in removed) is kept
