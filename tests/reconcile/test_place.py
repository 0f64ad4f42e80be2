"""The event's place: by independent origins at each level, a site only when supported."""

from __future__ import annotations

from typing import Any

from newsfold.reconcile import reconcile

from .helpers import claim, report

RIVERTON = dict(
    country="United States",
    iso3="USA",
    admin1="Ohio",
    admin2="Marlow County",
    latitude=40.1,
    longitude=-82.9,
)


def _run(*pairs: Any):
    rows = [{"article_id": p[0].id, "duplicate_of": None, "kind": None} for p in pairs]
    return reconcile("ev_place", [p[0] for p in pairs], [p[1] for p in pairs], rows)


def _town(article_id: str, source: str, **over: Any):
    fields = {**RIVERTON, "location": "Riverton", "geo_precision": 1, **over}
    return report(
        article_id,
        source=source,
        claims=[claim("location", fields["location"], fields["location"])],
        **fields,
    )


def _site(article_id: str, source: str, site: str, within: str | None = "Riverton"):
    attrs = {"precision": 2, "unresolved": True, **({"within": within} if within else {})}
    return report(
        article_id,
        source=source,
        claims=[claim("location", site, site, attrs=attrs)],
        location=site,
        geo_precision=2,
        **RIVERTON,
    )


def test_a_site_one_report_names_gives_way_to_the_town_the_others_give():
    event = _run(
        _site("a", "one.example", "Lantern Club"),
        _town("b", "two.example"),
        _town("c", "three.example"),
    )
    assert event.location == "Riverton" and event.geo_precision == 1


def test_a_site_every_report_names_is_kept():
    event = _run(
        _site("a", "one.example", "Lantern Club"),
        _site("b", "two.example", "Lantern Club"),
    )
    assert event.location == "Lantern Club" and event.geo_precision == 2


def test_different_sites_in_one_town_give_the_town():
    event = _run(
        _site("a", "one.example", "Lantern Club"),
        _site("b", "two.example", "Harbor Street"),
    )
    assert event.location == "Riverton" and event.geo_precision == 1


def test_a_neighbourhood_of_unknown_town_does_not_outvote_the_town():
    event = _run(
        _site("a", "one.example", "Millbrook Heights", within=None),
        _town("b", "two.example"),
        _town("c", "three.example"),
    )
    assert event.location == "Riverton"


def test_the_province_most_origins_give_beats_a_namesake_elsewhere():
    namesake = dict(admin1="Indiana", admin2="Fenn County", latitude=39.2, longitude=-86.1)
    event = _run(
        _town("a", "one.example", location="Riverton", **namesake),
        _town("b", "two.example", location="Marlow County", admin2="Marlow County"),
        _town("c", "three.example", location="Ohio", admin2=None, geo_precision=3),
    )
    assert event.admin1 == "Ohio" and event.location == "Marlow County"


def test_one_report_s_neighbourhood_against_another_s_town_gives_the_town():
    event = _run(
        _site("a", "one.example", "Millbrook Heights", within=None),
        _town("b", "two.example", latitude=40.3, longitude=-82.7),
    )
    assert event.location == "Riverton"


def test_a_site_at_its_town_s_coordinates_lies_within_that_town():
    # no report says which town the site is in, but it has the town's coordinates; the one
    # origin naming the town also names the site (a wire story and its rewrite)
    a = _site("a", "one.example", "Lantern Club", within=None)
    b = _town("b", "two.example")
    rows = [
        {"article_id": "a", "duplicate_of": None, "kind": None},
        {"article_id": "b", "duplicate_of": None, "kind": None},
    ]
    a[1].event.claims.append(claim("attribution", "Meridian Wire", "Meridian Wire reported"))
    b[1].event.claims.append(claim("attribution", "Meridian Wire", "Meridian Wire reported"))
    event = reconcile("ev_place", [a[0], b[0]], [a[1], b[1]], rows)
    assert event.n_independent_sources == 1
    assert event.location == "Lantern Club" and event.geo_precision == 2


def test_a_site_s_name_in_capitals_is_the_same_site():
    event = _run(
        _site("a", "one.example", "Lantern Club"),
        _site("b", "two.example", "LANTERN CLUB"),
    )
    assert event.location == "Lantern Club"


def test_a_tie_between_countries_goes_to_the_more_precise_report():
    # one report reads "a Lebanon man" as the country; the other places it in the town
    country = report(
        "a",
        source="one.example",
        country="Lebanon",
        iso3="LBN",
        location="Lebanon",
        geo_precision=1,
    )
    town = _town("b", "two.example", location="Lebanon", admin1="Pennsylvania")
    event = _run(country, town)
    assert event.country == "United States" and event.admin1 == "Pennsylvania"


def _outlet_default(article_id: str, source: str, title: str = "Sign in to keep reading"):
    # a login wall: no place in its words, placed at its outlet's home city by default
    pair = report(
        article_id,
        source=source,
        text=f"Subscribers of {source} please verify your email address to continue.",
        location="Capital City",
        geo_precision=2,
        **{**RIVERTON, "admin2": "Harbor County"},
    )
    pair[0].title = title
    return pair


def test_a_place_no_report_s_words_name_gives_way_to_a_stated_one():
    # one report names the county; two pages of another outlet say nothing, placed at the
    # outlet's city by default: the county stands, though the default is a town and has two
    county = report(
        "a",
        source="county.example",
        claims=[claim("location", "Marlow County", "Marlow County")],
        location="Marlow County",
        geo_precision=2,
        **RIVERTON,
    )
    event = _run(county, _outlet_default("b", "metro.example"), _outlet_default("c", "tv.example"))
    assert (event.location, event.admin2) == ("Marlow County", "Marlow County")


def test_a_place_named_in_a_headline_is_stated():
    # two pages say nothing but their headlines name the town (abbreviated): stated, not a
    # default, they outvote a third report's other town
    walled = []
    for article_id, source in (("b", "two.example"), ("c", "three.example")):
        pair = _outlet_default(article_id, source, "Man shot in St. Clair on Friday")
        pair[1].event.location = "Saint Clair"
        pair[1].event.geo_precision = 1
        walled.append(pair)
    other = _town("a", "one.example", location="Glenwood", admin2="Harbor County")
    assert _run(other, *walled).location == "Saint Clair"


def _near(article_id: str, source: str, town: str, **over: Any):
    """A report placing the event near a town the gazetteer knows ("near Riverton"): the
    town itself at precision 2, its claim resolved (no `within`)."""
    fields = {**RIVERTON, "location": town, "geo_precision": 2, **over}
    attrs = {"precision": 2, "feature": "city", "geonameid": 1}
    return report(
        article_id,
        source=source,
        claims=[claim("location", town, town, attrs=attrs)],
        **fields,
    )


def test_near_a_known_town_counts_as_that_town():
    # "near Riverton" (precision 2) against another report's "Riverton": one town, both origins
    event = _run(
        _near("a", "one.example", "Riverton"),
        _town("b", "two.example"),
        _site("c", "three.example", "Lantern Club", within="Dunmore"),
    )
    assert event.location == "Riverton"


def test_near_a_known_town_ties_with_a_site_of_another_town_by_the_earlier_report():
    # each town has one origin: neither the resolved town nor the site's town outranks the
    # other (before, a report near a known town counted as a site of unknown town and lost)
    event = _run(
        _near("a", "one.example", "Riverton"),
        _site("b", "two.example", "Lantern Club", within="Dunmore"),
    )
    assert event.location == "Riverton"


# --------------------------------------------------------------------------- namesakes
# (real towns: the namesake is looked up in the gazetteer)

DANVILLE_CA = dict(
    country="United States",
    iso3="USA",
    admin1="California",
    admin2="Contra Costa County",
    location="Danville",
    latitude=37.82,
    longitude=-122.0,
    geo_precision=1,
)
DANVILLE_VA = DANVILLE_CA | dict(
    admin1="Virginia", admin2="City of Danville", latitude=36.59, longitude=-79.4
)


def _danville(article_id: str, source: str, text: str, published: str, **fields: Any):
    return report(
        article_id,
        source=source,
        published=published,
        text=text,
        claims=[claim("location", "Danville", "Danville")],
        **fields,
    )


def _told_in_virginia():
    """The later report, which writes the state: "DANVILLE, Va."."""
    return _danville(
        "b",
        "two.example",
        "DANVILLE, Va. (AP) - A man was shot on Friday.",
        "2016-08-13",
        **DANVILLE_VA,
    )


def test_a_town_named_without_its_state_follows_another_report_that_writes_it():
    # the earlier report names Danville alone (read as the biggest, California's); the other
    # writes "Danville, Va.": one origin each, and the tie no longer goes to the earlier
    bare = _danville(
        "a", "one.example", "A man was shot in Danville on Friday.", "2016-08-12", **DANVILLE_CA
    )
    event = _run(bare, _told_in_virginia())
    assert (event.admin1, event.location) == ("Virginia", "Danville")
    assert event.latitude is not None and abs(event.latitude - 36.59) < 0.1
    assert event.notes and "Danville (read as Danville, California) is the namesake in" in (
        event.notes
    )


def test_a_town_whose_report_names_its_state_is_not_moved():
    bare = _danville(
        "a",
        "one.example",
        "A man was shot in Danville, California, on Friday.",
        "2016-08-12",
        **DANVILLE_CA,
    )
    event = _run(bare, _told_in_virginia())
    assert event.admin1 == "California"  # a conflict of two stated states: the earlier
    assert not event.notes or "namesake" not in event.notes


def test_a_big_city_is_not_moved_to_a_small_namesake():
    # "Dallas" alone is Dallas, Texas, whatever another report's "Dallas, Ga." says
    texas = dict(country="United States", iso3="USA", admin1="Texas", admin2="Dallas County")
    georgia = dict(country="United States", iso3="USA", admin1="Georgia", admin2="Paulding County")
    a = report(
        "a",
        source="one.example",
        published="2016-08-12",
        text="A man was shot in Dallas on Friday.",
        claims=[claim("location", "Dallas", "Dallas")],
        location="Dallas",
        geo_precision=1,
        **texas,
    )
    b = report(
        "b",
        source="two.example",
        published="2016-08-13",
        text="DALLAS, Ga. - A man was shot on Friday.",
        claims=[claim("location", "Dallas", "Dallas")],
        location="Dallas",
        geo_precision=1,
        **georgia,
    )
    assert _run(a, b).admin1 == "Texas"


# --- h-city34: reports that disagree on the town ----------------------------------------------

ASHFORD = RIVERTON | dict(admin2="Kell County", latitude=40.6, longitude=-83.4)


def _county_only(article_id: str, source: str, county: str = "Marlow County"):
    fields = {**RIVERTON, "admin2": county, "location": county, "geo_precision": 1}
    return report(
        article_id,
        source=source,
        claims=[claim("location", county, county)],
        **fields,
    )


def test_a_county_report_supports_the_town_of_its_county():
    # one report names Ashford (the hospital's town, in Kell County), one Riverton, a third
    # only "Marlow County": the county's town has two origins
    event = _run(
        _town("a", "one.example", location="Ashford", **ASHFORD),
        _town("b", "two.example"),
        _county_only("c", "three.example"),
    )
    assert event.location == "Riverton"


def test_a_county_report_of_another_county_does_not_support_the_town():
    event = _run(
        _town("a", "one.example", location="Ashford", **ASHFORD),
        _town("b", "two.example"),
        _county_only("c", "three.example", county="Kell County"),
    )
    assert event.location == "Ashford"


def test_a_tie_goes_to_the_town_more_reports_name_in_words():
    # the earlier report's town is only its dateline, and its words name Riverton
    a = report(
        "a",
        source="station.example",
        published="2024-03-14",
        text="ASHFORD, Ohio (WXXX) - A man was wounded Friday, Riverton police said.",
        claims=[claim("location", "Ashford", "ASHFORD")],
        location="Ashford",
        geo_precision=1,
        **ASHFORD,
    )
    b = report(
        "b",
        source="paper.example",
        text="A man was shot Friday night on Main Street in Riverton, police said.",
        claims=[claim("location", "Riverton", "Riverton")],
        location="Riverton",
        geo_precision=1,
        **RIVERTON,
    )
    assert _run(a, b).location == "Riverton"


def test_a_dateline_alone_does_not_name_its_town():
    from newsfold.reconcile.consensus import words_name

    a, an = report(
        "a",
        source="station.example",
        text="ASHFORD, Ohio (WXXX) - A man was wounded Friday on Elm Street.",
    )
    from newsfold.reconcile.readings import Report

    r = Report(article=a, analysis=an, published=None, origin=0)
    assert not words_name(r, "Ashford")
    assert words_name(r, "Elm Street")


def _said(text: str, title: str = ""):
    from newsfold.reconcile.readings import Report

    a, an = report("a", source="paper.example", text=text)
    a.title = title
    return Report(article=a, analysis=an, published=None, origin=0)


def test_a_home_town_or_a_hospital_s_town_is_not_the_scene_named():
    from newsfold.reconcile.consensus import words_name

    assert not words_name(_said("A Darlington man was arrested Tuesday."), "Darlington")
    assert not words_name(_said("He is a 27-year-old from Darlington."), "Darlington")
    assert not words_name(_said("He was flown to a medical center in Greenville."), "Greenville")
    assert not words_name(_said("He died at a Montgomery hospital."), "Montgomery")
    assert not words_name(_said("He was found in a truck near Lubbock."), "Lubbock")
    assert words_name(_said("A man was shot in Darlington on Friday."), "Darlington")
    assert words_name(_said("Greenville police said he was shot."), "Greenville")
    west = _said("West Memphis police said he was shot.")
    assert words_name(west, "Memphis") and not words_name(west, "Memphis", ["West Memphis"])


def test_a_tie_goes_to_the_town_in_the_county_the_reports_name():
    # two reports, two towns: one in the county both reports name (the medical examiner's),
    # the other a namesake in a county neither names
    county = {"feature": "admin2", "admin1": "Ohio", "admin2": "Marlow County"}
    a = _town("a", "one.example", location="Ashford", **ASHFORD)
    b = _town("b", "two.example")
    a[1].places = [dict(county)]
    b[1].places = [dict(county)]
    assert _run(a, b).location == "Riverton"
