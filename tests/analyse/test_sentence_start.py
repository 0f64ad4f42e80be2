"""`sentence_start`: the start of a match's sentence, read back from the raw text."""

from newsfold.analyse.sentence_start import sentence_start


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
