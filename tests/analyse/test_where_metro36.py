"""analyse/where: invented reports of metro papers and stations on shootings in their suburbs,
unincorporated places and neighbourhoods (h-city36).

Chicago, Atlanta, Houston, Detroit, Phoenix, Denver, Seattle, St. Louis, Cleveland, Charlotte,
Sacramento and Tampa outlets: "in unincorporated Cook County near Harvey", "the Fulton County
Sheriff's Office said", "in the 1200 block of Oak Street in Maple Heights", a county deputy,
"north of the city limits", a census place told as "the Bay Point area", a mailing address's
town ("a Decatur address" in unincorporated DeKalb), "just outside", and the big city's own
neighbourhoods named alone, many of them namesakes of hamlets of the same state (Buckhead,
Dutchtown, Kinsman) or of towns far off (Oak Park). The true answer is GVA's convention: the
town where it happened, a neighbourhood written as its city, an unincorporated place as its
census place or its county. Sentences written here; the places and outlets are real, the events
invented. Written and run on main first (7bccfeb): 264 of 278 right there, 277 here.

Rules (`where/city_parts.py`): a hamlet of the city's state far from it, or a town found only
under another name ("Antioch", Marion County's New Hope), or a small town past the city's
market, is an unknown part of the big city whose police the text quotes first
(`_policed_far_part`); a named area the gazetteer lacks ("the Westwood area", "Ybor City") in a
big city whose police the text quotes first is a part of it (`_policed_area`); and "Feb." with
its dot is a month, no part of a town's name (`scanner._month_or_day`); the active "drove him
to an Aurora hospital", "took him to a hospital in Aurora" carry the wounded as "taken" does
(`scanner._carried_to_care`).
"""

from __future__ import annotations

import pytest

from newsfold.analyse.where.scanner import _month_or_day
from newsfold.records import Event

from .where_helpers import assert_placed, probe_params, table_events

# (id, headline, address, text, the town (or its other accepted names; an unincorporated
# place's county too), the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    # --- suburbs and unincorporated places of twelve metro areas
    (
        "c01",
        "Man shot in unincorporated Cook County",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-20240505-story.html",
        (
            "A 34-year-old man was shot Saturday night in unincorporated Cook County near Harvey, "
            "the Cook County sheriff's office said. Deputies found him in a car on 147th Street."
        ),
        ("Harvey", "Cook County"),
        "Illinois",
    ),
    (
        "c02",
        "Teen wounded in Maywood",
        "https://www.nbcchicago.com/news/local/teen-wounded-maywood/",
        (
            "A boy, 16, was wounded in the leg Sunday afternoon in the 1100 block of South 5th "
            "Avenue in west suburban Maywood, police said."
        ),
        ("Maywood",),
        "Illinois",
    ),
    (
        "c03",
        "Woman killed in Englewood",
        "https://chicago.suntimes.com/crime/2024/5/5/woman-killed-englewood",
        (
            "A woman was shot to death early Sunday in Englewood on the South Side. She was "
            "standing on a porch in the 6400 block of South Morgan Street when someone opened fire,"
            " police said."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "c04",
        "Man shot near Dolton",
        "https://wgntv.com/news/man-shot-near-dolton/",
        (
            "A man was wounded in a shooting just outside Dolton on Monday. The Cook County "
            "Sheriff's Police said the shooting happened in an unincorporated pocket near Dolton "
            "along Lincoln Avenue."
        ),
        ("Dolton", "Cook County"),
        "Illinois",
    ),
    (
        "c05",
        "Two shot in Calumet City",
        "https://www.chicagotribune.com/news/breaking/ct-calumet-city-shooting-story.html",
        (
            "Two men were shot outside a bar in Calumet City late Friday, according to Calumet City"
            " police. Both were taken to hospitals in stable condition."
        ),
        ("Calumet City",),
        "Illinois",
    ),
    (
        "c06",
        "Man killed in Austin neighborhood",
        "https://chicago.suntimes.com/crime/2024/5/6/austin-man-killed",
        (
            "A man was shot and killed Monday in the West Side's Austin neighborhood, Chicago "
            "police said. He was found in an alley in the 5000 block of West Madison Street."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "c07",
        "Deputies investigate shooting",
        "https://www.dailyherald.com/news/20240505/deputies-investigate-shooting",
        (
            "A man was shot Sunday in unincorporated Lake County near Round Lake Beach, the Lake "
            "County sheriff's office said. Deputies were called to a home on Fairfield Road."
        ),
        ("Round Lake Beach", "Lake County"),
        "Illinois",
    ),
    (
        "c08",
        "Woman shot in Pilsen",
        "https://www.nbcchicago.com/news/local/woman-shot-pilsen/",
        (
            "A woman was shot in the arm Saturday in Pilsen while walking on 18th Street, according"
            " to police. She was taken to Stroger Hospital."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "c09",
        "Man shot on Chicago's Far South Side",
        "https://wgntv.com/news/roseland-shooting/",
        (
            "A man was critically wounded Sunday in Roseland on the Far South Side. Officers found "
            "him in the 100 block of West 111th Street, police said."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "c10",
        "Shooting in Harvey leaves one dead",
        "https://www.chicagotribune.com/news/breaking/ct-harvey-shooting.html",
        (
            "One person died after a shooting in the south suburb of Harvey on Tuesday night, the "
            "Cook County medical examiner's office said. Harvey police are investigating."
        ),
        ("Harvey",),
        "Illinois",
    ),
    (
        "a01",
        "Man shot in unincorporated DeKalb",
        "https://www.ajc.com/news/crime/man-shot-unincorporated-dekalb/",
        (
            "A man was shot Saturday at an apartment complex with a Decatur address in "
            "unincorporated DeKalb County, DeKalb police said. The complex is on Memorial Drive."
        ),
        ("Decatur", "DeKalb County"),
        "Georgia",
    ),
    (
        "a02",
        "Deputies: man wounded",
        "https://www.11alive.com/article/news/crime/man-wounded/85-1234",
        (
            "A man was wounded in a shooting on Sunday, the Fulton County Sheriff's Office said. It"
            " happened in south Fulton County near Union City, deputies said."
        ),
        ("Union City", "Fulton County"),
        "Georgia",
    ),
    (
        "a03",
        "Teen killed in Buckhead",
        "https://www.wsbtv.com/news/local/atlanta/teen-killed-buckhead/",
        (
            "A teenager was shot and killed outside a restaurant in Buckhead on Saturday night, "
            "Atlanta police said."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "a04",
        "Shooting in Redan",
        "https://www.fox5atlanta.com/news/shooting-redan",
        (
            "A woman was shot Monday at a home in the Redan area of DeKalb County, police said. She"
            " is expected to recover."
        ),
        ("Redan", "DeKalb County"),
        "Georgia",
    ),
    (
        "a05",
        "Man shot in Kirkwood",
        "https://www.ajc.com/news/atlanta-news/man-shot-kirkwood/",
        (
            "A man was shot Sunday evening in Kirkwood, an east Atlanta neighborhood, Atlanta "
            "police said. Officers found him near Hosea L. Williams Drive."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "a06",
        "Clayton County shooting",
        "https://www.wsbtv.com/news/local/clayton-county/clayton-shooting/",
        (
            "A man was shot and killed Friday in the Riverdale area, Clayton County police said. "
            "Officers found him in the parking lot of a store on Highway 85."
        ),
        ("Riverdale", "Clayton County"),
        "Georgia",
    ),
    (
        "a07",
        "Woman killed in Candler-McAfee",
        "https://www.11alive.com/article/news/crime/candler-mcafee/85-5678",
        (
            "A woman was killed in a shooting in the Candler-McAfee community Saturday, according "
            "to DeKalb County police."
        ),
        ("Candler-McAfee", "DeKalb County"),
        "Georgia",
    ),
    (
        "a08",
        "Man shot in Ellenwood",
        "https://www.fox5atlanta.com/news/ellenwood-shooting",
        (
            "A man was shot at a gas station in Ellenwood on Sunday morning, Clayton County police "
            "said."
        ),
        ("Ellenwood", "Clayton County"),
        "Georgia",
    ),
    (
        "a09",
        "Shooting at Mableton home",
        "https://www.ajc.com/news/crime/mableton-shooting/",
        (
            "A man was wounded Saturday night at a home in Mableton, Cobb County police said. He "
            "was taken to a hospital in Marietta."
        ),
        ("Mableton",),
        "Georgia",
    ),
    (
        "a10",
        "Man shot in Old Fourth Ward",
        "https://www.wsbtv.com/news/local/atlanta/old-fourth-ward-shooting/",
        (
            "A man was shot early Sunday in the Old Fourth Ward, Atlanta police said. He was found "
            "on Boulevard near Edgewood Avenue."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "h01",
        "Man shot in Spring area",
        "https://www.khou.com/article/news/crime/spring-shooting/285-1234",
        (
            "A man was shot and killed in the Spring area on Saturday, according to the Harris "
            "County Sheriff's Office. Deputies were called to an apartment complex on Aldine "
            "Westfield Road."
        ),
        ("Spring", "Harris County"),
        "Texas",
    ),
    (
        "h02",
        "Deputy shoots suspect",
        "https://abc13.com/harris-county-deputy-shooting/1234/",
        (
            "A Harris County deputy shot a man during a traffic stop in north Harris County on "
            "Sunday, the sheriff said. He is in critical condition. The stop was near the Aldine "
            "area."
        ),
        ("Aldine", "Harris County"),
        "Texas",
    ),
    (
        "h03",
        "Woman shot in Channelview",
        "https://www.click2houston.com/news/local/2024/05/05/woman-shot-channelview/",
        (
            "A woman was shot at a home in Channelview on Saturday night, deputies said. Harris "
            "County sheriff's investigators are looking for a gunman."
        ),
        ("Channelview", "Harris County"),
        "Texas",
    ),
    (
        "h04",
        "Man killed in Third Ward",
        "https://www.houstonchronicle.com/news/houston-texas/crime/article/third-ward-shooting.php",
        (
            "A man was fatally shot Sunday in the Third Ward, Houston police said. Officers found "
            "him on Dowling Street."
        ),
        ("Houston",),
        "Texas",
    ),
    (
        "h05",
        "Teen wounded in Atascocita",
        "https://www.khou.com/article/news/crime/atascocita-teen/285-5678",
        (
            "A 17-year-old was wounded in a shooting in Atascocita on Monday evening, the Harris "
            "County Sheriff's Office said."
        ),
        ("Atascocita", "Harris County"),
        "Texas",
    ),
    (
        "h06",
        "Shooting in Pasadena",
        "https://abc13.com/pasadena-shooting/5678/",
        (
            "Two people were shot in the 1200 block of Richey Street in Pasadena on Friday night, "
            "Pasadena police said."
        ),
        ("Pasadena",),
        "Texas",
    ),
    (
        "h07",
        "Man shot in Mission Bend",
        "https://www.click2houston.com/news/local/2024/05/06/mission-bend-shooting/",
        (
            "A man was shot in the Mission Bend area of Fort Bend County on Sunday, the Fort Bend "
            "County Sheriff's Office said."
        ),
        ("Mission Bend", "Fort Bend County"),
        "Texas",
    ),
    (
        "h08",
        "Man shot in Cypress",
        "https://www.houstonchronicle.com/news/houston-texas/crime/article/cypress-shooting.php",
        (
            "A man was shot in northwest Harris County in the Cypress area on Saturday night, "
            "Harris County Precinct 4 constables said."
        ),
        ("Cypress", "Harris County"),
        "Texas",
    ),
    (
        "h09",
        "Woman killed in Baytown",
        "https://www.khou.com/article/news/crime/baytown-woman-killed/285-9012",
        "A woman was shot and killed at an apartment in Baytown on Sunday, Baytown police said.",
        ("Baytown",),
        "Texas",
    ),
    (
        "h10",
        "Man shot in Sunnyside",
        "https://abc13.com/sunnyside-shooting/9012/",
        (
            "A man was shot several times Monday in Sunnyside, Houston police said. He was taken to"
            " Ben Taub Hospital."
        ),
        ("Houston",),
        "Texas",
    ),
    (
        "d01",
        "Man shot in Redford Township",
        "https://www.freep.com/story/news/local/michigan/wayne/2024/05/05/redford-shooting/",
        (
            "A man was shot Saturday in Redford Township, police said. Officers found him outside a"
            " house on Beech Daly Road."
        ),
        ("Redford",),
        "Michigan",
    ),
    (
        "d02",
        "Woman wounded in Eastpointe",
        "https://www.clickondetroit.com/news/local/2024/05/05/eastpointe-shooting/",
        (
            "A woman was wounded in a shooting in Eastpointe on Sunday night, according to "
            "Eastpointe police."
        ),
        ("Eastpointe",),
        "Michigan",
    ),
    (
        "d03",
        "Man killed on Detroit's east side",
        "https://www.detroitnews.com/story/news/local/detroit-city/2024/05/05/east-side-shooting/",
        (
            "A man was shot and killed Sunday in the Osborn neighborhood on Detroit's east side, "
            "police said."
        ),
        ("Detroit",),
        "Michigan",
    ),
    (
        "d04",
        "Shooting in Inkster",
        "https://www.wxyz.com/news/inkster-shooting",
        "A teenager was shot Monday in the 2900 block of Inkster Road in Inkster, police said.",
        ("Inkster",),
        "Michigan",
    ),
    (
        "d05",
        "Man shot in Clinton Township",
        "https://www.macombdaily.com/2024/05/05/clinton-township-shooting/",
        (
            "A man was shot at an apartment complex in Clinton Township on Saturday, township "
            "police said."
        ),
        ("Clinton Township", "Clinton"),
        "Michigan",
    ),
    (
        "d06",
        "Two shot in Highland Park",
        "https://www.freep.com/story/news/local/michigan/detroit/2024/05/06/highland-park-shooting/",
        (
            "Two men were shot on Woodward Avenue in Highland Park on Sunday, Michigan State Police"
            " said. Highland Park is surrounded by Detroit."
        ),
        ("Highland Park",),
        "Michigan",
    ),
    (
        "d07",
        "Man shot in Southwest Detroit",
        "https://www.clickondetroit.com/news/local/2024/05/06/southwest-detroit/",
        "A man was shot in Mexicantown on Saturday night, Detroit police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "d08",
        "Woman shot in Harper Woods",
        "https://www.detroitnews.com/story/news/local/wayne-county/2024/05/05/harper-woods/",
        (
            "A woman was shot outside a store in Harper Woods on Sunday, police said. Harper Woods "
            "police are looking for a man in a gray sedan."
        ),
        ("Harper Woods",),
        "Michigan",
    ),
    (
        "d09",
        "Shooting near Pontiac",
        "https://www.wxyz.com/news/waterford-shooting",
        (
            "A man was wounded in a shooting in Waterford Township, just outside Pontiac, on "
            "Sunday, the Oakland County Sheriff's Office said."
        ),
        ("Waterford",),
        "Michigan",
    ),
    (
        "p01",
        "Man shot in Maryvale",
        "https://www.azcentral.com/story/news/local/phoenix-breaking/2024/05/05/maryvale-shooting/",
        "A man was shot and killed in Maryvale on Saturday, Phoenix police said.",
        ("Phoenix",),
        "Arizona",
    ),
    (
        "p02",
        "Deputies investigate shooting",
        "https://www.abc15.com/news/crime/deputies-shooting",
        (
            "A man was shot in unincorporated Maricopa County near Sun City on Sunday, the Maricopa"
            " County Sheriff's Office said."
        ),
        ("Sun City", "Maricopa County"),
        "Arizona",
    ),
    (
        "p03",
        "Man shot in Laveen",
        "https://www.12news.com/article/news/crime/laveen-shooting/75-1234",
        (
            "A man was shot in Laveen on Sunday evening, Phoenix police said. He is expected to "
            "survive."
        ),
        ("Phoenix", "Laveen"),
        "Arizona",
    ),
    (
        "p04",
        "Woman shot in Guadalupe",
        "https://www.azfamily.com/2024/05/05/guadalupe-shooting/",
        (
            "A woman was shot in the town of Guadalupe late Saturday, the Maricopa County Sheriff's"
            " Office said. Deputies patrol the town under a contract."
        ),
        ("Guadalupe",),
        "Arizona",
    ),
    (
        "p05",
        "Teen shot in Ahwatukee",
        "https://www.abc15.com/news/ahwatukee-teen-shot",
        "A teenager was shot at a park in Ahwatukee on Monday, Phoenix police said.",
        ("Phoenix", "Ahwatukee"),
        "Arizona",
    ),
    (
        "p06",
        "Man killed in Glendale",
        "https://www.azcentral.com/story/news/local/glendale/2024/05/05/glendale-killing/",
        (
            "A man was fatally shot in the 5800 block of West Camelback Road in Glendale on Sunday,"
            " Glendale police said."
        ),
        ("Glendale",),
        "Arizona",
    ),
    (
        "p07",
        "Shooting in Anthem",
        "https://www.12news.com/article/news/crime/anthem-shooting/75-5678",
        (
            "A man was wounded in a shooting in Anthem on Saturday, the Maricopa County Sheriff's "
            "Office said."
        ),
        ("Anthem", "Maricopa County"),
        "Arizona",
    ),
    (
        "p08",
        "Man shot in Mesa",
        "https://www.fox10phoenix.com/news/mesa-man-shot",
        (
            "A man was shot near Main Street and Dobson Road in Mesa on Saturday night, Mesa police"
            " said."
        ),
        ("Mesa",),
        "Arizona",
    ),
    (
        "n01",
        "Man shot in Montbello",
        "https://www.denverpost.com/2024/05/05/montbello-shooting/",
        "A man was shot and killed in Montbello on Saturday night, Denver police said.",
        ("Denver",),
        "Colorado",
    ),
    (
        "n02",
        "Deputies: man shot near Welby",
        "https://www.9news.com/article/news/crime/welby-shooting/73-1234",
        (
            "A man was shot in unincorporated Adams County near Welby on Sunday, the Adams County "
            "Sheriff's Office said."
        ),
        ("Welby", "Adams County"),
        "Colorado",
    ),
    (
        "n03",
        "Woman shot in Commerce City",
        "https://kdvr.com/news/local/commerce-city-shooting/",
        (
            "A woman was shot in Commerce City on Sunday, Commerce City police said. She was taken "
            "to a hospital."
        ),
        ("Commerce City",),
        "Colorado",
    ),
    (
        "n04",
        "Shooting in Highlands Ranch",
        "https://www.denverpost.com/2024/05/06/highlands-ranch-shooting/",
        (
            "A man was shot at a home in Highlands Ranch on Monday, the Douglas County Sheriff's "
            "Office said."
        ),
        ("Highlands Ranch", "Douglas County"),
        "Colorado",
    ),
    (
        "n05",
        "Man killed in Five Points",
        "https://www.9news.com/article/news/crime/five-points-shooting/73-5678",
        (
            "A man was shot and killed in Five Points early Sunday, Denver police said. Officers "
            "found him on Welton Street."
        ),
        ("Denver",),
        "Colorado",
    ),
    (
        "n06",
        "Two hurt in Sherrelwood",
        "https://kdvr.com/news/local/sherrelwood-shooting/",
        (
            "Two people were hurt in a shooting in Sherrelwood, an unincorporated community in "
            "Adams County, on Saturday, deputies said."
        ),
        ("Sherrelwood", "Adams County"),
        "Colorado",
    ),
    (
        "n07",
        "Shooting in Englewood",
        "https://www.denverpost.com/2024/05/07/englewood-shooting/",
        "A man was shot outside a bar in Englewood on Saturday, Englewood police said.",
        ("Englewood",),
        "Colorado",
    ),
    (
        "n08",
        "Man shot in Thornton",
        "https://www.9news.com/article/news/crime/thornton-shooting/73-9012",
        (
            "A man was shot in the 9000 block of Washington Street in Thornton on Sunday, Thornton "
            "police said."
        ),
        ("Thornton",),
        "Colorado",
    ),
    (
        "s01",
        "Man shot in White Center",
        "https://www.seattletimes.com/seattle-news/crime/white-center-shooting/",
        (
            "A man was shot and killed in White Center on Saturday night, the King County Sheriff's"
            " Office said."
        ),
        ("White Center", "King County"),
        "Washington",
    ),
    (
        "s02",
        "Shooting in Skyway",
        "https://www.king5.com/article/news/crime/skyway-shooting/281-1234",
        "A man was wounded in a shooting in Skyway on Sunday, King County deputies said.",
        ("Skyway", "Bryn Mawr-Skyway", "King County"),
        "Washington",
    ),
    (
        "s03",
        "Woman shot in Spanaway",
        "https://komonews.com/news/local/spanaway-shooting",
        (
            "A woman was shot at a home in Spanaway on Saturday, the Pierce County Sheriff's "
            "Department said."
        ),
        ("Spanaway", "Pierce County"),
        "Washington",
    ),
    (
        "s04",
        "Man shot in Rainier Beach",
        "https://www.seattletimes.com/seattle-news/crime/rainier-beach-shooting/",
        "A man was shot in Rainier Beach on Sunday afternoon, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "s05",
        "Man killed in Burien",
        "https://www.king5.com/article/news/crime/burien-shooting/281-5678",
        (
            "A man was shot and killed in Burien on Saturday, according to the King County "
            "Sheriff's Office, which polices the city."
        ),
        ("Burien",),
        "Washington",
    ),
    (
        "s06",
        "Shooting in Parkland",
        "https://komonews.com/news/local/parkland-shooting",
        (
            "A teen was shot in Parkland, south of Tacoma, on Sunday night, Pierce County deputies "
            "said."
        ),
        ("Parkland", "Pierce County"),
        "Washington",
    ),
    (
        "s07",
        "Man shot in Lake City",
        "https://www.kiro7.com/news/local/lake-city-shooting/",
        (
            "A man was shot in Lake City on Monday, Seattle police said. Officers found him near "
            "Lake City Way Northeast."
        ),
        ("Seattle",),
        "Washington",
    ),
    (
        "s08",
        "Shooting in Tukwila",
        "https://www.seattletimes.com/seattle-news/crime/tukwila-shooting/",
        "Gunfire wounded a man at a mall in Tukwila on Saturday, Tukwila police said.",
        ("Tukwila",),
        "Washington",
    ),
    (
        "l01",
        "Man killed in Spanish Lake",
        "https://www.stltoday.com/news/local/crime-and-courts/spanish-lake-killing/",
        "A man was shot and killed in Spanish Lake on Saturday, St. Louis County police said.",
        ("Spanish Lake", "St. Louis County"),
        "Missouri",
    ),
    (
        "l02",
        "Man shot in Dutchtown",
        "https://www.ksdk.com/article/news/crime/dutchtown-shooting/63-1234",
        (
            "A man was shot in Dutchtown on Sunday, St. Louis police said. He was found in the 3600"
            " block of Meramec Street."
        ),
        ("St. Louis",),
        "Missouri",
    ),
    (
        "l03",
        "Shooting in Jennings",
        "https://fox2now.com/news/jennings-shooting/",
        (
            "A man was shot in Jennings on Sunday, St. Louis County police said. The county police "
            "patrol Jennings."
        ),
        ("Jennings",),
        "Missouri",
    ),
    (
        "l04",
        "Woman shot near Florissant",
        "https://www.stltoday.com/news/local/crime-and-courts/florissant-area/",
        (
            "A woman was shot in unincorporated St. Louis County near Florissant on Saturday, "
            "county police said."
        ),
        ("Florissant", "St. Louis County"),
        "Missouri",
    ),
    (
        "l05",
        "Man shot in Walnut Park",
        "https://www.ksdk.com/article/news/crime/walnut-park/63-5678",
        (
            "A man was shot in the city's Walnut Park East neighborhood on Sunday, St. Louis police"
            " said."
        ),
        ("St. Louis",),
        "Missouri",
    ),
    (
        "l06",
        "Shooting in East St. Louis",
        "https://fox2now.com/news/east-st-louis-shooting/",
        "A man was shot in East St. Louis on Saturday night, Illinois State Police said.",
        ("East St. Louis",),
        "Illinois",
    ),
    (
        "l07",
        "Man shot in Ferguson",
        "https://www.stltoday.com/news/local/crime-and-courts/ferguson-shooting/",
        "A man was shot outside an apartment in Ferguson on Sunday, Ferguson police said.",
        ("Ferguson",),
        "Missouri",
    ),
    (
        "l08",
        "Man killed in the Ville",
        "https://www.ksdk.com/article/news/crime/the-ville/63-9012",
        (
            "A man was shot and killed in the Ville neighborhood on Monday, police said. The "
            "shooting was in the 4300 block of Cote Brilliante Avenue."
        ),
        ("St. Louis",),
        "Missouri",
    ),
    (
        "v01",
        "Man shot in Maple Heights",
        "https://www.cleveland.com/news/2024/05/man-shot-maple-heights.html",
        (
            "Gunfire struck a man in the 1200 block of Oak Street in Maple Heights on Saturday, "
            "police said."
        ),
        ("Maple Heights",),
        "Ohio",
    ),
    (
        "v02",
        "Teen shot in Glenville",
        "https://www.wkyc.com/article/news/crime/glenville-shooting/95-1234",
        "A teenager was shot in Glenville on Sunday night, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "v03",
        "Shooting in East Cleveland",
        "https://fox8.com/news/east-cleveland-shooting/",
        "A man was shot in East Cleveland on Sunday, East Cleveland police said.",
        ("East Cleveland",),
        "Ohio",
    ),
    (
        "v04",
        "Woman killed in Slavic Village",
        "https://www.cleveland.com/news/2024/05/slavic-village-killing.html",
        (
            "A woman was shot and killed in Slavic Village on Saturday, police said. Officers found"
            " her on East 65th Street."
        ),
        ("Cleveland",),
        "Ohio",
    ),
    (
        "v05",
        "Man shot in Garfield Heights",
        "https://www.news5cleveland.com/news/local-news/garfield-heights-shooting",
        "A man was shot in Garfield Heights on Monday, Garfield Heights police said.",
        ("Garfield Heights",),
        "Ohio",
    ),
    (
        "v06",
        "Shooting in Euclid",
        "https://www.wkyc.com/article/news/crime/euclid-shooting/95-5678",
        (
            "Two people were hurt in a shooting on Lakeshore Boulevard in Euclid on Saturday, "
            "Euclid police said."
        ),
        ("Euclid",),
        "Ohio",
    ),
    (
        "v07",
        "Man shot in Hough",
        "https://fox8.com/news/hough-shooting/",
        "A man was shot on Hough Avenue in the Hough neighborhood on Sunday, police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "v08",
        "Shooting in Warrensville Heights",
        "https://www.cleveland.com/news/2024/05/warrensville-shooting.html",
        "A man was shot outside a gas station in Warrensville Heights on Friday, police said.",
        ("Warrensville Heights",),
        "Ohio",
    ),
    (
        "t01",
        "Man shot in NoDa",
        "https://www.charlotteobserver.com/news/local/crime/article1234.html",
        "A man was shot in NoDa early Sunday, Charlotte-Mecklenburg police said.",
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "t02",
        "Shooting in Matthews",
        "https://www.wsoctv.com/news/local/matthews-shooting/",
        "A man was shot at a shopping center in Matthews on Saturday, Matthews police said.",
        ("Matthews",),
        "North Carolina",
    ),
    (
        "t03",
        "Man killed in west Charlotte",
        "https://www.wbtv.com/2024/05/05/west-charlotte-killing/",
        (
            "A man was shot and killed on Beatties Ford Road in west Charlotte on Saturday, CMPD "
            "said."
        ),
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "t04",
        "Shooting near Huntersville",
        "https://www.wsoctv.com/news/local/huntersville-area/",
        (
            "A man was shot on Sunday on a road just outside the Huntersville town limits, the "
            "Mecklenburg County Sheriff's Office said."
        ),
        ("Huntersville", "Mecklenburg County"),
        "North Carolina",
    ),
    (
        "t05",
        "Woman shot in Gastonia",
        "https://www.charlotteobserver.com/news/local/crime/article5678.html",
        "A woman was shot in Gastonia on Monday, Gastonia police said.",
        ("Gastonia",),
        "North Carolina",
    ),
    (
        "t06",
        "Man shot in Plaza Midwood",
        "https://www.wcnc.com/article/news/crime/plaza-midwood/275-1234",
        "A man was shot in Plaza Midwood on Saturday night, police said.",
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "t07",
        "Shooting in Mint Hill",
        "https://www.wbtv.com/2024/05/06/mint-hill-shooting/",
        "A teenager was wounded in a shooting in Mint Hill on Sunday, Mint Hill police said.",
        ("Mint Hill",),
        "North Carolina",
    ),
    (
        "t08",
        "Man shot in Concord",
        "https://www.wsoctv.com/news/local/concord-shooting/",
        (
            "A man was shot in Concord on Saturday, Concord police said. He was taken to Atrium "
            "Health Cabarrus."
        ),
        ("Concord",),
        "North Carolina",
    ),
    (
        "r01",
        "Man shot in Bay Point area",
        "https://www.kcra.com/article/bay-point-shooting/1234",
        (
            "A man was shot in the Bay Point area on Sunday, the Contra Costa County Sheriff's "
            "Office said."
        ),
        ("Bay Point", "Contra Costa County"),
        "California",
    ),
    (
        "r02",
        "Man killed in Arden-Arcade",
        "https://www.sacbee.com/news/local/crime/article1234.html",
        (
            "A man was shot and killed in Arden-Arcade on Saturday, the Sacramento County Sheriff's"
            " Office said."
        ),
        ("Arden-Arcade", "Sacramento County"),
        "California",
    ),
    (
        "r03",
        "Shooting in Oak Park",
        "https://www.kcra.com/article/oak-park-shooting/5678",
        (
            "A man was shot in Oak Park on Sunday, Sacramento police said. Officers found him on "
            "Broadway."
        ),
        ("Sacramento",),
        "California",
    ),
    (
        "r04",
        "Woman shot in North Highlands",
        "https://abc10.com/article/news/crime/north-highlands/103-1234",
        "A woman was shot in North Highlands on Saturday, Sacramento County deputies said.",
        ("North Highlands", "Sacramento County"),
        "California",
    ),
    (
        "r05",
        "Shooting in Rancho Cordova",
        "https://www.sacbee.com/news/local/crime/article5678.html",
        "A man was shot in Rancho Cordova on Monday, Rancho Cordova police said.",
        ("Rancho Cordova",),
        "California",
    ),
    (
        "r06",
        "Man shot in Del Paso Heights",
        "https://www.kcra.com/article/del-paso-heights/9012",
        "A man was shot in Del Paso Heights on Saturday night, Sacramento police said.",
        ("Sacramento",),
        "California",
    ),
    (
        "r07",
        "Teen shot in Carmichael",
        "https://fox40.com/news/local-news/carmichael-teen-shot/",
        (
            "A teenager was shot in Carmichael on Sunday, according to the Sacramento County "
            "Sheriff's Office."
        ),
        ("Carmichael", "Sacramento County"),
        "California",
    ),
    (
        "r08",
        "Shooting in Rio Linda",
        "https://abc10.com/article/news/crime/rio-linda/103-5678",
        "A man was wounded in a shooting in Rio Linda on Saturday, deputies said.",
        ("Rio Linda", "Sacramento County"),
        "California",
    ),
    (
        "r09",
        "Man killed in Meadowview",
        "https://www.sacbee.com/news/local/crime/article9012.html",
        "A man was shot and killed in Meadowview on Sunday, Sacramento police said.",
        ("Sacramento",),
        "California",
    ),
    (
        "f01",
        "Man shot in Brandon",
        "https://www.tampabay.com/news/crime/2024/05/05/brandon-shooting/",
        "A man was shot in Brandon on Saturday, the Hillsborough County Sheriff's Office said.",
        ("Brandon", "Hillsborough County"),
        "Florida",
    ),
    (
        "f02",
        "Woman killed in Riverview",
        "https://www.wfla.com/news/hillsborough-county/riverview-woman-killed/",
        (
            "A woman was shot and killed at a home in Riverview on Sunday, Hillsborough County "
            "deputies said."
        ),
        ("Riverview", "Hillsborough County"),
        "Florida",
    ),
    (
        "f03",
        "Shooting in Ybor City",
        "https://www.fox13news.com/news/ybor-city-shooting",
        "Two people were shot in Ybor City early Sunday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "f04",
        "Man shot in Town 'n' Country",
        "https://www.tampabay.com/news/crime/2024/05/06/town-n-country/",
        "A man was shot in Town 'n' Country on Monday, deputies said.",
        ("Town 'n' Country", "Town n Country", "Hillsborough County"),
        "Florida",
    ),
    (
        "f05",
        "Shooting in Lealman",
        "https://www.wfla.com/news/pinellas-county/lealman-shooting/",
        "A man was shot in Lealman on Saturday, the Pinellas County Sheriff's Office said.",
        ("Lealman", "Pinellas County"),
        "Florida",
    ),
    (
        "f06",
        "Man shot in Sulphur Springs",
        "https://www.fox13news.com/news/sulphur-springs-shooting",
        "A man was shot in Sulphur Springs on Sunday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "f07",
        "Teen shot in Seffner",
        "https://www.tampabay.com/news/crime/2024/05/07/seffner-shooting/",
        (
            "A teen was shot in Seffner on Saturday night, according to the Hillsborough County "
            "Sheriff's Office."
        ),
        ("Seffner", "Hillsborough County"),
        "Florida",
    ),
    (
        "f08",
        "Shooting in Progress Village",
        "https://www.wfla.com/news/hillsborough-county/progress-village/",
        "A man was shot in Progress Village on Sunday, deputies said.",
        ("Progress Village", "Hillsborough County"),
        "Florida",
    ),
    (
        "f09",
        "Man shot in East Tampa",
        "https://www.tampabay.com/news/crime/2024/05/08/east-tampa/",
        "A man was shot in East Tampa on Sunday evening, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "x01",
        "Deputies: man shot",
        "https://www.wsbtv.com/news/local/gwinnett-county/deputies-man-shot/",
        (
            "A man was shot in the Lawrenceville area of Gwinnett County on Saturday, Gwinnett "
            "police said. The home has a Lawrenceville address but is outside the city limits."
        ),
        ("Lawrenceville", "Gwinnett County"),
        "Georgia",
    ),
    (
        "x02",
        "Shooting north of city limits",
        "https://www.charlotteobserver.com/news/local/crime/article9012.html",
        (
            "A man was shot Sunday on a road north of the Charlotte city limits, in northern "
            "Mecklenburg County, deputies said."
        ),
        ("Charlotte", "Mecklenburg County"),
        "North Carolina",
    ),
    (
        "x03",
        "Man shot in Fulton County",
        "https://www.ajc.com/news/crime/fulton-deputies/",
        (
            "The Fulton County Sheriff's Office said a man was shot Saturday at a home on Cascade "
            "Road in southwest Atlanta."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "x04",
        "Woman shot near Katy",
        "https://www.khou.com/article/news/crime/katy-area/285-3456",
        (
            "A woman was shot in the Katy area on Sunday, the Harris County Sheriff's Office said. "
            "Deputies were called to a home on Clay Road."
        ),
        ("Katy", "Harris County"),
        "Texas",
    ),
    (
        "x05",
        "Shooting in south Fulton",
        "https://www.11alive.com/article/news/crime/south-fulton/85-3456",
        "A man was shot in South Fulton on Saturday, South Fulton police said.",
        ("South Fulton",),
        "Georgia",
    ),
    (
        "x06",
        "Man shot outside Denver",
        "https://www.denverpost.com/2024/05/08/adams-county-shooting/",
        (
            "A man was shot in unincorporated Adams County just north of Denver on Sunday, deputies"
            " said."
        ),
        ("Denver", "Adams County"),
        "Colorado",
    ),
    (
        "x07",
        "Man shot in Humble area",
        "https://abc13.com/humble-area-shooting/3456/",
        (
            "A man was shot in the Humble area on Saturday night. Harris County sheriff's deputies "
            "found him in a driveway on Atascocita Road."
        ),
        ("Humble", "Atascocita", "Harris County"),
        "Texas",
    ),
    (
        "x08",
        "Man killed in unincorporated Pierce County",
        "https://www.king5.com/article/news/crime/pierce-county/281-9012",
        (
            "A man was killed in a shooting in unincorporated Pierce County near Lakewood on "
            "Sunday, deputies said."
        ),
        ("Lakewood", "Pierce County"),
        "Washington",
    ),
    (
        "x09",
        "Shooting in Cobb County",
        "https://www.ajc.com/news/crime/cobb-austell/",
        (
            "A man was shot at an apartment with an Austell address in unincorporated Cobb County "
            "on Saturday, Cobb police said."
        ),
        ("Austell", "Cobb County"),
        "Georgia",
    ),
    (
        "x10",
        "Man shot in Florin",
        "https://www.sacbee.com/news/local/crime/article3456.html",
        "A man was shot in the Florin area south of Sacramento on Saturday, deputies said.",
        ("Florin", "Sacramento County"),
        "California",
    ),
    (
        "x11",
        "Man shot in unincorporated Hillsborough",
        "https://www.tampabay.com/news/crime/2024/05/09/hillsborough/",
        (
            "A man was shot in unincorporated Hillsborough County near Plant City on Sunday, the "
            "sheriff's office said."
        ),
        ("Plant City", "Hillsborough County"),
        "Florida",
    ),
    (
        "x12",
        "Woman shot near Snohomish",
        "https://www.seattletimes.com/seattle-news/crime/snohomish-county-shooting/",
        (
            "A woman was shot in the Lake Stevens area on Saturday, the Snohomish County Sheriff's "
            "Office said."
        ),
        ("Lake Stevens", "Snohomish County"),
        "Washington",
    ),
    (
        "x13",
        "Shooting in Stone Mountain",
        "https://www.fox5atlanta.com/news/stone-mountain-shooting",
        (
            "A man was shot at an apartment with a Stone Mountain address on Saturday, DeKalb "
            "County police said."
        ),
        ("Stone Mountain", "DeKalb County"),
        "Georgia",
    ),
    (
        "x14",
        "Man shot in Dunwoody",
        "https://www.ajc.com/news/crime/dunwoody-shooting/",
        "A man was shot outside a hotel in Dunwoody on Sunday, Dunwoody police said.",
        ("Dunwoody",),
        "Georgia",
    ),
    (
        "x15",
        "Shooting in unincorporated Gwinnett",
        "https://www.wsbtv.com/news/local/gwinnett-county/norcross-area/",
        (
            "A man was shot at an apartment complex in unincorporated Gwinnett County near Norcross"
            " on Sunday, police said."
        ),
        ("Norcross", "Gwinnett County"),
        "Georgia",
    ),
    (
        "x16",
        "Man shot in Sunrise Manor",
        "https://www.reviewjournal.com/crime/shootings/sunrise-manor-shooting/",
        "A man was shot in the Sunrise Manor area on Saturday, Las Vegas police said.",
        ("Sunrise Manor", "Las Vegas", "Clark County"),
        "Nevada",
    ),
    (
        "x17",
        "Man shot in the Aldine area",
        "https://www.houstonchronicle.com/news/houston-texas/crime/article/aldine-shooting.php",
        (
            "A man was shot at a convenience store on Aldine Mail Route in north Harris County on "
            "Sunday, deputies said."
        ),
        ("Aldine", "Harris County", "Houston"),
        "Texas",
    ),
    (
        "x18",
        "Man shot in Westwood",
        "https://www.click2houston.com/news/local/2024/05/09/westwood-shooting/",
        (
            "A man was shot in southwest Houston on Sunday, Houston police said. It happened in the"
            " Westwood area near Bissonnet Street."
        ),
        ("Houston",),
        "Texas",
    ),
    (
        "x19",
        "Man shot in Fair Oaks",
        "https://www.kcra.com/article/fair-oaks-shooting/3456",
        "A man was shot in Fair Oaks on Sunday, the Sacramento County Sheriff's Office said.",
        ("Fair Oaks", "Sacramento County"),
        "California",
    ),
    (
        "x20",
        "Deputies shoot man in Lutz",
        "https://www.wfla.com/news/hillsborough-county/lutz-deputy-shooting/",
        "A Hillsborough County deputy shot a man in Lutz on Saturday, the sheriff's office said.",
        ("Lutz", "Hillsborough County"),
        "Florida",
    ),
    # --- a big city's neighbourhoods named alone (many with namesakes elsewhere)
    (
        "nb-n01",
        "Man shot in Chatham",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-chatham.html",
        (
            "A man was shot and wounded Sunday night in Chatham, police said. He was standing in "
            "the 8000 block of South Cottage Grove Avenue when a car pulled up."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n02",
        "Teen killed in Pullman",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-pullman.html",
        (
            "A 17-year-old was shot and killed Saturday in Pullman on the Far South Side, Chicago "
            "police said."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n03",
        "Woman shot in Hyde Park",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-hyde-park.html",
        (
            "A woman was shot in the leg Monday in Hyde Park, according to Chicago police. She was "
            "taken to the University of Chicago Medical Center."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n04",
        "Man shot in North Lawndale",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-lawndale.html",
        (
            "A man was shot in North Lawndale on Sunday, police said. Officers found him in the "
            "1500 block of South Pulaski Road."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n05",
        "Two shot in Woodlawn",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-woodlawn.html",
        "Two men were shot Saturday in Woodlawn, Chicago police said. Both are in good condition.",
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n06",
        "Man wounded in Kenwood",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-kenwood.html",
        "A man was wounded by gunfire in Kenwood early Sunday, police said.",
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n07",
        "Man shot in Bankhead",
        "https://www.wsbtv.com/news/local/atlanta/bankhead/",
        (
            "A man was shot Sunday in Bankhead, Atlanta police said. Officers found him near Donald"
            " Lee Hollowell Parkway."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "nb-n08",
        "Teen shot in Vine City",
        "https://www.wsbtv.com/news/local/atlanta/vine-city/",
        "A teenager was shot Saturday in Vine City, Atlanta police said.",
        ("Atlanta",),
        "Georgia",
    ),
    (
        "nb-n09",
        "Man killed in Adamsville",
        "https://www.wsbtv.com/news/local/atlanta/adamsville/",
        "A man was shot and killed Monday in Adamsville, according to Atlanta police.",
        ("Atlanta",),
        "Georgia",
    ),
    (
        "nb-n10",
        "Woman shot in West End",
        "https://www.wsbtv.com/news/local/atlanta/west-end/",
        (
            "A woman was shot in the West End on Sunday afternoon, police said. She is expected to "
            "survive."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "nb-n11",
        "Man shot in Edgewood",
        "https://www.wsbtv.com/news/local/atlanta/edgewood/",
        "A man was shot in Edgewood early Saturday, Atlanta police said.",
        ("Atlanta",),
        "Georgia",
    ),
    (
        "nb-n12",
        "Man shot in Mechanicsville",
        "https://www.wsbtv.com/news/local/atlanta/mechanicsville/",
        "A man was shot in Mechanicsville on Sunday, Atlanta police said.",
        ("Atlanta",),
        "Georgia",
    ),
    (
        "nb-n13",
        "Man shot in Gulfton",
        "https://www.khou.com/article/news/crime/gulfton/285-1111",
        "A man was shot in Gulfton on Sunday, Houston police said.",
        ("Houston",),
        "Texas",
    ),
    (
        "nb-n14",
        "Man shot in Montrose",
        "https://www.khou.com/article/news/crime/montrose/285-1111",
        "A man was shot outside a bar in Montrose early Sunday, Houston police said.",
        ("Houston",),
        "Texas",
    ),
    (
        "nb-n15",
        "Woman shot in Denver Harbor",
        "https://www.khou.com/article/news/crime/denver-harbor/285-1111",
        "A woman was shot in Denver Harbor on Saturday, Houston police said.",
        ("Houston",),
        "Texas",
    ),
    (
        "nb-n16",
        "Teen killed in Acres Homes",
        "https://www.khou.com/article/news/crime/acres-homes/285-1111",
        (
            "A teenager was killed in a shooting in Acres Homes on Sunday, according to Houston "
            "police."
        ),
        ("Houston",),
        "Texas",
    ),
    (
        "nb-n17",
        "Man shot in Alief",
        "https://www.khou.com/article/news/crime/alief/285-1111",
        "A man was shot at an apartment complex in Alief on Saturday, Houston police said.",
        ("Houston",),
        "Texas",
    ),
    (
        "nb-n18",
        "Man shot in Fifth Ward",
        "https://www.khou.com/article/news/crime/fifth-ward/285-1111",
        "A man was shot in the Fifth Ward on Sunday, police said.",
        ("Houston",),
        "Texas",
    ),
    (
        "nb-n19",
        "Man shot in Warrendale",
        "https://www.clickondetroit.com/news/local/2024/05/05/warrendale/",
        "A man was shot in Warrendale on Sunday, Detroit police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "nb-n20",
        "Man shot in Rosedale Park",
        "https://www.clickondetroit.com/news/local/2024/05/05/rosedale-park/",
        "A man was shot in Rosedale Park on Saturday, Detroit police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "nb-n21",
        "Woman shot in Palmer Park",
        "https://www.clickondetroit.com/news/local/2024/05/05/palmer-park/",
        (
            "A woman was shot near an apartment building in Palmer Park on Sunday, Detroit police "
            "said."
        ),
        ("Detroit",),
        "Michigan",
    ),
    (
        "nb-n22",
        "Man killed in Morningside",
        "https://www.clickondetroit.com/news/local/2024/05/05/morningside/",
        "A man was shot and killed in Morningside on the east side Sunday, police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "nb-n23",
        "Man shot in Delray",
        "https://www.clickondetroit.com/news/local/2024/05/05/delray/",
        "A man was shot in Delray on Saturday, Detroit police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "nb-n24",
        "Man shot in Sunnyslope",
        "https://www.abc15.com/news/crime/sunnyslope",
        "A man was shot in Sunnyslope on Sunday, Phoenix police said.",
        ("Phoenix",),
        "Arizona",
    ),
    (
        "nb-n25",
        "Teen shot in South Mountain",
        "https://www.abc15.com/news/crime/south-mountain",
        "A teen was shot in the South Mountain area on Saturday, Phoenix police said.",
        ("Phoenix",),
        "Arizona",
    ),
    (
        "nb-n26",
        "Man killed in Alhambra",
        "https://www.abc15.com/news/crime/alhambra",
        "A man was fatally shot in the Alhambra neighborhood on Sunday, Phoenix police said.",
        ("Phoenix",),
        "Arizona",
    ),
    (
        "nb-n27",
        "Man shot in Westwood",
        "https://www.9news.com/article/news/crime/westwood/73-1111",
        "A man was shot in Westwood on Sunday, Denver police said.",
        ("Denver",),
        "Colorado",
    ),
    (
        "nb-n28",
        "Man shot in Globeville",
        "https://www.9news.com/article/news/crime/globeville/73-1111",
        "A man was shot in Globeville on Saturday, Denver police said.",
        ("Denver",),
        "Colorado",
    ),
    (
        "nb-n29",
        "Teen shot in Green Valley Ranch",
        "https://www.9news.com/article/news/crime/green-valley-ranch/73-1111",
        "A teenager was shot in Green Valley Ranch on Sunday, Denver police said.",
        ("Denver",),
        "Colorado",
    ),
    (
        "nb-n30",
        "Woman shot in Park Hill",
        "https://www.9news.com/article/news/crime/park-hill/73-1111",
        "A woman was shot in Park Hill on Monday, Denver police said.",
        ("Denver",),
        "Colorado",
    ),
    (
        "nb-n31",
        "Man shot in Barnum",
        "https://www.9news.com/article/news/crime/barnum/73-1111",
        "A man was shot in Barnum on Saturday night, Denver police said.",
        ("Denver",),
        "Colorado",
    ),
    (
        "nb-n32",
        "Man shot in Columbia City",
        "https://www.king5.com/article/news/crime/columbia-city/281-1111",
        "A man was shot in Columbia City on Sunday, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "nb-n33",
        "Man shot in Beacon Hill",
        "https://www.king5.com/article/news/crime/beacon-hill/281-1111",
        "A man was shot in Beacon Hill on Saturday, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "nb-n34",
        "Woman shot in Georgetown",
        "https://www.king5.com/article/news/crime/georgetown/281-1111",
        "A woman was shot in Georgetown on Sunday, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "nb-n35",
        "Man shot in Delridge",
        "https://www.king5.com/article/news/crime/delridge/281-1111",
        "A man was shot in Delridge on Sunday, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "nb-n36",
        "Man shot in Magnolia",
        "https://www.king5.com/article/news/crime/magnolia/281-1111",
        "A man was shot in Magnolia on Saturday, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "nb-n37",
        "Man shot in Fremont",
        "https://www.king5.com/article/news/crime/fremont/281-1111",
        "A man was shot outside a bar in Fremont early Sunday, Seattle police said.",
        ("Seattle",),
        "Washington",
    ),
    (
        "nb-n38",
        "Man shot in Baden",
        "https://www.ksdk.com/article/news/crime/baden/63-1111",
        "A man was shot in Baden on Sunday, St. Louis police said.",
        ("St. Louis",),
        "Missouri",
    ),
    (
        "nb-n39",
        "Man shot in Carondelet",
        "https://www.ksdk.com/article/news/crime/carondelet/63-1111",
        "A man was shot in Carondelet on Saturday, St. Louis police said.",
        ("St. Louis",),
        "Missouri",
    ),
    (
        "nb-n40",
        "Man shot in Penrose",
        "https://www.ksdk.com/article/news/crime/penrose/63-1111",
        "A man was shot in Penrose on Saturday night, St. Louis police said.",
        ("St. Louis",),
        "Missouri",
    ),
    (
        "nb-n41",
        "Man shot in O'Fallon Park",
        "https://www.ksdk.com/article/news/crime/ofallon-park/63-1111",
        "A man was shot in the O'Fallon Park neighborhood on Sunday, St. Louis police said.",
        ("St. Louis",),
        "Missouri",
    ),
    (
        "nb-n42",
        "Woman shot in College Hill",
        "https://www.ksdk.com/article/news/crime/college-hill/63-1111",
        "A woman was shot in College Hill on Sunday, St. Louis police said.",
        ("St. Louis",),
        "Missouri",
    ),
    (
        "nb-n43",
        "Man shot in Collinwood",
        "https://www.wkyc.com/article/news/crime/collinwood/95-1111",
        "A man was shot in Collinwood on Sunday, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "nb-n44",
        "Man shot in Kinsman",
        "https://www.wkyc.com/article/news/crime/kinsman/95-1111",
        "A man was shot in Kinsman on Saturday, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "nb-n45",
        "Man shot in Fairfax",
        "https://www.wkyc.com/article/news/crime/fairfax/95-1111",
        "A man was shot in Fairfax on Sunday, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "nb-n46",
        "Man shot in Ohio City",
        "https://www.wkyc.com/article/news/crime/ohio-city/95-1111",
        "A man was shot in Ohio City on Saturday night, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "nb-n47",
        "Man shot in Old Brooklyn",
        "https://www.wkyc.com/article/news/crime/old-brooklyn/95-1111",
        "A man was shot in Old Brooklyn on Sunday, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "nb-n48",
        "Teen shot in Mount Pleasant",
        "https://www.wkyc.com/article/news/crime/mount-pleasant/95-1111",
        "A teen was shot in Mount Pleasant on Sunday, Cleveland police said.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "nb-n49",
        "Man shot in Grier Heights",
        "https://www.wsoctv.com/news/local/grier-heights/",
        "A man was shot in Grier Heights on Sunday, Charlotte-Mecklenburg police said.",
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "nb-n50",
        "Man shot in Hidden Valley",
        "https://www.wsoctv.com/news/local/hidden-valley/",
        "A man was shot in Hidden Valley on Saturday, CMPD said.",
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "nb-n51",
        "Man shot in University City",
        "https://www.wsoctv.com/news/local/university-city/",
        (
            "A man was shot at an apartment complex in University City on Sunday, "
            "Charlotte-Mecklenburg police said."
        ),
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "nb-n52",
        "Woman shot in Steele Creek",
        "https://www.wsoctv.com/news/local/steele-creek/",
        "A woman was shot in Steele Creek on Sunday, CMPD said.",
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "nb-n53",
        "Man shot in Eastland",
        "https://www.wsoctv.com/news/local/eastland/",
        "A man was shot in the Eastland area on Saturday, Charlotte-Mecklenburg police said.",
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "nb-n54",
        "Man shot in Valley Hi",
        "https://www.kcra.com/article/valley-hi/1111",
        "A man was shot in Valley Hi on Sunday, Sacramento police said.",
        ("Sacramento",),
        "California",
    ),
    (
        "nb-n55",
        "Man shot in Natomas",
        "https://www.kcra.com/article/natomas/1111",
        "A man was shot in Natomas on Saturday, Sacramento police said.",
        ("Sacramento",),
        "California",
    ),
    (
        "nb-n56",
        "Man shot in Land Park",
        "https://www.kcra.com/article/land-park/1111",
        "A man was shot in Land Park on Sunday, Sacramento police said.",
        ("Sacramento",),
        "California",
    ),
    (
        "nb-n57",
        "Man shot in Tahoe Park",
        "https://www.kcra.com/article/tahoe-park/1111",
        "A man was shot in Tahoe Park on Sunday, Sacramento police said.",
        ("Sacramento",),
        "California",
    ),
    (
        "nb-n58",
        "Man shot in Seminole Heights",
        "https://www.wfla.com/news/tampa/seminole-heights/",
        "A man was shot in Seminole Heights on Sunday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "nb-n59",
        "Man shot in West Tampa",
        "https://www.wfla.com/news/tampa/west-tampa/",
        "A man was shot in West Tampa on Saturday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "nb-n60",
        "Man shot in College Hill",
        "https://www.wfla.com/news/tampa/college-hill/",
        "A man was shot in College Hill on Sunday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "nb-n61",
        "Man shot in Belmont Heights",
        "https://www.wfla.com/news/tampa/belmont-heights/",
        "A man was shot in Belmont Heights on Sunday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "nb-n62",
        "Man shot in Drew Park",
        "https://www.wfla.com/news/tampa/drew-park/",
        "A man was shot in Drew Park on Saturday, Tampa police said.",
        ("Tampa",),
        "Florida",
    ),
    (
        "nb-n63",
        "Man shot in Corktown",
        "https://www.clickondetroit.com/news/local/2024/05/05/corktown/",
        "A man was shot in Corktown early Sunday, Detroit police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "nb-n64",
        "Man shot in Back of the Yards",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-back-of-the-yards.html",
        "A man was shot in Back of the Yards on Sunday, Chicago police said.",
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n65",
        "Man shot in Gage Park",
        "https://www.chicagotribune.com/news/breaking/ct-shooting-gage-park.html",
        "A man was shot in Gage Park on Sunday, Chicago police said.",
        ("Chicago",),
        "Illinois",
    ),
    (
        "nb-n66",
        "Man shot in Kashmere Gardens",
        "https://www.khou.com/article/news/crime/kashmere-gardens/285-1111",
        "A man was shot in Kashmere Gardens on Sunday, Houston police said.",
        ("Houston",),
        "Texas",
    ),
    # --- a town before an abbreviated month ("in Rocky Mount on Feb. 12")
    (
        "mo-m1",
        "Man shot",
        "https://www.example.com/news/m1",
        (
            "A Tarboro man was shot in Rocky Mount on Feb. 12, police said. Rocky Mount police are "
            "asking for tips."
        ),
        ("Rocky Mount",),
        "North Carolina",
    ),
    (
        "mo-m2",
        "Man shot",
        "https://www.example.com/news/m2",
        "A man was shot in Rocky Mount on Feb. 12, police said.",
        ("Rocky Mount",),
        "North Carolina",
    ),
    (
        "mo-m3",
        "Man shot",
        "https://www.example.com/news/m3",
        "A Wilson man was shot in Greenville on Jan. 5, Greenville police said.",
        ("Greenville",),
        "North Carolina",
    ),
    (
        "mo-m4",
        "Man shot",
        "https://www.example.com/news/m4",
        "A Clayton man was shot in Garner on Aug. 3, Garner police said.",
        ("Garner",),
        "North Carolina",
    ),
    (
        "mo-m5",
        "Man shot",
        "https://www.example.com/news/m5",
        "A man from Tarboro was shot in Rocky Mount on Sept. 9, Rocky Mount police said.",
        ("Rocky Mount",),
        "North Carolina",
    ),
    (
        "mo-m6",
        "Man shot",
        "https://www.wral.com/news/m6",
        "A Tarboro man was shot in Rocky Mount on Feb. 12, police said.",
        ("Rocky Mount",),
        "North Carolina",
    ),
    # --- controls: the far namesake is the scene
    (
        "ctl-k1",
        "Man shot in Madison",
        "https://www.wsbtv.com/news/local/k1/",
        (
            "Atlanta police arrested a man Sunday in connection with a shooting in Madison last "
            "week. Madison police said the victim is recovering."
        ),
        ("Madison",),
        "Georgia",
    ),
    (
        "ctl-k2",
        "Man shot in Dalton",
        "https://www.wsbtv.com/news/local/k2/",
        (
            "A man was shot in Dalton on Sunday, Dalton police said. Atlanta police helped look for"
            " the suspect."
        ),
        ("Dalton",),
        "Georgia",
    ),
    (
        "ctl-k3",
        "Man shot in Buckhead",
        "https://www.wsbtv.com/news/local/k3/",
        (
            "A man was shot in Buckhead, a small town in Morgan County, on Sunday. Morgan County "
            "deputies said Atlanta police were not involved."
        ),
        ("Buckhead",),
        "Georgia",
    ),
    (
        "ctl-k4",
        "Off-duty officer shot",
        "https://www.khou.com/article/news/crime/k4/285-1",
        (
            "An off-duty officer was shot in Livingston on Saturday, Houston police said. The "
            "officer was visiting family in the town, about 75 miles north of the city."
        ),
        ("Livingston",),
        "Texas",
    ),
    (
        "ctl-k5",
        "Man shot near Mesa",
        "https://www.abc15.com/news/crime/k5",
        "A man was shot in the Willow Creek area near Mesa on Sunday, Phoenix police said.",
        ("Mesa", "Phoenix", "Maricopa County"),
        "Arizona",
    ),
    (
        "ctl-k6",
        "Man shot in Kansas City",
        "https://www.kshb.com/news/crime/k6",
        "A man was shot in Kansas City on Sunday, Kansas City police said.",
        ("Kansas City",),
        "Missouri",
    ),
    (
        "ctl-k7",
        "Man shot in Oak Park",
        "https://www.kcra.com/article/k7/1",
        (
            "A man was shot in Oak Park, Ventura County, on Sunday, deputies said. Sacramento "
            "police said a suspect was arrested in Sacramento later."
        ),
        ("Oak Park",),
        "California",
    ),
    (
        "ctl-k8",
        "Shooting in Culver City",
        "https://www.latimes.com/california/story/k8",
        "A man was shot in Culver City on Sunday, Culver City police said.",
        ("Culver City",),
        "California",
    ),
    (
        "ctl-k9",
        "Man shot in Garden City",
        "https://www.ajc.com/news/k9/",
        "A man was shot in the Garden City area on Sunday, Savannah police said.",
        ("Garden City", "Savannah"),
        "Georgia",
    ),
    (
        "ctl-k10",
        "Man shot in Rockford",
        "https://www.chicagotribune.com/news/breaking/k10.html",
        "A man was shot in Rockford on Sunday, Chicago police said. The man was from Chicago.",
        ("Rockford",),
        "Illinois",
    ),
    # --- a suburb's own police alone, its namesakes elsewhere; a big city's dateline
    (
        "po-q01",
        "Man shot at shopping center",
        "https://www.kcra.com/article/q01/1",
        (
            "Roseville police said a man was shot Sunday evening in a parking lot near the "
            "Galleria. He was taken to a hospital with wounds that are not life-threatening."
        ),
        ("Roseville",),
        "California",
    ),
    (
        "po-q02",
        "Man shot in parking lot",
        "https://www.9news.com/article/news/crime/q02/73-1",
        (
            "Lakewood police said a man was shot early Sunday outside a bar on West Colfax Avenue. "
            "No arrests have been made."
        ),
        ("Lakewood",),
        "Colorado",
    ),
    (
        "po-q03",
        "Teen shot",
        "https://www.chicagotribune.com/news/breaking/q03.html",
        (
            "Aurora police said a 17-year-old was shot Saturday night on the city's east side. He "
            "is expected to survive."
        ),
        ("Aurora",),
        "Illinois",
    ),
    (
        "po-q04",
        "Man shot outside store",
        "https://www.clickondetroit.com/news/local/2024/05/05/q04/",
        "Warren police said a man was shot outside a store on Eight Mile Road on Sunday.",
        ("Warren",),
        "Michigan",
    ),
    (
        "po-q05",
        "Man shot at home",
        "https://www.wkyc.com/article/news/crime/q05/95-1",
        (
            "Independence police said a man was shot at a home on Sunday. The suspect fled before "
            "officers arrived."
        ),
        ("Independence",),
        "Ohio",
    ),
    (
        "po-q06",
        "Woman shot",
        "https://www.wsoctv.com/news/local/q06/",
        "Pineville police said a woman was shot in a parking lot off Polk Street on Saturday.",
        ("Pineville",),
        "North Carolina",
    ),
    (
        "po-q07",
        "Man shot at apartment",
        "https://www.king5.com/article/news/crime/q07/281-1",
        (
            "Kent police said a man was shot at an apartment complex on the East Hill on Saturday "
            "night."
        ),
        ("Kent",),
        "Washington",
    ),
    (
        "po-q08",
        "Man shot",
        "https://www.ksdk.com/article/news/crime/q08/63-1",
        "Berkeley police said a man was shot near Airport Road on Sunday. He died at a hospital.",
        ("Berkeley",),
        "Missouri",
    ),
    (
        "po-q09",
        "Man shot",
        "https://fox2now.com/news/q09/",
        "Normandy police said a man was shot on Natural Bridge Road on Saturday night.",
        ("Normandy",),
        "Missouri",
    ),
    (
        "po-q10",
        "Man shot",
        "https://www.11alive.com/article/news/crime/q10/85-1",
        "Decatur police said a man was shot near the square on Sunday afternoon.",
        ("Decatur",),
        "Georgia",
    ),
    (
        "po-q11",
        "Man shot",
        "https://www.abc15.com/news/crime/q11",
        "Avondale police said a man was shot at a home near Dysart Road on Sunday.",
        ("Avondale",),
        "Arizona",
    ),
    (
        "po-q12",
        "Man shot",
        "https://kdvr.com/news/local/q12/",
        "Sheridan police said a man was shot at a motel on South Santa Fe Drive on Sunday.",
        ("Sheridan",),
        "Colorado",
    ),
    (
        "po-q13",
        "Man shot",
        "https://www.freep.com/story/news/local/michigan/q13/",
        "Highland Park police said a man was shot on Sunday. Michigan State Police are helping.",
        ("Highland Park",),
        "Michigan",
    ),
    (
        "po-q14",
        "Man shot",
        "https://www.stltoday.com/news/local/crime-and-courts/q14/",
        "Clayton police said a man was shot in a parking garage on Sunday.",
        ("Clayton",),
        "Missouri",
    ),
    (
        "po-q15",
        "Man shot",
        "https://www.cleveland.com/news/2024/05/q15.html",
        "Brooklyn police said a man was shot outside a store on Ridge Road on Sunday.",
        ("Brooklyn",),
        "Ohio",
    ),
    (
        "po-q16",
        "Man shot",
        "https://www.chicagotribune.com/news/breaking/q16.html",
        "Riverdale police said a man was shot Sunday near 138th Street.",
        ("Riverdale",),
        "Illinois",
    ),
    (
        "po-q17",
        "Man shot",
        "https://www.ajc.com/news/crime/q17/",
        "Riverdale police said a man was shot at an apartment complex off Highway 85 on Sunday.",
        ("Riverdale",),
        "Georgia",
    ),
    (
        "po-q18",
        "Man shot",
        "https://www.tampabay.com/news/crime/2024/05/05/q18/",
        "Temple Terrace police said a man was shot at an apartment complex on Sunday.",
        ("Temple Terrace",),
        "Florida",
    ),
    (
        "po-q19",
        "Man shot",
        "https://www.khou.com/article/news/crime/q19/285-1",
        "HOUSTON - A man was shot in Humble on Sunday, Humble police said.",
        ("Humble",),
        "Texas",
    ),
    (
        "po-q20",
        "Deputies investigate",
        "https://abc13.com/q20/1/",
        (
            "HOUSTON (KTRK) -- A man was killed in northeast Harris County on Sunday. Deputies were"
            " called to a home on Wallisville Road."
        ),
        ("Harris County",),
        "Texas",
    ),
    (
        "po-q21",
        "Shooting in Kent leaves one hurt",
        "https://www.seattletimes.com/seattle-news/crime/q21/",
        (
            "Police said a man was shot Sunday outside a convenience store. He is expected to "
            "survive."
        ),
        ("Kent",),
        "Washington",
    ),
    (
        "po-q22",
        "Deputies: man shot at Antelope home",
        "https://www.kcra.com/article/q22/1",
        (
            "A man was shot at a home in Antelope on Sunday, the Sacramento County Sheriff's Office"
            " said."
        ),
        ("Antelope",),
        "California",
    ),
    (
        "po-q23",
        "Man shot",
        "https://www.azcentral.com/story/news/local/q23/",
        "Tolleson police said a man was shot near 91st Avenue on Sunday.",
        ("Tolleson",),
        "Arizona",
    ),
    (
        "po-q24",
        "Man shot",
        "https://www.wxyz.com/news/q24",
        "Southfield police said a man was shot in a hotel parking lot on Sunday.",
        ("Southfield",),
        "Michigan",
    ),
    (
        "po-q25",
        "Man shot",
        "https://www.wsbtv.com/news/local/q25/",
        "East Point police said a man was shot at a gas station on Sunday.",
        ("East Point",),
        "Georgia",
    ),
    (
        "po-q26",
        "Man shot",
        "https://www.fox13news.com/news/q26",
        "Plant City police said a man was shot on Sunday near the strawberry festival grounds.",
        ("Plant City",),
        "Florida",
    ),
    (
        "po-q27",
        "Man shot",
        "https://www.wbtv.com/2024/05/05/q27/",
        "Monroe police said a man was shot on Sunday at a home on Skyway Drive.",
        ("Monroe",),
        "North Carolina",
    ),
    (
        "po-q28",
        "Man shot",
        "https://www.denverpost.com/2024/05/05/q28/",
        "Westminster police said a man was shot at a park on Sunday.",
        ("Westminster",),
        "Colorado",
    ),
    (
        "po-q29",
        "Man shot",
        "https://www.king5.com/article/news/crime/q29/281-2",
        "Auburn police said a man was shot at an apartment complex on Sunday.",
        ("Auburn",),
        "Washington",
    ),
    (
        "po-q30",
        "Man shot",
        "https://www.fox8.com/news/q30/",
        "Euclid police said a man was shot Sunday on East 222nd Street.",
        ("Euclid",),
        "Ohio",
    ),
    (
        "po-q31",
        "Man shot",
        "https://www.click2houston.com/news/local/2024/05/05/q31/",
        "Pearland police said a man was shot at a shopping center on Sunday.",
        ("Pearland",),
        "Texas",
    ),
    (
        "po-q32",
        "Man shot",
        "https://www.nbcchicago.com/news/local/q32/",
        "Evanston police said a man was shot Sunday near Howard Street.",
        ("Evanston",),
        "Illinois",
    ),
    (
        "po-q33",
        "Man shot",
        "https://www.ksdk.com/article/news/crime/q33/63-2",
        "Florissant police said a man was shot on Sunday at a home on New Halls Ferry Road.",
        ("Florissant",),
        "Missouri",
    ),
    (
        "po-q34",
        "Man shot",
        "https://www.abc10.com/article/news/crime/q34/103-1",
        "Citrus Heights police said a man was shot on Sunday near Sunrise Boulevard.",
        ("Citrus Heights",),
        "California",
    ),
    (
        "po-q35",
        "Man shot",
        "https://www.wfla.com/news/q35/",
        "Largo police said a man was shot on Sunday at a mobile home park.",
        ("Largo",),
        "Florida",
    ),
    # --- longer stories with homes, hospitals and arrests elsewhere
    (
        "ln-u01",
        "Man killed in north Harris County",
        "https://www.khou.com/article/news/crime/u01/285-2",
        (
            "A 29-year-old Houston man was shot and killed Saturday night outside a home in the "
            "2400 block of Lauder Road in north Harris County, deputies said. The victim was taken "
            "to Memorial Hermann Hospital in Houston, where he died. A suspect was arrested in "
            "Humble a few hours later, the Harris County Sheriff's Office said."
        ),
        ("Harris County", "Aldine"),
        "Texas",
    ),
    (
        "ln-u02",
        "Woman shot in unincorporated Clayton",
        "https://www.ajc.com/news/crime/u02/",
        (
            "A Jonesboro woman was shot Sunday at an apartment complex in unincorporated Clayton "
            "County, police said. The complex, on Tara Boulevard, has a Jonesboro mailing address "
            "but lies outside the city. She was taken to Grady Memorial Hospital in Atlanta."
        ),
        ("Jonesboro", "Clayton County"),
        "Georgia",
    ),
    (
        "ln-u03",
        "Teen shot in White Center",
        "https://www.seattletimes.com/seattle-news/crime/u03/",
        (
            "A 16-year-old from Burien was shot Friday night in White Center, the King County "
            "Sheriff's Office said. The teen was taken to Harborview Medical Center in Seattle. "
            "Deputies later detained a man in Tukwila."
        ),
        ("White Center", "King County"),
        "Washington",
    ),
    (
        "ln-u04",
        "Deputies investigate shooting",
        "https://www.denverpost.com/2024/05/05/u04/",
        (
            "An Aurora man was wounded in a shooting in unincorporated Arapahoe County on Sunday, "
            "the Arapahoe County Sheriff's Office said. The shooting happened near East Smoky Hill "
            "Road, just outside Centennial. Medics drove him to an Aurora hospital."
        ),
        ("Centennial", "Arapahoe County"),
        "Colorado",
    ),
    (
        "ln-u05",
        "Man killed in north county",
        "https://www.stltoday.com/news/local/crime-and-courts/u05/",
        (
            "A 31-year-old Florissant man was shot and killed Saturday in the Spanish Lake area, "
            "St. Louis County police said. He was found in a car on Parker Road. Police arrested a "
            "suspect in St. Louis on Monday."
        ),
        ("Spanish Lake", "St. Louis County"),
        "Missouri",
    ),
    (
        "ln-u06",
        "Man shot near Brandon",
        "https://www.tampabay.com/news/crime/2024/05/05/u06/",
        (
            "A Tampa man was shot Sunday outside a bar near Brandon, the Hillsborough County "
            "Sheriff's Office said. He was taken to Tampa General Hospital. Deputies said the "
            "shooter, a Valrico man, was arrested at his home."
        ),
        ("Brandon", "Hillsborough County"),
        "Florida",
    ),
    (
        "ln-u07",
        "Man killed in Foothill Farms",
        "https://www.sacbee.com/news/local/crime/u07.html",
        (
            "A man from Roseville was shot and killed Saturday in Foothill Farms, the Sacramento "
            "County Sheriff's Office said. Deputies found him in a driveway on Elkhorn Boulevard. "
            "He died at a hospital in Sacramento."
        ),
        ("Foothill Farms", "Sacramento County"),
        "California",
    ),
    (
        "ln-u08",
        "Man shot in unincorporated area near Surprise",
        "https://www.azcentral.com/story/news/local/u08/",
        (
            "A Glendale man was shot in an unincorporated area near Surprise on Sunday, the "
            "Maricopa County Sheriff's Office said. He was flown to a hospital in Phoenix."
        ),
        ("Surprise", "Maricopa County"),
        "Arizona",
    ),
    (
        "ln-u09",
        "Man shot in Union County",
        "https://www.charlotteobserver.com/news/local/crime/u09.html",
        (
            "A Charlotte man was shot Saturday at a home off Secrest Shortcut Road in Union County,"
            " outside the Indian Trail town limits, the Union County Sheriff's Office said."
        ),
        ("Indian Trail", "Union County"),
        "North Carolina",
    ),
    (
        "ln-u10",
        "Man shot in Pontiac",
        "https://www.freep.com/story/news/local/michigan/oakland/u10/",
        (
            "A Detroit man was shot Saturday in Pontiac, the Oakland County Sheriff's Office said. "
            "The sheriff's office polices the city. He is recovering at a Royal Oak hospital."
        ),
        ("Pontiac",),
        "Michigan",
    ),
    (
        "ln-u11",
        "Man shot in Bedford Heights",
        "https://www.cleveland.com/news/2024/05/u11.html",
        (
            "A Cleveland man was shot Sunday in the 23000 block of Aurora Road in Bedford Heights, "
            "police said. He was taken to a hospital in Cleveland. Bedford Heights police are "
            "looking for a gray SUV."
        ),
        ("Bedford Heights",),
        "Ohio",
    ),
    (
        "ln-u12",
        "Man shot in unincorporated Proviso Township",
        "https://www.chicagotribune.com/news/breaking/u12.html",
        (
            "A Maywood man was shot Saturday in unincorporated Proviso Township near Bellwood, the "
            "Cook County sheriff's office said. He is being treated at Loyola University Medical "
            "Center."
        ),
        ("Bellwood", "Cook County", "Proviso"),
        "Illinois",
    ),
    (
        "ln-u13",
        "Man shot in Spanaway",
        "https://www.king5.com/article/news/crime/u13/281-3",
        (
            "A Tacoma man was shot and wounded Sunday in Spanaway, Pierce County sheriff's deputies"
            " said. He was taken to a Tacoma hospital. Deputies arrested a Lakewood man."
        ),
        ("Spanaway", "Pierce County"),
        "Washington",
    ),
    (
        "ln-u14",
        "Man shot in south DeKalb",
        "https://www.11alive.com/article/news/crime/u14/85-2",
        (
            "A man was shot at a gas station on Candler Road in south DeKalb County on Sunday, "
            "DeKalb County police said. The station has a Decatur address. He was taken to Grady "
            "Memorial Hospital."
        ),
        ("Decatur", "DeKalb County"),
        "Georgia",
    ),
    (
        "ln-u15",
        "Woman shot in Channelview",
        "https://abc13.com/u15/2/",
        (
            "A Baytown woman was shot Saturday at a house in Channelview, the Harris County "
            "Sheriff's Office said. She was taken to a hospital in Houston."
        ),
        ("Channelview", "Harris County"),
        "Texas",
    ),
    (
        "ln-u16",
        "Man killed in Maryvale",
        "https://www.azfamily.com/2024/05/05/u16/",
        (
            "A man from Glendale was shot and killed in Maryvale on Sunday, Phoenix police said. A "
            "suspect was arrested in Tempe."
        ),
        ("Phoenix",),
        "Arizona",
    ),
    # --- the wounded carried to another town's hospital, in the active voice
    (
        "cr-h1",
        "Deputies investigate shooting",
        "https://www.denverpost.com/2024/05/05/u04/",
        (
            "An Aurora man was wounded in a shooting in unincorporated Arapahoe County on Sunday, "
            "the Arapahoe County Sheriff's Office said. The shooting happened near East Smoky Hill "
            "Road, just outside Centennial. He was taken to an Aurora hospital."
        ),
        ("Centennial", "Arapahoe County"),
        "Colorado",
    ),
    (
        "cr-h2",
        "Deputies investigate shooting",
        "https://www.denverpost.com/2024/05/05/u04/",
        (
            "An Aurora man was wounded in a shooting in unincorporated Arapahoe County on Sunday, "
            "the Arapahoe County Sheriff's Office said. The shooting happened near East Smoky Hill "
            "Road, just outside Centennial. Medics drove him to an Aurora hospital."
        ),
        ("Centennial", "Arapahoe County"),
        "Colorado",
    ),
    (
        "cr-h3",
        "Deputies investigate shooting",
        "https://www.denverpost.com/2024/05/05/u04/",
        (
            "An Aurora man was wounded in a shooting in unincorporated Arapahoe County on Sunday, "
            "the Arapahoe County Sheriff's Office said. The shooting happened near East Smoky Hill "
            "Road, just outside Centennial. Medics took him to a hospital in Aurora."
        ),
        ("Centennial", "Arapahoe County"),
        "Colorado",
    ),
    (
        "cr-h4",
        "Deputies investigate shooting",
        "https://www.denverpost.com/2024/05/05/u04/",
        (
            "An Aurora man was wounded in a shooting in unincorporated Arapahoe County on Sunday, "
            "the Arapahoe County Sheriff's Office said. The shooting happened near East Smoky Hill "
            "Road, just outside Centennial. "
        ),
        ("Centennial", "Arapahoe County"),
        "Colorado",
    ),
    (
        "cr-h5",
        "Deputies investigate shooting",
        "https://www.denverpost.com/2024/05/05/u04/",
        (
            "An Aurora man was wounded in a shooting in unincorporated Arapahoe County on Sunday, "
            "the Arapahoe County Sheriff's Office said. The shooting happened near East Smoky Hill "
            "Road, just outside Centennial. He is recovering at an Aurora hospital."
        ),
        ("Centennial", "Arapahoe County"),
        "Colorado",
    ),
    (
        "cr-c1",
        "Man shot in Channelview",
        "https://www.khou.com/article/news/crime/c1/285-3",
        (
            "A man was shot at a home in Channelview on Saturday, deputies said. A neighbor drove "
            "him to a hospital in Baytown."
        ),
        ("Channelview", "Harris County"),
        "Texas",
    ),
    (
        "cr-c2",
        "Teen shot in Ellenwood",
        "https://www.wsbtv.com/news/local/c2/",
        (
            "A teenager was shot outside a store in Ellenwood on Sunday, Clayton County police "
            "said. Paramedics took him to an Atlanta hospital."
        ),
        ("Ellenwood", "Clayton County"),
        "Georgia",
    ),
    (
        "cr-c3",
        "Man shot in Spanaway",
        "https://www.king5.com/article/news/crime/c3/281-4",
        (
            "A man was shot in Spanaway on Saturday night, the Pierce County Sheriff's Department "
            "said. Friends carried him to a car and drove him to a Tacoma hospital."
        ),
        ("Spanaway", "Pierce County"),
        "Washington",
    ),
    (
        "cr-c4",
        "Woman shot in Jennings",
        "https://www.stltoday.com/news/local/crime-and-courts/c4/",
        (
            "A woman was shot in Jennings on Sunday, police said. Her sister drove her to a "
            "hospital in Florissant, where she is in stable condition."
        ),
        ("Jennings",),
        "Missouri",
    ),
    (
        "cr-c5",
        "Man shot in Rio Linda",
        "https://www.kcra.com/article/c5/2",
        (
            "A man was shot at a home in Rio Linda on Saturday, deputies said. Medics took him to a"
            " Sacramento hospital with serious wounds."
        ),
        ("Rio Linda", "Sacramento County"),
        "California",
    ),
    (
        "cr-c6",
        "Man shot in Euclid",
        "https://www.cleveland.com/news/2024/05/c6.html",
        (
            "A man was shot on East 200th Street in Euclid on Sunday, Euclid police said. A "
            "passerby drove him to a Cleveland hospital."
        ),
        ("Euclid",),
        "Ohio",
    ),
    (
        "cr-c7",
        "Man shot at Aurora bar",
        "https://www.9news.com/article/news/crime/c7/73-2",
        (
            "Police said a Denver man drove to Aurora late Saturday and opened fire outside a bar "
            "on East Colfax Avenue, wounding two people. Aurora police arrested him."
        ),
        ("Aurora",),
        "Colorado",
    ),
    (
        "cr-c8",
        "Woman shot in Marietta",
        "https://www.ajc.com/news/crime/c8/",
        (
            "A woman was shot at her Marietta home on Sunday, Marietta police said. Officers took "
            "the suspect to the Cobb County jail."
        ),
        ("Marietta",),
        "Georgia",
    ),
    (
        "cr-c9",
        "Man shot in east Harris County",
        "https://www.khou.com/article/news/crime/c9/285-4",
        (
            "A man was shot Saturday night outside a home in east Harris County, the sheriff's "
            "office said. A relative drove him to a hospital in Baytown."
        ),
        ("Harris County",),
        "Texas",
    ),
    (
        "cr-c10",
        "Deputies investigate shooting",
        "https://www.wsbtv.com/news/local/c10/",
        (
            "A man was shot Sunday on a rural road in Henry County, deputies said. Medics took him "
            "to an Atlanta hospital, where he is in critical condition."
        ),
        ("Henry County",),
        "Georgia",
    ),
    (
        "cr-c11",
        "Man wounded in Placer County",
        "https://www.kcra.com/article/c11/3",
        (
            "A man was wounded in a shooting in unincorporated Placer County on Saturday, the "
            "Placer County Sheriff's Office said. A friend drove him to a Roseville hospital."
        ),
        ("Placer County",),
        "California",
    ),
    (
        "cr-c12",
        "Man shot in Jefferson County",
        "https://www.stltoday.com/news/local/crime-and-courts/c12/",
        (
            "A man was shot in unincorporated Jefferson County on Sunday, the county sheriff's "
            "office said. Paramedics took him to a hospital in St. Louis."
        ),
        ("Jefferson County",),
        "Missouri",
    ),
    (
        "cr-c13",
        "Man shot near Tomball",
        "https://www.khou.com/article/news/crime/c13/285-5",
        (
            "A man was shot Saturday on a county road just outside Tomball, the Harris County "
            "Sheriff's Office said. A neighbor drove him to a hospital in Cypress."
        ),
        ("Tomball", "Harris County"),
        "Texas",
    ),
    (
        "cr-c14",
        "Man shot near Mint Hill",
        "https://www.wsoctv.com/news/local/c14/",
        (
            "A man was shot Sunday near Mint Hill, in unincorporated Mecklenburg County, deputies "
            "said. Medics took him to a hospital in Matthews."
        ),
        ("Mint Hill", "Mecklenburg County"),
        "North Carolina",
    ),
    (
        "cr-c15",
        "Man shot outside Buckeye",
        "https://www.azcentral.com/story/news/local/c15/",
        (
            "A man was shot on a desert road just outside Buckeye on Sunday, the Maricopa County "
            "Sheriff's Office said. His brother drove him to a Goodyear hospital."
        ),
        ("Buckeye", "Maricopa County"),
        "Arizona",
    ),
]

MISSED = {
    "nb-n01": "Chicago's Chatham has a GeoNames row of its own (31,000 people, no parent city) "
    "and the text names no city police: read as a town, as Cicero would be",
}


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    return table_events(PROBES)


@pytest.mark.parametrize(("pid", "towns", "state"), probe_params(PROBES, MISSED, (4, 5)))
def test_probe_is_placed(
    events: dict[str, Event], pid: str, towns: tuple[str, ...], state: str
) -> None:
    assert_placed(events[pid], towns, state, county_too=True)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("feb.", True),
        ("feb", True),
        ("sept.", True),
        ("sunday", True),
        ("mount", False),
        ("st.", False),
    ],
)
def test_month_or_day(word: str, month: bool) -> None:
    assert _month_or_day(word) is month
