"""analyse: a US town named with no state, told from its namesakes by weaker evidence (h-city31).

A table of short US local-news reports written for this test (the places are real, the events
invented): towns many states share (Jackson, Norwalk, Lancaster, Anderson, Columbus,
Springfield, Florence, Greenville, Salem, Auburn, Aurora, Kingston, Burlington, Hamilton,
Albany, Marion, Franklin, Dayton, Madison, Clinton) told by their outlet, a state agency's
initials ("The TBI is investigating", "SLED agents", "the GBI"), a county's office, a
neighbouring town, a university, a parish's sheriff or coroner, the story's address alone,
towns across a state line (Columbus and Phenix City, Texarkana, Bristol, Kansas City), and
"Florence police" opening a sentence; beside controls that name their state, and foreign
stories whose initials ("CHP", an "SBI branch") must not pull them to the US. The rows the
system still misses are marked, each with its reason.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.evidence import (
    _agency_evidence,
    _Evidence,
    _parish_office_evidence,
    slug_town,
)
from newsfold.records import Event

from .where_helpers import NO_OUTLET as N
from .where_helpers import analysed_event, assert_placed, probe_params, table_events

# (id, headline, address, text, the town (or its other accepted names), the state or country)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "o1",
        "Man shot on Bells Highway",
        "https://www.jacksonsun.com/story/news/crime/2024/05/05/man-shot/",
        (
            "A man was shot on Bells Highway late Saturday, Jackson police said. He was taken to a"
            " hospital with wounds that were not life-threatening."
        ),
        ("Jackson",),
        "Tennessee",
    ),
    (
        "o2",
        "Woman killed in shooting",
        "https://www.clarionledger.com/story/news/local/2024/05/05/woman-killed/",
        (
            "A woman was killed in a shooting on Northside Drive early Sunday, Jackson police "
            "said. No arrest has been made."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "o3",
        "Teen hurt in shooting",
        "https://www.thehour.com/news/article/teen-hurt-shooting-19012345.php",
        (
            "A 17-year-old was hurt in a shooting near Washington Street on Friday night, Norwalk "
            "police said."
        ),
        ("Norwalk",),
        "Connecticut",
    ),
    (
        "o4",
        "Man wounded in Norwalk",
        "https://www.norwalkreflector.com/news/2024/05/05/man-wounded/",
        (
            "Norwalk police are investigating after a man was wounded by gunfire on Milan Avenue "
            "on Saturday."
        ),
        ("Norwalk",),
        "Ohio",
    ),
    (
        "o5",
        "Shooting on Prince Street",
        "https://lancasteronline.com/news/local/shooting-on-prince-street/article_1234.html",
        (
            "A man was shot on South Prince Street on Sunday afternoon, Lancaster police said. The"
            " shooter fled on foot."
        ),
        ("Lancaster",),
        "Pennsylvania",
    ),
    (
        "o6",
        "Deputies investigate shooting",
        "https://www.avpress.com/news/deputies-investigate-shooting/article_9876.html",
        (
            "A man was shot outside a liquor store on Sierra Highway in Lancaster on Saturday "
            "night, sheriff's deputies said."
        ),
        ("Lancaster",),
        "California",
    ),
    (
        "o7",
        "Man shot in Anderson",
        "https://www.independentmail.com/story/news/crime/2024/05/05/man-shot/",
        (
            "A man was shot at an apartment complex off Clemson Boulevard in Anderson on Saturday,"
            " police said."
        ),
        ("Anderson",),
        "South Carolina",
    ),
    (
        "o8",
        "Anderson shooting",
        "https://www.heraldbulletin.com/news/local_news/anderson-shooting/article_5555.html",
        (
            "A man, 22, was shot on Meridian Street late Friday and is in stable condition, "
            "Anderson police said."
        ),
        ("Anderson",),
        "Indiana",
    ),
    (
        "o9",
        "Two hurt in Columbus",
        "https://www.cdispatch.com/news/2024-05-05/two-hurt-in-columbus/",
        (
            "Two people were hurt in a shooting on Highway 45 North in Columbus on Saturday, "
            "police said."
        ),
        ("Columbus",),
        "Mississippi",
    ),
    (
        "o10",
        "Man killed in Springfield",
        "https://www.news-leader.com/story/news/crime/2024/05/05/man-killed/",
        (
            "A man was killed in a shooting on Glenstone Avenue in Springfield on Saturday, police"
            " said."
        ),
        ("Springfield",),
        "Missouri",
    ),
    (
        "o11",
        "Shooting in Florence",
        "https://www.timesdaily.com/news/shooting-in-florence/article_7777.html",
        (
            "Florence police are looking for a man who shot another man outside a convenience "
            "store on Saturday."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "o12",
        "Shooting on Irby Street",
        "https://www.scnow.com/news/local/shooting-on-irby-street/article_4444.html",
        "A woman was shot on Irby Street in Florence on Sunday morning, police said.",
        ("Florence",),
        "South Carolina",
    ),
    (
        "a1",
        "Man shot by officer in Jackson",
        N,
        (
            "A man was shot by a Jackson police officer during a traffic stop on Saturday night. "
            "The TBI is investigating the shooting at the request of the district attorney."
        ),
        ("Jackson",),
        "Tennessee",
    ),
    (
        "a2",
        "TBI called to Columbia shooting",
        N,
        (
            "Agents with the TBI were called to Columbia on Sunday after a man was shot and killed"
            " outside a home, police said."
        ),
        ("Columbia",),
        "Tennessee",
    ),
    (
        "a3",
        "SLED investigating shooting",
        N,
        (
            "SLED agents are investigating after a deputy shot a man during a chase in Anderson on"
            " Friday, the sheriff's office said."
        ),
        ("Anderson",),
        "South Carolina",
    ),
    (
        "a4",
        "Man killed in Florence",
        N,
        (
            "A man was shot and killed in Florence on Saturday night. Police said SLED has been "
            "asked to review the case."
        ),
        ("Florence",),
        "South Carolina",
    ),
    (
        "a5",
        "GBI investigates Columbus shooting",
        N,
        (
            "The GBI is investigating after a man was shot by an officer in Columbus on Sunday, "
            "according to police."
        ),
        ("Columbus",),
        "Georgia",
    ),
    (
        "a6",
        "Shooting in Albany",
        N,
        (
            "A woman was shot in Albany late Saturday. Police said the GBI will assist with the "
            "investigation."
        ),
        ("Albany",),
        "Georgia",
    ),
    (
        "a7",
        "BCI at scene of Marion shooting",
        N,
        (
            "Agents from the Ohio BCI were at the scene after a man was shot by a Marion police "
            "officer on Sunday."
        ),
        ("Marion",),
        "Ohio",
    ),
    (
        "a8",
        "Officer shoots man in Norwalk",
        N,
        (
            "A Norwalk police officer shot a man who pointed a gun at him on Saturday. BCI agents "
            "are investigating."
        ),
        ("Norwalk",),
        "Ohio",
    ),
    (
        "a9",
        "Driver shot on freeway",
        N,
        (
            "A driver was shot on the freeway in Norwalk on Sunday night, the CHP said. The driver"
            " was taken to a hospital."
        ),
        ("Norwalk",),
        "California",
    ),
    (
        "a10",
        "CHP investigates shooting",
        N,
        (
            "CHP officers are investigating a shooting on the Antelope Valley Freeway near "
            "Lancaster that wounded a man on Saturday."
        ),
        ("Lancaster",),
        "California",
    ),
    (
        "a11",
        "KBI investigating shooting",
        N,
        (
            "The KBI is investigating after a man was shot in Manhattan on Saturday night, police "
            "said."
        ),
        ("Manhattan",),
        "Kansas",
    ),
    (
        "a12",
        "OSBI called to Norman",
        N,
        "The OSBI was called in after a man was shot and killed in Norman on Sunday, police said.",
        ("Norman",),
        "Oklahoma",
    ),
    (
        "a13",
        "FDLE investigating shooting",
        N,
        (
            "FDLE agents are investigating after a man was shot by a deputy in Jacksonville on "
            "Saturday."
        ),
        ("Jacksonville",),
        "Florida",
    ),
    (
        "a14",
        "MBI investigates Jackson shooting",
        N,
        (
            "The MBI is investigating after a man was shot by an officer in Jackson on Sunday "
            "night, police said."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "a15",
        "SBI asked to investigate",
        N,
        (
            "The SBI has been asked to investigate after an officer shot a man in Greenville on "
            "Friday, police said."
        ),
        ("Greenville",),
        "North Carolina",
    ),
    (
        "a16",
        "BCA investigating shooting",
        N,
        "The BCA is investigating after a man was shot by police in Rochester on Saturday night.",
        ("Rochester",),
        "Minnesota",
    ),
    (
        "a17",
        "Shooting in Springfield",
        N,
        (
            "A man was shot in Springfield on Saturday. The Illinois State Police are assisting "
            "Springfield police."
        ),
        ("Springfield",),
        "Illinois",
    ),
    (
        "a18",
        "State police investigate Jackson shooting",
        N,
        (
            "Michigan State Police are investigating a shooting in Jackson that left a man dead on"
            " Sunday."
        ),
        ("Jackson",),
        "Michigan",
    ),
    (
        "a19",
        "Shooting in Lancaster",
        N,
        (
            "A man was shot in Lancaster on Saturday night. Pennsylvania State Police said the "
            "shooter was arrested."
        ),
        ("Lancaster",),
        "Pennsylvania",
    ),
    (
        "a20",
        "PSP investigating shooting",
        N,
        "PSP troopers are investigating a shooting that wounded a man near Clinton on Sunday.",
        ("Clinton",),
        "Pennsylvania",
    ),
    (
        "c1",
        "Man shot in Jackson",
        N,
        (
            "A man was shot on Hollywood Drive in Jackson on Saturday. Madison County sheriff's "
            "deputies assisted Jackson police."
        ),
        ("Jackson",),
        "Tennessee",
    ),
    (
        "c2",
        "Woman shot in Jackson",
        N,
        (
            "A woman was shot in Jackson on Sunday morning. The Hinds County coroner's office has "
            "not released her name."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "c3",
        "Shooting in Jackson",
        N,
        (
            "A man was wounded in a shooting in Jackson on Friday night. The Jackson County "
            "prosecutor said charges are expected."
        ),
        ("Jackson",),
        "Michigan",
    ),
    (
        "c4",
        "Norwalk shooting",
        N,
        (
            "A man was shot in Norwalk on Saturday, and the Los Angeles County Sheriff's "
            "Department is looking for the shooter."
        ),
        ("Norwalk",),
        "California",
    ),
    (
        "c5",
        "Teen shot in Norwalk",
        N,
        (
            "A teenager was shot in Norwalk on Saturday night. The Huron County prosecutor said a "
            "suspect is in custody."
        ),
        ("Norwalk",),
        "Ohio",
    ),
    (
        "c6",
        "Two shot in Anderson",
        N,
        (
            "Two men were shot in Anderson on Sunday. The Madison County coroner said one of them "
            "died."
        ),
        ("Anderson",),
        "Indiana",
    ),
    (
        "c7",
        "Man shot in Anderson",
        N,
        (
            "A man was shot in Anderson on Saturday. The Anderson County coroner identified him on"
            " Sunday."
        ),
        ("Anderson",),
        "South Carolina",
    ),
    (
        "c8",
        "Shooting in Columbus",
        N,
        (
            "A man was shot in Columbus on Saturday night. The Muscogee County coroner pronounced "
            "him dead at the scene."
        ),
        ("Columbus",),
        "Georgia",
    ),
    (
        "c9",
        "Columbus man wounded",
        N,
        (
            "A man was wounded by gunfire in Columbus on Sunday. Bartholomew County deputies "
            "helped police search for the shooter."
        ),
        ("Columbus",),
        "Indiana",
    ),
    (
        "c10",
        "Springfield shooting",
        N,
        (
            "A man was killed in a shooting in Springfield on Saturday, the Greene County medical "
            "examiner said."
        ),
        ("Springfield",),
        "Missouri",
    ),
    (
        "c11",
        "Man shot in Springfield",
        N,
        (
            "A man was shot in Springfield on Sunday. The Clark County coroner said he died at the"
            " hospital."
        ),
        ("Springfield",),
        "Ohio",
    ),
    (
        "c12",
        "Shooting in Springfield",
        N,
        (
            "A man was shot in Springfield on Friday. The Hampden County district attorney's "
            "office is investigating."
        ),
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "c13",
        "Springfield man killed",
        N,
        "A man was shot and killed in Springfield on Saturday, the Sangamon County coroner said.",
        ("Springfield",),
        "Illinois",
    ),
    (
        "c14",
        "Woman shot in Florence",
        N,
        (
            "A woman was shot in Florence on Saturday. The Lauderdale County coroner said she died"
            " at the scene."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "c15",
        "Shooting in Florence",
        N,
        "A man was shot in Florence on Friday night, the Boone County Sheriff's Office said.",
        ("Florence",),
        "Kentucky",
    ),
    (
        "c16",
        "Man shot in Greenville",
        N,
        (
            "A man was shot in Greenville on Saturday night. The Pitt County sheriff said deputies"
            " are looking for a suspect."
        ),
        ("Greenville",),
        "North Carolina",
    ),
    (
        "c17",
        "Shooting in Salem",
        N,
        (
            "A man was shot in Salem on Sunday. The Marion County district attorney said the "
            "shooting is under review."
        ),
        ("Salem",),
        "Oregon",
    ),
    (
        "c18",
        "Salem shooting",
        N,
        (
            "A man was wounded in a shooting in Salem on Friday, the Essex County district "
            "attorney's office said."
        ),
        ("Salem",),
        "Massachusetts",
    ),
    (
        "c19",
        "Man shot in Auburn",
        N,
        (
            "A man was shot in Auburn on Saturday. Lee County deputies assisted Auburn police at "
            "the scene."
        ),
        ("Auburn",),
        "Alabama",
    ),
    (
        "c20",
        "Shooting in Auburn",
        N,
        (
            "A man was shot in Auburn on Sunday. The Cayuga County district attorney said a "
            "suspect was arrested."
        ),
        ("Auburn",),
        "New York",
    ),
    (
        "c21",
        "Shooting in Aurora",
        N,
        (
            "A man was shot in Aurora on Saturday, and the Arapahoe County coroner identified him "
            "on Monday."
        ),
        ("Aurora",),
        "Colorado",
    ),
    (
        "c22",
        "Aurora shooting",
        N,
        (
            "A teen was shot in Aurora on Friday. The Kane County state's attorney approved "
            "charges on Sunday."
        ),
        ("Aurora",),
        "Illinois",
    ),
    (
        "c23",
        "Man shot in Kingston",
        N,
        (
            "A man was shot in Kingston on Saturday, and the Ulster County district attorney said "
            "charges are pending."
        ),
        ("Kingston",),
        "New York",
    ),
    (
        "c24",
        "Shooting in Burlington",
        N,
        (
            "A man was shot in Burlington on Sunday. The Alamance County sheriff said a suspect "
            "was arrested."
        ),
        ("Burlington",),
        "North Carolina",
    ),
    (
        "c25",
        "Man shot in Hamilton",
        N,
        (
            "A man was shot in Hamilton on Saturday. The Butler County coroner said he died at the"
            " scene."
        ),
        ("Hamilton",),
        "Ohio",
    ),
    (
        "c26",
        "Shooting in Albany",
        N,
        "A man was shot in Albany on Saturday night. The Dougherty County coroner said he died.",
        ("Albany",),
        "Georgia",
    ),
    (
        "c27",
        "Marion man shot",
        N,
        "A man was shot in Marion on Sunday. Grant County deputies are assisting Marion police.",
        ("Marion",),
        "Indiana",
    ),
    (
        "c28",
        "Shooting in Franklin",
        N,
        (
            "A man was shot in Franklin on Saturday. Williamson County deputies assisted Franklin "
            "police."
        ),
        ("Franklin",),
        "Tennessee",
    ),
    (
        "c29",
        "Man shot in Dayton",
        N,
        (
            "A man was shot in Dayton on Sunday, and the Montgomery County coroner's office said "
            "he died."
        ),
        ("Dayton",),
        "Ohio",
    ),
    (
        "c30",
        "Madison man shot",
        N,
        "A man was shot on the east side of Madison on Saturday. Dane County deputies assisted.",
        ("Madison",),
        "Wisconsin",
    ),
    (
        "c31",
        "Clinton shooting",
        N,
        "A man was shot in Clinton on Saturday. Hinds County deputies say the shooter fled.",
        ("Clinton",),
        "Mississippi",
    ),
    (
        "c32",
        "Lancaster shooting",
        N,
        (
            "A man was shot in Lancaster on Sunday. The Fairfield County coroner said the man died"
            " at the hospital."
        ),
        ("Lancaster",),
        "Ohio",
    ),
    (
        "n1",
        "Man shot in Norwalk",
        N,
        (
            "A man was shot in Norwalk on Saturday night, police said. He had driven from nearby "
            "Westport to meet a friend."
        ),
        ("Norwalk",),
        "Connecticut",
    ),
    (
        "n2",
        "Norwalk shooting",
        N,
        "A man was shot in Norwalk on Saturday. A suspect was arrested hours later in Stamford.",
        ("Norwalk",),
        "Connecticut",
    ),
    (
        "n3",
        "Teen shot in Lancaster",
        N,
        (
            "A teenager was shot in Lancaster on Sunday, and a second teen was arrested in "
            "Palmdale later that day."
        ),
        ("Lancaster",),
        "California",
    ),
    (
        "n4",
        "Jackson shooting",
        N,
        (
            "A man was shot in Jackson on Saturday night. Police later arrested a suspect in "
            "Ridgeland."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "n5",
        "Shooting in Anderson",
        N,
        (
            "A man was shot in Anderson on Saturday, and his brother drove him to a hospital in "
            "Greenville."
        ),
        ("Anderson",),
        "South Carolina",
    ),
    (
        "n6",
        "Man shot in Springfield",
        N,
        (
            "A man was shot in Springfield on Saturday and taken to a hospital in Holyoke, police "
            "said."
        ),
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "n7",
        "Florence shooting",
        N,
        (
            "A man was shot in Florence on Saturday. A suspect was arrested in Muscle Shoals on "
            "Sunday."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "n8",
        "Salem shooting",
        N,
        "A woman was shot in Salem on Sunday. Police said the shooter lives in Keizer.",
        ("Salem",),
        "Oregon",
    ),
    (
        "n9",
        "Greenville shooting",
        N,
        "A man was shot in Greenville on Saturday. Police arrested a suspect in Spartanburg.",
        ("Greenville",),
        "South Carolina",
    ),
    (
        "n10",
        "Dayton shooting",
        N,
        (
            "A man was shot in Dayton on Saturday night, and a second man was found wounded in "
            "Kettering."
        ),
        ("Dayton",),
        "Ohio",
    ),
    (
        "u1",
        "Shooting near Auburn University",
        N,
        "A man was shot near the Auburn University campus on Saturday night, Auburn police said.",
        ("Auburn",),
        "Alabama",
    ),
    (
        "u2",
        "Shooting near Jackson State",
        N,
        "A man was shot near Jackson State University on Sunday, police said.",
        ("Jackson",),
        "Mississippi",
    ),
    (
        "u3",
        "Man shot near Furman",
        N,
        (
            "A man was shot in Greenville on Saturday about a mile from Furman University, police "
            "said."
        ),
        ("Greenville",),
        "South Carolina",
    ),
    (
        "u4",
        "Shooting near ECU",
        N,
        (
            "A man was shot in Greenville near the East Carolina University campus on Saturday, "
            "police said."
        ),
        ("Greenville",),
        "North Carolina",
    ),
    (
        "u5",
        "Shooting in Columbus",
        N,
        "A soldier from Fort Moore was shot in Columbus on Saturday night, police said.",
        ("Columbus",),
        "Georgia",
    ),
    (
        "u6",
        "Man shot in Dayton",
        N,
        "An airman stationed at Wright-Patterson Air Force Base was shot in Dayton on Saturday.",
        ("Dayton",),
        "Ohio",
    ),
    (
        "u7",
        "Shooting near campus",
        N,
        "A man was shot near the Ohio State campus in Columbus on Saturday, police said.",
        ("Columbus",),
        "Ohio",
    ),
    (
        "u8",
        "Shooting in Lafayette",
        N,
        "A man was shot in Lafayette on Saturday. Lafayette Parish deputies are investigating.",
        ("Lafayette",),
        "Louisiana",
    ),
    (
        "u9",
        "Shooting in Lafayette",
        N,
        (
            "A man was shot near the Purdue University campus in West Lafayette on Saturday, "
            "police said."
        ),
        ("West Lafayette",),
        "Indiana",
    ),
    (
        "p1",
        "Man shot in Jackson",
        "https://www.example.com/news/local/tennessee/2024/05/05/man-shot-jackson/",
        "A man was shot in Jackson on Saturday night, police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "p2",
        "Jackson, Miss. man shot",
        N,
        "A man was shot in his car in Jackson on Saturday, police said.",
        ("Jackson",),
        "Mississippi",
    ),
    (
        "p3",
        "Woman shot in Norwalk, Conn.",
        N,
        "A woman was shot in Norwalk on Saturday, police said. She is expected to recover.",
        ("Norwalk",),
        "Connecticut",
    ),
    (
        "p4",
        "Shooting",
        "https://www.example.com/ohio/2024/05/05/shooting-springfield/",
        "A man was shot in Springfield on Saturday night, police said.",
        ("Springfield",),
        "Ohio",
    ),
    (
        "x1",
        "Man shot in Phenix City",
        "https://www.wtvm.com/2024/05/05/man-shot-phenix-city/",
        (
            "A man was shot in Phenix City on Saturday, police said. He was taken across the river"
            " to a Columbus hospital."
        ),
        ("Phenix City",),
        "Alabama",
    ),
    (
        "x2",
        "Shooting in Columbus",
        "https://www.wtvm.com/2024/05/05/shooting-columbus/",
        (
            "A man was shot on Victory Drive in Columbus on Saturday. Columbus police said a "
            "suspect was arrested later in Phenix City."
        ),
        ("Columbus",),
        "Georgia",
    ),
    (
        "x3",
        "Texarkana shooting",
        "https://www.txktoday.com/news/texarkana-shooting/",
        "A man was shot in Texarkana, Texas, on Saturday night, police said.",
        ("Texarkana",),
        "Texas",
    ),
    (
        "x4",
        "Texarkana shooting",
        N,
        "A man was shot in Texarkana, Ark., on Saturday night, police said.",
        ("Texarkana",),
        "Arkansas",
    ),
    (
        "x5",
        "Bristol shooting",
        N,
        (
            "A man was shot in Bristol on Saturday. The Sullivan County sheriff said deputies are "
            "looking for the shooter."
        ),
        ("Bristol",),
        "Tennessee",
    ),
    (
        "x6",
        "Bristol shooting",
        N,
        "A man was shot in Bristol on Saturday night, Virginia State Police said.",
        ("Bristol",),
        "Virginia",
    ),
    (
        "x7",
        "Kansas City shooting",
        N,
        "A man was shot in Kansas City, Kansas, on Saturday, police said.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "x8",
        "Man killed in Kansas City",
        N,
        (
            "A man was killed in a shooting near 35th Street and Prospect Avenue in Kansas City on"
            " Saturday, KCPD said."
        ),
        ("Kansas City",),
        "Missouri",
    ),
    (
        "f1",
        "Man shot in Florence",
        N,
        (
            "Florence police said a man was shot on Saturday night. The Lauderdale County district"
            " attorney will review the case."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "f2",
        "Florence shooting",
        "https://www.wpde.com/news/local/florence-shooting",
        "Florence police are investigating a shooting that wounded a man on Saturday.",
        ("Florence",),
        "South Carolina",
    ),
    (
        "f3",
        "Shooting",
        N,
        (
            "Florence Police Chief Dan Morrow said a man was shot on Saturday. SLED was called to "
            "the scene."
        ),
        ("Florence",),
        "South Carolina",
    ),
    (
        "f4",
        "Shooting",
        N,
        "Marion police said a woman was shot on Saturday night. Ohio BCI agents are assisting.",
        ("Marion",),
        "Ohio",
    ),
    (
        "f5",
        "Shooting",
        N,
        "Shelby police said a man was shot on Saturday. The SBI was called in.",
        ("Shelby",),
        "North Carolina",
    ),
    (
        "k1",
        "Shooting",
        N,
        "JACKSON, Tenn. — A man was shot on Saturday night, police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "k2",
        "Shooting",
        N,
        "A man was shot in Norwalk, Ohio, on Saturday, police said.",
        ("Norwalk",),
        "Ohio",
    ),
    (
        "k3",
        "Shooting",
        N,
        "ANDERSON, Ind. (AP) — A man was shot and killed on Saturday, police said.",
        ("Anderson",),
        "Indiana",
    ),
    (
        "k4",
        "Shooting",
        N,
        "A man was shot in Columbus, Ohio, on Saturday night, police said.",
        ("Columbus",),
        "Ohio",
    ),
    (
        "k5",
        "Shooting",
        N,
        "A man was shot in Jackson, Mississippi, on Saturday, police said.",
        ("Jackson",),
        "Mississippi",
    ),
    (
        "k6",
        "Shooting",
        N,
        "Police in Lancaster, Pa., said a man was shot on Saturday.",
        ("Lancaster",),
        "Pennsylvania",
    ),
    (
        "q1",
        "Shooting",
        N,
        (
            "A man was shot in Jackson on Saturday and later died at a hospital in Madison, police"
            " said."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "q2",
        "Shooting",
        N,
        "A man was shot in Springfield on Sunday. A suspect was arrested in Chicopee hours later.",
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "q3",
        "Shooting",
        N,
        "A man was shot in Lancaster on Saturday. Police said the suspect was found in Lititz.",
        ("Lancaster",),
        "Pennsylvania",
    ),
    (
        "q4",
        "Shooting",
        N,
        "A man was shot in Auburn on Saturday and taken to a hospital in Opelika.",
        ("Auburn",),
        "Alabama",
    ),
    (
        "q5",
        "Shooting",
        N,
        "A man was shot in Aurora on Saturday. The shooter was arrested in Naperville.",
        ("Aurora",),
        "Illinois",
    ),
    (
        "q6",
        "Shooting",
        N,
        "A man was shot in Burlington on Saturday. A suspect was arrested in South Burlington.",
        ("Burlington",),
        "Vermont",
    ),
    (
        "q7",
        "Shooting",
        N,
        "A man was shot in Franklin on Saturday. Police arrested a suspect in Brentwood.",
        ("Franklin",),
        "Tennessee",
    ),
    (
        "q8",
        "Shooting",
        N,
        "A man was shot in Greenville on Saturday. A suspect was arrested in Mauldin.",
        ("Greenville",),
        "South Carolina",
    ),
    (
        "q9",
        "Shooting",
        N,
        "A man was shot in Kingston on Saturday. A suspect was arrested in Saugerties.",
        ("Kingston",),
        "New York",
    ),
    (
        "q10",
        "Shooting",
        N,
        "A man was shot in Dayton on Saturday. Police arrested a suspect in Trotwood.",
        ("Dayton",),
        "Ohio",
    ),
    (
        "q11",
        "Shooting",
        N,
        "A man was shot in Marion on Saturday and flown to a hospital in Kokomo.",
        ("Marion",),
        "Indiana",
    ),
    (
        "q12",
        "Shooting",
        N,
        "A woman was shot in Anderson on Saturday. Her boyfriend was arrested in Easley.",
        ("Anderson",),
        "South Carolina",
    ),
    (
        "q13",
        "Shooting",
        N,
        "A man was shot in Columbus on Saturday. The suspect was caught in Westerville.",
        ("Columbus",),
        "Ohio",
    ),
    (
        "q14",
        "Shooting",
        N,
        "A man was shot in Norwalk on Saturday. Police arrested a suspect in Bridgeport.",
        ("Norwalk",),
        "Connecticut",
    ),
    (
        "q15",
        "Shooting",
        N,
        "A man was shot in Florence on Saturday and taken to a hospital in Darlington.",
        ("Florence",),
        "South Carolina",
    ),
    (
        "t1",
        "Man shot Saturday",
        "https://www.wbbjtv.com/2024/05/05/humboldt-man-shot-saturday/",
        "A man was shot on Saturday night, police said. He was taken to a hospital.",
        ("Humboldt",),
        "Tennessee",
    ),
    (
        "t2",
        "Deputies: man shot",
        "https://www.wyff4.com/article/easley-man-shot-deputies-say/60012345",
        "A man was shot on Saturday, deputies said. The man is expected to recover.",
        ("Easley",),
        "South Carolina",
    ),
    (
        "t3",
        "Shooting leaves one hurt",
        "https://www.wlbt.com/2024/05/05/clinton-shooting-leaves-one-hurt/",
        "One person was hurt in a shooting Saturday night, police said.",
        ("Clinton",),
        "Mississippi",
    ),
    (
        "w1",
        "Shooting",
        N,
        (
            "A man was shot in Franklin on Saturday, and the parish sheriff said deputies are "
            "looking for the shooter."
        ),
        ("Franklin",),
        "Louisiana",
    ),
    (
        "w2",
        "Shooting",
        N,
        "A man was shot in Jackson on Saturday, the parish coroner said.",
        ("Jackson",),
        "Louisiana",
    ),
    (
        "g1",
        "Shooting",
        N,
        (
            "A man was shot by an officer in Florence on Saturday. The State Law Enforcement "
            "Division is investigating."
        ),
        ("Florence",),
        "South Carolina",
    ),
    (
        "g2",
        "Shooting",
        N,
        (
            "A man was shot by an officer in Rochester on Saturday. The Bureau of Criminal "
            "Apprehension is investigating."
        ),
        ("Rochester",),
        "Minnesota",
    ),
    (
        "g3",
        "Shooting",
        N,
        (
            "A man was shot by a deputy near Jackson on Saturday. The Tennessee Bureau of "
            "Investigation is looking into it."
        ),
        ("Jackson",),
        "Tennessee",
    ),
    (
        "g4",
        "Shooting",
        N,
        (
            "A man was shot by a trooper in Columbus on Saturday. The Georgia Bureau of "
            "Investigation was called."
        ),
        ("Columbus",),
        "Georgia",
    ),
    (
        "z1",
        "Clashes",
        "https://www.example.com/world/clashes",
        (
            "Police in Salem, Tamil Nadu, said two men were hurt in a clash near an SBI branch on "
            "Saturday."
        ),
        ("Salem",),
        "Tamil Nadu",
    ),
    (
        "z2",
        "Protest",
        "https://www.example.com/world/protest",
        "Supporters of the CHP marched in Izmir on Saturday, police said.",
        ("İzmir", "Izmir"),
        "Turkey",
    ),
    (
        "z3",
        "Shooting",
        "https://www.example.com/world/shooting",
        "Two men were shot in Florence on Saturday, Italian police said.",
        ("Florence",),
        "Italy",
    ),
    (
        "a21",
        "Shooting",
        N,
        (
            "A man was shot at a gas station in Lexington on Saturday. KSP troopers helped "
            "Lexington police close the road."
        ),
        ("Lexington",),
        "Kentucky",
    ),
    (
        "a22",
        "Trooper shoots driver",
        N,
        "A THP trooper shot a driver who fired at him during a stop near Lebanon on Sunday.",
        ("Lebanon",),
        "Tennessee",
    ),
    (
        "a23",
        "Shooting",
        N,
        "ALEA agents are investigating after a man was shot by an officer in Florence on Saturday.",
        ("Florence",),
        "Alabama",
    ),
    (
        "a24",
        "Shooting",
        N,
        (
            "A man was killed in a shooting in Columbia on Saturday, and SLED is assisting "
            "Columbia police."
        ),
        ("Columbia",),
        "South Carolina",
    ),
    (
        "a25",
        "Shooting",
        N,
        "A deputy shot a man in Greenwood on Saturday night. SLED agents were at the scene Sunday.",
        ("Greenwood",),
        "South Carolina",
    ),
    (
        "a26",
        "Shooting",
        N,
        "NJSP detectives are investigating a shooting in Hamilton that wounded a man on Saturday.",
        ("Hamilton",),
        "New Jersey",
    ),
    (
        "a27",
        "Shooting",
        N,
        (
            "Police in Jackson, Mississippi, said a man was shot on Saturday. The man had moved "
            "from Tennessee, where the TBI had named him in a warrant."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "a28",
        "Shooting",
        N,
        (
            "A man was shot in Athens on Saturday night. GBI agents said the officer fired after "
            "the man pulled a gun."
        ),
        ("Athens",),
        "Georgia",
    ),
    (
        "a29",
        "Shooting",
        N,
        "A man was shot in Manhattan on Saturday night near Times Square, the NYPD said.",
        ("Manhattan", "New York City", "New York"),
        "New York",
    ),
    (
        "q16",
        "Shooting",
        N,
        "A man was shot in Salem on Saturday. Police said the shooter was arrested in Peabody.",
        ("Salem",),
        "Massachusetts",
    ),
    (
        "q17",
        "Shooting",
        N,
        "A man was shot in Hamilton on Saturday and taken to a hospital in Fairfield, police said.",
        ("Hamilton",),
        "Ohio",
    ),
    (
        "q18",
        "Shooting",
        N,
        "A woman was shot in Albany on Saturday. Her husband was arrested in Schenectady.",
        ("Albany",),
        "New York",
    ),
    (
        "q19",
        "Shooting",
        N,
        (
            "A man was shot in Columbus on Saturday night. A suspect was arrested in Phenix City, "
            "police said."
        ),
        ("Columbus",),
        "Georgia",
    ),
    (
        "q20",
        "Shooting",
        N,
        "A man from Columbus was shot in Dayton on Saturday, police said.",
        ("Dayton",),
        "Ohio",
    ),
    (
        "q21",
        "Shooting",
        N,
        "A man was shot in Marion on Saturday. The suspect was arrested in Carbondale.",
        ("Marion",),
        "Illinois",
    ),
    (
        "q22",
        "Shooting",
        N,
        "A man was shot in Jackson on Saturday. He lived in Memphis, police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "t4",
        "Man shot",
        "https://www.wbbjtv.com/2024/05/05/humboldt-man-shot-saturday/",
        "A Humboldt man was shot in Milan on Saturday night, police said.",
        ("Milan",),
        "Tennessee",
    ),
    (
        "t5",
        "Man shot",
        "https://www.wlbt.com/2024/05/05/man-shot-in-brandon/",
        "A man was shot on Saturday night, police said. He is expected to recover.",
        ("Brandon",),
        "Mississippi",
    ),
    (
        "t6",
        "Man shot",
        "https://www.wbbjtv.com/2024/05/05/police-investigate-weekend-shooting/",
        "A man was shot on Saturday night, police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "w3",
        "Shooting",
        N,
        (
            "A man was shot in Franklin on Saturday, Williamson County deputies said. The parish "
            "priest at his church asked for prayers."
        ),
        ("Franklin",),
        "Tennessee",
    ),
    (
        "w4",
        "Shooting",
        N,
        (
            "A man was shot in Monroe on Saturday night, and the parish coroner said he died at "
            "the scene."
        ),
        ("Monroe",),
        "Louisiana",
    ),
    (
        "w5",
        "Shooting",
        N,
        "A man was shot in Minden on Saturday. Parish deputies arrested a suspect on Sunday.",
        ("Minden",),
        "Louisiana",
    ),
]

MISSED = {
    "a8": "a bare \"BCI\" is Ohio's and New York's state police bureau alike: read as no state",
    "a20": "\"PSP\" is also Portugal's police: read as no state, and Clinton is Maryland's",
    "n8": '"lives in Keizer" is not read as a place: Salem alone is India\'s',
    "u3": "a university (Furman) names no town: Greenville is Alabama's by the votes",
    "u5": "a base (Fort Moore, renamed) names no town: Columbus alone is Ohio's",
    "q15": "Florence and Darlington are read as Italy's and England's: no US evidence",
    "a26": "New Jersey's Hamilton Township (Mercer County) is no town in the gazetteer",
}


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    return table_events(PROBES)


@pytest.mark.parametrize(("pid", "towns", "region"), probe_params(PROBES, MISSED, (4, 5)))
def test_a_report_is_placed_in_its_town(
    events: dict[str, Event], pid: str, towns: tuple[str, ...], region: str
) -> None:
    assert_placed(events[pid], towns, region)


def _one(text: str, url: str = N) -> Event:
    return analysed_event(text, title="Shooting", url=url, published="2024-05-06T12:00:00Z")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("The TBI is investigating at the request of the district attorney.", {"Tennessee"}),
        ("SLED agents were called to the scene.", {"South Carolina"}),
        ("The GBI and the FDLE shared what they knew.", {"Georgia", "Florida"}),
        ("The State Law Enforcement Division will review the shooting.", {"South Carolina"}),
        ("The Georgia Bureau of Investigation was called.", {"Georgia"}),
        ("The SBI has been asked to investigate.", {"North Carolina"}),
        # a bank's branch, a Turkish party, Portugal's police, a word in lower case: no state
        ("Two men were hurt near an SBI branch in Salem.", set()),
        ("Supporters of the CHP marched in Izmir.", set()),
        ("PSP officers closed the square in Lisbon.", set()),
        ("He said the tbi scan was clear.", set()),
    ],
)
def test_a_state_agency_by_its_initials_names_its_state(text: str, states: set[str]) -> None:
    ev = _Evidence()
    _agency_evidence(text, ev)
    assert {a for (c, a), w in ev.admin1.items() if c == "US" and w > 0} == states


def test_a_state_agency_tells_a_namesake_from_the_bigger_one() -> None:
    ev = _one("A man was shot by an officer in Jackson on Saturday. The TBI is investigating.")
    assert (ev.location, ev.admin1) == ("Jackson", "Tennessee")
    # without the agency, the bigger Jackson (Mississippi's)
    ev = _one("A man was shot by an officer in Jackson on Saturday. Police are investigating.")
    assert (ev.location, ev.admin1) == ("Jackson", "Mississippi")


@pytest.mark.parametrize(
    ("text", "louisiana"),
    [
        ("The parish sheriff said deputies are looking for the shooter.", True),
        ("Parish deputies arrested a suspect on Sunday.", True),
        ("The parish coroner's office has not released his name.", True),
        ("The parish priest asked for prayers.", False),
        ("The church's parish council met on Sunday.", False),
    ],
)
def test_a_parish_office_names_louisiana(text: str, louisiana: bool) -> None:
    ev = _Evidence()
    _parish_office_evidence(text, ev)
    assert (ev.admin1.get(("US", "Louisiana"), 0.0) > 0) is louisiana


@pytest.mark.parametrize(
    ("url", "town"),
    [
        ("https://www.wbbjtv.com/2024/05/05/humboldt-man-shot-saturday/", "Humboldt"),
        ("https://www.wlbt.com/2024/05/05/man-shot-in-brandon/", "Brandon"),
        ("https://www.wlbt.com/2024/05/05/clinton-shooting-leaves-one-hurt/", "Clinton"),
        # the slug read as grouping reads it (`ingest.metadata.slug_words`): a file's
        # extension, a word with a digit and underscores
        ("https://www.wbbjtv.com/news/humboldt-shooting.html", "Humboldt"),
        ("https://www.wbbjtv.com/news/humboldt-2nd-shooting-in-a-week/", "Humboldt"),
        ("https://www.wlbt.com/news/man_shot_in_brandon", "Brandon"),
        ("https://www.wlbt.com/news/man-shot-in-brandon-20240505.html", "Brandon"),
        # no town opening the slug before a news word, or after "in"
        ("https://www.wbbjtv.com/2024/05/05/police-investigate-weekend-shooting/", None),
        # a town far from the outlet's city (Humboldt, Tennessee is the station's; no
        # Brandon lies near Jackson, Tennessee)
        ("https://www.wbbjtv.com/2024/05/05/man-shot-in-brandon/", None),
    ],
)
def test_a_story_address_names_its_town(url: str, town: str | None) -> None:
    g = get_gazetteer()
    host = next(
        i
        for i in g.lookup_key("jackson")
        if g.cc[i] == "US" and g.admin1[i] == ("Tennessee" if "wbbjtv" in url else "Mississippi")
    )
    row = slug_town(g, url, host)
    assert (g.name[row] if row >= 0 else None) == town


def test_a_local_story_whose_text_names_no_place_is_its_address_town() -> None:
    ev = _one(
        "A man was shot on Saturday night, police said.",
        "https://www.wbbjtv.com/2024/05/05/humboldt-man-shot-saturday/",
    )
    assert (ev.location, ev.admin1) == ("Humboldt", "Tennessee")
    # the text's own town wins over the address's
    ev = _one(
        "A man was shot in Milan on Saturday night, police said.",
        "https://www.wbbjtv.com/2024/05/05/humboldt-man-shot-saturday/",
    )
    assert (ev.location, ev.admin1) == ("Milan", "Tennessee")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # two namesakes chosen far apart: the pair that lies together
        (
            "A man was shot in Anderson on Saturday, and his brother drove him to a hospital "
            "in Greenville.",
            ("Anderson", "South Carolina"),
        ),
        (
            "A man was shot in Columbus on Saturday night. A suspect was arrested in Phenix "
            "City, police said.",
            ("Columbus", "Georgia"),
        ),
        # a pair of one state, near enough, stays: a big city is not moved to a small pair
        ("A man from Columbus was shot in Dayton on Saturday, police said.", ("Dayton", "Ohio")),
        (
            "A man was shot in Jackson on Saturday. He lived in Memphis, police said.",
            ("Jackson", "Tennessee"),
        ),
    ],
)
def test_two_namesakes_of_a_story_lie_near_each_other(text: str, where: tuple[str, str]) -> None:
    ev = _one(text)
    assert (ev.location, ev.admin1) == where
