"""Language detection with py3langid, on a prefix of the text (cheap and as good for news).

The first `PREFIX_CHARS` characters decide: past a few sentences the answer does not change,
and the cost grows with the length. Text that is mostly capitals (broadcast transcripts) is
lower-cased first, which the model reads far better. Texts with too few letters to tell get None.
"""

from __future__ import annotations

PREFIX_CHARS = 400
MIN_LETTERS = 20


def _classify(sample: str) -> str:
    import py3langid

    return str(py3langid.classify(sample)[0])


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text to tell."""
    sample = text[:PREFIX_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return None
    upper = sum(map(str.isupper, sample))
    if upper > letters * 0.5:
        sample = sample.lower()
    return _classify(sample)
