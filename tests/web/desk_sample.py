"""A store for the desk's tests, filled with records written for them.

The texts are invented for newsfold (places are real, events are not). One event carries
hostile input everywhere an article can: script tags, event-handler attributes and
`javascript:` links in the text, title, url and source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsfold.records import Analysis, Article, Claim, Conflict, Dependence, Event
from newsfold.store import Store

TOKEN = "test-token-0123456789"
XSS_TITLE = "<script>alert('title')</script>Riot <img src=x onerror=alert(1)>"
XSS_SOURCE = '<img src=x onerror="alert(2)">Evil Gazette'
XSS_URL = "javascript:alert(3)"
XSS_TEXT = (
    "Rioters burned two cars in Lyon on Saturday. <script>alert('text')</script> "
    'Police said <a href="javascript:alert(4)">three people</a> were hurt. '
    '<img src=x onerror=alert(5)> A witness said "it was chaos" & fled.\n\n'
    "One man was killed, officials said."
)

CLASH_1 = (
    "Gunmen and soldiers clashed in Maracay on Friday, leaving at least 11 people dead, "
    "officials said.\n\nThe fighting began on Wednesday near the market, according to AFP. "
    "About 300 troops were deployed to the area."
)
CLASH_2 = (
    "Twelve people died in two days of fighting between soldiers and an armed gang in "
    "Maracay, the interior ministry said on Saturday.\n\nResidents said the shooting "
    "started on Wednesday evening."
)
PROTEST = (
    "Hundreds of teachers marched through Nairobi on Tuesday to demand unpaid wages. "
    "The protest ended peacefully in the afternoon."
)


def _claim(
    text: str, article_id: str, source: str, field: str, span: str, value: Any, **extra: Any
) -> Claim:
    start = text.index(span)
    return Claim(
        field=field,
        value=value,
        text=span,
        start=start,
        end=start + len(span),
        article_id=article_id,
        source=source,
        **extra,
    )


def _analysis(
    article: Article, claims: list[Claim], discarded: list[Claim] | None = None, **fields: Any
) -> Analysis:
    event = Event(
        article_ids=[article.id],
        sources=[article.source or ""],
        n_sources=1,
        n_independent_sources=1,
        claims=claims,
        **fields,
    )
    return Analysis(article_id=article.id, event=event, discarded=discarded or [])


def build_store(path: Path, n_filler: int = 60) -> dict[str, Any]:
    """Fill a store; returns the ids the tests look for."""
    ids: dict[str, Any] = {}
    with Store(path) as store:
        # -- a clash reported by three outlets: one copy, one independent report that differs
        a1 = Article(
            id="clash-1",
            text=CLASH_1,
            title="Deadly clash in Maracay",
            published="2021-07-09T18:00:00",
            url="https://harbor-times.example/maracay",
            source="Harbor Times",
            removed=["Share this article", "Leave a Reply: your email will not be published"],
            content_hash="h1",
        )
        a2 = Article(
            id="clash-2",
            text=CLASH_1,
            title="Deadly clash in Maracay (copy)",
            published="2021-07-10T08:00:00",
            url="http://coastal-wire.example/a/2",
            source="Coastal Wire",
            content_hash="h1",
        )
        a3 = Article(
            id="clash/3?x=1#y",  # an id that needs escaping in urls
            text=CLASH_2,
            title="Twelve dead in Maracay fighting",
            published="2021-07-10T12:30:00",
            url="https://meridian.example/news/12",
            source="Daily Meridian",
            content_hash="h3",
        )
        c1 = [
            _claim(
                CLASH_1,
                a1.id,
                "Harbor Times",
                "fatalities",
                "at least 11 people dead",
                11,
                low=11,
                high=None,
                attrs={"qualifier": "at least"},
            ),
            _claim(CLASH_1, a1.id, "Harbor Times", "location", "Maracay", "Maracay"),
            _claim(CLASH_1, a1.id, "Harbor Times", "date_start", "on Wednesday", "2021-07-07"),
            _claim(CLASH_1, a1.id, "Harbor Times", "deployed", "About 300 troops", 300),
        ]
        c2 = [
            Claim.from_dict({**c.to_dict(), "article_id": a2.id, "source": "Coastal Wire"})
            for c in c1
        ]
        c3 = [
            _claim(CLASH_2, a3.id, "Daily Meridian", "fatalities", "Twelve people died", 12),
            _claim(CLASH_2, a3.id, "Daily Meridian", "location", "Maracay", "Maracay"),
            _claim(
                CLASH_2, a3.id, "Daily Meridian", "date_start", "on Wednesday evening", "2021-07-07"
            ),
        ]
        discarded = [
            _claim(
                CLASH_1,
                a1.id,
                "Harbor Times",
                "deployed",
                "300 troops",
                300,
                attrs={"reason": "personnel deployed"},
            ),
        ]
        store.add_articles(
            [
                (a1, _analysis(a1, c1, discarded)),
                (a2, _analysis(a2, c2)),
                (a3, _analysis(a3, c3)),
            ],
            None,
        )
        clash = Event(
            event_id="ev_clash",
            article_ids=[a1.id, a2.id, a3.id],
            sources=["Coastal Wire", "Daily Meridian", "Harbor Times"],
            n_sources=3,
            n_independent_sources=2,
            event_type="Battles",
            sub_event_type="Armed clash",
            event_date="2021-07-09",
            date_start="2021-07-07",
            date_end="2021-07-09",
            time_precision=1,
            country="Venezuela",
            iso3="VEN",
            admin1="Aragua",
            location="Maracay",
            latitude=10.2469,
            longitude=-67.5958,
            geo_precision=1,
            actor1="Military Forces of Venezuela",
            actor2="Unidentified Gang",
            fatalities=12,
            fatalities_low=11,
            fatalities_high=12,
            notes="On 9 July 2021, soldiers clashed with a gang in Maracay; 11 or 12 killed.",
            claims=c1 + c2 + c3,
            conflicts=[
                Conflict(
                    field="fatalities",
                    compatible=True,
                    values=[
                        {
                            "value": 11,
                            "low": 11,
                            "high": None,
                            "sources": ["Harbor Times", "Coastal Wire"],
                        },
                        {"value": 12, "low": 12, "high": 12, "sources": ["Daily Meridian"]},
                    ],
                )
            ],
            dependence=[
                Dependence(article_ids=[a1.id, a2.id], kind="copy"),
                Dependence(article_ids=[a1.id, a2.id], kind="wire", via="AFP"),
            ],
        )
        store.assign(
            [
                (a1.id, "ev_clash", None, None),
                (a2.id, "ev_clash", a1.id, "copy"),
                (a3.id, "ev_clash", None, None),
            ],
            None,
        )
        # a second event merged into the clash: its id must lead to the survivor
        store.assign([(a3.id, "ev_merged", None, None)], None)
        store.merge_events("ev_merged", "ev_clash", None)
        store.assign([(a3.id, "ev_clash", None, None)], None)
        store.save_events([clash], None)
        ids["clash"] = "ev_clash"
        ids["merged"] = "ev_merged"
        ids["clash_articles"] = [a1.id, a2.id, a3.id]

        # -- a protest, one source
        p = Article(
            id="protest-1",
            text=PROTEST,
            title="Teachers march in Nairobi",
            published="2023-03-14",
            url="https://savanna-post.example/teachers",
            source="Savanna Post",
            content_hash="hp",
        )
        pc = [_claim(PROTEST, p.id, "Savanna Post", "location", "Nairobi", "Nairobi")]
        store.add_articles([(p, _analysis(p, pc))], None)
        store.assign([(p.id, "ev_protest", None, None)], None)
        store.save_events(
            [
                Event(
                    event_id="ev_protest",
                    article_ids=[p.id],
                    sources=["Savanna Post"],
                    n_sources=1,
                    n_independent_sources=1,
                    event_type="Protests",
                    sub_event_type="Peaceful protest",
                    event_date="2023-03-14",
                    date_start="2023-03-14",
                    date_end="2023-03-14",
                    country="Kenya",
                    iso3="KEN",
                    admin1="Nairobi",
                    location="Nairobi",
                    latitude=-1.2833,
                    longitude=36.8167,
                    geo_precision=1,
                    actor1="Protesters (Kenya)",
                    fatalities=0,
                    notes="On 14 March 2023, teachers marched in Nairobi over unpaid wages.",
                    claims=pc,
                )
            ],
            None,
        )
        ids["protest"] = "ev_protest"

        # -- hostile input everywhere
        x = Article(
            id="xss-1",
            text=XSS_TEXT,
            title=XSS_TITLE,
            published="2022-05-07",
            url=XSS_URL,
            source=XSS_SOURCE,
            removed=["<script>alert('removed')</script>"],
            content_hash="hx",
        )
        xc = [
            _claim(
                XSS_TEXT,
                x.id,
                XSS_SOURCE,
                "injuries",
                '<a href="javascript:alert(4)">three people</a> were hurt',
                3,
            ),
            _claim(
                XSS_TEXT,
                x.id,
                XSS_SOURCE,
                "location",
                "Lyon",
                "<b>Lyon</b>",
                attrs={"note": "<script>alert('attr')</script>"},
            ),
            _claim(XSS_TEXT, x.id, XSS_SOURCE, "fatalities", "One man was killed", 1),
            # offsets past the end: listed, not placed
            Claim(
                field="quote",
                value="<i>quote</i>",
                text="lost",
                start=5000,
                end=5004,
                article_id=x.id,
                source=XSS_SOURCE,
            ),
        ]
        store.add_articles([(x, _analysis(x, xc))], None)
        store.assign([(x.id, "ev_xss", None, None)], None)
        store.save_events(
            [
                Event(
                    event_id="ev_xss",
                    article_ids=[x.id],
                    sources=[XSS_SOURCE],
                    n_sources=1,
                    n_independent_sources=1,
                    event_type="Riots",
                    sub_event_type="Violent demonstration",
                    event_date="2022-05-07",
                    country="France",
                    iso3="FRA",
                    admin1="<svg onload=alert(6)>",
                    location="Lyon<script>alert(7)</script>",
                    latitude=45.75,
                    longitude=4.85,
                    actor1="Rioters (France)",
                    fatalities=1,
                    injuries=3,
                    notes="<b>Riot</b> in Lyon <script>alert('notes')</script>",
                    claims=xc,
                    conflicts=[
                        Conflict(
                            field="injuries",
                            compatible=False,
                            values=[
                                {"value": "<script>alert(8)</script>", "sources": [XSS_SOURCE]},
                                {"value": 5, "sources": ["javascript:alert(9)"]},
                            ],
                        )
                    ],
                    dependence=[
                        Dependence(article_ids=[x.id], kind="wire", via="<script>AP</script>")
                    ],
                )
            ],
            None,
        )
        ids["xss"] = "ev_xss"
        ids["xss_article"] = x.id

        # -- filler events for pagination, sorting and the map grid
        countries = [
            ("Nigeria", "NGA", 9.06, 7.49),
            ("Mexico", "MEX", 19.43, -99.13),
            ("India", "IND", 28.61, 77.21),
            ("Brazil", "BRA", -15.79, -47.88),
        ]
        filler_articles = []
        filler_events = []
        assignments = []
        for i in range(n_filler):
            name, iso3, lat, lon = countries[i % len(countries)]
            text = f"Report {i}: an incident near the capital of {name} left {i % 7} dead."
            art = Article(
                id=f"filler-{i:03d}",
                text=text,
                title=f"Incident {i} in {name}",
                published=f"2020-{1 + i % 12:02d}-{1 + i % 27:02d}",
                url=f"https://filler.example/{i}",
                source=f"Outlet {i % 5}",
                content_hash=f"hf{i}",
            )
            span = f"left {i % 7} dead"
            claims = [_claim(text, art.id, art.source or "", "fatalities", span, i % 7)]
            filler_articles.append((art, _analysis(art, claims)))
            assignments.append((art.id, f"ev_filler_{i:03d}", None, None))
            filler_events.append(
                Event(
                    event_id=f"ev_filler_{i:03d}",
                    article_ids=[art.id],
                    sources=[art.source or ""],
                    n_sources=1 + i % 3,
                    n_independent_sources=1 + i % 3,
                    event_type="Violence against civilians" if i % 2 else "Battles",
                    sub_event_type="Attack" if i % 2 else "Armed clash",
                    event_date=art.published,
                    country=name,
                    iso3=iso3,
                    location=f"Town {i}",
                    latitude=lat + (i % 5) * 0.3,
                    longitude=lon + (i % 4) * 0.3,
                    fatalities=i % 7,
                    notes=f"Incident {i} near the capital of {name}; {i % 7} killed.",
                    claims=claims,
                    conflicts=[Conflict(field="fatalities", compatible=False)]
                    if i % 10 == 0
                    else [],
                )
            )
        store.add_articles(filler_articles, None)
        store.assign(assignments, None)
        store.save_events(filler_events, None)
        ids["n_events"] = 3 + n_filler
    return ids
