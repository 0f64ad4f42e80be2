"""Per-article analysis: Article -> Analysis, a pure function (see `article.analyse`)."""

from newsfold.analyse.article import analyse, analyse_many

__all__ = ["analyse", "analyse_many"]
