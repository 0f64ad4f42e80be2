"""The word lists of `lexicon`: the named subsets of the speech verbs."""

from newsfold.analyse import lexicon as lx


def test_the_speaker_lists_are_speech_verbs() -> None:
    # a name's speaker verbs are the plain ones of SPEECH_VERBS
    assert lx.SPEAKER_AFTER_NAME <= lx.SPEECH_VERBS
    # a clause's speaker verbs are speech verbs, and "believe", which is none
    assert lx.SPEAKER_OF_CLAUSE - {"believe"} <= lx.SPEECH_VERBS
    assert "believe" not in lx.SPEECH_VERBS
    # "add", "state" follow a speaker's name; "claim", "allege" a speaker of a clause
    assert {"add", "state"} <= lx.SPEAKER_AFTER_NAME - lx.SPEAKER_OF_CLAUSE
    assert {"claim", "allege"} <= lx.SPEAKER_OF_CLAUSE - lx.SPEAKER_AFTER_NAME


def test_one_list_of_a_person_s_titles() -> None:
    from newsfold.analyse import quotes, who
    from newsfold.analyse.where import local_names
    from newsfold.group import text

    assert {"spokesman", "coroner", "sheriff", "judge"} <= lx.PERSON_TITLES
    assert who.TITLES | {"da"} >= lx.PERSON_TITLES  # who leaves out a surname's particle
    assert {"mr", "prime", "late"} <= who.TITLES
    assert text.ROLE_WORDS == lx.PERSON_TITLES
    assert local_names._ROLE_WORDS <= lx.PERSON_TITLES
    assert not {"justice", "general", "dr"} & local_names._ROLE_WORDS
    assert {"coroner", "prosecutor"} <= quotes.PEOPLE_WORDS
    assert "major" not in quotes.PEOPLE_WORDS  # "a major newspaper reported"
