"""`sentence_start` / `sentence_end`: the start and end of a match's sentence, read from the
raw text."""

from newsfold.analyse.sentence_start import sentence_end, sentence_start


def test_after_the_last_stop_or_line_break() -> None:
    text = "Police came. A man was shot Friday.\nHe died Sunday."
    assert text[sentence_start(text, text.index("Friday")) :].startswith(" A man")
    assert text[sentence_start(text, text.index("Sunday")) :].startswith("He died")


def test_text_start_when_nothing_before() -> None:
    assert sentence_start("A man was shot Friday.", 15) == 0


def test_an_abbreviations_stop_before_a_day_number_is_no_sentence_end() -> None:
    text = "Shots rang out. On Saturday, Oct. 11, just last week, a man died."
    start = sentence_start(text, text.index("just"))
    assert text[start:].startswith(" On Saturday")


def test_a_stop_before_a_word_still_ends_a_sentence() -> None:
    text = "He lives on Oak St. Police said he fled."
    assert text[sentence_start(text, text.index("fled")) :].startswith(" Police")


def _start_of(text: str, word: str) -> str:
    return text[sentence_start(text, text.index(word)) :]


def test_a_clock_time_before_a_weekday_month_or_zone_is_no_sentence_end() -> None:
    text = "Crews came. A boy was hurt at 11:15 p.m. Friday near the pond."
    assert _start_of(text, "pond").startswith(" A boy")
    text = "Crews came. A boy was hurt at 6 A.M. Sunday near the pond."
    assert _start_of(text, "pond").startswith(" A boy")
    text = "Crews came. A boy was hurt at 6 a.m. March 3 near the pond."
    assert _start_of(text, "pond").startswith(" A boy")
    text = "Crews came. A boy was hurt at 6 a.m. CST Sunday near the pond."
    assert _start_of(text, "pond").startswith(" A boy")


def test_a_stop_before_a_lowercase_word_is_no_sentence_end() -> None:
    text = "Crews came. A boy was hurt about 4 p.m. at the pond."
    assert _start_of(text, "pond").startswith(" A boy")
    text = "Crews came. A boy was hurt on Birch Ave. near the pond."
    assert _start_of(text, "pond").startswith(" A boy")


def test_a_clock_time_before_another_capitalised_word_ends_a_sentence() -> None:
    text = "A boy was hurt at 11 p.m. Deputies said he fell."
    assert _start_of(text, "fell").startswith(" Deputies")
    text = "A boy was hurt at 11 P.M. On Friday, deputies said he fell."
    assert _start_of(text, "fell").startswith(" On Friday")
    # a weekday after a stop that is no clock time's still opens a sentence
    text = "A boy was hurt Thursday. Friday deputies said he fell."
    assert _start_of(text, "fell").startswith(" Friday")


def _end_of(text: str, word: str) -> str:
    return text[text.index(word) : sentence_end(text, text.index(word))]


def test_sentence_end_at_the_next_stop_or_line_break() -> None:
    text = "A man was shot Friday. Police came.\nHe died Sunday"
    assert _end_of(text, "shot") == "shot Friday"
    assert _end_of(text, "Police") == "Police came."
    assert _end_of(text, "died") == "died Sunday"


def test_sentence_end_skips_the_stops_that_end_no_sentence() -> None:
    text = "A boy was hurt at 11:15 p.m. Friday on Birch Ave. near the pond. Crews came."
    assert _end_of(text, "hurt") == "hurt at 11:15 p.m. Friday on Birch Ave. near the pond"
    text = "After the shooting on Oct. 11, police said. Then more"
    assert _end_of(text, "shooting") == "shooting on Oct. 11, police said"
    # a clock time before another capitalised word ends its sentence
    text = "A boy was hurt at 11 p.m. Deputies said he fell."
    assert _end_of(text, "hurt") == "hurt at 11 p.m"
