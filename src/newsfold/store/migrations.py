"""The versioned schema. Each migration runs once, in order, inside a transaction.

Never edit a migration that has shipped: add a new one. `PRAGMA user_version` records the
schema version of a database file.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,              -- running | done | interrupted | failed
            pid INTEGER,                       -- the process running it (to spot dead runs)
            host TEXT,
            inputs TEXT NOT NULL,              -- JSON list of the paths given
            n_read INTEGER NOT NULL DEFAULT 0,
            n_new INTEGER NOT NULL DEFAULT 0,
            n_existing INTEGER NOT NULL DEFAULT 0,
            n_skipped INTEGER NOT NULL DEFAULT 0,
            n_events INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE run_skips (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            origin TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX run_skips_run ON run_skips(run_id);

        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,           -- arrival order
            id TEXT NOT NULL UNIQUE,
            source TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            language TEXT,
            words INTEGER NOT NULL,
            text TEXT NOT NULL,
            removed TEXT NOT NULL,             -- JSON list of boilerplate cut from the text
            origin TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            run_id INTEGER REFERENCES runs(id),
            added TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_published ON articles(published);

        CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            version INTEGER NOT NULL,
            data TEXT NOT NULL                 -- JSON Analysis
        );

        -- grouping: each article's compact signature and its blocking keys
        CREATE TABLE signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            data TEXT NOT NULL
        );
        CREATE TABLE block_keys (
            key TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;

        -- which event each article reports (articles without a row are still to be grouped)
        CREATE TABLE assignments (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            event_id TEXT NOT NULL,
            duplicate_of TEXT,
            kind TEXT,                         -- copy | rewrite | null
            run_id INTEGER REFERENCES runs(id)
        );
        CREATE INDEX assignments_event ON assignments(event_id);

        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            created_run INTEGER REFERENCES runs(id),
            updated_run INTEGER REFERENCES runs(id),
            stale INTEGER NOT NULL DEFAULT 1,  -- 1: its reports changed since it was reconciled
            data TEXT,                         -- JSON Event, the contract's record
            event_date TEXT,
            country TEXT,
            iso3 TEXT,
            admin1 TEXT,
            location TEXT,
            latitude REAL,
            longitude REAL,
            event_type TEXT,
            sub_event_type TEXT,
            fatalities INTEGER,
            injuries INTEGER,
            n_sources INTEGER,
            n_independent_sources INTEGER,
            n_conflicts INTEGER,
            title TEXT,
            notes TEXT
        );
        CREATE INDEX events_date ON events(event_date);
        CREATE INDEX events_country ON events(country);
        CREATE INDEX events_type ON events(event_type);
        CREATE INDEX events_stale ON events(stale);

        CREATE TABLE event_merges (
            merged_id TEXT PRIMARY KEY,
            into_id TEXT NOT NULL,
            run_id INTEGER REFERENCES runs(id)
        );

        -- per-source line counts for the repeated-line boilerplate filter
        CREATE TABLE source_lines (
            source TEXT NOT NULL,
            line_hash TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (source, line_hash)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body);
        """,
    ),
    (
        2,
        """
        -- grouping: document frequencies of content terms (the IDF of TF-IDF), counters, and
        -- each event's creation order (the older event survives a merge)
        CREATE TABLE group_terms (
            term TEXT PRIMARY KEY,
            df INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE group_stats (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE group_events (
            event_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,       -- creation order
            founder TEXT NOT NULL              -- the article that opened it
        );
        """,
    ),
    (
        3,
        """
        -- web: the event list's filters, sorts, counts and map read only these columns, so
        -- covering indexes answer them without touching the rows (a table scan must step
        -- over each row's large `data` column to reach the columns stored after it): one in
        -- date order for the lists, one by id for the events a full-text search finds
        CREATE INDEX events_list ON events(
            event_date, n_sources, event_id, country, iso3, event_type, fatalities,
            n_independent_sources, n_conflicts, latitude, longitude, location
        );
        CREATE INDEX events_list_by_id ON events(
            event_id, n_sources, event_date, country, iso3, event_type, fatalities,
            n_independent_sources, n_conflicts, latitude, longitude, location
        );
        """,
    ),
    (
        4,
        """
        -- which analyser (newsfold version + hash of the analysis code and data, see
        -- analyse/fingerprint.py) wrote each analysis; NULL for those stored before: all of
        -- them older than any fingerprinted analyser, so `newsfold reanalyse` redoes them
        ALTER TABLE analyses ADD COLUMN analyser TEXT;
        CREATE INDEX analyses_analyser ON analyses(analyser);
        """,
    ),
]

LATEST = MIGRATIONS[-1][0]
