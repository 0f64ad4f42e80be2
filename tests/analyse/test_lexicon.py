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
