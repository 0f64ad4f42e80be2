"""analyse: US towns that share their name with a foreign city or a town of another state,
and townships the gazetteer lacks (h-city30).

A table of short reports written for this test (the places are real, the events invented):
namesakes (Alexandria, Paris, Athens, Lebanon, Dublin, Cairo, Moscow, Troy, Rome, Florence,
Lima, Canton, Jackson, Columbia, Springfield, Portland, Kansas City, Washington, Vienna, Berlin,
Toledo, Delhi, Mexico, Peru, Lisbon, Belfast, Manchester, Birmingham, London, Odessa, Naples,
Melbourne, Warsaw, Palestine, Hamilton, Oxford) told by an outlet, an AP dateline, a county, a
parish, a sheriff, an Interstate or a ZIP code, beside stories from the foreign namesakes that
must stay abroad; a big US city's neighbourhoods named like a foreign town (Bordeaux in
Nashville, Whitehaven in Memphis, Pilsen in Chicago) in the city's outlet, beside a US outlet's
world-desk stories; Pennsylvania, New Jersey and Michigan townships, "Upper"/"Lower" ones among
them. The rows the system still misses are marked, each with its reason.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.where.evidence import _us_wording, world_section
from newsfold.records import Event

from .where_helpers import analysed_event, assert_placed, probe_params, table_events

# (id, headline, address, text, the town (or its other accepted names), the state or country)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "al1",
        "Man shot near King Street",
        "https://www.example.com/news/a-shooting",
        (
            "ALEXANDRIA, Va. — A man in his 30s was shot twice near a King Street bus stop "
            "Tuesday night, Alexandria police said."
        ),
        ("Alexandria",),
        "Virginia",
    ),
    (
        "al2",
        "Teen wounded in Alexandria",
        "https://www.example.com/news/a-shooting",
        (
            "A 16-year-old boy was wounded by gunfire along Route 1 in Alexandria on Friday. "
            "Alexandria police said the boy is expected to recover; detectives asked anyone "
            "with video to call."
        ),
        ("Alexandria",),
        "Virginia",
    ),
    (
        "al3",
        "Shooting in Alexandria",
        "https://www.alxnow.com/2024/03/02/shooting/",
        (
            "A woman was shot in the West End of Alexandria early Saturday, according to "
            "police. Officers found her in a parking lot off Duke Street."
        ),
        ("Alexandria",),
        "Virginia",
    ),
    (
        "al4",
        "Deputies investigate Alexandria shooting",
        "https://www.example.com/news/a-shooting",
        (
            "Rapides Parish sheriff's deputies are looking for a gunman who shot a man outside "
            "a store in Alexandria on Sunday evening."
        ),
        ("Alexandria",),
        "Louisiana",
    ),
    (
        "al5",
        "Gunmen kill two in Egyptian port city",
        "https://www.reuters.com/world/africa/gunmen-kill-two-2024-03-02/",
        (
            "ALEXANDRIA, Egypt (Reuters) - Gunmen shot dead two men outside a cafe in Egypt's "
            "second city on Saturday, security sources said."
        ),
        ("Alexandria",),
        "Egypt",
    ),
    (
        "al6",
        "Two shot in Alexandria",
        "https://www.example.com/news/a-shooting",
        (
            "Two men were shot in Alexandria on Monday night, police said. The shooting "
            "happened near an apartment complex off Interstate 395."
        ),
        ("Alexandria",),
        "Virginia",
    ),
    (
        "mp1",
        "Man killed in Whitehaven",
        "https://www.commercialappeal.com/story/news/crime/2024/05/04/whitehaven-shooting/",
        (
            "A man was shot and killed in Whitehaven on Saturday, Memphis police said. Officers "
            "responded to Elvis Presley Boulevard around 9 p.m."
        ),
        ("Memphis", "Whitehaven"),
        "Tennessee",
    ),
    (
        "mp2",
        "Whitehaven shooting leaves one hurt",
        "https://www.actionnews5.com/2024/05/06/one-hurt/",
        "One person was wounded in a shooting in Whitehaven on Monday afternoon, according to MPD.",
        ("Memphis", "Whitehaven"),
        "Tennessee",
    ),
    (
        "nb1",
        "Man shot in Bordeaux",
        "https://www.tennessean.com/story/news/crime/2024/06/01/bordeaux-shooting/",
        (
            "A 27-year-old man was shot Friday night in Bordeaux, Metro police said. He was "
            "taken to Vanderbilt University Medical Center."
        ),
        ("Nashville", "Bordeaux"),
        "Tennessee",
    ),
    (
        "nb2",
        "Shooting in Bordeaux",
        "https://www.example.com/news/a-shooting",
        (
            "Metro Nashville police are investigating a shooting in Bordeaux that left a woman "
            "hurt late Thursday."
        ),
        ("Nashville", "Bordeaux"),
        "Tennessee",
    ),
    (
        "nb3",
        "Man wounded in Madison",
        "https://www.wsmv.com/2024/07/02/man-wounded-madison/",
        "A man was shot on Gallatin Pike in Madison early Tuesday, Metro police said.",
        ("Nashville", "Madison"),
        "Tennessee",
    ),
    (
        "nb4",
        "Madison shooting",
        "https://www.example.com/news/a-shooting",
        (
            "NASHVILLE, Tenn. — A teenager was shot in Madison on Sunday night, according to "
            "Metro Nashville police."
        ),
        ("Nashville", "Madison"),
        "Tennessee",
    ),
    (
        "pa1",
        "Man shot in Paris",
        "https://www.example.com/news/a-shooting",
        (
            "PARIS, Texas — A man was wounded in a shooting on Clarksville Street on Friday, "
            "Paris police said."
        ),
        ("Paris",),
        "Texas",
    ),
    (
        "pa2",
        "Lamar County shooting",
        "https://www.example.com/news/a-shooting",
        (
            "Lamar County sheriff's deputies said a man was shot at a home just outside Paris "
            "on Saturday. He was flown to a hospital in Tyler."
        ),
        ("Paris",),
        "Texas",
    ),
    (
        "pa3",
        "Paris shooting",
        "https://www.theparisnews.com/news/local_news/paris-shooting/",
        (
            "Paris police are investigating a shooting that injured two people early Sunday "
            "near the downtown plaza."
        ),
        ("Paris",),
        "Texas",
    ),
    (
        "pa4",
        "Police shoot man in Paris suburb",
        "https://www.reuters.com/world/europe/police-shoot-man-2024-06-01/",
        (
            "PARIS (Reuters) - French police shot and wounded a man who threatened officers "
            "with a knife in a Paris suburb on Saturday, the prosecutor's office said."
        ),
        ("Paris",),
        "France",
    ),
    (
        "pa5",
        "Man killed in Paris",
        "https://www.example.com/news/a-shooting",
        (
            "PARIS, Tenn. — A man died after a shooting at an apartment on Wednesday, Paris "
            "police said. The Henry County coroner was called."
        ),
        ("Paris",),
        "Tennessee",
    ),
    (
        "at1",
        "Athens shooting",
        "https://www.example.com/news/a-shooting",
        (
            "Athens-Clarke County police said a man was shot near the University of Georgia "
            "campus early Sunday."
        ),
        ("Athens",),
        "Georgia",
    ),
    (
        "at2",
        "Man wounded in Athens",
        "https://www.example.com/news/a-shooting",
        (
            "ATHENS, Ohio — A man was shot outside a house on Mill Street on Saturday night, "
            "Athens police said. Athens County sheriff's deputies assisted."
        ),
        ("Athens",),
        "Ohio",
    ),
    (
        "at3",
        "Shooting in Athens",
        "https://www.onlineathens.com/story/news/crime/2024/04/01/shooting/",
        (
            "A woman was shot in Athens on Sunday morning, police said. Officers found her on "
            "Baxter Street."
        ),
        ("Athens",),
        "Georgia",
    ),
    (
        "at4",
        "Gunman fires at Athens cafe",
        "https://apnews.com/article/greece-athens-shooting-abc",
        (
            "ATHENS, Greece (AP) — A gunman opened fire on a cafe in central Athens late "
            "Friday, wounding two people, Greek police said."
        ),
        ("Athens",),
        "Greece",
    ),
    (
        "lb1",
        "Man shot in Lebanon",
        "https://www.example.com/news/a-shooting",
        (
            "LEBANON, Tenn. — A man was shot during an argument on Friday, Lebanon police said. "
            "Wilson County deputies helped search for the suspect."
        ),
        ("Lebanon",),
        "Tennessee",
    ),
    (
        "lb2",
        "Lebanon shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Lebanon, Ohio, on Saturday night. Warren County sheriff's "
            "deputies said the wound was not life-threatening."
        ),
        ("Lebanon",),
        "Ohio",
    ),
    (
        "lb3",
        "Lebanon police investigate shooting",
        "https://www.ldnews.com/story/news/crime/2024/03/01/shooting/",
        "Lebanon police said a teen was shot on North Ninth Street on Thursday evening.",
        ("Lebanon",),
        "Pennsylvania",
    ),
    (
        "db1",
        "Dublin shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot outside a restaurant in Dublin, Ohio, on Sunday, Dublin police "
            "said. He was taken to a Columbus hospital."
        ),
        ("Dublin",),
        "Ohio",
    ),
    (
        "db2",
        "Man shot in Dublin",
        "https://www.dispatch.com/story/news/crime/2024/05/05/dublin-shooting/",
        (
            "Dublin police are investigating a shooting that wounded a man at an apartment "
            "complex off Sawmill Road on Saturday."
        ),
        ("Dublin",),
        "Ohio",
    ),
    (
        "db3",
        "Man shot dead in Dublin",
        "https://www.irishtimes.com/crime/2024/05/05/man-shot-dead/",
        (
            "A man in his 40s has been shot dead in west Dublin, gardai said. The shooting "
            "happened in Clondalkin on Saturday night."
        ),
        ("Dublin", "Clondalkin"),
        "Ireland",
    ),
    (
        "ca1",
        "Cairo shooting",
        "https://www.example.com/news/a-shooting",
        (
            "CAIRO, Ill. — A man was shot and killed on Sycamore Street on Saturday, Alexander "
            "County Sheriff's Office said."
        ),
        ("Cairo",),
        "Illinois",
    ),
    (
        "ca2",
        "Man wounded in Cairo",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Cairo on Tuesday, Grady County sheriff's deputies said. The "
            "Georgia Bureau of Investigation is assisting."
        ),
        ("Cairo",),
        "Georgia",
    ),
    (
        "ca3",
        "Policeman killed in Cairo attack",
        "https://www.reuters.com/world/middle-east/policeman-killed-2024-01-01/",
        (
            "CAIRO (Reuters) - Gunmen killed an Egyptian policeman at a checkpoint in Cairo on "
            "Monday, the interior ministry said."
        ),
        ("Cairo",),
        "Egypt",
    ),
    (
        "mo1",
        "Moscow shooting",
        "https://www.example.com/news/a-shooting",
        (
            "MOSCOW, Idaho — A man was shot near a campus apartment on Saturday, Moscow police "
            "said. Latah County deputies were also at the scene."
        ),
        ("Moscow",),
        "Idaho",
    ),
    (
        "mo2",
        "Man shot in Moscow",
        "https://www.spokesman.com/stories/2024/apr/01/man-shot-in-moscow/",
        "A man was wounded in a shooting in Moscow late Sunday, police said.",
        ("Moscow",),
        "Idaho",
    ),
    (
        "mo3",
        "Gunman kills two in Moscow",
        "https://www.reuters.com/world/europe/gunman-kills-two-2024-02-02/",
        (
            "MOSCOW (Reuters) - A gunman killed two people at an office in Moscow on Friday, "
            "Russian investigators said."
        ),
        ("Moscow",),
        "Russia",
    ),
    (
        "tr1",
        "Troy shooting",
        "https://www.example.com/news/a-shooting",
        (
            "TROY, N.Y. — A man was shot on River Street late Friday, Troy police said. He was "
            "taken to Albany Medical Center."
        ),
        ("Troy",),
        "New York",
    ),
    (
        "tr2",
        "Man shot in Troy",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Troy on Saturday, Miami County sheriff's deputies said. The "
            "shooting happened just off Interstate 75."
        ),
        ("Troy",),
        "Ohio",
    ),
    (
        "tr3",
        "Troy police investigate",
        "https://www.timesunion.com/news/article/troy-shooting-123.php",
        (
            "Troy police are investigating a shooting that wounded a teenager on Sixth Avenue "
            "on Sunday."
        ),
        ("Troy",),
        "New York",
    ),
    (
        "ro1",
        "Rome shooting",
        "https://www.example.com/news/a-shooting",
        (
            "ROME, Ga. — A man was shot at a Shorter Avenue gas station on Saturday, Rome "
            "police said. Floyd County police assisted."
        ),
        ("Rome",),
        "Georgia",
    ),
    (
        "ro2",
        "Man shot in Rome",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Rome on Friday night, according to the Floyd County Sheriff's "
            "Office in Georgia."
        ),
        ("Rome",),
        "Georgia",
    ),
    (
        "ro3",
        "Shots fired outside Rome bar",
        "https://www.reuters.com/world/europe/shots-fired-2024-02-02/",
        (
            "ROME (Reuters) - A man opened fire outside a bar in Rome on Sunday, wounding one "
            "person, Italian police said."
        ),
        ("Rome",),
        "Italy",
    ),
    (
        "fl1",
        "Florence shooting",
        "https://www.example.com/news/a-shooting",
        (
            "FLORENCE, S.C. — A man was shot on Irby Street on Sunday, Florence police said. "
            "Florence County deputies are assisting."
        ),
        ("Florence",),
        "South Carolina",
    ),
    (
        "fl2",
        "Man shot in Florence",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Florence, Alabama, early Saturday. Lauderdale County sheriff's "
            "deputies said he is in stable condition."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "fl3",
        "Florence police investigate",
        "https://www.timesdaily.com/news/crime/florence-shooting/",
        (
            "Florence police said a man was wounded in a shooting at an apartment complex "
            "Friday night."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "li1",
        "Lima shooting",
        "https://www.limaohio.com/news/2024/04/04/lima-shooting/",
        (
            "A man was shot in Lima on Wednesday night, Lima police said. He was taken to St. "
            "Rita's Medical Center."
        ),
        ("Lima",),
        "Ohio",
    ),
    (
        "li2",
        "Man wounded in Lima",
        "https://www.example.com/news/a-shooting",
        (
            "LIMA, Ohio — A man was wounded by gunfire on the city's south side on Tuesday, "
            "police said. Allen County deputies helped."
        ),
        ("Lima",),
        "Ohio",
    ),
    (
        "li3",
        "Shooting in Lima",
        "https://www.example.com/news/a-shooting",
        (
            "Allen County sheriff's deputies are investigating a shooting in Lima that left one "
            "man dead on Sunday."
        ),
        ("Lima",),
        "Ohio",
    ),
    (
        "cn1",
        "Canton shooting",
        "https://www.example.com/news/a-shooting",
        (
            "CANTON, Ohio — A man was shot and killed on Saturday, Canton police said. Stark "
            "County coroner's office identified him."
        ),
        ("Canton",),
        "Ohio",
    ),
    (
        "cn2",
        "Man shot in Canton",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Canton, Mississippi, on Friday. Madison County sheriff's "
            "deputies said the shooter fled."
        ),
        ("Canton",),
        "Mississippi",
    ),
    (
        "cn3",
        "Canton police investigate",
        "https://www.cantonrep.com/story/news/crime/2024/03/03/canton-shooting/",
        "Canton police said a teenager was wounded by gunfire on Sunday afternoon.",
        ("Canton",),
        "Ohio",
    ),
    (
        "ja1",
        "Jackson shooting",
        "https://www.example.com/news/a-shooting",
        (
            "JACKSON, Miss. — A man was shot and killed on Friday, Jackson police said. Hinds "
            "County coroner's office is investigating."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "ja2",
        "Man shot in Jackson",
        "https://www.example.com/news/a-shooting",
        "JACKSON, Tenn. — A man was wounded in a shooting on Saturday, Jackson police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "ja3",
        "Jackson police investigate",
        "https://www.mlive.com/news/jackson/2024/05/jackson-shooting.html",
        "Jackson police said a man was shot outside a home on Sunday night.",
        ("Jackson",),
        "Michigan",
    ),
    (
        "co1",
        "Columbia shooting",
        "https://www.example.com/news/a-shooting",
        "Richland County sheriff's deputies said a man was shot in Columbia on Saturday night.",
        ("Columbia",),
        "South Carolina",
    ),
    (
        "co2",
        "Man shot in Columbia",
        "https://www.example.com/news/a-shooting",
        "COLUMBIA, Mo. — A man was shot downtown early Sunday, Columbia police said.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "sp1",
        "Springfield shooting",
        "https://www.example.com/news/a-shooting",
        (
            "SPRINGFIELD, Ill. — A man was shot on the city's east side Saturday, Springfield "
            "police said. Sangamon County coroner identified him."
        ),
        ("Springfield",),
        "Illinois",
    ),
    (
        "sp2",
        "Man shot in Springfield",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Springfield on Friday, police said. Hampden County District "
            "Attorney's office is investigating."
        ),
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "sp3",
        "Springfield police",
        "https://www.news-leader.com/story/news/crime/2024/05/05/springfield-shooting/",
        "Springfield police said a man was wounded in a shooting on Sunday night.",
        ("Springfield",),
        "Missouri",
    ),
    (
        "sp4",
        "Man shot in Springfield",
        "https://www.example.com/news/a-shooting",
        (
            "SPRINGFIELD, Ohio — A man was wounded in a shooting on Saturday, Springfield "
            "police said. Clark County deputies assisted."
        ),
        ("Springfield",),
        "Ohio",
    ),
    (
        "po1",
        "Portland shooting",
        "https://www.example.com/news/a-shooting",
        (
            "PORTLAND, Maine — A man was shot on Saturday night, Portland police said. "
            "Cumberland County deputies assisted."
        ),
        ("Portland",),
        "Maine",
    ),
    (
        "po2",
        "Man shot in Portland",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Portland on Sunday, police said. Multnomah County medical "
            "examiner was called."
        ),
        ("Portland",),
        "Oregon",
    ),
    (
        "kc1",
        "Kansas City, Kansas shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Kansas City, Kansas, on Saturday, police said. Wyandotte County "
            "deputies assisted."
        ),
        ("Kansas City",),
        "Kansas",
    ),
    (
        "kc2",
        "Man shot in KCK",
        "https://www.example.com/news/a-shooting",
        "KANSAS CITY, Kan. — A man was wounded in a shooting on Sunday, police said.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "kc3",
        "Kansas City shooting",
        "https://www.example.com/news/a-shooting",
        (
            "KANSAS CITY, Mo. — A man was killed in a shooting on Prospect Avenue, Kansas City "
            "police said."
        ),
        ("Kansas City",),
        "Missouri",
    ),
    (
        "wa1",
        "Washington shooting",
        "https://www.example.com/news/a-shooting",
        (
            "WASHINGTON, N.C. — A man was shot on Saturday, Washington police said. Beaufort "
            "County deputies assisted."
        ),
        ("Washington",),
        "North Carolina",
    ),
    (
        "wa2",
        "Man shot in Washington",
        "https://www.example.com/news/a-shooting",
        "WASHINGTON, Pa. — A man was shot on Main Street on Friday, Washington police said.",
        ("Washington",),
        "Pennsylvania",
    ),
    (
        "vi1",
        "Vienna shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Vienna on Saturday, Fairfax County police said. The shooting "
            "happened near Maple Avenue."
        ),
        ("Vienna",),
        "Virginia",
    ),
    (
        "vi2",
        "Gunman attacks Vienna",
        "https://www.reuters.com/world/europe/gunman-vienna-2024/",
        (
            "VIENNA (Reuters) - A gunman wounded two people in central Vienna on Monday, "
            "Austrian police said."
        ),
        ("Vienna",),
        "Austria",
    ),
    (
        "be1",
        "Berlin shooting",
        "https://www.example.com/news/a-shooting",
        (
            "BERLIN, N.H. — A man was shot on Saturday, Berlin police said. Coos County "
            "attorney's office is investigating."
        ),
        ("Berlin",),
        "New Hampshire",
    ),
    (
        "be2",
        "Man shot in Berlin",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Berlin, Connecticut, on Friday, state police said.",
        ("Berlin",),
        "Connecticut",
    ),
    (
        "be3",
        "Shots in Berlin",
        "https://www.reuters.com/world/europe/shots-berlin-2024/",
        "BERLIN (Reuters) - A man was shot dead in a Berlin street on Sunday, German police said.",
        ("Berlin",),
        "Germany",
    ),
    (
        "to1",
        "Toledo shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Toledo on Saturday, police said. Lucas County coroner's office "
            "will perform an autopsy."
        ),
        ("Toledo",),
        "Ohio",
    ),
    (
        "to2",
        "Man shot in Toledo",
        "https://www.example.com/news/a-shooting",
        (
            "TOLEDO, Ohio — A man was wounded in a shooting on the city's north side on Sunday, "
            "Toledo police said."
        ),
        ("Toledo",),
        "Ohio",
    ),
    (
        "de1",
        "Delhi shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Delhi on Saturday, Richland Parish sheriff's deputies said.",
        ("Delhi",),
        "Louisiana",
    ),
    (
        "de2",
        "Man shot dead in Delhi",
        "https://www.reuters.com/world/india/man-shot-dead-2024/",
        (
            "NEW DELHI (Reuters) - A businessman was shot dead in his car in Delhi on Monday, "
            "Indian police said."
        ),
        ("New Delhi", "Delhi"),
        "India",
    ),
    (
        "mx1",
        "Mexico shooting",
        "https://www.example.com/news/a-shooting",
        (
            "MEXICO, Mo. — A man was shot on Saturday, Mexico police said. Audrain County "
            "deputies assisted."
        ),
        ("Mexico",),
        "Missouri",
    ),
    (
        "mx2",
        "Man shot in Mexico",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Mexico, Missouri, on Friday, police said.",
        ("Mexico",),
        "Missouri",
    ),
    (
        "pe1",
        "Peru shooting",
        "https://www.example.com/news/a-shooting",
        (
            "PERU, Ind. — A man was shot on Saturday night, Peru police said. Miami County "
            "deputies helped."
        ),
        ("Peru",),
        "Indiana",
    ),
    (
        "pe2",
        "Man shot in Peru",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Peru, Indiana, on Friday. Indiana State Police are investigating.",
        ("Peru",),
        "Indiana",
    ),
    (
        "ls1",
        "Lisbon shooting",
        "https://www.example.com/news/a-shooting",
        (
            "LISBON, Ohio — A man was shot on Saturday, Lisbon police said. Columbiana County "
            "deputies assisted."
        ),
        ("Lisbon",),
        "Ohio",
    ),
    (
        "ls2",
        "Man shot in Lisbon",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Lisbon, Maine, on Sunday, Androscoggin County sheriff's deputies said.",
        ("Lisbon",),
        "Maine",
    ),
    (
        "bf1",
        "Belfast shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Belfast, Maine, on Saturday, Waldo County sheriff's deputies said.",
        ("Belfast",),
        "Maine",
    ),
    (
        "bf2",
        "Man shot in Belfast",
        "https://www.bbc.com/news/uk-northern-ireland-123",
        "A man was shot in the legs in west Belfast on Saturday night, the PSNI said.",
        ("Belfast",),
        "United Kingdom",
    ),
    (
        "mc1",
        "Manchester shooting",
        "https://www.example.com/news/a-shooting",
        (
            "MANCHESTER, N.H. — A man was shot on Saturday, Manchester police said. "
            "Hillsborough County attorney is investigating."
        ),
        ("Manchester",),
        "New Hampshire",
    ),
    (
        "mc2",
        "Man shot in Manchester",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Manchester, Connecticut, on Friday, Manchester police said.",
        ("Manchester",),
        "Connecticut",
    ),
    (
        "mc3",
        "Man shot in Manchester",
        "https://www.bbc.com/news/uk-england-manchester-123",
        "A man has been shot in Moss Side, Manchester, Greater Manchester Police said.",
        ("Manchester", "Moss Side"),
        "United Kingdom",
    ),
    (
        "bh1",
        "Birmingham shooting",
        "https://www.example.com/news/a-shooting",
        (
            "BIRMINGHAM, Ala. — A man was shot and killed on Saturday, Birmingham police said. "
            "Jefferson County coroner identified him."
        ),
        ("Birmingham",),
        "Alabama",
    ),
    (
        "bh2",
        "Man shot in Birmingham",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Birmingham on Sunday, police said. The Jefferson County "
            "Coroner's Office said he died at UAB Hospital."
        ),
        ("Birmingham",),
        "Alabama",
    ),
    (
        "bh3",
        "Man shot in Birmingham",
        "https://www.bbc.com/news/uk-england-birmingham-123",
        "A man has been shot in Handsworth, Birmingham, West Midlands Police said.",
        ("Birmingham", "Handsworth"),
        "United Kingdom",
    ),
    (
        "ld1",
        "London shooting",
        "https://www.example.com/news/a-shooting",
        (
            "LONDON, Ky. — A man was shot on Saturday, London police said. Laurel County "
            "deputies assisted."
        ),
        ("London",),
        "Kentucky",
    ),
    (
        "ld2",
        "Man shot in London",
        "https://www.example.com/news/a-shooting",
        "A man was shot in London on Saturday, Laurel County sheriff's deputies said.",
        ("London",),
        "Kentucky",
    ),
    (
        "od1",
        "Odessa shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Odessa on Saturday, Ector County sheriff's deputies said.",
        ("Odessa",),
        "Texas",
    ),
    (
        "np1",
        "Naples shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Naples on Saturday, Collier County sheriff's deputies said.",
        ("Naples",),
        "Florida",
    ),
    (
        "ml1",
        "Melbourne shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Melbourne on Saturday, police said. Brevard County deputies assisted.",
        ("Melbourne",),
        "Florida",
    ),
    (
        "ws1",
        "Warsaw shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Warsaw on Saturday, Kosciusko County sheriff's deputies said.",
        ("Warsaw",),
        "Indiana",
    ),
    (
        "pl1",
        "Palestine shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Palestine on Saturday, Anderson County sheriff's deputies said.",
        ("Palestine",),
        "Texas",
    ),
    (
        "hm1",
        "Hamilton shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Hamilton on Saturday, Hamilton police said. Butler County "
            "deputies assisted."
        ),
        ("Hamilton",),
        "Ohio",
    ),
    (
        "ox1",
        "Oxford shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Oxford on Saturday, Lafayette County sheriff's deputies said.",
        ("Oxford",),
        "Mississippi",
    ),
    (
        "zp1",
        "Shooting on Main Street",
        "https://www.example.com/news/a-shooting",
        "A man was shot at a house on Main Street in Lebanon, PA 17042, on Saturday, police said.",
        ("Lebanon",),
        "Pennsylvania",
    ),
    (
        "iw1",
        "Shooting off interstate",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot at a rest stop off Interstate 65 in Athens on Saturday, Limestone "
            "County deputies said."
        ),
        ("Athens",),
        "Alabama",
    ),
    (
        "tw1",
        "Hamilton Township shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Hamilton Township on Saturday, police said. Mercer County "
            "prosecutor's office is investigating."
        ),
        ("Hamilton Township", "Hamilton"),
        "New Jersey",
    ),
    (
        "tw2",
        "Lower Merion shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Lower Merion on Saturday, Lower Merion police said. Montgomery "
            "County detectives assisted."
        ),
        ("Lower Merion", "Lower Merion Township"),
        "Pennsylvania",
    ),
    (
        "tw3",
        "Lower Paxton shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Lower Paxton Township on Saturday, police said. Dauphin County "
            "District Attorney is investigating."
        ),
        ("Lower Paxton", "Lower Paxton Township"),
        "Pennsylvania",
    ),
    (
        "tw4",
        "Bloomfield Township shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Bloomfield Township on Saturday, Oakland County sheriff's "
            "deputies said."
        ),
        ("Bloomfield Township", "Bloomfield"),
        "Michigan",
    ),
    (
        "tw5",
        "Upper Moreland shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Upper Moreland on Saturday, Upper Moreland police said.",
        ("Upper Moreland", "Upper Moreland Township"),
        "Pennsylvania",
    ),
    (
        "tw6",
        "Cheltenham shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Cheltenham Township on Saturday, police said. Montgomery County "
            "detectives assisted."
        ),
        ("Cheltenham", "Cheltenham Township"),
        "Pennsylvania",
    ),
    (
        "tw7",
        "Lower Paxton shooting",
        "https://www.pennlive.com/news/2024/05/lower-paxton-shooting.html",
        "Lower Paxton Township police said a man was wounded in a shooting on Saturday.",
        ("Lower Paxton", "Lower Paxton Township"),
        "Pennsylvania",
    ),
    (
        "tw8",
        "Upper Moreland shooting",
        "https://www.inquirer.com/news/upper-moreland-shooting-20240505.html",
        "A man was shot in Upper Moreland Township on Saturday, police said.",
        ("Upper Moreland", "Upper Moreland Township"),
        "Pennsylvania",
    ),
    (
        "tw9",
        "Shooting",
        "https://www.example.com/news/a-shooting",
        "WILLOW GROVE, Pa. — A man was shot in Upper Moreland Township on Saturday, police said.",
        ("Upper Moreland", "Upper Moreland Township", "Willow Grove"),
        "Pennsylvania",
    ),
    (
        "tw10",
        "Bensalem shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Bensalem Township, Bucks County, on Saturday, police said.",
        ("Bensalem", "Bensalem Township"),
        "Pennsylvania",
    ),
    (
        "tw11",
        "Clinton Township shooting",
        "https://www.example.com/news/a-shooting",
        "A man was shot in Clinton Township on Saturday, Macomb County sheriff's deputies said.",
        ("Clinton Township", "Clinton"),
        "Michigan",
    ),
    (
        "tw12",
        "Canton Township shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Canton Township on Saturday, police said. Wayne County "
            "prosecutor's office is reviewing the case."
        ),
        ("Canton Township", "Canton"),
        "Michigan",
    ),
    (
        "tw13",
        "Abington shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Abington Township on Saturday, police said. Montgomery County "
            "detectives assisted."
        ),
        ("Abington", "Abington Township"),
        "Pennsylvania",
    ),
    (
        "tw14",
        "Haverford shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Haverford Township on Saturday, police said. Delaware County "
            "District Attorney is investigating."
        ),
        ("Haverford", "Haverford Township"),
        "Pennsylvania",
    ),
    (
        "tw15",
        "Woodbridge shooting",
        "https://www.example.com/news/a-shooting",
        (
            "A man was shot in Woodbridge Township on Saturday, police said. Middlesex County "
            "prosecutor's office is investigating."
        ),
        ("Woodbridge", "Woodbridge Township"),
        "New Jersey",
    ),
    (
        "tw16",
        "Lower Merion",
        "https://www.mainlinemedianews.com/2024/05/05/lower-merion-shooting/",
        (
            "Lower Merion police are investigating a shooting in Ardmore that wounded a man on "
            "Saturday."
        ),
        ("Ardmore", "Lower Merion", "Lower Merion Township"),
        "Pennsylvania",
    ),
    (
        "pf1",
        "Teen shot in Gentilly",
        "https://www.nola.com/news/crime_police/article_abc.html",
        (
            "A 17-year-old was shot Saturday night in Gentilly, the NOPD said. He was taken to "
            "University Medical Center."
        ),
        ("New Orleans", "Gentilly"),
        "Louisiana",
    ),
    (
        "pf2",
        "Man wounded in Dorchester",
        "https://www.bostonglobe.com/2024/05/05/metro/man-wounded-dorchester/",
        "A man was wounded by gunfire in Dorchester late Saturday, police said.",
        ("Boston", "Dorchester"),
        "Massachusetts",
    ),
    (
        "pf3",
        "Two shot in Brighton",
        "https://www.bostonglobe.com/2024/05/05/metro/two-shot-brighton/",
        "Two people were shot on Sunday afternoon in Brighton, according to police.",
        ("Boston", "Brighton"),
        "Massachusetts",
    ),
    (
        "pf4",
        "Man killed in Kensington",
        "https://www.inquirer.com/news/kensington-shooting-20240505.html",
        (
            "A man was shot and killed in Kensington early Sunday, police said. Officers found "
            "him on a sidewalk near Allegheny Avenue."
        ),
        ("Philadelphia", "Kensington"),
        "Pennsylvania",
    ),
    (
        "pf5",
        "Shooting in Pilsen",
        "https://www.chicagotribune.com/2024/05/05/pilsen-shooting/",
        "A woman was shot in Pilsen on Saturday evening, police said.",
        ("Chicago", "Pilsen"),
        "Illinois",
    ),
    (
        "pf6",
        "Shots fired in Kingsessing",
        "https://www.inquirer.com/news/kingsessing-20240505.html",
        "A teenager was wounded in Kingsessing on Friday, police said.",
        ("Philadelphia", "Kingsessing"),
        "Pennsylvania",
    ),
    (
        "pf7",
        "Man shot in Mattapan",
        "https://www.bostonglobe.com/2024/05/05/metro/mattapan/",
        "A man was shot in Mattapan on Sunday, police said.",
        ("Boston", "Mattapan"),
        "Massachusetts",
    ),
    (
        "pf8",
        "Paris attack",
        "https://www.nytimes.com/2024/05/05/world/europe/paris-attack.html",
        (
            "A gunman wounded three people outside a bar in Paris on Saturday, the French "
            "authorities said."
        ),
        ("Paris",),
        "France",
    ),
    (
        "pf9",
        "Shooting in Marseille",
        "https://www.dallasnews.com/news/world/2024/05/05/marseille/",
        (
            "Two men were shot dead in a drug-related attack in Marseille on Saturday, "
            "prosecutors said."
        ),
        ("Marseille",),
        "France",
    ),
    (
        "pf10",
        "Gunfire in Toulouse",
        "https://www.tennessean.com/story/news/world/2024/05/05/toulouse/",
        "A gunman wounded two people in Toulouse on Saturday, officials said.",
        ("Toulouse",),
        "France",
    ),
    (
        "pf11",
        "Man shot in Frayser",
        "https://www.commercialappeal.com/story/news/crime/2024/05/05/frayser/",
        "A man was shot in Frayser on Sunday, police said.",
        ("Memphis", "Frayser"),
        "Tennessee",
    ),
    (
        "pf12",
        "Man shot in Bordeaux",
        "https://www.wkrn.com/news/local-news/nashville/man-shot-bordeaux/",
        "A man was shot on Clarksville Pike in Bordeaux early Sunday, police said.",
        ("Nashville", "Bordeaux"),
        "Tennessee",
    ),
]

# the rows still missed, and why
MISSED = {
    "al2": "a US town's own police and a route number only: Alexandria, Egypt is a world city",
    "al3": "an outlet the list lacks, and no US wording: Alexandria alone is Egypt's",
    "nb3": "Madison, Alabama lies within the Nashville outlet's 250 km, and no Madison row "
    "of Tennessee",
    "mc3": '"Moss Side, Manchester" reads Manchester as Jamaica\'s parish (a qualifier)',
    "tw5": "Upper Moreland's USPS row needs its county or state named (`where.townships`): "
    "none is, and its own police do not say the state",
    "tw16": "Lower Merion's USPS row needs its county or state named (an outlet the list "
    "lacks): Ardmore is read alone (Oklahoma's)",
}


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    return table_events(PROBES)


@pytest.mark.parametrize(("pid", "towns", "region"), probe_params(PROBES, MISSED, (4, 5)))
def test_a_report_is_placed_in_its_town(
    events: dict[str, Event], pid: str, towns: tuple[str, ...], region: str
) -> None:
    assert_placed(events[pid], towns, region)


def _one(text: str, url: str = "https://www.example.com/news/a-shooting") -> Event:
    return analysed_event(text, title="Shooting", url=url, published="2024-05-06T12:00:00Z")


def test_a_county_opening_a_sentence_keeps_its_first_word() -> None:
    # "Rapides" is a word of the lexicon: at a sentence's start it was read as one, and
    # "Parish" alone named nothing (`_Scanner.opens_named_county`)
    ev = _one(
        "Rapides Parish deputies are looking for a gunman who shot a man outside a "
        "store in Alexandria on Sunday evening."
    )
    assert (ev.location, ev.admin2, ev.admin1) == ("Alexandria", "Rapides Parish", "Louisiana")


def test_a_county_the_model_takes_for_a_person_is_a_county() -> None:
    # the model reads "Rapides Parish" before "deputies said" as a person's name
    # (`candidates._county_by_its_kind`)
    ev = _one(
        "A gunman shot a man outside a store in Alexandria on Sunday evening, Rapides "
        "Parish deputies said."
    )
    assert (ev.location, ev.admin2, ev.admin1) == ("Alexandria", "Rapides Parish", "Louisiana")


@pytest.mark.parametrize(
    ("text", "us"),
    [
        ("Sheriff's deputies found the man in a ditch.", True),
        ("The shooting happened off Interstate 395 near the exit.", True),
        ("Traffic on I-95 was stopped for an hour.", True),
        ("He was driving on U.S. Route 1 when shots were fired.", True),
        ("State troopers closed the road.", True),
        ("The district attorney's office will review the case.", True),
        # the world's press: a Scottish sheriff sits in a court, a route has no US number
        ("The case was heard at the sheriff court in Paisley.", False),
        ("He was driving on the N7 when shots were fired.", False),
    ],
)
def test_us_only_wordings(text: str, us: bool) -> None:
    assert _us_wording(text) is us


def test_an_interstate_keeps_a_namesake_of_a_world_city_at_home() -> None:
    ev = _one("Two men were shot in Alexandria on Monday near an exit of Interstate 395.")
    assert (ev.location, ev.admin1) == ("Alexandria", "Virginia")


def test_a_zip_code_after_a_state_names_the_state() -> None:
    ev = _one("A man was shot at a house on Main Street in Lebanon, PA 17042, on Saturday.")
    assert (ev.location, ev.admin1) == ("Lebanon", "Pennsylvania")
    # a ZIP code of another state than the one written is no address of it
    ev = _one("A man was shot at a house on Main Street in Lebanon, OH 17042, on Saturday.")
    assert ev.admin1 != "Pennsylvania"


def test_upper_and_lower_townships_are_no_namesake_of_the_rest_of_the_name() -> None:
    ev = _one("A man was shot in Upper Moreland Township on Saturday, police said.")
    assert ev.country != "Australia"
    ev = _one(
        "A man was shot in Upper Moreland Township on Saturday, police said.",
        "https://www.inquirer.com/news/upper-moreland-shooting-20240505.html",
    )
    assert (ev.location, ev.admin1) == ("Upper Moreland", "Pennsylvania")
    # a big city's part is still the city's
    ev = _one("A man was shot in Lower Manhattan on Saturday, police said.")
    assert (ev.location, ev.admin1) == ("Manhattan", "New York")


@pytest.mark.parametrize(
    ("url", "location", "country"),
    [
        # a Nashville paper's story: Nashville's Bordeaux
        (
            "https://www.tennessean.com/story/news/crime/2024/05/05/shooting/",
            "Nashville",
            "United States",
        ),
        # the same paper's world desk: France's
        (
            "https://www.tennessean.com/story/news/world/2024/05/05/shooting/",
            "Bordeaux",
            "France",
        ),
        # a wire's own site: France's
        ("https://www.reuters.com/world/europe/shooting-2024-05-05/", "Bordeaux", "France"),
    ],
)
def test_a_foreign_namesake_in_a_us_city_outlet_is_the_citys_part(
    url: str, location: str, country: str
) -> None:
    ev = _one("A man was shot in Bordeaux early Sunday, police said.", url)
    assert (ev.location, ev.country) == (location, country)


def test_world_sections() -> None:
    assert world_section("https://www.dallasnews.com/news/world/2024/05/05/marseille/")
    assert world_section("https://www.kare11.com/article/news/nation-world/abc")
    assert not world_section("https://www.dallasnews.com/news/crime/2024/05/05/world-cup/")
    assert not world_section(None)


def test_a_metro_force_names_its_city() -> None:
    # "Metro Nashville police": the city's name inside the force's is no partial name
    ev = _one("Metro Nashville police are investigating a shooting that left a woman hurt.")
    assert (ev.location, ev.admin1) == ("Nashville", "Tennessee")
