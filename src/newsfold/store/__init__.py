"""Storage: SQLite (WAL, transactions, versioned schema). The only code that speaks SQL."""

from newsfold.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
