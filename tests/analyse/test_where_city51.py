"""analyse/where: invented US local-news reports of a shooting in a small town that the
headline or the lede files under its county ("Boy, 4, shot in Bertie County", "the Wilcox
County Sheriff's Office said"), the town named in the same or a later sentence (h-city51).

GeoNames' list of towns of 1,000 people or more gives each its county; a smaller town took the
county of the nearest bigger one, which near a county line is the neighbour's (Aulander, in
Bertie County, N.C., was Hertford's). The town then read as lying outside the county the text
names, and the event went to the county's seat (Windsor, Eutaw, Camden...). Fixed in the
gazetteer: such a town takes the county of its own ZIP codes (`gazetteer._usps_county`). The
places and outlets are real, the events and every sentence invented. On main (f3d0db1): 1 of
9 right (k04); here 9, and the controls as on main.
"""

from __future__ import annotations

from .where_helpers import probe_table

U = "https://www.example-news.com/story/"

# (id, headline, address, text, the town, the state): k* a small town and its county named,
# x* controls (a county alone, a town of its own county, a home in another county)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "k01",
        "Boy, 4, shot in Bertie County",
        U + "k01",
        (
            "A four-year-old boy was shot Sunday afternoon, according to the Bertie County "
            "Sheriff's Office.\n\nThe boy was taken to a hospital with injuries that are not "
            "life-threatening. Deputies said they are still investigating how he got hold of "
            "the gun.\n\nThe shooting happened at a home on Granville Street in Aulander, "
            "deputies said."
        ),
        ("Aulander",),
        "North Carolina",
    ),
    (
        "k02",
        "Man killed in Greene County shooting",
        U + "k02",
        (
            "Greene County deputies are investigating the death of a man who was shot Saturday "
            "night in Forkland.\n\nSheriff Joe Bell said the man was found in the yard of a "
            "home and died at the scene. A suspect was taken into custody."
        ),
        ("Forkland",),
        "Alabama",
    ),
    (
        "k03",
        "Wilcox County woman wounded",
        U + "k03",
        (
            "CAMDEN, Ala. - A woman was wounded by gunfire Friday at a house in Pine Hill, the "
            "Wilcox County Sheriff's Office said. She was flown to a hospital in Montgomery."
        ),
        ("Pine Hill",),
        "Alabama",
    ),
    (
        "k04",
        "Teen shot in Colbert County",
        U + "k04",
        (
            "A 16-year-old was shot in the leg late Tuesday, the Colbert County Sheriff's "
            "Office said.\n\nInvestigators said several young men had been arguing outside a "
            "convenience store. The teen was taken to a hospital in Sheffield.\n\nThe store is "
            "on Main Street in Leighton."
        ),
        ("Leighton",),
        "Alabama",
    ),
    (
        "k05",
        "Woodruff County deputies: man shot during argument",
        U + "k05",
        (
            "Woodruff County deputies say a man was shot during an argument Sunday.\n\nThe man "
            "was taken to a hospital. Deputies arrested his neighbor.\n\nThe shooting happened "
            "at a home in Cotton Plant, Sheriff Phil Reed said."
        ),
        ("Cotton Plant",),
        "Arkansas",
    ),
    (
        "k06",
        "Phillips County shooting leaves one dead",
        U + "k06",
        (
            "One man is dead after a shooting Saturday night in Phillips County.\n\nThe "
            "Phillips County Sheriff's Office said deputies found the man in a car on a road in "
            "Elaine. He had been shot several times."
        ),
        ("Elaine",),
        "Arkansas",
    ),
    (
        "k07",
        "Ouachita County man charged in shooting",
        U + "k07",
        (
            "An Ouachita County man has been charged with first-degree battery after a "
            "shooting Thursday.\n\nThe Ouachita County Sheriff's Office said a woman was shot "
            "in the arm at a residence in Bearden. She was treated and released."
        ),
        ("Bearden",),
        "Arkansas",
    ),
    (
        "k08",
        "Cullman County deputies investigate shooting",
        U + "k08",
        (
            "Cullman County deputies investigated a shooting Monday that left a man wounded.\n\n"
            "The man was shot in the chest at a house on County Road 1 in Holly Pond. He was "
            "airlifted to a Birmingham hospital."
        ),
        ("Holly Pond",),
        "Alabama",
    ),
    (
        "k09",
        "Coffee County man shot by relative",
        U + "k09",
        (
            "ENTERPRISE, Ala. - A Coffee County man was shot by a relative during a fight at his "
            "home in Kinston on Wednesday, the sheriff said. The relative was arrested."
        ),
        ("Kinston",),
        "Alabama",
    ),
    (
        "x01",
        "Man wounded in Bertie County",
        U + "x01",
        (
            "A man was wounded by gunfire Saturday night in Bertie County, the sheriff's office "
            "said. Deputies have not said where the shooting happened."
        ),
        ("Windsor",),  # the county alone: its seat
        "North Carolina",
    ),
    (
        "x02",
        "Woman shot in Colbert County",
        U + "x02",
        (
            "A woman was shot at a home in Tuscumbia on Friday, the Colbert County Sheriff's "
            "Office said. She was taken to a hospital."
        ),
        ("Tuscumbia",),
        "Alabama",
    ),
    (
        "x03",
        "Aulander man shot in Windsor",
        U + "x03",
        (
            "An Aulander man was shot Sunday outside a store on King Street in Windsor, "
            "Windsor police said. He was treated at a hospital."
        ),
        ("Windsor",),
        "North Carolina",
    ),
]

MISSED: dict[str, str] = {}

events, test_probe_is_placed = probe_table(PROBES, MISSED)
