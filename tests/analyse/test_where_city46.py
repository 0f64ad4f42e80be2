"""analyse/where: invented US local-news reports of shootings outside a town's streets (h-city46).

Rural roads and highways measured from a town ("on Highway 210 about three miles north of
Smithfield"), unincorporated communities, villages and sections of New England towns, a
sheriff's story datelined at the county seat that sets the scene in another town of the
county, parks, lakes, forests and hunting grounds, and stories datelined where the outlet sits
about a town far off. The true town is the one a Gun Violence Archive coder would write.

Found here and fixed: a forest's name the gazetteer lacks ("the Ocala National Forest near
Umatilla") is land around the town, not a place to write (`city_parts._REGION_WORDS`); a place
the text calls a section of another, small town ("the Whitinsville section of Northbridge") is
no part of the outlet's big city nearby (`city_parts._section_of_another_town`); a small town
whose name 25 bigger US towns share, in a county the text names ("Harris County deputies ...
near Hamilton"), is weighed among the name's readings (`resolve._with_named_county_namesakes`);
a later sentence that sets the scene in a town ("The home is just outside Franklinville")
makes the county seat's dateline yield (`event_place._scene_told_town`). Sentences written
here; the places and outlets are real, the events invented. On main (7ad8b3c): 210 of 230
right; here 224.
"""

from __future__ import annotations

import pytest

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state): r* rural roads and highways, u*
# unincorporated communities, v* villages and sections of towns, s* a county seat's dateline,
# p* parks, lakes and forests, f* a far town under the outlet's dateline, n* a small town whose
# name many states share, with its county named, t* a state force's story, c* and x* controls,
# L* longer rural reports, w* the scene set in a sentence of its own
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "r1",
        "Man shot on highway",
        "https://www.wral.com/story/r1/",
        (
            "SMITHFIELD, N.C. - A man was shot and wounded Sunday night on Highway 210 about "
            "three miles north of Smithfield, the Johnston County Sheriff's Office said. "
            "Deputies found him beside his truck."
        ),
        ("Smithfield",),
        "North Carolina",
    ),
    (
        "r2",
        "Woman killed at rural home",
        "https://www.kxii.com/r2/",
        (
            "A woman was shot and killed Tuesday at a home on County Road 1560 near Ada, the "
            "Pontotoc County Sheriff's Office said. Her husband was taken into custody."
        ),
        ("Ada",),
        "Oklahoma",
    ),
    (
        "r3",
        "Deputies investigate shooting",
        "https://www.wect.com/r3/",
        (
            "Deputies are investigating a shooting in the 1200 block of Old Mill Road in rural "
            "Lee County near Sanford. One man was hurt, Sheriff's officials said Monday."
        ),
        ("Sanford",),
        "North Carolina",
    ),
    (
        "r4",
        "Shooting on county road",
        "https://www.kcbd.com/r4/",
        (
            "A 34-year-old man died after being shot Friday on a county road west of Levelland, "
            "the Hockley County Sheriff said. No arrests have been made."
        ),
        ("Levelland",),
        "Texas",
    ),
    (
        "r5",
        "Driver wounded on interstate",
        "https://www.wbtv.com/r5/",
        (
            "A driver was struck by gunfire Saturday on Interstate 85 near Kannapolis, state "
            "troopers said. The man was taken to a hospital with wounds that are not "
            "life-threatening."
        ),
        ("Kannapolis",),
        "North Carolina",
    ),
    (
        "r6",
        "Man found shot",
        "https://www.wsaz.com/r6/",
        (
            "A man was found shot to death Wednesday along Route 2 outside Huntington, the "
            "Cabell County Sheriff's Department said."
        ),
        ("Huntington",),
        "West Virginia",
    ),
    (
        "r7",
        "Shooting near Tifton",
        "https://www.walb.com/r7/",
        (
            "TIFTON, Ga. - Two people were wounded early Sunday in a shooting at a house on Old "
            "Omega Road a few miles south of Tifton, the Tift County Sheriff's Office said."
        ),
        ("Tifton",),
        "Georgia",
    ),
    (
        "r8",
        "Deputies: man shot during argument",
        "https://www.kait8.com/r8/",
        (
            "A man was shot in the leg Monday during an argument at a residence on Highway 18 "
            "east of Blytheville, the Mississippi County Sheriff's Office said."
        ),
        ("Blytheville",),
        "Arkansas",
    ),
    (
        "r9",
        "Teen killed",
        "https://www.wtok.com/r9/",
        (
            "A 17-year-old was shot and killed Saturday night on Valley Road north of Meridian, "
            "the Lauderdale County sheriff said."
        ),
        ("Meridian",),
        "Mississippi",
    ),
    (
        "r10",
        "Shooting on State Route 7",
        "https://www.wtov9.com/r10/",
        (
            "A man was shot and killed Thursday along State Route 7 just outside Steubenville, "
            "according to the Jefferson County Sheriff's Office."
        ),
        ("Steubenville",),
        "Ohio",
    ),
    (
        "r11",
        "Man wounded",
        "https://www.ky3.com/r11/",
        (
            "A man was wounded Sunday at a home on Farm Road 156 near Willard, the Greene "
            "County Sheriff's Office said."
        ),
        ("Willard",),
        "Missouri",
    ),
    (
        "r12",
        "Deadly shooting",
        "https://www.ksla.com/r12/",
        (
            "A man was fatally shot Tuesday at a home on Highway 1 about five miles south of "
            "Shreveport, Caddo Parish deputies said."
        ),
        ("Shreveport",),
        "Louisiana",
    ),
    (
        "r13",
        "Man shot on ranch road",
        "https://www.kwtx.com/r13/",
        (
            "A man was shot Wednesday on Farm-to-Market Road 2113 east of Moody, the McLennan "
            "County Sheriff's Office said."
        ),
        ("Moody",),
        "Texas",
    ),
    (
        "r14",
        "Woman shot on rural road",
        "https://www.wdrb.com/r14/",
        (
            "A woman was shot and wounded Friday on a rural road near Shepherdsville, Bullitt "
            "County deputies said."
        ),
        ("Shepherdsville",),
        "Kentucky",
    ),
    (
        "r15",
        "Highway shooting",
        "https://www.ktbs.com/r15/",
        (
            "A man died after he was shot Saturday on U.S. 71 about two miles north of "
            "Mooringsport, deputies said."
        ),
        ("Mooringsport",),
        "Louisiana",
    ),
    (
        "r16",
        "Man shot near Lumberton",
        "https://www.wpde.com/r16/",
        (
            "LUMBERTON, N.C. - A man was shot and killed early Sunday at a home off Chicken "
            "Road outside Lumberton, the Robeson County Sheriff's Office said."
        ),
        ("Lumberton",),
        "North Carolina",
    ),
    (
        "r17",
        "Shots fired on I-40",
        "https://www.kfor.com/r17/",
        (
            "A woman was wounded when someone fired at her car Monday on Interstate 40 near El "
            "Reno, the Oklahoma Highway Patrol said."
        ),
        ("El Reno",),
        "Oklahoma",
    ),
    (
        "r18",
        "Shooting outside Gallatin",
        "https://www.wsmv.com/r18/",
        (
            "A man was shot to death Sunday at a house on Highway 109 outside Gallatin, the "
            "Sumner County Sheriff's Office said."
        ),
        ("Gallatin",),
        "Tennessee",
    ),
    (
        "r19",
        "Rural shooting",
        "https://www.kcci.com/r19/",
        (
            "A man was shot and killed Thursday at a farm on 150th Street west of Indianola, "
            "the Warren County Sheriff's Office said."
        ),
        ("Indianola",),
        "Iowa",
    ),
    (
        "r20",
        "Deputy-involved",
        "https://www.wjhl.com/r20/",
        (
            "A man was shot Tuesday at a residence on Old Jonesborough Highway just outside "
            "Johnson City, the Washington County Sheriff's Office said."
        ),
        ("Johnson City",),
        "Tennessee",
    ),
    (
        "u1",
        "Man killed in Woodville area",
        "https://www.wcti12.com/u1/",
        (
            "A man was shot and killed Saturday in the Lewiston Woodville area of Bertie "
            "County, the sheriff said."
        ),
        ("Lewiston Woodville", "Lewiston"),
        "North Carolina",
    ),
    (
        "u2",
        "Shooting in Fort Mohave",
        "https://www.kingmanminer.com/u2/",
        (
            "A man was shot Monday at a home in Fort Mohave, the Mohave County Sheriff's Office "
            "said."
        ),
        ("Fort Mohave",),
        "Arizona",
    ),
    (
        "u3",
        "Deadly shooting in Spring Hill",
        "https://www.wfla.com/u3/",
        (
            "A woman was killed Sunday in a shooting in Spring Hill, the Hernando County "
            "Sheriff's Office said."
        ),
        ("Spring Hill",),
        "Florida",
    ),
    (
        "u4",
        "Teen shot in Lehigh Acres",
        "https://www.winknews.com/u4/",
        ("A 16-year-old was shot Friday night in Lehigh Acres, Lee County deputies said."),
        ("Lehigh Acres",),
        "Florida",
    ),
    (
        "u5",
        "Man shot in Bethune community",
        "https://www.wcnc.com/u5/",
        ("A man was wounded Tuesday in the Bethune community of Kershaw County, deputies said."),
        ("Bethune",),
        "South Carolina",
    ),
    (
        "u6",
        "Shooting in Antelope",
        "https://www.kcra.com/u6/",
        (
            "A man was shot and killed Wednesday in Antelope, the Sacramento County Sheriff's "
            "Office said."
        ),
        ("Antelope",),
        "California",
    ),
    (
        "u7",
        "Shooting in Harvey",
        "https://www.wwltv.com/u7/",
        (
            "A man was killed Thursday in a shooting in Harvey, the Jefferson Parish Sheriff's "
            "Office said."
        ),
        ("Harvey",),
        "Louisiana",
    ),
    (
        "u8",
        "Man shot in Hephzibah",
        "https://www.wrdw.com/u8/",
        ("A man was shot Saturday at a home in Hephzibah, Richmond County deputies said."),
        ("Hephzibah",),
        "Georgia",
    ),
    (
        "u9",
        "Shooting in Riverview",
        "https://www.fox13news.com/u9/",
        (
            "A man was shot to death Monday in Riverview, the Hillsborough County Sheriff's "
            "Office said."
        ),
        ("Riverview",),
        "Florida",
    ),
    (
        "u10",
        "Woman wounded in Spanaway",
        "https://www.kiro7.com/u10/",
        ("A woman was wounded Friday in a shooting in Spanaway, Pierce County deputies said."),
        ("Spanaway",),
        "Washington",
    ),
    (
        "u11",
        "Shooting in the Sand Hill community",
        "https://www.wlox.com/u11/",
        (
            "A man was shot Sunday in the Vancleave community, the Jackson County Sheriff's "
            "Department said."
        ),
        ("Vancleave",),
        "Mississippi",
    ),
    (
        "u12",
        "Shooting in Marrero",
        "https://www.nola.com/u12/",
        ("A teenager was killed Saturday in Marrero, Jefferson Parish deputies said."),
        ("Marrero",),
        "Louisiana",
    ),
    (
        "u13",
        "Man shot in Ladson",
        "https://www.live5news.com/u13/",
        ("A man was shot Wednesday in Ladson, the Charleston County Sheriff's Office said."),
        ("Ladson",),
        "South Carolina",
    ),
    (
        "u14",
        "Shooting in Parkville",
        "https://www.wbaltv.com/u14/",
        ("A man was shot and killed Friday in Parkville, Baltimore County police said."),
        ("Parkville",),
        "Maryland",
    ),
    (
        "u15",
        "Deadly shooting in Hillcrest Heights",
        "https://www.wusa9.com/u15/",
        (
            "A man was fatally shot Tuesday in Hillcrest Heights, Prince George's County police "
            "said."
        ),
        ("Hillcrest Heights",),
        "Maryland",
    ),
    (
        "u16",
        "Shooting in Dundalk",
        "https://www.wbal.com/u16/",
        ("Two men were wounded Sunday in Dundalk, Baltimore County police said."),
        ("Dundalk",),
        "Maryland",
    ),
    (
        "u17",
        "Shooting in Essex",
        "https://www.wmar2news.com/u17/",
        ("A woman was shot Monday in the Essex area of eastern Baltimore County, police said."),
        ("Essex",),
        "Maryland",
    ),
    (
        "u18",
        "Man killed in Centreville",
        "https://www.fox5dc.com/u18/",
        ("A man was shot and killed Thursday in Centreville, Fairfax County police said."),
        ("Centreville",),
        "Virginia",
    ),
    (
        "u19",
        "Shooting in Kingsland community",
        "https://www.wafb.com/u19/",
        (
            "A man was wounded Saturday in the Prairieville area, the Ascension Parish "
            "Sheriff's Office said."
        ),
        ("Prairieville",),
        "Louisiana",
    ),
    (
        "u20",
        "Shooting in Brandon",
        "https://www.wtsp.com/u20/",
        ("A man was shot outside a store in Brandon on Sunday, Hillsborough County deputies said."),
        ("Brandon",),
        "Florida",
    ),
    (
        "v1",
        "Shooting in Rockville section",
        "https://www.courant.com/v1/",
        (
            "VERNON, Conn. - A man was shot Saturday night in the Rockville section of Vernon, "
            "police said."
        ),
        ("Vernon", "Rockville"),
        "Connecticut",
    ),
    (
        "v2",
        "Man wounded in South Yarmouth",
        "https://www.capecodtimes.com/v2/",
        ("A man was wounded Friday on Route 28 in South Yarmouth, Yarmouth police said."),
        ("Yarmouth", "South Yarmouth"),
        "Massachusetts",
    ),
    (
        "v3",
        "Shooting in Hyannis",
        "https://www.capecodtimes.com/v3/",
        ("A man was shot Sunday in the village of Hyannis, Barnstable police said."),
        ("Barnstable", "Hyannis"),
        "Massachusetts",
    ),
    (
        "v4",
        "Shooting in Wakefield section",
        "https://www.wpri.com/v4/",
        ("A man was shot in the Wakefield section of South Kingstown on Tuesday, police said."),
        ("South Kingstown", "Wakefield"),
        "Rhode Island",
    ),
    (
        "v5",
        "Shooting in Danielson",
        "https://www.norwichbulletin.com/v5/",
        ("A man was shot in the Danielson section of Killingly on Monday, state police said."),
        ("Killingly", "Danielson"),
        "Connecticut",
    ),
    (
        "v6",
        "Shooting in Jewett City",
        "https://www.theday.com/v6/",
        ("A man was wounded Friday in Jewett City, a borough in Griswold, state police said."),
        ("Griswold", "Jewett City"),
        "Connecticut",
    ),
    (
        "v7",
        "Shooting in Florence section",
        "https://www.masslive.com/v7/",
        ("A man was shot Saturday in the Florence section of Northampton, police said."),
        ("Northampton", "Florence"),
        "Massachusetts",
    ),
    (
        "v8",
        "Shooting in Indian Orchard",
        "https://www.masslive.com/v8/",
        ("A teen was shot Sunday in the Indian Orchard section of Springfield, police said."),
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "v9",
        "Man shot in Levittown",
        "https://www.newsday.com/v9/",
        ("A man was shot and killed Friday in Levittown, Nassau County police said."),
        ("Levittown",),
        "New York",
    ),
    (
        "v10",
        "Shooting in Hampton Bays",
        "https://www.27east.com/v10/",
        ("A man was shot Saturday in Hampton Bays, Southampton Town police said."),
        ("Hampton Bays", "Southampton"),
        "New York",
    ),
    (
        "v11",
        "Shooting in Mastic Beach",
        "https://www.newsday.com/v11/",
        ("A man was wounded Sunday in Mastic Beach, Suffolk County police said."),
        ("Mastic Beach",),
        "New York",
    ),
    (
        "v12",
        "Shooting in Willimantic",
        "https://www.courant.com/v12/",
        ("A man was shot Saturday in Willimantic, police said."),
        ("Willimantic", "Windham"),
        "Connecticut",
    ),
    (
        "v13",
        "Shooting in Turners Falls",
        "https://www.recorder.com/v13/",
        ("A man was shot Tuesday in Turners Falls, Montague police said."),
        ("Montague", "Turners Falls"),
        "Massachusetts",
    ),
    (
        "v14",
        "Shooting in the Taftville section",
        "https://www.norwichbulletin.com/v14/",
        ("A man was shot in the Taftville section of Norwich on Monday, police said."),
        ("Norwich",),
        "Connecticut",
    ),
    (
        "v15",
        "Shooting in Moosup",
        "https://www.norwichbulletin.com/v15/",
        (
            "A woman was wounded in the village of Moosup in Plainfield on Thursday, state "
            "police said."
        ),
        ("Plainfield", "Moosup"),
        "Connecticut",
    ),
    (
        "v16",
        "Shooting in Hyde Park",
        "https://www.poughkeepsiejournal.com/v16/",
        ("A man was shot and killed Sunday in the hamlet of Hyde Park, town police said."),
        ("Hyde Park",),
        "New York",
    ),
    (
        "v17",
        "Shooting in Centereach",
        "https://www.newsday.com/v17/",
        ("A teen was wounded Friday in Centereach, Suffolk County police said."),
        ("Centereach",),
        "New York",
    ),
    (
        "v18",
        "Shooting in Whitinsville",
        "https://www.telegram.com/v18/",
        ("A man was shot Saturday in the Whitinsville section of Northbridge, police said."),
        ("Northbridge", "Whitinsville"),
        "Massachusetts",
    ),
    (
        "s1",
        "Deputies investigate shooting",
        "https://www.wvlt.tv/s1/",
        (
            "MARYVILLE, Tenn. - A man was shot and killed Saturday at a home in Friendsville, "
            "the Blount County Sheriff's Office said."
        ),
        ("Friendsville",),
        "Tennessee",
    ),
    (
        "s2",
        "Shooting",
        "https://www.wtoc.com/s2/",
        (
            "STATESBORO, Ga. - Bulloch County deputies are investigating a shooting that "
            "wounded a man Sunday in Brooklet."
        ),
        ("Brooklet",),
        "Georgia",
    ),
    (
        "s3",
        "Man killed",
        "https://www.wcyb.com/s3/",
        (
            "ABINGDON, Va. - The Washington County Sheriff's Office said a man was shot to "
            "death Friday at a residence in Glade Spring."
        ),
        ("Glade Spring",),
        "Virginia",
    ),
    (
        "s4",
        "Shooting",
        "https://www.kltv.com/s4/",
        (
            "TYLER, Texas - Smith County deputies said a woman was wounded Monday at a home "
            "near Whitehouse."
        ),
        ("Whitehouse",),
        "Texas",
    ),
    (
        "s5",
        "Shooting",
        "https://www.wbrc.com/s5/",
        (
            "JASPER, Ala. - A man was shot and killed Tuesday in Cordova, the Walker County "
            "Sheriff said."
        ),
        ("Cordova",),
        "Alabama",
    ),
    (
        "s6",
        "Deputies",
        "https://www.wxii12.com/s6/",
        (
            "DOBSON, N.C. - The Surry County Sheriff's Office says a man was shot Thursday at a "
            "home in Pilot Mountain."
        ),
        ("Pilot Mountain",),
        "North Carolina",
    ),
    (
        "s7",
        "Shooting",
        "https://www.kwch.com/s7/",
        (
            "WELLINGTON, Kan. - Sumner County deputies said a man was shot and killed Saturday "
            "at a home in Belle Plaine."
        ),
        ("Belle Plaine",),
        "Kansas",
    ),
    (
        "s8",
        "Shooting",
        "https://www.wsls.com/s8/",
        (
            "CHRISTIANSBURG, Va. - A man was shot Sunday in the Riner area, the Montgomery "
            "County Sheriff's Office said."
        ),
        ("Riner",),
        "Virginia",
    ),
    (
        "s9",
        "Shooting",
        "https://www.wjxt.com/s9/",
        (
            "GREEN COVE SPRINGS, Fla. - Clay County deputies said a man was shot and killed "
            "Saturday in Keystone Heights."
        ),
        ("Keystone Heights",),
        "Florida",
    ),
    (
        "s10",
        "Shooting",
        "https://www.kotatv.com/s10/",
        (
            "STURGIS, S.D. - A man was wounded Friday in a shooting in Piedmont, the Meade "
            "County Sheriff said."
        ),
        ("Piedmont",),
        "South Dakota",
    ),
    (
        "s11",
        "Shooting",
        "https://www.wvva.com/s11/",
        (
            "PRINCETON, W.Va. - The Mercer County Sheriff's Department said a man was shot "
            "Saturday in Bluewell."
        ),
        ("Bluewell",),
        "West Virginia",
    ),
    (
        "s12",
        "Shooting",
        "https://www.wbir.com/s12/",
        (
            "DANDRIDGE, Tenn. - A man was shot Monday at a home in White Pine, the Jefferson "
            "County Sheriff's Office said."
        ),
        ("White Pine",),
        "Tennessee",
    ),
    (
        "s13",
        "Shooting",
        "https://www.kfvs12.com/s13/",
        (
            "BENTON, Mo. - Scott County deputies are investigating the death of a man shot "
            "Sunday in Chaffee."
        ),
        ("Chaffee",),
        "Missouri",
    ),
    (
        "s14",
        "Shooting",
        "https://www.wcjb.com/s14/",
        (
            "BRONSON, Fla. - A man was killed Tuesday in Williston, the Levy County Sheriff's "
            "Office said."
        ),
        ("Williston",),
        "Florida",
    ),
    (
        "s15",
        "Shooting",
        "https://www.wdam.com/s15/",
        (
            "LAUREL, Miss. - Jones County deputies said a woman was shot Friday at a home in "
            "Ellisville."
        ),
        ("Ellisville",),
        "Mississippi",
    ),
    (
        "s16",
        "Shooting",
        "https://www.whio.com/s16/",
        (
            "XENIA, Ohio - The Greene County Sheriff's Office said a man was shot Thursday in "
            "Jamestown."
        ),
        ("Jamestown",),
        "Ohio",
    ),
    (
        "p1",
        "Man shot at Lake Murray",
        "https://www.wistv.com/p1/",
        (
            "A man was shot Saturday at a boat landing on Lake Murray near Chapin, the "
            "Lexington County Sheriff's Department said."
        ),
        ("Chapin",),
        "South Carolina",
    ),
    (
        "p2",
        "Hunter shot",
        "https://www.wftv.com/p2/",
        (
            "A man was shot and killed Sunday in the Ocala National Forest near Umatilla, the "
            "Lake County Sheriff's Office said."
        ),
        ("Umatilla",),
        "Florida",
    ),
    (
        "p3",
        "Shooting at park",
        "https://www.wkyc.com/p3/",
        ("A man was shot Friday at Edgewater Park in Cleveland, police said."),
        ("Cleveland",),
        "Ohio",
    ),
    (
        "p4",
        "Shooting at state park",
        "https://www.wsoctv.com/p4/",
        (
            "A man was wounded Saturday at Crowders Mountain State Park near Kings Mountain, "
            "Gaston County police said."
        ),
        ("Kings Mountain",),
        "North Carolina",
    ),
    (
        "p5",
        "Shooting at lake",
        "https://www.wral.com/p5/",
        ("A man was shot Sunday at a campground at Falls Lake near Wake Forest, deputies said."),
        ("Wake Forest",),
        "North Carolina",
    ),
    (
        "p6",
        "Hunting dispute",
        "https://www.wjtv.com/p6/",
        (
            "A man was shot in a hunting camp Saturday near Brandon, the Rankin County "
            "Sheriff's Department said."
        ),
        ("Brandon",),
        "Mississippi",
    ),
    (
        "p7",
        "Lake shooting",
        "https://www.kark.com/p7/",
        (
            "A man was killed Sunday at a boat ramp on Lake Maumelle west of Little Rock, the "
            "Pulaski County Sheriff's Office said."
        ),
        ("Little Rock",),
        "Arkansas",
    ),
    (
        "p8",
        "Park shooting",
        "https://www.wreg.com/p8/",
        ("A teen was shot Saturday at Shelby Farms Park in Memphis, police said."),
        ("Memphis",),
        "Tennessee",
    ),
    (
        "p9",
        "Shooting at recreation area",
        "https://www.kens5.com/p9/",
        (
            "A man was shot and wounded Sunday at a recreation area on Canyon Lake near "
            "Sattler, Comal County deputies said."
        ),
        ("Sattler", "Canyon Lake"),
        "Texas",
    ),
    (
        "p10",
        "Wildlife area",
        "https://www.wdtn.com/p10/",
        (
            "A man was shot Saturday at the Spring Valley Wildlife Area near Waynesville, the "
            "sheriff said."
        ),
        ("Waynesville",),
        "Ohio",
    ),
    (
        "p11",
        "Lake shooting",
        "https://www.wsbtv.com/p11/",
        ("A man was shot at a Lake Lanier park near Buford on Sunday, Hall County deputies said."),
        ("Buford",),
        "Georgia",
    ),
    (
        "p12",
        "Beach shooting",
        "https://www.wavy.com/p12/",
        (
            "Two people were wounded Sunday at a beach near Virginia Beach's Oceanfront, police "
            "said."
        ),
        ("Virginia Beach",),
        "Virginia",
    ),
    (
        "f1",
        "Man killed in Gaffney",
        "https://www.wyff4.com/f1/",
        (
            "GREENVILLE, S.C. - A man was shot and killed Sunday in Gaffney, the Cherokee "
            "County Sheriff's Office said."
        ),
        ("Gaffney",),
        "South Carolina",
    ),
    (
        "f2",
        "Shooting in Waycross",
        "https://www.news4jax.com/f2/",
        (
            "JACKSONVILLE, Fla. - A man was wounded Monday in a shooting in Waycross, Georgia, "
            "police said."
        ),
        ("Waycross",),
        "Georgia",
    ),
    (
        "f3",
        "Shooting in Lake City",
        "https://www.wcjb.com/f3/",
        ("GAINESVILLE, Fla. - A woman was shot Saturday in Lake City, police said."),
        ("Lake City",),
        "Florida",
    ),
    (
        "f4",
        "Shooting in Roanoke Rapids",
        "https://www.wral.com/f4/",
        ("RALEIGH, N.C. - A man was shot and killed Friday in Roanoke Rapids, police said."),
        ("Roanoke Rapids",),
        "North Carolina",
    ),
    (
        "f5",
        "Shooting in Batesville",
        "https://www.wreg.com/f5/",
        (
            "MEMPHIS, Tenn. - A man was shot to death Sunday in Batesville, Mississippi, police "
            "there said."
        ),
        ("Batesville",),
        "Mississippi",
    ),
    (
        "f6",
        "Shooting",
        "https://www.kwch.com/f6/",
        ("WICHITA, Kan. - Police in Hutchinson say a man was shot Saturday night outside a bar."),
        ("Hutchinson",),
        "Kansas",
    ),
    (
        "f7",
        "Shooting",
        "https://www.wtae.com/f7/",
        ("PITTSBURGH - A man was shot and killed in Uniontown on Sunday, state police said."),
        ("Uniontown",),
        "Pennsylvania",
    ),
    (
        "f8",
        "Shooting",
        "https://www.ksdk.com/f8/",
        (
            "ST. LOUIS - A man was shot Saturday in Farmington, about 70 miles south of St. "
            "Louis, police said."
        ),
        ("Farmington",),
        "Missouri",
    ),
    (
        "f9",
        "Shooting",
        "https://www.wdsu.com/f9/",
        ("NEW ORLEANS - A man was killed Sunday in a shooting in Hammond, police said."),
        ("Hammond",),
        "Louisiana",
    ),
    (
        "f10",
        "Shooting",
        "https://www.kxan.com/f10/",
        (
            "AUSTIN, Texas - A man was shot Friday in Lockhart, about 30 miles south of Austin, "
            "police said."
        ),
        ("Lockhart",),
        "Texas",
    ),
    (
        "f11",
        "Shooting",
        "https://www.wsbtv.com/f11/",
        (
            "ATLANTA - A man was shot and killed Sunday in LaGrange, police said. Officers "
            "found him in a parking lot."
        ),
        ("LaGrange",),
        "Georgia",
    ),
    (
        "f12",
        "Shooting",
        "https://www.wlky.com/f12/",
        (
            "LOUISVILLE, Ky. - Elizabethtown police are looking into a Sunday shooting in "
            "which one man died."
        ),
        ("Elizabethtown",),
        "Kentucky",
    ),
    (
        "f13",
        "Shooting",
        "https://www.kcrg.com/f13/",
        ("CEDAR RAPIDS, Iowa - A man was wounded Saturday in a shooting in Waterloo, police said."),
        ("Waterloo",),
        "Iowa",
    ),
    (
        "f14",
        "Shooting",
        "https://www.wbay.com/f14/",
        ("GREEN BAY, Wis. - A man was shot and killed Sunday in Oshkosh, police said."),
        ("Oshkosh",),
        "Wisconsin",
    ),
    (
        "f15",
        "Shooting",
        "https://www.kare11.com/f15/",
        ("MINNEAPOLIS - A man was shot Saturday in St. Cloud, police said."),
        ("St. Cloud",),
        "Minnesota",
    ),
    (
        "f16",
        "Shooting",
        "https://www.kmov.com/f16/",
        (
            "ST. LOUIS - Illinois State Police are investigating a shooting Sunday on "
            "Interstate 64 near O'Fallon that wounded a driver."
        ),
        ("O'Fallon",),
        "Illinois",
    ),
    (
        "p13",
        "Hunter shot",
        "https://www.wsaz.com/p13/",
        (
            "A hunter was shot and killed Saturday in the Chief Cornstalk Wildlife Management "
            "Area near Southside, the Division of Natural Resources said."
        ),
        ("Southside",),
        "West Virginia",
    ),
    (
        "p14",
        "Shooting at state park",
        "https://www.wkrn.com/p14/",
        (
            "A man was shot Sunday at Cedars of Lebanon State Park near Lebanon, the Wilson "
            "County Sheriff's Office said."
        ),
        ("Lebanon",),
        "Tennessee",
    ),
    (
        "p15",
        "Shooting in forest",
        "https://www.wlos.com/p15/",
        ("A man was shot Saturday in the Pisgah National Forest near Brevard, deputies said."),
        ("Brevard",),
        "North Carolina",
    ),
    (
        "p16",
        "Shooting at lake",
        "https://www.wyff4.com/p16/",
        (
            "A man was wounded Sunday at Lake Hartwell near Anderson, the Anderson County "
            "Sheriff's Office said."
        ),
        ("Anderson",),
        "South Carolina",
    ),
    (
        "p17",
        "Campground shooting",
        "https://www.kmov.com/p17/",
        (
            "A man was killed Saturday at a campground in the Mark Twain National Forest near "
            "Doniphan, the Ripley County sheriff said."
        ),
        ("Doniphan",),
        "Missouri",
    ),
    (
        "p18",
        "Shooting at recreation area",
        "https://www.kfor.com/p18/",
        (
            "A woman was shot Sunday at Lake Thunderbird State Park east of Norman, the "
            "Cleveland County Sheriff's Office said."
        ),
        ("Norman",),
        "Oklahoma",
    ),
    (
        "p19",
        "Shooting at river access",
        "https://www.ky3.com/p19/",
        (
            "A man was shot Saturday at a river access on the James River near Galena, the "
            "Stone County Sheriff's Office said."
        ),
        ("Galena",),
        "Missouri",
    ),
    (
        "p20",
        "Shooting at county park",
        "https://www.wsoctv.com/p20/",
        ("A teenager was wounded Sunday at Latta Nature Preserve near Huntersville, police said."),
        ("Huntersville",),
        "North Carolina",
    ),
    (
        "p21",
        "Shooting in national forest",
        "https://www.wdam.com/p21/",
        (
            "A man was killed Friday in the De Soto National Forest near Wiggins, the Stone "
            "County Sheriff's Department said."
        ),
        ("Wiggins",),
        "Mississippi",
    ),
    (
        "p22",
        "Shooting at lake",
        "https://www.wtoc.com/p22/",
        ("A man was shot Sunday at Lake Mayers near Statesboro, Bulloch County deputies said."),
        ("Statesboro",),
        "Georgia",
    ),
    (
        "u21",
        "Shooting",
        "https://www.wbtv.com/u21/",
        (
            "A man was shot and killed Sunday in the Mineral Springs community near Monroe, the "
            "Union County Sheriff's Office said."
        ),
        ("Mineral Springs", "Monroe"),
        "North Carolina",
    ),
    (
        "u22",
        "Shooting",
        "https://www.wral.com/u22/",
        (
            "A man was shot Saturday in the unincorporated community of Bunnlevel in Harnett "
            "County, deputies said."
        ),
        ("Bunnlevel",),
        "North Carolina",
    ),
    (
        "u23",
        "Shooting",
        "https://www.wsls.com/u23/",
        (
            "A man was killed Sunday in the Ferrum area of Franklin County, the sheriff's "
            "office said."
        ),
        ("Ferrum",),
        "Virginia",
    ),
    (
        "u24",
        "Shooting",
        "https://www.wtvr.com/u24/",
        ("A man was wounded Saturday in the Ruther Glen area of Caroline County, deputies said."),
        ("Ruther Glen",),
        "Virginia",
    ),
    (
        "u25",
        "Shooting",
        "https://www.wsbtv.com/u25/",
        ("A woman was shot Sunday in unincorporated DeKalb County near Decatur, police said."),
        ("Decatur",),
        "Georgia",
    ),
    (
        "u26",
        "Shooting",
        "https://www.ksdk.com/u26/",
        (
            "A man was killed Friday in unincorporated St. Louis County near Florissant, county "
            "police said."
        ),
        ("Florissant",),
        "Missouri",
    ),
    (
        "u27",
        "Shooting",
        "https://www.wral.com/u27/",
        (
            "A man was shot and wounded Saturday in the Stedman community of Cumberland County, "
            "deputies said."
        ),
        ("Stedman",),
        "North Carolina",
    ),
    (
        "u28",
        "Shooting",
        "https://www.wistv.com/u28/",
        ("A man was killed Sunday in the Gaston community of Lexington County, deputies said."),
        ("Gaston",),
        "South Carolina",
    ),
    (
        "u29",
        "Shooting",
        "https://www.wlox.com/u29/",
        (
            "A man was shot Sunday in the Lizana community north of Gulfport, the Harrison "
            "County Sheriff's Office said."
        ),
        ("Gulfport", "Lizana"),
        "Mississippi",
    ),
    (
        "u30",
        "Shooting",
        "https://www.wbrc.com/u30/",
        (
            "A man was shot and killed Saturday in the McCalla area of Jefferson County, "
            "deputies said."
        ),
        ("McCalla",),
        "Alabama",
    ),
    (
        "v19",
        "Shooting",
        "https://www.courant.com/v19/",
        ("A man was shot Friday in the Unionville section of Farmington, police said."),
        ("Farmington", "Unionville"),
        "Connecticut",
    ),
    (
        "v20",
        "Shooting",
        "https://www.masslive.com/v20/",
        ("A man was shot Saturday in the Thorndike section of Palmer, police said."),
        ("Palmer", "Thorndike"),
        "Massachusetts",
    ),
    (
        "v21",
        "Shooting",
        "https://www.capecodtimes.com/v21/",
        ("A man was wounded Sunday in West Yarmouth, police said."),
        ("Yarmouth", "West Yarmouth"),
        "Massachusetts",
    ),
    (
        "v22",
        "Shooting",
        "https://www.southcoasttoday.com/v22/",
        ("A man was shot Saturday in the village of Onset in Wareham, police said."),
        ("Wareham", "Onset"),
        "Massachusetts",
    ),
    (
        "v23",
        "Shooting",
        "https://www.theday.com/v23/",
        ("A man was shot Sunday in the Pawcatuck section of Stonington, police said."),
        ("Stonington", "Pawcatuck"),
        "Connecticut",
    ),
    (
        "v24",
        "Shooting",
        "https://www.telegram.com/v24/",
        ("A man was shot Friday in the Fiskdale section of Sturbridge, police said."),
        ("Sturbridge", "Fiskdale"),
        "Massachusetts",
    ),
    (
        "v25",
        "Shooting",
        "https://www.telegram.com/v25/",
        ("A man was shot Friday in Whitinsville, Northbridge police said."),
        ("Northbridge", "Whitinsville"),
        "Massachusetts",
    ),
    (
        "v26",
        "Shooting",
        "https://www.bostonglobe.com/v26/",
        ("A man was wounded Saturday in the Buzzards Bay section of Bourne, police said."),
        ("Bourne", "Buzzards Bay"),
        "Massachusetts",
    ),
    (
        "s17",
        "Shooting",
        "https://www.wate.com/s17/",
        (
            "KNOXVILLE, Tenn. - The Knox County Sheriff's Office said a man was shot Saturday "
            "at a home in Corryton."
        ),
        ("Corryton",),
        "Tennessee",
    ),
    (
        "s18",
        "Shooting",
        "https://www.wtvm.com/s18/",
        ("COLUMBUS, Ga. - Harris County deputies said a man was killed Sunday near Hamilton."),
        ("Hamilton",),
        "Georgia",
    ),
    (
        "s19",
        "Shooting",
        "https://www.kwtx.com/s19/",
        (
            "BELTON, Texas - The Bell County Sheriff's Department said a man was shot Friday at "
            "a home outside Salado."
        ),
        ("Salado",),
        "Texas",
    ),
    (
        "s20",
        "Shooting",
        "https://www.wafb.com/s20/",
        (
            "LIVINGSTON, La. - Livingston Parish deputies said a man was shot and killed "
            "Saturday in Walker."
        ),
        ("Walker",),
        "Louisiana",
    ),
    (
        "f17",
        "Shooting",
        "https://www.wral.com/f17/",
        (
            "RALEIGH, N.C. - A man was shot and killed Saturday in Rocky Mount, about 60 miles "
            "east of Raleigh, police said."
        ),
        ("Rocky Mount",),
        "North Carolina",
    ),
    (
        "f18",
        "Shooting",
        "https://www.wcvb.com/f18/",
        ("BOSTON - A man was shot Sunday in Fitchburg, police said."),
        ("Fitchburg",),
        "Massachusetts",
    ),
    (
        "f19",
        "Shooting",
        "https://www.kcci.com/f19/",
        ("DES MOINES, Iowa - A man was shot Saturday in Marshalltown, police said."),
        ("Marshalltown",),
        "Iowa",
    ),
    (
        "f20",
        "Shooting",
        "https://www.wsmv.com/f20/",
        (
            "NASHVILLE, Tenn. - A man was killed Sunday in Shelbyville, about 55 miles "
            "southeast of Nashville."
        ),
        ("Shelbyville",),
        "Tennessee",
    ),
    (
        "r21",
        "Shooting",
        "https://www.wsfa.com/r21/",
        (
            "A man was shot Saturday on Alabama 14 west of Millbrook, the Elmore County "
            "Sheriff's Office said."
        ),
        ("Millbrook",),
        "Alabama",
    ),
    (
        "r22",
        "Shooting",
        "https://www.wbtw.com/r22/",
        (
            "A man was killed Sunday at a home on Dongola Highway outside Conway, the Horry "
            "County Police Department said."
        ),
        ("Conway",),
        "South Carolina",
    ),
    (
        "r23",
        "Shooting",
        "https://www.kotatv.com/r23/",
        (
            "A man was shot Friday on a gravel road about 10 miles east of Hot Springs, the "
            "Fall River County sheriff said."
        ),
        ("Hot Springs",),
        "South Dakota",
    ),
    (
        "r24",
        "Shooting",
        "https://www.kxii.com/r24/",
        (
            "A man was shot and killed Saturday on Preston Road in rural Grayson County near "
            "Pottsboro, deputies said."
        ),
        ("Pottsboro",),
        "Texas",
    ),
    (
        "r25",
        "Shooting",
        "https://www.wvtm13.com/r25/",
        (
            "A man was shot Sunday on County Road 29 in the Hayden area, the Blount County "
            "Sheriff's Office said."
        ),
        ("Hayden",),
        "Alabama",
    ),
    (
        "r26",
        "Shooting",
        "https://www.kait8.com/r26/",
        (
            "A man was shot Saturday at a residence on Highway 63 between Jonesboro and Bono, "
            "the Craighead County Sheriff's Office said."
        ),
        ("Jonesboro", "Bono"),
        "Arkansas",
    ),
    (
        "n1",
        "Shooting",
        "https://www.wtvm.com/n1/",
        ("COLUMBUS, Ga. - Harris County deputies said a man was killed Sunday near Hamilton."),
        ("Hamilton",),
        "Georgia",
    ),
    (
        "n2",
        "Shooting",
        "https://www.wjhl.com/n2/",
        (
            "A man was shot Saturday at a home in Clinton, the Anderson County Sheriff's Office "
            "said."
        ),
        ("Clinton",),
        "Tennessee",
    ),
    (
        "n3",
        "Shooting",
        "https://www.wsaz.com/n3/",
        (
            "HUNTINGTON, W.Va. - A man was shot and killed Sunday in Hamlin, Lincoln County "
            "deputies said."
        ),
        ("Hamlin",),
        "West Virginia",
    ),
    (
        "n4",
        "Shooting",
        "https://www.wdam.com/n4/",
        ("Covington County deputies say a man was shot Friday near Seminary."),
        ("Seminary",),
        "Mississippi",
    ),
    (
        "n5",
        "Shooting",
        "https://www.wsfa.com/n5/",
        (
            "MONTGOMERY, Ala. - Lowndes County deputies said a man was shot and killed Saturday "
            "in Hayneville."
        ),
        ("Hayneville",),
        "Alabama",
    ),
    (
        "n6",
        "Shooting",
        "https://www.kait8.com/n6/",
        (
            "JONESBORO, Ark. - A man was shot Sunday in Salem, the Fulton County Sheriff's "
            "Office said."
        ),
        ("Salem",),
        "Arkansas",
    ),
    (
        "n7",
        "Shooting",
        "https://www.wkyt.com/n7/",
        (
            "LEXINGTON, Ky. - The Casey County Sheriff's Office said a woman was shot Saturday "
            "near Liberty."
        ),
        ("Liberty",),
        "Kentucky",
    ),
    (
        "n8",
        "Shooting",
        "https://www.wbir.com/n8/",
        (
            "KNOXVILLE, Tenn. - Union County deputies said a man was shot and killed Sunday "
            "near Maynardville."
        ),
        ("Maynardville",),
        "Tennessee",
    ),
    (
        "n9",
        "Shooting",
        "https://www.wsbtv.com/n9/",
        ("ATLANTA - Heard County deputies said a man was shot to death Saturday in Franklin."),
        ("Franklin",),
        "Georgia",
    ),
    (
        "n10",
        "Shooting",
        "https://www.kfvs12.com/n10/",
        (
            "CAPE GIRARDEAU, Mo. - Bollinger County deputies said a man was shot Sunday near "
            "Marble Hill."
        ),
        ("Marble Hill",),
        "Missouri",
    ),
    (
        "n11",
        "Shooting",
        "https://www.wtvq.com/n11/",
        (
            "LEXINGTON, Ky. - Kentucky State Police say a man was shot Saturday in Greensburg "
            "in Green County."
        ),
        ("Greensburg",),
        "Kentucky",
    ),
    (
        "n12",
        "Shooting",
        "https://www.wbrc.com/n12/",
        (
            "BIRMINGHAM, Ala. - The Chilton County Sheriff's Office said a man was killed "
            "Sunday near Clanton."
        ),
        ("Clanton",),
        "Alabama",
    ),
    (
        "n13",
        "Shooting",
        "https://www.wtoc.com/n13/",
        (
            "SAVANNAH, Ga. - Effingham County deputies said a man was shot and wounded Friday "
            "near Springfield."
        ),
        ("Springfield",),
        "Georgia",
    ),
    (
        "n14",
        "Shooting",
        "https://www.wral.com/n14/",
        ("RALEIGH, N.C. - Franklin County deputies said a man was killed Sunday near Louisburg."),
        ("Louisburg",),
        "North Carolina",
    ),
    (
        "n15",
        "Shooting",
        "https://www.wkrn.com/n15/",
        (
            "NASHVILLE, Tenn. - The Cheatham County Sheriff's Office said a man was shot "
            "Saturday near Ashland City."
        ),
        ("Ashland City",),
        "Tennessee",
    ),
    (
        "n16",
        "Shooting",
        "https://www.kltv.com/n16/",
        ("TYLER, Texas - Cherokee County deputies said a man was shot Sunday near Rusk."),
        ("Rusk",),
        "Texas",
    ),
    (
        "n17",
        "Shooting",
        "https://www.wdtn.com/n17/",
        ("DAYTON, Ohio - Preble County deputies said a man was shot Saturday near Eaton."),
        ("Eaton",),
        "Ohio",
    ),
    (
        "n18",
        "Shooting",
        "https://www.wjtv.com/n18/",
        ("JACKSON, Miss. - Madison County deputies said a man was shot Friday in Canton."),
        ("Canton",),
        "Mississippi",
    ),
    (
        "n19",
        "Shooting",
        "https://www.wlbt.com/n19/",
        (
            "JACKSON, Miss. - A man was killed Sunday near Georgetown, the Copiah County "
            "Sheriff's Department said."
        ),
        ("Georgetown",),
        "Mississippi",
    ),
    (
        "n20",
        "Shooting",
        "https://www.wsls.com/n20/",
        ("ROANOKE, Va. - Franklin County deputies said a man was shot Sunday near Union Hall."),
        ("Union Hall",),
        "Virginia",
    ),
    (
        "n21",
        "Shooting",
        "https://www.wvlt.tv/n21/",
        (
            "KNOXVILLE, Tenn. - Monroe County deputies said a man was shot Saturday near "
            "Madisonville."
        ),
        ("Madisonville",),
        "Tennessee",
    ),
    (
        "n22",
        "Shooting",
        "https://www.kcbd.com/n22/",
        ("LUBBOCK, Texas - Lynn County deputies said a man was shot Sunday near Tahoka."),
        ("Tahoka",),
        "Texas",
    ),
    (
        "n23",
        "Shooting",
        "https://www.wbtv.com/n23/",
        (
            "CHARLOTTE, N.C. - Stanly County deputies said a man was shot and killed Saturday "
            "near Oakboro."
        ),
        ("Oakboro",),
        "North Carolina",
    ),
    (
        "n24",
        "Shooting",
        "https://www.whsv.com/n24/",
        ("HARRISONBURG, Va. - Page County deputies said a woman was shot Sunday near Luray."),
        ("Luray",),
        "Virginia",
    ),
    (
        "n25",
        "Shooting",
        "https://www.kwch.com/n25/",
        ("WICHITA, Kan. - Butler County deputies said a man was shot Sunday near Augusta."),
        ("Augusta",),
        "Kansas",
    ),
    (
        "n26",
        "Shooting",
        "https://www.wndu.com/n26/",
        (
            "SOUTH BEND, Ind. - Marshall County deputies said a man was killed Saturday near "
            "Plymouth."
        ),
        ("Plymouth",),
        "Indiana",
    ),
    (
        "n27",
        "Shooting",
        "https://www.kmov.com/n27/",
        ("ST. LOUIS - Franklin County deputies said a man was shot Sunday near Union."),
        ("Union",),
        "Missouri",
    ),
    (
        "n28",
        "Shooting",
        "https://www.wane.com/n28/",
        ("FORT WAYNE, Ind. - Noble County deputies said a man was shot Friday near Ligonier."),
        ("Ligonier",),
        "Indiana",
    ),
    (
        "n29",
        "Shooting",
        "https://www.wave3.com/n29/",
        (
            "LOUISVILLE, Ky. - Henry County deputies said a man was shot and killed Sunday near "
            "Eminence."
        ),
        ("Eminence",),
        "Kentucky",
    ),
    (
        "n30",
        "Shooting",
        "https://www.wtok.com/n30/",
        ("MERIDIAN, Miss. - Clarke County deputies said a man was shot Sunday near Quitman."),
        ("Quitman",),
        "Mississippi",
    ),
    (
        "t2",
        "Shooting",
        "https://www.wlwt.com/t2/",
        (
            "CINCINNATI - Kentucky State Police said a man was shot and killed Saturday near "
            "Florence."
        ),
        ("Florence",),
        "Kentucky",
    ),
    (
        "t3",
        "Shooting",
        "https://www.wmc.com/t3/",
        (
            "MEMPHIS, Tenn. - Arkansas State Police are investigating a shooting that killed a "
            "man Sunday near Marion."
        ),
        ("Marion",),
        "Arkansas",
    ),
    (
        "t4",
        "Shooting",
        "https://www.wtae.com/t4/",
        (
            "PITTSBURGH - West Virginia State Police said a man was wounded Friday in a "
            "shooting near Weirton."
        ),
        ("Weirton",),
        "West Virginia",
    ),
    (
        "t5",
        "Shooting",
        "https://www.kmbc.com/t5/",
        (
            "KANSAS CITY, Mo. - The Kansas Highway Patrol said a driver was shot Saturday on "
            "Interstate 70 near Bonner Springs."
        ),
        ("Bonner Springs",),
        "Kansas",
    ),
    (
        "t6",
        "Shooting",
        "https://www.wdrb.com/t6/",
        (
            "LOUISVILLE, Ky. - Indiana State Police said a man was shot and killed Sunday near "
            "Salem."
        ),
        ("Salem",),
        "Indiana",
    ),
    (
        "t7",
        "Shooting",
        "https://www.wsbtv.com/t7/",
        (
            "ATLANTA - The Georgia State Patrol said a driver was shot Sunday on Interstate 85 "
            "near Franklin Springs."
        ),
        ("Franklin Springs",),
        "Georgia",
    ),
    (
        "t8",
        "Shooting",
        "https://www.wbtv.com/t8/",
        (
            "CHARLOTTE, N.C. - South Carolina Highway Patrol troopers said a driver was shot "
            "Saturday on Interstate 77 near Chester."
        ),
        ("Chester",),
        "South Carolina",
    ),
    (
        "t9",
        "Shooting",
        "https://www.kfor.com/t9/",
        (
            "OKLAHOMA CITY - Texas Department of Public Safety troopers said a man was shot "
            "Sunday near Gainesville."
        ),
        ("Gainesville",),
        "Texas",
    ),
    (
        "t10",
        "Shooting",
        "https://www.whas11.com/t10/",
        (
            "LOUISVILLE, Ky. - Indiana State Police are investigating after a man was shot "
            "Saturday in Charlestown."
        ),
        ("Charlestown",),
        "Indiana",
    ),
    (
        "c1",
        "Shooting",
        "https://www.bostonglobe.com/c1/",
        ("Two men were wounded Saturday in the Dorchester section of Boston, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "c2",
        "Shooting",
        "https://www.telegram.com/c2/",
        ("A man was shot Friday in the Main South neighborhood, Worcester police said."),
        ("Worcester",),
        "Massachusetts",
    ),
    (
        "c3",
        "Shooting",
        "https://www.11alive.com/c3/",
        ("A man was shot and killed Sunday in Forest Park, Clayton County police said."),
        ("Forest Park",),
        "Georgia",
    ),
    (
        "c4",
        "Shooting",
        "https://www.clickondetroit.com/c4/",
        ("A man was shot Saturday in the Sherwood Forest neighborhood of Detroit, police said."),
        ("Detroit",),
        "Michigan",
    ),
    (
        "c5",
        "Shooting",
        "https://www.wcvb.com/c5/",
        ("A man was shot Sunday in the Hyde Park section of Boston, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "c6",
        "Shooting",
        "https://www.masslive.com/c6/",
        ("A man was wounded Saturday in the Forest Park section of Springfield, police said."),
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "c7",
        "Shooting",
        "https://www.wtvm.com/c7/",
        (
            "COLUMBUS, Ga. - A man was shot Sunday on Victory Drive, Columbus police said. "
            "Harris County deputies were not involved."
        ),
        ("Columbus",),
        "Georgia",
    ),
    (
        "c8",
        "Shooting",
        "https://www.wlky.com/c8/",
        ("A man was shot Saturday in Franklin, the Simpson County Sheriff's Office said."),
        ("Franklin",),
        "Kentucky",
    ),
    (
        "L1",
        "Deputies: man killed in rural shooting",
        "https://www.wfmynews2.com/L1/",
        (
            "ASHEBORO, N.C. - A man died after he was shot at a home on Old Cedar Falls Road "
            "early Sunday, the Randolph County Sheriff's Office said. Deputies said the home is "
            "just outside Franklinville. The victim, a 42-year-old man from Ramseur, was "
            "pronounced dead at the scene. A suspect was arrested in Asheboro later that day."
        ),
        ("Franklinville",),
        "North Carolina",
    ),
    (
        "L2",
        "Woman wounded",
        "https://www.wistv.com/L2/",
        (
            "LEXINGTON, S.C. - A woman was hurt in a shooting Saturday night at a mobile home "
            "park off Highway 6 near Swansea, deputies said. She was flown to a hospital in "
            "Columbia. Investigators said the shooter, a Gaston man, turned himself in."
        ),
        ("Swansea",),
        "South Carolina",
    ),
    (
        "L3",
        "Man shot while hunting",
        "https://www.wbir.com/L3/",
        (
            "A Sevierville man was shot in the leg Saturday while hunting on private land near "
            "Kodak, the Sevier County Sheriff's Office said. He was treated at a hospital in "
            "Knoxville."
        ),
        ("Kodak",),
        "Tennessee",
    ),
    (
        "L4",
        "Two shot at party",
        "https://www.kwqc.com/L4/",
        (
            "Two people were shot early Sunday at a party at a farmhouse on 60th Avenue outside "
            "Coal Valley, the Rock Island County Sheriff's Office said. Both were taken to a "
            "hospital in Moline."
        ),
        ("Coal Valley",),
        "Illinois",
    ),
    (
        "L5",
        "Man charged",
        "https://www.wsaz.com/L5/",
        (
            "A Milton man was charged Monday after his neighbor was shot on Trace Fork Road in "
            "the Culloden area, the Cabell County Sheriff's Department said. The neighbor was "
            "taken to St. Mary's Medical Center in Huntington."
        ),
        ("Culloden",),
        "West Virginia",
    ),
    (
        "L6",
        "Man killed in Hugo",
        "https://www.kxii.com/L6/",
        (
            "DURANT, Okla. - A man was shot and killed Saturday at a home in Hugo, the Choctaw "
            "County Sheriff's Office said. The suspect was arrested in Durant."
        ),
        ("Hugo",),
        "Oklahoma",
    ),
    (
        "L7",
        "Shooting",
        "https://www.wjhl.com/L7/",
        (
            "KINGSPORT, Tenn. - A man was shot Sunday afternoon at a home on Carters Valley "
            "Road in the Mount Carmel area, the Hawkins County Sheriff's Office said. Kingsport "
            "police assisted. The man was taken to Holston Valley Medical Center in Kingsport."
        ),
        ("Mount Carmel",),
        "Tennessee",
    ),
    (
        "L8",
        "Shooting",
        "https://www.kake.com/L8/",
        (
            "A man was wounded in a shooting Saturday at a rural home about four miles "
            "southeast of Augusta, the Butler County Sheriff's Office said. The man, from El "
            "Dorado, was taken to a Wichita hospital."
        ),
        ("Augusta",),
        "Kansas",
    ),
    (
        "L9",
        "Shooting",
        "https://www.wcnc.com/L9/",
        (
            "GASTONIA, N.C. - A man was killed and another hurt Saturday in a shooting at a "
            "home in the Crouse community near Cherryville, the Gaston County Police Department "
            "said. The victims were from Lincolnton."
        ),
        ("Cherryville", "Crouse"),
        "North Carolina",
    ),
    (
        "L10",
        "Shooting",
        "https://www.wtok.com/L10/",
        (
            "A man is dead after a shooting Sunday at a store on Highway 45 in Shubuta, the "
            "Clarke County Sheriff's Department said. The suspect fled toward Waynesboro."
        ),
        ("Shubuta",),
        "Mississippi",
    ),
    (
        "L11",
        "Shooting",
        "https://www.wbrc.com/L11/",
        (
            "A man was shot and killed Friday at a home on County Road 12 in the Empire "
            "community, the Walker County Sheriff's Office said. Deputies arrested a man in "
            "Jasper."
        ),
        ("Empire",),
        "Alabama",
    ),
    (
        "L12",
        "Shooting",
        "https://www.ktiv.com/L12/",
        (
            "A man was shot Saturday at a farm south of Le Mars, the Plymouth County Sheriff's "
            "Office said. He was taken to a Sioux City hospital."
        ),
        ("Le Mars",),
        "Iowa",
    ),
    (
        "L13",
        "Shooting",
        "https://www.wowt.com/L13/",
        (
            "A man was shot Sunday on a county road about two miles west of Valley, the Douglas "
            "County Sheriff's Office said. He was taken to a hospital in Omaha."
        ),
        ("Valley",),
        "Nebraska",
    ),
    (
        "L14",
        "Shooting",
        "https://www.kspr.com/L14/",
        (
            "A man was shot and killed Saturday at a home in rural Christian County near "
            "Sparta, the sheriff's office said. A Springfield man was arrested."
        ),
        ("Sparta",),
        "Missouri",
    ),
    (
        "L15",
        "Shooting",
        "https://www.wdbj7.com/L15/",
        (
            "BEDFORD, Va. - A man was shot Sunday at a residence in the Goode area, the Bedford "
            "County Sheriff's Office said. He was flown to Roanoke Memorial Hospital."
        ),
        ("Goode",),
        "Virginia",
    ),
    (
        "L16",
        "Shooting",
        "https://www.wvva.com/L16/",
        (
            "A man was shot and killed Saturday at a home in the Bud community of Wyoming "
            "County, State Police said. Troopers from the Mullens detachment responded."
        ),
        ("Bud",),
        "West Virginia",
    ),
    (
        "L17",
        "Shooting",
        "https://www.wtoc.com/L17/",
        (
            "HINESVILLE, Ga. - A man was shot Sunday at a home off Highway 84 near Ludowici, "
            "the Long County Sheriff's Office said. He was taken to Memorial Health in "
            "Savannah."
        ),
        ("Ludowici",),
        "Georgia",
    ),
    (
        "L18",
        "Shooting",
        "https://www.kplctv.com/L18/",
        (
            "A man was shot and killed Saturday on Highway 27 south of DeQuincy, the Calcasieu "
            "Parish Sheriff's Office said. A suspect was booked into the parish jail in Lake "
            "Charles."
        ),
        ("DeQuincy",),
        "Louisiana",
    ),
    (
        "L19",
        "Shooting",
        "https://www.wect.com/L19/",
        (
            "WILMINGTON, N.C. - A man was shot Saturday in the Rocky Point area of Pender "
            "County, deputies said. He was taken to Novant Health New Hanover Regional Medical "
            "Center in Wilmington."
        ),
        ("Rocky Point",),
        "North Carolina",
    ),
    (
        "L20",
        "Shooting",
        "https://www.wsoctv.com/L20/",
        (
            "A man was shot Sunday on Lake Wylie near the Buster Boyd Bridge, the York County "
            "Sheriff's Office said. He was taken to a hospital in Charlotte."
        ),
        ("Lake Wylie",),
        "South Carolina",
    ),
    (
        "L21",
        "Shooting",
        "https://www.wtvr.com/L21/",
        (
            "A man was shot and wounded Saturday in the Montpelier area of Hanover County, "
            "deputies said. He was taken to VCU Medical Center in Richmond."
        ),
        ("Montpelier",),
        "Virginia",
    ),
    (
        "L22",
        "Shooting",
        "https://www.wnep.com/L22/",
        (
            "A man was shot Sunday in Ransom Township, Lackawanna County, state police said. "
            "Troopers from Dunmore are investigating."
        ),
        ("Ransom Township", "Ransom"),
        "Pennsylvania",
    ),
    (
        "L23",
        "Shooting",
        "https://www.wbng.com/L23/",
        (
            "A man was wounded Saturday in the town of Fenton, the Broome County Sheriff's "
            "Office said. He was taken to Wilson Medical Center in Johnson City."
        ),
        ("Fenton",),
        "New York",
    ),
    (
        "L24",
        "Shooting",
        "https://www.wivb.com/L24/",
        (
            "A man was shot Sunday in the town of Wheatfield, the Niagara County Sheriff's "
            "Office said. He was taken to Erie County Medical Center in Buffalo."
        ),
        ("Wheatfield",),
        "New York",
    ),
    (
        "w1",
        "Man dies after shooting",
        "https://www.wfmynews2.com/w1/",
        (
            "ASHEBORO, N.C. - A man died after he was shot at a home on Old Cedar Falls Road "
            "early Sunday, the Randolph County Sheriff's Office said. Deputies said the home is "
            "just outside Franklinville."
        ),
        ("Franklinville",),
        "North Carolina",
    ),
    (
        "w2",
        "Shooting",
        "https://www.kxii.com/w2/",
        (
            "SHERMAN, Texas - A man was shot and wounded late Friday at a residence on "
            "Farm-to-Market Road 902, Grayson County deputies said. The shooting happened near "
            "Tom Bean."
        ),
        ("Tom Bean",),
        "Texas",
    ),
    (
        "w3",
        "Shooting",
        "https://www.wsls.com/w3/",
        (
            "ROCKY MOUNT, Va. - A woman was shot Saturday night at a home on Six Mile Post "
            "Road, the Franklin County Sheriff's Office said. The home is in the Penhook area."
        ),
        ("Penhook",),
        "Virginia",
    ),
    (
        "w4",
        "Shooting",
        "https://www.wbtv.com/w4/",
        (
            "SALISBURY, N.C. - One man died and another was hurt in a shooting at a house on "
            "Long Ferry Road late Saturday, the Rowan County Sheriff's Office said. It happened "
            "just outside Spencer."
        ),
        ("Spencer",),
        "North Carolina",
    ),
    (
        "w5",
        "Shooting",
        "https://www.kait8.com/w5/",
        (
            "PARAGOULD, Ark. - A man was shot twice Sunday during an argument at a rural "
            "property on Greene 712 Road, deputies said. The property is about five miles west "
            "of Marmaduke."
        ),
        ("Marmaduke",),
        "Arkansas",
    ),
    (
        "w6",
        "Shooting",
        "https://www.wmbfnews.com/w6/",
        (
            "CONWAY, S.C. - A man was found shot to death Saturday morning at a residence on "
            "Highway 66, Horry County police said. The residence is near Loris."
        ),
        ("Loris",),
        "South Carolina",
    ),
    (
        "w7",
        "Shooting",
        "https://www.kwch.com/w7/",
        (
            "WICHITA, Kan. - A teenager was shot and wounded Friday night at a party in the "
            "4000 block of North Hydraulic, Wichita police said. The victim's home is in Park "
            "City."
        ),
        ("Wichita",),
        "Kansas",
    ),
    (
        "w8",
        "Shooting",
        "https://www.wral.com/w8/",
        (
            "RALEIGH, N.C. - A man was shot and killed Sunday on New Bern Avenue, Raleigh "
            "police said. The shooting was the third in the city this month. The man's family "
            "lives in Garner."
        ),
        ("Raleigh",),
        "North Carolina",
    ),
    (
        "w9",
        "Shooting",
        "https://www.wsbtv.com/w9/",
        (
            "ATLANTA - A man was shot and killed Sunday at an apartment complex on Campbellton "
            "Road, Atlanta police said. It was the second shooting in the area this week. The "
            "suspect was caught in East Point."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "x1",
        "Shooting",
        "https://www.wral.com/x1/",
        (
            "A man was shot and killed Sunday at a home on Pine Street in Fuquay-Varina, police "
            "said. It was the third homicide in Wake County this year."
        ),
        ("Fuquay-Varina",),
        "North Carolina",
    ),
    (
        "x2",
        "Shooting",
        "https://www.wlos.com/x2/",
        (
            "A man was shot Saturday at a home in Weaverville, deputies said. It was the second "
            "shooting in Buncombe County this week. The first happened in Asheville."
        ),
        ("Weaverville",),
        "North Carolina",
    ),
    (
        "x3",
        "Shooting",
        "https://www.wtoc.com/x3/",
        (
            "A man was shot Sunday at a home in Rincon, police said. The incident is the latest "
            "in a string of shootings in Savannah and Chatham County."
        ),
        ("Rincon",),
        "Georgia",
    ),
    (
        "x4",
        "Shooting",
        "https://www.kake.com/x4/",
        (
            "A man was shot and wounded Friday at a home on Maple Street in Newton, police "
            "said. It happened about 30 miles north of Wichita."
        ),
        ("Newton",),
        "Kansas",
    ),
    (
        "x5",
        "Shooting",
        "https://www.wbtv.com/x5/",
        (
            "A woman was shot Sunday at a gas station in Mooresville, police said. It happened "
            "near the Lowe's headquarters, about 25 miles north of Charlotte."
        ),
        ("Mooresville",),
        "North Carolina",
    ),
    (
        "x6",
        "Shooting",
        "https://www.wsmv.com/x6/",
        (
            "A man was shot Saturday at an apartment complex in Antioch, Metro police said. It "
            "was the second shooting at the complex in Nashville this month."
        ),
        ("Nashville", "Antioch"),
        "Tennessee",
    ),
]

MISSED = {
    "v14": (
        "GeoNames keeps Taftville as a town of its own, and a village of a town under 100,000 "
        "stays its own place (`city_parts._city_of_named_part`); GVA writes Norwich"
    ),
    "p10": (
        "'Spring Valley Wildlife Area': the area's name begins with a real village's (Spring "
        "Valley, Ohio), read as the village, not the town it is said to be near"
    ),
    "f16": (
        "'Illinois State Police' near O'Fallon under a St. Louis dateline: Missouri's O'Fallon "
        "(80,000, the outlet's state) outweighs the state force's vote for Illinois's"
    ),
    "t9": (
        "Gainesville is left unresolved between Florida's, Georgia's and Texas's under an "
        "Oklahoma dateline; 'Texas Department of Public Safety' alone gives Texas, written "
        "at its capital"
    ),
    "L13": "Valley, Nebraska: a common word, never read as a town's name",
    "L16": (
        "Bud, West Virginia: a common word, never read as a town's name; the county's "
        "biggest town is written"
    ),
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("text", "town", "told"),
    [
        ("Shot on Elm Road. The shooting happened just outside Ada.", "Ada", True),
        ("Shot on Elm Road. Deputies said the home is in the Penhook area.", "Penhook", True),
        ("Shot on Elm Road. It happened near Ada, deputies said.", "Ada", True),
        ("Shot on Elm Road. The home is owned by a man who lives in Ada.", "Ada", False),
        ("Shot on Elm Road. The victim's home is in Ada.", "Ada", False),
        ("Shot on Elm Road. He was taken to a hospital in Ada.", "Ada", False),
    ],
)
def test_scene_told_town_reads_a_sentence_that_sets_the_scene(
    text: str, town: str, told: bool
) -> None:
    from newsfold.analyse.where.event_place import _scene_told_town
    from newsfold.analyse.where.mentions import _Mention

    start = text.rindex(town)
    m = _Mention(0, 0, start, start + len(town), town, town.lower(), (), 1)
    assert _scene_told_town(text, m) is told
