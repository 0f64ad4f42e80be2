"""A rewrite that tells the day more precisely than its original (session 25, date26).

Invented events of 2-3 reports in which the second report is marked a rewrite of the first
(grouping's `duplicate_of`, kind "rewrite"); a third, when there is one, is independent.
Where the rewrite adds a clock ("about 12:30 a.m. Saturday" after "late Friday") or a day
the original lacks, its day is the event's; where it only repeats, nothing changes. The
number of independent sources is the same either way: the rewrite stands in for its
original, it does not join it.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from newsfold.reconcile import reconcile
from newsfold.records import Analysis, Article, Event

from .helpers import Story, analysed_table

EVENTS: list[tuple[str, str, list[Story]]] = [
    (
        "r01",
        "2024-06-01",
        [
            (
                "2024-06-01",
                "https://www.wlwt.com/article/cincinnati-vine-street-shooting/",
                "Man shot on Vine Street",
                "CINCINNATI - A man was shot late Friday on Vine Street, Cincinnati police said.",
            ),
            (
                "2024-06-02",
                "https://www.fox19.com/2024/06/02/vine-street-shooting/",
                "Police: man shot on Vine Street",
                "A man was shot at about 12:30 a.m. Saturday on Vine Street, according to "
                "Cincinnati police. He is expected to recover.",
            ),
        ],
    ),
    (
        "r02",
        "2024-07-14",
        [
            (
                "2024-07-14",
                "https://www.kfor.com/news/local/okc-shooting-reno-avenue/",
                "Man hurt in shooting on Reno Avenue",
                "OKLAHOMA CITY - A man was hurt in a shooting last night on Reno Avenue, police "
                "said.",
            ),
            (
                "2024-07-15",
                "https://www.news9.com/story/reno-avenue-shooting/",
                "Reno Avenue shooting under investigation",
                "Oklahoma City police said the man was shot shortly after 1 a.m. Sunday on Reno "
                "Avenue. Officers found him near a gas station.",
            ),
        ],
    ),
    (
        "r03",
        "2024-06-08",
        [
            (
                "2024-06-08",
                "https://www.wbrc.com/2024/06/08/birmingham-shooting/",
                "Man shot in Birmingham",
                "BIRMINGHAM, Ala. - A man was shot Friday night on Third Avenue North, police "
                "said.",
            ),
            (
                "2024-06-09",
                "https://www.cbs42.com/news/crime/third-avenue-north-shooting/",
                "Man wounded on Third Avenue North",
                "Birmingham police said a man was wounded at about 12:40 a.m. Saturday on Third "
                "Avenue North.",
            ),
            (
                "2024-06-08",
                "https://www.al.com/news/birmingham/third-avenue-north/",
                "Shooting on Third Avenue North",
                "A man was shot Friday night on Third Avenue North in Birmingham, police said.",
            ),
        ],
    ),
    (
        "r04",
        "2024-08-09",
        [
            (
                "2024-08-10",
                "https://www.wsbtv.com/news/local/atlanta/ponce-shooting/",
                "Man shot on Ponce de Leon Avenue",
                "ATLANTA - A man was shot at about 10 p.m. Friday on Ponce de Leon Avenue, "
                "Atlanta police said.",
            ),
            (
                "2024-08-10",
                "https://www.11alive.com/article/news/crime/ponce-shooting/",
                "Shooting on Ponce",
                "A man was shot Friday night on Ponce de Leon Avenue, police said.",
            ),
        ],
    ),
    (
        "r05",
        "2024-08-17",
        [
            (
                "2024-08-18",
                "https://www.wral.com/story/raleigh-shooting-new-bern/",
                "Man shot on New Bern Avenue",
                "RALEIGH, N.C. - A man was shot late Saturday on New Bern Avenue, police said.",
            ),
            (
                "2024-08-18",
                "https://www.abc11.com/raleigh-shooting-new-bern-avenue/",
                "New Bern Avenue shooting",
                "A man was shot late Saturday on New Bern Avenue in Raleigh, police said.",
            ),
            (
                "2024-08-18",
                "https://www.newsobserver.com/news/local/crime/new-bern/",
                "Police investigate New Bern Avenue shooting",
                "Raleigh police said a man was shot at 11:45 p.m. Saturday on New Bern Avenue.",
            ),
        ],
    ),
    (
        "r06",
        "2024-09-10",
        [
            (
                "2024-09-11",
                "https://www.whio.com/news/local/dayton-shooting-salem/",
                "Man shot on Salem Avenue",
                "DAYTON, Ohio - A man was shot on Salem Avenue, Dayton police said. He was taken "
                "to Miami Valley Hospital.",
            ),
            (
                "2024-09-11",
                "https://www.daytondailynews.com/local/salem-avenue-shooting/",
                "Police: man shot on Salem Avenue",
                "A man was shot Tuesday at about 2 p.m. on Salem Avenue, Dayton police said.",
            ),
        ],
    ),
    (
        "r07",
        "2024-09-21",
        [
            (
                "2024-09-22",
                "https://www.wtvr.com/news/local-news/richmond-hull-street/",
                "Man shot on Hull Street",
                "RICHMOND, Va. - A man was shot early Sunday on Hull Street, police said.",
            ),
            (
                "2024-09-22",
                "https://www.nbc12.com/2024/09/22/hull-street-shooting/",
                "Hull Street shooting",
                "Richmond police said a man was shot at 11:50 p.m. Saturday on Hull Street.",
            ),
        ],
    ),
    (
        "r08",
        "2024-10-04",
        [
            (
                "2024-10-05",
                "https://www.wdrb.com/news/louisville-shooting-broadway/",
                "Man shot on West Broadway",
                "LOUISVILLE, Ky. - A man was shot Friday night on West Broadway, police said.",
            ),
            (
                "2024-10-06",
                "https://www.whas11.com/article/news/crime/broadway-shooting/",
                "Arrest in West Broadway shooting",
                "A man was shot Friday night on West Broadway, Louisville police said. Officers "
                "arrested a suspect Saturday at about 2 a.m.",
            ),
        ],
    ),
    (
        "r09",
        "2024-10-12",
        [
            (
                "2024-10-13",
                "https://www.kmov.com/2024/10/13/st-louis-shooting-grand/",
                "Man shot on Grand Boulevard",
                "ST. LOUIS - A man was shot Saturday on North Grand Boulevard, police said.",
            ),
            (
                "2024-10-13",
                "https://www.ksdk.com/article/news/crime/grand-shooting/",
                "North Grand shooting",
                "A man was shot Saturday at about 3:15 p.m. on North Grand Boulevard, St. Louis "
                "police said.",
            ),
        ],
    ),
    (
        "r10",
        "2024-08-05",
        [
            (
                "2024-08-05",
                "https://www.wdsu.com/article/new-orleans-shooting-claiborne/",
                "Man shot overnight in New Orleans",
                "NEW ORLEANS - A man was shot overnight on North Claiborne Avenue, NOPD said.",
            ),
            (
                "2024-08-05",
                "https://www.fox8live.com/2024/08/05/claiborne-shooting/",
                "Claiborne Avenue shooting",
                "NOPD said a man was shot at about 1:20 a.m. Monday on North Claiborne Avenue.",
            ),
        ],
    ),
    (
        "r11",
        "2024-11-02",
        [
            (
                "2024-11-02",
                "https://www.wpxi.com/news/local/pittsburgh-shooting-hill/",
                "Man shot in the Hill District",
                "PITTSBURGH - A man was shot late Friday on Centre Avenue, Pittsburgh police said.",
            ),
            (
                "2024-11-02",
                "https://www.wtae.com/article/centre-avenue-shooting/",
                "Centre Avenue shooting",
                "Pittsburgh police said a man was shot about 12:15 a.m. Saturday on Centre Avenue.",
            ),
            (
                "2024-11-02",
                "https://www.post-gazette.com/local/city/centre-avenue/",
                "Man shot on Centre Avenue",
                "A man was shot late Friday on Centre Avenue in the Hill District, police said.",
            ),
        ],
    ),
    (
        "r12",
        "2024-11-15",
        [
            (
                "2024-11-16",
                "https://www.wane.com/news/fort-wayne-shooting-clinton/",
                "Man shot on Clinton Street",
                "FORT WAYNE, Ind. - A man was shot Friday afternoon on Clinton Street, police "
                "said.",
            ),
            (
                "2024-11-17",
                "https://www.wfft.com/news/clinton-street-shooting/",
                "Clinton Street shooting",
                "A man was shot Friday afternoon on Clinton Street, Fort Wayne police said. He "
                "died at about 4 a.m. Sunday.",
            ),
        ],
    ),
]
"""Truths: r01, r02, r03, r07, r10, r11 the rewrite's clock settles the night's day; r06
the rewrite gives the day its original lacks; r04, r05, r08, r09, r12 controls (the rewrite
repeats, is vaguer, or its clock is an arrest's or a death's)."""


@lru_cache(maxsize=1)
def _analysed() -> tuple[dict[str, Article], dict[str, Analysis]]:
    """Every report of the table, cleaned and analysed in one batch."""
    return analysed_table(EVENTS)


def _event(eid: str) -> Event:
    """The event with its second report a rewrite of its first; a third is independent."""
    articles, analyses = _analysed()
    ids = sorted(i for i in articles if i[:-1] == eid)
    rows = [
        {
            "article_id": i,
            "duplicate_of": ids[0] if i.endswith("b") else None,
            "kind": "rewrite" if i.endswith("b") else None,
        }
        for i in ids
    ]
    return reconcile(eid, [articles[i] for i in ids], [analyses[i] for i in ids], rows)


@pytest.mark.parametrize(
    ("eid", "truth"), [(e[0], e[1]) for e in EVENTS], ids=[e[0] for e in EVENTS]
)
def test_a_rewrite_s_finer_day(eid: str, truth: str) -> None:
    event = _event(eid)
    assert event.event_date == truth
    stories = next(s for e, _, s in EVENTS if e == eid)
    assert event.n_independent_sources == len(stories) - 1
