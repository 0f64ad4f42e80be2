"""newsfold: news articles in, a deduplicated, source-linked database of events out."""

__version__ = "0.1.0"
