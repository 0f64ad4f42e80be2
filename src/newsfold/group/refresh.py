"""New signatures for articles whose analysis was redone (`newsfold reanalyse`).

A reanalysed article keeps its event (ids never change under an upgrade), but the signature
that later articles are compared with must be the new analysis's, and the blocking keys and
document frequencies that the old signature put in the store must give way to the new ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfold.group.assign import _df_terms
from newsfold.group.signature import index_keys, signature
from newsfold.records import Analysis, Article
from newsfold.store import Store
from newsfold.store import grouping as sql
from newsfold.store.reanalysis import SignatureChange


def signature_changes(
    store: Store, pairs: Sequence[tuple[Article, Analysis]]
) -> list[SignatureChange]:
    """What replaces each stored signature of these articles (ungrouped ones have none yet:
    grouping will make theirs from the new analysis)."""
    old = sql.signatures(store, [article.id for article, _ in pairs])
    changes: list[SignatureChange] = []
    for article, analysis in pairs:
        before = old.get(article.id)
        if before is None:
            continue
        after = signature(article, analysis)
        changes.append(
            SignatureChange(
                article_id=article.id,
                signature=after,
                keys=index_keys(after),
                terms=_df_terms(after),
                old_keys=index_keys(before),
                old_terms=_df_terms(before),
            )
        )
    return changes
